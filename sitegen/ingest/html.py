"""A saved HTML page → its text blocks (as Lines with markup hints) and what its markup says about it.

Markup tells more than text: <nav>, <footer>, <aside>, comment and "related" boxes mark furniture;
<h2> marks a subheading; links show how much of a block is navigation. Metadata comes from
JSON-LD (NewsArticle), Open Graph and article: meta tags, <time datetime>, the canonical link.
Only the standard library is used (a tokenizer with html.parser's rules, markup.py): it never fails on broken markup.
"""
from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from datetime import datetime
from functools import lru_cache, reduce
from collections import Counter
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, is_, itemgetter, mul, sub
from typing import Any, Iterator, Optional

from sitegen import regexes
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.dates import iso_from_machine
from sitegen.ingest.features import CLIP_LABEL, Hints
from sitegen.ingest.literals import any_of
from sitegen.ingest.markup import tokenize
from sitegen.ingest.text import Line, clean, headline_line

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "dt", "dd", "pre",
           "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "table", "tr", "form",
           "figure", "title", "address", "details", "summary", "center", "body"}
# (Also a ruby's reading and its brackets, "鍛冶<rp>（</rp><rt>かじ</rt><rp>）</rp>": a reader's aid over the word, not text.)
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "select", "button", "object", "canvas", "math",
         "textarea", "option", "head", "rt", "rp"}
