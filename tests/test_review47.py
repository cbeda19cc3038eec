"""Guards for the review of stop 47's rules (helpers probing each rule with inputs of their own on the code before and
after): each passes on the code before the rules and on the mended rules, and failed on their first version."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, speakers
from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, STORY, body_lines, copied
from sitegen.ingest.extract import extract

ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
HEADLINE = "Council votes 5-2 to keep Eastside library branch open through 2026"


@pytest.mark.parametrize("body", [
    "\"It will be fine,\" said an aide to Gen. Mark Milley.",
    "\"We owe her everything,\" said lawyers for Mrs Ann Kerr.",
    "\"The ward stays open,\" said a letter sent to Dr Ruth Pahl on Friday.",
    "Council leader Ann Kerr spoke.\n\nKerr said the report concluded in March that the scheme was \"badly flawed\".",
    "Police chief Tom Reid spoke.\n\nReid said the crowd chanted on Saturday \"we want justice\" outside the station.",
])
def test_words_of_someone_else_the_speaker_names_are_no_ones_that_can_be_told(body):
    assert [slug for _, slug in speakers(body)] == [None]


@pytest.mark.parametrize("body, slugs", [
    ("Taoiseach Micheál Martin was in Washington.\n\nMartin said ties were \"as strong as ever,\" while meeting Irish "
     "business leaders: \"We have never been closer.\"", ["micheal-martin", "micheal-martin"]),
    ("Workers at the Ford plant in Dagenham walked out on Monday.\n\n\"We regret the action,\" a spokesman for the "
     "company said.", ["ford"]),
    ("Tom Hale runs the farm.\n\nIn his spare time, a coach with the local under-12s, he rarely rests. \"My wife runs "
     "the farm,\" he said.", ["tom-hale"]),
    ("Rhys Williams' Bakery in Cardiff closed on Friday. \"It broke my heart,\" Williams said.", ["rhys-williams"]),
    ("Former Greek prime minister Alexis Tsipras spoke in Athens.\n\n\"We will return,\" he said.", ["alexis-tsipras"]),
    ("Courtney Lawes, the England lock, will retire.\n\n\"It is the right time,\" he said.", ["courtney-lawes"]),
    ("Ann Coop, a nurse, said the ward was full. \"We are drowning,\" Coop said.", ["ann-coop"]),
    ("Snowy Hydro said the project was delayed again.\n\n\"We will review the costs,\" the government said.", [None]),
])
def test_the_speaker_as_before_the_rules(body, slugs):
    assert [slug for _, slug in speakers(body)] == slugs


_ANSWERS = ("\n\n**How did it feel to see the wreck?**\n\nI was speechless. I had waited my whole career for it.\n\n"
            "**What was the hardest part?**\n\nThe ice. I have never seen anything like it.")


@pytest.mark.parametrize("opening", [
    "Ernest Shackleton's ship Endurance sank in the Weddell Sea in 1915.\n\nShackleton and his men survived. Shackleton "
    "died in 1922.\n\nMarine archaeologist Mensun Bound led the 2022 search that found the wreck. This interview has "
    "been edited for length.",
    "Hana Whitfield, 17, won the prize on 2 May.\n\nThe previous winner, Tom Ruane, now teaches in Berlin. We spoke to "
    "her this week.",
])
def test_no_interviewee_the_article_does_not_tell(opening):
    assert speakers(opening + _ANSWERS) == []


def test_a_note_under_a_bold_heading_after_the_answers_is_the_writers():
    body = ("Hana Whitfield, 17, won the Dunmore piano prize on 2 May. We spoke to Whitfield this week.\n\n"
            "**How did you start?**\n\nMy mother taught me. I was four.\n\n**What next?**\n\nI go to Vienna in "
            "September.\n\n**Tickets**\n\nTickets cost 25 euro and go on sale at the Olympia box office on Friday.")
    assert [slug for _, slug in speakers(body)] == ["hana-whitfield", "hana-whitfield"]


@pytest.mark.parametrize("sentence, events", [
    ("Ireland have failed to reach a World Cup since 2002.", []),
    ("Spain has endured its worst drought since 1990.", []),
    ("The disease has killed more than 300 people since 2019.", []),
    ("It has happened twice since 1950.", []),
    ("Pupils return to school after the half-term break on Monday.", [("2026-05-11", "day")]),
    ("The festival returns after a two-year break on Friday.", [("2026-05-15", "day")]),
])
def test_no_year_for_a_count_or_a_comparison_and_no_past_for_a_return(sentence, events):
    assert [(e.date, e.precision) for e in analyse(sentence, "2026-05-10").events] == events


def _html(body: str, head: str) -> object:
    return extract(f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode(), "page.html")


def test_a_named_dek_under_a_headline_in_no_h1_is_never_the_title():
    dek = "The branch had been due to close in June; campaigners gathered 4,000 signatures to save it."
    found = _html("<div class='noticia'><div class='antetitulo'>INFRAESTRUCTURAS</div>"
                  f"<div class='titular'>{HEADLINE}</div><div class='entradilla'>{dek}</div>"
                  "<div class='firma-fecha'>15 January 2025, 09:20</div><div class='cuerpo'>"
                  + "".join(f"<p>{p}</p>" for p in ENGLISH + STORY) + "</div></div>",
                  head=f"<title>{HEADLINE} - The Jalon Chronicle</title>")
    assert found.title == HEADLINE
    assert found.publisher == "The Jalon Chronicle"


@pytest.mark.parametrize("line", [
    "Carolina leads the series 3-2, with Game 6 at Madison Square Garden on Monday.",
    "SES spokesman Daniel Ortiz urged residents without power to tune in to Kestrel Radio on 102.7 FM for updates.",
    "More than 40,000 people now tune in to Kestrel Radio each week, up from 31,000 a year ago, the survey found.",
])
def test_a_story_line_with_a_first_name_that_leads_or_a_station_tuned_in_to_stays(line):
    found = copied(["Kestrel Radio", "News", HEADLINE, "By Carolina Pérez", "12 March 2025", ENGLISH_LEAD, line,
                    ENGLISH_NEXT, ENGLISH_THIRD, *STORY, "© 2025 Kestrel Radio"])
    assert line in body_lines(found.blocks)


@pytest.mark.parametrize("top, owner", [
    ("About the Foundation", "Harlow Family Foundation"),
    ("Über die Stiftung", "Stiftung Lesen"),
    ("Community Calendar", "Harbour Community Broadcasting"),
])
def test_a_menu_item_over_a_foundation_or_a_broadcaster_is_no_masthead(top, owner):
    found = copied(["Skip to content", top, "Grants", HEADLINE, "12 March 2025", *ENGLISH, *STORY,
                    f"© 2025 {owner} Inc." if "Broadcasting" in owner else f"© 2025 {owner}"])
    assert found.publisher == owner


def test_the_sites_notes_stay_notes_when_its_standfirst_names_it():
    found = _html(f"<main><h1>{HEADLINE}</h1><p class='standfirst'>A Valley Ledger investigation found that a third of "
                  "rural routes carried fewer than ten passengers a day.</p>"
                  + "".join(f"<p>{p}</p>" for p in ENGLISH + STORY)
                  + "<h2>About us</h2><p>The Valley Ledger is an independent, non-profit newsroom covering the valley.</p>"
                    "<p>The Valley Ledger is funded by readers and local foundations, not by advertisers.</p></main>",
                  head=f"<title>{HEADLINE} | The Valley Ledger</title>"
                       "<meta property='og:site_name' content='The Valley Ledger'>")
    assert body_lines(found.blocks) == ENGLISH + STORY
