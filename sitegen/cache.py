"""The build cache in `.sitegen-cache/`: what the last build parsed, analysed and wrote.

Every file is `MAGIC`, one JSON header line (format, key), a pickle, and one JSON
trailer line (length and CRC-32 of the pickle): a payload is written and read as a
stream, never held whole beside the objects it holds. A dict may come as several
pickles, each of some of its items, separated by `+` (written as they are made). A file is used only when its
format is this version's, its key is the one the build expects (the key carries a fingerprint of
sitegen's own code, its libraries and whatever the entry was computed from) and
the payload's checksum matches; anything else — truncated, garbage, another
version, a stale key — is ignored and rebuilt, never trusted. Deleting the
folder is always safe.

    articles.bin, articles-new.bin   parsed articles (front matter, Markdown render, paragraphs) by
                                     (path, sha256 of the file); each article's HTML and its Markdown
                                     and paragraphs as bytes, unpacked when read (workers.Entry)
    analyses.bin, analyses-new.bin   analyse_article() of each article, pickled alone (unpickled when
                                     combine reads it), keyed by the topics and people
    briefing.bin                     the last combined analysis (analysis.recombine.Combined: with the
                                     articles it was made from), keyed by the topics and people
    briefing-json.bin                where each article's parts are in the site's briefing.json as last
                                     written, with its digest (json_reuse.Written), keyed like analyses
    state-<id>.bin, pages-<id>.bin   per output folder: input files' stats and hashes, every output's
                                     stat and digest; each page's template and dependencies
    pages-<id>-new.bin               the pages' records written since pages-<id>.bin was (see
                                     Store.write_dict); the state names the generation of the two it
                                     was written with, and records of another generation are not used
"""
from __future__ import annotations

import hashlib
import io
import json
import operator
import os
import pickle
import sys
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

import sitegen
from sitegen.files import write_atomic
from sitegen.memory import collector_paused

