"""Ingest rules of stop 61, from the misses of its blind batches (text 149 on, HTML 120 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.extract import extract

STORY = [ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD]
HEADLINE = "County keeps one return bus a day on every rural route"
DEK = "A network without evening buses would cut off villages where one household in four has no car, the board says."


def test_a_pull_quote_saying_a_sentence_of_the_story_again_in_other_words_goes():
    # (From text 149 and 150, two French columns: "« Une garantie qui ne dit pas qui se battra n’en est pas une. »" set
    # apart under a standfirst saying "… une garantie qui ne précise pas qui se battra, et quand, n’en est pas une".)
    pull = "“A network without evening buses cuts off villages where one household in four has no car.”"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", pull, "", *STORY[4:]])
    assert pull not in body_lines(found.blocks)
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # A quotation the line before introduces with a colon is the story's, whatever it repeats.
    said = "The board's chair put it plainly:"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", said, "", pull, "", *STORY[4:]])
    assert pull in body_lines(found.blocks)
    # Nor a quotation in words of its own.
    own = "“We will not leave a single village without a bus on a weekday, whatever the budget says.”"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", own, "", *STORY[4:]])
    assert own in body_lines(found.blocks)


def _html(body: str) -> bytes:
    return (f"<html><head><title>{HEADLINE}</title><meta property=\"og:site_name\" content=\"Transport Check\"></head>"
            f"<body><article><h1>{HEADLINE}</h1>"
            f"<p>By Jane Doe</p>{body}</article></body></html>").encode()


def test_an_advertisement_box_named_in_the_pages_language_goes():
    # (From HTML 120: '<div class="publi publi--apuestas"><span>Publicidad</span><a rel="sponsored">Cuotas del próximo
    # partido …</a>…</div>' between two paragraphs was kept.)
    for name in ("publi publi--apuestas", "werbung-box", "anzeige"):
        page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><div class='{name}'><a href='https://ads.example/x' "
                     "rel='sponsored'>Odds for the county's next match: win 1.85, draw 3.40, lose 4.50</a><span>18+ | "
                     f"Please play responsibly. gamble.example</span></div><p>{ENGLISH_THIRD}</p>")
        assert body_lines(extract(page, "a.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], name


def test_a_press_releases_note_to_editors_set_off_by_a_comma_goes():
    # (From HTML 120: "Noot voor de redactie, niet voor publicatie: voor meer informatie kunt u contact opnemen met …"
    # under a water board's release was kept.)
    note = ("Note to editors, not for publication: for further information please contact the communications team "
            "on 0113 555 012 or press@transport.example.")
    page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p><div class='press-note'><p><strong>"
                 f"{note}</strong></p></div>")
    assert body_lines(extract(page, "a.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_match_sheets_result_and_a_line_up_closing_on_the_unused_substitutes_go():
    # (From text 150: "Harbourside Town 2 (Pask 17, Okafor 89) Marshfield Rovers 1 (Moss 35)" / "Harbourside Town:
    # Bickley; Hart, …; Chowdhury (Benn 70), Price. Subs not used: Vale, Kirk, Ashby." were kept.)
    sheet = ["Hillside Town 2 (Pask 17, Okafor 89) Marshfield Rovers 1 (Moss 35)",
             "Hillside Town: Bickley; Hart, Drury, Pask, Simmons; Reeve, Fairbrother, Doyle (Okafor 83), Lamb; Chowdhury "
             "(Benn 70), Price. Subs not used: Vale, Kirk, Ashby.",
             "Marshfield Rovers: Whitlock; Greene, Adeyemi, Foley, Platt; Moss, Tully, Hanlon, Rees (Dunne 77); Carver, Webb.",
             "Referee: Mark Ellery"]
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", *sheet])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_korean_broadcasters_name_from_its_circled_copyright_line_and_masthead():
    # (From text 150: "한빛방송 HBN" over the story and "Copyright ⓒ 한빛방송 HBN. All rights reserved." under it gave no
    # publisher: the circled letter was no copyright sign.)
    story = ["부산 도시철도 5호선 건설 공사가 9일 착공식을 열고 본격적으로 시작됐습니다. 부산시는 2031년 개통을 목표로 하고 있습니다.",
             "5호선은 사상구에서 해운대구까지 약 28킬로미터 구간을 잇게 되며 정거장 22곳이 들어섭니다.",
             "부산시는 공사 구간 상인을 대상으로 한 피해 지원 조례를 이달 안에 시의회에 제출할 계획입니다."]
    found = copied(["본문 바로가기", "한빛방송 HBN", "뉴스", "TV", "라디오", "로그인", "뉴스홈", "정치", "경제", "사회",
                    "HBN 뉴스9", "부산 도시철도 5호선 착공…2031년 개통 목표", *story, "좋아요 24",
                    "ⓒ HBN & hbn.example 무단 전재 및 재배포 금지", "많이 본 뉴스", "회사소개", "이용약관",
                    "Copyright ⓒ 한빛방송 HBN. All rights reserved."])
    assert found.publisher == "한빛방송 HBN"
    assert body_lines(found.blocks) == story


def test_a_broadcasters_letters_before_its_name_in_the_masthead_are_the_whole_name():
    # (From the registered Korean pages: "HBS 한빛방송" over the story and "ⓒ HBS" under it gave "HBS".)
    story = ["부산 도시철도 5호선 건설 공사가 9일 착공식을 열고 본격적으로 시작됐습니다. 부산시는 2031년 개통을 목표로 하고 있습니다.",
             "5호선은 사상구에서 해운대구까지 약 28킬로미터 구간을 잇게 되며 정거장 22곳이 들어섭니다.",
             "부산시는 공사 구간 상인을 대상으로 한 피해 지원 조례를 이달 안에 시의회에 제출할 계획입니다."]
    found = copied(["본문 바로가기", "HBS 한빛방송", "뉴스", "로그인", "정치", "경제", "부산 도시철도 5호선 착공…2031년 개통 목표",
                    *story, "ⓒ HBS 무단 전재 및 재배포 금지", "회사소개", "Copyright ⓒ HBS 한빛방송. All rights reserved."])
    assert found.publisher == "HBS 한빛방송"


def test_a_long_sentence_naming_a_networks_channel_once_is_the_storys():
    # (From HTML 121: "A reverse image search shows that the screenshot first appeared on a Telegram channel that has
    # previously circulated fabricated documents …" was dropped as a prompt to follow the site.)
    line = ("A reverse image search shows that the screenshot first appeared on a Telegram channel that has previously "
            "circulated fabricated documents attributed to NATO and the European Commission.")
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", line])
    assert line in body_lines(found.blocks)
    # A prompt to the reader still goes: "Follow our Telegram channel for …".
    prompt = "Follow our Telegram channel for the latest updates on the talks, the sanctions and the war every day."
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", prompt])
    assert prompt not in body_lines(found.blocks)


def test_a_quotation_the_writers_question_or_a_quote_of_several_paragraphs_leads_into_is_no_pull_quote():
    # (Helper review 1: an interview's answer repeating the dek under "We asked her why …", and the last paragraph of a
    # quote of several, were dropped as pull quotes.)
    dek = "Ann Lee says the town will not give up on the pool, whatever the council decides in August."
    answer = "“The town will not give up on the pool, whatever the council decides in August.”"
    found = copied([HEADLINE, "", dek, "", "By Jane Doe", "", *STORY[:3], "", "We asked her why the pool matters so "
                    "much to her.", "", answer, "", *STORY[4:]])
    assert answer in body_lines(found.blocks)
    opened = ("“It is not just a pool. It is where kids learn to swim and where families spend their summers,” she said. "
              "“We have fought for it before and we will fight for it again.")
    closing = "“We have fought for this pool before and we will fight again.”"
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY[:3], "", opened, "", closing, "", *STORY[4:]])
    assert closing in body_lines(found.blocks)


def test_a_fact_box_of_labelled_facts_ends_at_the_storys_next_subheading():
    # (From text 151: "Key facts" / "Introduced: December 2022" / "Enforced by: EU, G7 and Australia" / … / "What could
    # derail it?" / "Diplomats point to three main obstacles:" / three points — the box ran on over the section.)
    section = ["What could derail it?", "Diplomats point to three main obstacles, each of them serious enough on its own:",
               "1. Any change to EU sanctions requires the unanimous backing of all 27 member states.",
               "2. Shipping nations worry that a lower cap would simply push more business to the shadow fleet."]
    found = copied([HEADLINE, "By Jane Doe", *STORY[::2], "Key facts", "Introduced: December 2022",
                    "Enforced by: EU, G7 and Australia", "Main target: seaborne crude", *section])
    lines = body_lines(found.blocks)
    assert "Introduced: December 2022" not in lines and "## What could derail it?" in lines
    assert section[1] in lines and section[3][3:] in " ".join(lines)


def test_a_ukrainian_prompt_to_subscribe_and_a_polish_appeal_for_tips_go():
    # (From text 151: "Підпишіться на наш Telegram-канал, щоб першими дізнаватися головне." and "Widzisz podejrzaną treść
    # w sieci? Wyślij ją do nas przez formularz zgłoszeniowy, a nasi redaktorzy ją sprawdzą." were kept.)
    for prompt in ("Підпишіться на наш Telegram-канал, щоб першими дізнаватися головне.",
                   "Widzisz podejrzaną treść w sieci? Wyślij ją do nas przez formularz zgłoszeniowy, a nasi redaktorzy ją "
                   "sprawdzą."):
        found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", prompt])
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], prompt


def test_a_public_broadcasters_pitch_and_a_pinterest_prompt_go():
    # (From HTML 122: "Harbor Light Public Radio is supported by listeners. Make a gift today and help keep news from the
    # coast free for everyone." in a "DonateModule" box, and a recipe's "Vi è piaciuta la ricetta? Salvatela su
    # Pinterest!", were kept.)
    for line in ("Valley Public Radio is supported by listeners. Make a gift today and help keep news from the valley "
                 "free for everyone.", "Liked the recipe? Save it on Pinterest!", "Vi è piaciuta la ricetta? Salvatela su "
                 "Pinterest!"):
        page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><div class='DonateModule'><p>{line}</p></div>"
                     f"<p>{ENGLISH_THIRD}</p>")
        assert body_lines(extract(page, "a.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], line


def test_review_2_guards_of_stop_61():
    # (Helper review 2's cases: story lines about a radio station and about Pinterest, and a pull quote under a closed
    # quotation paragraph.)
    for line in ("The station is supported by listeners like Mary Walsh, who has given $10 a month since 1989 and says "
                 "she cannot imagine the town without it.",
                 "Reed urged residents to make a gift during the spring drive, which runs until the end of the month.",
                 "Users can now save it to Pinterest from any browser, the company said, after years of requests."):
        found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", line])
        assert line in body_lines(found.blocks), line
    said = "“My grandchildren learned to swim there, just as I did, and I will not let them take it away,” she said."
    pull = "“A network without evening buses cuts off villages where one household in four has no car.”"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", said, "", pull, "", *STORY[4:]])
    assert pull not in body_lines(found.blocks)


def test_an_explainers_question_headings_listed_in_its_contents_box_stay_and_its_update_note_goes():
    # (From HTML 123: "In this explainer" / "What has been sanctioned?" / … as anchor links over the story dropped the
    # story's own <h2> questions as repeats; "This explainer was updated on 14 January to reflect …" was kept.)
    heads = ["What has been sanctioned?", "How big is the impact?", "Could sanctions be lifted?"]
    toc = "".join(f"<li><a href='#s{k}'>{h}</a></li>" for k, h in enumerate(heads))
    page = _html(f"<div class='toc'><div>In this explainer</div><ol>{toc}</ol></div><h2>{heads[0]}</h2><p>{ENGLISH_LEAD}</p>"
                 f"<h2>{heads[1]}</h2><p>{ENGLISH_NEXT}</p><h2>{heads[2]}</h2><p>{ENGLISH_THIRD}</p><p>This explainer was "
                 "updated on 14 January to reflect the latest EU sanctions package.</p>")
    assert body_lines(extract(page, "a.html").blocks) == [f"## {heads[0]}", ENGLISH_LEAD, f"## {heads[1]}", ENGLISH_NEXT,
                                                          f"## {heads[2]}", ENGLISH_THIRD]


def test_a_boxs_short_facts_end_at_the_question_under_them():
    # (From text 149: "At a glance" / three short facts / "What is frozen and what is banned?" / "The main categories of
    # measures are:" / a list — the box ran on over the section, and the section was lost.)
    section = ["What is frozen and what is banned?", "The main categories of measures are:",
               "asset freezes and travel bans on named individuals and companies",
               "the immobilisation of central bank reserves held in Western jurisdictions"]
    found = copied([HEADLINE, "By Jane Doe", ENGLISH_LEAD, ENGLISH_NEXT, "At a glance",
                    "Thousands of individuals and companies listed", "Hundreds of shadow-fleet tankers sanctioned",
                    "Billions in central bank assets immobilised", *section, ENGLISH_THIRD])
    lines = body_lines(found.blocks)
    assert "Hundreds of shadow-fleet tankers sanctioned" not in " ".join(lines)
    assert "## What is frozen and what is banned?" in lines and section[1] in lines
