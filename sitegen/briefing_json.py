"""site/briefing.json: the briefing as data, for scripts and other sites.

The schema is documented in the README ("site/briefing.json"). It only grows: a new field may
appear, an existing one keeps its name and meaning; `version` goes up when that promise breaks.
"""
from __future__ import annotations

import json
from typing import Iterator, Optional

from sitegen.model import Briefing, Event, KeyPoint, Quote, SourceRef

VERSION = 1


def _ref(ref: SourceRef) -> dict:
    return {"article": ref.article, "anchor": ref.anchor, "url": f"articles/{ref.article}/#{ref.anchor}"}


def _quote(q: Quote, with_article: bool = True) -> dict:
    out = {"text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name, "anchor": q.source.anchor,
           "how": q.how}
    if with_article:
        out = {**out, "article": q.source.article, "url": f"articles/{q.source.article}/#{q.source.anchor}"}
    return out


def _event(e: Event) -> dict:
    return {"date": e.date, "precision": e.precision, "year": e.year, "text": e.text,
            "sources": [_ref(r) for r in e.sources]}


def _point(p: KeyPoint) -> dict:
    return {"text": p.text, "sources": [_ref(r) for r in p.sources]}


def _topic(tb) -> dict:
    return {
        "slug": tb.topic.slug, "title": tb.topic.title, "description": tb.topic.description,
        "url": f"topics/{tb.topic.slug}/", "summary": tb.bottom_line,
        "key_points": [_point(p) for p in tb.key_points],
        "quotes": [_quote(q) for q in tb.quotes],
        "timeline": [_event(e) for e in tb.timeline],
        "people": list(tb.people),
        "articles": list(tb.articles),
    }


def _article(a, topics: tuple, quotes: tuple) -> dict:
    return {
        "slug": a.slug, "title": a.title, "date": a.date, "author": a.author, "publisher": a.publisher,
        "url": f"articles/{a.slug}/", "source_url": a.url,
        "topics": list(topics),
        "quotes": [_quote(q, with_article=False) for q in quotes],
    }


def _person(p, in_gazetteer: bool, quotes: int, mentions: tuple) -> dict:
    return {
        "slug": p.slug, "name": p.name, "role": p.role, "kind": p.kind, "url": f"people/{p.slug}/",
        "in_gazetteer": in_gazetteer, "quotes": quotes,
        "mentions": [_ref(r) for r in mentions],
    }


class _Key:
    """A memo key hashed once (a person's key holds every place they are mentioned: hashing it
    again for each dict operation cost more than encoding the line)."""

    __slots__ = ("parts", "hash")

    def __init__(self, *parts):
        self.parts = parts
        self.hash = hash(parts)

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and self.hash == other.hash and self.parts == other.parts


def _items(briefing: Briefing, keyed: bool = True) -> dict[str, list]:
    """Each list of the document as (key, build) pairs: the key is everything the item is made of
    (hashable, equal keys make equal items; None when not `keyed`), build makes the item."""
    site = briefing.site
    topics_of = dict(briefing.article_topics)
    quotes_of: dict[str, list[Quote]] = {}
    for q in briefing.quotes:
        quotes_of.setdefault(q.source.article, []).append(q)
    mentions = dict(briefing.mentions)
    quoted: dict[str, int] = {}
    for q in briefing.quotes:
        if q.speaker:
            quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
    unknown = set(briefing.unknown_people)
    articles = []
    for a in site.articles:
        topics, quotes = tuple(topics_of.get(a.slug, a.topics)), tuple(quotes_of.get(a.slug, ()))
        articles.append((_Key("article", a.slug, a.title, a.date, a.author, a.publisher, a.url, topics, quotes)
                         if keyed else None,
                         lambda a=a, topics=topics, quotes=quotes: _article(a, topics, quotes)))
    people = []
    for p in briefing.people:
        args = (p.slug not in unknown, quoted.get(p.slug, 0), tuple(mentions.get(p.slug, ())))
        people.append((_Key("person", p, *args) if keyed else None, lambda p=p, args=args: _person(p, *args)))
    return {"topics": [(None, lambda tb=tb: _topic(tb)) for tb in briefing.topics],
            "articles": articles, "people": people}


def briefing_data(briefing: Briefing, site_title: str = "", base_url: Optional[str] = None) -> dict:
    data: dict = {"version": VERSION, "site": {"title": site_title, "base_url": base_url}}
    for name, items in _items(briefing, keyed=False).items():
        data[name] = [build() for _, build in items]
    return data


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def briefing_json(briefing: Briefing, site_title: str = "", base_url: Optional[str] = None,
                  memo: Optional[dict] = None) -> str:
    """One topic, article or person per line: still easy to read and diff, and encoded by json's C
    encoder (any `indent` falls back to pure Python, which took most of a one-article rebuild)."""
    return "".join(briefing_json_chunks(briefing, site_title, base_url, memo))


def briefing_json_chunks(briefing: Briefing, site_title: str = "", base_url: Optional[str] = None,
                         memo: Optional[dict] = None) -> Iterator[str]:
    """briefing_json piece by piece, for writing it without holding all of it.

    `memo` (key → encoded line), kept by the caller between builds, holds the lines of the last
    document: an article or person whose inputs are equal is not encoded again. Once the
    document is complete it holds this document's lines."""
    known = memo if memo is not None else {}
    lines: dict = {}
    yield "{\n " + f"{_ENCODER.encode('version')}: {_ENCODER.encode(VERSION)},\n "
    yield f"{_ENCODER.encode('site')}: {_ENCODER.encode({'title': site_title, 'base_url': base_url})}"
    for name, items in _items(briefing, keyed=memo is not None).items():
        if not items:
            yield f",\n {_ENCODER.encode(name)}: []"
            continue
        yield f",\n {_ENCODER.encode(name)}: [\n  "
        for n, (key, build) in enumerate(items):
            line = known.get(key) if key is not None else None
            if line is None:
                line = _ENCODER.encode(build())
            if key is not None and memo is not None:
                lines[key] = line
            yield line if n == 0 else ",\n  " + line
        yield "\n ]"
    yield "\n}\n"
    if memo is not None:
        memo.clear()
        memo.update(lines)
