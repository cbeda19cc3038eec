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
from typing import Any, Callable, Optional, Protocol

from sitegen import regexes

# html.parser's locatestarttagend_tolerant, with the tag name and the attributes as groups.
_START = regexes.compile(r"""
  <(?P<tag>[a-zA-Z][^\t\n\r\f />\x00]*)
  (?P<attrs>(?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|/(?!>))*
     )*
   )?)
  \s*""", re.VERBOSE)
_END = regexes.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_LOOSE_END = regexes.compile(r"</([a-zA-Z][^\t\n\r\f />\x00]*)")
_COMMENT_CLOSE = regexes.compile(r"--\s*>")
_ATTR = regexes.compile(r"""((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*""")
_SEPARATORS = regexes.compile(r"(?:\s|/(?!>))*")
_RAW_TEXT = {"script": regexes.compile(r"</\s*script\s*>", re.IGNORECASE),
             "style": regexes.compile(r"</\s*style\s*>", re.IGNORECASE)}  # content is text up to the end tag


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


def tokenize(html: str, handler: Handler, read_attrs: Optional[Callable[[dict[str, str]], Any]] = None, *,
             telling: Optional[re.Pattern] = None, read_all_for: frozenset[str] = frozenset()) -> None:
    """Call the handler for each start tag, end tag and run of text; handler.line is the token's line (1-based).

    A start tag's attributes come as html.parser gives them, a list of (name, value) pairs (value None for a bare
    one); or, with read_attrs, as what it makes of them as a dict (name → value, "" for a bare one, the last of a
    repeated name). Tags with the same attribute text share one value: the handler must not change it, and
    read_attrs must depend on the dict alone. For a handler that reads only a few attributes of most tags:
    attribute text in which the pattern `telling` finds nothing comes as no attributes (read_attrs({})), except
    on the tags in read_all_for.
    A handler with a handle_element(tag, attrs, text) method gets an element that holds only text ("<a href=…>Home
    </a>", half the tokens of a page) in one call instead of three, handler.line being its text's line; it must do
    what the three calls would (text is "" for an empty element, for which no handle_data comes).
    """
    pos = 0
    line = 1
    n = len(html)
    on_data = handler.handle_data
    on_start = handler.handle_starttag
    on_end = handler.handle_endtag
    on_element = getattr(handler, "handle_element", None)
    raw_text = _RAW_TEXT
    attrs_of: dict[str, object] = {}  # a page repeats the same attribute text (menu items, cards): read it once
    if read_attrs is None:
        read_plain, make, from_pairs = _attr_list, _same, _same
    else:
        read_plain, make = _attr_dict, read_attrs
        from_pairs = lambda pairs: read_attrs({k: v or "" for k, v in pairs})  # noqa: E731
    no_attrs = from_pairs([])
    state = [True]  # False once a comment was found unclosed: no later one closes either
    while pos < n:
        # The common tokens (text, a tag with plain attributes, "</p>", a tag with its text and end tag) in one pass
        # of one pattern; anything else ('<!--', a broken tag, <script>) goes the careful way, token by token, and
        # the pass starts again after it.
        for m in _TOKEN.finditer(html, pos):
            kind = m.lastindex
            if kind == 1:
                text = m[1]
                handler.line = line
                on_data(unescape(text) if "&" in text else text)
                if "\n" in text:
                    line += text.count("\n")
            elif kind == 6:
                handler.line = line
                on_end(m[6].lower())
            elif kind == 4 or kind == 5:
                name, attrs, closed = m.group(2, 3, 4)
                tag = name.lower()
                if tag in raw_text:
                    start = m.start()
                    handler.line = line
                    pos = _start_tag(html, start, handler, from_pairs)
                    if pos < 0:
                        return
                    line += html.count("\n", start, pos)
                    break
                if not attrs:
                    parsed = no_attrs
                elif tag in read_all_for:
                    parsed = make(read_plain(attrs))
                else:
                    parsed = attrs_of.get(attrs)
                    if parsed is None:
                        parsed = attrs_of[attrs] = make(read_plain(attrs)) if telling is None or \
                            telling.search(attrs) else no_attrs
                if kind == 5:  # the element's text and its end tag follow
                    text = m[5]
                    if on_element is not None:
                        if "\n" in attrs:
                            line += attrs.count("\n")
                        handler.line = line
                        on_element(tag, parsed, unescape(text) if "&" in text else text)
                    else:
                        handler.line = line
                        on_start(tag, parsed)
                        if "\n" in attrs:
                            line += attrs.count("\n")
                        if text:
                            handler.line = line
                            on_data(unescape(text) if "&" in text else text)
                        handler.line = line + text.count("\n")
                        on_end(tag)
                    if "\n" in text:
                        line += text.count("\n")
                    continue
                handler.line = line
                on_start(tag, parsed)
                if "\n" in attrs:
                    line += attrs.count("\n")
                if closed:
                    on_end(tag)
            else:
                start = m.start()
                handler.line = line
                pos = _careful(html, start, handler, state, from_pairs)
                if pos < 0:
                    return
                line += html.count("\n", start, pos)
                break
        else:
            return


