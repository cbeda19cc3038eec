"""Analysis rules of stop 45, from the misses of blind batches 91 and 92 (measured on main before them), each tested on
strings of its own."""
from __future__ import annotations

from analysis_helpers import speakers


def test_it_reads_gives_a_posted_message_to_whoever_posted_it_not_to_the_body_quoted_before():
    body = ("The foreign ministry in Moscow called the plan \"a provocation\".\n\n"
            "Estonia's prime minister, Kaja Tamm, has posted a short note on social media welcoming the deal. "
            "It reads in full:\n\n"
            "\"A good day for Europe. Now the hard part begins.\"")
    assert speakers(body)[1] == ("A good day for Europe. Now the ", "kaja-tamm")
    # (A text whose writer the sentence before does not give is nobody's, never the body quoted before it.)
    body = ("The Kremlin called the plan \"a provocation\".\n\n"
            "A note was pinned to the embassy door on Tuesday. It reads in full:\n\n"
            "\"Closed until further notice. Consular services are suspended.\"")
    assert speakers(body)[1] == ("Closed until further notice. Co", None)


def test_shot_back_is_said_by_its_own_subject_not_the_one_before_in_the_sentence():
    body = ("In parliament, Ms Ada Kerr accused the opposition of \"cheering for delays\", while Mr Tom Rourke shot back "
            "that the government was \"hiding behind mud\".")
    assert speakers(body) == [("cheering for delays", "ada-kerr"), ("hiding behind mud", "tom-rourke")]


def test_the_company_after_a_mining_company_named_for_its_metal_is_that_company():
    body = ("Two workers were hurt at Karee Platinum's shaft on Monday.\n\n"
            "Karee Platinum said the fall happened underground. \"Our thoughts are with the families,\" the company said.")
    assert speakers(body) == [("Our thoughts are with the famil", "karee-platinum")]


def test_a_party_unit_or_wing_speaks_as_a_body():
    body = ("The party's youth wing said the deal was \"a betrayal of the members\".\n\n"
            "The Congress's Kerala unit said the result was \"a clear verdict\".")
    assert [slug for _, slug in speakers(body)] == ["partys-youth-wing", "congresss-kerala-unit"]


def test_a_trade_right_after_a_comma_before_a_name_makes_a_person_whom_he_means():
    body = ("The appeal has raised €20,000. Its organiser, local vicar Tom Keane, was realistic.\n\n"
            "\"We will do what we can,\" he said.")
    assert speakers(body) == [("We will do what we can", "tom-keane")]


def test_a_caveat_before_a_colon_is_the_subjects_words():
    body = ("The players are still waiting for a pay offer. Their chair, the violist Ewan Price, welcomed the news with "
            "a caveat: \u2018A great leader is good news. A pay rise would be better news.\u2019")
    assert speakers(body) == [("A great leader is good news. A ", "ewan-price")]


def test_a_cooperatives_first_word_alone_is_the_cooperative_named_in_full_before():
    body = ("Brookfield Dairy Cooperative, which sells butter, registered its mark in 2011.\n\n"
            "Brookfield said in a statement that it \"respects small producers\".")
    assert speakers(body) == [("respects small producers", "brookfield-dairy-cooperative")]


def test_where_a_body_of_its_own_name_is_stays_out_of_its_name_but_an_embassys_seat_stays_in():
    body = ("Carrick Hospice in Ennis, which opened in 2004, said costs had left it facing \"a hard choice\".\n\n"
            "The Chinese Embassy in Dublin said it was \"aware of the reports\".")
    assert [slug for _, slug in speakers(body)] == ["carrick-hospice", "chinese-embassy-in-dublin"]


def test_irish_given_names_tell_whom_she_and_he_mean():
    body = ("Minister for Foreign Affairs Síle Mulcahy, who is chairing the meeting, stopped briefly on her way in. "
            "\"Ireland is neutral, not indifferent,\" she said.")
    assert speakers(body) == [("Ireland is neutral, not indiffe", "sile-mulcahy")]


def test_a_name_set_off_with_of_and_its_employer_is_the_person_not_the_employer():
    body = ("Insolvency practitioner Marieke Botha, of Botha & Pillay Advisory, described the deal as \"the anchor\" "
            "of the plan.")
    assert speakers(body) == [("the anchor", "marieke-botha")]


def test_a_doer_noun_after_a_speech_verb_or_a_compound_word_makes_a_person():
    body = ("\"The car park is the bigger problem,\" said surfer Kai Tomlin, 24. His mate Bree Colley wasn't having "
            "it: \"It's a wall.\"\n\n"
            "Second-place woman Tess Hanlon laughed it off: \"I'll take a short course any day.\"")
    assert speakers(body) == [("The car park is the bigger prob", "kai-tomlin"), ("It's a wall.", "bree-colley"),
                              ("I'll take a short course any da", "tess-hanlon")]
