"""Ingest rules of stop 54, from the misses of blind batches (text 123 and HTML 96 on), each tested on pages of its
own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, FIXTURES, body_lines

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract

HEADLINE = "Ferry operators to keep a daily return crossing under new island contracts"
STORY = "".join(f"<p>{line}</p>" for line in (ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD))


def test_the_lead_under_an_h2_headline_beneath_a_sections_h1_is_the_description():
    # (From sealed HTML 96: "<h1>Інтерв’ю</h1>" over "<h2 class='material-title'>" — the lead under the h2, past the
    # date row and with the byline under it, was kept as the story's first paragraph.)
    dek = "The former negotiator says what Kyiv must ask of its partners, and why prisoner talks move faster."
    page = (f"<html><head><title>{HEADLINE} - Left Bank Herald</title><meta name=\"description\" content=\"An interview.\">"
            "</head><body><h1 class=\"rubric-title\">Interviews</h1><section class=\"material\">"
            f"<h2 class=\"material-title\">{HEADLINE}</h2>"
            "<div class=\"material-info\"><span><time datetime=\"2025-09-12T09:30\">12 September 2025, 09:30</time></span></div>"
            f"<div class=\"material-lead\"><strong>{dek}</strong></div>"
            "<div class=\"material-author\">By <a href=\"/a/ann\">Ann Lee</a></div>"
            f"<div class=\"material-body\">{STORY}</div></section></body></html>")
    found = extract(page.encode("utf-8"), "x.html")
    assert (found.title, found.description) == (HEADLINE, dek)
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_an_embeds_consent_placeholder_and_a_live_blogs_end_are_dropped():
    # (From sealed HTML 96: a German page's X placeholder and "Sie haben das Ende des Liveblogs erreicht." were kept.)
    for line in ("An dieser Stelle finden Sie einen Inhalt von X (ehemals Twitter). Um ihn anzuzeigen, müssen Sie der "
                 "Datenübertragung an den Anbieter zustimmen.",
                 "Sie haben das Ende des Liveblogs erreicht.", "You've reached the end of the live blog"):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "An dieser Stelle finden Sie einen Eindruck davon, wie eng die Verhandlungen in Luxemburg waren."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_circled_section_number_after_a_related_label_and_its_link_is_the_next_section():
    # (From text 124: "④ 主な制裁措置の一覧" under a "read also" link was read with it; here under "関連記事", a label
    # the rules know, it was dropped with the link.)
    page = (FIXTURES / "heldout_text_copied112" / "toyonewsdaily_ja_tairo-seisai-kaisetsu.txt").read_text(encoding="utf-8")
    found = extract(page.replace("あわせて読みたい", "関連記事").encode("utf-8"), "x.txt")
    body = body_lines(found.blocks)
    assert "## ④ 主な制裁措置の一覧" in body
    assert not any("争点は「安全の保証」" in line for line in body)


def test_an_interviews_headline_over_its_dek_and_byline_is_the_headline_in_an_inflected_language():
    # (From sealed text 123: the Greek dek, sharing more of the story's inflected words, was taken for the headline over
    # "Name: «…»", the byline "Συνέντευξη: Νίκος Φραγκιαδάκης" under the two; the questions, ending on the Greek
    # question mark ";", were paragraphs.)
    page = (FIXTURES / "heldout_text_copied111" / "plori_el_synenteuxi-kyroseis-naftilia.txt").read_bytes()
    found = extract(page, "x.txt")
    assert found.title == "Ειρήνη Μαυροματάκη: «Οι κυρώσεις δεν μπορούν να ελέγχονται μόνο από τα πληρώματα»"
    assert found.description.startswith("Η δικηγόρος ναυτικού δικαίου εξηγεί")
    body = body_lines(found.blocks)
    assert "## Πολλοί λένε ότι οι Έλληνες εφοπλιστές έχουν ωφεληθεί από τον πόλεμο. Τι απαντάτε;" in body
    assert "## Αν υπάρξει συμφωνία για εκεχειρία στην Ουκρανία, θα αρθούν οι κυρώσεις;" in body
    # (A line ending on ";" in a Latin-script page is no question.)
    from sitegen.ingest.blocks import _asks
    assert not _asks("The first stage covers the brass frame;") and _asks("Τι απαντάτε;")


def test_an_opinion_pages_disclaimer_in_french_in_the_singular_is_dropped():
    # (From text 125: "Cette chronique n’engage que son autrice." was kept; the rule's pattern had only ever matched the
    # plural "n'engagent".)
    for line in ("Cette chronique n’engage que son autrice.", "Cette tribune n'engage que son auteur.",
                 "Cet article reflète le point de vue de son auteur et n’engage pas la rédaction."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "Le maire a rappelé que les propos du conseiller n’engagent que leur auteur, a-t-il dit."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_share_row_in_japanese_is_no_byline():
    # (From text 125: "Xでポスト", the first button of the share row under the date, was taken for the author.)
    for line in ("Xでポスト", "Facebookでシェア", "LINEで送る", "はてなブックマーク"):
        assert boilerplate_reason(line, len(line.split())) is not None, line


def test_a_tip_line_prompt_is_dropped_and_a_tip_in_the_story_is_not():
    # (Found beside text 125's "Got a news tip?": the prompt's pattern dropped "he got a tip from a fisherman".)
    prompt = "Got a news tip? Contact the Harbourline newsroom."
    assert boilerplate_reason(prompt, len(prompt.split())) is not None
    story = "The skipper said he got a tip from a fisherman about the weather."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_tables_source_is_no_byline_over_an_authors_box():
    # (From HTML 97: "Opracowanie: Kurier Nadwiślański" under a table read as a closing byline, and the section after
    # it dropped as the author's box.)
    rows = "".join(f"<tr><td>Model {k}</td><td>Partners {k}</td><td>Yes</td></tr>" for k in range(1, 5))
    after = ("Three questions remain open", "Who will monitor the ceasefire and report breaches to the partners?",
             "Will the United States provide intelligence and air support for a European mission?")
    page = (f"<html><head><title>{HEADLINE} - Kurier</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<p class=\"byline\">By Marek Zieliński</p>{STORY}<table><tbody>{rows}</tbody></table>"
            "<p class=\"table-source\">Opracowanie: Kurier Nadwiślański</p>"
            f"<h2>{after[0]}</h2><ol><li>{after[1]}</li><li>{after[2]}</li></ol></article></body></html>")
    body = body_lines(extract(page.encode("utf-8"), "x.html").blocks)
    assert body[-3:] == [f"## {after[0]}", f"1. {after[1]}", f"2. {after[2]}"]


def test_a_newsletters_and_a_broadcasters_appeal_are_dropped():
    # (From text 126: a Ukrainian newsletter's "… щовечора у вашій поштовій скриньці." and a public radio's appeal were
    # kept.)
    for line in ("Головне за день — щовечора у вашій поштовій скриньці.", "Local journalism depends on listeners like you."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "The hospice depends on volunteers like you, she said."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_drupal_teaser_field_under_the_headline_is_the_description():
    # (From sealed HTML 98: '<div class="field field--name-field-teaser …">' under the <h1> was passed over, and the
    # byline and date row under it taken for the description.)
    dek = "What would Europe and the United States have to promise Ukraine for a ceasefire to hold, an expert explains."
    page = (f"<html><head><title>{HEADLINE} | Kurier</title><meta name=\"description\" content=\"An interview.\"></head>"
            f"<body><div class=\"node node--type-article\"><h1 class=\"page-title\"><span>{HEADLINE}</span></h1>"
            f"<div class=\"field field--name-field-teaser field--type-string-long\">{dek}</div>"
            "<div class=\"article-meta\"><span>Von Jonas Keller</span><span>13.03.2025, 18:45 Uhr</span>"
            "<span>Aktualisiert: 14.03.2025, 08:12 Uhr</span><span>6 Min.</span></div>"
            f"<div class=\"field field--name-body\">{STORY}</div></div></body></html>")
    found = extract(page.encode("utf-8"), "x.html")
    assert found.description == dek
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
