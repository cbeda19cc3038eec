"""What the learned headline score looks at: general features of each of the header's headline candidates.

Every feature is a small pure function of the header (the lines before the story) and one candidate line; none
names a site or a word of one. The score is their weighted sum (weights in sitegen.ingest.headline_weights, fitted
on the labelled fixtures by benchmarks/headline_scorer.py); the candidate with the highest score is the headline.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Optional

from sitegen import regexes
from sitegen.ingest import metadata as md
from sitegen.ingest.features import LineInfo
from sitegen.ingest.headline_weights import WEIGHTS


@dataclass(frozen=True)
class Header:
    """The header's lines, its candidates and what every feature compares a candidate with (worked out once)."""

    infos: list[LineInfo]
    candidates: list[int]
    end: int  # the story's first line
    overlap: dict[int, float]  # each candidate's words shared with the story's first lines
    metadata: frozenset[int]  # byline and date lines of the header
    counts: Counter  # every line of the page, casefolded: how often it is there
    later: Counter  # the lines from the story on
    top: Optional[int]  # the page's first line that is no known furniture


def header(infos: list[LineInfo], candidates: list[int], end: int, terms: Callable[[str], set[str]]) -> Header:
    """`terms`: a line's comparable words (headline.stems with pairs)."""
    story = terms(" ".join(info.line.text for info in infos[end:end + 6] if not info.pattern))
    overlap = {}
    for i in candidates:
        words = terms(infos[i].line.text)
        overlap[i] = len(words & story) / max(1, len(words)) ** 0.5
    metadata = frozenset(j for j in range(end) if infos[j].fate in ("author", "date") or (
        infos[j].words <= 20 and not infos[j].pattern and (md.byline(infos[j].line.text) or md.date_line(infos[j].line.text))))
    return Header(infos, candidates, end, overlap, metadata, Counter(info.line.text.casefold() for info in infos),
                  Counter(info.line.text.casefold() for info in infos[end:]),
                  next((j for j in range(end) if not infos[j].pattern), None))


def score(h: Header, i: int) -> float:
    return sum(contributions(h, i).values())


def contributions(h: Header, i: int) -> dict[str, float]:
    """Each feature's part of the candidate's score (what `sitegen ingest --explain` shows)."""
    return {name: WEIGHTS[name] * feature(h, i) for name, feature in FEATURES.items()}


def _text(h: Header, i: int) -> str:
    return h.infos[i].line.text


def _rank_from_story(h: Header, i: int) -> int:
    return len(h.candidates) - 1 - h.candidates.index(i)


def _previous(h: Header, i: int) -> Optional[int]:
    return next((j for j in range(i - 1, -1, -1) if not h.infos[j].pattern), None)


def _next(h: Header, i: int) -> Optional[int]:
    return next((j for j in range(i + 1, len(h.infos)) if not h.infos[j].pattern), None)


def _menu_like(h: Header, j: int) -> float:
    """Known furniture, or a word or two that is no sentence: a menu's item, a button."""
    if not 0 <= j < len(h.infos):
        return 0.0
    info = h.infos[j]
    return float(bool(info.pattern) or info.words <= 2 and not info.sentence)


def _closing(text: str) -> str:
    return text.rstrip("\"”’»)")


# ---- position: pages put the headline just above the story, its byline and date -----------------------------------

def nearest(h, i):  # the candidate nearest the story: no other header line stands between (a dek aside)
    return float(_rank_from_story(h, i) == 0)


def second(h, i):  # one candidate, the dek, between it and the story
    return float(_rank_from_story(h, i) == 1)


def log_rank_end(h, i):  # menus and teasers stack far above the story
    return math.log1p(_rank_from_story(h, i))


def first_cand(h, i):  # the first headline-shaped line of a page is often the site's name or tagline
    return float(h.candidates[0] == i)


def top_line(h, i):  # the page's very first line: a copied tab title holds the headline
    return float(i == h.top)


def log_gap(h, i):  # lines between it and the story
    return math.log1p(h.end - i)


def gap_le3(h, i):  # right above the story: a photo caption or a dek stands there as often as the headline
    return float(h.end - i <= 3)


def gap_gt15(h, i):  # far from the story: the menu's and the teasers' zone
    return float(h.end - i > 15)


def log_lines_between(h, i):  # lines of no known furniture between it and the story
    return math.log1p(sum(1 for j in range(i + 1, h.end) if not h.infos[j].pattern))


def meta_below(h, i):  # the byline or date right under it: the header's stack
    return float(any(j in h.metadata for j in range(i + 1, min(h.end, i + 4))))


def meta_above(h, i):  # a date or "Posted by" right above it: a blog's or a release's order
    return float(any(j in h.metadata for j in range(max(0, i - 3), i)))


def above_first_meta(h, i):  # notes and captions under the byline are no headline
    return float(bool(h.metadata) and i < min(h.metadata))


# ---- what it says: the headline is about what the story is about ------------------------------------------------

def overlap(h, i):  # words shared with the story's first lines
    return h.overlap[i]


def overlap_rel(h, i):  # ... against the candidate that shares most
    top = max(h.overlap.values())
    return h.overlap[i] / top if top else 0.0


def overlap_best(h, i):  # shares the most words (a dek or caption often shares more)
    top = max(h.overlap.values())
    return float(top > 0 and h.overlap[i] == top)


