"""The last combined briefing brought up to date after a few articles changed: the Briefing combine()
would give, without reading every article's analysis again.

combine() reads all of them (10,000 at scale: most of a one-article rebuild in a fresh process). An
edit changes the briefing only where the edited article is: its own entries in the site-wide lists
(its quotes, its mentions, its topics, the unknown names it uses) and the topics it is or was on. The
rest of the last briefing stays as it is, and a topic the article is on is patched: the article's
paragraphs, quotes and people's weights out, its new ones in, at its place among the topic's articles
(newest first). Its key points are taken again only when what they read changed: the key sentences of
the topic's newest KEY_POINT_ARTICLES articles (their analyses are then read, as combine does).

Two parts depend on every article in ways a patch cannot follow: merged people (the longest name and
the first role across all the articles naming someone) and the word weights of the timelines (over
every event sentence of the site). recombine() declines (returns None) when a changed article's people
or event sentences changed, when a topic's timeline would need its events again, or when articles
changed places in the site's order; the caller then combines in full. Whatever it returns is equal to
combine()'s Briefing for the same site and analyses.

Each list is patched where the changed articles' items are, found by bisection: every list holds an
article's items together, in the site's order (the quotes, each person's mentions) or in the topic's
(its paragraphs and quotes), and the articles an edit left alone keep their order. Read whole, the lists
of the topics and people an edit touched (66,000 paragraphs, 48,000 mentions at 10,000 articles) were
most of recombine().
"""
from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain, filterfalse
from typing import Callable, Collection, Iterable, Mapping, Optional, Sequence

import sitegen.analysis as analysis_module
from sitegen.analysis import Combiner, _Derived, _on_topic, select_quotes
from sitegen.analysis.keypoints import bottom_line, key_points
from sitegen.model import ArticleAnalysis, Briefing, Site, TopicBriefing

MAX_CHANGED = 200  # more changed articles than this: a full combine (each needs its old analysis read)


@dataclass
class Combined:
    """A combined Briefing with what it was made of, as recombine() needs it."""

    briefing: Briefing
    made_from: tuple  # ((article slug, sha256 of its file), ...) in site order
    topic_quotes: dict  # topic slug → every quote of its articles' paragraphs on it, newest article first
    weights: dict  # topic slug → Counter: how often each person is named in the topic's paragraphs
    unknown: Counter  # unknown person slug → articles naming them
    in_articles: dict  # person slug → how many articles name them


def made_from(site: Site, shas: Mapping[str, str]) -> tuple:
    return tuple((a.slug, shas.get(a.slug)) for a in site.articles)


def changed_articles(last: tuple, now: tuple) -> set:
    """The slugs of the articles new, gone or of another file between two made_from()s (each slug once in each)."""
    return {slug for slug, _ in set(last).symmetric_difference(now)}


def combine_in_full(combiner: Combiner, site: Site, analyses: Mapping[str, ArticleAnalysis], now: tuple) -> Combined:
    """combiner.combine(site, analyses), with what a later recombine() needs."""
    parts: dict = {}
    briefing = combiner.combine(site, analyses, parts)
    return Combined(briefing, now, parts.get("topic_quotes", {}), parts.get("weights", {}),
                    parts.get("unknown", Counter()), parts["in_articles"])


