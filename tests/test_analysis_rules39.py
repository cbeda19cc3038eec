"""Attribution rules of stop 39, drawn from the misses of blind batch analysis 73 (measured on main before any rule),
each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import article, speakers
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer


def test_a_body_called_by_the_first_word_of_its_full_name_is_that_body():
    body = ('Brightmoor Therapeutics is recalling two million bottles of its heart drug, regulators said.\n\n'
            'Brightmoor said it was acting "out of an abundance of caution" and expected the recall to cost "about '
            '$90 million".\n\n'
            'A tribunal found that Ashdale Property Holdings had acted in bad faith. Ashdale said it was "disappointed".')
    assert speakers(body) == [("out of an abundance of caution", "brightmoor-therapeutics"),
                              ("about $90 million", "brightmoor-therapeutics"),
                              ("disappointed", "ashdale-property-holdings")]


def test_a_statement_said_after_the_company_spoke_in_it_is_the_companys():
    body = ('Brightmoor Therapeutics is recalling two million bottles of its heart drug, the company said on Tuesday.\n\n'
            'In a statement, the company said the risk to patients was "very low".\n\n'
            '"Patients should not stop taking their medication," the statement said.')
    assert speakers(body) == [("very low", "brightmoor-therapeutics"),
                              ("Patients should not stop taking", "brightmoor-therapeutics")]


def test_the_company_is_the_one_the_article_named_with_its_legal_form():
    body = ('Shares of Konkan Refineries Ltd fell 4 per cent after the company cut its purchases of Russian crude.\n\n'
            'In a filing with the stock exchanges, the company said the cut "will not affect throughput".')
    assert speakers(body) == [("will not affect throughput", "konkan-refineries-ltd")]


def test_the_first_word_of_a_bodys_name_wrote_in_a_letter():
    body = ('Brightmoor Therapeutics is recalling two million bottles of its heart drug.\n\n'
            'In a letter to doctors dated April 20, Brightmoor wrote that pharmacists "may substitute an equivalent '
            'drug".')
    assert speakers(body) == [("may substitute an equivalent dr", "brightmoor-therapeutics")]


def test_the_first_word_of_a_bodys_name_that_is_a_persons_surname_is_the_person():
    # (A guard: the rule above keeps off a surname the article gives a person.)
    body = ('Brightmoor Therapeutics is recalling two million bottles of its heart drug.\n\n'
            'Its founder, Alan Brightmoor, left the board in 2019.\n\n'
            'In a letter to shareholders dated April 20, Brightmoor wrote that the recall was "a disgrace".')
    assert speakers(body) != [("a disgrace", "brightmoor-therapeutics")]


def test_a_role_closing_what_the_name_is_set_off_as_is_no_speaker():
    # (The gazetteer gives the role a person: "the German chancellor" alone would be his.)
    gazetteer = load_gazetteer([{"name": "Friedrich Merz", "role": "German Chancellor", "gender": "male"}], "people.yaml")
    body = ('Berlin remains cautious. Katrin Vollmer, a foreign-policy adviser to the German chancellor, said that such a '
            'vote was "not something you win in a fortnight".')
    found = analyse_article(article(body), (), gazetteer).quotes
    assert [(q.text[:31], q.speaker) for q in found] == [("not something you win in a fort", "katrin-vollmer")]


def test_she_is_the_person_titled_so_when_her_role_is_the_subject_of_the_sentence_before():
    body = ('The defence secretary, Harriet Colville, opened the session. "Nobody is going to put a brigade in," she '
            'told reporters.\n\n'
            'Marta Levchenko, the Ukrainian deputy minister, said guarantees must come "with teeth".\n\n'
            'Liis Kask, her Estonian counterpart, said the Baltic states "cannot strip our own borders".\n\n'
            'As she left on Thursday, the defence secretary was asked whether the force would be ready within the '
            'year. "Ask me when there is a ceasefire," she said.')
    assert speakers(body)[-1] == ("Ask me when there is a ceasefir", "harriet-colville")


def test_a_programmes_title_and_a_things_old_and_new_names_are_no_speech():
    body = ('Speaking on "The Morning Report", Niamh Carolan said the government was "in contact with the lessors".\n\n'
            'The museum recently renamed its gallery from "Treasures of the Raj" to "Objects and Histories", a change '
            'critics dismissed as cosmetic.\n\n'
            'The council renamed the scheme, which Jo Bloggs called "A Total Farce".')
    assert speakers(body) == [("in contact with the lessors", "niamh-carolan"), ("A Total Farce", "jo-bloggs")]


# After the sealed batch 74 was measured once (d95046b): its misses, each on strings of its own (and the review's guards).

def test_someone_else_unnamed_who_opens_a_colon_is_not_the_one_quoted_before():
    body = ('"About time somebody shook them up," said one regular, who gave his name only as Ken. Another drinker at '
            'the bar was less impressed: "Same promises, different rosette."')
    assert speakers(body) == [("About time somebody shook them ", "ken"), ("Same promises, different rosett", None)]


def test_a_name_of_a_body_set_off_by_what_they_are_is_the_speaker_not_the_body():
    body = ('"Everyone was looking at me to close the gap," Amelie Castagnet of Team Sabrelune, the pre-race favourite, '
            'said after the sprint.')
    assert speakers(body) == [("Everyone was looking at me to c", "amelie-castagnet")]


def test_what_someone_is_to_a_person_before_their_name_opens_a_colon_they_speak_after():
    body = ('"It was hard," said Tom Hale. Her teammate Chloe Marchetti was blunter: "We had the numbers and did nothing '
            'with them."')
    assert speakers(body) == [("It was hard", "tom-hale"), ("We had the numbers and did noth", "chloe-marchetti")]


def test_a_name_set_off_by_the_body_they_belong_to_is_a_person():
    body = ('Rachel Kinnear, of campaign group Patients First, said the scandal was just "the tip of the iceberg". "If it '
            'happened here, who is to say it is not happening elsewhere?" she said.')
    assert speakers(body) == [("the tip of the iceberg", "rachel-kinnear"), ("If it happened here, who is to ", "rachel-kinnear")]


def test_a_spokesman_for_a_body_named_after_its_kind_without_the_speaks_for_it():
    body = '"Ollie has cost us a small fortune tonight," said a spokesman for bookmaker BetHound.'
    assert speakers(body) == [("Ollie has cost us a small fortu", "bethound")]


def test_words_quoted_after_an_apology_are_not_the_apologisers():
    # (A guard, from the review: "apologised" is no verb of saying; the words are the accusers' or the report's.)
    body = ('Jo Reed apologised after being accused of "bullying and intimidating" junior staff.\n\n'
            'Mary Lowe apologised to residents after the council\'s report found "systemic failures" in the service.')
    assert [speaker for _, speaker in speakers(body)] in ([None, None], [None], [])


def test_a_term_after_a_count_and_before_its_noun_is_no_speech():
    body = 'The city will also hire four additional "water patrol" officers to respond to complaints.'
    assert speakers(body) == []


def test_one_named_after_a_preposition_reports_nothing_and_he_is_the_subject():
    body = ('Nigel Sandford KC, for Mr Farrant, told jurors that his client "will give evidence, and he will explain". '
            '"Do not make up your minds on the strength of an opening speech," he said.')
    assert speakers(body) == [("will give evidence, and he will", "nigel-sandford"),
                              ("Do not make up your minds on th", "nigel-sandford")]


# The review's findings on the rules above, each a guard that fails on the rules as first written.

def test_a_time_phrase_with_the_speakers_pronoun_opening_a_colon_keeps_the_speaker():
    body = '"We will appeal," said Mark Fenton. A week later he was even more defiant: "We will win this case."'
    assert speakers(body) == [("We will appeal", "mark-fenton"), ("We will win this case.", "mark-fenton")]


def test_a_role_subject_before_she_yields_to_someone_named_in_the_paragraph():
    body = ('The chief executive, Karen Hale, resigned in March.\n\n'
            'Jane Carr said the delay was "unacceptable". Last month, the chief executive declined to attend. "We '
            'expect an answer from her this week," she said.')
    assert speakers(body)[-1][1] == "jane-carr"


def test_an_opening_phrase_is_no_name_set_off_before_a_spokesperson():
    body = ('The Home Office has published its figures.\n\n'
            'On Tuesday, a spokeswoman for the Home Office said the figures were "encouraging".')
    assert speakers(body) == [("encouraging", "home-office")]


def test_the_company_is_not_the_one_named_with_a_legal_form_when_another_business_may_be_meant():
    body = ('Prices rose after Orbis Holdings plc bid for the site, and Marlow Shipping said it would fight.\n\n'
            'The company said the bid "undervalues" the port.\n\n'
            'Shares in the carmaker tumbled after Veridian Inc. pulled out of the joint venture.\n\n'
            'The company said it was "exploring options".')
    assert [s for _, s in speakers(body)] in ([None, None], [None], [])


def test_a_title_cased_verdict_after_as_is_still_speech():
    body = 'Councillor Mary Lowe dismissed the renamed festival as "Pure Vanity".'
    assert speakers(body) == [("Pure Vanity", "mary-lowe")]


def test_a_company_at_an_event_set_off_by_commas_is_no_person():
    body = ('Rolls Royce, at the Farnborough Airshow, said its order book was "full". "We are sold out until the end of '
            'the decade," it said.')
    assert [s for _, s in speakers(body)] == ["rolls-royce", "rolls-royce"]


def test_an_object_her_after_the_subjects_own_he_gives_the_subject_no_gender():
    # (After the stop's last CI: "admits he wanted her to wait" made Henk Prins a she, so "he says" found no one.)
    body = ('Her directeur sportif at Orbis-Lumen, Henk Prins, admits he wanted her to wait. "On the radio I told her to '
            'sit up," he says, laughing. "She told me the radio was broken."')
    assert [s for _, s in speakers(body)] == ["henk-prins", "henk-prins"]


def test_the_subjects_own_his_still_tells_his_gender():
    # (A guard: "Imboden, used to tell his students" keeps saying he is a man.)
    body = ('Werner Imboden, who led the survey for 30 years, used to tell his students to measure twice. "Ice does not '
            'lie," he said.')
    assert speakers(body) == [("Ice does not lie", "werner-imboden")]
