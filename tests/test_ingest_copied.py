"""Ingest on text copied from rendered pages (tests/fixtures/ingest/heldout_text_copied*/, made by their make.py).

These dumps are what a user pastes: menus one item a line, bylines glued to dates, share bars glued into one
word, cookie notices and comment threads in page order. Pages that come out exactly as labelled must keep doing
so; the others are listed with what still differs, and the set as a whole must keep its scores.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest_fixtures import assert_as_labelled, cases
from sitegen.ingest.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from ingest_quality import score, sitegen  # noqa: E402
from ingest_fixtures import dump as _dump

BATCH_13 = cases("heldout_text_copied")
BATCH_14 = cases("heldout_text_copied2")  # twelve more site kinds, copied from heldout_html4/
BATCH_15 = cases("heldout_text_copied3")  # fourteen more site kinds, copied from heldout_html5/
BATCH_16 = cases("heldout_text_copied4")  # ten more site kinds, copied from heldout_html6/
BATCH_17 = cases("heldout_text_copied5")  # twelve more site kinds, copied from heldout_html7/
BATCH_18 = cases("heldout_text_copied6")  # twelve more copied from heldout_html8/, and four seed-like dumps
COPIED = BATCH_13 + BATCH_14 + BATCH_15 + BATCH_16 + BATCH_17 + BATCH_18

# What still differs from the label (strict: a page that starts to pass must leave this list).
_DIFFERS = {
    "amp_es_sequia": "author: the place after the name is kept ('Lucía Méndez Sevilla')",
    "amp_it_venezia": "publisher: only in 'Gazzetta della Laguna - Società Editrice…', no cue",
    "arabic_ar_desalination": "a photo caption kept as a subheading",
    "blogger_pl_pelargonie": "author only in the post footer; the blog's title not taken as publisher",
    "courier_en_tax_table": "publisher from the company line; the agency's note kept",
    "drupal_en_pool": "the council's postal address after the story is kept",
    "elpais_es_alquiler": "publisher from the company line ('Ediciones Global')",
    "ghost_en_fourday": "a photo caption kept",
    "html_div_soup": "one reader comment after 'Print Email Comment' kept",
    "html_hashed_classes": "a photo caption and a newsletter line kept",
    "html_lists_quote_inline_links": "list items read as paragraphs; publisher only in a footer menu",
    "html_logo_h1_cards": "teaser cards after the story kept",
    "html_newsarticle_jsonld": "a subheading read as a paragraph",
    "html_og_meta_divs": "publisher only in a footer menu",
    "lemonde_fr_velo": "the byline sits after a photo caption, away from the date",
    "live_en_councils": "live page: the broadcaster's initials ('NBN') taken as publisher",
    "magazine_en_museum": "a photo caption kept; publisher from the company line",
    "medium_en_billing": "publisher not named in a cue ('Recommended from Medium')",
    "ria_ru_metro": "a photo caption kept as a subheading",
    "wp_comments_en_nodig": "a photo caption kept; the list items read as lines of text",
    # batch 14
    "gov_en_flood": "a photo caption above the story kept (a sentence ending in a year)",
    "hanbit_ko_bus": "the two-line subtitle taken as description (the copied text shows none)",
    "substack_en_ferry": "list items separated by blank lines read as paragraphs",
    "threadit_en_streetlights": "forum page: the publisher only in the footer's trademark line",
    "uni_en_bees": "the 'Further information' note after the release kept",
    "wikiportal_en_oct12": "current-events day: a category label as title, topic links as subheadings, the "
                           "'About this page' box kept",
    # batch 15
    "contrastado_es_video": "the claim box, captions, an attribution, the tip-line prompt and the site's notes kept; "
                            "a subheading lost",
    "courant_nl_opinie_fiets": "the intro taken as description (the label has none, by make.py's rule)",
    "deccancourier_en_water": "the AI summary taken as description; a comment kept; publisher from the company line "
                              "(label: none, see README)",
    "dongfang_zh_canteen": "author only in the '本报讯（记者 …）' dateline; publisher the company's Latin name; the share "
                           "bar taken as description",
    "gadgetbeat_en_ereader": "the product box kept; the subheading right under the spec list read as its last item",
    "kxlr_en_bridge": "the video's caption kept",
    "marketdesk_en_chipmaker": "the quote strip taken as description",
    "newsrelay_en_recall": "the products table lost and the company's 'About …' boilerplate kept (arguable, see README)",
    "prahari_hi_metro": "the dek and the summary box kept as story, two Devanagari subheadings lost",
    "sciencebeat_en_bumblebees": "publisher the parent network",
    "tagesfunk_de_waermepumpe": "the intro taken as description; teaser cards glued to their kickers kept",
    "tinmoi_vi_phatthai": "the dek with its glued place kept; author (the last bold line) and publisher missed",
    "vallenotizie_it_scuola": "publisher only in the registration line ('Valle Notizie - Testata giornalistica …')",
    # batch 16
    "npk_ja_kyushoku": "publisher: the copyright's romanised 'NPK', nothing ties it to the site name in the header",
    "wiadomosci24_pl_bilety": "the bold lead under byline, date and caption kept as story (label: the dek; the copy "
                              "has no markup to tell it from the first paragraph)",
    # batch 17
    "byteforum_en_baltic_tracker": "publisher: only in the header line glued to its menu ('Byte Forum new | past | …')",
    "gazzettanord_it_nato_spesa": "publisher: only in 'della Gazzetta del Nord' lines (the copyright names the company)",
    "ijsselbode_nl_vakantiepark": "the bold intro kept as story (label: description; the copy has no markup to tell "
                                  "it from the first paragraph); publisher from the company line",
    "inkwell_en_nato_rail": "a photo caption and the publication's blurb kept, a subheading lost; publisher missed",
    "kyivdispatch_en_lng_sanctions": "a bookmark card inside the story (heading and excerpt) kept",
    "nordpress_en_baltic_sentry": "byline/date line taken as description; publisher the agency's legal name",
    # batch 18
    "barrelsandbans_substack_en_price_cap": "a bare subheading and its list run into paragraphs; the chart caption, "
                                            "footnote and newsletter blurb kept",
    "beltwaydispatch_en_nato_guarantees": "a subheading under a one-item 'RELATED' box taken as its second item",
    "govpl_pl_msz_sankcje": "the lead taken as description (label: story)",
    "nbs_en_qa_peace_plan": "the dek taken as description (label: none); 'NBS' from the footer (label: none)",
    "rtpe_es_paquete_sanciones": "the first summary bullet taken as description (label: none)",
    "seedlike_athensledger_en_monitoring": "date: the month-first '12.01.26, 14:32' not read",
    "seedlike_elmirador_es_sanciones": "a caption line between paragraphs kept",
}


def _param(case):
    stem = case.name.split("/", 1)[1]
    if stem in _DIFFERS:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=_DIFFERS[stem]))
    return case


def test_every_listed_difference_names_a_copied_page():
    assert set(_DIFFERS) <= {c.name.split("/", 1)[1] for c in COPIED}
    assert len({c.name.split("/", 1)[1] for c in COPIED}) == len(COPIED)  # the list above is keyed by page name
    assert len(BATCH_13) >= 40 and len(BATCH_14) >= 12 and len(BATCH_15) >= 14 and len(BATCH_16) >= 10
    assert len(BATCH_17) >= 12 and len(BATCH_18) >= 16


@pytest.mark.parametrize("case", [_param(c) for c in COPIED], ids=lambda c: c.name)
def test_copied_page_comes_out_as_labelled(case):
    assert_as_labelled(case)


def test_copied_pages_keep_their_scores():
    # Measured after the fixes of batch 13 (heldout/README.md): body F1 0.979, title 1.00. A drop below these floors
    # means a change made ingest worse on what users actually paste.
    s = score(sitegen, BATCH_13)
    assert s["f"] >= 0.96 and s["title"] >= 0.95
    assert min(row["f"] for row in s["rows"]) >= 0.75, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.75]


def test_batch_14_copied_pages_keep_their_scores():
    # Measured after the fixes of batch 14 (heldout/README.md): body F1 0.949, title 0.83 (first run 0.767 and 0.33);
    # its weakest pages are the two that hold no ordinary article (a forum thread, a current-events day).
    s = score(sitegen, BATCH_14)
    assert s["f"] >= 0.93 and s["title"] >= 0.8
    assert min(row["f"] for row in s["rows"]) >= 0.8, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.8]


def test_batch_15_copied_pages_keep_their_scores():
    # Measured after the fixes of batch 15 (heldout/README.md): body F1 0.948, title 1.00, metadata 0.83 (first run
    # 0.916, 0.86 and 0.52).
    s = score(sitegen, BATCH_15)
    assert s["f"] >= 0.93 and s["title"] >= 0.9 and s["meta"] >= 0.75
    assert min(row["f"] for row in s["rows"]) >= 0.8, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.8]


def test_batch_16_copied_pages_keep_their_scores():
    # Measured after the fixes of batch 16 (heldout/README.md): body F1 0.998, title 1.00, metadata 0.97 (first run
    # 0.936, 0.90 and 0.57).
    s = score(sitegen, BATCH_16)
    assert s["f"] >= 0.97 and s["title"] >= 0.9 and s["meta"] >= 0.9
    assert min(row["f"] for row in s["rows"]) >= 0.9, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.9]


def test_batch_17_copied_pages_keep_their_scores():
    # Measured after the fixes of batch 17 (heldout/README.md): body F1 0.977, title 1.00, metadata 0.81 (first run
    # 0.874, 0.58 and 0.44).
    s = score(sitegen, BATCH_17)
    assert s["f"] >= 0.95 and s["title"] >= 0.9 and s["meta"] >= 0.7
    assert min(row["f"] for row in s["rows"]) >= 0.8, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.8]


def test_batch_18_copied_pages_keep_their_scores():
    # Measured after the fixes of batch 18 (heldout/README.md): body F1 0.986, title 1.00, metadata 0.92 (first run
    # 0.921, 0.69 and 0.60).
    s = score(sitegen, BATCH_18)
    assert s["f"] >= 0.97 and s["title"] >= 0.9 and s["meta"] >= 0.8
    assert min(row["f"] for row in s["rows"]) >= 0.9, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.9]


_STORY = ["Council sets its budget for next year", "By Jo Marsh",
          "The county council approved its budget on Tuesday night after a debate that lasted more than four hours.",
          "Most of the extra money will go to adult social care and to children's services, the council said."]


def test_a_table_after_the_story_is_kept_only_when_the_story_announces_it():
    # Teasers after it (a heading and a sentence each, under a "More …" label) keep it inside the story's span.
    teasers = ["More news", "Rovers sign a new striker", "The 24-year-old joins from City on a three-year contract, the club said.",
               "United sack their manager", "The club announced the decision on Monday after a run of six defeats in a row."]
    standings = ["Table", "1\tRovers\t30", "2\tUnited\t29", "3\tCity\t28"]
    assert not [b for b in extract(_dump(*_STORY, *standings, *teasers), "x.txt").blocks if b.kind == "table_row"]
    own = ["The council published the figures for each service:", "Service\t2024\t2025", "Care\t£214m\t£231m",
           "Roads\t£46m\t£47m"]
    rows = [b for b in extract(_dump(*_STORY, *own, *teasers), "x.txt").blocks if b.kind == "table_row"]
    assert len(rows) == 3


def test_a_copied_byline_glued_to_its_date_gives_both():
    e = extract(_dump(_STORY[0], "By Jo MarshJuly 22, 2025 1:05 PM UTCUpdated 2 hours ago", *_STORY[2:]), "x.txt")
    assert (e.author, e.date, e.title) == ("Jo Marsh", "2025-07-22", _STORY[0])


def test_a_byline_glued_to_the_reporters_title_names_the_reporter_not_the_headline():
    e = extract(_dump("Most na Odrze zamknięty do wiosny. Objazd wydłuży drogę o 40 km",
                      "Tomasz WiśniewskiDziennikarz Gazety Lubuskiej", "2 listopada 2025, 18:40",
                      "Zarząd Dróg Wojewódzkich potwierdził, że od 3 listopada most zostanie całkowicie zamknięty dla ruchu.",
                      "Przegląd przeprowadzony we wrześniu wykazał, że łożyska i dylatacje są w złym stanie technicznym."),
                "x.txt")
    assert (e.title, e.author, e.date) == ("Most na Odrze zamknięty do wiosny. Objazd wydłuży drogę o 40 km",
                                           "Tomasz Wiśniewski", "2025-11-02")


def test_comments_whose_author_is_glued_to_the_time_are_not_story():
    comments = ["Yorumlar (3)", "Mehmet K.2 saat önce", "Bu hat yıllardır konuşuluyordu, umarım bu sefer gerçekten biter.",
                "Serkan45 dakika önce", "Forbes Caddesi esnafı haklı, dört yıl gerçekten çok uzun bir süre."]
    e = extract(_dump(*_STORY, *comments), "x.txt")
    assert [b.text for b in e.blocks] == _STORY[2:]


def test_a_wire_date_glued_to_its_time_is_read():
    e = extract(_dump(_STORY[0], "By Jo Marsh", "October 9, 202510:14 AM UTCUpdated 4 hours ago", *_STORY[2:]), "x.txt")
    assert (e.date, e.description) == ("2025-10-09", None)


def test_a_sentence_saying_residents_can_sign_up_is_story_but_a_prompt_to_the_reader_is_not():
    report = "Residents can check their flood risk online and sign up for free flood warnings from the agency."
    prompt = "Sign up for our morning newsletter and get the day's news in your inbox before breakfast."
    blocks = [b.text for b in extract(_dump(*_STORY, report, prompt), "x.txt").blocks]
    assert report in blocks and prompt not in blocks


def test_a_newsletter_keeps_its_greeting_and_signed_close_and_drops_its_sponsor():
    letter = ["Riverside Weekly: the library gets its roof", "Hello neighbours,", *_STORY[2:],
              "This week's issue is supported by Wharfside Bakery.\nFresh sourdough every morning from 7am, and 10% off "
              "for members.", "See you around,", "Hannah Okafor, newsletter editor"]
    e = extract(_dump(*letter), "x.txt")
    assert [b.text for b in e.blocks] == ["Hello neighbours,", *_STORY[2:], "See you around,",
                                          "Hannah Okafor, newsletter editor"]
    assert e.author == "Hannah Okafor"
