"""Attribution and timeline rules of stop 33, drawn from the misses of blind batch analysis 61 (measured on main before
any rule), each tested on strings of its own."""
from __future__ import annotations

from analysis_fixtures import default_people
from analysis_helpers import analyse, article, people, speakers
from sitegen.analysis import analyse_article


def test_someone_unnamed_set_after_the_verb_takes_the_next_he():
    body = ('Goalkeeper Tom Ashby saved two penalties as Hartley Vale won the cup. "I have dreamt of this," said Ashby.\n\n'
            'Among the 4,000 crowd was a Vale supporter who had brought his two daughters. "Forty years we have '
            'waited," he said.')
    assert speakers(body) == [("I have dreamt of this", "tom-ashby"), ("Forty years we have waited", None)]


def test_a_month_that_is_a_given_name_opens_a_persons_name_before_an_age():
    body = ('Rescuers worked through the night.\n\n'
            'June Hollins, 81, who has lived on Quay Street since 1970, was carried out by firefighters. "I have never '
            'seen the river like this," she said.')
    assert speakers(body) == [("I have never seen the river lik", "june-hollins")]


def test_a_month_after_a_preposition_is_still_a_date():
    assert "may-putin" not in people('In May Putin said the talks were "going nowhere".')


def test_a_firm_named_in_full_as_someones_employer_is_the_body_its_short_name_means():
    body = ('Priya Raman, operations director at Tarnline Buses, told councillors the depot had been redesigned twice.\n\n'
            'Tarnline said in a statement that it was "delighted" with the decision.')
    assert speakers(body) == [("delighted", "tarnline-buses")]


def test_the_spokesperson_of_a_sentence_that_is_not_the_paragraphs_first_speaks_for_the_body():
    body = ('Not everyone is upbeat. A spokesperson for the Slovak government said Bratislava would block the package. '
            '"Our refineries are not a bargaining chip," the spokesperson said.')
    assert speakers(body) == [("Our refineries are not a bargai", "slovak-government")]


def test_a_body_named_as_an_object_before_which_said_speaks():
    body = ('The talks are mediated by the Geneva-based Centre for Negotiated Settlements, which said the delegations '
            'had agreed on "a phased exchange of prisoners".')
    assert speakers(body) == [("a phased exchange of prisoners", "centre-for-negotiated-settlements")]


def test_a_register_is_a_body_the_register_points_back_to():
    body = ('Investigators from the Heating Safety Register found the number belonged to a dead man. In a statement, '
            'the register said: "Forged certificates put lives at risk."')
    assert speakers(body) == [("Forged certificates put lives a", "heating-safety-register")]


def test_it_or_the_body_then_a_participle_of_speech_is_the_body():
    body = ('The Russian Foreign Ministry has said Western troops would be "legitimate targets". It repeated that '
            'position on Thursday, calling the meeting "a gathering of those who want the war to go on".')
    assert speakers(body) == [("legitimate targets", "russian-foreign-ministry"),
                              ("a gathering of those who want t", "russian-foreign-ministry")]


def test_it_in_a_later_clause_is_the_body_its_sentence_opens_on_by_its_fuller_name():
    # (With the project's gazetteer, which knows the EU: the sentence before names two bodies, and "it" is neither.)
    body = ('The European Commission is drafting a fallback based on joint EU borrowing, according to two officials briefed '
            'on the discussions. The Commission declined to comment on what it called "ongoing work".')
    quotes = analyse_article(article(body), (), default_people()).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("ongoing work", "european-commission")]


def test_a_ministry_named_by_its_remit_is_the_it_of_its_sentence():
    body = ('In February, the agriculture ministry granted growers an exemption for a third year, a decision it called '
            '"proportionate and time-limited".')
    assert speakers(body) == [("proportionate and time-limited", "agriculture-ministry")]


def test_its_report_after_the_body_opens_a_sentence_as_the_trust():
    body = ('The figures were compiled by the independent Clinical Standards Trust. The trust described them as "a '
            'warning light". Its report, "Corridors of Care", adds: "Long waits are no longer a winter problem."')
    assert speakers(body) == [("a warning light", "clinical-standards-trust"),
                              ("Long waits are no longer a wint", "clinical-standards-trust")]


