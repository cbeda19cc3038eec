"""site/briefing.json: the briefing as data, for scripts and other sites.

The schema is documented in the README ("site/briefing.json"). It only grows: a new field may
appear, an existing one keeps its name and meaning; `version` goes up when that promise breaks.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring
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
        # Each SourceRef becomes its _ref as it is encoded (see _ENCODER): a person named in thousands of
        # paragraphs made a list of as many dicts first (48,000 of them, 17 MB, at 10,000 articles).
        "mentions": list(mentions),
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
    return json.loads(briefing_json(briefing, site_title, base_url))


def _encodable(value: object) -> dict:
    if isinstance(value, SourceRef):
        return _ref(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), default=_encodable)
LIST_PART = 1000  # items of a long list encoded together (see _encoded)


def _encoded(value: object) -> Iterator[str]:
    """_ENCODER.encode(value) in pieces, a long list LIST_PART items at a time, alone or as a dict's value:
    the encoder makes a dozen small strings per item before joining them, 29 MB for the line of a person
    named 48,000 times. A list of SourceRefs (a person's mentions) is spelled out by _ref_json."""
    if isinstance(value, dict) and any(_spelled_out(v) for v in value.values()):
        for n, (key, item) in enumerate(value.items()):
            yield ("{" if n == 0 else ", ") + _ENCODER.encode(key) + ": "
            yield from _encoded(item)
        yield "}"
    elif isinstance(value, list) and value and type(value[0]) is SourceRef:
        for i in range(0, len(value), LIST_PART):
            yield ("[" if i == 0 else ", ") + ", ".join(map(_ref_json, value[i:i + LIST_PART]))
        yield "]"
    elif isinstance(value, list) and len(value) > LIST_PART:
        for i in range(0, len(value), LIST_PART):
            yield ("[" if i == 0 else ", ") + _ENCODER.encode(value[i:i + LIST_PART])[1:-1]
        yield "]"
    else:
        yield _ENCODER.encode(value)


def _spelled_out(value: object) -> bool:
    return isinstance(value, list) and (len(value) > LIST_PART or bool(value) and type(value[0]) is SourceRef)


_string = encode_basestring  # the encoder's own spelling of a string (ensure_ascii=False)


def _ref_json(ref: object) -> str:
    """_ENCODER.encode(_ref(ref)), character for character, without making the dict: through the encoder's
    default hook, 216,000 mentions at 10,000 articles took a third of writing briefing.json."""
    if type(ref) is not SourceRef:
        return _ENCODER.encode(ref)
    article, anchor = ref.article, ref.anchor
    return ('{"article": ' + _string(article) + ', "anchor": ' + _string(anchor) + ', "url": '
            + _string(f"articles/{article}/#{anchor}") + "}")


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
            if n:
                yield ",\n  "
            line = known.get(key) if key is not None else None
            if line is None:
                pieces = _encoded(build())
                if key is None:
                    yield from pieces
                    continue
                line = "".join(pieces)
            lines[key] = line
            yield line
        yield "\n ]"
    yield "\n}\n"
    if memo is not None:
        memo.clear()
        memo.update(lines)
