"""Attribution rules of stop 31, drawn from the misses of blind batch analysis 57, each tested on strings of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, people, speakers


def test_she_after_a_spokesperson_who_did_anything_speaks_for_the_body():
    body = ('A spokeswoman for the Maritime Authority rejected the suggestion that inspections had slowed. '
            '"Every vessel is checked," she said, "and every check is logged."')
    assert speakers(body) == [("Every vessel is checked", "maritime-authority"),
                              ("and every check is logged", "maritime-authority")]


@pytest.mark.parametrize("name, slug", [("Per Aasland", "per-aasland"), ("Jan Vos", "jan-vos")])
def test_a_given_name_that_is_also_a_month_or_a_preposition_opens_a_name(name, slug):
    body = f'Shares rose 6%. Chief executive {name} told analysts that the company had "no exposure whatsoever".'
    assert speakers(body) == [("no exposure whatsoever", slug)]
    body = f'{name} welcomed the package, saying that "every tanker removed is a missile".'
    assert speakers(body) == [("every tanker removed is a missi", slug)]


def test_jan_before_a_day_and_per_before_a_noun_name_no_one():
    assert people('On Jan 5 the talks resumed. Per capita income rose, the ministry said.') == set()


def test_a_body_after_an_opening_phrase_is_the_subject_of_its_participle():
    body = 'In Kyiv, the Foreign Ministry welcomed the package, saying in a statement that "every tanker counts".'
    assert speakers(body) == [("every tanker counts", "foreign-ministry")]


def test_a_letter_to_parents_from_a_school_in_a_town_is_the_schools():
    body = 'Schools closed early. A letter to parents from Fellgate Academy in Kendal said: "Pupils will go home at noon."'
    assert speakers(body) == [("Pupils will go home at noon.", "fellgate-academy")]


@pytest.mark.parametrize("opening, slug", [
    ("15:50 – Northline has advised passengers not to travel north of York.", "northline"),
    ("Harbour Rail urged passengers not to travel.", "harbour-rail"),
    ("Unilever cut 3,000 jobs on Monday.", "unilever"),
])
def test_the_operator_or_the_company_is_the_body_the_sentence_before_opens_on(opening, slug):
    body = f'{opening} "We are sorry for the disruption," the operator said.'
    if "Unilever" in opening:
        body = body.replace("the operator", "the company")
    assert speakers(body) == [("We are sorry for the disruption", slug)]


def test_the_nearer_body_wins_over_one_that_spoke_before_it():
    body = ('Rail Cymru said all services had been suspended "until further notice". Harbour Rail urged passengers '
            'not to travel. "Please do not attempt to travel today," the operator said.')
    assert speakers(body) == [("until further notice", "rail-cymru"), ("Please do not attempt to travel", "harbour-rail")]


def test_which_company_is_not_told_when_the_sentence_names_another_body():
    assert speakers('Ofcom fined Vodafone £5m in March. "We will appeal," the company said.') == [("We will appeal", None)]


def test_the_operator_someone_was_called_is_that_person():
    body = 'Tom Reed, a crane operator, was injured. "It was awful," the operator said.'
    assert speakers(body) == [("It was awful", "tom-reed")]


def test_a_second_person_joined_to_an_object_is_no_subject_of_the_participle():
    body = ('The Kremlin said it was "too early" to discuss a meeting between President Vladimir Putin and President '
            'Volodymyr Zelensky, adding that any summit would have to "finalise, not begin" an agreement.')
    assert speakers(body) == [("too early", "kremlin"), ("finalise, not begin", "kremlin")]


def test_a_ministers_two_remits_before_the_title_still_name_the_minister():
    assert speakers('Industry and Trade Minister Ryad Mezzour said: "We are ready."') == [("We are ready.", "ryad-mezzour")]


def test_according_to_a_bare_name_set_beside_a_kind_of_body():
    body = 'The fleet is "shrinking but adapting", according to Seatrace, a ship-tracking firm.'
    assert speakers(body) == [("shrinking but adapting", "seatrace")]
    assert speakers('The coast is "quiet for now", according to Norway, a coastal state.') == [("quiet for now", None)]


def test_he_after_a_clause_reported_on_someone_named_again_is_the_reporter():
    body = ('Graham Pell, 54, was sentenced on Thursday.\n\nProsecuting, Simon Adeyemi told the court that Pell had set '
            'up 14 fictitious suppliers. He said Pell had "treated the accounts as his own".')
    assert speakers(body) == [("treated the accounts as his own", "simon-adeyemi")]


def test_a_bare_name_set_beside_an_industry_body_is_a_body():
    body = 'Vinora, the industry body, describes the sector as "one of the fastest-growing industries".'
    assert speakers(body) == [("one of the fastest-growing indu", "vinora")]


def test_the_bodys_own_report_by_its_kind_is_the_bodys():
    body = ("According to the Independent Bakers' Federation, 412 bakeries closed. The federation's annual report, "
            'published in October, warned that the sector faced "a slow bleed, not a sudden collapse".')
    assert speakers(body) == [("a slow bleed, not a sudden coll", "independent-bakers-federation")]


@pytest.mark.parametrize("body, dates", [
    ("Rovers will face Hallam Town or Ostler Bridge, who meet in the other semi-final on Sunday, in the final on May 16.",
     {"2026-04-19", "2026-05-16"}),
    ("Smith, who was arrested on Friday, will appear in court on May 2.", {"2026-04-10", "2026-05-02"}),
    ("Smith, who was arrested on Friday, in London, said nothing.", {"2026-04-10"}),  # (one event: no second clause)
])
def test_a_relative_clause_set_off_by_commas_is_dated_apart_from_its_sentence(body, dates):
    assert {e.date for e in analyse(body, "2026-04-14").events} == dates


@pytest.mark.parametrize("opening, slug", [("Cabinet member for transport Nadia Kerr, who proposed the plan, said:", "nadia-kerr"),
                                           ("Cabinet member for environment Helen Marsh said:", "helen-marsh")])
def test_a_remit_in_lower_case_after_member_for_is_part_of_the_title(opening, slug):
    assert speakers(f'{opening} "We want the town centre back."') == [("We want the town centre back.", slug)]


def test_a_spokesman_for_a_minister_speaks_for_the_minister_not_as_her():
    assert speakers('A spokesman for Health Minister Anna Berg said: "We will look at it."')[0][1] != "anna-berg"


@pytest.mark.parametrize("opening, slug", [("Analysts at Jefferies cut their price target.", "jefferies"),
                                           ("Economists from Nordbank expect a cut.", "nordbank"),
                                           ("Analysts in London expect a cut.", None),
                                           ("Residents are angry.", None)])
def test_they_after_a_sentence_opening_on_a_bodys_analysts_speak_for_the_body(opening, slug):
    assert speakers(f'{opening} "The market will question this," they wrote.') == [("The market will question this", slug)]


# Rules made after the sealed batch analysis 58 was measured (its two wrong speakers where none can be told, and a
# question given to the one who answered it).

def test_a_verb_that_opens_the_next_quotation_with_a_colon_is_not_this_ones():
    body = 'Presenter Clare Hutton asked her: "Are you prepared?" Ms Amos replied: "I am."'
    assert speakers(body)[0] == ("Are you prepared?", "clare-hutton")


def test_words_heard_from_someone_unnamed_are_no_ones():
    body = 'Ingrid Sørlie recalls a line she heard from a Finnish diplomat over the winter: "Deterrence is not a document."'
    assert speakers(body) == [("Deterrence is not a document.", None)]


@pytest.mark.parametrize("opening, slug", [("The daughter of one resident, 91-year-old Doreen Hale, said", None),
                                           ("The mother of the victim, Jane Doe, said", None),
                                           ("The head of the agency, Jane Doe, said", "jane-doe")])
def test_a_name_set_off_after_a_person_of_a_person_may_be_either(opening, slug):
    assert speakers(f'{opening} she had been "robbed of her dignity".') == [("robbed of her dignity", slug)]


def test_the_minister_is_no_one_the_article_names_only_later():
    body = ('The Environment Secretary, Rachel Amos, spoke on Sunday.\n\n"It is what I said," the minister replied.\n\n'
            'Later, Shadow Environment Secretary Tom Feeney said the government had "sat on its hands".')
    assert speakers(body)[0][1] != "tom-feeney"
