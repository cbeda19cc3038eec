"""The frozen values that flow between sitegen's stages.

seeds/ --ingest--> content/ --load--> (Article, Topic, Person) --analyse--> Briefing --render--> site/

Every stage takes these values and returns new ones; nothing downstream mutates
what an earlier stage produced.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import Optional


def _by_fields(cls):
    """A frozen dataclass with slots, pickled as its class and its field values in order.

    Slots: a build holds hundreds of thousands of these (paragraphs, key sentences, quotes, events,
    their source references), and an instance unpickled with a __dict__ (every one a worker sends
    or a cache file holds) weighed ~3 times as much as one with slots. The field values: the pickle
    dataclasses gives a frozen slotted class sets each field through a Python function, which made
    writing and reading the packs 2-4 times slower; the constructor takes them at C speed."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        return type(self), values(self)

    cls.__reduce__ = __reduce__
    return cls


@_by_fields
@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article body as ingest found it.

    kind is one of: "paragraph", "heading", "list_item", "quote", "table_row" (its cells joined by " | ").
    text is the block's text, verbatim (typographic quotes and dashes kept),
    without Markdown markup.
    """

    kind: str
    text: str
    level: int = 2  # for headings: 2 → "##", 3 → "###"
    ordered: bool = False  # for list items: part of a numbered list ("1.")


@_by_fields
@dataclass(frozen=True, slots=True)
class LineFate:
    """What ingest did with one raw input line (for `sitegen ingest --explain`)."""

    line: int  # 1-based line number in the raw file
    text: str
    fate: str  # title | author | date | publisher | url | description | heading | paragraph | list_item | quote | table_row | dropped
    reason: str


@_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """What ingest extracted from one raw file (text dump, HTML page or Markdown)."""

    title: Optional[str]
    blocks: tuple[Block, ...]
    title_inferred: bool = False
    author: Optional[str] = None
    date: Optional[str] = None  # ISO 8601, "YYYY-MM-DD"
    publisher: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    language: Optional[str] = None
    lines: tuple[LineFate, ...] = ()
    warnings: tuple[str, ...] = ()
    # For Markdown inputs: the body exactly as written (passed through instead of blocks).
    markdown: Optional[str] = None
    # Other front-matter keys of a Markdown input, kept in order.
    extra: tuple[tuple[str, object], ...] = ()


@_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of an article body as the site shows it.

    index is 1-based and is the anchor on the article page: articles/<slug>/#p-<index>.
    text is plain text (inline Markdown rendered away), used by analysis.
    """

    index: int
    text: str
    section: Optional[str] = None  # the heading it sits under, if any
    quoted: bool = False  # inside a blockquote ("> …"): quoted words, with or without quotation marks

    @property
    def anchor(self) -> str:
        return f"p-{self.index}"


@_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    title: str
    body: str  # Markdown
    paragraphs: tuple[Paragraph, ...]
    date: Optional[str] = None  # "YYYY-MM-DD"
    author: Optional[str] = None
    publisher: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    topics: tuple[str, ...] = ()
    # True when `topics` came from the article's front matter as an editor set it;
    # False when analysis may assign topics itself.
    topics_fixed: bool = False
    title_inferred: bool = False
    source: Optional[str] = None
    path: Optional[Path] = None  # the content/ file it was loaded from
    extra: tuple[tuple[str, object], ...] = ()  # other front-matter keys, in order


@_by_fields
@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    title: str
    description: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    # Terms common in other senses too ("summit", "meeting"): a paragraph is on topic by them only when it names
    # two of them, or one of them beside one of `terms`.
    weak_terms: tuple[str, ...] = ()
    intro: str = ""  # the editor's introduction, Markdown
    min_paragraphs: int = 1
    weight: int = 0  # order on the home page: lower first
    path: Optional[Path] = None

    @property
    def all_terms(self) -> tuple[str, ...]:
        return self.terms + self.weak_terms


@_by_fields
@dataclass(frozen=True, slots=True)
class Person:
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    role: Optional[str] = None
    kind: str = "person"  # "person" | "organization"
    gender: Optional[str] = None  # "m" | "f" when content/people.yaml says so: lets he/she skip a nearer person


