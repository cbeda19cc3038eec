"""Guards from the review of stop 48's rules: each input came out right (or null) before them and wrong after their
first version; each must stay right."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers
from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied
from sitegen.ingest.extract import extract

_Q = "\n\n"
_EXPLAINER = (_Q + "**Who pays more?**" + _Q + "Our analysis shows most households will pay about $300 more a year." + _Q
              + "**When does it start?**" + _Q + "We expect the changes to apply from 1 July.")


@pytest.mark.parametrize("opening", [
    'Treasurer Jim Chalmers said the budget was "responsible".' + _Q + "The budget leaves big questions for Canberra renters.",
    'Mayor Lena Ortiz defended the new bin rules. "It is a fair system," Ortiz said. At a packed meeting, residents asked '
    'the mayor some pointed questions.',
])
def test_an_explainers_own_answers_are_no_ones_quotes(opening):
    assert [slug for _, slug in speakers(opening + _EXPLAINER)][1:] == []


def test_an_explainer_opening_on_what_are_we_talking_about_is_no_interview():
    body = ('Treasurer Jim Chalmers said the budget was "responsible".' + _Q + "**What are we talking about?**" + _Q
            + "We are talking about a new levy. Our analysis shows most households will pay $300 more." + _Q
            + "**When does it start?**" + _Q + "We expect the changes to apply from 1 July.")
    assert [slug for _, slug in speakers(body)] == ["jim-chalmers"]


@pytest.mark.parametrize("how", ["We asked five commuters three questions at Central station on Monday.",
                                 "We chatted with commuters at Central station on Monday."])
def test_a_vox_pops_answers_are_not_the_ministers(how):
    body = ('Transport Minister Sam Patel said the new timetable would "bed in" within weeks.' + _Q + how + _Q
            + "What do you think of the new timetable?" + _Q + '"It\'s a disaster. I have been late three times this week."'
            + _Q + "Will you keep taking the train?" + _Q + '"I have no choice. I can\'t afford to park in the city."')
    assert [slug for _, slug in speakers(body)] == ["sam-patel", None, None]


def test_questions_for_someone_in_a_sentence_name_no_interviewee():
    body = ('Auditor-General Priya Nair found $4m in unexplained payments. "The records simply do not exist," Nair said.'
            + _Q + "The findings raise awkward questions for Mayor Lena Ortiz. In an interview, Nair explained how her team "
            "found the gaps." + _Q + "**How did you find the payments?**" + _Q + "My team noticed invoices with no purchase "
            "orders." + _Q + "**What happens now?**" + _Q + "I have referred it to the police.")
    assert "lena-ortiz" not in {slug for _, slug in speakers(body)}


def test_a_wife_who_did_not_want_to_be_named_takes_no_he():
    body = ("Farmer John Keane lost 200 sheep in the flood. His wife, who didn't want to be named, stood beside him. "
            "\"We have nothing left,\" he said.")
    assert speakers(body) == [("We have nothing left", "john-keane")]


@pytest.mark.parametrize("body, slug", [
    ('GMT Properties said the tower was "fully let" before completion.', "gmt-properties"),
    ('UTC Aerospace Systems said the part was "fully compliant" with safety rules.', "utc-aerospace-systems"),
])
def test_a_companys_name_that_opens_on_a_time_zones_letters_keeps_them(body, slug):
    assert [found for _, found in speakers(body)] == [slug]


@pytest.mark.parametrize("body, slug", [
    ("Fleetwood Mac played Wembley on Saturday. Stevie Nicks wore a black shawl.\n\n"
     "\"I never thought we would be back here,\" she told the crowd.", "stevie-nicks"),
    ("Gerry Hughes has run the library for 30 years. On Friday she retired.\n\n"
     "\"I will miss the children most,\" she said.", "gerry-hughes"),
    ("Shoppers were angry. \"It is daylight robbery,\" said Kerstin Class, 54.", "kerstin-class"),
])
def test_shared_given_names_and_the_surname_class(body, slug):
    assert [found for _, found in speakers(body)] == [slug]


_LINES = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


@pytest.mark.parametrize("line", [
    "Troop 412 sold more than 3,000 boxes of cookies this spring under its slogan “Every Box Builds a Leader”.",
    "The regulator found that the app's “Continue to the home page” button led users to hand over personal data "
    "without realising it.",
    "Selon la CNIL, le bouton « Accepter et fermer la fenêtre » pousse les internautes à céder leurs données "
    "personnelles sans le savoir.",
])
def test_a_story_line_about_cookies_or_data_that_quotes_a_long_label_stays(line):
    found = copied(["Scouts break cookie sales record", "By Ana Ruiz", "12 March 2025", ENGLISH_LEAD, line,
                    ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, line, ENGLISH_NEXT, ENGLISH_THIRD]


@pytest.mark.parametrize("heading", ["On air-conditioning", "On air – and off it"])
def test_a_subheading_on_air_stays(heading):
    found = copied(["Radio host bows out after 40 years", "By Ana Ruiz", "12 March 2025", ENGLISH_LEAD, heading,
                    ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, "## " + heading, ENGLISH_NEXT, ENGLISH_THIRD]


@pytest.mark.parametrize("element, line", [("<p>Now playing: Hamlet, at the Globe until May.</p>",
                                            "Now playing: Hamlet, at the Globe until May."),
                                           ("<h2>Heard on Main Street</h2>", "## Heard on Main Street")])
def test_a_round_ups_now_playing_and_a_heard_on_subheading_stay(element, line):
    found = extract((f"<html><body><article><h1>What to see this spring</h1><p>{ENGLISH_LEAD}</p>{element}"
                     f"<p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p></article></body></html>").encode(), "page.html")
    assert body_lines(found.blocks) == [ENGLISH_LEAD, line, ENGLISH_NEXT, ENGLISH_THIRD]


_ES = ["El Ayuntamiento ha aprobado este martes la creación de una zona de aparcamiento reservada para los vecinos del "
       "casco antiguo, que entrará en vigor el próximo mes de enero.",
       "Los residentes empadronados podrán solicitar el distintivo desde este lunes en la sede electrónica municipal o "
       "en la Oficina de Atención Ciudadana, y será gratuito durante el primer año."]


def test_a_story_sentence_closed_by_a_clock_in_hours_is_no_date_line():
    last = "Pleno extraordinario: jueves 13 de noviembre de 2025 a las 10:00 h."
    found = copied(["El Ayuntamiento aprueba la zona azul", "Por Lucía Barrachina", "05/11/2025", *_ES, last])
    assert found.date == "2025-11-05"
    assert body_lines(found.blocks) == [*_ES, last]


@pytest.mark.parametrize("body, slug", [
    ("Goldman Sachs cut its oil forecast.\n\n\"We see downside risks,\" Goldman said. Chief economist Jan Hatzius said he "
     "expected two cuts.", "goldman"),
    ("Sarah Jones founded the food bank in 2004.\n\nA mother of three, who gave her name only as Sarah, said she skipped "
     "meals. \"I feed the kids first,\" Sarah said.", "sarah"),  # (stop 68: the mother, by the name she gave — not the founder)
    ("Bank of England Governor Andrew Bailey warned on Thursday that inflation would rise.\n\n"
     "The Bank of England governor said: \"We will do what is needed.\"", "andrew-bailey"),
    ("Speaker Lindsay Hoyle rebuked the minister.\n\nThe House of Commons speaker said: \"This House must be told first.\"",
     "lindsay-hoyle"),
])
def test_a_given_name_or_a_role_of_a_body_keeps_its_speaker(body, slug):  # (the second review's guards)
    assert speakers(body)[-1][1] == slug


def test_a_firm_opening_on_a_surname_of_the_article_is_no_person():
    from analysis_helpers import analyse
    body = "Ryan Thomas lost his job when Thomas Cook collapsed in 2019.\n\n\"We had no warning,\" Thomas said."
    assert "thomas-cook" not in {p.slug for p in analyse(body).people if p.kind == "person"}


@pytest.mark.parametrize("body", [
    '"I have no regrets," the former German Chancellor said.',
    'Rick Perry toured the plant. "Energy is our future," the former Texas Governor said.',
    '"We have no comment," a senior Kremlin Spokesman said.',
    "Wayne State said in a statement that classes would resume on Monday.",
    "Madison Mayor said the city would appeal.",
])
def test_a_title_after_a_place_or_a_given_name_that_names_a_body_is_no_person(body):  # (the third review's guards)
    from analysis_helpers import analyse
    assert [p.slug for p in analyse(body).people if p.kind == "person"] == []


_ARREST = "John Smith, 45, was arrested. Jane Doe, the prosecutor, spoke.\n\n"


@pytest.mark.parametrize("body, slug", [
    ("Lavrov said Putin's claim that Nato was expanding was \"correct\".", "sergei-lavrov"),
    ("Putin's claim that Nato started the war, Lavrov said, was \"a lie\".", "sergei-lavrov"),
    (_ARREST + "Doe told the court Smith's explanation that he had forgotten was \"not credible\".", "jane-doe"),
    (_ARREST + "Dr Anna Patel said Smith's denial that he was ill was \"a classic symptom\".", "anna-patel"),
    (_ARREST + "Smith's admission that night to hospital was \"unavoidable\", Doe said.", "jane-doe"),
])
def test_a_verdict_on_someones_claim_is_the_one_who_gives_it(body, slug):  # (the fourth review's guards)
    assert speakers(body)[-1][1] == slug
