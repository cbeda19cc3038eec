"""Attribution rules of stop 26, drawn from misses of blind batches 50 and 51, each tested on strings of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, speakers


@pytest.mark.parametrize("role", ["the regulator's head of enforcement", "Ofcom's director of standards",
                                  "the city's commissioner for housing", "the leader of the opposition group"])
def test_a_role_of_something_set_off_before_the_name_after_the_quote(role):
    # "said X's director of enforcement, Name": the role noun is not the last word before the comma.
    body = f'"The fines have not changed behaviour," said {role}, Maren Tollefsen.'
    assert speakers(body) == [("The fines have not changed beha", "maren-tollefsen")]


def test_a_role_of_a_thing_is_still_no_person_when_nothing_names_a_role():
    body = '"The fines have not changed behaviour," said the report of the committee, Fines and Firms.'
    assert speakers(body) == [("The fines have not changed beha", None)]


def test_someone_unnamed_by_what_they_do_in_the_present_tense_is_who_she_means():
    body = ('Ines Marlow runs the otter trust. "Otters do not read maps," she says.\n\n'
            'A cyclist stops on the towpath as we pass. "I saw two of them this morning," she says, grinning. '
            '"Cheeky as anything."')
    assert speakers(body) == [("Otters do not read maps", "ines-marlow"), ("I saw two of them this morning", None),
                              ("Cheeky as anything.", None)]


def test_the_one_named_just_before_in_a_present_tense_sentence_is_who_the_quote_after_it_is():
    body = ('Ruaridh Mackay grew up above his father\'s shop in Thurso.\n\n'
            'Told of the complaint, Mackay shrugs. "Nobody here is unhappy. They are just not putting on a show."')
    assert speakers(body) == [("Nobody here is unhappy. They ar", "ruaridh-mackay")]


@pytest.mark.parametrize("issuer, slug", [("Kelso Rovers", "kelso-rovers"), ("Moscow", None)])
def test_a_statement_from_a_name_no_list_knows_is_its_issuers_unless_a_place(issuer, slug):
    body = f'A statement from {issuer} said the club would be seeking "clarification" over the decision.'
    assert speakers(body) == [("clarification", slug)]


@pytest.mark.parametrize("owner, slug", [("Transport Scotland", "transport-scotland"), ("U.S.", None),
                                         ("Swiss", None)])
def test_a_spokesperson_of_a_body_named_with_its_countrys_name(owner, slug):
    body = f'"Ministers are in daily contact with the operator," a {owner} spokesperson said.'
    assert speakers(body) == [("Ministers are in daily contact ", slug)]


def test_the_company_is_the_body_a_sentence_just_before_opens_on_not_the_storys_first_subject():
    body = ('Shopkeepers on Colonsay say they are losing money every week.\n\n'
            'Western Isles Ferries, which runs the crossing, has chartered a smaller boat. "We are sorry for the '
            'disruption," the company said in a statement.')
    assert speakers(body) == [("We are sorry for the disruption", "western-isles-ferries")]


def test_a_trade_in_elier_capitalized_before_a_name_is_no_part_of_it():
    body = ('Hotelier Morag Sinclair, who runs a small hotel in Tobermory, said bookings had "fallen away".\n\n'
            '"We have had twenty cancellations," she said.')
    assert speakers(body) == [("fallen away", "morag-sinclair"), ("We have had twenty cancellation", "morag-sinclair")]


def test_members_of_a_council_open_no_bodys_name():
    body = ('Members of Dunmore District Council\'s cabinet voted five to two for the scheme.\n\n'
            '"We have listened to traders," a council spokesperson said.')
    assert speakers(body) == [("We have listened to traders", "dunmore-district-council")]


def test_she_after_the_one_person_named_though_not_as_a_subject():
    body = ('The vagueness is deliberate, according to Jolanta Wierzbicka, a former deputy minister who is now a '
            'senior fellow at a think tank. "The vaguer the promise, the easier it is to sign," she said.')
    assert speakers(body) == [("The vaguer the promise, the eas", "jolanta-wierzbicka")]


def test_a_day_someone_prepares_for_lies_ahead():
    body = ("The measures come as delegations prepare for another round of talks in Vienna on Wednesday.")
    events = analyse(body, date="2026-03-24").events
    assert any(e.date == "2026-03-25" and "prepare for another round" in e.text for e in events)


def test_a_participle_of_speech_after_a_comma_gives_the_quote_to_the_sentences_subject():
    body = 'Rovers manager Dean Pryce was furious about the penalty, claiming Okoro "went down far too easily".'
    assert speakers(body) == [("went down far too easily", "dean-pryce")]


def test_a_while_clause_with_a_subject_of_its_own_is_not_the_first_clauses_speakers():
    # "…, while the Western Quarterly described …": the clause's own subject, not the critic named before it.
    body = ('Maeve Doyle called it "a quiet, ferocious book", while the Western Quarterly described its last chapter '
            'as "almost unbearably tender".')
    assert speakers(body) == [("a quiet, ferocious book", "maeve-doyle"),
                              ("almost unbearably tender", "western-quarterly")]
    # (Another paper's name: the paper's words, still not the critic's — a Review is a publication, since stop 33.)
    assert speakers(body.replace("Western Quarterly", "Eastern Review"))[1] == ("almost unbearably tender", "eastern-review")


def test_he_after_a_woman_asks_is_the_one_man_named_before_her():
    body = ('Speaking on the programme, Mr Barlow was pressed on the strike. "Can you promise this is the last one?" '
            'presenter Fiona Hale asked. "No, and I will not pretend to," he replied.')
    assert speakers(body) == [("Can you promise this is the las", "fiona-hale"), ("No, and I will not pretend to", "barlow")]


def test_a_though_clause_with_an_unnamed_subject_gives_its_quote_to_no_one_named_before():
    body = ('Critics have been kind. Ruth Kemble called it "a quiet triumph", though one reviewer found the middle '
            'section "becalmed".')
    assert ("becalmed", "ruth-kemble") not in speakers(body)
