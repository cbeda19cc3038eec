"""Ingest rules of stop 43, from the misses of blind batches text 83 and HTML 60 (measured on main before them), each
tested on pages of its own; where a made-up page does not reproduce the miss, on the batch's page."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, FIXTURES, STORY, body_lines, copied
from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract

HEADLINE = "Council votes 5-2 to keep Eastside library branch open through 2026"
ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def _fixture(name: str):
    path = FIXTURES / name
    return extract(path.read_bytes(), path.name)


def _html(body: str, head: str = "<title>Page | The Valley Ledger</title>") -> object:
    return extract(f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode(), "page.html")


# Text dumps.

def test_a_consent_box_of_the_iab_framework_naming_its_vendors_goes_and_does_not_take_the_headline():
    found = _fixture("heldout_text_copied71/northgatereview_en_harbor-line-ferries-sale.txt")
    assert found.title == "Harbor Line Ferries in talks to sell majority stake to private equity group"
    assert not any("cookies" in line for line in body_lines(found.blocks))
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD,
                    "We and our 162 vendors use cookies to measure audiences, personalise ads and keep the site secure.",
                    ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == ENGLISH


def test_a_name_then_the_reporters_rank_and_role_is_the_byline():
    found = copied(["Local News", HEADLINE, "Dana Okafor Staff Writer", "Oct 8, 2025", *ENGLISH])
    assert found.author == "Dana Okafor"
    assert body_lines(found.blocks) == ENGLISH


def test_a_beat_then_a_rank_and_role_is_no_name():
    assert md.name_then_rank("Dana Okafor Staff Writer")
    assert not md.name_then_rank("Foreign Affairs Senior Correspondent")
    found = copied(["Local News", HEADLINE, "Foreign Affairs Senior Correspondent", "Oct 8, 2025", *ENGLISH])
    assert found.author is None


def test_the_date_under_the_byline_under_the_headline_beats_the_top_bars_today():
    found = copied(["Pinecrest Valley Herald", "Thursday, October 9, 2025", "Subscribe", "News", "Local", HEADLINE,
                    "Dana Okafor Staff Writer", "Oct 8, 2025", "Updated Oct 9, 2025", *ENGLISH])
    assert found.date == "2025-10-08"


def test_a_photo_credited_to_the_sites_own_masthead_and_its_caption_go():
    caption = "Residents hold signs supporting the branch library before Tuesday's council meeting at Town Hall."
    found = copied(["Pinecrest Valley Herald", "News", HEADLINE, "By Dana Okafor", "Oct 8, 2025",
                    caption, "Dana Okafor/Pinecrest Valley Herald", *ENGLISH])
    assert body_lines(found.blocks) == ENGLISH


def test_further_down_only_the_credit_goes_the_line_above_may_be_story():
    # (A photo further down may have no caption: the sentence above its credit is the story's.)
    line = "The vote came after more than three hours of public comment, most of it from parents and retired teachers."
    found = copied(["Pinecrest Valley Herald", "News", HEADLINE, "By Dana Okafor", "Oct 8, 2025",
                    ENGLISH_LEAD, line, "Dana Okafor/Pinecrest Valley Herald", ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, line, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_name_over_another_outlet_after_a_slash_is_not_taken_for_the_sites_credit():
    line = "The report was first published by the board in 2019 and revised twice since, officials said on Monday."
    found = copied(["Pinecrest Valley Herald", "News", HEADLINE, "By Dana Okafor", "Oct 8, 2025",
                    ENGLISH_LEAD, line, "Dana Okafor/Harlow Tribune", ENGLISH_NEXT, ENGLISH_THIRD])
    assert line in body_lines(found.blocks)


def test_the_authors_bio_telling_their_trade_whatever_its_verb_goes():
    bio = ("Friederike Albrecht leitet seit 2021 das Ressort Außenpolitik der Elbtaler Rundschau. Zuvor war sie "
           "Korrespondentin in Warschau.")
    found = copied(["Elbtaler Rundschau", "Sicherheitsgarantien ohne Soldaten sind nur Papier",
                    "Ein Kommentar von Friederike Albrecht", "03.04.2025, 17:12 Uhr", *ENGLISH, "Zur Person", bio])
    assert found.author == "Friederike Albrecht"
    assert bio not in body_lines(found.blocks)


def test_a_newsletter_boxs_pitch_between_its_name_and_its_button_goes():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH, "Newsletter „Die Lage am Abend“",
                    "Die wichtigsten Nachrichten des Tages, kompakt und kostenlos – jeden Abend um 18 Uhr.",
                    "Jetzt anmelden"])
    assert body_lines(found.blocks) == ENGLISH


def test_a_sections_heading_over_its_numbered_parts_stays():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, "The four models", "1. NATO membership",
                    ENGLISH_NEXT, "2. A European reassurance force", ENGLISH_THIRD], name="page.txt")
    assert body_lines(found.blocks) == [ENGLISH_LEAD, "## The four models", "## 1. NATO membership", ENGLISH_NEXT,
                                        "## 2. A European reassurance force", ENGLISH_THIRD]


def test_an_interviews_question_with_the_fact_it_asks_about_is_a_subheading():
    found = _fixture("heldout_text_copied71/observateurdurhone_fr_entretien-cessez-le-feu.txt")
    assert ("## Les négociateurs ukrainiens et russes se retrouvent à nouveau cette semaine. Qu'est-ce qui a changé "
            "depuis le dernier round ?") in body_lines(found.blocks)


def test_a_long_rhetorical_question_in_a_story_that_is_no_interview_stays_a_paragraph():
    question = ("The ministry has promised a decision before the summer recess, but the budget is already stretched. "
                "Where will the money come from?")
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, question, ENGLISH_NEXT, ENGLISH_THIRD])
    assert question in body_lines(found.blocks)


def test_the_masthead_in_the_pages_script_beside_its_latin_name_in_capitals_is_the_publisher():
    found = _fixture("heldout_text_copied71/kitaminato-u_ja_seaweed-film-press-release.txt")
    assert found.publisher == "北湊大学"
    assert found.description is None  # (not "このページを印刷する", the print button, nor a PDF's link)


def test_a_period_from_one_date_to_another_is_no_dateline():
    assert md.date_line("2025年4月14日（月曜日）から2025年9月30日（火曜日）まで") is None
    assert md.date_line("From 14 April 2025 to 30 September 2025") is None
    assert md.date_line("Vom 14. April 2025 bis 30. September 2025") is None
    assert md.date_line("2025年3月25日") == "2025-03-25"
    assert md.date_line("Published 14 April 2025 – Updated 15 April 2025") == "2025-04-14"


# Saved HTML pages.

def test_a_kicker_of_four_words_in_the_headlines_element_goes_when_the_page_titles_the_story_without_it():
    found = _fixture("heldout_html60/rheinkurier_de_liveblog-istanbul-gespraeche.html")
    assert found.title == "Ukraine-Gespräche in Istanbul: Delegationen ringen um Waffenruhe für Energieanlagen"


def test_the_articles_own_teaser_under_the_headline_is_the_dek():
    found = _fixture("heldout_html60/rheinkurier_de_liveblog-istanbul-gespraeche.html")
    assert found.description.startswith("In Istanbul verhandeln Vertreter der Ukraine und Russlands")


def test_a_paragraph_back_in_the_storys_box_after_a_related_card_is_story():
    found = _fixture("heldout_html60/diariodelsur_es_guadalmar-remonta-sierra-norte.html")
    assert any(line.startswith("A partir de ahí, el Sierra Norte se sintió cómodo") for line in body_lines(found.blocks))
    assert not any("renovación" in line for line in body_lines(found.blocks))


def test_a_dek_without_a_full_stop_right_under_the_headline_is_the_dek():
    found = _fixture("heldout_html60/diariodelsur_es_guadalmar-remonta-sierra-norte.html")
    assert found.description == ("Dos goles de Iker Salvatierra en el tramo final tumban a un Sierra Norte que dominó "
                                 "durante una hora en La Caleta (2-1)")


def test_an_episodes_dek_under_its_headline_in_an_h2_under_the_programmes_h1():
    found = _fixture("heldout_html60/westcountrysound_en_tideline-fal-oyster-dredgers.html")
    assert found.description.startswith("Only a handful of sailing boats still dredge for oysters on the Fal")


def test_a_government_page_keeps_a_one_line_section_and_the_table_under_its_closing_sentence():
    found = _fixture("heldout_html60/minatodai-city_ja_bus-cashless-jikken.html")
    lines = body_lines(found.blocks)
    assert "2025年4月14日（月曜日）から2025年9月30日（火曜日）まで" in lines
    assert "開催日 | 時間 | 会場" in lines
    assert not any("Adobe Acrobat Reader" in line for line in lines)
    assert found.description is None  # (the site's blurb, "…の公式ホームページです", on every page)


def test_the_sites_blurb_as_meta_description_is_no_dek():
    head = ("<title>Road closures | Lakeside Council</title><meta name='description' content='The official website of "
            "Lakeside Council: services, news and events.'>")
    found = _html(f"<main><h1>Road closures on the lakeshore this weekend</h1>{''.join(f'<p>{p}</p>' for p in ENGLISH)}"
                  f"</main>", head)
    assert found.description is None


def test_a_table_in_the_storys_box_right_under_its_last_paragraph_stays():
    rows = "<tr><th>Date</th><th>Place</th></tr><tr><td>5 April</td><td>Town hall</td></tr>"
    found = _html(f"<main><h1>Bus operators meet parish councils on rural routes</h1>"
                  f"{''.join(f'<p>{p}</p>' for p in STORY)}<p>Residents can ask questions at two sessions.</p>"
                  f"<table>{rows}</table></main><footer><p>© Lakeside Council</p></footer>")
    assert body_lines(found.blocks)[-2:] == ["Date | Place", "5 April | Town hall"]


# From text batch 85 (measured on main before them).

def test_posted_by_a_name_on_a_date_gives_both():
    found = copied(["The Slow Spoke", "How I finally fixed the creak in my bottom bracket",
                    "Posted by Dan Whitlock on 22 August 2025", "14 Comments", *ENGLISH])
    assert (found.author, found.date) == ("Dan Whitlock", "2025-08-22")


def test_a_japanese_reporters_name_with_a_one_character_given_name_is_one_name():
    assert md.byline("記者：佐伯 遼") == "佐伯 遼"
    assert md.byline("記者：陳曉雯 周立") == "陳曉雯 and 周立"  # (two Chinese reporters: names of two characters or more)


def test_a_press_releases_label_is_no_byline():
    found = copied(["Lakeshore Water", "", "News release", "", "Bayfront treatment plant upgrade to finish two months early",
                    "", "New ultraviolet treatment will protect drinking water for 310,000 residents during storms", "",
                    "FOR IMMEDIATE RELEASE", "", "March 3, 2025", "", *[p + "\n" for p in ENGLISH]])
    assert found.author is None


def test_an_embeds_consent_box_in_german_goes():
    found = copied(["Rheinpost", "EU setzt weitere Tanker auf die Sanktionsliste", "Von Anna Berg", "03.04.2025, 17:12 Uhr",
                    ENGLISH_LEAD, "Externer Inhalt",
                    "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt.",
                    "Externen Inhalt anzeigen",
                    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == ENGLISH


def test_a_stations_frequency_beside_its_name_goes_when_the_page_names_it_without():
    found = _fixture("heldout_text_copied71/aigaiofm_el_leipsydria-sifnos.txt")
    assert found.publisher == "Αιγαίο FM"


# From HTML batch 62 (measured on main before them).

def test_a_readers_comments_author_is_never_the_pages():
    comment = ("<section class='comments'><article class='comment'><footer class='comment__meta'><p class='comment__author'>"
               "Олександр К.</p></footer><p>Дуже предметно, дякую.</p></article></section>")
    found = _html(f"<main><article><h1>Санкції працюють повільніше, ніж хотілося б</h1>"
                  f"{''.join(f'<p>{p}</p>' for p in ENGLISH)}</article>{comment}</main>")
    assert found.author is None


def test_an_interviews_who_talked_label_over_the_name_is_the_byline():
    found = copied(["Санкції працюють повільніше, ніж хотілося б", *ENGLISH, "Розмовляв", "Андрій Ковальчук", "Теги"])
    assert found.author == "Андрій Ковальчук"


def test_a_cms_labelled_interviewer_field_outside_the_story_gives_the_byline():
    field = ("<div class='field field--name-field-interviewer field--label-inline'><div class='field__label'>Розмовляв"
             "</div><div class='field__item'><a href='/avtory/andriy-kovalchuk'>Андрій Ковальчук</a></div></div>")
    found = _html(f"<main><article><h1>Санкції працюють повільніше, ніж хотілося б</h1>"
                  f"<div class='body'>{''.join(f'<p>{p}</p>' for p in ENGLISH)}</div>{field}</article></main>")
    assert found.author == "Андрій Ковальчук"
