"""`relative_urls: true`: a site that opens from disk (file://), no server, with its styles, links and search."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import run
from sitegen.cli import main
from sitegen.render import relative_links

ATTR = re.compile(r"""\s(?:href|src|action|data-[a-z-]+)=(["'])([^"']*)\1""")


def _set_relative(root: Path, on: bool = True, base_url: str = "/") -> None:
    config = root / "sitegen.yaml"
    kept = [line for line in config.read_text(encoding="utf-8").splitlines()
            if not line.startswith(("relative_urls:", "base_url:"))]
    config.write_text("\n".join(kept + [f"base_url: {base_url}", f"relative_urls: {str(on).lower()}"]) + "\n",
                      encoding="utf-8")


@pytest.fixture(scope="module")
def relative_site(tmp_path_factory) -> Path:
    from conftest import make_project
    root = make_project(tmp_path_factory.mktemp("relative") / "project")
    _set_relative(root, base_url="/briefing/")  # (a project site's base path: links still relative to each page)
    assert main(["build", "-C", str(root), "--quiet"]) == 0
    return root


def test_links_become_relative_to_the_page_with_index_html_named():
    html = ('<a href="/briefing/topics/sanctions/">S</a><link rel="stylesheet" href="/briefing/static/style.css">'
            '<a href="/briefing/articles/x/#p-3">x</a><form action="/briefing/search/"></form>'
            "<a href='/briefing/'>home</a><a href=\"https://example.org/a/\">out</a><img src=\"//cdn.example/x.png\">"
            '<a href="/elsewhere/">not ours</a><a href="#main">skip</a><div data-base="/briefing/"></div>')
    out = relative_links(html, "topics/peace-talks/index.html", "/briefing/")
    assert 'href="../../topics/sanctions/index.html"' in out
    assert 'href="../../static/style.css"' in out
    assert 'href="../../articles/x/index.html#p-3"' in out
    assert 'action="../../search/index.html"' in out
    assert "href='../../index.html'" in out
    assert 'href="https://example.org/a/"' in out and 'src="//cdn.example/x.png"' in out
    assert 'href="/elsewhere/"' in out and 'href="#main"' in out
    assert 'data-base="../../"' in out
    assert relative_links('<a href="/">home</a>', "index.html", "/") == '<a href="./index.html">home</a>'
    assert relative_links('<div data-base="/"></div>', "index.html", "/") == '<div data-base="./"></div>'
    # (GitHub Pages serves 404.html at any depth: relative links there would point nowhere.)
    assert relative_links('<a href="/">home</a>', "404.html", "/") == '<a href="/">home</a>'


def test_only_the_pages_own_tags_change_never_text_that_reads_like_a_link():
    # (From the review: article text, a code sample and structured data that hold "href='/…'" stay as written.)
    html = ("<p>Write href='/topics/sanctions/' in the template.</p><pre><code>&lt;a href='/people/'&gt;</code></pre>"
            '<script type="application/ld+json">{"headline":"a href=\'/topics/\' b"}</script>'
            "<script src='/static/search.js'></script>"
            '<link rel="canonical" href="/articles/x/"><blockquote cite="/articles/y/#p-2"><p>…</p></blockquote>')
    out = relative_links(html, "articles/x/index.html", "/")
    assert "<p>Write href='/topics/sanctions/' in the template.</p>" in out
    assert "&lt;a href='/people/'&gt;" in out and '"headline":"a href=\'/topics/\' b"' in out
    assert "<script src='../../static/search.js'></script>" in out
    assert '<link rel="canonical" href="/articles/x/">' in out
    assert 'cite="../../articles/y/index.html#p-2"' in out


def test_a_link_made_relative_never_gains_a_scheme_or_another_host():
    # (From the review: on the home page, "/javascript:alert(1)" cut to "javascript:alert(1)" ran script, and
    # "/briefing///evil.example/x" cut to "//evil.example/x" left the site.)
    assert relative_links('<a href="/javascript:alert(1)">x</a>', "index.html", "/") == \
        '<a href="./javascript:alert(1)">x</a>'
    out = relative_links('<a href="/briefing///evil.example/x">x</a>', "index.html", "/briefing/")
    assert 'href=".///evil.example/x"' in out and 'href="//' not in out


def test_every_link_of_every_page_is_relative_and_names_a_file_that_exists(relative_site):
    site = relative_site / "site"
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    assert len(pages) > 20
    checked = 0
    for page in pages:
        html = re.sub(r'<link rel="canonical"[^>]*>', "", page.read_text(encoding="utf-8"))  # (the page's address)
        for _, value in ATTR.findall(html):
            if value.startswith(("http://", "https://", "mailto:", "#")) or value == "":
                continue
            assert not value.startswith("/"), f"{page.relative_to(site)}: root-relative link {value}"
            path = unquote(re.split(r"[?#]", value, maxsplit=1)[0])
            if value.endswith("/"):  # (data-base: the prefix of the search index's paths)
                assert (page.parent / path).is_dir(), f"{page.relative_to(site)}: {value}"
                continue
            assert (page.parent / path).is_file(), f"{page.relative_to(site)}: {value} names no file"
            checked += 1
    assert checked > 500
    assert (site / "search" / "index.js").read_text(encoding="utf-8").startswith("window.sitegenSearchIndex = {")


def test_sitegen_check_follows_the_relative_links(relative_site, tmp_path):
    result = run("check", "-C", str(relative_site))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout + result.stderr
    copy = tmp_path / "copy"
    shutil.copytree(relative_site, copy)
    home = copy / "site" / "index.html"
    home.write_text(home.read_text(encoding="utf-8").replace('href="./topics/sanctions/index.html"',
                                                            'href="./topics/sanction/index.html"', 1), encoding="utf-8")
    result = run("check", "-C", str(copy), "--site", str(copy / "site"))
    assert result.returncode != 0
    assert "topics/sanction/index.html" in result.stdout + result.stderr


def test_switching_relative_urls_rebuilds_every_page_and_back(project):
    assert main(["build", "-C", str(project), "--quiet"]) == 0
    home = project / "site" / "index.html"
    assert 'href="/static/style.css"' in home.read_text(encoding="utf-8")
    _set_relative(project, True)
    assert main(["build", "-C", str(project), "--quiet"]) == 0
    article = next((project / "site" / "articles").glob("*/index.html"))
    assert 'href="./static/style.css"' in home.read_text(encoding="utf-8")
    assert 'href="../../static/style.css"' in article.read_text(encoding="utf-8")
    _set_relative(project, False)
    assert main(["build", "-C", str(project), "--quiet"]) == 0
    assert 'href="/static/style.css"' in article.read_text(encoding="utf-8")
    assert not (project / "site" / "search" / "index.js").exists()


def test_a_relative_urls_that_is_not_true_or_false_is_a_clear_error(project):
    (project / "sitegen.yaml").write_text("title: X\nrelative_urls: yes please\n", encoding="utf-8")
    result = run("build", "-C", str(project))
    assert result.returncode != 0
    assert "sitegen.yaml:2: 'relative_urls' must be true or false" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.browser
def test_the_site_opened_from_disk_is_styled_navigable_and_searchable(relative_site, browser):
    site = relative_site / "site"
    page = browser.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith("file://") else None)
    page.goto((site / "index.html").as_uri())
    # (The stylesheet applied: the theme's menu is a row of links without underlines; a browser's own style gives a
    # bulleted list of underlined ones.)
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header nav ul')).display") == "flex"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-title')).textDecorationLine") == "none"
    page.get_by_role("link", name="Sanctions").first.click()
    page.wait_for_url("**/topics/sanctions/index.html")
    assert page.locator("h1").inner_text() == "Sanctions"
    page.goto((site / "search" / "index.html").as_uri() + "?q=sanctions")
    page.wait_for_selector(".search-results a")
    assert re.match(r"\d+ results? for", page.locator("#search-status").inner_text())
    first = page.locator(".search-results a").first
    assert first.get_attribute("href").split("#")[0].endswith("/index.html")
    first.click()
    page.wait_for_url("**/articles/*/index.html*")
    assert page.locator("h1").count() == 1
    assert outside == [], f"loaded from the network: {outside}"
    page.close()
