"""Ingest rules of stop 70, from the misses of its blind batches (text 182, HTML 153), each tested on the page that
showed it (a synthetic page small enough to read lost the layout that kept the box), and a guard of its own."""
from __future__ import annotations

from pathlib import Path

from ingest_fixtures import body_lines

from sitegen.ingest.extract import extract

HTML_153 = Path(__file__).parent / "fixtures" / "ingest" / "heldout_html153"
HTML_154 = HTML_153.parent / "heldout_html154"


def _body(name: str) -> list[str]:
    return body_lines(extract((HTML_153 / name).read_bytes(), name).blocks)


def test_a_box_asking_readers_for_money_under_a_live_page_goes():
    # (HTML 153: a "contributions epic", <div class="dm-epic">, after a live page's last entry: its heading and two
    # paragraphs of pitch were kept as the story's.)
    body = _body("dailymeridian_en_shadow-fleet-sanctions-live.html")
    assert not any("afford to pay for news" in line or "good reason why not" in line for line in body)
    assert any("Many of these tankers change names" in line for line in body)  # (the story's own words stay)


def test_a_storys_own_epic_section_stays():
    # (The guard, from the review: "epic" only as the last word of a class — a story's "epic-quote" is its own.)
    page = ("<html><head><title>A long feud</title></head><body><article><h1>A long feud</h1><div class='story-body'>"
            + "".join(f"<p>{line}</p>" for line in _STORY) +
            "<div class='epic-quote'><p>The judge said the dispute had cost both companies far more than either could "
            "ever hope to win back in court.</p></div></div></article></body></html>").encode()
    body = body_lines(extract(page, "feud.html").blocks)
    assert any(line.startswith("The judge said the dispute") for line in body)


_STORY = ["The two companies have fought over the app store's fees for six years, in three countries and five courts.",
          "Their lawyers met again on Tuesday for what both sides described as a last attempt to settle out of court.",
          "Neither company would say what had been offered, but both said the talks would go on into next week."]


def test_a_programmes_name_in_the_h1_over_a_headline_the_tab_cuts_short():
    # (HTML 154: a radio page's <h1> holds the programme's name, "The Estuary Hour"; the story's <h2> is the headline,
    # which the tab gives cut short before the programme's name — the title was the programme's.)
    page = HTML_154 / "greywaterradio_en_regal-organist-matinee.html"
    found = extract(page.read_bytes(), page.name)
    assert found.title == "At 84, the Regal’s organist still plays every Saturday matinee — and has no plans to stop"
    assert found.description.startswith("Hetty Marlowe has played the cinema’s restored theatre organ")


def test_the_city_a_byline_is_filed_from_is_no_second_surname():
    # (HTML 154: "Lucía Ferrando València", the byline's name and its city in one line, was taken for a name with its
    # second surname; the page's address files the story under "/valencia/".)
    page = HTML_154 / "diarioturia_es_corte-agua-benimaclet.html"
    assert extract(page.read_bytes(), page.name).author == "Lucía Ferrando"


def test_a_swedish_fact_checks_claim_and_rating_go():
    # (Text 184: "Påstående: …" over "Bedömning: Falskt. …", a fact-check's card, were kept as the story's.)
    page = HTML_153.parent / "heldout_text_copied172" / "kustbladet_sv_faktakoll-fyra-regioner.txt"
    body = body_lines(extract(page.read_bytes(), page.name).blocks)
    assert not any(line.startswith(("Påstående:", "Bedömning:")) for line in body)
    assert any(line.startswith("Påståendet att Ukraina har gått med på") for line in body)


def test_a_surname_the_address_holds_in_its_slug_stays():
    # (The second review's guard: "Lucía Herrero Torres" under ".../dos-torres-medievales-….html" keeps her second
    # surname; only a section of its own, "/valencia/", names the city.)
    page = (HTML_154 / "diarioturia_es_corte-agua-benimaclet.html").read_bytes().decode()
    page = page.replace("Lucía Ferrando</span> <span class=\"firma__lugar\">València", "Lucía Ferrando Torres</span> "
                        "<span class=\"firma__lugar\">")
    page = page.replace("/valencia/2025/05/09/corte-agua-benimaclet", "/comunitat/2025/05/09/dos-torres-benimaclet")
    assert extract(page.encode(), "torres.html").author == "Lucía Ferrando Torres"
