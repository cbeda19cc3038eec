"""Rules drawn from blind batch 36's wrong answers (README "Blind batch 36"), on strings of their own: each in a few
shapes, and near shapes that must keep their reading."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers


@pytest.mark.parametrize("club", ["Harbour Rovers", "Northfield United", "Kessel FC", "Real Valmora"])
def test_the_club_is_the_sports_club_the_article_named(club):
    body = (f"{club} have sacked their manager, Tom Reed, after eight defeats in ten league games.\n\n"
            '"The board would like to thank Tom for his work," the club said in a statement on Sunday.')
    assert speakers(body) == [("The board would like to thank T", club.lower().replace(" ", "-"))]


def test_the_club_stays_unknown_when_the_article_named_no_club():
    body = ('Tom Reed was sacked after eight defeats in ten league games.\n\n'
            '"The board would like to thank Tom for his work," the club said in a statement on Sunday.')
    assert speakers(body) == [("The board would like to thank T", None)]


@pytest.mark.parametrize("described, head", [("the Brussels-based securities depository", "depository"),
                                             ("a mid-sized Danish lender", "lender"),
                                             ("the country's largest crop insurer", "insurer")])
def test_a_body_described_by_what_it_does_is_the_one_that_word_points_back_to(described, head):
    body = (f"Most of the frozen funds sit at Clearstock, {described}, in a cash account.\n\n"
            f'Clearstock itself has been vocal. Reporting its results in July, the {head} said the plan '
            f'"raises serious legal questions" for everyone involved.')
    assert speakers(body) == [("raises serious legal questions", "clearstock")]


def test_a_body_named_short_in_lower_case_is_the_one_named_in_full_before():
    body = ("The court found that the Harbour County District Attorney's Office never disclosed the fire report.\n\n"
            'In a statement, the district attorney\'s office said it was "reviewing the ruling". '
            '"Our thoughts remain with both families," the statement said.')
    slug = "harbour-county-district-attorneys-office"
    assert speakers(body) == [("reviewing the ruling", slug), ("Our thoughts remain with both f", slug)]


def test_a_body_named_short_with_none_named_in_full_keeps_its_short_name():
    body = 'In a statement, the district attorney\'s office said it was "reviewing the ruling".'
    assert speakers(body) == [("reviewing the ruling", "district-attorneys-office")]


@pytest.mark.parametrize("kin", ["My nephew", "Our neighbour", "My brother"])
def test_he_after_the_speakers_own_unnamed_relative_is_that_relative(kin):
    body = ("Defence Minister Tomas Vass said the front was holding.\n\n"
            f'Yes, it is hard. {kin} serves in a brigade near the river, and when he called me he said, '
            '"Tell them we are still here." I will tell them.')
    assert speakers(body) == [("Tell them we are still here.", None)]


def test_he_after_a_relative_named_with_a_first_name_is_that_relative():
    body = ('Defence Minister Tomas Vass said the front was holding.\n\n'
            'My son Piotr called last night, and he said, "We are still here."')
    assert speakers(body) == [("We are still here.", "piotr")]


@pytest.mark.parametrize("subject, slug", [
    ("Bavaria's economy ministry", "bavarias-economy-ministry"),
    ("The IG Metall union", "ig-metall"),
    ("The Dockers Union", "dockers-union"),
])
def test_a_body_as_the_subject_of_a_sentence_speaks_through_its_saying(subject, slug):
    body = f'{subject} welcomed the takeover, saying it secured "an important employer in the north".'
    assert speakers(body) == [("an important employer in the no", slug)]


def test_a_body_set_off_with_its_description_is_still_the_one_speaking():
    body = ('Comisiones Unidas, the country\'s largest union, said it welcomed the jobs but would insist on '
            '"local wages and local contracts" at the plant.')
    assert speakers(body) == [("local wages and local contracts", "comisiones-unidas")]


@pytest.mark.parametrize("body", [
    'Leicester City Council said: "We will appeal."\n\n"We are disappointed," the club said.',
    'Bayern Munich sacked their coach after the match in Mexico City.\n\n"We thank him," the club said.',
])
def test_a_place_or_its_council_is_no_club(body):
    assert [s for _, s in speakers(body)][-1] is None


@pytest.mark.parametrize("sentence", [
    'Speaking to our partners at the Warsaw Courier, he said: "We will not give up."',
    'Talking to my colleague afterwards, he said: "We will not give up."',
])
def test_the_speakers_relative_or_partner_named_as_no_subject_leaves_he_to_the_one_named(sentence):
    body = f"Defence Minister Tomas Vass visited the front on Monday.\n\n{sentence}"
    assert speakers(body) == [("We will not give up.", "tomas-vass")]
