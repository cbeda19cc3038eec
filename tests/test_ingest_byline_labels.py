"""Byline labels in more languages: the name after the label is the author, whatever the page's language."""
from __future__ import annotations

import pytest

from sitegen.ingest.metadata import byline


@pytest.mark.parametrize("line, name", [
    ("Автори: Марія Коваль, Петро Гнатюк", "Марія Коваль and Петро Гнатюк"),
    ("Επιμέλεια: Γιώργος Αλεξίου", "Γιώργος Αλεξίου"),
    ("Yazar: Mehmet Öztürk", "Mehmet Öztürk"),
    ("Tekst: Anna Wiśniewska", "Anna Wiśniewska"),
    ("Autori: Luca Ferri e Giulia Conti", "Luca Ferri and Giulia Conti"),
    ("Tác giả: Trần Thị Mai", "Trần Thị Mai"),
    ("Piše: Marko Ilić", "Marko Ilić"),
    ("Skrevet av Kari Nordmann", "Kari Nordmann"),
    ("Diposting oleh Dewi Lestari", "Dewi Lestari"),
    ("Hosted by Priya Raman and Tom Adeyemi", "Priya Raman and Tom Adeyemi"),
    ("Autorius: Jonas Petrauskas", "Jonas Petrauskas"),
])
def test_a_labelled_byline_gives_its_names(line, name):
    assert byline(line) == name


@pytest.mark.parametrize("line", ["Tekst jest dostępny na licencji CC BY", "Hosted by the city of Gdańsk since 1997 and"])
def test_a_sentence_opening_on_a_label_word_is_no_byline(line):
    assert byline(line) is None
