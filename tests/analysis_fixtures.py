"""The labelled articles in tests/fixtures/analysis/ and how analysis is scored against them.

Shared by tests/test_analysis_fixtures.py and benchmarks/analysis_quality.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from label_yaml import read_yaml
from sitegen import markdown
from sitegen.analysis.people import load_gazetteer
from sitegen.config import load_config
from sitegen.content import load_topics
from sitegen.errors import Report
from sitegen.model import Article, ArticleAnalysis, Person, Topic
from sitegen.slug import slugify

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "analysis"


@dataclass(frozen=True)
class Labelled:
    name: str
    article: Article
    topics: tuple[Topic, ...]
    people: tuple[Person, ...]
    expect: dict


def default_topics() -> tuple[Topic, ...]:
    return load_topics(load_config(REPO), Report())


def default_people() -> tuple[Person, ...]:
    path = REPO / "content" / "people.yaml"
    return load_gazetteer(read_yaml(path), str(path))


def load(path: Path) -> Labelled:
    data = read_yaml(path)
    body = data["body"]
    date = data.get("date")
    article = Article(slug=path.stem, title=data["title"], body=body, paragraphs=markdown.paragraphs(body),
                      date=str(date) if date else None)
    if data.get("topics"):
        # (As content.py reads a topic's file: a term YAML reads as a number, "911", is that word.)
        topics = tuple(Topic(slug=slug, title=slug, description="", terms=tuple(map(str, spec["terms"])),
                             exclude=tuple(map(str, spec.get("exclude") or ())),
                             weak_terms=tuple(map(str, spec.get("weak_terms") or ())),
                             min_paragraphs=spec.get("min_paragraphs", 1))
                       for slug, spec in data["topics"].items())
    else:
        topics = default_topics()
    people = default_people() + load_gazetteer(data.get("people"), str(path))
    return Labelled(path.stem, article, topics, people, data["expect"])


def load_all() -> list[Labelled]:
    return [load(p) for p in sorted(FIXTURES.glob("*.yaml"))]


def lost_key(text: str) -> str:
    """How tests/fixtures/analysis/lost_speakers.json names a quote: its first 60 characters, spaces made one."""
    return " ".join(text.split())[:60]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’'.,!?;:]", "", text.lower())).strip()


@dataclass
class QuoteOutcome:
    fixture: str
    expected_text: str
    expected_speaker: Optional[str]  # slug or None
    found: bool
    speaker: Optional[str] = None  # slug the system gave, when found


@dataclass
class Score:
    quotes: list[QuoteOutcome] = field(default_factory=list)
    scare_quotes_listed: list[str] = field(default_factory=list)
    topic_tp: int = 0
    topic_fp: int = 0
    topic_fn: int = 0
    events_expected: int = 0
    events_found: int = 0
    missed_events: list[str] = field(default_factory=list)

    @property
    def attributed(self) -> list[QuoteOutcome]:
        return [q for q in self.quotes if q.found and q.speaker]

    def speaker_precision(self) -> float:
        given = self.attributed
        return sum(q.speaker == q.expected_speaker for q in given) / len(given) if given else 1.0

    def speaker_recall(self) -> float:
        wanted = [q for q in self.quotes if q.expected_speaker]
        return sum(q.found and q.speaker == q.expected_speaker for q in wanted) / len(wanted) if wanted else 1.0

    def speaker_accuracy(self) -> float:
        """Right speaker, or rightly none, over every labelled quote."""
        return sum(q.found and q.speaker == q.expected_speaker for q in self.quotes) / max(1, len(self.quotes))

    def wrong_where_null(self) -> int:
        return sum(1 for q in self.quotes if q.found and q.speaker and q.expected_speaker is None)

    def wrong_speakers(self) -> list[QuoteOutcome]:
        return [q for q in self.attributed if q.speaker != q.expected_speaker]

    def lost_speakers(self) -> list[QuoteOutcome]:
        """Quotes whose labelled speaker the analysis does not give, and gives no one else: missed, or found with none."""
        return [q for q in self.quotes if q.expected_speaker and (not q.found or q.speaker is None)]

    def quote_recall(self) -> float:
        return sum(q.found for q in self.quotes) / max(1, len(self.quotes))

    def topic_f1(self) -> tuple[float, float, float]:
        p = self.topic_tp / max(1, self.topic_tp + self.topic_fp)
        r = self.topic_tp / max(1, self.topic_tp + self.topic_fn)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speaker_slug(name: Optional[str], people: tuple[Person, ...] = ()) -> Optional[str]:
    """The slug a labelled speaker is found under. A spelling the gazetteer (`people`) gives as a variant of someone
    is that person, as the analysis merges them: "Sergey Lavrov" (an alias of Sergei Lavrov), "Volodymyr Zelenskyy"
    (the alias "Zelenskyy" after Volodymyr Zelensky's own first name)."""
    if not name:
        return None
    wanted = name.casefold()
    for person in people:
        first = person.name.split()[0]
        for alias in person.aliases:
            if wanted in (alias.casefold(), f"{first} {alias}".casefold()):
                return person.slug
    # (Without its "the" before the slug is made: a long name's slug is shortened by its small words, and "The Ministry
    # of Consumer Affairs, Food and Public Distribution" would lose its "of" and "and" where the name without it keeps
    # them.)
    return _without_the(slugify(re.sub(r"^[Tt]he\s+", "", name)))


def _without_the(slug: Optional[str]) -> Optional[str]:
    """A speaker's slug without a leading "the-": "The European Commission" and "European Commission" are one speaker
    (labels follow the article's wording, and the analysis keeps "the" in a description it shows as a name)."""
    return slug[4:] if slug and slug.startswith("the-") else slug


def score(labelled: list[Labelled], analyse: Callable[[Labelled], ArticleAnalysis]) -> Score:
    out = Score()
    for case in labelled:
        result = analyse(case)
        expected_topics = set(case.expect.get("topics") or ())
        got = set(result.topics)
        out.topic_tp += len(got & expected_topics)
        out.topic_fp += len(got - expected_topics)
        out.topic_fn += len(expected_topics - got)
        pool = list(result.quotes)
        wanted_items = list(case.expect.get("quotes") or ())
        matches: dict[int, object] = {}
        # A found quote that starts with the expected words is its match; containment only for what is left.
        for rule in (lambda w, q: _norm(q.text).startswith(w), lambda w, q: w in _norm(q.text)):
            for k, item in enumerate(wanted_items):
                if k in matches:
                    continue
                match = next((q for q in pool if rule(_norm(item["text"]), q)), None)
                if match is not None:
                    pool.remove(match)
                    matches[k] = match
        for k, item in enumerate(wanted_items):
            match = matches.get(k)
            out.quotes.append(QuoteOutcome(case.name, item["text"], speaker_slug(item.get("speaker"), case.people),
                                           match is not None, _without_the(match.speaker) if match else None))
        for text in case.expect.get("not_quotes") or ():
            if any(_norm(text) == _norm(q.text) for q in result.quotes):
                out.scare_quotes_listed.append(f"{case.name}: {text}")
        for event in case.expect.get("events") or ():
            out.events_expected += 1
            date = str(event["date"])
            # (The label quotes the body's Markdown, the event its paragraph's plain text: "*Marisol Star*" is read
            # as "Marisol Star".)
            contains = re.sub(r"(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1", r"\2", event["contains"])
            if any(e.date == date and e.precision == event["precision"] and contains in e.text
                   for e in result.events):
                out.events_found += 1
            else:
                out.missed_events.append(f"{case.name}: {date} {event['precision']} {event['contains']!r}")
    return out
