"""Attribution rules of stop 25, drawn from misses of blind batches 47 and 48, each tested on strings of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse, people, speakers


@pytest.mark.parametrize("first", ["Pauline", "Irene", "Sheila"])
def test_she_after_a_woman_the_paper_calls_chairman(first):
    # British papers write "chairman" of women too: her first name says "she" is her.
    body = (f'Club chairman {first} Hearn said the team would parade the trophy on Monday.\n\n'
            f'"This town has taken a lot of knocks," she said.')
    assert speakers(body) == [("This town has taken a lot of kn", f"{first.lower()}-hearn")]


@pytest.mark.parametrize("role", ["co-author", "co-founder", "vice-chair"])
def test_a_hyphenated_role_before_the_name_after_the_quote(role):
    body = f'"Bees can cope with a bad year," said {role} Rachel Tan of the institute.'
    assert speakers(body) == [("Bees can cope with a bad year", "rachel-tan")]


def test_a_word_opening_a_slogan_makes_no_surname_of_a_firms_last_word():
    body = ('Three judges dismissed an appeal by Northbank Homes on Tuesday.\n\n'
            'Residents held up a banner reading "Homes not hazards".\n\n'
            'Northbank Homes said in a statement that it "accepts the judgment of the court".')
    assert speakers(body) == [("accepts the judgment of the cou", "northbank-homes")]


def test_a_name_of_a_firm_with_an_ampersand_and_a_clause_before_said():
    body = ('Tom Ashworth of Hollis & Rowe, who has kept his rating on the shares, said the sell-off had been '
            'overdone. "The balance sheet is fine," he said.')
    assert speakers(body) == [("The balance sheet is fine", "tom-ashworth")]


def test_an_analyst_at_the_bank_is_a_person_not_a_body():
    body = '"The easy comparisons are behind them," wrote Tor Eriksen, an analyst at the bank.'
    assert speakers(body) == [("The easy comparisons are behind", "tor-eriksen")]


@pytest.mark.parametrize("group, firm, slug", [("Analysts", "Kessler Lund", "kessler-lund"),
                                               ("Economists", "the Bank of England", "bank-of-england")])
def test_a_firms_analysts_speak_for_the_firm_but_lend_it_no_spokesperson(group, firm, slug):
    body = (f'{group} at {firm} said in a note that the results were "cleaner than feared". '
            f'"It is a tactical decision," a spokesperson said.')
    assert speakers(body) == [("cleaner than feared", slug), ("It is a tactical decision", None)]


@pytest.mark.parametrize("source, slug", [("one member of the team", None), ("Olena Bondar", "olena-bondar"),
                                          ("a spokesperson for Naftogaz", "naftogaz")])
def test_according_to_right_after_the_quote_names_its_source_not_the_reporter_before(source, slug):
    body = (f'Our correspondent in Geneva, Lena Vogt, says the mood among the delegation was "grim but not hopeless", '
            f'according to {source}.')
    assert speakers(body) == [("grim but not hopeless", slug)]


def test_a_one_word_body_named_as_one_elsewhere_speaks_alone_later():
    body = ("Ukraine's national grid operator, Ukrenergo, said on Telegram that emergency shutdowns had been "
            "introduced.\n\nUkrenergo said scheduled outages would remain in place \"at least until Thursday\".")
    assert speakers(body) == [("at least until Thursday", "ukrenergo")]


@pytest.mark.parametrize("owner, slug", [("Network Rail", "network-rail"), ("Eastbury Rovers", "eastbury-rovers")])
def test_a_spokesperson_of_a_two_word_name_speaks_for_it_but_not_for_a_person(owner, slug):
    assert speakers(f'A {owner} spokesperson said services would "resume soon".') == [("resume soon", slug)]
    assert speakers('A Keir Starmer spokesperson said it was "nonsense".') == [("nonsense", None)]


@pytest.mark.parametrize("pronoun, expected", [("he", "charity-commission"), ("she", None),
                                               ("the spokesman", "charity-commission")])
def test_the_he_of_the_next_sentence_is_the_spokesman_of_the_sentence_before(pronoun, expected):
    body = ('A spokesman for the Charity Commission said it had opened a case into the trust. "Trustees must have '
            f'robust financial controls," {pronoun} said.')
    assert speakers(body) == [("Trustees must have robust finan", expected)]


def test_a_spokesperson_after_a_sentence_whose_subject_is_a_body():
    body = ('The Environment Agency had 46 flood warnings in force on Wednesday evening. "Ground is already '
            'saturated," a spokesperson said.')
    assert speakers(body) == [("Ground is already saturated", "environment-agency")]


def test_a_live_entrys_time_is_no_part_of_the_body_that_speaks():
    body = "12:15 GMT - Poland's defence ministry said it would act as a \"logistics hub\" for any force."
    assert speakers(body) == [("logistics hub", "polands-defence-ministry")]


@pytest.mark.parametrize("name, noun, slug", [("Great Western Railway", "company", "great-western-railway"),
                                              ("British Airways", "airline", "british-airways")])
def test_the_company_after_a_name_with_a_regions_adjective_inside(name, noun, slug):
    body = f'{name} said it would cut services. "Please only travel if necessary," the {noun} said.'
    assert speakers(body) == [("Please only travel if necessary", slug)]


@pytest.mark.parametrize("source, slug", [("A note from Barclays", "barclays"),
                                          ("A note to clients from the Oslo shipbroker Halvorsen & Berg", "halvorsen-berg")])
def test_a_note_from_a_body_warned_in_its_words(source, slug):
    body = f'{source} warned that "the dark trade is now large enough to distort freight rates".'
    assert speakers(body) == [("the dark trade is now large eno", slug)]


def test_the_statement_said_after_a_statement_from_a_body():
    body = ('Talks ended for the day without a breakthrough, according to a statement from the US State Department. '
            '"Progress was made on several humanitarian issues," the statement said.')
    assert speakers(body) == [("Progress was made on several hu", "us-state-department")]


def test_a_report_by_a_centre_for_something_keeps_its_whole_name():
    body = ('A report published on 9 November by the Centre for Eastern Economic Studies in Warsaw concluded that '
            'sanctions had "bent but not broken" the Russian budget.')
    assert speakers(body) == [("bent but not broken", "centre-for-eastern-economic-studies")]


def test_a_barrister_for_someone_set_off_by_commas_is_the_she_after():
    body = ('Sarah Whitcombe KC, for the Foreign Secretary, told the court that resigning from a board changed nothing. '
            '"Mr Semyonov does not need to hold a government post," she said.')
    assert speakers(body) == [("Mr Semyonov does not need to ho", "sarah-whitcombe")]


def test_someones_lawyers_at_a_firm_speak_for_the_firm():
    body = "Semyonov's lawyers at Carter Lowe said in a statement that their client was \"disappointed by the ruling\"."
    assert speakers(body) == [("disappointed by the ruling", "carter-lowe")]


def test_a_day_between_the_speaker_and_the_verb():
    body = ('Kremlin spokesman Yuri Lavrentyev on Friday dismissed the plan as "an attempt to drag NATO into Ukraine '
            'through the back door".')
    assert speakers(body) == [("an attempt to drag NATO into Uk", "yuri-lavrentyev")]


def test_praised_governs_the_words_it_quotes():
    body = ('The UAE Foreign Ministry said it was the 17th exchange it had mediated. It praised both sides for '
            'showing "a spirit of cooperation and humanity".')
    assert speakers(body) == [("a spirit of cooperation and hum", "uae-foreign-ministry")]


def test_a_name_of_an_employer_before_any_speech_verb_and_after_an_opening_phrase():
    body = ('In a note to clients, Wendy Cho of Tallis Securities described the results as "a clean beat with a '
            'messy footnote."')
    assert speakers(body) == [("a clean beat with a messy footn", "wendy-cho")]


def test_a_speech_word_after_such_is_a_noun_not_the_verb():
    body = ('Dr Helen Achterberg leads the outbreak team.\n\nDr Achterberg said such claims were "simply wrong", '
            'adding that the vaccine had been given safely for decades.')
    assert speakers(body) == [("simply wrong", "helen-achterberg")]


def test_the_airline_after_a_lead_under_a_wire_dateline():
    body = ('FRANKFURT, July 21 (Reuters) - German carrier Rhein Air cancelled more than 400 flights after a fault in '
            'its crew-scheduling software, the airline said.\n\nThe outage began early on Monday, according to two '
            'people familiar with the matter.\n\n"We sincerely apologise to everyone," the airline said in a statement.')
    assert speakers(body) == [("We sincerely apologise to every", "rhein-air")]


def test_a_fields_word_before_a_bodys_name_is_no_title_of_a_person():
    body = ('The shadow fleet still carries "roughly two-thirds of the crude", according to Energy Transit Monitor, a '
            'Helsinki-based research group.')
    assert speakers(body) != [("roughly two-thirds of the crude", "transit-monitor")]
    assert "transit-monitor" not in people(body)
    assert speakers('Energy Secretary Ed Miliband said it was "good news".') == [("good news", "ed-miliband")]


@pytest.mark.parametrize("unnamed", ["One angler", "One angler who has fished the river for 40 years", "A shopkeeper"])
def test_he_after_someone_unnamed_by_what_they_do_is_no_one_named_before(unnamed):
    body = ('Mark Reed, the company\'s chief executive, said it had spent millions on the works.\n\n'
            f'{unnamed} said the river had changed. "You used to see the gravel on the bottom," he said.')
    assert speakers(body) == [("You used to see the gravel on t", None)]


def test_a_body_whose_name_ends_on_a_word_of_bodies_is_no_he():
    body = ('Southdown Water said it had spent £40m on its treatment works.\n\n'
            '"You used to see the gravel on the bottom," he said.')
    assert speakers(body) == [("You used to see the gravel on t", None)]
    assert "southdown-water" not in {p.slug for p in analyse(body).people if p.kind == "person"}


def test_a_paragraph_of_quotation_under_how_someone_puts_it():
    body = ('Oleksandra Vyshnevska, who runs the reconstruction office, puts it more bluntly.\n\n'
            '"Every transformer we install is a target the day it is switched on. So the question is not only how '
            'much it costs."')
    assert speakers(body) == [("Every transformer we install is", "oleksandra-vyshnevska")]


def test_the_banks_analysts_after_analysts_at_a_bank_are_the_bank():
    body = ('Analysts at Barclays estimated in a note this week that 70 per cent of exports travel on such vessels. '
            '"Enforcement, not the level of the cap, is the binding constraint," the bank\'s analysts wrote.')
    assert speakers(body) == [("Enforcement, not the level of t", "barclays")]
