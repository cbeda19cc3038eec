"""What ingest knows about each line of a page before deciding its fate.

A line's features — its length in words, its script, whether it ends like a sentence, a general
boilerplate reason — are computed once; "strong" lines (long, sentence-shaped, in the page's
script, no sign of furniture) are the ones that can only be story.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from sitegen import regexes
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.language import UNSPACED, main_script
from sitegen.ingest.text import Line
from sitegen.model import Block, LineFate

# Sentence ends in the scripts ingest meets (。 Chinese/Japanese, ؟ Arabic, । Devanagari, ۔ Urdu), then any
# closing quotes: ” ’ » and the German/Czech closers “ ‘ too, and « ‹ (German books and magazines quote »so«).
# Magazines close a story with an end mark (♦ ■): the sentence before it still ends there.
_END_MARK = r"(?:\s*[♦◆■□▪●∎❖✦★])?"
# A note's number copied glued after the full stop, its superscript lost ("… proved worthless when tested.1"): a
# word's last letter before the stop, one or two digits after it ("version 2.1" has a digit before its dot; "No.1",
# "Fig.2", "art.15" are numbered abbreviations).
_NUMBERED_ABBREVIATION = "".join(rf"(?<!\b{w}\.)" for w in ("No", "no", "Nr", "nr", "Fig", "fig", "Vol", "vol", "Art", "art",
                                                             "Sec", "sec", "Ch", "ch", "Op", "op", "pp", "p", "S", "s"))
_NOTE_MARK = rf"(?:(?<=[^\W\d_][.!?…]){_NUMBERED_ABBREVIATION}|(?<=[^\W\d_][.!?…][\"”’»)]))\d{{1,2}}"
# A source named after the sentence ("… the Malian army. (Reuters)") still ends it, as a footnote mark does.
_SOURCE = r"(?:\s+\((?:[A-Z][\w'’.&-]*)(?:\s[\w'’.&-]+){0,3}\))?"
# (Hebrew closes a quotation with the gershayim too: ״…״.)
# (A line that is one quotation in Japanese corner brackets is a spoken sentence: Japanese drops the "。" before "」".)
# (Greek asks with ";", the Greek question mark or a semicolon after a Greek word: "Είστε αισιόδοξος;".)
# (Japanese ends a light sentence on its laugh, "（笑）", as English on "lol", without the 。.)
_LAUGH = r"[（(]笑[）)]$"
SENTENCE_END = regexes.compile(rf"[.!?…。！？؟।۔]['\"”’»“‘›«‹״)\]*]*(?:\s*\[\d+\]|{_NOTE_MARK})?{_SOURCE}{_END_MARK}$|[.!?…]\s*[\"”’»“«]{_END_MARK}$|[:：]$|{_LAUGH}"
                               r"|^[「『][^「」『』]{8,}[」』]$|(?<=[\u0370-\u03FF\u1F00-\u1FFF])[;\u037E][\"”’»]*$")


FULL_STOP = regexes.compile(rf"[.…。।۔]['\"”’»“‘›«‹״)\]]*(?:{_NOTE_MARK})?{_SOURCE}{_END_MARK}$|[!?！？؟]['\"”’»“‘›«‹״)\]]*{_END_MARK}$|{_LAUGH}")

# The characters a match of each pattern can end on (before its `$`), read off its alternatives: a stop, a closing
# quote or bracket, a source's ")", an end mark, a colon, a corner bracket; a note's number is any digit. A line ending
# otherwise (most furniture) is passed over before the pattern is searched from every character of it.
_SENTENCE_LAST = frozenset(".!?…。！？؟।۔" "'\"”’»“‘›«‹״)]*" "♦◆■□▪●∎❖✦★" ":：" "」』" ";\u037E" "）")
_FULL_STOP_LAST = frozenset(".…。।۔!?！？؟" "'\"”’»“‘›«‹״)]" "♦◆■□▪●∎❖✦★" "）")


# (Japanese sets its bullet, "・", against the item's first word.)
BULLET = regexes.compile(r"^(?:(?:[•·▪●◦‣∙*■□○◆◇➤►–-]|\d{1,2}[.)])\s+|[・･]\s*)")
NUMBERED = regexes.compile(r"^\d{1,2}[.)]\s+")


# (A live page may say it: "Posted at 16:48".)
TIME_ONLY = regexes.compile(r"^(?:(?:posted|published|updated)\s+at\s+)?"
                            r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?)$",
                        re.IGNORECASE)


# A live entry's time with its contributor beside it: "2:32 p.m. ET Sam Ortiz", "09:15 Anna Weber".
# ("11:30 Uhr – Was das neue Paket vorsieht": the German clock's "Uhr" and a dash belong to the time, and what follows
# is the entry's headline, no name "Uhr".)
_TIME_THEN_NAME = regexes.compile(r"^(?:\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?(?:\s*Uhr\b)?(?:\s*[A-Z]{2,4}\b)?|\d{1,2}\s*(?i:[ap]\.?m\.?)(?:\s*[A-Z]{2,4}\b)?)"
                                  r"(?:\s*[–—-])?\s+(?P<name>[^\W\d_][^\d]{2,40})$")
# (An hour and its minutes, or a chapter's minutes and seconds, "27:30 What the record says"; not an amount, "1.25
# million drivers".)
_TIME_OPENED = regexes.compile(r"(?:\d{1,2}:[0-5]\d|(?:[01]?\d|2[0-3])\.[0-5]\d)\s+(?!(?:million|billion|trillion|per|percent|mln|bn)\b)"
                               r"[^\W\d_]")


def opens_on_time(text: str) -> bool:
    """"14:48 Kremlin says …": a line opening on an hour and its minutes, then words (see _TIME_OPENED)."""
    return _TIME_OPENED.match(text) is not None


def _stamped_name(text: str) -> Optional[str]:
    match = _TIME_THEN_NAME.match(text) if len(text) <= 60 and text[:1].isdigit() else None
    return md.author_name(match.group("name")) if match else None


def entry_stamp(text: str) -> bool:
    """A time alone, or a time and what reads as a name ("09:15 Anna Weber"; "08:15 First Alarm" reads as one too)."""
    return bool(TIME_ONLY.match(text) or _stamped_name(text))


_LIVE: list = [None, (0, frozenset(), 0)]  # the page last asked about, and what its lines say (see _live_page)


def _live_page(infos: list[LineInfo]) -> tuple[int, frozenset, int]:
    """How many of the page's lines open on a time, the names set beside a time on two lines or more (an entry's
    contributor signs each of her entries), and how many lines are a time alone. Worked out once a page: the rules ask
    line by line."""
    if _LIVE[0] is not infos:
        opened, names, alone = 0, Counter(), 0
        for info in infos:
            text = info.line.text
            if text[:1].isdigit():
                opened += bool(_TIME_OPENED.match(text))
                alone += bool(TIME_ONLY.match(text))
                name = _stamped_name(text)
                if name:
                    names[name] += 1
            elif text[:2] in ("Po", "Pu", "Up", "po", "pu", "up"):
                alone += bool(TIME_ONLY.match(text))  # ("Posted at 16:48")
        _LIVE[0], _LIVE[1] = infos, (opened, frozenset(name for name, k in names.items() if k >= 2), alone)
    return _LIVE[1]


def times_alone(infos: list[LineInfo]) -> int:
    """How many of the page's lines are a time and nothing else ("15:48"): a live page sets one over each entry."""
    return _live_page(infos)[2]


