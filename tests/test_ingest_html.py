"""Saved HTML pages: the story is found by where its text sits in the markup, not by the sites' class names."""
from __future__ import annotations

from sitegen.ingest.extract import extract

STORY = [
    "The county opened its new library on Saturday, three years after the old building closed because of a leaking roof.",
    "The library has twice as many study desks as before, a children's floor and a small room for recording podcasts.",
    "Visitors queued from early morning, and staff said more than two thousand people came through the doors by noon.",
    "The council says the building cost $12 million, most of it paid for by a state grant for public libraries.",
]
MENU = "<ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(120)) + "</ul>"


def _page(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><title>New library opens | County Post</title>{head}</head><body>"
            f"<div class='top'>{MENU}</div>{body}<div class='bottom'>{MENU}</div></body></html>").encode()


def _body(raw: bytes) -> list[str]:
    return [block.text for block in extract(raw, "page.html").blocks]


def test_a_comment_thread_longer_than_the_story_is_dropped_even_without_a_telling_class_name():
    replies = "".join(f"<div class='r'><b>reader{i}</b><br>I have to say, honestly, that this is the best news "
                      f"for our town in years, and I hope, truly, that the opening hours stay long, reader {i} wrote.</div>"
                      for i in range(8))
    raw = _page(f"<div class='page'><h1>New library opens</h1><div class='txt'>{'<br><br>'.join(STORY)}</div>"
                f"<div class='reactions'><h3>Reactions (8)</h3>{replies}</div></div>")
    assert _body(raw) == STORY


def test_every_entry_of_a_live_blog_made_of_sibling_articles_is_kept():
    entries = "".join(f"<article class='post'><header><time datetime='2025-01-01T1{i}:00Z'>1{i}:00</time>"
                      f"<h2>Update {i}</h2></header><p>{text}</p></article>" for i, text in enumerate(STORY))
    raw = _page(f"<h1>New library opens</h1><div class='feed'>{entries}</div>")
    # (Each entry's time and headline stand together, as a copied page shows them and the labels have them: stop 65.)
    assert _body(raw) == [x for i, text in enumerate(STORY) for x in (f"1{i}:00 Update {i}", text)]


def test_a_lead_paragraph_set_apart_from_the_story_body_is_kept():
    rest = "".join(f"<p>{p}</p>" for p in STORY[1:])
    raw = _page(f"<main><h1>New library opens</h1><div class='intro'>{STORY[0]}</div><div class='body'>{rest}</div>"
                f"<div class='more'><a href='/x'>Another story about the town's parks and its new swimming pool</a></div></main>")
    assert _body(raw) == STORY


def test_a_cookie_dialog_and_a_sidebar_paragraph_are_not_story():
    raw = _page("<div role='dialog'><p>To give you the best experience, this page and its partners store small files "
                "on your device, which you can refuse at any time.</p></div>"
                f"<div class='col'><h1>New library opens</h1>{''.join(f'<p>{p}</p>' for p in STORY)}</div>"
                "<div class='col2'><h3>About us</h3><p>The County Post has covered local news, sport and politics "
                "since 1911, and is owned by its readers.</p></div>")
    assert _body(raw) == STORY


def test_an_everyday_verb_that_also_labels_share_buttons_does_not_drop_a_paragraph():
    german = ["Die Stadt baut neue Radwege entlang der Uferstraße, die Arbeiten beginnen im Frühjahr.",
              "Die Autos teilen sich künftig eine Spur, an den Kreuzungen entstehen eigene Abbiegestreifen.",
              "Die Kosten liegen bei etwa sieben Millionen Euro, die Hälfte zahlt das Land."]
    raw = _page(f"<article><h1>Neue Radwege</h1>{''.join(f'<p>{p}</p>' for p in german)}"
                "<div><a href='#'>Teilen</a></div></article>").replace(b"lang='en'", b"lang='de'")
    assert _body(raw) == german


def test_the_author_the_page_declares_in_microdata_wins_over_a_byline_read_from_text():
    raw = _page("<article><h1>New library opens</h1><div class='firma'><span itemprop='author' itemscope>"
                "<span itemprop='name'>Ana Ruiz</span></span> <span>Springfield</span> <time>May 3, 2025</time></div>"
                f"{''.join(f'<p>{p}</p>' for p in STORY)}</article>")
    assert extract(raw, "page.html").author == "Ana Ruiz"


