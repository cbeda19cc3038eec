"""A text dump → the lines ingest judges, each with its raw line number.

Dumps come in two layouts: one block per line with blank lines between blocks, or one
block per line with no blank lines at all. Some tools also hard-wrap paragraphs at a fixed
width; those wrapped lines are joined back into one block (the first raw line numbers it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from sitegen import regexes
from sitegen.ingest.literals import any_of
from sitegen.model import LineFate

# Runs of spaces become one space; a lone ideographic space (U+3000) is kept: CJK headlines use it as a separator.
# A saved page's source breaks lines inside an element ("<span>Von Anna Berger</span>\n  <span>Korrespondentin…"):
# the browser shows a space there, so a newline is a space too (a text dump's lines never hold one).
_SPACES = regexes.compile(r"[ \t\n\r\u00a0\u2000-\u200b\u202f\u205f]+[ \t\n\r\u00a0\u2000-\u200b\u202f\u205f\u3000]*|"
                          r"\u3000[ \t\n\r\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Every space _SPACES matches except the plain " ": a line with none of these and no "  " has nothing to change
# (keep the two in step, and the ASCII ones in clean()). Most lines are like that, and a search is much cheaper than a
# substitution of each space.
_ODD_SPACE = regexes.compile(r"[\t\n\r\u00a0\u2000-\u200b\u202f\u205f\u3000]")


@dataclass(slots=True)  # thousands per saved page: slots make them quicker to build and to read
class Line:
    """One candidate block of the page, before ingest decides what it is."""

    n: int  # 1-based raw line number (the first one, for joined lines)
    text: str  # whitespace-collapsed, a glued byline and date split (see unglue), verbatim otherwise
    raw: str = ""  # the raw line(s) as they were, for --explain
    blank_before: bool = False
    tag: Optional[str] = None  # for HTML: h1..h6, p, li, blockquote, figcaption, td…
    link_density: float = 0.0  # share of the text inside links (HTML)
    container: Optional[str] = None  # for HTML: the boilerplate container it sits in (nav, footer…)
    joined: tuple[int, ...] = field(default_factory=tuple)  # raw line numbers joined into this one
    in_article: bool = False  # for HTML: inside the page's main <article>/<main>
    group: int = 0  # for HTML: the innermost box (<div>, <section>…) it sits in
    byline: bool = False  # for HTML: inside an element whose class or id says author/byline
    ordered: bool = False  # for HTML: an <li> of an <ol>


def clean(text: str) -> str:
    # (In ASCII text the tab and the line breaks are the only odd spaces: substring tests instead of a pattern's scan.)
    if "  " not in text and ("\t" not in text and "\n" not in text and "\r" not in text if text.isascii()
                             else not _ODD_SPACE.search(text)):
        return text.strip()
    return _SPACES.sub(" ", text).strip()


# Text copied from a page glues inline elements that had no space between them: "By Owen HartleyJuly 22, 2025",
# "1:05 PM UTCUpdated 2 hours ago", "November 13, 2025By Margaret Hale", "October 9, 202510:14 AM UTC". On a short line a month name (with a day
# after it), an "Updated" label or a "By" after a number starts a new word, so a byline and its date can be told apart.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_UPDATE_LABELS = ("Updated", "Published", "Posted", "Aktualisiert", "Actualizado", "Atualizado", "Aggiornato")
_GLUED = regexes.compile(r"(?<=[a-z])(?=(?:%s)\.? \d)|" % "|".join(_MONTHS) +
                         r"(?<=[A-Za-z\d])(?=(?:%s)\b)|" % "|".join(_UPDATE_LABELS) +
                         r"(?<=\d)(?=By [A-Z])|"
                         # "October 9, 202510:14 AM UTC": the year glued to the time.
                         r"(?<=[\s,.](?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d)")
# Each place _GLUED splits sits at one of these (a month's first three letters, a label, "By ", a time's colon): a
# line holding none (nine in ten) is passed over in one scan, instead of the pattern's try at every character.
_GLUE_KEY = any_of({month[:3] for month in _MONTHS} | set(_UPDATE_LABELS) | {"By ", ":"})


def unglue(text: str) -> str:
    # (The key's scan first: it passes more lines over, and costs less than splitting a paragraph into words.)
    return _GLUED.sub(" ", text) if _GLUE_KEY.search(text) and len(text.split()) <= 12 else text


def segment(text: str) -> list[Line]:
    raw_lines = text.split("\n")
    lines: list[Line] = []
    blank = False
    for n, raw in enumerate(raw_lines, 1):
        cleaned = unglue(clean(raw))
        if not cleaned:
            blank = True
            continue
        cells = _cells(raw) if "\t" in raw else None  # (a row's cells are set apart by tabs: most lines hold none)
        if cells and any(_SENTENCE_CELL.search(cell) for cell in cells):
            # Not a table: a paragraph with a box beside it ("…in the autumn of 2026.<tab>Trending"), one line each.
            for cell in cells:
                lines.append(Line(n, unglue(cell), raw.rstrip(), blank or not lines))
                blank = False
            continue
        # (Positional: a keyword call of a dataclass costs twice as much, and a dump makes a Line of every line.)
        # n, text, raw, blank_before, tag
        lines.append(Line(n, " | ".join(cells) if cells else cleaned, raw.rstrip(), blank or not lines,
                          "tr" if cells else None))
        blank = False
    if " | " in text:
        _pipe_tables(lines)
    width = _wrap_width(lines)
    return _join_wrapped(lines, width) if width else lines


def _pipe_tables(lines: list[Line]) -> None:
    """Mark as a table's rows the runs of three lines or more whose cells " | " sets apart, as many in each
    ("Measure | Target | Status" over "Vessel listings | About 150 tankers | Agreed"): a table a writer typed so, or a
    tool copied so. A menu or a breadcrumb ("Home | World | Europe") is one line, or a run of unlike ones."""
    run: list[tuple[Line, list[str]]] = []  # (line, its cells)
    for line in lines + [Line(0, "")]:
        cells = _pipe_cells(line.text) if line.tag is None else None
        if run and (cells is None or len(cells) != len(run[0][1])):
            if len(run) >= 3 and not any(_SENTENCE_CELL.search(cell) for _, row in run for cell in row):
                for row, row_cells in run:
                    row.text, row.tag = " | ".join(row_cells), "tr"
            run = []
        if cells is not None:
            run.append((line, cells))


def _pipe_cells(text: str) -> Optional[list[str]]:
    """The cells of a line written "a | b | c" (or "| a | b |"), two or more, none empty; else None."""
    if " | " not in text:
        return None
    cells = [cell.strip() for cell in text.strip().strip("|").split(" | ")]
    return cells if len(cells) >= 2 and all(cells) else None


def headline_h1(lines) -> Optional[int]:
    """The index of the headline's <h1>: the first outside a box of furniture (a cookie dialog's "Bienvenue sur …" may be
    set in one above it), else the first; None when no line is one."""
    first = None
    for i, line in enumerate(lines):
        if line.tag == "h1":
            if line.container is None:
                return i
            first = i if first is None else first
    return first


def headline_line(lines, title: Optional[str]) -> Optional[int]:
    """The headline's <h1> (see headline_h1), else, where no <h1> holds it ("<div class="titular">"), the first line of
    four words or more that the title opens on (the title as the <title> gives it may still carry the site's name)."""
    h1 = headline_h1(lines)
    if title and (h1 is None or not title.startswith(lines[h1].text.strip())):
        # (An <h1> the title does not open on is the logo's, "<h1>Puls Wschodu</h1>", over the headline's <h2>.)
        # (Or a kicker glued before the headline in one heading, "<h2><span>Diplomat über Friedensgespräche</span>
        # <span>„Ein Waffenstillstand …“</span></h2>": the line ends on the title.)
        h1 = next((i for i, line in enumerate(lines) if len(line.text.split()) >= 4 and (
            title.startswith(line.text.strip()) or line.tag in ("h1", "h2", "h3") and line.text.rstrip().endswith(title.strip()))),
                  h1)
    return h1


def fates(line: Line, fate: str, reason: str) -> list[LineFate]:
    """What --explain says of each raw line a Line was made of (the later ones of a joined line point up)."""
    if not line.joined:  # (nearly every line: one raw line, one fate)
        return [LineFate(line.n, line.text, fate, reason)]
    return [LineFate(n, line.text if n == line.n else "(joined to line above)", fate, reason) for n in line.joined]


def second_copy(lines: list[Line]) -> tuple[list[Line], list[Line], str]:
    """A page pasted twice into one file, or a live page's pinned post shown again at its foot: the lines without the
    second copy, the second copy, and why it went.

    The copy is the first run of lines that repeats, line for line, a run before it and holds three or more lines of
    running text (a menu or a footer repeated at the page's foot holds none). Read once, the story is told once."""
    first_at: dict[str, int] = {}
    for j, line in enumerate(lines):
        if line.text.count(" ") < _PROSE_SPACES:
            continue
        i = first_at.setdefault(line.text, j)
        if i == j:
            continue
        back = 0
        while i - back > 0 and j - back - 1 > i and lines[i - back - 1].text == lines[j - back - 1].text:
            back += 1
        ahead = 0
        while j + ahead < len(lines) and i + ahead < j - back and lines[i + ahead].text == lines[j + ahead].text:
            ahead += 1
        start, end = j - back, j + ahead
        if end - start >= 6 and sum(1 for l in lines[start:end] if l.text.count(" ") >= _PROSE_SPACES) >= 3:
            first = lines[i - back]
            return (lines[:start] + lines[end:], lines[start:end],
                    f"a second copy, word for word, of lines {first.n}–{lines[i + ahead - 1].n}")
    return lines, [], ""


_PROSE_SPACES = 14  # fifteen words or more: a line of running text


_CELL_GAP = regexes.compile(r"\S\t+\S")
_SENTENCE_CELL = regexes.compile(r"^(?:\S+\s+){9,}\S*[.!?]['\"”’»)]*$")  # ten words or more, ending like a sentence


def _cells(raw: str) -> Optional[list[str]]:
    """A row of a table saved as text (cells separated by tabs): its cells, else None."""
    if "\t" not in raw or not _CELL_GAP.search(raw):
        return None
    cells = [c for c in (clean(part) for part in raw.split("\t")) if c]
    return cells if len(cells) >= 2 else None


def _wrap_width(lines: list[Line]) -> Optional[int]:
    """The width a dump was hard-wrapped at, or None when lines are whole blocks."""
    lengths = [len(line.text) for line in lines]
    if len(lengths) < 8:
        return None
    longest = max(lengths)
    if longest > 110 or longest < 40:
        return None
    near = sum(1 for n in lengths if n >= longest - 15)
    # Hard-wrapped text: many lines stop just short of one width, none goes beyond it.
    return longest if near >= len(lengths) * 0.4 else None


def _join_wrapped(lines: list[Line], width: int) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and not line.blank_before and len(prev.text) >= width - 25 and not (line.tag or prev.tag)
                and not re.match(r"^([-*•·–]|\d+[.)])\s", line.text)):
            prev.joined = (*(prev.joined or (prev.n,)), line.n)
            prev.text = prev.text + " " + line.text
            prev.raw = prev.raw + "\n" + line.raw
            continue
        out.append(line)
    return out
