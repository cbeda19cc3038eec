"""Ingest rules of stop 38: titles missed on earlier blind batches' first runs (live pages, Japanese blogs), and the
misses of blind batch text 72 (`heldout_text_copied60`, measured on main before any rule); each tested on pages of its
own."""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied, dump
from sitegen.ingest import boilerplate as bp
from sitegen.ingest.extract import extract

HEADLINE = "Allies back a reassurance force as talks on security guarantees for Ukraine resume"


def test_an_age_notice_over_the_headline_is_no_headline():
    page = dump("Skip to main content", "World", "Europe", "This article is more than 2 years old", "Live",
                HEADLINE, "Leaders meet in Rome; Kremlin warns of consequences", "Anna Berg",
                "Tue 17 Feb 2026 08.05 CET", *STORY)
    found = extract(page, "live.txt")
    assert found.title == HEADLINE
    assert "This article is more than 2 years old" not in body_lines(found.blocks)


def test_age_notices_in_other_languages_are_furniture_and_a_sentence_about_age_is_not():
    for notice in ("This story was published more than 3 years ago", "Dieser Artikel ist älter als ein Jahr",
                   "Cet article date de plus d'un an", "Dit artikel is meer dan een jaar oud"):
        assert bp.boilerplate_reason(notice, len(notice.split())) == bp.AGE_NOTICE, notice
    sentence = "This article is more than a year old, the minister said, and its figures are out of date."
    assert bp.boilerplate_reason(sentence, len(sentence.split())) is None


def test_two_names_over_the_date_are_a_byline_the_headline_stands_above():
    # (A closed live page: its closing summary, a sentence ending on a colon, shares the most words with the story.)
    page = dump("World", "Europe", "This blog is now closed.", "Live", HEADLINE,
                "Leaders sign a declaration on post-ceasefire support for Ukraine",
                "Harriet Lomax and Callum Achebe", "Thu 19 Feb 2026 19.48 GMT", "Share", "Key events", "19.48 GMT",
                "Closing summary", "17.15 GMT", "Kyiv says the guarantees have a shape", "Show key events only",
                "19.48 GMT", "Closing summary",
                "This blog is closing now. Ministers from thirty countries met in Brussels on written security guarantees:",
                "Leaders from 31 countries signed the declaration on a reassurance force for Ukraine\n"
                "France and the UK will lead the force's headquarters, outside Ukraine\n"
                "The US envoy said Washington would provide intelligence but no ground troops",
                "Thank you for following along. Our coverage of the talks on the guarantees continues tomorrow.",
                "17.15 GMT", "Kyiv says the guarantees have a shape", *STORY[1:])
    found = extract(page, "live.txt")
    assert (found.title, found.author) == (HEADLINE, "Harriet Lomax and Callum Achebe")
    assert "This blog is now closed." not in body_lines(found.blocks)


def test_sections_over_the_date_are_no_byline_that_pushes_the_headline_down():
    lines = ["ScienceBeat", "Biology", "Plants & Animals", "Ecology", "", "Biology Plants & Animals Ecology", "",
             "November 26, 2026", "", "Street lights keep bumblebees out of city flower beds after dark, study finds",
             "", "Bumblebees visited flower beds under street lights far less often after dark than beds left in the "
             "dark, researchers found in a two-year study of city parks.", "",
             "The bees' night-time visits fell by almost half where the lights stayed on, the team reported, and the "
             "flowers set fewer seeds as a result."]
    assert copied(lines).title == "Street lights keep bumblebees out of city flower beds after dark, study finds"


def test_a_live_entrys_writer_alone_between_its_headline_and_its_text_goes():
    # (The page spaces its blocks, but its list's items come with no blank line between them.)
    text = "\n\n".join([HEADLINE, "Anna Berg", "Thu 19 Feb 2026 19.48 GMT", "19.48 GMT", "Closing summary", *STORY,
                        "Leaders and ministers signed the declaration this afternoon. The main points:\n"
                        "France and the UK will lead the force\nThe US will provide intelligence\nKyiv wants names",
                        "Thank you for following along. Our coverage of the war in Ukraine continues tomorrow.",
                        "17.15 GMT", "Kremlin says foreign troops would be a target", "Callum Achebe",
                        "Russia has reacted sharply to the declaration, calling any foreign contingent a legitimate "
                        "target for its forces.",
                        "12.02 GMT", "US will provide intelligence but no ground troops",
                        "The US envoy has confirmed that Washington will not contribute soldiers to the force, officials "
                        "said."])
    lines = body_lines(extract(text.encode(), "live.txt").blocks)
    assert "Callum Achebe" not in lines and "## Callum Achebe" not in lines
    assert "## Kremlin says foreign troops would be a target" in lines
    assert "## US will provide intelligence but no ground troops" in lines


