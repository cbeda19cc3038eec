"""Topics named only in passing: a kind of thing under "a", "an" or "any" is not the story's own."""
from __future__ import annotations

from pathlib import Path

from sitegen import markdown
from sitegen.analysis.topics import assign_topics
from sitegen.config import load_config
from sitegen.content import load_topics
from sitegen.errors import Report
from sitegen.model import Topic

TALKS = Topic(slug="talks", title="Talks", description="", terms=("talks", "ceasefire", "meeting", "peace deal"), min_paragraphs=2)


def _topics(paragraphs: list[str], topics=(TALKS,), title: str = "Dockers walk out") -> tuple[str, ...]:
    return assign_topics(markdown.paragraphs("\n\n".join(paragraphs)), topics, title)


def test_scattered_words_under_an_indefinite_article_do_not_file_a_short_story_under_the_topic():
    filler = ["Dockers at the port walked out at dawn, leaving ships at anchor."] * 7
    kinds = list(filler)
    kinds[1] = "The union wants the port reopened to grain ships before a ceasefire is signed."
    kinds[5] = "Members will vote at a union meeting on Friday."
    assert _topics(kinds) == ()
    # The same two paragraphs naming the talks' own ceasefire and meeting are a good part of a short story.
    own = list(filler)
    own[1] = "The union wants the port reopened to grain ships once the ceasefire is signed."
    own[5] = "Ministers discussed the port at the meeting in Geneva on Friday."
    assert _topics(own) == ("talks",)


def test_a_phrase_and_a_kind_of_thing_scattered_in_a_long_story_are_a_mention_in_passing():
    filler = ["Dockers at the port walked out at dawn, leaving ships at anchor."] * 10
    passing = list(filler)
    passing[2] = "Shipping lines hope the strike ends before any real ceasefire reopens the Black Sea routes."
    passing[8] = "The dispute comes as Washington pushes both sides toward a peace deal."
    assert _topics(passing) == ()
    # One of them the story's own and naming two terms still tells of the talks.
    passing[2] = "Shipping lines watched the talks on a ceasefire closely."
    assert _topics(passing) == ("talks",)


def test_the_default_guarantees_topic_knows_european_and_western_troops():
    topics = load_topics(load_config(Path(__file__).resolve().parent.parent), Report())
    filler = ["Air raid sirens sounded across the capital overnight."] * 8
    paragraphs = list(filler)
    paragraphs[1] = "Paris and London presented plans for a reassurance force to ministers in Brussels."
    paragraphs[6] = "Moscow said any Western troops in Ukraine would be legitimate targets."
    assert "nato-guarantees" in _topics(paragraphs, topics, "Sirens in the capital")


def test_the_default_guarantees_topic_knows_the_coalition_of_the_willing_and_its_multinational_force():
    topics = load_topics(load_config(Path(__file__).resolve().parent.parent), Report())
    filler = ["Air raid sirens sounded across the capital overnight."] * 8
    paragraphs = list(filler)
    paragraphs[1] = "Defence chiefs of the coalition of the willing met in Paris to plan a multinational force."
    paragraphs[6] = "Officers said the multinational force would be based away from the front line."
    assert "nato-guarantees" in _topics(paragraphs, topics, "Sirens in the capital")


def test_mentions_only_in_clauses_of_background_do_not_file_a_story_under_another_headline():
    filler = ["Dockers at the port walked out at dawn, leaving ships at anchor."] * 9
    background = list(filler)
    background[1] = "The union called the strike as ministers prepared for talks in Geneva."
    background[2] = "Pickets stayed at the gates while the ceasefire held in the east."
    background[5] = "It hopes to settle before the next meeting of ministers."
    background[6] = "Ports elsewhere stayed open, even as negotiators met."
    assert _topics(background) == ()
    # The same words in clauses of their own speak of the talks.
    own = list(filler)
    own[1] = "Ministers prepared for talks in Geneva."
    own[2] = "The ceasefire held in the east."
    own[5] = "The next meeting of ministers is in Rome."
    own[6] = "Negotiators met for six hours."
    assert _topics(own) == ("talks",)
    # Under a headline on the topic, a lede's clause of background still tells of it.
    assert _topics(background, title="Dockers strike as ceasefire talks open") == ("talks",)


def test_even_as_opens_a_clause_of_background_without_a_comma():
    filler = ["Dockers at the port walked out at dawn, leaving ships at anchor."] * 9
    paragraphs = list(filler)
    paragraphs[1] = "The union widened the strike to two more terminals even as peace talks resumed in Geneva."
    paragraphs[6] = "Members met again at the union hall, where the peace deal was barely mentioned."
    assert _topics(paragraphs) == ()


def test_a_term_named_only_as_missing_does_not_make_a_second_one():
    filler = ["Dockers at the port walked out at dawn, leaving ships at anchor."] * 10
    paragraphs = list(filler)
    paragraphs[8] = "The dispute comes as Washington pushes both sides toward a peace deal."
    paragraphs[4] = "Ministers also discussed the talks in Vienna, which broke up on Monday without a ceasefire."
    assert _topics(paragraphs) == ()
    # Named as the talks' subject, the ceasefire counts: two terms of the story's own.
    paragraphs[4] = "Ministers also discussed the talks in Vienna on a ceasefire."
    assert _topics(paragraphs) == ("talks",)


def test_a_term_only_in_a_name_or_a_title_is_a_mention_in_passing():
    climate = Topic(slug="climate", title="Climate", description="", terms=("carbon tax", "emissions"), min_paragraphs=2)
    filler = ["Dockers at the port walked out at dawn, leaving ships at anchor."] * 10
    paragraphs = list(filler)
    # An institution's name and a work's title, capitalized mid-sentence, beside one mention of the story's own.
    paragraphs[2] = "The Office for Carbon Tax and Trade said it would not step in."
    paragraphs[5] = "Its report, \"Ports, Emissions and Jobs\", is due in June."
    paragraphs[8] = "The union's leader said dockers were paying for a carbon tax nobody voted for."
    assert _topics(paragraphs, (climate,)) == ()
    # The story's own words for the same things: a phrase of the topic in two scattered paragraphs.
    paragraphs[2] = "The port's owners said the carbon tax would cost them more than the strike."
    assert _topics(paragraphs, (climate,)) == ("climate",)


def test_a_topic_of_one_word_named_as_the_storys_own_twice_far_apart():
    # A one-term topic cannot be named by two of its terms: two own mentions are all it can give.
    gambling = Topic(slug="gambling", title="Gambling", description="", terms=("gambl*",), min_paragraphs=2)
    filler = ["The treasurer kept the books of the church charity for eleven years, the court heard."] * 12
    story = list(filler)
    story[0] = "A bookkeeper who stole from a church charity to fund her online gambling has been jailed."
    story[9] = "Her gambling, the judge said, was an explanation but not an excuse."
    assert _topics(story, (gambling,)) == ("gambling",)


def test_own_mentions_making_a_quarter_of_a_story_file_it_under_the_topic():
    promotion = Topic(slug="promotion", title="Promotion", description="", terms=("promotion", "leaders"), min_paragraphs=2)
    filler = ["The striker has scored seventeen goals this season and trained as normal on Friday."] * 12
    story = list(filler)
    story[2] = "The club are third, two points behind the leaders with fourteen games left."
    story[6] = "His agent said the player was fully focused on the club's push for promotion."
    story[10] = "Supporters posted that promotion was worth more than any fee the club could be offered."
    assert _topics(story, (promotion,)) == ("promotion",)
