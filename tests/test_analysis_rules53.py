"""Analysis rules of stop 53, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def test_a_body_opening_a_colons_lead_in_speaks_the_paragraphs_first_quote():
    # (A known miss of stop 52: the rule read a body's colon only after someone else's quote in the paragraph.)
    body = ("Talks in Geneva ended without agreement on Tuesday.\n\n"
            "The Kremlin was blunter: \"There is nothing to discuss until the new realities are recognised.\"\n\n"
            "Russia's foreign ministry went further: \"The Western plan is a trap.\"")
    assert _speakers(body) == ["kremlin", "russias-foreign-ministry"]
    # Not a body spoken of before its colon, nor one that is no speaker in its sentence.
    for lead_in in ("The Kremlin came in for particular criticism:", "Russia's foreign ministry was her next target:",
                    "He was blunter about the Kremlin:"):
        assert _speakers(body.replace("The Kremlin was blunter:", lead_in))[0] is None, lead_in