def test_a_live_pages_key_events_list_repeating_its_entries_headlines_is_no_story():
    text = "\n\n".join([HEADLINE, "Anna Berg", "Tue 17 Feb 2026 08.05 CET", "Key events",
                        "16.31 CET Zelenskyy says he needs signatures", "14.20 CET What is on the table in Geneva?",
                        "13.05 CET Kremlin sets no preconditions", "16.31 CET", "Zelenskyy says he needs signatures",
                        STORY[0], "14.20 CET", "What is on the table in Geneva?", STORY[1], "13.05 CET",
                        "Kremlin sets no preconditions", STORY[2]])
    lines = body_lines(extract(text.encode(), "live.txt").blocks)
    assert "14.20 CET What is on the table in Geneva?" not in lines
    assert "## What is on the table in Geneva?" in lines


def test_a_blogs_masthead_and_tagline_are_no_headline():
    lines = ["ゆずこのおうちごはん日和", "", "読者になる", "", "ゆずこのおうちごはん日和", "",
             "共働き・2児ママの「平日20分」おうちごはん記録", "", "このブログはアフィリエイト広告を利用しています", "",
             "2025-10-18", "", "炊飯器におまかせ！鶏ごぼうの炊き込みご飯", "", "ごはんもの", "",
             "こんにちは、ゆずこです。朝晩すっかり涼しくなってきましたね。わが家では、この季節になると週に一度は炊き込みご飯が食卓に登場します。",
             "", "今日は、材料を切って炊飯器に入れるだけの鶏ごぼうの炊き込みご飯をご紹介します。味付けはめんつゆだけなので、調味料を量るのが面倒な日にもぴったりです。"]
    found = copied(lines, "blog.txt")
    assert found.title == "炊飯器におまかせ！鶏ごぼうの炊き込みご飯"
    assert "このブログはアフィリエイト広告を利用しています" not in body_lines(found.blocks)


def test_disclosures_comment_boxes_and_copyright_lines_in_more_languages_are_furniture():
    for line, reason in (("本記事はプロモーションを含みます", "affiliate disclaimer"),
                         ("Η ανάρτηση μπορεί να περιέχει συνδέσμους συνεργατών.", "affiliate disclaimer"),
                         ("로그인 후 댓글을 남길 수 있습니다.", "comment form"),
                         ("삭제한 댓글은 다시 복구할 수 없습니다.", "comment form"),
                         ("무단전재 및 재배포 금지", "copyright line"),
                         ("Heb je een tip? Mail naar tips@krant.example.nl", "sign-up or disclaimer fine print"),
                         ("Receba as nossas verificações todas as sextas-feiras.", "sign-up or disclaimer fine print"),
                         ("Deel dit artikel", "social/app/newsletter prompt"),
                         ("Made it? Tag @kitchen.joy on Instagram!", "social/app/newsletter prompt")):
        assert bp.boilerplate_reason(line, len(line.split())) == reason, line
    assert bp.about_the_company("نبذة عن شركة الواحة للطاقة المتجددة")
    # (A story's own sentence about comments, or about a copyright, stays.)
    for line in ("온라인 댓글에서 시민들은 새 버스 노선에 대해 엇갈린 반응을 보였다.", "Tag teams from both clubs met at noon."):
        assert bp.boilerplate_reason(line, len(line.split())) is None, line


