"""The rules blind batch 26's first run asked for (README 'Batch 26 after its fixes'), on strings of their own."""
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

@pytest.mark.parametrize("apposed", ["its delegate at the depot", "Unite's man in Leeds", "their colleague on the board"])
def test_an_unknown_name_with_what_they_are_to_an_owner_is_a_person(apposed):
    found = speakers(f"The drivers' union was unmoved. Teodoro Vance, {apposed}, said the offer had come too late. "
                     f"\"Nobody here trusts a promise made in March,\" he said.")
    assert found == [("Nobody here trusts a promise ma", "teodoro-vance")]


def test_a_body_apposed_to_its_owner_stays_a_body():
    # ("its parent company" is no person: the pronoun after it finds no one.)
    found = speakers("Orbis Haulage, its parent company, said the offer had come too late. \"We are disappointed,\" he said.")
    assert found == [("We are disappointed", None)]
