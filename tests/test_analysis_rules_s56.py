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


def test_a_business_set_off_as_one_is_no_person_a_she_can_mean():
    # (From sealed batch 240: "Coastal Fresh, a family-owned business founded in East London in 1978," was a person,
    # and an unnamed shopper's "she said" went to it.)
    body = ("Coastal Fresh, a family-owned business founded in East London in 1978, has about 60 stores.\n\n"
            "One shopper outside a Coastal Fresh store in Mthatha, who asked not to be named, said prices had gone up. "
            "\"Every month the bread is more,\" she said.")
    assert _speakers(body) == [None]
    # One set off as a person still is: "Thandi Mbeki, a shopper from Mthatha,".
    person = body.replace("Coastal Fresh, a family-owned business founded in East London in 1978, has about 60 stores.",
                          "Thandi Mbeki, a shopper from Mthatha, said prices had gone up.") \
        .replace("One shopper outside a Coastal Fresh store in Mthatha, who asked not to be named, said prices had gone up. ", "")
    assert _speakers(person) == ["thandi-mbeki"]


def test_a_second_that_clause_past_a_request_is_the_first_verbs():
    # (From sealed batch 239: "He said the school had first asked for a permanent building in 2023 and that, after
    # years of delays, he had "stopped believing it would ever happen"" was the school's asking.)
    body = ("Principal Hemi Walker said the school was full.\n\n"
            "He said the school had first asked for a permanent building in 2023 and that, after years of delays, he had "
            "\"stopped believing it would ever happen\".")
    assert _speakers(body) == ["hemi-walker"]
    # A nearer verb that tells may have the second that-clause: the rule leaves it alone.
    told = body.replace("the school had first asked for a permanent building in 2023",
                        "Ana Reyes had told him the board was split")
    assert _speakers(told) != ["hemi-walker"]


def test_a_residents_association_is_no_unnamed_resident():
    # (From sealed batch 239: "Elsie Mouton, who chairs a residents' association in nearby Louisvale, said …" made
    # "a residents' association … said" an unnamed resident speaking, and her "she said" after it no one's.)
    for body in ("Elsie Mouton, who chairs a residents' association in nearby Louisvale, said the jobs had gone.",
                 "Elsie Mouton, who chairs a parents group, said the jobs had gone."):
        assert _speakers(body + "\n\n\"They came, they built, they're leaving,\" she said.") == ["elsie-mouton"], body
    # An unnamed resident is still one.
    assert _speakers("A resident said the jobs had gone.\n\n\"They came,\" she said.") == [None]


def test_the_agency_after_its_initials_is_the_body_they_spell():
    # (From sealed batch 239: "The FAA said …. "…," the agency said" after the Federal Aviation Administration was named
    # in full.)
    body = ("The plane stopped short, according to a preliminary account from the Federal Aviation Administration.\n\n"
            "The FAA said in a statement that it had classified the incident as serious. \"In plain terms, a collision "
            "was narrowly avoided,\" the agency said.")
    assert _speakers(body) == ["federal-aviation-administration"]
    # Another body opening a sentence between leaves "the agency" untold.
    other = body.replace("The FAA said in a statement", "The NTSB said in a statement")
    assert _speakers(other) == [None]
