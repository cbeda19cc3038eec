"""site/briefing.json: the briefing as data, for scripts and other sites.

The schema is documented in the README ("site/briefing.json"). It only grows: a new field may
appear, an existing one keeps its name and meaning; `version` goes up when that promise breaks.
"""
from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from json.encoder import encode_basestring
from array import array
from itertools import accumulate, chain, compress, count, islice
from operator import and_, attrgetter, eq, is_, ne, not_, sub
from typing import Iterable, Iterator, Mapping, NamedTuple, Optional, Sequence

from sitegen.json_reuse import Copy, LastRuns, Out, Reuse, Spans
from sitegen.model import Briefing, Event, KeyPoint, Quote, SourceRef
from sitegen.unchanged import same_ends

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


def _people(briefing: Briefing, memo: Optional[dict] = None) -> list[tuple]:
    """(Person, whether in the gazetteer, how often quoted) of each person, in order (`memo`: see _quoted_counts)."""
    quoted = _quoted_counts(briefing.quotes, memo)
    unknown = set(briefing.unknown_people)
    return [(p, p.slug not in unknown, quoted[p.slug] if p.slug else 0) for p in briefing.people]


_speaker_of = attrgetter("speaker")


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
    yield from _list(out, "topics", briefing.topics, _TopicLines(reuse.memo))

    spans = _opened(out, "articles", site.articles)
    if spans is not None:
        for _ in _article_lines(spans, site.articles, reuse, _ArticleLines(briefing, reuse.memo)):
            yield from _drained(out, spans, reuse, False)
    yield from _closed(out, spans, reuse)

    number = {a.slug: n for n, a in enumerate(site.articles)}
    mentions = dict(briefing.mentions)
    people = _people(briefing, reuse.memo)
    spans = _opened(out, "people", people)
    lines = _PersonLines(reuse, list(number))
    for n, (p, in_gazetteer, quotes) in enumerate(people):
        sep = b",\n  " if n else b""
        refs = mentions.get(p.slug, ())
        if lines.copied(spans, sep, p, in_gazetteer, quotes, refs):
            continue
        start = spans.at + len(sep)
        for _ in _person_line(spans, sep, p, in_gazetteer, quotes, refs, reuse, number, lines.last(p.slug)):
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


class _TopicLines:
    """A topic's line, as the pieces _list writes: encoded, or with `memo` (a Builder's, kept between builds) the
    pieces of the last build's line of an equal TopicBriefing (recombine keeps the parts of the topics an edit left
    alone, so they compare at once). Their lines, each topic's key points, quotes, timeline and thousands of
    articles, were encoded again on every edit (a seventh of writing briefing.json at 10,000 articles)."""

    def __init__(self, memo: Optional[dict]):
        self._last = memo.get("topic_lines", {}) if memo is not None else {}  # topic slug → (TopicBriefing, pieces)
        self._now: dict = {}
        if memo is not None:
            memo["topic_lines"] = self._now

    def __call__(self, tb) -> list:
        found = self._last.get(tb.topic.slug)
        if found is None or found[0] != tb:
            found = (tb, [piece.encode("utf-8") for piece in _encoded(_topic(tb))])
        self._now[tb.topic.slug] = found
        return found[1]


def _article_lines(spans: Spans, articles: Sequence, reuse: Reuse, encoded: "_ArticleLines") -> Iterator[None]:
    """Each article's line added to `spans`, copied from the last file where the article's key is the same. The
    articles at the front and at the back whose keys are the last file's at the same places (unchanged.same_ends)
    are copied as one range each, their places moved by as much as the range; only those in between are looked at
    one by one (10,000 at 10,000 articles, a warm edit's tenth of briefing.json). A pause whenever the spans are
    full."""
    keys = list(map(reuse.keys.get, map(_slug_of, articles)))
    last, written = reuse.last, reuse.written
    old_keys = last.keys if last is not None else []
    # (an article without a key is never copied: then each is looked at)
    front, back = same_ends(keys, old_keys) if None not in keys else (0, 0)
    end, old_end = len(keys) - back, len(old_keys) - back
    if front:
        _copied_lines(spans, last.lines, 0, front, b"", written)
    copied = reuse.last_lines(front, old_end)  # key → (start, end) of the lines in between, in the last file
    for n in range(front, end):
        key, sep = keys[n], b",\n  " if n else b""
        found = copied.get(key) if key is not None else None
        at = spans.copy(found[0], found[1], sep) if found is not None else spans.add(sep, encoded(articles[n]).encode("utf-8"))
        written.lines.extend((at, spans.at))
        if spans.full():
            yield
    if back:
        _copied_lines(spans, last.lines, old_end, len(old_keys), b",\n  " if end else b"", written)
    written.keys.extend(keys)


