"""The built site as a reader's browser and a validator see it.

- the Nu HTML checker (vnu.jar, with the machine's Java) finds no error on any page;
- axe-core, injected into Debian's Chromium, finds no violation on the home, a topic, an article,
  the search page with results and (when the theme has them) a person page, in light and dark;
- every internal link and #anchor, fetched over HTTP from 127.0.0.1, resolves — with the site at /
  and under a subpath, as on a GitHub Pages project site.

The project is the seed project with dates added, so the charts are drawn too.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from conftest import make_project
from sitegen.cli import main

pytestmark = pytest.mark.browser

DATES = ["2025-06-25", "2025-07-14", "2025-08-07", "2025-08-18", "2025-08-29", "2025-09-09", "2025-10-02"]


def _dated_project(root: Path, base_url: str) -> Path:
    """The seed project after ingest, each article given a date (as an editor would add one)."""
    project = make_project(root)
    assert main(["ingest", "-C", str(project)]) == 0
    for n, path in enumerate(sorted((project / "content" / "articles").glob("*.md"))):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\ndate: null\n", f"\ndate: {DATES[n % len(DATES)]}\n", 1), encoding="utf-8")
    assert main(["build", "-C", str(project), "--no-ingest", "--base-url", base_url]) == 0
    return project


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory) -> Path:
    return _dated_project(tmp_path_factory.mktemp("validate") / "project", "/") / "site"


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory) -> Path:
    """Built for https://someone.github.io/briefing/ and laid out as a host serves it: <root>/briefing/."""
    project = _dated_project(tmp_path_factory.mktemp("subpath") / "project", "https://someone.github.io/briefing/")
    served = project.parent / "served"
    shutil.copytree(project / "site", served / "briefing")
    return served


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def _page_of_each_kind(site: Path) -> dict[str, str]:
    pages = _pages(site)
    kinds = {"home": "", "topic": "topics/sanctions/",
             "article": next(p for p in pages if p.startswith("articles/") and p != "articles/index.html")[:-len("index.html")],
             "archive": "articles/", "search": "search/?q=putin", "404": "404.html"}
    people = [p for p in pages if p.startswith("people/") and p.count("/") == 2]
    if people:
        kinds["person"] = people[0][:-len("index.html")]
    return kinds


# -- Nu HTML checker -----------------------------------------------------------------


def test_the_nu_html_checker_finds_no_error_on_any_page(dated_site, node_tool):
    vnu = node_tool("vnu-jar/build/dist/vnu.jar")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing (apt-get install default-jre-headless; .ci/run does it)")
    done = subprocess.run([java, "-jar", str(vnu), "--format", "json", "--skip-non-html", str(dated_site)],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').split('/site/')[-1]}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]
    assert errors == []
    assert len(_pages(dated_site)) >= 10  # it did check the site


# -- axe-core ------------------------------------------------------------------------


@pytest.mark.parametrize("scheme,width", [("light", 360), ("dark", 360), ("light", 1440), ("dark", 1440)])
def test_axe_finds_no_violation_on_each_kind_of_page(dated_site, browser, static_server, node_tool, scheme, width):
    axe = node_tool("axe-core/axe.min.js").read_text(encoding="utf-8")
    base = static_server(dated_site)
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
    page = context.new_page()
    found = {}
    for kind, path in _page_of_each_kind(dated_site).items():
        page.goto(f"{base}/{path}")
        if kind == "search":
            page.wait_for_selector("#search-results li")
        page.add_script_tag(content=axe)
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        for v in result["violations"]:
            found.setdefault(kind, []).append(f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['html'][:120]})")
    context.close()
    assert found == {}


def test_the_search_page_finds_an_article_by_a_word_of_its_title(dated_site, browser, static_server):
    index = json.loads((dated_site / "search" / "index.json").read_text(encoding="utf-8"))
    title = index["articles"][0][0]
    word = max(re.findall(r"\w+", title), key=len)
    base = static_server(dated_site)
    page = browser.new_page()
    page.goto(f"{base}/")
    page.fill("#site-search", word)
    page.press("#site-search", "Enter")
    page.wait_for_selector("#search-results li")
    links = page.locator("#search-results a").evaluate_all("els => els.map(e => e.textContent)")
    assert title in links
    assert word.lower() in page.locator("#search-status").inner_text().lower()
    page.close()


def test_without_javascript_the_search_page_still_leads_to_every_article(dated_site, browser, static_server):
    base = static_server(dated_site)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base}/search/?q=putin")
    assert page.get_by_role("link", name="the list of all articles").is_visible()
    context.close()


# -- links and anchors over HTTP -------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for key in ("href", "src"):
            if values.get(key) and not (tag == "form"):
                self.links.append(values[key])
        if tag == "form" and values.get("action"):
            self.links.append(values["action"])


