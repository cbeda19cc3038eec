"""Briefing → the list of pages to write, each with its template and context.

This is the only place that decides the site's URL layout.
"""
from __future__ import annotations

import dataclasses
import hashlib
import heapq
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain, compress, repeat
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Hashable, Iterable, Iterator, Mapping, NamedTuple, Optional, Sequence, Union

from sitegen import markdown
from sitegen.briefing_json import briefing_json_chunks
from sitegen.json_reuse import OUTPUT as json_reuse_output, Reuse
from sitegen.config import Config
from sitegen.model import Article, Briefing, Event, KeyPoint, Person, Quote, SourceRef, Topic, TopicBriefing
from sitegen.render import date_human, safe_html

LATEST_ON_HOME = 5
DEVELOPMENTS_ON_HOME = 3
# What a topic or person page lists of its sources, newest first. At scale a topic gathers thousands
# of articles: listing them all made each topic page many MB and re-rendered it on every edit. The
# complete, dated list is the All articles page (as Hugo and MkDocs sites link to their archive).
SOURCES_PER_PAGE = 50
QUOTES_PER_PERSON = 50


@dataclass(frozen=True)
class Page:
    output: str  # path under site/, e.g. "topics/sanctions/index.html"
    template: Optional[str]  # None when `body` is the page's whole content, written as it is
    context: Mapping[str, Any] = field(default_factory=dict)
    # Raw output (site/briefing.json), not rendered through a template: its text, or a function
    # giving it piece by piece, UTF-8 (written as it comes: the 10,000-article briefing.json is 60 MB).
    data: Union[str, Callable[[], Iterable[bytes]], None] = None
    # What the page's own context values were made from (an article page: the article file's sha256
    # and its topics). Equal tokens in two builds mean equal values under the context keys in
    # `covered`, so a build need not build nor fingerprint them; the other keys (the shared
    # topic list, `site`) are fingerprinted once per build.
    token: Optional[str] = None
    covered: frozenset = frozenset()

    @property
    def body(self) -> Optional[str]:
        """The raw output as one string (None for a templated page)."""
        return b"".join(self.data()).decode("utf-8") if callable(self.data) else self.data


class LazyContext(Mapping):
    """A page context whose per-page values are built when first read: a one-article edit reads
    the shared keys of 10,000 article pages but builds the contexts of the few it renders; a cold
    build drops each built context once its page is rendered (`release`)."""

    __slots__ = ("_shared", "_make", "_built", "_built_keys", "common")

    def __init__(self, shared: Mapping[str, Any], make: Callable[[], dict], built_keys: frozenset,
                 common: Optional[Mapping[str, Any]] = None):
        self._shared = shared  # keys available without building (the common context)
        # The part of the context that many pages share, the same object for all of them: with it, the
        # page's context is that and its own values (built() without these keys), so the page can be
        # rendered in a worker process that was sent the common part once (workers.render_all).
        self.common = common
        self._make = make  # → the whole context, in its order
        # The other keys `make` gives: asking for any other key (a template testing a variable
        # this page does not have) answers at once instead of building the whole context.
        self._built_keys = built_keys
        self._built: Optional[dict] = None

    def _all(self) -> dict:
        if self._built is None:
            self._built = self._make()
        return self._built

    def __getitem__(self, key: str) -> Any:
        if key in self._shared:
            return self._shared[key]
        if key not in self._built_keys:
            raise KeyError(key)
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    @property
    def shared(self) -> Mapping[str, Any]:
        """The values available without building (what the page shares with others)."""
        return self._shared

    def built(self) -> dict:
        """The whole context."""
        return self._all()

    def release(self) -> None:
        """Forget the built values (they are built again if read again)."""
        self._built = None


ARTICLE_COVERED = frozenset({"page", "article", "body_html"})


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def topic_url(slug: str) -> str:
    return f"topics/{slug}/"


def person_url(slug: str) -> str:
    return f"people/{slug}/"


def paragraph_url(ref: SourceRef) -> str:
    return article_url(ref.article) + "#" + ref.anchor


def _paragraph_at(held: Sequence, index: int) -> Optional[str]:
    # Paragraph.index is 1-based and dense, so the n-th is at n - 1; search when not.
    if 0 < index <= len(held) and held[index - 1].index == index:
        return held[index - 1].text
    return next((p.text for p in held if p.index == index), None)


