"""site/briefing.json: the briefing as data, for scripts and other sites.

The schema is documented in the README ("site/briefing.json"). It only grows: a new field may
appear, an existing one keeps its name and meaning; `version` goes up when that promise breaks.
"""
from __future__ import annotations

import json
from typing import Optional

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


def briefing_data(briefing: Briefing, site_title: str = "", base_url: Optional[str] = None) -> dict:
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
    return {
        "version": VERSION,
        "site": {"title": site_title, "base_url": base_url},
        "topics": [{
            "slug": tb.topic.slug, "title": tb.topic.title, "description": tb.topic.description,
            "url": f"topics/{tb.topic.slug}/", "summary": tb.bottom_line,
            "key_points": [_point(p) for p in tb.key_points],
            "quotes": [_quote(q) for q in tb.quotes],
            "timeline": [_event(e) for e in tb.timeline],
            "people": list(tb.people),
            "articles": list(tb.articles),
        } for tb in briefing.topics],
        "articles": [{
            "slug": a.slug, "title": a.title, "date": a.date, "author": a.author, "publisher": a.publisher,
            "url": f"articles/{a.slug}/", "source_url": a.url,
            "topics": list(topics_of.get(a.slug, a.topics)),
            "quotes": [_quote(q, with_article=False) for q in quotes_of.get(a.slug, [])],
        } for a in site.articles],
        "people": [{
            "slug": p.slug, "name": p.name, "role": p.role, "kind": p.kind, "url": f"people/{p.slug}/",
            "in_gazetteer": p.slug not in unknown, "quotes": quoted.get(p.slug, 0),
            "mentions": [_ref(r) for r in mentions.get(p.slug, ())],
        } for p in briefing.people],
    }


def briefing_json(briefing: Briefing, site_title: str = "", base_url: Optional[str] = None) -> str:
    return json.dumps(briefing_data(briefing, site_title, base_url), ensure_ascii=False, indent=1) + "\n"
