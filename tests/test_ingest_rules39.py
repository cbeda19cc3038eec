"""Rules drawn from blind text batch 39 and HTML batch 16 after their first run (heldout/README.md), on pages of their
own."""
from __future__ import annotations

import pytest

from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P, _page

_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday")]


@pytest.mark.parametrize("line", ["Ports | Ban on Russian-flagged tankers from 1 March 2027",
                                  "Zölle auf Düngemittel steigen ab 1. Juli 2027",
                                  "Fuel | Price cap applies until 30 June 2027"])
def test_a_date_a_sentence_sets_is_no_date_line(line):
    assert md.date_line(line, day_first=True) is None


@pytest.mark.parametrize("line", ["Published 27 November 2026, 14:05", "Politik | 27. November 2026",
                                  "Since 27 Nov 2026"])
def test_a_date_line_stays_one(line):
    assert md.date_line(line, day_first=True) is not None


def test_a_table_row_with_a_date_in_it_is_no_date_line_of_the_page():
    days = ["Friday", "Saturday", "Sunday", "Monday"]
    more = "".join(f"<p>{_P.replace('Tuesday', day)}</p>" for day in days)
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 '<p class="meta">By Anna Reed | 27 November 2026</p>'
                 f'<div class="body"><p>{_STORY[0]}</p><p>{_STORY[1]}</p><h2>What the package holds</h2>'
                 '<table><tr><th>Area</th><th>Measure</th></tr>'
                 '<tr><td>Energy</td><td>Import ban on Russian gas from 1 March 2027</td></tr></table>'
                 f'<h2>Why it took so long</h2>{more}</div></article>')
    lines = body_lines(extract(page, "p.html").blocks)
    assert lines[:5] == _STORY[:2] + ["## What the package holds", "Area | Measure",
                                      "Energy | Import ban on Russian gas from 1 March 2027"]
