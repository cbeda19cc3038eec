"""Ingest rules of stop 70, from the misses of its blind batches (text 182, HTML 153), each tested on the page that
showed it (a synthetic page small enough to read lost the layout that kept the boxes)."""
from __future__ import annotations

from pathlib import Path

from ingest_fixtures import body_lines

from sitegen.ingest.extract import extract

HTML_153 = Path(__file__).parent / "fixtures" / "ingest" / "heldout_html153"


def _body(name: str) -> list[str]:
    return body_lines(extract((HTML_153 / name).read_bytes(), name).blocks)


def test_a_box_asking_readers_for_money_under_a_live_page_goes():
    # (HTML 153: a "contributions epic", <div class="dm-epic">, after a live page's last entry: its heading and two
    # paragraphs of pitch were kept as the story's.)
    body = _body("dailymeridian_en_shadow-fleet-sanctions-live.html")
    assert not any("afford to pay for news" in line or "good reason why not" in line for line in body)
    assert any(line.startswith("Many of these tankers change names") for line in body)  # (the story's own words stay)


def test_a_fact_checks_verdict_card_goes_and_its_findings_stay():
    # (HTML 153: a fact check's card, <div class="fc-verdict">, its rating as a subheading and its claim kept.)
    body = _body("pravdomir_uk_odesa-zhenevski-peremovyny-feik.html")
    assert "## Неправда" not in body and not any(line.startswith("Твердження:") for line in body)
    assert any(line.startswith("Твердження про те, що на переговорах") for line in body)
