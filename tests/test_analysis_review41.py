"""Guards for stop 41's attribution rules, from a review of them: each case was right (or rightly null) before those
rules and must stay so."""
from __future__ import annotations

from analysis_helpers import analyse, speakers


def test_someone_else_shouting_in_the_sayers_report_is_not_the_sayer():
    for body in ('Anna Pryce said that when she opened the door a masked man screamed: "Get on the floor!"',
                 'Tom Reed said that as he left, a guard yelled: "Stop right there!"',
                 'Tom Reed said officers burst into the flat and yelled: "Hands up!"',
                 'Anna Pryce said protesters surrounded the car and screamed: "Murderer!"'):
        assert [s for _, s in speakers(body)] == [None], body


def test_a_possessive_her_or_a_third_persons_him_is_no_one_spoken_to():
    body = ('Maria Lopez, 34, was hurt in the crash. "I don\'t remember anything," she said. A hospital spokeswoman said '
            'her condition was stable. "She is recovering well and should be home soon."')
    assert speakers(body)[-1][1] is None
    body = ('"He kept to himself," said Tom Reed, who lives next door. A neighbour said she had seen him leave the house '
            'at dawn. "He looked nervous and was carrying two bags."')
    assert speakers(body)[-1][1] is None


def test_a_compound_of_a_time_word_is_someone_unnamed():
    body = ('"The roads are a mess," said Tom Reed, a councillor. A day-care worker said the children were kept indoors. '
            '"We could not risk it."')
    assert speakers(body)[-1] == ("We could not risk it.", None)


def test_abbreviations_are_words_of_the_reported_clause():
    body = 'Tom Reed, who called the plan "a disgrace", said Dr. Pryce had misled voters.'
    assert speakers(body) == [("a disgrace", "tom-reed")]


def test_called_on_and_called_to_name_nothing():
    body = ('Teachers called on the minister to apologise after Anna Pryce described striking staff as "the enemy within." '
            'Officers called to the scene found what Sergeant Tom Reed described as "the worst crash" he had seen.')
    assert speakers(body) == [("the enemy within", "anna-pryce"), ("the worst crash", "tom-reed")]


def test_a_groups_name_after_who_call_is_no_speech():
    body = 'Tom Reed said the regulars, who call the pub "the Office," would fight the closure.'
    assert speakers(body) == []


def test_a_persons_or_a_days_possessive_is_no_countrys_body():
    body = ('Tom Reed\'s return to government was confirmed on Monday. "We welcome him back," the government said in a '
            'statement. Tuesday\'s cabinet meeting ran late. "No decisions were taken," the cabinet said afterwards.')
    assert [s for _, s in speakers(body)] == [None, None]


def test_an_envoy_sent_to_a_person_leaves_the_persons_name_whole():
    body = 'Trump said he would send an envoy to Kim Jong Un, who called the idea "interesting."'
    assert speakers(body) == [("interesting", "kim-jong-un")]


def test_a_question_put_to_someone_is_not_theirs():
    body = 'Tom Reed was asked the obvious question:\n\n"Will you stand again next year?"\n\n"Probably not," he said.'
    assert speakers(body)[0] == ("Will you stand again next year?", None)


def test_a_months_name_as_a_possessive_is_no_date():
    assert analyse("Money earmarked for May's government was returned.", "2026-05-14").events == ()
    assert analyse("The vote is pencilled in for May's conference.", "2026-05-14").events == ()