def site_pages(briefing: Briefing, config: Config, article_keys: Optional[Mapping[str, str]] = None,
               json_reuse: Optional[Reuse] = None, views_memo: Optional[dict] = None,
               html: Optional[Mapping[str, str]] = None,
               paragraphs: Optional[Mapping[str, tuple]] = None,
               name_view: Optional[Callable[[Any, bytes], None]] = None,
               changed: Optional[Collection[str]] = None) -> list[Page]:
    """Every page of the site. `article_keys` (slug → sha256 of the article file) gives article pages
    their tokens; `json_reuse` (see json_reuse.Reuse) is given each article's key (its page token), by which
    briefing.json's parts of an unchanged article are copied from the last file rather than encoded again;
    `views_memo`, kept likewise, gives an unchanged article (same file, same topics) the view object
    it had in the last build, and the same for the views of the paragraphs cited from it, so digests
    of long lists of them are reused (deps.ItemDigests). `html` (slug → the HTML of the article's
    body): what its page shows, for articles that no longer hold their Markdown (a one-off build's);
    `paragraphs` (slug → the article's paragraphs), likewise, for articles that hold only some of them.
    `name_view(view, name)` is given a name of the content of each article view and each view made of one
    alone (see deps.ItemDigests.name). `changed` (slugs), with `views_memo`: this briefing is the one the
    kept views were made from, patched where these articles are (analysis.recombine): its other articles'
    mentions, quotes and topics are the same objects, in the same order. A person page's view is then
    patched there too, rather than made again from every mention (None: not known, made again)."""
    site = briefing.site
    topic_by_slug = {tb.topic.slug: tb.topic for tb in briefing.topics}
    assigned = dict(briefing.article_topics)
    kept = views_memo if views_memo is not None else {}
    # What the last build made of each article (see _ArticlesMade), when made with the same topics: their Topic
    # objects are the last ones then, so an article's list of topics is the last one by identity.
    made_with = ({tb.topic.slug: repr(tb.topic) for tb in briefing.topics}, name_view is not None)
    last_made: Optional[_ArticlesMade] = kept.get("made")
    same_topics = last_made is not None and last_made.made_with == made_with
    topic_objects = last_made.topic_objects if same_topics else {tb.topic.slug: tb.topic for tb in briefing.topics}
    topics_of: dict[str, list] = {a.slug: [] for a in site.articles}
    for tb in briefing.topics:
        topic = topic_objects[tb.topic.slug]
        for slug in tb.articles:
            topics_of[slug].append(topic)
    slugs = list(map(_slug_of, site.articles))
    by_slug = dict(zip(slugs, site.articles))

    # The last article's paragraphs read from `paragraphs`: a topic lists an article's paragraphs together.
    read_back: list = [None, ()]

    def paragraph_text(slug: str, index: int) -> str:
        text = _paragraph_at(by_slug[slug].paragraphs, index)
        if text is None and paragraphs is not None and slug in paragraphs:
            if read_back[0] != slug:
                read_back[:] = slug, paragraphs[slug]
            text = _paragraph_at(read_back[1], index)
        if text is None:
            raise LookupError(f"{slug} has no paragraph {index}")
        return text

    sources: dict[SourceRef, dict] = {}  # one view per paragraph cited, shared by every page citing it
    people = {p.slug: p for p in briefing.people}
    mentions = dict(briefing.mentions)

    topic_fp = {tb.topic.slug: hashlib.blake2b(repr(dataclasses.replace(tb.topic, path=None)).encode(),
                                               digest_size=8).hexdigest() for tb in briefing.topics}
    # Names for the views many lists hold (see deps.ItemDigests.name), made of their content: the
    # topics, whole (their paths too: a view holds the Topic objects), an article view's own values.
    topic_names = {tb.topic.slug: _name(repr(tb.topic)) for tb in briefing.topics} if name_view is not None else {}
    keys = list(map((article_keys or {}).get, slugs))
    topic_lists = list(map(topics_of.__getitem__, slugs))
    # Each article's page token, view and the view's name (None: not named): the last ones but at `places`.
    places = _articles_to_make(site.articles, keys, topic_lists, last_made) if same_topics else None
    if places is not None:
        token_list, view_list, named_list = list(last_made.tokens), list(last_made.views), list(last_made.named)
    else:
        token_list, view_list, named_list = [None] * len(slugs), [None] * len(slugs), [None] * len(slugs)
    last = last_made if last_made is not None else _NOTHING_MADE
    last_at = dict(zip(last.slugs, range(len(last.slugs))))  # slug → its place in the last build's
    for n in (places if places is not None else range(len(slugs))):
        a, sha = site.articles[n], keys[n]
        token = token_list[n] = sha + "|" + ",".join(topic_fp[t.slug] for t in topic_lists[n]) if sha is not None else None
        at = last_at.get(a.slug)
        if at is None or token is None or last.tokens[at] != token:
            view = article_view(a, topic_lists[n])
            # (an edit of an article's text mostly leaves what lists show of it: the last view again, see kept_if_equal)
            view = view_list[n] = last.views[at] if at is not None and last.views[at] == view else view
        else:
            view = view_list[n] = last.views[at]
        if name_view is not None:
            of_topics = b"".join(topic_names[t.slug] for t in view["topics"])
            named = last.named[at] if at is not None else None  # (its view, its topics' names, the view's name)
            if named is None or named[0] is not view or named[1] != of_topics:  # (else: the same name again)
                own = tuple((key, value) for key, value in view.items() if key != "topics")
                named = (view, of_topics, _name(repr(own), of_topics))
            named_list[n] = named
    tokens: dict[str, str] = dict(filter(_VALUE, zip(slugs, token_list)))
    if json_reuse is not None:
        json_reuse.use(dict(zip(tokens, zip(tokens, tokens.values()))))  # (slug → (slug, token))
    views = dict(zip(slugs, view_list))
    view_names: dict[str, bytes] = {}
    if name_view is not None:
        view_names = dict(zip(slugs, map(_THIRD, named_list)))
        _bulk_namer(name_view)(view_list, list(view_names.values()))
    last_values: dict = kept.get("values", {})  # what the last build's pages were given, by name (see kept_if_equal)
    values_now: dict = {}

    def kept_if_equal(name: Hashable, value: Any) -> Any:
        """`value`, or the last build's value of that name when equal to it: the same object again, whose digests
        the dependency checks find by identity (deps.ItemDigests.root) rather than walking it once more (the topic
        and person pages' views a warm edit leaves as they were: most of its dependency checks at 10,000 articles)."""
        last = last_values.get(name, _NONE)
        value = values_now[name] = last if last is not _NONE and last == value else value
        return value

    kept_sources: dict = kept.get("sources", {})  # SourceRef → the view made for it in the last build
    kept_wrapped: dict = kept.get("wrapped", {})  # id(source view) → (it, {"source": it})
    wrapped: dict = {}
    # A source view's name: its article view's (16 bytes) and its anchor; a wrapped one's, that name.
    source_names: dict[int, bytes] = {}
    wrapped_names: dict[int, bytes] = {}  # id(wrapped view) → its name, likewise

    def source_view(ref: SourceRef) -> dict:
        found = sources.get(ref)
        if found is None:
            a = views[ref.article]
            found = kept_sources.get(ref)
            if found is None or found["article"] is not a:  # the same view: made of the same article
                found = {"article": a, "url": paragraph_url(ref), "anchor": ref.anchor, "label": _source_label(a)}
            sources[ref] = found
            made_of = view_names.get(ref.article)
            if made_of is not None:  # (its url and label are made of the article view and the anchor)
                source_names[id(found)] = named = b"s" + made_of + found["anchor"].encode()
                name_view(found, named)
        return found

    def wrap_source(view: dict) -> dict:
        found = wrapped.get(id(view))
        if found is None:
            found = kept_wrapped.get(id(view))
            if found is None or found[0] is not view:
                found = (view, {"source": view})
            wrapped[id(view)] = found
            made_of = source_names.get(id(view))
            if made_of is not None:
                wrapped_names[id(found[1])] = b"w" + made_of
                name_view(found[1], b"w" + made_of)
        return found[1]

    def speaker_view(q: Quote) -> Optional[dict]:
        if not q.speaker:
            # "a senior White House official": an unnamed speaker, shown in the article's words, no page.
            return {"name": q.speaker_name, "url": None, "role": None} if q.speaker_name else None
        person = people.get(q.speaker)
        name = person.name if person else (q.speaker_name or q.speaker)
        return {"name": name, "url": person_url(q.speaker) if person else None,
                "role": person.role if person else None}

    def quote_view(q: Quote) -> dict:
        return {"text": q.text, "speaker": speaker_view(q), "source": source_view(q.source), "how": q.how}

    def point_view(p: KeyPoint) -> dict:
        sources = [source_view(r) for r in p.sources]
        return {"text": p.text, "sources": sources, "count": len({r.article for r in p.sources})}

    def event_view(e: Event) -> dict:
        who = person_view(e.who) if e.who in people else None
        return {"date": e.date, "date_label": event_date_label(e), "precision": e.precision, "text": e.text,
                "who": who, "shown": with_who(e.text, who["name"]) if who else e.text,
                "sources": [source_view(r) for r in e.sources]}

    person_views: dict[str, dict] = {}  # one view per person, shared by every page listing them

    def person_view(slug: str) -> dict:
        found = person_views.get(slug)
        if found is None:
            p = people[slug]
            found = person_views[slug] = {
                "slug": slug, "name": p.name, "role": p.role, "kind": p.kind, "url": person_url(slug),
                "mention_count": len(mentions.get(slug, ())), "article_count": len(named_in(slug))}
        return found

    # What the person pages of the last build were made of (see _PersonMade), and where this briefing's
    # lists can be patched: at the articles an edit changed, when they are known (`changed`), and those
    # whose views were made again.
    kept_people: dict = kept.get("people", {})
    # The last build's articles whose view is not the last one (only at `places`, when known: the others' are).
    at_places = zip(last.slugs, last.views) if places is None else ((last.slugs[n], last.views[n]) for n in places)
    remade = {slug for slug, view in at_places if views.get(slug) is not view}
    patch = frozenset(changed).union(remade) if changed is not None and kept_people else None
    position = dict(zip(map(_slug_of, site.articles), range(len(site.articles))))  # slug → place in the site
    last_position: dict = kept.get("position", {})
    last_assigned: dict = kept.get("assigned", {})
    named_now: dict[str, frozenset] = {}

    def named_in(slug: str) -> frozenset:
        """The articles naming the person: the last build's when their mentions are the same tuple, patched at
        the changed articles when those are known, else read off every mention."""
        found = named_now.get(slug)
        if found is None:
            refs = mentions.get(slug, ())
            last = kept_people.get(slug)
            if last is not None and last.made_of[1] is refs:
                found = last.named
            elif last is not None and patch is not None:
                found = _patched_set(last.named, patch, refs, _runs(refs, patch, position, _article_of), _article_of)
            else:
                found = frozenset(map(_article_of, refs))
            named_now[slug] = found
        return found

    def topic_view(tb: TopicBriefing) -> dict:
        return {
            "slug": tb.topic.slug, "title": tb.topic.title, "description": tb.topic.description,
            "url": topic_url(tb.topic.slug),
            "intro_html": safe_html(markdown.render(tb.topic.intro).html) if tb.topic.intro else "",
            "articles": [views[s] for s in tb.articles],
            "article_count": len(tb.articles),
            "paragraphs": [
                {"article": views[ref.article], "text": paragraph_text(ref.article, ref.paragraph),
                 "url": paragraph_url(ref)}
                for ref in tb.paragraphs[:SOURCES_PER_PAGE]
            ],
            "paragraph_count": len(tb.paragraphs),
            "bottom_line": tb.bottom_line,
            "key_points": [point_view(p) for p in tb.key_points],
            # For the home page: the points the bottom line does not already say, newest coverage first.
            "developments": [point_view(p) for p in sorted(
                (p for p in tb.key_points if p.text not in tb.bottom_line),
                key=lambda p: max((views[r.article]["date"] or "" for r in p.sources), default=""), reverse=True)],
            "quotes": [quote_view(q) for q in tb.quotes],
            "timeline": [event_view(e) for e in tb.timeline],
            "people": [person_view(s) for s in tb.people if s in people],
        }

    topic_views = kept_if_equal("topics", [kept_if_equal(("topic", tb.topic.slug), topic_view(tb))
                                           for tb in briefing.topics])
    # The articles' slugs newest first, and each one's place there: the last ones when the dates and slugs are.
    dates = list(map(_date_of, site.articles))
    if last.dates == dates and last.slugs == slugs:
        newest, rank = last.newest, last.rank
    else:
        newest = [a.slug for a in sorted(site.articles, key=lambda a: (a.date or "", a.slug), reverse=True)]
        # Newest first by position: person pages sort by it (stable, so an article's quotes stay in reading order).
        rank = dict(zip(newest, range(len(newest))))
    # (the last object when equal, as its values are: an article page that is the last one again needs it so)
    common = kept_if_equal("common", {
        "topics": topic_views,
        "site": kept_if_equal("site", {"title": config.title, "description": config.description,
                                       "language": config.language, "base_url": config.base_url,
                                       "article_count": len(site.articles)}),
    })
    pages = [
        Page("index.html", "index.html", {**common, "page": _page(config.title, config.description, ""),
                                          "latest": kept_if_equal("latest", list(map(views.__getitem__, newest[:LATEST_ON_HOME * 2]))),
                                          "latest_per_topic": LATEST_ON_HOME,
                                          "developments_per_topic": DEVELOPMENTS_ON_HOME}),
        Page("404.html", "404.html", {**common, "page": _page("Page not found", "This page does not exist.", "404.html")}),
        Page("articles/index.html", "articles.html", {**common, "page": _page("All articles", f"Every article in {config.title}.", "articles/"),
                                                      "articles": kept_if_equal("articles", list(map(views.__getitem__, newest)))}),
        Page("people/index.html", "people.html", {**common, "page": _page("People", f"Everyone quoted or mentioned in {config.title}.", "people/"),
                                                  "people": kept_if_equal("people", [person_view(p.slug) for p in briefing.people])}),
        Page(json_reuse_output, None, data=lambda: briefing_json_chunks(briefing, config.title, config.base_url, json_reuse)),
    ]
    for view in topic_views:
        pages.append(Page(f"topics/{view['slug']}/index.html", "topic.html",
                          {**common, "page": _page(view["title"], view["description"], view["url"]), "topic": view,
                           "sources_per_page": SOURCES_PER_PAGE}))
    quotes_by: dict[str, list[Quote]] = {}
    for q in briefing.quotes:
        if q.speaker:
            quotes_by.setdefault(q.speaker, []).append(q)
    name_all = _bulk_namer(name_view)

    def quote_sources(quoted: list, last: Optional[tuple]) -> tuple[list, list]:
        """Every quote's wrapped source view (what the chart counts), and their names (None: not named).
        `last` (the quotes, their wrapped views and names in this person's last view): a quote that is the
        same object there, of an article whose view is the same, keeps its wrapped view and name. A busy
        person is quoted 5,000 times at 10,000 articles, of which an edit changes a few: making them all
        again was a fifth of a warm edit."""
        old_quotes, old_views, old_names = last if last is not None else ((), [], [])
        at = {id(q): n for n, q in enumerate(old_quotes)}  # (old_quotes is alive: their ids are theirs)
        found = list(map(at.get, map(id, quoted)))
        views_now = list(map(views.get, map(_quoted_article, quoted)))
        made, names, reused, reused_names = [], [], [], []
        for q, n, view in zip(quoted, found, views_now):
            if n is not None and old_views[n]["source"]["article"] is view:
                made.append(old_views[n])
                names.append(old_names[n])
                if old_names[n] is not None:
                    reused.append(old_views[n])
                    reused_names.append(old_names[n])
            else:
                wrapped_ = wrap_source(source_view(q.source))
                made.append(wrapped_)
                names.append(wrapped_names.get(id(wrapped_)))
        if reused:  # (named again: names last one build)
            name_all(reused, reused_names)
        return made, names

    def newest_quotes(quoted: list) -> list:
        """The QUOTES_PER_PERSON newest of `quoted` (in the order of sorted(…)[:n]: an article's own in theirs)."""
        ranks = list(map(rank.__getitem__, map(_quoted_article, quoted)))
        return [quoted[n] for n in heapq.nsmallest(QUOTES_PER_PERSON, range(len(quoted)), key=ranks.__getitem__)]

    def person_page_view(made_of: tuple, last: Optional[_PersonMade]) -> _PersonMade:
        """A person page's view made from every mention and quote (`last`: the wrapped views of its quotes
        that are the same objects there are kept, see quote_sources)."""
        # (In C loops where it can: the busiest person is named 48,000 times at 10,000 articles.)
        person, refs, quoted, _ = made_of
        named = named_in(person.slug)
        counts = Counter(chain.from_iterable(map(assigned.get, named, repeat(()))))
        # Only the first ones are shown: picked, not every article sorted (equal to sorted(…)[:n]).
        newest = heapq.nsmallest(SOURCES_PER_PAGE, named, key=rank.__getitem__)
        shown = set(newest)
        by_article: dict[str, list[SourceRef]] = {slug: [] for slug in newest}
        for ref in compress(refs, map(shown.__contains__, map(_article_of, refs))):
            by_article[ref.article].append(ref)
        sources_, names = quote_sources(quoted, (last.made_of[2], last.view["quote_sources"], last.names)
                                        if last is not None else None)
        return made_person(made_of, named, frozenset(map(_quoted_article, quoted)), counts, newest,
                           [by_article[slug] for slug in newest], newest_quotes(quoted), sources_, names)

    def patched_person_view(made_of: tuple, last: _PersonMade) -> _PersonMade:
        """`last` brought up to date at the `patch` articles only: the rest of the person's mentions and quotes
        are the last ones in the same order, and so is what was made of them. (Made again from every mention
        and quote, the views of the busiest people an edit names, 48,000 mentions and 8,500 quotes at 10,000
        articles, were a fifth of a warm one-article edit.)"""
        person, refs, quoted, _ = made_of
        named = named_in(person.slug)
        quote_runs = _runs(quoted, patch, position, _quoted_article)
        counts = Counter(last.topic_counts)
        for slug in patch:
            if slug in last.named:
                counts.subtract(last_assigned.get(slug, ()))
            if slug in named:
                counts.update(assigned.get(slug, ()))
        # The newest of the unchanged articles are the last build's unless the patch took one of them away.
        if patch.isdisjoint(last.newest):
            newest = heapq.nsmallest(SOURCES_PER_PAGE, chain(last.newest, patch.intersection(named)),
                                     key=rank.__getitem__)
        else:
            newest = heapq.nsmallest(SOURCES_PER_PAGE, named, key=rank.__getitem__)
        mentioned = [refs[slice(*_run(refs, slug, position, _article_of))] for slug in newest]
        # Likewise the newest quotes (an article's own in their order: the unchanged ones' listed first).
        if not any(q.source.article in patch for q in last.shown):
            added = chain.from_iterable(quoted[start:end] for start, end in quote_runs)
            shown = heapq.nsmallest(QUOTES_PER_PERSON, chain(last.shown, added), key=quote_rank)
        else:
            shown = newest_quotes(quoted)
        # Every quote's wrapped source view: the last ones, those of the patched articles made again.
        made = [[wrap_source(source_view(q.source)) for q in quoted[start:end]] for start, end in quote_runs]
        old_runs = _runs(last.made_of[2], patch, last_position, _quoted_article)
        kept_views, kept_names = _without(last.view["quote_sources"], old_runs), _without(last.names, old_runs)
        if None in kept_names:  # (named again, those that have a name: names last one build)
            kept_names_ = [name for name in kept_names if name is not None]
            name_all(list(compress(kept_views, map(operator.is_not, kept_names, repeat(None)))), kept_names_)
        else:
            name_all(kept_views, kept_names)
        sources_ = _with(kept_views, quote_runs, made)
        names = _with(kept_names, quote_runs, [[wrapped_names.get(id(view)) for view in views] for views in made])
        quoted_in = _patched_set(last.quoted_in, patch, quoted, quote_runs, _quoted_article)
        return made_person(made_of, named, quoted_in, counts, newest, mentioned, shown, sources_, names)

    def made_person(made_of: tuple, named: frozenset, quoted_in: frozenset, counts: Counter, newest: list,
                    mentioned: list, shown: list, sources_: list, names: list) -> _PersonMade:
        """The view of those parts (`mentioned`: the mentions in each of the `newest` articles)."""
        person, refs, quoted, _ = made_of
        view = {**person_view(person.slug),
                # The chart counts every quote per topic; the list shows the newest.
                "quote_sources": sources_,
                "quote_count": len(quoted),
                "quotes": [quote_view(q) for q in shown],
                "articles": [{"article": views[slug], "mentions": [source_view(r) for r in refs_]}
                             for slug, refs_ in zip(newest, mentioned)],
                "topics": [{"title": t.title, "url": topic_url(t.slug)} for t in all_topics if counts[t.slug] > 0]}
        articles_of = named if quoted_in <= named else named | quoted_in
        return _PersonMade(made_of, articles_of, view, names, named, quoted_in, counts, newest, shown)

    def quote_rank(q: Quote) -> int:
        return rank[q.source.article]

    all_topics = tuple(topic_by_slug.values())
    people_made: dict = {}
    for person in briefing.people:
        refs = mentions.get(person.slug, ())
        quoted = quotes_by.get(person.slug, [])
        made_of = (person, refs, quoted, all_topics)
        found = kept_people.get(person.slug)
        if found is not None and _same_person_inputs(found.made_of, made_of) and remade.isdisjoint(found.articles_of):
            # The same mentions and quotes (the same objects) of articles whose views are the last build's:
            # its view is the last one (a warm edit made 56 people's views from 216,000 mentions and
            # 55,000 quotes, a third of this function, and digested them all again).
            made = found
        elif (found is not None and patch is not None and found.made_of[0] is person
              and found.made_of[3] == all_topics):
            made = patched_person_view(made_of, found)
        else:
            made = person_page_view(made_of, found)
        if made is not found and found is not None and made.view == found.view:
            made = made._replace(view=found.view)  # (see kept_if_equal)
        people_made[person.slug] = made
        description = _person_description(person, made.view)
        pages.append(Page(f"people/{person.slug}/index.html", "person.html",
                          {**common, "page": _page(person.name, description, person_url(person.slug)),
                           "person": made.view}))
    # Each article's page: the last one where it is made of the same (see _same_article_page), looked for only at
    # `places` when the shared values are the last ones.
    if places is not None and html is None and last.common is common:
        page_list, to_make = list(last.pages), places
    else:
        page_list, to_make = [None] * len(slugs), range(len(slugs))
    for n in to_make:
        article, at = site.articles[n], last_at.get(slugs[n])
        page = last.pages[at] if at is not None and html is None else None
        if page is None or not _same_article_page(page, view_list[n], common, token_list[n]):
            # (`html` read when the page is rendered: read here, every article's would be held until then)
            page = article_page(article, view_list[n], common, token_list[n],
                                (lambda slug=article.slug: html.get(slug)) if html is not None else None)
        page_list[n] = page
    pages.extend(page_list)
    if views_memo is not None:
        views_memo.update(made=_ArticlesMade(made_with, topic_objects, list(site.articles), slugs, keys, topic_lists,
                                             token_list, view_list, named_list, dates, newest, rank, common, page_list),
                          sources=sources, wrapped=wrapped, people=people_made, position=position,
                          assigned=assigned, values=values_now)
    return pages


