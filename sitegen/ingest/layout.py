"""The lines of a page → headline, metadata, story blocks, and a fate with a reason for every line.

A news page has a shape: furniture and the headline at the top, the story in the middle, more
furniture (bylines, share prompts, comments, related stories) at the bottom. The story's
paragraphs are the "strong" lines — long, ending like sentences, in the page's main script.
Everything before the first strong line is the header zone (headline, dek, byline, date),
everything after the last one the footer zone; between them short lines are judged by their
shape and their neighbours (a caption sits next to a photo credit, a subheading before a
paragraph). General boilerplate patterns apply everywhere.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.language import UNSPACED, language, line_language, main_script
from sitegen.ingest.rules import FileRules
from sitegen.ingest.text import Line
from sitegen.model import Block, LineFate

# Sentence ends in the scripts ingest meets (。 Chinese/Japanese, ؟ Arabic, । Devanagari, ۔ Urdu), then any
# closing quotes: ” ’ » and the German/Czech closers “ ‘ too.
_SENTENCE_END = re.compile(r"[.!?…。！？؟।۔]['\"”’»“‘›)\]*]*(?:\s*\[\d+\])?$|[.!?…]\s*[\"”’»“]$|[:：]$")
_FULL_STOP = re.compile(r"[.…。।۔]['\"”’»“‘›)\]]*$|[!?！？؟]['\"”’»“‘›)\]]*$")
_BULLET = re.compile(r"^(?:[•·▪●◦‣∙*■□➤►–-]|\d{1,2}[.)])\s+")
_TIME_ONLY = re.compile(r"^(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?)$",
                        re.IGNORECASE)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")
_COMMENT_AUTHOR = re.compile(r"^[\w .'’@-]{2,40}\s(?:says|wrote|schreibt|a écrit|escribió|escreveu|пишет|пише)\s*:?$",
                             re.IGNORECASE)
_CONTAINER_REASON = {
    "nav": "inside <nav> (site navigation)", "footer": "inside the page footer", "aside": "inside <aside> (sidebar)",
    "form": "inside a form", "figure": "photo caption (<figure>)", "header": "inside the page header",
    "outside": "outside the page's <article>/<main>",
}


@dataclass
class Hints:
    """What an HTML page says about itself in markup (meta tags, JSON-LD, <h1>)."""

    title: Optional[str] = None
    title_from: str = ""
    author: Optional[str] = None
    date: Optional[str] = None
    publisher: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    language: Optional[str] = None


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
    blocks: list[Block] = field(default_factory=list)
    fates: list[LineFate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Info:
    line: Line
    words: int
    script: Optional[str]
    sentence: bool  # ends like a sentence
    pattern: Optional[str]  # a general boilerplate reason
    fate: Optional[str] = None
    reason: str = ""
    kind: Optional[str] = None  # block kind when kept
    level: int = 2


def analyse(lines: list[Line], rules: FileRules, hints: Optional[Hints] = None) -> Result:
    hints = hints or Hints()
    result = Result()
    if not lines:
        return result
    doc_script = main_script(" ".join(l.text for l in lines if len(l.text) > 60) or " ".join(l.text for l in lines))
    infos = [_info(line, doc_script) for line in lines]
    _apply_rules(infos, rules)
    _mark_standfirst(infos, hints, result)
    repeats = _repeats(infos)
    first, last = _story_span(infos, doc_script)
    cut = _comments_cut(infos, first, last)
    if cut is not None:
        for info in infos[cut:]:
            _drop(info, f"after the comments/related section starts (line {infos[cut].line.n})")
        strong_before = [i for i in range(first, cut) if _strong(infos[i], doc_script)] if first is not None else []
        last = strong_before[-1] if strong_before else None
        if last is None:
            first = None
    header_end = first if first is not None else len(infos) if cut is None else cut
    mentions = _publisher_mentions(infos)
    _header(infos, header_end, result, hints, doc_script, mentions)
    if first is not None:
        _middle(infos, first, last, result, doc_script, repeats)
        _footer(infos, last + 1, cut if cut is not None else len(infos), result, doc_script)
    _collect(infos, result, hints, mentions, doc_script)
    return result


# ---- line features ---------------------------------------------------------------------------


def _info(line: Line, doc_script: Optional[str]) -> _Info:
    text = line.text
    script = main_script(text)
    words = len(text.split())
    if script in UNSPACED:
        words = max(words, len(text) // 2)
    sentence = bool(_SENTENCE_END.search(text))
    # Inside a <nav>/<footer>/comment box the markup already says why; no need to match patterns.
    pattern = _CONTAINER_REASON.get(line.container, f"inside a {line.container} box") if line.container else None
    if pattern is None:
        pattern = bp.boilerplate_reason(text, words)
    if pattern is None and "\t" in line.raw and bp.is_table_row(line.raw):
        pattern = "table row (cells separated by tabs)"
    if pattern is None and line.tag not in ("h1",) and line.link_density > 0.6 and words <= 40:
        pattern = "mostly link text (a menu or a teaser)"
    return _Info(line, words, script, sentence, pattern)


def _strong(info: _Info, doc_script: Optional[str]) -> bool:
    """A line that can only be story: long, sentence-shaped, in the page's script, no boilerplate sign."""
    if info.fate == "description":
        return False
    if info.fate == "dropped" or info.pattern or info.script != doc_script:
        return info.fate == "kept"
    if info.fate == "kept":
        return True
    if info.line.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "title"):
        return False
    long_enough = info.words >= (10 if info.script not in UNSPACED else 25)
    if not long_enough or md.byline(info.line.text) or md.date_line(info.line.text):
        return False
    if info.line.text.endswith(("...", "…")) and info.words < 30:
        return False  # cut short ("Prepares Fresh..."): a truncated headline or teaser, not a paragraph
    if _FULL_STOP.search(info.line.text):
        # A question or exclamation is only story when long: short ones are headlines.
        return info.words >= 25 or not info.line.text.rstrip("\"”’»)").endswith(("?", "!"))
    return info.words >= 30 and len(re.findall(r"[.!?]\s", info.line.text)) >= 2