def test_the_writers_quoted_question_is_the_interviewers_and_the_quote_under_it_the_interviewees():
    body = ('"I have been living on toast," says the author Ilse Marsh.\n\n'
            '"Did you talk to your relatives?" I ask.\n\n'
            '"Two aunts and a cousin. One told me everything." She laughs. "Both were right, probably."\n\n'
            '*Ilse Marsh was interviewed by Rosa Millbank.*')
    assert speakers(body) == [("I have been living on toast", "ilse-marsh"),
                              ("Did you talk to your relatives?", "rosa-millbank"),
                              ("Two aunts and a cousin. One tol", "ilse-marsh"), ("Both were right, probably.", "ilse-marsh")]


def test_the_writers_question_with_no_credit_is_no_ones_not_the_last_speakers():
    body = ('When I ask whether the book felt like a betrayal, Ilse Marsh is quiet for a long time. "Yes. Of course," '
            'she says eventually. "But silence is also a kind of story."\n\n'
            '"Did you talk to your relatives?" I ask.')
    assert speakers(body)[-1] == ("Did you talk to your relatives?", None)


def test_a_day_after_a_present_passive_is_ahead():
    events = analyse('Her novel, "The Salt Orchard", is published on April 2 and is already on the prize longlist.',
                     "2026-03-29").events
    assert [(e.date, e.precision) for e in events] == [("2026-04-02", "day")]


def test_what_a_warning_level_means_is_no_ones_words():
    quotes = analyse('The agency issued a severe flood warning, which means "danger to life", for the town centre.').quotes
    assert quotes == ()


# Rules after the sealed batch analysis 62 (measured once on 2ba8d81).

def test_a_common_given_name_tells_the_gender():
    body = ("The town's MP, Owen Tremlett, called the delay \"a betrayal\" and said he had requested a meeting with the "
            "authority's chief executive, Fiona Kerrigan.\n\n\"I would be angry too,\" she said on Thursday.")
    assert speakers(body) == [("a betrayal", "owen-tremlett"), ("I would be angry too", "fiona-kerrigan")]


def test_a_quote_after_a_sentence_about_someone_else_is_theirs_not_the_last_speakers():
    body = ('For years Alun Pritchard and his partner, Mair Howells, split the night shifts. "He came down smelling of '
            'paraffin," Howells says. Pritchard, listening from the kitchen, shakes his head. "She is exaggerating. It '
            'was diesel."')
    assert speakers(body)[-1] == ("She is exaggerating. It was die", "alun-pritchard")


def test_a_works_title_set_off_after_what_it_is_is_no_one_a_she_might_mean():
    body = ('Marguerite Oduya is late. "The ferry," she says.\n\n'
            'The cellist spent two years on the island, where she recorded her fourth album, Salt Hours, which is out '
            'in September.\n\n'
            'It is a long way from the concert halls where she made her name.\n\n'
            '"I was exhausted, and I was playing like someone who was exhausted," she says.')
    assert speakers(body)[-1] == ("I was exhausted, and I was play", "marguerite-oduya")


def test_questions_in_bold_with_a_title_in_italics_make_the_quotes_under_them_answers():
    body = ('"The ferry is always late," says Marguerite Oduya.\n\n'
            '**Why Rennick?**\n\n"My grandmother was born there. I had the key to her cottage."\n\n'
            '**Is *Salt Hours* a classical record?**\n\n"I honestly do not know, and I have stopped worrying."')
    assert [s for _, s in speakers(body)] == ["marguerite-oduya"] * 3


def test_it_after_a_preposition_does_not_stop_a_name_being_the_she_that_follows():
    assert speakers('Marguerite Oduya is late, and apologetic about it. "The ferry is always late," she says.') == \
        [("The ferry is always late", "marguerite-oduya")]


def test_a_publication_named_as_the_subject_speaks_and_a_review_in_lower_case_is_a_document():
    assert speakers('Early reviewers agree. The Harbour Review called it "a quiet masterpiece of inherited grief."') == \
        [("a quiet masterpiece of inherite", "harbour-review")]
    assert speakers('The review called the plan "unworkable".') == [("unworkable", None)]
