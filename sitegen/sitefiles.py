"""The files of a site that are not its HTML pages: Atom feeds, sitemap, robots.txt,
and the search page with its index.

Everything is derived from the list of pages build already made (their contexts
hold the article and topic views), so the feeds and the index say exactly what the
pages say. Pure apart from rendering the search page through the theme.

    site_files(pages, briefing, config, env) → SiteFile(output, text), one at a time
"""
from __future__ import annotations

import functools
import operator
from collections import abc
import heapq
import json
import re
import unicodedata
import uuid
from itertools import chain, islice
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Optional, Sequence, Union

import jinja2

from sitegen.config import Config
from sitegen.model import Briefing
from sitegen.pages import Page
from sitegen.render import Links
from sitegen.unchanged import other_places, same_ends

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
FEED_ENTRIES = 50
SEARCH_PAGE = "search/index.html"
SEARCH_INDEX = "search/index.json"
SEARCH_INDEX_SCRIPT = "search/index.js"  # relative_urls only: the index for a site opened from disk
SEARCH_INDEX_VERSION = 1
SEARCH_TEXT = "search/text.json"  # every article's words, the search page's second look (see search_text_json)
SEARCH_TEXT_SCRIPT = "search/text.js"  # relative_urls only, as SEARCH_INDEX_SCRIPT
SUMMARY_CHARS = 280


@dataclass(frozen=True)
class SiteFile:
    output: str  # path under site/
    text: Union[str, Iterable[str]]  # or its pieces, in order (the search index: never held whole)


def site_files(pages: Sequence[Page], briefing: Briefing, config: Config,
               env: Optional[jinja2.Environment] = None, memo: Optional[dict] = None,
               texts: Optional[Callable[[str], Sequence]] = None) -> Iterator[SiteFile]:
    """The files, one at a time: each can be written and let go of before the next is made. `memo`, kept
    by the caller from one build to the next (a Builder), lets the search index reuse what it made of
    values that are the last build's (see search_index_json). `texts` (slug → the article's paragraphs, all of
    them) gives the search page every article's words (search/text.json); without it that file is not written."""
    links = Links(config)
    articles = [p.context["article"] for p in pages if p.template == "article.html"]
    topics = [p.context["topic"] for p in pages if p.template == "topic.html"]
    yield SiteFile("feed.xml", atom_feed(config.title, config.description, "", articles, links, memo))
    for topic in topics:
        yield SiteFile(f"{topic['url']}feed.xml", atom_feed(f"{topic['title']} · {config.title}",
                                                            topic.get("description") or "", topic["url"],
                                                            topic["articles"], links, memo))
    yield SiteFile("sitemap.xml", sitemap(pages, links, memo))
    yield SiteFile("robots.txt", robots_txt(links))
    yield SiteFile(SEARCH_INDEX, search_index_json(pages, briefing, memo))
    if config.relative_urls:
        # A page opened from disk may not fetch() a file, but may load a script: the same index as one, for search.js.
        yield SiteFile(SEARCH_INDEX_SCRIPT, chain(["window.sitegenSearchIndex = "], search_index_json(pages, briefing),
                                                  [";\n"]))
    if texts is not None:
        # (Written twice for a site opened from disk: its pieces made once, every article's words read once.)
        text = list(search_text_json(pages, texts, memo)) if config.relative_urls else search_text_json(pages, texts, memo)
        yield SiteFile(SEARCH_TEXT, text)
        if config.relative_urls:
            yield SiteFile(SEARCH_TEXT_SCRIPT, chain(["window.sitegenSearchText = "], text, [";\n"]))
    if env is not None:
        yield SiteFile(SEARCH_PAGE, render_search_page(pages, env, config))


# -- Atom --------------------------------------------------------------------------


