"""Made-up articles run through analysis, for the unit tests of rules each blind batch asked for."""
from __future__ import annotations

from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer
from sitegen.model import Article, ArticleAnalysis

# Two people every test article may name without introducing them (as the project's gazetteer would).
PEOPLE = load_gazetteer([{"name": "Vladimir Putin"}, {"name": "Sergei Lavrov"}], "people.yaml")


def article(body: str, date: str | None = None, title: str = "A story") -> Article:
    return Article(slug="a", title=title, body=body, paragraphs=markdown.paragraphs(body), date=date)


def analyse(body: str, date: str | None = None, title: str = "A story") -> ArticleAnalysis:
    return analyse_article(article(body, date, title), (), PEOPLE)


def speakers(body: str) -> list[tuple[str, str | None]]:
    """Each quote's first 31 characters with the slug of its speaker."""
    return [(q.text[:31], q.speaker) for q in analyse(body).quotes]


def people(body: str) -> set[str]:
    return {p.slug for p in analyse(body).people}
