"""A real build of the seed articles: the pages a reader opens, and what they say."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from conftest import internal_links, make_project, resolve, run
from sitegen.cli import main


def text_of(path: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def test_build_writes_every_page_kind(built_site):
    site = built_site / "site"
    for rel in ("index.html", "404.html", ".nojekyll", "articles/index.html", "static/style.css",
                "topics/peace-talks/index.html", "topics/sanctions/index.html", "topics/nato-guarantees/index.html"):
        assert (site / rel).is_file(), rel
    articles = sorted((built_site / "content" / "articles").glob("*.md"))
    assert len(articles) == 5
    for md in articles:
        assert (site / "articles" / md.stem / "index.html").is_file()


def test_article_page_shows_its_title_metadata_and_paragraph_anchors(built_site):
    md = next(p for p in (built_site / "content" / "articles").glob("*.md")
              if "leave room" in p.read_text(encoding="utf-8"))
    page = (built_site / "site" / "articles" / md.stem / "index.html").read_text(encoding="utf-8")
    assert "<h1>Trump does not yet support new sanctions against Russia — wants to “leave room” for negotiations</h1>" in page
    assert 'id="p-1"' in page and "Marco Rubio" in page
    assert 'href="/topics/sanctions/"' in page  # the article lists its topics


def test_sanctions_briefing_quotes_a_sanctions_paragraph_and_links_to_it(built_site):
    site = built_site / "site"
    page = site / "topics" / "sanctions" / "index.html"
    assert "A bipartisan bill on sanctions against Russia has the support of 82 senators." in text_of(page)
    anchors = [h for h in internal_links(page.read_text(encoding="utf-8")) if "#p-" in h]
    assert anchors, "each paragraph links to its place in the article"
    target, fragment = resolve(site, "/", page, anchors[0])
    assert f'id="{fragment}"' in target.read_text(encoding="utf-8")


def test_home_lists_every_topic_with_its_articles(built_site):
    home = text_of(built_site / "site" / "index.html")
    for title in ("Peace talks", "Sanctions", "NATO security guarantees"):
        assert title in home
    assert "Trump’s Putin problem is getting worse as peace talks flounder" in home


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site / "site"
    for page in site.rglob("*.html"):
        for href in internal_links(page.read_text(encoding="utf-8")):
            target, fragment = resolve(site, "/", page, href)
            assert target.is_file(), f"{page.relative_to(site)} links to missing {href}"
            if fragment and target.suffix == ".html":
                assert f'id="{fragment}"' in target.read_text(encoding="utf-8"), f"{page}: no anchor {href}"


def test_base_url_subpath_keeps_every_link_inside_it(project, tmp_path):
    out = tmp_path / "out"
    assert main(["build", "-C", str(project), "--base-url", "https://someone.github.io/briefing/", "-o", str(out)]) == 0
    for page in out.rglob("*.html"):
        for href in internal_links(page.read_text(encoding="utf-8")):
            if href.startswith("#"):
                continue
            assert href.startswith("/briefing/"), f"{page.relative_to(out)}: {href} escapes /briefing/"
            target, _ = resolve(out, "/briefing/", page, href)
            assert target.is_file(), href


def test_broken_front_matter_reports_path_and_line_and_keeps_the_old_site(project, capsys):
    assert main(["build", "-C", str(project)]) == 0
    site = project / "site"
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    bad = project / "content" / "articles" / "broken.md"
    bad.write_text("---\ntitle: Broken\ndate: [2025\n---\nText.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "-C", str(project)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"^content/articles/broken\.md:\d+: invalid YAML", err, re.MULTILINE), err
    assert "Traceback" not in err
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert not list(project.glob(".site.*")), "no staging folder is left behind"


def test_front_matter_errors_are_all_reported_with_their_lines(project, capsys):
    articles = project / "content" / "articles"
    (articles / "a.md").write_text("---\ntitle: A\ndate: yesterday\n---\nText.\n", encoding="utf-8")
    (articles / "b.md").write_text("---\nauthor: Someone\ntopics: [weather]\n---\nText.\n", encoding="utf-8")
    assert main(["build", "-C", str(project), "--no-ingest"]) == 1
    err = capsys.readouterr().err
    assert "content/articles/a.md:3: date 'yesterday' is not a date in the form YYYY-MM-DD" in err
    assert "content/articles/b.md:1: missing 'title'" in err
    assert "content/articles/b.md:3: unknown topic 'weather'" in err


def test_script_and_javascript_links_in_an_article_stay_inert(project):
    (project / "content" / "articles" / "evil.md").write_text(
        "---\ntitle: <script>alert('t')</script> Evil\n---\n"
        "Text <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
        "[click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.org/)\n",
        encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    page = (project / "site" / "articles" / "evil" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in page.replace("[click](javascript:alert(3))", "")
    assert 'href="javascript:' not in page and 'href="data:' not in page
    assert 'href="https://example.org/"' in page


def test_javascript_url_in_front_matter_is_refused(project, capsys):
    (project / "content" / "articles" / "x.md").write_text(
        "---\ntitle: X\nurl: javascript:alert(1)\n---\nText.\n", encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 1
    assert "content/articles/x.md:3: url 'javascript:alert(1)' is not a web address" in capsys.readouterr().err


def test_cli_exit_codes_and_help_as_a_user_sees_them(project):
    assert run("--help").returncode == 0
    for command in ("ingest", "build", "serve", "deploy", "check", "init"):
        result = run(command, "--help")
        assert result.returncode == 0 and "-C DIR, --project DIR" in result.stdout, command
    bad = run("frobnicate")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    ok = run("build", "-C", str(project))
    assert ok.returncode == 0, ok.stderr
    assert "pages" in ok.stdout


def test_project_theme_overrides_one_template_of_the_default(project):
    override = project / "themes" / "default" / "templates"
    override.mkdir(parents=True)
    (override / "404.html").write_text('{% extends "base.html" %}{% block main %}<h1>Lost at sea</h1>{% endblock %}',
                                       encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    assert "Lost at sea" in (project / "site" / "404.html").read_text(encoding="utf-8")
    assert "<h1>Sanctions</h1>" in (project / "site" / "topics" / "sanctions" / "index.html").read_text(encoding="utf-8")


def test_template_error_names_the_template_and_line(project, capsys):
    override = project / "themes" / "default" / "templates"
    override.mkdir(parents=True)
    (override / "404.html").write_text("<p>\n{{ no_such_variable.x }}</p>", encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"themes/default/templates/404\.html:2: template error", err), err


def test_output_folder_that_would_replace_the_project_is_refused(project, capsys):
    assert main(["build", "-C", str(project), "-o", str(project / "content")]) == 1
    assert "would replace content" in capsys.readouterr().err
    assert (project / "content" / "topics" / "sanctions.md").exists()


def test_a_topic_is_added_by_adding_a_file(project):
    # (A topic the seeds are about: one they only mention in passing, "oil" in a paragraph of twenty, files none of
    # them — see topics.coverage.)
    (project / "content" / "topics" / "summit.md").write_text(
        "---\ntitle: Summit\ndescription: The leaders' meeting.\nterms: [summit, meeting]\n---\nWhat the meeting decides.\n",
        encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    page = (project / "site" / "topics" / "summit" / "index.html").read_text(encoding="utf-8")
    assert "What the meeting decides." in page and "Trump-Putin Meeting on Ukraine Could Happen Next Week" in page


def test_a_topic_page_shows_passages_past_an_articles_first_and_their_edits(project):
    # A build holds only each article's first paragraph and reads the others back from a temporary
    # file for the pages that cite them (and for an article it analyses again after an edit).
    article = project / "content" / "articles" / "grain-corridor.md"
    body = ("The harbour at Odesa reopened to grain ships on Monday after a week of repairs.\n\n"
            "Port officials counted forty vessels waiting at anchor outside the breakwater.\n\n"
            "Brussels agreed new sanctions on Russian oil shippers, and a tariff on fertiliser imports.\n\n"
            "The embargo and the price cap on Russian oil now reach the tankers that carried the grain.\n")
    article.write_text("---\ntitle: Grain corridor reopens\ndate: 2025-08-01\n---\n\n" + body, encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    topic = project / "site" / "topics" / "sanctions" / "index.html"
    assert "Brussels agreed new sanctions on Russian oil shippers" in text_of(topic)
    page = text_of(project / "site" / "articles" / "grain-corridor" / "index.html")
    assert "Port officials counted forty vessels" in page
    article.write_text(article.read_text(encoding="utf-8").replace("Brussels", "The Council in Brussels"),
                       encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    assert "The Council in Brussels agreed new sanctions on Russian oil shippers" in text_of(topic)
    # Its summary (no description: its first paragraph), as the feed gives it.
    assert "The harbour at Odesa reopened" in (project / "site" / "feed.xml").read_text(encoding="utf-8")


def test_a_timeline_sentence_opening_with_he_says_who_he_is(project):
    # On the timeline the sentence stands away from the one that named him; the page says whom "He" means, in an
    # editor's brackets, and briefing.json says it as data. Where the article does not tell, nothing is added.
    body = ("Finance Minister Pavel Novak met the bank's board in Vienna to discuss sanctions on Russian oil.\n\n"
            "He also warned on Tuesday that new sanctions on Russian oil traders would follow within a month.\n\n"
            "Pavel Novak and Tom Reed argued over the tariff on Russian oil for an hour.\n\n"
            "He said on Wednesday that the sanctions would stay until the war ends.\n")
    (project / "content" / "articles" / "novak-warns.md").write_text(
        "---\ntitle: Novak warns of new sanctions\ndate: 2025-08-01\n---\n\n" + body, encoding="utf-8")
    assert main(["build", "-C", str(project)]) == 0
    page = text_of(project / "site" / "topics" / "sanctions" / "index.html")
    assert "He [Pavel Novak] also warned on Tuesday" in page
    assert "He said on Wednesday that the sanctions would stay" in page and page.count("He [") == 1
    data = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    events = {e["text"][:20]: e["who"] for t in data["topics"] for e in t["timeline"]}
    assert events["He also warned on Tu"] == "pavel-novak" and events["He said on Wednesday"] is None


def test_the_bracketed_name_goes_right_after_the_opening_pronoun():
    from sitegen.pages import with_who
    assert with_who("He also warned on May 16", "Tom Reed") == "He [Tom Reed] also warned on May 16"
    assert with_who("He\u00a0said on May 16", "Tom Reed") == "He [Tom Reed]\u00a0said on May 16"
