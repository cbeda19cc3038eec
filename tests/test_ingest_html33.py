"""Rules drawn from blind HTML batch 11's first run (heldout/README.md "HTML batch 11"), on pages of their own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines

_P = ("The two sides met for six hours on Tuesday, and officials said the talks covered prisoners, shipping lanes and "
      "the monitoring of a ceasefire line that both capitals say they want in place before winter.")


def _page(body: str) -> bytes:
    return f"""<!doctype html><html lang="en"><head><title>Page</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main>{body}</main><footer><p>© 2026 The Harbour Ledger</p></footer></body></html>""".encode()


def test_a_headline_set_on_two_lines_is_one_headline():
    page = _page(f"<article><h1>Geneva, day three:<br>Envoys agree on a monitoring mission</h1><p>{_P}</p>"
                 f"<p>{_P.replace('Tuesday', 'Wednesday')}</p></article>")
    assert extract(page, "p.html").title == "Geneva, day three: Envoys agree on a monitoring mission"


def test_a_live_blogs_entries_are_its_story_beside_a_one_paragraph_summary_under_the_headline():
    entries = "".join(
        f'<div class="post"><h3><time datetime="2026-12-03T{h}:00:00Z">{h}:00</time> Update {n}</h3>'
        f'<div class="post-body"><p>{_P.replace("six hours", f"{n} hours")}</p>'
        f'<p>Entry {n} goes on: delegates left the hall late, and a briefing was promised for the morning, '
        f'after the advisers meet again.</p><p>A third paragraph of entry {n}: the envoys, the mediators and the '
        f'advisers will sit down again at nine, with the ceasefire map on the table.</p></div></div>'
        for n, h in enumerate(["08", "09", "10", "11", "12"], start=1))
    page = _page('<div class="blog"><div class="blog-head"><h1>Talks in Geneva, day three: live</h1>'
                 '<div class="blog-lead">Delegations from Kyiv, Washington and Europe meet for a third day to discuss '
                 'guarantees, prisoners and a ceasefire.</div>'
                 '<div class="blog-authors">By Dana Marsh and Tom Reed in Geneva</div></div>'
                 f'<div class="blog-feed">{entries}</div></div>')
    lines = body_lines(extract(page, "p.html").blocks)
    assert "## 08:00 Update 1" in lines and "## 12:00 Update 5" in lines  # (<h3>s under no <h2>: "##", stop 71)
    assert _P.replace("six hours", "5 hours") in lines


def _with_dek(under_headline: str, meta: str) -> bytes:
    return f"""<!doctype html><html lang="en"><head><title>Page</title>
<meta name="description" content="{meta}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><div class="head"><h1>Harbour strike ends after nine days</h1>{under_headline}
<div class="byline">By Dana Marsh</div><div class="date">3 December 2026</div></div>
<div class="story"><p>{_P}</p><p>{_P.replace('Tuesday', 'Wednesday')}</p><p>{_P.replace('Tuesday', 'Thursday')}</p></div>
</main><footer><p>© 2026 The Harbour Ledger</p></footer></body></html>""".encode()


def test_the_sentence_set_apart_under_the_headline_is_the_dek_though_the_meta_description_words_it_otherwise():
    dek = ("Dock workers voted to return on Monday after the port agreed to a pay rise and new shift rules. "
           "The backlog of ships may take a month to clear.")
    page = _with_dek(f'<p class="intro">{dek}</p>', "Dockers end a nine-day strike after a pay deal.")
    assert extract(page, "p.html").description == dek


def test_a_boxes_first_paragraph_and_a_labelled_row_under_the_headline_are_no_dek():
    meta = "Dockers end a nine-day strike after a pay deal."
    boxed = _with_dek('<div class="key"><h2>In short:</h2><p>Dock workers voted to return on Monday after the port '
                      'agreed to a pay rise and new shift rules.</p></div>', meta)
    # (Stop 68: nor is the meta description, which the page does not show — the description is the standfirst the page
    # shows, when there is one.)
    assert extract(boxed, "p.html").description is None
    row = _with_dek('<div class="claim"><span>What is claimed:</span> <span>That dock workers voted to return on '
                    'Monday after the port agreed to a pay rise.</span></div>', meta)
    assert extract(row, "p.html").description is None


def _with_card(card: str, canonical: str = "https://harbourledger.example/news/story/") -> bytes:
    return f"""<!doctype html><html lang="en"><head><title>Page</title>
<link rel="canonical" href="{canonical}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><div class="head"><h1>Harbour strike ends after nine days</h1>{card}</div>
<div class="story"><p>{_P}</p><p>{_P.replace('Tuesday', 'Wednesday')}</p><p>{_P.replace('Tuesday', 'Thursday')}</p></div>
<div class="comments"><h3>2 comments</h3><div class="c"><span class="who">Karel Dvořák</span> <span>5. 11. 2026 8:12</span>
<p>Good news at last for the town.</p></div></div></main>
<footer><p>© 2026 The Harbour Ledger</p></footer></body></html>""".encode()


def test_a_byline_ending_on_the_stories_age_names_the_author():
    page = _with_card('<div class="meta">By <a href="/author/dana-marsh">Dana Marsh</a> Harbour Reporter '
                      '<span>3 hours ago</span></div>')
    assert extract(page, "p.html").author == "Dana Marsh"


def test_the_day_in_the_address_dates_a_story_that_shows_only_its_age():
    page = _with_card('<div class="meta">By Dana Marsh <span>3 hours ago</span></div>',
                      "https://harbourledger.example/news/2026/03/14/harbour-strike-ends/")
    assert extract(page, "p.html").date == "2026-03-14"
    bad = _with_card('<div class="meta">By Dana Marsh <span>3 hours ago</span></div>',
                     "https://harbourledger.example/news/2026/13/45/harbour-strike-ends/")
    assert extract(bad, "p.html").date is None


def test_a_name_over_a_role_set_apart_with_the_headline_is_the_author_not_a_commenter():
    paragraphs = "".join(f'<div class="para">{_P.replace("Tuesday", day)}</div>' for day in ("Monday", "Tuesday", "Friday"))
    page = f"""<!doctype html><html lang="cs"><head><title>Page</title></head><body>
<div class="page"><div class="path"><a href="/">Ledger</a> › <a href="/news/">News</a></div><div class="body">
<div class="top"><div class="section">Harbour</div><h1>Harbour strike ends after nine days</h1>
<div class="writer"><img src="eva.jpg" alt="Eva Horáková"><div class="writer-name"><a href="/authors/eva/">Eva Horáková</a></div>
<div class="writer-role">redaktorka zahraniční rubriky</div><div class="when"><span>5. listopadu 2026 7:45</span></div></div>
<div class="lead-in">Dock workers voted to return on Monday after the port agreed to a pay rise and new shift rules for the winter.</div>
</div><div class="text"><section>{paragraphs}</section></div>
<div class="talk"><div class="post"><span class="who">Karel Dvořák</span> <span class="at">5. 11. 2026 8:12</span>
<div class="said">Good news at last for the town and the port.</div></div></div></div></div></body></html>""".encode()
    assert extract(page, "p.html").author == "Eva Horáková"


def test_a_role_run_into_the_name_of_a_byline_box_is_left_out():
    page = _with_card('<div class="author-box"><span class="byline">de <a href="/autor/ana-popescu">Ana Popescu</a>'
                      '</span> <span class="author-role">Redactor Economic</span></div>')
    assert extract(page, "p.html").author == "Ana Popescu"
