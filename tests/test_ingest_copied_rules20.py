"""Copied-text rules found on batch 20's pages, checked on other strings (other sites, other languages)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import author_name, byline


def _dump(*lines: str) -> bytes:
    return "\n\n".join(lines).encode()


_LEAD = ("Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über die Lahn bis zum Sommer vollständig zu "
         "sperren, weil Gutachter Risse in zwei Pfeilern gefunden haben.")
_NEXT = ("Pendler müssen mit Umwegen von bis zu zwölf Kilometern rechnen, teilte die Verwaltung mit, und der Busverkehr "
         "wird über die Nordbrücke umgeleitet.")
_HEADLINE = "BRÜCKEN-CHAOS: Lahnbrücke bis zum Sommer dicht"
_DEK = "Gutachter finden Risse in zwei Pfeilern, Pendler müssen bis zu zwölf Kilometer Umweg fahren"


def test_the_copied_document_title_on_the_first_line_is_the_headline_not_the_dek_below():
    # The page shows only the dek in large type; the tab's title above the menu holds the headline and the site name.
    e = extract(_dump(f"{_HEADLINE} | Lahn-Kurier", "Region", "Politik", "Sport", "Kultur", _DEK, "Von Petra Lang",
                      _LEAD, _NEXT, "© 2025 Lahn-Kurier GmbH"), "x.txt")
    assert (e.title, e.description, e.publisher) == (_HEADLINE, _DEK, "Lahn-Kurier")
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]
    # The share bar repeats the headline: enough to know the text before the dash is it.
    e = extract(_dump(f"{_HEADLINE} - Lahn Kurier", "Region", f"Teilen: {_HEADLINE} auf Facebook", _DEK,
                      "Von Petra Lang", _LEAD, _NEXT), "x.txt")
    assert (e.title, e.description) == (_HEADLINE, _DEK)


_JA_HEADLINE = "札幌市、路面電車を2028年までに延伸へ　駅前と大学病院を結ぶ"
_JA_LEAD = ("市は28日、駅前から大学病院まで路面電車を延伸する計画を発表した。総事業費は約120億円で、2028年春の開業を"
            "目指す。")
_JA_NEXT = "市によると、延伸区間は約2.4キロで、新たに五つの停留場を設ける。大学病院への通院客の利便性が高まるとしている。"


def test_a_japanese_headline_is_found_by_the_characters_it_shares_with_the_story_not_a_button_above_the_lead():
    # Japanese has no spaces: the headline shares pairs of characters with the lead (路面, 電車, 延伸, 大学), a
    # button right above the lead ("音声で聴く", listen) shares none; "ブックマーク" (bookmark) is a button, not story.
    e = extract(_dump("北海道新報", "ニュース", "地域", _JA_HEADLINE, "交通", "2026年11月29日 6時00分", "音声で聴く",
                      "ブックマーク", _JA_LEAD, _JA_NEXT), "x.txt")
    assert e.title == _JA_HEADLINE
    assert [b.text for b in e.blocks] == [_JA_LEAD, _JA_NEXT]


def test_names_with_central_european_and_turkish_letters_are_read_whole():
    # "ń", "ı" and "ś" are small letters, not the capital of a word glued to the name; "Ł", "Š", "Ş" open names.
    for line, name in (("Autor: Tomasz Kamiński", "Tomasz Kamiński"), ("Ayşe Kılıç | Anka Haber", "Ayşe Kılıç"),
                       ("By Łukasz Wiśniewski", "Łukasz Wiśniewski"), ("Šárka Černá", "Šárka Černá"),
                       ("Autor: Şule Çınar", "Şule Çınar"), ("Jan KowalskiDziennikarz", "Jan Kowalski")):
        assert author_name(byline(line) or line) == name, line
