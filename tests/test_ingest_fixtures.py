"""Ingest against hand-labelled pages: the five seeds exactly, and 30+ noisy pages of other outlets' shapes."""
from __future__ import annotations

import pytest

from sitegen.ingest.extract import extract
from ingest_fixtures import FIELDS, body_lines, cases

SEEDS = cases("seeds")
# Batch 12 and 14 pages that still differ from their labels after the general fixes (see heldout/README.md).
_KNOWN_MISSES = {
    "heldout_html3/courier_en_tax_table": "the news agency's note under the story is kept",
    "heldout_html4/hanbit_ko_bus": "description: the two-line subtitle taken instead of the lead",
    "heldout_html4/wikiportal_en_oct12": "the first category label taken as description; labels above a topic link "
                                         "dropped; publisher only in the footer",
    "heldout_html4/wire_en_copper": "description: the meta description is the lead without its dateline, so it is "
                                    "left out as the lead (the label keeps it)",
}
# pages: written for development; heldout: written later and first scored untouched (see benchmarks/README or the report)
PAGES = cases("pages") + cases("heldout") + cases("heldout_html") + cases("heldout_html2") + cases("heldout_html3") \
    + cases("heldout_html4")


def _param(case):
    if case.name in _KNOWN_MISSES:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=_KNOWN_MISSES[case.name]))
    return case


def _check(case):
    extraction = extract(case.raw_path.read_bytes(), case.raw_path.name)
    expected = case.expected
    got = {field: getattr(extraction, field) for field in FIELDS}
    for field in FIELDS:
        if field == "language" and expected.get(field) is None:
            continue  # not labelled: no claim either way
        assert got[field] == expected.get(field, False if field == "title_inferred" else None), field
    assert body_lines(extraction.blocks) == expected["body"]


def test_there_are_five_seeds_and_at_least_thirty_other_pages():
    assert len(SEEDS) == 5
    assert len(PAGES) >= 30
    assert sum(1 for c in PAGES if c.kind == "html") >= 5


@pytest.mark.parametrize("case", SEEDS, ids=lambda c: c.name)
def test_seed_comes_out_exactly_as_labelled(case):
    _check(case)


@pytest.mark.parametrize("case", [_param(c) for c in PAGES], ids=lambda c: c.name)
def test_page_comes_out_as_labelled(case):
    _check(case)