class _ArticlesMade(NamedTuple):
    """What site_pages made of each article, kept by a Builder for its next build: made again only for the articles
    that are not the last build's Article at the same place with the same topics (see _articles_to_make). Lists
    in the site's order of the articles."""

    made_with: tuple  # (each topic's repr by slug, whether views were named)
    topic_objects: dict  # slug → the Topic the views hold
    articles: list  # the Articles
    slugs: list
    keys: list  # the sha256 of each one's file (None: not known)
    topic_lists: list  # each one's topics
    tokens: list  # each one's page token (None: none)
    views: list  # each one's view
    named: list  # (its view, its topics' names, the view's name) of each one (None: views not named)
    dates: list
    newest: list  # the slugs, newest first
    rank: dict  # slug → its place in `newest`
    common: Optional[dict]  # the values every page shares
    pages: list  # each one's page


_NOTHING_MADE = _ArticlesMade(({}, False), {}, [], [], [], [], [], [], [], [], [], {}, None, [])


def _articles_to_make(articles: Sequence[Article], keys: list, topic_lists: list,
                      last: _ArticlesMade) -> Optional[list[int]]:
    """The places of the articles whose token, view and page are to be made or found again: those that are not the
    last build's Article at the same place, of the same file, with the same topics (the same Topic objects: see
    site_pages); None when there are not as many as in the last build. Compared in C: a one-article edit looks at
    one article, not 10,000."""
    if len(articles) != len(last.articles):
        return None
    differ = map(operator.or_, map(operator.or_, map(operator.is_not, articles, last.articles),
                                   map(operator.ne, keys, last.keys)), map(operator.ne, topic_lists, last.topic_lists))
    return list(compress(range(len(articles)), differ))


