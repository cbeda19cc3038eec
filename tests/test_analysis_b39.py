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
    body = ('Lena Haller called Jonas Brandt, the chairman of the works council, on Sunday. He said the call had lasted '
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
