"""Analysis: a loaded Site → a Briefing. Pure and deterministic.

Two stages, so a cache can keep the expensive one:

    analyse_article(article, topics, people) → ArticleAnalysis   depends on that article alone
    combine(site, analyses)                  → Briefing          the cross-article part

analyse(site) is both, over every article.
"""
from __future__ import annotations

import gc
from collections import Counter
from contextlib import contextmanager
from itertools import chain
from typing import Mapping, Sequence

from sitegen.analysis.keypoints import bottom_line, candidate_sentences, key_points
from sitegen.analysis.people import gazetteer_index, merge_people, recognize
from sitegen.analysis.quotes import find_quotes
from sitegen.analysis.similar import clusters, idf_table
from sitegen.analysis.text import content_words
from sitegen.analysis.timeline import find_events, sort_key
from sitegen.analysis.topics import assign_topics, is_on_topic, topic_paragraphs
from sitegen.model import (Article, ArticleAnalysis, Briefing, Event, Person, Quote, Site, SourceRef, Topic,
                           TopicBriefing)

EVENT_MERGE_THRESHOLD = 0.4
QUOTES_PER_TOPIC = 40
EVENTS_PER_TOPIC = 40


def article_topics(article: Article, site: Site) -> tuple[str, ...]:
    """Front-matter topics win when an editor set them; otherwise they are assigned."""
    if article.topics_fixed:
        return article.topics
    return assign_topics(article.paragraphs, site.topics, article.title)


def analyse_article(article: Article, topics: tuple[Topic, ...], people: tuple[Person, ...]) -> ArticleAnalysis:
    """Everything found in one article: its topics, people, quotes, dated events and key-sentence candidates."""
    on_topic = topic_paragraphs(article.paragraphs, topics)
    if article.topics_fixed:
        assigned = article.topics
    else:
        headline = {t.slug for t in topics if is_on_topic(article.title, t)}
        assigned = tuple(t.slug for t in topics
                         if len(on_topic.get(t.slug, ())) + (t.slug in headline) >= max(1, t.min_paragraphs))
    on_topic = {slug: on_topic.get(slug, ()) for slug in assigned}
    found = recognize(article, people)
    mentions: dict[str, list[int]] = {}
    for m in found.mentions:
        indices = mentions.setdefault(m.key, [])
        if m.paragraph not in indices:
            indices.append(m.paragraph)
    quotes = find_quotes(article, found, gazetteer_index(tuple(people)))
    for q in quotes:
        if q.speaker and q.source.paragraph not in mentions.setdefault(q.speaker, []):
            mentions[q.speaker].append(q.source.paragraph)
    named = tuple(found.people[slug] for slug in sorted(found.people) if slug in mentions)
    return ArticleAnalysis(
        slug=article.slug, topics=tuple(assigned),
        topic_paragraphs=tuple((slug, tuple(on_topic[slug])) for slug in assigned),
        people=named, mentions=tuple((slug, tuple(sorted(mentions[slug]))) for slug in sorted(mentions)),
        unknown_people=tuple(sorted(s for s in found.unknown if s in mentions)),
        quotes=quotes, events=find_events(article),
        sentences=candidate_sentences(article, topics, on_topic),
    )


