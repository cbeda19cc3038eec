"""A fast HTML tokenizer with html.parser's tolerance: start tags, end tags and text.

html.parser spends most of a large page's time in its own bookkeeping (several method calls and a position
update per token, a regex per attribute even when a tag has none). This scanner keeps html.parser's rules for what
a tag, an attribute and a raw-text element are (the patterns below are its own, so a page tokenizes the same way)
with less work per token. Comments, doctypes and processing instructions are skipped; a '<' that starts no tag is
text, as in html.parser.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Optional, Protocol

_OPEN = re.compile(r"<[a-zA-Z/!?]")
# html.parser's locatestarttagend_tolerant, with the tag name and the attributes as groups.
_START = re.compile(r"""
  <(?P<tag>[a-zA-Z][^\t\n\r\f />\x00]*)
  (?P<attrs>(?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|/(?!>))*
     )*
   )?)
  \s*""", re.VERBOSE)
_BARE_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)>")
_END = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_LOOSE_END = re.compile(r"</([a-zA-Z][^\t\n\r\f />\x00]*)")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_ATTR = re.compile(r"""((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*""")
_SEPARATORS = re.compile(r"(?:\s|/(?!>))*")
_RAW_TEXT = {"script": re.compile(r"</\s*script\s*>", re.IGNORECASE),
             "style": re.compile(r"</\s*style\s*>", re.IGNORECASE)}  # content is text up to the end tag


class Handler(Protocol):
    line: int

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None: ...
    def handle_endtag(self, tag: str) -> None: ...
    def handle_data(self, data: str) -> None: ...


def _attrs(html: str, k: int, end: int) -> tuple[list[tuple[str, Optional[str]]], int]:
    """The attributes from offset k up to the tag's end, and where they stop (html.parser's loop)."""
    out: list[tuple[str, Optional[str]]] = []
    while k < end:
        m = _ATTR.match(html, k)
        if not m:
            break
        name, rest, value = m.group(1, 2, 3)
        if not rest:
            value = None
        elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
            value = value[1:-1]
        if value and "&" in value:
            value = unescape(value)
        out.append((name.lower(), value))
        k = m.end()
    return out, k


def tokenize(html: str, handler: Handler) -> None:
    """Call the handler for each start tag, end tag and run of text; handler.line is the token's line (1-based)."""
    pos = 0
    line = 1
    counted = 0  # `line` is the line number at this offset
    n = len(html)
    search = _OPEN.search
    count = html.count
    on_data = handler.handle_data
    on_end = handler.handle_endtag
    match_end = _END.match
    comments_close = True  # False once a comment was found unclosed: no later one closes either
    while pos < n:
        m = search(html, pos)
        start = m.start() if m else n
        if start > pos:
            line += count("\n", counted, pos)
            counted = pos
            handler.line = line
            text = html[pos:start]
            on_data(unescape(text) if "&" in text else text)
        if m is None:
            return
        line += count("\n", counted, start)
        counted = start
        handler.line = line
        kind = html[start + 1]
        if kind == "/":
            end = match_end(html, start)
            if end:  # the common case, "</p>", without the checks for broken end tags
                on_end(end.group(1).lower())
                pos = end.end()
            else:
                pos = _end_tag(html, start, handler)
        elif kind.isascii() and kind.isalpha():
            pos = _start_tag(html, start, handler)
        elif html.startswith("<!--", start):
            close = _COMMENT_CLOSE.search(html, start + 4) if comments_close else None
            comments_close = close is not None
            pos = close.end() if close else _as_text(html, start, start + 1, handler)
        else:  # <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
            gt = html.find(">", start + 2)
            # No '>' left in the page: the rest is text (searching again at every later '<!' would be quadratic).
            pos = gt + 1 if gt >= 0 else _as_text(html, start, n, handler)
        if pos < 0:
            return


def _as_text(html: str, start: int, end: int, handler: Handler) -> int:
    text = html[start:end]
    handler.handle_data(unescape(text) if "&" in text else text)
    return end


def _start_tag(html: str, start: int, handler: Handler) -> int:
    bare = _BARE_START.match(html, start)
    if bare and bare.group(1).lower() not in _RAW_TEXT:  # "<p>", "<li>": no attributes to read
        handler.handle_starttag(bare.group(1).lower(), [])
        return bare.end()
    m = _START.match(html, start)
    j = m.end()
    if html.startswith(">", j):
        end = j + 1
    elif html.startswith("/>", j):
        end = j + 2
    else:  # not a whole tag ("a<b" in text, a tag cut off at the end): its text, as html.parser gives it
        return _as_text(html, start, j if j > start + 1 else start + 1, handler)
    k = _SEPARATORS.match(html, m.end("tag")).end()
    attrs, k = _attrs(html, k, end) if k < m.end("attrs") else ([], k)
    rest = html[k:end].strip()
    if rest != ">" and rest != "/>":
        return _as_text(html, start, end, handler)
    closed = rest == "/>"
    tag = m.group("tag").lower()
    handler.handle_starttag(tag, attrs)
    if closed:
        handler.handle_endtag(tag)
        return end
    raw = _RAW_TEXT.get(tag)
    if raw is None:
        return end
    close = raw.search(html, end)
    if close is None:
        return -1  # an unclosed script runs to the end of the page (html.parser drops its text too)
    if close.start() > end:
        handler.handle_data(html[end:close.start()])
    handler.line += html.count("\n", start, close.start())
    handler.handle_endtag(tag)
    return close.end()


def _end_tag(html: str, start: int, handler: Handler) -> int:
    gt = html.find(">", start + 1)
    if gt < 0:
        return _as_text(html, start, len(html), handler)
    m = _END.match(html, start)
    if m:
        handler.handle_endtag(m.group(1).lower())
        return m.end()
    loose = _LOOSE_END.match(html, start)
    if loose:
        handler.handle_endtag(loose.group(1).lower())
    return gt + 1  # "</>" and other bogus end tags are skipped, as html.parser does