def contributor_stamp(infos: list[LineInfo], i: int) -> bool:
    """"09:15 Anna Weber", as other entries of the page are signed "Anna Weber": an entry's time and its contributor
    (not "08:15 First Alarm", a timed subheading)."""
    name = _stamped_name(infos[i].line.text)
    return name is not None and name in _live_page(infos)[1]


def timed_entry(infos: list[LineInfo], i: int) -> bool:
    """A live page's entry: its time on the line above, or opening the line ("16:40 Envoys leave the talks"), as
    it opens other lines of the page."""
    if _TIME_OPENED.match(infos[i].line.text) and not contributor_stamp(infos, i):
        return _live_page(infos)[0] - 1 >= 2
    return i >= 1 and TIME_ONLY.match(infos[i - 1].line.text) is not None and (
        i >= 3 and TIME_ONLY.match(infos[i - 3].line.text) is not None
        or i + 1 < len(infos) and TIME_ONLY.match(infos[i + 1].line.text) is not None)


# A summary box's label (a live page's, or a story's "Key points:"): the points under it are not a dek, nor a headline.
# (With the moment it sums up: "Головне на цю хвилину", "Главное к этому часу", "Key points so far".)
SUMMARY_LABEL = regexes.compile(r"^(?:summary|key points|at a glance|in short|what we know|das wichtigste|en bref|"
                                r"en resumen|in breve|em resumo|главное|головне|l['’]essentiel|lo esencial|l['’]essenziale|"
                                r"najważniejsze)(?: (?:so far|now|right now|на цю хвилину|на эту минуту|зараз|сейчас|"
                                r"к этому часу|на цей час|за день|du jour|bisher|à cette heure))?\W*$", re.IGNORECASE)


