"""Ingest as an editor lives with it: stable files, hand edits never lost."""
from __future__ import annotations

from sitegen import frontmatter
from sitegen.cli import main


def articles(project):
    return {p.name: p.read_bytes() for p in sorted((project / "content" / "articles").glob("*.md"))}


def test_ingest_writes_one_article_per_seed_with_the_front_matter_contract(project):
    assert main(["ingest", "-C", str(project)]) == 0
    files = sorted((project / "content" / "articles").glob("*.md"))
    assert len(files) == 5
    for path in files:
        meta, body, _ = frontmatter.parse(path.read_text(encoding="utf-8"), str(path))
        for key in ("title", "date", "author", "publisher", "url", "topics", "source", "source_sha256"):
            assert key in meta, (path.name, key)
        assert meta["source"].startswith("seeds/") and len(meta["source_sha256"]) == 64
        assert isinstance(meta["topics"], list)
        assert body.strip()


def test_the_repositorys_content_is_what_ingest_makes_of_its_seeds(project):
    """A fresh clone's `sitegen build` must not rewrite tracked files: content/articles/ is committed as
    ingest writes it from seeds/ with the default topics (regenerate with `sitegen ingest` on purpose)."""
    from conftest import REPO

    assert main(["ingest", "-C", str(project)]) == 0
    assert articles(project) == articles(REPO)


def test_ingesting_twice_changes_nothing(project):
    assert main(["ingest", "-C", str(project)]) == 0
    first = articles(project)
    assert main(["ingest", "-C", str(project)]) == 0
    assert articles(project) == first


def test_a_hand_edited_article_is_never_overwritten(project, capsys):
    assert main(["ingest", "-C", str(project)]) == 0
    target = next(p for p in (project / "content" / "articles").glob("*.md")
                  if "seeds/003_" in p.read_text(encoding="utf-8"))
    edited = target.read_text(encoding="utf-8").replace("Politico writes about this.", "Politico reported this first.")
    target.write_text(edited, encoding="utf-8")
    seed = project / "seeds" / "003_f2e8e39dc4325990.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more paragraph from the seed.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["ingest", "-C", str(project)]) == 0
    out = capsys.readouterr()
    assert target.read_text(encoding="utf-8") == edited
    assert f"content/articles/{target.name}: kept your edits" in out.err
    assert main(["ingest", "-C", str(project), "--force"]) == 0
    assert "One more paragraph from the seed." in target.read_text(encoding="utf-8")


def test_a_changed_seed_updates_its_unedited_article_under_the_same_name(project):
    assert main(["ingest", "-C", str(project)]) == 0
    before = set(articles(project))
    seed = project / "seeds" / "000_cbccf7587adf929d.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA late paragraph about the summit talks.\n", encoding="utf-8")
    assert main(["ingest", "-C", str(project)]) == 0
    assert set(articles(project)) == before
    assert any(b"A late paragraph about the summit talks." in data for data in articles(project).values())


def test_unknown_files_in_seeds_are_reported_and_the_rest_go_on(project, capsys):
    (project / "seeds" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0binary")
    assert main(["ingest", "-C", str(project)]) == 0
    assert "seeds/photo.jpg: warning: not an article file" in capsys.readouterr().err
    assert len(articles(project)) == 5


def test_build_ingests_new_seeds(project):
    assert main(["build", "-C", str(project)]) == 0
    (project / "seeds" / "new.md").write_text(
        "---\ntitle: A new memo\ndate: 2025-08-09\n---\nThe sanctions package was approved on Friday.\n", encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    page = project / "site" / "articles" / "a-new-memo" / "index.html"
    assert "The sanctions package was approved on Friday." in page.read_text(encoding="utf-8")


def test_explain_shows_every_line_of_a_seed_with_its_fate(project, capsys):
    assert main(["ingest", "-C", str(project), "--explain", "seeds/003_f2e8e39dc4325990.txt"]) == 0
    out = capsys.readouterr().out
    raw_lines = [l for l in (project / "seeds" / "003_f2e8e39dc4325990.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    explained = [l for l in out.splitlines() if l.startswith("seeds/003_f2e8e39dc4325990.txt:")]
    assert len(explained) >= len(raw_lines), "every non-blank raw line is accounted for"
    assert "seeds/003_f2e8e39dc4325990.txt:1: title" in out
    assert list((project / "content" / "articles").glob("*.md")) == [], "--explain writes nothing"


def test_explain_topics_lists_the_matching_paragraphs_and_terms(project, capsys):
    assert main(["build", "-C", str(project)]) == 0
    path = next(p for p in (project / "content" / "articles").glob("*.md") if "seeds/003_" in p.read_text(encoding="utf-8"))
    capsys.readouterr()
    assert main(["explain", "-C", str(project), "topics", path.stem]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"content/articles/{path.name}: topics:")
    assert "sanctions:" in out and "(assigned from the topics' terms)" in out
    assert "[sanction" in out  # the matched term is shown beside the paragraph


def test_an_edit_saved_while_ingest_runs_is_kept(project, monkeypatch):
    """sitegen serve ingests while people type: a save between ingest's read and its write must win."""
    import sitegen.ingest.project as ingest_project

    assert main(["ingest", "-C", str(project)]) == 0
    target = next(p for p in (project / "content" / "articles").glob("*.md")
                  if "seeds/003_" in p.read_text(encoding="utf-8"))
    seed = project / "seeds" / "003_f2e8e39dc4325990.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more paragraph from the seed.\n", encoding="utf-8")
    saved = target.read_text(encoding="utf-8").replace("Politico writes about this.", "Politico reported this first.")
    real_extract = ingest_project.extract

    def extract_while_the_editor_saves(raw, name, rules=None):
        if name.startswith("003_"):
            target.write_text(saved, encoding="utf-8")  # the editor's save lands mid-ingest
        return real_extract(raw, name, rules)

    monkeypatch.setattr(ingest_project, "extract", extract_while_the_editor_saves)
    assert main(["ingest", "-C", str(project)]) == 0
    assert target.read_text(encoding="utf-8") == saved
