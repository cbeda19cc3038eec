"""The default theme: pictures with text equivalents, links that stay under the base path."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO, internal_links, make_project
from sitegen.charts import bars_svg, coverage_buckets, coverage_svg, timeline_svg
from sitegen.cli import main
from sitegen.config import Config
from sitegen.render import environment, load_theme

SVG = "{http://www.w3.org/2000/svg}"
TEMPLATES = REPO / "themes" / "default" / "templates"


def _svg(markup: str) -> ET.Element:
    """Parse a chart as XML (it is inline SVG, so it must be well-formed) and check its text equivalent."""
    root = ET.fromstring(str(markup).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))
    assert root.get("role") == "img"
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    labelled_by = root.get("aria-labelledby").split()
    assert labelled_by and set(labelled_by) <= ids
    assert root.find(f"{SVG}title").text and root.find(f"{SVG}desc").text
    return root


def test_a_timeline_numbers_its_dated_events_as_the_list_does_and_says_what_it_left_out():
    events = [{"date": "2025-08-15", "text": "Alaska summit"}, {"date": "2025-08", "text": "Talks resume"},
              {"date": "sometime", "text": "Undated rumour"}, {"date": "2025-08-16", "text": "Next day: <statement>"}]
    svg = _svg(timeline_svg(events, title="Peace talks: timeline"))
    numbers = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "num"]
    assert sorted(numbers) == ["1", "2", "4"]  # the undated third event is not drawn, numbers keep their place
    tooltips = [g.find(f"{SVG}title").text for g in svg.iter(f"{SVG}g")]
    assert "4. 16 Aug 2025: Next day: <statement>" in tooltips  # escaped markup, readable text
    desc = svg.find(f"{SVG}desc").text
    # The axis starts at a month-precision event: it says the month, not a day nobody reported.
    assert "3 dated events from Aug 2025 to 16 Aug 2025" in desc and "1 without a date" in desc
    labels = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "tick-label"]
    assert labels[0] == "Aug 2025" and "1 Aug 2025" not in labels
    # Two events a day apart would overlap on one line: they are drawn in separate lanes.
    assert len({c.get("cy") for c in svg.iter(f"{SVG}circle")}) == 2


def test_a_crowded_timeline_axis_names_the_new_year_before_the_months_around_it():
    svg = _svg(timeline_svg([{"date": "2025-07-03", "text": "a"}, {"date": "2026-05-20", "text": "b"}]))
    labels = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "tick-label"]
    assert "Jan 2026" in labels, labels


def test_a_timeline_with_no_dated_event_draws_nothing():
    assert timeline_svg([]) == ""
    assert timeline_svg([{"date": None, "text": "x"}]) == ""


def test_two_charts_on_one_page_never_share_ids():
    a = _svg(timeline_svg([{"date": "2025-01-01", "text": "a"}]))
    b = _svg(timeline_svg([{"date": "2025-02-01", "text": "b"}]))
    assert {e.get("id") for e in a.iter() if e.get("id")}.isdisjoint({e.get("id") for e in b.iter() if e.get("id")})


def test_coverage_counts_articles_per_week_for_a_short_span_and_per_month_for_a_long_one():
    short = [{"title": "Sanctions", "articles": [{"date": "2025-08-04"}, {"date": "2025-08-06"}, {"date": None}]},
             {"title": "Peace talks", "dates": ["2025-08-20"]}]
    unit, buckets, rows = coverage_buckets(short)
    assert unit == "week" and buckets[0].isoformat() == "2025-08-04" and len(buckets) == 3
    assert rows == [("Sanctions", [2, 0, 0], 1), ("Peace talks", [0, 0, 1], 0)]
    long = [{"label": "Energy", "dates": ["2024-01-05", "2024-01-20", "2025-03-01"]}]
    unit, buckets, rows = coverage_buckets(long)
    assert unit == "month" and len(buckets) == 15 and rows[0][1][0] == 2 and rows[0][1][-1] == 1
    svg = _svg(coverage_svg(short))
    assert len([r for r in svg.iter(f"{SVG}rect") if r.get("class") == "bar"]) == 2
    desc = svg.find(f"{SVG}desc").text
    assert "Sanctions: 2 articles, most in the week of 4 Aug 2025 (2); 1 undated" in desc
    assert coverage_svg([{"title": "Sanctions", "articles": [{"date": None}]}]) == ""


def test_bars_are_sorted_largest_first_and_labelled_with_their_numbers():
    svg = _svg(bars_svg([{"label": "Sanctions", "value": 2}, {"title": "Peace talks", "count": 5},
                         {"label": "Energy", "value": 0}]))
    labels = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "row-label"]
    values = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "value"]
    assert labels == ["Peace talks", "Sanctions"] and values == ["5", "2"]
    assert svg.find(f"{SVG}desc").text == "Peace talks: 5; Sanctions: 2."
    assert bars_svg([]) == ""


def test_the_timeline_macro_draws_the_picture_and_lists_the_same_events_in_order(tmp_path):
    env = environment(load_theme(Config(root=tmp_path)), Config(root=tmp_path))
    template = env.from_string('{% from "macros.html" import timeline %}{{ timeline(events, title="T") }}')
    events = [{"date": "2025-08-15", "text": "Summit", "sources": [{"article": "a", "anchor": "p-2"}]},
              {"date": "2025-08-20", "text": "Envoys meet", "sources": []}]
    html = template.render(events=events)
    assert html.index("<svg") < html.index('<ol class="timeline">')
    items = re.findall(r"<li><time datetime=\"([^\"]+)\">([^<]+)</time> ([^<(]+)", html)
    assert [(d, h, t.strip()) for d, h, t in items] == [("2025-08-15", "15 August 2025", "Summit"),
                                                         ("2025-08-20", "20 August 2025", "Envoys meet")]
    assert 'href="/articles/a/#p-2"' in html


def test_the_timeline_says_under_its_picture_which_listed_events_it_could_not_place(tmp_path):
    # "On May 16" in an article with no date of its own has no year: listed, but nowhere on the axis.
    env = environment(load_theme(Config(root=tmp_path)), Config(root=tmp_path))
    template = env.from_string('{% from "macros.html" import timeline %}{{ timeline(events, title="T") }}')
    events = [{"date": "2021-06", "text": "Geneva summit"}, {"date": "--05-16", "text": "First round"},
              {"date": "--05-19", "text": "A call"}, {"date": "--06-02", "text": "Second round"},
              {"date": "2022-02", "text": "Invasion"}]
    caption = re.search(r"<figcaption>(.*?)</figcaption>", template.render(events=events), re.S).group(1)
    assert "Events 2–4, whose year is not known, are in the list only." in caption
    every = template.render(events=[events[0], events[4]])
    assert "not known" not in every


def test_templates_link_only_through_url_never_to_an_absolute_path():
    """A literal href="/…" would escape a subpath like /briefing/; every link must go through url()."""
    offenders = []
    for template in sorted(TEMPLATES.glob("*.html")):
        for n, line in enumerate(template.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""(?:href|src|action)\s*=\s*["']/""", line):
                offenders.append(f"{template.name}:{n}: {line.strip()}")
    assert offenders == []