def _copied_lines(spans: Spans, lines: array, first: int, end: int, sep: bytes, written) -> None:
    """The last file's article lines first to end (one range: they follow each other there) added to `spans`, and
    where they are now to `written.lines`: where they were, moved by as much as the range."""
    start = lines[2 * first]
    moved = spans.copy(start, lines[2 * end - 1], sep, end - first) - start
    written.lines.extend(map(moved.__add__, lines[2 * first:2 * end]) if moved else lines[2 * first:2 * end])


_slug_of = attrgetter("slug")


class _ArticleLines:
    """An article's line encoded, its topics and quotes read from the briefing when one is first needed (with
    `memo`, see _quotes_by_article)."""

    def __init__(self, briefing: Briefing, memo: Optional[dict] = None):
        self._briefing = briefing
        self._memo = memo
        self._of: Optional[tuple[dict, dict]] = None

    def __call__(self, a) -> str:
        if self._of is None:
            self._of = (dict(self._briefing.article_topics), _quotes_by_article(self._briefing.quotes, self._memo))
        topics_of, quotes_of = self._of
        return "".join(_encoded(_article(a, tuple(topics_of.get(a.slug, a.topics)), tuple(quotes_of.get(a.slug, ())))))


def _quotes_by_article(quotes: Sequence, memo: Optional[dict]) -> dict:
    """Article slug → its quotes, in the briefing's order. With `memo` (a Builder's, kept between builds), the last
    build's, made again only for the articles whose quotes are between the same ones at the front and at the back
    (unchanged.same_ends), when all their quotes are there (a briefing lists an article's quotes together): listed
    from every quote, 55,800 at 10,000 articles, for the one article a warm edit encodes, they were a tenth of
    writing briefing.json."""
    last = memo.get("quotes_of") if memo is not None else None
    found = None
    if last is not None:
        old, old_index = last
        front, back = same_ends(quotes, old)
        found = _regrouped(old_index, old[front:len(old) - back], quotes[front:len(quotes) - back])
    if found is None:
        found = _grouped(quotes)
    if memo is not None:
        memo["quotes_of"] = (quotes, found)
    return found


def _grouped(quotes: Iterable) -> dict:
    """Article slug → its quotes, in order."""
    found: dict[str, list[Quote]] = {}
    for q in quotes:
        found.setdefault(q.source.article, []).append(q)
    return found


def _regrouped(index: dict, gone: Sequence, new: Sequence) -> Optional[dict]:
    """_grouped of a list whose quotes `gone` were replaced by `new`, from `index`, _grouped of it before; None
    when an article has quotes there and elsewhere in the list."""
    was = Counter(map(_quoted_article, gone))
    now = _grouped(new)
    if any(len(index[slug]) != n for slug, n in was.items()) or any(s in index and s not in was for s in now):
        return None
    index = dict(index)
    for slug in was:
        del index[slug]
    index.update(now)
    return index


def _quoted_counts(quotes: Sequence, memo: Optional[dict]) -> Counter:
    """Speaker slug → how many of `quotes` are theirs. With `memo` (a Builder's, kept between builds), the last
    build's counts moved by the quotes between the same ones at the front and at the back (unchanged.same_ends)
    rather than counted again over every quote."""
    last = memo.get("quoted") if memo is not None else None
    if last is None:
        counts = Counter(map(_speaker_of, quotes))
    else:
        old, counts = last
        front, back = same_ends(quotes, old)
        counts = counts.copy()
        counts.subtract(map(_speaker_of, old[front:len(old) - back]))
        counts.update(map(_speaker_of, quotes[front:len(quotes) - back]))
    if memo is not None:
        memo["quoted"] = (quotes, counts)
    return counts


_quoted_article = attrgetter("source.article")


def _person_line(spans: Spans, sep: bytes, p, in_gazetteer: bool, quotes: int, refs: tuple, reuse: Reuse,
                 number: Mapping[str, int], last: Optional[tuple] = None) -> Iterator[None]:
    """A person's line added to `spans`: its fields, then their mentions a run of one article's at a time, each
    run copied from the last file where it is the same there (_runs_patched, with `last`: the person's line in
    the last file as _PersonLines keeps it; else _runs_by_keys), the others encoded. A pause whenever the spans
    are full: the caller hands on what they hold."""
    patch = _runs_patch(refs, last, number) if last is not None and refs else None
    runs = _runs_of(refs, number) if refs and patch is None else None
    if patch is None and runs is None:  # (none, or a mention that is not a paragraph of an article here: as json writes it)
        for n, piece in enumerate(_encoded(_person(p, in_gazetteer, quotes, tuple(refs)))):
            spans.add(sep if n == 0 else b"", piece.encode("utf-8"))
            if spans.full():
                yield
        return
    head = _ENCODER.encode(_person(p, in_gazetteer, quotes, ()))
    spans.add(sep, (head[:-len("[]}")] + "[").encode("utf-8"))  # ("mentions" is its last field)
    base = spans.at
    if patch is not None:
        written = yield from _runs_patched(spans, refs, patch, last)
    else:
        written = yield from _runs_by_keys(spans, refs, runs, reuse, p.slug)
    spans.add(b"", b"]}")
    reuse.written.runs[p.slug] = written
    reuse.written.bases[p.slug] = base


