"""Attribution rules of stop 42, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse, speakers


def test_a_question_opening_on_are_or_did_names_no_one_who_could_be_she():
    body = ('Host Maeve Corrigan pressed him on whether that meant Dutch soldiers in Ukraine. "Are Dutch engineers going '
            'to Lviv, yes or no?" she asked. "Did Finnish officers agree to it?" she went on.')
    assert speakers(body) == [("Are Dutch engineers going to Lv", "maeve-corrigan"),
                              ("Did Finnish officers agree to i", "maeve-corrigan")]
    assert "are-dutch" not in {p.slug for p in analyse(body).people}


def test_it_after_a_body_that_did_not_answer_is_that_body_not_the_one_quoted_before():
    body = ("In a statement, the Polish embassy in Lisbon said: \"We welcome every contribution.\"\n\n"
            "The Belarusian embassy in Lisbon did not respond to a request for comment. It has previously called the "
            "deployment \"a provocation\".")
    assert speakers(body) == [("We welcome every contribution.", "polish-embassy-in-lisbon"),
                              ("a provocation", "belarusian-embassy-in-lisbon")]


def test_a_listener_in_an_irish_county_is_no_one_named_co():
    body = ('The presenter read out texts. One, from a listener in Co Mayo, said: "We always sent peacekeepers."')
    assert speakers(body) == [("We always sent peacekeepers.", None)]
    assert "co-mayo" not in {p.slug for p in analyse(body).people}


def test_the_second_speaker_of_a_sentence_who_cautioned():
    body = ('Priya Raman, a fund manager at Tern Capital, said the figures were "better than feared", while Owen Hale, '
            'an analyst at Gull Securities, cautioned that the margin had been "flattered by one-off sales".')
    assert speakers(body) == [("better than feared", "priya-raman"), ("flattered by one-off sales", "owen-hale")]


def test_a_role_set_off_after_a_name_may_open_on_the_place_it_is_of():
    body = ('Mick Tierney, Illawarra district organiser of the Power Workers Union, said the members were wary. '
            '"We have heard it all before," he said.')
    assert speakers(body) == [("We have heard it all before", "mick-tierney")]


def test_asked_how_then_blunt_introduces_the_next_paragraphs_quotation():
    body = ('Bernard Quayle said the result was deserved.\n\n'
            "Asked how a club of Ashby's size had done it, Quayle was blunt.\n\n"
            '"We have the smallest wage bill in the league. Half of this squad was in non-league two years ago.\n\n'
            '"Nobody gave us a chance in August."')
    assert speakers(body) == [("We have the smallest wage bill ", "bernard-quayle"),
                              ("Nobody gave us a chance in Augu", "bernard-quayle")]


def test_the_statement_a_named_relative_read_is_theirs():
    body = ("The court heard evidence for two days.\n\n"
            "Ruiz's sister, Carmen Ruiz, read a statement on behalf of the family.\n\n"
            '"Diego was a careful climber. He always came home.\n\n'
            '"We are not angry with anyone."')
    assert speakers(body) == [("Diego was a careful climber. He", "carmen-ruiz"),
                              ("We are not angry with anyone.", "carmen-ruiz")]


def test_a_title_after_whose_it_is_or_what_it_is_of_is_no_speech():
    body = ('Speaking on Harbour FM\'s "The Early Shift" on Monday, Anne Doyle said the plan was "not finished". '
            'She wrote the first draft of "The Long Tide" in a week. The firm will fund the planned "Kestrel Bay Energy '
            'Park", a battery site.')
    assert speakers(body) == [("not finished", "anne-doyle")]


def test_a_quoted_term_after_a_verb_that_ends_a_question_stays_a_quote():
    # (The rule above is for titles: words in title case. A partial quote in small letters after "of" is speech.)
    body = 'Anne Doyle spoke of "a very difficult year" for the port.'
    assert speakers(body) == [("a very difficult year", "anne-doyle")]


def test_cautioned_against_a_label_is_no_speech_of_it():
    # ("cautioned" reports speech now; what someone warns against calling a thing is not their words.)
    body = ('Marta Lind, the study\'s lead author, cautioned against reading the data as a "tipping point" already '
            'passed. She cautioned that the melt was "faster than any model predicted".')
    assert speakers(body) == [("faster than any model predicted", "marta-lind")]


# From the misses of sealed batch 80 (measured once on the stop's rules, then these).

def test_a_school_principal_is_a_title_not_part_of_the_name():
    body = 'Principal Hine Walker said the classrooms leaked. "We move buckets when it rains," she said.'
    assert speakers(body) == [("We move buckets when it rains", "hine-walker")]


def test_two_roles_joined_by_and_before_a_name_are_one_persons():
    body = ('"Nobody has fixed water heating," co-founder and CEO Lena Ortiz said. "It is boring," founder and chief '
            'executive Tom Reid added.')
    assert speakers(body) == [("Nobody has fixed water heating", "lena-ortiz"), ("It is boring", "tom-reid")]


def test_the_answer_after_to_which_is_the_answerers_not_a_split_quote():
    body = ('Dirk Botha, a former sales manager, gave evidence. Advocate Carla Nel SC put it to Botha that he had been '
            'dismissed.\n\n"That is simply not true," Botha replied, to which Nel shot back: "Then why did you wait '
            'three years?"')
    assert speakers(body) == [("That is simply not true", "dirk-botha"), ("Then why did you wait three yea", "carla-nel")]


def test_it_said_after_a_body_named_with_its_owner():
    body = ("The Kremlin said in a statement that the round had been \"businesslike\".\n\n"
            "Poland's foreign ministry was more guarded. In a written statement, it said:\n\n"
            "\"Flexibility on technical questions is not flexibility on sovereignty.\"")
    assert speakers(body) == [("businesslike", "kremlin"), ("Flexibility on technical questi", "polands-foreign-ministry")]


def test_a_building_named_after_someone_is_no_one_who_could_be_she():
    body = ('**9:10 a.m.** — Defence Minister Ruth Abara has arrived at the John G. Diefenbaker Building and spoke to '
            'reporters. "Today is about plans," she said.')
    assert speakers(body) == [("Today is about plans", "ruth-abara")]


# From the misses of blind batch 81 (measured once on main before them).

def test_asked_by_a_chair_named_apart_the_one_asked_replies():
    body = ("Graham Pearce, the agency's former operations director, gave evidence on Tuesday.\n\n"
            "Asked by the committee chair, Lachlan Moore, whether anyone had been disciplined, he replied:\n\n"
            '"No, and I do not think anyone should be."')
    assert speakers(body) == [("No, and I do not think anyone s", "graham-pearce")]


def test_the_reply_announced_is_the_one_asked_before():
    body = ("Declan Furlong, the project's director, appeared before the committee.\n\n"
            "Fergal Keating asked Mr Furlong directly whether the date could be relied on. The reply was carefully "
            "worded:\n\n"
            '"It is our best estimate today, with the information we have."')
    assert speakers(body) == [("It is our best estimate today, ", "declan-furlong")]


def test_a_rugby_position_opening_a_sentence_is_no_part_of_the_name():
    body = ('PRETORIA – Flyhalf Ruan Botha kicked a late penalty on Saturday. "I hit it as sweet as anything," Botha '
            'said.')
    assert speakers(body) == [("I hit it as sweet as anything", "ruan-botha")]
