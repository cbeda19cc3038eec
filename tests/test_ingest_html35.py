"""Rules drawn from blind HTML batch 12's first run (heldout/README.md "HTML batch 12"), on pages of their own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P, _page  # (the same story paragraph and page shell as batch 11's rules)


def _live_blog(post_heading) -> bytes:
    posts = "".join(
        f'<article class="post"><div class="post-meta"><time>{h}:00</time><span>Dana Marsh</span></div>'
        f'<h3 class="post-title">{post_heading(n)}</h3><div class="post-body"><p>{_P.replace("six hours", f"{n} hours")}</p>'
        f'<p>Entry {n} goes on: delegates left the hall late, and a briefing was promised for the morning.</p></div>'
        f'<div class="post-share"><a href="#p{n}">Link to this post</a></div></article>'
        for n, h in enumerate(["16", "15", "14", "13", "12", "11"], start=1))
    return _page('<article class="story story--live"><header><h1>Harbour talks live: envoys agree a ceasefire map</h1>'
                 '<p class="standfirst">Delegations meet for a third day; a monitoring mission is on the table.</p>'
                 '<div class="byline">By Dana Marsh and Tom Reed Published 3 December 2026, 08:00 · Updated 3 December '
                 '2026, 16:05</div></header>'
                 '<div class="summary"><h2>Key points</h2><ul>'
                 '<li>Both delegations have agreed the outline of a monitoring mission for the ceasefire line.</li>'
                 '<li>Talks resume on Thursday morning, the hosts said in a short statement.</li>'
                 '<li>A prisoner exchange of 200 people each is planned before the end of the month.</li></ul></div>'
                 f'<div class="feed">{posts}</div></article>')


def test_a_live_blogs_feed_of_titled_posts_is_kept_beside_the_summary_list_under_its_headline():
    result = extract(_live_blog(lambda n: f"Envoys reach point {n} of the agenda after a long session"), "p.html")
    lines = body_lines(result.blocks)
    assert lines[:4] == ["## Key points",
                         "- Both delegations have agreed the outline of a monitoring mission for the ceasefire line.",
                         "- Talks resume on Thursday morning, the hosts said in a short statement.",
                         "- A prisoner exchange of 200 people each is planned before the end of the month."]
    assert "### Envoys reach point 1 of the agenda after a long session" in lines
    assert _P.replace("six hours", "1 hours") in lines and _P.replace("six hours", "6 hours") in lines
    assert result.author == "Dana Marsh and Tom Reed" and result.date == "2026-12-03"


def test_a_byline_running_into_its_dates_of_publication_and_update_gives_the_author_and_date():
    page = ("Harbour Ledger\nWorld\nHarbour talks: envoys agree a ceasefire map after a long night\n"
            "Par Camille Roux et Hugo Lefèvre Publié le 3 décembre 2026 à 08h00 · Mis à jour le 3 décembre 2026 à 16h05\n"
            f"{_P}\n{_P.replace('Tuesday', 'Wednesday')}\n").encode()
    result = extract(page, "p.txt")
    assert (result.author, result.date) == ("Camille Roux and Hugo Lefèvre", "2026-12-03")


def test_a_prompt_to_report_a_typo_goes_and_a_sentence_naming_the_keys_stays():
    sentence = ("Many users complain that Ctrl+Enter sends a message in the new office chat, which is why the company "
                "will let staff switch the shortcut off from Monday.")
    page = ("Harbour Ledger\nOffice chat to change its shortcut after complaints from staff\n"
            f"{_P}\nSpotted a mistake? Highlight it and press Ctrl + Enter.\n{sentence}\n"
            f"{_P.replace('Tuesday', 'Wednesday')}\n").encode()
    assert body_lines(extract(page, "p.txt").blocks) == [_P, sentence, _P.replace("Tuesday", "Wednesday")]


def test_a_section_name_set_as_the_h1_gives_way_to_the_heading_the_pages_title_names():
    page = f"""<!doctype html><html lang="en"><head><title>Dock strike ends after nine days | The Harbour Ledger</title>
<meta property="og:title" content="Dock strike ends after nine days"></head><body>
<header><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<div class="page"><h1 class="section">Business</h1><div class="story">
<h2 class="title">Dock strike ends after nine days as port agrees pay rise</h2><p>{_P}</p>
<p>{_P.replace('Tuesday', 'Wednesday')}</p></div></div><footer><p>© 2026 The Harbour Ledger</p></footer></body></html>"""
    assert extract(page.encode(), "p.html").title == "Dock strike ends after nine days as port agrees pay rise"


def test_a_live_blogs_entries_written_as_list_items_are_paragraphs_and_a_newsletters_list_stays_a_list():
    entries = "".join(f'<li class="entry"><strong>{h}:00</strong><p>{_P.replace("six hours", f"{n} hours")}</p></li>'
                      for n, h in enumerate(["09", "11", "13", "15"], start=1))
    lead = "Welcome to our live coverage of the second day of talks, which resume this morning in the harbour hall."
    page = _page(f'<article><h1>Harbour talks, day two: live</h1><p>{lead}</p><ul class="feed">{entries}</ul></article>')
    lines = body_lines(extract(page, "p.html").blocks)
    assert _P.replace("six hours", "1 hours") in lines and not any(line.startswith("- ") for line in lines)
    items = "".join(f"<li><p>Point {n}: the envoys agreed on a step of the plan, and the hosts will write it up.</p></li>"
                    for n in range(1, 4))
    page = _page(f"<article><h1>What the envoys agreed</h1><p>{_P}</p><ul>{items}</ul><p>{_P}</p></article>")
    assert "- Point 1: the envoys agreed on a step of the plan, and the hosts will write it up." in body_lines(
        extract(page, "p.html").blocks)