_article_of = operator.attrgetter("article")
_date_of = operator.attrgetter("date")
_VALUE = operator.itemgetter(1)
_THIRD = operator.itemgetter(2)
_quoted_article = operator.attrgetter("source.article")
_slug_of = operator.attrgetter("slug")
_NONE = object()  # (no value of that name)


class _PersonMade(NamedTuple):
    """A person page's view and what it was made of, kept by a Builder for its next build: the view again when
    made of the same objects, else patched at the articles an edit changed (see site_pages)."""

    made_of: tuple  # (the Person, their mentions, their quotes, every topic)
    articles_of: frozenset  # the articles naming or quoting them
    view: dict
    names: list  # the names of view["quote_sources"], in order (None: not named)
    named: frozenset  # the articles naming them
    quoted_in: frozenset  # the articles quoting them
    topic_counts: Counter  # topic slug → how many of `named` are on it
    newest: list  # the slugs of view["articles"]
    shown: list  # the quotes of view["quotes"]


def _run(items: Sequence, slug: str, position: Mapping[str, int], article_of: Callable) -> tuple[int, int]:
    """(start, end) of the items of article `slug` in `items`, a list article by article in the order of
    `position` (slug → place), as mentions and quotes are listed; start == end when it has none."""
    at = position.get(slug)
    if at is None:
        return 0, 0
    key = lambda item: position[article_of(item)]  # noqa: E731
    start = bisect_left(items, at, key=key)
    return start, bisect_right(items, at, lo=start, key=key)


