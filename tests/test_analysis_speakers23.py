"""Speakers: the rules blind batch 23's first run asked for, on strings of their own."""
from __future__ import annotations

import pytest

from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.orgs import fits_family
from sitegen.analysis.people import load_gazetteer
from sitegen.model import Article

PEOPLE = load_gazetteer([{"name": "Vladimir Putin"}], "people.yaml")


def speakers(body: str) -> list[tuple[str, str | None]]:
    found = analyse_article(Article(slug="a", title="A story", body=body, paragraphs=markdown.paragraphs(body)), (), PEOPLE)
    return [(q.text[:31], q.speaker) for q in found.quotes]


def test_a_place_in_the_relative_clause_after_a_name_is_not_who_spoke():
    found = speakers("Maria Lopez, who grew up on a farm outside Upper Denby, told the inquiry: "
                     "\"Nobody asked us before the quarry opened.\"")
    assert found == [("Nobody asked us before the quar", "maria-lopez")]


@pytest.mark.parametrize("name, slug", [("Voltaro", "voltaro"), ("EL.KO First", "el-ko-first")])
def test_the_company_is_the_one_just_named_not_a_regulator_the_article_named_before(name, slug):
    found = speakers("Bills will rise by 6% in April, the energy regulator Wattwise said in a statement. \"Nobody will pay "
                     "more than they must,\" it said.\n\n"
                     f"{name}, one of the largest suppliers, said it would freeze charges for pensioners. "
                     "\"We know how hard this winter will be,\" the company said.")
    assert found == [("Nobody will pay more than they ", "wattwise"), ("We know how hard this winter wi", slug)]


def test_a_few_plain_words_before_a_name_say_what_kind_of_body_it_is():
    article = "Bills will rise, the energy regulator Wattwise said."
    assert not fits_family("company", "Wattwise", article)
    assert fits_family("regulator", "Wattwise", article)


@pytest.mark.parametrize("body, speaker", [
    ("Cyclist Ana Berg, 29, who rides the route daily, said the new lane was \"a death trap for anyone on two "
     "wheels\".", "ana-berg"),
    ("Auctioneer Piet de Wolf said the sale had gone \"far better than anyone in the room expected\".", "piet-de-wolf"),
])
def test_a_role_word_opening_the_sentence_is_not_part_of_the_name(body, speaker):
    assert [s for _, s in speakers(body)] == [speaker]


def test_a_party_described_before_its_name_is_named_without_the_description():
    found = speakers("The nationalist Fidesz party said in a statement that the vote had been \"a clear mandate for "
                     "stability\".")
    assert found == [("a clear mandate for stability", "fidesz")]


def test_a_role_with_its_owner_in_lowercase_set_off_before_a_name_makes_it_a_persons():
    found = speakers("Across the valley, views were divided. The school's head teacher, Øystein Brekke, put it simply: "
                     "\"We will manage, as we always have.\"")
    assert found == [("We will manage, as we always ha", "oystein-brekke")]


def test_a_clause_after_while_has_a_speaker_of_its_own():
    found = speakers("Analyst Tom Reid said he expected rates to fall by spring, \"if inflation behaves\", while Nadia "
                     "Osei of the Hartfield Institute think tank warned that \"the risks are still to the upside\".")
    assert found == [("if inflation behaves", "tom-reid"), ("the risks are still to the upsi", "nadia-osei")]


def test_quotes_either_side_of_a_while_clause_are_two_speakers_words():
    found = speakers("Priya Kaur, an economist, thinks the worst is over. Tom Brennan, a trader, is less sure.\n\n\"Costs are falling fast, and they will keep falling,\" Kaur "
                     "says, while Brennan sees it otherwise: \"Nothing about this market is settled yet.\"")
    assert found == [("Costs are falling fast, and the", "priya-kaur"), ("Nothing about this market is se", "tom-brennan")]



def test_a_name_opening_a_sentence_in_a_letter_is_an_organization_that_wrote_it():
    found = speakers("In its letter to us, UK Rowing said the grant reflected \"attendance figures in 2025\".")
    assert found == [("attendance figures in 2025", "uk-rowing")]


def test_a_first_name_opening_an_intro_the_next_sentence_calls_she_is_the_one_interviewed():
    found = speakers("Maria Olsen became head of the rowing federation in May, a week after a review of the sport was "
                     "published. She spoke to our correspondent, Peter Lund, about money and trust.\n\n"
                     "\"Nobody joins a federation to keep things as they are,\" she says.")
    assert found == [("Nobody joins a federation to ke", "maria-olsen")]


@pytest.mark.parametrize("party, slug", [("the Greens", "greens"), ("the Social Democrats", "social-democrats"),
                                         ("Labour", "labour")])
def test_the_party_is_the_one_party_named_just_before(party, slug):
    found = speakers(f"Speaking for {party}, its housing spokesperson Ana Ruiz urged ministers to act \"this winter, not "
                     "next year\". The party later said in a statement that the plan came \"far too late\".")
    assert found[-1] == ("far too late", slug)


def test_the_party_is_no_one_when_two_parties_were_named():
    found = speakers("The Conservatives and the Liberal Democrats both criticised the plan. The party said in a "
                     "statement that it was \"far too late\".")
    assert found[-1] == ("far too late", None)


def test_words_right_after_a_short_sentence_on_how_he_stands_are_his():
    found = speakers("Among the sceptics is Professor Jonas Berg of Lund University. \"It is a lovely story,\" Berg says."
                     "\n\nHe is not hostile to the project, though. \"If they find it, I will be the first to cheer.\"")
    assert found == [("It is a lovely story", "jonas-berg"), ("If they find it, I will be the ", "jonas-berg")]


def test_in_a_qa_interview_an_answers_own_quote_after_i_said_is_the_interviewees():
    body = ("Maria Olsen became head of the rowing federation in May. She spoke to our correspondent about money.\n\n"
            "\"Nobody joins a federation to keep things as they are,\" she says.\n\n"
            "**Clubs say they were not consulted. Were they?**\n\n"
            "Some were not, and I regret it. What I told the clubs in June still stands: \"Every club will have a vote "
            "before anything changes.\"")
    assert speakers(body)[-1] == ("Every club will have a vote bef", "maria-olsen")


def test_outside_a_qa_interview_i_said_gives_no_one_the_quote():
    body = ("Maria Olsen became head of the rowing federation in May. She spoke to our correspondent about money.\n\n"
            "\"Nobody joins a federation to keep things as they are,\" she says.\n\n"
            "Clubs say they were not consulted. I told the clubs in June what I had heard: \"Every club will have a "
            "vote before anything changes.\"")
    assert speakers(body)[-1] == ("Every club will have a vote bef", None)


def test_a_while_clause_that_reports_no_words_is_an_aside_of_the_speakers_sentence():
    found = speakers("Ann Lee said, while she was visiting the site, that the plan was \"simply not good enough for "
                     "the families here\".")
    assert found == [("simply not good enough for the ", "ann-lee")]
