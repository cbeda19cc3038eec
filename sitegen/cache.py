"""The build cache in `.sitegen-cache/`: what the last build parsed, analysed and wrote.

Every file is `MAGIC`, one JSON header line (format, key, length, sha256 of the
payload) and a pickle. A file is used only when its format is this version's,
its key is the one the build expects (the key carries a fingerprint of
sitegen's own code, its libraries and whatever the entry was computed from) and
the payload's checksum matches; anything else — truncated, garbage, another
version, a stale key — is ignored and rebuilt, never trusted. Deleting the
folder is always safe.

    articles.bin, articles-new.bin   parsed articles (front matter, Markdown render, paragraphs) by
                                     (path, sha256 of the file)
    analyses.bin, analyses-new.bin   analyse_article() of each article, keyed by the topics and people
    briefing.bin                     the last combined analysis, keyed by all of the above
    state-<id>.bin, pages-<id>.bin   per output folder: input files' stats and hashes, every output's
                                     stat and digest; each page's template and dependencies
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import sitegen
from sitegen.files import write_atomic

CACHE_DIR = ".sitegen-cache"
MAGIC = b"sitegen-cache\n"
FORMAT = 1
KEEP_STATES = 4  # output folders remembered (site/, check's temporary folders, ...)


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


class Store:
    """Reads and writes checked cache files under <project>/.sitegen-cache/."""

    def __init__(self, root: Path):
        self.dir = Path(root) / CACHE_DIR
        self.discarded: list[str] = []  # why entries were not trusted, for --verbose

    def read(self, name: str, key: str) -> Any:
        path = self.dir / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.discarded.append(f"{CACHE_DIR}/{name}: unreadable ({exc.strerror}), rebuilt")
            return None
        why = _check(data, key)
        if why is None:
            header_end = data.index(b"\n", len(MAGIC)) + 1
            try:
                # A view, not a slice: the payload of a 10,000-article pack is 100 MB, copied for nothing.
                return pickle.loads(memoryview(data)[header_end:])
            except Exception as exc:  # a checksum collision with garbage is next to impossible, but be sure
                why = f"cannot be read ({type(exc).__name__})"
        self.discarded.append(f"{CACHE_DIR}/{name}: {why}, rebuilt")
        return None

    def write(self, name: str, key: str, value: Any) -> None:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        header = json.dumps({"format": FORMAT, "key": key, "length": len(payload),
                             "sha256": hashlib.sha256(payload).hexdigest()}).encode()
        if not self.dir.is_dir():
            self.dir.mkdir(parents=True, exist_ok=True)
            # Like .pytest_cache: the folder ignores itself, whatever the project's .gitignore says.
            (self.dir / ".gitignore").write_text("# created by sitegen: the build cache, safe to delete\n*\n")
        write_atomic(self.dir / name, (MAGIC, header, b"\n", payload))

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

    def save_pack(self, name: str, key: str, packed: dict, newer: dict, current: dict) -> tuple[dict, dict]:
        """Store `current` given what the pack holds now (as load_pack returned it);
        returns what it holds afterwards, as load_pack would."""
        fresh = {k: v for k, v in current.items() if k not in packed}
        stale = sum(1 for k in packed if k not in current)
        if not packed or len(fresh) > max(500, len(current) // 4) or stale > max(500, len(packed) // 2):
            self.write(f"{name}.bin", key, current)
            self.remove(f"{name}-new.bin")
            return dict(current), {}
        if not fresh:
            self.remove(f"{name}-new.bin")
        elif fresh.keys() != newer.keys():
            self.write(f"{name}-new.bin", key, fresh)
        return packed, fresh

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


def _check(data: bytes, key: str) -> Optional[str]:
    """Why `data` is not a valid cache file for `key`, or None when it is."""
    if not data.startswith(MAGIC):
        return "not a sitegen cache file"
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        return "truncated"
    try:
        header = json.loads(data[len(MAGIC):end])
        fmt, stored_key, length, sha = header["format"], header["key"], header["length"], header["sha256"]
    except (ValueError, KeyError, TypeError):
        return "damaged header"
    if fmt != FORMAT:
        return f"written by another cache format ({fmt})"
    if stored_key != key:
        return "stale (written for other inputs or another sitegen)"
    payload = memoryview(data)[end + 1:]
    if len(payload) != length:
        return "truncated"
    if hashlib.sha256(payload).hexdigest() != sha:
        return "checksum mismatch"
    return None