def recombine(last: Combined, site: Site, now: tuple, analyses: Mapping[str, ArticleAnalysis],
              before: Callable[[str, str], Optional[ArticleAnalysis]],
              max_changed: int = MAX_CHANGED) -> Optional[Combined]:
    """`last` brought up to date for `site`, whose articles are `now` (see made_from): `analyses` gives each
    article's analysis (read for the changed articles, and for a topic's newest articles when its key
    points are taken again), `before(slug, sha)` the analysis `last` was made with, None when unknown.
    None when it cannot be done for sure (see the module's notes): combine in full."""
    slugs = [slug for slug, _ in now]
    old_shas, new_shas = dict(last.made_from), dict(now)
    if len(old_shas) != len(last.made_from) or len(new_shas) != len(now):
        return None  # a slug twice: combine counts its articles apart
    changed = changed_articles(last.made_from, now)
    if len(changed) > max_changed:
        return None
    if list(filterfalse(changed.__contains__, old_shas)) != list(filterfalse(changed.__contains__, slugs)):
        return None  # articles moved in the site's order (a renamed file)
    olds: dict[str, ArticleAnalysis] = {}
    for slug in changed:
        if slug in old_shas:
            found = before(slug, old_shas[slug])
            if found is None:
                return None
            olds[slug] = found
    news = {slug: analyses[slug] for slug in changed if slug in new_shas}
    old_parts = {slug: _Derived(slug, a) for slug, a in olds.items()}
    new_parts = {slug: _Derived(slug, a) for slug, a in news.items()}
    for slug in changed:
        was, now_ = old_parts.get(slug), new_parts.get(slug)
        # Merged people and the timelines' word weights read every article: unchanged only when the
        # article's part of them is.
        if (was.people if was else ()) != (now_.people if now_ else ()):
            return None
        if (was.event_words if was else ()) != (now_.event_words if now_ else ()):
            return None
        for part in (was, now_):
            if part is not None and any(q.source.article != slug for q in part.quotes):
                return None

    b = last.briefing
    was_at, now_at = dict(zip(old_shas, range(len(old_shas)))), dict(zip(slugs, range(len(slugs))))  # places in the site
    quotes = _patched(b.quotes, _quoted_article, was_at, now_at,
                      {s: new_parts[s].quotes if s in new_parts else () for s in changed})
    article_topics = _patched(b.article_topics, _first, was_at, now_at,
                              {s: ((s, new_parts[s].topics),) if s in new_parts else () for s in changed})

    unknown = Counter(last.unknown)
    for part in old_parts.values():
        unknown.subtract(part.unknown_people)
    for part in new_parts.values():
        unknown.update(part.unknown_people)
    for name in set(chain.from_iterable(part.unknown_people for part in chain(old_parts.values(), new_parts.values()))):
        if unknown[name] <= 0:
            del unknown[name]

    # People: the merged ones are those of the last briefing (every changed article names the same
    # people as before); where they are mentioned changes for those the changed articles mention.
    mentions = dict(b.mentions)
    in_articles = dict(last.in_articles)
    touched = set()
    for part in chain(old_parts.values(), new_parts.values()):
        touched.update(person for person, _ in part.mentions if person in mentions)
    for person in touched:
        parts = {s: _mentions_of(new_parts.get(s), person) for s in changed}
        mentions[person] = _patched(mentions[person], _article_of, was_at, now_at, parts)
        in_articles[person] += sum(bool(part) - bool(_mentions_of(old_parts.get(s), person)) for s, part in parts.items())
    mentioned = sorted(mentions, key=lambda s: (-in_articles[s], -len(mentions[s]), s))
    people = {p.slug: p for p in b.people}

    dates = {a.slug: a.date for a in site.articles}
    last_topics = {tb.topic.slug: tb for tb in b.topics}
    if list(last_topics) != [t.slug for t in site.topics]:
        return None
    briefings, topic_quotes, weights = [], dict(last.topic_quotes), dict(last.weights)
    for topic in site.topics:
        t, tb = topic.slug, last_topics[topic.slug]
        mine = [s for s in changed if t in (old_parts[s].by_topic if s in old_parts else ())
                or t in (new_parts[s].by_topic if s in new_parts else ())]
        if not mine:
            briefings.append(tb if tb.topic is topic else replace(tb, topic=topic))
            continue
        members = _members(tb.articles, changed, [s for s in mine if s in new_parts and t in new_parts[s].by_topic],
                           dates)
        # The topic's lists, article by article in the order of its articles: the changed ones' parts
        # (their `by_topic` items) in place of their old ones.
        was, now_ = dict(zip(tb.articles, range(len(tb.articles)))), dict(zip(members, range(len(members))))
        paragraphs = _patched(tb.paragraphs, _article_of, was, now_, {s: _on(new_parts.get(s), t, 0) for s in mine})
        said = _patched(topic_quotes[t], _quoted_article, was, now_, {s: _on(new_parts.get(s), t, 1) for s in mine})
        weight = Counter(weights[t])
        for s in mine:
            if s in old_parts and t in old_parts[s].by_topic:
                weight.subtract(old_parts[s].by_topic[t][2])
            if s in new_parts and t in new_parts[s].by_topic:
                weight.update(new_parts[s].by_topic[t][2])
        weight = Counter({person: n for person, n in weight.items() if n > 0})
        named = tuple(p for p, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])))

        newest = analysis_module.KEY_POINT_ARTICLES
        window = members[:newest]
        same_window = list(tb.articles[:newest]) == window
        in_window = [s for s in mine if s in window]
        if not same_window or any(_events(olds[s], t) != _events(news[s], t) for s in in_window):
            return None  # the timeline reads its events again, with every event sentence's words
        if all(_candidates(olds[s], t) == _candidates(news[s], t) for s in in_window):
            points = tb.key_points
        else:
            order = {s: i for i, s in enumerate(window)}  # (key_points reads only its articles' relative order)
            points = key_points(topic, [(s, ks) for s in window for ks in _candidates(analyses[s], t)], order)
        latest = next((dates[s] for s in members if dates[s]), None)
        briefings.append(TopicBriefing(topic=topic, articles=tuple(members), paragraphs=paragraphs,
                                       bottom_line=bottom_line(points, len(members), latest), key_points=points,
                                       quotes=select_quotes(said, named), timeline=tb.timeline, people=named))
        topic_quotes[t], weights[t] = said, weight

    briefing = Briefing(site=site, topics=tuple(briefings), quotes=quotes,
                        people=tuple(people[s] for s in mentioned),
                        mentions=tuple((s, mentions[s]) for s in mentioned),
                        article_topics=article_topics, unknown_people=tuple(sorted(unknown)))
    return Combined(briefing, now, topic_quotes, weights, unknown, in_articles)


