"""Patterns that only look for a set of plain strings ("cookie", "accept all", …), built to scan fast.

re tries every alternative of "cookie|copyright|correction|…" at every place of a line; the same strings grouped by
their first letters ("co(?:okie|pyright|rrection)|…") are tried once per letter. The match is the same wherever any of
the strings occurs, so these patterns serve substring gates (is any of them here?), not the text a match takes.
"""
from __future__ import annotations

import re
from typing import Iterable

_ESCAPED = re.compile(r"\\(\W)")
_SPECIAL = re.compile(r"[()\[\]{}?*+^$.\\]")


def literals(pattern: re.Pattern) -> tuple[str, ...]:
    """The strings of a pattern that is only plain alternatives ("photo|phot\\.|(c)"); ValueError for any other."""
    if pattern.flags & re.IGNORECASE or _SPECIAL.search(_ESCAPED.sub("", pattern.pattern).replace("|", "")):
        raise ValueError(f"not a plain alternation of strings: {pattern.pattern!r}")
    return tuple(_ESCAPED.sub(r"\1", key) for key in pattern.pattern.split("|"))


def any_of(keys: Iterable[str]) -> re.Pattern:
    """A pattern that finds any of these strings (none may be empty), grouped by first letters."""
    keys = set(keys)
    if not keys or "" in keys:
        raise ValueError("any_of needs strings, none empty")
    return re.compile(_trie(keys))


def _trie(keys: set[str]) -> str:
    groups: dict[str, set[str]] = {}
    for key in keys:
        groups.setdefault(key[0], set()).add(key[1:])
    alternatives = []
    for first in sorted(groups):
        rests = groups[first]
        tails = {rest for rest in rests if rest}
        tail = _trie(tails) if tails else ""
        if tail and "" in rests:
            tail = f"(?:{tail})?"  # the key ends here, or goes on
        alternatives.append(re.escape(first) + tail)
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