def _mark_standfirst(infos: list[_Info], hints: Hints, result: Result) -> None:
    """In HTML, the meta description repeated right under the <h1> is the page's dek."""
    if not hints.description or not hints.title or hints.description.casefold() == hints.title.casefold():
        return
    h1 = next((i for i, info in enumerate(infos) if info.line.tag == "h1"), None)
    if h1 is None:
        return
    key = hints.description.casefold()
    for info in infos[h1 + 1:h1 + 5]:
        if info.line.text.casefold() == key and info.fate is None:
            info.fate, info.reason = "description", "standfirst (the page's meta description, under the headline)"
            result.description = info.line.text
            return


def _apply_rules(infos: list[_Info], rules: FileRules) -> None:
    for info in infos:
        verdict = rules.verdict(info.line.text)
        if verdict is None:
            continue
        keep, pattern, origin = verdict
        if keep:
            info.fate, info.pattern = "kept", None
            info.reason = f"kept by {origin} keep pattern {pattern!r}"
        else:
            _drop(info, f"dropped by {origin} drop pattern {pattern!r}")


def _drop(info: _Info, reason: str) -> None:
    if info.fate in ("title", "author", "date", "publisher", "description"):
        return
    info.fate, info.reason, info.kind = "dropped", reason, None


def _repeats(infos: list[_Info]) -> dict[int, int]:
    """Index of a line → index of the first line with the same text, for every later copy and, for short lines, the first too."""
    seen: dict[str, int] = {}
    out: dict[int, int] = {}
    for i, info in enumerate(infos):
        key = info.line.text.casefold()
        if len(key) < 3:
            continue
        if key in seen:
            out[i] = seen[key]
            if info.words <= 20 or not info.sentence:
                out.setdefault(seen[key], i)
        else:
            seen[key] = i
    return out


def _story_span(infos: list[_Info], doc_script: Optional[str]) -> tuple[Optional[int], Optional[int]]:
    strong = [i for i, info in enumerate(infos) if _strong(info, doc_script)]
    if not strong:
        return None, None
    # Bylines and dates sit between a long dek and the story, never inside the story:
    # a long line before them is the standfirst, and the story starts after them.
    k = 0
    while k + 1 < len(strong) and k < 2 and strong[k] <= 4 and any(
            _is_metadata_line(infos[j].line.text) and not infos[j].pattern for j in range(strong[k] + 1, strong[k + 1])):
        k += 1
    return strong[k], strong[-1]


def _is_metadata_line(text: str) -> bool:
    return len(text) <= 120 and bool(md.byline(text) or md.date_line(text) or md.is_byline_label(text)
                                     or md.date_label(text))


