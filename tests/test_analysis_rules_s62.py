"""Analysis rules of stop 62, from the misses of its blind batches (327 on) and the misses stop 61 left, each tested
on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


def _people(body: str) -> dict:
    return {p.slug: p.kind for p in analyse(body).people}


def test_the_words_after_a_firms_ampersand_are_no_person():
    # (Stop 61's miss: "Meat & Livestock Australia said …" made a person "Livestock Australia", and a later "…," the
    # board said could have gone to them.)
    body = ('Prices eased in October, the industry body said.\n\nKestrel & Dunmore said its orders had fallen. '
            '"We expect a softer January," it said.\n\n"Prices will hold," Meat & Livestock Australia said.')
    found = _people(body)
    assert not any(slug in found for slug in ("dunmore", "livestock-australia"))
    assert _speakers(body)[1] == "meat-livestock-australia"
    # A person named after the firm and a title is still a person: "Marks & Spencer Chief Executive Stuart Machin".
    body = '"Sales rose," said Hollis & Rowe Chief Executive Aoife Brannigan. "We are pleased," Ms Brannigan said.'
    assert _speakers(body) == ["aoife-brannigan", "aoife-brannigan"]
