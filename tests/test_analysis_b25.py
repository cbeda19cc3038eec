"""The rules blind batch 25's first run asked for (README 'Batch 25 after its fixes'), on strings of their own."""
from __future__ import annotations

import pytest

from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer
from sitegen.model import Article

PEOPLE = load_gazetteer([{"name": "Vladimir Putin"}], "people.yaml")


def _article(body: str, date: str | None = None) -> Article:
    return Article(slug="a", title="A story", body=body, paragraphs=markdown.paragraphs(body), date=date)


def speakers(body: str) -> list[tuple[str, str | None]]:
    found = analyse_article(_article(body), (), PEOPLE)
    return [(q.text[:31], q.speaker) for q in found.quotes]


# Speakers.

@pytest.mark.parametrize("subject, slug", [
    ("Unite, Britain's largest union,", "unite"),
    ("Santander, Spain's biggest bank,", "santander"),
    ("The Carlyle Group, America's oldest buyout firm,", "carlyle-group"),
])
def test_an_owners_description_set_off_after_a_name_says_what_the_name_is(subject, slug):
    found = speakers(f"{subject} said in a statement that it would \"fight every job cut in the courts\".")
    assert found == [("fight every job cut in the cour", slug)]


def test_an_owners_description_opening_the_sentence_is_still_the_speaker():
    found = speakers("In Lisbon, Portugal's finance ministry said the plan was \"simply unaffordable\" this year.")
    assert found == [("simply unaffordable", "portugals-finance-ministry")]