_BADGE = regexes.compile(r"badge|kicker|eyebrow|live-?label|label-?live", re.IGNORECASE)
_KICKER = regexes.compile(r"kicker", re.IGNORECASE)  # (not "eyebrow": a split headline's first half may wear it)
_SEPARATOR_OPENING = regexes.compile(r"^\s*[|·•:–—-]\s*")
# Inline elements sites lay out as separate pieces (a byline's name and date in two <span>s).
_SEPARATE_INLINE = {"span", "time", "small", "label", "button", "cite"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
_CONTAINERS = {"nav": "nav", "footer": "footer", "aside": "aside", "form": "form", "figure": "figure"}
_CONTAINER_TAGS = set(_CONTAINERS) | {"dialog", "header"}  # containers even without attributes
_HEAD_TAGS = {"html", "meta", "link", "time", "script", "title"}
_BOXES = {"div", "section", "aside", "form", "figure", "ul", "ol"}
_NO_ATTRS: dict[str, str] = {}
_INNER_KINDS = {"h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td"}
_ENTRY_BOUNDARY = {"article", "section", "main"}
_END_SPECIAL = _VOID | _SEPARATE_INLINE | {"script", "title"}  # end tags that need more than popping the stack
_END_SLOW = _END_SPECIAL | _BLOCKS | _SKIP
_BLOCK_END = _BLOCKS - _END_SPECIAL - _SKIP  # blocks whose end, when it closes the innermost element, needs no walk
# Start tags that need more than pushing the element (with attributes that say nothing): see handle_starttag.
_START_SPECIAL = _HEAD_TAGS | _VOID | _SKIP | _BLOCKS | set(_CONTAINERS) | {"dialog", "header", "article", "main"}
# Blocks that, with attributes that say nothing, open no container and no article: most blocks of a page (<li>, <p>).
_PLAIN_BLOCKS = _BLOCKS - _HEAD_TAGS - _VOID - _SKIP - set(_CONTAINERS) - {"dialog", "header", "article", "main"}
_INHERIT = object()
# What a block's own tag gives the text inside it: (a new box, list-item-like kind, list tag); _INHERIT: as around it.
_BLOCK_OWN = {tag: (tag in _BOXES, tag if tag in _INNER_KINDS else None if tag in _ENTRY_BOUNDARY else _INHERIT,
                    tag if tag in ("ol", "ul") else _INHERIT) for tag in _BLOCKS}
# class/id words of boxes that are furniture on almost every news site.
_BOX_NAMES = (
    "comments?", "related", "share", "sharing", "social", "newsletter", "subscribe", "subscription", "promo", "advert",
    "ads?", "cookie", "consent", "gdpr", "sidebar", "breadcrumbs?", "menu", "navbar", "footer", "teaser", "recommended",
    "recommendations", "popular", "trending", "paywall", "outbrain", "taboola", "most-read", "mostread", "more-stories",
    "read-more", "readmore", "widget", "banner", "modal", "popup", "toolbar", "tags", "author-bio", "disqus", "card",
    "cards", "more", "visually-hidden", "sr-only", "print-only", "outbrain", "taboola", "criteo", "viral", "sociable",
    "most-popular", "more-on", "next-up", "premium", "donate", "donation", "donations", "scoreboard", "scorebox",
    "matchcenter", "matchcentre", "signature",  # (a forum member's signature under each post)
    "relatedposts", "relatedstories", "relatedarticles", "relatedcontent", "relatedlinks",  # (Jetpack's "jp-relatedposts")
    # A sign-up box for the newsletter ("signup-inline"); a match sheet or fact box set apart from the story
    # ("tabellino", Italian for the match sheet, "lineups").
    "signup", "sign-up", "tabellino", "lineups", "line-ups", "matchsheet", "match-sheet", "factbox", "fact-box",
    # A box of someone's life in dates ("encadre--bio", "box-bio"), not a story paragraph a CMS wraps as a "profile__bio".
    "encadre--bio", "encadre-bio", "box-bio", "bio-box", "biobox", "bio-express", "bioexpress",
    # An advertisement's box by the word of the page's language ("publi publi--apuestas", "werbung", "anzeige").
    "publi", "publicidad", "publicite", "pubblicita", "werbung", "anzeige", "reklama", "reklam",
    # A box asking readers for money under the story ("dm-epic", the Guardian's "contributions epic"; "support-us").
    # (Only as the last word of a name: not "epic-quote", "timeline epic-vs-google", a story's own.)
    "epic", "contributions-epic", "reader-revenue", "support-us", "supportus",
    # A fact check's card in schema.org's words, which repeats what the story says.
    "claim-review", "claimreview")
_AUTHOR_NAMES = ("author", "authors", "byline", "author-name", "writer", "autor", "autore", "auteur")  # (Polish, German, Spanish; Italian; French)
_BOX_WORDS = regexes.compile(r"(?:^|[\s_-])(%s)(?:$|[\s_-])" % "|".join(_BOX_NAMES), re.IGNORECASE)
_AUTHOR_BOX = regexes.compile(r"(?:^|[\s_-])(?:%s)(?:$|[\s_-])" % "|".join(_AUTHOR_NAMES), re.IGNORECASE)
_BYLINE_BOX = regexes.compile(r"byline|author|dateline|timestamp|date", re.IGNORECASE)
# Whatever the two patterns above find holds one of these strings (a name without its optional letter): two class/id
# sets in three hold none of them, and one scan passes them over.
_NAMED_KEY = any_of(re.sub(r".\?", "", name) for name in _BOX_NAMES + _AUTHOR_NAMES)


def _drop_cap(before: str, after: str) -> bool:
    """A styled initial: one capital letter alone in its element, the word going on in lower case."""
    piece = before.strip()
    return len(piece) == 1 and piece.isupper() and not before[-1:].isspace() and after[:1].islower()


# A page repeats the same few class names thousands of times (menu items, cards): look each up once.
@lru_cache(maxsize=4096)
def _named(klass: str, ident: str, rel: str, role: Optional[str]) -> tuple[bool, Optional[str]]:
    """What an element's class, id, rel and role say: (an author/byline element, the furniture box it is)."""
    every = f"{klass} {ident} {rel} {role or ''}"
    if every.isascii() and not _NAMED_KEY.search(every.lower()):
        return False, _ROLE_CONTAINERS.get(role)  # (ASCII: see below)
    author = f"{klass} {ident} {rel}"
    words = f"{klass} {ident} {role or ''}"
    if author.isascii() and words.isascii():
        # IGNORECASE makes re fold the case of every character it compares (2× slower here); for ASCII text,
        # lowercasing once matches the same (the case-insensitive extras, "ſ", "K", "İ", are not ASCII).
        author, words = author.lower(), words.lower()
        author_box, box_words, byline_box = _AUTHOR_BOX_LOWER, _BOX_WORDS_LOWER, _BYLINE_BOX_LOWER
    else:
        author_box, box_words, byline_box = _AUTHOR_BOX, _BOX_WORDS, _BYLINE_BOX
    # (A reader's comment's author, "comment__author", "comment-author", never writes the page.)
    byline = bool(author_box.search(author)) and "comment" not in author.lower()
    if role in _ROLE_CONTAINERS:
        return byline, _ROLE_CONTAINERS[role]
    match = box_words.search(words)
    if match and match.group(1).lower() == "signature" and "signature_" in words.replace("__signature", "signature_"):
        match = None  # (a news site's "article__signature" is its byline's block; a forum's "signature" is a post's motto)
    if match and match.group(1).lower() in ("paywall", "premium") and (
            _GATED_STORY.match(words, match.end(1)) or _STORY_BODY_CLASS.search(words)):
        # ("paywall-content", "premium_body": the story a paywall gates, the part shown above its prompt; so is an
        # element the class names the article's body too, "hk-article__body hk-paywall-teaser".)
        match = None
    if match and match.group(1).lower() == "epic" and not _EPIC_LAST.search(words):
        match = None
    if match and match.group(1).lower() == "card" and _CONTENT_CARD.search(words):
        match = None  # (Ghost's cards of the story's own content: "kg-card kg-html-card" holds a table of the story)
    if match and not byline_box.search(words):
        return byline, f"{match.group(1).lower()} box (class/id)"
    return byline, None


_EPIC_LAST = regexes.compile(r"[-_]epic(?:$|\s|__)", re.IGNORECASE)  # ("dm-epic", "dm-epic__heading")
# The cards a blog platform sets the story's own content in (Ghost: "kg-html-card", "kg-code-card", "kg-toggle-card"),
# not its promotions ("kg-callout-card", "kg-bookmark-card", "kg-signup-card", "kg-cta-card") nor another site's post
# embedded ("kg-embed-card").
_CONTENT_CARD = regexes.compile(r"(?:^|\s)kg-(?:html|code|toggle|header|gallery|image|video|audio|file)-card(?:$|\s)",
                                re.IGNORECASE)


_STORY_BODY_CLASS = regexes.compile(r"(?:article|story|entry|post)[_-]{1,2}(?:body|content|text)(?:$|[\s_-])", re.IGNORECASE)
# (And the last lines shown before the prompt, faded out: "paywall-fade".)
_GATED_STORY = regexes.compile(r"[_-]{1,2}(?:content|body|text|article|story|fade|faded)(?:$|[\s_-])",
                               re.IGNORECASE)


_BOX_WORDS_LOWER, _AUTHOR_BOX_LOWER, _BYLINE_BOX_LOWER = (
    regexes.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in (_BOX_WORDS, _AUTHOR_BOX, _BYLINE_BOX))


# The class a blog platform gives a photo's caption (Blogger's "tr-caption", WordPress's "wp-caption-text").
_CAPTION_CLASS = regexes.compile(r"(?:^|\s)(?:tr-caption|wp-caption-text|image-caption|photo-caption|img-caption|caption-text)(?:$|\s)")


# The class a forum gives the <blockquote> that holds a post's own text: a body, not a quotation.
_POST_BODY_CLASS = regexes.compile(r"(?:^|\s)(?:postcontent|post-content|post_content|messagecontent)(?:$|\s)")


# A question or an exclamation then more: the writer talking, not a caption ("Neugierig geworden? Dann lass Dich …!").
_SPOKEN_TO_READER = regexes.compile(r"[?!]\s+\S")
# The class a social network's embed code gives its <blockquote> ("twitter-tweet", "instagram-media", "tiktok-embed").
_EMBEDDED_POST = regexes.compile(r"tweet|instagram|tiktok|bluesky|mastodon|text-post|fb-xfbml|reddit|embed", re.IGNORECASE)
# The link an embedded post shows for its picture or its own address, ending its text.
_POST_PICTURE_LINK = regexes.compile(r"(?:\s+(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))+$")


class _Attrs(dict):
    """A tag's attributes (name → value, "" for a bare one) and what they say about the element, worked out once
    for each distinct attribute text of a page (the tokenizer shares the object between tags; it is never changed)."""

    # What most attribute sets (a link's href, an image's src) say: nothing.
    hidden = False
    role: Optional[str] = None
    klass = ""
    sig = ""  # the class, and the names a page with hashed classes gives the element in data-* attributes
    byline = False
    dialog = False
    box: Optional[str] = None
    itemprop: Optional[list[str]] = None
    rel_author = False  # rel="author": a link to the page's author (see handle_starttag)
    heading: Optional[str] = None  # role="heading" aria-level="2": the heading tag the element stands for ("h2")
    plain = True  # none of the above says anything: an inline element with these attributes changes nothing


# The attributes the judgements below read; a set of attributes without any of them says nothing (except on the
# tags _head_tag reads more of), so the tokenizer need not even read it (a link's href, an image's src…).
_TELLING = frozenset(("hidden", "aria-hidden", "style", "role", "class", "id", "rel", "aria-modal", "itemprop",
                      "data-testid", "data-component", "data-qa", "data-gu-name"))
_TELLING_NAME = regexes.compile(r"[ \t\n\r\f](?:%s)(?=[ \t\n\r\f=]|$)" % "|".join(sorted(_TELLING, key=lambda name: (-len(name), name))),
                                re.IGNORECASE | re.ASCII)  # names are ASCII: no Unicode case folding


# rel="author" on the byline's link marks its author as itemprop="author" does (the HTML standard's own way to say it).
_REL_AUTHOR = regexes.compile(r"(?:^|\s)author(?:\s|$)", re.IGNORECASE)
# The telling attributes besides class, id and rel: most sets hold none of them.
_TELLING_RARELY = _TELLING - {"class", "id", "rel"}


def _read_attrs(values: dict[str, str]) -> _Attrs:
    attrs = _Attrs(values)
    if _TELLING.isdisjoint(values):
        return attrs
    get = values.get
    klass = attrs.klass = attrs.sig = get("class", "")
    if _TELLING_RARELY.isdisjoint(values):
        # A class, an id, a rel and nothing else (most sets): only the names can say something, a box or a byline.
        byline, box = _named(klass, get("id", ""), get("rel", ""), None)
        if byline or box:
            attrs.plain = False
            attrs.byline, attrs.box = byline, box
            attrs.rel_author = bool(byline and _REL_AUTHOR.search(get("rel", "")))
        return attrs
    role = get("role")
    hidden = "hidden" in values or get("aria-hidden") == "true" or "display:none" in get("style", "").replace(" ", "")
    dialog = role in ("dialog", "alertdialog") or get("aria-modal") == "true"
    # Only the class/id/role part of the container judgement: the tag and the open elements add to it per tag.
    # (A page whose class names are hashed, "css-6c7d8e", names its boxes for its tests: data-testid="newsletter-inline",
    # data-qa="newsletter-inline".)
    # (Or data-gu-name="standfirst": the element's part of the article, named so.)
    named = attrs.sig = f"{klass} {get('data-testid', '')} {get('data-component', '')} {get('data-qa', '')} " \
                        f"{get('data-gu-name', '')}" \
        if "data-testid" in values or "data-component" in values or "data-qa" in values or "data-gu-name" in values \
        else klass
    byline, box = _named(named, get("id", ""), get("rel", ""), role)
    itemprop = values["itemprop"].lower().split() if "itemprop" in values else None
    if box is None and itemprop is not None and "comment" in itemprop:
        box = "comment box (itemprop)"  # (a thread's replies marked up as schema.org Comments, under the first post)
    if role is not None:
        attrs.role = role
        if role == "heading":
            # (A page built of <div>s marks its subheadings for screen readers: role="heading" aria-level="2".)
            level = get("aria-level", "2")
            attrs.heading = f"h{min(6, max(2, int(level)))}" if level.isdigit() else "h2"
    # (Only what differs from the class's defaults is set: most sets name a class and nothing else.)
    if hidden or dialog or box or byline or itemprop is not None or role in ("main", "article"):
        attrs.plain = False
        attrs.hidden, attrs.dialog, attrs.byline, attrs.box, attrs.itemprop = hidden, dialog, byline, box, itemprop
        attrs.rel_author = bool(byline and _REL_AUTHOR.search(get("rel", "")))
    return attrs


_ROLE_CONTAINERS = {"navigation": "nav", "contentinfo": "footer", "complementary": "aside", "banner": "header"}
# Each open element has its tag and a context: what the text inside it inherits from it and the elements around it,
# so a line reads its context from the innermost entry instead of walking the stack. An element that changes nothing
# (most inline ones) shares its parent's context tuple.
_CONT, _INNER, _GROUP, _LIST, _BLOCK, _PATH, _ART, _BYLINE = range(8)
_ROOT = (None, None, 0, None, None, (), 0, False)
# flush() makes its Lines positionally (thousands a page): this is the order of Line's fields it relies on.
assert Line.__match_args__ == ("n", "text", "raw", "blank_before", "tag", "link_density", "container", "joined",
                               "in_article", "group", "byline", "ordered")


class _Page:
    def __init__(self) -> None:
        self.line = 1  # the line of the token being handled, set by the tokenizer
        self.lines: list[Line] = []
        # The open elements: their tags (as pushed), and their contexts (container, list-item-like kind, box id, list
        # tag, block tag, element path, article id, in a byline box); the root entry stands for the document and is
        # never closed.
        self.tags: list[str] = [""]
        self.ctx: list[tuple] = [_ROOT]
        self.boxes = 0
        self.class_boxes = 0
        self.buffer_byline = False  # some of the text being collected sat in an author/byline element
        self.pending_space = False
        self.after_img = False
        self.img_depth = 0  # stack depth at the last <img>: text after the block holding it closed is no caption
        self.img_box_closed = -1  # len(self.lines) when an image's box closed without text (see handle_starttag)
        self.centred_under_img = -1  # the depth of a centred <div> opened right after it
        self.author_depth: Optional[int] = None  # inside an itemprop="author" element (microdata)
        self.author_name_depth: Optional[int] = None  # inside its itemprop="name"
        # Each itemprop="author" element's text, and its itemprop="name"'s (a page may mark three authors so).
        self.microdata_author: list[list[str]] = []
        self.author_parent: Optional[tuple] = None  # the element holding the first itemprop="author"
        self.after_badge = False  # a label on the headline was just left out (see handle_element)
        self.microdata_name: list[list[str]] = []
        self.skip = 0
        self.buffer: list[str] = []
        self.buffer_text = False  # the buffer holds more than white space
        self.link_chars = 0
        self.in_link = 0
        self.block_line = 1
        self.block_tag: Optional[str] = None
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.title_parts: list[str] = []
        self.in_title = False
        self.times: list[str] = []
        self.lang: Optional[str] = None
        self.canonical: Optional[str] = None
        self.articles = 0  # <article>/<main> elements seen; each line records the outermost one it sits in
        # Every block element: its parent and its tag + class, so the content root can be found after parsing.
        self.el_parent: list[int] = [-1]  # element id → its parent's id (0 is the document)
        self.el_sig: list[tuple[str, str]] = [("#document", "")]
        self.box_element: dict[str, int] = {}  # numbered class/id box → its element
        # Each block element's lines: every line made while it is open, from el_first up to el_end (-1: still open).
        self.el_first: list[int] = [0]
        self.el_end: list[int] = [-1]
        self.paths: list[tuple[int, ...]] = []  # per line: the ids of the block elements around it, outermost first
        self.own_tags: list[Optional[str]] = []  # per line: the block element it was written in (a <p> inside an <li>)

    # -- structure --
    def handle_starttag(self, tag: str, attrs: _Attrs) -> None:
        if self.img_box_closed == len(self.lines):
            # (Unless the next box is centred under it with its words in italics, as Blogger sets a caption: "<div
            # class="separator"><a><img></a></div><div style="text-align: center;"><i>What was left of the old
            # one.</i></div>" — a post that centres its every paragraph sets them in no italics.)
            if tag == "div" and "center" in attrs.get("style", ""):
                self.centred_under_img = len(self.tags)
            elif tag in ("i", "em") and self.centred_under_img == len(self.tags) - 1 and not self.buffer_text:
                self.after_img = True
                self.img_depth = self.centred_under_img
        if tag not in _START_SPECIAL:
            if tag == "cite" and self.block_tag == "blockquote" and not self.buffer_text:
                # "<blockquote><p>…</p><cite>Tomasz Wrzosek, deputy minister</cite></blockquote>": whose words they
                # are, set under them, not a line of the quotation (a <cite> inside a sentence is a work's title).
                self.skip += 1
                self.tags.append("__hidden__cite")
                self.ctx.append(self.ctx[-1])
                return
            if attrs.plain:
                # Most tags of a page (<a>, <span>, <em> in menus and text): the text inside inherits all from around it.
                self.tags.append(tag)
                ctx = self.ctx
                ctx.append(ctx[-1])
                if tag == "a":
                    self.in_link += 1
                return
        elif attrs.plain and tag in _PLAIN_BLOCKS:
            top = self.ctx[-1]
            self._open_block(tag, attrs, top, None, top[_ART])
            return
        elif tag in _HEAD_TAGS and self._head_tag(tag, attrs):
            return
        elif tag in _VOID:
            if tag == "br":
                if self.buffer and self.block_tag in _HEADINGS:
                    self.buffer.append(" ")  # a headline set on two lines ("Istanbul:<br>Talks resume") is one heading
                elif self.buffer:
                    self.flush()
            elif tag == "img" and not self.buffer_text:
                # (Not an image inside running text, a formula or an icon: "Given a set of objects <img>, t-SNE …".)
                self.after_img = True
                self.img_depth = len(self.tags) - 1
            return
        tags = self.tags
        ctx = self.ctx
        top = ctx[-1]
        if tag in _SKIP or attrs.hidden:  # not text (scripts, forms' controls…), or not shown to readers
            self.skip += 1
            tags.append(tag if tag in _SKIP else "__hidden__" + tag)
            ctx.append(top)
            return
        article = top[_ART]
        if not article and (tag == "article" or tag == "main" or attrs.role in ("main", "article")):
            self.articles += 1
            article = self.articles
        container = _CONTAINERS.get(tag)
        if container is None:
            if tag == "dialog" or attrs.dialog:
                container = "dialog"  # a cookie or sign-up pop-up, never the story
            # (A <header> inside a <section> that names itself the story's heads the story: "<section id="story"><header
            # class="story-header"><h2>…" under a logo's <h1> — not a live page's "live-header" over its closing line.)
            elif tag == "header" and not ("article" in tags or "main" in tags
                                          or "section" in tags and _STORY_HEADER.search(attrs.klass)):
                container = "header"
            else:
                container = attrs.box
        if attrs.itemprop is not None or attrs.rel_author:
            itemprop = attrs.itemprop or ()
            # (Every author of the byline: the first, and those set beside it — not the authors of comments or of the
            # teasers further down, which mark theirs the same way. rel="author", which blog themes set on every
            # teaser's author link too, counts outside the page's boxes only.)
            marks_author = "author" in itemprop or attrs.rel_author and not top[_CONT]
            if marks_author and self.author_depth is None and len(self.microdata_author) < _MAX_AUTHORS \
                    and (not self.microdata_author or self.author_parent[:-1] == top[_PATH][:-1]):
                self.author_parent = top[_PATH]  # (beside it: the same element, or one <li> of the same list)
                self.author_depth = len(tags) - 1
                self.microdata_author.append([])
                self.microdata_name.append([])
            elif "name" in itemprop and self.author_depth is not None and not self.microdata_name[-1]:
                self.author_name_depth = len(tags) - 1
        if tag in _BLOCKS:
            self._open_block(tag, attrs, top, container, article)
            return
        if tag == "a":
            self.in_link += 1
        if not container and article == top[_ART] and not attrs.byline:
            entry = top  # an inline element that changes nothing for the text inside it
        else:
            if container and container.endswith("(class/id)"):
                self.class_boxes += 1
                container = f"{container}#{self.class_boxes}"
            entry = (container or top[_CONT], top[_INNER], top[_GROUP], top[_LIST], top[_BLOCK], top[_PATH],
                     article, top[_BYLINE] or attrs.byline)
        tags.append(tag)
        ctx.append(entry)

    def _open_block(self, tag: str, attrs: _Attrs, top: tuple, container: Optional[str], article: int) -> None:
        """Push a block element: a new element of the page's tree, and a new context for the text inside it."""
        if self.buffer:
            self.flush()
        box, inner, list_tag = _BLOCK_OWN[tag]
        shown = tag
        if tag in ("td", "p", "div") and "caption" in attrs.klass and _CAPTION_CLASS.search(attrs.klass):
            inner = "figcaption"  # <td class="tr-caption">, <p class="wp-caption-text">: a photo's caption by its name
        elif tag == "blockquote" and "content" in attrs.klass and _POST_BODY_CLASS.search(attrs.klass):
            # A forum's post body, vBulletin's <blockquote class="postcontent">: its own box, out of the list of posts
            # (<ol id="posts"><li class="postbit">) it sits in.
            box, inner, list_tag = True, None, None
            shown = "div"
        shown = attrs.heading if attrs.heading and tag in ("div", "p") else shown
        self.block_tag = shown
        if box:
            self.boxes += 1
            group = self.boxes
        else:
            group = top[_GROUP]
        path = top[_PATH]
        el_sig = self.el_sig
        el = len(el_sig)
        self.el_parent.append(path[-1] if path else 0)
        el_sig.append((tag, attrs.sig))
        self.el_first.append(len(self.lines))
        self.el_end.append(-1)
        if container and container.endswith("(class/id)"):
            self.class_boxes += 1
            container = f"{container}#{self.class_boxes}"  # numbered, so a box's share of the text can be told
            self.box_element[container] = el
        container = container or top[_CONT]
        if container == "figure" and tag == "blockquote" and _EMBEDDED_POST.search(attrs.klass):
            container = None  # a post embedded in a <figure>, as block editors set one: its words are no caption
        self.tags.append(tag)
        self.ctx.append((container, top[_INNER] if inner is _INHERIT else inner, group,
                         top[_LIST] if list_tag is _INHERIT else list_tag, shown, path + (el,), article,
                         top[_BYLINE] or attrs.byline))

    def _head_tag(self, tag: str, attrs: _Attrs) -> bool:
        """What <html>, <meta>, <link>, <time>, <script> and <title> say; True when that is all they are."""
        if tag == "html" and attrs.get("lang"):
            self.lang = attrs["lang"].split("-")[0].lower() or None
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content") and key not in self.meta:
                self.meta[key] = attrs["content"]
            return True
        if tag == "link" and "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            self.canonical = self.canonical or attrs["href"]
            return True
        if tag == "time" and attrs.get("datetime"):
            self.times.append(attrs["datetime"])
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.in_json_ld = True
            self.json_ld.append("")
            return True
        if tag == "title" and "svg" not in self.tags:
            self.in_title = True
            return True
        return False

    def handle_endtag(self, tag: str) -> None:
        tags = self.tags
        if tags[-1] == tag:
            if tag not in _END_SLOW:
                # The innermost element closes (well-nested markup) and it is no block: pop it, nothing else happens.
                tags.pop()
                self.ctx.pop()
                if tag == "a" and self.in_link:
                    self.in_link -= 1
                if self.author_depth is not None:
                    self._left_author(len(tags) - 1)
                return
            if tag in _BLOCK_END:
                # A block closing the innermost element (<li>, <div>, <p> in well-nested markup): the general path
                # below without its checks for stray, skipped or hidden elements, which cannot apply here.
                if self.buffer:
                    self.flush()
                tags.pop()
                ctx = self.ctx
                self.el_end[ctx.pop()[_PATH][-1]] = len(self.lines)
                depth = len(tags) - 1
                self.block_tag = ctx[-1][_BLOCK]
                if depth < self.img_depth and self.after_img:
                    self.after_img = False
                    self.img_box_closed = len(self.lines)
                if self.author_depth is not None:
                    self._left_author(depth)
                return
        if tag in _END_SPECIAL:
            if tag == "script" and self.in_json_ld:
                self.in_json_ld = False
                return
            if tag == "title" and self.in_title:
                self.in_title = False
                return
            if tag in _VOID:
                return
            if tag in _SEPARATE_INLINE:
                self.pending_space = True
        if tag not in tags and "__hidden__" + tag not in tags:
            return  # a stray end tag
        block = tag in _BLOCKS
        if block and self.buffer:
            self.flush()
        ctx = self.ctx
        while True:
            open_tag = tags.pop()
            entry = ctx.pop()
            if open_tag in _BLOCKS:  # (pushed by _open_block: a hidden or skipped one is pushed under another name)
                self.el_end[entry[_PATH][-1]] = len(self.lines)
            if open_tag == tag:
                if tag in _SKIP:
                    self.skip = max(0, self.skip - 1)
                elif tag == "a" and self.in_link:
                    self.in_link -= 1
                break
            if open_tag in _SKIP or open_tag.startswith("__hidden__"):
                self.skip = max(0, self.skip - 1)
                if open_tag == "__hidden__" + tag:
                    break
            elif open_tag == "a":
                self.in_link = max(0, self.in_link - 1)
        depth = len(tags) - 1
        if block:
            self.block_tag = ctx[-1][_BLOCK]
            if depth < self.img_depth and self.after_img:
                self.after_img = False  # the image's box closed without text: what follows is not its caption
                self.img_box_closed = len(self.lines)
        if self.author_depth is not None:
            self._left_author(depth)

    def handle_element(self, tag: str, attrs: _Attrs, text: str) -> None:
        """An element holding only text: its start tag, its text and its end tag."""
        if tag in ("i", "em") and self.img_box_closed == len(self.lines) \
                and self.centred_under_img == len(self.tags) - 1 and not self.buffer_text:
            self.after_img = True  # (Blogger's caption in italics under its picture: see handle_starttag)
            self.img_depth = self.centred_under_img
        if tag == "span" and self.block_tag == "h1" and _BADGE.search(attrs.klass) and (
                len(text.split()) <= 2 or len(text.split()) <= 4 and not self.buffer_text and _KICKER.search(attrs.klass)):
            # "<h1><span class="badge-live">Live</span> | Talks, day two</h1>": a label set on the headline, and the
            # separator after it; so is a kicker of a few words opening it, "<h1><span class="…__kicker">Sanktionen
            # gegen Russland</span><span class="visually-hidden">: </span><span>Europa bremst …</span></h1>".
            self.after_badge = True
            return
        if tag == "cite" and self.block_tag == "blockquote" and not self.buffer_text:
            return  # the quotation's source under it (see handle_starttag)
        if attrs.plain and tag not in _START_SPECIAL:
            # An inline element that changes nothing for its text (a link, a page's commonest element; <span>, <em>):
            # only the text counts, as linked in a link; a separate piece (<span>…) ends where its element does.
            if tag == "a":
                self.in_link += 1
                if text:
                    self.handle_data(text)
                self.in_link -= 1
            elif text:
                self.handle_data(text)
            if tag in _SEPARATE_INLINE:
                self.pending_space = True
            if self.author_depth is not None:
                self._left_author(len(self.tags) - 1)
            return
        self.handle_starttag(tag, attrs)
        if text:
            self.handle_data(text)
        self.handle_endtag(tag)

    def _left_author(self, depth: int) -> None:
        """An element closed, leaving the stack this deep: out of the microdata author (and its name) element?"""
        if depth <= self.author_depth:
            self.author_depth = None
        if self.author_name_depth is not None and depth <= self.author_name_depth:
            self.author_name_depth = None

    def handle_data(self, data: str) -> None:
        if self.after_badge:
            data = _SEPARATOR_OPENING.sub("", data)
            self.after_badge = False
        if self.in_json_ld:
            self.json_ld[-1] += data
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if not self.buffer_text:
            if self.author_depth is None and data.isspace():
                return  # white space before a block's text: clean() would strip it anyway
            lead = len(data) - len(data.lstrip())  # the newlines before the text start count, not those in it
            self.block_line = self.line + data.count("\n", 0, lead) if lead else self.line
        elif self.pending_space and data[:1].isalnum() and self.buffer[-1][-1:].isalnum() \
                and not _drop_cap(self.buffer[-1], data):
            data = " " + data  # <span>Jane Doe</span><span>May 2</span> shows as two pieces, not "DoeMay"
        self.pending_space = False
        stripped = None
        if self.ctx[-1][_BYLINE] and not self.buffer_byline:
            stripped = data.strip()
            self.buffer_byline = bool(stripped)
        if self.author_depth is not None:
            self.microdata_author[-1].append(data)
            if self.author_name_depth is not None:
                self.microdata_name[-1].append(data)
        self.buffer.append(data)
        if not self.buffer_text:
            if stripped is None:
                stripped = data.strip()
            if stripped:
                self.buffer_text = True
        if self.in_link:
            self.link_chars += len(data.strip() if stripped is None else stripped)

    def flush(self) -> None:
        self.after_badge = False  # (the headline ended: no later text loses its opening dash)
        if not self.buffer:
            self.link_chars = 0
            self.buffer_byline = False
            return
        text = clean("".join(self.buffer))
        top = self.ctx[-1]
        inner = top[_INNER]
        if self.block_tag in _HEADINGS and text[-1:] in _PERMALINK_MARKS and text[-2:-1] == " ":
            text = text[:-2]  # "The results #": the heading's link to itself (Hugo, MkDocs, Sphinx), no word of it
        if (inner or self.block_tag) == "blockquote" and "/" in text:
            # An embedded post's picture is shown as its link ("… The work continues. pic.twitter.com/Lq8vX2"): no words.
            text = _POST_PICTURE_LINK.sub("", text)
        if text:
            if self.after_img and inner is None and len(text.split()) <= 30 and not _SPOKEN_TO_READER.search(text):
                inner = "figcaption"  # the short text right after an image is its caption
            # (Positional: a keyword call of a dataclass costs twice as much, and a page makes thousands of lines.)
            # n, text, raw, blank_before, tag, link_density, container, joined, in_article, group, byline, ordered
            line = Line(self.block_line, text, text, True, inner or self.block_tag,
                        min(1.0, self.link_chars / max(1, len(text))), top[_CONT], (), top[_ART], top[_GROUP],
                        self.buffer_byline, inner == "li" and top[_LIST] == "ol")
            self.lines.append(line)
            self.after_img = False
            self.paths.append(top[_PATH])
            self.own_tags.append(self.block_tag)
        self.buffer = []
        self.buffer_text = False
        self.link_chars = 0
        self.buffer_byline = False


_STORY_HEADER = regexes.compile(r"(?:^|[\s_-])(?:story|article|post|entry)(?:$|[\s_-])")
_PERMALINK_MARKS = frozenset("#¶§🔗")


# Scripts (except JSON-LD), styles, inline SVG and comments carry no text: cut them before parsing, keeping
# their newlines so line numbers in --explain still point into the raw file.
_INERT_OPEN = regexes.compile(r"<(script|style|svg)\b([^>]*)>|<!--", re.IGNORECASE)
_INERT_CLOSE = {"script": regexes.compile(r"</script\s*>", re.IGNORECASE), "style": regexes.compile(r"</style\s*>", re.IGNORECASE),
                "svg": regexes.compile(r"</svg\s*>", re.IGNORECASE), "--": regexes.compile(r"-->")}


def cut_inert(html: str) -> str:
    """The page with scripts (not JSON-LD), styles, inline SVG and comments replaced by their newlines.

    A scan rather than one regex: an element left unclosed is remembered, so a page of many unclosed comments
    or scripts costs one pass instead of a search to the end of the page from each of them.
    """
    out: list[str] = []
    pos = done = 0
    unclosed: set[str] = set()
    while True:
        m = _INERT_OPEN.search(html, pos)
        if m is None:
            break
        kind = (m.group(1) or "--").lower()
        if kind == "script" and "ld+json" in m.group(2).lower() or kind in unclosed:
            pos = m.start() + 1
            continue
        close = _INERT_CLOSE[kind].search(html, m.end())
        if close is None:
            unclosed.add(kind)  # none later either
            pos = m.start() + 1
            continue
        out.append(html[done:m.start()])
        out.append("\n" * html.count("\n", m.start(), close.end()))
        pos = done = close.end()
    out.append(html[done:])
    return "".join(out)


# A lazy loader's paragraphs, kept in <noscript> for readers without scripts: the only copy of that part of the story.
_NOSCRIPT = regexes.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.IGNORECASE | re.DOTALL)
_TAG = regexes.compile(r"<[^>]*>")
_WHOLE_PAGE_CHARS = 800  # (a notice asking for JavaScript runs to a sentence or two)


