"""Ingest rules of stop 40, each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied
from sitegen.ingest.extract import extract

CZ_STORY = ["Zastupitelstvo města v úterý večer schválilo opravu mostu přes řeku, práce mají začít na jaře a potrvají "
            "nejméně do konce léta.",
            "Objížďka povede přes sousední obec, řidiči autobusů proto musí počítat se zpožděním až deset minut, "
            "uvedla radnice.",
            "Starosta Petr Novák řekl, že město na opravu čekalo dvanáct let a že peníze nakonec přidal i kraj."]


def test_a_name_in_sentence_case_is_the_publisher_whole_not_its_capitalised_word():
    # The copyright's capitalised words stop at "zpravodaj"; the masthead and the footer write the name whole.
    found = copied(["Přeskočit na obsah", "čtvrtek 12. března 2026", "Jablonec 4 °C", "Předplatné", "Severní zpravodaj",
                    "Zprávy", "Sport", "Kultura",
                    "Most přes řeku se bude opravovat až do konce léta", "12. 3. 2026", *CZ_STORY,
                    "Sdílet", "© 2026 Severní zpravodaj. Všechna práva vyhrazena."])
    assert found.publisher == "Severní zpravodaj"


def test_a_consent_notice_naming_the_site_is_not_its_name():
    # "TV Nordlys bruger cookies" heads the consent box once; the name as written again is the copyright's.
    found = copied(["TV Nordlys bruger cookies", "Vi bruger cookies til at forbedre din oplevelse.", "Accepter",
                    "TV Nordlys", "Nyheder", "Ministers meet in Brussels on guarantees for Ukraine", *STORY,
                    "© 2026 TV Nordlys"])
    assert found.publisher == "TV Nordlys"


def test_a_byline_in_another_script_under_the_outlets_initials_is_not_its_name():
    found = copied(["HBN", "뉴스", "정치", "Ministers meet in Brussels on guarantees for Ukraine", "HBN 김민준 기자",
                    *STORY, "HBN 김민준 기자", "© 2026 HBN. All rights reserved."])
    assert found.publisher == "HBN"


HEADLINE = "Ministers meet in Brussels on guarantees for Ukraine"


def test_a_presenters_name_over_her_programme_is_the_byline():
    found = copied(["Інтерв'ю", "Остап Гнатюк: «Гарантії безпеки без військових на землі — це лише папір»",
                    "Директор Центру оборонних студій — про те, чим нинішні переговори відрізняються від попередніх",
                    "Ірина Вдовиченко", "ведуча програми «Підсумки тижня»", "15 квітня 2025, 19:40", "👁 4 218",
                    "Поділитися", *STORY])
    assert found.author == "Ірина Вдовиченко"
    assert body_lines(found.blocks) == STORY


def test_a_name_with_where_it_was_filed_from_over_the_date_is_the_byline():
    for line, name in (("Emre Kaya / Güneykent", "Emre Kaya"), ("Gareth Lyle at the Quay Stadium", "Gareth Lyle"),
                       ("Hannah Rowe in Brussels", "Hannah Rowe")):
        found = copied(["News", HEADLINE, line, "Sat 18 Oct 2025 17:48 BST", *STORY])
        assert (found.author, body_lines(found.blocks)) == (name, STORY), line


def test_a_kicker_naming_an_event_and_a_place_over_the_date_is_no_byline():
    found = copied(["News", HEADLINE, "Peace Talks in Geneva", "Sat 18 Oct 2025 17:48 BST", *STORY])
    assert found.author is None


def test_a_name_over_the_sites_domain_and_the_date_is_the_byline():
    found = copied(["Naujienos", HEADLINE, "Diplomats say the biggest question is still what role Washington will "
                    "play once the guns fall silent.", "Rūta Mažeikienė", "dienosaidas.lt", "2026-02-18 09:15", *STORY])
    assert found.author == "Rūta Mažeikienė"
    assert body_lines(found.blocks) == STORY


def test_a_byline_label_on_a_line_of_its_own_over_the_name():
    found = copied(["Sport", HEADLINE, "Efter korsbandsskadan trodde många att karriären var över.", "Av",
                    "Johan Sjöberg-Lind", "Foto", "Maria Hedenstam", "Publicerad 2026-02-20 06.00", "Lyssna", *STORY])
    assert found.author == "Johan Sjöberg-Lind"
    assert "Av" not in body_lines(found.blocks)


def test_a_commentators_name_over_his_role_in_small_letters():
    found = copied(["KOMENTÁŘ", HEADLINE, "Washington i část evropských vlád začínají mluvit o uvolňování sankcí.",
                    "Jan Vlček", "komentátor Denního kurýru", "15. března 2026 7:00", *STORY])
    assert found.author == "Jan Vlček"
    assert body_lines(found.blocks) == STORY


def test_a_saved_pages_field_label_over_its_names_is_not_the_author():
    page = ("<html><head><title>Unia uderza we flotę cieni</title></head><body><article>"
            "<h1>Unia uderza we flotę cieni</h1>"
            '<div class="field field--name-field-autor"><div class="field__label">Autorzy</div>'
            '<div class="field__items"><a href="/autor/a">Agnieszka Wróblewska</a>, '
            '<a href="/autor/t">Tomasz Kędzierski</a></div></div>'
            + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>")
    found = extract(page.encode(), "page.html")
    assert found.author == "Agnieszka Wróblewska and Tomasz Kędzierski"
