"""Rules found on batch 22's pages (heldout_text_copied10), checked on other strings (other sites, other names)."""
from __future__ import annotations

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract
from ingest_fixtures import dump as _dump

_LEAD = ("The harbour ferry will stop running on Sundays from March, the island council said on Tuesday, after the "
         "operator lost two of its four crews to a rival firm on the mainland.")
_NEXT = ("About 900 passengers use the Sunday crossings in winter, according to council figures. The council said it "
         "would ask the operator to add a late sailing on Saturdays instead.")


def _reason(text: str):
    return boilerplate_reason(text, len(text.split()))


def test_an_author_photos_alt_text_is_furniture_never_a_headline():
    for alt in ("Priya Raman headshot", "Tomás Ibáñez profile picture", "Jo Ann Becker avatar", "Lee Chang Author photo"):
        assert _reason(alt), alt
    # A headline that happens to end with the word is about something, not a name and a picture.
    for headline in ("Museum buys a rare Rembrandt portrait", "The new headshot", "Ortiz headshot"):
        assert _reason(headline) is None, headline


def test_a_page_copied_from_the_author_photo_down_has_its_byline_and_date_and_an_inferred_title():
    e = extract(_dump("Priya Raman headshot", "Priya Raman", "Senior writer", "Mar. 3, 2026 Updated Mar. 4, 2026 6:45 p.m.",
                      _LEAD, _NEXT, "© 2026 Island Courier"), "x.txt")
    assert e.title_inferred and e.title.startswith("The harbour ferry will stop running on Sundays")
    assert (e.author, e.date) == ("Priya Raman", "2026-03-03")
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]


def test_a_caption_closed_by_the_photographer_and_outlet_after_a_slash_is_no_subheading():
    caption = "The ferry Island Star at the north pier on Monday. Dana Whitfield/Island Courier"
    assert _reason(caption)
    assert _reason("Ministers met in Geneva on Monday. Talks resume on Friday.") is None
    e = extract(_dump("Sunday ferry to stop from March, council says", "By Priya Raman", _LEAD, caption, _NEXT),
                "x.txt")
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]


_DEK = ("The operator lost two of its four crews to a rival firm on the mainland and says it cannot staff the Sunday "
        "sailings before the summer timetable starts, while islanders who work weekend shifts in town ask who will pay "
        "for taxis")


def test_a_topic_kicker_in_capitals_is_not_taken_over_the_headline_in_ordinary_case_under_it():
    # The kicker shares the story's words ("island", "ferry") as much as the question headline under it does.
    e = extract(_dump("Island Courier", "News", "THE ISLAND FERRY", "Can the council still save the island's weekend "
                      "crossings?", _DEK, "By Priya Raman", "3 March 2026", _LEAD, _NEXT), "x.txt")
    assert (e.title, e.description) == ("Can the council still save the island's weekend crossings?", _DEK)
    # A tabloid's headline in capitals over its dek stays the headline.
    e = extract(_dump("Island Courier", "News", "SUNDAY FERRY AXED IN CREW CRISIS",
                      "Islanders lose their Sunday crossings from March as the operator runs short of crews",
                      "By Priya Raman", "3 March 2026", _LEAD, _NEXT), "x.txt")
    assert e.title == "SUNDAY FERRY AXED IN CREW CRISIS"


def test_a_name_then_an_agency_named_in_words_is_a_byline_and_the_city_may_stand_between():
    from sitegen.ingest.metadata import byline
    for line, name in (("Priya Raman | Northshore Press", "Priya Raman"),
                       ("Mert Kaya | Bursa - Marmara Haber Ajansı", "Mert Kaya")):
        assert byline(line) == name, line
    assert byline("Latest Stories | Northshore Press") is None  # a section of the site, no one's name
    e = extract(_dump("ISLAND COURIER", "Sunday ferry to stop from March, council says", "Priya Raman | Northshore Press",
                      "3 March 2026", _LEAD, _NEXT), "x.txt")
    assert (e.author, e.description) == ("Priya Raman", None)


def test_the_footer_links_copied_onto_the_copyright_line_are_not_part_of_the_sites_name():
    from sitegen.ingest.metadata import publisher_mentions
    assert publisher_mentions("© 2026 Island Courier   About   Contact   Privacy   Terms") == ["Island Courier"]
    assert publisher_mentions("Copyright 2025 Lahn Kurier Impressum Datenschutz") == ["Lahn Kurier"]
    e = extract(_dump("Sunday ferry to stop from March, council says", "By Priya Raman", "3 March 2026", _LEAD, _NEXT,
                      "© 2026 Island Courier   About   Contact   Privacy   Terms"), "x.txt")
    assert e.publisher == "Island Courier"


