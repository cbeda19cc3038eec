"""briefing.json written from the last one's bytes where they are still right.

Most of briefing.json is made of one article at a time: its line in "articles", and its run of every person's
"mentions" (a person's mentions are the articles' in site order). Each is the same text as long as the article
is the same (its page token: its file's sha256 and its topics; the cache key covers what every analysis depends
on). So a build records where each of them went in the file it wrote (`Written`, kept in the cache with the
file's digest), and the next one, when the file on disk is still that one, copies them from it and encodes
only the changed articles' parts: 60 MB of JSON at 10,000 articles, most of it a person's mentions, was
encoded again on every edit.

A Builder's build goes further (`Reuse.write`): the copied parts are never read into this process but
copied from file to file by the kernel (os.copy_file_range), and the file's digest is not the sha256 of
its 58 MB but one made of the last file's digest and of what was copied from it and what was made anew
(see _Chained): a warm one-article edit at 10,000 articles spent ~0.2 s reading, joining, hashing and
writing bytes it had written the time before.
"""
from __future__ import annotations

import hashlib
import os
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Hashable, Iterable, Iterator, Mapping, NamedTuple, Optional, Sequence

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


class Copy(NamedTuple):
    """Bytes start to end of the last file, in place of their bytes (see Reuse.write)."""

    start: int
    end: int


class Reuse:
    """What briefing_json_chunks copies from the last file (`last`, `read`) and records of the new one."""

    def __init__(self, memo: Optional[dict] = None) -> None:
        self.keys: Mapping[str, Hashable] = {}  # article slug → what its parts are made of (see `use`)
        # A Builder's, kept from one build to the next: where each person's whole line is in the file
        # written last and what it was made of (see briefing_json's _PersonLines).
        self.memo = memo
        self.last: Optional[Written] = None
        self._file: Optional[_LastFile] = None
        self.written = Written()
        self.copied = 0  # articles' lines and runs of mentions copied, not encoded
        self._last_keys: Optional[list] = None  # the last file's article keys, see _comparable
        self._written_keys: Optional[list] = None  # this one's so far, likewise
        # Whether briefing_json_chunks gives the copied parts as Copy ranges, not their bytes: set by write()
        # while it writes (only it knows what to do with them).
        self.copies = False
        self.last_digest = ""  # the last file's digest, as the build's output records have it

    def use(self, keys: Mapping[str, Hashable]) -> None:
        self.keys = keys

    def start_from(self, last: Written, path: Path) -> None:
        """The file at `path` is `last` as it was written."""
        self.last, self._file, self._last_keys = last, _LastFile(path), None
        self.last_digest = last.digest

    def write(self, path: Path, chunks: Iterable) -> str:
        """Write briefing_json_chunks' document (`chunks`, not begun: it is read here) to `path`; its digest. With a last file,
        its copied parts go from file to file in the kernel and the digest is a _Chained one, and as long as the
        document is the last file's bytes again nothing is written: when all of it is, `path` is not made at all
        (the last digest is returned: the caller keeps the file it has). An edit that changes nothing of
        briefing.json (most edits of an article's text) copied its 58 MB at 10,000 articles to throw them away.
        Without a last file, this is outputs.write_chunks."""
        if self._file is None:
            from sitegen.outputs import write_chunks
            return write_chunks(path, chunks)
        self.copies = True
        handle = None
        try:
            digest = _Chained(self.last_digest, self._file)
            for piece in chunks:
                held = digest.at
                copy = type(piece) is Copy
                digest.copied(piece.start, piece.end) if copy else digest.made(piece)
                if handle is None:  # (the last file's bytes so far: written only once this one differs)
                    if digest.same:
                        continue
                    handle = _opened(path)
                    _copy_range(self._file.fd, handle.fileno(), 0, held)
                if copy:
                    handle.flush()
                    _copy_range(self._file.fd, handle.fileno(), piece.start, piece.end)
                else:
                    handle.write(piece)
            found = digest.hexdigest()
            if handle is None and found != self.last_digest:  # (the last file's first bytes only: they are written)
                handle = _opened(path)
                _copy_range(self._file.fd, handle.fileno(), 0, digest.at)
            return found
        finally:
            if handle is not None:
                handle.close()
            self.copies = False

    def sealed(self, digest: str) -> None:
        """The file this Reuse wrote has that digest (what the next build finds it by)."""
        self.written.digest = digest
        if self.memo is not None:
            self.memo["digest"] = digest

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def last_lines(self, first: int = 0, end: Optional[int] = None) -> dict:
        """key → (start, end) of the articles' lines in the last file (of its articles first to end)."""
        last = self.last
        if last is None:
            return {}
        keys = last.keys[first:end]
        return {key: (last.lines[2 * n], last.lines[2 * n + 1]) for n, key in enumerate(keys, first) if key is not None}

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