def _comments_cut(infos: list[_Info], first: Optional[int], last: Optional[int]) -> Optional[int]:
    """Where the comments (or a closing "related" list) begin: nothing after it is story."""
    if first is None:
        return None
    total = sum(i.words for i in infos[first:last + 1]) or 1
    before = 0
    strong_seen = 1
    for i in range(first + 1, len(infos)):
        info = infos[i]
        text = info.line.text
        if info.fate == "kept":
            before += info.words
            continue
        if bp.is_comments_start(text) or (_COMMENT_AUTHOR.match(text) and before > total * 0.3):
            return i
        # Live blogs have "5 min ago" too: only a "Reply" button near it makes it a comment thread.
        if strong_seen >= 2 and _comment_signal(info) and sum(
                1 for other in infos[i + 1:i + 12] if _comment_signal(other)) >= 1 and any(
                _reply_button(other) for other in infos[i:i + 12]):
            # A username line just before the first "5 hours ago" belongs to the comment too.
            prev = infos[i - 1]
            return i - 1 if not prev.sentence and prev.words <= 3 and prev.fate != "kept" else i
        if info.pattern == "comment form" and before > total * 0.3 and "privacy" not in text.lower():
            return i
        before += info.words
        strong_seen += info.words >= 10 and info.sentence
    return None


def _teaser_pairs_end(infos: list[_Info], start: int, last: int) -> int:
    """Under a "More news" label: headline, summary, headline, summary… — where that run ends (start if no run)."""
    j, pairs = start, 0
    while j + 1 <= last and not infos[j].sentence and infos[j].words <= 16 and infos[j + 1].sentence \
            and infos[j + 1].words <= 45:
        pairs += 1
        j += 2
    return j if pairs >= 2 else start


def _reply_button(info: _Info) -> bool:
    return bool(re.fullmatch(r"(?:reply|responder|antworten|répondre|rispondi|ответить|відповісти|odpowiedz)",
                             info.line.text, re.IGNORECASE))


def _comment_signal(info: _Info) -> bool:
    """The furniture of a comment: "5 hours ago", "Reply", a bare like-count."""
    return info.pattern in ("relative timestamp", "comment form") or bool(
        re.fullmatch(r"(?:reply|responder|antworten|répondre|rispondi|ответить|відповісти|\d{1,5})", info.line.text,
                     re.IGNORECASE))


# ---- the three zones -------------------------------------------------------------------------


def _header(infos: list[_Info], end: int, result: Result, hints: Hints, doc_script: Optional[str],
            mentions: list[str]) -> None:
    """Before the story: breadcrumbs, the headline, a dek, byline and date."""
    # In HTML the markup names the headline: the line holding the chosen <h1> (or the meta title) text.
    title_key = hints.title.casefold() if hints.title else None
    h1 = next((i for i in range(end) if title_key and infos[i].line.text.casefold() == title_key
               and infos[i].fate != "dropped"), None)
    if h1 is None:
        h1 = next((i for i in range(end) if infos[i].line.tag == "h1" and infos[i].fate != "dropped"), None)
    candidates = []
    for i in range(end):
        info = infos[i]
        if info.fate in ("dropped", "kept") or _metadata(infos, i, result):
            continue
        if info.pattern:
            _drop(info, info.pattern)
            continue
        if (h1 is None or i == h1) and _headline_like(info, doc_script):
            longer = _completes(infos, i, end)
            if longer is not None:
                _drop(info, f"breadcrumb trail and a cut-short headline (line {infos[longer].line.n} has it whole)")
                continue
            candidates.append(i)
    title_at = _pick_headline(infos, candidates, end, h1)
    if title_at is not None:
        infos[title_at].fate = "title"
        infos[title_at].reason = "headline" + (" (<h1>)" if infos[title_at].line.tag == "h1" else
                                               ": the headline-shaped line that shares most words with the story")
        result.title = infos[title_at].line.text
    started = False  # the story has begun: no dek after this
    for i in range(end):
        info = infos[i]
        text = info.line.text
        if info.fate is not None and info.fate != "kept":
            continue
        if info.fate == "kept":
            info.kind = "heading" if info.line.tag and info.line.tag.startswith("h") else "paragraph"
            continue
        if title_at is None or i < title_at:
            if i == 0 and 2 <= info.words <= 4 and not info.sentence and _outlet_like(text, infos):
                result.site_name_guess = text
                _drop(info, "before the headline (site name?)")
            else:
                _drop(info, "before the headline (navigation, section label)")
            continue
        if text.casefold() == infos[title_at].line.text.casefold():
            _drop(info, "repeats the headline")
            continue
        if info.script != doc_script and info.script is not None:
            _drop(info, f"in {info.script} script; the article is in {doc_script}")
            continue
        if info.words <= 30 and _caption_context(infos, i, header=True):
            _drop(info, "photo caption (next to a photo credit)")
            continue
        if result.author is None and _name_line(infos, i, title_at):
            result.author = md.author_name(text)
            info.fate, info.reason = "author", "a name on its own line beside the headline or date"
            continue
        if _TIME_ONLY.match(text) and i + 1 == end:
            info.fate, info.kind, info.reason = "heading", "heading", "timestamp of a live-blog entry"
            info.level = 3 if info.line.tag in ("h3", "h4", "h5", "h6") else 2
            continue
        if result.description is None and not started and info.words >= 4 and info.line.tag not in ("figcaption", "li") \
                and not _dateline(text) and not _runs_into_short_sentences(infos, i, end):
            result.description = text
            info.fate, info.reason = "description", "standfirst: the line between the headline and the story"
            continue
        if info.sentence and info.words >= 5 or started and info.sentence and info.words >= 2:
            info.fate, info.kind, info.reason = "paragraph", "paragraph", "sentence before the first long paragraph"
            started = True
            continue
        _drop(info, "header line without sentence punctuation (kicker, caption or label)")