def open_noscript_prose(html: str) -> str:
    """The page with each <noscript> that holds paragraphs of prose (and no word of JavaScript, which only a notice
    asking for it has) opened in place; other <noscript> content, and prose the page shows elsewhere already, stays
    skipped with the element."""
    if "<noscript" not in html and "<NOSCRIPT" not in html:
        return html

    def opened(m: re.Match) -> str:
        inner = m.group(1)
        if not re.search(r"<p[\s>]", inner, re.IGNORECASE):
            return m.group(0)
        text = " ".join(_TAG.sub(" ", inner).split())
        if "javascript" in inner.lower() and len(text) < _WHOLE_PAGE_CHARS:
            # (A forum's whole crawler view, which Discourse keeps in <noscript> with a footer asking for JavaScript,
            # is the page; a shorter one that names JavaScript is the notice asking for it.)
            return m.group(0)
        probe = text[:80]
        if probe and (html.find(probe, 0, m.start()) >= 0 or html.find(probe, m.end()) >= 0):
            return m.group(0)  # (the same words shown on the page too: read once, where they are shown)
        return inner

    return _NOSCRIPT.sub(opened, html)


def parse_html(html: str) -> tuple[list[Line], Hints]:
    page = _Page()
    html = open_noscript_prose(cut_inert(html))
    try:
        tokenize(html, page, _read_attrs, telling=_TELLING_NAME, read_all_for=_HEAD_TAGS)
    except Exception:  # the tokenizer copes with nearly anything; never let a page crash ingest
        pass
    page.flush()
    page.el_end = [len(page.lines) if end < 0 else end for end in page.el_end]  # what is still open ends here
    _entries_in_items(page)
    page.lines, page.paths = _table_rows(page)
    lines = page.lines
    _posts_in_forms(lines, page)
    root = _content_root(page, lines)
    if _unbox_content(lines, page, root):
        root = _content_root(page, lines)  # the wrapper's text now counts
    main = _main_article(lines)
    hints = _hints(page, lines, main)
    hints.dek = _named_dek(page, lines, hints.title)
    if root:
        hints.rooted = True
        title_key = (hints.title or "").casefold()
        lead = _summary_lead(lines, hints.description)
        for line, path in zip(lines, page.paths):
            if line.container is None and line.tag != "h1" and line.text.casefold() != title_key \
                    and line is not lead and root.isdisjoint(path):
                line.container = "outside"
    if main:
        title_key = (hints.title or "").casefold()
        for line in lines:
            if line.in_article != main and line.tag != "h1" and line.container is None \
                    and line.text.casefold() != title_key:
                line.container = "outside"
    for line in lines:
        line.in_article = bool(main) and line.in_article == main
    return lines, hints


