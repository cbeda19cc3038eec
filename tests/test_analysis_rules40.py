"""Attribution rules of stop 40, drawn from the misses of blind batch analysis 75 (measured on main before any rule),
each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import PEOPLE, article, speakers
from sitegen.analysis import analyse_article


def test_a_quote_after_an_unnamed_persons_reported_speech_is_not_the_earlier_speakers():
    body = ('The Ministry of Transport said six more routes were "under active review". One senior official, who was '
            'not authorised to speak publicly, said the first route had been chosen deliberately. "We started with the '
            'easiest one."')
    assert speakers(body) == [("under active review", "ministry-of-transport"), ("We started with the easiest one", None)]


def test_a_quote_after_a_named_persons_wordless_act_still_goes_on_with_the_speaker():
    body = '"We are ready," Tom Reed said. A neighbour waved from across the road. "It will open on time."'
    assert speakers(body) == [("We are ready", "tom-reed"), ("It will open on time.", "tom-reed")]


def test_what_the_speaker_was_doing_set_off_between_name_and_verb():
    body = ('Aoife Brennan SC, defending, said her client had been "a small trader drowning in debt". '
            'Tom Reed, smiling, said: "We are done here."')
    assert speakers(body) == [("a small trader drowning in debt", "aoife-brennan"), ("We are done here.", "tom-reed")]


def test_the_statement_of_a_lawyer_set_off_after_his_role():
    body = ('In a written statement, the businessman\'s Toronto lawyer, Graham Pettit, called the application '
            '"confiscation dressed up as justice" and said his client "has never had any role in the war".\n\n'
            '"Canada is a country of laws," the statement said.')
    assert speakers(body) == [("confiscation dressed up as just", "graham-pettit"),
                              ("has never had any role in the w", "graham-pettit"),
                              ("Canada is a country of laws", "graham-pettit")]


def test_a_role_doing_something_wordless_before_a_lone_quote():
    body = ('Transport Minister Claire Whyte spoke to reporters on Tuesday.\n\n'
            'Asked whether the government expected a legal fight, the minister didn\'t hesitate. "Absolutely. And we '
            'are ready for it."\n\n'
            'The weather turned. "We will see," one driver said.')
    assert speakers(body)[:1] == [("Absolutely. And we are ready fo", "claire-whyte")]


def test_liked_to_say_is_the_subjects_habit_of_speech():
    body = ('Constance Ruelle designed more than 40 bridges. She liked to say that a bridge "should look like it is '
            'holding its breath."')
    assert speakers(body) == [("should look like it is holding ", "constance-ruelle")]


def test_someones_partner_set_off_before_the_name_opens_the_colon():
    body = ('Commuter Jessica Tran said they had bought their house because of the line. "We bought here because '
            'the tram was coming," she said. Her partner, Dylan Rowe, was blunter: "Feels like we got sold a '
            'brochure."')
    assert speakers(body)[-1] == ("Feels like we got sold a brochu", "dylan-rowe")


def test_the_company_after_a_sentence_opening_on_a_miners_name():
    body = ('The sharemarket fell for a third session as iron ore prices slipped.\n\n'
            'Koorong Iron shares fell 3.1 per cent. In a statement to the ASX, the company said its costs remained '
            '"among the lowest in the industry".')
    assert speakers(body) == [("among the lowest in the industr", "koorong-iron")]


def test_a_colon_lead_in_opens_on_the_name_after_but():
    body = ('Kirsty Mahoney is an analyst at Bellamy Capital. Sam Nguyen manages a fund.\n\n'
            'Ms Mahoney expects the price to find support near $US85, but Mr Nguyen was less sure: "I would want to see '
            'port inventories fall first."\n\n'
            'Mark Rutte told our president last year, and I was in the room: "The door is not closed."')
    assert speakers(body) == [("I would want to see port invent", "sam-nguyen"),
                              ("The door is not closed.", "mark-rutte")]


# After the sealed batch analysis 76 (measured once on the rules above).

def test_a_quoted_question_standing_alone_before_the_answer_is_the_interviewers():
    body = ('Ms Delaney, the singer, laughs when I read her the line. "Unbearable is fair," she says.\n\n'
            '"Are you ready to go back on the road?"\n\n'
            '"Not even slightly," she says flatly.')
    found = speakers(body)
    assert found[1] == ("Are you ready to go back on the", None)
    assert found[2][1] == found[0][1]


def test_he_said_after_an_unnamed_relatives_report_is_the_relatives():
    body = ('Brendan Mulvaney was jailed for two and a half years. He was also banned from driving.\n\n'
            'Outside court, the girl\'s father said the family was relieved. "Two and a half years. She will be living '
            'with this for a lot longer than that," he said.')
    assert speakers(body) == [("Two and a half years. She will ", None)]


def test_a_hyphenated_first_name_tells_a_he_from_a_she():
    body = ('"Canada will be there," Defence Minister Priya Raman told Marc-André Lavoie, the host.\n\n'
            '"How many are we talking about?" Lavoie asked.\n\n'
            '"That is a conversation we are having with our allies," she replied.')
    assert speakers(body)[-1] != ("That is a conversation we are h", "marc-andre-lavoie")


def test_the_reported_subject_screamed_the_words():
    body = ('Crown prosecutor Daniel Fitzhenry said Brendan Mulvaney got out of his ute and screamed: "Learn to drive '
            'or get off the road." Fitzhenry said a witness then shouted: "Leave her alone!"')
    assert speakers(body) == [("Learn to drive or get off the r", "brendan-mulvaney"), ("Leave her alone!", None)]


def test_a_semiconductor_company_called_by_its_first_word():
    body = ('Veridian Semiconductor is recalling 1.4 million microcontrollers.\n\n'
            'Veridian said in an emailed statement that it "takes all customer reports seriously".')
    assert speakers(body) == [("takes all customer reports seri", "veridian-semiconductor")]


def test_names_people_have_taken_to_calling_things_are_no_ones_words():
    body = ('Her fans, who call themselves "the Salties", sang along. Residents have taken to calling the project the '
            '"Never-Line". By 7.30 the queue, which staff have taken to calling "the Monday stampede", reached the '
            'road.')
    assert speakers(body) == []


def test_as_early_as_a_month_is_a_dated_event():
    found = analyse_article(article('A validation engineer said his team had flagged the fault as early as July.',
                                    date="2026-12-02"), (), PEOPLE)
    assert [(e.date, e.precision) for e in found.events] == [("2026-07", "month")]


def test_a_hyphenated_name_the_lexicon_knows_whole_keeps_its_gender():
    # (The review's probe: "Jean-Luc" is a man's name whole; its "Jean" alone is a woman's in English.)
    body = ('Jean-Luc Moreau chaired the meeting on Monday.\n\n'
            '"We have a deal," he said.')
    assert speakers(body) == [("We have a deal", "jean-luc-moreau")]
