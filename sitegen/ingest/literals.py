"""Patterns that only say whether something occurs in a line, built to scan fast.

re looks for a match of "cookie|copyright|correction|…" by trying the pattern at every place whose character could
start one, and each try costs far more than skipping a character that cannot. Starting each string at its rarest
letter instead ("k" of "cookie", then a look back for "coo") leaves far fewer places to try. A match found that way
starts elsewhere than the plain pattern's, but it is found in exactly the same lines: these patterns serve gates
(does any of these occur here?), never the text a match takes.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from sitegen import regexes

_ESCAPED = regexes.compile(r"\\(\W)")
_SPECIAL = regexes.compile(r"[()\[\]{}?*+^$.\\]")
_WORD = regexes.compile(r"\w")
# Letters from the most to the least frequent in running text (English, then Russian); the space is the most
# frequent character of all. Only the speed of a scan depends on this order, never what it finds.
_FREQUENT = " etaoinsrhldcumfpgwybvkxjqz" + "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё"
_RANK = {ch: i for i, ch in enumerate(_FREQUENT)}
_PUNCTUATION = set("0123456789.,-'’:;()/\"")


def _rarity(ch: str) -> int:
    if ch in _RANK:
        return _RANK[ch]
    # Digits and punctuation are common in any language; other letters and signs (accents, other scripts) are not.
    return 5 if ch in _PUNCTUATION else len(_FREQUENT)


def literals(pattern: re.Pattern) -> tuple[str, ...]:
    """The strings of a pattern that is only plain alternatives ("photo|phot\\.|(c)"); ValueError for any other."""
    if pattern.flags & re.IGNORECASE or _SPECIAL.search(_ESCAPED.sub("", pattern.pattern).replace("|", "")):
        raise ValueError(f"not a plain alternation of strings: {pattern.pattern!r}")
    return tuple(_ESCAPED.sub(r"\1", key) for key in pattern.pattern.split("|"))


def any_of(keys: Iterable[str]) -> re.Pattern:
    """A pattern that finds whether any of these strings (none may be empty) occurs, each looked for from its rarest
    character: "k(?:ie(?<=cookie)|…)" finds "cookie" wherever "cookie|…" does."""
    keys = set(keys)
    if not keys or "" in keys:
        raise ValueError("any_of needs strings, none empty")
    return _anchored((key, "", "") for key in keys)


def any_in(keys: Iterable[str]) -> "AnyIn":
    """any_of(keys) asked only whether a text holds a key (search(text) → bool), for a gate over many keys on long
    lines. A key spelt only in the commonest letters ("note", "ao se", "droits") has no rare character to start from:
    any_of's scan would try its alternatives at two characters in five, where str's own search finds it faster."""
    return AnyIn(keys)


class AnyIn:
    __slots__ = ("_search", "_common")

    def __init__(self, keys: Iterable[str]) -> None:
        keys = set(keys)
        if not keys or "" in keys:
            raise ValueError("any_in needs strings, none empty")
        self._common = tuple(sorted(key for key in keys if max(map(_rarity, key)) <= _rarity("d")))
        rest = keys.difference(self._common)
        self._search = any_of(rest).search if rest else lambda text: None

    def search(self, text: str) -> bool:
        if self._search(text) is not None:
            return True
        for key in self._common:
            if key in text:
                return True
        return False


def occurs(pattern: re.Pattern) -> "Occurs":
    """What tells whether `pattern` finds a match in a text, faster: `pattern` must be a word boundary and then
    alternatives, "\\b(?:follow (?:us|\\w+ on)|like us on|…)…", each opening with two or more plain characters (or a
    group of such alternatives), compiled without IGNORECASE (match the lower-cased text instead). Any other pattern is
    asked as it is."""
    items = _rare_items(pattern)
    return _occurs(items) if items is not None else Occurs(pattern)


def occurs_any(patterns: Iterable[re.Pattern]) -> "Occurs":
    """Whether any of these patterns finds a match, in one scan: each must have the shape occurs() reads (ValueError
    otherwise). A line holding none of them is passed over once instead of once per pattern."""
    items = []
    for pattern in patterns:
        found = _rare_items(pattern)
        if found is None:
            raise ValueError(f"not a word boundary and plain alternatives: {pattern.pattern!r}")
        items.extend(found)
    return _occurs(items)


# An alternative whose rarest character is this frequent, alone or with one other behind its character, is looked for
# by a substring test instead: re would enter the scan's alternatives at every such character (one line's character
# in three is an "s", an "r" or an "l"), for one or two strings.
_FREQUENT_ANCHOR = _RANK["l"]
_FEW = 2


def _occurs(items: list[tuple[str, str, str]]) -> "Occurs":
    by_anchor: dict[str, list[tuple[str, str, str]]] = {}
    for item in items:
        by_anchor.setdefault(_anchor(item[0]), []).append(item)
    apart = [item for anchor, group in by_anchor.items() if _rarity(anchor) <= _FREQUENT_ANCHOR and len(group) <= _FEW
             for item in group]
    rest = [item for item in items if item not in apart]
    return Occurs(_anchored(rest) if rest else None, tuple((literal, _anchored([(literal, boundary, after)]).search)
                                                           for literal, boundary, after in apart))


class Occurs:
    """search(text) → whether the pattern finds a match there (a bool: where the match starts is not known).
    Besides the pattern, (literal, search) pairs: a search only asked of a text holding its literal."""

    __slots__ = ("_search", "_apart")

    def __init__(self, pattern: Optional[re.Pattern], apart: tuple[tuple[str, Callable], ...] = ()) -> None:
        self._search = pattern.search if pattern is not None else lambda text: None
        self._apart = apart

    def search(self, text: str) -> bool:
        if self._search(text) is not None:
            return True
        for literal, search in self._apart:
            if literal in text and search(text) is not None:
                return True
        return False


def grouped_by_opening(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, "^(?:home|help|menu|…)…" written "^(?:h(?:ome|elp)|menu|…)…": a line is tried against each
    alternative in turn, and a list of a hundred labels costs a hundred tries at every line; grouped by their first
    character, the alternatives a line cannot open with are passed over in one try per character.

    It matches exactly what `pattern` matches, with the same groups: alternatives that open with the same character
    keep their order, and each group takes the place of its first alternative; an alternative whose first character
    is not a plain one (a class, a group, an optional character) stays where it was, and none is moved past it. Under
    IGNORECASE, a group is the alternatives opening with one letter in either case, and no two groups may match the
    same character ("i" and "ı" would): the pattern is then returned as it is, as it is when an alternative holds a
    group of its own (moved, it would be numbered otherwise)."""
    source = pattern.pattern
    if not source.startswith("^(?:") or pattern.flags & re.VERBOSE or len(alternatives(source)) != 1:
        raise ValueError(f"not '^(?:…)…' : {source[:40]!r}")
    end = _group_end(source, 1)
    try:
        grouped_inside = regexes.compile(source[end + 1:], pattern.flags).groups != pattern.groups
    except re.error:  # (what follows refers to a group inside)
        grouped_inside = True
    if grouped_inside:
        return pattern  # (moving alternatives would renumber the groups inside them)
    caseless = pattern.flags & re.IGNORECASE
    # (Under re.ASCII only ASCII letters match their other case.)
    folded = (lambda ch: ch.lower() if ch.isascii() or not pattern.flags & re.ASCII else ch) if caseless else (lambda ch: ch)
    runs: list[list[tuple[Optional[str], list[str]]]] = [[]]
    for alternative in alternatives(source[4:end]):
        opening = _plain_opening(alternative)
        if opening is None:
            runs.append([(None, [alternative])])
            runs.append([])
            continue
        key = folded(opening[1])
        run = runs[-1]
        group = next((alts for k, alts in run if k == key), None)
        if group is None:
            run.append((key, [alternative]))
        else:
            group.append(alternative)
    parts = []
    for run in runs:
        if caseless:
            keys = [key for key, _ in run if key is not None]
            flags = pattern.flags & (re.IGNORECASE | re.ASCII)
            if any(regexes.compile(re.escape(a), flags).search("\0".join(b for b in keys if b != a)) for a in keys):
                return pattern
        for key, alts in run:
            if len(alts) == 1:
                parts.append(alts[0])
            else:
                first = _plain_opening(alts[0])[0]
                parts.append(first + "(?:" + "|".join(a[len(_plain_opening(a)[0]):] for a in alts) + ")")
    return regexes.compile("^(?:" + "|".join(parts) + source[end:], pattern.flags)