# The class a page gives the standfirst under its headline: "article__dek", "mw-dek", "standfirst", "subheadline",
# "nota-bajada" (Spanish), "chapo" (French), "perex" (Czech, Slovak), "strapline". (Not "lead", "intro", "summary":
# as often the story's first paragraph set in bold, "article__paragraph--intro", or a CMS's "text-with-summary" body —
# but for a "lead" box set apart from the body's element: see _LEAD_CLASS.) Italian "sommario" is the standfirst.
_DEK_CLASS = regexes.compile(r"(?<![a-z])(?:dek|deck|standfirst|sub-?headline|sub-?title|bajada|chapo|chapeau|"
                             r"strapline|entradilla|sottotitolo|sommario|perex|subt[ií]tulo|untertitel|"
                             # (The article's own summary or teaser, as a BEM element of it: "story__summary",
                             # "rk-article__teaser"; not a list's "teaser" card nor a CMS's "text-with-summary".)
                             # (Or its header's: "article-header__teaser".)
                             r"(?:article|story|post|entry)(?:(?:-|__)head(?:er)?)?(?:__|-)(?:teaser|summary)|"
                             # (A Drupal field of the article's own: "field--name-field-teaser", "field-subtitle".)
                             r"field-(?:teaser|summary|subtitle|standfirst|lead|intro))(?![a-z])", re.IGNORECASE)
# The GOV.UK design system's summary right under the title ("govuk-body-l", "gem-c-lead-paragraph"); under a byline and
# a date the same class may set the story's first paragraph.
_GOVUK_LEAD = regexes.compile(r"(?<![a-z])(?:govuk-body-l|lead-paragraph)(?![a-z])")
# A row of parts ("Europe · 5 min read · 11 March 2025") or a sponsor's note ("This article is brought to you by our
# partner …"): no dek (nor a clip's label, "Watch: …").
_NOT_A_DEK = regexes.compile(r"\s[·|•]\s|\b(?:brought to you by|in partnership with|"
                             r"sponsored by|paid (?:content|partnership|post)|presented by|advertorial)\b", re.IGNORECASE)


# ("art-lead", "stire-lead", "articol-lead", "art_lead": the article's own lead, set apart from the body's element, is the
# standfirst; inside it, "article__lead" as the body's first <p>, or a bare "lead", the story's first paragraph.)
# (So is an "intro" box in the article's header, see _apart_from_next; not a paragraph's modifier,
# "article__paragraph--intro", the story's first paragraph over a widget.)
_LEAD_CLASS = regexes.compile(r"(?<![a-z])(?:[a-z]+(?:-|__?)lead|(?<!--)intro)(?![a-z])", re.IGNORECASE)


_HEADER_BOX = regexes.compile(r"(?:^|[\s_\-])head(?:er)?(?:$|\s)", re.IGNORECASE)  # ("ek-article__header", not "story-header-wrap")


def _apart_from_next(page: "_Page", i: int, n: int) -> bool:
    """Whether the element of line i that a class names a lead is a box of its own over the body's: the next line is
    outside it and no sibling of its kind (not the body's next <p> after "<p class='article__lead'>")."""
    # (Past a byline right under it: "<div class='material-lead'>" then "<div class='material-author'>Розмовляла …</div>"
    # over the body.)
    # (Past a share row too: "<div class='art_lead'>" then "<div class='art_social'>" over the body.)
    j = i + 1
    while j < n and j < len(page.lines) and (page.lines[j].byline or (page.lines[j].container or "").startswith("social")):
        j += 1
    if j >= n or len(page.paths[j]) < 2:
        return False
    here, after = page.paths[i], page.paths[j]
    at = next((k for k in range(max(1, len(here) - 3), len(here))
               if here[k] < len(page.el_sig) and _LEAD_CLASS.search(page.el_sig[here[k]][1])), None)
    if at is None or here[at] in after:
        return False
    if _LEAD_CLASS.search(page.el_sig[here[at]][1]).group(0).lower().endswith("intro") and not any(
            page.el_sig[el][0] == "header" or _HEADER_BOX.search(page.el_sig[el][1])
            for el in here[at - 1:at] if el < len(page.el_sig)):
        # (An "intro" is the dek only in the article's header, with the headline: "<header><h2>…</h2><div
        # class='ek-intro'>"; elsewhere, "<p class='intro'>" over the next paragraph, a live ticker's "LiveTicker_intro",
        # an "article-intro" box over the story's column, it is the story's first paragraph.)
        return False
    # (A sibling of the same tag is the body's next paragraph; "<p class='articol-lead'>" over "<div class='articol-text'>"
    # is the lead over the body.)
    # (A <div> sibling named otherwise is a box of its own: "<div class='ek-intro'>" over "<div class='ek-meta'>", the
    # byline; a <p> sibling, "<p class='article__lead'>" over "<p class='article__paragraph'>", is the story's next.)
    tag = page.el_sig[here[at]][0]
    return not (after[-2] == here[at - 1] and after[-1] < len(page.el_sig) and page.el_sig[after[-1]][0] == tag
                and (tag != "div" or page.el_sig[after[-1]][1] in ("", page.el_sig[here[at]][1])))


def _named_dek(page: "_Page", lines: list[Line], title: Optional[str] = None) -> Optional[str]:
    """The first sentence-long line within a few lines under the <h1> whose element (or one of the two around it) a
    class names a standfirst: the dek as the page shows it, which the meta description often words otherwise.
    (Under the line that is the title where no <h1> holds it: "<div class="titular">".)"""
    h1 = headline_line(lines[:120], title)
    if h1 is None:
        return None
    if title and lines[h1].text.strip() != title.strip():
        # ("<h1>Інтерв’ю</h1>", the section's name, over "<h2 class="material-title">" the headline: under that.)
        h1 = next((i for i in range(h1 + 1, min(h1 + 4, len(lines))) if lines[i].text.strip() == title.strip()), h1)
    for i in range(h1 + 1, min(h1 + 8, len(lines))):  # (past a byline, two dates, a share row and a photo)
        line = lines[i]
        words = len(line.text.split())
        # (A box read as a teaser's may be the article's own: "rk-article__teaser", the dek, under the headline.)
        # (Nor is the headline's own box, "premium" around a paywalled page's whole header, one to pass over.)
        boxed = line.container is not None and line.container != lines[h1].container \
            and not (line.container.startswith("teaser") and _DEK_CLASS.search(
            " ".join(page.el_sig[el][1] for el in page.paths[i][-1:] if el < len(page.el_sig))))
        if line.tag in ("h1", "li", "figcaption", "blockquote") or line.byline or boxed or words < 6 \
                or md.byline(line.text) or md.date_line(line.text) or CLIP_LABEL.match(line.text) \
                or _NOT_A_DEK.search(line.text):
            continue  # (the byline, the date, a clip's title: the dek may be under them)
        classes = " ".join(page.el_sig[el][1] for el in page.paths[i][-3:] if el < len(page.el_sig))
        if (_DEK_CLASS.search(classes) or _LEAD_CLASS.search(classes) and _apart_from_next(page, i, len(lines))
                or i == h1 + 1 and _GOVUK_LEAD.search(classes)) \
                and words <= 60 and line.link_density < 0.3 and bp.boilerplate_reason(line.text, words) is None:
            return line.text
        # (Only the first line of six words or more under the headline: one past it, "<h2 class="subhead">" under the
        # lead or a live page's first entry under its summary, is the story's.)
        return None
    return None


def _headline_under_section(lines: list[Line], h1: str) -> Optional[str]:
    """"<h1>Comunicate de presă</h1>" over "<h2>Secretarul de stat … a participat la reuniunea B9 …</h2>": an <h1> that
    repeats an item of the menu or breadcrumb above it is the section's name; the long heading right under it is the
    headline."""
    at = next((i for i, line in enumerate(lines) if line.tag == "h1" and line.text == h1), None)
    if at is None or not any(line.text.casefold() == h1.casefold() for line in lines[:at]):
        return None
    below = next((line for line in lines[at + 1:at + 4] if line.tag in ("h2", "h3")), None)
    return below.text if below is not None and len(below.text.split()) >= 6 else None


def _summary_lead(lines: list[Line], description: Optional[str]) -> Optional[Line]:
    """The story's first paragraph set apart above the body as a summary box: the page's description is its first
    sentence, and it goes on past it (a dek repeating the description whole is a standfirst, not this)."""
    probe = (description or "").strip()
    if len(probe) < 20:
        return None
    h1 = next((i for i, line in enumerate(lines) if line.tag == "h1"), None)
    if h1 is None:
        return None
    for line in lines[h1 + 1:h1 + 6]:
        if line.container is None and line.tag == "p" and line.text.startswith(probe) \
                and len(line.text) >= len(probe) * 1.3 and line.link_density < 0.2:
            return line
    return None


