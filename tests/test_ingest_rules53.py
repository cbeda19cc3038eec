"""Ingest rules of stop 53, from the misses of blind batches (text 117 on), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

HEADLINE = "Rural bus routes to keep a daily return journey under new county contracts"


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def test_a_byline_box_of_name_over_two_beats_is_no_headline():
    # (From sealed text 117: "Energy and trade reporter", right above the date, was taken for the headline.)
    dek = "Operators must run at least one return journey a day on every route, the council says, or lose the contract."
    for role in ("Energy and trade reporter", "Transport correspondent", "Arts & culture editor"):
        found = copied(_spaced(["Economy", "EXPLAINER", HEADLINE, dek, "Priya Venkataraman", role,
                                "Feb. 27, 2025 at 6:00 a.m. EST", "Share", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]))
        assert (found.title, found.author, found.description) == (HEADLINE, "Priya Venkataraman", dek), role
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], role
