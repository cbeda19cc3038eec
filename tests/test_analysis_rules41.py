"""Attribution rules of stop 41, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import speakers


def test_the_ministry_is_a_countrys_ministry_named_in_small_letters():
    body = ("Ukraine's foreign ministry welcomed the decision. \"This is a step in the right direction,\" the ministry "
            "said.")
    assert speakers(body) == [("This is a step in the right dir", "ukraines-foreign-ministry")]


def test_the_embassy_in_a_capital_named_in_small_letters():
    body = ("Ukraine's embassy in London thanked MPs after the vote. \"Today the British parliament stood with us,\" the "
            "embassy said.")
    assert speakers(body) == [("Today the British parliament st", "ukraines-embassy-in-london")]


def test_two_such_bodies_named_leave_the_ministry_unresolved():
    body = ("Russia's defence ministry reported heavy fighting. Ukraine's foreign ministry welcomed the talks. "
            "\"It is a start,\" the ministry said.")
    assert speakers(body) == [("It is a start", None)]