def _posts_in_forms(lines: list[Line], page: _Page) -> None:
    """A forum wraps a post's rendered text in a <form> (to edit it in place): a form holding running text is a post,
    not a form to fill in."""
    if len(page.paths) != len(lines):
        return
    words: dict[int, int] = {}
    form_of: dict[int, int] = {}
    for i, (line, path) in enumerate(zip(lines, page.paths)):
        if line.container != "form":
            continue
        form = next((el for el in reversed(path) if page.el_sig[el][0] == "form"), None)
        if form is None:
            continue
        form_of[i] = form
        if len(line.text) > 60 and line.link_density < 0.5:
            words[form] = words.get(form, 0) + len(line.text.split())
    for i, form in form_of.items():
        if words.get(form, 0) >= 60:
            lines[i].container = None


def _table_rows(page: _Page) -> tuple[list[Line], list[tuple[int, ...]]]:
    """A data table's rows as one line each ("Region | 2024 | 2025"): rows of two or more short, one-line cells (of three
    or more, one may be a sentence: "Oil price cap | G7, EU | 2022 | Bars Western firms from shipping …").

    A layout table (a cell holding a whole column of the page) has cells of many lines and is left alone. The
    elements' runs of lines are renumbered for the lines merged away.
    """
    lines, paths, parent, sig = page.lines, page.paths, page.el_parent, page.el_sig
    if len(paths) != len(lines):
        return lines, paths
    cell_lines: dict[int, int] = {}
    for path in paths:
        if path and sig[path[-1]][0] in ("td", "th"):
            cell_lines[path[-1]] = cell_lines.get(path[-1], 0) + 1
    if not cell_lines:
        return lines, paths
    rows: dict[int, list[int]] = {}  # row element → indexes of its cells' lines
    for i, path in enumerate(paths):
        if path and path[-1] in cell_lines and sig[parent[path[-1]]][0] == "tr":
            rows.setdefault(parent[path[-1]], []).append(i)
    simple = {row for row, members in rows.items() if len(members) >= 2
              and all(cell_lines[paths[i][-1]] == 1 and len(lines[i].text.split()) <= 12 for i in members)
              or len(members) >= 3 and all(cell_lines[paths[i][-1]] == 1 for i in members)
              and sum(len(lines[i].text.split()) > 12 for i in members) == 1
              and all(len(lines[i].text.split()) <= 25 for i in members)}
    table_of = {row: _table_of(row, parent, sig) for row in simple}
    tables = [t for t in table_of.values()]
    merged = {row for row in simple if tables.count(table_of[row]) >= 2}
    if not merged:
        return lines, paths
    out_lines: list[Line] = []
    out_paths: list[tuple[int, ...]] = []
    first_of = {rows[row][0]: row for row in merged}
    skip = {i for row in merged for i in rows[row][1:]}
    gone = sorted(skip)
    page.el_first = [i - bisect_left(gone, i) for i in page.el_first]
    page.el_end = [i - bisect_left(gone, i) for i in page.el_end]
    for i, (line, path) in enumerate(zip(lines, paths)):
        if i in skip:
            continue
        if i in first_of:
            cells = [lines[j] for j in rows[first_of[i]]]
            text = " | ".join(c.text for c in cells)
            linked = sum(c.link_density * len(c.text) for c in cells)
            # (A table set in a <figure>, as a block editor does, is a figure of data, no photo caption.)
            container = None if line.container == "figure" else line.container
            row_line = Line(n=line.n, text=text, raw=text, tag="tr", link_density=min(1.0, linked / max(1, len(text))),
                            container=container, blank_before=True, group=line.group)
            row_line.in_article = line.in_article
            out_lines.append(row_line)
        else:
            out_lines.append(line)
        out_paths.append(path)
    return out_lines, out_paths


def _table_of(row: int, parent: list[int], sig: list[tuple[str, str]]) -> int:
    el = parent[row]
    while el > 0 and sig[el][0] != "table":
        el = parent[el]
    return el


def _unbox_content(lines: list[Line], page: _Page, root: Optional[set[int]]) -> bool:
    """A class-named box ("widget", "card"…) that holds most of the page's running text is the content wrapper.

    Unless the page has a clear content root elsewhere: then a long comment thread is a comment thread.
    """
    words: dict[str, int] = {}
    total = 0
    for line in lines:
        if line.link_density < 0.5 and len(line.text) > 60 and not bp.code_like(line.text):
            n = len(line.text.split())
            total += n
            if line.container and "#" in line.container:
                words[line.container] = words.get(line.container, 0) + n
    in_root = 0
    if root:
        for line, path in zip(lines, page.paths):
            if line.container is None and line.link_density < 0.5 and len(line.text) > 60 and not root.isdisjoint(path):
                in_root += len(line.text.split())
    # A box apart from a clear root stays furniture when it is a comment thread, or when the root holds a good
    # share of its text; a story wrapped in a misnamed box ("promo-block") with little else on the page is unboxed.
    wrappers = {box for box, n in words.items() if total and n >= total * 0.4
                and not (root and box in page.box_element and _apart(page.box_element[box], root, page.el_parent)
                         and (box.startswith(("comment", "disqus")) or in_root >= n * 0.5))}
    _unbox_introduced_lists(lines, wrappers)
    for line in lines:
        if line.container and "#" in line.container:
            line.container = None if line.container in wrappers else line.container.split("#")[0]
    return bool(wrappers)


def _unbox_introduced_lists(lines: list[Line], wrappers: set[str]) -> None:
    """A list in a class-named box, between two of the story's paragraphs, the one above it ending on a colon ("Однак на
    момент публікації:"), is the list that paragraph introduces, whatever its class says ("Footer_link__kltbv")."""
    i = 0
    while i < len(lines):
        box = lines[i].container
        if lines[i].tag != "li" or not box or "#" not in box:
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].tag == "li" and lines[end].container == box:
            end += 1
        above, below = (lines[i - 1] if i else None), (lines[end] if end < len(lines) else None)
        # (The paragraphs in no box, or both in the one found to wrap the story.)
        # (Items that are clauses, four words or more each: not a box's options under its pitch, "Get our free
        # newsletters:" / "Morning Briefing", "Apple Podcasts", "£3 a month".)
        if above is not None and below is not None and above.tag == below.tag == "p" \
                and above.container == below.container and (above.container is None or above.container in wrappers) \
                and above.text.rstrip().endswith(":") and all(len(line.text.split()) >= 4 for line in lines[i:end]):
            for line in lines[i:end]:
                line.container = None
        i = end


def _main_article(lines: list[Line]) -> int:
    """The <article>/<main> holding most of the page's running text, when it clearly does (else 0).

    Sites also wrap each teaser card in <article>; only a dominant one marks the story.
    """
    words: dict[int, int] = {}
    total = 0
    for line in lines:
        if line.link_density < 0.5 and len(line.text) > 60 and line.container is None:
            n = len(line.text.split())
            total += n
            if line.in_article:
                words[line.in_article] = words.get(line.in_article, 0) + n
    if not words or not total:
        return 0
    best = max(words, key=words.get)
    return best if words[best] >= total * 0.5 else 0


