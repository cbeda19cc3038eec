"""Guards for stop 40's attribution rules, from a review of them: each case was right (or rightly null) before those
rules and must stay so — the rules fire only where their own shape is there."""
from __future__ import annotations

from analysis_helpers import speakers


def test_a_question_a_paragraph_long_introduced_by_its_asker_stays_theirs():
    # (_question_answered_next: an answer follows, but the paragraph before says who asked.)
    body = ('Tom Reed put the question to the council in plain terms:\n\n'
            '"Who will pay for the repairs when the river floods again next winter?"\n\n'
            '"Not the residents," the council leader, Anna Pryce, replied.')
    assert speakers(body) == [("Who will pay for the repairs wh", "tom-reed"),
                              ("Not the residents", "anna-pryce")]


def test_a_question_after_a_colon_of_said_stays_the_sayers():
    body = ('At the meeting, Tom Reed said what many in the hall were thinking:\n\n'
            '"How can anyone plan a business when the rules change every month?"\n\n'
            '"They cannot," said Anna Pryce.')
    assert speakers(body)[0][1] == "tom-reed"


def test_someone_unnamed_who_spoke_to_the_speaker_does_not_take_the_speakers_next_words():
    # (_unnamed_reports_before: the unnamed teacher spoke to him; the words after are his.)
    body = ('"I was never meant to be a writer," Tom Reed said. A teacher once told him he would never pass English. '
            '"I have written eleven books since."')
    assert speakers(body) == [("I was never meant to be a write", "tom-reed"),
                              ("I have written eleven books sin", "tom-reed")]


def test_a_relative_who_spoke_to_the_speaker_does_not_take_the_speakers_next_words():
    body = ('"The farm was always going to be mine," Anna Pryce said. Her father told her she would run it one day. '
            '"I never wanted to."')
    assert speakers(body)[-1] == ("I never wanted to.", "anna-pryce")


def test_a_time_before_the_role_is_no_unnamed_person():
    # (_SOMEONE_UNNAMED_OPENS: "A year ago" is when, not who; the minister is the one named.)
    body = ('Transport Minister Claire Whyte opened the line on Monday. "It was worth the wait," she said. '
            'A year ago the minister said the line would never be finished. "I was wrong about the cost."')
    assert [s for _, s in speakers(body)] == ["claire-whyte", "claire-whyte"]


def test_one_day_is_a_time_not_someone_unnamed():
    body = ('"I left school at 15," Tom Reed said. One day the headmaster said drama was the answer. '
            '"So I tried it."')
    assert speakers(body)[-1] == ("So I tried it.", "tom-reed")


def test_she_screamed_is_not_his():
    body = 'Tom Reed said she woke to the smell of smoke and screamed: "Get out, everyone out!"'
    assert speakers(body) == [("Get out, everyone out!", None)]


def test_she_said_she_screamed_is_hers():
    # (_SHOUTED: the reporter is the one who shouted; no one else is named in between.)
    body = ('Anna Pryce said she woke to the smell of smoke and screamed: "Get out, everyone out!"')
    assert speakers(body) == [("Get out, everyone out!", "anna-pryce")]


def test_said_that_when_he_saw_the_flames_he_yelled_is_his():
    body = 'Tom Reed said that when he saw the flames he yelled: "Fire! Get out!"'
    assert speakers(body) == [("Fire! Get out!", "tom-reed")]


def test_said_nothing_then_stood_up_and_yelled_is_the_subjects():
    body = 'Tom Reed said nothing for an hour, then stood up and yelled: "Enough!"'
    assert speakers(body) == [("Enough!", "tom-reed")]


def test_a_name_listed_after_and_is_no_clause_of_its_own():
    # (_CLAUSE_JOINS: "and Mr Reed" is the last of those thanked, not the subject of a new clause.)
    body = ('Tom Reed ran the ward for years. Anna Pryce thanked the nurses, the porters, and Mr Reed: "They saved '
            'my life."')
    # (Anna Pryce's words; the analysis leaves them unattributed — the one thanked then named is no safe subject — but
    # never gives them to the last one thanked.)
    assert speakers(body)[0][1] != "tom-reed"


def test_who_called_it_is_a_persons_words_not_a_groups_name():
    # (_GROUP_CALLS: "who called it" after a person's name is that person's verdict.)
    body = 'Shops were angry at the rise. Tom Reed, who called it "the last straw", said he would close.'
    assert speakers(body) == [("the last straw", "tom-reed")]


def test_who_call_themselves_is_still_a_groups_name():
    body = ('The fans, who call themselves "the Salties", sang all night. Residents who have taken to calling the '
            'tower "the Needle" complained.')
    assert speakers(body) == []
