"""Rules found on batch 27 (heldout_text_copied15) and HTML batch 10 (heldout_html10) in stop 17, checked on other
strings (other sites, names, languages)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import author_name
from ingest_fixtures import (ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, GERMAN_LEAD,
                             GERMAN_NEXT, body_lines, dump)


def _article(header: str, body: str = "", head: str = "") -> bytes:
    return (f"<html><head><title>t</title>{head}</head><body><article><header>"
            f"<h1>Rural bus routes saved for the winter</h1>{header}</header>"
            f"<p>{_LEAD}</p><p>{_NEXT}</p>{body}<p>{_THIRD}</p></article></body></html>").encode()


def test_author_boxes_set_over_several_source_lines_give_both_names_without_a_line_break_or_role():
    header = ('<div class="author"><div class="author__text">\n      <span>By</span> <a href="/p/mk">Maria Kowalczyk</a>\n'
              '      <span class="author__role">Correspondent in Warsaw</span>\n    </div></div>\n'
              '<div class="author"><div class="author__text">\n      <span>and</span> <a href="/p/tb">Tom Berry</a>\n'
              '      <span class="author__role">Transport reporter</span>\n    </div></div>')
    assert extract(_article(header), "x.html").author == "Maria Kowalczyk and Tom Berry"


def test_a_german_compound_role_and_the_place_after_a_role_are_no_part_of_the_name():
    assert author_name("Lea Brandt Wirtschaftsredakteurin") == "Lea Brandt"
    assert author_name("Karl Meier Korrespondent in Wien") == "Karl Meier"
    assert author_name("Sara Núñez corresponsal en Lisboa") == "Sara Núñez"


def test_a_co_authors_line_opening_with_and_under_a_byline_in_a_text_dump():
    e = extract(dump("Rural bus routes saved for the winter", "Von Karl Meier", "und Lea Brandt", "3. März 2026",
                     _LEAD, _NEXT, _THIRD), "x.txt")
    assert e.author == "Karl Meier and Lea Brandt"


def test_the_description_s_first_sentence_on_the_line_over_the_byline_is_the_dek():
    dek = "The county will keep every rural route running through the winter. Fares stay frozen until the summer."
    page = (f"<html><head><meta property='og:description' content='{dek.split('. ')[0]}.'></head><body><article>"
            f"<header><h1>Rural bus routes saved for the winter</h1><p class='intro'>{dek}</p>"
            f"<div class='article__byline'><div class='author'><span>By</span> <a>Maria Kowalczyk</a></div>"
            f"<div class='dates'><time datetime='2026-03-03T09:00:00+01:00'>3 March 2026</time></div></div></header>"
            f"<div class='article__body'><p>{_LEAD}</p><p>{_NEXT}</p><p>{_THIRD}</p></div></article></body></html>")
    e = extract(page.encode(), "x.html")
    assert e.description == dek
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


def test_a_lead_under_the_byline_whose_first_sentence_is_the_description_stays_the_lead():
    first = _LEAD.split(", the transport")[0] + "."
    page = (f'<html><head><meta property="og:description" content="{first}"></head><body><article>'
            f'<h1>Rural bus routes saved for the winter</h1><div class="byline">By Maria Kowalczyk</div>'
            f'<p>{first} Operators met council officials on Tuesday.</p><p>{_NEXT}</p><p>{_THIRD}</p>'
            f'</article></body></html>').encode()
    e = extract(page, "x.html")
    assert e.description is None
    assert body_lines(e.blocks)[0].startswith(first)


_ENTRIES = [
    ("4:05 p.m. GMT", "Ben Cole", "Ferries stay in port until Friday as the gales go on",
     "<p>The operator said every crossing to the islands would stay cancelled until the wind drops below gale force, "
     "and that passengers with tickets would be rebooked free of charge.</p>"),
    ("2:40 p.m. GMT", "Ben Cole", "Coastguard: stay away from the sea front",
     "<p>The coastguard asked people not to walk along the promenade, where waves have been breaking over the wall "
     "since the morning tide. Its chief officer posted a warning:</p>"
     '<blockquote class="twitter-tweet"><p>Please keep off the sea front this afternoon. Waves are coming over the '
     "wall and the path is closed.</p>&mdash; Orla Byrne (@obyrne_cg) <a href=\"#\">March 3, 2026</a></blockquote>"),
    ("11:20 a.m. GMT", "Ana Ruiz", "Schools close early in the north",
     "<p>Eleven schools sent pupils home at lunchtime after the council said buses could not run safely on the "
     "coast road in the afternoon.</p>"),
    ("8:00 a.m. GMT", "Ana Ruiz", "Welcome to our live coverage",
     "<p>Good morning. Storm Ivo reaches the west coast today, with gusts of up to 90mph forecast. We will bring you "
     "the latest on travel, schools and power cuts throughout the day.</p>"),
]


def _live_page(*entries: tuple[str, str, str, str]) -> bytes:
    feed = "".join(f'<article class="live-entry"><header><time>{time}</time> <span class="live-entry__author">'
                   f"{who}</span></header><h2>{heading}</h2><div>{body}</div></article>"
                   for time, who, heading, body in entries)
    return ("<html><head><title>Storm Ivo live</title></head><body><main>"
            "<h1>Storm Ivo live: ferries cancelled and schools close as gales reach the coast</h1>"
            '<p class="byline">Ana Ruiz (earlier) and Ben Cole (now)</p>'
            f'<div class="feed">{feed}</div></main></body></html>').encode()


def test_an_embedded_posts_attribution_is_no_byline_and_every_live_entry_is_kept_under_its_heading():
    e = extract(_live_page(*_ENTRIES), "x.html")
    assert e.author == "Ana Ruiz and Ben Cole"
    lines = body_lines(e.blocks)
    assert [line for line in lines if line.startswith("## ")] == [f"## {heading}" for _, _, heading, _ in _ENTRIES]
    assert not any("Orla Byrne" in line or "GMT" in line for line in lines)
    assert lines[-1].startswith("Good morning. Storm Ivo reaches the west coast today")


def test_the_first_live_entrys_heading_under_its_time_and_contributor_heads_it():
    lines = body_lines(extract(_live_page(_ENTRIES[0], *_ENTRIES[2:]), "x.html").blocks)
    assert lines[:2] == ["## Ferries stay in port until Friday as the gales go on", "The operator said every crossing to the islands would "
                         "stay cancelled until the wind drops below gale force, and that passengers with tickets would "
                         "be rebooked free of charge."]


def test_a_table_set_in_a_figure_is_the_storys_table_and_its_caption_is_dropped():
    table = ("<p>Ridership by line, this year and last:</p><figure class='wp-block-table'><table><thead><tr><th>Line</th>"
             "<th>2025</th><th>2026</th></tr></thead><tbody><tr><td>Red</td><td>41,200</td><td>43,900</td></tr>"
             "<tr><td>Blue</td><td>28,700</td><td>27,100</td></tr></tbody></table>"
             "<figcaption>Source: transit authority</figcaption></figure>")
    lines = body_lines(extract(_article("", table), "x.html").blocks)
    assert lines[2:6] == ["Ridership by line, this year and last:", "Line | 2025 | 2026", "Red | 41,200 | 43,900",
                          "Blue | 28,700 | 27,100"]
    assert "Source: transit authority" not in lines


_MORE = ("Parish councils along the coast route had asked for a later bus on Fridays, which the board said it would "
         "consider once the new contracts were signed.",
         "A survey of 600 passengers found that most travel to work or to medical appointments, and that one in three "
         "has no other way to reach the nearest town.",
         "The county will pay for the winter timetable from its reserves, the finance committee confirmed, while it "
         "waits for next year's grant from the government.")


def _posted(time: str) -> bytes:
    """A WordPress post whose header (byline, dates, share bar) stands outside its dense entry content."""
    story = "".join(f"<p>{p}</p>" for p in (_LEAD, _NEXT, _THIRD, *_MORE))
    return ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '"2026-03-04T02:45:00+00:00"}</script></head><body><main><article><header class="entry-header">'
            '<h1 class="entry-title">Rural bus routes saved for the winter</h1><div class="entry-subhead">'
            '<div class="entry-meta"><span class="byline">By <a href="/author/mk">Maria Kowalczyk</a><span '
            f'class="author-title">Staff Writer</span></span> <span class="posted-on">{time}<span> Updated:</span> '
            '<time datetime="2026-03-05T10:00:00-05:00">March 5, 2026</time></span></div><div class="sharedaddy">'
            '<h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div></div>'
            f'</header><div class="entry-content">{story}</div></article></main></body></html>').encode()


def test_a_utc_timestamp_past_midnight_gives_way_to_the_pages_own_time_of_the_same_moment():
    assert extract(_posted('<time datetime="2026-03-03T21:45:00-05:00">March 3, 2026</time>'), "x.html").date \
        == "2026-03-03"
    # Not the same moment: no witness for the day.
    assert extract(_posted('<time datetime="2026-03-02T21:45:00-05:00">March 2, 2026</time>'), "x.html").date \
        == "2026-03-04"


_INTRO = "The county gave three reasons for its decision, the board said:"


def test_the_last_item_of_a_list_punctuated_as_a_sentence_stays_in_the_list():
    # A dump with no blank lines: items end in ";", the last one with the full stop.
    e = extract("\n".join(["Rural bus routes saved for the winter", _LEAD, _NEXT, _INTRO,
                           "fewer passengers drive in the winter months;", "the schools need the morning buses;",
                           "the villages have no other service.", _THIRD]).encode(), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _INTRO, "- fewer passengers drive in the winter months;",
                                    "- the schools need the morning buses;", "- the villages have no other service.",
                                    _THIRD]


def test_the_sentence_opening_a_list_copied_over_its_items_is_no_item():
    items = ["a later bus on Fridays", "free travel for carers", "a stop at the new health centre"]
    e = extract(dump("Rural bus routes saved for the winter", _LEAD, _NEXT,
                     "What changes\nThe board will add three things next year. Passengers will find:\n" + "\n".join(items),
                     _THIRD), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, "## What changes",
                                    "The board will add three things next year. Passengers will find:",
                                    *[f"- {item}" for item in items], _THIRD]


def test_a_subheading_after_a_list_closed_by_its_full_stop_is_no_item():
    items = ["fewer passengers drive in the winter months ;", "the schools need the morning buses ;",
             "the villages have no other service."]
    e = extract(dump("Rural bus routes saved for the winter", _LEAD, _NEXT, _INTRO + "\n" + "\n".join(items),
                     "What happens next", _THIRD), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _INTRO, *[f"- {item}" for item in items], "## What happens next",
                                    _THIRD]


def test_a_source_line_under_a_ranking_a_sign_up_boxs_promise_and_an_audio_player_are_not_story():
    ranking = "\n".join(["1. Linz – 4 100 EUR", "2. Graz – 3 900 EUR", "3. Salzburg – 5 200 EUR"])
    e = extract(dump("Rural bus routes saved for the winter", _LEAD, "Artikel vorlesen lassen · 4 Min.", _NEXT,
                     "Average rents per square metre:\n" + ranking + "\nFonte: Istituto nazionale di statistica.",
                     _THIRD), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, "Average rents per square metre:", *ranking.split("\n"), _THIRD]
    german = extract(dump("Lahnbrücke bleibt bis zum Sommer gesperrt", GERMAN_LEAD,
                          "Mit der Anmeldung willigen Sie in unsere Datenschutzbestimmungen ein.", GERMAN_NEXT), "x.txt")
    assert body_lines(german.blocks) == [GERMAN_LEAD, GERMAN_NEXT]


def test_one_line_under_a_sentence_ending_in_a_colon_is_a_quotation_no_list():
    quote = "We cannot promise what we could not keep. Every route we save must still run next winter."
    e = extract(dump("Rural bus routes saved for the winter", _LEAD, _NEXT,
                     "One member of the board put it this way:\n" + quote, _THIRD), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, "One member of the board put it this way:", quote, _THIRD]


def test_a_name_then_a_role_after_a_bar_is_the_byline_under_the_headline_not_a_row_of_town_names():
    towns = ("In Kiel, Lübeck und Flensburg warten die Pendler seit Wochen auf eine Entscheidung, sagte der Sprecher "
             "der Verwaltung.")
    e = extract("\n".join(["Kieler Rundschau", "Kiel Lübeck Flensburg Neumünster Husum Heide Mehr",
                           "Pendler warten auf eine Entscheidung über die Lahnbrücke", "Sabine Krüger | Redakteurin", "3. März 2026",
                           towns, GERMAN_LEAD, GERMAN_NEXT]).encode(), "x.txt")
    assert (e.title, e.author) == ("Pendler warten auf eine Entscheidung über die Lahnbrücke", "Sabine Krüger")


def test_the_dek_over_the_lead_photo_its_caption_credit_and_gallery_link():
    dek = ("The county will keep every rural route running through the winter, and fares stay frozen until the "
           "summer, the transport board decided after a long meeting on Tuesday evening.")
    e = extract("\n".join(["Rural bus routes saved for the winter", "By Maria Kowalczyk", "3 March 2026", dek,
                           "A bus at the Harwell stop, March 2026.", "fot. Jan Nowak / County Herald",
                           "Photo gallery (9)", _LEAD, _NEXT, _THIRD]).encode(), "x.txt")
    assert e.description == dek
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


_ANSWER = ("The board looked at every route one by one, and it found that the buses that run at night carry more "
           "passengers than anyone expected.")


def test_an_interviews_credit_and_its_questions_however_long_or_after_a_related_list():
    e = extract(dump("«Ninguna ruta se cerrará este invierno»", "Entrevista: Ana María López", "3 de marzo de 2026",
                     _LEAD, "Why did the board change its mind?", _ANSWER,
                     "And the villages, which say that nobody ever asked them what they need?",
                     "We went to each of them. Here is what they told us.", "Related stories",
                     "Ferry timetable to change in spring", "New bus shelters for the high street",
                     "When will the new timetable start?", _NEXT), "x.txt")
    assert e.author == "Ana María López"
    assert [line for line in body_lines(e.blocks) if line.startswith("## ")] == [
        "## Why did the board change its mind?",
        "## And the villages, which say that nobody ever asked them what they need?",
        "## When will the new timetable start?"]


def test_a_question_in_capitals_or_over_a_list_is_a_subheading_though_its_answer_is_short():
    e = extract(dump("Rural bus routes saved for the winter", _LEAD, _NEXT, "WHAT COMES NEXT?",
                     "The board meets again in May.", "What will change for passengers?",
                     "The board lists three changes:\nfewer late buses;\nnew stops;\nlower fares.", _THIRD), "x.txt")
    lines = body_lines(e.blocks)
    assert "## WHAT COMES NEXT?" in lines and "## What will change for passengers?" in lines


def test_an_opinion_headline_over_its_sentence_dek_and_the_byline_sharing_no_word_with_the_story():
    e = extract("\n".join(["The Lakeside Post", "News", "Opinion", "Transport", "Opinion", "Rural bus routes",
                           "Opinion", "A timetable without evenings is a promise on paper",
                           "The county must stop pretending that one morning bus is a service. Money and drivers "
                           "have to come first, argues Helen Marsh.", "Portrait of Helen Marsh", "Helen Marsh",
                           "3 March 2026, 06:00", _LEAD, _NEXT, _THIRD]).encode(), "x.txt")
    assert (e.title, e.author) == ("A timetable without evenings is a promise on paper", "Helen Marsh")
    assert e.description.startswith("The county must stop pretending")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


def test_a_tagline_over_the_menu_is_no_headline_and_the_title_comes_from_the_lead():
    lead = ("The Harwell village hall will reopen on Friday, four months after a burst pipe flooded its kitchen and "
            "main room, the parish council said.")
    e = extract(dump("Skip to content", "Serving Harwell and the valley since 1921\nHome\nNews\nSport\nEvents\nContact",
                     "Community, Harwell\nPosted on March 3, 2026 by Tom Reid", lead, _NEXT, _THIRD), "x.txt")
    assert (e.title, e.title_inferred) == ("The Harwell village hall will reopen on Friday", True)


def test_an_author_photos_alt_text_in_more_languages_and_with_a_particle_in_the_name():
    from sitegen.ingest.boilerplate import boilerplate_reason
    for alt in ("Retrato de Ana de la Cruz", "Porträt von Jonas von Berg", "Foto van Sanne van der Meer"):
        assert boilerplate_reason(alt, len(alt.split())) is not None, alt


def test_a_czech_date_with_spaces_after_its_dots():
    from sitegen.ingest.dates import find_date
    assert find_date("Aktualizováno 4. 3. 2026 9:10", True)[0] == "2026-03-04"


_ENTRY_1 = ("The operator said every crossing to the islands would stay cancelled until the wind drops below gale "
            "force, and that passengers with tickets would be rebooked.")
_ENTRY_2 = ("Eleven schools sent pupils home at lunchtime after the council said buses could not run safely on the "
            "coast road in the afternoon.")
_ENTRY_3 = ("Good morning. Storm Ivo reaches the west coast today, with gusts of up to 90mph forecast, and we will "
            "follow it here.")


def test_a_copied_live_page_its_points_box_entries_and_dates():
    page = dump("Storm Ivo live | Ferries cancelled and schools close as gales reach the coast",
                "Ana Ruiz and Ben Cole\nCork - Updated: 4 Mar 2026 - 16:05 GMT\nPublished: 3 Mar 2026 - 08:00 GMT",
                "Le point du jour\nFerries stay in port until Friday.\nEleven schools closed early.\nGusts of 90mph forecast.",
                "16:05\n12 minutes ago\nFerries stay in port until Friday\n" + _ENTRY_1 + "\nShare",
                "11:20\n5 hours ago\nSchools close early in the north\n" + _ENTRY_2 + "\nRelated stories\n"
                "Last winter's storms in pictures\nShare",
                "08:00\n3 Mar\nWelcome to our live coverage\n" + _ENTRY_3 + "\nShare")
    e = extract(page, "x.txt")
    assert e.date == "2026-03-03"
    assert body_lines(e.blocks) == [
        "## Ferries stay in port until Friday", _ENTRY_1,
        "## Schools close early in the north", _ENTRY_2, "## Welcome to our live coverage", _ENTRY_3]


def test_an_unspaced_dump_keeps_a_labelled_list_the_subheading_after_a_read_also_link_and_drops_the_language_link():
    e = extract("\n".join([
        "Tasse sui rifiuti, il Comune alza la tariffa del 6 per cento", "di Paolo Conti", "3 marzo 2026",
        "Versione inglese", _LEAD, _NEXT, "Le novità principali",
        "Tariffa più alta per le seconde case, con uno sconto per chi fa il compost",
        "Raccolta dell'umido due volte a settimana in tutti i quartieri",
        "Nuovi cassonetti con la tessera elettronica nel centro storico",
        "Pubblicità", "Leggi anche", "Acqua, il Comune rinnova il contratto con il gestore fino al 2035",
        "Le reazioni", _THIRD, "The council will vote on the new rates in April, the mayor said on Tuesday evening."]
    ).encode(), "x.txt")
    assert body_lines(e.blocks) == [
        _LEAD, _NEXT, "## Le novità principali",
        "- Tariffa più alta per le seconde case, con uno sconto per chi fa il compost",
        "- Raccolta dell'umido due volte a settimana in tutti i quartieri",
        "- Nuovi cassonetti con la tessera elettronica nel centro storico", "## Le reazioni", _THIRD,
        "The council will vote on the new rates in April, the mayor said on Tuesday evening."]


def test_an_imprint_names_a_company_with_dei_in_its_name():
    from sitegen.ingest.metadata import imprint_publisher
    assert imprint_publisher(["Corriere dei Colli S.r.l. - P.IVA 09876543210 - Tutti i diritti riservati"]) \
        == "Corriere dei Colli"


_JA_1 = "　南海ベアーズが、延長十回に代打の岡田がサヨナラ打を放ち、首位との差を二つに縮めた。先発の山口は七回無失点と好投した。"
_JA_2 = "　スタンドには今季最多の三万二千人が詰めかけ、試合後も大きな拍手がしばらく鳴りやまなかった。"
_JA_3 = "　岡田は「最後は気持ちで打った。ファンの声援が力になった」と笑顔を見せた。"


def test_a_japanese_sports_report_its_score_line_list_share_buttons_caption_and_masthead():
    e = extract("\n".join([
        "南海スポーツ", "ログイン", "野球", "南海、延長十回サヨナラ勝ち　代打岡田が決めた", "5時間前", "はてなブックマーク", "ポスト",
        "コメント（31）", "サヨナラ打を放ち、喜ぶ岡田（撮影・佐藤健）", "＜プロ野球：南海３－２東京＞", _JA_1, _JA_2,
        "　チームは次の三連戦に向け、以下の課題を挙げている。", "先発投手の立て直し", "下位打線の得点力", "【関連記事】",
        "東京、連敗で借金五", "地元も大喜び", _JA_3 + "商店街では、勝利を祝うセールが週末から始まる予定で、市も記念の催しを検討している。",
        "南海スポーツの公式アプリ", "Copyright © Nankai Sports. All rights reserved."]
    ).encode(), "x.txt")
    assert (e.publisher, e.description) == ("南海スポーツ", None)
    lines = body_lines(e.blocks)
    assert lines[0] == "＜プロ野球：南海３－２東京＞"
    assert "- 先発投手の立て直し" in lines and "- 下位打線の得点力" in lines


def test_a_copy_link_button_an_images_alt_text_over_its_sourced_caption_and_a_carousel_caption():
    caption = "Passengers board the last bus at Harwell, England, March 2, 2026. Countywire/Jo Marsh"
    e = extract("\n".join(["Rural bus routes saved for the winter", "By Maria Kowalczyk", "March 3, 2026",
                           "Item 1 of 4 " + caption, "[1/4]" + caption, _LEAD]).encode() + dump(
        "", "Скопіювати посилання", "Screenshot of the timetable on the council website",
        "Screenshot of the timetable. Source: council website", _NEXT, _THIRD), "x.txt")
    assert e.description is None
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("Item 1 of 4 " + caption, 16) is not None


def test_a_wires_long_credit_line_and_its_suggested_topics_are_not_story():
    e = extract("\n".join(["Rural bus routes saved for the winter", "By Maria Kowalczyk and Tom Berry", "March 3, 2026",
                           _LEAD, _NEXT, _THIRD, "Reporting by Maria Kowalczyk in Harwell and Tom Berry in Leeds; "
                           "Additional reporting by Sam Patel in London; Writing by Ann Lee; Editing by Mark Ross",
                           "Suggested Topics:", "Transport", "Rural affairs", "Maria Kowalczyk", "Follow",
                           "Maria Kowalczyk covers transport and rural affairs for the Herald. She previously reported "
                           "from Leeds."]).encode(), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


def test_a_clips_title_under_its_watch_label_is_no_dek():
    e = extract(dump("Rural bus routes saved for the winter", "By Maria Kowalczyk", "March 3, 2026",
                     "0:00 / 1:48\nWatch: the last bus leaves Harwell", _LEAD, _NEXT, _THIRD), "x.txt")
    assert e.description is None
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


def test_a_question_under_a_read_also_label_is_its_link_and_a_subheading_copied_over_its_paragraph_goes_on():
    section = ("The board said the new contracts would run for five years, with a review after two, and that every "
               "operator would have to publish its punctuality figures each month.")
    e = extract(dump("Rural bus routes saved for the winter", "By Maria Kowalczyk", "March 3, 2026", _LEAD,
                     _NEXT + "\nRead also\nWhat will the new county budget mean for your council tax?\n"
                     "What the contracts say\n" + section, _THIRD), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, "## What the contracts say", section, _THIRD]


def test_a_box_named_by_its_test_id_under_hashed_classes_is_furniture():
    box = ('<div class="css-1x2y3z" data-testid="newsletter-inline"><p class="css-4a5b">Get the Harwell Morning</p>'
           '<p class="css-6c7d">Transport, schools and the council, explained in five minutes every weekday.</p></div>')
    assert body_lines(extract(_article("", box), "x.html").blocks) == [_LEAD, _NEXT, _THIRD]


def test_a_newsletters_promise_in_spanish_is_furniture():
    e = extract(dump("Rural bus routes saved for the winter", _LEAD, _NEXT,
                     "Boletín de Transporte\nRecibe cada semana las noticias sobre autobuses, trenes y carreteras.",
                     _THIRD), "x.txt")
    assert body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]


def test_the_declared_author_gives_way_to_the_whole_name_the_page_shows():
    head = '<meta name="author" content="Ana Ruiz">'
    header = '<div class="meta"><a href="/autor/ana-ruiz-pardo/">Ana Ruiz Pardo</a></div><div class="place">Sevilla</div>'
    assert extract(_article(header, head=head), "x.html").author == "Ana Ruiz Pardo"


_NL_LEAD = ("De gemeenteraad heeft dinsdagavond besloten de brug over de Vecht tot de zomer volledig af te sluiten, omdat "
            "inspecteurs scheuren in twee pijlers hebben gevonden.")
_NL_NEXT = ("Forenzen moeten rekening houden met omleidingen van twaalf kilometer, en de bussen rijden voorlopig via de "
            "noordbrug, meldt de gemeente.")


def _dutch_page(head: str, between: str = "") -> bytes:
    return (f'<html lang="nl"><head>{head}</head><body><article><h1>Brug over de Vecht tot de zomer dicht</h1>'
            '<div class="article__meta"><span class="article__meta-author">Anouk Visser en Bram de Jong</span> '
            f'<time>03-03-26, 21:40</time></div><p class="intro">{_NL_LEAD}</p>{between}<p>{_NL_NEXT}</p>'
            f"<p>{_NL_NEXT.replace('twaalf', 'tien')}</p></article></body></html>").encode()


def test_a_dutch_byline_joins_two_names_with_en():
    assert extract(_dutch_page(""), "x.html").author == "Anouk Visser and Bram de Jong"


def test_a_share_cards_description_is_no_dek_when_the_pages_own_opens_the_first_paragraph():
    head = ('<meta name="description" content="De gemeenteraad heeft dinsdagavond besloten de brug over de Vecht tot de '
            'zomer volledig af te sluiten. Forenzen moeten omrijden.">'
            '<meta property="og:description" content="Vechtbrug maanden dicht na vondst van scheuren.">')
    assert extract(_dutch_page(head), "x.html").description is None


def test_a_scoreboard_widget_in_the_story_is_furniture():
    board = ('<div class="scoreboard"><div class="scoreboard__team">FC Vecht</div><div class="scoreboard__score">2 - 1'
             "</div><ul class=\"scoreboard__goals\"><li>12' De Boer 0-1</li><li>67' Smit 1-1</li><li>88' Jansen 2-1</li>"
             "</ul></div>")
    assert body_lines(extract(_dutch_page("", board), "x.html").blocks)[:2] == [_NL_LEAD, _NL_NEXT]


def test_a_domain_as_the_site_name_gives_way_to_the_name_the_title_spells():
    head = '<meta property="og:site_name" content="kurierbaltycki.pl">'
    page = _article("", head=head).replace(b"<title>t</title>", "<title>Autobusy | Kurier Bałtycki</title>".encode())
    assert extract(page, "x.html").publisher == "Kurier Bałtycki"


def test_a_standfirst_over_the_lead_photo_and_one_outside_the_story_element():
    dek = ("The county will keep every rural route running through the winter months, and fares stay frozen until "
           "the summer.")
    photo = ("<div class='lead-img'><img src='bus.jpg' alt=''><div class='lead-img__desc'>A bus at the Harwell stop."
             "</div><div class='lead-img__src'>Photo: Jo Marsh / County Herald</div></div>")
    page = (f"<html><body><div class='page'><h1>Rural bus routes saved for the winter</h1><div class='art-lead'>{dek}"
            f"</div>{photo}<div class='art-txt'><p>{_LEAD}</p><p>{_NEXT}</p><p>{_THIRD}</p></div></div></body></html>")
    e = extract(page.encode(), "x.html")
    assert e.description == dek and body_lines(e.blocks) == [_LEAD, _NEXT, _THIRD]
    # The description's first sentence heading a dek outside the <article>: the dek whole.
    head = f'<meta name="description" content="{dek.split(", and")[0]}.">'
    whole = dek.split(", and")[0] + ". Fares stay frozen until the summer."
    page = (f"<html><head>{head}</head><body><main><article><header><nav class='breadcrumb'><a href='/'>News</a> › "
            f"<a href='/t'>Transport</a></nav><p class='kicker'>Analysis</p><h1>Rural bus routes saved for the winter</h1>"
            f"<p class='desc'>{whole}</p><section class='meta'><span>Subscribers only</span><p>By Maria Kowalczyk</p>"
            f"</section><ul class='sharing'><li><a href='#'>Share on Facebook</a></li></ul></header><figure><img "
            f"src='bus.jpg' alt=''><figcaption>A bus at the Harwell stop, March 2026.</figcaption></figure>"
            f"<section class='content'><p>{_LEAD}</p><p>{_NEXT}</p><p>{_THIRD}</p><p>{_MORE[0]}</p><p>{_MORE[1]}</p>"
            f"</section></article></main></body></html>")
    assert extract(page.encode(), "x.html").description == whole
