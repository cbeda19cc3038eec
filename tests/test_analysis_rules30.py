"""Attribution rules of stop 30, each tested on strings of its own: bodies whose names hold no word that says they
are bodies ("Network Rail", "Transport for Wales"), where the sentence's shape says they spoke."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers


@pytest.mark.parametrize("name, slug", [("Network Rail", "network-rail"), ("Harbour Link Ferries", "harbour-link-ferries"),
                                        ("Marks & Spencer", "marks-spencer")])
def test_a_name_between_a_quotation_and_its_verb_is_the_speaker(name, slug):
    body = f'Trains were cancelled across the valley. "We are sorry for the disruption," {name} said.'
    assert speakers(body) == [("We are sorry for the disruption", slug)]


@pytest.mark.parametrize("name, slug", [("Network Rail", "network-rail"), ("Avanti Coastway", "avanti-coastway")])
def test_a_name_that_opens_a_colon_introduction_is_the_speaker(name, slug):
    body = f'Most services resumed by noon. {name} said: "Customers should check before they travel."'
    assert speakers(body) == [("Customers should check before t", slug)]


@pytest.mark.parametrize("opening", ["On Monday Network Rail said", "Both Labour and Reform said", "Deputy Mayor said"])
def test_no_body_is_made_of_a_day_two_subjects_or_a_role(opening):
    body = f'The line stayed shut. {opening}: "We will not reopen it this year."'
    assert speakers(body) == [("We will not reopen it this year", None)]


@pytest.mark.parametrize("name, slug", [("Transport for Wales", "transport-for-wales"),
                                        ("Port of Dover Authority", "port-of-dover-authority")])
def test_a_spokesperson_for_a_body_whose_name_holds_small_words_or_a_place(name, slug):
    body = f'"Services will resume on Monday," a spokesperson for {name} said.'
    assert speakers(body) == [("Services will resume on Monday", slug)]


def test_a_spokesperson_for_a_country_alone_stays_unnamed():
    body = '"We do not comment on talks," a spokesperson for Ukraine said.'
    assert speakers(body) == [("We do not comment on talks", None)]
