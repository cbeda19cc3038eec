"""Rules drawn from blind batch 42's misses (README "Blind batch 42", ordinary copy), on strings of their own."""
from __future__ import annotations

from analysis_helpers import speakers

_PRE = ("Labour's Anna Price, who chairs the transport committee, said the plan had been rushed.\n\n")


def test_one_and_an_adjective_before_a_role_is_no_name():
    body = ('Moscow has said it would never accept Danish engineers on the site.\n\n'
            'Engineers say the bridge could reopen within weeks. One Danish transport official put it more bluntly: '
            '"We can open it in a month. The question is who pays."')
    assert speakers(body) == [("We can open it in a month. The ", None)]


def test_a_backbencher_named_after_a_namesake_is_someone_else():
    body = _PRE + ('Conservative backbencher David Price was one of a handful of MPs to back it. "The money is there," '
                   'he said.')
    assert speakers(body) == [("The money is there", "david-price")]



def test_a_month_a_plan_is_set_for_is_the_next_of_that_name():
    from analysis_helpers import analyse
    events = [(e.date, e.phrase) for e in analyse("The second hearing is scheduled for March.", "2026-11-27").events]
    assert events == [("2027-03", "scheduled for March")]


def test_a_plan_told_as_past_is_the_nearest_month_of_that_name():
    from analysis_helpers import analyse
    events = [(e.date, e.phrase) for e in analyse("The summit had been planned for June but was cancelled.",
                                                  "2026-11-20").events]
    assert events == [("2026-06", "planned for June")]


def test_the_day_before_a_deadline_or_an_election_is_a_date():
    from analysis_helpers import analyse
    assert [e.date for e in analyse("They worked through the night to meet the Friday deadline.", "2026-11-20").events] \
        == ["2026-11-20"]


def test_what_came_from_someone_is_their_words_only_when_it_was_speech():
    body = 'The request came from Anna Berg herself. "We did what was asked," he said.'
    assert speakers(body) == [("We did what was asked", None)]


def test_a_county_supervisors_title_is_no_part_of_her_name():
    body = ('Supervisor Ann Keller, who voted against the plan, said the board had moved too fast. "We had three weeks '
            'to read it," she said.')
    assert speakers(body) == [("We had three weeks to read it", "ann-keller")]
