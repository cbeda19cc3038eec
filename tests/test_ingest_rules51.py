"""Ingest rules of stop 51, from the misses of blind batch text 108 (measured on main 9dd6864a before them), each
tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied
from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract

HEADLINE = "Rural bus routes to keep a daily return journey under new county contracts"


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def test_a_consent_boxs_heading_said_to_the_reader_is_dropped_as_the_consent_box():
    # (What `sitegen ingest --explain` gives as the line's reason; a headline over the box's text had been taken for
    # the page's headline, the story under it for a sidebar.)
    for heading in ("Vos choix concernant l'utilisation des cookies", "Your cookie choices", "Ihre Cookie-Einstellungen",
                    "Tus preferencias de cookies", "Your choices about cookies"):
        assert boilerplate_reason(heading, len(heading.split())) == "cookie/consent notice", heading
    for headline in ("Your guide to baking cookies at home", "Your cookies are being tracked by advertisers",
                     "Your privacy is at risk from tracking cookies", "Your choice of chocolate chip cookies",
                     "Your favourite Christmas choices, from mince pies to cookies", "Your privacy settings and cookies"):
        assert boilerplate_reason(headline, len(headline.split())) is None, headline


def test_a_list_copied_without_its_marks_is_a_list_under_its_label():
    items = ["concentrations at three convergence zones were up to 40 times higher than in surrounding waters",
             "fibres from synthetic textiles made up 61% of all particles identified",
             "particles smaller than 100 micrometres were found in every core sampled"]
    found = copied(_spaced([HEADLINE, "By Ann Lee", "14 May 2025", ENGLISH_LEAD, "Key findings", *items,
                            ENGLISH_NEXT, ENGLISH_THIRD]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, "## Key findings", *[f"- {item}" for item in items],
                                        ENGLISH_NEXT, ENGLISH_THIRD]
    # Items ending in ";", the last closing the list with a full stop, whatever it opens on.
    items = ["new morning and evening journeys from the village centres;", "school journeys matched to the school day;",
             "12 buses fitted for wheelchair users."]
    found = copied(_spaced([HEADLINE, "By Ann Lee", "14 May 2025", ENGLISH_LEAD, "Main changes", *items,
                            ENGLISH_NEXT, ENGLISH_THIRD]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, "## Main changes", *[f"- {item}" for item in items],
                                        ENGLISH_NEXT, ENGLISH_THIRD]


def test_lines_in_lower_case_under_a_gallerys_or_tags_label_or_alone_stay_dropped():
    for label, lines in (("In pictures", ["a bus at the depot in ashby on tuesday",
                                          "a driver checks tickets at the village stop"]),
                         ("Topics", ["rural bus routes in the county", "public transport and local councils"]),
                         (None, ["council approves new cycle lanes in ashby",
                                 "bus fares frozen for another year in the county"])):
        found = copied(_spaced([HEADLINE, "By Ann Lee", "14 May 2025", ENGLISH_LEAD, *([label] if label else []), *lines,
                                ENGLISH_NEXT, ENGLISH_THIRD]))
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], label
    # A paragraph after items ending in ";" is no last item when it is longer than they are.
    items = ["new morning and evening journeys;", "school journeys matched to the school day;"]
    after = "2,000 passengers signed a petition against the cuts last year, and the board said it had listened."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "14 May 2025", ENGLISH_LEAD, "Main changes", *items, after,
                            ENGLISH_NEXT]))
    assert body_lines(found.blocks)[-2:] == [after, ENGLISH_NEXT]


def test_a_live_pages_first_entry_under_its_key_events_is_story_not_a_sidebar():
    headline = "Peace talks live: Geneva round ends without joint statement as delegations agree to meet again"
    entry = ("Ukraine's chief negotiator has just spoken to reporters outside the hotel on the shore of Lake Geneva. He "
             "said Kyiv had rejected a proposal to freeze the front line.")
    later = ("The second day of talks has ended. According to a US official briefing journalists, the delegations sat "
             "in the same room for more than six hours.")
    last = "There will be no joint statement, the mediator confirmed, and the talks resume in a fortnight."
    lunch = "The delegations have broken for lunch after the morning session, which one diplomat described as businesslike."
    found = copied(["Harbour Ledger", "World", "Europe", headline,
                    "Delegations met face to face for more than six hours in Geneva on Wednesday, the first such meeting "
                    "in a month", "Priya Castellanos (now) and Owen Harte (earlier)", "Wed 9 Apr 2025 19.48 BST",
                    "First published on Wed 9 Apr 2025 07.12 BST", "Share", "Key events",
                    "19:40 Delegation leader: we did not come to sign a map", "17:55 Talks end after six hours",
                    "14:05 Delegations break for lunch", "11:10 The four items on the table", "Show key events only",
                    "Please turn on JavaScript to use this feature",
                    "19:40 Delegation leader: we did not come to sign a map", entry, ENGLISH_LEAD,
                    "He declined to say whether the proposal had come from the Russian side or from the mediators.",
                    "Share",
                    "Updated at 19.48 BST", "17:55 Talks end after six hours", later, ENGLISH_NEXT, last, "Share",
                    "14:05 Delegations break for lunch", lunch, ENGLISH_THIRD, "Share",
                    "11:10 The four items on the table", later.replace("second", "first"),
                    ENGLISH_NEXT.replace("board", "panel"), ENGLISH_LEAD.replace("county", "region"),
                    ENGLISH_THIRD.replace("February", "March"), "Share"])
    assert body_lines(found.blocks)[:3] == ["## 19:40 Delegation leader: we did not come to sign a map", entry,
                                            ENGLISH_LEAD]


# -- from blind batch text 109 (measured once on 30aa0482) ------------------------------------------------------------


def test_a_results_tickers_line_is_no_headline_nor_a_consent_boxs_more_info_a_related_label():
    found = copied(["Marcador Sur", "Fútbol", "Baloncesto",
                    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar y cerrar",
                    "Configurar", "Más información", "En directo: Resultados de la jornada 31",
                    "Unión Tarifeña 2-1 Atlético Guadalmar", "Recreativo Vejer 0-0 CD Sanlúcar Costa",
                    "El Unión Tarifeña remonta en el descuento y se acerca al ascenso",
                    "Dos goles en los últimos diez minutos dan la vuelta a un partido que el Guadalmar tenía controlado.",
                    "Javier Ortuño", "Tarifa", "Domingo, 6 de abril de 2025, 21:48",
                    "Hubo un momento, pasada la hora de juego, en el que el Municipal de Tarifa se quedó en silencio y el "
                    "Unión Tarifeña parecía perder el partido ante el Atlético Guadalmar.",
                    "El gol visitante había llegado en el minuto 38, en una jugada a balón parado que la defensa local "
                    "no supo despejar."])
    assert found.title == "El Unión Tarifeña remonta en el descuento y se acerca al ascenso"


def test_polish_authors_label_and_a_writers_bio_after_her_name_under_the_story():
    found = copied(_spaced([HEADLINE, "Autorzy: Agnieszka Wróblewska i Marek Sołtys", "14 May 2025", ENGLISH_LEAD,
                            ENGLISH_NEXT, ENGLISH_THIRD]))
    assert found.author == "Agnieszka Wróblewska and Marek Sołtys"
    found = copied(_spaced([HEADLINE, "By Harriet Lomax and Pavel Dunets", "14 May 2025", ENGLISH_LEAD, ENGLISH_NEXT,
                            ENGLISH_THIRD, "Harriet Lomax",
                            "Award-winning correspondent covering European diplomacy from Geneva. Previously reported "
                            "from Brussels and Warsaw.", "Pavel Dunets",
                            "Kyiv-based correspondent covering Ukrainian politics and the war.", "Read Next"]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_shows_host_credit_yields_to_the_storys_byline_and_a_dash_attribution_under_a_quote_is_no_list():
    page = ("<html><head><title>Teens fix bikes | Riverbend Public Radio</title></head><body>"
            "<div class=\"ShowHeader\"><h1>The Afternoon Edition</h1><div>Hosted by Dan Mercer</div></div>"
            f"<article><h2>{HEADLINE}</h2><div>By Ruth Okafor</div><p>{ENGLISH_LEAD}</p>"
            "<blockquote><p>“Summer should be a time when kids can explore their city, and a bus pass lets them.”</p>"
            "<p>– Mayor Catherine Boudreau</p></blockquote>"
            f"<p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p></article></body></html>")
    found = extract(page.encode(), "page.html")
    assert found.author == "Ruth Okafor"
    assert "– Mayor Catherine Boudreau" in body_lines(found.blocks)



def test_a_match_reports_one_result_line_is_its_headline_and_most_read_after_a_consent_box_is_still_a_label():
    story = ["Liverpool dominated from the first whistle at Anfield, and City, who have now won one of their last "
             "eleven matches, rarely threatened the Liverpool goal.",
             "Salah opened the scoring after twelve minutes, turning in a low cross at the far post after a quick break.",
             "The second came from the penalty spot in the 78th minute, after a foul inside the area."]
    found = copied(_spaced(["BBC Sport", "Football", "Premier League", "Liverpool 2-0 Manchester City",
                            "Mohamed Salah scored twice as Liverpool moved nine points clear at the top of the Premier "
                            "League.", "Last updated on 1 December 2024", *story]))
    assert found.title == "Liverpool 2-0 Manchester City"
    found = copied(["County Courier", "We use cookies to improve your experience on our website.", "Accept all cookies",
                    "Manage preferences", "Most read", "Riverbend Rovers sign striker on two-year deal",
                    "Council approves new cycle lane on Bridge Street", "Flood warning lifted for the Wendle",
                    HEADLINE, "By Ann Lee", "14 May 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD])
    assert found.title == HEADLINE
