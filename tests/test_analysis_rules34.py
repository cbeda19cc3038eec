"""Attribution rules of stop 34, drawn from the misses of blind batch analysis 63 (measured on main before any rule),
each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse, speakers


def test_a_person_named_again_by_nationality_is_the_one_just_quoted_or_written_about():
    body = ('Holbeck coach Mirela Dascalu blamed the pitch. "It was like playing on a beach," Dascalu said.\n\n'
            '"We could not pass the ball ten metres," the Romanian added.\n\n'
            'Winger Tomas Brekke, who scored twice, was happier with the day. "The pitch was the same for both '
            'teams," the Norwegian said.')
    assert speakers(body) == [("It was like playing on a beach", "mirela-dascalu"),
                              ("We could not pass the ball ten ", "mirela-dascalu"),
                              ("The pitch was the same for both", "tomas-brekke")]


def test_a_possessive_country_before_a_bodys_name_with_an_adjective_is_part_of_the_name():
    body = ('The talks resumed on Tuesday. Technical contacts "will go on through the weekend", Austria\'s Federal '
            'Ministry for European Affairs said in a statement.')
    assert speakers(body) == [("will go on through the weekend", "austrias-federal-ministry-for-european-affairs")]


def test_a_name_set_off_after_its_role_at_the_end_of_the_sentence_speaks_its_partial_quote():
    body = ('Denmark would keep its frigates in the Baltic for "as long as it takes" under the new plan, the Defence '
            'Minister, Signe Holm, has said.')
    assert speakers(body) == [("as long as it takes", "signe-holm")]


def test_a_name_after_a_determiner_with_no_role_before_it_is_not_taken_that_way():
    body = ('Denmark would keep its frigates in the Baltic for "as long as it takes" under the new plan, a friend of '
            'the minister, Signe Holm, has said.')
    assert speakers(body) == [("as long as it takes", None)]


def test_someones_reply_was_brief_gives_them_the_words_after_the_colon():
    body = ('Finance director Arvid Lunde presented the figures. One investor asked whether the bank would cut jobs. '
            'Lunde\'s answer was short: "Not this year."')
    assert speakers(body) == [("Not this year.", "arvid-lunde")]


def test_just_between_the_auxiliary_and_the_verb_still_names_the_speaker():
    body = ('Council leader Imogen Cray chaired the vote.\n\n'
            '18:05 The budget has passed. Cray has just written: "Passed by 31 votes to 12. Thank you all."')
    assert speakers(body) == [("Passed by 31 votes to 12. Thank", "imogen-cray")]


def test_a_name_after_and_and_a_lower_case_role_opens_a_clause_of_its_own():
    body = ('The trust opened the new wing in May, and chief nurse Beatrix Lowe said in June that it had been "a '
            'lifeline" for patients.')
    assert speakers(body) == [("a lifeline", "beatrix-lowe")]


def test_the_ministry_is_the_one_its_paragraph_names_so_not_a_department_quoted_before():
    body = ('Norway\'s Federal Department of Trade said the round would "resume next week".\n\n'
            'Blackouts hit four regions overnight, according to Ukraine\'s Energy Ministry. "Repairs will take days," '
            'the ministry said.')
    assert speakers(body) == [("resume next week", "norways-federal-department-of-trade"),
                              ("Repairs will take days", "ukraines-energy-ministry")]


def test_a_relative_opening_the_sentence_before_a_colon_does_not_continue_the_quote_before():
    body = ('Gareth and Nia Pryce were rescued from their cottage by boat. "We lost everything downstairs," Mrs Pryce '
            'said. Her husband was blunter: "We are not coming back to this house."')
    assert speakers(body) == [("We lost everything downstairs", "nia-pryce"),
                              ("We are not coming back to this ", None)]


def test_a_second_clause_with_a_subject_of_a_few_words_is_dated_on_its_own():
    events = analyse('Envoys last met in Vienna on February 12, and the two foreign ministers are due to sign the '
                     'accord in Oslo on April 20.', "2026-03-10").events
    assert [(e.date, e.precision) for e in events] == [("2026-02-12", "day"), ("2026-04-20", "day")]
    events = analyse('The pool closed for repairs in October, and parks director Lena Ortiz said in February that it '
                     'would reopen before summer.', "2026-03-10").events
    assert [(e.date, e.precision) for e in events] == [("2025-10", "month"), ("2026-02", "month")]


# Rules after the sealed batch 64 was measured once (on faeaa42).

def test_someone_unnamed_after_a_place_in_the_opening_phrase_is_no_appositive_of_it():
    body = ('At Kingsmead Infirmary in Stanley Vale, one nurse, who asked not to be named because staff had been told '
            'not to speak to the press, said patients were "waiting on chairs in the corridor". "I moved the same '
            'woman three times in one night," she said.')
    assert speakers(body) == [("waiting on chairs in the corrid", None), ("I moved the same woman three ti", None)]


def test_a_clause_opening_on_someone_unnamed_gives_them_the_verb_not_the_sentences_subject():
    body = ('Imran Qadir started the repair cafe in 2019.\n\n'
            'Not everyone liked it. Qadir remembers a council meeting at which a woman stood up and called the whole '
            'idea "jumble with a toolbox".')
    assert speakers(body) == [("jumble with a toolbox", None)]


def test_the_person_a_sentence_opens_on_before_a_colon_speaks_the_words_after_it():
    body = ('Opposition MPs were quick to respond. "The minister has no mandate for this," Green Party defence '
            'spokesman Bram Visser said. Ukraine\'s envoy to Belgium, Iryna Savchuk, welcomed the plan: "Every '
            'capital that says yes makes the next one easier."')
    assert speakers(body) == [("The minister has no mandate for", "bram-visser"),
                              ("Every capital that says yes mak", "iryna-savchuk")]


def test_a_topic_named_by_an_acronym_alone_can_be_an_articles_topic():
    from sitegen.analysis.topics import assign_topics
    from sitegen.model import Topic
    from analysis_helpers import article
    art = article('Ministers met in Brussels.\n\nThe NATO summit opened on Tuesday with a debate on air defence.\n\n'
                  'NATO members agreed to raise spending, and the NATO secretary general welcomed the deal.')
    nato = Topic(slug="nato", title="NATO", description="", terms=("NATO",), min_paragraphs=2)
    assert assign_topics(art.paragraphs, (nato,), art.title) == ("nato",)


def test_a_body_whose_report_the_words_are_from_speaks_them():
    body = ('The pool closed in 2009 and was, according to a Kestrel Borough Council report at the time, "beyond '
            'economic repair".')
    assert speakers(body) == [("beyond economic repair", "kestrel-borough-council")]


def test_a_pronoun_opening_the_colons_lead_in_keeps_a_name_set_off_inside_it_from_the_words():
    body = ('Opposition MPs were quick to respond. "The minister has no mandate for this," Green Party defence '
            'spokesman Bram Visser said. It was welcomed by the envoy, Iryna Savchuk, and by the mayor: "Every '
            'capital that says yes makes the next one easier."')
    assert speakers(body)[1][1] != "iryna-savchuk"


def test_a_nickname_of_several_words_inside_a_name_leaves_the_person_named():
    body = ('Harlow\'s head coach, Martin "The Professor" Adeyemi-Clarke, praised his forwards.\n\n'
            'Adeyemi-Clarke singled out hooker Sam Price. "Sam was immense today," he said.')
    assert speakers(body)[-1] == ("Sam was immense today", "martin-adeyemi-clarke")