NO_LETTERS = regexes.compile(r"^[\W\d_]*$")


CONTAINER_REASON = {
    "nav": "inside <nav> (site navigation)", "footer": "inside the page footer", "aside": "inside <aside> (sidebar)",
    "form": "inside a form", "figure": "photo caption (<figure>)", "header": "inside the page header",
    "outside": "outside the element holding the story (its <article>/<main> or its densest block of text)",
    "dialog": "inside a pop-up dialog (cookie or sign-up notice)",
}


# "Watch: …", "Video: …", "Urmărește: …", "Listen : …": a clip's title opens on a word or two and a colon.
CLIP_LABEL = regexes.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s?:\s")


@dataclass
class Hints:
    """What an HTML page says about itself in markup (meta tags, JSON-LD, <h1>)."""

    title: Optional[str] = None
    title_from: str = ""  # "h1", "heading" (an <h2>/<h3> the page's title names, under a section's <h1>), "meta"
    author: Optional[str] = None
    author_declared: bool = False  # from JSON-LD, microdata or a meta tag, not guessed from a byline box
    date: Optional[str] = None
    date_utc_hour: Optional[int] = None  # the machine-readable date is a UTC timestamp at this hour (its day may not
    # be the one the page shows)
    date_from_time: bool = False  # only a <time> element gave it (no meta tag, no JSON-LD): a sidebar's, maybe
    publisher: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    excerpt: Optional[str] = None  # a share card's text cut from the story's first lines: they are story, no dek
    dek: Optional[str] = None  # the line under the headline that its element's class names a standfirst ("article__dek")
    language: Optional[str] = None
    rooted: bool = False  # the markup has a clear content root: lines outside it are marked "outside"


@dataclass
class Result:
    title: Optional[str] = None
    title_inferred: bool = False
    author: Optional[str] = None
    date: Optional[str] = None
    publisher: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    language: Optional[str] = None
    site_name_guess: Optional[str] = None  # a short first line: perhaps the outlet's name
    issued_by: Optional[str] = None  # the body a release says it is "From:" (a ministry, an agency)
    # The page's language writes "03/04/2025" day first (anything but English; FULL_YEAR_ONLY for British English).
    day_first: "bool | str" = False
    title_shown: bool = False  # the title is a headline line the page shows, not a copied tab title heading the dump
    blocks: list[Block] = field(default_factory=list)
    fates: list[LineFate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def tag_level(tag: Optional[str], other: int = 3) -> int:
    """A kept heading's level from its tag: <h1>, <h2> and a dump's untagged line 2, <h3> to <h6> their number, any
    other tag (a bold paragraph) `other`. Counted again from the story's own top once the story is known."""
    if tag in ("h3", "h4", "h5", "h6"):
        return int(tag[1])
    return 2 if tag in (None, "h1", "h2") else other


@dataclass
class LineInfo:
    line: Line
    words: int
    pattern: Optional[str]  # a general boilerplate reason
    fate: Optional[str] = None
    reason: str = ""
    kind: Optional[str] = None  # block kind when kept
    level: int = 2
    story_list: bool = False  # an item of the list that is the page's story (a day's events, a digest)
    # Worked out on first reading (__getattr__), unless line_info needed it: most lines of a saved page (menus,
    # footers) are judged by the box they sit in, and nothing ever asks their script or sentence shape.
    script: Optional[str] = field(init=False)
    sentence: bool = field(init=False)  # ends like a sentence

    def __getattr__(self, name: str):
        # Called only for an attribute not set yet.
        if name == "script":
            value = self.script = main_script(self.line.text)
        elif name == "sentence":
            value = self.sentence = _ends_sentence(self.line.text) or _thai_prose(self.line.text)
        else:
            raise AttributeError(name)
        return value


def _ends_sentence(text: str) -> bool:
    return _ends_with(SENTENCE_END, text, _SENTENCE_LAST)


_THAI = regexes.compile(r"[\u0E00-\u0E7F]")


def _thai_prose(text: str) -> bool:
    """Thai writes no full stop: a sentence ends at a space. A long line of Thai, its clauses set apart by spaces, is
    prose (a headline or a caption runs shorter)."""
    # (Nor a colon: "… ดังนี้" (as follows), "… ได้แก่" (namely) announce the list under them.)
    return (len(text) >= 100 and " " in text or len(text) >= 20 and text.endswith(("ดังนี้", "ได้แก่"))) \
        and _THAI.search(text, 0, 8) is not None and len(_THAI.findall(text)) >= len(text) // 2


def _ends_with(pattern: re.Pattern, text: str, last: frozenset[str]) -> bool:
    """pattern.search(text) for a pattern anchored at the end, which re still tries from every position: `last` holds
    the characters its matches can end on (besides digits). Then look at the last characters first. A match found
    from there is a match; only a line without one is searched whole (a match can be long)."""
    end = text[-1:]
    if end not in last and not end.isdigit() and end != "\n":  # ("$" also matches before a final line break)
        return False
    tail = len(text) - 40
    if tail > 0 and pattern.search(text, tail):
        return True
    return bool(pattern.search(text))


# Letters of the scripts in UNSPACED: a line without one cannot be in any of them (language._RANGES).
_UNSPACED_LETTER = regexes.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]")


