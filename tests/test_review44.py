"""Guards from the review of stop 44's rules: made-up inputs on which a first version of a rule gave a worse answer
than the code before it (each now as the code before gave it, or better)."""
from __future__ import annotations

import pytest

from analysis_helpers import analyse


ANALYSIS = [
    ('R1_developer', 'Property developer Tom Reed said the scheme would create 300 homes. "We have waited four years for this," he said.',
     [('We have waited four years for this', 'tom-reed')]),
    ('R1_publisher', 'Independent publisher Margaret Lowe said sales had doubled. "People want real books," she said.',
     [('People want real books', 'margaret-lowe')]),
    ('R1_police', 'Witnesses told police Tom Reed had been drinking before the crash.\n\n"I had two pints," Reed said in court.',
     [('I had two pints', 'tom-reed')]),
    ('R2_mr', 'John Smith, the council leader, defended the plan. "It is fair," Mr Smith said.\n\nBut David Smith, who leads the opposition group, was unconvinced. "It is a mess," Mr Smith said.',
     [('It is fair', 'john-smith'), ('It is a mess', 'david-smith')]),
    ('R2_ms', 'Headteacher Anne Walsh said the school would reopen on Monday. "The building is safe," Ms Walsh said.\n\nParent Siobhan Walsh said she was not convinced.\n\n"Nobody has shown us the survey," Ms Walsh said.',
     [('The building is safe', 'anne-walsh'), ('Nobody has shown us the survey', 'siobhan-walsh')]),
    ('R3_bare', 'Serena Williams won her first-round match 6-1 6-2 on Monday.\n\n"I felt good out there," Williams said.\n\nHer sister Venus Williams was less fortunate, losing in three sets to a qualifier.\n\n"I just did not have it today," Williams said. Serena and Venus will play doubles on Wednesday.',
     [('I felt good out there', 'serena-williams'), ('I just did not have it today', 'venus-williams')]),
    ('R3_bare_lee', 'Grace Lee, 34, opened the café in 2019.\n\n"It was a gamble," Lee said.\n\nSarah Lee, who runs the bakery next door, is no relation. She said trade had halved since the road closed.\n\n"We are hanging on," Lee said. Sarah plans to close in March.',
     [('It was a gamble', 'grace-lee'), ('We are hanging on', 'sarah-lee')]),
    ('R5_kin', 'Tom Reed, 17, has been picked for the national team. His father, Mark Reed, drove him to every session.\n\nHis father said: "He has earned it."',
     [('He has earned it.', 'mark-reed')]),
    ('R5_kin2', 'Ellie Hart, 9, was pulled from the river by two passers-by. Her mother, Karen Hart, rushed to the hospital.\n\nHer mother told the BBC: "They saved her life."',
     [('They saved her life.', 'karen-hart')]),
    ('R6_questions', 'Professor Ines Walcott, the vice-chancellor, has led the university since 2019. "We will survive this," Walcott said in March.\n\nThe Herald also sent questions to Dr Sione Latu, the union\'s president, who did not reply.\n\nWe spoke to the vice-chancellor on Monday.\n\n**Why cut languages?**\n\n"Enrolments have fallen below ten students in some papers."\n\n**Will you resign?**\n\n"No. My job is to keep this university open."',
     [('We will survive this', 'ines-walcott'), ('Enrolments have fallen below ten student', 'ines-walcott'), ('No. My job is to keep this university op', 'ines-walcott')]),
    ('R7_age', 'Rovers coach Tom Reed, 58, has signed striker Sam Lee, 21, from City.\n\n"I have always wanted to play here," the 21-year-old said.',
     [('I have always wanted to play here', None)]),
    ('R7_age2', 'Tom Reed, 45, admitted assault at Leeds Crown Court. The court heard that Jane Cole, 32, had been walking home.\n\n"I am deeply sorry," the 45-year-old told the court.',
     [('I am deeply sorry', None)]),
    ('R8_react', 'Judge Sarah Lin asked Tom Reed whether he had anything to say. He shrugged.\n\n"Then you leave me no choice."',
     [('Then you leave me no choice.', None)]),
    ('R8_react2', 'Jane Cole told her coach, Tom Reed, that she wanted to quit. He frowned.\n\n"I thought about it for a week, and then I went back to training."',
     [('I thought about it for a week, and then ', None)]),
    ('R9_profile', 'Ivy Calder has a new album out, and she says it is her angriest.\n\n"I wrote it in a month," she says. "I had to." Calder laughs about it now.\n\nCalder grew up above a pub in Hull, and she still sings like someone trying to be heard over one.\n\nHer mother, who still runs the pub, says she always knew.\n\n"She sang before she talked," she says.',
     [('I wrote it in a month', 'ivy-calder'), ('I had to.', 'ivy-calder'), ('She sang before she talked', None)]),
    ('R9_profile2', 'Ivy Calder has a new album out, and she says it is her angriest.\n\n"I wrote it in a month," she says. "I had to." Calder laughs about it now.\n\nCalder grew up above a pub in Hull, and she still sings like someone trying to be heard over one.\n\nOne fan, a nurse from Leeds, says she queued for six hours for a ticket. "I\'d queue for twelve," she says.\n\n"She got me through my divorce," she adds.',
     [('I wrote it in a month', 'ivy-calder'), ('I had to.', 'ivy-calder'), ("I'd queue for twelve", None), ('She got me through my divorce', None)]),
    ('R10_join', '"I have nothing to add," Tom Reed said, before Jane Cole could ask another question: "Goodbye."',
     [('I have nothing to add', 'tom-reed'), ('Goodbye.', 'tom-reed')]),
    ('R10_join2', '"We are not going anywhere," said Tom Reed, as Jane Cole nodded beside him: "This is our home."',
     [('We are not going anywhere', 'tom-reed'), ('This is our home.', 'tom-reed')]),
    ('R11_scene', 'Keir Starmer campaigned in the north on Saturday.\n\nAt a rally in Leeds, the prime minister said the economy was turning. "We will deliver," he said.',
     [('We will deliver', 'keir-starmer')]),
    ('R11_aside', 'Keir Starmer campaigned in the north on Saturday.\n\nThe prime minister in Leeds said the economy was turning. "We will deliver," he said.',
     [('We will deliver', 'keir-starmer')]),
    ('R11_base', 'Keir Starmer campaigned in the north on Saturday.\n\nThe prime minister said the economy was turning. "We will deliver," he said.',
     [('We will deliver', None)]),
]


