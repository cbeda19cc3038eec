"""Analysis rules of stop 55, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def test_someone_of_a_trade_no_list_holds_is_unnamed():
    # (From sealed batch 226: "An orchardist in Narkanda, who did not wish to be named, was sceptical. "…," he said"
    # went to the minister named before.)
    body = ("Minister Arjun Mehra visited the orchards on Wednesday and said the state would help.\n\n"
            "An {noun} in Narkanda, who did not wish to be named, was sceptical. \"Every year they come, they go. "
            "Nothing reaches us,\" he said.")
    for noun in ("orchardist", "agronomist", "electrician"):
        assert _speakers(body.format(noun=noun)) == [None], noun
    # A florist's shop is no florist: "who has run a florist's" keeps the one named.
    shop = ("Traders say the loss of parking will drive customers away. Deborah Hirst, who has run a florist's on "
            "Halifax Road for 22 years, said takings had fallen. \"People don't come on the bus to buy a bouquet,\" "
            "she said.")
    assert _speakers(shop) == ["deborah-hirst"]
    # Nor is a checklist anyone.
    listed = ("Minister Arjun Mehra visited the orchards on Wednesday.\n\n"
              "A checklist in Narkanda was circulated. \"Nothing reaches us,\" he said.")
    assert _speakers(listed) == ["arjun-mehra"]


def test_someone_unnamed_standing_beside_the_speaker_has_their_own_words():
    # (From sealed batch 226: "A first-year engineering student standing beside him put it more simply: "…"" went on
    # the quote of the student leader before it.)
    body = ("SRC president Kagiso Molefe said the council supported the lecturers.\n\n"
            "\"We are with the workers,\" Molefe said. A first-year engineering student standing beside him put it "
            "more simply: \"I just want to write my exams and go home.\"")
    assert _speakers(body) == ["kagiso-molefe", None]
    # One the sentence describes with "he" as its subject is still the one named: "A teacher by training, he …:".
    own = body.replace("A first-year engineering student standing beside him", "A teacher by training, he")
    assert _speakers(own) == ["kagiso-molefe", "kagiso-molefe"]