@_by_fields
@dataclass(frozen=True, slots=True)
class Site:
    """Everything loaded from a project before analysis."""

    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    people: tuple[Person, ...] = ()


# ---- analysis results ------------------------------------------------------


@_by_fields
@dataclass(frozen=True, slots=True)
class SourceRef:
    """A pointer back to the paragraph a finding came from."""

    article: str  # article slug
    paragraph: int  # Paragraph.index

    @property
    def anchor(self) -> str:
        return f"p-{self.paragraph}"


@_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    source: SourceRef
    speaker: Optional[str] = None  # Person slug, or None when it cannot be told
    speaker_name: Optional[str] = None  # as the article names the speaker
    how: str = ""  # why this speaker (or why none): "named after the quote", "'he' → Rubio", …


@_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    """A dated event on a timeline."""

    date: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision; "--MM-DD" / "--MM" when the year is unknown
    precision: str  # "day" | "week" (date is that week's Monday) | "month" | "year"
    text: str  # the sentence
    sources: tuple[SourceRef, ...]
    phrase: str = ""  # the words that gave the date: "On May 16", "next week"
    # The person a "He"/"She" opening the sentence stands for, as a reader of the article resolves it ("" when the
    # sentence opens otherwise, or the article does not tell): pages show "He [Donald Trump] also warned …".
    who: str = ""

    @property
    def year(self) -> Optional[int]:
        return None if self.date.startswith("--") else int(self.date[:4])


@_by_fields
@dataclass(frozen=True, slots=True)
class KeySentence:
    """A sentence of one article that could become a key point of a topic."""

    text: str
    paragraph: int
    topics: tuple[str, ...]  # the topics whose paragraphs it sits in
    words: tuple[str, ...]  # its content-word stems, sorted and unique: for matching near-duplicates
    score: float  # how informative it is on its own (numbers, names, dates, length)
    # (topic slug, how many of its terms the sentence names) for each of `topics` it names a term of
    terms: tuple[tuple[str, int], ...] = ()


@_by_fields
@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything analysis finds in one article alone: depends only on it, the topics and the gazetteer.

    Frozen and picklable, so a cache can keep it per article and only `combine` reruns.
    """

    slug: str
    topics: tuple[str, ...]
    topic_paragraphs: tuple[tuple[str, tuple[int, ...]], ...]  # topic slug → on-topic paragraph indices
    people: tuple[Person, ...]  # everyone the article names: gazetteer entries and names found in the text
    mentions: tuple[tuple[str, tuple[int, ...]], ...]  # person slug → paragraphs naming them
    unknown_people: tuple[str, ...] = ()  # slugs among `people` that are not in the gazetteer
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[KeySentence, ...] = ()
    # The content words of each event's sentence, in the order of `events`: computed here, where it is
    # cached, rather than for every event of the site on every combine.
    event_words: tuple[tuple[str, ...], ...] = ()


@_by_fields
@dataclass(frozen=True, slots=True)
class KeyPoint:
    text: str
    sources: tuple[SourceRef, ...]  # one per corroborating article, the first is the one quoted


@_by_fields
@dataclass(frozen=True, slots=True)
class TopicBriefing:
    topic: Topic
    articles: tuple[str, ...]  # slugs, newest first
    paragraphs: tuple[SourceRef, ...]  # on-topic paragraphs, in article order
    bottom_line: str = ""
    key_points: tuple[KeyPoint, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[Event, ...] = ()
    people: tuple[str, ...] = ()  # Person slugs, most mentioned first


@_by_fields
@dataclass(frozen=True, slots=True)
class Briefing:
    """The analysis of a whole site: what render turns into pages."""

    site: Site
    topics: tuple[TopicBriefing, ...]
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()  # everyone quoted or mentioned
    mentions: tuple[tuple[str, tuple[SourceRef, ...]], ...] = ()  # person slug → where mentioned
    article_topics: tuple[tuple[str, tuple[str, ...]], ...] = ()  # article slug → its topics
    unknown_people: tuple[str, ...] = ()  # person slugs found in the text but not in the gazetteer