def _runs(items: Sequence, slugs: Iterable[str], position: Mapping[str, int], article_of: Callable) -> list:
    """_run of each of `slugs` that has items, in the list's order."""
    return sorted(run for run in (_run(items, slug, position, article_of) for slug in slugs) if run[0] < run[1])


def _without(items: list, runs: list) -> list:
    """`items` without the items at `runs` (sorted (start, end) pairs)."""
    out, at = [], 0
    for start, end in runs:
        out += items[at:start]
        at = end
    out += items[at:]
    return out


def _with(items: list, runs: list, made: list) -> list:
    """`items` with made[n] put in at runs[n], whose (start, end) are places in the list made."""
    out, at = [], 0
    for (start, end), part in zip(runs, made):
        upto = at + start - len(out)
        out += items[at:upto]
        out += part
        at = upto
    out += items[at:]
    return out


def _patched_set(last: frozenset, patch: frozenset, items: Sequence, runs: list, article_of: Callable) -> frozenset:
    """The articles of `items`, from `last` (those of the list before `patch` changed it) and `runs` (where the
    patch's articles are in `items`)."""
    return (last - patch).union(article_of(items[start]) for start, _ in runs)


def _bulk_namer(name_view: Optional[Callable[[Any, bytes], None]]) -> Callable[[list, list], None]:
    """name_view for many views at once: deps.ItemDigests.name_all when name_view is an ItemDigests' name
    (a warm edit names 30,000 views it reuses), else name_view on each (or nothing, without one)."""
    if name_view is None:
        return lambda views, names: None
    name_all = getattr(getattr(name_view, "__self__", None), "name_all", None)
    return name_all if name_all is not None else (lambda views, names: list(map(name_view, views, names)))


