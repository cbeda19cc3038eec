"""Ingest rules of stop 52, from the misses of sealed blind batches text 112 and HTML 85 (measured on main 3a503db5
before them), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

HEADLINE = "Rural bus routes to keep a daily return journey under new county contracts"


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def test_a_press_offices_contact_line_is_no_byline():
    # (From text 112: "Media contact: Press Office" under a press release's date gave the author "Media".)
    for line in ("Media contact: Press Office", "Press contact: Jane Doe, +44 20 7946 0000", "Media enquiries: Press Office",
                 "Contact presse : Service communication", "Pressekontakt: Anna Weber"):
        found = copied(_spaced(["Press release", HEADLINE, "Released: 3 September 2025", line, ENGLISH_LEAD,
                                ENGLISH_NEXT, ENGLISH_THIRD]))
        assert found.author is None, line
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], line
    # A subheading that opens on the word is none: "Contact tracing: what the app records".
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("Contact tracing: what the app records", 6) is None
    assert boilerplate_reason("Police enquiries: officers confirmed a file had been passed to prosecutors.", 11) is None
    assert boilerplate_reason("Media contact: Press Office", 4) == "a press office's contact line"
    # A byline in the same place still is one.
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]))
    assert found.author == "Ann Lee"


def test_an_op_eds_note_on_its_writer_after_the_story_is_dropped():
    # (From HTML 85: "Kirjoittaja on … toimittaja ja … kolumnisti." closing a Finnish column was kept as its last paragraph.)
    for note in ("The writer is a former ambassador to Poland and a senior fellow at the Atlantic Forum.",
                 "Kirjoittaja on turvallisuuspolitiikkaan perehtynyt toimittaja ja lehden kolumnisti.",
                 "L'autrice est chercheuse associée à l'Institut d'études européennes."):
        found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD,
                                note, "Share this article"]))
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], note
    # Not a book review's sentence on the book's author, nor such a sentence with the story going on after it.
    review = "The author is a former journalist who spent ten years in Moscow, and it shows in every chapter of the book."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, review]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, review]
    inside = "The writer is a retired postman who kept a diary of every letter he delivered in forty years."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, inside, ENGLISH_NEXT,
                            ENGLISH_THIRD]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, inside, ENGLISH_NEXT, ENGLISH_THIRD]
