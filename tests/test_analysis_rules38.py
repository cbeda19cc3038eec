"""Attribution and timeline rules of stop 38, drawn from the misses of blind batch analysis 71 (measured on main before
any rule), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse, speakers


def test_a_relative_the_article_does_not_name_speaks_and_her_she_is_no_one_named_before():
    body = ('The health minister, Ann Lee, said she was "deeply concerned" by the figures.\n\n'
            'Speaking in Dublin, Ms Lee said: "I am not going to say that the situation is acceptable."\n\n'
            'Independent TD Tom Furlong said the plan was "a plan in name only".\n\n'
            'At Mid-Western, a man in his 80s from Co Clare had been on a trolley for 41 hours by Thursday lunchtime, his '
            'daughter said. "He has been sitting in the same chair since Tuesday night," she said.')
    assert speakers(body) == [("deeply concerned", "ann-lee"), ("I am not going to say that the ", "ann-lee"),
                              ("a plan in name only", "tom-furlong"), ("He has been sitting in the same", None)]


def test_a_relative_who_is_an_object_or_in_a_clause_is_no_speaker():
    # ("beside his brother, told reporters": the brother is beside him; "with her partner and their son, said": the
    # son lives with her. The one named speaks in both.)
    body = ('Manuel Ortega was given a suspended sentence.\n\n'
            'Manuel Ortega, leaving the building beside his brother, told reporters he had never mixed the oil himself. '
            '"I signed what my brother put in front of me," he said.\n\n'
            'Kasia Nowak, 31, who lived in the house with her partner and their son, said she complained "at least five '
            'times".')
    assert speakers(body) == [("I signed what my brother put in", "manuel-ortega"), ("at least five times", "kasia-nowak")]


def test_unquoted_answers_under_questions_in_bold_are_the_interviewees():
    body = ('Olena Marchuk, who is in Ottawa this week, made the comments in an interview that aired Sunday. "Canada '
            'knows our army better than almost anyone," Marchuk said.\n\n'
            '**Why raise this now, while the talks are still going on?**\n\n'
            'Because a ceasefire without guarantees is just a pause. We saw this before.\n\n'
            '**Some Canadians will say this is a European responsibility.**\n\n'
            'I understand that. But security in Europe is not a regional question any more.\n\n'
            "Marchuk's visit comes as the coalition prepares to meet in London later this month.")
    assert speakers(body) == [("Canada knows our army better th", "olena-marchuk"),
                              ("Because a ceasefire without gua", "olena-marchuk"),
                              ("I understand that. But security", "olena-marchuk")]


def test_a_narrators_paragraph_under_a_bold_question_is_no_answer():
    # (Third person, no "I" or "we": the narrator taking up again, not the one interviewed.)
    body = ('Olena Marchuk spoke to us in Ottawa. "Canada knows our army," Marchuk said.\n\n'
            '**Why now?**\n\n'
            'Marchuk has pressed the point all week, officials say.\n\n'
            '**And the cost?**\n\n'
            'The defence ministry has not put a figure on it.')
    assert speakers(body) == [("Canada knows our army", "olena-marchuk")]


def test_a_title_word_closing_a_name_after_a_title_is_the_surname():
    body = ('Chief Roberta Cardinal of the Willow Lake Cree Nation said caribou "used to be the thing we planned the '
            'winter around."')
    assert speakers(body) == [("used to be the thing we planned", "roberta-cardinal")]


def test_the_skipper_named_before_is_the_captain_after():
    body = ('The try was overturned after Rams skipper Jack Merrett challenged the call.\n\n'
            'Merrett was unapologetic. "I saw it drop, and we had one challenge left," the Rams captain said.')
    assert speakers(body) == [("I saw it drop, and we had one c", "jack-merrett")]


def test_repeated_speaks_with_a_that_clause_and_not_as_an_adjective():
    body = ('Kremlin spokesman Arkady Demin repeated on Thursday that any Western troops in Ukraine would be "a '
            'legitimate target."\n\n'
            'Giving the leading judgment, Judge Amara Okafor said the landlord had treated repeated complaints "as a '
            'nuisance to be managed".')
    assert speakers(body) == [("a legitimate target", "arkady-demin"), ("as a nuisance to be managed", "amara-okafor")]


def test_a_line_someone_repeated_after_the_words_is_no_speaker_of_them():
    body = ('On Tuesday, the foreign minister, Iryna Sobko, wrote that Ukraine "will not trade land for promises", a line '
            'Hrytsenko repeated almost word for word in Istanbul.')
    assert speakers(body) == [("will not trade land for promise", "iryna-sobko")]


def test_a_formulation_that_someone_noted_after_the_words_is_no_speaker_of_them():
    body = ('Hungary\'s foreign ministry said late Tuesday that Budapest would "study the text carefully," a formulation '
            'that diplomats noted had preceded earlier vetoes.')
    assert speakers(body) == [("study the text carefully", "hungarys-foreign-ministry")]


def test_the_network_operator_is_the_company_whose_update_the_sentence_before_gave():
    body = ('Eirline Networks says 214,000 homes are now without power. In its latest update, the network operator said '
            'crews would "not be sent out until it is safe to do so".')
    assert speakers(body) == [("not be sent out until it is saf", "eirline-networks")]


def test_in_her_words_before_a_that_clause():
    body = ('Margaret Alderton, who has died aged 89, spent six decades insisting, in her words, that "a bridge is a '
            'promise made in steel".')
    assert speakers(body) == [("a bridge is a promise made in s", "margaret-alderton")]


def test_the_institute_is_the_one_named_before_with_a_plural_possessive():
    body = ('David Okonjo later became president of the Institute of Bridge Engineers.\n\n'
            'In 2004 she became the first woman to receive the Institute of Bridge Engineers’ gold medal. In a tribute '
            'this week, the institute said she had "changed not just what we build, but who gets to build it".')
    assert speakers(body) == [("changed not just what we build,", "institute-of-bridge-engineers")]


def test_a_spokesperson_for_a_kind_of_body_with_a_word_before_it_speaks_for_the_name():
    body = ('A spokesperson for the environmental charity Clean Counties said evidence linking the collections to '
            'fly-tipping was "mixed".')
    assert speakers(body) == [("mixed", "clean-counties")]


def test_of_two_months_in_a_sentence_the_first_written_dates_it():
    events = analyse('Darren Whitcombe, 54, pleaded guilty in February to 14 counts of breaking a sanctions law between '
                     'March 2023 and August 2024.', date="2026-06-17").events
    assert [(e.date, e.precision) for e in events] == [("2026-02", "month")]


def test_a_day_in_a_sentence_that_says_last_year_is_last_years():
    events = analyse('Trolley numbers peak in the first weeks of January. Last year, the highest figure recorded was '
                     '876, on January 7th.', date="2026-01-08").events
    assert [(e.date, e.precision) for e in events] == [("2025-01-07", "day")]


# After the sealed batch 72 was measured once on the stop's rules (a869beb):

def test_a_broadcast_transcripts_labels_in_capitals_name_who_speaks():
    body = ('Transcript of a segment from "The Morning Ledger." It has been edited for length and clarity.\n\n'
            'NADIA CHOWDHURY (HOST): Good morning. Joining me is retired colonel Marc-André Dufresne.\n\n'
            '(CLIP) GREGORY ASHDOWN: We are not going anywhere without a clear mandate.\n\n'
            'CHOWDHURY: Colonel, is a European force credible?\n\n'
            'DUFRESNE: Credible enough to deter, maybe.')
    assert speakers(body) == [("Good morning. Joining me is ret", "nadia-chowdhury"),
                              ("We are not going anywhere witho", "gregory-ashdown"),
                              ("Colonel, is a European force cr", "nadia-chowdhury"),
                              ("Credible enough to deter, maybe", "marc-andre-dufresne")]


def test_words_in_capitals_that_are_no_ones_name_are_no_label():
    body = ('BREAKING NEWS: The talks have ended without a deal.\n\n'
            'UPDATE: Delegations will meet again in May, officials said.')
    assert speakers(body) == []


def test_the_questions_set_apart_are_the_interviewers_when_the_article_names_who_asked():
    body = ('Delphine Arsenault wrote her third novel in Bonavista. "Three people drown in it," she says.\n\n'
            'The conversation, conducted by Tom Kealey, has been edited and condensed.\n\n'
            '**Why 1992?**\n\n'
            'Because it is the year the floor fell out. I was nine.\n\n'
            '**Was the fog deliberate?**\n\n'
            'Completely. My editor kept asking for more of it.')
    assert speakers(body) == [("Three people drown in it", "delphine-arsenault"), ("Why 1992?", "tom-kealey"),
                              ("Because it is the year the floo", "delphine-arsenault"),
                              ("Was the fog deliberate?", "tom-kealey"),
                              ("Completely. My editor kept aski", "delphine-arsenault")]


def test_jun_opening_a_name_set_off_by_who_the_person_is_is_a_given_name():
    body = ('Jun Takeda, an analyst at Brantley & Co., said the guidance "punctures the idea that every chip company '
            'grows in a straight line."\n\n'
            '"The long-term story is intact," Takeda wrote in a note to clients.\n\n'
            'In Jun Takeda\'s view the quarter was weak. Sales rose in Jun and July.')
    assert speakers(body) == [("punctures the idea that every c", "jun-takeda"),
                              ("The long-term story is intact", "jun-takeda")]


def test_a_title_word_closing_a_name_set_off_by_what_the_person_is_is_the_surname():
    body = ('"Last month we were running double shifts," said Irfan Sheikh, a crane operator who has worked at the port '
            'for 14 years.')
    assert speakers(body) == [("Last month we were running doub", "irfan-sheikh")]


def test_the_statement_is_the_one_a_role_and_a_name_spoke_in_just_before():
    body = ("In a statement released after the match, Ashworth chairman Malcolm Reddy said the board would 'back the "
            "manager' in the transfer window. 'This is the start, not the finish,' the statement added.")
    assert speakers(body) == [("back the manager", "malcolm-reddy"), ("This is the start, not the fini", "malcolm-reddy")]


def test_a_name_set_off_by_what_kind_of_body_it_is_is_a_body_and_the_regulator_after():
    body = ('Building Standards Queensland, the state’s building regulator, said it had cancelled the licence in '
            'September. “This case shows why consumers should never pay more than the deposit,” the regulator said.')
    assert speakers(body) == [("This case shows why consumers s", "building-standards-queensland")]
    assert {p.slug: p.kind for p in analyse(body).people}["building-standards-queensland"] == "organization"


def test_a_person_set_off_as_the_head_of_a_body_stays_a_person():
    body = 'Tom Reed, the head of the state’s building regulator, said: "It was bad." He left on Friday.'
    assert speakers(body) == [("It was bad.", "tom-reed")]
    assert {p.slug: p.kind for p in analyse(body).people}["tom-reed"] == "person"


def test_a_person_of_a_body_the_people_finder_does_not_know_is_no_body():
    # (A given name no list holds: "Aarohi". Rather no speaker than the body "Aarohi Patwardhan of Holy Cross Junior
    # College".)
    body = 'Aarohi Patwardhan of Holy Cross Junior College, Kothrud, said: "I was sure I had made a mistake."'
    assert all(q.speaker != "aarohi-patwardhan-of-holy-cross-junior-college" for q in analyse(body).quotes)
    body = 'The Royal Society of Chemistry said: "The figures are clear."'
    assert speakers(body) == [("The figures are clear.", "royal-society-of-chemistry")]



# The review's probes (each wrong before its fix, with the rules above):

def test_an_explainers_own_first_person_answers_are_no_ones_quotes():
    body = ('Rachel Reeves delivered her budget. "This is a budget for growth," Reeves said.\n\n'
            '**What does it mean for my pay?**\n\nWe have crunched the numbers for you.\n\n'
            '**Will taxes rise?**\n\nOur analysis suggests they will. The council told us so.')
    assert speakers(body) == [("This is a budget for growth", "rachel-reeves")]


def test_names_in_capitals_over_ratings_are_no_transcript():
    body = ('England player ratings.\n\nJORDAN PICKFORD: Made two fine saves. 7/10\n\n'
            'KYLE WALKER: Solid at the back. 6/10\n\nTOM BROWN ANALYSIS: The team is tired.')
    assert speakers(body) == []
    assert not {p.slug for p in analyse(body).people} & {"kyle-walker", "tom-brown-analysis"}


def test_the_research_conducted_by_someone_makes_no_interviewer():
    body = ('Delphine Arsenault wrote her novel in Bonavista. "Three people drown in it," she says. She spoke to us by '
            'phone.\n\nThe research, conducted by Tom Kealey, took a year.\n\n**Why 1992?**\n\nBecause I was nine.'
            '\n\n**Was the fog deliberate?**\n\nCompletely. I love the fog.')
    assert ("Why 1992?", "tom-kealey") not in speakers(body)


def test_a_relative_of_no_gender_or_of_the_owners_gender_leaves_the_pronoun_to_the_one_named():
    assert speakers('Tom Hill, 60, was jailed on Friday, his partner said. "I am innocent," he said.') == [
        ("I am innocent", "tom-hill")]


def test_repeated_with_an_object_before_that_does_not_speak():
    assert speakers('Kate Lee repeated the mistake that had cost her team "the whole season", fans said.') == [
        ("the whole season", None)]


def test_a_title_after_the_or_of_set_off_by_a_role_is_no_person():
    for body in ('The Kremlin Spokesman, a former journalist, said: "No comment."',
                 'The Bank of England Governor, an economist, said: "Rates will hold."'):
        assert not [p for p in analyse(body).people if p.kind == "person"], body


def test_years_said_in_a_clause_do_not_date_another_clauses_day():
    for body, date, want in (("The minister, who took office last year, resigned on May 4.", "2026-05-10", "2026-05-04"),
                             ("The company expects to finish by the end of next year, it said on May 4.", "2026-05-10",
                              "2026-05-04"),
                             ("The festival, which last year drew 2,000 people, opens on January 3.", "2026-12-20",
                              "2027-01-03")):
        assert [e.date for e in analyse(body, date=date).events] == [want], body
