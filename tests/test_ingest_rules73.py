"""Ingest rules of stop 47, from the misses of blind batches text 99 and HTML 72 (measured on main 58a80bd before them),
each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, GERMAN_LEAD, GERMAN_NEXT, STORY, body_lines, copied
from sitegen.ingest.extract import extract

HEADLINE = "Council votes 5-2 to keep Eastside library branch open through 2026"
ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def _html(body: str, head: str) -> object:
    return extract(f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode(), "page.html")


def test_the_stations_masthead_over_its_broadcasters_copyright_and_its_listen_live_note():
    found = copied(["Skip to content", "Kestrel Radio", "News", "Sport", "Podcasts", HEADLINE,
                    "By Ana Ruiz", "12 March 2025", *ENGLISH, *STORY,
                    "Kestrel Radio's Drive program is on weekdays from 3pm. Listen live on 102.7 FM or in the Kestrel "
                    "Radio app.",
                    "Kestrel Radio acknowledges the Traditional Custodians of the lands on which we broadcast.",
                    "© 2025 Kestrel Community Broadcasting Inc."])
    assert found.publisher == "Kestrel Radio"
    assert body_lines(found.blocks) == ENGLISH + STORY


def test_a_sites_name_with_its_domain_over_the_foundation_behind_it():
    found = copied(["Przejdź do treści", "FaktyWeryfikator.pl", "Fakty", "Fałsz", "O nas", HEADLINE, "12 marca 2025",
                    *ENGLISH, "O nas", "FaktyWeryfikator.pl jest sygnatariuszem Kodeksu Zasad Weryfikacji Faktów.",
                    "© 2025 Fundacja FaktyWeryfikator"])
    assert found.publisher == "FaktyWeryfikator.pl"


def test_a_foundations_own_press_room_keeps_the_foundation_as_publisher():  # (a guard for the rule above)
    found = copied(["Fundación Río Claro", "Sala de prensa", "Proyectos", HEADLINE, "12 de marzo de 2025", *ENGLISH,
                    "Sala de prensa", "© 2025 Fundación Río Claro"])
    assert found.publisher == "Fundación Río Claro"


def test_a_press_release_whose_standfirst_names_its_issuer_keeps_its_last_section():
    funding = ("The programme is funded jointly by the City of Port Ellis (£6.1 million) and a national grant "
               "(£8.5 million). Residents can find updates on the harbour pages of the City website.")
    found = _html("<main><h1>Harbour dredging programme to begin in April</h1>"
                  "<p class='standfirst'>The City of Port Ellis has awarded a £14.6 million contract to deepen the main "
                  "channel for the new island ferries.</p>"
                  + "".join(f"<p>{p}</p>" for p in ENGLISH + STORY)
                  + "<p>Dredging will take place in three phases and is expected to finish by the end of October, the "
                    "harbour master said.</p>"
                  + f"<h2>Funding</h2><p>{funding}</p></main>"
                  "<footer><p>© 2025 City of Port Ellis</p></footer>",
                  head="<title>Harbour dredging programme to begin in April | City of Port Ellis</title>"
                       "<meta property='og:site_name' content='City of Port Ellis'>")
    assert body_lines(found.blocks)[-2:] == ["## Funding", funding]


def test_a_dek_its_class_names_under_a_headline_in_no_h1():
    dek = ("Residents of La Vega will face an eleven-kilometre detour while the works last, which the council puts at "
           "four months at least.")
    found = _html("<div class='noticia'><div class='antetitulo'>INFRAESTRUCTURAS</div>"
                  f"<div class='titular'>{HEADLINE}</div><div class='entradilla'>{dek}</div>"
                  "<div class='firma-fecha'>15 January 2025, 09:20</div>"
                  "<div class='compartir'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div>"
                  "<div class='cuerpo'>" + "".join(f"<p>{p}</p>" for p in ENGLISH + STORY) + "</div></div>",
                  head=f"<title>{HEADLINE} - The Jalon Chronicle</title>"
                       "<meta name='description' content='The council closes the bridge after cracks were found.'>")
    assert found.description == dek
    assert body_lines(found.blocks) == ENGLISH + STORY


def test_a_german_authors_note_that_she_leads_a_desk_is_no_story():
    found = copied(["Sanktionen: Die Ausnahmen sind das Problem", "Ein Kommentar von Henrike Vogt", "12.03.2025",
                    GERMAN_LEAD, GERMAN_NEXT,
                    "Henrike Vogt leitet das Wirtschaftsressort des Tageskuriers. Sie schreibt jeden Montag über "
                    "Europa und das Geld.", "Mehr zum Thema"], name="page.txt")
    assert found.author == "Henrike Vogt"
    assert body_lines(found.blocks) == [GERMAN_LEAD, GERMAN_NEXT]
