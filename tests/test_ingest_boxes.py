"""Boxes a page sets around its story, as a copy or a saved page brings them along: key points and facts, sign-up and
donation boxes, the author's bio and how to cite, inline links to other stories, share bars glued into one word —
and the bylines and outlet names such pages write (batch 16 of the held-out fixtures, tested here on other strings)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import dump as _dump

_HEAD = ["Tram line to the airport opens two years late", "By Maren Olsen"]
_STORY = [
    "The new tram line between the central station and the airport opened on Saturday, two years after the date "
    "the regional government first promised and at almost twice the planned cost.",
    "About 12,000 passengers used the line on its first day, according to the operator, which runs a tram every "
    "eight minutes during the morning and evening peaks.",
    "Local businesses along the route said the years of roadworks had cost them customers, and several have asked "
    "the city for compensation.",
    "The operator expects the line to carry 30,000 passengers a day once the new housing district near the airport "
    "is finished in 2028.",
]


def _body(raw: bytes, name: str = "x.txt") -> list[str]:
    return [b.text for b in extract(raw, name).blocks]


def test_key_points_above_the_story_are_not_story():
    points = "Key points:\n\nThe line cost €410 million.\n\nTrams run every eight minutes.\n\nThe airport stop opens at 5am."
    assert _body(_dump(*_HEAD, points, *_STORY)) == _STORY


def test_a_fact_box_after_the_story_is_not_story():
    facts = "Facts: Tram network\nThe city has run trams since 1894.\nThe network is 62 km long.\nIt has 9 lines."
    assert _body(_dump(*_HEAD, *_STORY, facts)) == _STORY


def test_a_donation_box_in_the_story_goes_with_its_button():
    box = ["Our newsroom is funded by readers, not by advertisers.", "Support us"]
    assert _body(_dump(*_HEAD, *_STORY[:2], *box, *_STORY[2:])) == _STORY


def test_the_authors_bio_and_the_citation_after_the_story_are_not_story():
    tail = ["About the author", "Maren Olsen covers transport and housing for the paper. She joined in 2019.",
            "Cite this article", 'Olsen, Maren. "Tram line to the airport opens two years late." City Journal, 2026.']
    assert _body(_dump(*_HEAD, *_STORY, *tail)) == _STORY


def test_a_sign_up_box_and_its_thank_you_texts_are_not_story():
    box = ["Sign up for our morning briefing", "Thank you for subscribing!",
           "A confirmation email is on its way to you."]
    assert _body(_dump(*_HEAD, *_STORY[:2], *box, *_STORY[2:])) == _STORY


def test_inline_links_to_other_stories_are_not_story():
    # The links sit right under their label, with no blank line, and may end like sentences.
    for label in ("Zobacz także", "Baca juga", "Läs också"):
        link = f"{label}\nCity approves new bus lanes on the ring road\nThe night bus to the harbour returns in 2027."
        assert _body(_dump(*_HEAD, *_STORY[:2], link, *_STORY[2:])) == _STORY, label
    for link in ("Lihat juga: Harga tiket kereta bandara naik mulai Januari",
                 "Czytaj także: Nowa linia tramwajowa na lotnisko otwarta z opóźnieniem"):
        assert _body(_dump(*_HEAD, *_STORY[:2], link, *_STORY[2:])) == _STORY, link


def test_share_bars_glued_into_one_word_are_not_story():
    for bar in ("DelaSparaLyssna", "Bagikan:FacebookXSalin link", "ПоделитьсяСкопировать ссылкуWhatsApp"):
        assert _body(_dump(*_HEAD, *_STORY[:2], bar, *_STORY[2:])) == _STORY, bar


def test_ad_markers_between_paragraphs_are_not_story():
    markers = "Advertisement 3\n\nArticle content\n\nSCROLL TO CONTINUE WITH CONTENT"
    assert _body(_dump(*_HEAD, *_STORY[:2], markers, *_STORY[2:])) == _STORY


def test_bylines_in_other_shapes_name_the_reporter():
    shapes = {"Author of the article: Maren Olsen Published Mar 04, 2026 • 3 minute read": ("Maren Olsen", "2026-03-04"),
              "Oleh Maren Olsen": ("Maren Olsen", None),
              "Maren Olsen maren.olsen@cityjournal.example": ("Maren Olsen", None),
              "Maren OlsenSenior Fellow, Transport Programme": ("Maren Olsen", None)}
    for line, (author, date) in shapes.items():
        e = extract(_dump(_HEAD[0], line, *_STORY), "x.txt")
        assert (e.author, e.title) == (author, _HEAD[0]), line
        if date:
            assert e.date == date, line


def test_a_desk_with_its_address_is_no_byline():
    e = extract(_dump(_HEAD[0], "Press Office press@cityjournal.example", *_STORY), "x.txt")
    assert e.author is None


def test_a_real_byline_wins_over_the_outlet_and_an_edition_name():
    e = extract(_dump("City Journal", "City Journal North Shore", *_HEAD, *_STORY, "© 2026 City Journal"), "x.txt")
    assert (e.author, e.title) == ("Maren Olsen", _HEAD[0])


def test_the_outlet_is_named_as_its_header_writes_it():
    e = extract(_dump("Harbour Institute for Urban Studies", *_HEAD, *_STORY, "© 2026 Harbour Institute"), "x.txt")
    assert e.publisher == "Harbour Institute for Urban Studies"
    e = extract(_dump("Harbour", *_HEAD, *_STORY, "Copyright 2026 PT. Harbour Media Digital. All rights reserved."),
                "x.txt")
    assert e.publisher == "Harbour"
    e = extract(_dump(*_HEAD, *_STORY, "Harbour Posten är en del av Nordkust Media AB."), "x.txt")
    assert e.publisher == "Harbour Posten"


def _page(json_ld: str, story_date: str = "Sun 1 Mar 2026 at 6:40am") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    return (f'<html><head><title>{_HEAD[0]}</title><script type="application/ld+json">{json_ld}</script></head>'
            f"<body><article><h1>{_HEAD[0]}</h1><p class='date'>{story_date}</p>{paragraphs}</article></body></html>"
            ).encode()


def test_an_organisation_as_json_ld_author_is_no_author():
    e = extract(_page('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "City Journal"}}'), "x.html")
    assert e.author is None
    e = extract(_page('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Maren Olsen"}}'), "x.html")
    assert e.author == "Maren Olsen"
    # The outlet named as its own author is none either; a personal blog's owner, typed Person, still is its author.
    site = '"publisher": {"@type": "Organization", "name": "%s"}'
    e = extract(_page('{"@type": "NewsArticle", "author": {"name": "City Journal"}, %s}' % (site % "City Journal")), "x.html")
    assert e.author is None
    e = extract(_page('{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Maren Olsen"}, %s}'
                      % (site % "Maren Olsen")), "x.html")
    assert e.author == "Maren Olsen"


def test_the_day_the_page_shows_beats_a_utc_timestamp_one_day_off():
    ld = '{"@type": "NewsArticle", "datePublished": "2026-02-28T19:40:00Z"}'
    assert extract(_page(ld), "x.html").date == "2026-03-01"
    # A top bar's today above the headline is no witness: the page was saved the day after.
    bar = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><div class="topbar">Mon 2 Mar 2026'
           f"</div><article><h1>{_HEAD[0]}</h1>{''.join(f'<p>{p}</p>' for p in _STORY)}</article></body></html>")
    assert extract(bar.replace("2026-02-28", "2026-03-01").encode(), "x.html").date == "2026-03-01"
    # A timestamp with the page's own offset is the page's day.
    ld = '{"@type": "NewsArticle", "datePublished": "2026-02-28T19:40:00+11:00"}'
    assert extract(_page(ld), "x.html").date == "2026-02-28"
