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
    # Where the one-pattern reading of plain tags ends and the careful one takes over.
    "<p\xa0class=x>a Unicode space is no separator</p>", "<a\vclass=x>nor a vertical tab</a>",
    "<a href=x/>not self-closing</a>", "<a b==c>two equals</a><a b=c=d>x</a>", "<a x=\"1\"y='2'>glued</a>",
    "<my-el data-x=1 @click=go :href=u>custom</my-el>", "<br/ ><p/><p a/b>x</p>", "<img alt= src=x><a x= >y</a>",
    "<a title='Fish &amp; chips' href=/s?q=1&amp;p=2>x</a><a href=`x`>tick</a>",
    "<p\n  class='a'\n  id=b\n>lines</p>\n<p>next</p>", "<div class=\"a>b\">quoted</div><DIV CLASS=X HIDDEN>up</DIV>",
])
def test_tricky_markup_tokenizes_as_html_parser_does(html):
    ours, ref = _both(html)
    assert ours == ref


def test_tags_with_the_same_attributes_share_what_read_attrs_made_of_them():
    made = []

    def read(values):
        made.append(values)
        return values

    rec = _Recorder()
    rec.handle_starttag = lambda tag, attrs: rec.events.append((tag, attrs))
    tokenize("<li class=item><a href=/a>A</a></li><li class=item><a href=/b>B</a></li><p hidden>", rec, read)
    tags = [e for e in rec.events if e[0] in ("li", "a")]
    assert [t for t, _ in tags] == ["li", "a", "li", "a"]
    assert rec.events[-1] == ("p", {"hidden": ""})  # a bare attribute's value is "" in a dict
    assert tags[0][1] is tags[2][1] == {"class": "item"}
    assert tags[1][1] == {"href": "/a"} and tags[3][1] == {"href": "/b"}
    assert len(made) == 5  # no attributes, class=item, href=/a, href=/b, hidden: each read once


def test_attributes_the_handler_does_not_read_come_as_none_except_on_tags_it_reads_whole():
    import re

    rec = _Recorder()
    rec.handle_starttag = lambda tag, attrs: rec.events.append((tag, attrs))
    tokenize("<a href=/x>x</a><a href=/y CLASS=menu>y</a><meta name=author content='Jo'><link href=/x>", rec,
             lambda values: values, telling=re.compile(r"\sclass\b", re.IGNORECASE), read_all_for=frozenset({"meta", "link"}))
    tags = [e for e in rec.events if e[0] in ("a", "meta", "link")]
    assert tags == [("a", {}), ("a", {"href": "/y", "class": "menu"}), ("meta", {"name": "author", "content": "Jo"}),
                    ("link", {"href": "/x"})]


class _ElementRecorder(_Recorder):
    """A handler taking an element that holds only text in one call: the events it stands for, without lines."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, str, int]] = []

    def handle_element(self, tag, attrs, text):
        self.elements.append((tag, text, self.line))
        self.handle_starttag(tag, attrs)
        if text:
            self.handle_data(text)
        self.handle_endtag(tag)


def _without_lines(events: list[tuple]) -> list[tuple]:
    return [e[:-1] if e[0] in ("start", "end") else e for e in events]


@pytest.mark.parametrize("case", [c for c in cases() if c.kind == "html"][::10], ids=lambda c: c.name)
def test_elements_in_one_call_read_as_html_parser_does(case):
    html = cut_inert(decode(case.raw_path.read_bytes()).text or "")
    ref = _Reference()
    ref.feed(html)
    ref.close()
    ours = _ElementRecorder()
    tokenize(html, ours)
    assert ours.elements  # links and the like came in one call
    assert _without_lines(ours.events) == _without_lines(ref.rec.events)


def test_an_element_holding_only_text_comes_in_one_call_on_its_text_line():
    rec = _ElementRecorder()
    tokenize("<ul>\n<li><a href=/x\n class=menu>Home</a></li>\n<li><em></em><b>two\nlines</b></li><br/>"
             "<i>a<b>b</b></i><A>case</a><script>x</script></ul>", rec)
    assert rec.elements == [("a", "Home", 3), ("em", "", 4), ("b", "two\nlines", 4), ("b", "b", 5)]
    assert ("start", "a", (), 5) in rec.events and ("data", "case") in rec.events  # <A>…</a>: not one call
