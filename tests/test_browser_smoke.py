"""The built seed site in a real browser: pages open, links lead somewhere, nothing from the network."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_reader_goes_from_home_to_a_topic_to_the_paragraph_it_quotes(built_site, browser, static_server):
    base = static_server(built_site / "site")
    page = browser.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
    page.goto(base + "/")
    assert page.title() == "Ukraine Briefing"
    page.get_by_role("link", name="Sanctions").first.click()
    page.wait_for_url("**/topics/sanctions/")
    assert page.locator("h1").inner_text() == "Sanctions"
    source = page.locator("a[href*='#p-']").first
    href = source.get_attribute("href")
    source.click()
    page.wait_for_url("**" + href)
    anchor = href.split("#")[1]
    assert page.locator(f"[id='{anchor}']").is_visible()
    assert outside == [], f"pages loaded from the network: {outside}"
    page.close()