def _opened(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "wb")


def _copy_range(src: int, dest: int, start: int, end: int) -> None:
    """Append bytes start to end of file `src` to file `dest` (at its position), in the kernel where it can."""
    while start < end:
        try:
            done = os.copy_file_range(src, dest, end - start, start)
        except (AttributeError, OSError):  # (no such call here, or not between these files: read and write)
            done = 0
        if done <= 0:
            # (Some filesystems answer 0 rather than an error: read and write, as coreutils does; only a read that
            # finds nothing where the bytes were means the file changed under the build.)
            done = os.write(dest, os.pread(src, min(end - start, BLOCK), start))
            if done <= 0:
                raise OSError("briefing.json changed while the build read it")
        start += done


class _Chained:
    """The digest of a file made of ranges of the last file and of new bytes, without reading the ranges:
    the sha256 of the last file's digest and of each part in order (a range by where it was, new bytes by
    their own sha256). The last file's digest stands for its bytes (its own digest was made the same way,
    or is its sha256), so equal digests still mean equal files. Equal files made of other parts get other
    digests, so one made of exactly the last file's bytes gets the last digest itself: each part is compared
    with the bytes at the same place in the last file (new ones read back, a range by where it was), and
    when all of them are the same bytes and as many, the file is the last one again (an edit that changed
    nothing of briefing.json: it is then not written, as before)."""

    def __init__(self, last_digest: str, last: "_LastFile"):
        self._h = hashlib.sha256(b"sitegen briefing.json parts\0" + last_digest.encode())
        self._last_digest = last_digest
        self._last = last
        self._at = 0  # bytes written so far
        self._same = True  # so far the very bytes of the last file, at the same places

    @property
    def at(self) -> int:
        """Bytes given so far."""
        return self._at

    @property
    def same(self) -> bool:
        """Whether the bytes given so far are the last file's first ones."""
        return self._same

    def copied(self, start: int, end: int) -> None:
        self._h.update(b"c" + start.to_bytes(8, "little") + end.to_bytes(8, "little"))
        self._same = self._same and start == self._at
        self._at += end - start

    def made(self, data) -> None:
        self._h.update(b"n" + len(data).to_bytes(8, "little") + hashlib.sha256(data).digest())
        if self._same:
            self._same = os.pread(self._last.fd, len(data), self._at) == data
        self._at += len(data)

    def hexdigest(self) -> str:
        if self._same and self._at == os.fstat(self._last.fd).st_size:
            return self._last_digest
        return self._h.hexdigest()


class _LastFile:
    """The last briefing.json, read a block at a time (a build reads it front to back)."""

    def __init__(self, path: Path):
        self._fd = os.open(path, os.O_RDONLY)
        self._at = 0
        self._block = memoryview(b"")

    @property
    def fd(self) -> int:
        return self._fd

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

    def skip(self, copy: Copy) -> Iterator[bytes]:
        """A range of the last file comes next (it is not held here): what is held first."""
        if self._parts:
            yield self.take()
        self.at += copy.end - copy.start


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

    def copy(self, start: int, end: int, sep: bytes, items: int = 1) -> int:
        """`sep`, then the last file's bytes from start to end (`items` articles' lines or runs); where they start."""
        parts = self.parts
        last = parts[-1] if parts else None
        if type(last) is list and last[1] + len(sep) == start:
            last[1] = end  # (in the last file the same separator was between them)
        else:
            if sep:
                parts.append(sep)
            parts.append([start, end])
        self.copied += items
        self.at += len(sep) + end - start
        return self.at - (end - start)

    def full(self) -> bool:
        """Whether it holds BLOCK bytes made anew (time to hand them on)."""
        return self._held >= BLOCK

    def pieces(self, read, all: bool = True) -> Iterator:
        """The bytes of the parts so far, a range read BLOCK at a time through read(start, end) (or given as
        a Copy when `read` is None), and let go of; with all=False only once they hold BLOCK bytes made
        anew, and not a last range (it may grow)."""
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
            if type(part) is list and read is None:
                yield Copy(part[0], part[1])
            elif type(part) is list:
                for at in range(part[0], part[1], BLOCK):
                    yield read(at, min(at + BLOCK, part[1]))
            else:
                yield part