LINK_TEXT = "mostly link text (a menu or a teaser)"


def line_info(line: Line, doc_script: Optional[str]) -> LineInfo:
    text = line.text
    words = len(text.split())
    script = None
    if not text.isascii() and _UNSPACED_LETTER.search(text):
        script = main_script(text)
        if script in UNSPACED:
            words = max(words, len(text) // 2)
    # Inside a <nav>/<footer>/comment box the markup already says why; no need to match patterns.
    container = line.container
    if line.tag == "h1" and container in ("header", "outside"):
        container = None  # the headline often sits in the page's <header>, above the <article>
    pattern = (CONTAINER_REASON.get(container) or f"inside a {container}") if container else None
    if pattern is None and line.tag != "tr":  # a table row's " | " are cell borders, not a menu's separators
        pattern = bp.boilerplate_reason(text, words)  # (cached)
    if pattern is None and "  " in line.raw and bp.spaced_menu(line.raw, words):  # (a wide gap first: most lines have none)
        pattern = "menu (items set apart by wide spaces)"
    if pattern is None and line.tag not in ("h1",) and line.link_density > 0.6 and words <= 40:
        pattern = LINK_TEXT
    info = LineInfo(line, words, pattern)
    if script is not None:
        info.script = script
    return info


def is_strong(info: LineInfo, doc_script: Optional[str]) -> bool:
    """A line that can only be story: long, sentence-shaped, in the page's script, no boilerplate sign."""
    if info.fate == "description":
        return False
    if info.words < 10:  # too short to be strong in any script: kept or not, whatever its script (not worked out)
        return info.fate == "kept"
    if info.fate == "dropped" or info.pattern or info.script != doc_script:
        return info.fate == "kept"
    if info.fate == "kept":
        return True
    if info.line.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "title", "tr") and not info.story_list:
        return False
    long_enough = info.words >= (10 if info.script not in UNSPACED else 25)
    if not long_enough or md.byline(info.line.text) or md.date_line(info.line.text):
        return False
    if info.line.text.endswith(("...", "…")) and info.words < 30:
        return False  # cut short ("Prepares Fresh..."): a truncated headline or teaser, not a paragraph
    if _ends_with(FULL_STOP, info.line.text, _FULL_STOP_LAST):
        # A question or exclamation is only story when long: short ones are headlines.
        return info.words >= 25 or not info.line.text.rstrip("\"”’»)").endswith(("?", "!"))
    if info.script == "thai":
        return _thai_prose(info.line.text)  # (no full stop in Thai)
    return info.words >= 30 and len(re.findall(r"[.!?]\s", info.line.text)) >= 2


# The reason a date line after the page's date is dropped for; the header reads it as its date all the same.
DATE_KNOWN = "date line (date already known)"


def drop_line(info: LineInfo, reason: str) -> None:
    if info.fate in ("title", "author", "date", "publisher", "description"):
        return
    info.fate, info.reason, info.kind = "dropped", reason, None


def caseless(text: str) -> bool:
    """Whether most of the line's letters are of a script without case (Japanese, Chinese, Korean, Arabic, Hindi …),
    where capitals tell nothing of running text."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if not ch.isupper() and not ch.islower()) * 2 > len(letters)


def prose(text: str) -> bool:
    """Running text has lower-case words; a site's tagline or a list of names does not."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words or not any(w[0].isupper() for w in words):
        return True
    return sum(1 for w in words if w[0].islower()) >= len(words) * 0.3
