"""Rules drawn from blind batch 41's misses (README "Blind batch 41", ordinary copy), on strings of their own."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers


@pytest.mark.parametrize("opener", ["The sharpest criticism came from", "Support came from",
                                    "The loudest objection in the chamber came from"])
def test_whom_the_words_came_from_is_the_he_who_speaks_next(opener):
    body = (f"Ministers defended the plan for an hour. {opener} Pieter Jansen, the opposition's finance spokesman. "
            '"Nobody has costed this," he said.')
    assert speakers(body) == [("Nobody has costed this", "pieter-jansen")]


def test_a_report_by_a_body_described_by_where_it_sits_is_the_bodys():
    body = ('Where the strain shows is in the ports. A report released on Tuesday by the Riga-based Nordic Freight '
            'Monitor said the fleet had grown by a third in October, "the fastest rise in a decade".')
    assert speakers(body) == [("the fastest rise in a decade", "nordic-freight-monitor")]


def test_member_states_before_a_quote_are_no_speech_verb():
    body = ('A spokesperson for Thames Water said on Monday that the plan would be sent to member states '
            '"within a fortnight".')
    assert speakers(body) == [("within a fortnight", "thames-water")]


def test_a_spokesperson_for_a_body_the_gazetteer_knows_speaks_for_it():
    from analysis_helpers import article
    from sitegen.analysis import analyse_article
    from sitegen.analysis.people import load_gazetteer
    people = load_gazetteer([{"name": "European Commission", "kind": "organization"}], "people.yaml")
    body = ('The European Commission proposed the measures in October. A spokesperson for the European Commission '
            'said on Monday that the package would reach ministers "in the coming days".')
    quotes = analyse_article(article(body), (), people).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("in the coming days", "european-commission")]


def test_a_written_reply_is_no_speech_verb_of_its_own():
    body = ('The Ministry of Culture and Sport said in a written reply to this newspaper that the grants were '
            '"under review".')
    assert speakers(body) == [("under review", "ministry-of-culture-and-sport")]


def _events(body, date="2026-11-27"):
    from analysis_helpers import analyse
    return [(e.date, e.phrase) for e in analyse(body, date).events]


@pytest.mark.parametrize("sentence, event", [
    ("The library cut its Sunday opening hours in 2019.", ("2019", "in 2019")),
    ("The Saturday market moved to the harbour in 2021.", ("2021", "in 2021")),
    ("Shops complained about the Monday closures, which began in March 2024.", ("2024-03", "in March 2024"))])
def test_a_weekday_that_says_what_kind_of_thing_dates_nothing(sentence, event):
    assert _events(sentence) == [event]


def test_throughout_a_month_dates_the_sentence():
    assert _events("Admissions rose steadily throughout October, the trust said.") == [("2026-10", "throughout October")]
