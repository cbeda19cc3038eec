"""Analysis: a loaded Site → a Briefing. Pure and deterministic.

Two stages, so a cache can keep the expensive one:

    analyse_article(article, topics, people) → ArticleAnalysis   depends on that article alone
    combine(site, analyses)                  → Briefing          the cross-article part

analyse(site) is both, over every article. A Combiner is combine() with a memory: a caller that
combines again after a small change (the live preview) gets the same Briefing far sooner.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import replace
from itertools import chain
from typing import Collection, Iterator, Mapping, Optional, Sequence

from sitegen import regexes
from sitegen.analysis.interviews import with_interview
from sitegen.analysis.keypoints import bottom_line, candidate_sentences, key_points
from sitegen.analysis.people import gazetteer_index, merge_people, recognize
from sitegen.analysis.quotes import find_quotes, pronoun_people
from sitegen.analysis.similar import clusters, idf_table
from sitegen.analysis.text import content_words, sentence_content_words
from sitegen.analysis.timeline import find_events, sort_key
from sitegen.analysis.topics import assign_topics, topic_paragraphs, with_weak_terms
from sitegen.memory import collector_paused
from sitegen.model import (Article, ArticleAnalysis, Briefing, Event, Person, Quote, Site, SourceRef, Topic,
                           TopicBriefing)

EVENT_MERGE_THRESHOLD = 0.4
QUOTES_PER_TOPIC = 40
EVENTS_PER_TOPIC = 40
# Key points and the timeline come from a topic's newest articles: a briefing says where things stand, and a point
# that matters is reported again. It also bounds the clustering that reruns on every edit.
KEY_POINT_ARTICLES = 1500


def topic_analysis_key(topic: Topic) -> tuple:
    """All analyse_article reads of a topic: a cache of article analyses stays valid while this is
    equal (its title, description and introduction are the pages' business)."""
    return (topic.slug, topic.terms, topic.weak_terms, topic.exclude, topic.min_paragraphs, topic.weight)


def forget_paragraphs() -> None:
    """Empty the analysis modules' memos of paragraph texts (their lru_caches): they spare work while
    many articles are analysed, and are only memory once that is done (~20 MB when full)."""
    for name, module in list(sys.modules.items()):
        if name.startswith(__name__ + ".") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                    value.cache_clear()


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
        assigned = assign_topics(article.paragraphs, topics, article.title, on_topic)
    by_slug = {t.slug: t for t in topics}
    on_topic = {slug: with_weak_terms(article.paragraphs, on_topic.get(slug, ()), by_slug[slug]) if slug in by_slug
                else on_topic.get(slug, ()) for slug in assigned}
    found = recognize(article, people)
    mentions: dict[str, list[int]] = {}
    for m in found.mentions:
        indices = mentions.setdefault(m.key, [])
        if m.paragraph not in indices:
            indices.append(m.paragraph)
    gaz = gazetteer_index(tuple(people))
    quotes = with_interview(article, found, find_quotes(article, found, gaz))
    for q in quotes:
        if q.speaker and q.source.paragraph not in mentions.setdefault(q.speaker, []):
            mentions[q.speaker].append(q.source.paragraph)
    named = tuple(found.people[slug] for slug in sorted(found.people) if slug in mentions)
    texts = {p.index: p.text for p in article.paragraphs}
    events = _with_people(find_events(article), article, found, gaz, texts)
    return ArticleAnalysis(
        slug=article.slug, topics=tuple(assigned),
        topic_paragraphs=tuple((slug, tuple(on_topic[slug])) for slug in assigned),
        people=named, mentions=tuple((slug, tuple(sorted(mentions[slug]))) for slug in sorted(mentions)),
        unknown_people=tuple(sorted(s for s in found.unknown if s in mentions)),
        quotes=quotes, events=events,
        sentences=candidate_sentences(article, topics, on_topic),
        event_words=tuple(tuple(sorted(set(sentence_content_words(texts[e.sources[0].paragraph], e.text))))
                          for e in events),
    )


# (Not inside a quotation, '"He resigned," Reed said': the speaker's pronoun, which the narrator's rules do not read.)
_OPENING_PRONOUN = regexes.compile(r"\(?(He|She)\s")


def _with_people(events: tuple[Event, ...], article: Article, found, gaz, texts: Mapping[int, str]) -> tuple[Event, ...]:
    """Each event whose sentence opens with "He" or "She", with the person that pronoun stands for (Event.who): on a
    timeline, away from the sentences before it, the reader can no longer tell."""
    opening = [(k, e, m) for k, e in enumerate(events) if (m := _OPENING_PRONOUN.match(e.text))]
    if not opening:
        return events
    at = []
    for _, e, m in opening:
        paragraph = e.sources[0].paragraph
        at.append((paragraph, max(0, texts[paragraph].find(e.text)) + m.start(1), "m" if m.group(1) == "He" else "f"))
    out = list(events)
    for (k, e, _), who in zip(opening, pronoun_people(article, found, gaz, at)):
        if who:
            out[k] = replace(e, who=who)
    return tuple(out)


def analyse_articles(articles: Sequence[Article], topics: tuple[Topic, ...],
                     people: tuple[Person, ...]) -> dict[str, ArticleAnalysis]:
    """analyse_article for many articles: slug → ArticleAnalysis."""
    with collector_paused():
        return {a.slug: analyse_article(a, topics, people) for a in articles}


def combine(site: Site, analyses: Mapping[str, ArticleAnalysis]) -> Briefing:
    """The cross-article part: topic briefings, merged people, key points, timelines."""
    return Combiner(remember=False).combine(site, analyses)


class Combiner:
    """combine() with a memory, for a caller that combines again and again (the live preview's Builder).

    Key points and timelines are the costly part: they cluster the sentences of a topic's newest
    KEY_POINT_ARTICLES articles. Each is kept with exactly what it read — the topic, and in newest-first
    order those articles' key sentences on the topic with their slugs (or their events on the topic,
    and the table of event-word weights) — and reused while those are equal. Comparing them is cheap:
    an article that did not change brings the very same objects (equality checks identity first), so
    after a one-article edit only the topics whose inputs that edit changed are clustered again.
    What combine reads of each article is likewise worked out once per ArticleAnalysis object.
    The Briefing is always equal to a fresh combine()'s.

    `remember=False` (combine(), a one-off build) keeps nothing: combine then holds no article's
    analysis past its turn (see _combine), which is what lets a caller hand them over one at a time."""

    def __init__(self, remember: bool = True) -> None:
        self.remember = remember
        self._points: dict[str, tuple] = {}  # topic slug → (topic, inputs, key points)
        self._timelines: dict[str, tuple] = {}  # topic slug → (topic, inputs, event idf, timeline)
        self._weights: dict[str, tuple] = {}  # topic slug → (each article's counts, their sum)
        self._event_idf: Optional[tuple[dict, dict]] = None  # (event text → words, idf over them)
        self._derived: dict[str, tuple] = {}  # article slug → (its analysis, what combine reads of it)

    def combine(self, site: Site, analyses: Mapping[str, ArticleAnalysis], parts: Optional[dict] = None) -> Briefing:
        """`parts`, when given, receives what recombine needs besides the Briefing (see recombine.Combined)."""
        with collector_paused():
            return _combine(site, analyses, self, parts)

    def derive(self, articles: Sequence[Article],
               analyses: Mapping[str, ArticleAnalysis]) -> Iterator[tuple[Article, _Derived]]:
        """Each article with its _Derived, in turn, its analysis read once: kept from last time for the
        analyses that are the same objects."""
        known, kept = self._derived, {}
        for a in articles:
            analysis = analyses[a.slug]
            found = known.get(a.slug)
            derived = found[1] if found is not None and found[0] is analysis else _Derived(a.slug, analysis)
            if self.remember:
                kept[a.slug] = (analysis, derived)
            yield a, derived
        self._derived = kept  # forgets the articles that are gone

    def event_idf(self, event_words: dict) -> dict:
        """The idf table of the event sentences: the same object as last time when their texts are the same."""
        if self._event_idf is not None and self._event_idf[0].keys() == event_words.keys():
            return self._event_idf[1]
        idf = idf_table(list(event_words.values()))
        if self.remember:
            self._event_idf = (event_words, idf)
        return idf

    def key_points(self, topic: Topic, candidates: list, order: Mapping[str, int]):
        """`candidates`: (slug, key sentence) of the topic's newest articles, newest first: all key_points
        reads of them (of `order`, only their relative order counts, and `candidates` holds it)."""
        known = self._points.get(topic.slug)
        if known is not None and known[0] == topic and known[1] == candidates:
            return known[2]
        points = key_points(topic, candidates, order)
        if self.remember:
            self._points[topic.slug] = (topic, candidates, points)
        return points

    def timeline(self, topic: Topic, events: list, order: Mapping[str, int],
                 event_words: Mapping[str, Sequence[str]], idf: dict) -> tuple[Event, ...]:
        """`events`: those on the topic of its newest articles, newest first (likewise all that is read of them)."""
        known = self._timelines.get(topic.slug)
        if known is not None and known[0] == topic and known[2] is idf and known[1] == events:
            return known[3]
        timeline = tuple(select_events(merge_events(events, order, event_words, idf), order))
        if self.remember:
            self._timelines[topic.slug] = (topic, events, idf, timeline)
        return timeline

    def weights(self, topic: Topic, counts: list[Counter]) -> Counter:
        """How often each person is named in the topic's paragraphs: the sum of every article's `counts`."""
        known = self._weights.get(topic.slug)
        if known is not None and known[0] == counts:
            return known[1]
        total: Counter = Counter()
        for c in counts:
            total.update(c)
        if self.remember:
            self._weights[topic.slug] = (counts, total)
        return total


class _Derived:
    """What combine reads of one article's analysis besides a topic's newest key sentences and events."""

    __slots__ = ("topics", "by_topic", "mentions", "event_words", "people", "unknown_people", "quotes")

    def __init__(self, slug: str, analysis: ArticleAnalysis):
        self.topics = analysis.topics
        self.people = analysis.people
        self.unknown_people = analysis.unknown_people
        self.quotes = analysis.quotes
        refs: dict[int, SourceRef] = {}

        def ref(index: int) -> SourceRef:
            """One SourceRef per paragraph, shared by every topic that lists it."""
            found = refs.get(index)
            if found is None:
                found = refs[index] = SourceRef(slug, index)
            return found

        named: dict[int, list[str]] = {}  # paragraph → the people it names: each topic counts its own paragraphs'
        for person, indices in analysis.mentions:
            for i in indices:
                named.setdefault(i, []).append(person)
        paragraphs = dict(analysis.topic_paragraphs)
        # topic slug → (its paragraphs as SourceRefs, its quotes, who is named in them how often)
        self.by_topic: dict[str, tuple[tuple[SourceRef, ...], tuple[Quote, ...], Counter]] = {}
        for topic in analysis.topics:
            on = frozenset(paragraphs.get(topic, ()))
            quotes = tuple(q for q in analysis.quotes if q.source.paragraph in on)
            weight = Counter(chain.from_iterable(named[i] for i in on if i in named))
            for q in quotes:
                if q.speaker:
                    weight[q.speaker] += 2
            self.by_topic[topic] = (tuple(ref(i) for i in sorted(on)), quotes, weight)
        self.mentions = tuple((person, tuple(ref(i) for i in indices)) for person, indices in analysis.mentions)
        # The analysis's own sorted word tuples, not sets of them: clustering makes sets of the few it compares,
        # and a set per event of every article is a good part of a large build's memory.
        if len(analysis.event_words) == len(analysis.events):
            self.event_words = tuple(zip((e.text for e in analysis.events), analysis.event_words))
        else:  # an ArticleAnalysis made without them
            self.event_words = tuple((e.text, tuple(sorted(set(content_words(e.text))))) for e in analysis.events)


def _on_topic(analysis: ArticleAnalysis, topic: str) -> frozenset:
    """The indices of the article's paragraphs on `topic`."""
    return frozenset(dict(analysis.topic_paragraphs).get(topic, ()))


def _combine(site: Site, analyses: Mapping[str, ArticleAnalysis], memo: Combiner,
             kept: Optional[dict] = None) -> Briefing:
    """combine(); `kept`, when given, receives what recombine needs besides the Briefing (see recombine.Combined)."""
    articles = [a for a in site.articles if a.slug in analyses]
    newest_first = sorted(articles, key=lambda a: (a.date or "", a.slug), reverse=True)
    order = {a.slug: i for i, a in enumerate(newest_first)}
    dates = {a.slug: a.date for a in articles}

    # Each analysis is read once here, in site order, for what the briefing takes of every article, and again
    # below for a topic's newest articles only: combine never needs all of them at once (a one-off build hands
    # them over pickled, each unpickled as it is read).
    event_words: dict[str, Sequence[str]] = {}  # event sentences are compared within their date, on these
    topic_parts: dict[str, dict[str, tuple]] = {}  # topic slug → article slug → its part of _Derived.by_topic
    mentions: dict[str, list[SourceRef]] = {}
    in_articles: Counter = Counter()  # person → how many articles mention them
    merged: dict[str, Person] = {}  # person slug → one Person for all the articles naming them
    unknown, quotes, article_topics = Counter(), [], []  # unknown: name → articles naming it
    for a, derived in memo.derive(articles, analyses):
        event_words.update(derived.event_words)
        for t, part in derived.by_topic.items():
            topic_parts.setdefault(t, {})[a.slug] = part
        for person, refs in derived.mentions:
            mentions.setdefault(person, []).extend(refs)
            in_articles[person] += bool(refs)
        merge_people((derived.people,), merged)
        unknown.update(derived.unknown_people)
        quotes.extend(derived.quotes)
        article_topics.append((a.slug, derived.topics))
    event_idf = memo.event_idf(event_words)

    newest_slugs = [a.slug for a in newest_first]
    briefings = []
    for topic in site.topics:
        t = topic.slug
        parts = topic_parts.get(t, {})
        members = [slug for slug in newest_slugs if slug in parts]
        mine = [parts[slug] for slug in members]
        paragraphs = tuple(chain.from_iterable(m[0] for m in mine))
        candidates, events = [], []  # of its newest articles, newest first: what key points and the timeline read
        for slug in members[:KEY_POINT_ARTICLES]:
            analysis = analyses[slug]
            candidates.extend((slug, ks) for ks in analysis.sentences if t in ks.topics)
            on = _on_topic(analysis, t)
            events.extend(e for e in analysis.events if e.sources[0].paragraph in on)
        points = memo.key_points(topic, candidates, order)
        timeline = memo.timeline(topic, events, order, event_words, event_idf)
        weight = memo.weights(topic, [m[2] for m in mine])
        people = tuple(p for p, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0)
        # Who said what: grouped by speaker, the most present first; quotes nobody is named for last.
        said = tuple(chain.from_iterable(m[1] for m in mine))
        topic_quotes = select_quotes(said, people)
        if kept is not None:
            kept.setdefault("topic_quotes", {})[t] = said
            kept.setdefault("weights", {})[t] = weight
        latest = next((dates[s] for s in members if dates[s]), None)
        briefings.append(TopicBriefing(topic=topic, articles=tuple(members), paragraphs=paragraphs,
                                       bottom_line=bottom_line(points, len(members), latest), key_points=points,
                                       quotes=topic_quotes, timeline=timeline, people=people))

    if len(order) < len(articles):  # a slug twice: count its articles once
        in_articles = Counter({s: len({r.article for r in refs}) for s, refs in mentions.items()})
    mentioned = sorted(mentions, key=lambda s: (-in_articles[s], -len(mentions[s]), s))
    briefing = Briefing(
        site=site, topics=tuple(briefings),
        quotes=tuple(quotes),
        people=tuple(merged[s] for s in mentioned if s in merged),
        mentions=tuple((s, tuple(mentions[s])) for s in mentioned if s in merged),
        article_topics=tuple(article_topics),
        unknown_people=tuple(sorted(unknown)),
    )
    if kept is not None:
        kept["unknown"] = unknown
        kept["in_articles"] = {s: in_articles[s] for s in mentions}
    return briefing


def merge_events(events: Sequence[Event], order: Mapping[str, int], words_of: Mapping[str, Collection[str]] | None = None,
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
            merged.append(Event(date=date, precision=precision, text=first.text, sources=sources, phrase=first.phrase,
                                who=first.who))
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


__all__ = ["Combiner", "analyse", "analyse_article", "analyse_articles", "article_topics", "combine", "merge_events",
           "topic_analysis_key"]