CACHE_DIR = ".sitegen-cache"
MAGIC = b"sitegen-cache\n"
# 1: length and checksum in the header, the payload read whole; 2: one pickle; 3: a SHA-256 trailer
FORMAT = 4
PACK_PART = 500  # entries pickled together when a pack is written whole
KEEP_STATES = 4  # output folders remembered (site/, check's temporary folders, ...)
# A dict written by Store.write_dict is written whole again when what changed since its whole file is more than
# this many entries or this share of it (the patch beside it is read and written on every build until then).
PATCH_ENTRIES, PATCH_SHARE = 500, 8


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sitegen's version, the hash of its own source files and its libraries' versions.

    A cache written by other code is stale: hashing the sources (not only the
    version number) also catches an edited checkout."""
    import jinja2
    import markdown_it
    import yaml

    h = hashlib.sha256()
    h.update(f"{FORMAT}|{sitegen.__version__}|{sys.version}|{jinja2.__version__}|{markdown_it.__version__}|"
             f"{yaml.__version__}".encode())
    package = Path(sitegen.__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:32]


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# An input file as a build saw it: (mtime_ns, size, inode, sha256 or None).
# A file whose stat is unchanged since well before the last scan is taken as
# unchanged; otherwise its hash decides.
FileStat = tuple

# An output file: (size, mtime_ns, sha256 of its bytes).
OutputStat = tuple


@dataclass(frozen=True)
class PageRecord:
    template_fp: str  # the page's template and every template it uses
    pathset: tuple  # ((root key, paths read there), ...), see deps.Recorder.pathset
    digests: bytes  # digests of the values read, in pathset order
    output_digest: str
    token: Optional[str] = None  # the page's Page.token when rendered (see pages.Page)


@dataclass
class BuildState:
    """What one build into one output folder left behind (the pages' records are kept apart, in
    pages-*.bin: a build that finds nothing changed never needs to read them)."""

    key: str
    inputs: dict = field(default_factory=dict)  # project-relative path → FileStat
    scanned_ns: int = 0  # when inputs were stat'ed; files changed after this are hashed again
    outputs: dict = field(default_factory=dict)  # output path → OutputStat
    ingest_kept: list = field(default_factory=list)  # replayed when ingest is skipped
    ingest_problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)  # summary of the last build, for a no-op build's line
    # The generation of the pages' records saved with this state (DictOnDisk.generation): records on disk of
    # another generation belong to another build and are not used. (A state pickled before this field existed
    # reads it as None: its records are not used, every page is judged.)
    records: Optional[tuple] = None


class Store:
    """Reads and writes checked cache files under <project>/.sitegen-cache/."""

    def __init__(self, root: Path):
        self.dir = Path(root) / CACHE_DIR
        self.discarded: list[str] = []  # why entries were not trusted, for --verbose

    def read(self, name: str, key: str) -> Any:
        path = self.dir / name
        try:
            handle = open(path, "rb")
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.discarded.append(f"{CACHE_DIR}/{name}: unreadable ({exc.strerror}), rebuilt")
            return None
        try:
            with handle, collector_paused(kept=True):  # (everything unpickled is kept: nothing for the collector to find)
                value, why = _read(handle, key)
        except OSError as exc:
            value, why = None, f"unreadable ({exc.strerror})"
        if why is None:
            return value
        self.discarded.append(f"{CACHE_DIR}/{name}: {why}, rebuilt")
        return None

    def write(self, name: str, key: str, value: Any, plain: bool = False, tag: Optional[str] = None) -> None:
        """`plain`: for a value whose strings are few or short (a build's state, its pages' records): pickled
        without _Pickler's look at every object, half the time of writing them on every build. `tag`: a string
        put in the header, where read_tag finds it without reading the rest."""
        self.write_parts(name, key, (value,), plain, tag)

    def write_parts(self, name: str, key: str, parts: Iterable[dict], plain: bool = False,
                    tag: Optional[str] = None) -> None:
        """Write a dict given as parts (each some of its items), each pickled as it comes: the items of
        one part can be let go of before the next is made, and the pickler's memory of what it wrote
        (an entry per object) is only ever one part's. A read gives the whole dict. (One part: any value.)"""
        header = json.dumps({"format": FORMAT, "key": key} if tag is None else
                            {"format": FORMAT, "key": key, "tag": tag}).encode()
        pickler = pickle.Pickler if plain else _Pickler

        def fill(handle) -> None:
            handle.write(MAGIC + header + b"\n")
            sink = _Hashing(handle)
            for n, part in enumerate(parts):
                if n:
                    handle.write(b"+")
                pickler(sink, protocol=pickle.HIGHEST_PROTOCOL).dump(part)
            if not sink.length:  # no parts: an empty dict
                pickler(sink, protocol=pickle.HIGHEST_PROTOCOL).dump({})
            handle.write(b"\n" + json.dumps({"length": sink.length, "crc32": sink.crc}).encode() + b"\n")

        if not self.dir.is_dir():
            self.dir.mkdir(parents=True, exist_ok=True)
            # Like .pytest_cache: the folder ignores itself, whatever the project's .gitignore says.
            (self.dir / ".gitignore").write_text("# created by sitegen: the build cache, safe to delete\n*\n")
        with collector_paused():
            write_atomic(self.dir / name, fill)

    def read_tag(self, name: str) -> Optional[str]:
        """The tag in the header of the file `name` (None when there is none, or no such file): one line read.
        (The header is not under the checksum: a tag only says which file is there, the read checks the rest.)"""
        try:
            with open(self.dir / name, "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    return None
                tag = json.loads(handle.readline(4096)).get("tag")
        except (OSError, ValueError, AttributeError):
            return None
        return tag if isinstance(tag, str) else None

    def remove(self, name: str) -> None:
        try:
            os.unlink(self.dir / name)
        except FileNotFoundError:
            pass

    # -- packs -------------------------------------------------------------------
    # Parsed articles and their analyses live in packs, not a file each (creating 10,000
    # small files cost more than parsing them): <name>.bin, rewritten now and then, and
    # <name>-new.bin with what changed since, so an edit writes a small file.

    def load_pack(self, name: str, key: str) -> tuple[dict, dict]:
        """(packed, newer) entries; either is empty when missing or not trusted."""
        packed = self.read(f"{name}.bin", key)
        newer = self.read(f"{name}-new.bin", key) if packed is not None else None
        return (packed if isinstance(packed, dict) else {}), (newer if isinstance(newer, dict) else {})

    def save_pack(self, name: str, key: str, packed: dict, newer: dict, current: Mapping,
                  encode: Callable[[Any], Any] = lambda value: value) -> tuple[Mapping, dict]:
        """Store `current` given what the pack holds now (as load_pack returned it), each value as `encode`
        makes it; returns what it holds afterwards, as load_pack would (its keys are what counts). (`current`
        is read an entry at a time: it may be values waiting in a temporary file.)"""
        fresh = [k for k in current if k not in packed]
        stale = sum(1 for k in packed if k not in current)
        if not packed or len(fresh) > max(500, len(current) // 4) or stale > max(500, len(packed) // 2):
            keys = list(current)
            # In parts: pickling 10,000 articles' analyses at once, the pickler's memory of every object
            # it wrote was a build's peak.
            self.write_parts(f"{name}.bin", key, ({k: encode(current[k]) for k in keys[i:i + PACK_PART]}
                                                  for i in range(0, len(keys), PACK_PART)))
            self.remove(f"{name}-new.bin")
            return current, {}
        added = {k: encode(current[k]) for k in fresh}
        if not added:
            self.remove(f"{name}-new.bin")
        elif added.keys() != newer.keys():
            self.write(f"{name}-new.bin", key, added)
        return packed, added

    # -- dicts written as patches ----------------------------------------------------
    # A dict most of whose entries a build leaves as they were (the pages' records: 10,000 pickled again on
    # every one-article edit were a tenth of it) is kept as a whole file and, beside it, a patch: the entries
    # changed and the keys removed since the whole file was written, tied to it by a token written in both.
    # Each write is a generation, (the whole file's token, the patch's id or None), which whoever writes the dict
    # keeps beside it (the build state does) and gives back to read it: the files on disk are used only when they
    # are that generation. A patch lost or damaged would otherwise give the older whole file's entries, and a
    # whole file written since by another process would leave the patch unused: either way a dict that is not
    # the one written, and nothing to tell.

    def read_dict(self, name: str, key: str,
                  generation: Optional[tuple]) -> tuple[Optional[dict], Optional["DictOnDisk"]]:
        """The dict write_dict wrote as `name` when it returned a DictOnDisk of this `generation`, and what is on
        disk, for the next write_dict; (None, None) when the files there are missing, not trusted or another
        generation."""
        token, patch_id = generation if isinstance(generation, tuple) and len(generation) == 2 else (None, None)
        whole = self.read(name, key) if token is not None else None
        if not (isinstance(whole, tuple) and len(whole) == 2 and whole[0] == token and isinstance(whole[1], dict)):
            return self._not_the_generation(name, whole)
        base = whole[1]
        if patch_id is None:  # (a patch there now was written after: not this generation's)
            return dict(base), DictOnDisk(name, token, base)
        patch = self.read(_patch_name(name), key)
        if not (isinstance(patch, tuple) and len(patch) == 4 and patch[:2] == (token, patch_id)):
            return self._not_the_generation(_patch_name(name), patch)
        current = dict(base)
        current.update(patch[2])
        for gone in patch[3]:
            current.pop(gone, None)
        return current, DictOnDisk(name, token, base, patch_id)

    def _not_the_generation(self, name: str, value: Any) -> tuple[None, None]:
        if value is not None:  # (when None, read has said why, or there is no such file)
            self.discarded.append(f"{CACHE_DIR}/{name}: not what the build state names, rebuilt")
        return None, None

    def write_dict(self, name: str, key: str, current: dict, on_disk: Optional["DictOnDisk"]) -> "DictOnDisk":
        """Write `current` as `name`: as a patch of the whole file `on_disk` says is there (read_dict's or the
        last write_dict's) when that whole file is still there and `current` differs from it in few entries, else
        whole. Returns what is on disk now, whose generation read_dict wants back."""
        if on_disk is not None and on_disk.name == name and self.read_tag(name) == on_disk.token:
            changed, removed = _differences(on_disk.base, current)
            if len(changed) + len(removed) <= max(PATCH_ENTRIES, len(current) // PATCH_SHARE):
                patch_id = os.urandom(8).hex()
                self.write(_patch_name(name), key, (on_disk.token, patch_id, changed, removed), plain=True)
                return DictOnDisk(name, on_disk.token, on_disk.base, patch_id)
        token = os.urandom(8).hex()
        # (the token in the header too: the next write_dict reads it there to see the file is still this one)
        self.write(name, key, (token, current), plain=True, tag=token)
        self.remove(_patch_name(name))  # (a patch left by a failed removal is not this generation's: never used)
        return DictOnDisk(name, token, dict(current))

    # -- build states -------------------------------------------------------------

    @staticmethod
    def state_name(out_dir: Path, base_url: Optional[str]) -> str:
        """state-<id>.bin; the pages' records of the same build are in pages-<id>.bin."""
        name = hashlib.blake2b(f"{out_dir}\0{base_url}".encode(), digest_size=8).hexdigest()
        return f"state-{name}.bin"

    @staticmethod
    def pages_name(state_name: str) -> str:
        return "pages-" + state_name[len("state-"):]

    def prune_states(self, current: str) -> None:
        """Keep the states of the few most recently built output folders."""
        states = sorted(self.dir.glob("state-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in [p for p in states if p.name != current][KEEP_STATES - 1:]:
            self.remove(path.name)
            self.remove(self.pages_name(path.name))
            self.remove(_patch_name(self.pages_name(path.name)))


@dataclass(frozen=True)
class DictOnDisk:
    """What a dict written by Store.write_dict is on disk: its name, its whole file's token and dict, and the id of
    the patch written on top of it (None: none)."""

    name: str
    token: str
    base: dict
    patch: Optional[str] = None

    @property
    def generation(self) -> tuple:
        """What Store.read_dict is given to read back this dict and nothing else."""
        return self.token, self.patch


def _patch_name(name: str) -> str:
    return name[: -len(".bin")] + "-new.bin" if name.endswith(".bin") else name + "-new"


def _differences(base: dict, current: dict) -> tuple[dict, list]:
    """The entries of `current` not equal to `base`'s, and the keys of `base` not in `current`. Entries that
    are the same object are passed over in C; only the others are compared."""
    keys = list(current)
    maybe = compress(keys, map(operator.is_not, current.values(), map(base.get, keys)))
    changed = {k: current[k] for k in maybe if k not in base or base[k] != current[k]}
    return changed, sorted(base.keys() - current.keys())


def dump(value: Any, handle) -> None:
    """A value pickled into an open file as Store.write pickles it (see _Pickler), for load() in another process."""
    with collector_paused():
        _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump(value)


def load(handle) -> Any:
    with collector_paused():  # (everything unpickled is kept: nothing for the collector to find)
        return _Unpickler(handle).load()


def dumps(value: Any) -> bytes:
    """dump() as bytes."""
    sink = io.BytesIO()
    dump(value, sink)
    return sink.getvalue()


def loads(data: bytes) -> Any:
    return load(io.BytesIO(data))


def _read(handle, key: str) -> tuple[Any, Optional[str]]:
    """(the value, None) from an open cache file, or (None, why it is not a valid one for `key`)."""
    if handle.read(len(MAGIC)) != MAGIC:
        return None, "not a sitegen cache file"
    line = handle.readline(4096)
    if not line.endswith(b"\n"):
        return None, "truncated"
    try:
        header = json.loads(line)
        fmt, stored_key = header["format"], header["key"]
    except (ValueError, KeyError, TypeError):
        return None, "damaged header"
    if fmt != FORMAT:
        return None, f"written by another cache format ({fmt})"
    if stored_key != key:
        return None, "stale (written for other inputs or another sitegen)"
    source = _Hashing(handle)
    try:
        value = _Unpickler(source).load()
        while handle.read(1) == b"+":
            part = _Unpickler(source).load()
            if not isinstance(value, dict) or not isinstance(part, dict):
                return None, "damaged"
            value.update(part)
    except Exception as exc:  # cut short or damaged: the checksum would not have matched either
        return None, "truncated" if isinstance(exc, EOFError) else f"cannot be read ({type(exc).__name__})"
    try:
        trailer = json.loads(handle.read(4096))
        length, crc = trailer["length"], trailer["crc32"]
    except (ValueError, KeyError, TypeError):
        return None, "truncated"
    if length != source.length:
        return None, "truncated"
    # Checked after unpickling (a stream is hashed as it is read): the value is dropped unless it matches.
    if source.crc != crc:
        return None, "checksum mismatch"
    return value, None


class _Hashing:
    """A file wrapper that checksums and counts the bytes going through it. The checksum is a CRC-32: it
    guards against a file cut short or damaged, not against someone forging one (whoever can write the
    cache can write the site), and SHA-256 of the 110 MB article pack was a tenth of a second of every
    one-article rebuild."""

    def __init__(self, handle):
        self.handle = handle
        self.crc = 0
        self.length = 0

    def write(self, data) -> int:
        self.crc = zlib.crc32(data, self.crc)
        self.length += len(data)
        return self.handle.write(data)

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.crc = zlib.crc32(data, self.crc)
        self.length += len(data)
        return data

    def readinto(self, buffer) -> int:
        n = self.handle.readinto(buffer)
        self.crc = zlib.crc32(memoryview(buffer)[:n], self.crc)
        self.length += n
        return n

    def readline(self, size: int = -1) -> bytes:
        data = self.handle.readline(size)
        self.crc = zlib.crc32(data, self.crc)
        self.length += len(data)
        return data


# Pickling a str that is not ASCII makes CPython keep a UTF-8 copy of it inside the string for as long
# as the string lives (PyUnicode_AsUTF8AndSize): writing the article and analysis packs added half the
# size of every article's text to the build's memory. Such strings go as bytes encoded here instead,
# which leaves the string as it was. (persistent_id is the one hook pickle calls for a str.)


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj):
        if type(obj) is str and not obj.isascii():
            return obj.encode("utf-8", "surrogatepass")
        return None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if type(pid) is bytes:
            return pid.decode("utf-8", "surrogatepass")
        raise pickle.UnpicklingError("unknown persistent id")