_OUTLET_WORDS = re.compile(
    r"\b(?:times|post|news|daily|review|gazette|herald|journal|tribune|report|observer|guardian|chronicle|"
    r"courier|telegraph|express|mail|star|sun|press|monitor|standard|today|weekly|magazine|zeitung|allgemeine|"
    r"rundschau|presse|nachrichten|tageblatt|journal|monde|figaro|libération|diario|noticias|folha|jornal|notícias|"
    r"corriere|gazzetta|repubblica|stampa|gazeta|wiadomości|новости|вести|известия|газета|правда|новини|вісті)\b",
    re.IGNORECASE)


def _outlet_like(name: str, infos: list[_Info]) -> bool:
    """A short first line is the site's name when it reads like one or the page names it again."""
    if not name[:1].isupper() or bp.boilerplate_reason(name, len(name.split())):
        return False
    if _OUTLET_WORDS.search(name) or re.search(r"\.(?:com|net|org|co\.uk|de|fr|ru|ua)\b", name, re.IGNORECASE):
        return True
    key = name.casefold()
    return sum(1 for info in infos[1:] if key in info.line.text.casefold()) >= 1


def _runs_into_short_sentences(infos: list[_Info], i: int, end: int) -> bool:
    """A short sentence followed by more short sentences is the start of the story, not a dek."""
    if not infos[i].sentence:
        return False
    for j in range(i + 1, end):
        nxt = infos[j]
        if nxt.fate is not None or nxt.pattern:
            continue
        return nxt.sentence and not md.date_line(nxt.line.text) and not md.byline(nxt.line.text)
    return False


def _pick_headline(infos: list[_Info], candidates: list[int], end: int, h1: Optional[int]) -> Optional[int]:
    """The headline among the header's candidates: the first that shares words with the story.

    Lists of other stories ("Trending: …") and section names also look like headlines; only the
    real one is about what the story is about.
    """
    if not candidates:
        return None
    if h1 is not None and h1 in candidates:
        return h1
    story = _stems(" ".join(info.line.text for info in infos[end:end + 6] if not info.pattern))
    if not story:
        return candidates[0]
    best, best_score = None, 0
    for i in candidates:
        words = _stems(infos[i].line.text)
        score = len(words & story) / max(1, len(words)) ** 0.5
        if score > best_score * 1.5 or best is None and score > 0:
            best, best_score = i, score
    return best if best is not None else candidates[-1]


_STOP_STEMS = {"about", "after", "again", "their", "there", "these", "which", "while", "would", "could", "should",
               "where", "other", "being", "since", "under", "until", "with", "from", "that", "this", "have", "will",
               "were", "they", "what", "when", "your", "into", "more", "than", "also", "über", "nach", "dans",
               "pour", "sobre", "para", "como", "para", "entre"}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in _STOP_STEMS}


def _name_line(infos: list[_Info], i: int, title_at: int) -> bool:
    """"Jane Doe" alone under the headline, beside a date: a byline without "By"."""
    info = infos[i]
    if not 2 <= info.words <= 4 or info.sentence or not md.author_name(info.line.text):
        return False
    near = [infos[j] for j in (i - 1, i + 1) if 0 <= j < len(infos)]
    return any(n.fate == "date" or md.date_line(n.line.text) for n in near) or i == title_at + 1 and any(
        n.fate == "date" for n in infos[i + 1:i + 3])


