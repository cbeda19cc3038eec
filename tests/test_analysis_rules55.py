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


def test_the_trade_noun_after_the_is_the_one_just_named():
    # (From the review of stop 55's first wave: "The librarian said …" after "Jane Hobbs has run the branch" is hers;
    # only "a"/"an"/"one"/"another" make a trade no list holds someone unnamed.)
    body = ("Jane Hobbs has run the branch since 1998.\n\n"
            "The librarian said the closure would hurt children most. \"Where will they go?\" she said.")
    assert _speakers(body) == ["jane-hobbs"]
    orchard = ("Tom Reed has grown apples in the valley for thirty years.\n\n"
               "The orchardist lost half his crop to the frost. \"It was over in ten minutes,\" he said.")
    assert _speakers(orchard) == ["tom-reed"]


def test_a_live_entry_turning_back_to_someone_is_about_them():
    # (From sealed batch 227: "**10.22pm** – Back to Tully, who has just given a brief doorstop. "…," he said" went to
    # the correspondent named in the entry before.)
    body = ("Defence Minister Marcus Tully arrived in Berlin on Wednesday.\n\n"
            "**10.05pm** – Our correspondent Sam Whitlock is outside the venue. \"Security is tight,\" he said.\n\n"
            "**10.22pm** – Back to Tully, who has just given a brief doorstop to Australian media. \"Australia will "
            "continue to be a contributor,\" he said.")
    assert _speakers(body) == ["sam-whitlock", "marcus-tully"]
    # Coming back to a place is about no one: the he is still the one named before.
    place = body.replace("Back to Tully, who has just given", "Back to Berlin, where Whitlock has just given")
    assert _speakers(place)[1] == "sam-whitlock"


def test_a_live_entrys_note_from_someone_before_a_colon_is_theirs():
    # (From sealed batch 227: "A quick note from our Europe correspondent, Sam Whitlock, who is outside the venue: "…""
    # had no speaker: "note" read as the verb, the sentence had no subject.)
    body = ("Defence Minister Marcus Tully arrived in Berlin on Wednesday.\n\n"
            "**10.05pm** – A quick note from our Europe correspondent, Sam Whitlock, who is outside the venue: "
            "\"Security is tight and the protesters are few. Delegates are being ushered in.\"")
    assert _speakers(body) == ["sam-whitlock"]
    # A note about someone is not from them.
    about = body.replace("A quick note from our Europe correspondent, Sam Whitlock, who is outside the venue:",
                         "A quick note on security outside the venue, where Sam Whitlock waited:")
    assert _speakers(about) != ["sam-whitlock"]


def test_back_to_someone_and_something_of_theirs_is_about_the_thing():
    # (From the review of stop 55's second wave: "Back to Tully and his speech, which was met with silence. "…," he
    # said" is the correspondent's report, not Tully's words.)
    body = ("Defence Minister Marcus Tully arrived in Berlin on Wednesday.\n\n"
            "**10.05pm** – Our correspondent Sam Whitlock is outside the venue. \"Security is tight,\" he said.\n\n"
            "**10.22pm** – Back to Tully and his speech, which was met with silence in the hall. \"Nobody clapped at "
            "all,\" he said.")
    assert _speakers(body) == ["sam-whitlock", "sam-whitlock"]


def test_a_given_name_that_is_also_a_title_after_a_rank_is_the_given_name():
    # (From sealed batch 235: "Senior Sergeant Dean Kowalczyk … gave evidence. "…," he said" — "Dean" read as a second
    # title, the man known by his surname alone, so "he" could not be told from the barrister named before.)
    body = ("Barrister Callum Reid said the bar was well run.\n\n"
            "{lead} gave evidence that call-outs had risen.\n\n"
            "\"Extending hours in that precinct adds to a problem,\" he said.")
    for lead in ("Sergeant Dean Kowalczyk", "Senior Sergeant Dean Kowalczyk", "Dean Kowalczyk"):
        assert _speakers(body.format(lead=lead)) == ["dean-kowalczyk"], lead


def test_a_programmes_name_is_nobody():
    # (From sealed batch 235: "Graeme Tolland told Morning Edition …", then "Morning Edition host Mere Tipene put it to
    # him …. "…?" she asked" went to "Morning Edition", read as a person.)
    body = ("Defence Minister Graeme Tolland told Morning Edition that up to 40 personnel would join the mission.\n\n"
            "Morning Edition host Mere Tipene put it to him that New Zealand was signing up to an open-ended "
            "commitment.\n\n\"Is New Zealand writing a blank cheque here?\" she asked.")
    assert _speakers(body) == ["mere-tipene"]


def test_dean_after_a_word_that_qualifies_the_office_stays_the_office():
    # (From the review of stop 55's third wave: "said Deputy Dean Okafor" is the deputy dean, not a man called Dean.)
    body = "The college named a new head.\n\n\"We had no choice,\" said Deputy Dean Okafor."
    assert _speakers(body) != ["dean-okafor"]


def test_residents_of_a_place_past_its_citys_possessive_are_unnamed():
    # (From sealed batch 238: "Residents in Wellington's Mt Cook say they are being "…"" went to "Mt Cook", read as a
    # name: the place after "in" was only seen right after it.)
    body = ("Residents in Wellington's Mt Cook say they are being \"priced off their own street\" after the council "
            "voted to nearly triple the cost of a permit.")
    assert _speakers(body) == [None]
    plain = body.replace("Wellington's Mt Cook", "Mt Cook")
    assert _speakers(plain) == [None]


def test_a_name_after_a_verbs_in_and_a_possessive_is_still_the_subject():
    # (From the review of stop 55's fourth wave: "When the results came in Labour's Ann Lee said …" is hers: only
    # after people, "Residents in Wellington's Mt Cook", is the place past the possessive where they are.)
    body = "When the results came in Labour's Ann Lee said the party had \"let down working families\"."
    assert _speakers(body) == ["ann-lee"]
