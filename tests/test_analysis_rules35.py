"""Attribution rules of stop 35, drawn from the misses of blind batch analysis 65 (measured on main before any rule),
each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse, people, speakers


def test_a_second_partial_quote_after_and_that_is_the_same_reported_speech():
    # (A short partial, of a scare quote's length, far from the speech verb: past the first one and a clause.)
    body = ('A senior diplomat involved in the grain talks, speaking on condition of anonymity, said Danish seaborne '
            'grain exports had recovered "steadily" since the spring and that the loading ships now sat idle for '
            '"hours, not days" at the berths.')
    assert speakers(body) == [("steadily", None), ("hours, not days", None)]
    body = ('Port director Ilse Voorhees, speaking after a tour of the terminals on Tuesday, said Danish seaborne '
            'grain exports had recovered "steadily" since the spring and that the loading ships now sat idle for '
            '"hours, not days" at the berths.')
    assert speakers(body) == [("steadily", "ilse-voorhees"), ("hours, not days", "ilse-voorhees")]


def test_he_after_an_unnamed_tradesman_is_no_one_named_before():
    body = ('Minister Pavel Orlov called the rules "a waste of paper".\n\n'
            'One Rotterdam-based grain trader, who handles cargoes from the Black Sea, said prices had settled. '
            '"Buyers will pay for certainty. They always have," he said.')
    assert speakers(body) == [("a waste of paper", "pavel-orlov"), ("Buyers will pay for certainty. ", None)]


def test_a_report_that_concluded_speaks_for_the_body_that_published_it():
    body = ('A study published in May by the Nordic Freight Institute counted 212 delayed sailings. "Congestion is '
            'a policy choice, not an accident," the study concluded.')
    assert speakers(body) == [("Congestion is a policy choice, ", "nordic-freight-institute")]


def test_a_finding_someone_concluded_that_is_not_given_to_the_concluder():
    body = ('A manager at a state-owned refinery, who asked not to be named, said the board had concluded that '
            '"cheap crude is not worth the risk to our exports".')
    assert speakers(body) == [("cheap crude is not worth the ri", None)]


def test_a_role_in_the_lede_is_the_person_the_next_paragraph_opens_on():
    body = ('Dutch frigates could join a Black Sea mission "within a month" of a truce, the Foreign Minister has '
            'said.\n\n'
            'Maartje Kuipers told the NOS that planning was "well under way".')
    assert speakers(body) == [("within a month", "maartje-kuipers"), ("well under way", "maartje-kuipers")]


def test_a_role_in_the_lede_is_not_given_to_someone_else_the_next_paragraph_names_later():
    body = ('Dutch frigates could join a Black Sea mission "within a month" of a truce, the Foreign Minister has '
            'said.\n\n'
            'The opposition was unconvinced. Maartje Kuipers told the NOS that planning was "nowhere near done".')
    assert speakers(body)[0] == ("within a month", None)


def test_she_after_a_paragraph_about_another_man_is_the_profiles_subject_bound_before():
    body = ('Ilona Varga is about to publish her fifth novel. "I only write in winter," she says.\n\n'
            '"Winter is honest. Summer lies to you," she says.\n\n'
            'The book is set in Szeged in the 1970s.\n\n'
            'Its first print run is 40,000 copies.\n\n'
            'Her editor, Tobias Brandt, remembers the manuscript arriving. "It came by post, no note," he says.\n\n'
            'Does she plan her books? She shakes her head. "Never. I start with a smell."')
    assert speakers(body)[-1] == ("Never. I start with a smell.", "ilona-varga")


def test_the_directorate_is_the_directorate_named_just_before():
    body = ('The Westfield Public Health Directorate said on Monday that nine people had been treated. "This is a '
            'serious outbreak," the directorate said in a statement.')
    assert speakers(body) == [("This is a serious outbreak", "westfield-public-health-directorate")]


def test_a_headteacher_with_an_irish_first_name_is_a_person_his_he_points_back_to():
    body = ('Cormac Dunleavy, headteacher at Kilbride National School, one of the closed schools, said pupils would '
            'learn from home. "It is not ideal," he said.')
    assert speakers(body) == [("It is not ideal", "cormac-dunleavy")]
    assert "cormac-dunleavy" in people(body)


def test_a_month_that_is_a_given_name_before_a_kin_apposition_is_her_name():
    body = ('Walter Penhale has run the harbour cafe for thirty years.\n\n'
            'June Penhale, his wife of 40 years, does the baking. "He burns the toast," she says.')
    assert speakers(body) == [("He burns the toast", "june-penhale")]


def test_a_reflexive_after_a_shared_surname_says_which_of_the_two_is_meant():
    # (Her first name tells no gender; "his wife" does, though its "his" is not hers.)
    body = ('Walter Penhale has run the harbour cafe for thirty years.\n\n'
            'Zofka Penhale, his wife of 40 years, does the baking. "He burns the toast," she says.\n\n'
            'Penhale himself is unrepentant. "Toast should be dark."')
    assert speakers(body) == [("He burns the toast", "zofka-penhale"), ("Toast should be dark.", "walter-penhale")]


def test_a_bus_company_that_opens_the_sentence_before_is_the_company_of_its_spokesperson():
    body = ('Castle Street depot will close after the council voted for the plan.\n\n'
            'Moorland Buses, which runs most routes in the town, backed the move. "It will save passengers time," a '
            'spokesperson for the company said.')
    assert speakers(body) == [("It will save passengers time", "moorland-buses")]


def test_the_one_a_clause_prompts_to_reply_speaks_the_words_after_it():
    body = ('Transport chief Ewa Lindgren said the new station would have "proper waiting rooms", prompting '
            'Councillor Omar Haddad to reply that the old ones had closed only "because nobody paid for them".')
    assert speakers(body) == [("proper waiting rooms", "ewa-lindgren"), ("because nobody paid for them", "omar-haddad")]


# Rules after blind batch 66, written during the stop and kept sealed until measured once on its rules (e1b05bc).

def test_someone_unnamed_right_after_the_words_is_the_speaker_not_a_role_in_a_later_clause():
    body = ('Residents\' association chair Peter Okonjo led the protest.\n\n'
            'Others raised concerns about parking. "Where are the other cars supposed to go?" one man shouted from the '
            'public gallery, before the chair called for order.')
    assert speakers(body) == [("Where are the other cars suppos", None)]


def test_a_role_opening_the_ledes_sentence_is_the_one_the_next_paragraph_names_past_an_opening_phrase():
    body = ('The European Union\'s envoy for sanctions has said she is "confident but not complacent" that a new '
            'package will pass before the summer.\n\n'
            'Speaking to presenter Hannah Okafor on Radio Meridian, Margit Solberg said the package would target banks in '
            'third countries.')
    assert speakers(body) == [("confident but not complacent", "margit-solberg")]


def test_a_clause_about_the_subject_set_off_before_the_colon_leaves_the_words_theirs():
    body = ('Kingsbridge manager Marco Delaney praised the fans.\n\n'
            'Delaney, whose side face a play-off semi-final on Tuesday, grinned: "Tonight we celebrate. Tomorrow I start '
            'worrying."')
    assert speakers(body)[-1] == ("Tonight we celebrate. Tomorrow ", "marco-delaney")


def test_a_letter_written_by_someone_gives_them_the_words_it_reads():
    body = ('The bakery opened in 1926, when Agata\'s great-grandfather, Stanisław Kowalczyk, arrived from Łódź.\n\n'
            'A letter framed behind the counter, written by Stanisław to his brother, reads: "The English do not '
            'understand rye yet. They will."')
    assert speakers(body) == [("The English do not understand r", "stanislaw-kowalczyk")]
    assert "stanislaw-kowalczyk" in people(body)


def test_quick_fire_bold_questions_with_their_answers_in_one_paragraph_are_the_interviewees():
    body = ('Delphine Amaro has written nine novels. "The sea always wins," she says.\n\n'
            'Before she heads back to the ferry, we put a few quick questions to her.\n\n'
            '**What are you reading?** "A history of lighthouses. It is a thriller if you are in the mood."\n\n'
            '**Do you write every day?** "No. Only on the days I am honest with myself."')
    assert speakers(body)[1:] == [("A history of lighthouses. It is", "delphine-amaro"),
                                  ("No. Only on the days I am hones", "delphine-amaro")]


def test_a_name_locals_give_a_thing_is_nobodys_words():
    body = ('The loaves have names no one remembers choosing: a dense rye that locals call "the brick", and a sweet '
            'plaited loaf.\n\n'
            'Residents have long called the dip in the road by the bridge "the bathtub".')
    assert speakers(body) == []