_SPACE = "[ \t\n\r\f]"  # html.parser ends a tag name only at these (not at \v or other Unicode spaces)
_NAME = r"[a-zA-Z_:@][-.a-zA-Z0-9:_@]*"
_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'=<>`][^\s"'<>`]*)"""
# Plain markup only, where html.parser's reading is the only one possible: each name and value can only end where
# the pattern says (no shorter reading matches), so what this accepts is read as html.parser reads it; anything
# else falls through to the last alternative and the careful path.
_TOKEN = regexes.compile(rf"""
  (?=[^<]|<(?![a-zA-Z/!?]))([^<]*(?:<(?![a-zA-Z/!?])[^<]*)*)                # 1: text
 |<([a-zA-Z][-.a-zA-Z0-9:_]*)((?:{_SPACE}+{_NAME}(?:{_SPACE}*={_SPACE}*{_VALUE})?)*{_SPACE}*)(/?)>  # 2-4: start tag
   (?:(?<!/>)([^<]*+)</\2>)?  # 5: its text and its end tag, when it holds only text (not after "/>")
 |</([a-zA-Z][-.a-zA-Z0-9:_]*)>                                              # 6: end tag
 |(<)                                                                        # 7: anything else
""", re.VERBOSE)
_PLAIN_ATTR = regexes.compile(rf"""{_SPACE}+({_NAME})(?:{_SPACE}*(=){_SPACE}*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`][^\s"'<>`]*)))?""")


def _attr_list(attrs: str) -> list[tuple[str, Optional[str]]]:
    out: list[tuple[str, Optional[str]]] = []
    for name, equals, double, single, bare in _PLAIN_ATTR.findall(attrs):
        if equals:
            value = double or single or bare
            out.append((name.lower(), unescape(value) if "&" in value else value))
        else:
            out.append((name.lower(), None))
    return out


def _attr_dict(attrs: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, _, double, single, bare in _PLAIN_ATTR.findall(attrs):
        value = double or single or bare  # "" for a bare attribute too
        out[name.lower()] = unescape(value) if "&" in value else value
    return out


def _same(pairs: list[tuple[str, Optional[str]]]) -> list[tuple[str, Optional[str]]]:
    return pairs


def _careful(html: str, start: int, handler: Handler, state: list[bool], make: Callable) -> int:
    """One token the common pattern does not take, read html.parser's way; where the next token starts (-1: none)."""
    kind = html[start + 1]
    if kind == "/":
        end = _END.match(html, start)
        if end:
            handler.handle_endtag(end.group(1).lower())
            return end.end()
        return _end_tag(html, start, handler)
    if kind.isascii() and kind.isalpha():
        return _start_tag(html, start, handler, make)
    if html.startswith("<!--", start):
        close = _COMMENT_CLOSE.search(html, start + 4) if state[0] else None
        state[0] = close is not None
        return close.end() if close else _as_text(html, start, start + 1, handler)
    # <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
    gt = html.find(">", start + 2)
    # No '>' left in the page: the rest is text (searching again at every later '<!' would be quadratic).
    return gt + 1 if gt >= 0 else _as_text(html, start, len(html), handler)


def _as_text(html: str, start: int, end: int, handler: Handler) -> int:
    text = html[start:end]
    handler.handle_data(unescape(text) if "&" in text else text)
    return end


def _start_tag(html: str, start: int, handler: Handler, make: Callable = _same) -> int:
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
    handler.handle_starttag(tag, make(attrs))
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
