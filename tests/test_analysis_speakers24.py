"""Speakers: the rules blind batch 24's first run asked for, on strings of their own."""
from __future__ import annotations

import pytest

from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer
from sitegen.model import Article

PEOPLE = load_gazetteer([{"name": "Vladimir Putin"}], "people.yaml")


def speakers(body: str) -> list[tuple[str, str | None]]:
    found = analyse_article(Article(slug="a", title="A story", body=body, paragraphs=markdown.paragraphs(body)), (), PEOPLE)
    return [(q.text[:31], q.speaker) for q in found.quotes]


@pytest.mark.parametrize("role", ["Crofter", "Plasterer", "Boatbuilder"])
def test_a_trade_in_er_capitalized_at_a_sentences_start_is_no_part_of_the_name(role):
    found = speakers(f"{role} Morag Gunn has worked this glen for thirty years. \"The rain never used to last "
                     "this long,\" she says.")
    assert found == [("The rain never used to last thi", "morag-gunn")]


def test_a_given_name_in_er_opening_a_three_word_name_is_kept():
    found = speakers("\"The rain never used to last this long,\" said Christopher Robin Hale, who has worked this "
                     "glen for thirty years.")
    assert found == [("The rain never used to last thi", "christopher-robin-hale")]


def test_a_possessive_after_a_few_words_setting_the_scene_is_whom_the_next_he_means():
    found = speakers("Femi Okafor has farmed here since 1990. \"We have never seen a year like it,\" he says.\n\n"
                     "\"Prices are falling,\" said Dora Kranz, an economist at the bank.\n\n"
                     "Out in the yard, Okafor's tractor is parked by the gate. Asked whether he will retire, he grins. "
                     "\"Not this year,\" he says.")
    assert found[-1] == ("Not this year", "femi-okafor")


def test_the_court_is_the_whole_name_of_the_court_with_the_after_its_connector():
    found = speakers("Farmers cannot be fined twice for one breach, the Court of Appeal of the Northern Circuit ruled on "
                     "Monday.\n\n\"A penalty paid is a penalty spent,\" the court said in its judgment.")
    assert found == [("A penalty paid is a penalty spe", "court-of-appeal-of-the-northern-circuit")]


def test_a_portuguese_do_inside_a_name_keeps_it_one_name():
    found = speakers("The appeal was brought by Porto teacher Ana do Rosário Lima. She told a local radio station that "
                     "she had \"only ever asked for what the law promised\".")
    assert found == [("only ever asked for what the la", "ana-do-rosario-lima")]


def test_an_english_do_between_capitals_makes_no_name():
    found = speakers("Why do Britons queue? \"It is simply good manners,\" said Tom Reed, a historian.")
    assert found == [("It is simply good manners", "tom-reed")]