def _plain_opening(alternative: str) -> Optional[tuple[str, str]]:
    """(The source of the plain character an alternative opens with, that character), or None: a class, a group, an
    escape that stands for a class ("\\d") or an anchor, or a character made optional or repeated by what follows."""
    if alternative[:1] == "\\":
        source, char = alternative[:2], alternative[1:2]
        if not char or char.isalnum():
            return None
    else:
        source = char = alternative[:1]
        if not char or char in "()[]{}?*+^$.|":
            return None
    if alternative[len(source):len(source) + 1] in ("?", "*", "+", "{"):
        return None
    return source, char


def _anchored(items: Iterable[tuple[str, str, str]]) -> re.Pattern:
    """(literal, boundary, rest) → one pattern finding any `boundary literal rest`, each from its literal's rarest
    character, the literal and boundary checked behind it: boundary is "", (?<!\\w) or (?<=\\w)."""
    by_anchor: dict[str, list[tuple[str, str]]] = {}
    for literal, boundary, rest in items:
        k = _anchor_at(literal)
        behind = f"(?<={boundary}{re.escape(literal)})" if len(literal) > 1 or boundary else ""
        by_anchor.setdefault(literal[k], []).append((re.escape(literal[k + 1:]), behind + rest))
    alternatives = []
    for anchor in sorted(by_anchor, key=lambda ch: (-_rarity(ch), ch)):
        # What follows the anchor first (re skips an alternative whose next character differs at once), the look
        # behind after it; an alternative with nothing after its anchor goes last.
        tails = sorted({after + check for after, check in by_anchor[anchor]}, key=lambda t: (not t or t.startswith("(?"), t))
        tail = tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"
        alternatives.append(re.escape(anchor) + tail)
    return regexes.compile("|".join(alternatives))


