"""Rules drawn from the earlier batches' misses that were left (live entries with a time and a headline on one line,
each entry's contributor named under it) and from blind batches 45/22 after their first runs, on pages of their own."""
from __future__ import annotations

from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines, dump

_ENTRIES = [
    ("08.10 Goedemorgen vanuit Den Haag", "Welkom bij ons liveblog over de stikstofdebatten in de Tweede Kamer. "
     "Vandaag stemmen de fracties over het nieuwe plan voor de boeren in het oosten van het land."),
    ("11.45 Coalitie zoekt steun bij oppositie", "De regeringspartijen hebben de afgelopen uren met drie "
     "oppositiepartijen gesproken over een compromis, zo bevestigen ingewijden tegenover onze redactie."),
    ("14.20 Boeren verzamelen zich op het Malieveld", "Op het Malieveld staan inmiddels enkele honderden trekkers. "
     "De politie meldt dat het protest tot nu toe rustig verloopt en dat er geen wegen zijn afgesloten."),
    ("17.05 Stemming uitgesteld tot dinsdag", "De Kamervoorzitter heeft de stemming over het plan uitgesteld tot "
     "dinsdag, omdat er op het laatste moment nog vier amendementen zijn ingediend door de oppositie."),
]


def _live(contributors: list[str]) -> bytes:
    lines = ["Home Nieuws Politiek Economie Sport", "LIVE", "Stikstofdebat: de dag in de Kamer",
             "Een dag van onderhandelingen, protesten en een uitgestelde stemming.",
             "Door Sanne de Vries (Den Haag), Pieter Bakker (Utrecht)", "Gepubliceerd 3 maart 2026"]
    for (heading, paragraph), name in zip(_ENTRIES, contributors):
        lines += [heading, name, paragraph]
    lines += ["Meer laden", "Meest gelezen", "Storm treft de kust van Zeeland", "© Het Binnenhof Dagblad 2026"]
    return "\n".join(lines).encode()


def test_live_entries_that_open_on_their_time_are_subheadings_with_their_contributors_left_out():
    extraction = extract(_live(["Sanne de Vries", "Pieter Bakker", "Sanne de Vries", "Pieter Bakker"]), "live.txt")
    expected = []
    for heading, paragraph in _ENTRIES:
        expected += ["## " + heading, paragraph]
    assert body_lines(extraction.blocks) == expected
    assert extraction.title == "Stikstofdebat: de dag in de Kamer"


def test_reporters_named_with_where_they_file_from_are_all_authors():
    assert md.author_name("Sanne de Vries (Den Haag), Pieter Bakker (Utrecht)") == "Sanne de Vries and Pieter Bakker"
    assert extract(_live(["Sanne de Vries"] * 4), "live.txt").author == "Sanne de Vries and Pieter Bakker"
    # (a credit in lower case in the brackets is a role, "(tekst)", "(foto)": the photographer is no author)
    assert md.author_name("Sanne de Vries (tekst), Pieter Bakker (foto)") == "Sanne de Vries"


def test_a_time_with_the_contributors_name_alone_is_no_entry_headline():
    lines = ["Stikstofdebat: de dag in de Kamer", "Gepubliceerd 3 maart 2026"]
    for (heading, paragraph), name in zip(_ENTRIES, ["Sanne de Vries", "Pieter Bakker"] * 2):
        lines += [heading[:5] + " " + name, paragraph]
    body = body_lines(extract("\n".join(lines).encode(), "live.txt").blocks)
    assert not any("Sanne" in line or "Pieter" in line for line in body)
    assert [line for line in body if not line.startswith("## ")] == [p for _, p in _ENTRIES]


_SECTIONS = [("Harbour Road depot", "The depot application asks to replace the bus garage with 140 flats, and the "
              "operator says its buses would move to a new site on the ring road by the end of next year."),
             ("Mill Lane school extension", "The school wants four classrooms on its playing field, which parents "
              "support but neighbours oppose because of the traffic at drop-off times on the narrow lane."),
             ("Quayside hotel", "The hotel would have 96 rooms over six storeys, and the heritage officer has asked "
              "for the top floor to be set back so that the listed warehouse beside it stays visible.")]


def test_subheadings_that_link_to_their_documents_are_kept_but_a_related_storys_card_is_not():
    from test_ingest_html33 import _P, _page
    sections = "".join(f'<h2><a href="https://planning.example.gov/app/{n}">{n}. {head}</a></h2><p>{text}</p>'
                       for n, (head, text) in enumerate(_SECTIONS, 1))
    card = ('<section class="box"><h2><a href="/news/other-story">Council tax to rise by five per cent</a></h2>'
            '</section>')
    page = _page(f"<article><h1>Three planning decisions due this winter</h1><div class=\"story\"><p>{_P}</p>"
                 f"{sections}{card}<p>{_P.replace('Tuesday', 'Friday')}</p></div></article>")
    expected = [_P]
    for n, (head, text) in enumerate(_SECTIONS, 1):
        expected += [f"## {n}. {head}", text]
    assert body_lines(extract(page, "p.html").blocks) == expected + [_P.replace("Tuesday", "Friday")]


def test_one_linked_heading_alone_between_paragraphs_stays_out():
    from test_ingest_html33 import _P, _page
    page = _page(f"<article><h1>Three planning decisions due this winter</h1><div><p>{_P}</p>"
                 f'<h3><a href="/news/other">Council tax to rise by five per cent</a></h3>'
                 f"<p>{_SECTIONS[0][1]}</p></div></article>")
    assert body_lines(extract(page, "p.html").blocks) == [_P, _SECTIONS[0][1]]
