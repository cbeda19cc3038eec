"""Ingest rules of stop 48, from the misses of blind batches text 100 and HTML 73 (measured on main 135374b3 before
them), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, STORY, body_lines, copied
from sitegen.ingest.extract import extract

HEADLINE = "Council votes 5-2 to keep Eastside library branch open through 2026"
ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


POLISH_HEADLINE = "Studenci płacą za pokój więcej niż rok temu. W Krakowie nawet 1600 zł miesięcznie"
POLISH = ["Nowy rok akademicki zaczął się od kolejnych podwyżek. Za pokój jednoosobowy blisko uczelni trzeba zapłacić "
          "średnio o dziewięć procent więcej niż jesienią ubiegłego roku, a miejsc w akademikach wciąż brakuje.",
          "Najdrożej jest w okolicach Starego Miasta i Kazimierza, gdzie właściciele mieszkań coraz częściej wolą "
          "wynajmować turystom niż studentom, mówią pośrednicy z kilku krakowskich biur.",
          "Uczelnie zapowiadają budowę nowych domów studenckich, ale pierwsze z nich zostaną oddane najwcześniej za "
          "trzy lata, więc w tym roku wielu studentów będzie dojeżdżać z podkrakowskich miejscowości."]


def test_a_consent_wall_whose_button_is_five_words_long_is_no_headline():
    found = copied(["Przejdź do treści", "Gazeta Nadwiślańska", "Wiadomości", "Kraków", "Zaloguj się",
                    "Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacjami dotyczącymi "
                    "przetwarzania danych osobowych. Klikając „Akceptuję i przechodzę do serwisu”, wyrażasz zgodę na "
                    "przetwarzanie Twoich danych przez nas i naszych Zaufanych Partnerów w celach marketingowych.",
                    "Akceptuję i przechodzę do serwisu", "Ustawienia zaawansowane", "Strona główna", "Kraków",
                    POLISH_HEADLINE, "Karolina Wójcik-Nowak", "12.10.2025, 06:00", *POLISH])
    assert found.title == POLISH_HEADLINE
    assert body_lines(found.blocks) == POLISH


def test_a_radio_pages_programme_lines_are_neither_title_nor_story():
    found = copied(["Harbourline Radio", "News", "Programmes", "Listen", "Heard on Daybreak Desk", HEADLINE,
                    "12 March 2025", *ENGLISH, "Now playing: Drive with Sam Okafor", *STORY])
    assert found.title == HEADLINE
    assert body_lines(found.blocks) == ENGLISH + STORY


def test_a_photo_caption_with_its_hide_caption_toggle_goes():
    found = copied([HEADLINE, "By Ana Ruiz", "12 March 2025", ENGLISH_LEAD,
                    "Library staff sort returned books at the Eastside branch on Monday. Ana Ruiz/Kestrel Public Radio "
                    "hide caption", ENGLISH_NEXT, ENGLISH_THIRD, *STORY])
    assert body_lines(found.blocks) == ENGLISH + STORY


def test_a_dateline_closed_by_the_hours_abbreviation_gives_the_date_not_the_update():
    story = ["El Ayuntamiento ha aprobado este martes la creación de una zona de aparcamiento reservada para los vecinos "
             "del casco antiguo, que entrará en vigor el próximo mes de enero.",
             "Los residentes empadronados podrán solicitar el distintivo desde este lunes en la sede electrónica "
             "municipal o en la Oficina de Atención Ciudadana, y será gratuito durante el primer año.",
             "El concejal de Movilidad explicó que la medida responde a las quejas de los vecinos, que llevan años "
             "denunciando la falta de plazas libres en las calles más estrechas del municipio."]
    found = copied(["Portada > Cuarte > Movilidad", "Cuarte de Huerva implantará una zona de aparcamiento para residentes",
                    "Por Lucía Barrachina y Daniel Olmos", "Cuarte de Huerva, 05/11/2025 - 19:40 h.",
                    "Actualizada 06/11/2025 - 08:15 h.", *story])
    assert found.date == "2025-11-05"
    assert body_lines(found.blocks) == story


def test_a_declared_name_of_three_words_is_not_lengthened_by_the_word_after_it_on_the_page():
    found = extract(("<!doctype html><html lang='es'><head><title>" + HEADLINE + " | Cuadernos</title>"
                     "<meta property='article:author' content='María José Ortega'></head><body><main>"
                     f"<h1>{HEADLINE}</h1><div class='author'>María José Ortega Admin</div>"
                     "<time datetime='2025-01-27'>27 ene 2025</time>"
                     + "".join(f"<p>{p}</p>" for p in ENGLISH + STORY) + "</main></body></html>").encode(), "page.html")
    assert found.author == "María José Ortega"
    assert body_lines(found.blocks) == ENGLISH + STORY