def _crawl(start: str) -> tuple[set[str], list[str]]:
    """Fetch every page reachable from `start` on its host; return (pages, problems)."""
    host = urlsplit(start).netloc
    seen, queue, problems = set(), [start], []
    parsed: dict[str, _Links] = {}
    anchors: list[tuple[str, str, str]] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read().decode("utf-8", "replace")
                kind = response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            problems.append(f"{url}: HTTP {exc.code}")
            continue
        if kind != "text/html":
            continue
        links = _Links()
        links.feed(body)
        parsed[url] = links
        for href in links.links:
            target, fragment = urldefrag(urljoin(url, href))
            if urlsplit(target).netloc != host or urlsplit(target).scheme not in ("http", "https"):
                continue
            if fragment:
                anchors.append((url, target, fragment))
            queue.append(target)
    for page, target, fragment in anchors:
        if target in parsed and fragment not in parsed[target].ids:
            problems.append(f"{page}: #{fragment} is not on {target}")
    return seen, problems


def test_every_internal_link_and_anchor_resolves_at_the_root(dated_site, static_server):
    base = static_server(dated_site)
    seen, problems = _crawl(base + "/")
    assert problems == []
    reached = {urlsplit(u).path for u in seen}
    for rel in _pages(dated_site):
        if rel != "404.html":
            assert "/" + rel.removesuffix("index.html") in reached, f"no link leads to {rel}"


def test_every_internal_link_and_anchor_resolves_under_a_subpath(subpath_site, static_server):
    base = static_server(subpath_site)
    # The pages link to https://someone.github.io/briefing/…; served here, the same paths must resolve.
    seen, problems = _crawl(base + "/briefing/")
    assert problems == []
    escaped = sorted(u for u in seen if not urlsplit(u).path.startswith("/briefing/"))
    assert escaped == []
    assert len(seen) >= len(_pages(subpath_site / "briefing")) - 1  # all but the 404 page


def test_sitegen_check_passes_the_built_site_at_the_root_and_under_a_subpath(dated_site, subpath_site):
    project = dated_site.parent
    assert main(["check", "-C", str(project), "--site", str(dated_site), "--no-ingest"]) == 0
    sub_project = subpath_site.parent / "project"
    assert main(["check", "-C", str(sub_project), "--no-ingest", "--base-url", "https://someone.github.io/briefing/"]) == 0


def test_the_search_page_finds_a_quote_and_leads_to_its_paragraph(dated_site, browser, static_server):
    index = json.loads((dated_site / "search" / "index.json").read_text(encoding="utf-8"))
    if not index["quotes"]:
        pytest.skip("the analysis found no quotes in this site")
    text, _, row, paragraph, _ = max(index["quotes"], key=lambda q: len(q[0]))
    words = " ".join(re.findall(r"\w+", text)[:4])
    base = static_server(dated_site)
    page = browser.new_page()
    page.goto(f"{base}/search/?q={words}")
    quote = page.locator(".search-group", has=page.locator("h2", has_text="Quotes")).locator("li").filter(has_text=text[:40]).first
    href = quote.locator("a").last.get_attribute("href")
    assert href == "/" + index["articles"][row][1] + f"#p-{paragraph}"
    quote.locator("a").last.click()
    page.wait_for_url(f"**#p-{paragraph}")
    assert page.locator(f"[id='p-{paragraph}']").is_visible()
    page.close()


def test_the_search_page_finds_a_word_only_an_articles_text_has_and_leads_to_its_paragraph(dated_site, browser,
                                                                                             static_server):
    # A word no title, summary, quote or person in search/index.json has, but an article's text does: the article is
    # found once search/text.json is in, and "paragraph N" leads to the first paragraph that uses it.
    index = json.loads((dated_site / "search" / "index.json").read_text(encoding="utf-8"))
    text = json.loads((dated_site / "search" / "text.json").read_text(encoding="utf-8"))
    shown = json.dumps(index, ensure_ascii=False).lower()
    path, word = next((path, word) for path, (words, _) in sorted(text["articles"].items())
                      for word in words.split() if len(word) >= 8 and word.isalpha() and word.isascii() and word not in shown
                      and sum(word in other[0] for other in text["articles"].values()) == 1)
    base = static_server(dated_site)
    page = browser.new_page()
    page.goto(f"{base}/search/?q={word}")
    found = page.locator(".search-group", has=page.locator("h2", has_text="Articles")).locator("li").first
    found.locator("a", has_text="paragraph").wait_for()
    assert found.locator("a").first.get_attribute("href") == "/" + path
    where = found.locator("a", has_text="paragraph")
    anchor = where.get_attribute("href").rsplit("#", 1)[1]
    where.click()
    page.wait_for_url(f"**#{anchor}")
    assert word in page.locator(f"[id='{anchor}']").inner_text().lower()
    page.close()


def test_no_page_scrolls_sideways_on_a_360_px_phone(dated_site, browser, static_server):
    base = static_server(dated_site)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    wide = {}
    for kind, path in _page_of_each_kind(dated_site).items():
        page.goto(f"{base}/{path}")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 360:
            wide[kind] = width
    context.close()
    assert wide == {}


def test_on_paper_the_navigation_is_gone_and_links_show_where_they_go(dated_site, browser, static_server):
    base = static_server(dated_site)
    page = browser.new_page()
    page.goto(f"{base}/topics/sanctions/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header nav").is_visible()
    assert not page.locator("form[role=search]").first.is_visible()
    assert page.locator("h1").is_visible()
    link = page.locator("main a[href^='/articles/']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after
    page.emulate_media(media="screen")
    assert page.locator(".site-header nav").is_visible()
    page.close()
