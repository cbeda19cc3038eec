"""Ingest rules of stop 31, drawn from the misses of blind batches text 58 (`heldout_text_copied46`) and HTML 35, each
tested on strings of its own."""
from __future__ import annotations

import pytest

from ingest_fixtures import STORY, body_lines, copied
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract


@pytest.mark.parametrize("line", ["Nordposten bruger cookies", "Vi använder kakor för att förbättra webbplatsen",
                                  "Tämä sivusto käyttää evästeitä", "Naše stránky používají cookies",
                                  "Acest site folosește cookie-uri"])
def test_a_cookie_notice_in_nordic_finnish_czech_or_romanian_is_boilerplate(line):
    assert bp.boilerplate_reason(line, len(line.split())) == "cookie/consent notice"


def test_a_cookie_notices_heading_is_not_taken_for_the_sites_name():
    page = copied(["Gå til indhold", "Nordposten bruger cookies", "Vi bruger cookies til at huske dine indstillinger.",
                   "Tillad alle", "Nordposten", "Forside", "Udland", "Danmark klar til at sende soldater til Ukraine",
                   *STORY, "Få Nordposten-appen", "© 2026 Nordposten"])
    assert page.publisher == "Nordposten"


def test_a_forum_threads_first_poster_is_the_author_and_its_counters_no_dek():
    page = copied(["Forum Dua Roda", "Beranda", "Forum", "Forum Dua Roda › Motor Listrik",
                   "Tiga Tahun Pakai Motor Listrik Konversi buat Ngojek", "Dilihat 18.452 kali · Balasan: 113",
                   "« 1 2 3 »", "#1", "budi_santoso", "Anggota Aktif", "Bergabung: Mar 2019", "Post: 1.204",
                   "12-01-2026 20:41", "Salam satu aspal, agan-agan sekalian.",
                   "Sudah lama saya jadi pembaca diam di subforum ini, dan banyak sekali ilmu yang saya dapat dari "
                   "thread konversi di sini, jadi sekarang giliran saya berbagi pengalaman tiga tahun pakai motor "
                   "listrik konversi buat ngojek.",
                   "Motor bebek tahun 2012 saya ubah jadi motor listrik konversi di bengkel bersertifikat, dan sejak "
                   "itu motor ini saya pakai buat ngojek setiap hari di Semarang, rata-rata seratus kilometer sehari.",
                   "Biaya konversi motor listrik totalnya sekitar enam belas juta rupiah, dan tiga tahun pakai buat "
                   "ngojek sudah balik modal karena tidak beli bensin lagi."])
    assert page.author == "budi_santoso"
    assert page.description is None


def test_a_wires_caption_credit_in_capitals_and_as_written_is_no_dek():
    caption = ("Delegates arrive for talks at the Palais Wilson in Geneva, Switzerland, March 12, 2025. "
               "NORDWIRE/Claude Vonlanthen")
    assert bp.boilerplate_reason(caption, len(caption.split())) == "photo caption with its credit"
    page = copied(["Geneva talks end with prisoner deal", "By Anna Reiter", "March 12, 2025", "5 min read", caption,
                   "Purchase Licensing Rights", *STORY])
    assert page.description is None


@pytest.mark.parametrize("line, name", [("Συνέντευξη στη Δέσποινα Μαυρίδου", "Δέσποινα Μαυρίδου"),
                                        ("Entrevista por Ana Ruiz", "Ana Ruiz")])
def test_who_took_an_interview_in_greek_or_spanish_is_the_byline(line, name):
    assert md.byline(line) == name


def test_entrevista_de_names_no_one_as_the_writer():
    assert md.byline("Entrevista de Ana Ruiz") is None  # (as likely the one interviewed)


@pytest.mark.parametrize("line, name", [("The Harbour Clarion - Back to home", "The Harbour Clarion"),
                                        ("Der Tagesblick – Zur Startseite", "Der Tagesblick")])
def test_the_logos_link_text_names_the_outlet(line, name):
    assert md.publisher_mentions(line) == [name]