def _runs_by_keys(spans: Spans, refs: tuple, runs: tuple, reuse: Reuse, person: str) -> Iterator[None]:
    """The runs of a person's mentions (`runs`, see _runs_of) added to `spans`: those at the front and at the back
    that are the last file's runs again (the same article keys, as many mentions) copied as one range each, and so
    is a run in between that is one of the last file's (an article that moved); the others encoded. Returns the
    runs as Written keeps them."""
    numbers, starts, counts = runs
    keys = list(map(reuse.keys_written().__getitem__, numbers))
    last = reuse.last_person(person)
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
    return array("q", chain.from_iterable(zip(numbers, lengths, counts)))


class _RunsPatch(NamedTuple):
    """Where a person's mentions differ from those of their line in the last file (see _runs_patch)."""

    starts: list  # where each run of the last line starts in its mentions, and where the last ends
    front: int  # the last line's runs kept at the front: 0 to front
    back: int  # and at the back: back to the end
    middle: tuple  # (article numbers, starts in the mentions, counts) of the runs in between


def _runs_patch(refs: tuple, last: tuple, number: Mapping[str, int]) -> Optional[_RunsPatch]:
    """The runs of a person's line in the last file (`last`, as _PersonLines keeps it, its article numbers this
    file's) that hold the mentions of `refs` at the front and at the back (unchanged.same_ends; the run that ends
    or starts where they stop being the same is left out: its article's mentions may go on), and the runs of the
    mentions in between (a patched briefing keeps the mentions of the articles an edit left alone, in
    their order). Found again over every mention, the runs of the people a warm edit names (48,000 mentions for
    the busiest) were a third of writing briefing.json. None when the last line has no runs, or a mention in
    between is not a paragraph of an article here."""
    old_refs, old_runs = last[3], last[7]
    if old_runs is None:
        return None
    starts = [0, *accumulate(old_runs[2::3])]
    same_front, same_back = same_ends(refs, old_refs)  # (equal mentions are written alike)
    front = bisect_left(starts, same_front, 1) - 1  # (runs that end before the first mention not the same)
    back = bisect_right(starts, len(old_refs) - same_back, front, len(starts) - 1)  # (start after the last one)
    start, end = starts[front], len(refs) - (len(old_refs) - starts[back])
    middle = _runs_of(refs[start:end], number) if end > start else ([], [], [])
    if middle is None:
        return None
    numbers, at, counts = middle
    return _RunsPatch(starts, front, back, (numbers, [start + n for n in at], counts))


def _runs_patched(spans: Spans, refs: tuple, patch: _RunsPatch, last: tuple) -> Iterator[None]:
    """A person's runs of mentions added to `spans` as `patch` found them: the last line's at the front and at the
    back copied as one range each, and a run in between that holds the very mentions of one of the last line's
    (an article between two edited ones) copied too; the others encoded. Returns the runs as Written keeps them."""
    old_refs, base, old_runs = last[3], last[6], last[7]
    lengths = old_runs[1::3]
    ends = [0, *accumulate(lengths)]
    at = lambda j: base + ends[j] + 2 * j  # where the last line's run j starts in the last file  # noqa: E731
    starts, front, back, (numbers, firsts, counts) = patch
    if front:
        spans.copy(base, at(front - 1) + lengths[front - 1], b"", front)
    known = {id(old_refs[starts[j]]): j for j in range(front, back)}  # (`last` keeps them: an id is its mention's)
    made = array("q")
    for i, (first, n) in enumerate(zip(firsts, counts)):
        sep, mine = b", " if front + i else b"", refs[first:first + n]
        j = known.get(id(mine[0]))
        if j is not None and starts[j + 1] - starts[j] == n and all(map(is_, mine, old_refs[starts[j]:starts[j + 1]])):
            where = spans.copy(at(j), at(j) + lengths[j], sep)
        else:
            where = spans.add(sep, ", ".join(map(_ref_json, mine)).encode("utf-8"))
        made.extend((numbers[i], spans.at - where, n))
        if spans.full():
            yield
    if back < len(lengths):
        spans.copy(at(back), at(len(lengths) - 1) + lengths[-1], b", " if front + len(counts) else b"",
                   len(lengths) - back)
    return old_runs[:3 * front] + made + old_runs[3 * back:]


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

    def last(self, person: str) -> Optional[tuple]:
        """The person's line in the last file, as kept here (see _runs_patch); None when not known."""
        return self._last.get(person)

    def made(self, start: int, end: int, p, in_gazetteer: bool, quotes: int, refs: tuple) -> None:
        written = self._reuse.written
        self._now[p.slug] = (p, in_gazetteer, quotes, refs, start, end, written.bases.get(p.slug),
                             written.runs.get(p.slug))

    def close(self) -> None:
        memo = self._reuse.memo
        if memo is not None:  # (for the file being written: its digest is given when it is, see Reuse.sealed)
            memo.pop("digest", None)
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