def test_a_site_built_for_a_project_page_never_links_outside_its_subpath(tmp_path):
    project = make_project(tmp_path / "p")
    assert main(["build", "-C", str(project), "--base-url", "https://someone.github.io/briefing/"]) == 0
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for href in internal_links(html):
            assert href.startswith(("/briefing/", "#")), f"{page.relative_to(site)}: {href}"
        for href in re.findall(r'(?:href|src|content|action)="(https?://[^"]*)"', html):
            if "someone.github.io" in href:
                assert href.startswith("https://someone.github.io/briefing/"), f"{page.relative_to(site)}: {href}"
        for action in re.findall(r'action="([^"]*)"', html):
            assert action.startswith("/briefing/"), action
    index = (site / "search" / "index.json").read_text(encoding="utf-8")
    assert '"/' not in index  # index paths are relative; the page adds the base path
    assert 'data-base="/briefing/"' in (site / "search" / "index.html").read_text(encoding="utf-8")


def test_every_page_reads_without_javascript_and_loads_nothing_from_the_network(built_site):
    site = built_site / "site"
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        scripts = re.findall(r"<script\b([^>]*)>", html)
        rel = page.relative_to(site).as_posix()
        allowed = {'type="application/ld+json"'} | ({f'src="/static/search.js" defer'} if rel == "search/index.html" else set())
        assert {s.strip() for s in scripts} <= allowed, rel
        assert not re.search(r'(?:src|href)="(?:https?:)?//[^"]*\.(?:css|js|woff2?)"', html), rel
    css = (site / "static" / "style.css").read_text(encoding="utf-8")
    assert "@media print" in css and "prefers-color-scheme: dark" in css and "url(" not in css


def test_sources_are_named_by_publisher_or_a_short_headline_never_a_whole_headline(built_site):
    """A key point's sources read as outlets; an article with no known publisher or URL is named by
    the start of its headline, and the whole headline stays in the link's tooltip."""
    from sitegen.content import load_site
    from sitegen.config import load_config
    from sitegen.errors import Report

    site = load_site(load_config(built_site), Report())
    page = (built_site / "site" / "topics" / "peace-talks" / "index.html").read_text(encoding="utf-8")
    names = re.findall(r'<a href="[^"]*#p-\d+" title="[^"]*">([^<]+)</a>', page)  # key points, timeline
    assert names
    import html
    names = [html.unescape(n) for n in names]
    for article in site.articles:
        if not article.publisher and len(article.title) > 41:
            assert article.title not in names
    assert all(len(n) <= 41 for n in names if not n.endswith("…")), names
    home = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    assert "Full briefing: NATO security guarantees" in home  # the topic's own capitals, never lower-cased
