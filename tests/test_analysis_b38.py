"""Rules drawn from blind batch 38's wrong answers (README "Blind batch 38"), on strings of their own: each in a few
shapes, and near shapes that must keep their reading."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, speakers


@pytest.mark.parametrize("opener", ["Outside the station,", "Behind the counter,", "Despite the cold,",
                                    "Through the winter,", "Standing by the pumps,"])
def test_a_name_after_an_opening_phrase_is_the_subject_a_later_she_means(opener):
    body = (f'{opener} Dorota Kwiatek has sold coffee to night workers for a decade, and most of her regulars are drivers. '
            '"If the depot closes, so do I," she said.')
    assert speakers(body) == [("If the depot closes, so do I", "dorota-kwiatek")]


def test_a_name_inside_the_opening_phrase_is_no_subject():
    body = ('Outside the office of Dorota Kwiatek, a crowd gathered on Monday. '
            '"We want answers," she said.')
    assert speakers(body) == [("We want answers", None)]


@pytest.mark.parametrize("joiner", [", and", ", but", "; and"])
def test_an_organization_opening_a_clause_after_and_speaks(joiner):
    body = (f'Talks with the buyers have stalled for months{joiner} Vantor has said it will not sell at a '
            '"knock-down price".')
    assert speakers(body) == [("knock-down price", "vantor")]


def test_an_organization_joined_to_another_by_a_bare_and_is_not_the_speaker():
    body = 'The deal was backed by the regulator and Vantor said it would not sell at a "knock-down price".'
    assert speakers(body) != [("knock-down price", "vantor")]


@pytest.mark.parametrize("description", ["the region’s largest utility", "the country's biggest lender",
                                         "the county's water authority"])
def test_a_document_of_a_body_set_off_by_its_description_is_the_named_body_s(description):
    body = (f'Corrim Energy, {description}, said in a letter to councillors that prices would rise. '
            'The letter warned of "painful choices ahead."')
    assert speakers(body) == [("painful choices ahead", "corrim-energy")]


@pytest.mark.parametrize("intent", ["planned to", "intends to", "aimed to"])
def test_a_month_after_a_stated_intention_is_the_next_one(intent):
    events = analyse(f"Ortega said the crew {intent} sail back to the fjord in February.", date="2026-10-02").events
    assert [(e.date, e.precision) for e in events] == [("2027-02", "month")]


def test_a_month_of_something_done_stays_the_past_one():
    events = analyse("Ortega said the crew sailed back to the fjord in February.", date="2026-10-02").events
    assert [(e.date, e.precision) for e in events] == [("2026-02", "month")]


@pytest.mark.parametrize("role", ["a nurse", "a protester", "another passenger", "a local shopkeeper"])
def test_a_name_set_off_after_an_unnamed_role_after_the_verb_is_the_speaker(role):
    body = 'Crowds gathered outside the clinic on Sunday.\n\n' f'"We are exhausted," said {role}, Halina Brzeska.'
    assert speakers(body) == [("We are exhausted", "halina-brzeska")]


@pytest.mark.parametrize("role", ["protester", "paramedic", "commuter", "passenger"])
def test_a_name_after_a_plain_role_word_after_the_verb_is_the_speaker(role):
    body = 'Crowds gathered outside the station on Sunday.\n\n' f'"We are exhausted," said {role} Halina Brzeska.'
    assert speakers(body) == [("We are exhausted", "halina-brzeska")]


@pytest.mark.parametrize("writing", ["A statement from paramedic", "A letter from commuter", "The statement by nurse"])
def test_the_writer_a_sentence_opens_on_is_the_she_after_it(writing):
    body = (f'{writing} Halina Brzeska was read to the inquest. She described the river as "far colder than it looked".')
    assert speakers(body) == [("far colder than it looked", "halina-brzeska")]


@pytest.mark.parametrize("shown", ["held placards that read", "carried a banner reading", "wore T-shirts bearing",
                                   "waved signs saying"])
def test_words_written_on_a_thing_carried_are_no_one_s_speech(shown):
    body = f'Outside the town hall, about 200 residents {shown} "Hands off our library" as councillors arrived.'
    assert speakers(body) == []


def test_words_a_protester_said_beside_a_banner_are_still_speech():
    body = ('Residents carried a banner outside the town hall. "Hands off our library," said one protester, '
            'Halina Brzeska.')
    assert speakers(body) == [("Hands off our library", "halina-brzeska")]


@pytest.mark.parametrize("body", ['"We will miss him," said his colleague, Goldman Sachs.',
                                  '"We stand by it," said a volunteer, Red Cross.'])
def test_a_body_named_after_a_word_that_may_stand_for_one_is_no_person(body):
    assert all(slug is None for _, slug in speakers(body))


def test_a_place_before_the_phrase_that_gives_a_first_name_is_not_that_name():
    body = ('A ferry captain reached by phone in Narvik, who would give only his first name, Oskar, said the crews had '
            'used the port for years. "They will go further south," he said.')
    assert speakers(body) == [("They will go further south", "oskar")]


def test_a_school_district_is_a_body_that_speaks_through_its_second_verb():
    body = ('The Riverside School District said Friday that 90 pupils had been sent home, and told parents in a letter '
            'that it was "working with the county" to bring them back.')
    assert speakers(body) == [("working with the county", "riverside-school-district")]
