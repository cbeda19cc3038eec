"""Raw file → Extraction: the one entry point of ingest's normalizer.

    bytes --decode--> text --segment / parse_html--> lines --layout.analyse--> blocks + metadata

Text dumps and saved HTML pages go through the same judgement (sitegen.ingest.layout); HTML adds
what its markup says. Markdown seeds are metadata plus a body passed through as written.
sources.yaml corrections (sitegen.ingest.rules) apply last and win over detection.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from sitegen import regexes
from sitegen.ingest.decode import decode
from sitegen.ingest.html import parse_html
from sitegen.ingest.layout import analyse, infer_title
from sitegen.ingest.rules import NO_RULES, FileRules, Rules
from sitegen.ingest.text import fates, second_copy, segment
from sitegen.model import Block, Extraction, Paragraph

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
_LOOKS_HTML = regexes.compile(r"^\s*(?:<!doctype html|<html|<head|<meta|<body|<article)", re.IGNORECASE)


def extract(raw: bytes, filename: str, rules: Optional[Rules] = None) -> Extraction:
    """Everything ingest can tell about one raw file. `filename` is its path inside seeds/ (rules are keyed by it)."""
    rules = rules or NO_RULES
    decoded = decode(raw)
    warnings = list(decoded.warnings)
    if decoded.text is None:
        return Extraction(title=None, blocks=(), warnings=tuple(warnings))
    text = decoded.text
    lower = filename.lower()
    if lower.endswith(MARKDOWN_SUFFIXES):
        return _apply_metadata(_markdown(text, filename, warnings), rules.for_file(filename))
    file_rules = rules.for_file(filename)
    copy: list = []
    if lower.endswith(HTML_SUFFIXES) or _LOOKS_HTML.match(text[:500]):
        lines, hints = parse_html(text)
    else:
        lines, hints = segment(text), None
        lines, copy, why = second_copy(lines)
    if not rules.publishers:
        result = analyse(lines, file_rules, hints)
    else:
        # Per-publisher patterns need the publisher: detect it first, then judge the lines again with them.
        result = analyse(lines, file_rules, hints)
        publisher = dict(file_rules.metadata).get("publisher") or result.publisher
        with_publisher = file_rules.with_publisher(rules, publisher)
        if with_publisher is not file_rules:
            result = analyse(lines, with_publisher, hints)
    if hints is not None and _markup_misled(lines, result, hints.rooted):
        # The markup pointed at the wrong box (a teaser grid, a mislabelled wrapper): judge the page's text alone,
        # keeping only what semantic tags (<nav>, <footer>, <aside>, <form>, <figure>) say.
        plain = [replace(line, container=line.container if line.container in _SEMANTIC else None) for line in lines]
        retry = analyse(plain, file_rules, hints)
        if _kept_words(retry) > _kept_words(result):
            result = retry
            warnings.append("the page's markup led to little story text; judged its text instead — "
                            "check with 'sitegen ingest --explain'")
    if not result.blocks:
        warnings.append("no story text found")
    extraction = Extraction(
        title=result.title, title_inferred=result.title_inferred, blocks=tuple(result.blocks),
        author=result.author, date=result.date, publisher=_name_case(result.publisher), url=result.url,
        description=result.description, language=result.language,
        lines=tuple(result.fates) if not copy else tuple(sorted(
            result.fates + [f for line in copy for f in fates(line, "dropped", why)], key=lambda f: f.line)),
        warnings=tuple(warnings + result.warnings))
    return _apply_metadata(extraction, file_rules)


_SEMANTIC = {"nav", "footer", "aside", "form", "figure"}


def _kept_words(result) -> int:
    return sum(len(block.text.split()) for block in result.blocks)


def _markup_misled(lines, result, rooted: bool = False) -> bool:
    """The story found is a small part of the page's running text: the markup probably misled the judgement.

    With a clear content root, text in comment or teaser boxes outside it is not the story: only the root counts.
    """
    if rooted:
        running = sum(len(line.text.split()) for line in lines if len(line.text) > 60 and line.link_density < 0.5
                      and line.container is None)
        return running >= 50 and _kept_words(result) < running * 0.3
    running = sum(len(line.text.split()) for line in lines if len(line.text) > 60 and line.link_density < 0.5
                  and line.container in (None, "outside") or line.container and "(class/id)" in line.container
                  and len(line.text) > 60)
    return running >= 50 and _kept_words(result) < running * 0.3


def _apply_metadata(extraction: Extraction, file_rules: FileRules) -> Extraction:
    """An editor's values from sources.yaml win over what was detected."""
    if not file_rules.metadata:
        return extraction
    values = dict(file_rules.metadata)
    changes: dict = dict(values)
    warnings = extraction.warnings
    if "title" in values:
        changes["title_inferred"] = False
        warnings = tuple(w for w in warnings if not w.startswith("no headline found"))
    return replace(extraction, warnings=warnings, **changes)


