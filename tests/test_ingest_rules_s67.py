"""Ingest rules of stop 67, from the misses of its blind batches (text 171 on, HTML 142 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import body_lines, copied

from sitegen.ingest.extract import extract

CHECK = ["Circula en redes sociales un vídeo en el que una voz asegura que la Unión Europea ha levantado todas las "
         "sanciones al gas ruso tras firmar la paz con Moscú.",
         "El vídeo acumula más de 300.000 reproducciones y se ha reenviado también por mensajería, según los datos de "
         "la propia plataforma.",
         "No existe ninguna decisión del Consejo de la UE en ese sentido: las sanciones siguen en vigor y se renovaron "
         "por última vez en enero."]


def test_a_fact_checks_summary_box_over_the_story_goes():
    # (Text 171: "En resumen" and its three one-sentence points above a fact-check's story were kept; the labels of
    # other pages drop such boxes as "W skrócie", "At a glance".)
    lines = ["La Lupa Digital", "Verificación", "Es falso que la UE haya levantado las sanciones al gas ruso",
             "Por Marta Ibáñez", "14/05/2025", "Compartir en X", "Compartir en Facebook", "",
             "En resumen", "", "El vídeo afirma que la UE ha levantado las sanciones al gas ruso.", "",
             "No hay ninguna decisión del Consejo de la UE en ese sentido.", "",
             "El vídeo mezcla imágenes antiguas con otra noticia.", "", *[x for line in CHECK for x in (line, "")]]
    assert body_lines(copied(lines, "bulo.txt").blocks) == CHECK


INTERVIEW = ["Die Europäer verhandeln seit Monaten über Sicherheitsgarantien für die Ukraine. Die Politikwissenschaftlerin "
             "Henrike Albers beobachtet die Gespräche seit ihrem Beginn und hat mehrere Delegationen beraten.",
             "Frau Albers, wie belastbar sind die Zusagen der Europäer?",
             "Sie sind ernst gemeint, aber noch nicht unterschrieben. Ohne Vertrag bleibt jede Garantie eine Absicht, und "
             "das weiß man in Moskau sehr genau.",
             "Was fehlt noch?",
             "Vor allem eine klare Antwort auf die Frage, wer im Ernstfall handelt. Solange jede Hauptstadt auf die "
             "anderen wartet, bleibt die Abschreckung schwach, und das ist in Kiew allen bewusst.",
             "Sind Sie optimistisch?",
             "Ich bin vorsichtig. Aber ich sehe zum ersten Mal seit Jahren, dass die Europäer ernsthaft über eigene "
             "Truppen sprechen."]


def test_a_german_interviews_zur_person_box_after_the_story_goes():
    # (Text 173: "Zur Person" and the guest's bio under it, after the interview's last answer, were kept as a
    # subheading and a paragraph; the labels of five earlier pages drop such a box.)
    lines = ["Hansebote", "Politik", "„Eine Garantie ohne Vertrag bleibt eine Absicht“", "Von Jonas Keller",
             "12.05.2025", *INTERVIEW, "Zur Person",
             "Henrike Albers, 44, leitet die Forschungsgruppe Europäische Sicherheit am Institut für Ostseestudien in "
             "Kiel. Zuvor arbeitete sie für das Auswärtige Amt.", "Mehr zum Thema", "Ukraine-Krieg", "Sicherheitspolitik"]
    found = body_lines(copied(lines, "interview.txt").blocks)
    assert [line.removeprefix("## ") for line in found] == INTERVIEW  # (its questions may be set as subheadings)
    # (The guard: in a court report the same words open the defendant's part, and the story goes on after it.)
    story = ["Das Landgericht Kiel hat am Dienstag einen 52 Jahre alten Mann wegen Betrugs in 41 Fällen verurteilt, der "
             "Schaden liegt bei rund 300.000 Euro.",
             "Nach Überzeugung der Kammer hatte der Angeklagte älteren Menschen am Telefon vorgegaukelt, ein Verwandter "
             "sei in Not geraten und brauche sofort Geld.",
             "Die Verteidigung hatte auf eine Bewährungsstrafe plädiert und auf das umfassende Geständnis verwiesen, das "
             "der Mann am ersten Verhandlungstag abgelegt hatte."]
    tail = ["Der Angeklagte ist gelernter Kaufmann, verheiratet und hat zwei Kinder. Vorstrafen hatte er bislang keine, "
            "seine Schulden belaufen sich auf mehr als 80.000 Euro.",
            "Das Urteil ist noch nicht rechtskräftig, die Verteidigung hat bereits angekündigt, Revision beim "
            "Bundesgerichtshof einzulegen."]
    lines = ["Kieler Bote", "Justiz", "Telefonbetrüger muss ins Gefängnis", "Von Jonas Keller", "12.05.2025", *story,
             "Zur Person", *tail]
    assert body_lines(copied(lines, "urteil.txt").blocks)[-2:] == tail


FERRY = ["The province will run one return sailing a day to Carrow Island from December to March, down from three "
         "sailings in past winters.",
         "Residents say the cut leaves them one storm away from isolation, with the island's only doctor visiting twice "
         "a month.",
         "The transportation department said the change was needed to free a vessel for repairs and would be reviewed "
         "in the spring."]


def test_a_byline_with_the_newsroom_and_a_labelled_date_with_its_update_give_author_and_date():
    # (Text 174: "Declan Moorcroft · Harbourline News" over "Posted: Tue, Feb 4, 2025 6:30 AM AST | Last Updated: Tue,
    # Feb 4, 2025 9:02 AM AST" gave neither: the name's newsroom is not the masthead word for word, and the date line
    # ran past sixteen words.)
    lines = ["Harbourline Radio", "News", "Island residents say winter ferry cuts leave them one storm away from "
             "isolation", "The province will run one return sailing a day to Carrow Island",
             "Declan Moorcroft · Harbourline News",
             "Posted: Tue, Feb 4, 2025 6:30 AM AST | Last Updated: Tue, Feb 4, 2025 9:02 AM AST", *FERRY]
    page = copied(lines, "ferry.txt")
    assert (page.author, page.date) == ("Declan Moorcroft", "2025-02-04")
    assert body_lines(page.blocks) == FERRY


CUTS = ["El Ayuntamiento de Cieza cortará el suministro de agua por las noches en tres barrios durante al menos tres "
        "semanas mientras se sustituyen las tuberías.",
        "Los cortes afectarán a unas 2.400 viviendas de los barrios de San Juan Bosco, La Era y El Molino, según informó "
        "ayer el concejal de Servicios.",
        "La empresa concesionaria repartirá agua embotellada a las personas mayores que lo soliciten en el teléfono "
        "municipal."]


def test_a_dateline_of_items_with_its_date_in_middle_dots_is_no_menu():
    # (Text 174: "Marta Lozano Ibáñez" over "Cieza | 07·05·25 | 08:15 | Actualizado a las 13:40": the date line was read
    # as a menu's items and its date, in middle dots, never made the page day-first, so neither name nor date came.)
    lines = ["El Heraldo del Segura", "Región", "Tres barrios de Cieza se quedarán sin agua por las noches",
             "El Ayuntamiento prevé cortes de 23.00 a 6.00 horas durante tres semanas", "Marta Lozano Ibáñez",
             "Cieza | 07·05·25 | 08:15 | Actualizado a las 13:40", "Compartir en Facebook", *CUTS]
    page = copied(lines, "cortes.txt")
    assert (page.author, page.date) == ("Marta Lozano Ibáñez", "2025-05-07")
    assert body_lines(page.blocks) == CUTS
    # (The guard: a menu of sections between separators is still a menu.)
    lines[5] = "Región | Murcia | Cartagena | Lorca"
    assert "Región | Murcia | Cartagena | Lorca" not in body_lines(copied(lines, "cortes.txt").blocks)


def test_the_third_reviews_guards_on_bylines_and_dates():
    # (Regressions the third review found, mended.) A section or a place beside the newsroom is no byline.
    lines = ["Harbourline Radio", "News", "Island residents say winter ferry cuts leave them one storm away",
             "The province will run one return sailing a day to Carrow Island", "Nova Scotia · Harbourline News",
             "Feb 4, 2025", *FERRY]
    assert copied(lines, "ferry.txt").author is None
    # A story sentence that opens on a date label stays in the story.
    closing = ("Published on 3 March 2025, the report found one in five homes in the town had no heat at all over the "
               "winter.")
    lines = ["Harbourline Radio", "News", "Island residents say winter ferry cuts leave them one storm away",
             "By Declan Moorcroft", "Feb 4, 2025", *FERRY, closing]
    page = copied(lines, "ferry.txt")
    assert body_lines(page.blocks)[-1] == closing and page.date == "2025-02-04"