def _hints(page: _Page, lines: list[Line], main: int) -> Hints:
    meta = page.meta
    ld = _json_ld_article(page.json_ld)
    hints = Hints()
    tab_title = clean("".join(page.title_parts)) or ""  # the <title>, read once for the headline and the site's name
    meta_title = _text(ld.get("headline")) or meta.get("og:title") or meta.get("twitter:title") or tab_title or None
    site = _ld_name(ld.get("publisher")) or meta.get("og:site_name")
    headings = [l for l in lines if l.tag == "h1"]
    not_logos = [l for l in headings if not _logo_heading(l.text, site, tab_title)]
    h1s = [l.text for l in not_logos if site is None or l.text.casefold() != site.casefold()]
    in_main = [l.text for l in not_logos if main and l.in_article == main]
    h1 = (in_main or [None])[0]
    if h1 is None and h1s:
        # The logo is often an <h1> too: take the one the page's own title names.
        h1 = max(h1s, key=lambda t: _overlap(t, meta_title)) if meta_title else h1s[0]
        if meta_title and _overlap(h1, meta_title) == 0:
            h1 = None
    title_from = "h1"
    # (A blog theme's <h1> holds the blog's name, which the page's title sets before or after the post's: "Senderos de
    # Gredos: Laguna Grande …", the post's title an <h2>/<h3> below.)
    # (The name is the short part: "Headline | Site" under an <h1> of the headline is no blog's.)
    blog_name = bool(h1 and _names_the_blog(h1, tab_title))
    # The site's name, where the <h1> holds it alone or beside the headline (or an <h1> the page's own title does not
    # name, set aside above, is the blog's name the tab sets before the post's: "Leituras da Serra: A sala …").
    named_in_heading = h1 if blog_name else next((t for t in h1s if _names_the_blog(t, tab_title)), None) \
        if h1 is None else None
    # (Or the programme's or series' name the page's title sets after the episode's: "<h1>The Coastal Hour</h1>" for
    # "The little ferry that keeps Inishcarra connected | The Coastal Hour".)
    if meta_title and headings and (h1 is None or len(h1.split()) <= 3 and _overlap(h1, meta_title) == 0 or blog_name
                                    or len(h1.split()) <= 4 and _after_the_headline(h1, meta_title)):
        # "<h1>Politik</h1>" over "<h2 class="headline">EU einigt sich …": the section's name set as the h1, the
        # headline a heading below it that the page's own title names.
        named = max((l.text for l in lines if l.tag in ("h2", "h3") and l.container is None),
                    key=lambda t: _overlap(t, meta_title), default=None)
        if named and _overlap(named, meta_title) >= 3:
            h1, title_from = named, "heading"
        else:
            # (or a line of the page in no heading's tag, "<div class="pr-title"><span>JSCO identifies …</span>",
            # that is the page's own title before its site's name: "JSCO identifies … | Joint Sanctions …")
            parts = {part.strip().casefold() for part in _TITLE_PARTS.split(meta_title) if len(part.split()) >= 4}
            named = next((l.text for l in lines if l.container is None and l.text.casefold() in parts), None)
            if named:
                h1, title_from = named, "heading"
    if h1 is None and not headings and tab_title:
        # No <h1> at all: a CMS's "<h2 itemprop="headline">" under the breadcrumbs, the very words the tab's title gives
        # before the site's name (its longest part, four words or more), over a shorter og:title.
        parts = sorted((part.strip() for part in _TITLE_PARTS.split(tab_title)), key=lambda part: len(part.split()))
        longest = parts[-1].casefold() if parts and len(parts[-1].split()) >= 4 else None
        if longest and site and longest == site.casefold():
            longest = None
        named = next((l.text for l in lines if l.tag in ("h2", "h3") and l.container is None
                      and l.text.casefold() == longest), None) if longest else None
        if named:
            h1, title_from = named, "heading"
            # (The tab's other part is the site's name, which the title no longer carries to be split off.)
            if len(parts) == 2 and named_in_heading is None and len(parts[0].split()) <= 6:
                named_in_heading = parts[0]
    if h1 and title_from == "h1" and len(h1.split()) <= 4 and _after_the_headline(h1, tab_title):
        # ("The rooftop beekeepers … - City Pulse - Harbourline Radio" over "<h1>City Pulse</h1>": the programme's name,
        # though it shares a word with the headline, "city"; the headline the heading that is the tab's first part.)
        first = _TITLE_PARTS.split(tab_title)[0].strip().casefold()
        # (Or one the tab gives cut short: "At 84, the Regal's organist still plays every Saturday matinee | The Estuary
        # Hour | …" over the heading's "… — and has no plans to stop".)
        named = next((l.text for l in lines if l.tag in ("h2", "h3") and l.text.casefold() == first), None)
        cut_short = [l.text for l in lines if l.tag in ("h2", "h3") and len(first.split()) >= 5
                     and l.text.casefold().startswith(first)]
        named = named or (cut_short[0] if len(set(cut_short)) == 1 else None)
        if named:
            h1, title_from = named, "heading"
    if h1 and title_from == "h1" and len(h1.split()) <= 4:
        below = _headline_under_section(lines, h1)
        if below is not None:
            h1, title_from = below, "heading"
    if h1 and title_from == "h1" and tab_title:
        # "<h1>潮見タイムス ｜ 湾岸朝市、…</h1>" under the tab's "湾岸朝市、…｜潮見タイムス": the part the tab sets as the
        # site's name goes, the headline both share stays.
        # (Only a bar, and only where the tab sets the two parts the other way round: a dash joins a headline's own
        # clauses, "20. Sanktionspaket – EU nimmt …", and the tab repeats them in that order.)
        parts = [part.strip() for part in re.split(r"\s*[|｜]\s*", h1, maxsplit=1)]
        if len(parts) == 2 and all(parts):
            site_part, head = parts if len(parts[1]) > len(parts[0]) else parts[::-1]
            first_in_h1 = h1.startswith(site_part)
            if tab_title.startswith(head) and tab_title.endswith(site_part) and first_in_h1 \
                    or tab_title.startswith(site_part) and tab_title.endswith(head) and not first_in_h1:
                h1, named_in_heading = head, site_part
    if h1:
        hints.title, hints.title_from = h1, title_from
    elif meta_title:
        hints.title, hints.title_from = clean(meta_title), "meta"
    kicked = _without_kicker(hints.title, meta_title, lines)
    if kicked:
        hints.title = kicked
    people = _people(_resolve(ld.get("author"), page.json_ld))
    ld_author = _ld_name(people)
    desk = None
    if ld_author:
        # "TT", "TNN", "PTI" beside or instead of a reporter: the agency or desk the story came through, no person.
        names = [_person_name(name) for name in ld_author.split(" and ")]
        ld_author = " and ".join(n for n in names if not md.is_desk_code(n)) or None
        desk = None if ld_author else " and ".join(names)
    hints.author = ld_author or _microdata_author(page) or _meta_author(meta) or _labelled_field_author(lines)
    if hints.author and not ld_author and md.is_desk_code(hints.author):
        # (So is a desk in the meta tag, <meta name="author" content="Hanseblick Redaktion">: the byline may name people.)
        # (Not a press office, "Ente Público de Aguas del Levante. Gabinete de Comunicación": a release signs with no
        # one's name.)
        person = md.without_press_office(hints.author)
        if person:
            hints.author = person  # ("Ann Lee, Gabinete de Prensa": the person beside the press office)
        else:
            desk = desk or (None if md.press_office(hints.author) else hints.author)
            hints.author = None
    if hints.author and hints.author.casefold() in {n.casefold() for n in (site, meta.get("og:site_name")) if n} \
            and not _typed_person(people):
        hints.author = None  # the outlet named as its own author (a personal blog's owner is typed Person)
    if hints.author and _HANDLE.fullmatch(hints.author):
        hints.author = _display_name(hints.author, lines) or hints.author
    hints.author_declared = hints.author is not None
    language = page.lang or (meta.get("og:locale", "")[:2].lower() or None)
    hints.author = hints.author or _byline_box(lines, language) or desk
    # (With no article among them, the page's own node still says when it was first published: a council's or a
    # ministry's news page typed "WebPage", whose first <time> may be its latest update's.)
    page_ld = _json_ld_page(page.json_ld) if not ld and page.json_ld else {}
    declared = (_text(ld.get("datePublished")), meta.get("article:published_time"), meta.get("og:published_time"),
                meta.get("date"), meta.get("pubdate"), meta.get("publishdate"), meta.get("dc.date"),
                # (Dublin Core's, as a government's CMS writes it: "dcterms.date", "dcterms.issued", "dc.date.issued".)
                meta.get("dcterms.date"), meta.get("dcterms.issued"), meta.get("dc.date.issued"),
                meta.get("datepublished"), _text(page_ld.get("datePublished")), _site_published_meta(meta))
    for value in (*declared, *page.times, _text(ld.get("dateModified"))):
        iso = iso_from_machine(value) if value else None
        if iso:
            hints.date = iso
            hints.date_from_time = not any(declared) and value in page.times
            utc = re.search(r"T(\d\d):\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$", value.strip())
            hints.date_utc_hour = int(utc.group(1)) if utc else None
            local = _local_day(value, page.times) if utc else None
            if local:
                hints.date, hints.date_utc_hour = local, None
            break
    site_name = _spelled_domain(_without_portal(meta.get("og:site_name")), tab_title)
    company = _ld_name(ld.get("publisher"))
    if company and company.casefold() in _HOSTING_PLATFORMS:
        company = None  # (Blogger's template names itself the publisher of every blog it hosts: the blog's name is)
    # The structured data names the company ("東洋新報社", "Halcyon Media GmbH"), the share card the site ("東洋新報デジタル").
    if company and site_name and _company_name(company) and company.casefold() != site_name.casefold():
        company = None
    hints.publisher = company or site_name or meta.get("application-name") or named_in_heading
    hints.url = page.canonical or meta.get("og:url") or _text(ld.get("url"))
    if hints.url and not re.match(r"https?://", hints.url):
        hints.url = None
    description = meta.get("og:description") or meta.get("description") or _text(ld.get("description"))
    # A share card's description is often the page's own cut short ("…2026." against "…2026. Les commerçants …"):
    # the whole one is the standfirst.
    longer = meta.get("description")
    if description and longer and len(longer) > len(description) \
            and longer.startswith(description.rstrip(".…  ").rstrip()):
        description = longer
    # The page's own description opening its first paragraph ("FC Kustland heeft de kustderby … gewonnen. …") says the
    # page has no dek: the share card's other wording of it ("FC Kustland wint na vroege achterstand …") is none either.
    if description and longer and longer != description and _opens_a_paragraph(longer, lines):
        description = longer
    # A blog platform's share card cut from the post's first lines ("Queridos leitores e leitoras, que semana! Na
    # segunda-feira, dia 10, a …") is no dek; the page's own description beside it, worded apart, is.
    elif description and longer and longer != description and _runs_over_lines(description, lines) \
            and not _runs_over_lines(longer, lines):
        hints.excerpt, description = clean(description), longer
    if description and _SITE_BLURB.search(description):
        description = None  # "みなと台市の公式ホームページです。…": the site's own blurb, the same on every page
    hints.description = clean(description) if description else None
    dek = hints.description.rstrip(" .") if hints.description else ""
    if hints.title and len(dek.split()) >= 5 and hints.title.endswith(dek) and len(hints.title) - len(dek) >= 15:
        # "<h1>Headline <small>its subtitle</small></h1>": the subtitle, the page's description, is no part of it.
        hints.title = hints.title[:-len(dek)].rstrip(" :–—-|")
    hints.language = language
    return hints


# A site's own meta name for when the page was first published ("pvbc:first-published-at", "cms.publish-date",
# "published_at"): never an update's ("public-updated-at", "last-modified").
_PUBLISHED_META = regexes.compile(r"(?:^|[:._\-])(?:first[._\-]?)?publish(?:ed)?(?:[._\-]?(?:at|date|time|on))?$")


def _site_published_meta(meta: dict) -> Optional[str]:
    return next((value for key, value in meta.items() if "publish" in key and _PUBLISHED_META.search(key)
                 and not _NOT_FIRST.search(key)), None)


_NOT_FIRST = regexes.compile(r"last|next|update|modif|revis|schedul|expir|un-?publish")


# A site describing itself in every page's meta description: "the official website of …", "…の公式ホームページです".
# (Opening the description, as a site's own blurb does: not a story's "a fake copy of the official website of …".)
_SITE_BLURB = regexes.compile(r"^(?:welcome\s+to\s+|this\s+is\s+)?(?:the\s+)?official\s+(?:web\s?site|home\s?page|site|portal)\s+(?:of|for)\b|"
                              r"^[^。.!?]{1,40}の公式(?:ホームページ|ウェブサイト|サイト)です|^[^。]{0,20}官方网站|"
                              r"^(?:bienvenue\s+sur\s+le\s+)?(?:site|portail)\s+officiel\s+de\b|^(?:sitio|portal|página)\s+oficial\s+de\b|"
                              r"^(?:die\s+)?offizielle\s+(?:website|internetseite|homepage|seite)\s+(?:der|des|von)\b", re.IGNORECASE)


def _labelled_field_author(lines: list[Line]) -> Optional[str]:
    """A CMS's labelled field, "<div class="field__label">Розмовляв</div><div class="field__item">Андрій Ковальчук</div>",
    set apart from the story's element: the byline's label on a line of its own, the name on the next (the text's own
    rule, layout._metadata, never sees lines outside the story's element)."""
    for line, nxt in zip(lines, lines[1:]):
        if len(line.text) <= 40 and md.is_byline_label(line.text) \
                and len(nxt.text.split()) <= 5:
            name = md.author_name(nxt.text)
            if name and len(name.split()) >= 2:
                return name
    return None


def _names_the_blog(heading: str, tab_title: str) -> bool:
    """A short heading the tab's title sets apart before or after the post's own title: the blog's name."""
    return len(heading.split()) <= 5 and len(tab_title) > 2 * len(heading) + 10 and bool(
        re.match(re.escape(heading) + r"\s*[:|｜–—-]\s+", tab_title)
        or re.search(r"\s*[:|｜–—-]\s*" + re.escape(heading) + "$", tab_title))


# Platforms that host blogs and newsletters, named as the publisher in the structured data of every page they serve.
_HOSTING_PLATFORMS = frozenset(("blogger", "blogspot", "wordpress", "wordpress.com", "medium", "substack", "tumblr",
                                "wix", "squarespace", "ghost", "weebly", "livejournal", "hatena blog", "tistory",
                                "naver blog", "note"))


def _runs_over_lines(description: str, lines: list[Line]) -> bool:
    """The description is the page's text from a line's start on, run past that line's end into the next."""
    probe = clean(description).rstrip(" .…")
    for k, line in enumerate(lines):
        if len(line.text) < len(probe) and probe.startswith(line.text) and k + 1 < len(lines):
            return (line.text + " " + lines[k + 1].text).startswith(probe[:len(line.text) + 20])
    return False


def _opens_a_paragraph(description: str, lines: list[Line]) -> bool:
    """The description is a paragraph's opening (its first sentence, or its first 60 characters)."""
    probe = clean(description)
    stop = probe.find(". ")
    probe = probe[:stop + 1 if stop >= 40 else 60][:60]
    return len(probe) >= 40 and any(line.tag == "p" and line.text.startswith(probe) for line in lines)