def test_an_outlets_initials_in_its_own_prompts_are_spelled_out_by_its_masthead():
    page = copied(["Accessibility help", "Skip to navigation", "Sign In", "Subscribe", "Financial Courier",
                   "Search the FC", "Greek owners quit Russian oil trade as sanctions bite", *STORY,
                   "Follow the FC on X", "Follow the FC on LinkedIn"])
    assert page.publisher == "Financial Courier"


def test_a_recipes_ingredients_in_a_copy_with_no_blank_lines_are_a_list():
    page = copied(["Crumb & Kettle", "Seeded rye crispbread", "By Maggie Threlfall",
                   "These crackers keep for weeks in a tin, and they are the best use I know for the sourdough starter "
                   "that sits at the back of the fridge waiting for a bake that never comes.",
                   "A rack of crackers cooling by the window", "Pin it", "What you’ll need",
                   "200g dark rye flour", "50g strong white flour", "150g sourdough starter",
                   "180ml lukewarm water", "1 tbsp caraway seeds, lightly crushed", "Method",
                   "1. Mix everything in a large bowl and stir until you have a sticky, heavy dough with no dry patches.",
                   "2. Cover the bowl and leave it somewhere warm for three to four hours before you roll it out.",
                   "Did you make this? Tag me on Instagram @crumbandkettle – I love seeing your bakes!",
                   "About Maggie",
                   "I’m Maggie, a retired geography teacher who now bakes far more than two people can eat.",
                   "Share this:", "Facebook"])
    body = body_lines(page.blocks)
    assert body[body.index("## What you’ll need") + 1:body.index("## What you’ll need") + 6] == [
        "- 200g dark rye flour", "- 50g strong white flour", "- 150g sourdough starter", "- 180ml lukewarm water",
        "- 1 tbsp caraway seeds, lightly crushed"]
    assert not any("Tag me on Instagram" in line or "About Maggie" in line or "retired geography" in line
                   for line in body)


_POINTS = ["EU ambassadors approved the bloc’s 21st package of sanctions against Russia after Slovakia dropped its "
           "objection on Thursday afternoon.",
           "The package adds 117 vessels of Russia’s so-called shadow fleet to the list of tankers banned from EU ports "
           "and services, bringing the total to 674.",
           "Two cryptocurrency exchanges and a bank in Kyrgyzstan are banned from doing business with EU companies for "
           "helping Russian firms evade restrictions."]


def test_a_live_page_whose_entries_are_signed_between_time_and_headline():
    page = copied(["The Harbour Clarion - Back to home", "Europe", "Ukraine",
                   "EU ambassadors approve 21st package of sanctions against Russia – live",
                   "Key points", *_POINTS,
                   "18.06 GMT", "Rachel Moore", "Kyiv welcomes package but says cap is too generous",
                   "Ukraine’s president thanked EU governments in his nightly address, saying the listings would make "
                   "every barrel Russia sells more expensive to deliver.",
                   "Share", "16.31 GMT", "Daniel Fenn",
                   "Estonia’s foreign minister says the package is good but late, and that several of the tankers "
                   "listed today were already known to her government a year ago.",
                   "Share", "15.02 GMT", "Daniel Fenn", "Slovakia lifts veto after gas transit assurances",
                   "Slovakia has dropped its objection to the package, clearing the way for ambassadors to approve it "
                   "this afternoon, two EU diplomats said.", "Share"])
    body = body_lines(page.blocks)
    assert body[:3] == ["- " + point for point in _POINTS]
    assert "## Kyiv welcomes package but says cap is too generous" in body
    assert "## Slovakia lifts veto after gas transit assurances" in body
    assert not any(line in ("## Daniel Fenn", "## Key points", "## Rachel Moore") for line in body)
    assert page.publisher == "The Harbour Clarion"