_article_of = operator.attrgetter("article")
_quoted_article = operator.attrgetter("source.article")
_first = operator.itemgetter(0)


def _patched(items: Sequence, article_of: Callable, was_at: Mapping[str, int], now_at: Mapping[str, int],
             parts: Mapping[str, Sequence]) -> tuple:
    """`items`, listed article by article in the order of `was_at` (slug → place), with the items of each article
    of `parts` replaced by its part, in the order of `now_at`: what listing every article's own items in that
    order gives. The articles not in `parts` are in the same order in both, so their items are kept in runs
    found by bisection, never read one by one."""
    was = lambda item: was_at[article_of(item)]  # noqa: E731
    kept, at = [], 0
    for slug in sorted((s for s in parts if s in was_at), key=was_at.__getitem__):
        start = bisect_left(items, was_at[slug], lo=at, key=was)
        kept += items[at:start]
        at = bisect_right(items, was_at[slug], lo=start, key=was)
    kept += items[at:]
    now = lambda item: now_at[article_of(item)]  # noqa: E731
    out, at = [], 0
    for slug in sorted((s for s in parts if parts[s] and s in now_at), key=now_at.__getitem__):
        where = bisect_left(kept, now_at[slug], lo=at, key=now)
        out += kept[at:where]
        out += parts[slug]
        at = where
    out += kept[at:]
    return tuple(out)


def _members(last: Sequence[str], changed: Collection[str], added: Iterable[str], dates: Mapping) -> list:
    """A topic's articles newest first (by date, then slug, as combine orders them): `last`'s but the changed
    ones, with `added` put in at their places."""
    members = list(filterfalse(changed.__contains__, last))
    for slug in added:
        key = (dates[slug] or "", slug)
        members.insert(bisect_left(range(len(members)), True,
                                   key=lambda n: (dates[members[n]] or "", members[n]) < key), slug)
    return members


def _on(part: Optional[_Derived], topic: str, n: int) -> tuple:
    """Item n of the article's `by_topic` for `topic` (its paragraphs, its quotes), () when it is not on it."""
    return part.by_topic[topic][n] if part is not None and topic in part.by_topic else ()


def _mentions_of(part: Optional[_Derived], person: str) -> tuple:
    """The article's mentions of `person`, () for none."""
    return tuple(chain.from_iterable(refs for p, refs in part.mentions if p == person)) if part is not None else ()


def _candidates(analysis: ArticleAnalysis, topic: str) -> list:
    return [ks for ks in analysis.sentences if topic in ks.topics]


def _events(analysis: ArticleAnalysis, topic: str) -> list:
    on = _on_topic(analysis, topic)
    return [e for e in analysis.events if e.sources[0].paragraph in on]