def _atom_date(iso: Optional[str]) -> Optional[str]:
    """'2025-08-07' → '2025-08-07T00:00:00Z'; partial dates fill in the 1st."""
    if not iso:
        return None
    parts = (str(iso).split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def _atom_id(links: Links, path: str) -> str:
    """A permanent, absolute id: the page's URL when the site knows its host, else a name-based UUID
    (an Atom id must be an absolute IRI; a root-relative path is not one)."""
    if links.origin:
        return links.abs_url(path)
    return uuid.uuid5(uuid.NAMESPACE_URL, "sitegen:" + links.url(path)).urn


def atom_feed(title: str, subtitle: str, page_url: str, articles: Sequence[Mapping[str, Any]], links: Links,
              memo: Optional[dict] = None) -> str:
    """A valid Atom 1.0 feed of the newest articles. With a host in base_url every link is absolute;
    without, links are root-relative, which RFC 4287 resolves against the feed's own address. With `memo` (kept
    between builds), the newest are found among the last build's newest and the articles that are not the last
    build's, and a feed of the same newest is the last text (see _LastFeed)."""
    made_with = (title, subtitle, links.base_path, links.origin)
    last = memo.get((_FEED, page_url)) if memo is not None else None
    if last is not None and last.made_with != made_with:
        last = None
    newest = _newest(articles, last)
    text = last.text if last is not None and last.newest == newest else _atom_text(title, subtitle, page_url, newest, links)
    if memo is not None:
        memo[(_FEED, page_url)] = _LastFeed(made_with, list(articles), newest, text)
    return text


_FEED = "#feed"  # (the key of a feed's _LastFeed in a memo, with its page's url)
_NEWEST = lambda a: (a.get("date") or "", a["slug"])  # noqa: E731 (a feed's order of its articles, newest first)


class _LastFeed(NamedTuple):
    """What the last build made a feed of, for the next build's."""

    made_with: tuple  # (title, subtitle, base path, origin)
    articles: list  # the article views it chose from
    newest: list  # those it shows
    text: str


def _newest(articles: Sequence[Mapping[str, Any]], last: Optional[_LastFeed]) -> list:
    """The FEED_ENTRIES newest of `articles` (= sorted(…)[:n]). With `last`: the articles equal to the last build's
    at the front and at the back of the list (unchanged.same_ends) are what they were, so unless the last newest
    held one of those in between, the newest are among the last newest and the articles in between (a one-article
    edit: 51 looked at, not 10,000)."""
    if last is not None:
        front, back = same_ends(articles, last.articles)
        gone = set(map(_NEWEST, last.articles[front:len(last.articles) - back]))
        if gone.isdisjoint(map(_NEWEST, last.newest)):
            return heapq.nlargest(FEED_ENTRIES, chain(last.newest, articles[front:len(articles) - back]), key=_NEWEST)
    return heapq.nlargest(FEED_ENTRIES, articles, key=_NEWEST)


def _atom_text(title: str, subtitle: str, page_url: str, newest: Sequence[Mapping[str, Any]], links: Links) -> str:
    """The feed of these articles (`newest`, in their order)."""
    ET.register_namespace("", ATOM)
    dates = [d for d in (_atom_date(a.get("date")) for a in newest) if d]
    # Reproducible builds: the feed is as new as its newest dated article, never the clock.
    updated = max(dates) if dates else "1970-01-01T00:00:00Z"
    feed = ET.Element(f"{{{ATOM}}}feed")
    feed.set(XML_BASE, links.abs_url(""))

    def sub(parent: ET.Element, tag: str, text: Optional[str] = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    sub(feed, "title", title)
    if subtitle:
        sub(feed, "subtitle", subtitle)
    sub(feed, "id", _atom_id(links, page_url + "feed.xml"))
    sub(feed, "link", rel="self", type="application/atom+xml", href=links.abs_url(page_url + "feed.xml"))
    sub(feed, "link", rel="alternate", type="text/html", href=links.abs_url(page_url))
    sub(feed, "updated", updated)
    author = sub(feed, "author")
    sub(author, "name", title.split(" · ")[-1])
    sub(feed, "generator", "sitegen")
    for article in newest:
        entry = sub(feed, "entry")
        sub(entry, "title", article["title"])
        sub(entry, "link", rel="alternate", type="text/html", href=links.abs_url(article["url"]))
        sub(entry, "id", _atom_id(links, article["url"]))
        sub(entry, "updated", _atom_date(article.get("date")) or updated)
        if article.get("date"):
            sub(entry, "published", _atom_date(article["date"]))
        if article.get("author"):
            sub(sub(entry, "author"), "name", article["author"])
        for topic in article.get("topics") or ():
            sub(entry, "category", term=_get(topic, "slug"), label=_get(topic, "title"))
        summary = _clip(article.get("summary") or "", SUMMARY_CHARS)
        if summary:
            sub(entry, "summary", summary)
        if article.get("source_url"):
            sub(entry, "link", rel="via", href=article["source_url"])
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _get(obj: Any, key: str) -> str:
    # (collections.abc's Mapping: isinstance against typing's alias of it, in Python, was most of the time
    # of the search index's article rows)
    return str(obj.get(key) if isinstance(obj, abc.Mapping) else getattr(obj, key))


@functools.lru_cache(maxsize=1 << 17)  # the same summaries and quotes, build after build (live preview)
def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# -- sitemap and robots ------------------------------------------------------------


def page_url(output: str) -> str:
    """'topics/x/index.html' → 'topics/x/'; other files keep their name."""
    if output == "index.html":
        return ""
    return output[: -len("index.html")] if output.endswith("/index.html") else output


def sitemap(pages: Sequence[Page], links: Links, memo: Optional[dict] = None) -> str:
    """Every page a search engine should list (not the 404 or search pages), with its date when known.
    Sitemaps need absolute URLs: without a host in base_url the <loc>s are root-relative (see README).
    With `memo` (kept between builds), a page that is the last build's Page object at the same place (site_pages
    gives an article an edit left alone its last page) has its last entry, and the same paths their last order."""
    # Written as text, not through ElementTree: one flat list of 10,000 entries took a tenth of a
    # warm rebuild that way. The same bytes as ElementTree wrote (tests/test_site_files.py).
    made_with = (links.base_path, links.origin)
    last = memo.get(_SITEMAP) if memo is not None else None
    places = other_places(pages, last.pages) if last is not None and last.made_with == made_with else None
    outputs = list(map(_OUTPUT, pages))
    if places is not None:
        entries = list(last.entries)
        for n in places:
            entries[n] = _sitemap_entry(pages[n], links)
        order = last.order if outputs == last.outputs else None
    else:
        entries, order = [_sitemap_entry(page, links) for page in pages], None
    if order is None:
        order = sorted(range(len(outputs)), key=lambda n: page_url(outputs[n]))
    if memo is not None:
        memo[_SITEMAP] = _LastSitemap(made_with, list(pages), outputs, entries, order)
    return "".join(chain(('<?xml version="1.0" encoding="utf-8"?>\n', f'<urlset xmlns="{SITEMAP}">'),
                         map(entries.__getitem__, order), ("</urlset>\n",)))


def _sitemap_entry(page: Page, links: Links) -> str:
    """A page's <url> in the sitemap ("" for a page it does not list)."""
    if page.output in ("404.html", SEARCH_PAGE) or not page.output.endswith(".html"):
        return ""
    entry = f"<url><loc>{_xml_text(links.abs_url(page_url(page.output)))}</loc>"
    date = (page.context.get("article") or {}).get("date") if isinstance(page.context.get("article"), Mapping) else None
    if date and len(str(date)) == 10:
        entry += f"<lastmod>{_xml_text(str(date))}</lastmod>"
    return entry + "</url>"


_SITEMAP = "#sitemap"  # (the key of _LastSitemap in a memo)
_OUTPUT = operator.attrgetter("output")


class _LastSitemap(NamedTuple):
    """What the last build made the sitemap of, for the next build's (see sitemap)."""

    made_with: tuple  # (base path, origin)
    pages: list  # the pages
    outputs: list  # their paths, in order
    entries: list  # their entries, likewise
    order: list  # the places in `pages` of the pages in the sitemap's order (by url)


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def robots_txt(links: Links) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if links.origin:
        lines.append(f"Sitemap: {links.abs_url('sitemap.xml')}")
    else:
        # robots.txt only accepts an absolute sitemap URL; set an absolute base_url to get one.
        lines.append(f"# sitemap: {links.url('sitemap.xml')} (set an absolute base_url to announce it)")
    return "\n".join(lines) + "\n"


# -- search ------------------------------------------------------------------------


def search_index(pages: Sequence[Page], briefing: Briefing) -> dict:
    """What the search page looks through: articles, quotes and people, as compact rows.

    Rows: articles [title, path, date, publisher, summary, topics], newest first;
    people [name, path, role, aliases]; quotes [text, speaker as written, article row,
    paragraph number, person row or -1]. Paths are relative to the site's base path (the
    page adds it), so one index works under any subpath. Article rows hold the title, description and the first words of
    the text, not the whole text: the index stays small enough to load on the first
    keystroke even for thousands of articles (see benchmarks/search_index.py).
    """
    return {"version": SEARCH_INDEX_VERSION, **{name: list(rows) for name, rows in _search_rows(pages, briefing)}}


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
ROWS_PART = 1000


def search_index_json(pages: Sequence[Page], briefing: Briefing, memo: Optional[dict] = None) -> Iterator[str]:
    """search_index as compact JSON, a row at a time: the very text json.dumps gives of it (each row by
    json's C encoder), without the 10,000-article index (20 MB of text, more as rows) held whole. With
    `memo` (kept between builds), a part of ROWS_PART rows equal to the last build's part at its place is
    the text made of that one: a one-article edit encodes one part of each list, not 65,000 rows."""
    yield "{" + _COMPACT.encode("version") + ":" + _COMPACT.encode(SEARCH_INDEX_VERSION)
    for name, rows in _search_rows(pages, briefing, memo):
        yield "," + _COMPACT.encode(name) + ":["
        # ROWS_PART rows encoded as one list, its brackets cut off: the encoder puts "," between the items of a
        # list as between two rows, and one call per row (65,000 at 10,000 articles) cost more than the encoding.
        last, made = (memo.get(name, ()), []) if memo is not None else ((), None)
        for n, part in enumerate(iter(lambda: list(islice(rows, ROWS_PART)), [])):
            # (rows are made of the views' own strings: equal ones mostly the same objects, compared at once)
            text = last[n][1] if n < len(last) and last[n][0] == part else _COMPACT.encode(part)[1:-1]
            if made is not None:  # (else not held: a one-off build writes the index a part at a time)
                made.append((part, text))
            yield ("" if n == 0 else ",") + text
        if memo is not None:
            memo[name] = made
        yield "]"
    yield "}"


def _search_rows(pages: Sequence[Page], briefing: Briefing,
                 memo: Optional[dict] = None) -> Iterator[tuple[str, Iterator[list]]]:
    """search_index's lists in order, each as its rows. With `memo` (kept between builds, see _LastRows), a row
    made of what the last build's row was made of (the same article view, the same Quote: site_pages and recombine
    keep those of the articles an edit left alone) is that row again, the very object, and so is the order of
    the articles when their dates and titles are the same: search_index_json then finds the unchanged parts
    equal at once. Made again, the 65,000 rows of 10,000 articles were a tenth of a warm one-article edit."""
    last = memo.get(_ROWS) if memo is not None else None
    views = [page.context["article"] for page in pages if page.template == "article.html"]
    rows = _reused(views, (last.views, last.rows) if last is not None else None, _article_row)
    keys = list(map(_DATE_AND_TITLE, rows))
    # Newest first by (date, title), stably: the articles' order as a list of their places in `views`.
    order = last.order if last is not None and last.keys == keys else \
        sorted(range(len(keys)), key=keys.__getitem__, reverse=True)
    slugs = list(map(_SLUG, views))
    if last is not None and last.order is order and last.slugs == slugs:
        article_at = last.article_at
    else:
        article_at = dict(zip(map(slugs.__getitem__, order), range(len(order))))
    yield "articles", map(rows.__getitem__, order)
    person_urls = {}
    for page in pages:
        if page.template == "person.html" and page.context.get("person") is not None:
            person_urls[_get(page.context["person"], "slug")] = page_url(page.output)
    people = []
    person_at = {}
    for person in getattr(briefing, "people", ()) or ():
        person_at[person.slug] = len(people)
        people.append([person.name, person_urls.get(person.slug, ""), person.role or "", ", ".join(person.aliases)])
    # A quote names its article and speaker by their row, not by repeating their title and path:
    # quotes outnumber articles several times over, so this keeps the index about half as big.
    quotes = getattr(briefing, "quotes", ()) or ()
    same_rows = last is not None and last.article_at == article_at and last.person_at == person_at
    quote_rows = _reused(quotes, (last.quotes, last.quote_rows) if same_rows else None,
                         lambda quote: _quote_row(quote, article_at, person_at))
    yield "quotes", filter(None, quote_rows)  # (() for a quote of no article here: none)
    yield "people", iter(people)
    if memo is not None:
        memo[_ROWS] = _LastRows(views, rows, keys, slugs, order, article_at, person_at, quotes, quote_rows)


def search_text_json(pages: Sequence[Page], texts: Callable[[str], Sequence],
                     memo: Optional[dict] = None) -> Iterator[str]:
    """Every article's words, for the search page to look through after the first results (search.js):
    {"version": 1, "articles": {path: [words, [word number, paragraph, …]]}}. The words are the text's distinct ones,
    folded as the page folds a query (accents off, lower case), in the order they first come, one space apart;
    each pair of numbers says from which of them on the words are first met in that paragraph (its anchor, #p-N), so
    a hit links to where the article first uses the word. Titles and summaries are in search/index.json,
    which the page loads first: this file is some three times its size, and only a reader who searches waits
    for it. With `memo` (a Builder's), an article whose paragraphs are the very ones of the last build is the
    text made of them then."""
    last = memo.get(_TEXT, {}) if memo is not None else {}
    made: dict = {}
    yield '{"version":' + str(SEARCH_INDEX_VERSION) + ',"articles":{'
    first = True
    for page in pages:
        if page.template != "article.html":
            continue
        view = page.context["article"]
        paragraphs = texts(view["slug"])
        was = last.get(view["slug"])
        text = was[1] if was is not None and was[0] is paragraphs else \
            _COMPACT.encode(view["url"]) + ":" + _COMPACT.encode(search_words(paragraphs))
        if memo is not None:
            made[view["slug"]] = (paragraphs, text)
        yield text if first else "," + text
        first = False
    if memo is not None:
        memo[_TEXT] = made
    yield "}}"


def search_words(paragraphs: Sequence) -> list:
    """[the distinct words of these paragraphs, folded and one space apart, in order; [word number, paragraph index,
    …]]: from which of the words on (counted from 0) they are first met in that paragraph."""
    seen: set[str] = set()
    words: list[str] = []
    starts: list[int] = []
    # (A subheading's words go with the first paragraph under it, where a reader finds it; folded at once, the
    # paragraphs apart by a character no word has: one call an article, not one a paragraph.)
    texts = [(p.section + " " + p.text) if p.section and p.section != (paragraphs[k - 1].section if k else None) else p.text
             for k, p in enumerate(paragraphs)]
    for paragraph, text in zip(paragraphs, _fold("\x00".join(texts)).split("\x00")):
        new = [word for word in dict.fromkeys(_WORD.findall(text)) if len(word) > 1 and word not in seen]
        if new:
            seen.update(new)
            starts += (len(words), paragraph.index)
            words += new
    return [" ".join(words), starts]


def _fold(text: str) -> str:
    """As search.js's norm(): accents taken off (NFD, U+0300–U+036F dropped), lower case."""
    if text.isascii():
        return text.lower()  # (no accent to take off: most English text, at a fraction of the cost)
    return _ACCENTS.sub("", unicodedata.normalize("NFD", text)).lower()


_WORD = re.compile(r"[^\W_]+")
_ACCENTS = re.compile("[\u0300-\u036f]+")
_TEXT = "#text"  # (the key in a memo of what search_text_json made of each article: slug → (paragraphs, text))
_ROWS = "#rows"  # (the key of _LastRows in a memo that holds each list's parts under its name)
_DATE_AND_TITLE = operator.itemgetter(2, 0)  # of an article's row
_SLUG = operator.itemgetter("slug")  # of an article's view


class _LastRows(NamedTuple):
    """What the last build made the search index's rows of, for the next build's (see _search_rows)."""

    views: list  # the article views, in the pages' order
    rows: list  # their rows, likewise
    keys: list  # their rows' (date, title), likewise
    slugs: list  # their slugs, likewise
    order: list  # the places in `views` of the articles, in the index's order
    article_at: dict  # slug → the article's row number
    person_at: dict  # person slug → their row number
    quotes: tuple  # the quotes
    quote_rows: list  # their rows (() for a quote of no article here)


def _reused(values: Sequence, last: Optional[tuple[Sequence, list]], make: Callable[[Any], Any]) -> list:
    """make(value) for each of `values`, or the last build's row of an equal value (`last`: the last values and
    their rows): those at the front and at the back found together (unchanged.same_ends), those in between by
    identity one by one."""
    if last is None:
        return list(map(make, values))
    old, old_rows = last
    front, back = same_ends(values, old)
    end, old_end = len(values) - back, len(old) - back
    known = dict(zip(map(id, old[front:old_end]), old_rows[front:old_end]))  # (`old` is alive: an id is its value's)
    middle = [known[id(value)] if id(value) in known else make(value) for value in values[front:end]]
    return old_rows[:front] + middle + old_rows[old_end:]


def _article_row(a: Mapping[str, Any]) -> list:
    topics = ", ".join(_get(t, "title") for t in a.get("topics") or ())
    return [a["title"], a["url"], a.get("date") or "", a.get("publisher") or "",
            _clip(a.get("summary") or "", SUMMARY_CHARS), topics]


def _quote_row(quote, article_at: Mapping[str, int], person_at: Mapping[str, int]):
    if quote.source.article not in article_at:
        return ()
    return [_clip(quote.text, 400), quote.speaker_name or "", article_at[quote.source.article],
            quote.source.paragraph, person_at.get(quote.speaker or "", -1)]


def render_search_page(pages: Sequence[Page], env: jinja2.Environment, config: Config) -> str:
    from sitegen.build import render_page  # the same error reporting as every other page

    home = next((p for p in pages if p.output == "index.html"), None)
    common = dict(home.context) if home is not None else {}
    common["page"] = {"title": "Search", "description": f"Search the articles, quotes and people of {config.title}.",
                      "url": "search/"}
    return render_page(env, Page(SEARCH_PAGE, "search.html", common))
