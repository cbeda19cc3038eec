"""Sentences that date two events: a clause set before or after the first, a new subject by name, a far deadline."""
from __future__ import annotations

from sitegen import markdown
from sitegen.analysis.timeline import find_events
from sitegen.model import Article


def _events(body: str, date: str) -> list[tuple[str, str]]:
    article = Article(slug="a", title="A story", body=body, paragraphs=markdown.paragraphs(body), date=date)
    return [(e.date, e.precision) for e in find_events(article)]


def test_an_event_set_after_or_ahead_of_the_first_is_dated_on_its_own_side_of_it():
    # Wednesday 9 December 2026: the walkout ahead, the vote that caused it behind.
    assert _events("The airline will cancel 200 flights on Dec. 14 after pilots rejected the offer on Monday, the union said.",
                   "2026-12-09") == [("2026-12-14", "day"), ("2026-12-07", "day")]
    # Tuesday 8 December: a bare weekday for the first action, the storm the day before it.
    assert _events("Engineers spent Sunday restoring power, after the storm brought down lines on Saturday.",
                   "2026-12-08") == [("2026-12-06", "day"), ("2026-12-05", "day")]
    # Monday 14 December: the vote is ahead of Friday's meeting, so the Thursday after it, not the one before.
    assert _events("She met the board on Friday, ahead of a shareholder vote on Thursday.", "2026-12-14") == [
        ("2026-12-11", "day"), ("2026-12-17", "day")]


def test_a_new_subject_by_name_after_a_comma_and_starts_a_second_action():
    # Wednesday 9 December: adjourned on Monday; the ruling expected on Friday is ahead.
    assert _events("The court adjourned the case on Monday, and Judge Ellis is expected to rule on Friday.",
                   "2026-12-09") == [("2026-12-07", "day"), ("2026-12-11", "day")]
    # Two days of one action stay one event, with or without a comma.
    assert _events("The fair was open on Saturday, and Sunday.", "2026-12-09") == [("2026-12-05", "day")]


def test_a_clause_dated_to_a_month_beside_one_dated_to_a_day_is_its_own_event():
    # Thursday 12 November 2026.
    assert _events("Police made six arrests on Tuesday after thefts rose sharply since the end of August.",
                   "2026-11-12") == [("2026-11-10", "day"), ("2026-08", "month")]


def test_a_step_set_for_a_month_of_another_year_is_an_event_beside_the_day_of_the_news():
    assert _events("The council on Monday approved a scheme to phase out diesel buses by March 2029.", "2026-06-10") == [
        ("2026-06-08", "day"), ("2029-03", "month")]
    # In the article's own year, or with no year, the step stays with the day of the news.
    assert _events("The council on Monday approved a scheme to phase out diesel buses by March.", "2026-06-10") == [
        ("2026-06-08", "day")]
    assert _events("The council on Monday approved a scheme to phase out diesel buses by December 2026.", "2026-06-10") == [
        ("2026-06-08", "day")]