def _same_person_inputs(last: tuple, now: tuple) -> bool:
    """Whether a person page's view is made of what the last one was: the same Person, mentions and quotes
    (the same objects: a patched briefing keeps those of the articles an edit left alone) and equal topics."""
    (person, refs, quoted, topics), (person_, refs_, quoted_, topics_) = last, now
    return (person is person_ and refs is refs_ and len(quoted) == len(quoted_)
            and all(map(operator.is_, quoted, quoted_)) and topics == topics_)


def _same_article_page(page: Page, view: dict, common: dict, token: Optional[str]) -> bool:
    """Whether an article's page in the last build is its page now: made of the same file and topics (its token:
    the same title and body), the same view and the same shared values (the same objects). It is then that Page
    again, so what the build looks at page by page (the dependency checks, the sitemap) can tell the pages an edit
    left alone from the others by identity, in C (unchanged.same_ends)."""
    context = page.context
    return (token is not None and page.token == token and isinstance(context, LazyContext)
            and context.common is common and context.shared["article"] is view)


def _name(text: str, made_of: bytes = b"") -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass") + made_of, digest_size=16).digest()


def article_view(article: Article, topics: list[Topic]) -> dict:
    """What every page listing an article shows of it (and its own page's `article`)."""
    return {
        "slug": article.slug, "title": article.title, "date": article.date, "author": article.author,
        "publisher": article.publisher, "source_url": article.url, "description": article.description,
        "url": article_url(article.slug), "topics": topics,
        "summary": article.description or (article.paragraphs[0].text if article.paragraphs else ""),
    }


