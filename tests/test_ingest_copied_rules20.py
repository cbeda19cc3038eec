"""Copied-text rules found on batch 20's pages, checked on other strings (other sites, other languages)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import author_name, byline
from ingest_fixtures import GERMAN_LEAD as _LEAD, GERMAN_NEXT as _NEXT, dump as _dump


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


def test_bylines_with_a_degree_a_role_an_agency_or_a_sign_off_dash_give_the_name_alone():
    for line, name in (("Written by Prof. Helena Brandt, Research Fellow, Centre for Baltic Studies", "Helena Brandt"),
                       ("By Dr Omar Haddad, Senior Analyst", "Omar Haddad"),
                       ("Mehmet Aksoy | AA", "Mehmet Aksoy"), ("Lena Fischer | Reuters", "Lena Fischer"),
                       ("— Written by Paul Hendry, Gazette staff", "Paul Hendry"),
                       ("Article rédigé par Julien Morel - Radio Atlantique", "Julien Morel")):
        assert byline(line) == name, line
    for section in ("Sport | BBC", "World News | AP", "Live Updates | CNN"):
        assert byline(section) is None  # a section and the site: no one's name


def test_a_sign_off_byline_under_the_story_is_the_author():
    e = extract(_dump(_LEAD, _NEXT, "— Geschrieben von Petra Lang", "12 Kommentare"), "x.txt")
    assert e.author == "Petra Lang"
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]


def test_reading_time_a_long_share_bar_and_a_credited_caption_are_not_the_dek():
    caption = "Pendler stehen am Montag vor der gesperrten Lahnbrücke in Gießen. (PETRA LANG / DPA)"
    e = extract(_dump("Startseite", _HEADLINE, "Von Petra Lang", "Lesezeit: ca. 3 Minuten",
                      "Artikel in sozialen Netzwerken teilen: Teilen auf Facebook Teilen auf X Teilen auf WhatsApp",
                      caption, _LEAD, _NEXT), "x.txt")
    assert (e.title, e.author, e.description) == (_HEADLINE, "Petra Lang", None)
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]


def test_a_name_over_its_role_on_the_next_line_is_the_byline():
    e = extract(_dump("Startseite", _HEADLINE, "Vor 3 Stunden", "Jonas Weber", "Hessen-Korrespondent", _LEAD, _NEXT), "x.txt")
    assert e.author == "Jonas Weber"
    e = extract(_dump("北海道新報", "ニュース", _JA_HEADLINE, "田中健一", "記者", "2026年11月29日 6時00分", _JA_LEAD, _JA_NEXT),
                "x.txt")
    assert e.author == "田中健一"
    # A name over a line that is no role ("Jonas Weber" / "Gießen") is not taken for one.
    e = extract(_dump("Startseite", _HEADLINE, "Jonas Weber", "Mittelhessen", _LEAD, _NEXT), "x.txt")
    assert e.author is None


def test_an_inferred_title_is_not_cut_at_the_comma_before_what_was_said():
    from sitegen.ingest.headline import infer_title

    lead = ("Bürgermeisterin Anna Roth hat am Dienstag im Stadtrat erklärt, dass die Brücke über die Lahn bis zum "
            "Sommer gesperrt bleibt.")
    title = infer_title(lead)
    assert title.startswith("Bürgermeisterin Anna Roth hat am Dienstag im Stadtrat erklärt, dass die Brücke")
    # A comma that ends a clause is still where a long lead is cut.
    assert infer_title("Die Brücke über die Lahn bleibt bis zum Sommer gesperrt, teilte die Stadt am Dienstag in "
                       "Gießen nach einer Sitzung des Stadtrats mit.") == "Die Brücke über die Lahn bleibt bis zum Sommer gesperrt"


def test_a_match_report_byline_names_the_reporter_not_the_ground():
    assert byline("Match report by Kai Lindgren at the Riverside Arena") == "Kai Lindgren"
    assert byline("Analysis by Priya Shah") == "Priya Shah"