def test_a_recipe_cards_scale_buttons_a_line_each_do_not_hide_its_ingredients():
    lines = ["Φασολάδα της γιαγιάς", "12 Ιανουαρίου 2025",
             "Κάθε Ιανουάριο, με το πρώτο κρύο, η κουζίνα μου μυρίζει φασολάδα, όπως μύριζε και της γιαγιάς μου.",
             "Η γιαγιά δεν ζύγιζε τίποτα, αλλά η συνταγή της είναι γραμμένη σε ένα τετράδιο που κρατάω ακόμα.",
             "Μερίδες 6 μερίδες", "Υλικά", "1x", "2x", "3x", "500 γρ. ξερά φασόλια", "2 καρότα, σε ροδέλες",
             "1 μεγάλο κρεμμύδι", "120 ml ελαιόλαδο", "Εκτέλεση",
             "Μουλιάζουμε τα φασόλια από το προηγούμενο βράδυ σε άφθονο κρύο νερό και τα στραγγίζουμε το πρωί."]
    body = body_lines(copied(lines, "recipe.txt").blocks)
    assert ["## Υλικά", "- 500 γρ. ξερά φασόλια", "- 2 καρότα, σε ροδέλες", "- 1 μεγάλο κρεμμύδι",
            "- 120 ml ελαιόλαδο"] == [line for line in body if line == "## Υλικά" or line.startswith("- ")]


def test_an_opinion_pages_lists_of_columns_under_their_labels_go_with_every_item():
    # ("Name: title" teasers, the last reading as two sentences; a most-read list opening on the page's own headline.)
    lines = ["Opinion", HEADLINE, "By Ann Lee", "March 3, 2026", *STORY,
             "Ann Lee, a former deputy assistant secretary general at NATO, is a senior fellow at the Vale Institute.",
             "Follow Ann Lee", "Opinions on the war in Ukraine",
             "The Editorial Board: Frozen Russian assets should fund Ukraine now",
             "Dmytro Savchuk: What my unit learned from the last ceasefire",
             "Evan Rourke: America still has leverage in Ukraine talks. Use it.", "Popular opinion articles", HEADLINE,
             "My town voted to close its library. Then it found out what that costs.", "The Fed is out of good options",
             "214 Comments"]
    found = copied(lines, "column.txt")
    assert body_lines(found.blocks) == STORY


def test_related_labels_of_opinion_pages_and_a_sentence_about_opinions():
    for label in ("Popular opinion articles", "Popular articles", "More opinion", "Opinions on the war in Ukraine"):
        assert bp.is_related_heading(label), label
    # (The review's crossheads: a subheading saying what the opinions are stays one.)
    for line in ("Opinion on the sanctions was divided among MPs", "Opinions on the plan were divided among the MPs",
                 "Opinions on the stadium are mixed", "Opinions on Brexit vary widely", "Popular in the suburbs",
                 "More opinions"):
        assert not bp.is_related_heading(line), line


def test_the_reviews_sentences_that_only_look_like_the_new_notices_stay():
    for line in ("Its founder announced that this blog has closed after 15 years.",
                 "The post is more than 300 years old.",
                 "그는 로그인 기록과 댓글 작성 내역을 조사했다고 밝혔다.",
                 "경찰은 무단 전재를 금지한다고 밝혔다",
                 "指針では、投稿の冒頭で広告を含むことを明示するよう求めている。",
                 "政府は広告を掲載する企業に説明を求めた。"):
        assert bp.boilerplate_reason(line, len(line.split())) is None, line


def test_a_teasers_two_authors_and_date_over_the_pages_own_headline_are_no_byline():
    page = dump("World", "Ukraine peace talks stall in Geneva as envoys argue over guarantees",
                "Harriet Lomax and Callum Achebe", "Wed 18 Feb 2026",
                "Ministers from thirty countries meet in Brussels to discuss security guarantees", "Anna Berg",
                "Thu 19 Feb 2026", *STORY)
    found = extract(page, "page.txt")
    assert (found.title, found.author) == ("Ministers from thirty countries meet in Brussels to discuss security "
                                           "guarantees", "Anna Berg")


# After the sealed batch text 73 was measured once on the stop's rules (a869beb):

def test_a_chinese_captions_reporter_credit_and_a_newsletters_inbox_promise_are_furniture():
    for line, reason in (("6月26日，市民在5号线滨江公园站参加试乘体验活动。记者 刘洋 摄", "photo caption with its credit"),
                         ("（新华社记者 王鹏 摄）", "photo caption with its credit"),
                         ("Get the latest news from Wrexley straight to your inbox every morning.",
                          "sign-up or disclaimer fine print")):
        assert bp.boilerplate_reason(line, len(line.split())) == reason, line
    line = "他说，记者 刘洋 摄影的作品获奖。"  # (a sentence about a reporter's photographs)
    assert bp.boilerplate_reason(line, len(line.split())) is None
