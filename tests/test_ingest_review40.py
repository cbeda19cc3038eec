"""Guards for stop 40's ingest rules, from a review of them: each page here came out right before those rules and must
stay so — a rule fires only where its own shape is there."""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied

HEADLINE = "Ministers meet in Brussels on guarantees for Ukraine"

# Wire copy: one-sentence paragraphs, the first under a line that happens to end in a colon.
WIRE = ["The Kremlin's readout of the call was brief:",
        "Putin and Trump discussed the situation around Ukraine for an hour.",
        "The two leaders agreed to keep in close contact.",
        "Kremlin aide Yuri Ushakov said no date had been set for a meeting.",
        "Ukraine's foreign ministry did not immediately respond to a request for comment.",
        "Zelenskiy said on Saturday that Kyiv was ready for talks at any level.",
        "European leaders are due to meet in Brussels on Thursday.",
        "Oil prices rose about 1% after the call, traders said."]
LONGER = ("The call came three days after the two sides met in Geneva, where officials from both countries spent nine "
          "hours on a 28-point draft plan.")


def test_wire_copys_short_paragraphs_under_a_colon_stay_paragraphs():
    for tail in ([], [LONGER]):
        found = copied(["World", HEADLINE, "30 November 2025", *STORY, *WIRE, *tail])
        assert body_lines(found.blocks) == STORY + WIRE + tail


def test_a_longer_paragraph_after_a_list_of_sentences_is_no_item():
    items = ["Bees trained at 12°C chose the right colour in 86% of tests.", "Bees trained at 18°C fell between.",
             "Colder bees took 40% longer per flower visit."]
    found = copied(["Research news", HEADLINE, "3 March 2025", *STORY, "The key findings were:", *items, LONGER])
    assert body_lines(found.blocks)[3:] == ["The key findings were:"] + ["- " + item for item in items] + [LONGER]


def test_the_outlet_and_the_wires_is_no_publishers_name():
    found = copied(["Al Jazeera", "News", "Russia-Ukraine war", HEADLINE, "Al Jazeera and news agencies",
                    "Published On 3 Mar 2025", *STORY, "Source: Al Jazeera and news agencies",
                    "Al Jazeera and news agencies", "© 2025 Al Jazeera"])
    assert found.publisher == "Al Jazeera"
    found = copied(["Le Monde", "International", HEADLINE, "Le Monde avec AFP", "Publié le 03 mars 2025 à 10h12", *STORY,
                    "Le Monde avec AFP", "© Le Monde"])
    assert found.publisher == "Le Monde"


def test_a_story_sentence_about_a_fact_checker_in_the_ifcn_stays():
    said = "Full Fact, a member of the International Fact-Checking Network (IFCN), said the figure in the leaflet was wrong."
    found = copied([HEADLINE, "3 December 2025", *STORY, said,
                    "FactDesk is a signatory of the Code of Principles of the International Fact-Checking Network (IFCN).",
                    "Tags"])
    assert body_lines(found.blocks) == STORY + [said]


def test_a_section_a_service_or_a_photo_credit_over_the_date_is_no_byline():
    for line in ("Cost Of Living in Britain", "Royal Navy / Portsmouth", "Hannah McKay / AFP"):
        found = copied(["News", HEADLINE, line, "Sat 18 Oct 2025 17:48 BST", *STORY])
        assert found.author is None, line


KA_STORY = ["ბრიუსელში ევროპის თავდაცვის მინისტრები შეხვდნენ და უკრაინისთვის უსაფრთხოების გარანტიებზე იმსჯელეს, "
            "მოლაპარაკება გვიანობამდე გაგრძელდა.",
            "კიევს სურს, რომ ყველა ვალდებულება წერილობით იყოს ჩაწერილი და პარლამენტების მიერ რატიფიცირებული, "
            "განაცხადეს ოფიციალურმა პირებმა.",
            "დიპლომატების თქმით, შეთანხმების პროექტი თორმეტ გვერდს მოიცავს და საჰაერო თავდაცვას, წვრთნებს და "
            "დაფინანსებას ეხება."]


def test_a_georgian_sections_label_over_the_date_is_no_byline_and_a_georgian_name_is():
    for line, author in (("საგარეო პოლიტიკა", None), ("გიორგი ბერიშვილი", "გიორგი ბერიშვილი"),
                         ("ნინო ჯანელია", "ნინო ჯანელია")):
        found = copied(["კავკასიის ექო", "მთავარი", "მინისტრები ბრიუსელში უკრაინის გარანტიებზე შეხვდნენ", line,
                        "27 ნოემბერი 2024 12:40", *KA_STORY])
        assert (found.author, found.date) == (author, "2024-11-27"), line