def _local_day(utc_value: str, times: list[str]) -> Optional[str]:
    """The day a <time> shows the same moment in the page's own time zone ("2026-11-23T23:12-05:00" for the
    structured data's "2026-11-24T04:12Z"): the day its readers saw, where UTC has already turned."""
    try:
        moment = datetime.fromisoformat(utc_value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    for value in times:
        if value[-6:-5] not in "+-" or value.endswith(("+00:00", "-00:00")):
            continue
        try:
            shown = datetime.fromisoformat(value.strip())
        except ValueError:
            continue
        if shown.tzinfo is not None and moment.tzinfo is not None and shown == moment:
            return shown.date().isoformat()
    return None


# "Ministerstwo Spraw Zagranicznych - Portal Gov.pl", "Foreign Office - GOV.UK": the body, then the portal hosting it.
_PORTAL = regexes.compile(r"\s+[-–|]\s+(?:(?i:portal|serwis)\s+)?[\w-]+\.[A-Za-z]{2,3}$")


def _without_portal(name: Optional[str]) -> Optional[str]:
    if not name or "." not in name:
        return name
    cut = _PORTAL.sub("", name)
    return cut if len(cut.split()) >= 2 else name


def _spelled_domain(name: Optional[str], title: str) -> Optional[str]:
    """"gazetapolnocna.pl" as the site's name, "… | Gazeta Północna" in the page's title: the name as it is written."""
    if not name or " " in name or not md.is_domain(name):
        return name
    label = name.lower().removeprefix("www.").split(".")[0]
    parts = md.TITLE_SEPARATORS.split(title)
    written = parts[-1].strip() if len(parts) >= 2 else ""
    return written if written and _folded(written) == label.replace("-", "") else name


def _folded(text: str) -> str:
    """"Gazeta Północna" → "gazetapolnocna": letters without accents or spaces, as a domain writes them."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("ł", "l").replace("ø", "o").replace("ß", "ss"))
    return "".join(c for c in plain if c.isalnum() and c.isascii())


def _company_name(name: str) -> bool:
    return md.is_company(name) or bool(re.search(r"[\u30A0-\u30FF\u4E00-\u9FFF]社$|株式会社|有限公司", name))


# The kind of piece a headline may open on, as part of its own wording ("Explained: Which sanctions …"); a topic's or a
# status's kicker ("Ukraine war:", "Live:", "Exclusive:") is the page's label over it, left out as og:title leaves it.
_GENRE_LABELS = frozenset({"explained", "explainer", "analysis", "fact check", "fact-check", "factcheck", "q&a",
                           "interview", "opinion", "editorial", "review", "comment", "obituary", "profile"})


def _without_kicker(title: Optional[str], meta_title: Optional[str], lines: list[Line]) -> Optional[str]:
    """The headline without its kicker: the meta title says "Kicker: Headline" and the page sets the two apart in
    one heading ("<h2><span>Kicker</span><span>Headline</span></h2>"), so the kicker is a label above the headline."""
    if not title or not meta_title:
        return None
    meta_title = clean(meta_title)
    # The meta title is the heading without its first words ("<h1><span>Heizungsgesetz</span>
    # <span>Förderung für …</span></h1>" against "Förderung für …"): those words are the kicker.
    head = title[: len(title) - len(meta_title)]
    # (A kicker of four words or five over a longer headline: "Krieg in der Ukraine" over "Ukraine-Gespräche in
    # Istanbul: Delegationen ringen um …".)
    # (Not a label the heading writes with its colon, "<h1>Explained: Which sanctions …</h1>": the headline's own
    # opening, which a shorter og:title leaves out: a genre's label, not a topic's or a forum's "Thread:".)
    own_label = head.rstrip().endswith(":") and head.strip().rstrip(":").casefold() in _GENRE_LABELS
    if len(meta_title.split()) >= 3 and title.endswith(meta_title) and head[-1:].isspace() and not own_label \
            and 1 <= len(head.split()) <= (5 if len(meta_title.split()) >= 2 * len(head.split()) else 3):
        return meta_title
    kicker, sep, rest = meta_title.partition(": ")
    if not sep or not rest or len(kicker.split()) > 4:
        return None
    # (The two spans may come glued, no space between them: "Ökonomin über Russland-Sanktionen„Die Sanktionen …“".)
    shown = (f"{kicker} {rest}".casefold(), f"{kicker}{rest}".casefold())
    if title.casefold() not in (meta_title.casefold(), *shown):
        return None
    if any(l.tag in _HEADINGS and l.text.casefold() in shown for l in lines):
        return rest
    return None


# A forum member's user name ("rgarrow", "ole_k_1987"): one word, no capital.
_HANDLE = regexes.compile(r"[a-z0-9_.-]{3,30}")


def _display_name(handle: str, lines: list[Line]) -> Optional[str]:
    """"Rhys Garrow rgarrow Trusted member": the name a forum shows before the member's user name (Discourse, phpBB
    themes), where the page's metadata gives only the user name."""
    pattern = re.compile(r"(?:^|\s)(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3})\s+@?%s(?!\w)" % re.escape(handle))
    for line in lines:
        if handle in line.text:
            found = pattern.search(line.text)
            if found and md.author_name(found.group("name")) == found.group("name"):
                return found.group("name")
    return None


def _logo_heading(text: str, site: Optional[str], tab_title: str) -> bool:
    """"<h1 class="logo">Körfez Postası<small>İzmir'in bağımsız haber sitesi</small></h1>": the site's name and its
    motto, where the tab names the site after the headline ("İzmir'de vapur … - Körfez Postası") and the rest of the
    <h1> shares next to no word with that headline."""
    names = [site] if site else [part.strip() for part in _TITLE_PARTS.split(tab_title)[1:] if part.strip()]
    for name in names:
        if len(name) >= 4 and text.startswith(name) and len(text) > len(name):
            head = tab_title.replace(name, "")
            # (One word in common may be the city both name: "İzmir'in …" under "İzmir'de vapur …".)
            return _overlap(text[len(name):], head) <= (1 if len(re.findall(r"\w{3,}", head)) >= 6 else 0)
    return False


def _after_the_headline(name: str, title: str) -> bool:
    """Whether the page's title sets `name` as a later part, after a headline of its own of four words or more."""
    parts = [part.strip().casefold() for part in _TITLE_PARTS.split(title)]
    return len(parts) >= 2 and len(parts[0].split()) >= 4 and name.strip().casefold() in parts[1:]


_TITLE_PARTS = regexes.compile(r"\s[|–—-]\s")


def _overlap(a: str, b: Optional[str]) -> int:
    if not b:
        return 0
    words = lambda t: {w for w in re.findall(r"\w{3,}", t.casefold())}  # noqa: E731
    return len(words(a) & words(b))


def _json_ld_article(blobs: list[str]) -> dict:
    """The first JSON-LD object that is an article (NewsArticle, BlogPosting, …), looking inside @graph; else, on a
    broadcaster's page, the programme's episode the page is ("RadioEpisode", "PodcastEpisode")."""
    episode = {}
    for item in _json_ld_items(blobs):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and (k.endswith("Article") or k in ("BlogPosting", "Report", "LiveBlogPosting",
                                                                        "DiscussionForumPosting", "SocialMediaPosting"))
               for k in kinds):
            return item
        if not episode and any(k in _EPISODES for k in kinds if isinstance(k, str)):
            episode = item
    return episode


_EPISODES = frozenset(("RadioEpisode", "PodcastEpisode", "TVEpisode", "Episode"))


def _json_ld_page(blobs: list[str]) -> dict:
    """The first JSON-LD object typed as the page itself (WebPage, ItemPage; not a CollectionPage's list), inside @graph."""
    for item in _json_ld_items(blobs):
        kind = item.get("@type")
        if any(k in ("WebPage", "ItemPage") for k in (kind if isinstance(kind, list) else [kind])):
            return item
    return {}


def _json_ld_items(blobs: list[str]) -> Iterator[dict]:
    """Every object in the page's JSON-LD blocks, @graph members included; a broken block is skipped."""
    for blob in blobs:
        try:
            data = json.loads(blob.strip())
        except (ValueError, RecursionError):
            continue
        yield from _walk(data)


def _resolve(value: Any, blobs: list[str]) -> Any:
    """JSON-LD may name the author only by reference ({"@id": …}, Yoast's @graph): look the node up."""
    refs = value if isinstance(value, list) else [value]
    wanted = {r["@id"] for r in refs if isinstance(r, dict) and "@id" in r and not r.get("name")}
    if not wanted:
        return value
    nodes: dict[str, dict] = {}
    for item in _json_ld_items(blobs):
        if isinstance(item.get("@id"), str) and item["@id"] in wanted:
            nodes.setdefault(item["@id"], item)
    resolved = [nodes.get(r["@id"], r) if isinstance(r, dict) and r.get("@id") in wanted else r for r in refs]
    return resolved if isinstance(value, list) else resolved[0]


def _walk(data: Any, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk(data["@graph"], depth + 1)


def _text(value: Any) -> Optional[str]:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_name(value: Any) -> Optional[str]:
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return md.joined_names(names) if names else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _person_name(name: str) -> str:
    """"MARTA KOWALCZYK Associated Press": a wire's feed puts the agency after the name and sets the name in capitals;
    "김서연 기자": the Korean or Japanese word for reporter after the name."""
    name = md.without_employer(md.WIRE_AFTER_NAME.sub("", name).strip() or name)
    name = _CJK_REPORTER_AFTER.sub("", name) or name
    return name.title() if name.isupper() and len(name.split()) >= 2 else name


_CJK_REPORTER_AFTER = regexes.compile(r"\s*(?:기자|특파원|記者|特派員|记者)$")
_ORGANISATION_TYPES = {"Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization",
                       "EducationalOrganization", "NGO", "OnlineBusiness", "LocalBusiness", "Brand", "WebSite"}


_NEWS_AGENCY = regexes.compile(r"(?i)\b(?:news\s+agency|press\s+agency|agence|agencia|agência|agenzia|agentur|agencja|ajans[ıi]?)\b|"
                               r"агентств|وكالة|通信社|통신")


def _people(value: Any) -> Any:
    """JSON-LD authors that are people: an Organization given as the author (the broadcaster, a company issuing a
    release) names no one who wrote the piece."""
    if isinstance(value, list):
        return [v for v in value if _people(v) is not None]
    if isinstance(value, dict):
        kind = value.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in _ORGANISATION_TYPES for k in kinds if isinstance(k, str)) \
                and not (isinstance(value.get("name"), str) and _NEWS_AGENCY.search(value["name"])):
            return None  # (but a news agency, an agency-only byline: "Agence France-Presse", "وكالة المشرق للأنباء")
    return value


