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
    assert "### 08:00 Update 1" in lines and "### 12:00 Update 5" in lines
    assert _P.replace("six hours", "5 hours") in lines
