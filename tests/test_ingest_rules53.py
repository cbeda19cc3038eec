"""Ingest rules of stop 53, from the misses of blind batches (text 117 on), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

HEADLINE = "Rural bus routes to keep a daily return journey under new county contracts"


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def test_a_byline_box_of_name_over_two_beats_is_no_headline():
    # (From sealed text 117: "Energy and trade reporter", right above the date, was taken for the headline.)
    dek = "Operators must run at least one return journey a day on every route, the council says, or lose the contract."
    for role in ("Energy and trade reporter", "Transport correspondent", "Arts & culture editor"):
        found = copied(_spaced(["Economy", "EXPLAINER", HEADLINE, dek, "Priya Venkataraman", role,
                                "Feb. 27, 2025 at 6:00 a.m. EST", "Share", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]))
        assert (found.title, found.author, found.description) == (HEADLINE, "Priya Venkataraman", dek), role
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], role


def test_the_story_after_a_read_also_teaser_is_no_second_card_when_its_sentence_opens_a_list():
    # (From sealed text 117: a subheading and the sentence over a list, after a "Read also" teaser, were read as a
    # second card, and the story's next six lines were lost.)
    teaser = "Coastguard powers off the coast: what officers may and may not do"
    goes_on = ("That ports and shipping firms still profit from this trade, through transfers, bunkering and brokers, is a "
               "failure no missing legal basis excuses.")
    lines = [HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, "Read also", teaser, goes_on,
             "What needs to happen now", "Europe should do three things, and quickly:",
             "make inspections of uninsured tankers in the Baltic the rule,",
             "list the brokers in third countries that demonstrably evade sanctions,",
             "and finally use frozen state assets for rebuilding.", ENGLISH_THIRD]
    body = body_lines(copied(_spaced(lines)).blocks)
    assert teaser not in body
    assert body[2:5] == [goes_on, "## What needs to happen now", "Europe should do three things, and quickly:"]
    assert body[-1] == ENGLISH_THIRD and len(body) == 9
    # Two cards, a headline over its summary each, under the label still go.
    cards = [HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, "Read also", teaser,
             "Officers may board a ship only with the flag state's consent, lawyers say.",
             "Tanker spotted off Fehmarn for the third time", "The vessel has no valid insurance, according to port data.",
             ENGLISH_THIRD]
    assert body_lines(copied(_spaced(cards)).blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_an_embedded_posts_placeholder_is_dropped():
    # (From text 118: a live blog's embedded post, not loaded, kept as a subheading and a paragraph.)
    for label, note in (("Post auf X ansehen", "Inhalte von Drittanbietern werden erst nach Ihrer Zustimmung geladen."),
                        ("View post on X", "Third-party content is only loaded with your consent.")):
        found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, label, note, ENGLISH_NEXT,
                                ENGLISH_THIRD]))
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], label
    # (Review: a story line between two placeholders is no part of a consent box; a sentence about such content is story.)
    between = "Trump replied hours later on his own platform and threatened to end every government contract of Musk's firms."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, "View post on X", between,
                            "View post on X", ENGLISH_NEXT]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, between, ENGLISH_NEXT]
    guidance = ("Under the guidance, third-party content is only loaded with your consent, and sites must offer a plain "
                "link instead.")
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, guidance, ENGLISH_NEXT]))
    assert guidance in body_lines(found.blocks)
    # A story about such a post keeps its sentences.
    story = "The minister's post on X was viewed two million times before she deleted it on Tuesday evening."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, story, ENGLISH_NEXT]))
    assert story in body_lines(found.blocks)


def test_a_read_also_link_ending_on_a_question_among_an_interviews_questions_is_dropped():
    # (From sealed text 117: "Czytaj także: … Co zawiera szesnasty pakiet …?" between a fact-check's sections was kept
    # as a subheading, read as the next question.)
    answer = ("The package extends the list of tankers barred from European ports and adds several banks in third "
              "countries that handle payments for Russian crude, officials said on Monday.")
    answer2 = ("Not on its own. Inspections at sea need a legal basis that most coastal states do not have, and the "
               "flag states of these tankers rarely give their consent, she said.")
    lines = [HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, "What does the new package contain?", answer,
             "Read also: Sanctions on Russia. What does the sixteenth package hold and when does it apply?",
             "Can the shadow fleet be stopped at sea?", answer2]
    body = body_lines(copied(_spaced(lines)).blocks)
    assert body == [ENGLISH_LEAD, "## What does the new package contain?", answer,
                    "## Can the shadow fleet be stopped at sea?", answer2]


def test_a_japanese_staff_writers_rank_and_name_is_the_byline():
    # (From sealed text 117: "編集委員 佐伯隆之" under the headline was dropped as a line in another script.)
    headline = "コメ価格高騰、外食チェーンが国産米の調達網を見直し"
    lead = ("コメの店頭価格が高止まりするなか、外食チェーン各社が国産米の調達網の見直しを急いでいる。"
            "牛丼や定食の大手は産地の農業法人と複数年の契約を結び、価格と量の安定を図る。")
    more = ("定食チェーンを展開する各社は4月から、新潟県と秋田県の農業法人と3年間の直接契約を始める。"
            "同社の仕入れ担当者は「値上げだけでは客が離れる」と話す。")
    for line, name in (("編集委員 佐伯隆之", "佐伯隆之"), ("記者 佐藤美咲", "佐藤美咲")):
        found = copied(["ビジネス", headline, line, "2025年3月21日 5:00", "保存", lead, more])
        assert found.author == name, line
        assert found.title == headline and body_lines(found.blocks) == [lead, more], line
    # A word that opens on a rank's characters is no byline: "記者会見" (a press conference); nor a noun before the
    # rank, "外国人記者" (foreign reporters), a subheading between the story's paragraphs (the review's case).
    from sitegen.ingest import metadata as md
    assert md.byline("記者会見") is None and md.byline("外国人記者") is None
    found = copied(["ビジネス", headline, "2025年3月21日 5:00", lead, "外国人記者", more])
    assert found.author is None and body_lines(found.blocks) == [lead, "## 外国人記者", more]


def test_a_reader_polls_question_is_dropped():
    # (From sealed HTML 92: "Sonda: Czy Polska powinna …?" over the poll's form was kept as a subheading.)
    for poll in ("Poll: Should the council keep a daily return journey on every route?",
                 "Sonda: Czy Polska powinna wysłać żołnierzy do misji na Ukrainie?",
                 "Umfrage: Sollte der Landkreis die Buslinien erhalten?"):
        found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, poll,
                                "Yes No Not sure", ENGLISH_THIRD]))
        assert poll not in body_lines(found.blocks), poll
        assert ENGLISH_THIRD in body_lines(found.blocks)
    # (Review: a survey's story under its headline "Umfrage: …?" keeps its headline: no answers under it.)
    survey = "Umfrage: Wie zufrieden sind die Deutschen mit der Regierung?"
    found = copied(_spaced(["Politik", survey, "Von Anna Weber", "3. September 2025", ENGLISH_LEAD, ENGLISH_NEXT]))
    assert found.title == survey


def test_a_japanese_list_under_its_label_copied_without_marks_is_kept():
    # (From sealed text 119: "主な変更点" and the five changes under it, no "。" closing them, were dropped as short lines.)
    headline = "市営駐輪場の料金、4月から見直し　1日利用は150円に"
    lead = "青葉川市は4月1日から、市内22カ所の市営駐輪場の料金体系を見直す。1日利用の料金が引き上げられる一方、定期利用は据え置く。"
    more = "市によると、駐輪場の利用台数はこの10年で約3割増えた一方、設備の老朽化が進み、修繕費が膨らんでいる。"
    items = ["一般の1日利用料金が100円から150円に上がる（最初の2時間は引き続き無料）", "月極の定期利用料金は据え置き、学生は半額になる",
             "駅前の3カ所で、交通系ICカードとスマートフォン決済が使えるようになる"]
    last = "利用者からは「値上げは仕方ないが、屋根を直してほしい」との声が上がった。市は夏までに修繕計画をまとめる方針だ。"
    found = copied(_spaced(["地域", headline, "2025年3月26日", lead, more, "主な変更点", *items, last]))
    assert body_lines(found.blocks) == [lead, more, "## 主な変更点", *("- " + item for item in items), last]
    # A menu of short links under a label is no list of the story: "関連リンク" over page names, nothing after them.
    menu = copied(_spaced(["地域", headline, "2025年3月26日", lead, more, last, "関連リンク", "駐輪場の案内ページはこちら",
                           "市の交通政策についての資料一覧", "お問い合わせ窓口と受付時間の案内"]))
    assert body_lines(menu.blocks) == [lead, more, last]


def test_a_place_the_headline_names_and_a_players_length_are_no_bylines():
    # (From sealed text 121: "Puerto Alcaraz" under the reporter's name was taken for the author, and a radio page's
    # "Listen · 7:42" gave the author "Listen".)
    headline = "El Puerto Alcaraz remonta en diez minutos y deja al Salinas fuera del playoff"
    dek = "Los goles de Iker Barredo y Samuel Ocaña en el tramo final dan la vuelta a un partido igualado desde el descanso"
    found = copied(_spaced(["Deportes", headline, dek, "Lucía Ferrán", "Puerto Alcaraz", "domingo, 9 de marzo de 2025, 22:41",
                            ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]))
    assert found.author == "Lucía Ferrán"
    radio = copied([HEADLINE, "Heard on Coastal Mornings", "April 3, 2025", "Listen · 7:42", "Play", ENGLISH_LEAD,
                    ENGLISH_NEXT, ENGLISH_THIRD])
    assert radio.author is None
    # A reporter's name alone over the date is still the byline.
    assert copied([HEADLINE, "Dana Whitcombe", "April 3, 2025", ENGLISH_LEAD, ENGLISH_NEXT]).author == "Dana Whitcombe"


def test_all_rights_reserved_after_the_copyright_owner_is_not_part_of_its_name():
    # (From text 122: "Copyright Sakura Broadcasting Corporation All rights reserved." gave the publisher "… All".)
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD,
                            "Copyright Harbour Broadcasting Corporation All rights reserved."]))
    assert found.publisher is not None and "All" not in found.publisher.split()



def test_an_opinion_pages_disclaimer_in_french_and_czech_is_dropped():
    # (From HTML 93 and 95: a column's note that it is its writer's view, not the paper's, kept as its last paragraph.)
    for note in ("Les tribunes publiées engagent leurs auteurs et ne reflètent pas nécessairement la position de la "
                 "rédaction.", "Komentáře vyjadřují názory autorů, nikoli nutně stanovisko redakce."):
        found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD,
                                note]))
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], note
    # A story's sentence that says something "ne reflète pas nécessairement" the facts is kept.
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("Selon lui, les sondages ne reflètent pas nécessairement la réalité du terrain.", 11) is None
