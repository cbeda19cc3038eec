"""Raw bytes → text: byte-order marks, UTF-16, legacy 8-bit encodings, line endings, binary files.

A scraped dump may come in any encoding the tool that saved it used. UTF-8 is tried first
(it almost never decodes text that is not UTF-8); then a few legacy code pages are scored by
how much their decoding looks like words of one script. Whatever was guessed is reported, so an
editor can check; a file that is not text at all is refused rather than turned into mojibake.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

from sitegen import regexes

# The legacy code pages news sites and Windows tools saved text in, most common first.
_LEGACY = ("cp1252", "cp1251", "koi8_r", "cp1250", "iso8859_7", "cp1255", "cp1256", "cp1254", "cp1257")
_CONTROL = regexes.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_OR_BREAK_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, 0x0d, *range(0x0e, 0x20), 0x7f])
# A run of letters of one script is a word; mixed scripts in one word are mojibake.
_WORD = regexes.compile(r"[^\W\d_]+")
_SCRIPT_RANGES = (
    ("latin", 0x0041, 0x024F), ("greek", 0x0370, 0x03FF), ("cyrillic", 0x0400, 0x04FF),
    ("hebrew", 0x0590, 0x05FF), ("arabic", 0x0600, 0x06FF),
)
# Characters legacy decodings produce from UTF-8 or from the wrong code page.
_ODD = set("ÃÂ€ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•˜™šœžŸ¤¦¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿×÷ÐÑ")


@dataclass(frozen=True)
class Decoded:
    text: Optional[str]  # None: not a text file
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(raw: bytes) -> Decoded:
    """Bytes of a seed → its text with '\\n' line endings, or None with the reason when it is not text."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(name), name, ())
            except UnicodeDecodeError:
                return Decoded(None, name, (f"starts with a {name} byte-order mark but is not valid {name}; "
                                            "not read as text",))
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _checked(raw.decode(utf16, errors="replace"), utf16, (f"read as {utf16.upper()} (no byte-order mark)",))
    if b"\x00" in raw[:4096]:
        return Decoded(None, "binary", ("binary file (NUL bytes), not a text article; skipped",))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    else:
        # Most files have no CR, control character or odd line break: nothing to change. Checked on the bytes (in
        # UTF-8 a byte below 0x80 is always that ASCII character), much faster than the patterns below.
        if len(raw.translate(None, _CONTROL_OR_BREAK_BYTES)) == len(raw) and \
                "\x85" not in text and "\u2028" not in text and "\u2029" not in text:
            return Decoded(text, "utf-8", ())
        return _checked(text, "utf-8", ())
    encoding = guess_legacy(raw)
    text = raw.decode(encoding, errors="replace")
    return _checked(text, encoding, (f"not valid UTF-8 (byte {bad_at}); read as {encoding} — "
                                     "re-save the file as UTF-8 if the text looks wrong",))


def normalize_newlines(text: str) -> str:
    # \u2028/\u2029 and NEL come from copy-paste out of browsers and old mainframe exports.
    return re.sub(r"\r\n?|[\u2028\u2029\x85\x0c\x0b]", "\n", text)


def _checked(text: str, encoding: str, warnings: tuple[str, ...]) -> Decoded:
    text = normalize_newlines(text.lstrip("\ufeff"))
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        return Decoded(None, encoding, (*warnings, "binary file (control characters), not a text article; skipped"))
    return Decoded(_CONTROL.sub("", text), encoding, warnings)


def _utf16_without_bom(raw: bytes) -> Optional[str]:
    sample = raw[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    # ASCII text in UTF-16 has a NUL in every other byte.
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def guess_legacy(raw: bytes) -> str:
    """The legacy code page under which `raw` reads most like words of a single script."""
    sample = raw[:50000]
    best, best_score = "cp1252", float("-inf")
    for encoding in _LEGACY:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score > best_score:
            best, best_score = encoding, score
    return best


def _plausibility(text: str) -> float:
    score = 0.0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = {_script(ch) for ch in word}
        if len(scripts) == 1 and None not in scripts:
            # A word of one script with normal casing (not "пРИВЕТ") is a real word.
            cased = word[1:] == word[1:].lower() or word.isupper()
            score += len(word) * (1.0 if cased else 0.3)
        else:
            score -= len(word)
    score -= 3 * sum(1 for ch in text if ch in _ODD)
    return score


def _script(ch: str) -> Optional[str]:
    code = ord(ch)
    for name, low, high in _SCRIPT_RANGES:
        if low <= code <= high:
            return name
    return None