@pytest.mark.parametrize("name, body, expected", ANALYSIS, ids=[c[0] for c in ANALYSIS])
def test_review_guard_speakers(name, body, expected):
    assert [(q.text[:40], q.speaker) for q in analyse(body).quotes] == expected


# Ingest.

from ingest_fixtures import ENGLISH_LEAD as L, ENGLISH_NEXT as N, ENGLISH_THIRD as T, STORY, body_lines  # noqa: E402
from sitegen.ingest.extract import extract  # noqa: E402

H = "Council votes 5-2 to keep Eastside library branch open through 2026"
CLOSING = "Operators and the board will meet again in March to agree the winter timetable for every route."


def _text(lines: list[str], sep: str = "\n"):
    return extract(sep.join(lines).encode(), "page.txt")


def test_a_read_also_links_date_line_is_no_subheading():
    found = _text([H, "By Ana Ruiz", "June 3, 2025", L, *STORY, N, "Read also",
                   "County bus routes: what the new contracts mean for villages in the north", "Ana Ruiz, 2 June", T,
                   CLOSING], "\n\n")
    assert not any(line.startswith("## Ana Ruiz") for line in body_lines(found.blocks))


def test_picture_opening_a_sentence_of_the_story_is_no_credit():
    line = "It is 7pm in Marsh End and the last bus left at four. Picture: a village of 600 people, and not one way out after dark."
    assert line in body_lines(_text([H, "By Ana Ruiz", "June 3, 2025", L, N, line, T]).blocks)


@pytest.mark.parametrize("caption", ["Slide 3: The bus shelter at Coleford in the snow last winter",
                                     "Screenshot 2: The council's consultation page as it appeared in March"])
def test_a_numbered_captions_label_is_no_part_heading(caption):
    assert body_lines(_text([H, "By Ana Ruiz", "June 3, 2025", L, caption, N, T]).blocks) == [L, N, T]


def test_the_article_tags_date_beats_a_web_page_nodes():
    page = ("<!doctype html><html lang='en'><head><title>Library vote | The Valley Ledger</title>"
            "<meta property='article:published_time' content='2025-06-03T09:00:00+00:00'>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":"
            "\"Library vote\",\"datePublished\":\"2019-03-01T09:00:00+00:00\"}</script>"
            f"</head><body><main><h1>{H}</h1><p class='date'>Tuesday 3 June 2025</p>"
            + "".join(f"<p>{p}</p>" for p in [L, N, T, *STORY]) + "</main></body></html>")
    assert extract(page.encode(), "page.html").date == "2025-06-03"
