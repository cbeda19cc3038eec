"""Regressions a review of stop 42's attribution rules found (each probed against the rules as first written and the
code before them), mended; each test fails on the rules as first written."""
from __future__ import annotations

from analysis_helpers import analyse, speakers


def test_it_after_a_sentence_that_only_names_another_body_is_the_body_that_spoke():
    body = ('Google said it would appeal against the fine. The penalty, set by the European Commission, is the largest '
            'of its kind. It called the decision "wrong on the facts".')
    assert speakers(body) == [("wrong on the facts", "google")]


def test_co_is_a_surname_outside_an_irish_county():
    body = 'Ana Co, a nurse at St Luke\'s, said the ward was "overwhelmed". "We cannot cope," Co said.'
    assert speakers(body) == [("overwhelmed", "ana-co"), ("We cannot cope", "ana-co")]
    body = 'One, from a listener in Co Mayo, said: "We always sent peacekeepers."'
    assert speakers(body) == [("We always sent peacekeepers.", None)]


def test_a_referee_cautioning_a_player_is_no_speech():
    body = ('Referee Anthony Taylor cautioned Declan Rice for a "reckless" challenge in the 30th minute. "It was a fair '
            'call," Rice said.')
    assert speakers(body) == [("It was a fair call", "declan-rice")]


def test_a_statement_read_from_someone_else_or_for_the_family_is_not_the_readers():
    for reader in ("Prosecutor Jane Hill read a statement from the victim's mother, Carol Dunne.",
                   "Senator Maria Lopez read a statement from Boeing into the record.",
                   "Detective Sergeant Tom Byrne read a statement on behalf of the victim's family."):
        body = f'The hearing lasted two hours.\n\n{reader}\n\n"Not a day goes by when I do not think of him."'
        assert [s for _, s in speakers(body)] in ([None], ["carol-dunne"], ["boeing"]), reader
        assert speakers(body)[0][1] not in ("jane-hill", "maria-lopez", "tom-byrne")


def test_a_crowds_words_in_title_case_after_shouts_of_stay_quoted():
    body = 'The minister was greeted with shouts of "Shame On You" as he arrived in Tralee.'
    assert [text for text, _ in speakers(body)] == ["Shame On You"]


def test_to_which_opening_a_relative_clause_leaves_a_split_quote_whole():
    body = '"This budget," Reeves told the Commons, to which MPs had returned a day early, "is about growth and nothing else."'
    assert {speaker for _, speaker in speakers(body)} == {"reeves"}


def test_principal_is_a_surname_too():
    body = 'Victoria Principal, the actress, said the role had been "a gift". "I loved every day," Principal said.'
    assert speakers(body) == [("a gift", "victoria-principal"), ("I loved every day", "victoria-principal")]


def test_two_bodies_joined_by_and_are_no_one_persons_roles():
    body = 'Both Vantor Energy and Grid North said in a statement that the decision was "final and fair".'
    assert speakers(body) == [("final and fair", None)]
    assert "grid-north" not in {p.slug for p in analyse(body).people if p.kind == "person"}


def test_a_party_member_set_off_after_a_name_is_no_one_named():
    # (From sealed batch 82: its one wrong speaker, on main as on the stop's rules.)
    body = ('State Sen. Erin Kowalski, a Minneapolis Democrat, said she would reintroduce a bill, calling the strike "a '
            'symptom of a broken staffing model."')
    assert speakers(body) == [("a symptom of a broken staffing ", "erin-kowalski")]
