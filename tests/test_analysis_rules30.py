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


# -- from the misses of blind batch 55 ------------------------------------------------------------------------------


def test_a_name_that_which_describes_is_a_body():
    body = ('Kestrel Island Services, which operates the route to the mainland, said a replacement vessel would be in '
            'place "by Monday at the latest".')
    assert speakers(body) == [("by Monday at the latest", "kestrel-island-services")]


def test_a_name_opening_its_sentence_before_said_is_the_speaker():
    body = ('09:15 — Transport for Wales said all services on the coast line had been suspended "until further '
            'notice".')
    assert speakers(body) == [("until further notice", "transport-for-wales")]


@pytest.mark.parametrize("opening", ["President Ferdinand Reyes Jr said", "Ms. Lim said"])
def test_a_title_opening_the_sentence_makes_no_body(opening):
    body = f'The typhoon weakened overnight. {opening} relief goods had been "pre-positioned" in every province.'
    assert speakers(body)[0][1] != opening.rsplit(" ", 1)[0].lower().replace(" ", "-").replace(".", "")


def test_an_aside_after_a_dash_is_no_attribution():
    body = ('Defence Secretary Helen Marsh has said British troops could deploy "as part of a coalition, with the '
            'right backstop" — a backstop that officials privately acknowledge means American air power.')
    assert speakers(body) == [("as part of a coalition, with th", "helen-marsh")]


def test_the_company_is_nobody_when_another_name_speaks_just_before():
    body = ('18:45 Caledonian Rail says no trains will run. "Safety has to come first," a spokesperson for Caledonian '
            'Rail said.\n\n'
            '18:10 Atlantic Grid now says 230,000 customers are without electricity. "Crews will work through the '
            'night," the company said in a statement.')
    assert speakers(body)[1] == ("Crews will work through the nig", None)


def test_the_minister_is_the_secretary_of_state_named_before():
    body = ('Justice Secretary Kenneth Moir has chaired a meeting of the resilience committee. "This is a serious '
            'storm, and it is not over," the minister said.')
    assert speakers(body) == [("This is a serious storm, and it", "kenneth-moir")]


def test_a_press_secretary_is_no_minister():
    body = 'Press Secretary Anna Berg visited the ward. "This is serious," the minister said.'
    assert speakers(body) == [("This is serious", None)]


def test_she_is_the_one_woman_among_the_people_just_named():
    body = ('Rovers manager Neil Cartwright said his side had "earned the right to be lucky".\n\n'
            'Kingsmoor boss Marta Lindqvist was furious that referee Paul Dunne added six minutes. "I do not know '
            'where he found six minutes," she said.')
    assert speakers(body)[1] == ("I do not know where he found si", "marta-lindqvist")


def test_a_clause_of_when_before_she_and_a_colon():
    body = ('Ruth Acheson runs the repair café. As the hall empties, she stacks the chairs and sums it up: "We are '
            'not saving the planet."')
    assert speakers(body) == [("We are not saving the planet.", "ruth-acheson")]


def test_a_reader_sending_words_from_a_place():
    body = 'Reader Mary Feeney has sent us this from Salthill in Galway: "The sea is coming over the prom."'
    assert speakers(body) == [("The sea is coming over the prom", "mary-feeney")]


@pytest.mark.parametrize("before", ["The Met Office's red warning for the storm remains in force until 21:00.",
                                    "The Met Office has extended its amber wind warning until Wednesday."])
def test_a_warning_says_what_its_issuer_wrote(before):
    body = f'{before} The warning says "flying debris is likely to result in danger to life".'
    assert speakers(body) == [("flying debris is likely to resu", "met-office")]


def test_an_owners_document_after_a_sentence_ending_on_a_place():
    body = ('The argument runs through Kyiv, Brussels and Washington. The World Bank’s latest damage assessment puts '
            'the cost at $520 billion.\n\nThe assessment describes the grid as “operating on borrowed equipment”.')
    assert speakers(body) == [("operating on borrowed equipment", "world-bank")]


def test_the_answer_after_someone_paused_before_answering():
    body = ('Oleksandr Hrytsenko leads the delegation.\n\n'
            'Asked whether a ceasefire was within reach, Hrytsenko paused before answering.\n\n'
            '"If you had asked me that in Istanbul, I would have said no."')
    assert speakers(body) == [("If you had asked me that in Ist", "oleksandr-hrytsenko")]


def test_a_paragraph_about_the_last_speaker_between_her_words():
    body = ('Kingsmoor boss Marta Lindqvist was furious. "I do not know where he found six minutes," she said.\n\n'
            'She also refused to blame goalkeeper Sam Osei, who was beaten at his near post.\n\n'
            '"He has made saves all season that nobody talks about."')
    assert speakers(body)[1] == ("He has made saves all season th", "marta-lindqvist")


def test_a_paragraph_about_someone_else_between_is_no_bridge():
    body = ('Tom Reed was furious. "It is wrong," he said.\n\n'
            'She also refused to blame the goalkeeper.\n\n'
            '"He has made saves all season."')
    assert speakers(body)[1] == ("He has made saves all season.", None)


def test_a_days_report_has_no_author_named_monday():
    body = ('The ministry published a report on Monday. Monday\'s report said the plan was "unworkable" without more '
            'money.')
    assert speakers(body) == [("unworkable", None)]


def test_a_name_opening_a_clause_after_a_comma_and_and_is_its_subject():
    body = 'The visitors led at half-time, and Gary Lomax admitted his side had "switched off" after the break.'
    assert speakers(body) == [("switched off", "gary-lomax")]

