"""Rules found on blind batch 33 (heldout_text_copied21) in stop 19, on strings of their own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, body_lines


def _lines(*lines: str) -> bytes:
    return "\n".join(lines).encode()


def test_a_sentence_set_out_as_a_list_keeps_its_opening_and_its_items():
    page = _lines("Harbour strike ends after nine days", "By Dana Marsh", "3 December 2026", _LEAD,
                  "Under the deal, the port authority agreed to pay",
                  "a rise of four per cent this year,",
                  "a bonus for the night shifts,",
                  "and the workers' legal costs.",
                  _NEXT, _THIRD, "Share this article", "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    at = lines.index("Under the deal, the port authority agreed to pay")
    assert lines[at + 1:at + 4] == ["- a rise of four per cent this year,", "- a bonus for the night shifts,",
                                    "- and the workers' legal costs."]


def test_a_menu_of_short_lines_is_no_sentence_set_out_as_a_list():
    page = _lines("Harbour strike ends after nine days", "By Dana Marsh", "3 December 2026", _LEAD, _NEXT,
                  "More from the Ledger", "Weather, tides", "Sport, results", "Letters.", _THIRD,
                  "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert not any(line.startswith("- ") for line in lines)


def test_a_video_transcript_above_the_story_is_not_story():
    page = _lines("Harbour strike ends after nine days", "By Dana Marsh", "3 December 2026", "Watch: the vote",
                  "Transcript", "00:03 The hall fell quiet before the count.", "00:09 Then the result came in.",
                  "00:14 Reporter Dana Marsh, at the port.", "Image: Ledger TV", _LEAD, _NEXT, _THIRD,
                  "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert lines[0] == _LEAD and not any(line[:3] in ("00:", "Ima") for line in lines)


def test_a_podcasts_chapter_list_stays_a_list():
    page = _lines("Harbour strike ends after nine days", "By Dana Marsh", "3 December 2026", _LEAD,
                  "In this episode:", "03:10 Why the dockers walked out", "12:45 What the port offered",
                  "21:30 The night shift rules", _NEXT, _THIRD, "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert "- 03:10 Why the dockers walked out" in lines and "- 21:30 The night shift rules" in lines


def test_furniture_under_the_story_in_dutch_is_not_story():
    page = _lines("Havenstaking voorbij na negen dagen", "Door Sanne Vos", "3 december 2026",
                  "De havenarbeiders stemden maandag in met een nieuw akkoord, nadat de haven een loonsverhoging en nieuwe "
                  "regels voor nachtdiensten had beloofd aan de vakbonden.",
                  "Het akkoord loopt drie jaar en geldt voor alle ploegen, zei een woordvoerder van de bond tegen "
                  "verslaggevers bij de poort van de haven.",
                  "De poort van de haven op maandag", "Beeld: Haven TV / ANP",
                  "De schepen die voor de kust wachtten, mogen vanaf woensdag weer aanmeren, meldde het havenbedrijf in een "
                  "verklaring op zijn website.",
                  "Deel dit artikel", "Meer over dit onderwerp:", "Haven", "Staking", "Meest gelezen",
                  "Download de Havenkrant-app", "© Havenkrant B.V.")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert len(lines) == 3 and all(len(line) > 60 for line in lines), lines


def test_a_subheading_under_a_caption_that_carries_its_own_credit_stays_a_subheading():
    long = ("Pohjavedenpinta nousi ennallistetulla alalla keskimäärin 18 senttiä jo ensimmäisenä kesänä, ja kuivina "
            "heinäkuun viikkoina ero vertailualaan oli vielä suurempi kuin odotettiin.")
    page = _lines("Suot palaavat", "Teksti: Anna Virtanen", "3.12.2026", long,
                  "Kuva: Mittaus koealalla lokakuussa 2026. Kuva: T. Harjunpää",
                  "Metaani on ongelma",
                  "Kun turve on taas märkää, hiilidioksidin vapautuminen hidastuu, mutta samalla metaanipäästöt kasvavat, "
                  "koska hapettomissa oloissa viihtyvät mikrobit heräävät.",
                  "© 2026 Suolehti")
    assert "## Metaani on ongelma" in body_lines(extract(page, "p.txt").blocks)


def test_an_ad_label_and_a_read_also_teaser_in_croatian_between_a_question_and_its_answer_are_not_story():
    answer = ("Sporazum vrijedi tri godine i odnosi se na sve smjene, a brodovi koji su čekali ispred obale mogu pristati "
              "od srijede, rekao je predstavnik sindikata u razgovoru za naš tjednik.")
    page = _lines("Luka ponovno radi nakon devet dana štrajka", "Razgovarala: Ana Horvat", "3. prosinca 2026.",
                  "Lučki radnici u ponedjeljak su prihvatili novi sporazum, nakon što je uprava luke obećala povišicu i nova "
                  "pravila za noćne smjene. Razgovarali smo s predstavnikom sindikata.",
                  "Koliko dugo vrijedi sporazum?", "Oglas", answer,
                  "Hoće li brodovi brzo pristati?", "Pročitajte i: Kolumna o lukama – što nas čeka zimi",
                  answer.replace("tri godine", "do ljeta"),
                  "© 2026 Lučki list")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert any(line.endswith("Koliko dugo vrijedi sporazum?") for line in lines), lines
    assert not any("Oglas" in line or "Pročitajte" in line for line in lines)


# Found by the stop's review (each failed on the code of the stop before the fix).

def test_a_subheading_opening_on_a_credit_word_is_no_credit():
    long = ("Suon pinta nousi kesän aikana selvästi, ja mittaukset osoittivat, että vesi pysyi turpeessa pidempään kuin "
            "ennen ennallistamista, kertoi tutkija haastattelussa.")
    page = _lines("Suot palaavat", "Teksti: Anna Virtanen", "3.12.2026", long, "Kuva muuttui vuoden aikana",
                  long.replace("kesän", "syksyn"), long.replace("kesän", "talven"), "© 2026 Suolehti")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert len(lines) == 4 and "## Kuva muuttui vuoden aikana" in lines, lines


def test_a_timetable_in_the_story_is_no_video_transcript():
    page = _lines("Harbour fair returns on Saturday", "By Dana Marsh", "3 December 2026", _LEAD,
                  "The day's programme:", "1:00 The gates open.", "1:45 The mayor opens the fair.",
                  "2:30 The lifeboat crew shows its new boat.", "4:15 Fireworks over the harbour.", _NEXT, _THIRD,
                  "© 2026 The Harbour Ledger")
    lines = body_lines(extract(page, "p.txt").blocks)
    assert any("The mayor opens the fair." in line for line in lines), lines


def test_a_quoted_headline_in_guillemets_is_no_breadcrumb_trail():
    page = _lines("Berliner Morgenblatt", "Politik", "Scholz: »Wir liefern, was wir versprochen haben«",
                  "Von Anna Berg", "3. Dezember 2026", _LEAD, _NEXT, _THIRD, "© 2026 Berliner Morgenblatt")
    assert extract(page, "p.txt").title == "Scholz: »Wir liefern, was wir versprochen haben«"


def test_a_copyright_naming_more_than_the_masthead_is_not_cut_to_it():
    page = _lines("Ashby", "News", "Bins to be collected fortnightly from April", "By Dana Marsh", "3 December 2026",
                  _LEAD, _NEXT, _THIRD, "© 2026 Ashby Council")
    assert extract(page, "p.txt").publisher != "Ashby"
