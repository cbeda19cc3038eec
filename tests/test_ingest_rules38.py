"""Rules drawn from blind text batch 38 and HTML batch 15 after their first run (heldout/README.md), on pages of their
own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P, _page

_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday")]


def test_a_rubys_reading_is_no_part_of_the_headline_or_the_text():
    lead = "港町の銭湯が百年の歴史に幕を下ろした。常連客からは惜しむ声が相次いでいる。店主は燃料費の高騰を理由に挙げた。"
    page = _page('<article><h1><ruby>銭湯<rp>（</rp><rt>せんとう</rt><rp>）</rp></ruby>、百年の歴史に幕</h1>'
                 f'<p>{lead}</p><p>{lead}</p></article>')
    result = extract(page, "p.html")
    assert result.title == "銭湯、百年の歴史に幕"
    assert "せんとう" not in " ".join(body_lines(result.blocks))


def test_a_badge_set_on_the_headline_leaves_it_with_its_separator():
    for badge in ('<span class="badge-live">Live</span> ', '<span class="live-badge">LIVE</span> | '):
        page = _page(f'<article><h1>{badge}Harbour talks, day two: what we know</h1>'
                     f'<p>{_STORY[0]}</p><p>{_STORY[1]}</p></article>')
        assert extract(page, "p.html").title == "Harbour talks, day two: what we know"


def test_a_word_in_a_plain_span_stays_in_the_headline():
    page = _page('<article><h1><span class="hl">Live</span> music returns to the harbour after six years</h1>'
                 f'<p>{_STORY[0]}</p><p>{_STORY[1]}</p></article>')
    assert extract(page, "p.html").title == "Live music returns to the harbour after six years"


def test_a_badge_closing_the_headline_takes_nothing_from_the_text_after_it():
    def page(badge: str) -> bytes:
        return _page(f'<article><h1>Harbour talks, day two{badge}</h1><p>- {_STORY[0]}</p><p>{_STORY[1]}</p></article>')
    result = extract(page(' <span class="badge">Live</span>'), "p.html")
    assert result.title == "Harbour talks, day two"
    assert body_lines(result.blocks) == body_lines(extract(page(""), "p.html").blocks)


def test_a_chapter_mark_in_minutes_and_seconds_is_no_headline():
    page = "\n".join(["Quarry Radio", "Episodes", "Subscribe", "Harbour talks: what a century of records says",
                      "Episode 112 · 41 min", "Play", "Chapters", "00:00 Introduction", "04:12 The first records",
                      "27:30 What the talks covered on the ceasefire line", "Show notes", *_STORY]).encode()
    assert extract(page, "p.txt").title == "Harbour talks: what a century of records says"
