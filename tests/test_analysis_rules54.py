"""Analysis rules of stop 54, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def test_where_one_is_from_before_a_name_is_not_part_of_it():
    # (From batch 171: "West Australian Kai Mercer" made "Mercer" a body of its own.)
    body = ("{lead} has won the Surf Coast Classic at Bells Beach after a near-flawless final on Sunday.\n\n"
            "\"I've been dreaming about this since I was a grommet,\" Mercer said.")
    for lead in ("West Australian Kai Mercer", "Tasmanian Kai Mercer", "Australian Kai Mercer"):
        assert _speakers(body.format(lead=lead)) == ["kai-mercer"], lead
    # A body's name that opens on a compass word stays the body's: its chief is the one named.
    chief = body.format(lead="West Midlands Police chief Kai Mercer")
    assert _speakers(chief) == ["kai-mercer"]


def test_a_sikh_middle_name_keeps_the_given_name_before_it():
    # (From batch 171: "Director of Agriculture Harjit Kaur Dhillon" read as the director "Kaur Dhillon".)
    body = ("Director of Agriculture Harjit Kaur Dhillon said field teams would finish the survey by January 20.\n\n"
            "\"Compensation will be given as per norms,\" Ms. Dhillon said.")
    assert _speakers(body) == ["harjit-kaur-dhillon"]
    singh = body.replace("Harjit Kaur Dhillon", "Manpreet Singh Bains").replace("Ms. Dhillon", "Mr. Bains")
    assert _speakers(singh) == ["manpreet-singh-bains"]


def test_an_irish_police_rank_is_part_of_the_title():
    # (From batch 173: "Det Garda Kearney" read as one "Garda Kearney".)
    body = ("Detective Garda Siobhán Kearney gave evidence of arrest, charge and caution.\n\n"
            "Det Garda Kearney said the State's case was \"strong\" and included CCTV footage.\n\n"
            "\"There is a real concern, Judge,\" Det Garda Kearney said.")
    assert _speakers(body) == ["siobhan-kearney", "siobhan-kearney"]
