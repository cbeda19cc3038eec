"""`sitegen check`: the problems a user is told about, where, and the exit code."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import make_project, run
from sitegen.check import unknown_people_problems
from sitegen.cli import main
from sitegen.config import load_config
from sitegen.content import load_site
from sitegen.errors import Report
from sitegen.model import SourceRef

GOOD = """---
title: Talks resume in Istanbul
date: 2025-06-02
author: Jane Reporter
description: Delegations met for an hour.
---
Delegations met in Istanbul for peace talks and agreed a prisoner exchange.

See [the other report](../undated/#p-1) for more.
"""

UNDATED = """---
title: Sanctions bill gains support
date: null
author: null
description: A bill on sanctions.
---
A bipartisan bill on sanctions against Russia has the support of 82 senators.
"""


@pytest.fixture
def small(tmp_path) -> Path:
    """A project with two hand-written articles (no seeds): fast and exact."""
    root = make_project(tmp_path / "small", seeds=False)
    (root / "content" / "articles" / "good.md").write_text(GOOD, encoding="utf-8")
    (root / "content" / "articles" / "undated.md").write_text(UNDATED, encoding="utf-8")
    return root


def check(root: Path, *args: str, capsys) -> tuple[int, list[str], str]:
    code = main(["check", "-C", str(root), *args])
    out = capsys.readouterr()
    return code, out.err.splitlines(), out.out.strip()


def test_an_article_without_date_and_author_is_a_warning_at_the_key_line(small, capsys):
    code, err, out = check(small, capsys=capsys)
    assert err == [
        "content/articles/undated.md:3: warning: no date — add 'date: YYYY-MM-DD' so the article sorts by date",
        "content/articles/undated.md:4: warning: no author — add 'author: …' so readers know whose report it is",
    ]
    assert code == 0
    built = small.parent / "built"
    assert main(["build", "-C", str(small), "-o", str(built)]) == 0
    pages = [p for p in built.rglob("*.html") if "<html" in p.read_text(encoding="utf-8")]
    assert out == f"check: 0 errors, 2 warnings; {len(pages)} pages and 2 articles checked"


def test_missing_keys_point_at_line_1(small, capsys):
    (small / "content" / "articles" / "undated.md").write_text(
        "---\ntitle: No keys\ndescription: x\n---\nText about sanctions.\n", encoding="utf-8")
    code, err, _ = check(small, capsys=capsys)
    assert "content/articles/undated.md:1: warning: no date — add 'date: YYYY-MM-DD' so the article sorts by date" in err
    assert code == 0


def test_broken_link_in_a_template_override_points_at_the_template_line(small, capsys):
    override = small / "themes" / "default" / "templates"
    override.mkdir(parents=True)
    (override / "404.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n<p>Try <a href="{{ url(\'nowhere/\') }}">this</a>.</p>\n'
        "{% endblock %}\n", encoding="utf-8")
    code, err, out = check(small, capsys=capsys)
    assert "themes/default/templates/404.html:3: broken link '/nowhere/': no nowhere/index.html in the site on 404.html" in err
    assert code == 1
    assert out.startswith("check: 1 error, 2 warnings;")


def test_broken_anchor_in_an_article_points_at_the_article_line(small, capsys):
    (small / "content" / "articles" / "good.md").write_text(GOOD.replace("#p-1", "#p-9"), encoding="utf-8")
    code, err, _ = check(small, capsys=capsys)
    assert ("content/articles/good.md:9: broken anchor '../undated/#p-9': articles/undated/index.html has no id 'p-9' "
            "on articles/good/index.html") in err
    assert code == 1


def test_a_link_to_a_missing_article_is_an_error(small, capsys):
    (small / "content" / "articles" / "good.md").write_text(GOOD.replace("../undated/", "../gone/"), encoding="utf-8")
    code, err, _ = check(small, capsys=capsys)
    assert ("content/articles/good.md:9: broken link '../gone/#p-1': no articles/gone/index.html in the site "
            "on articles/good/index.html") in err
    assert code == 1


def test_a_javascript_link_in_a_template_is_an_error(small, capsys):
    override = small / "themes" / "default" / "templates"
    override.mkdir(parents=True)
    (override / "404.html").write_text('{% extends "base.html" %}\n{% block main %}<a href="javascript:alert(1)">x</a>'
                                       "{% endblock %}\n", encoding="utf-8")
    code, err, _ = check(small, capsys=capsys)
    assert "themes/default/templates/404.html:2: unsafe link 'javascript:alert(1)' on 404.html" in err
    assert code == 1


def test_a_page_without_title_or_description(small, capsys):
    override = small / "themes" / "default" / "templates"
    override.mkdir(parents=True)
    (override / "404.html").write_text("<!doctype html>\n<html><head></head><body><p>Lost.</p></body></html>\n",
                                       encoding="utf-8")
    code, err, _ = check(small, capsys=capsys)
    assert "site/404.html: the page has no <title> — give the template a <title> element" in err
    assert ('site/404.html: warning: the page has no meta description — '
            'add <meta name="description" content="…"> to the template') in err
    assert code == 1


def test_two_articles_that_write_the_same_page_on_a_case_insensitive_disk(small, capsys):
    shutil.copy(small / "content" / "articles" / "good.md", small / "content" / "articles" / "Good.md")
    code, err, _ = check(small, capsys=capsys)
    assert ("content/articles/good.md:1: writes articles/good/index.html, the same file as articles/Good/index.html "
            "of content/articles/Good.md on a case-insensitive disk (macOS, Windows) — "
            "rename one of the files so each page has a slug of its own") in err
    assert code == 1


def test_content_errors_are_reported_and_nothing_else_runs(small, capsys):
    (small / "content" / "articles" / "bad.md").write_text("---\ntitle: Bad\ndate: someday\n---\nText.\n",
                                                           encoding="utf-8")
    code, err, _ = check(small, capsys=capsys)
    assert "content/articles/bad.md:3: date 'someday' is not a date in the form YYYY-MM-DD — write it as YYYY-MM-DD, or null when unknown" in err
    assert code == 1


def test_check_an_existing_site_reports_a_deleted_page(small, capsys):
    assert main(["build", "-C", str(small)]) == 0
    shutil.rmtree(small / "site" / "topics" / "sanctions")
    code, err, out = check(small, "--site", str(small / "site"), capsys=capsys)
    broken = [line for line in err if "broken link '/topics/sanctions/'" in line]
    # The navigation of every page links to it: one mistake, one report, at the first page.
    assert len(broken) == 1, err
    assert re.fullmatch(r"site/404\.html:\d+: broken link '/topics/sanctions/': no topics/sanctions/index\.html in "
                        r"the site on 404\.html \(and \d+ more pages\)", broken[0]), broken
    assert code == 1
    assert re.search(r"^check: 1 error, 2 warnings; \d+ pages and 2 articles checked$", out, re.M), out


def test_check_does_not_touch_the_project_site_folder(small, capsys):
    check(small, capsys=capsys)
    assert not (small / "site").exists()


def test_seed_project_under_a_subpath_has_no_errors(tmp_path):
    root = make_project(tmp_path / "seeded")
    result = run("check", "-C", str(root), "--base-url", "https://someone.github.io/briefing/")
    assert result.returncode == 0, result.stderr
    assert "broken" not in result.stderr
    assert result.stdout.strip().startswith("check: 0 errors,")


def test_site_built_for_another_base_path_is_all_broken_links(small, capsys):
    assert main(["build", "-C", str(small), "--base-url", "/briefing/"]) == 0
    code, err, _ = check(small, "--site", str(small / "site"), capsys=capsys)
    assert any(re.fullmatch(r"site/404\.html:\d+: broken link '/briefing/static/style\.css': no "
                            r"briefing/static/style\.css in the site on 404\.html \(and \d+ more pages\)", line)
               for line in err), err
    assert code == 1


def test_unknown_people_are_suggested_at_their_first_mention(small):
    (small / "content" / "articles" / "good.md").write_text(
        GOOD.replace("agreed a prisoner exchange.", "agreed a prisoner exchange.\n\nRustem Umerov led the delegation."),
        encoding="utf-8")
    config = load_config(small)
    site = load_site(config, Report())
    problems = unknown_people_problems([("Rustem Umerov", (SourceRef("good", 2), SourceRef("undated", 1)))],
                                       site, config)
    assert [str(p) for p in problems] == [
        "content/articles/good.md:9: warning: 'Rustem Umerov' looks like a person but is not in content/people.yaml "
        "(2 mentions in 2 articles) — add '- name: Rustem Umerov' to content/people.yaml"]


def test_names_analysis_does_not_know_are_suggested_for_people_yaml(tmp_path):
    from sitegen.analysis import people

    if not hasattr(people, "suggest_people"):
        pytest.skip("this version of analysis does not suggest people yet")
    root = make_project(tmp_path / "seeded")
    result = run("check", "-C", str(root))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^content/articles/[^:]+\.md:\d+: warning: '[^']+' looks like a person but is not in "
                     r"content/people\.yaml \(\d+ mentions? in \d+ articles?\) — add '- name: ", result.stderr, re.M), \
        result.stderr