def overlap_zero(h, i):  # shares nothing: a tagline, a menu row, another story's teaser
    return float(h.overlap[i] == 0)


def overlap_rank(h, i):  # 0 for the one sharing most, 1 for the one sharing least
    ranked = sorted(h.overlap.values(), reverse=True)
    return ranked.index(h.overlap[i]) / max(1, len(h.candidates) - 1)


def repeats(h, i):  # the line stands twice on the page: a menu or a teaser repeated, or the headline in a share bar
    return float(h.counts[_text(h, i).casefold()] > 1)


def repeats_later(h, i):  # named again after the story starts: a share bar's or the next page's copy of the headline
    return float(h.later[_text(h, i).casefold()] > 0)


# ---- shape: a headline is a short phrase, not a sentence, a caption or a row of figures --------------------------

def log_words(h, i):
    return math.log(max(1, h.infos[i].words))


def words_le4(h, i):  # a kicker, a section's or the site's name
    return float(h.infos[i].words <= 4)


def words_ge16(h, i):  # a dek, a caption or the lead
    return float(h.infos[i].words >= 16)


def words_rel(h, i):  # against the header's longest candidate
    return h.infos[i].words / max(h.infos[j].words for j in h.candidates)


def sentence(h, i):  # ends like a sentence
    return float(h.infos[i].sentence)


def full_stop(h, i):  # a dek, a caption, a note end in a full stop; headlines seldom do
    return float(_closing(_text(h, i)).endswith((".", "。")))


def question(h, i):  # a question or exclamation is a headline's, not a caption's
    return float(_closing(_text(h, i)).endswith(("?", "!", "？")))


def colon(h, i):  # "Topic: what happened", a headline's shape
    return float(":" in _text(h, i))


def quote_marks(h, i):  # a headline quoting someone
    return float(any(c in _text(h, i) for c in "\"“”„«»"))


def paren(h, i):  # a caption's credit, a clip's length
    return float("(" in _text(h, i))


def upper(h, i):  # a kicker in capitals, or a shouting tabloid's headline
    return float(_text(h, i).isupper())


def caps_share(h, i):  # a menu row or a name: every word capitalized
    words = _WORD.findall(_text(h, i))
    return sum(1 for w in words if w[0].isupper()) / max(1, len(words))


def starts_lower(h, i):  # a line cut from a sentence, a tagline in lower case
    return float(_text(h, i)[:1].islower())


def digit_share(h, i):  # scores and figures in a headline; too many are a ticker
    text = _text(h, i)
    return sum(c.isdigit() for c in text) / len(text)


def symbol_share(h, i):  # "2 °C", "|", "★", "·": a weather bar, a rating card, a ticker, a menu
    text = _text(h, i)
    return sum(not c.isalnum() and not c.isspace() and c not in _PUNCTUATION for c in text) / len(text)


def bar(h, i):  # "Headline | Site": a tab title
    return float("|" in _text(h, i))


def sep_dash(h, i):  # "Headline - Site", or a headline's two halves
    text = _text(h, i)
    return float(" - " in text or " – " in text or " — " in text)


# ---- neighbours: what stands above and below it ------------------------------------------------------------------

def prev_menu(h, i):  # under the menu's last item
    return _menu_like(h, i - 1)


def next_menu(h, i):  # over a menu or buttons: a tagline or a section name
    return _menu_like(h, i + 1)


def menu_above(h, i):
    return sum(_menu_like(h, j) for j in range(i - 4, i)) / 4


def menu_below(h, i):
    return sum(_menu_like(h, j) for j in range(i + 1, i + 5)) / 4


def prev_is_cand(h, i):  # another candidate right above: it may be this line's headline
    return float(_previous(h, i) in h.candidates)


def next_is_cand(h, i):  # another candidate right under: its dek, perhaps
    return float(_next(h, i) in h.candidates)


def dek_shape(h, i):  # under another candidate and longer than it, or a sentence: a dek
    above = _previous(h, i)
    return float(above in h.candidates and (h.infos[i].words > h.infos[above].words or h.infos[i].sentence))


def head_shape(h, i):  # over a longer candidate or a sentence: the headline over its dek
    below = _next(h, i)
    return float(below in h.candidates and below < h.end
                 and (h.infos[below].words > h.infos[i].words or h.infos[below].sentence))


def next_sentence8(h, i):  # over a sentence of eight words or more: a headline over its dek or the lead
    below = _next(h, i)
    return float(below is not None and below < h.end and h.infos[below].sentence and h.infos[below].words >= 8)


_WORD = regexes.compile(r"[^\W\d_]+")
_PUNCTUATION = ",.'’\"“”-:?!()«»„"

FEATURES: dict[str, Callable[[Header, int], float]] = {f.__name__: f for f in (
    nearest, second, log_rank_end, first_cand, top_line, log_gap, gap_le3, gap_gt15, log_lines_between, meta_below,
    meta_above, above_first_meta, overlap, overlap_rel, overlap_best, overlap_zero, overlap_rank, repeats,
    repeats_later, log_words, words_le4, words_ge16, words_rel, sentence, full_stop, question, colon, quote_marks,
    paren, upper, caps_share, starts_lower, digit_share, symbol_share, bar, sep_dash, prev_menu, next_menu, menu_above,
    menu_below, prev_is_cand, next_is_cand, dek_shape, head_shape, next_sentence8)}