def _middle(infos: list[_Info], first: int, last: int, result: Result, doc_script: Optional[str],
            repeats: dict[int, int]) -> None:
    title_key = result.title.casefold() if result.title else None
    related_at: Optional[int] = None
    teaser_run_end = -1
    for i in range(first, last + 1):
        info = infos[i]
        text = info.line.text
        if info.fate in ("dropped", "title", "author", "date", "description"):
            continue
        if info.fate == "kept":
            info.kind = _kept_kind(info)
            info.fate = info.kind
            continue
        if _short_metadata(infos, i, result):
            continue
        reason = _furniture(infos, i, doc_script, repeats, title_key, result.author)
        if reason is None and related_at is not None and info.line.tag not in ("h2", "h3", "h4", "h5", "h6") and (
                not (info.sentence and info.words >= 5) or i < teaser_run_end):
            reason = f"listed under the related-stories label on line {related_at}"
        if reason:
            _drop(info, reason)
            if bp.is_related_heading(text):
                related_at = info.line.n
                teaser_run_end = _teaser_pairs_end(infos, i + 1, last)
            continue
        related_at = None
        info.fate, info.kind, info.reason = _block_kind(infos, i, last, doc_script)
        if info.kind is None:
            info.fate = "dropped"
    _drop_orphan_headings(infos, first, last)


def _drop_orphan_headings(infos: list[_Info], first: int, last: int) -> None:
    """A subheading with no story under it (before another heading or the end) was a label, not a heading."""
    pending: Optional[_Info] = None
    for info in infos[first:last + 1]:
        if info.kind == "heading" and info.line.tag is None:
            if pending is not None:
                _drop(pending, "short line with no paragraph under it (label)")
            pending = info
        elif info.kind is not None:
            pending = None
    if pending is not None:
        _drop(pending, "short line with no paragraph under it (label)")


def _footer(infos: list[_Info], start: int, end: int, result: Result, doc_script: Optional[str]) -> None:
    """After the story: only a closing sentence in the article's own language stays."""
    related_at: Optional[int] = None
    for i in range(start, end):
        info = infos[i]
        text = info.line.text
        if info.fate in ("dropped", "title", "author", "date", "description"):
            continue
        if related_at is not None and info.fate != "kept":
            closing = info.sentence and info.words >= 5 and re.search(r"[.。]['\"”’»)]*$", text) and not info.pattern \
                and info.line.n - related_at <= 6 and _prose(text)
            if not closing:
                _drop(info, f"after the related-stories label on line {related_at}")
                continue
            related_at, start = None, i
        if bp.is_related_heading(text) and info.fate != "kept":
            related_at = info.line.n
            _drop(info, "related-stories label")
            continue
        if info.fate == "kept":
            info.kind = _kept_kind(info)
            info.fate = info.kind
            continue
        if _metadata(infos, i, result):
            continue
        if info.pattern:
            _drop(info, info.pattern)
            continue
        if bp.teaser_reason(info.line.raw or text, info.sentence) or md.publisher_mentions(text):
            _drop(info, "after the story: link or note about the site")
            continue
        if _author_bio(text, result.author):
            _drop(info, "about the author (bio line)")
            continue
        same_language = info.script == doc_script and not _other_language(text, infos) and _prose(text)
        if info.sentence and info.words >= 4 and same_language and _FULL_STOP.search(text) and i - start < 4 \
                and info.line.tag not in ("li", "figcaption"):
            info.fate, info.kind, info.reason = "paragraph", "paragraph", "closing sentence just after the story"
            start = i + 1
            continue
        _drop(info, "after the story ends (footer zone)")


# ---- judging one line ------------------------------------------------------------------------


def _metadata(infos: list[_Info], i: int, result: Result) -> bool:
    """A byline or date line (in the header or footer): record it and give the line its fate."""
    info = infos[i]
    text = info.line.text
    if info.fate == "kept":
        return False
    if md.is_byline_label(text):
        nxt = infos[i + 1] if i + 1 < len(infos) else None
        name = md.author_name(nxt.line.text) if nxt is not None and nxt.words <= 6 else None
        if name:
            if result.author is None:
                result.author = name
            info.fate, info.reason = "dropped", "byline label; the name follows"
            nxt.fate, nxt.reason = "author", "the name after the byline label"
        else:
            _drop(info, "empty byline label")
        return True
    return _short_metadata(infos, i, result)


def _short_metadata(infos: list[_Info], i: int, result: Result) -> bool:
    info = infos[i]
    text = info.line.text
    if info.words > 16:
        return False
    name = md.byline(text)
    if name:
        if result.author is None:
            result.author = name
            info.fate, info.reason = "author", "byline"
        else:
            _drop(info, "byline (author already known)")
        found = md.date_line(text) or _date_in_byline(text)
        if found and result.date is None:
            result.date = found
        return True
    labelled = md.date_label(text)
    if labelled is not None:
        iso, rest = labelled
        name = md.byline_after_date(rest) if rest else None
        if name and result.author is None:
            result.author = name
        if iso:
            if result.date is None:
                result.date = iso
                info.fate, info.reason = "date", "date label"
            else:
                _drop(info, "date line (date already known)")
        else:
            _drop(info, "empty date label" if not rest else "date label without a full date")
        return True
    iso = md.date_line(text)
    if iso and not info.sentence or iso and info.words <= 6:
        name = md.byline_after_date(text) or md.name_beside_date(text)
        if name and result.author is None:
            result.author = name
        if result.date is None:
            result.date = iso
            info.fate, info.reason = "date", "dateline: a line that is mostly a date"
        else:
            _drop(info, "date line (date already known)")
        return True
    return False


