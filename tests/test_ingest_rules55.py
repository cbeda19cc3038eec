"""Ingest rules of stop 55, from the misses of blind batches (text 128 and HTML 99 on), each tested on pages of its
own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, FIXTURES, body_lines

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract

HEADLINE = "Ferry operators to keep a daily return crossing under new island contracts"
STORY = "".join(f"<p>{line}</p>" for line in (ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD))


def test_a_description_the_site_cut_off_is_an_excerpt_of_the_lead_not_a_dek():
    # (From sealed HTML 99: a Blogger post's first paragraph, which its meta description repeats cut off with "...",
    # was taken for the dek and left the story.)
    excerpt = ENGLISH_LEAD[:ENGLISH_LEAD.index(",")]  # (cut where a comma goes on: "… a day...")
    for cut in ("...", "…", " […]"):
        page = (f"<html><head><title>{HEADLINE}</title><meta name=\"description\" content=\"{excerpt}{cut}\"></head>"
                f"<body><div class=\"post\"><h1 class=\"post-title\">{HEADLINE}</h1>"
                f"<div class=\"post-body entry-content\">{STORY}</div></div></body></html>")
        found = extract(page.encode("utf-8"), "x.html")
        assert found.description is None, cut
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], cut
    # A description in full, repeated under the headline, is still the dek.
    dek = "Island councils had feared the winter timetable would drop the last evening sailing."
    page = (f"<html><head><title>{HEADLINE}</title><meta name=\"description\" content=\"{dek}\"></head>"
            f"<body><article><h1>{HEADLINE}</h1><p>{dek}</p>{STORY}</article></body></html>")
    assert extract(page.encode("utf-8"), "x.html").description == dek


def test_a_programmes_name_in_the_h1_gives_way_to_the_episodes_title_the_page_title_opens_on():
    # (From sealed HTML 99: "<h1>The Coastal Hour</h1>", the show, over "<h2>" the episode's title, which the page's
    # title sets first; and "By Aisling Byrne" then "Broadcast Thu 15 May 2025" read as one name.)
    episode = "The little ferry that keeps Inishcarra connected"
    page = (f"<html><head><title>{episode} - The Coastal Hour - Westmark Radio</title>"
            f"<meta property=\"og:title\" content=\"{episode} | The Coastal Hour\"></head><body>"
            "<div class=\"show-header\"><h1 class=\"show-title\">The Coastal Hour</h1></div>"
            f"<div class=\"episode\"><h2 class=\"episode-title\">{episode}</h2>"
            "<div class=\"meta\"><span class=\"byline\">By Aisling Byrne</span> <span class=\"date\">Broadcast "
            "<time datetime=\"2025-05-15T19:00\">Thu 15 May 2025</time></span></div>"
            f"<div class=\"episode-body\">{STORY}</div></div></body></html>")
    found = extract(page.encode("utf-8"), "x.html")
    assert (found.title, found.author) == (episode, "Aisling Byrne")
    # A show's page whose <h1> is the headline the title opens on keeps it.
    same = page.replace("<h1 class=\"show-title\">The Coastal Hour</h1>", f"<h1>{episode}</h1>") \
        .replace(f"<h2 class=\"episode-title\">{episode}</h2>", "")
    assert extract(same.encode("utf-8"), "x.html").title == episode


def test_the_lead_box_under_a_headline_in_an_h2_below_the_logos_h1_is_the_dek():
    # (From sealed HTML 99: "<h1>Puls Wschodu</h1>", the logo, made the dek be looked for under it, not under the
    # headline's <h2>; the "pw-art__lead" box stayed in the story.)
    dek = "Island councils had feared the winter timetable would drop the last evening sailing, and say so."
    page = (f"<html><head><title>{HEADLINE} | Harbour Post</title><meta name=\"description\" content=\"Ferries: what "
            "changes.\"></head><body><header><h1 class=\"logo\">Harbour Post</h1></header><main>"
            f"<div class=\"art__header\"><h2 class=\"art__title\">{HEADLINE}</h2>"
            "<span class=\"art__author\">By Ann Lee</span></div>"
            f"<div class=\"art__lead\"><p>{dek}</p></div>"
            f"<section class=\"art\" itemprop=\"articleBody\">{STORY}</section></main></body></html>")
    found = extract(page.encode("utf-8"), "x.html")
    assert (found.title, found.description) == (HEADLINE, dek)
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_french_live_pages_end_notice_is_dropped():
    # (From sealed HTML 99: "Ce direct est maintenant terminé." was kept as the story's last line.)
    for line in ("Ce direct est maintenant terminé.", "Ce direct est désormais terminé.", "Ce direct est terminé."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "Ce direct est maintenant terminé pour les négociateurs, qui reprendront lundi à Istanbul."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_japanese_news_release_label_and_the_issuers_name_are_no_headline_and_no_subheading():
    # (From text 128: "ニュースリリース", the section's label over the date, was taken for the headline, and the
    # company's name under the headline, its site's name at the top, for a subheading.)
    page = (FIXTURES / "heldout_text_copied116" / "setoblueline_ja_shiokaze-shuko.txt").read_bytes()
    found = extract(page, "x.txt")
    assert found.title == "高松～小豆島航路に電動高速船「しおかぜ」就航へ　7月19日から1日8往復"
    assert found.description is None
    body = body_lines(found.blocks)
    assert body[0].startswith("瀬戸ブルーライン株式会社（本社：香川県高松市")
    assert "## 瀬戸ブルーライン株式会社" not in body


def test_a_photo_credit_for_the_outlet_in_capitals_is_no_subheading():
    # (From text 128: "JOHN HARLOW FOR THE HARBOUR TIMES", a photographer's credit under a caption, became the story's
    # first subheading.)
    page = "\n\n".join([HEADLINE, "Gwen Talbot", "Property Correspondent", "Saturday April 12 2025, 12.01am BST",
                        "Share", "Save", "Around one in five homes in some coastal wards is now a second home",
                        "JOHN HARLOW FOR THE HARBOUR TIMES", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD])
    found = extract(page.encode("utf-8"), "x.txt")
    assert found.author == "Gwen Talbot"
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_causes_name_with_for_is_no_byline_and_a_name_like_aired_stays_whole():
    # (From the review of stop 55's first wave: "Doctors for Ukraine" under a headline became the author "Doctors";
    # "By Aired Smith" the author "By".)
    from sitegen.ingest import metadata as md
    for line in ("Doctors for Ukraine", "Ann Lee for Congress", "Campaigners for the Homeless"):
        assert md.author_name(line) is None, line
    assert md.byline("By Aired Smith") == "Aired Smith"
    assert md.byline("By Ann Lee Broadcast Officer") == "Ann Lee Broadcast Officer"
    page = "\n\n".join(["Storm batters the coast overnight", "Doctors for Ukraine", ENGLISH_LEAD, ENGLISH_NEXT,
                        ENGLISH_THIRD])
    assert extract(page.encode("utf-8"), "x.txt").author is None


def test_a_bylines_email_address_after_the_name_is_cut():
    # (From sealed text 129: "By Dana Whitcombe dwhitcombe@ashbrookgazette.com" gave no author.)
    from sitegen.ingest import metadata as md
    assert md.byline("By Dana Whitcombe dwhitcombe@ashbrookgazette.com") == "Dana Whitcombe"
    page = "\n".join([HEADLINE, "By Dana Whitcombe dwhitcombe@ashbrookgazette.com", "Mar 4, 2025", ENGLISH_LEAD,
                      ENGLISH_NEXT, ENGLISH_THIRD])
    found = extract(page.encode("utf-8"), "x.txt")
    assert (found.author, found.date) == ("Dana Whitcombe", "2025-03-04")


def test_a_greek_blogs_like_buttons_writers_box_and_dated_byline():
    # (From sealed text 129: WordPress's "Σας αρέσει αυτό:" / "Μου αρέσει!" kept, the post line "Δημοσιεύτηκε στις …
    # από Νίκος Παπαδάκης" naming no author, "Σχετικά με τον συγγραφέα" and the bio under it kept.)
    for line in ("Σας αρέσει αυτό:", "Μου αρέσει!", "Local journalism like this depends on you."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "Η δουλειά μας εδώ στο χωριό μου αρέσει πολύ, λέει η Μαρία, γιατί βλέπω κάθε μέρα τη θάλασσα."
    assert boilerplate_reason(story, len(story.split())) is None
    lead = ("Το φαράγγι της Αράδαινας είναι από τα πιο εντυπωσιακά της Κρήτης, αλλά το καλοκαίρι θέλει προσοχή. "
            "Ξεκινήστε νωρίς το πρωί και πάρτε αρκετό νερό μαζί σας.")
    more = ("Η διαδρομή από τη γέφυρα μέχρι την παραλία Μάρμαρα κρατάει περίπου τρεις ώρες, με πολλές πέτρες και "
            "λίγη σκιά στο τελευταίο κομμάτι.")
    page = "\n\n".join(["Μονοπάτια της Κρήτης", "Φαράγγι της Αράδαινας: όσα πρέπει να ξέρετε πριν το περπατήσετε",
                        "Δημοσιεύτηκε στις 22 Ιουνίου 2025 από Νίκος Παπαδάκης", lead, more, "Σας αρέσει αυτό:",
                        "Μου αρέσει!", "Σχετικά με τον συγγραφέα",
                        "Ο Νίκος είναι δάσκαλος στα Χανιά και περπατάει τα βουνά της Κρήτης εδώ και είκοσι χρόνια."])
    found = extract(page.encode("utf-8"), "x.txt")
    assert found.author == "Νίκος Παπαδάκης"
    assert body_lines(found.blocks) == [lead, more]


def test_a_government_pages_dublin_core_date_is_its_date():
    # (From sealed HTML 100: a water authority's release dated only in "dcterms.date" and a "Release Date: 07/03/2025"
    # that could be read either way had no date.)
    for key in ("dcterms.date", "dcterms.issued", "DC.date.issued"):
        page = (f"<html><head><title>{HEADLINE}</title><meta name=\"{key}\" content=\"2025-07-03\">"
                f"<meta name=\"dcterms.modified\" content=\"2025-07-09\"></head><body><main><h1>{HEADLINE}</h1>{STORY}"
                "</main></body></html>")
        assert extract(page.encode("utf-8"), "x.html").date == "2025-07-03", key


def test_the_reviews_bylines_for_an_outlet_aired_on_a_date_and_from_a_place():
    # (From the review of stop 55's second wave: "Tom Reed for CNN" is a byline, "Aired on 15 May 2025" a date after a
    # name, "από Αθήνα" after a Greek date is where it came from, not who wrote it; "Good reporting depends on you, the
    # mayor said" is story.)
    from sitegen.ingest import metadata as md
    assert md.author_name("Tom Reed for CNN") == "Tom Reed"
    assert md.byline("By Aisling Byrne Aired on 15 May 2025") == "Aisling Byrne"
    assert md.byline_after_date("Ενημερώθηκε 3 Μαΐου 2025 από Αθήνα") is None
    line = "Good reporting depends on you, the mayor said, thanking the reporters who stayed until midnight."
    assert boilerplate_reason(line, len(line.split())) is None


def test_a_players_availability_note_is_no_headline():
    # (From sealed text 130: "Available for over a year", under a radio page's player, was taken for the headline.)
    for line in ("Available for over a year", "Available for 29 days"):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "Available for over a year, the grant has helped 40 families stay on the island."
    assert boilerplate_reason(story, len(story.split())) is None
    page = "\n\n".join(["Coastline Radio", "Island Voices", HEADLINE, "Play episode", "00:00 / 27:14",
                        "Available for over a year", "By Ruairi Tasker", "6 April 2025", ENGLISH_LEAD, ENGLISH_NEXT,
                        ENGLISH_THIRD])
    assert extract(page.encode("utf-8"), "x.txt").title == HEADLINE


def test_a_french_subheading_with_its_spaced_colon_is_a_subheading():
    # (From sealed text 130: "Le vrai angle mort : les pays tiers" after a "Lire aussi | …" link was dropped as a label:
    # the colon standing alone counted as an eighth word.)
    lead = ("Depuis février 2022, l'Union européenne a adopté dix-neuf paquets de sanctions contre la Russie, et chacun "
            "a été présenté comme plus dur que le précédent.")
    more = ("Les données douanières disponibles montrent une évolution troublante : les exportations vers plusieurs "
            "pays voisins de la Russie ont triplé depuis le début de la guerre.")
    last = ("Il ne s'agit pas d'une fraude massive et spectaculaire, mais d'une multitude de petites opérations qui "
            "échappent aux contrôles des douanes européennes.")
    page = "\n\n".join(["Sanctions : l'Europe regarde ailleurs", lead,
                        "Lire aussi | Pétrole russe : comment la flotte fantôme s'est réorganisée",
                        "Le vrai angle mort : les pays tiers", more, last])
    assert body_lines(extract(page.encode("utf-8"), "x.txt").blocks) == [
        lead, "## Le vrai angle mort : les pays tiers", more, last]


def test_a_govuk_lead_paragraph_is_the_dek_and_two_more_fine_print_lines_go():
    # (From sealed HTML 101: a council release's "<p class='govuk-body-l'>" under the title stayed in the body beside
    # the meta description; a Czech column's disclaimer in the singular and a fact-check's tip line were kept.)
    dek = "Six new overnight routes will link the town centre with outlying villages, seven nights a week."
    page = (f"<html><head><title>{HEADLINE} - GOV.UK</title><meta name=\"description\" content=\"The council is adding "
            "six night bus routes.\"></head><body><main class=\"govuk-main-wrapper\"><h1 class=\"govuk-heading-xl\">"
            f"{HEADLINE}</h1><p class=\"govuk-body-l\">{dek}</p><div class=\"govuk-body\">{STORY}</div></main></body></html>")
    found = extract(page.encode("utf-8"), "x.html")
    assert found.description == dek
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    for line in ("Komentář vyjadřuje názor autora, nikoli nutně stanovisko redakce.",
                 "Send it to our WhatsApp tipline and we will look into it."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "Residents can send them to our offices, the council said, or hand them in at the library."
    assert boilerplate_reason(story, len(story.split())) is None


def test_the_reviews_related_labels_a_quoted_tip_line_and_a_govuk_lead_under_a_byline():
    # (From the review of stop 55's third wave: a related link's label with a spaced colon, or a dash, is no
    # subheading; a detective's advice quoted with "send it to our tipline" is story; a "govuk-body-l" paragraph under
    # the byline and date is the story's first, not a dek.)
    from sitegen.ingest.blocks import heading_shaped
    from sitegen.ingest.features import line_info
    from sitegen.ingest.text import Line
    for text in ("Sur le même thème : les urgences saturées dans la région", "Related – Police name victim of Tuesday crash"):
        info = line_info(Line(n=1, text=text, raw=text), "latin")
        assert not heading_shaped(info, marks_apart=True), text
    quoted = ("Detective Inspector Ann Lee said anyone who received one should not click the link. \"If you get one of "
              "these messages, send it to our tipline and delete it,\" she said.")
    assert boilerplate_reason(quoted, len(quoted.split())) is None
    page = (f"<html><head><title>{HEADLINE} - GOV.UK</title><meta name=\"description\" content=\"Night buses.\"></head>"
            f"<body><main><h1>{HEADLINE}</h1><p class=\"byline\">By Ann Lee</p><p>6 March 2025</p>"
            f"<p class=\"govuk-body-l\">{ENGLISH_LEAD}</p><p class=\"govuk-body\">{ENGLISH_NEXT}</p>"
            f"<p class=\"govuk-body\">{ENGLISH_THIRD}</p></main></body></html>")
    assert body_lines(extract(page.encode("utf-8"), "x.html").blocks)[0] == ENGLISH_LEAD


def test_one_of_two_bylined_writers_alone_over_a_live_entry_is_no_subheading():
    # (From sealed text 131: "Oliver Tash", one of a live page's two writers, over an entry under its time became a
    # subheading. Only by an entry's time: an interview's speaker, or a writer's name over a bio, stays as it was.)
    entry = ("A Kremlin spokesperson told Russian state media that any lasting settlement would have to address "
             "sanctions, and that the talks in Geneva were only a first step.")
    page = "\n\n".join([HEADLINE, "By Maeve Dunsford and Oliver Tash", "Tue 6 May 2025", ENGLISH_LEAD,
                        ENGLISH_NEXT, "14:48", "Oliver Tash", entry, ENGLISH_THIRD])
    found = extract(page.encode("utf-8"), "x.txt")
    assert found.author == "Maeve Dunsford and Oliver Tash"
    assert "## Oliver Tash" not in body_lines(found.blocks) and entry in body_lines(found.blocks)
    interview = page.replace("14:48\n\n", "")
    assert "## Oliver Tash" in body_lines(extract(interview.encode("utf-8"), "x.txt").blocks)
