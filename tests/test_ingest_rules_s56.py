"""Ingest rules of stop 56, from the misses of blind batches (text 132 and HTML 103 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.boilerplate import boilerplate_reason

HEADLINE = "Ferry operators to keep a daily return crossing under new island contracts"


def test_a_headers_section_labels_and_headline_set_again_in_the_footer_are_no_table_of_contents():
    # (From sealed text 132: "World / Europe / Ukraine" over the headline, the same tags under "Suggested Topics" and
    # the headline in "Most Read" after the story, read as a contents list and dropped with the headline.)
    page = ["Skip to main content", "NEWSDESK", "World", "Business", "", "World", "Europe", "Transport", "",
            HEADLINE, "", "By Helen Marsh", "", ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD, "",
            "Suggested Topics:", "", "Europe", "", "Diplomacy", "", "Transport", "", "Most Read", "", "1", HEADLINE, "", "2",
            "Oil slips as traders weigh Black Sea shipping talks", "", "Site Index", "World"]
    found = copied(page)
    assert found.title == HEADLINE
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # An explainer's contents list, each entry set again over its own section's prose, still goes.
    questions = ["What was agreed?", "Who pays for it?", "When does it start?"]
    answers = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    page = [HEADLINE, "", "In this article", *questions, ""]
    for question, answer in zip(questions, answers):
        page += [question, answer, ""]
    kept = body_lines(copied(page).blocks)
    for question in questions:  # (once: over its section, not in the list above)
        assert sum(line.endswith(question) for line in kept) == 1, (question, kept)
    assert ENGLISH_THIRD in kept


def test_a_players_notice_that_the_video_starts_after_the_ad_is_no_story():
    # (From sealed text 132: "広告の後に動画が始まります" under a TV page's player read as the dek.)
    for line in ("広告の後に動画が始まります", "The video will start after the ad", "Your video will begin after this advert",
                 "Das Video startet nach der Werbung", "La vidéo commencera après la publicité",
                 "El vídeo comenzará después del anuncio", "광고 후 영상이 재생됩니다"):
        assert boilerplate_reason(line, len(line.split())), line
    # A sentence of a story about advertising before videos is not it.
    story = ("The broadcaster said the video would start after the advertisement in future, under rules the regulator "
             "set out on Tuesday.")
    assert boilerplate_reason(story, len(story.split())) is None


def _html(body: str) -> bytes:
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{body}</article>"
            "</body></html>").encode("utf-8")


def test_a_caption_blogger_centres_under_its_picture_is_no_story():
    # (From sealed HTML 103: "<div class="separator"><a><img></a></div><div style="text-align: center;"><i>What was
    # left of the old one. RIP.</i></div>" kept between a blog's paragraphs.)
    from sitegen.ingest.extract import extract
    picture = ("<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"/big.jpg\"><img src=\"/s.jpg\" "
               "width=\"400\"></a></div><div style=\"text-align: center;\"><i>What was left of the old one. RIP.</i></div>")
    page = _html(f"<p>{ENGLISH_LEAD}</p>{picture}<p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p>")
    assert body_lines(extract(page, "x.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # A centred paragraph of the story with no picture above it stays.
    centred = _html(f"<p>{ENGLISH_LEAD}</p><div style=\"text-align: center;\">{ENGLISH_NEXT}</div><p>{ENGLISH_THIRD}</p>")
    assert body_lines(extract(centred, "x.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_who_reported_where_and_who_contributed_under_the_story_is_no_story():
    # (From sealed HTML 103: "Okafor reported from Geneva and Vasquez from Kyiv. Anton Sorel in Brussels contributed to
    # this report.", and a syndicated council story's note on the Local Democracy Reporting Service.)
    for line in ("Okafor reported from Geneva and Vasquez from Kyiv. Anton Sorel in Brussels contributed to this report.",
                 "Illia Novikov in Kyiv, Ukraine, contributed to this report.",
                 "Anton Sorel and Maria Lind contributed to this article.",
                 "The Local Democracy Reporting Service is a partnership between regional news publishers and public "
                 "broadcasters to cover the work of local councils."):
        assert boilerplate_reason(line, len(line.split())), line
    # A sentence of the story about who contributed to a report is not it.
    story = "Three universities contributed to this report, which the ministry published on Tuesday after a long delay."
    assert boilerplate_reason(story, len(story.split())) is None


# The first review's cases (stop 56).

def test_review_a_blog_that_centres_every_paragraph_keeps_the_one_under_a_picture():
    from sitegen.ingest.extract import extract
    centred = "<div style=\"text-align: center;\">{}</div>"
    picture = ("<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"/big.jpg\"><img src=\"/s.jpg\">"
               "</a></div>")
    page = _html(centred.format(ENGLISH_LEAD) + picture + centred.format(ENGLISH_NEXT) + centred.format(ENGLISH_THIRD))
    assert body_lines(extract(page, "x.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_review_an_explainers_contents_over_sections_opening_on_lists_still_go():
    questions = ["What was agreed?", "Who pays for it?", "When does it start?"]
    bullets = [("- Two return crossings a day on every route", "- Fares frozen until 2027"),
               ("- The county pays two thirds of the subsidy", "- Operators pay the rest from fares"),
               ("- The new timetable starts in April", "- Evening buses return in May")]
    last = ("Fares will be reviewed every spring, the board said, and any rise will need the approval of the full "
            "council.")
    page = [HEADLINE, "", ENGLISH_LEAD, "", "Contents", *questions, ""]
    for question, (first, second), prose in zip(questions, bullets, (ENGLISH_NEXT, ENGLISH_THIRD, last)):
        page += [question, first, second, prose, ""]
    kept = body_lines(copied(page).blocks)
    for question in questions:
        assert sum(line.endswith(question) for line in kept) == 1, (question, kept)
    for first, _ in bullets:
        assert first in kept, (first, kept)


def test_review_a_sentence_reporting_the_players_ad_or_the_reporting_scheme_is_story():
    for line in ("YouTube said the video will start after the ad.",
                 "Das Video startet nach der Werbung, erklärte der Sender am Dienstag.",
                 "Councillors heard that the Local Democracy Reporting Service is a partnership that the council does "
                 "not fund."):
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_a_spanish_regional_papers_date_with_middle_dots_dates_the_page_and_keeps_its_byline():
    # (From sealed text 133: "Lucía Ferrer / València / 14·04·25 | 07:15" under the dek: no author, no date.)
    page = [HEADLINE, "", "La asociación vecinal entrega más de 1.500 firmas y el Ayuntamiento promete estudiar una solución.",
            "Lucía Ferrer", "València", "14·04·25 | 07:15", "Actualizado a las 10:02", "", ENGLISH_LEAD, "", ENGLISH_NEXT,
            "", ENGLISH_THIRD]
    found = copied(page)
    assert (found.author, found.date) == ("Lucía Ferrer", "2025-04-14")


def test_a_feedback_prompt_the_series_links_and_where_a_clip_was_broadcast_are_no_story():
    # (From sealed text 133 and HTML 104.)
    for line in ("Did you find this article helpful?", "This report was first broadcast on Morning Report.",
                 "(Previous posts in this series: part one, part two, part three.)",
                 "Previous posts in this series: Stripping the frame",
                 "이 영상은 한결방송 뉴스9에서 방송되었습니다.", "This report was broadcast on News at Six."):
        assert boilerplate_reason(line, len(line.split())), line
    for line in ("The council said the series of previous posts in this series: was deleted after complaints.",
                 "This report was broadcast on News at Six, the regulator found, without the required warning, and "
                 "the channel has now apologised to viewers in a statement."):
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_a_tables_row_with_a_date_is_no_dateline_over_a_post():
    # (From sealed HTML 105: an explainer's table whose rows end on "1. Januar 2026" read as a post's date under a
    # sidebar: the lead, the first section and the table were dropped as the sidebar.)
    from sitegen.ingest.extract import extract
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in (
        ("Shadow fleet", "117 more tankers barred from EU ports", "immediately"),
        ("Banks in third countries", "transactions banned with 22 banks", "1 August 2025"),
        ("LNG", "short-term contracts banned", "1 January 2026")))
    page = _html(f"<p>{ENGLISH_LEAD}</p><h2>What was agreed?</h2><p>{ENGLISH_NEXT}</p><table>{rows}</table>"
                 f"<h2>Why the fleet matters</h2><p>{ENGLISH_THIRD}</p>")
    kept = body_lines(extract(page, "x.html").blocks)
    assert kept[:2] == [ENGLISH_LEAD, "## What was agreed?"], kept


def test_a_sentence_saying_no_reply_came_is_no_comment_form():
    # (From sealed HTML 105: "We contacted the account behind the original post but had received no reply by the time
    # of publication." cut the fact-check's last section and verdict as a comment form.)
    line = "We contacted the account behind the original post but had received no reply by the time of publication."
    assert boilerplate_reason(line, len(line.split())) is None
    assert boilerplate_reason("Reply", 1) == "comment form"


def test_a_japanese_broadcasters_masthead_over_its_romanised_copyright_is_the_publisher():
    # (From sealed texts 132–134 and thirteen registered pages before them: "ミナト放送" heading the page, "Copyright ©
    # Minato Broadcasting Co., Ltd." in its footer; the labels name the masthead.)
    story = ["北湊鉄道は3日、大雨の影響で運転を見合わせていた全線について、4日の始発から運転を再開すると発表した。"
             "沿線の住民からは安堵の声が上がっている。",
             "同社によると、線路脇の斜面が崩れた区間では復旧工事が終わり、2日夜に試運転をして安全を確かめた。"
             "運転再開は午前6時の始発からで、全線で平常通りのダイヤに戻る見通しだという。",
             "通学に使う高校生の母親は「この1週間は送り迎えが大変だった。ほっとした」と話した。"
             "同社は今後も雨が強まった場合には早めに運転を見合わせるとしている。"]
    page = ["メインコンテンツへ移動", "", "ミナト放送", "", "ニュース", "スポーツ", "天気", "", "鉄道、全線で運転再開へ", "",
            "2025年4月3日 18時00分", "", *story, "", "Copyright © Minato Broadcasting Co., Ltd. All rights reserved."]
    assert copied(page, "x.txt").publisher == "ミナト放送"
    # A menu's "スポーツ" alone is no masthead.
    page = [line for line in page if line != "ミナト放送"]
    assert copied(page, "x.txt").publisher != "スポーツ"


def test_how_long_a_clip_can_be_watched_is_no_dek():
    for line in ("この動画は2025年4月12日まで視聴できます", "この番組は5月2日まで配信しています"):
        assert boilerplate_reason(line, len(line.split())), line


def test_review_story_lines_about_a_series_a_broadcast_or_usefulness_stay():
    # (The second review's cases, stop 56: the first versions dropped them.)
    for line in ("(Previous posts in this series: part one, part two, part three.) This week I finally got round to the "
                 "wheels, which had sat in a box in the shed since October.",
                 "The rest of the series: five more families, each filmed over a year, each leaving somewhere they "
                 "thought they would never leave.",
                 "This segment was aired in breach of the broadcasting code, Ofcom found.",
                 "この映像は今月3日、夕方のニュース番組で放送されました。",
                 "이 영상은 지난 3일 저녁 뉴스에서 방송됐습니다.",
                 "Did you find this useful?"):
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_a_newsletters_own_name_past_the_outlets_is_no_publisher():
    # (From sealed text 135: "Get the Meridian Wire Daily Briefing newsletter" made the publisher "Meridian Wire Daily
    # Briefing" over the masthead, the dateline's "(Meridian Wire)" and "© 2025 Meridian Wire".)
    from sitegen.ingest.metadata import publisher_mentions
    assert publisher_mentions("Get the Meridian Wire Daily Briefing newsletter") == ["Meridian Wire"]
    assert publisher_mentions("Get the Harbour Ledger app") == ["Harbour Ledger"]


def test_a_stories_own_header_inside_a_section_is_no_page_header():
    # (From sealed HTML 106: "<section id="story"><header class="story-header"><h2>…headline…</h2>" under a logo's <h1>:
    # the headline dropped as the page's header, a subheading taken for the title.)
    from ingest_fixtures import FIXTURES
    from sitegen.ingest.extract import extract
    page = FIXTURES / "heldout_html106" / "ledgerreview_en_russia-sanctions-explained.html"
    found = extract(page.read_bytes(), page.name)
    assert found.title == "What the West’s sanctions on Russia cover — and which ones could be traded in peace talks"
    assert found.description.startswith("Oil caps, frozen reserves, export bans")


def test_an_audio_players_fallback_text_is_no_story():
    # (From sealed HTML 106: "Your browser does not support the audio element." kept as the story's first line.)
    line = "Your browser does not support the audio element."
    assert boilerplate_reason(line, len(line.split()))


def test_a_newsletter_named_only_by_its_kind_names_no_publisher():
    # (A later page of the first review's kind: "Get the Morning Briefing newsletter" made the publisher "Morning".)
    from sitegen.ingest.metadata import publisher_mentions
    assert publisher_mentions("Get the Morning Briefing newsletter") == []


def test_review_a_press_releases_date_row_is_still_its_date():
    from sitegen.ingest.extract import extract
    dek = "The council has approved a new flood scheme for the valley after a year of consultation with residents."
    page = _html(f"<p>{dek}</p><table><tr><td>Date:</td><td>12 March 2025</td></tr><tr><td>Contact:</td><td>Press "
                 f"Office</td></tr></table><p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p>")
    found = extract(page, "x.html")
    assert found.date == "2025-03-12"
    assert "Contact: | Press Office" not in body_lines(found.blocks)


def test_review_a_story_line_about_a_programme_available_until_a_date_stays():
    for line in ("この番組は来年3月まで配信される予定で、制作した学生たちは「多くの人に見てほしい」と話している。",
                 "이 영상은 다음 달 말까지 공개되며 시청자 의견을 받는다."):
        assert boilerplate_reason(line, len(line.split())) is None, line
    for line in ("Reply to this comment", "Responder a este comentario"):
        assert boilerplate_reason(line, len(line.split())) == "comment form", line


def test_review_an_apps_name_is_the_publishers_whole():
    from sitegen.ingest.metadata import publisher_mentions
    for line, name in (("Get the Morning Bulletin app", "Morning Bulletin"),
                       ("Get the Inland Valley Daily Bulletin app", "Inland Valley Daily Bulletin"),
                       ("Get the Reader's Digest newsletter", "Reader's Digest")):
        assert publisher_mentions(line) == [name], line
    line = "Listeners got only the message “Your browser does not support the audio element” on Tuesday."
    assert boilerplate_reason(line, len(line.split())) is None