_MD_FIELDS = ("title", "title_inferred", "date", "author", "publisher", "url", "description", "language")


def _markdown(text: str, filename: str, warnings: list[str]) -> Extraction:
    """A Markdown seed: its front matter is metadata, its body passes through as written."""
    from sitegen import frontmatter
    from sitegen.errors import SitegenError

    try:
        meta, body, _ = frontmatter.parse(text, filename)
    except SitegenError as exc:
        warnings.extend(p.message for p in exc.problems)
        meta, body = {}, text
    try:
        date = frontmatter.iso_date(meta.get("date"))
    except ValueError as exc:
        warnings.append(str(exc))
        date = None
    strings = {k: str(meta[k]).strip() for k in ("title", "author", "publisher", "url", "description", "language")
               if isinstance(meta.get(k), (str, int, float)) and str(meta[k]).strip()}
    title = strings.get("title")
    inferred = False
    if not title:
        heading = re.search(r"^#\s+(.+)$", body, re.MULTILINE)
        title = heading.group(1).strip() if heading else infer_title(" ".join(body.split()[:40]))
        inferred = heading is None
    extra = tuple((k, v) for k, v in meta.items() if k not in _MD_FIELDS and k not in ("source", "source_sha256", "ingest_sha256"))
    return Extraction(title=title, title_inferred=inferred, blocks=(), date=date, author=strings.get("author"),
                      publisher=strings.get("publisher"), url=strings.get("url"), description=strings.get("description"),
                      language=strings.get("language"), markdown=body.strip("\n") + "\n", extra=extra,
                      warnings=tuple(warnings))


_LINE_START = regexes.compile(r"^(\s*)([#>+\-*=]|\d+[.)])")


def to_markdown(blocks: Sequence[Block]) -> str:
    out = []
    number = 0  # numbered list items are numbered again from 1 in each run, as Markdown lists
    previous = None
    for block in blocks:
        if block.kind == "table_row":
            cells = [" ".join(c.split()).replace("|", "\\|") for c in block.text.split(" | ")]
            row = "| " + " | ".join(cells) + " |"
            if previous is not None and previous.kind == "table_row":
                out[-1] += "\n" + row  # rows of one table stay together
            else:
                out.append(row + "\n|" + " --- |" * len(cells))  # the first row heads the table
            previous = block
            continue
        previous = block
        text = " ".join(block.text.split())
        number = number + 1 if block.kind == "list_item" and block.ordered else 0
        if block.kind == "heading":
            out.append("#" * max(2, min(block.level, 6)) + " " + text)
        elif block.kind == "list_item":
            out.append((f"{number}. " if number else "- ") + _escape_start(text))
        elif block.kind == "quote":
            out.append("> " + _escape_start(text))
        else:
            out.append(_escape_start(text))
    return "\n\n".join(out) + ("\n" if out else "")


# What makes Markdown of a block's text, besides its opening (_LINE_START): escapes, entities, emphasis,
# strikethrough, links, autolinks, code spans, a table's cells; and NUL, which markdown-it replaces.
_MARKUP = regexes.compile(r"[\\&*_~\[\]<`|\x00]")


def plain_paragraphs(blocks: Sequence[Block]) -> Optional[tuple[Paragraph, ...]]:
    """markdown.paragraphs(to_markdown(blocks)), without parsing the Markdown, when every block is plain text: then
    markdown-it reads each block as one paragraph (or heading) holding exactly the block's text, one line between
    blank lines. None when a block holds markup, opens as to_markdown escapes, is empty or is a table's row (its own
    reading is markdown-it's; tests/test_ingest_speed_equivalence.py holds the two equal on every labelled page).
    (Ingest needs an article's paragraphs only for its topics: parsing its Markdown was a tenth of its time.)"""
    out: list[Paragraph] = []
    section: Optional[str] = None
    for block in blocks:
        text = " ".join(block.text.split())
        if not text or block.kind == "table_row" or _MARKUP.search(text) or _LINE_START.match(text):
            return None
        if block.kind == "heading":
            if "#" in text:
                return None  # (an ATX heading's closing "#"s are no part of its text)
            section = text
            continue
        out.append(Paragraph(index=len(out) + 1, text=text, section=section, quoted=block.kind == "quote"))
    return tuple(out)


def _escape_start(text: str) -> str:
    # A paragraph that starts like Markdown syntax ("1.", "#", "-") must stay a paragraph.
    match = _LINE_START.match(text)
    if not match:
        return text
    start = match.end(1)
    token = match.group(2)
    if token[0].isdigit():
        return text[: start + len(token) - 1] + "\\" + text[start + len(token) - 1 :]
    return text[:start] + "\\" + text[start:]


def _name_case(publisher):
    """"the Capital Ledger", as a sentence's middle writes the name ("Support the Capital Ledger"): a name opens on
    its capital, as its masthead writes it."""
    if publisher and publisher.startswith("the ") and publisher[4:5].isupper():
        return "The " + publisher[4:]
    return publisher
