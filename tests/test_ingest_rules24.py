"""Rules found on batch 24's pages (heldout_text_copied12), checked on other strings (other sites, other names)."""
from __future__ import annotations

from sitegen.ingest.dates import find_date
from sitegen.ingest.extract import extract
from ingest_fixtures import ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, GERMAN_LEAD, GERMAN_NEXT, dump

_JA_LEAD = ("政府は、来年度から地方のバス路線を維持するための補助金を拡充する方針を固めました。"
            "必要な費用としておよそ500億円を来年度予算案に盛り込む方向で調整しています。")
_JA_NEXT = "国土交通省によりますと、利用者の減少が続く路線のうち、およそ3割が赤字となっています。"


def test_a_name_over_the_reporters_own_address_is_the_byline():
    e = extract(dump("Weald Courier", "News", "Rural routes keep a daily return bus after board vote",
                     "Tom Ashdown", "tom.ashdown@wealdcourier.co.uk", "Published 3 March 2026", _LEAD, _NEXT), "x.txt")
    assert e.author == "Tom Ashdown"
    # A desk's address under a line is no reporter's: the line stays what it was.
    e = extract(dump("Weald Courier", "News", "Rural routes keep a daily return bus after board vote",
                     "Tom Ashdown", "newsdesk@wealdcourier.co.uk", _LEAD, _NEXT), "x.txt")
    assert e.author is None


def test_a_japanese_name_parted_by_a_space_right_above_the_date_is_the_byline():
    e = extract(dump("ニュース", "政治", "地方バス路線 補助金を拡充へ 政府が方針", "山本 健太", "2026年3月3日 9時15分",
                     _JA_LEAD, _JA_NEXT), "x.txt")
    assert e.author == "山本 健太"
    # Section tags under the date are set the same way, and are no name.
    e = extract(dump("ニュース", "地方バス路線 補助金を拡充へ 政府が方針", "2026年3月3日 9時15分", "経済 地域",
                     _JA_LEAD, _JA_NEXT), "x.txt")
    assert e.author is None


def test_a_name_with_its_outlet_after_a_comma_is_the_name_alone():
    e = extract(dump("Business", "Rural routes keep a daily return bus after board vote", "Lena Marsh, The Northern Wire",
                     "Published March 3, 2026 at 9:15 a.m.", _LEAD, _NEXT), "x.txt")
    assert e.author == "Lena Marsh"


def test_a_day_month_year_date_written_with_dashes():
    assert find_date("Persbericht | 03-02-2026 | 10:30", day_first=True)[0] == "2026-02-03"
    assert find_date("Updated 13-02-2026")[0] == "2026-02-13"  # unambiguous either way
    assert find_date("Call 030-12-2026 for tickets") is None  # a number run, not a date
    e = extract(dump("Bundesamt für Verkehr", "Pressemitteilung | 03-02-2026 | 10:30",
                     "Brücke über die Lahn wird bis zum Sommer gesperrt", GERMAN_LEAD, GERMAN_NEXT), "x.txt")
    assert e.date == "2026-02-03"
