"""Attribution and timeline rules of stop 32, drawn from the misses of blind batch analysis 59, each tested on strings
of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, people, speakers


def test_a_public_body_named_for_its_remit_and_country_is_no_person_and_no_he_means_it():
    body = ('Natural Heritage England, which issues the licences, said releases would be "carefully managed". '
            'Not everyone is delighted. Ask John Pascoe about beavers and he will walk you to his lower field. '
            '"That was my best grazing," he says.')
    assert speakers(body) == [("carefully managed", "natural-heritage-england"),
                              ("That was my best grazing", "john-pascoe")]


def test_a_surname_that_is_a_country_stays_a_persons():
    assert "jimmy-wales" in people('Jimmy Wales said the site would "never carry advertising", and he left.')


def test_a_person_in_a_clause_of_their_own_after_and_is_the_subject_a_later_she_means():
    body = ('It is a little after five in the morning on the river, and Dr Elaine Harker is crouched in the wet grass, '
            'pointing at a gnawed stump. "Fresh," she whispers. "Very fresh. They have been busy."')
    assert speakers(body) == [("Fresh", "elaine-harker"), ("Very fresh. They have been busy", "elaine-harker")]


def test_an_unnamed_person_after_a_scene_setting_opener_takes_the_next_she():
    body = ('Dr Elaine Harker runs the beaver project. "We are not trying to let them do whatever they like," she says. '
            'Further downstream, a dog walker stops to watch us. "I have lived here forty years and never seen one," '
            'she says.')
    assert speakers(body) == [("We are not trying to let them d", "elaine-harker"),
                              ("I have lived here forty years a", None)]


def test_a_body_set_off_before_what_it_is_speaks():
    body = ('Transport Scotland, the agency responsible for buying new ferries, said two new vessels for the route '
            'remained "on track" for delivery in November.')
    assert speakers(body) == [("on track", "transport-scotland")]


def test_the_firm_after_a_sentence_opening_on_its_analysts_is_that_firm():
    body = ('The European Commission said the listings would "take effect at once". Analysts at Seaview Analytics '
            'estimate that about 600 tankers operate in the shadow fleet. The new listings would "raise costs and slow '
            'the trade, but not stop it", the firm said.')
    assert speakers(body)[1] == ("raise costs and slow the trade,", "seaview-analytics")


def test_a_national_government_spokesman_speaks_for_that_government():
    body = 'A Hungarian government spokesman said Budapest had "defended the energy security of Hungarian families".'
    assert speakers(body) == [("defended the energy security of", "hungarian-government")]


def test_a_role_never_given_after_a_sentence_on_what_someone_was_like_is_theirs():
    body = ('Rovers captain Jamie Blake made the challenge. Blake was more measured. "I think I got a touch on the ball," '
            'the defender said.')
    assert speakers(body) == [("I think I got a touch on the ba", "jamie-blake")]


def test_a_role_after_someone_who_pressed_with_a_question_is_not_theirs():
    body = ('Presenter Clare Hutton asked the minister about the plan. "So that is a yes?" Hutton pressed. '
            '"It is exactly what I said," the minister replied.')
    assert dict(speakers(body))["It is exactly what I said"] is None


def test_a_name_in_a_clause_after_and_does_not_take_the_quote_before_it():
    body = ('Early reviews have been strong. The Review called it "a quietly devastating book", and the novelist Colm '
            'Baird wrote on social media that it was "the best thing I have read this year".')
    assert dict(speakers(body))["a quietly devastating book"] != "colm-baird"


def test_a_concession_after_the_quote_is_no_attribution_and_spoken_of_is_speech():
    body = ('His French counterpart, Hélène Marchand, has spoken of a "permanent European presence", although '
            'officials in Paris concede that the word permanent is doing a great deal of work.')
    assert speakers(body) == [("permanent European presence", "helene-marchand")]


def test_a_word_explained_right_after_it_is_a_term_not_speech():
    body = 'Your president often speaks of "sisu", the Finnish idea of stubborn endurance. Is that a doctrine?'
    assert speakers(body) == []


@pytest.mark.parametrize("opening", ["Current guidance from the National Institute for Health and Care Excellence",
                                     "The guidance from the National Institute for Health and Care Excellence"])
def test_guidance_from_a_body_is_that_bodys_words(opening):
    body = f'{opening} describes medication as "an adjunct to psychosocial support, not a substitute for it".'
    assert speakers(body) == [("an adjunct to psychosocial supp", "national-institute-for-health-and-care-excellence")]


def test_a_forum_arguing_in_a_paper_is_the_subject_of_its_participle():
    body = ("The Devon Landowners' Forum has called for a statutory compensation scheme, arguing in a briefing paper "
            'that farmers should not "bear the cost of a public good".')
    assert speakers(body) == [("bear the cost of a public good", "devon-landowners-forum")]


_INTERVIEW = ('Nadia Farouk is apologising for the state of her kitchen. "There are proofs everywhere," she says.\n\n'
              'We talk for nearly two hours at her kitchen table. The conversation has been edited for length.\n\n'
              'Why write about caring now?\n\n'
              '"Because everyone I know is doing it, or is about to."\n\n'
              'Was the father hard to write?\n\n'
              '"He was the easy part. He is funny, even at the end." She laughs. "The hard part was the daughter."')


def test_quoted_answers_under_an_interviews_questions_are_the_interviewees():
    assert speakers(_INTERVIEW) == [("There are proofs everywhere", "nadia-farouk"),
                                    ("Because everyone I know is doin", "nadia-farouk"),
                                    ("He was the easy part. He is fun", "nadia-farouk"),
                                    ("The hard part was the daughter.", "nadia-farouk")]


def test_quoted_paragraphs_under_questions_are_nobodys_where_no_interview_is_said():
    body = _INTERVIEW.replace("We talk for nearly two hours at her kitchen table. The conversation has been edited for "
                              "length.", "The book is out on Thursday.")
    assert dict(speakers(body))["Because everyone I know is doin"] is None


def _events(body: str, date: str) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in analyse(body, date).events]


def test_a_delivery_on_track_for_a_month_is_ahead():
    body = 'The agency said two new vessels remained "on track" for delivery in November.'
    assert _events(body, "2026-04-30") == [("2026-11", "month")]
    assert _events("The council said the bridge had reopened in November.", "2026-04-30") == [("2025-11", "month")]


def test_two_sides_fixtures_set_against_each_other_are_two_events():
    body = "Athletic travel to Stevenage on Tuesday, while Rovers host Exeter next Saturday."
    assert _events(body, "2026-10-04") == [("2026-10-06", "day"), ("2026-10-10", "day")]
    body = "They host Middlesbrough on Saturday, while Wednesday travel to Norwich on Friday 4 December."
    assert ("2026-12-02", "day") not in _events(body, "2026-11-30")


# Rules made after blind batch 60 was measured sealed (6e2ac5e), from its misses.

def test_a_person_of_an_employer_is_no_body_the_force_means():
    body = ('Speaking outside court, Detective Constable Sam Whitlock of Leicestershire Police said: "Some victims '
            'were too embarrassed to tell their families."\n\nThe force said it would now "pursue every asset he has".')
    assert speakers(body) == [("Some victims were too embarrass", "sam-whitlock"),
                              ("pursue every asset he has", "leicestershire-police")]


def test_a_firm_with_an_ampersand_after_where_its_statement_went():
    body = ('In a statement to the stock exchange, Brackley & Vane said the attack had been "fully contained" and '
            'that no payment data had been taken.')
    assert speakers(body) == [("fully contained", "brackley-vane")]


def test_a_person_from_a_place_before_a_whose_clause_with_its_own_verb_speaks():
    body = ('Sarah Mills, from Wakefield, whose son Oscar, four, took part in the trial, said: "He was back at nursery '
            'within a few days."')
    assert speakers(body) == [("He was back at nursery within a", "sarah-mills")]


def test_a_shared_surname_means_the_one_named_so_far():
    body = ('Ines Carvalho\'s third novel is set in a fishing town on the Algarve.\n\n'
            'Carvalho says the book is "not a memoir, but not entirely not one either".\n\n'
            'Her father, Rui Carvalho, a retired ship\'s engineer, told me his daughter "got the stubbornness from '
            'her grandmother".')
    assert speakers(body) == [("not a memoir, but not entirely ", "ines-carvalho"),
                              ("got the stubbornness from her g", "rui-carvalho")]


def test_a_title_then_what_work_it_is_is_no_speech():
    body = ('The proofs are for "The Salt Year", her fifth novel, which her publisher, Harrow & Finch, describes in '
            'its catalogue as "a storm of a book".')
    assert speakers(body) == [("a storm of a book", "harrow-finch")]


def test_state_television_is_no_speech_verb():
    body = ("Russia's ambassador to Belgium, Gennady Orlov, told state television the plan was \"a provocation dressed "
            "up as peacekeeping\".")
    assert speakers(body) == [("a provocation dressed up as pea", "gennady-orlov")]


def test_a_name_after_led_by_then_she_opening_the_next_sentence_is_a_person():
    body = ("10:05 — Ukraine's delegation is again led by Oksana Hrytsenko. Arriving at the palace, she told reporters "
            'only: "We are here to work."')
    assert speakers(body) == [("We are here to work.", "oksana-hrytsenko")]


def test_a_quotation_paragraph_after_reported_speech_goes_on_with_its_speaker():
    body = ('Oksana Hrytsenko later told Ukrainian television she had "no illusions" about Moscow\'s intentions, and that '
            "Kyiv's priorities had not shifted since the process began.\n\n"
            '"Our red lines are the same as they were on the first day. They will be the same at the next round."')
    assert speakers(body) == [("no illusions", "oksana-hrytsenko"), ("Our red lines are the same as t", "oksana-hrytsenko")]