def _typed_person(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    return any(isinstance(v, dict) and v.get("@type") == "Person" for v in items)


def _byline_box(lines: list[Line], language: Optional[str] = None) -> Optional[str]:
    """The name in an element the page marks as the author's (class="author", rel="author")."""
    for line in lines:
        # (Not a comment's: "Ewa K. 24.06.2025, 12:41" is who wrote under the story.)
        # (Nor the label of a field of names, Drupal's "Autor" over its items.)
        if line.byline and len(line.text) <= 80 and not (line.container and "comment" in line.container) \
                and not md.is_byline_label(line.text):
            text = line.text
            joined = md.names_joined_by_en(text) if language and language[:2] in md.EN_IS_AND else None
            name = joined or md.byline(text) or md.author_name(text)
            if name:
                return name
    return None


_MAX_AUTHORS = 8


def _microdata_author(page: _Page) -> Optional[str]:
    """itemprop="author": its itemprop="name" when it has one, else its text when that is only a name; every author
    the page marks so, joined as a byline joins them."""
    names: list[str] = []
    for name_parts, text_parts in zip(page.microdata_name, page.microdata_author):
        name = clean("".join(name_parts))
        if not (name and len(name.split()) <= 6):
            text = clean("".join(text_parts))
            name = (md.byline(text) or md.author_name(text)) if text and len(text.split()) <= 6 else None
        if name and name not in names:
            names.append(name)
    return md.joined_names(names) if names else None


def _meta_author(meta: dict) -> Optional[str]:
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"):
        value = meta.get(key)
        # "Calder Foods Inc.": a company issuing a release, not a person who wrote it.
        if value and not value.startswith("http") and not md.is_company(value):
            return md.author_name(value) or value.strip()
    return None


# Elements whose text is one paragraph: a line in one of these scores for the element around it.
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"}
_COMMAS = regexes.compile(r"[,，、،]")


def _apart(box: int, root: set[int], parent: list[int]) -> bool:
    """Neither holds the other: the box is not the story's wrapper, nor part of the story."""
    def chain(el: int) -> set[int]:
        out = set()
        while el > 0:
            out.add(el)
            el = parent[el]
        return out
    above_box = chain(box)
    return not (root & above_box) and not any(box in chain(el) for el in root)


def _content_root(page: _Page, lines: list[Line]) -> Optional[set[int]]:
    """Find the element holding the story, the way Mozilla's Readability does, and mark what lies outside it.

    Each paragraph-like line (25+ characters, mostly not links, not in furniture) scores 1 + its commas + one per
    100 characters (at most 3); the element around it gets the score, the next one up half, higher ones a sixth.
    The best element, scaled by how little of its text is links, is the story's root; its siblings scoring at least
    a fifth of it (or holding one long sentence-shaped paragraph) join it. Repeated entries of the same shape
    (live-blog posts) lift the root to their common parent. Applied only when the root holds most of the scored
    text, so a page whose structure says little is judged by its text as before (None).
    """
    paths = page.paths
    if len(paths) != len(lines):
        return None
    parent, sig = page.el_parent, page.el_sig
    count = len(sig)
    lines_in = Counter(map(itemgetter(-1), filter(None, paths)))  # per element: the lines right inside it
    sizes = list(map(len, map(_TEXT, lines)))
    score = [0.0] * count
    scored: set[int] = set()  # the elements with a score
    points_of = [0] * len(lines)  # each scored line's points (0: not scored)
    total = 0.0
    # Most lines of a page sit in a container: the others, picked in C, are tested for the rest of _scored (spelt out).
    for i in compress(range(len(lines)), map(is_, map(_CONTAINER, lines), repeat(None))):
        line, path = lines[i], paths[i]
        size = sizes[i]
        if size < 25 or not line.link_density < 0.5 or line.tag in _HEADINGS:
            continue
        text = line.text
        points = points_of[i] = 1 + len(_COMMAS.findall(text)) + min(size // 100, 3)
        if not path:
            continue
        total += points
        # A <p> scores for the element around it; text straight in a <div> (or split by <br>) makes the div itself
        # the container of its paragraphs.
        inner = path[-1]
        start = len(path) - 2 if sig[inner][0] in _PARAGRAPHS or lines_in[inner] == 1 else len(path) - 1
        for level, k in enumerate(range(start, max(-1, start - 3), -1)):
            score[path[k]] += points / (1 if level == 0 else 2 if level == 1 else 6)
            scored.add(path[k])
    if total < 10:
        return None
    # An element's lines are a run of the page's lines (those made while it was open): its line count, its characters
    # (sums of lengths, from running totals), its last line. (The document, element 0, is never asked.)
    running = list(accumulate(sizes, initial=0))
    first, end = page.el_first, page.el_end
    under = list(map(sub, end, first))
    chars = list(map(sub, map(running.__getitem__, end), map(running.__getitem__, first)))
    linked_of = list(map(mul, map(_LINK_DENSITY, lines), sizes))  # each line's characters inside links
    # Most elements score nothing (they hold no paragraph): 0.0 without the link share, as the product would be.
    # An element's link characters are added over its run of lines, line after line as a running total would (the
    # same float).
    final = [0.0] * count
    for e in scored:
        if chars[e]:
            final[e] = score[e] * (1 - min(1.0, reduce(add, linked_of[first[e]:end[e]], 0.0) / chars[e]))
    top = max(range(1, count), key=final.__getitem__, default=0)
    if not final[top]:
        return None
    best_score = final[top]
    top = _repeated_entries(top, parent, sig, chars)
    rejected = None
    near = _next_to_headline(lines, paths, sig, lines_in, top, parent, final, best_score)
    if near is not None:
        rejected, top = top, near
    thread = rejected if rejected is not None and _thread_like(rejected, parent, sig, chars) else None
    feed = thread if thread is not None else rejected if rejected is not None else top
    if _headed_posts(feed, parent, sig, lines, paths):
        # A live blog's feed, each post under a heading of its own, is the story, and so is what stands with it under
        # the headline (its summary, its byline and dek): the element holding the feed and the headline is the
        # story's. (A comment thread's entries are headed by their writers' names, if at all.)
        top, thread = _holding_headline(feed, lines, paths, parent, sig) or top, None
    root = {top}
    # (Past the wrappers that hold the root alone, "<div class=field--item><div class=paragraph>…": its siblings are
    # those of the outermost one, such as the lead paragraph a CMS keeps in an item of its own.)
    anchor = top
    while parent[anchor] > 0 and under[parent[anchor]] == under[anchor]:
        anchor = parent[anchor]
    up = parent[anchor]
    if up > 0:
        threshold = max(10.0, max(final[top], best_score if rejected is None else 0.0) * 0.2)
        # (Past wrappers, a sibling is worth its best element inside, as the root is: "<section><div><div><p>…". One
        # walk up from each scored element, not a scan of them all per sibling: a page may hold thousands of each.)
        best_inside: dict[int, float] = {}
        for e in scored if anchor != top else ():
            child = e
            while child > 0 and parent[child] != up:
                child = parent[child]
            if child > 0 and final[e] > best_inside.get(child, 0.0):
                best_inside[child] = final[e]
        for sibling in _children(parent, up):
            if sibling == anchor or anchor != top and not _same_kind(sig[sibling], sig[anchor]) \
                    and not (sibling < anchor and _LEAD_BOX.search(sig[sibling][1])):
                # (Past wrappers, only items of the same kind, another field of the CMS, or the story's lead box above
                # it — not the page's sidebar.)
                continue
            if sibling == thread:
                continue  # the comment thread that outscored the story
            worth = final[sibling] if anchor == top else best_inside.get(sibling, 0.0)
            if worth >= threshold or under[sibling] == 1 and _lone_paragraph(lines[first[sibling]]):
                root.add(sibling)
    held = elsewhere = 0.0
    for points, path in zip(points_of, paths):
        if points:
            if not root.isdisjoint(path):
                held += points
            elif thread is None or thread not in path:
                elsewhere += points
    return root if held >= elsewhere else None


def _entries_in_items(page: _Page) -> None:
    """An <li> that holds a block of text beside its paragraph — a live blog's entry, its time over its text — is an
    entry, not a list's item: its paragraphs, headings and quotations are what they are, its time a line of its own.
    (An item whose one block is a <p>, as newsletters write lists, stays an item.)"""
    sig = page.el_sig
    items = [next((el for el in reversed(path) if sig[el][0] == "li"), None) if line.tag == "li" else None
             for line, path in zip(page.lines, page.paths)]
    blocks = Counter(item for item in items if item is not None)
    with_paragraph = {item for item, own in zip(items, page.own_tags) if item is not None and own == "p"}
    for line, item, own in zip(page.lines, items, page.own_tags):
        if item in with_paragraph and blocks[item] >= 2:
            line.tag, line.ordered = (own if own != "li" and own in _PARAGRAPHS else None), False


def _children(parent: list[int], el: int) -> list[int]:
    """The elements whose parent is el, in order (list.index scans for them in C: a page has thousands of elements)."""
    out = []
    child = el
    try:
        while True:
            child = parent.index(el, child + 1)
            out.append(child)
    except ValueError:
        return out


def _repeated_entries(top: int, parent: list[int], sig: list[tuple[str, str]], chars: list[int]) -> int:
    """A live blog's posts, each its own <article>: the root is the element holding them all, not the best post."""
    el = top
    for _ in range(4):
        up = parent[el]
        if up <= 0:
            break
        mates = [e for e in _children(parent, up) if e != el and sig[e] == sig[el] and chars[e] >= chars[el] * 0.3]
        if len(mates) >= 2 and sig[el][0] in ("article", "section", "div", "li"):
            return up
        el = up
    return top


def _scored(line: Line) -> bool:
    """Paragraph-like text outside furniture; headings are labels, not content (as in Readability)."""
    return line.container is None and len(line.text) >= 25 and line.link_density < 0.5 and line.tag not in _HEADINGS


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_TEXT, _LINK_DENSITY, _CONTAINER = attrgetter("text"), attrgetter("link_density"), attrgetter("container")


def _chain(el: int, parent: list[int]) -> list[int]:
    out = []
    while el > 0:
        out.append(el)
        el = parent[el]
    return out


def _next_to_headline(lines: list[Line], paths: list[tuple[int, ...]], sig: list[tuple[str, str]],
                      lines_in: dict[int, int], top: int, parent: list[int], final: list[float],
                      best_score: float) -> Optional[int]:
    """The block of text right under the <h1>, when the best-scoring block lies elsewhere and this one scores close.

    A long comment thread or a grid of teasers can outscore a short story; the story is the one the headline heads.
    """
    h1 = next((i for i, l in enumerate(lines) if l.tag == "h1" and l.container is None), None)
    if h1 is None:
        return None
    holding_top = set(_chain(top, parent))  # the best block and the elements around it (the same for every line)
    paragraphs: dict[int, int] = {}  # element → its paragraphs, counted once (a scan of the page each)
    for line, path in zip(lines[h1 + 1:], paths[h1 + 1:]):
        if not _scored(line) or not path:
            continue
        inner = path[-1]
        credited = path[-2] if (sig[inner][0] in _PARAGRAPHS or lines_in[inner] == 1) and len(path) > 1 else inner
        chain = _chain(credited, parent)
        if top in chain or credited in holding_top:
            return None  # the text under the headline is part of the best block (or holds it)
        # (The best block holds none of the chain's elements: it is in none of their chains, the chain's own tail.)
        best = max((el for el in chain if el not in holding_top), key=lambda el: final[el], default=None)
        # At least two paragraphs' worth, and two paragraphs: a dek or a byline under the headline is no rival (a live
        # blog's summary, long as it may be, is one paragraph beside its byline and date); look past them.
        if best is not None and final[best] >= max(5.0, best_score * 0.3):
            if best not in paragraphs:
                paragraphs[best] = _paragraphs_in(best, lines, paths)
            if paragraphs[best] >= 2:
                return best
    return None


def _paragraphs_in(el: int, lines: list[Line], paths: list[tuple[int, ...]]) -> int:
    """How many sentence-shaped paragraphs the element holds."""
    return sum(1 for line, path in zip(lines, paths) if el in path and _scored(line) and _SENTENCE_END.search(line.text))


_SENTENCE_END = regexes.compile(r"[.!?。]['\"”’»)]*$")


def _thread_like(el: int, parent: list[int], sig: list[tuple[str, str]], chars: list[int]) -> bool:
    """Three or more children of one shape holding most of the text: posts of a thread (or of a live blog)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for child in _children(parent, el):
        groups.setdefault(sig[child], []).append(child)
    return any(len(kids) >= 3 and sum(chars[k] for k in kids) >= chars[el] * 0.6 for kids in groups.values())


def _holding_headline(el: int, lines: list[Line], paths: list[tuple[int, ...]], parent: list[int],
                      sig: list[tuple[str, str]]) -> Optional[int]:
    """The element holding both this one and the <h1>, when it is a box of the page (not its <body>)."""
    h1 = next((path for line, path in zip(lines, paths) if line.tag == "h1" and line.container is None and path), None)
    if h1 is None:
        return None
    common = next((k for k in _chain(el, parent) if k in h1), None)
    return common if common and sig[common][0] in ("article", "main", "section", "div") else None


def _headed_posts(el: int, parent: list[int], sig: list[tuple[str, str]], lines: list[Line],
                  paths: list[tuple[int, ...]]) -> bool:
    """Whether most of the element's entries of its commonest shape hold a heading of four words or more that is not a
    link: posts with titles, as a live blog's are; not comments under their writers' names, nor teasers of other
    stories (their headings link to them)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for child in _children(parent, el):
        groups.setdefault(sig[child], []).append(child)
    posts = set(max(groups.values(), key=len, default=[]))
    if len(posts) < 3:
        return False
    headed = {k for line, path in zip(lines, paths) if line.tag in _HEADINGS and len(line.text.split()) >= 4
              and line.link_density < 0.5 for k in path if k in posts}
    return len(headed) * 2 > len(posts)


def _same_kind(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two elements of one kind: the same tag and the same first class ("section section--body" and "section
    section--body section--last"; not "col-a" and "col-b", nor two that say nothing of what they are)."""
    return a[0] == b[0] and bool(a[1]) and a[1].split()[:1] == b[1].split()[:1]


# The class of a box holding a story's lead or standfirst: "o-article__intro", "chapo", "article-lead", "standfirst".
_LEAD_BOX = regexes.compile(r"intro|(?<![a-z])lead(?![a-z])|chapo|chapeau|standfirst|summary|(?<![a-z])dek(?![a-z])|excerpt|"
                            r"abstract", re.IGNORECASE)


def _lone_paragraph(line: Line) -> bool:
    """The one line of a sibling element: is it a long, sentence-shaped paragraph (an intro set apart from the body, or
    the sentence announcing a list: "… Diese Tipps:")?"""
    return len(line.text) > 80 and line.link_density < 0.25 and line.container is None \
        and bool(re.search(r"[.!?。:：]['\"”’»)]*$", line.text))