def article_page(article: Article, view: dict, common: Mapping[str, Any], token: Optional[str] = None,
                 html: Union[str, Callable[[], Optional[str]], None] = None) -> Page:
    """An article's own page; its context is built when read (see LazyContext). `html`: its body's,
    when known, or a function giving it or None (else rendered from article.body)."""
    def context() -> dict:
        body = html() if callable(html) else html
        return {**common, "page": _page(article.title, view["summary"][:200], view["url"]),
                "article": view, "body_html": safe_html(markdown.render(article.body).html if body is None else body)}

    return Page(f"articles/{article.slug}/index.html", "article.html",
                LazyContext({**common, "article": view}, context, ARTICLE_COVERED, common),
                token=token, covered=ARTICLE_COVERED if token else frozenset())


def edited_article_page(previous: Page, article: Article, topics: list[Topic]) -> Page:
    """The page of an article just edited, in the site as last built: `previous` is its page in that
    build, which gives what all pages share (the topic list, the site). What the live preview shows
    while the whole site is rebuilt; equal to what that rebuild renders unless the edit changed
    something shared (the rebuild then renders it again)."""
    shared = previous.context.shared if isinstance(previous.context, LazyContext) else previous.context
    common = {key: value for key, value in shared.items() if key not in ARTICLE_COVERED}
    return article_page(article, article_view(article, topics), common)



