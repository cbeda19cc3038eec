"""Markdown → HTML and Markdown → paragraphs, with one parser for both.

Article pages anchor every paragraph as #p-N and analysis points at those
anchors, so both must count paragraphs the same way: both use blocks().
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from markdown_it import MarkdownIt
from markdown_it.token import Token

from sitegen import regexes
from sitegen.model import Paragraph

# Only these schemes may become links; everything else (javascript:, data:,
# vbscript:, file:) is rendered as plain text.
_SAFE_SCHEMES = ("http:", "https:", "mailto:")
_SCHEME = regexes.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def is_safe_link(url: str) -> bool:
    # Browsers ignore control characters and whitespace inside a scheme
    # ("java\tscript:"), so strip them before looking at it.
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", url).lower()
    match = _SCHEME.match(cleaned)
    if not match:
        return True  # relative links and #anchors
    return cleaned.startswith(_SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = is_safe_link
    # Images would load from the network and break the offline promise; an
    # image in an article becomes a link to it instead.
    md.disable("image")
    md.enable("table")  # ingest writes the tables it keeps from a story as Markdown tables
    return md


@dataclass(frozen=True)
class Rendered:
    html: str
    paragraphs: tuple[Paragraph, ...]
    headings: tuple[str, ...]


# body → Rendered. Loading an article needs its paragraphs and its page needs its
# HTML: one parse serves both, and the build fills this from its cache so an
# unchanged article is never parsed again. Rendering is a pure function of the
# body, so the body itself is the key; build replaces the whole table on every
# run (remember()), which keeps it to the bodies of the current site.
_rendered: dict[str, Rendered] = {}


def remember(rendered: dict[str, Rendered]) -> None:
    """Make these (body → Rendered) the known renders, forgetting all others."""
    global _rendered
    _rendered = dict(rendered)


def known(body: str) -> Optional[Rendered]:
    return _rendered.get(body)


def render(body: str) -> Rendered:
    """Render an article body; every paragraph gets id="p-N" (1-based)."""
    hit = _rendered.get(body)
    if hit is not None:
        return hit
    rendered = _render(body)
    _rendered[body] = rendered
    return rendered


def _render(body: str) -> Rendered:
    md = _parser()
    tokens = md.parse(body)
    paragraphs = _annotate(tokens)
    html = md.renderer.render(tokens, md.options, {})
    headings = tuple(tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open")
    return Rendered(html=html, paragraphs=paragraphs, headings=headings)


def paragraphs(body: str) -> tuple[Paragraph, ...]:
    """The body's paragraphs as plain text, numbered as on the article page."""
    return render(body).paragraphs


def _annotate(tokens: list[Token]) -> tuple[Paragraph, ...]:
    out = []
    section: Optional[str] = None
    list_item: Optional[Token] = None
    blockquotes = 0
    for i, token in enumerate(tokens):
        if token.type == "blockquote_open":
            blockquotes += 1
        elif token.type == "blockquote_close":
            blockquotes -= 1
        elif token.type == "heading_open":
            section = _plain(tokens[i + 1])
        elif token.type == "list_item_open":
            list_item = token
        elif token.type == "paragraph_open":
            index = len(out) + 1
            # A tight list hides its paragraph tags; the anchor then goes on the <li>.
            target = list_item if token.hidden and list_item is not None else token
            target.attrSet("id", f"p-{index}")
            out.append(Paragraph(index=index, text=_plain(tokens[i + 1]), section=section, quoted=blockquotes > 0))
    return tuple(out)


def _plain(inline: Token) -> str:
    """The text of an inline token without markup (link text kept, URLs dropped)."""
    if not inline.children:
        return inline.content
    parts = []
    for child in inline.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()
