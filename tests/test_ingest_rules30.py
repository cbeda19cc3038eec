"""Rules made in stop 20 by reading the wrong headlines and bylines of batches 33–34 as a reader would: each says what
tells a person the headline or the byline at a glance, checked on other strings (other sites, names, languages) than
the pages that showed it."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD


def _lines(*lines: str) -> bytes:
    """A dump copied with no blank line anywhere."""
    return "\n".join(lines).encode()


# A note's number glued to a sentence's full stop, its superscript lost in the copy ("… was never ratified.3"): a reader
# still sees the sentence end, so the paragraph is story, and the header above it stays the header.

_EN_HEADLINE = "Why Rural Bus Networks Need a Legal Floor, Not Another Pilot Scheme"
_EN_DEK = "Evening buses are the first service cut and the last restored. Our survey of six counties shows what it costs."


def test_a_paragraph_ending_in_a_note_number_is_story_under_the_header():
    page = _lines("Transport Futures Trust", "Research", "Publications", "Briefing", _EN_HEADLINE, _EN_DEK,
                  "Ruth Calloway", "Senior Fellow, Mobility Programme", "12 March 2026",
                  _LEAD[:-1] + ", a figure unchanged since the 2019 review.4",
                  "The board has never published the cost of the evening services it withdrew, though councils "
                  "asked for it twice in writing during the last two years.5",
                  "What the Counties Spend", _NEXT, _THIRD)
    e = extract(page, "x.txt")
    assert e.title == _EN_HEADLINE
    assert e.description == _EN_DEK
    assert e.blocks[0].text.startswith("Every rural bus route")


# Two byline boxes one under the other, each a name over the author's role, the role's unit after a comma: a reader
# sees two authors, not a name and a programme.

def test_two_names_each_over_a_role_with_its_unit_are_two_authors():
    page = _lines("Transport Futures Trust", "Briefing", _EN_HEADLINE, _EN_DEK,
                  "Ruth Calloway", "Senior Fellow, Mobility Programme",
                  "Deniz Arslan", "Research Analyst, Mobility Programme", "12 March 2026", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").author == "Ruth Calloway and Deniz Arslan"
