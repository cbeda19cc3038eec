"""Ingest against hand-labelled pages: the five seeds exactly, and 30+ noisy pages of other outlets' shapes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest_fixtures import assert_as_labelled, cases

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from ingest_quality import score, sitegen  # noqa: E402

SEEDS = cases("seeds")
_AS_TAGGED = ("subheadings: the label keeps the page's <h3> as '###' where the story has no <h2>; ingest counts from "
               "the story's top ('##', stop 71)")
# Batch 12, 14, 15, 16, 17 and 18 pages that still differ from their labels after the general fixes (see heldout/README.md).
_KNOWN_MISSES = {
    # Labelled when an <h3> under no <h2> kept its '###'; ingest counts from the story's top since stop 71.
    "heldout_html3/spon_de_bruecken": _AS_TAGGED,
    "heldout_html5/prahari_hi_metro": _AS_TAGGED,
    "heldout_html5/vallenotizie_it_scuola": _AS_TAGGED,
    "heldout_html6/emp_en_transit": _AS_TAGGED,
    "heldout_html7/gazzettanord_it_nato_spesa": _AS_TAGGED,
    "heldout_html8/beltwaydispatch_en_nato_guarantees": _AS_TAGGED,
    "heldout_html8/gundemhaber_tr_istanbul_takas": _AS_TAGGED,
    "heldout_html8/tagesblick_de_nato_ostflanke": _AS_TAGGED,
    "heldout_html3/courier_en_tax_table": "the news agency's note under the story is kept",
    "heldout_html4/hanbit_ko_bus": "description: the two-line subtitle taken instead of the lead",
    "heldout_html4/wikiportal_en_oct12": "the first category label taken as description; labels above a topic link "
                                         "dropped; publisher only in the footer",
    "heldout_html4/wire_en_copper": "description: the meta description is the lead without its dateline, so it is "
                                    "left out as the lead (the label keeps it)",
    # batch 15
    "heldout_html5/contrastado_es_video": "description: the claim box's reason taken; the <cite> attribution, the "
                                          "'Fuentes' list and the WhatsApp tip-line prompt kept",
    "heldout_html5/dongfang_zh_canteen": "description: the '原标题：' line (the print headline) taken instead of the lead",
    "heldout_html5/gadgetbeat_en_ereader": "the product box inside the story (name and blurb) kept",
    "heldout_html5/marketdesk_en_chipmaker": "description: the meta description differs from the dek the label takes",
    "heldout_html5/newsrelay_en_recall": "the products table dropped and the company's 'About …' boilerplate kept "
                                         "(arguable, see README); description: the lead with its dateline",
    "heldout_html5/tagesfunk_de_waermepumpe": "the bold intro taken as description (label: story; arguable, see README)",
    # batch 16
    "heldout_html6/npk_ja_kyushoku": "description: the meta description is the summary box's first sentence, so it is "
                                     "left out as the lead (the label keeps it, as wire_en_copper's)",
    # batch 17
    "heldout_html7/byteforum_en_baltic_tracker": "date only in the age link's title",
    "heldout/cnn_like_ad_feedback": "the contributor line ('CNN's Ana Lopez contributed to this report.') dropped: "
                                    "the later labels drop such lines (heldout_html7 and heldout_text_copied5's "
                                    "millbrook_en_ap_geneva, heldout_html103's callowaystandard)",
    "heldout_html7/northernstandard_en_live_talks": "the live entries' times kept in their headings, as the labels of "
                                                    "the later waves write them (556 headings to 91; stop 63); this "
                                                    "older label leaves them out",
    # batch 18
    "heldout_html8/barrelsandbans_substack_en_price_cap": "a footnote kept and its marker left on the paragraph; the "
                                                          "sign-off 'Miriam' kept as a subheading",
    "heldout_html8/toyoshimpo_ja_g7_seisai": "description: the meta description is the lead, so it is left out (the "
                                             "label keeps it, as wire_en_copper's)",
    "heldout/html_div_soup": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout/html_wordpress_yoast": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html/blogger_pl_pelargonie": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html/divs_nl_winkels": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html/wp_en_food_bank": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html3/live_en_councils": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html5/deccancourier_en_water": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html5/sciencebeat_en_bumblebees": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html6/acb_en_water": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html6/kabarnusa_id_erp": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html6/vnezony_ru_elektrichki": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html8/govpl_pl_msz_sankcje": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html8/nbs_en_qa_peace_plan": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "heldout_html8/rtpe_es_paquete_sanciones": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
    "pages/html_og_meta_divs": "description (stop 68: the page shows no dek; the label gives its meta description, which no reader sees)",
}
# pages: written for development; heldout: written later and first scored untouched (see benchmarks/README or the report)
PAGES = cases("pages") + cases("heldout") + cases("heldout_html") + cases("heldout_html2") + cases("heldout_html3") \
    + cases("heldout_html4") + cases("heldout_html5") + cases("heldout_html6") + cases("heldout_html7") \
    + cases("heldout_html8")


def _param(case):
    if case.name in _KNOWN_MISSES:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=_KNOWN_MISSES[case.name]))
    return case


def test_there_are_five_seeds_and_at_least_thirty_other_pages():
    assert len(SEEDS) == 5
    assert len(PAGES) >= 30
    assert sum(1 for c in PAGES if c.kind == "html") >= 5


@pytest.mark.parametrize("case", SEEDS, ids=lambda c: c.name)
def test_seed_comes_out_exactly_as_labelled(case):
    assert_as_labelled(case)


@pytest.mark.parametrize("case", [_param(c) for c in PAGES], ids=lambda c: c.name)
def test_page_comes_out_as_labelled(case):
    assert_as_labelled(case)


def test_batch_15_html_pages_keep_their_scores():
    # Measured after the fixes of batch 15 (heldout/README.md): body F1 0.981, title 1.00, metadata 0.98 (first run
    # 0.976, 0.93, 0.98). The pages still differing are marked above; the set as a whole must not slip.
    s = score(sitegen, cases("heldout_html5"))
    assert s["f"] >= 0.97 and s["title"] >= 0.95 and s["meta"] >= 0.95
    assert min(row["f"] for row in s["rows"]) >= 0.85, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.85]


def test_batch_16_html_pages_keep_their_scores():
    # Measured after the fixes of batch 16 (heldout/README.md): body F1 1.000, title 1.00, metadata 1.00 (first run
    # 0.981, 1.00, 0.90).
    s = score(sitegen, cases("heldout_html6"))
    assert s["f"] >= 0.98 and s["title"] >= 0.95 and s["meta"] >= 0.95
    assert min(row["f"] for row in s["rows"]) >= 0.95, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.95]


def test_batch_17_html_pages_keep_their_scores():
    # Measured after the fixes of batch 17 (heldout/README.md): body F1 0.996, title 1.00, metadata 0.94 (first run
    # 0.993, 1.00, 0.86).
    s = score(sitegen, cases("heldout_html7"))
    assert s["f"] >= 0.98 and s["title"] >= 0.95 and s["meta"] >= 0.85
    assert min(row["f"] for row in s["rows"]) >= 0.95, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.95]


def test_batch_18_html_pages_keep_their_scores():
    # Measured after the fixes of batch 18 (heldout/README.md): body F1 0.995, title 1.00, metadata 1.00 (first run
    # 0.985, 1.00, 0.94).
    s = score(sitegen, cases("heldout_html8"))
    assert s["f"] >= 0.98 and s["title"] >= 0.95 and s["meta"] >= 0.9
    assert min(row["f"] for row in s["rows"]) >= 0.95, [(r["case"], round(r["f"], 3)) for r in s["rows"] if r["f"] < 0.95]
