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


def test_a_clause_set_off_by_which_or_who_with_its_own_day_is_its_own_event():
    # Friday 4 December 2026: the vote ahead, the draft's approval behind.
    assert _events("Parliament will vote on the budget on Wednesday, which the cabinet approved in a late session on Monday.",
                   "2026-12-04") == [("2026-12-09", "day"), ("2026-11-30", "day")]


def test_two_actions_each_dated_to_a_month_are_two_events():
    # 10 June 2026: a month with no year, told in the past, is the last of its name.
    assert _events("The regulator fined the bank in March 2024, and the appeals board upheld the fine in February.",
                   "2026-06-10") == [("2024-03", "month"), ("2026-02", "month")]
    # Two months of one action stay one event.
    assert _events("Prices rose in March 2024 and in April 2024.", "2026-06-10") == [("2024-03", "month")]


def test_next_or_last_before_a_month_gives_its_year():
    assert _events("The museum shut last October and will reopen by next February.", "2026-06-10") == [
        ("2025-10", "month"), ("2027-02", "month")]
    # Beside the day of the news, a step set for next year's month is its own event.
    assert _events("The board agreed on Monday to sell the site by next March.", "2026-06-10") == [
        ("2026-06-08", "day"), ("2027-03", "month")]


def test_an_event_set_days_or_weeks_apart_from_the_day_of_the_sentence_is_counted_from_it():
    # Thursday 10 December 2026: freed on Tuesday, arrested two weeks before it.
    assert _events("The journalist was freed on Tuesday, two weeks after her arrest at the border.", "2026-12-10") == [
        ("2026-12-08", "day"), ("2026-11-24", "day")]
    # Something dated itself after "after" is dated by that, not counted.
    assert _events("The journalist was freed on Tuesday, two weeks after her arrest on November 20.", "2026-12-10") == [
        ("2026-12-08", "day"), ("2026-11-20", "day")]


def test_a_live_blog_entry_telling_of_a_thing_just_done_is_the_article_s_day():
    body = ("09:30 BST — The prime minister has landed in Kyiv for an unannounced visit. More to follow.\n\n"
            "08:10 BST — The foreign office has said it will not comment on travel plans.\n\n"
            "07:45 BST — Rail strikes have begun across the north, and talks will resume on Friday.")
    # (Thursday 10 December 2026; "has said" is a statement; the strike's entry has a day of its own.)
    assert _events(body, "2026-12-10") == [("2026-12-10", "day"), ("2026-12-11", "day")]


def test_a_statement_on_its_own_day_and_the_thing_it_tells_are_two_events():
    # Wednesday 9 December 2026: the statement on Tuesday, the seizure it tells of on Sunday.
    assert _events("Customs officers said in a statement on Tuesday that they had seized 40 kilos of cocaine at the "
                   "port on Sunday.", "2026-12-09") == [("2026-12-08", "day"), ("2026-12-06", "day")]
    # Ahead, with no year: the opening on 2 February is next year's.
    assert _events("The museum today announced that its new wing will open on 2 February.", "2026-12-09") == [
        ("2026-12-09", "day"), ("2027-02-02", "day")]
    # A step still to come and the day it was said: two events, as blind batches 25–33 label them ("the Norwegian
    # government said on Monday that it will decide by the end of February"; stop 20 — earlier the saying gave way).
    assert _events("The council said on Monday that it would close the pool by the end of April.", "2026-12-09") == [
        ("2026-12-07", "day"), ("2027-04", "month")]
    # A "that" with no verb of saying before it is a relative pronoun: one event.
    assert _events("The bill that passed on Monday takes effect on 1 January.", "2026-12-09") == [("2026-12-07", "day")]


def test_a_fact_told_according_to_a_source_of_another_day_or_hung_on_with_is_its_own_event():
    # Wednesday 9 December 2026.
    assert _events("Exports fell 12 per cent in November, according to data published on Monday.", "2026-12-09") == [
        ("2026-11", "month"), ("2026-12-07", "day")]
    assert _events("The ferry will sail for the last time on 20 December, with a replacement due on 15 March.",
                   "2026-12-09") == [("2026-12-20", "day"), ("2027-03-15", "day")]


