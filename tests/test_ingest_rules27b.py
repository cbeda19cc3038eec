"""Rules found on batch 27 (heldout_text_copied15) and HTML batch 10 (heldout_html10) in stop 17, checked on other
strings (other sites, names, languages)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import author_name
from ingest_fixtures import ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, body_lines, dump


def _article(header: str, body: str = "", head: str = "") -> bytes:
    return (f"<html><head><title>t</title>{head}</head><body><article><header>"
            f"<h1>Rural bus routes saved for the winter</h1>{header}</header>"
            f"<p>{_LEAD}</p><p>{_NEXT}</p>{body}<p>{_THIRD}</p></article></body></html>").encode()


def test_author_boxes_set_over_several_source_lines_give_both_names_without_a_line_break_or_role():
    header = ('<div class="author"><div class="author__text">\n      <span>By</span> <a href="/p/mk">Maria Kowalczyk</a>\n'
              '      <span class="author__role">Correspondent in Warsaw</span>\n    </div></div>\n'
              '<div class="author"><div class="author__text">\n      <span>and</span> <a href="/p/tb">Tom Berry</a>\n'
              '      <span class="author__role">Transport reporter</span>\n    </div></div>')
    assert extract(_article(header), "x.html").author == "Maria Kowalczyk and Tom Berry"


def test_a_german_compound_role_and_the_place_after_a_role_are_no_part_of_the_name():
    assert author_name("Lea Brandt Wirtschaftsredakteurin") == "Lea Brandt"
    assert author_name("Karl Meier Korrespondent in Wien") == "Karl Meier"
    assert author_name("Sara Núñez corresponsal en Lisboa") == "Sara Núñez"


def test_a_co_authors_line_opening_with_and_under_a_byline_in_a_text_dump():
    e = extract(dump("Rural bus routes saved for the winter", "Von Karl Meier", "und Lea Brandt", "3. März 2026",
                     _LEAD, _NEXT, _THIRD), "x.txt")
    assert e.author == "Karl Meier and Lea Brandt"


def test_the_description_s_first_sentence_on_the_line_over_the_byline_is_the_dek():
    dek = "The county will keep every rural route running through the winter. Fares stay frozen until the summer."
    page = (f"<html><head><meta property='og:description' content='{dek.split('. ')[0]}.'></head><body><article>"
            f"<header><h1>Rural bus routes saved for the winter</h1><p class='intro'>{dek}</p>"
            f"<div class='article__byline'><div class='author'><span>By</span> <a>Maria Kowalczyk</a></div>"
            f"<div class='dates'><time datetime='2026-03-03T09:00:00+01:00'>3 March 2026</time></div></div></header>"
            f"<div class='article__body'><p>{_LEAD}</p><p>{_NEXT}</p><p>{_THIRD}</p></div></article></body></html>")
    e = extract(page.encode(), "x.html")
    assert e.description == dek
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


def test_a_lead_under_the_byline_whose_first_sentence_is_the_description_stays_the_lead():
    first = _LEAD.split(", the transport")[0] + "."
    page = (f'<html><head><meta property="og:description" content="{first}"></head><body><article>'
            f'<h1>Rural bus routes saved for the winter</h1><div class="byline">By Maria Kowalczyk</div>'
            f'<p>{first} Operators met council officials on Tuesday.</p><p>{_NEXT}</p><p>{_THIRD}</p>'
            f'</article></body></html>').encode()
    e = extract(page, "x.html")
    assert e.description is None
    assert body_lines(e.blocks)[0].startswith(first)