def test_a_numbered_list_stays_numbered_in_the_markdown():
    from sitegen.ingest.extract import to_markdown

    steps = ["Check the opening hours online.", "Bring a proof of address.", "Ask at the desk for a card."]
    raw = _page(f"<article><h1>New library opens</h1>{''.join(f'<p>{p}</p>' for p in STORY)}"
                f"<p>To join the library:</p><ol>{''.join(f'<li>{s}</li>' for s in steps)}</ol>"
                "<p>Membership is free for everyone who lives or works in the county.</p></article>")
    markdown = to_markdown(extract(raw, "page.html").blocks)
    assert "1. Check the opening hours online.\n\n2. Bring a proof of address.\n\n3. Ask at the desk" in markdown
    dump = ("New library opens\n\n" + "\n\n".join(STORY) + "\n\nTo join the library:\n\n"
            + "\n\n".join(f"{n}) {s}" for n, s in enumerate(steps, 1))
            + "\n\nMembership is free for everyone who lives or works in the county, the council said on Friday.").encode()
    assert "1. Check the opening hours online.\n\n2. Bring" in to_markdown(extract(dump, "page.txt").blocks)


def test_an_author_given_by_reference_in_a_json_ld_graph_is_looked_up():
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "Person", "@id": "#p1", "name": "Lena Berg"},'
             '{"@type": "NewsArticle", "headline": "New library opens", "author": {"@id": "#p1"}}]}')
    raw = _page(f"<article><h1>New library opens</h1>{''.join(f'<p>{p}</p>' for p in STORY)}</article>",
                head=f"<script type='application/ld+json'>{graph}</script>")
    assert extract(raw, "page.html").author == "Lena Berg"


def test_a_numeric_date_is_read_day_first_only_when_the_page_language_says_so():
    french = ["La mairie a voté lundi soir un budget de 850 000 euros pour rénover l'école, qui accueille 214 élèves.",
              "Les travaux commenceront pendant les vacances d'hiver et dureront jusqu'à l'été, selon la commune.",
              "Deux classes seront installées dans des bâtiments modulaires sur le terrain de sport pendant le chantier."]
    def dump(lines, date):
        return ("La mairie rénove l'école\n\n" + date + "\n\n" + "\n\n".join(lines)).encode()
    assert extract(dump(french, "03/04/2025 à 09h12"), "a.txt").date == "2025-04-03"
    assert extract(dump(STORY, "03/04/2025 9:12 AM"), "b.txt").date is None  # English: March 4 or 3 April?
    assert extract(dump(STORY, "13/04/2025 9:12 AM"), "c.txt").date == "2025-04-13"  # only one reading


def test_a_quote_opened_by_a_dash_stays_a_paragraph_with_its_dash_and_a_hyphen_list_stays_a_list():
    # Nordic, Slavic and French papers print speech as "– …, säger hon.": no list, and the dash is the text's.
    from sitegen.ingest.extract import to_markdown

    spoken = "– We understand that this is hard for many households, but waiting would cost more, says the director."
    items = ["- Check the opening hours online.", "- Bring a proof of address."]
    raw = _page(f"<article><h1>New library opens</h1>{''.join(f'<p>{p}</p>' for p in STORY)}<p>{spoken}</p>"
                "<p>Membership is free for everyone who lives or works in the county.</p></article>")
    markdown = to_markdown(extract(raw, "page.html").blocks)
    assert "\n\n" + spoken + "\n\n" in markdown
    dump = ("New library opens\n\n" + "\n\n".join(STORY) + "\n\n" + spoken + "\n\nTo join the library:\n"
            + "\n".join(items) + "\n\nMembership is free for everyone who lives or works in the county, the council "
            "said on Friday.").encode()
    markdown = to_markdown(extract(dump, "page.txt").blocks)
    assert "\n\n" + spoken + "\n\n" in markdown
    assert "- Check the opening hours online.\n\n- Bring a proof of address." in markdown
