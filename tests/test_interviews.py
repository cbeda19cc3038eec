"""Interviews printed as transcripts: an answer carries no quotation marks and is still its speaker's words; a
question is the interviewer's only when the article names them; an explainer's Q&A is nobody's speech."""
from __future__ import annotations

from analysis_helpers import analyse, speakers

INTRO = ('Marta Kowalczyk has run the lighthouse museum in Hel for eleven years. "People come for the view and '
         'stay for the ghosts," she says.')


def test_answers_are_the_interviewees_and_questions_the_named_interviewers():
    body = "\n\n".join([
        INTRO,
        "Kowalczyk spoke to Daniel Reyes at the museum. The interview has been edited for length.",
        "Q: Why a lighthouse?",
        "A: Because my grandfather kept this one, and nobody else wanted the job.",
        "Q: Are the ghosts real?",
        "A: Ask me again in winter.",
        "The museum reopens on 1 May.",
    ])
    assert speakers(body) == [
        ("People come for the view and st", "marta-kowalczyk"),
        ("Why a lighthouse?", "daniel-reyes"),
        ("Because my grandfather kept thi", "marta-kowalczyk"),
        ("Are the ghosts real?", "daniel-reyes"),
        ("Ask me again in winter.", "marta-kowalczyk"),
    ]
    # The interviewer is one of the article's people (a people page, a name under "who said what").
    assert "daniel-reyes" in {p.slug for p in analyse(body).people}


def test_an_unnamed_interviewer_asks_nobody_s_questions_and_the_answers_stay_hers():
    body = "\n\n".join([INTRO, "She spoke to us on Monday.", "Q: Why a lighthouse?",
                        "A: Because my grandfather kept this one."])
    assert speakers(body) == [("People come for the view and st", "marta-kowalczyk"),
                              ("Because my grandfather kept thi", "marta-kowalczyk")]


def test_the_reporter_named_before_spoke_to_is_the_interviewer():
    body = "\n\n".join([INTRO, "Our reporter Helen Achebe spoke to Kowalczyk in Gdańsk.",
                        "Q: What scares visitors most?", "A: The stairs. I have counted them: 182."])
    assert speakers(body)[1:] == [("What scares visitors most?", "helen-achebe"),
                                  ("The stairs. I have counted them", "marta-kowalczyk")]


def test_a_name_as_the_label_says_who_answers():
    body = "\n\n".join([
        'Ashworth manager Craig Devlin was in no mood to get carried away after the 2-1 win.',
        "Q: Is promotion back on?",
        "Devlin: It was never off. But we can't keep giving teams a goal start.",
        "Q: What did you say to Daniel?",
        "Devlin: Not much.",
    ])
    assert speakers(body) == [("It was never off. But we can't ", "craig-devlin"), ("Not much.", "craig-devlin")]


def test_bold_questions_with_named_answers_and_a_question_and_answer_copied_as_one_paragraph():
    bold = "\n\n".join(["Daria Hrytsenko heads the sanctions team at the institute.", "**Are sanctions working?**",
                        "Hrytsenko: More slowly than we hoped, but they are working."])
    assert speakers(bold) == [("More slowly than we hoped, but ", "daria-hrytsenko")]
    one = "\n\n".join(["Daria Hrytsenko heads the sanctions team at the institute.",
                       "**Q: Are sanctions working?**\n**Hrytsenko:** More slowly than we hoped.",
                       "**Q: And the oil price cap?**\n**Hrytsenko:** It leaks."])
    assert speakers(one) == [("More slowly than we hoped.", "daria-hrytsenko"), ("It leaks.", "daria-hrytsenko")]


def test_an_answers_own_quotation_keeps_its_own_speaker():
    body = "\n\n".join([INTRO, "She talked to us in the lamp room.", "Q: Any advice?",
                        'A: My grandfather used to say, "Never trust a calm sea." I still believe it.'])
    got = speakers(body)
    assert ("My grandfather used to say, \"Ne", "marta-kowalczyk") in got
    assert ("Never trust a calm sea.", None) in got


def test_an_explainers_questions_and_answers_are_nobodys_speech():
    body = "\n\n".join([
        'The council will charge drivers from June. "It is fair," said Councillor Ann Pryce.',
        "Q: Who pays?", "A: Drivers of older diesel cars entering the zone.",
        "Q: How much?", "A: Twelve pounds a day.",
    ])
    assert speakers(body) == [("It is fair", "ann-pryce")]


def test_two_people_quoted_alike_before_an_a_label_leave_the_answers_to_no_one():
    body = "\n\n".join([
        'Ann Pryce, the curator, said: "We open in May." Tom Hale, a guide, said: "Bring a coat."',
        "We asked them about the season.", "Q: Busy?", "A: I hope so.",
    ])
    assert speakers(body) == [("We open in May.", "ann-pryce"), ("Bring a coat.", "tom-hale")]


def test_a_single_label_is_no_transcript():
    body = "\n\n".join(['Ann Pryce said the museum would open. "We are ready," she said.',
                        "Update: The opening moved to Friday.", "Note: Tickets are free."])
    assert speakers(body) == [("We are ready", "ann-pryce")]


def test_questions_residents_asked_make_no_interview_of_an_explainer():
    body = "\n\n".join([
        'The council will charge drivers from June. "It is fair," said Councillor Ann Pryce.',
        "Residents asked questions at a packed meeting on Tuesday.",
        "Q: Who pays?", "A: Drivers of older diesel cars entering the zone.",
    ])
    assert speakers(body) == [("It is fair", "ann-pryce")]