@contextmanager
def cycle_collector_paused():
    """Analysis allocates a great many small objects and makes no reference cycles. Python's cycle
    collector would rescan the whole, growing heap again and again while it does: at 10,000
    articles that was 40% of combine's time. Paused for the duration, restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def analyse_articles(articles: Sequence[Article], topics: tuple[Topic, ...],
                     people: tuple[Person, ...]) -> dict[str, ArticleAnalysis]:
    """analyse_article for many articles: slug → ArticleAnalysis."""
    with cycle_collector_paused():
        return {a.slug: analyse_article(a, topics, people) for a in articles}


def combine(site: Site, analyses: Mapping[str, ArticleAnalysis]) -> Briefing:
    """The cross-article part: topic briefings, merged people, key points, timelines."""
    with cycle_collector_paused():
        return _combine(site, analyses)


def _combine(site: Site, analyses: Mapping[str, ArticleAnalysis]) -> Briefing:
    articles = [a for a in site.articles if a.slug in analyses]
    newest_first = sorted(articles, key=lambda a: (a.date or "", a.slug), reverse=True)
    order = {a.slug: i for i, a in enumerate(newest_first)}
    dates = {a.slug: a.date for a in articles}

    # Event sentences are compared within their date; their words and weights are computed once.
    event_words = {e.text: frozenset(content_words(e.text)) for a in articles for e in analyses[a.slug].events}
    event_idf = idf_table(list(event_words.values()))
    # paragraph → the people it names, per article: each topic counts its people from its paragraphs.
    people_in: dict[str, dict[int, list[str]]] = {}
    for a in articles:
        named: dict[int, list[str]] = {}
        for person, indices in analyses[a.slug].mentions:
            for i in indices:
                named.setdefault(i, []).append(person)
        people_in[a.slug] = named
    refs: dict[tuple[str, int], SourceRef] = {}

    def ref(slug: str, index: int) -> SourceRef:
        """One SourceRef per paragraph, shared by every topic that lists it."""
        found = refs.get((slug, index))
        if found is None:
            found = refs[(slug, index)] = SourceRef(slug, index)
        return found

    briefings = []
    for topic in site.topics:
        members = [a.slug for a in newest_first if topic.slug in analyses[a.slug].topics]
        on_topic = {slug: set(dict(analyses[slug].topic_paragraphs).get(topic.slug, ())) for slug in members}
        paragraphs = tuple(ref(slug, i) for slug in members for i in sorted(on_topic[slug]))
        candidates = [(slug, ks) for slug in members for ks in analyses[slug].sentences if topic.slug in ks.topics]
        points = key_points(topic, candidates, order)
        quotes = tuple(q for slug in members for q in analyses[slug].quotes
                       if q.source.paragraph in on_topic[slug])
        events = [e for slug in members for e in analyses[slug].events if e.sources[0].paragraph in on_topic[slug]]
        timeline = select_events(merge_events(events, order, event_words, event_idf), order)
        weight: Counter = Counter()
        for slug in members:
            named_in = people_in[slug]
            weight.update(chain.from_iterable(named_in[i] for i in on_topic[slug] if i in named_in))
        for q in quotes:
            if q.speaker:
                weight[q.speaker] += 2
        people = tuple(p for p, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0)
        # Who said what: grouped by speaker, the most present first; quotes nobody is named for last.
        quotes = select_quotes(quotes, people)
        latest = next((dates[s] for s in members if dates[s]), None)
        briefings.append(TopicBriefing(topic=topic, articles=tuple(members), paragraphs=paragraphs,
                                       bottom_line=bottom_line(points, len(members), latest), key_points=points,
                                       quotes=quotes, timeline=tuple(timeline), people=people))

    merged = merge_people(analyses[a.slug].people for a in articles)
    mentions: dict[str, list[SourceRef]] = {}
    for a in articles:
        for person, indices in analyses[a.slug].mentions:
            mentions.setdefault(person, []).extend(SourceRef(a.slug, i) for i in indices)
    mentioned = sorted(mentions, key=lambda s: (-len({r.article for r in mentions[s]}), -len(mentions[s]), s))
    unknown = {s for a in articles for s in analyses[a.slug].unknown_people}
    return Briefing(
        site=site, topics=tuple(briefings),
        quotes=tuple(q for a in articles for q in analyses[a.slug].quotes),
        people=tuple(merged[s] for s in mentioned if s in merged),
        mentions=tuple((s, tuple(mentions[s])) for s in mentioned if s in merged),
        article_topics=tuple((a.slug, analyses[a.slug].topics) for a in articles),
        unknown_people=tuple(sorted(unknown)),
    )


def merge_events(events: Sequence[Event], order: Mapping[str, int], words_of: Mapping[str, frozenset] | None = None,
                 idf: Mapping[str, float] | None = None) -> list[Event]:
    """One event per date and happening: the same date in similar words from several sources merges."""
    by_date: dict[tuple[str, str], list[Event]] = {}
    for e in events:
        by_date.setdefault((e.date, e.precision), []).append(e)
    merged = []
    if words_of is None:
        words_of = {e.text: frozenset(content_words(e.text)) for e in events}
    if idf is None:
        idf = idf_table(list(words_of.values()))
    for (date, precision), group in by_date.items():
        if len(group) == 1:
            merged.append(group[0])
            continue
        words = [words_of[e.text] for e in group]
        for members in clusters(words, EVENT_MERGE_THRESHOLD, groups=[e.sources[0].article for e in group], idf=idf):
            chosen = sorted(members, key=lambda i: (order.get(group[i].sources[0].article, 0), group[i].sources[0].paragraph))
            first = group[chosen[0]]
            sources = tuple(dict.fromkeys(s for i in chosen for s in group[i].sources))
            merged.append(Event(date=date, precision=precision, text=first.text, sources=sources, phrase=first.phrase))
    return sorted(merged, key=sort_key)


def select_events(events: Sequence[Event], order: Mapping[str, int]) -> list[Event]:
    """The events a topic page has room for: the best corroborated, then the most recent; shown in date order."""
    if len(events) <= EVENTS_PER_TOPIC:
        return list(events)
    ranked = sorted(events, key=lambda e: (-len({r.article for r in e.sources}),
                                           min(order.get(r.article, 0) for r in e.sources)))
    return sorted(ranked[:EVENTS_PER_TOPIC], key=sort_key)


def select_quotes(quotes: Sequence[Quote], people: Sequence[str], per_speaker: int = 3) -> tuple[Quote, ...]:
    """Who said what: grouped by speaker, the most present first, a few quotes each so every voice fits;
    quotes nobody is named for come last."""
    by_speaker: dict[str, list[Quote]] = {}
    for q in quotes:  # newest articles first already
        by_speaker.setdefault(q.speaker or "", []).append(q)
    out: list[Quote] = []
    for slug in [p for p in people if p in by_speaker] + [""]:
        out.extend(by_speaker.get(slug, [])[:per_speaker if len(quotes) > QUOTES_PER_TOPIC else None])
    return tuple(out[:QUOTES_PER_TOPIC])


def analyse(site: Site) -> Briefing:
    return combine(site, analyse_articles(site.articles, site.topics, site.people))


__all__ = ["analyse", "analyse_article", "analyse_articles", "article_topics", "combine", "merge_events"]
