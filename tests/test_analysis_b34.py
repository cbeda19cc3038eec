"""Rules drawn from blind batch 34's wrong answers (README "Blind batch 34"), on strings of their own: each in a few
shapes, and near shapes that must keep their reading."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers


@pytest.mark.parametrize("minister, met", [
    ("Tomas Vass", "When I sat down with the French army's chief of staff in Paris last week, he told me:"),
    ("Tomas Vass", "After I met a senior Polish general in Warsaw, he said:"),
    ("Ingrid Vass", "I asked the head of the port authority about the delays, and she replied:"),
])
def test_a_pronoun_after_a_person_named_only_by_role_in_its_sentence_is_that_unnamed_person(minister, met):
    # (The minister is of the pronoun's gender: only the unnamed person between them tells the reader it is not he.)
    body = (f'Defence Minister {minister} said on Monday that the plan was "ready to go".\n\n'
            f'{met} "Nobody moves a brigade in a week."')
    assert speakers(body) == [("ready to go", minister.lower().replace(" ", "-")), ("Nobody moves a brigade in a wee", None)]


@pytest.mark.parametrize("sentence", [
    # A question about someone, not an answer from them.
    'Asked whether the president would attend, she said: "Nobody moves a brigade in a week."',
    # A compound noun names no one ("member states"), and an owner's role is not the person speaking.
    'Any move by the other member states would be welcome, she said: "Nobody moves a brigade in a week."',
    'On the minister\'s remarks, she said: "Nobody moves a brigade in a week."',
])
def test_a_pronoun_keeps_its_antecedent_when_no_unnamed_person_stands_between(sentence):
    body = ('Defence Minister Ingrid Vass said on Monday that the plan was "ready to go".\n\n' + sentence)
    assert speakers(body) == [("ready to go", "ingrid-vass"), ("Nobody moves a brigade in a wee", "ingrid-vass")]


@pytest.mark.parametrize("sentence, slug", [
    # How or to whom the person spoke, between them and the colon, however long.
    ('Ines Varga, the bloc\'s trade commissioner, was blunt when she addressed the Council of Ministers on Tuesday: '
     '"Every loophole we leave open is paid for by somebody else."', "ines-varga"),
    ('The Finance Minister, Oskar Lind, put it plainly to reporters outside the Riksdag: '
     '"Every loophole we leave open is paid for by somebody else."', "oskar-lind"),
    # A question put first, up to its comma, is not the speaker's verb (a live blog's time before it).
    ('Asked whether the levy would rise again next year, Commissioner Ines Varga was careful: '
     '"Every loophole we leave open is paid for by somebody else."', "ines-varga"),
    ('**09:40** — Asked about the deadline, Commissioner Ines Varga was careful: '
     '"Every loophole we leave open is paid for by somebody else."', "ines-varga"),
])
def test_a_colon_closing_a_sentence_about_how_a_person_spoke_gives_them_the_words(sentence, slug):
    assert speakers(sentence) == [("Every loophole we leave open is", slug)]


@pytest.mark.parametrize("sentence", [
    # Someone else's words brought in before the colon: quoted, read out, recalled, or another person spoken to.
    'Ines Varga, speaking to reporters, read out a line from the treaty: "Every loophole we leave open is paid for."',
    'Ines Varga was blunt when she quoted Commissioner Oskar Lind to reporters: "Every loophole we leave open is paid for."',
])
def test_a_colon_after_someone_elses_words_brought_in_gives_them_to_nobody(sentence):
    assert speakers(sentence) == [("Every loophole we leave open is", None)]


@pytest.mark.parametrize("country", ["Finland's", "Chile's", "Canada's"])
def test_a_countrys_ministry_named_with_a_list_of_remits_keeps_its_country(country):
    body = (f'{country} Ministry of Agriculture, Forestry and Fisheries said in a statement that it was "watching the '
            f'harbour closely".')
    slug = country.lower().replace("'", "") + "-ministry-of-agriculture-forestry-and-fisheries"
    assert speakers(body) == [("watching the harbour closely", slug)]


def test_a_surname_two_people_named_in_full_in_the_same_paragraph_share_is_given_to_neither():
    body = ("Amina Okafor set the record in Lisbon last spring.\n\n"
            "The pacer was Daniel Okafor, a 23-year-old from Lagos who is no relation of Amina Okafor. Speaking on "
            'Thursday, he said he had lost his group. "I was lost out there," Okafor said.')
    assert speakers(body) == [("I was lost out there", None)]


def test_a_surname_shared_with_someone_named_paragraphs_before_is_the_one_just_named():
    body = ("Amina Okafor set the record in Lisbon last spring.\n\n"
            "Her coach spoke on Monday.\n\n"
            'The pacer was Daniel Okafor, a 23-year-old from Lagos. "I was lost out there," Okafor said.')
    assert speakers(body) == [("I was lost out there", "daniel-okafor")]


@pytest.mark.parametrize("role", [
    "chair of Estonia's Defence Investment Centre",
    "head of the Baltic Grid Authority's planning office",
])
def test_a_relative_clause_after_a_role_set_off_after_the_name_leaves_the_person_the_subject(role):
    body = (f"Kadri Tamm, {role}, who led Tallinn's team at the talks, wrote on Facebook that the plan had "
            f'"moved a long way since spring".')
    assert speakers(body) == [("moved a long way since spring", "kadri-tamm")]


@pytest.mark.parametrize("after, slug", [
    ("That was the reply of a ministry spokesman, Tomas Berg, when asked about the figures.", "tomas-berg"),
    ("That was the verdict of the club's head coach, Lena Vogt.", "lena-vogt"),
    # The name opens a clause of its own: who said the words is left untold.
    ("That was the verdict of a panel of judges, Tomas Berg said on Monday.", None),
])
def test_a_quote_then_that_was_the_answer_of_a_role_set_off_before_a_name(after, slug):
    assert speakers(f'"The figures are clear, and they are being checked." {after}') == [
        ("The figures are clear, and they", slug)]


def test_reminded_reports_speech_as_said_does():
    body = ('The chief inspector, Maren Holt, reminded the crews that the ferry would sail "only when the wind drops '
            'below force six", whatever the timetable said.')
    assert speakers(body) == [("only when the wind drops below ", "maren-holt")]


@pytest.mark.parametrize("before", [
    "The plan was criticised by Leyla Demir, an economist at Ankara Business School, who said",
    "The idea came from Piet Jansen, the director of the Rotterdam Port Authority, who said",
])
def test_who_after_a_role_set_off_after_a_name_stands_for_that_person(before):
    body = f'{before} the scheme would "cost far more than anyone has admitted".'
    slug = "leyla-demir" if "Leyla" in before else "piet-jansen"
    assert speakers(body) == [("cost far more than anyone has a", slug)]


def test_a_second_that_clause_is_the_outer_verbs_not_the_verb_inside_the_first():
    body = ("Chile's transport ministry said in a statement that both unions had confirmed their attendance and that the "
            'talks would be held "behind closed doors and without deadlines".')
    assert speakers(body) == [("behind closed doors and without", "chiles-transport-ministry")]


def test_a_verbs_own_second_that_clause_stays_its_own():
    # (No "that" between the question and "said": the chancellor's own clauses.)
    body = ("Chancellor Greta Lind has been cautious. Asked on Tuesday whether soldiers could go, Lind said the parliament "
            'would decide and that it was "far too early" to say.')
    assert speakers(body) == [("far too early", "greta-lind")]


def test_a_whole_noun_phrase_named_by_what_someone_calls_it_is_a_term():
    body = ('The rule was meant to end what shipping brokers had long called "the flag-swap trick". '
            'Port officials said the change was "long overdue".')
    assert speakers(body) == [("long overdue", None)]


def test_a_pronoun_after_meeting_someone_named_by_role_is_still_the_one_who_met_them():
    body = ('Tomas Lind is the foreign minister. He spoke on Monday.\n\n'
            'After meeting the prime minister in Rome, he said "the talks went far better than anyone expected".')
    assert speakers(body) == [("the talks went far better than ", "tomas-lind")]


@pytest.mark.parametrize("after, slug", [
    ("Pavel Novak was sentenced to six years in prison for taking bribes.", None),
    ("Pavel Novak was arrested at his home hours later.", None),
])
def test_a_quote_opening_its_paragraph_is_not_given_to_someone_the_next_sentence_does_something_to(after, slug):
    assert speakers(f'A court in Lyon closed the fraud case on Monday.\n\n"Nobody is above the law, whatever office they held." {after}') == [
        ("Nobody is above the law, whatev", slug)]


def test_a_general_of_an_army_is_a_person_a_consulate_general_a_body():
    from sitegen.analysis.orgs import org_phrase
    assert org_phrase("the army general") is None
    assert org_phrase("the Polish consulate general") == ("Polish consulate general", "organization")


def test_as_at_a_sentences_start_gives_the_words_to_the_one_named():
    body = 'Greta Lind runs the bank. The bank cut rates again. As Ms Lind put it, "the cheap money era is over".'
    assert speakers(body) == [("the cheap money era is over", "greta-lind")]


def test_a_pronoun_after_a_subject_someone_else_reports_goes_to_neither():
    body = ("Envoy Marta Novak chaired the round.\n\n"
            "Novak said a third round could follow in May, and that Foreign Minister Piotr Wrona would fly to Kyiv on "
            'Monday to prepare it. Asked about a truce, he said only that "every deal starts with a smaller one".')
    assert speakers(body) == [("every deal starts with a smalle", None)]
