"""Rules from reading blind batches 31–33's wrong answers as a reader would (README "Read as a reader reads (stop 20)"),
on strings of their own: each in a few shapes and languages, and near shapes that must stay null."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers

OPENING = "The harbour board met on Tuesday to vote on the new fees.\n\n"


# A quote alone at a paragraph's start, then a sentence whose subject the article meets there for the first time:
# the writer gave the words, then who said them.
@pytest.mark.parametrize("after, slug", [
    ("The club's technical director, Ingrid Solberg, could hardly have been blunter when she met reporters.",
     "ingrid-solberg"),
    ("Kemal Aydın's lawyer, Lucía Paredes, was speaking outside the courthouse, where she added that he would appeal.",
     "lucia-paredes"),
    ("Takeshi Moriyama, a fisherman who has worked these waters since 1988 and who signed the 4,000-name petition, "
     "said the fees would end his season.", "takeshi-moriyama"),
    ("The line, which drew cheers from the public gallery, came from Ngozi Adeyemi, a councillor from the port ward.",
     "ngozi-adeyemi"),
    ("The verdict came from Rhodri Pryce, the board's longest-serving member, who voted against.", "rhodri-pryce"),
    ("That is how Maria Lindqvist-Berg, a former U.S. Commerce official who helped draft the rules for Korea in 2015, "
     "put it in an interview.", "maria-lindqvist-berg"),
    ("That is how Sébastien Morel, a port economist at a Marseille consultancy and the author of \"Dead Calm\", sums "
     "up the decade.", "sebastien-morel"),
])
def test_a_quote_alone_opening_a_paragraph_is_the_next_sentence_s_newly_named_subject(after, slug):
    body = OPENING + f'"We were never asked, not once." {after}'
    assert speakers(body) == [("We were never asked, not once.", slug)]


@pytest.mark.parametrize("after", [
    # Spoken of in the words, not speaking: the father of "my father".
    "Aiko Tanaka's father, Hiroshi Tanaka, 79, died at the city hospital on Friday.",
    # Answering the words, so not their speaker.
    "Ingrid Solberg, the board's chair, replied that the fees had been frozen for a decade.",
    "Ingrid Solberg, the board's chair, was unconvinced.",
])
def test_a_newly_named_subject_who_is_spoken_of_or_answers_stays_null(after):
    body = OPENING + f'"My father walked that quay every morning." {after}'
    assert speakers(body) == [("My father walked that quay ever", None)]


def test_a_subject_met_before_is_not_taken_for_the_words_by_this_rule():
    # Known from before and doing something wordless: the reader has no reason to hear them (stop 17's reading).
    body = (OPENING + "Ingrid Solberg chaired the meeting.\n\n"
            '"We were never asked, not once." Ingrid Solberg looked at the clock.')
    assert speakers(body) == [("We were never asked, not once.", None)]


# An organization as the article names it: its head noun may be "mission", "consulate" (general) or "airport"; a
# mission keeps whom it is sent to, a body told by lowercase words keeps the town it sits in.
@pytest.mark.parametrize("subject, slug", [
    ("Norway's mission to the UN", "norways-mission-to-the-un"),
    ("Chile's mission to the WTO", "chiles-mission-to-the-wto"),
    ("The Chinese consulate general in Perth", "chinese-consulate-general-in-perth"),
    ("The Turkish consulate in Hamburg", "turkish-consulate-in-hamburg"),
    ("The tax investigation office in Lyon", "tax-investigation-office-in-lyon"),
    ("Vilnius airport", "vilnius-airport"),
])
def test_an_organization_named_with_its_tail_speaks(subject, slug):
    body = f'{subject} said in a statement that the decision was "a step nobody had asked for".'
    assert speakers(body) == [("a step nobody had asked for", slug)]


@pytest.mark.parametrize("subject", [
    "The mission to Mars",  # no body: a space mission is sent to a planet
    "The court in Lyon",  # one word and a town: which court the article means is not told by it
])
def test_near_shapes_of_a_body_with_a_tail_stay_null(subject):
    body = f'{subject} said in a statement that the decision was "a step nobody had asked for".'
    assert speakers(body) == [("a step nobody had asked for", None)]


def test_bare_continue_in_a_reported_clause_is_no_speech_verb():
    # "would continue" says what flights will do; the airport said the words.
    body = ('Gdańsk airport said in a statement that passenger flights would continue "without any restrictions" '
            'during the works.')
    assert speakers(body) == [("without any restrictions", "gdansk-airport")]


def test_a_speaker_who_continues_still_speaks():
    body = '"We will rebuild the pier," Ewa Nowak said. "Nobody will stop us," she continued.'
    assert [s for _, s in speakers(body)] == ["ewa-nowak", "ewa-nowak"]


# Two people of one surname, one written family name first: "Mr"/"Ms" picks by gender between them.
TWO_PARKS = ('"The quota was built for another era," said Park Min-ji, a fisheries analyst in Busan. Ms Park said most '
             'boats now ignore it.\n\n'
             'Daniel Park, a former ministry official, is less gloomy. The quota, Mr Park argues, has forced fleets to '
             'adapt. "It was never going to be a fence," he said.')


def test_mr_and_ms_tell_apart_a_family_name_written_first_from_a_surname():
    assert [s for _, s in speakers(TWO_PARKS)] == ["park-min-ji", "daniel-park"]


def test_as_someone_put_it_gives_the_words_to_them():
    body = TWO_PARKS + '\n\nWhether that works is, as Ms Park put it, "the only question skippers are asking".'
    assert speakers(body)[-1] == ("the only question skippers are ", "park-min-ji")


@pytest.mark.parametrize("aside, slug", [
    ("as Tomasz Wrona wrote in his column,", "tomasz-wrona"),
    ("as she said,", "ewa-nowak"),
])
def test_an_as_aside_before_the_words(aside, slug):
    body = ('Tomasz Wrona is a columnist. Ewa Nowak runs the port.\n\n'
            f'Ewa Nowak spoke last. The plan is, {aside} "a harbour without boats".')
    assert speakers(body)[-1] == ("a harbour without boats", slug)


def test_an_as_clause_of_comparison_names_no_speaker():
    # "as Tomasz Wrona did" is no saying: the words stay null.
    body = 'Ewa Nowak voted against, as Tomasz Wrona did, calling it "a harbour without boats".'
    assert speakers(body) != [("a harbour without boats", "tomasz-wrona")]


# A document's words are its author's, as the article names them.
@pytest.mark.parametrize("body, slug", [
    ("The depot is meant to serve the fleet, according to planning papers and documents prepared by the Dutch "
     "infrastructure ministry. The documents describe the quay as \"a node of national importance\".",
     "dutch-infrastructure-ministry"),
    ("The ban rests on an assessment by the Finnish Security Intelligence Service.\n\n"
     "That assessment, published in March, said the ships had \"mapped cables off the coast\".",
     "finnish-security-intelligence-service"),
    ("The Nordhavn Port Authority's own internal review, seen by this newspaper, acknowledges that the checks have "
     "\"moved rather than stopped\" the traffic.", "nordhavn-port-authority"),
    ("The deficit is $3m, according to a memo from the finance director, Ana Ruiz. The memo warned that reserves "
     "would run out \"within a year\" if nothing changed.", "ana-ruiz"),
    ("Tanaka read from a letter sent to MPs by Kenji Mori, the ambassador. \"Fishing revenues pay for every patrol "
     "boat they build,\" the letter said.", "kenji-mori"),
])
def test_a_document_speaks_for_its_author(body, slug):
    assert [s for _, s in speakers(body)] == [slug]


def test_a_document_nobody_is_said_to_have_written_stays_null():
    body = 'Officials studied the plan for a year. The documents describe the quay as "a node of national importance".'
    assert [s for _, s in speakers(body)] == [None]


# Events: the day something was said is an event beside the one it tells of (the labels of batches 25–33).
def _events(body: str, date: str) -> list[tuple[str, str]]:
    from analysis_helpers import article
    from sitegen.analysis.timeline import find_events
    return [(e.date, e.precision) for e in find_events(article(body, date))]


def test_the_day_of_a_statement_is_an_event_beside_the_step_it_announces():
    # Thursday 19 November 2026.
    assert _events("Both delegations will meet in Doha next Tuesday, officials from both sides said on Wednesday.",
                   "2026-11-19") == [("2026-11-24", "day"), ("2026-11-18", "day")]
    assert _events("The Danish government said on Monday that it will decide by the end of March whether to act.",
                   "2026-11-19") == [("2026-11-16", "day"), ("2027-03", "month")]


def test_a_wire_dateline_without_an_agency_is_the_filing_date_not_the_event():
    assert _events("VIENNA, Oct 6 — Negotiators will meet in Vienna on Thursday for a new round of talks.",
                   "2026-10-06") == [("2026-10-08", "day")]


def test_a_saying_without_a_day_of_its_own_adds_no_second_event():
    assert _events("The operator said the ferry sailed on Tuesday and would return next month.", "2026-11-19") == [
        ("2026-11-17", "day"), ("2026-12", "month")]
