"""Analysis rules of stop 47, from the misses of blind batches 108–111 (measured on main 58a80bd before them), each
tested on strings of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, people, speakers


def test_what_the_one_named_works_as_is_no_one_else_a_later_she_could_mean():
    body = ("Marta Oliveira won her case.\n\n"
            "Oliveira, 44, who now works as a care assistant, said she wept when the ruling came.\n\n"
            "\"Nobody believed me for three years,\" she said in an interview.")
    assert speakers(body) == [("Nobody believed me for three ye", "marta-oliveira")]


@pytest.mark.parametrize("body, slug", [
    ("\"It is a deterrent on paper,\" said retired Gen. Walter Hume, who led a division in Iraq.", "walter-hume"),
    ("\"We rowed the last 500 metres on fumes,\" said coxswain Jenna Hill, a sophomore from Fresno.", "jenna-hill"),
    ("\"The bridge will hold,\" said Swiss facilitator Anna Brunner.", "anna-brunner"),
])
def test_a_role_and_a_title_or_a_common_given_name_before_the_speaker(body, slug):
    assert [found for _, found in speakers(body)] == [slug]


def test_an_estonian_kristen_is_no_she():  # (a guard: the given names added are read with their genders)
    body = ("Prime Minister Kristen Michal spoke first. Defence chief Tarmo Kask spoke after him.\n\n"
            "Michal was firm. \"Guarantees must have teeth,\" he said.")
    assert speakers(body) == [("Guarantees must have teeth", "kristen-michal")]


_INTERVIEW = ("{opening}\n\n"
              "**You practise in a shed. Is that true?**\n\n"
              "Yes! The acoustics are amazing. Dad cleared a corner for me when I was ten.\n\n"
              "**What was going through your head before the final?**\n\n"
              "Honestly? Whether I'd left the iron on. I get nervous and my brain goes to something small.\n\n"
              "**What do you hope audiences take away?**\n\n"
              "That the quiet pieces are never the easy ones. And maybe that you should call your sister.")


def test_an_interview_with_the_one_the_writer_spoke_to_as_her():
    opening = ("When Hana Whitfield walked off the stage on 2 May, she had won the prize. Her teacher, Ruth Pahl, "
               "remembers a determined child. \"She played the same bars until the dog left,\" Pahl said.\n\n"
               "Whitfield will make her debut this winter. We spoke to her this week.")
    found = speakers(_INTERVIEW.format(opening=opening))
    assert [slug for _, slug in found[1:]] == ["hana-whitfield"] * 3


def test_an_interview_with_the_one_the_profile_opens_on_and_names_most():
    opening = ("Maggie Holt's studio smells of ink and burnt toast. On the board is a half-finished cartoon.\n\n"
               "For four decades Holt drew the daily cartoon for the *Northern Chronicle*.\n\n"
               "We talked about rage, deadlines and why she has never drawn her family.")
    assert [slug for _, slug in speakers(_INTERVIEW.format(opening=opening))] == ["maggie-holt"] * 3


@pytest.mark.parametrize("body, slug", [
    ("Pilots warn visitors about the ridge.\n\nThe Kestrel Pilots' Association said in a statement that it backs the "
     "inquiry but urged the council to \"punish the violators, not the whole valley\".", "kestrel-pilots-association"),
    ("Manitoba Hydro said crews were working around the clock. \"Ice on the lines has brought down poles,\" the "
     "utility said.", "manitoba-hydro"),
    ("Their processor, Blackwater Co-op, announced on Monday that it would hold its price. The co-op said in a "
     "statement that markets remained \"volatile but broadly stable\".", "blackwater-co-op"),
])
def test_a_body_named_by_its_members_plural_or_called_by_its_kind(body, slug):
    assert [found for _, found in speakers(body)] == [slug]


def test_someone_unnamed_after_a_scene_set_first_is_whom_she_means():
    body = ("Delia Marsh arrives at the club ten minutes early and orders a ginger ale.\n\n"
            "Marsh, 71, has sung in clubs like this one for half a century.\n\n"
            "At a recent rehearsal, a woman who had wandered in from the street stood at the back until the song ended. "
            "\"I didn't know people still sang like that,\" she said, and left.")
    assert speakers(body) == [("I didn't know people still sang", None)]


def test_a_plan_announced_then_is_no_verb_of_the_quote():
    body = ("Council chief Neil Patton spoke.\n\n"
            "Mr Patton says changes to the Pacific Labour scheme announced in February have \"slowed everything "
            "down\".")
    assert speakers(body) == [("slowed everything down", "neil-patton")]


def test_an_office_named_for_what_it_oversees_before_the_name():
    assert "shalini-varma" in people("Kangra Superintendent of Police Shalini Varma said an inquiry had been ordered.")
    assert "karen-lu" in people("Adjudicator Karen Lu found that explanation wanting.")


@pytest.mark.parametrize("body, last", [
    ("Alicia Moreno said her crew had \"gone out too hard,\" while Larkin added that he expected a rematch: \"We'll "
     "see them again.\"", "pete-larkin"),
    ("Captain Nomvula Khumalo said her side had \"no regrets\", while coach Marisa van Wyk was blunter: \"We gave away "
     "three silly balls.\"", "marisa-van-wyk"),
])
def test_a_while_clause_after_a_quotation_is_another_speakers(body, last):
    found = speakers("Pete Larkin coaches Dunmore.\n\n" + body)
    assert found[-1][1] == last
    assert found[0][1] in ("alicia-moreno", "nomvula-khumalo")


def test_one_rule_for_visitors_before_a_colon_is_the_subjects_words():
    body = ("Bríd Ní Mhurchú keeps bees on the roof.\n\n"
            "Ní Mhurchú has one rule for visitors: \"No perfume, no panic. The bees were here first.\"")
    assert speakers(body) == [("No perfume, no panic. The bees ", "brid-ni-mhurchu")]


def test_a_place_after_residents_of_is_no_company_the_story_opens_on():
    body = ("Residents of the Whitsundays are counting the cost after the cyclone crossed the coast on Monday.\n\n"
            "Power crews were flown in. \"We've got lines down across 200 kilometres,\" a spokeswoman for the company "
            "said.")
    assert speakers(body) == [("We've got lines down across 200", None)]


@pytest.mark.parametrize("sentence, events", [
    ("Fourth-generation grower Bronwyn Cass, whose family has farmed at Glen Huon since 1923, said so.",
     [("1923", "year")]),
    ("Carrig Aggregates, which has operated the quarry since 1987, appealed.", [("1987", "year")]),
    ("Prices have fallen to the lowest level since 2019.", []),
    ("Both lakes have grown by more than a third since 1990.", []),
    ("They have won their first title since 1998.", []),
    ("Hucknall Hawks are county champions after a nerve-shredding victory over Beeston at Bulwell on Saturday.",
     [("2026-05-09", "day")]),
    ("On Friday she releases her first album in nine years.", [("2026-05-15", "day")]),
    ("A new opera drew a standing ovation at its premiere at Artscape on Saturday night.", [("2026-05-09", "day")]),
])
def test_a_state_begun_in_a_year_and_the_day_of_a_thing_done(sentence, events):
    assert [(e.date, e.precision) for e in analyse(sentence, "2026-05-10").events] == events
