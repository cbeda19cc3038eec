"""URL slugs: short, ASCII where sensible, unique."""
from __future__ import annotations

import re
import unicodedata

# Letters NFKD cannot take apart into ASCII; enough for Latin-script news.
_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                        "ł": "l", "Ł": "l", "þ": "th", "œ": "oe", "Œ": "oe", "ı": "i"})
# Cyrillic (Russian/Ukrainian) → Latin, so those titles get readable slugs too.
_CYRILLIC = dict(zip("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "g", "d", "e", "ye", "yo", "zh", "z", "i", "i", "yi", "y", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                   "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_STOP = {"a", "an", "the", "of", "and", "to", "in", "on", "for", "as", "at", "by", "with", "is", "are"}


def transliterate(text: str) -> str:
    if text.isascii():
        return text  # (every step below keeps ASCII as it is: most names and titles are spared the per-letter work)
    text = text.translate(_EXTRA)
    text = "".join(_CYRILLIC.get(ch.lower(), _GREEK.get(ch.lower(), ch)) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    # Accents go; any other non-ASCII character (dashes, CJK…) separates words.
    return "".join(ch if ch.isascii() else ("" if unicodedata.combining(ch) else " ") for ch in decomposed)


def slugify(text: str, max_length: int = 60) -> str:
    """'Trump’s Putin problem is getting worse' → 'trumps-putin-problem-is-getting-worse'."""
    # "U.S." → "us", not "u-s".
    text = re.sub(r"\b((?:\w\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    ascii_text = transliterate(text.replace("’", "").replace("'", "")).lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    if len(" ".join(words)) > max_length:
        # Long headlines: drop filler words before cutting.
        words = [w for w in words if w not in _STOP] or words
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")


def unique_slug(base: str, taken: set[str], fallback: str = "article") -> str:
    base = base or fallback
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug
