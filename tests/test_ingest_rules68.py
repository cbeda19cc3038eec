"""Ingest rules of stop 42, from the misses of blind batches text 80 and HTML 57 (measured on main before them), each
tested on pages of its own. (The Greek press office labels are guarded by heldout_text_copied68/aigaioavrio_el_…, whose
about box goes only when the contact follows it.)"""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied

HEADLINE = "Ministers meet in Brussels on guarantees for Ukraine"

def test_a_polish_columns_note_that_it_is_the_writers_view_goes():
    found = copied([HEADLINE, *STORY,
                    "Tekst wyraża poglądy autora i nie musi być zgodny ze stanowiskiem redakcji.", "Komentarze (4)"])
    assert body_lines(found.blocks) == STORY


def test_a_line_saying_the_story_is_part_of_a_series_goes():
    found = copied([HEADLINE, *STORY, "This story is part of our series Changing Ground. Find all episodes here.",
                    "Listen next"])
    assert body_lines(found.blocks) == STORY


def test_a_story_sentence_about_a_series_stays():
    # (A sentence of the story that speaks of a series is no note about the page: it quotes or reports someone.)
    line = ("The minister said the report was part of a series of reviews the government would publish before the "
            "summit, and that the next one would cover air defence.")
    found = copied([HEADLINE, *STORY, line])
    assert body_lines(found.blocks) == STORY + [line]