def with_who(text: str, name: str) -> str:
    """"He also warned …" → "He [Donald Trump] also warned …": who the opening pronoun stands for, in an editor's
    brackets, for a sentence shown away from the ones before it."""
    head, space, rest = re.split(r"(\s+)", text, maxsplit=1)
    return f"{head} [{name}]{space}{rest}"


def event_date_label(e: Event) -> str:
    """'16 May 2025', 'week of 11 August 2025', 'September 2025', '16 May' (year not known)."""
    if e.year is None:
        label = date_human("2000-" + e.date[2:]).rsplit(" ", 1)[0]
        part = re.match(r"(early|mid|late)\b", e.phrase.strip(), re.IGNORECASE)
        return f"{part.group(1).lower()} {label}" if e.precision == "month" and part else label
    if e.precision == "week":
        return "week of " + date_human(e.date)
    label = date_human(e.date)
    part = re.match(r"(early|mid|late)\b", e.phrase.strip(), re.IGNORECASE)
    if e.precision == "month" and part:
        return f"{part.group(1).lower()} {label}"
    return label


SOURCE_LABEL_CHARS = 40


def _source_label(article: dict) -> str:
    """How a source is named in a list of sources: its publisher, else the site it came from, else
    the start of its headline. A whole headline as a source name made every list of sources read
    like a list of headlines (the full title is the link's tooltip)."""
    if article["publisher"]:
        return article["publisher"]
    host = urlsplit(article["source_url"] or "").hostname
    if host:
        return host.removeprefix("www.")
    title = article["title"]
    if len(title) <= SOURCE_LABEL_CHARS:
        return title
    cut = title[:SOURCE_LABEL_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    return cut + "…"


def _person_description(person: Person, view: dict) -> str:
    what = f"{person.name}" + (f", {person.role}" if person.role else "")
    n_quotes, n_articles = view["quote_count"], view["article_count"]
    return (f"{what}: {n_quotes} quote{'s' if n_quotes != 1 else ''} and mentions in "
            f"{n_articles} article{'s' if n_articles != 1 else ''}.")


def _page(title: str, description: str, url: str) -> dict:
    return {"title": title, "description": description, "url": url}