def _anchor_at(literal: str) -> int:
    """Where a literal is looked for from: its rarest character (the first of equally rare ones)."""
    return max(range(len(literal)), key=lambda i: (_rarity(literal[i]), -i))


def _anchor(literal: str) -> str:
    return literal[_anchor_at(literal)]


def _rare_items(pattern: re.Pattern) -> Optional[list[tuple[str, str, str]]]:
    """`pattern` as _anchored's items (literal, boundary, rest), or None when it does not have the shape occurs() reads."""
    source = pattern.pattern
    if not source.startswith(r"\b(?:") or pattern.flags & (re.IGNORECASE | re.VERBOSE) or pattern.groups:
        return None
    end = _group_end(source, 2)
    if end is None:
        return None
    suffix = source[end + 1:]
    if suffix[:1] in ("?", "*", "+", "{") or len(alternatives(suffix)) > 1:  # ("\b(?:…)…|…": not one boundary)
        return None
    items = []
    for alternative in alternatives(source[5:end]):
        for opened in _opened(alternative + "(?:" + suffix + ")" if suffix else alternative) or [None]:
            if opened is None:
                return None
            literal, rest = opened
            boundary = r"(?<!\w)" if _WORD.match(literal[0]) else r"(?<=\w)"
            items.append((literal, boundary, rest))
    return items


def _opened(alternative: str) -> Optional[list[tuple[str, str]]]:
    """The alternative as (plain characters it opens with, the rest of its pattern), a leading group of alternatives
    spelt out ("(?:get|download) the app" → "get the app", "download the app"); None when it opens otherwise."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        if end is None or alternative[end + 1:end + 2] in ("?", "*", "+", "{"):
            return None
        out = []
        for inner in alternatives(alternative[3:end]):
            opened = _opened(inner + alternative[end + 1:])
            if opened is None:
                return None
            out.extend(opened)
        return out
    chars, ends = [], []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\" and i + 1 < len(alternative) and not alternative[i + 1].isalnum():
            chars.append(alternative[i + 1])
            i += 2
        elif ch in "()[]{}?*+^$.\\|":
            break
        else:
            chars.append(ch)
            i += 1
        ends.append(i)
    if i < len(alternative) and alternative[i] in "?*+{" and chars:
        chars.pop()  # the quantifier makes the last character optional: it is not a plain one
        ends.pop()
    if len(chars) < 2:
        return None
    return [("".join(chars), alternative[ends[-1]:])]


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source."""
    out, current, depth, i = [], [], 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            current.append(source[i:i + 2])
            i += 2
            continue
        if ch == "[":
            close = _class_end(source, i)
            current.append(source[i:close + 1])
            i = close + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    out.append("".join(current))
    return out


def _group_end(source: str, start: int) -> Optional[int]:
    """Where the group opening at `start` closes."""
    depth, i = 0, start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _class_end(source: str, start: int) -> int:
    """The "]" closing the character class opening at `start` ("[]…]" and "[^]…]" hold a "]" first)."""
    i = start + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":
        i += 1
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i