def test_a_month_a_past_verb_says_something_was_done_in_is_the_last_one_whatever_the_clause_after_it_sets():
    # Monday 30 November 2026: the tribunal's ruling was this April (not next), though what it ordered is still to come.
    assert _events("The tribunal decided in April that the council must repay the fees.", "2026-11-30") == [
        ("2026-04", "month")]
    # A month still ahead after "to be" or "will" stays the nearest one.
    assert _events("The treaty is to be signed in February, and officials said it must be ratified.", "2026-11-30") == [
        ("2027-02", "month")]


def test_a_thing_named_as_still_to_be_done_dates_its_weekday_ahead():
    # Wednesday 2 December 2026: the documentary airs this Friday; the minister spoke before it.
    assert _events("The minister said in a documentary to be screened on Friday that he had no regrets.",
                   "2026-12-02")[0] == ("2026-12-04", "day")


def test_a_range_of_days_before_the_month_is_dated_by_its_first_day():
    # Friday 4 September 2026: the festival ahead, from its first day; a day written alone stays that day.
    assert _events("The festival returns to the harbour on 25 and 26 September.", "2026-09-04") == [("2026-09-25", "day")]
    assert _events("Talks resume in Geneva from 8-10 October.", "2026-09-04") == [("2026-10-08", "day")]
    assert _events("Talks resume in Geneva on 10 October.", "2026-09-04") == [("2026-10-10", "day")]


def test_and_next_after_a_dated_action_starts_a_second_one():
    # Friday 4 September 2026: the board met in July; its next sitting is ahead.
    assert _events("The board approved the budget at its July 14 session and next sits on October 2.", "2026-09-04") == [
        ("2026-07-14", "day"), ("2026-10-02", "day")]


def test_two_actions_in_two_years_are_two_events():
    # A life or a law told in one sentence: each step in its own year.
    assert _events("The bridge opened in 1987 and closed in 2015 after cracks were found.", "2026-11-12") == [
        ("1987", "year"), ("2015", "year")]
    assert _events("Raised in Tartu, Mägi trained as a nurse and in 2003 founded the clinic.", "2026-11-12") == [
        ("2003", "year")]
    assert _events("Born in 1950 in Porto, she studied law in Lisbon and in 1976 entered parliament.", "2026-11-12") == [
        ("1950", "year"), ("1976", "year")]
    # One action over a span is no two events.
    assert _events("Between 2019 and 2021 the plant lost money.", "2026-11-12") == []


def test_the_end_of_the_year_told_in_january_as_done_is_the_year_just_gone():
    # Wednesday 6 January 2027: a thing done "at the end of the year" was done in 2026; one to come is 2027's.
    assert _events("At the end of the year the council approved the budget.", "2027-01-06") == [("2026", "year")]
    assert _events("The law will take effect by the end of the year.", "2027-01-06") == [("2027", "year")]
    # In November both are the article's year.
    assert _events("At the end of the year the council approved the budget.", "2026-11-06") == [("2026", "year")]


def test_the_day_something_was_said_is_counted_from_the_article_whatever_the_clauses_before_it_order():
    # "after …" orders the finding before the ruling, not the day the ruling was announced.
    body = ("The federation has annulled the result of the final, played in Porto on 9 November, after finding that "
            "the winning goal came from an offside position, the federation announced on Thursday.")
    assert ("2026-11-26", "day") in _events(body, "2026-11-28")


def test_a_second_verb_in_the_past_after_and_starts_a_second_action():
    # Friday 5 March 2027: the cases confirmed on Thursday, the clinics opening on Saturday.
    assert _events("Officials confirmed four more cases on Thursday, bringing the total to 23, and said they would "
                   "open clinics at three schools on Saturday.", "2027-03-05") == [("2027-03-04", "day"),
                                                                                  ("2027-03-06", "day")]
    # (Two days of one action stay one event: "on Monday and Tuesday" has no verb after the "and".)
    assert _events("Talks were held on Monday and Tuesday in Geneva.", "2027-03-05") == [("2027-03-01", "day")]
