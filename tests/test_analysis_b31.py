"""Rules drawn from blind batch 31's wrong answers (README "Blind batch 31"), on strings of their own: each in a few
shapes, and near shapes that must keep their reading."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, people, speakers
from sitegen.slug import slugify


def test_a_role_noun_does_not_describe_a_person_named_after_another_role():
    # "An EU diplomat told our correspondent, X": the correspondent is named, the diplomat is not.
    body = ('A senior NATO official has spoken to our reporter, Mariam Osei, about the plan. "Nobody in this building '
            'expects a deal before spring," the official said.')
    assert speakers(body) == [("Nobody in this building expects", None)]


@pytest.mark.parametrize("intro", [
    "A spokesperson for the port authority, Clare Dunn, said the berths would reopen.",
    "The spokesperson, Clare Dunn, said the berths would reopen.",
    "A spokesperson at the regional council, Clare Dunn, said the berths would reopen.",
])
def test_a_role_set_off_before_a_name_still_describes_that_person(intro):
    assert speakers(f'{intro} "We expect ships back by Monday," the spokesperson said.') == [
        ("We expect ships back by Monday", "clare-dunn")]


@pytest.mark.parametrize("full, short, slug", [
    ("Tamrin Pharmaceuticals", "Tamrin", "tamrin-pharmaceuticals"),
    ("Norvik Shipping", "Norvik", "norvik-shipping"),
    ("Aster Airlines", "Aster", "aster-airlines"),
])
def test_a_company_called_by_its_first_word_after_its_full_name_with_its_trade(full, short, slug):
    body = (f"The drugs were made by the Pune-based {full} and sold across Europe.\n\n"
            f'{short} said in a filing on Tuesday that it had "paused all shipments" of the product.')
    assert speakers(body) == [("paused all shipments", slug)]


def test_two_companies_of_one_first_word_leave_the_short_name_alone():
    body = ("Tamrin Pharmaceuticals and Tamrin Energy are both owned by one family.\n\n"
            'Tamrin said in a filing on Tuesday that it had "paused all shipments" of the product.')
    assert speakers(body) == [("paused all shipments", "tamrin")]


@pytest.mark.parametrize("name", ["Universidad de Salamanca", "Banco de la Nación", "Instituto di Ricerca Marina",
                                  "Cour des Comptes", "Agricultores en Lucha", "Unió de Pagesos i Ramaders"])
def test_a_body_s_name_keeps_its_romance_particles(name):
    body = f'The {name}, which is a party to the case, said in a statement that it had "acted lawfully at every step".'
    assert speakers(body) == [("acted lawfully at every step", slugify(name))]


def test_a_spanish_name_called_by_its_first_surname_is_the_full_name():
    body = ("The trial of Rodrigo Salgado Pérez, a former mayor, opened on Monday. His nephew, Iván Salgado Ortiz, "
            "is also charged.\n\n"
            '"I took nothing," Rodrigo Salgado told the court.')
    assert speakers(body) == [("I took nothing", "rodrigo-salgado-perez")]
    assert "rodrigo-salgado" not in people(body)


def test_a_name_with_one_surname_is_not_cut_to_its_first_word():
    body = ('Rodrigo Salgado, a former mayor, spoke first. "I took nothing," Rodrigo Salgado said later.')
    assert speakers(body) == [("I took nothing", "rodrigo-salgado")]


@pytest.mark.parametrize("aside", ["at the closing press conference", "in her nightly video address",
                                   "speaking at the summit in Vilnius", "after the vote"])
def test_a_name_set_off_with_where_they_spoke_then_a_colon_gives_the_words(aside):
    body = ("Finance minister Ingrid Solheim opened the meeting.\n\n"
            f'Solheim, {aside}: "This is not the last package."')
    assert speakers(body) == [("This is not the last package.", "ingrid-solheim")]


def test_a_colon_after_an_aside_that_names_someone_else_gives_no_speaker():
    body = ("Ingrid Solheim and Pavel Novak met on Monday.\n\n"
            'Solheim, at the dinner where Novak spoke: "This is not the last package."')
    assert speakers(body) == [("This is not the last package.", None)]


@pytest.mark.parametrize("sentence, phrase", [
    ("The agency will publish its findings by the end of 2028.", "by the end of 2028"),
    ("Prices peaked in the summer of 2021, traders recall.", "in the summer of 2021"),
    ("The council plans to reopen the pool by the start of 2029.", "by the start of 2029"),
])
def test_a_part_of_a_year_dates_by_the_year(sentence, phrase):
    events = analyse(sentence, date="2026-11-20").events
    assert [(e.precision, e.phrase) for e in events] == [("year", phrase)]


@pytest.mark.parametrize("owner", ["Kenya's", "Norway's", "Ajax's", "Ferrari's"])
def test_a_first_name_after_an_owner_s_possessive_is_a_person_a_pronoun_can_point_to(owner):
    body = ("Her coach, Willem de Groot, was less forgiving. De Groot said he would appeal.\n\n"
            f'The runner-up, {owner} Daniel Otieno, took a calmer view. "It was a hard day for everyone," he told reporters.')
    assert speakers(body) == [("It was a hard day for everyone", "daniel-otieno")]


@pytest.mark.parametrize("owner_name", ["Kenya's Rift Valley", "Britain's Victoria Falls"])
def test_a_place_after_an_owner_s_possessive_is_no_person(owner_name):
    assert "rift-valley" not in people(f"Rain fell across {owner_name} on Monday, and he said it was welcome.")
    assert "victoria-falls" not in people(f"Rain fell across {owner_name} on Monday, and he said it was welcome.")


def test_a_first_surname_said_before_another_person_of_that_name_is_met_is_the_one_met():
    body = ("Lucía Ferrer Soler, who chairs the cooperative, said the vote was close.\n\n"
            '"We are stronger together," Ferrer told reporters after the count.\n\n'
            'Jordi Ferrer, a grower and no relation, was not convinced. "Big is not always better," he said.\n\n'
            'Later, Ferrer said the deal "would hold for a decade at least".')
    got = speakers(body)
    assert got[0] == ("We are stronger together", "lucia-ferrer-soler")
    assert got[1] == ("Big is not always better", "jordi-ferrer")
    assert all(slug != "jordi-ferrer" for text, slug in got[2:])  # once both are met, a bare "Ferrer" is neither


@pytest.mark.parametrize("title", ["Senior Judge", "Senior Prosecutor", "Acting Chief Inspector"])
def test_a_speaker_named_after_said_with_titles_before_the_name(title):
    assert speakers(f'"The paperwork said one thing. The trucks did another," said {title} Ines Varga, '
                    "the court's spokeswoman.") == [("The paperwork said one thing. T", "ines-varga")]


def test_a_quote_alone_then_its_speaker_made_the_remark():
    body = ('"The port was never the problem. The paperwork was." Deputy Commissioner Ines Varga, who ran the review, made '
            "the remark at a briefing on Tuesday.")
    assert speakers(body) == [("The port was never the problem.", "ines-varga")]


def test_a_person_set_to_speak_before_a_colon_has_the_words_after_it():
    body = ('Ines Varga and Tom Reed met in the chamber. Varga said the money would come "in the spring", prompting '
            'Mr Reed to rise again: "Spring is too late for the farms."')
    assert speakers(body)[-1] == ("Spring is too late for the farm", "tom-reed")


def test_whom_the_verb_tells_before_a_colon_does_not_take_the_words():
    body = 'Sentencing him, Judge Ines Varga told Tom Reed: "You chose the phone over the road."'
    assert speakers(body) == [("You chose the phone over the ro", "ines-varga")]


def test_a_sister_company_named_with_a_trade_after_the_short_name_is_not_the_speaker():
    body = ('Varto said it would invest. "We are investing for the long run," Varto said in a statement.\n\n'
            "Its listed unit Varto Power gained 4% on the news.")
    assert speakers(body) == [("We are investing for the long r", "varto")]
