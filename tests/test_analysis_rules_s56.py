"""Analysis rules of stop 56, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def test_a_name_then_where_they_are_from_then_said_is_the_speaker():
    # ("Tom Reed from Leeds said" gave no mention at all, where "Tom Reed of Leeds said" gave him his quote.)
    for after in ("Tom Reed from Leeds said.", "Tom Reed from Leeds told the BBC.", "Tom Reed from the Ashfield Trust said."):
        body = f"The council met on Monday.\n\n\"We will not accept this,\" {after}"
        assert _speakers(body) == ["tom-reed"], after
    assert _speakers("Tom Reed from Leeds said: \"We will not accept this.\"") == ["tom-reed"]
    # Words from a place are nobody's without a given name: "Reports from Kyiv said".
    assert _speakers("The council met on Monday.\n\nReports from Kyiv said the talks had \"stalled completely\" by "
                     "the evening.") == [None]
