"""Incremental builds: after any sequence of edits the site is byte for byte what a clean build
writes, a broken edit leaves the site alone, and a damaged cache is rebuilt, never trusted."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, make_project
from sitegen import workers
from sitegen import frontmatter
from sitegen.build import Builder, build
from sitegen.cache import CACHE_DIR
from sitegen.cli import main
from sitegen.errors import SitegenError

WORDS = ["sanctions", "NATO", "ceasefire", "talks", "Kyiv", "Moscow", "tariff", "summit", "the", "envoy",
         "security guarantee", "oil", "weather", "football", "and", "said", "negotiations", "alliance"]


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder → its bytes (what a reader of the site gets)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def article_text(title: str, body: str, date: str | None = "2025-06-01", topics=None) -> str:
    meta = {"title": title, "date": date, "author": "A. Writer", "publisher": None, "url": None}
    if topics is not None:
        meta["topics"] = list(topics)
    return frontmatter.dump(meta, body)


def small_project(dest: Path) -> Path:
    root = make_project(dest, seeds=False)
    articles = root / "content" / "articles"
    articles.joinpath("ceasefire.md").write_text(article_text(
        "Ceasefire talks resume", "Envoys met in Istanbul for ceasefire talks.\n\nNATO allies watched the summit."))
    articles.joinpath("oil.md").write_text(article_text(
        "Oil price cap", "The EU agreed new sanctions and a price cap on Russian oil.", date="2025-07-02"))
    articles.joinpath("weather.md").write_text(article_text(
        "A quiet week", "Nothing about the war here.\n\n## Weather\n\nSun, then rain.", date=None))
    return root


def clean_build_of(root: Path, into: Path) -> dict[str, bytes] | SitegenError:
    """A clean build of a copy of the project (no cache, no previous site)."""
    copy = into / "project"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(CACHE_DIR, "site", ".site.*"))
    try:
        build(copy)
    except SitegenError as exc:
        return exc
    return tree(copy / "site")


# -- edits ----------------------------------------------------------------------------

def _articles(root: Path) -> list[Path]:
    return sorted((root / "content" / "articles").glob("*.md"))


def _topics(root: Path) -> list[Path]:
    return sorted((root / "content" / "topics").glob("*.md"))


def apply(root: Path, op: tuple) -> None:
    kind, n, words = op
    text = " ".join(words) + "."
    articles, topics = _articles(root), _topics(root)
    if kind == "edit_body" and articles:
        path = articles[n % len(articles)]
        meta, body, _ = _parse_or_new(path)
        path.write_text(frontmatter.dump(meta, body + "\n\n" + text[0].upper() + text[1:]))
    elif kind == "edit_title" and articles:
        path = articles[n % len(articles)]
        meta, body, _ = _parse_or_new(path)
        meta["title"] = text.rstrip(".").title()
        path.write_text(frontmatter.dump(meta, body))
    elif kind == "set_topics" and articles and topics:
        path = articles[n % len(articles)]
        meta, body, _ = _parse_or_new(path)
        meta["topics"] = [t.stem for i, t in enumerate(topics) if (n >> i) & 1]
        path.write_text(frontmatter.dump(meta, body))
    elif kind == "add_article":
        (root / "content" / "articles" / f"new-{n}.md").write_text(
            article_text(f"New {n}", text, date=f"2024-0{1 + n % 9}-1{n % 9}"))
    elif kind == "delete_article" and len(articles) > 1:
        articles[n % len(articles)].unlink()
    elif kind == "break_article" and articles:
        articles[n % len(articles)].write_text("---\ntitle: [unclosed\n---\nBody.\n")
    elif kind == "topic_terms" and topics:
        path = topics[n % len(topics)]
        meta, body, _ = frontmatter.parse(path.read_text(), str(path))
        meta["terms"] = [w for w in words if w not in ("the", "and")] or ["ceasefire"]
        path.write_text(frontmatter.dump(meta, body))
    elif kind == "topic_title" and topics:
        # Every article page lists its topics by title: a page whose own file did not change must follow.
        path = topics[n % len(topics)]
        meta, body, _ = frontmatter.parse(path.read_text(), str(path))
        meta["title"] = text.rstrip(".").title()
        path.write_text(frontmatter.dump(meta, body))
    elif kind == "add_topic":
        (root / "content" / "topics" / f"extra-{n % 3}.md").write_text(frontmatter.dump(
            {"title": f"Extra {n % 3}", "description": text, "terms": [w for w in words if len(w) > 3] or ["oil"]}, ""))
    elif kind == "delete_topic" and len(topics) > 1:
        topics[n % len(topics)].unlink()
    elif kind == "template":
        name = ["article.html", "base.html", "macros.html", "topic.html"][n % 4]
        override = root / "themes" / "default" / "templates" / name
        source = override if override.exists() else REPO / "themes" / "default" / "templates" / name
        override.parent.mkdir(parents=True, exist_ok=True)
        override.write_text(source.read_text() + f"\n<!-- edit {n} {words[0]} -->\n")
    elif kind == "css":
        css = root / "themes" / "default" / "static" / "style.css"
        css.parent.mkdir(parents=True, exist_ok=True)
        css.write_text(f"body {{ margin: {n}px }} /* {text} */\n")
    elif kind == "config":
        (root / "sitegen.yaml").write_text(f"title: Briefing {n}\ndescription: {text}\n")
    elif kind == "add_seed":
        seeds = sorted((REPO / "seeds").glob("*.txt"))
        shutil.copy(seeds[n % len(seeds)], root / "seeds" / seeds[n % len(seeds)].name)


def _parse_or_new(path: Path):
    try:
        return frontmatter.parse(path.read_text(), str(path))
    except SitegenError:  # broken by an earlier edit: the editor rewrites it whole
        return {"title": path.stem, "date": None}, "Rewritten.", 1


OPS = st.tuples(
    st.sampled_from(["edit_body", "edit_title", "set_topics", "add_article", "delete_article", "break_article",
                     "topic_terms", "topic_title", "add_topic", "delete_topic", "template", "css", "config", "add_seed"]),
    st.integers(min_value=0, max_value=40),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
)


def check_edits(ops: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = small_project(tmp / "inc")
        builder = Builder(root)  # like the live preview: one Builder for every rebuild
        builder.build()
        for step, op in enumerate(ops):
            apply(root, op)
            expected = clean_build_of(root, tmp / f"clean-{step}")
            before = tree(root / "site")
            try:
                # Alternate the two ways in: a long-lived Builder (serve) and a fresh build (the CLI).
                builder.build() if step % 2 else build(root)
            except SitegenError as exc:
                assert isinstance(expected, SitegenError), f"after {ops[:step + 1]}: incremental failed: {exc}"
                assert tree(root / "site") == before, "a failed build changed the site"
                continue
            assert not isinstance(expected, SitegenError), f"after {ops[:step + 1]}: only the clean build failed"
            got = tree(root / "site")
            assert got.keys() == expected.keys(), f"after {ops[:step + 1]}"
            different = [name for name in got if got[name] != expected[name]]
            assert not different, f"after {ops[:step + 1]}: {different} differ from a clean build"


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=5))
def test_incremental_site_equals_a_clean_build_after_random_edits(ops):
    check_edits(ops)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=10))
def test_incremental_site_equals_a_clean_build_after_many_random_edits(ops):
    check_edits(ops)


def test_known_tricky_sequences_equal_a_clean_build():
    """Sequences that once mattered: a page's topic list changing without its text, a topic that
    disappears, a template that changes only what some pages use, an article broken then fixed."""
    check_edits([("set_topics", 1, ["x"]), ("delete_topic", 0, ["x"]), ("template", 1, ["nato"])])
    check_edits([("break_article", 0, ["x"]), ("edit_title", 0, ["ceasefire", "again"]), ("delete_article", 2, ["x"])])
    check_edits([("add_seed", 3, ["x"]), ("topic_terms", 2, ["oil", "weather"]), ("css", 5, ["blue"]),
                 ("config", 1, ["summit"])])
    # The live preview's Builder reuses article pages whose file is unchanged and briefing.json
    # lines whose inputs are: a topic renamed twice, an article retitled between two of its builds.
    check_edits([("edit_body", 0, ["talks"]), ("topic_title", 0, ["sanctions", "regime"]),
                 ("edit_title", 1, ["oil", "cap"]), ("topic_title", 0, ["sanctions"]), ("edit_body", 1, ["oil"])])


# -- what a user sees ----------------------------------------------------------------

def test_rebuild_with_nothing_changed_writes_nothing(tmp_path, capsys):
    root = small_project(tmp_path / "p")
    assert main(["build", "-C", str(root)]) == 0
    first = mtimes(root / "site")
    capsys.readouterr()
    assert main(["build", "-C", str(root)]) == 0
    out = capsys.readouterr().out
    assert "nothing changed, nothing written" in out
    assert mtimes(root / "site") == first


def test_a_build_run_inside_the_project_sees_its_files_unchanged(tmp_path, capsys, monkeypatch):
    # The usual call: `sitegen build` in the project folder, no -C. File names are recorded relative
    # to the project; a relative root once cut them short, so every build saw every file as changed.
    root = small_project(tmp_path / "p")
    monkeypatch.chdir(root)
    assert main(["build"]) == 0
    capsys.readouterr()
    assert main(["build", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "nothing changed, nothing written" in out
    (root / "content" / "articles").joinpath(next(p.name for p in (root / "content" / "articles").glob("*.md"))) \
        .open("a", encoding="utf-8").write("\nA sentence added from inside the project.\n")
    assert main(["build", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "modified" in out and out.count(": modified") == 1, out


def test_one_edited_article_rewrites_its_page_and_not_the_other_articles(tmp_path, capsys):
    root = small_project(tmp_path / "p")
    build(root)
    before = mtimes(root / "site")
    path = root / "content" / "articles" / "weather.md"
    path.write_text(path.read_text().replace("Sun, then rain.", "Rain all week."))
    assert main(["build", "-C", str(root), "--verbose"]) == 0
    out = capsys.readouterr().out
    after = mtimes(root / "site")
    assert after["articles/weather/index.html"] != before["articles/weather/index.html"]
    assert after["articles/oil/index.html"] == before["articles/oil/index.html"]
    assert after["articles/ceasefire/index.html"] == before["articles/ceasefire/index.html"]
    assert "Rain all week." in (root / "site" / "articles" / "weather" / "index.html").read_text()
    assert "articles/weather/index.html: uses body_html, which changed" in out
    assert "content/articles/weather.md: modified" in out
    assert "1 article" in out and "reused from cache" in out


def test_quiet_prints_nothing_and_no_progress_when_not_a_terminal(tmp_path, capsys):
    root = small_project(tmp_path / "p")
    assert main(["build", "-C", str(root), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "\r" not in captured.err


def test_broken_front_matter_leaves_the_site_as_it_was(tmp_path, capsys):
    root = small_project(tmp_path / "p")
    build(root)
    before, before_times = tree(root / "site"), mtimes(root / "site")
    (root / "content" / "articles" / "oil.md").write_text("---\ntitle: Oil\ndate: [2025\n---\nBody.\n")
    (root / "content" / "articles" / "added.md").write_text(article_text("Added", "A new story."))
    assert main(["build", "-C", str(root)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("content/articles/oil.md:3: invalid YAML")
    assert tree(root / "site") == before and mtimes(root / "site") == before_times
    (root / "content" / "articles" / "oil.md").write_text(article_text("Oil", "Fixed."))
    assert main(["build", "-C", str(root)]) == 0
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


def test_deleted_article_and_stray_files_disappear_from_the_site(tmp_path):
    root = small_project(tmp_path / "p")
    build(root)
    (root / "content" / "articles" / "oil.md").unlink()
    (root / "site" / "stray.html").write_text("left over")
    result = build(root)
    assert not (root / "site" / "articles" / "oil").exists()
    assert not (root / "site" / "stray.html").exists()
    assert "articles/oil/index.html" in result.changed
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


def test_an_output_file_edited_by_hand_is_rewritten(tmp_path):
    root = small_project(tmp_path / "p")
    build(root)
    page = root / "site" / "articles" / "oil" / "index.html"
    page.write_text("vandalised")
    build(root)
    assert page.read_text() != "vandalised"
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


# -- a damaged cache -------------------------------------------------------------------

def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "wrong version":
        magic, header, payload = data.split(b"\n", 2)
        header = json.dumps({**json.loads(header), "format": 999}).encode()
        path.write_bytes(magic + b"\n" + header + b"\n" + payload)
    elif how == "flipped byte":
        middle = len(data) - 10
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])


@pytest.mark.parametrize("how", ["truncated", "garbage", "empty", "wrong version", "flipped byte"])
def test_a_damaged_cache_is_rebuilt_not_trusted(tmp_path, how):
    root = small_project(tmp_path / "p")
    build(root)
    # Change content so a trusted stale cache would show the old text.
    path = root / "content" / "articles" / "oil.md"
    path.write_text(path.read_text().replace("price cap", "price ceiling"))
    files = sorted(p for p in (root / CACHE_DIR).rglob("*.bin"))
    assert files
    for cached in files:
        _damage(cached, how)
    result = build(root, progress=None)
    assert "price ceiling" in (root / "site" / "articles" / "oil" / "index.html").read_text()
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    assert result.clean  # nothing of the damaged state was used
    assert build(root).noop  # and the rebuilt cache works again


def test_cache_of_another_sitegen_is_not_used(tmp_path, monkeypatch):
    root = small_project(tmp_path / "p")
    build(root)
    from sitegen import cache
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another-sitegen")
    result = build(root)
    assert not result.noop and result.clean


def test_worker_processes_write_the_same_site_as_one_process(tmp_path, monkeypatch):
    root = small_project(tmp_path / "p")
    for n in range(12):
        (root / "content" / "articles" / f"story-{n}.md").write_text(
            article_text(f"Story {n}", f"Sanctions and ceasefire talks, part {n}.\n\nNATO said {n}."))
    monkeypatch.setattr(workers, "POOL_MIN", 2)  # use the pool even for a few files
    monkeypatch.setattr(workers, "CHUNK", 3)
    pooled = Builder(root, jobs=2).build()
    assert pooled.clean
    one = tmp_path / "one"
    shutil.copytree(root, one, ignore=shutil.ignore_patterns(CACHE_DIR, "site"))
    Builder(one, jobs=1).build()
    assert tree(root / "site") == tree(one / "site")
    for path in _articles(root):  # an incremental build that re-renders many pages in the pool
        path.write_text(path.read_text() + "\nOne more line.\n")
    Builder(root, jobs=2).build()
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


def test_pages_rendered_by_a_one_off_builds_workers_are_not_rendered_again_after_one_edit(tmp_path, monkeypatch):
    # A one-off build forks its workers before it loads the site and sends them the pages; what they
    # record of each page must be what the next build, in one process, finds unchanged.
    root = small_project(tmp_path / "p")
    for n in range(12):
        (root / "content" / "articles" / f"story-{n}.md").write_text(
            article_text(f"Story {n}", f"Sanctions and ceasefire talks, part {n}.\n\nNATO said {n}."))
    monkeypatch.setattr(workers, "POOL_MIN", 2)
    monkeypatch.setattr(workers, "CHUNK", 3)
    first = Builder(root, jobs=2, keep=False).build()
    assert first.clean
    one = tmp_path / "one"
    shutil.copytree(root, one, ignore=shutil.ignore_patterns(CACHE_DIR, "site"))
    Builder(one, jobs=1, keep=False).build()
    assert tree(root / "site") == tree(one / "site")
    edited = root / "content" / "articles" / "story-3.md"
    edited.write_text(edited.read_text() + "\nOne more line.\n")
    again = Builder(root, jobs=2, keep=False).build()
    articles = {line.split(":")[0] for line in again.rebuilt if line.startswith("articles/") and "/index.html" in line}
    assert articles <= {"articles/story-3/index.html", "articles/index.html"}
    assert "articles/story-3/index.html" in articles
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


def test_a_warm_builder_does_not_unpickle_the_analyses_of_articles_an_edit_left_alone(tmp_path, monkeypatch):
    # The live preview's Builder keeps each analysis it unpickled beside its pickle: the same object again
    # is what lets its Combiner skip the topics an edit did not touch.
    from sitegen import cache

    root = small_project(tmp_path / "p")
    build(root)  # the analyses wait in the cache, pickled
    builder = Builder(root, jobs=1)
    edited = root / "content" / "articles" / "oil.md"
    edited.write_text(edited.read_text() + "\nThe cap was lowered again in March.\n")
    builder.build()
    unpickled = []
    loads = cache.loads
    monkeypatch.setattr(cache, "loads", lambda data: unpickled.append(data) or loads(data))
    edited.write_text(edited.read_text() + "\nTankers waited off the coast.\n")
    builder.build()
    assert unpickled == []
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


@pytest.mark.parametrize("which", ["pages-", "state-", "articles.bin", "analyses.bin", "briefing.bin"])
def test_losing_one_cache_file_still_gives_the_clean_site(tmp_path, which):
    root = small_project(tmp_path / "p")
    build(root)
    path = root / "content" / "articles" / "ceasefire.md"
    path.write_text(path.read_text().replace("Istanbul", "Geneva"))
    for cached in (root / CACHE_DIR).glob("*.bin"):
        if cached.name.startswith(which):
            _damage(cached, "garbage")
    build(root)
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


def test_other_files_in_content_do_not_make_every_build_a_rebuild(tmp_path):
    root = small_project(tmp_path / "p")
    (root / "content" / "articles" / "notes.txt").write_text("not an article")
    (root / "content" / "articles" / ".draft.md.swp").write_bytes(b"\0editor swap file")
    build(root)
    assert build(root).noop


def test_briefing_json_parts_copied_from_the_last_file_give_the_document_of_this_one(tmp_path):
    import dataclasses

    from sitegen import content
    from sitegen.analysis import analyse
    from sitegen.briefing_json import briefing_json
    from sitegen.config import load_config
    from sitegen.errors import Report
    from sitegen.json_reuse import Reuse

    root = small_project(tmp_path / "p")
    config = load_config(root, {})
    site = content.load_site(config, Report())
    first = Reuse()
    first.use({a.slug: (a.slug, a.title) for a in site.articles})  # (a build's key stands for the article)
    last = tmp_path / "briefing.json"
    last.write_text(briefing_json(analyse(site), "T", "/", first))
    # An article retitled, one gone: the copied lines of the others serve, the stale ones must not.
    changed = dataclasses.replace(site, articles=(dataclasses.replace(site.articles[0], title="Renamed"),
                                                  *site.articles[2:]))
    briefing = analyse(changed)
    reuse = Reuse()
    reuse.use({a.slug: (a.slug, a.title) for a in changed.articles})
    reuse.start_from(first.written, last)
    assert briefing_json(briefing, "T", "/", reuse) == briefing_json(briefing, "T", "/")
    assert json.loads(briefing_json(briefing, "T", "/"))["articles"][0]["title"] == "Renamed"
    assert reuse.copied >= 1


# -- the live preview's page ahead of the rebuild ----------------------------------------


def _article_and_paragraph(root: Path) -> tuple[Path, str]:
    article = sorted((root / "content" / "articles").glob("*.md"))[1]
    body = article.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return article, next(p for p in body.split("\n\n") if len(p) > 40 and not p.startswith(("#", ">", "-", "*")))


def test_the_page_shown_ahead_of_a_rebuild_is_the_page_the_rebuild_writes(project):
    builder = Builder(project)
    builder.build()
    article, paragraph = _article_and_paragraph(project)
    text = article.read_text(encoding="utf-8")
    for n, new in enumerate([f"Shown first, {n} times. {paragraph}" for n in range(2)]
                            + [paragraph + "\n\n## A new subheading\n\nAnd a new paragraph about sanctions on oil."]):
        article.write_text(text.replace(paragraph, new, 1), encoding="utf-8")
        ahead = builder.preview([article])
        assert list(ahead) == [f"articles/{article.stem}/index.html"]
        builder.build()
        assert (project / "site" / f"articles/{article.stem}/index.html").read_bytes() == ahead[list(ahead)[0]]
    assert b"A new subheading" in ahead[list(ahead)[0]]


def test_nothing_is_shown_ahead_of_a_rebuild_unless_only_article_text_changed(project):
    Builder(project).build()
    first = sorted((project / "content" / "articles").glob("*.md"))[0]
    builder = Builder(project)
    assert builder.preview([first]) == {}  # this Builder has not built yet: nothing to render against
    assert builder.build().noop
    assert builder.preview([first]) == {}  # nor loaded anything: the site was up to date
    builder.warm()  # what serve does after its first build
    article, paragraph = _article_and_paragraph(project)
    good = article.read_text(encoding="utf-8")
    # Broken front matter: the rebuild reports it with path and line; nothing is shown ahead of it.
    article.write_text(good.replace("title:", "title: [unclosed", 1), encoding="utf-8")
    assert builder.preview([article]) == {}
    # An unknown topic: an error the rebuild reports.
    article.write_text(good.replace("\n---\n", "\ntopics: [no-such-topic]\n---\n", 1), encoding="utf-8")
    assert builder.preview([article]) == {}
    article.write_text(good, encoding="utf-8")
    new = project / "content" / "articles" / "brand-new.md"
    new.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    assert builder.preview([new]) == {}  # a new article
    assert builder.preview([article, project / "sitegen.yaml"]) == {}  # with something else changed
    assert builder.preview([project / "themes"]) == {}
    # Raw HTML in the edit is escaped in the page shown ahead, as in every built page.
    article.write_text(good.replace(paragraph, "<script>alert(1)</script> " + paragraph, 1), encoding="utf-8")
    html = builder.preview([article])[f"articles/{article.stem}/index.html"].decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_theme_stylesheet_edit_is_shown_ahead_of_the_rebuild(project):
    builder = Builder(project)
    builder.build()
    static = project / "themes" / "default" / "static"
    shutil.copytree(REPO / "themes" / "default" / "static", static)
    builder.build()
    css = static / "style.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nh1 { color: teal; }\n", encoding="utf-8")
    assert builder.preview([css]) == {"static/style.css": css.read_bytes()}
    builder.build()
    assert (project / "site" / "static" / "style.css").read_bytes() == css.read_bytes()


def test_a_topic_introduction_edit_rebuilds_its_pages_without_analysing_the_articles_again(project):
    build(project)
    topic = project / "content" / "topics" / "sanctions.md"
    meta, body, _ = frontmatter.parse(topic.read_text(encoding="utf-8"), str(topic))
    topic.write_text(frontmatter.dump({**meta, "title": "Sanctions and tariffs"}, body + "\n\nAn editor's new note.\n"),
                     encoding="utf-8")
    result = build(project)
    assert any(line.startswith("analysis: 0 articles analysed") for line in result.rebuilt), result.rebuilt
    page = (project / "site" / "topics" / "sanctions" / "index.html").read_text(encoding="utf-8")
    assert "Sanctions and tariffs" in page
    assert "An editor’s new note." in page or "An editor&#39;s new note." in page or "An editor's new note." in page


def test_a_template_edit_renders_the_pages_in_view_ahead_of_the_rebuild(project):
    templates = project / "themes" / "default" / "templates"
    shutil.copytree(REPO / "themes" / "default" / "templates", templates)
    builder = Builder(project)
    builder.build()
    article = sorted((project / "content" / "articles").glob("*.md"))[0]
    in_view = ["index.html", f"articles/{article.stem}/index.html", "topics/sanctions/index.html", "no/such/page.html"]
    base = templates / "base.html"
    good = base.read_text(encoding="utf-8")
    base.write_text(good.replace("</footer>", "<p>Edited footer.</p></footer>"), encoding="utf-8")
    ahead = builder.preview([base], visible=in_view)
    assert sorted(ahead) == sorted(in_view[:3])  # the pages in view, not the whole site
    builder.build()
    for output, html in ahead.items():
        assert b"Edited footer." in html
        assert (project / "site" / output).read_bytes() == html, output
    base.write_text(good.replace("</footer>", "{% if %}</footer>"), encoding="utf-8")
    assert builder.preview([base], visible=in_view) == {}  # does not compile: the rebuild says where


# -- the briefing patched where an edit changed it (analysis.recombine) ----------------------------------


def _corpus_edits(root: Path) -> list[tuple[str, callable]]:
    """Edits of a generated project, each of what recombine patches or must decline: a sentence more (twice to
    the same article, then to another), an article's topics, its people, its quotes, its date, an article
    deleted and a new one."""
    articles = _articles(root)

    def rewrite(path: Path, change) -> None:
        meta, body, _ = frontmatter.parse(path.read_text(), str(path))
        meta, body = change(dict(meta), body)
        path.write_text(frontmatter.dump(meta, body))

    def sentence(n: int, text: str):
        return lambda: rewrite(articles[n], lambda meta, body: (meta, body + "\n\n" + text + "\n"))

    def no_people(meta, body):  # every paragraph that names someone of the gazetteer goes
        names = [line.split(":", 1)[1].strip().split()[-1] for line in
                 (root / "content" / "people.yaml").read_text().splitlines() if line.startswith("- name:")]
        kept = [p for p in body.split("\n\n") if not any(name in p for name in names)]
        return meta, "\n\n".join(kept or ["Nothing left."])

    return [
        ("a sentence more", sentence(len(articles) // 2, "A late update from the desk adds a little more detail here.")),
        ("the same article again", sentence(len(articles) // 2, "Another line was added to this report later on.")),
        ("another article", sentence(3, "Officials met again on the ninth to go over the remaining points.")),
        ("its topics", lambda: rewrite(articles[5], lambda meta, body: ({**meta, "topics": ["peace-talks"]}, body))),
        ("its people", lambda: rewrite(articles[7], no_people)),
        ("its quotes", sentence(9, '"We are not leaving before the work is done," said Ilse Varga-Moreau, a site manager.')),
        ("its date", lambda: rewrite(articles[11], lambda meta, body: ({**meta, "date": "2020-01-02"}, body))),
        ("deleted", lambda: articles[13].unlink()),
        ("new", lambda: shutil.copy(articles[15], articles[15].with_name("zz-a-new-one.md"))),
    ]


@pytest.mark.parametrize("how", ["cli", "builder"])
def test_edits_patched_into_the_last_briefing_give_the_clean_site(tmp_path, how):
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    root = generate(tmp_path / "corpus", 40)
    builder = Builder(root)
    build(root) if how == "cli" else builder.build()
    patched = []
    for step, (what, change) in enumerate(_corpus_edits(root)):
        change()
        result = build(root) if how == "cli" else builder.build()
        if any("last briefing patched" in line for line in result.rebuilt):
            patched.append(what)
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"
    assert {"a sentence more", "the same article again", "another article"} <= set(patched)


@pytest.mark.parametrize("how", ["cli", "builder"])
def test_long_lists_checked_by_their_views_names_give_the_clean_site(tmp_path, monkeypatch, how):
    # Lists longer than deps.BIG are checked by the names site_pages gives the article and source views
    # they hold (deps.ItemDigests.name): a retitled article must render every page listing it again, an
    # article whose listed values are unchanged none of them. The articles come from the article pack,
    # each unpacked only as far as a build reads it (workers.Entry).
    import sys
    from sitegen import deps
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    monkeypatch.setattr(deps, "BIG", 3)
    root = generate(tmp_path / "corpus", 30)
    builder = Builder(root)
    build(root) if how == "cli" else builder.build()
    articles = _articles(root)

    def retitle(path: Path) -> None:
        meta, body, _ = frontmatter.parse(path.read_text(), str(path))
        path.write_text(frontmatter.dump({**meta, "title": "A title no other article has"}, body))

    def template() -> None:
        override = root / "themes" / "default" / "templates" / "article.html"
        override.parent.mkdir(parents=True, exist_ok=True)
        override.write_text((REPO / "themes" / "default" / "templates" / "article.html").read_text() + "\n<!-- x -->\n")

    def damaged_pack() -> None:  # the article pack as a next process reads it: its parsed articles rebuilt
        _damage(root / CACHE_DIR / "articles.bin", "flipped byte")
        retitle(articles[6])

    edits = (_corpus_edits(root)[:1] + [("its title", lambda: retitle(articles[4]))] + _corpus_edits(root)[3:]
             + [("a template edit", template), ("the article pack damaged", damaged_pack)])
    for step, (what, change) in enumerate(edits):
        change()
        result = build(root) if how == "cli" else builder.build()
        rendered = {line.split(":")[0] for line in result.rebuilt}
        if what == "a sentence more":
            assert "articles/index.html" not in rendered
        if what == "its title":
            assert "articles/index.html" in rendered
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"


@pytest.mark.parametrize("how", ["truncated", "garbage", "wrong version", "flipped byte", "stale", "site file edited"])
def test_briefing_json_is_copied_from_only_when_the_last_one_and_its_places_are_intact(tmp_path, how):
    # An edit copies the unchanged articles' parts of briefing.json from the last file (json_reuse), by the
    # places kept in briefing-json.bin: a damaged or stale record, or a file that is not the one written,
    # must not be copied from.
    root = small_project(tmp_path / "p")
    build(root)
    record = root / CACHE_DIR / "briefing-json.bin"
    assert record.is_file()
    if how == "stale":  # written for other people: its key no longer the build's
        people = root / "content" / "people.yaml"
        people.write_text(people.read_text() + "\n- name: Odile Marchetti-Oyelaran\n  role: a port official\n")
    elif how == "site file edited":
        site_file = root / "site" / "briefing.json"
        site_file.write_text(site_file.read_text().replace("Istanbul", "Ankara"))
    else:
        _damage(record, how)
    path = root / "content" / "articles" / "oil.md"
    path.write_text(path.read_text().replace("price cap", "price ceiling"))
    result = build(root)
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    assert not any("copied from the last one" in line and not line.startswith("briefing.json: 0 ")
                   for line in result.rebuilt)
    path.write_text(path.read_text().replace("price ceiling", "price cap"))
    result = build(root)  # (and the next edit copies again)
    assert any(line.startswith("briefing.json: ") and not line.startswith("briefing.json: 0 ") for line in result.rebuilt)
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean-by-hand")


def test_a_warm_builder_keeps_what_an_edit_left_alone(tmp_path):
    # A Builder (the live preview) reuses between builds the Articles of unchanged files and the views of
    # people pages whose mentions and quotes an edit did not touch; a person the edited article names gets
    # a view made anew (then the last one again when equal to it: see the next tests). The site stays the
    # clean build's.
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    root = generate(tmp_path / "corpus", 40)
    builder = Builder(root)
    builder.build()
    before_articles = {rel: found[1] for rel, found in builder._loaded.items()}
    before_people = dict(builder._views["people"])  # (slug → what their view was made of, and the view)
    edited = _articles(root)[20]
    edited.write_text(edited.read_text() + "\nA late update from the desk adds a little more detail here.\n")
    builder.build()
    rel = edited.relative_to(root).as_posix()
    assert all(builder._loaded[r][1] is a for r, a in before_articles.items() if r != rel)
    assert builder._loaded[rel][1] is not before_articles[rel]
    people = builder._views["people"]
    kept = [slug for slug in before_people if people[slug] is before_people[slug]]
    remade = [slug for slug in before_people if people[slug] is not before_people[slug]]
    assert kept and remade
    assert set(remade) == {slug for slug, found in people.items() if edited.stem in found[1]}  # (names or quotes)
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")


def test_a_warm_builders_edits_that_add_and_remove_people_and_articles_give_the_clean_site(tmp_path):
    # A Builder copies briefing.json's unchanged parts from file to file and chains its digest (json_reuse.Reuse.write),
    # copies unchanged people's lines whole (briefing_json._PersonLines) and keeps the wrapped source views of a
    # person's unchanged quotes (pages.site_pages): after a person's first and last mention, an article deleted
    # and an edit that leaves briefing.json as it was, the site is still the clean build's, byte for byte.
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    root = generate(tmp_path / "corpus", 40)
    articles = _articles(root)
    builder = Builder(root)
    builder.build()
    quoted = '"The ferries will run again on Monday," said Oskar Lindqvist-Amari, a port official.'

    def add(path: Path, text: str) -> None:
        path.write_text(path.read_text() + "\n" + text + "\n")

    def drop(path: Path, text: str) -> None:
        path.write_text(path.read_text().replace("\n" + text + "\n", ""))

    steps = [
        ("a new person", lambda: add(articles[4], quoted)),
        ("named again elsewhere", lambda: add(articles[30], quoted)),
        ("one mention gone", lambda: drop(articles[4], quoted)),
        ("their last mention gone", lambda: drop(articles[30], quoted)),
        ("an article deleted", lambda: articles[6].unlink()),
        ("a line naming no one", lambda: add(articles[8], "A late update from the desk adds a little more detail here.")),
        ("a new article", lambda: shutil.copy(articles[10], articles[10].with_name("zz-a-new-one.md"))),
    ]
    for step, (what, change) in enumerate(steps):
        before = (root / "site" / "briefing.json").read_bytes()
        change()
        result = builder.build()
        after = (root / "site" / "briefing.json").read_bytes()
        if after == before:  # (the same bytes: known as such without reading the parts copied, not written again)
            assert "briefing.json" not in result.changed, what
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"
    assert builder._json_memo.get("people") and builder._json_memo.get("digest")


def test_a_warm_builders_person_pages_patched_at_the_edited_articles_give_the_clean_site(tmp_path, monkeypatch):
    # After an edit recombine patches into the last briefing, a Builder patches the views of the people it names
    # at the edited articles only (pages.site_pages, `changed`): their counts, topics, newest articles and quotes,
    # and every quote's source view for the chart. Few articles and quotes shown per person and few articles in a
    # topic's window, so that edits fall inside and outside each; after each, the clean build's site byte for byte.
    import sys
    import sitegen.analysis as analysis
    from sitegen import pages
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    monkeypatch.setattr(pages, "SOURCES_PER_PAGE", 3)
    monkeypatch.setattr(pages, "QUOTES_PER_PERSON", 3)
    monkeypatch.setattr(analysis, "KEY_POINT_ARTICLES", 5)
    root = generate(tmp_path / "corpus", 40)
    articles = _articles(root)
    by_date = sorted(articles, key=lambda path: frontmatter.parse(path.read_text(), str(path))[0]["date"])
    oldest, old, newest = by_date[0], by_date[3], by_date[-1]
    quiet = root / "content" / "articles" / "aaa-a-quiet-week.md"
    # Someone in a few old articles of their own, on no topic: one dated later enters their newest ones.
    harbour = [root / "content" / "articles" / f"aab-harbour-notes-{n}.md" for n in range(5)]
    for n, path in enumerate(harbour):
        path.write_text(article_text(f"Harbour notes {n + 1}", "Odile Marchetti-Oyelaran, a port official, walked the "
                                     'quay.\n\n"The ferries run again," Odile Marchetti-Oyelaran said.', date=f"2023-0{n + 1}-10"))
    builder = Builder(root)
    builder.build()
    named = "Trump and Putin spoke again by phone, aides said."
    quoted = '"We are ready to talk again," Trump said.'

    def add(path: Path, text: str) -> None:
        path.write_text(path.read_text() + "\n" + text + "\n")

    def drop(path: Path, text: str) -> None:
        path.write_text(path.read_text().replace("\n" + text + "\n", ""))

    def topics(path: Path, slugs: list) -> None:
        meta, body, _ = frontmatter.parse(path.read_text(), str(path))
        path.write_text(frontmatter.dump({**meta, "topics": slugs}, body))

    def redate(path: Path, date: str) -> None:
        meta, body, _ = frontmatter.parse(path.read_text(), str(path))
        path.write_text(frontmatter.dump({**meta, "date": date}, body))

    steps = [
        ("the oldest article names them again", lambda: add(oldest, named)),
        ("the newest article names them again", lambda: add(newest, named)),
        ("a quote in an old article", lambda: add(old, quoted)),
        ("a quote in the newest article", lambda: add(newest, quoted)),
        ("the old article's quote gone", lambda: drop(old, quoted)),
        # (A topic with more articles than the window of newest ones, so that the oldest joins it outside the window:
        # since stop 66's weighing of topics, energy has four here.)
        ("an old article on other topics", lambda: topics(oldest, ["humanitarian"])),
        ("her oldest article dated after her others", lambda: redate(harbour[0], "2023-07-10")),
        ("an old article deleted", lambda: by_date[1].unlink()),
        ("a copy of an old article", lambda: shutil.copy(by_date[2], by_date[2].with_name("zz-a-copy.md"))),
        ("two articles at once", lambda: (drop(oldest, named), add(by_date[5], quoted))),
        # (An article naming no one is patched in or out: the others move in the site's order.)
        ("an article naming no one, and a quote", lambda: (quiet.write_text(article_text(
            "A quiet week", "Nothing about the war here.", date="2023-01-01")), add(by_date[6], quoted))),
        ("that article deleted, and the quote gone", lambda: (quiet.unlink(), drop(by_date[6], quoted))),
    ]
    patched = []
    for step, (what, change) in enumerate(steps):
        change()
        builder.build()
        if builder._patched:  # (the articles site_pages was told of: the briefing was patched)
            patched.append(what)
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"
    assert {"the oldest article names them again", "a quote in the newest article", "an old article on other topics",
            "her oldest article dated after her others", "an article naming no one, and a quote"} <= set(patched)


def test_a_warm_builders_search_index_rows_made_again_only_for_what_an_edit_changed(tmp_path, monkeypatch):
    # A Builder keeps the search index's rows with what each was made of (sitefiles._search_rows): a row of an
    # article view or Quote equal to the last build's is that row again, the articles' order is the last one while their
    # dates and titles are, and a quote's row only while every article and person keeps its row number. After
    # edits that move rows (a new title, a new date, an article deleted or added), the clean build's site.
    import sys
    from sitegen import sitefiles
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    monkeypatch.setattr(sitefiles, "ROWS_PART", 7)
    root = generate(tmp_path / "corpus", 40)
    articles = _articles(root)
    builder = Builder(root)
    builder.build()

    def rewrite(path: Path, **meta) -> None:
        old, body, _ = frontmatter.parse(path.read_text(), str(path))
        path.write_text(frontmatter.dump({**old, **meta}, body))

    steps = [("a sentence more", lambda: articles[20].write_text(articles[20].read_text() + "\nA late update.\n"))]
    steps += _corpus_edits(root)[2:]
    steps += [("a new title", lambda: rewrite(articles[17], title="A title that sorts first: Aardvarks")),
              ("two articles at once", lambda: (rewrite(articles[1], date="2019-05-05"),
                                                articles[30].write_text(articles[30].read_text() + "\nMore.\n"))),
              # (the same title and date, so the same order of rows, under another slug)
              ("the last article renamed", lambda: _articles(root)[-1].rename(root / "content" / "articles" / "zzzz.md"))]
    for step, (what, change) in enumerate(steps):
        before = builder._files_memo.get("#rows")
        change()
        builder.build()
        if what == "a sentence more":  # (the other articles' rows and quotes' rows are the last ones)
            now = builder._files_memo["#rows"]
            edited = now.slugs.index(articles[20].stem)
            assert set(n for n, (a, b) in enumerate(zip(now.rows, before.rows)) if a is not b) <= {edited}
            kept = [b is a for a, b in zip(now.quote_rows, before.quote_rows)]
            assert kept.count(False) <= 12 and kept.count(True) > 100
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"



def test_a_warm_builders_briefing_json_made_again_only_where_the_edits_changed_it(tmp_path, monkeypatch):
    # A Builder writes briefing.json from the last one where it is the same (briefing_json): the articles' lines
    # at the front and at the back of an edit copied as one range each, a person's runs of mentions found where
    # their mentions changed (_runs_patch: at the front, the back and the middle of their runs, two at once, one
    # moved), the line of an equal topic briefing, the quotes of the articles it encodes and how often each person
    # is quoted moved by the changed quotes only, and nothing written while the document is the last one. After
    # each edit, the clean build's site; the runs were patched where the articles' order allows it.
    import sys
    from sitegen import briefing_json, json_reuse
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    monkeypatch.setattr(json_reuse, "BLOCK", 4096)  # (copied ranges and bytes made anew in many blocks)
    root = generate(tmp_path / "corpus", 40)
    articles = _articles(root)
    by_date = sorted(articles, key=lambda path: frontmatter.parse(path.read_text(), str(path))[0]["date"])
    builder = Builder(root)
    builder.build()
    patched: list[str] = []
    runs_patched = briefing_json._runs_patched

    def spy(spans, refs, patch, last):
        patched.append(refs[0].article)
        return (yield from runs_patched(spans, refs, patch, last))

    monkeypatch.setattr(briefing_json, "_runs_patched", spy)
    named = "Trump and Putin spoke again by phone, aides said."
    quoted = '"We are ready to talk again," Trump said.'

    def add(path: Path, text: str) -> None:
        path.write_text(path.read_text() + "\n" + text + "\n")

    def drop(path: Path, text: str) -> None:
        path.write_text(path.read_text().replace("\n" + text + "\n", ""))

    def rewrite(path: Path, **meta) -> None:
        old, body, _ = frontmatter.parse(path.read_text(), str(path))
        path.write_text(frontmatter.dump({**old, **meta}, body))

    steps = [
        ("the middle article names them again", lambda: add(articles[20], named)),
        ("the first article names them again", lambda: add(articles[0], named)),
        ("the last article names them again", lambda: add(articles[-1], named)),
        ("the first and the last article no more", lambda: (drop(articles[0], named), drop(articles[-1], named))),
        ("a quote in an article", lambda: add(articles[12], quoted)),
        ("the quote gone, another one elsewhere", lambda: (drop(articles[12], quoted), add(articles[30], quoted))),
        ("nothing of briefing.json", lambda: add(articles[25], "The weather was mild.")),
        ("an article on other topics", lambda: rewrite(articles[8], topics=["energy"])),
        ("an article dated first", lambda: rewrite(by_date[-1], date="2019-01-01")),
        ("an article deleted", lambda: articles[33].unlink()),
        ("a new article", lambda: shutil.copy(articles[5], articles[5].with_name("zz-a-new-one.md"))),
        ("the middle article once more", lambda: add(articles[20], quoted)),
    ]
    json_file = root / "site" / "briefing.json"
    for step, (what, change) in enumerate(steps):
        patched.clear()
        before = json_file.stat().st_mtime_ns
        change()
        builder.build()
        if what == "nothing of briefing.json":
            assert json_file.stat().st_mtime_ns == before
        if what in ("the middle article names them again", "the first article names them again",
                    "the last article names them again", "the first and the last article no more"):
            assert patched, what
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"


def test_a_warm_builders_views_equal_to_the_last_ones_are_the_last_objects(tmp_path):
    # site_pages gives a page the last build's view again when the one it made is equal (kept_if_equal; an article's,
    # a person's): its dependency digests are then found by identity, not walked again. An edit of an article's text
    # that changes nothing its lists show keeps every topic and person view, and renders no page but its own; edits
    # that change what the lists show give the clean build's site.
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    root = generate(tmp_path / "corpus", 40)
    articles = _articles(root)
    builder = Builder(root)
    builder.build()

    def rewrite(path: Path, **meta) -> None:
        old, body, _ = frontmatter.parse(path.read_text(), str(path))
        path.write_text(frontmatter.dump({**old, **meta}, body))

    values = dict(builder._views["values"])
    people = {slug: made.view for slug, made in builder._views["people"].items()}
    articles[20].write_text(articles[20].read_text() + "\nThe weather was mild.\n")
    result = builder.build()
    assert all(builder._views["values"][name] is value for name, value in values.items())
    assert all(builder._views["people"][slug].view is view for slug, view in people.items())
    assert [line.split(":")[0] for line in result.rebuilt if line.endswith(".html: uses body_html, which changed")
            or "/index.html:" in line] == [f"articles/{articles[20].stem}/index.html"]
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    steps = [
        ("a new title", lambda: rewrite(articles[20], title="A new headline for the talks")),
        ("a quote", lambda: articles[21].write_text(articles[21].read_text()
                                                    + '\n"We are ready to talk again," Trump said.\n')),
        ("its topics", lambda: rewrite(articles[22], topics=["energy"])),
        ("a new date", lambda: rewrite(articles[23], date="2026-01-02")),
    ]
    for step, (what, change) in enumerate(steps):
        change()
        builder.build()
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"


def _warm_corpus(tmp_path: Path, n: int = 40) -> tuple[Path, list[Path], Builder]:
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from corpus import generate

    root = generate(tmp_path / "corpus", n)
    builder = Builder(root)
    builder.build()
    return root, _articles(root), builder


def _rewrite(path: Path, **meta) -> None:
    old, body, _ = frontmatter.parse(path.read_text(), str(path))
    path.write_text(frontmatter.dump({**old, **meta}, body))


def _same_as_clean_builds(root: Path, builder: Builder, tmp_path: Path, steps: list) -> None:
    for step, (what, change) in enumerate(steps):
        change()
        builder.build()
        expected = clean_build_of(root, tmp_path / f"clean-{step}")
        got = tree(root / "site")
        assert got.keys() == expected.keys(), what
        assert [name for name in got if got[name] != expected[name]] == [], f"after {what}"


def test_a_warm_builders_article_pages_an_edit_left_alone_are_the_last_pages(tmp_path):
    # site_pages gives an article whose file, topics, view and shared values are the last build's its last Page
    # object (so the sitemap and the dependency checks tell the pages an edit left alone by identity); a page of
    # an edited file, or any page once the shared values change, is made again. The site stays the clean build's.
    root, articles, builder = _warm_corpus(tmp_path)
    pages = lambda: dict(zip(builder._views["made"].slugs, builder._views["made"].pages))  # noqa: E731
    before = pages()
    articles[20].write_text(articles[20].read_text() + "\nThe weather was mild.\n")
    builder.build()
    now = pages()
    assert [slug for slug in before if now[slug] is not before[slug]] == [articles[20].stem]
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    _same_as_clean_builds(root, builder, tmp_path, [
        ("a new title", lambda: _rewrite(articles[20], title="A new headline for the talks")),
        ("its body again", lambda: articles[20].write_text(articles[20].read_text() + "\nRain followed.\n")),
        ("its topics", lambda: _rewrite(articles[22], topics=["energy"])),
        ("a new date", lambda: _rewrite(articles[23], date="2026-01-02")),
        ("the site's title", lambda: (root / "sitegen.yaml").write_text(
            (root / "sitegen.yaml").read_text().replace("title: ", "title: Another ", 1))),
        ("a new article", lambda: articles[0].with_name("zz-new.md").write_text(article_text("Zed", "Talks resumed."))),
        ("an article removed", lambda: articles[5].unlink()),
    ])


def test_a_warm_builders_feeds_and_sitemap_patched_at_what_an_edit_changed(tmp_path, monkeypatch):
    # A feed's newest articles are found among its last newest and the articles that changed, and a feed of the
    # same newest is the last text; the sitemap keeps the entries of pages that are the last ones at their place.
    # Feeds of three entries, so that edits move articles in and out of them.
    from sitegen import sitefiles
    monkeypatch.setattr(sitefiles, "FEED_ENTRIES", 3)
    root, articles, builder = _warm_corpus(tmp_path)
    newest = sorted(articles, key=lambda path: frontmatter.parse(path.read_text(), str(path))[0].get("date") or "")
    made = []
    monkeypatch.setattr(sitefiles, "_sitemap_entry", lambda page, links, made_=sitefiles._sitemap_entry:
                        made.append(page.output) or made_(page, links))
    articles[20].write_text(articles[20].read_text() + "\nThe weather was mild.\n")
    builder.build()
    assert [output for output in made if output.startswith("articles/") and output != "articles/index.html"] \
        == [f"articles/{articles[20].stem}/index.html"]
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    _same_as_clean_builds(root, builder, tmp_path, [
        ("the newest article made the oldest", lambda: _rewrite(newest[-1], date="1990-01-01")),
        ("an old article made the newest", lambda: _rewrite(newest[0], date="2031-01-01")),
        ("the newest article's title", lambda: _rewrite(newest[0], title="A new headline for the newest")),
        ("a date taken away", lambda: _rewrite(newest[-2], date=None)),
        ("an article's topics", lambda: _rewrite(newest[-3], topics=["energy"])),
        ("a new newest article", lambda: articles[0].with_name("zz-new.md").write_text(
            article_text("Zed", "Talks resumed.", date="2032-01-01"))),
        ("the newest removed", lambda: articles[0].with_name("zz-new.md").unlink()),
        ("an article renamed", lambda: articles[3].rename(articles[3].with_name("zz-renamed.md"))),
    ])


def test_a_warm_builder_looks_only_at_the_pages_that_are_not_the_last_ones(tmp_path, monkeypatch):
    # A page that is the last build's Page object at its place, with its last record and templates, is not checked
    # again while the output folder is as the last build left it; the others are, and a file edited by hand in the
    # output folder has every page checked (and rewritten). The site stays the clean build's.
    from sitegen import build as build_module
    from sitegen.render import builtin_theme_dir
    root, articles, builder = _warm_corpus(tmp_path)
    looked_at = []
    why_render = build_module._why_render
    monkeypatch.setattr(build_module, "_why_render", lambda page, *args: looked_at.append(page.output)
                        or why_render(page, *args))
    articles[20].write_text(articles[20].read_text() + "\nThe weather was mild.\n")
    result = builder.build()
    assert f"articles/{articles[20].stem}/index.html" in looked_at
    assert not any(output.startswith("articles/") and output != f"articles/{articles[20].stem}/index.html"
                   and output != "articles/index.html" for output in looked_at)
    # (The article's page, and search/text.json, which has the words the edit added.)
    assert result.written == {"article": 1, "file": 1}
    assert "search/text.json: changed" in result.rebuilt
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    other = root / "site" / "articles" / articles[30].stem / "index.html"
    other.write_text("edited by hand")
    looked_at.clear()
    builder.build()
    assert len(looked_at) > len(articles)
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean-by-hand")
    _same_as_clean_builds(root, builder, tmp_path, [
        ("a new title", lambda: _rewrite(articles[20], title="A new headline for the talks")),
        ("its body", lambda: articles[21].write_text(articles[21].read_text() + '\n"We are ready," Trump said.\n')),
        ("a template", lambda: (root / "themes" / "default" / "templates").mkdir(parents=True, exist_ok=True)
         or (root / "themes" / "default" / "templates" / "article.html").write_text(
             (builtin_theme_dir() / "templates" / "article.html").read_text() + "<!-- x -->\n")),
        ("an article removed", lambda: articles[5].unlink()),
    ])


def test_the_pages_records_a_warm_builder_saves_as_a_patch_read_back_as_its_own(tmp_path):
    # Store.write_dict: after the first build only what changed is written, beside the whole file; what another
    # process reads back is every record the Builder holds, and its build of the next edit is the clean site.
    from sitegen import cache

    root = small_project(tmp_path / "p")
    articles = root / "content" / "articles"
    builder = Builder(root, jobs=1)
    builder.build()
    edits = [
        lambda: articles.joinpath("oil.md").write_text(articles.joinpath("oil.md").read_text() + "\nTankers waited.\n"),
        lambda: articles.joinpath("oil.md").write_text(article_text("A new title", "The EU agreed a price cap.")),
        lambda: articles.joinpath("talks.md").write_text(article_text("Talks", "Envoys met in Geneva for talks.")),
        lambda: articles.joinpath("ceasefire.md").unlink(),
    ]
    for edit in edits:
        edit()
        builder.build()
        name = cache.Store.pages_name(builder._pages[0])
        assert (root / CACHE_DIR / name.replace(".bin", "-new.bin")).exists()
        store, key = cache.Store(root), cache.code_fingerprint()
        read, _ = store.read_dict(name, key, store.read(builder._pages[0], key).records)  # (as the state names)
        assert read == builder._pages[1]
    articles.joinpath("talks.md").write_text(articles.joinpath("talks.md").read_text() + "\nNATO allies watched.\n")
    fresh = Builder(root, jobs=1)  # (reads the whole file and the patch)
    fresh.build()
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean")
    articles.joinpath("oil.md").write_text(articles.joinpath("oil.md").read_text() + "\nPrices fell.\n")
    fresh.build()  # (its first save after reading them: the patch made against the whole file it read)
    store, key = cache.Store(root), cache.code_fingerprint()
    read, _ = store.read_dict(cache.Store.pages_name(fresh._pages[0]), key, store.read(fresh._pages[0], key).records)
    assert read == fresh._pages[1]
    assert tree(root / "site") == clean_build_of(root, tmp_path / "clean2")


def test_a_warm_builder_loads_only_the_articles_an_edit_changed_and_builds_the_clean_site(tmp_path, monkeypatch):
    # Builder._places_to_load: the articles whose file is as the last build loaded it are its last Article objects;
    # the others are loaded again (a new text, one of the same size, a new and a removed file, a file that does not
    # parse and then does, a topic changed: each equal to a clean build after it).
    from sitegen import build as build_module

    located = []
    real_located = build_module._located
    monkeypatch.setattr(build_module, "_located", lambda *args: located.append(args[3]) or real_located(*args))
    root = small_project(tmp_path / "p")
    articles = root / "content" / "articles"
    builder = Builder(root, jobs=1)
    builder.build()

    def by_slug() -> dict:
        return {a.slug: a for a in builder._last_load.articles}

    def same_size(path: Path) -> None:
        text = path.read_text()
        path.write_text(text.replace("Istanbul", "Ankaras") if "Istanbul" in text else text.replace("Ankaras", "Istanbul"))

    topic = next((root / "content" / "topics").glob("*.md"))
    edits = [
        ("a sentence", lambda: articles.joinpath("oil.md").write_text(
            articles.joinpath("oil.md").read_text() + "\nTankers waited off the coast.\n"), {"oil"}),
        ("the same size", lambda: same_size(articles / "ceasefire.md"), {"ceasefire"}),
        ("a new article", lambda: articles.joinpath("aa-talks.md").write_text(
            article_text("Talks", "Envoys met in Geneva for sanctions talks.")), None),
        ("a broken article", lambda: articles.joinpath("aa-talks.md").write_text("---\ntitle: [\n---\nText.\n"), None),
        ("mended", lambda: articles.joinpath("aa-talks.md").write_text(
            article_text("Talks again", "Envoys met in Geneva.")), None),
        ("a topic", lambda: topic.write_text(topic.read_text() + "\n"), None),
        ("a sentence again", lambda: articles.joinpath("oil.md").write_text(
            articles.joinpath("oil.md").read_text() + "\nPrices fell.\n"), {"oil"}),
        ("an article removed", lambda: articles.joinpath("aa-talks.md").unlink(), None),
    ]
    for n, (what, edit, reloaded) in enumerate(edits):
        before = by_slug()
        located.clear()
        edit()
        try:
            builder.build()
        except SitegenError:
            assert what == "a broken article"
            continue
        after = by_slug()
        if reloaded is not None:
            assert {slug for slug, a in after.items() if before.get(slug) is not a} == reloaded, what
            assert len(located) == len(reloaded), what  # (the others not looked at)
        assert tree(root / "site") == clean_build_of(root, tmp_path / f"clean{n}"), what


# -- the pages' records and the build state they belong to ------------------------------------------------
# The records are kept as a whole file and a patch (Store.write_dict); the build state names the generation it was
# written with. A patch lost or damaged, or one written against a whole file another process has since replaced,
# must not leave the older records paired with the newer state: a page whose inputs go back to what they were
# would then look unchanged and keep the edited text.

def _edit_oil(root: Path) -> str:
    path = root / "content" / "articles" / "oil.md"
    original = path.read_text()
    path.write_text(original + "\nTankers waited.\n")
    return original


def _the_page_and_site_are_the_clean_ones(root: Path, into: Path) -> None:
    clean = clean_build_of(root, into)
    site = tree(root / "site")
    assert site["articles/oil/index.html"] == clean["articles/oil/index.html"]
    assert site == clean


def _flip_a_payload_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    payload = data.index(b"\n", len(b"sitegen-cache\n")) + 1  # (after the magic line and the header line)
    data[payload + (len(data) - payload) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["deleted", "truncated", "flipped byte"])
def test_a_lost_or_damaged_records_patch_is_not_trusted_after_an_edit_is_reverted(tmp_path, how):
    # build → edit → build (the records' patch written) → patch damaged → edit reverted → a new Builder builds
    root = small_project(tmp_path / "p")
    warm = Builder(root, jobs=1)
    warm.build()
    original = _edit_oil(root)
    warm.build()
    patches = list((root / CACHE_DIR).glob("pages-*-new.bin"))
    assert patches
    for patch in patches:
        if how == "deleted":
            patch.unlink()
        elif how == "truncated":
            patch.write_bytes(patch.read_bytes()[:40])
        else:
            _flip_a_payload_byte(patch)
    (root / "content" / "articles" / "oil.md").write_text(original)
    Builder(root, jobs=1).build()
    _the_page_and_site_are_the_clean_ones(root, tmp_path / "clean")


@pytest.mark.parametrize("how", ["a clean build", "a fold"])
def test_a_records_patch_written_against_a_replaced_whole_file_is_not_trusted(tmp_path, monkeypatch, how):
    # A warm Builder (as in serve) holds the whole file it wrote; another process then writes the records whole
    # (a clean build after the cache was deleted, or a CLI build folding its patch in); the warm Builder's next
    # patch must not be read against that other whole file. build → another process writes whole → edit → warm
    # build → edit reverted → a new Builder builds.
    from sitegen import cache

    root = small_project(tmp_path / "p")
    articles = root / "content" / "articles"
    warm = Builder(root, jobs=1)
    warm.build()
    if how == "a clean build":
        shutil.rmtree(root / CACHE_DIR)
        main(["build", "-C", str(root), "--quiet"])
    else:
        articles.joinpath("ceasefire.md").write_text(articles.joinpath("ceasefire.md").read_text() + "\nTalks went on.\n")
        warm.build()  # (the warm Builder patches)
        articles.joinpath("weather.md").write_text(articles.joinpath("weather.md").read_text() + "\nMore rain.\n")
        with monkeypatch.context() as patched:  # (any change folds the patch into a new whole file)
            patched.setattr(cache, "PATCH_ENTRIES", 0)
            patched.setattr(cache, "PATCH_SHARE", 10 ** 9)
            main(["build", "-C", str(root), "--quiet"])
    original = _edit_oil(root)
    warm.build()
    articles.joinpath("oil.md").write_text(original)
    Builder(root, jobs=1).build()
    _the_page_and_site_are_the_clean_ones(root, tmp_path / "clean")
