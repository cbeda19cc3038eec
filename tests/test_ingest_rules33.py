"""Rules found on blind batch 33 (heldout_text_copied21) in stop 19, on strings of their own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, body_lines


def _lines(*lines: str) -> bytes:
    return "\n".join(lines).encode()


def test_a_sentence_set_out_as_a_list_keeps_its_opening_and_its_items():
    page = _lines("Harbour strike ends after nine days", "By Dana Marsh", "3 December 2026", _LEAD,
                  "Under the deal, the port authority agreed to pay",
                  "a rise of four per cent this year,",
                  "a bonus for the night shifts,",
                  "and the workers' legal costs.",
                  _NEXT, _THIRD, "Share this article", "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    at = lines.index("Under the deal, the port authority agreed to pay")
    assert lines[at + 1:at + 4] == ["- a rise of four per cent this year,", "- a bonus for the night shifts,",
                                    "- and the workers' legal costs."]


def test_a_menu_of_short_lines_is_no_sentence_set_out_as_a_list():
    page = _lines("Harbour strike ends after nine days", "By Dana Marsh", "3 December 2026", _LEAD, _NEXT,
                  "More from the Ledger", "Weather, tides", "Sport, results", "Letters.", _THIRD,
                  "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert not any(line.startswith("- ") for line in lines)
