"""site/briefing.json: the briefing as data, for scripts and other sites.

The schema is documented in the README ("site/briefing.json"). It only grows: a new field may
appear, an existing one keeps its name and meaning; `version` goes up when that promise breaks.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring
from array import array
from itertools import chain, compress, count, islice
from operator import and_, attrgetter, eq, ne, not_, sub
from typing import Iterator, Mapping, Optional, Sequence

from sitegen.json_reuse import Copy, LastRuns, Out, Reuse, Spans
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
    return {"date": e.date, "precision": e.precision, "year": e.year, "text": e.text, "who": e.who or None,
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


def _people(briefing: Briefing) -> list[tuple]:
    """(Person, whether in the gazetteer, how often quoted) of each person, in order."""
    quoted: dict[str, int] = {}
    for q in briefing.quotes:
        if q.speaker:
            quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
    unknown = set(briefing.unknown_people)
    return [(p, p.slug not in unknown, quoted.get(p.slug, 0)) for p in briefing.people]


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
                  reuse: Optional[Reuse] = None) -> str:
    """One topic, article or person per line: still easy to read and diff, and encoded by json's C
    encoder (any `indent` falls back to pure Python, which took most of a one-article rebuild)."""
    return b"".join(briefing_json_chunks(briefing, site_title, base_url, reuse)).decode("utf-8")


def briefing_json_chunks(briefing: Briefing, site_title: str = "", base_url: Optional[str] = None,
                         reuse: Optional[Reuse] = None) -> Iterator[bytes]:
    """briefing_json in blocks of UTF-8, for writing it without holding all of it.

    `reuse` (json_reuse.Reuse, kept by the caller) gives the articles' keys and the last file written, whose
    articles' lines and runs of mentions are copied where the article's key is the same; it records where
    they are in this one (`reuse.written`)."""
    reuse = reuse if reuse is not None else Reuse()
    out = Out()
    site = briefing.site
    out.add(("{\n " + f"{_ENCODER.encode('version')}: {_ENCODER.encode(VERSION)},\n "
             f"{_ENCODER.encode('site')}: {_ENCODER.encode({'title': site_title, 'base_url': base_url})}").encode("utf-8"))
    yield from _list(out, "topics", briefing.topics, lambda tb: _encoded(_topic(tb)))

    keys = reuse.keys
    last_lines = reuse.last_lines()
    encoded = _ArticleLines(briefing)
    spans = _opened(out, "articles", site.articles)
    for n, a in enumerate(site.articles):
        key = keys.get(a.slug)
        found = last_lines.get(key) if key is not None else None
        if found is not None:
            at = spans.copy(found[0], found[1], b",\n  " if n else b"")
        else:
            at = spans.add(b",\n  " if n else b"", encoded(a).encode("utf-8"))
        reuse.written.keys.append(key)
        reuse.written.lines.extend((at, spans.at))
        if spans.full():
            yield from _drained(out, spans, reuse, False)
    yield from _closed(out, spans, reuse)

    number = {a.slug: n for n, a in enumerate(site.articles)}
    mentions = dict(briefing.mentions)
    people = _people(briefing)
    spans = _opened(out, "people", people)
    lines = _PersonLines(reuse, list(number))
    for n, (p, in_gazetteer, quotes) in enumerate(people):
        sep = b",\n  " if n else b""
        refs = mentions.get(p.slug, ())
        if lines.copied(spans, sep, p, in_gazetteer, quotes, refs):
            continue
        start = spans.at + len(sep)
        for _ in _person_line(spans, sep, p, in_gazetteer, quotes, refs, reuse, number):
            yield from _drained(out, spans, reuse, False)
        lines.made(start, spans.at, p, in_gazetteer, quotes, refs)
    lines.close()
    yield from _closed(out, spans, reuse)
    out.add(b"\n}\n")
    yield out.take()


def _opened(out: Out, name: str, items) -> Optional[Spans]:
    """A list of the document begun (None: an empty one, written whole), its items to come as spans."""
    if not items:
        out.add(f",\n {_ENCODER.encode(name)}: []".encode("utf-8"))
        return None
    out.add(_opening(name))
    return Spans(out.at)


def _drained(out: Out, spans: Optional[Spans], reuse: Reuse, all: bool) -> Iterator[bytes]:
    """What `spans` holds, handed on in blocks (all=False: once it holds a block's worth, see Spans.pieces)."""
    for data in spans.pieces(None if reuse.copies else reuse.read, all):
        if type(data) is Copy:  # (Reuse.write copies it from the last file itself)
            yield from out.skip(data)
            yield data
            continue
        out.add(data)
        if out.full():
            yield out.take()


def _closed(out: Out, spans: Optional[Spans], reuse: Reuse) -> Iterator[bytes]:
    if spans is not None:
        yield from _drained(out, spans, reuse, True)
        reuse.copied += spans.copied
        out.add(b"\n ]")


def _opening(name: str) -> bytes:
    return f",\n {_ENCODER.encode(name)}: [\n  ".encode("utf-8")


def _list(out: Out, name: str, items, line) -> Iterator[bytes]:
    """One list of the document, an item a line: `line(item)` gives its pieces (text, bytes or views of them)."""
    if not items:
        out.add(f",\n {_ENCODER.encode(name)}: []".encode("utf-8"))
        return
    out.add(_opening(name))
    for n, item in enumerate(items):
        if n:
            out.add(b",\n  ")
        for piece in line(item):
            out.add(piece.encode("utf-8") if type(piece) is str else piece)
            if out.full():
                yield out.take()
    out.add(b"\n ]")


class _ArticleLines:
    """An article's line encoded, its topics and quotes read from the briefing when one is first needed."""

    def __init__(self, briefing: Briefing):
        self._briefing = briefing
        self._of: Optional[tuple[dict, dict]] = None

    def __call__(self, a) -> str:
        if self._of is None:
            quotes_of: dict[str, list[Quote]] = {}
            for q in self._briefing.quotes:
                quotes_of.setdefault(q.source.article, []).append(q)
            self._of = (dict(self._briefing.article_topics), quotes_of)
        topics_of, quotes_of = self._of
        return "".join(_encoded(_article(a, tuple(topics_of.get(a.slug, a.topics)), tuple(quotes_of.get(a.slug, ())))))


def _person_line(spans: Spans, sep: bytes, p, in_gazetteer: bool, quotes: int, refs: tuple, reuse: Reuse,
                 number: Mapping[str, int]) -> Iterator[None]:
    """A person's line added to `spans`: its fields, then their mentions a run of one article's at a time.
    The runs at the front and at the back that are the last file's runs again (the same article keys, as
    many mentions) are copied as one range each, and so is a run in between that is one of the last file's
    (an article that moved); only the others are encoded. A pause whenever the spans are full: the caller
    hands on what they hold."""
    runs = _runs_of(refs, number) if refs else None
    if runs is None:  # (none, or a mention that is not a paragraph of an article here: as json writes it)
        for n, piece in enumerate(_encoded(_person(p, in_gazetteer, quotes, tuple(refs)))):
            spans.add(sep if n == 0 else b"", piece.encode("utf-8"))
            if spans.full():
                yield
        return
    numbers, starts, counts = runs
    keys = list(map(reuse.keys_written().__getitem__, numbers))
    head = _ENCODER.encode(_person(p, in_gazetteer, quotes, ()))
    spans.add(sep, (head[:-len("[]}")] + "[").encode("utf-8"))  # ("mentions" is its last field)
    base = spans.at
    last = reuse.last_person(p.slug)
    n, m = len(keys), len(last.keys) if last is not None else 0
    front = back = 0
    if last is not None:
        front = _same_leading(keys, counts, last.keys, last.counts)
        back = min(_same_leading(keys[::-1], counts[::-1], last.keys[::-1], last.counts[::-1]), min(n, m) - front)
    lengths = array("q")
    if front:
        spans.copy(last.base, last.end(front - 1), b"")
        lengths.extend(last.lengths[:front])
    moved = _runs_between(last, front, m - back) if n - back > front and last is not None else {}
    for i in range(front, n - back):
        found = moved.get((keys[i], counts[i]))
        if found is not None:
            at = spans.copy(found[0], found[1], b", " if i else b"")
        else:
            at = spans.add(b", " if i else b"",
                           ", ".join(map(_ref_json, refs[starts[i]:starts[i] + counts[i]])).encode("utf-8"))
        lengths.append(spans.at - at)
        if spans.full():
            yield
    if back:
        spans.copy(last.start(m - back), last.end(m - 1), b", " if n - back else b"")
        lengths.extend(last.lengths[m - back:])
    spans.add(b"", b"]}")
    reuse.written.runs[p.slug] = array("q", chain.from_iterable(zip(numbers, lengths, counts)))
    reuse.written.bases[p.slug] = base


class _PersonLines:
    """A Builder's people's lines copied whole from the last file where they are what they were made of then:
    the same Person, the same mentions (the same tuple: a patched briefing keeps those of the people an edit
    did not touch), as often quoted, with the articles in the same order (their numbers in the runs the
    next build reads are the same). Without this, each person's runs were found again over all their
    mentions (_runs_of, _same_leading: 216,000 at 10,000 articles) to be copied as they were.

    `reuse.memo` holds, for the file written last (its digest), the articles' slugs in order and, by person,
    (Person, in gazetteer, quotes, mentions, line start, line end, base of the runs, the runs)."""

    def __init__(self, reuse: Reuse, slugs: list):
        self._reuse = reuse
        self._slugs = slugs
        memo = reuse.memo
        usable = (memo is not None and reuse.copies and reuse.last is not None and memo.get("digest")
                  and memo["digest"] == reuse.last.digest and memo.get("slugs") == slugs)
        self._last = memo.get("people", {}) if usable else {}
        self._now: dict = {}

    def copied(self, spans: Spans, sep: bytes, p, in_gazetteer: bool, quotes: int, refs: tuple) -> bool:
        """The person's line copied from the last file, when it is the same; else False."""
        last = self._last.get(p.slug)
        if last is None or last[3] is not refs or last[0] != p or last[1] != in_gazetteer or last[2] != quotes:
            return False
        _, _, _, _, start, end, base, runs = last
        at = spans.copy(start, end, sep)
        if runs is not None:
            self._reuse.written.runs[p.slug] = runs
            self._reuse.written.bases[p.slug] = base - start + at
        self._now[p.slug] = (p, in_gazetteer, quotes, refs, at, at + end - start, base - start + at, runs)
        return True

    def made(self, start: int, end: int, p, in_gazetteer: bool, quotes: int, refs: tuple) -> None:
        written = self._reuse.written
        self._now[p.slug] = (p, in_gazetteer, quotes, refs, start, end, written.bases.get(p.slug),
                             written.runs.get(p.slug))

    def close(self) -> None:
        memo = self._reuse.memo
        if memo is not None:  # (for the file being written: its digest is given when it is, see Reuse.sealed)
            memo.clear()
            memo.update(slugs=self._slugs, people=self._now)


_article_of = attrgetter("article")


def _runs_of(refs: Sequence, number: Mapping[str, int]) -> Optional[tuple[list, list, list]]:
    """(article number, first mention, how many mentions) of each run of mentions of one article in a row,
    as three lists; None when a mention is not a paragraph of an article of `number`. (In C loops: a person
    is named 48,000 times at 10,000 articles.)"""
    try:
        at = list(map(number.__getitem__, map(_article_of, refs)))
    except (AttributeError, KeyError, TypeError):
        return None
    starts = [0, *compress(range(1, len(at)), map(ne, at, islice(at, 1, None)))]
    return list(map(at.__getitem__, starts)), starts, list(map(sub, [*starts[1:], len(at)], starts))


def _same_leading(keys: Sequence, counts: Sequence, last_keys: Sequence, last_counts: Sequence) -> int:
    """How many runs at the front are the same article (key) with as many mentions in both."""
    same = map(and_, map(eq, keys, last_keys), map(eq, counts, last_counts))
    return next(compress(count(), map(not_, same)), min(len(keys), len(last_keys)))


def _runs_between(last: LastRuns, first: int, end: int) -> dict:
    """(key, how many mentions) → (start, end) in the last file of its runs first to end."""
    found = {}
    at = last.start(first)
    for j in range(first, end):
        found.setdefault((last.keys[j], last.counts[j]), (at, at + last.lengths[j]))
        at += last.lengths[j] + 2
    return found
