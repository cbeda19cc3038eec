"""`sitegen serve` in a real browser: files edited on disk show up in open tabs by themselves."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
WAIT_MS = 30_000  # a rebuild on a busy 2-core machine; the test passes as soon as the page changes


def article_and_paragraph(root: Path) -> tuple[Path, str]:
    article = sorted((root / "content" / "articles").glob("*.md"))[0]
    body = article.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    paragraph = next(p for p in body.split("\n\n") if len(p) > 40 and not p.startswith(("#", ">", "-", "*")))
    return article, paragraph


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def page_at(browser, url: str):
    """A page at `url` with a marker that a reload would lose (a stylesheet swap keeps it), returned once
    the page stood still for a moment: on a loaded machine a tab that opened while the server was still
    settling after its first build may reload once by itself, and that reload is not what a test watches."""
    page = browser.new_page()
    page.goto(url)
    from playwright.sync_api import Error

    for _ in range(10):
        try:
            page.evaluate("window.__sitegenTestMarker = 42")  # gone after a reload, kept by a stylesheet swap
            page.wait_for_timeout(1000)
            if marker(page) == 42:
                break
        except Error:  # the page is reloading right now
            pass
        page.wait_for_load_state()
    return page


def marker(page):
    return page.evaluate("window.__sitegenTestMarker || null")


def test_an_edited_article_shows_in_the_open_tab_without_touching_it(project, live_server, browser):
    server = live_server(project)
    article, paragraph = article_and_paragraph(project)
    page = page_at(browser, f"{server.url}articles/{article.stem}/")
    assert "A sentence the editor just wrote." not in page.inner_text("main")
    replace_in(article, paragraph, "A sentence the editor just wrote. " + paragraph)
    page.wait_for_function("() => document.querySelector('main').innerText.includes('A sentence the editor just wrote.')",
                           timeout=WAIT_MS)
    assert marker(page) is None  # it was a reload, not a patch
    page.close()


def test_broken_front_matter_shows_an_overlay_with_path_and_line_until_fixed(project, live_server, browser):
    server = live_server(project)
    article, paragraph = article_and_paragraph(project)
    page = page_at(browser, f"{server.url}articles/{article.stem}/")
    good = article.read_text(encoding="utf-8")
    lines = good.split("\n")
    title_line = next(i for i, line in enumerate(lines) if line.startswith("title:")) + 1
    lines[title_line - 1] = "title: Talks: a colon YAML cannot read"
    article.write_text("\n".join(lines), encoding="utf-8")

    overlay = page.locator("#sitegen-error-overlay")
    overlay.wait_for(state="visible", timeout=WAIT_MS)
    rel = article.relative_to(project).as_posix()
    assert f"{rel}:{title_line}: " in overlay.inner_text()
    assert marker(page) == 42  # the page under the overlay is still the last good one

    # A tab opened while the error stands shows it too.
    other = browser.new_page()
    other.goto(server.url)
    other.locator("#sitegen-error-overlay").wait_for(state="visible", timeout=WAIT_MS)
    assert f"{rel}:{title_line}: " in other.locator("#sitegen-error-overlay").inner_text()

    article.write_text(good.replace(paragraph, "Fixed and saved again. " + paragraph, 1), encoding="utf-8")
    page.wait_for_function("() => document.querySelector('main').innerText.includes('Fixed and saved again.')",
                           timeout=WAIT_MS)
    assert page.locator("#sitegen-error-overlay").count() == 0
    other.locator("#sitegen-error-overlay").wait_for(state="detached", timeout=WAIT_MS)
    page.close()
    other.close()


def test_a_stylesheet_edit_is_swapped_in_without_a_reload(project, live_server, browser):
    static = project / "themes" / "default" / "static"
    shutil.copytree(REPO / "themes" / "default" / "static", static)
    server = live_server(project)
    page = page_at(browser, server.url)
    background = "() => getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(background) != "rgb(1, 2, 3)"
    css = static / "style.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nbody { background: rgb(1, 2, 3) !important; }\n",
                   encoding="utf-8")
    page.wait_for_function(f"() => ({background})() === 'rgb(1, 2, 3)'", timeout=WAIT_MS)
    assert marker(page) == 42
    assert page.locator('link[rel="stylesheet"]').count() == 1  # the old sheet was removed after the swap
    page.close()


def test_every_open_tab_reloads_and_a_template_edit_shows(project, live_server, browser):
    templates = project / "themes" / "default" / "templates"
    shutil.copytree(REPO / "themes" / "default" / "templates", templates)
    server = live_server(project)
    article, _ = article_and_paragraph(project)
    # Eight tabs of one browser: more than the six connections it opens to one host.
    context = browser.new_context()
    urls = [server.url, f"{server.url}articles/{article.stem}/"] * 4
    tabs = []
    for url in urls:
        tab = context.new_page()
        tab.goto(url, timeout=WAIT_MS)
        tab.evaluate("window.__sitegenTestMarker = 42")
        tabs.append(tab)
    replace_in(templates / "base.html", "</footer>", "<p id='edited-footer'>Footer edited in the template.</p></footer>")
    for tab in tabs:
        tab.locator("#edited-footer").wait_for(timeout=WAIT_MS)
        assert marker(tab) is None
    context.close()


def test_an_edited_article_shows_first_and_its_tab_reloads_once_while_every_other_tab_reloads(
        project, live_server, browser):
    server = live_server(project)
    article, paragraph = article_and_paragraph(project)
    context = browser.new_context()
    edited_tab, home_tab = context.new_page(), context.new_page()
    edited_tab.goto(f"{server.url}articles/{article.stem}/", timeout=WAIT_MS)
    home_tab.goto(server.url, timeout=WAIT_MS)
    for tab in (edited_tab, home_tab):
        tab.evaluate("window.__sitegenTestMarker = 42")
    before = server.builds
    replace_in(article, paragraph, "Shown before the rebuild ends. " + paragraph)
    edited_tab.wait_for_function(
        "() => document.querySelector('main').innerText.includes('Shown before the rebuild ends.')", timeout=WAIT_MS)
    edited_tab.evaluate("window.__sitegenTestMarker = 43")  # set after the first reload
    assert server.wait_for_rebuild(before, timeout=60)
    home_tab.wait_for_function("() => !window.__sitegenTestMarker", timeout=WAIT_MS)  # reloaded by the rebuild
    edited_tab.wait_for_timeout(1000)  # a second reload, if one came, would have happened by now
    assert marker(edited_tab) == 43  # the rebuild wrote the page it had shown: no second reload
    assert "Shown before the rebuild ends." in (project / "site" / "articles" / article.stem / "index.html").read_text()
    context.close()