def test_a_byline_naming_only_the_agency_gives_way_to_the_reporters_credited_under_the_story():
    e = extract(_dump("Sunday ferry to stop from March, council says", "By Northshore Wire", "3 March 2026", _LEAD, _NEXT,
                      "Reporting by Priya Raman and Tomás Ibáñez; Editing by Ruth Okafor",
                      "© 2026 Northshore Wire. All rights reserved"), "x.txt")
    assert (e.author, e.publisher) == ("Priya Raman and Tomás Ibáñez", "Northshore Wire")
    # A reporter's own byline stays: the credit line is then about the same story's helpers.
    e = extract(_dump("Sunday ferry to stop from March, council says", "By Dana Whitfield", "3 March 2026", _LEAD, _NEXT,
                      "Reporting by Priya Raman; Editing by Ruth Okafor", "© 2026 Northshore Wire. All rights reserved"),
                "x.txt")
    assert e.author == "Dana Whitfield"


def test_a_section_label_before_or_after_the_bar_of_a_headline_is_not_the_sites_name():
    from sitegen.ingest.metadata import split_site_name
    assert split_site_name("Analysis | Why the ferry crews left for the mainland", set()) == (
        "Why the ferry crews left for the mainland", None)
    assert split_site_name("Why the ferry crews left for the mainland | Opinion", set()) == (
        "Why the ferry crews left for the mainland", None)
    assert split_site_name("Why the ferry crews left for the mainland | Island Courier", set()) == (
        "Why the ferry crews left for the mainland", "Island Courier")
    e = extract(_dump("Island Courier", "Opinion | The council should have seen the ferry crisis coming", "By Dana Whitfield",
                      "3 March 2026", _LEAD, _NEXT, "Island Courier"), "x.txt")
    assert (e.title, e.publisher) == ("The council should have seen the ferry crisis coming", "Island Courier")


def test_a_comment_count_past_a_thousand_is_a_counter_not_a_subheading():
    for counter in ("1,284 comments", "2.310 Kommentare", "12 comments"):
        assert _reason(counter), counter
    e = extract(_dump("Sunday ferry to stop from March, council says", "By Dana Whitfield", "3 March 2026", "3,417 comments",
                      _LEAD, _NEXT), "x.txt")
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]


def test_a_live_page_copied_with_no_blank_line_keeps_each_entrys_headline_and_drops_its_time():
    entries = [("6:10 PM GMT", "Last ferry of the season leaves the north pier", _NEXT),
               ("2:05 PM GMT", "Council to meet operator on Thursday", _LEAD)]
    lines = ["Island Courier", "LIVE", "Island ferry cuts: council and operator meet as Sunday service ends",
             "By Dana Whitfield and Priya Raman", "3 March 2026, 9:00 AM GMT"]
    for time, head, text in entries:
        lines += [time, head, text, "Share this post"]
    e = extract("\n".join(lines).encode(), "x.txt")  # (no blank line anywhere)
    assert [(b.kind, b.text) for b in e.blocks] == [
        ("heading", "Last ferry of the season leaves the north pier"), ("paragraph", _NEXT),
        ("heading", "Council to meet operator on Thursday"), ("paragraph", _LEAD)]


def test_captions_closed_by_an_image_credit_an_agency_in_words_or_an_agency_and_photographer_in_brackets():
    for caption in ("A model of the new ferry terminal at the north pier. Image: Harbour Board/Island Courier",
                    "Ferry crews wait at the north pier on Monday. Northshore Press",
                    "Warga menunggu kapal di dermaga utara, Senin (2/3/2026). (NUSANTARA/Dok. Dishub)",
                    "Warga menunggu kapal di dermaga utara, Senin (2/3/2026). (NUSANTARA/Rizky Pratama)"):
        assert _reason(caption), caption
    # Two sources in brackets after a story's sentence credit no photo; a sentence naming an agency is story.
    assert _reason("The talks resumed on Monday. (AFP/Bloomberg)") is None
    assert _reason("The union said it had asked Northshore Press for a correction.") is None


def test_an_author_photos_alt_text_under_the_dek_leaves_the_dek_a_dek_and_a_caption_is_none():
    dek = "Crews say the operator ignored their warnings about the Sunday rota for two years"
    caption = "The ferry Island Star at the north pier. Image: Harbour Board"
    e = extract("\n".join(["Island Courier", "Who let the island's Sunday ferry sink?", dek, "Photo of Dana Whitfield",
                           "By Dana Whitfield", "3 March 2026", caption, _LEAD, _NEXT]).encode(), "x.txt")
    assert (e.description, e.author) == (dek, "Dana Whitfield")
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]
