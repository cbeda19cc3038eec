"""Analysis rules of stop 48, from the misses of blind batches 112–115 (measured on main 135374b3 before them), each
tested on strings of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, people, speakers

_INTERVIEW = ("{opening}\n\n"
              "**You practise in a shed. Is that true?**\n\n"
              "Yes! The acoustics are amazing. Dad cleared a corner for me when I was ten.\n\n"
              "**What was going through your head before the final?**\n\n"
              "Honestly? Whether I'd left the iron on. I get nervous and my brain goes to something small.\n\n"
              "**What do you hope audiences take away?**\n\n"
              "That the quiet pieces are never the easy ones. And maybe that you should call your sister.")
_PROFILE = ("When Tomas Reyes walked off the stage on 2 May, he had won the prize. His teacher, Ruth Pahl, remembers a "
            "determined child{quoted}.\n\n")


@pytest.mark.parametrize("opening", [
    "Reyes will make his debut this winter. We spoke there over tea about his teacher and the shed.",
    "Reyes will make his debut this winter. We asked Reyes a few questions of our own.",
    "Reyes will make his debut this winter.\n\n**Three questions for Tomas Reyes**",
])
def test_answers_under_bold_questions_go_to_the_one_the_questions_were_put_to(opening):
    body = _INTERVIEW.format(opening=_PROFILE.format(quoted="") + opening)
    assert [slug for _, slug in speakers(body)] == ["tomas-reyes"] * 3


def test_a_profile_of_one_that_quotes_another_before_the_questions_gives_their_answers_to_no_one():  # (a guard)
    quoted = ". \"He played the same bars until the dog left,\" Pahl said"
    opening = "Reyes will make his debut this winter. We spoke there over tea about his teacher and the shed."
    found = speakers(_INTERVIEW.format(opening=_PROFILE.format(quoted=quoted) + opening))
    assert found == [("He played the same bars until t", "ruth-pahl")]


@pytest.mark.parametrize("who", ["who did not want to be identified", "who didn't want to be named"])
def test_a_he_after_one_who_did_not_want_to_be_named_is_not_the_man_quoted_before(who):
    body = ("Wayne Keeping, 58, said the cut had left younger harvesters questioning their future.\n\n"
            "\"My father fished. My grandfather fished. I've got a son who wants to fish.\n\n"
            "\"What am I supposed to tell him now?\"\n\n"
            "On the wharf in Fogo, where boats stayed tied up for what organizers dubbed \"Tie-Up Tuesday,\" one "
            f"harvester {who} said many were afraid to speak out. \"Everybody's scared to say too much, because the "
            "department holds the licences,\" he said.")
    assert speakers(body)[-1] == ("Everybody's scared to say too m", None)


def test_a_while_clause_is_never_the_first_speakers_even_when_its_one_is_not_told():
    # ("Sheikh" is a title as well as a surname: the one after "while" is not found, and must not be the first speaker.)
    body = ("At the market, juice seller Ganesh Thakre said trade had \"never been better\", while his neighbour, cap "
            "seller Irfan Sheikh, said: \"Even the customers have stopped coming out before dusk.\"")
    assert speakers(body)[0] == ("never been better", "ganesh-thakre")
    assert speakers(body)[1][1] != "ganesh-thakre"


def test_the_one_named_with_their_own_opens_the_sentence_about_them():
    body = ("Zanele Dlamini lost her shop in the flood. Her landlord, Piet Botha, has offered no repairs.\n\n"
            "For Dlamini and her sons, the immediate worry is more basic. \"We need a roof before winter,\" she said.")
    assert speakers(body)[-1] == ("We need a roof before winter", "zanele-dlamini")


def test_a_live_entrys_time_zone_is_no_part_of_the_bodys_name():
    body = ("**9.02am AEST** Ukraine's foreign ministry has thanked Australia in a post on X, calling the new listings "
            "\"a clear signal to the aggressor\".")
    assert [slug for _, slug in speakers(body)] == ["ukraines-foreign-ministry"]


@pytest.mark.parametrize("role", ["Lead", "Skip"])
def test_a_curling_teams_lead_or_skip_opening_a_sentence_is_a_role(role):
    body = f"The rink won in the tenth end.\n\n{role} Evan Boudreau called the win \"the best feeling in the world.\""
    assert speakers(body) == [("the best feeling in the world", "evan-boudreau")]
    assert "evan-boudreau" in people(body)


@pytest.mark.parametrize("name", ["Mick Delaney", "Paddy Walsh", "Tony Russo", "Jimmy Quinn"])
def test_a_mans_familiar_given_name_is_no_she(name):
    surname = name.split()[-1]
    body = (f"Speaking to host {name} on Sunday Agenda, Senator Rachel Thornbury defended the sanctions.\n\n"
            "\"We are going after the people who keep the money flowing,\" she said.\n\n"
            f"\"That sounds like a yes,\" {surname} said.\n\n"
            "\"It sounds like a government doing its job properly,\" she shot back.")
    assert [slug for _, slug in speakers(body)] == ["rachel-thornbury", name.lower().replace(" ", "-"),
                                                  "rachel-thornbury"]


def test_a_petty_officers_class_is_part_of_the_title():
    body = ("Coast Guard Petty Officer 2nd Class Dana Whitfield said watchstanders received a distress call at 4 a.m. "
            "\"The crew did everything right,\" Whitfield said.")
    assert [slug for _, slug in speakers(body)] == ["dana-whitfield"]
    assert "class-dana-whitfield" not in people(body)


@pytest.mark.parametrize("body, slug", [
    ("Fifteen-year-old Kavya Srinivasan won the title on Saturday, holding Meghna Patil to a draw.\n\n"
     "Kavya said she would rest for a day.\n\nPatil joked that she had \"seen that rook sacrifice in my nightmares\", to "
     "which Kavya replied: \"Then we are even.\"", "kavya-srinivasan"),
    ("Emma Walsh won the title on Saturday.\n\nEmma said she had \"never played better\".", "emma-walsh"),
])
def test_a_given_name_speaking_alone_is_the_one_named_in_full_with_it(body, slug):
    assert speakers(body)[-1][1] == slug


def test_a_bodys_first_word_speaking_alone_with_its_it_makes_no_person_of_the_body():  # (a guard for the rule above)
    body = ("Senior managers at Brightwater Care were warned about staffing, emails show. Her mother lived in one of "
            "its homes, Emma Lowther said.\n\nBrightwater said in a statement that it had invested in recruitment. "
            "\"The safety of our residents is our first priority,\" a spokesperson said.")
    assert "brightwater-care" not in {p.slug for p in analyse(body).people if p.kind == "person"}


def test_earl_as_a_given_name_is_a_he():
    body = ("Lorraine Okafor photographed the plant for 30 years. Earl Washington, 78, appears in one print.\n\n"
            "At a preview for donors, Washington told Okafor, \"You made me look better than I was,\" and she shot back: "
            "\"No, Earl, I made you look exactly like you were.\"")
    assert [slug for _, slug in speakers(body)] == ["earl-washington", "lorraine-okafor"]


def test_a_ministry_is_not_the_minister_titled_for_its_portfolio_and_an_embassy_in_a_two_word_city_is_it():
    body = ("India will not follow unilateral sanctions, Minister of State for External Affairs Arvind Rao said on Monday. "
            "\"We follow the United Nations,\" he said.\n\n"
            "The Ministry of External Affairs said in a statement on Tuesday that India \"supports all efforts towards a "
            "just and durable peace\".\n\n"
            "The Russian embassy in New Delhi welcomed the minister's comments. In a post on X, it described India as a "
            "\"time-tested partner\".")
    assert [slug for _, slug in speakers(body)] == ["arvind-rao", "ministry-of-external-affairs",
                                                    "russian-embassy-in-new-delhi"]


@pytest.mark.parametrize("body, slug", [
    ("Traders were angry. \"It is daylight robbery,\" said Tom King, 54.", "tom-king"),
    ("At the market, juice seller Ganesh Thakre said trade had \"never been better\", while his neighbour, cap seller "
     "Irfan Sheikh, said: \"Even the customers have stopped coming out before dusk.\"", "irfan-sheikh"),
])
def test_a_surname_that_is_also_a_title_after_a_given_name_or_a_trade(body, slug):
    assert speakers(body)[-1][1] == slug


def test_a_title_after_a_word_that_is_no_given_name_is_still_a_title():  # (a guard for the rule above)
    body = "The talks were \"useful\", said Foreign Minister, 57."
    assert {p.slug for p in analyse(body).people if p.kind == "person"} == set()


@pytest.mark.parametrize("body, slug", [
    ("Graham Petherick, the landlord, did not attend. Judge Pryce said Mr Petherick's explanation that he had \"simply "
     "forgotten\" to renew the licence was not credible.", "graham-petherick"),
    ("Volodymyr Zelensky spoke in Kyiv on Monday.\n\nLavrov dismissed Zelensky's claim that he had \"never lost a "
     "battle\".", "volodymyr-zelensky"),
])
def test_words_in_someones_own_explanation_or_claim_are_theirs(body, slug):
    assert speakers(body)[0][1] == slug


@pytest.mark.parametrize("sentence, year", [
    ("The new signalling would not be finished until 2028, the council said.", "2028"),
    ("The bridge won't reopen until early 2027, engineers said.", "2027"),
])
def test_what_will_not_happen_until_a_year_is_dated_by_it(sentence, year):
    assert [(e.date, e.precision) for e in analyse(sentence, "2026-05-10").events] == [(year, "year")]