def _date_in_byline(text: str) -> Optional[str]:
    from sitegen.ingest.dates import find_date

    found = find_date(text)
    return found[0] if found else None


def _furniture(infos: list[_Info], i: int, doc_script: Optional[str], repeats: dict[int, int],
               title_key: Optional[str], author: Optional[str]) -> Optional[str]:
    """Why a line inside the story span is not story, or None."""
    info = infos[i]
    text = info.line.text
    if info.pattern:
        return info.pattern
    if _NO_LETTERS.match(text) and not _TIME_ONLY.match(text):
        return "no words (stray punctuation or numbers)"
    if title_key and text.casefold() == title_key:
        return "repeats the headline"
    if info.script != doc_script and info.script is not None:
        return f"in {info.script} script; the article is in {doc_script}"
    teaser = bp.teaser_reason(info.line.raw or text, info.sentence)
    if teaser:
        return teaser
    if i in repeats:
        j = repeats[i]
        if j < i:
            return f"repeats line {infos[j].line.n} (caption or alt text shown twice)"
        return f"repeated at line {infos[j].line.n} (caption or alt text shown twice)"
    if info.line.tag == "figcaption":
        return "photo caption"
    if _caption_context(infos, i):
        return "photo caption (next to a photo credit or gallery)"
    if bp.is_related_heading(text) or bp.is_comments_start(text):
        return "section label (related stories or comments)"
    if _author_bio(text, author):
        return "about the author (bio line)"
    return None


def _author_bio(text: str, author: Optional[str]) -> bool:
    if not author:
        return False
    first = author.split(" and ")[0]
    given = first.split()[0]
    verbs = r",? (?:is|was|writes|covers|reports|joined|ist|est|es|é|пишет|працює) "
    return bool(re.match(re.escape(first) + verbs, text) or re.match(re.escape(given) + verbs, text))


def _caption_context(infos: list[_Info], i: int, header: bool = False) -> bool:
    info = infos[i]
    if info.words > 40:
        return False
    if header:
        nxt = infos[i + 1] if i + 1 < len(infos) else None
        after = infos[i + 2] if i + 2 < len(infos) else None
        return nxt is not None and nxt.pattern == "photo credit" and (
            not info.sentence or after is not None and after.sentence and after.words >= 8)
    nxt = infos[i + 1] if i + 1 < len(infos) else None
    # A credit sits either after its caption (then the story goes on after the credit) or before it
    # (then a caption-like line follows the credit): only in the first case is the line before a caption.
    if nxt is not None and nxt.pattern == "photo credit" and (info.words <= 25 or not info.sentence):
        after = infos[i + 2] if i + 2 < len(infos) else None
        if not info.sentence or after is not None and after.sentence and after.words >= 8:
            return True
    # After a gallery counter or a caption in another script, the next unpunctuated lines are the caption.
    j = i - 1
    while j >= 0 and infos[j].fate == "dropped" and infos[j].reason.startswith(("repeat", "in ")):
        j -= 1
    if j >= 0 and j < i - 1 or j >= 0 and infos[j].pattern == "gallery/comment counter":
        return not info.sentence
    return False


def _block_kind(infos: list[_Info], i: int, last: int, doc_script: Optional[str]) -> tuple[str, Optional[str], str]:
    info = infos[i]
    text = info.line.text
    tag = info.line.tag
    if tag in ("h2", "h3", "h4", "h5", "h6") or tag == "h1":
        info.level = 2 if tag in ("h1", "h2") else 3
        return "heading", "heading", f"subheading (<{tag}>)"
    if _BULLET.match(text) or tag == "li":
        return "list_item", "list_item", "list item"
    if tag == "blockquote":
        return "quote", "quote", "quotation (<blockquote>)"
    if _question_heading(infos, i, last):
        return "heading", "heading", "subheading: a short question before a paragraph"
    if text.endswith(":") and _box_follows(infos, i):
        return "dropped", None, "label of a box that was dropped"
    if info.sentence and (info.words >= 3 or text.endswith(":")):
        return "paragraph", "paragraph", "sentence in the story"
    if _list_context(infos, i):
        return "list_item", "list_item", "list item after a line ending in ':'"
    if info.words >= 16 and info.line.tag != "td":
        return "paragraph", "paragraph", "long line inside the story"
    if _heading_shaped(info) and _followed_by_paragraph(infos, i, last, doc_script):
        return "heading", "heading", "subheading: short line before a paragraph"
    if _TIME_ONLY.match(text):
        return "heading", "heading", "timestamp of a live-blog entry"
    return "dropped", None, "short line without sentence punctuation (caption, label or link)"


