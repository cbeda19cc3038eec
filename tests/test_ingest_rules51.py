"""Ingest rules of stop 26, drawn from earlier batches' remaining misses and blind batches text 52 and HTML 29."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.model import Block

_PARAS = ["<p>The national statistics office said on Thursday that the average price of a litre of diesel fell for "
          "the third week running, to its lowest level since the spring.</p>",
          "<p>Analysts said cheaper crude and a stronger currency explained most of the fall, and that pump prices "
          "usually follow wholesale prices with a delay of about two weeks.</p>"]
_TABLE = ("<h2>Average diesel price by week</h2><table><thead><tr><th>Week</th><th>Price</th></tr></thead><tbody>"
          "<tr><td>3–9 March</td><td>1.71</td></tr><tr><td>10–16 March</td><td>1.68</td></tr>"
          "<tr><td>17–23 March</td><td>1.64</td></tr></tbody></table>")


def _html(story_box: str, after: str = "") -> list[str]:
    page = ("<html><head><title>Diesel price falls again | Daily Ledger</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            "<article><h1>Diesel price falls again</h1><p class='byline'>By Ruth Mills</p>"
            f"<div class='article-body'>{story_box}</div>{after}</article>"
            "<section class='related'><h2>More from Daily Ledger</h2><ul><li><a href='/a'>Bus fares to rise</a></li>"
            "<li><a href='/b'>New tram line opens</a></li></ul></section>"
            "<footer><p>© 2026 Daily Ledger</p></footer></body></html>")
    blocks: list[Block] = extract(page.encode(), "diesel.html").blocks
    return [b.text for b in blocks]


def test_a_table_under_a_subheading_that_ends_the_story_in_its_own_box_is_kept():
    body = _html("".join(_PARAS) + _TABLE)
    assert body[-5:] == ["Average diesel price by week", "Week | Price", "3–9 March | 1.71", "10–16 March | 1.68",
                         "17–23 March | 1.64"]


def test_a_table_under_a_subheading_in_a_box_of_its_own_after_the_story_is_a_widget():
    body = _html("".join(_PARAS), f"<div class='standings'>{_TABLE}</div>")
    assert body[-1] == _PARAS[-1][3:-4]
