"""Rules drawn from blind batch 39's wrong answers (README "Blind batch 39", a batch written to stress attribution), on
strings of their own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, speakers


@pytest.mark.parametrize("crowd", ["a shout of", "cries of", "chants of"])
def test_a_crowds_words_are_no_ones_named_in_the_sentence(crowd):
    body = (f'When councillor Tomas Wren accused the board of "selling off the river", {crowd} "Out!" came from the '
            'public gallery.')
    assert speakers(body) == [("selling off the river", "tomas-wren"), ("Out!", None)]


def test_the_one_asked_answers_next_when_the_article_named_them_before():
    body = ('The line came from the backbencher Owen Price, who served two tours abroad. Owen Price said the plan had '
            'no figure and no end date.\n\n'
            'Daniel Price, the Green spokesman and no relation, rose to ask Owen Price whether he would rather have no '
            'plan at all. He replied that he wanted "a plan someone has costed".')
    assert speakers(body)[-1] == ("a plan someone has costed", "owen-price")


def test_he_whose_own_sentence_names_the_last_subject_again_is_someone_else():
    # (A given name that tells no gender: with "Lena", a woman's, the last "he" could only be Brandt.)
    body = ('Eike Haller called Jonas Brandt, the chairman of the works council, on Sunday. He said the call had lasted '
            'four minutes and that Haller had not mentioned the plant at all. "Four minutes for 900 jobs," he said.')
    assert speakers(body) == [("Four minutes for 900 jobs", None)]


def test_a_paragraph_of_quotation_is_the_one_the_next_says_was_speaking():
    body = ('Among those freed were twelve civilians, according to the ombudsman Petro Koval, who said they had been '
            '"held without charge".\n\n'
            '"She did not know me at first. She asked the nurse who the man with the beard was."\n\n'
            'That was Oksana Marchuk, 61, describing how she met her daughter at a hospital on Friday.')
    assert speakers(body)[-1] == ("She did not know me at first. S", "oksana-marchuk")


def test_a_name_after_that_was_is_no_speaker_when_no_one_is_speaking():
    body = ('"The boat was already gone."\n\n'
            'That was Oksana Marchuk, 61, who had waited at the quay since dawn.')
    assert speakers(body) == [("The boat was already gone.", None)]


@pytest.mark.parametrize("sentence, date, precision", [
    ("The council has asked for a full report by the end of the month.", "2026-10", "month"),
    ("The letter promised no job cuts before the end of 2028.", "2028", "year"),
    ("The two sides agreed to meet again in the capital in November.", "2026-11", "month"),
    ("The course of Sunday's race was 190 metres short, organisers admitted on Tuesday.", "2026-10-13", "day"),
])
def test_dates_of_deadlines_intentions_and_the_sentences_own_day(sentence, date, precision):
    events = analyse(sentence, date="2026-10-13").events
    assert [(e.date, e.precision) for e in events] == [(date, precision)]


def test_an_unresolved_pronoun_of_the_other_gender_does_not_block_the_name_before():
    body = 'Tom Reed said the plan was late. She said the budget would grow. "We will finish it," he said.'
    assert speakers(body) == [("We will finish it", "tom-reed")]


def test_her_relative_is_no_speaker_of_her_own_words():
    body = ('Maria Lopez grew up in Cadiz. Her grandmother was a seamstress who worked nights. '
            '"I learned everything from her," she said.')
    assert speakers(body) == [("I learned everything from her", "maria-lopez")]


def test_a_body_with_a_persons_name_is_not_that_person_the_second_time():
    body = ('The designer Michael Kors said the season had been hard. Shares in Michael Kors fell 8% after Michael Kors said '
            'in a statement that it expected "a weaker year".')
    assert speakers(body) != [("a weaker year", "michael-kors")]


def test_a_name_in_a_later_clause_of_the_pronouns_sentence_does_not_stop_it():
    body = 'Tomas Haller won the race. "It was hard," he said, before Haller flew home.'
    assert speakers(body) == [("It was hard", "tomas-haller")]


def test_before_a_year_dates_nothing_unless_it_sets_a_deadline():
    assert analyse("Prices were far lower before 2020, the report found.", date="2026-10-13").events == ()


def test_a_title_in_capitals_set_off_before_the_name_after_the_verb():
    body = 'The chamber erupted. "Order! Let the member finish," said the Chair, Anna Berg.'
    assert speakers(body) == [("Order! Let the member finish", "anna-berg")]


def test_the_end_of_a_bodys_long_name_is_no_one_a_he_could_mean():
    body = ('Jonas Brandt, the inspector sent by the Federation of European Rowing Clubs and Regatta Boards, said the course '
            'was fine. "The buoys were where they should be," he said.')
    assert speakers(body) == [("The buoys were where they shoul", "jonas-brandt")]


def test_an_australian_councillors_title_is_no_part_of_the_name():
    body = 'Cr Tom Ashby, who voted against, said the council had not listened. "We asked and they said no," he said.'
    assert speakers(body) == [("We asked and they said no", "tom-ashby")]


def test_a_bodys_number_is_part_of_its_name():
    body = 'Irrigation District 12 said in a statement it was "ready to cut supplies" if the drought went on.'
    assert speakers(body) == [("ready to cut supplies", "irrigation-district-12")]


def test_a_he_or_she_and_a_few_words_of_how_then_a_colon():
    body = ('Anna Berg said the town would ask for help. She was blunt about the timing: "Six weeks is not enough."')
    assert speakers(body) == [("Six weeks is not enough.", "anna-berg")]


def test_a_pronoun_before_a_colon_that_points_at_a_document_is_not_its_speaker():
    body = ('Tom Reed said the plan was late. He pointed to a line from the minutes of May: "Delivery of the first part '
            'by June at the latest."')
    assert speakers(body) == [("Delivery of the first part by J", None)]