def _question_heading(infos: list[_Info], i: int, last: int) -> bool:
    info = infos[i]
    text = info.line.text
    if not text.endswith("?") or info.words > 9 or text[:1] in "\"“„«'‘" or not text[:1].isupper():
        return False
    prev = infos[i - 1] if i else None
    if prev is not None and prev.kind == "heading":
        return False
    for j in range(i + 1, min(last + 1, i + 3)):
        nxt = infos[j]
        if nxt.fate == "dropped" or nxt.pattern:
            continue
        return nxt.words >= 15 and nxt.sentence
    return False


def _box_follows(infos: list[_Info], i: int) -> bool:
    """"Note from the author:" whose content is all furniture."""
    nxt = infos[i + 1] if i + 1 < len(infos) else None
    return nxt is not None and nxt.pattern is not None and infos[i].words <= 8


def _kept_kind(info: _Info) -> str:
    tag = info.line.tag or ""
    if tag.startswith("h") and tag[1:].isdigit():
        return "heading"
    if _BULLET.match(info.line.text) or tag == "li":
        return "list_item"
    if not info.sentence and _heading_shaped(info):
        return "heading"
    return "paragraph"


def _heading_shaped(info: _Info) -> bool:
    text = info.line.text
    if info.words > 14 or text.endswith((",", ";", "-", "–")) or _NO_LETTERS.match(text):
        return False
    if info.script in UNSPACED or info.script in ("hebrew", "arabic"):
        return info.words <= 10
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“„«'‘"):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    capitalised = sum(1 for w in words if w[0].isupper())
    small = sum(1 for w in words if len(w) <= 3 and w.islower())
    return info.words <= 7 or capitalised >= (len(words) - small) * 0.7


def _followed_by_paragraph(infos: list[_Info], i: int, last: int, doc_script: Optional[str]) -> bool:
    for j in range(i + 1, min(last + 1, i + 4)):
        nxt = infos[j]
        if nxt.fate == "dropped" or nxt.pattern:
            continue
        return nxt.sentence and nxt.words >= 6 or _BULLET.match(nxt.line.text) is not None
    return False


def _list_context(infos: list[_Info], i: int) -> bool:
    """Short items under a line that ends in ':' ("The package includes:")."""
    j = i - 1
    while j >= 0 and (infos[j].kind == "list_item" or infos[j].fate == "dropped" and infos[j].pattern is None and False):
        j -= 1
    if j < 0 or j == i - 1 and not infos[j].line.text.endswith(":"):
        return False
    if not infos[j].line.text.endswith(":"):
        return False
    return infos[i].words <= 25


def _dateline(text: str) -> bool:
    # "KYIV, Ukraine (AP) — " or "WASHINGTON —": the wire lead, never a dek.
    return bool(re.match(r"^[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'-]{2,}(?:,\s*[\w .]+)?(?:\s*\([\w .]+\))?\s*[—–-]", text))


def _headline_like(info: _Info, doc_script: Optional[str]) -> bool:
    text = info.line.text
    if info.line.tag == "h1" or info.line.container is None and info.line.tag in ("h2", "h3") and info.words >= 3:
        return True
    if info.script != doc_script and doc_script is not None:
        return False
    words = info.words
    if info.script in UNSPACED:
        return 4 <= len(text) <= 80
    if words < 3 or words > 35 or _NO_LETTERS.match(text):
        return False
    return not (text.endswith(".") and words > 20) and not _BULLET.match(text)


def _completes(infos: list[_Info], i: int, end: int) -> Optional[int]:
    """A later header line that holds this line's headline whole (this one being breadcrumbs + a cut-off title)."""
    text = infos[i].line.text.rstrip(".… ")
    words = text.split()
    for j in range(i + 1, min(end, i + 6)):
        other = infos[j].line.text
        if other == infos[i].line.text or len(other.split()) < 3:
            continue
        # The other line's opening words appear inside this one, after some leading words.
        head = " ".join(other.split()[:4])
        at = text.find(head)
        if at > 0 and other.startswith(text[at:].rstrip(".… ")[: max(len(head), 1)]):
            return j
        if infos[i].line.text.endswith(("...", "…")) and other.startswith(text[-30:].split(" ", 1)[-1]) and words:
            return j
    return None


