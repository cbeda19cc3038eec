"""Stop 64's rule: a story is about what it mostly tells of. A topic it gives far fewer paragraphs than its leading
topic, named by neither the headline nor the first paragraph, is a side of a story about something else."""
from __future__ import annotations

import re

from conftest import make_project, run
from sitegen import markdown
from sitegen.analysis.topics import assign_topics, verdicts
from sitegen.model import Topic

FLOODS = Topic(slug="floods", title="Floods", description="", terms=("flood*", "rescue*", "evacuat*"), min_paragraphs=2)
INSURANCE = Topic(slug="insurance", title="Insurance", description="", terms=("insur*", "claim*", "premium*"),
                  min_paragraphs=2)
TOPICS = (FLOODS, INSURANCE)

FLOOD_LINES = [
    "Rescue crews pulled 40 people from flooded homes in Brennford overnight.",
    "The river rose two metres in six hours, and the flood defences on the east bank gave way before midnight.",
    "Volunteers ran boats along Mill Street until dawn to evacuate families from upstairs windows.",
    "The council opened the school hall to evacuated residents and said it would stay open all week.",
    "Fire officers said the rescue was the largest in the county for twenty years.",
    "Forecasters expect more rain on Thursday, and the flood warning stays in place for the valley.",
    "Evacuation routes to the north of the town were closed after a bridge was damaged.",
    "Farmers downstream said the flood water had covered fields sown only last month.",
]
INSURANCE_LINES = [
    "Insurers said they had received hundreds of claims by Wednesday afternoon.",
    "Households without insurance can apply to a hardship fund the council set up last year.",
    "Brokers expect premiums in the valley to rise again at renewal, one of them said.",
]


def _body(flood: list[str], insurance: list[str], at: tuple[int, ...]) -> str:
    """The flood report with the insurance paragraphs put at the given positions."""
    lines = list(flood)
    for pos, text in zip(at, insurance):
        lines.insert(pos, text)
    return "\n\n".join(lines)


def _topics(body: str, title: str) -> tuple[str, ...]:
    return assign_topics(markdown.paragraphs(body), TOPICS, title)


def test_a_topic_given_far_fewer_paragraphs_than_the_story_s_own_is_a_side_of_it():
    # Three paragraphs on the claims in a flood report that gives the rescue eight: a side of the story. Each of the
    # three alone would file it (enough paragraphs, in a row, a good share of it), as it did before.
    body = _body(FLOOD_LINES, INSURANCE_LINES, (5, 6, 7))
    assert _topics(body, "Boats take families from flooded homes in Brennford") == ("floods",)
    judged = verdicts(markdown.paragraphs(body), TOPICS, "Boats take families from flooded homes in Brennford")
    assert judged["insurance"][0] is False
    assert "3 paragraphs, against 8 of its leading topic" in judged["insurance"][1]


def test_a_headline_or_a_first_paragraph_naming_the_lesser_topic_keeps_it():
    body = _body(FLOOD_LINES, INSURANCE_LINES, (5, 6, 7))
    assert _topics(body, "Insurers brace for claims as Brennford floods") == ("floods", "insurance")
    lead_first = _body(FLOOD_LINES, INSURANCE_LINES, (0, 6, 7))
    assert _topics(lead_first, "Boats take families from flooded homes in Brennford") == ("floods", "insurance")


def test_a_topic_given_half_the_room_of_the_leading_one_is_still_what_the_story_is_about():
    # Four paragraphs on the claims against eight on the floods: half, the story is about both.
    body = _body(FLOOD_LINES, INSURANCE_LINES + ["Loss adjusters will visit the worst-hit streets first, "
                                                 "and claims should be filed within a month."], (2, 4, 6, 8))
    assert _topics(body, "Boats take families from flooded homes in Brennford") == ("floods", "insurance")


def test_a_story_with_one_topic_keeps_it_however_few_its_paragraphs():
    # (The leading topic is only among those the story is about: a single topic is never a side of itself.)
    short = ["A cat was rescued from a tree in Hill Road on Sunday.", "Neighbours said the fire crew took ten minutes.",
             "The rescue drew a small crowd.", "The cat is said to be well."]
    assert _topics("\n\n".join(short), "Cat rescued") == ("floods",)


def test_explain_topics_says_a_topic_is_a_side_of_the_story(tmp_path):
    root = make_project(tmp_path / "p")
    (root / "content" / "topics" / "insurance.md").write_text(
        "---\ntitle: Insurance\nterms: [insur*, claim*, premium*]\nmin_paragraphs: 2\n---\nClaims and cover.\n",
        encoding="utf-8")
    (root / "content" / "topics" / "floods.md").write_text(
        "---\ntitle: Floods\nterms: [flood*, rescue*, evacuat*]\nmin_paragraphs: 2\n---\nThe floods.\n",
        encoding="utf-8")
    (root / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (root / "content" / "articles" / "brennford.md").write_text(
        "---\ntitle: Boats take families from flooded homes in Brennford\ndate: 2026-03-04\n---\n\n"
        + _body(FLOOD_LINES, INSURANCE_LINES, (5, 6, 7)) + "\n", encoding="utf-8")
    result = run("explain", "topics", "brennford", "-C", str(root))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^insurance: 3 matching paragraph\(s\), 2 needed → off topic: a side of a story about something "
                     r"else: 3 paragraphs, against 8 of its leading topic", result.stdout, re.M), result.stdout
    assert re.search(r"^floods: 9 matching paragraph\(s\) \(the headline counts as one\), 2 needed → on topic$", result.stdout, re.M), result.stdout
