"""Rules drawn from blind batch 41's misses (README "Blind batch 41", ordinary copy), on strings of their own."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers


@pytest.mark.parametrize("opener", ["The sharpest criticism came from", "Support came from",
                                    "The loudest objection in the chamber came from"])
def test_whom_the_words_came_from_is_the_he_who_speaks_next(opener):
    body = (f"Ministers defended the plan for an hour. {opener} Pieter Jansen, the opposition's finance spokesman. "
            '"Nobody has costed this," he said.')
    assert speakers(body) == [("Nobody has costed this", "pieter-jansen")]


def test_a_report_by_a_body_described_by_where_it_sits_is_the_bodys():
    body = ('Where the strain shows is in the ports. A report released on Tuesday by the Riga-based Nordic Freight '
            'Monitor said the fleet had grown by a third in October, "the fastest rise in a decade".')
    assert speakers(body) == [("the fastest rise in a decade", "nordic-freight-monitor")]