def test_a_byline_among_several_through_a_live_page_heads_no_author_box():
    entries = []
    for time, who, head in [("16:20 BST", "Aoife Brennan", "Turkey offers to lead a Black Sea mission"),
                            ("14:52 BST", "Priya Nandakumar", "Leaders discuss a three-tier plan"),
                            ("11:40 BST", "Aoife Brennan", "Protesters gather outside the summit venue")]:
        entries += [f"<p class='time'>{time}</p><p class='by'>Posted by <a href='/p'>{who}</a></p>",
                    f"<h2>{head}</h2><p>The entry {time[:2]} goes on under its headline with a sentence long enough "
                    f"to be story text, as every entry of a live page does, naming {who} once more.</p>"]
    html = ("<html><head><title>NATO summit live</title></head><body><article><h1>NATO summit, day two: live</h1>"
            "<p class='byline'>Edited by Priya Nandakumar</p>" + "".join(entries) + "</article></body></html>")
    body = body_lines(extract(html.encode(), "live.html").blocks)
    assert "## Protesters gather outside the summit venue" in body
    assert not any(line.startswith("## 1") for line in body)  # (no entry's time as a subheading)


def test_a_question_headline_still_has_its_dek_under_it():
    page = copied(["Dansk Morgen", "Forside", "Udland", "Vi bruger cookies for at forbedre din oplevelse, måle trafik og "
                   "vise relevante annoncer. Du kan til enhver tid trække dit samtykke tilbage.", "Tillad alle",
                   "Europæiske garantier til Ukraine: Hvem sender soldater, og hvem betaler?",
                   "En koalition af villige lande vil stille sikkerhedsgarantier for Ukraine efter en våbenhvile. "
                   "Men bag de store ord gemmer sig uenighed om soldater, mandat og penge.",
                   "Af Mette Kjær, Bruxelles-korrespondent", "17. feb. 2026 kl. 05.30",
                   "Da forsvarsministrene mødtes i Bruxelles i sidste uge, var der enighed om princippet, men ikke om "
                   "hvem der skal stille soldater, og hvem der skal betale regningen for en styrke i årevis.",
                   "Frankrig og Storbritannien har tilbudt at lede styrken, mens Tyskland og Polen foreløbig holder "
                   "sig tilbage og peger på, at deres egne grænser kræver soldaterne hjemme.",
                   "Spørgsmålet om mandatet er endnu ikke afklaret, siger diplomater, og det kan tage måneder, før "
                   "parlamenterne i de deltagende lande har stemt om en udsendelse."])
    assert page.description and page.description.startswith("En koalition af villige lande")


@pytest.mark.parametrize("heading", ["Most read on the Sanctions Desk", "Most popular in Business"])
def test_a_most_read_box_named_for_a_desk_is_a_related_heading(heading):
    assert bp.is_related_heading(heading)


def test_a_dek_of_figures_without_counters_stays_a_dek():
    page = copied(["한결일보", "서울 지하철 심야 연장 운행 내일부터", "1~8호선 전 노선 대상…연장 시간대 배차 간격은 10분",
                   "기자 김민수", "2026.01.05 09:30",
                   "서울시는 다음 달부터 지하철 1~8호선 전 노선의 운행 시간을 새벽 1시까지 한 시간 연장한다고 밝혔다. "
                   "연장 시간대에는 열차가 10분 간격으로 운행되며 막차 시간은 역마다 다르다.",
                   "시는 심야 이동 수요가 꾸준히 늘어 연장 운행을 결정했다고 설명했다. 시민들의 반응은 대체로 긍정적이며 "
                   "일부 구간에서는 추가 증편도 검토하고 있다.",
                   "운행 연장에 따른 추가 비용은 연간 약 50억 원으로 추산되며 시는 이를 예산으로 충당할 계획이다."])
    assert page.description == "1~8호선 전 노선 대상…연장 시간대 배차 간격은 10분"


def test_a_forum_threads_starter_and_start_date_on_one_line():
    # (Made after the sealed batch text 59 was measured.)
    assert md.byline("Thread starter orion_drifter Start date Oct 12, 2025") == "orion_drifter"
