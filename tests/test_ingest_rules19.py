"""Metadata and body rules found on batch 19's pages, checked on other strings (other sites, other languages)."""
from __future__ import annotations

from sitegen.ingest.extract import extract


def _dump(*lines: str) -> bytes:
    return "\n\n".join(lines).encode()


_HEADLINE = "Why the Baltic grid needs a second undersea cable before the next winter storms arrive"
_LEAD = ("The Baltic states cut their last link to the Russian grid in February, and since then a single cable "
         "failure has twice left Estonia importing power at ten times the usual price.")
_NEXT = ("Grid operators say a second undersea link to Finland would halve that risk, but the project has waited "
         "three years for a decision on who pays for it.")


def test_one_byline_card_per_author_under_the_headline_names_every_author():
    e = extract(_dump("Nordic Policy Forum", _HEADLINE, "Liisa VirtanenSenior Researcher, Energy Programme",
                      "Tomas BergResearch Fellow", "12 March 2026", _LEAD, _NEXT), "x.txt")
    assert e.author == "Liisa Virtanen and Tomas Berg"
    # The same byline again (a repeat, not a co-author) leaves one name.
    e = extract(_dump(_HEADLINE, "By Liisa Virtanen", "By Liisa Virtanen", "12 March 2026", _LEAD, _NEXT), "x.txt")
    assert e.author == "Liisa Virtanen"
