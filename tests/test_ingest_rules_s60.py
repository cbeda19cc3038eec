"""Ingest rules of stop 60, from the misses of its blind batches (text 146, HTML 117), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.extract import extract

STORY = [ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD]
HEADLINE = "County keeps one return bus a day on every rural route"


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")][:-1]


def test_a_topics_label_lists_tags_not_cards_and_the_story_goes_on_under_it():
    # (From text 146: "Related Topics" / "Rail travel" / "The European Commission has proposed guidelines …" — the
    # story's next paragraph — / "A question of subsidies" / its paragraphs: the paragraph and the next section were
    # read as teaser cards.)
    middle = ("The regulator has proposed guidance encouraging councils to lower fares on evening services, but the "
              "guidance is not binding.")
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", "Related Topics", "", "Rural transport", "", middle, "",
                    "A question of subsidies", "", "Several routes survive only because the county pays operators to "
                    "run them, and the budget for that is set each spring.", "", "Transport economist Dr Hanna Lorenz "
                    "says that is not necessarily a scandal, since roads are subsidised too."])
    assert middle in body_lines(found.blocks)
    assert "## A question of subsidies" in body_lines(found.blocks)
    assert "Rural transport" not in body_lines(found.blocks)


def test_a_reporter_at_a_ground_is_one_author_not_two():
    # (From text 146: "By Sam Okafor at Quayside Park" gave "Sam Okafor and Quayside Park".)
    found = copied([HEADLINE, "", "By Tom Reilly at Hillside Park", "", *STORY])
    assert found.author == "Tom Reilly"
    # Two writers joined by their language's "and" stay two: Turkish "ile", Dutch "en".
    assert copied([HEADLINE, "", "Elif Karataş ile Murat Soylu", "", "12 Mart 2025", "", *STORY]).author \
        in ("Elif Karataş and Murat Soylu", None)


def test_a_writers_name_over_a_bio_calling_them_by_their_first_name_is_their_box():
    # (From text 146: "Daniel Orwell" / "Winner of the Geneva Press Club award …, 2021. Daniel covers diplomacy …" under
    # a story by "Daniel Orwell and Marta Kovalenko" was kept as a section of the story.)
    found = copied([HEADLINE, "", "By Jane Doe and Tom Reilly", "", *STORY, "", "Topics", "", "Transport", "",
                    "Tom Reilly", "", "Winner of the regional press award for local reporting, 2022. Tom covers transport "
                    "and councils from Lincoln. He previously reported from Hull.", "", "Read Next", "",
                    "Council approves budget for new leisure centre"])
    lines = body_lines(found.blocks)
    assert not any("Tom covers transport" in line or "Tom Reilly" in line for line in lines)
    assert lines[-1] == ENGLISH_THIRD


def test_a_note_under_the_story_opening_on_the_sites_name_in_japanese_with_its_heading():
    # (From text 146: "ファクトチェックの判定基準について" / "東邦新報は国際ファクトチェックネットワークの原則に沿って…" under a
    # fact-check was kept.)
    story = ["北浜市営バスは1日、利用者の減少を理由に港北線の運行本数を来月から3割減らすと発表した。市交通局によると、昨年度の一日平均の利用者は前年度より12%減った。",
             "交通局の担当者は「路線を守るための苦渋の決断だ」と話した。沿線の住民からは通院や買い物への影響を心配する声が上がっている。",
             "市は秋までに沿線の自治会と協議し、デマンド型の乗り合いタクシーの導入も検討するという。",
             "沿線の自治会は来月、交通局との説明会を開く予定で、住民の意見を集めて要望書にまとめる方針だ。",
             "交通局は利用状況を半年ごとに検証し、利用者が回復すれば運行本数を元に戻すことも検討するとしている。"]
    found = copied(["北浜新報", "港北線のバス3割減便へ　利用者減少で", "2025年4月6日 21:48", *story,
                    "判定基準と訂正方針について", "北浜新報は国際的な原則に沿って検証を行っています。判定は5段階です。",
                    "情報提供はこちら", "関連キーワード", "バス", "交通", "あわせて読みたい", "市バスの運賃、来春から値上げへ",
                    "会社概要", "お問い合わせ", "利用規約", "Copyright © 北浜新報"])
    lines = body_lines(found.blocks)
    assert lines[-1] == story[-1], lines[-3:]


def test_questions_one_to_a_line_under_a_colon_are_a_list_and_the_heading_over_them_stays():
    # (From text 146: "Lesen Sie auch" / a teaser / "Drei Dinge, die Europa jetzt klären muss" / "…, müssen sie drei Fragen
    # beantworten, bevor sie irgendetwas unterschreiben:" / three questions: the subheading was dropped as a second
    # teaser and the questions read as subheadings.)
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", "Read more", "",
                    "Council approves budget for new leisure centre", "", "Three things the county must settle", "",
                    "If the county is serious about its promise, it has to answer three questions before the winter "
                    "timetable is signed:", "", "Who pays for the evening journeys?", "",
                    "What happens when an operator walks away?", "", "Who decides which villages come first?", "",
                    "None of these questions is comfortable. But a county that dodges them now will face them later."])
    lines = body_lines(found.blocks)
    assert "## Three things the county must settle" in lines
    assert "- Who pays for the evening journeys?" in lines and "- Who decides which villages come first?" in lines
    assert "Council approves budget for new leisure centre" not in lines
    # The story's next question after a list of statements stays a subheading.
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", "The plan falls into three parts:", "",
                    "More buses on market days.", "", "Cheaper fares for students.", "", "A new evening route.", "",
                    "Who is affected, and when?", "", "Not everything takes effect immediately. The board will publish "
                    "the full timetable in February, after talks with the parish councils."])
    assert "## Who is affected, and when?" in body_lines(found.blocks)


def _html(body: str) -> bytes:
    return (f"<html><head><title>{HEADLINE}</title><meta property=\"og:site_name\" content=\"Transport Check\"></head>"
            f"<body><article><h1>{HEADLINE}</h1>"
            f"<p>By Jane Doe</p>{body}</article></body></html>").encode()


def test_a_fact_checkers_account_of_how_it_checked_is_the_story():
    # (From HTML 117: "<h2>How we checked</h2>" / "FactLantern examined the document and contacted the institutions
    # named in it. Our checks included the following steps:" was dropped as an appeal for support.)
    page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><h2>How we checked</h2><p>Transport Check examined the "
                 "timetable and contacted the operators named in it. Our checks included the following steps:</p><ul>"
                 "<li>We compared the timetable with the operators' own.</li><li>We asked the county for its survey.</li>"
                 f"</ul><p>{ENGLISH_THIRD}</p><footer><p>Transport Check</p></footer>")
    found = extract(page, "transportcheck.html")
    assert "## How we checked" in body_lines(found.blocks)


def test_a_poll_under_its_label_alone_goes():
    # (From HTML 117: "Sonda" / "Czy sankcje wobec Rosji są Twoim zdaniem skuteczne?" / "Tak Nie Trudno powiedzieć" in
    # the middle of the story was kept as a section.)
    page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><h3>Poll</h3><p>Should every village keep its bus?</p>"
                 f"<div><span>Yes</span> <span>No</span> <span>Not sure</span></div><h2>What comes next</h2>"
                 f"<p>{ENGLISH_THIRD}</p>")
    lines = body_lines(extract(page, "a.html").blocks)
    assert not any("Should every village" in line or "Poll" in line for line in lines)
    assert ENGLISH_THIRD in lines
