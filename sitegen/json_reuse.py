"""briefing.json written from the last one's bytes where they are still right.

Most of briefing.json is made of one article at a time: its line in "articles", and its run of every person's
"mentions" (a person's mentions are the articles' in site order). Each is the same text as long as the article
is the same (its page token: its file's sha256 and its topics; the cache key covers what every analysis depends
on). So a build records where each of them went in the file it wrote (`Written`, kept in the cache with the
file's digest), and the next one, when the file on disk is still that one, copies them from it and encodes
only the changed articles' parts: 60 MB of JSON at 10,000 articles, most of it a person's mentions, was
encoded again on every edit.
"""
from __future__ import annotations

import os
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Hashable, Iterator, Mapping, Optional, Sequence

OUTPUT = "briefing.json"  # where the site has it
CACHE_NAME = "briefing-json.bin"  # the last one's Written
BLOCK = 1 << 20  # bytes read from the last file at a time


@dataclass
class Written:
    """Where the articles' parts are in one written briefing.json."""

    digest: str = ""  # sha256 of the file (as the build's output records have it)
    keys: list = field(default_factory=list)  # each article's key (None: none), in the order written
    lines: array = field(default_factory=lambda: array("q"))  # start, end of each article's line
    # person slug → (article number in `keys`, length in bytes, how many mentions) of each run of their mentions
    # (one article's, in a row), the runs written one after the other with ", " between them from `bases`
    runs: dict = field(default_factory=dict)
    bases: dict = field(default_factory=dict)  # person slug → where their first run starts


class Reuse:
    """What briefing_json_chunks copies from the last file (`last`, `read`) and records of the new one."""

    def __init__(self) -> None:
        self.keys: Mapping[str, Hashable] = {}  # article slug → what its parts are made of (see `use`)
        self.last: Optional[Written] = None
        self._file: Optional[_LastFile] = None
        self.written = Written()
        self.copied = 0  # articles' lines and runs of mentions copied, not encoded
        self._last_keys: Optional[list] = None  # the last file's article keys, see _comparable
        self._written_keys: Optional[list] = None  # this one's so far, likewise

    def use(self, keys: Mapping[str, Hashable]) -> None:
        self.keys = keys

    def start_from(self, last: Written, path: Path) -> None:
        """The file at `path` is `last` as it was written."""
        self.last, self._file, self._last_keys = last, _LastFile(path), None

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def last_lines(self) -> dict:
        """key → (start, end) of the articles' lines in the last file."""
        last = self.last
        if last is None:
            return {}
        return {key: (last.lines[2 * n], last.lines[2 * n + 1]) for n, key in enumerate(last.keys) if key is not None}

    def read(self, start: int, end: int) -> memoryview:
        return self._file.read(start, end)

    def keys_written(self) -> list:
        """The keys of the articles written so far (this file's article numbers → key), see _comparable."""
        if self._written_keys is None or len(self._written_keys) != len(self.written.keys):
            self._written_keys = _comparable(self.written.keys)
        return self._written_keys

    def last_person(self, person: str) -> Optional["LastRuns"]:
        """The person's runs of mentions in the last file, None when it has none."""
        last = self.last
        runs = last.runs.get(person) if last is not None else None
        if not runs:
            return None
        if self._last_keys is None:
            self._last_keys = _comparable(last.keys)
        return LastRuns(list(map(self._last_keys.__getitem__, runs[0::3])), runs[1::3], runs[2::3],
                        last.bases[person])


def _comparable(keys: Sequence) -> list:
    """Keys to compare with ==, an article without one (None) standing for no other article's."""
    return [object() if key is None else key for key in keys]


@dataclass
class LastRuns:
    """A person's runs of mentions in the last file: each one's article key, length in bytes and how many
    mentions it holds, and where the first starts (the others follow, each after ", ")."""

    keys: list
    lengths: array
    counts: array
    base: int

    def start(self, n: int) -> int:
        """Where run n starts."""
        return self.base + sum(self.lengths[:n]) + 2 * n

    def end(self, n: int) -> int:
        """Where run n ends."""
        return self.start(n) + self.lengths[n]


class _LastFile:
    """The last briefing.json, read a block at a time (a build reads it front to back)."""

    def __init__(self, path: Path):
        self._fd = os.open(path, os.O_RDONLY)
        self._at = 0
        self._block = memoryview(b"")

    def read(self, start: int, end: int) -> memoryview:
        if not (self._at <= start and end <= self._at + len(self._block)):
            data = os.pread(self._fd, max(BLOCK, end - start), start)
            if len(data) < end - start:  # (its digest was checked: changed since by someone else)
                raise OSError("briefing.json changed while the build read it")
            self._at, self._block = start, memoryview(data)
        return self._block[start - self._at:end - self._at]

    def close(self) -> None:
        os.close(self._fd)


class Out:
    """The bytes of a document as they are made, handed on in blocks, counting where each part starts."""

    def __init__(self) -> None:
        self.at = 0  # bytes made so far
        self._parts: list = []
        self._held = 0

    def add(self, data) -> int:
        """Add bytes (or a memoryview of them); where they start."""
        start = self.at
        self._parts.append(data)
        self.at += len(data)
        self._held += len(data)
        return start

    def full(self) -> bool:
        return self._held >= BLOCK or len(self._parts) >= 4096

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts, self._held = [], 0
        return data


class Spans:
    """A list of the document as it is made: new bytes, and ranges of the last file copied, a range and the
    ones after it one range when they follow each other there with the same separator between them (a
    one-article edit copies the rest in a few reads, not 100,000). `at`: where the next part will start."""

    def __init__(self, at: int):
        self.at = at
        self.parts: list = []  # bytes, or [start, end] in the last file
        self.copied = 0
        self._held = 0  # bytes of the parts made anew

    def add(self, sep: bytes, data: bytes) -> int:
        """`sep`, then `data`; where `data` starts."""
        if sep:
            self.parts.append(sep)
        self.parts.append(data)
        self.at += len(sep) + len(data)
        self._held += len(sep) + len(data)
        return self.at - len(data)

    def copy(self, start: int, end: int, sep: bytes) -> int:
        """`sep`, then the last file's bytes from start to end; where they start."""
        parts = self.parts
        last = parts[-1] if parts else None
        if type(last) is list and last[1] + len(sep) == start:
            last[1] = end  # (in the last file the same separator was between them)
        else:
            if sep:
                parts.append(sep)
            parts.append([start, end])
        self.copied += 1
        self.at += len(sep) + end - start
        return self.at - (end - start)

    def full(self) -> bool:
        """Whether it holds BLOCK bytes made anew (time to hand them on)."""
        return self._held >= BLOCK

    def pieces(self, read, all: bool = True) -> Iterator:
        """The bytes of the parts so far, a range read BLOCK at a time through read(start, end), and let go
        of; with all=False only once they hold BLOCK bytes made anew, and not a last range (it may grow)."""
        parts = self.parts
        if not all:
            if not self.full():
                return
            keep = parts[-1:] if parts and type(parts[-1]) is list else []
            parts, self.parts = (parts[:-1] if keep else parts), keep
        else:
            self.parts = []
        self._held = 0
        for part in parts:
            if type(part) is list:
                for at in range(part[0], part[1], BLOCK):
                    yield read(at, min(at + BLOCK, part[1]))
            else:
                yield part
