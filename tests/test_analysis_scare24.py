"""Scare quotes: names and titles blind batch 24's first run listed as speech, on strings of their own."""
from __future__ import annotations

from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer
from sitegen.model import Article

PEOPLE = load_gazetteer([{"name": "Vladimir Putin"}], "people.yaml")


def quoted(body: str) -> list[str]:
    found = analyse_article(Article(slug="a", title="A story", body=body, paragraphs=markdown.paragraphs(body)), (), PEOPLE)
    return [q.text for q in found.quotes]


def test_a_title_in_title_case_after_the_is_a_name_whoever_speaks():
    assert quoted("Diplomats call the paper the \"Roadmap to a Lasting Settlement\", though no side has signed it.") == []
    # (A verdict in the speaker's words stays a quote.)
    assert quoted("Diplomats called the paper \"a waste of everyone's time\", though no side has said so.") != []


def test_a_lower_case_name_of_a_body_that_meets_is_no_ones_words():
    assert quoted("Ana Ruiz said the \"friends of the harbour\" would meet again in March.") == []
    assert quoted("Ana Ruiz said the \"situation on the quay\" was getting worse.") != []


def test_what_people_heard_in_words_is_not_a_quote():
    assert quoted("When the mayor said on Monday, \"We have balanced the books,\" many residents heard \"more cuts\".") == [
        "We have balanced the books"]
