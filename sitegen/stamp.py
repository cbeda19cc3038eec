"""The stamp ingest writes into an article's front matter (`ingest_sha256`), the hash of the file as it
wrote it: how a build tells an article ingest made from one an editor changed since. Apart from ingest so
that loading articles does not import ingest's rules (half a second of a one-article rebuild)."""
from __future__ import annotations

import hashlib
import re

from sitegen import regexes

_HASH_LINE = regexes.compile(r"^ingest_sha256: .*\n", re.MULTILINE)
_STAMP = regexes.compile(r"^ingest_sha256: ([0-9a-f]{64})$", re.MULTILINE)


def stamped(text: str) -> str:
    """An article file's text with its stamp added after the front matter's last line."""
    return text.replace("\n---\n", f"\ningest_sha256: {_text_hash(text)}\n---\n", 1)


def was_edited(text: str) -> bool:
    """True when an article file no longer holds exactly what ingest wrote."""
    match = _STAMP.search(text)
    if not match:
        return True  # written by hand
    return _text_hash(_HASH_LINE.sub("", text, count=1)) != match.group(1)


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
