"""Raw file → Extraction. A first, plain normalizer; see the ingest issue for the real one."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Optional, Sequence

from sitegen.model import Block, Extraction, LineFate

_SENTENCE_END = re.compile(r"[.!?…:;”\"’)]$")


def decode(raw: bytes) -> tuple[str, list[str]]:
    warnings = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warnings.append("not valid UTF-8; read as Windows-1252")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def extract(raw: bytes, filename: str, rules=None) -> Extraction:
    text, warnings = decode(raw)
    if "\x00" in text:
        return Extraction(title=None, blocks=(), warnings=("binary file, not an article",))
    if filename.lower().endswith((".md", ".markdown")):
        return _markdown(text, filename, warnings)
    if filename.lower().endswith((".html", ".htm")):
        text = _html_text(text)
    lines = [(n, line.strip()) for n, line in enumerate(text.split("\n"), 1)]
    lines = [(n, line) for n, line in lines if line]
    if not lines:
        return Extraction(title=None, blocks=(), warnings=(*warnings, "no text found"))
    fates = []
    first_n, first = lines[0]
    title_inferred = len(first.split()) > 25 or first.endswith(".")
    if title_inferred:
        body_lines = lines
        title = _infer_title(first)
        warnings.append("no headline found; title derived from the first paragraph")
    else:
        title = first
        fates.append(LineFate(first_n, first, "title", "first line"))
        body_lines = lines[1:]
    blocks = []
    for n, line in body_lines:
        words = len(line.split())
        if words <= 10 and not _SENTENCE_END.search(line) and line[:1].isupper():
            blocks.append(Block("heading", line))
            fates.append(LineFate(n, line, "heading", "short line without final punctuation"))
        else:
            blocks.append(Block("paragraph", line))
            fates.append(LineFate(n, line, "paragraph", "text"))
    return Extraction(title=title, title_inferred=title_inferred, blocks=tuple(blocks),
                      lines=tuple(fates), warnings=tuple(warnings))


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
        title = heading.group(1).strip() if heading else _infer_title(" ".join(body.split()[:40]))
        inferred = heading is None
    extra = tuple((k, v) for k, v in meta.items() if k not in _MD_FIELDS and k not in ("source", "source_sha256", "ingest_sha256"))
    return Extraction(title=title, title_inferred=inferred, blocks=(), date=date, author=strings.get("author"),
                      publisher=strings.get("publisher"), url=strings.get("url"), description=strings.get("description"),
                      language=strings.get("language"), markdown=body.strip("\n") + "\n", extra=extra,
                      warnings=tuple(warnings))


def _infer_title(lead: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


class _TextOfHTML(HTMLParser):
    _SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript"}
    _BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "title", "div", "br", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def _html_text(html: str) -> str:
    parser = _TextOfHTML()
    parser.feed(html)
    return "".join(parser.parts)


_LINE_START = re.compile(r"^(\s*)([#>+\-*=]|\d+[.)])")


def to_markdown(blocks: Sequence[Block]) -> str:
    out = []
    for block in blocks:
        text = " ".join(block.text.split())
        if block.kind == "heading":
            out.append("#" * max(2, min(block.level, 6)) + " " + text)
        elif block.kind == "list_item":
            out.append("- " + _escape_start(text))
        elif block.kind == "quote":
            out.append("> " + _escape_start(text))
        else:
            out.append(_escape_start(text))
    return "\n\n".join(out) + ("\n" if out else "")


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