def _prose(text: str) -> bool:
    """Running text has lower-case words; a site's tagline or a list of names does not."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words or not any(w[0].isupper() for w in words):
        return True
    return sum(1 for w in words if w[0].islower()) >= len(words) * 0.3


def _other_language(text: str, infos: list[_Info]) -> bool:
    if main_script(text) != "latin":
        return False  # common-word lists only tell Latin-script languages apart reliably
    lang = line_language(text)
    return lang is not None and lang != _doc_language(infos)


_DOC_LANGUAGE_CACHE: dict[int, Optional[str]] = {}


def _doc_language(infos: list[_Info]) -> Optional[str]:
    key = id(infos)
    if key not in _DOC_LANGUAGE_CACHE:
        body = " ".join(i.line.text for i in infos if i.kind == "paragraph")
        _DOC_LANGUAGE_CACHE.clear()
        _DOC_LANGUAGE_CACHE[key] = line_language(body) if body else None
    return _DOC_LANGUAGE_CACHE[key]


# ---- putting it together ---------------------------------------------------------------------


def _publisher_mentions(infos: list[_Info]) -> list[str]:
    out = []
    for info in infos:
        if info.words <= 60 and (info.pattern or info.words <= 30):
            out.extend(md.publisher_mentions(info.line.text))
    return out


def _collect(infos: list[_Info], result: Result, hints: Hints, mentions: list[str], doc_script: Optional[str]) -> None:
    for info in infos:
        if info.kind:
            text = _BULLET.sub("", info.line.text) if info.kind == "list_item" else info.line.text
            result.blocks.append(Block(info.kind, text, info.level))
        fate = info.fate or "dropped"
        reason = info.reason or (info.pattern or "not part of the story")
        for n in info.line.joined or (info.line.n,):
            result.fates.append(LineFate(n, info.line.text if n == info.line.n else "(joined to line above)",
                                         fate, reason))
    # Markup (HTML) is more reliable than page text for the headline; page text more than a title tag.
    site_name = None
    if hints.title and hints.title_from in ("h1",):
        result.title = hints.title
    known = set(mentions) | ({hints.publisher} if hints.publisher else set())
    if result.title is None and hints.title:
        result.title = hints.title
    if result.title:
        result.title, site_name = md.split_site_name(result.title, known)
    result.author = result.author or hints.author
    result.date = hints.date or result.date
    result.url = hints.url
    result.publisher = hints.publisher or site_name or _most_common(mentions) or result.site_name_guess
    if result.description is None and hints.description and not _is_lead(hints.description, result.blocks) \
            and hints.description.casefold() != (result.title or "").casefold():
        result.description = hints.description
    body = " ".join(b.text for b in result.blocks if b.kind != "heading")
    result.language = hints.language or language(body, doc_script)
    if not result.title:
        lead = next((b.text for b in result.blocks if b.kind == "paragraph"), "")
        if lead:
            result.title = infer_title(lead)
            result.title_inferred = True
            result.warnings.append("no headline found; the title was made from the first sentence — "
                                   "set `title:` for this file in seeds/sources.yaml")


def _is_lead(description: str, blocks: list[Block]) -> bool:
    first = next((b.text for b in blocks if b.kind == "paragraph"), "")
    probe = description.rstrip(".… ")[:60]
    return bool(probe) and probe in first


def _most_common(names: list[str]) -> Optional[str]:
    if not names:
        return None
    counts = Counter(n for n in names)
    return counts.most_common(1)[0][0]


_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Jr|Sr|No|vs|etc|Inc|Co|"
                           r"Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|z|bzw|ca|Nr|Hr|Fr|г|ст|т|им)\.)$")


def first_sentence(text: str) -> str:
    for match in re.finditer(r"[.!?。！？](?=[\"”’»)]*\s+[\"“„«(]?[A-ZÀ-ÞА-ЯЁІЇЄ0-9\u0590-\u06FF])", text):
        before = text[: match.end()]
        if _ABBREVIATION.search(before):
            continue
        return before.strip()
    return text.strip()


def infer_title(lead: str, max_words: int = 14) -> str:
    """A headline made from the lead: its first sentence, cut at a clause boundary when long."""
    sentence = first_sentence(lead).rstrip(".。")
    words = sentence.split()
    if len(words) <= max_words:
        return sentence
    # Cut before a subordinate clause ("… sanctions if there is no progress") when it leaves enough words.
    clause = re.compile(r"^(?:if|as|after|while|when|because|since|amid|but|which|who|despite|unless|,|;|—|–)$")
    for k in range(max_words, 5, -1):
        if clause.match(words[k].lower()) or words[k - 1].endswith((",", ";")):
            return " ".join(words[:k]).rstrip(",;")
    return " ".join(words[:max_words]).rstrip(",;") + "…"
