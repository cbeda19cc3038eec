"""The fast tokenizer reads pages as html.parser does: the same tags, attributes, text and line numbers."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from ingest_fixtures import cases
from sitegen.ingest.decode import decode
from sitegen.ingest.html import cut_inert
from sitegen.ingest.markup import tokenize


class _Recorder:
    def __init__(self) -> None:
        self.line = 1
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, tuple(attrs), self.line))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.line))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "data":
            self.events[-1] = ("data", self.events[-1][1] + data)  # html.parser splits text at a stray '<'
        else:
            self.events.append(("data", data))


class _Reference(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rec = _Recorder()

    def handle_starttag(self, tag, attrs):
        self.rec.line = self.getpos()[0]
        self.rec.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.rec.line = self.getpos()[0]
        self.rec.handle_endtag(tag)

    def handle_data(self, data):
        self.rec.handle_data(data)


def _both(html: str) -> tuple[list, list]:
    ref = _Reference()
    ref.feed(html)
    ref.close()
    ours = _Recorder()
    tokenize(html, ours)
    return ours.events, ref.rec.events


@pytest.mark.parametrize("case", [c for c in cases() if c.kind == "html"], ids=lambda c: c.name)
def test_fixture_pages_tokenize_as_html_parser_does(case):
    html = cut_inert(decode(case.raw_path.read_bytes()).text or "")
    ours, ref = _both(html)
    assert ours == ref


@pytest.mark.parametrize("html", [
    "<p class=lead data-x='1' hidden>Fish &amp; chips &lt;3</p>",
    "<P CLASS=\"A\">Upper case</P><br/><img src=x.png />",
    "<p>a < b and c<d</p>",
    "<div\nclass='x'\n>multi\nline</div\n>",
    "<!DOCTYPE html><!-- note --><p>after</p><?xml version='1.0'?>",
    "<script type='application/ld+json'>{\"a\": \"<b>\"}</script><p>x</p>",
    "<style>p > a {}</style><p>styled</p>",
    "<p>broken </div junk> end</p>",
    "<a href=/x/y/z title=\"t\">link</a></>",
])
def test_tricky_markup_tokenizes_as_html_parser_does(html):
    ours, ref = _both(html)
    assert ours == ref
