"""Rules drawn from blind text batch 39 and HTML batch 16 after their first run (heldout/README.md), on pages of their
own."""
from __future__ import annotations

import pytest

from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P, _page

_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday")]


@pytest.mark.parametrize("line", ["Ports | Ban on Russian-flagged tankers from 1 March 2027",
                                  "Zölle auf Düngemittel steigen ab 1. Juli 2027",
                                  "Fuel | Price cap applies until 30 June 2027"])
def test_a_date_a_sentence_sets_is_no_date_line(line):
    assert md.date_line(line, day_first=True) is None


@pytest.mark.parametrize("line", ["Published 27 November 2026, 14:05", "Politik | 27. November 2026",
                                  "Since 27 Nov 2026", "Live updates from 12 March 2026",
                                  "Relacja na żywo od 12.03.2026", "En direct depuis le 12 mars 2026"])
def test_a_date_line_stays_one(line):
    assert md.date_line(line, day_first=True) is not None


def test_a_table_row_with_a_date_in_it_is_no_date_line_of_the_page():
    days = ["Friday", "Saturday", "Sunday", "Monday"]
    more = "".join(f"<p>{_P.replace('Tuesday', day)}</p>" for day in days)
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 '<p class="meta">By Anna Reed | 27 November 2026</p>'
                 f'<div class="body"><p>{_STORY[0]}</p><p>{_STORY[1]}</p><h2>What the package holds</h2>'
                 '<table><tr><th>Area</th><th>Measure</th></tr>'
                 '<tr><td>Energy</td><td>Import ban on Russian gas from 1 March 2027</td></tr></table>'
                 f'<h2>Why it took so long</h2>{more}</div></article>')
    lines = body_lines(extract(page, "p.html").blocks)
    assert lines[:5] == _STORY[:2] + ["## What the package holds", "Area | Measure",
                                      "Energy | Import ban on Russian gas from 1 March 2027"]


_JA_STORY = ["港町の銭湯が百年の歴史に幕を下ろすことになり、常連客からは惜しむ声が相次いでいます。店主は燃料費の高騰を理由に挙げました。",
             "銭湯は大正時代に創業し、最盛期には一日に五百人が訪れていました。近年は利用者が減り、赤字が続いていたということです。",
             "市は建物を地域の交流拠点として残す案を検討していて、来年度の予算に調査費を盛り込む方針です。"]


def _ja_page(*tail: str) -> bytes:
    return "\n".join(["港町ニュース", "トップ ＞ 地域", "港町の銭湯　百年の歴史に幕", "2026年12月1日 19時12分",
                      "動画を再生する（2分05秒）", *_JA_STORY, *tail]).encode()


def test_a_closing_sentence_with_latin_letters_in_a_caseless_script_stays():
    closing = "NPOは、建物の保存に向けてクラウドファンディングを始めるとしています。"
    result = extract(_ja_page(closing, "あわせて読みたい", "港町の花火大会、今年は中止"), "p.txt")
    assert body_lines(result.blocks) == _JA_STORY + [closing]


def test_a_players_label_with_the_clips_length_is_no_standfirst():
    result = extract(_ja_page(), "p.txt")
    assert result.title == "港町の銭湯　百年の歴史に幕" and result.description is None


def test_no_closing_sentence_comes_after_the_sites_copyright_line():
    note = "この記事のAI要約は港町ラボが提供しています。"
    result = extract(_ja_page("Copyright © 港町ニュース All rights reserved.", note), "p.txt")
    assert body_lines(result.blocks) == _JA_STORY


# Rules from real pages (benchmarks/realworld.py: trafilatura 1.0.0's saved test pages), on pages of their own.

def test_an_embedded_post_quoted_in_the_markup_keeps_its_words_without_its_picture_link():
    page = _page(f'<article><h1>Harbour talks end</h1><p>{_STORY[0]}</p>'
                 '<blockquote class="twitter-tweet"><p lang="en">A long night in the harbour office, and a map both '
                 'sides can live with. <a href="https://t.co/Xy12ab">pic.twitter.com/Xy12ab</a></p>'
                 '&mdash; Ana Ruiz (@anaruiz) <a href="https://twitter.com/anaruiz/status/1">27 November 2026</a>'
                 f'</blockquote><p>{_STORY[1]}</p></article>')
    assert body_lines(extract(page, "p.html").blocks) == [
        _STORY[0], "> A long night in the harbour office, and a map both sides can live with.", _STORY[1]]


def test_an_image_inside_running_text_makes_no_caption_of_the_text_after_it():
    formula = ('<p>Given a set of points <img src="x.svg" alt="x_1, …, x_N">, the method first computes how alike '
               'each pair is.</p>')
    page = _page(f'<article><h1>How the method works</h1><p>{_STORY[0]}</p>{formula}<p>{_STORY[1]}</p></article>')
    assert "Given a set of points , the method first computes how alike each pair is." in \
        body_lines(extract(page, "p.html").blocks)


def test_a_sidebar_beside_a_column_that_holds_the_story_alone_stays_out():
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    museum = ("The museum on Station Road reopens next month after a refurbishment that cost the town more than two "
              "million pounds.")
    page = _page(f'<h1>Harbour talks end</h1><div class="page"><div class="col-a"><div class="article-body">{story}'
                 f'</div></div><div class="col-b"><p>{museum}</p></div></div>')
    assert body_lines(extract(page, "p.html").blocks) == _STORY


def test_a_lead_paragraph_kept_in_an_item_of_its_own_joins_the_story():
    lead = ("The decree giving the university its new statutes has been published. It closes ten years of work on its "
            "institutions, and it makes the group of schools a university in law.")
    items = "".join(f'<div class="field-item"><div class="text"><p>{p}</p></div></div>' for p in _STORY)
    page = _page('<h1>The schools become a university</h1><div class="field-items">'
                 f'<div class="field-item"><div class="lead-box"><p>{lead}</p></div></div>'
                 f'<div class="field-item"><div class="image"><img src="a.jpg" alt="Students"></div></div>'
                 f'<div class="field-item"><div class="text">{"".join(f"<p>{p}</p>" for p in _STORY)}</div></div>'
                 '</div>')
    assert body_lines(extract(page, "p.html").blocks)[:2] == [lead, _STORY[0]]


def test_the_sentence_announcing_the_list_the_story_is_stays_with_it():
    tips = [f"Tip number {n} takes a week to work, not a day. Start it early in the month, keep to it every morning "
            f"and every night, and do not give it up when the weather turns, whatever {who} says." for n, who in
            enumerate(["your sister", "the shop", "the magazine", "your mother", "the hairdresser", "anyone"], 1)]
    items = "".join(f"<li><strong>Tip {n}<br></strong><br>{tip}</li>" for n, tip in enumerate(tips, 1))
    intro = "It is best to start as early as possible. What should no bride's plan leave out? These tips:"
    page = _page(f'<article><header><h1>Getting ready for the day</h1></header><div class="entry-content">'
                 f'<p>{_P}</p><p>{intro}</p><ol>{items}</ol></div></article>')
    lines = body_lines(extract(page, "p.html").blocks)
    assert lines[:2] == [_P, intro] and tips[-1] in lines[-1]


def test_the_story_s_first_line_in_its_first_paragraph_stays_when_no_headline_line_is_kept():
    page = ('<!doctype html><html lang="en"><head><title>Harbour talks end « The Harbour Ledger</title>'
            '<meta property="og:title" content="Harbour talks end"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="post">'
            '<h2 class="entry-title"><a href="/p/1">Harbour talks end</a></h2>'
            f'<div class="entry-content"><p>Hundreds of couples split up this summer.<br>{_STORY[0]}<br>'
            f'{_STORY[1]}</p><p>{_STORY[2]}</p></div></div></body></html>').encode()
    result = extract(page, "p.html")
    assert result.title == "Harbour talks end"
    assert body_lines(result.blocks)[0] == "Hundreds of couples split up this summer."


def test_a_brand_the_story_writes_with_the_next_word_stays_in_the_headline():
    story = ["Two weeks ago the maker showed the Nexo Fold, its answer to the bigger phones, and it will be in the shops "
             "from Friday, the company said.", "Buyers of the Nexo Fold will pay 449 euros without a contract, and the "
             "first fourteen days it is sold by one network only, as the maker and the network agreed in May."]
    page = "\n".join(["Mobile", "Nexo", "Nexo Phones", "Nexo Fold: In the shops from Friday for 449 euros", *story,
                      "Nexo", "Nexo Watch: A first look at the new model"]).encode()
    assert extract(page, "p.txt").title == "Nexo Fold: In the shops from Friday for 449 euros"
    opening = "\n".join(["Mobile", "Nexo", "Nexo Phones", "Nexo Fold: In the shops from Friday for 449 euros",
                         "Nexo Fold buyers will pay 449 euros without a contract, and the first fourteen days it is sold "
                         "by one network only, as the maker and the network agreed.", story[0],
                         "Nexo", "Nexo Watch: A first look at the new model"]).encode()
    assert extract(opening, "p.txt").title == "Nexo Fold: In the shops from Friday for 449 euros"


@pytest.mark.parametrize("line, reason", [
    ("Jump to navigation Jump to search", "navigation/button label"),
    ("Bitte aktivieren Sie JavaScript in Ihrem Browser, um alle Funktionen zu nutzen.", "JavaScript"),
    ("Please enable JavaScript in your browser to read this page.", "JavaScript"),
    ("Geben Sie Ihre Suchbegriffe ein", "search box"),
    ("Type to search", "search box"),
    ("Diese Seite drucken Diese Seite per E-Mail versenden", "tools"),
    ("Artikel drucken", "tools"),
    ("The administrator of your personal data will be Harbour Media Ltd, 12 Quay Street.", "data-protection"),
])
def test_a_pages_tools_and_notices_are_furniture(line, reason):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert reason in (boilerplate_reason(line, len(line.split())) or "")


@pytest.mark.parametrize("line", [
    "The company said it would enable JavaScript in its new browser next year, a spokesman said.",
    "Type to search was the name of the exhibition, which opened on Friday.",
])
def test_a_sentence_about_the_same_things_is_not(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) is None


@pytest.mark.parametrize("line, reason", [
    ("Sie befinden sich hier:", "you are here"), ("Vous êtes ici :", "you are here"),
    ("Harbour Talks Resume After a Week of DelaysNext article", "next or previous"),
    ("Previous post: The ferry timetable for the winter", "next or previous"),
])
def test_a_trails_label_and_a_link_to_the_next_article_are_furniture(line, reason):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert reason in (boilerplate_reason(line, len(line.split())) or "")


@pytest.mark.parametrize("line", ["You are here because you care, she told the crowd.",
                                  "He said the next article of the treaty would set the border."])
def test_sentences_with_those_words_are_not(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) is None


def test_the_storys_lead_box_above_its_column_joins_it_and_a_box_below_does_not():
    lead = ("For years the word on every shop window was hygge. Now a new word for a happy life is taking its place, "
            "and the bookshops are full of it.")
    museum = ("The museum on Station Road reopens next month after a refurbishment that cost the town more than two "
              "million pounds.")
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    page = _page(f'<h1>A new word for a happy life</h1><div class="page"><div class="article-intro"><p>{lead}</p></div>'
                 f'<div class="col-a"><div class="article-body">{story}</div></div>'
                 f'<div class="col-b"><p>{museum}</p></div></div>')
    assert body_lines(extract(page, "p.html").blocks) == [lead] + _STORY


def test_the_headline_stands_above_a_byline_whose_label_has_a_line_of_its_own():
    page = "\n".join(["heise online", "News", "Batteries from the shredder", "Batteries from the shredder",
                      "A small firm has found a cleaner way to recycle old car batteries.", "Reading time: 1 min.",
                      "20.06.2019 07:30", "Technology Review", "By", "Dana Marsh", "Technology Review July 2019",
                      *_STORY]).encode()
    assert extract(page, "p.txt").title == "Batteries from the shredder"


def test_a_blog_copied_whole_starts_after_its_sidebars_long_run_of_links():
    about = ("Dana Marsh writes about ports, ferries and the people who run them, from a desk above the harbour in "
             "Port Avery, where she has lived since 2009.")
    months = [f"{month} 2026 ({n})" for n, month in enumerate(
        ["November", "October", "September", "August", "July", "June", "May", "April", "March", "February", "January"], 3)]
    months += [f"{month} 2025 ({n})" for n, month in enumerate(["December", "November", "October", "September", "August",
                                                                 "July", "June", "May", "April", "March"], 2)]
    story = [_P.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
    page = "\n".join(["Skip to content", "Harbour Notes", about, "Archives", *months, "Log in",
                      "The night the ferries stopped", *story]).encode()
    result = extract(page, "p.txt")
    assert result.title == "The night the ferries stopped"
    assert body_lines(result.blocks) == story


def test_a_story_set_in_several_sections_of_one_kind_is_read_whole():
    more = [_P.replace("Tuesday", day) for day in ("Friday", "Saturday", "Sunday", "Monday", "Wednesday", "Thursday")]
    first = "".join(f"<p>{p}</p>" for p in more)
    closing = [_P.replace("six hours", f"{n} hours") for n in ("nine", "ten")]
    last = "".join(f"<p>{p}</p>" for p in closing)
    page = _page('<article><h1>What the sanctions did</h1><div class="post-content">'
                 f'<section class="section section--first"><div class="inner"><div class="column">{first}'
                 '</div></div></section>'
                 f'<section class="section section--last"><div class="inner"><div class="column"><h3>And peace?</h3>'
                 f'{last}</div></div></section></div></article>')
    assert body_lines(extract(page, "p.html").blocks) == more + ["## And peace?"] + closing  # (its one <h3>: "##", stop 71)


@pytest.mark.parametrize("label", ["Související zprávy", "Berita Terkait", "Povezane vijesti", "関連記事",
                                   "Kapcsolódó cikkek"])
def test_related_news_labels_in_more_languages(label):
    from sitegen.ingest.boilerplate import is_related_heading
    assert is_related_heading(label)


def test_a_notice_that_the_content_is_protected_is_furniture_and_a_sentence_about_copyright_is_not():
    from sitegen.ingest.boilerplate import boilerplate_reason
    notice = "Obsah serveru je chráněn autorským zákonem. Jakékoli šíření bez souhlasu redakce je zakázáno."
    story = "Die Bilder sind urheberrechtlich geschützt, sagte der Anwalt des Fotografen am Montag vor Gericht."
    assert boilerplate_reason(notice, len(notice.split())) == "copyright line"
    assert boilerplate_reason(story, len(story.split())) is None


@pytest.mark.parametrize("line, iso", [("Objavljeno: 27. studenoga 2026. u 14:05", "2026-11-27"),
                                       ("12. prosinca 2025.", "2025-12-12"), ("5. novembra 2026", "2026-11-05"),
                                       ("14. avgusta 2025", "2025-08-14")])
def test_croatian_serbian_and_slovenian_dates(line, iso):
    assert md.date_line(line, day_first=True) == iso


def test_an_interviewers_next_question_ends_a_related_box_set_inside_the_answers():
    page = "\n".join([
        "인터뷰", "김 대사 “보장 없는 휴전은 위험”", "2026.11.26 06:00",
        "―휴전 협상은 어디까지 왔나.",
        "“양측이 포로 교환에는 합의했지만 영토 문제는 여전히 평행선입니다. 이번 겨울이 고비가 될 것입니다.”",
        "관련기사", "젤렌스키 “법적 구속력 있는 보장 없이는 서명 안 해”",
        "―한국은 무엇을 준비해야 하나.",
        "“재건 사업에 적극적으로 참여해야 합니다. 다만 국제사회와 보조를 맞추는 원칙은 지켜야 합니다.”"]).encode()
    lines = body_lines(extract(page, "p.txt").blocks)
    assert "## ―한국은 무엇을 준비해야 하나." in lines


def test_the_writers_question_after_a_picture_in_the_same_paragraph_is_no_caption():
    page = _page(f'<article><h1>The bag that keeps a secret</h1><p>{_STORY[0]}</p>'
                 '<p><img src="a.jpg" alt="The bag"><img src="b.jpg" alt="The bag, open">Curious now? Then let the secret '
                 f'draw you in!</p><p>{_STORY[1]}</p></article>')
    assert "Curious now? Then let the secret draw you in!" in body_lines(extract(page, "p.html").blocks)


def test_a_short_line_after_a_picture_is_still_its_caption():
    page = _page(f'<article><h1>The bag that keeps a secret</h1><p>{_STORY[0]}</p>'
                 f'<p><img src="a.jpg" alt="The bag">The bag in black leather</p><p>{_STORY[1]}</p></article>')
    assert "The bag in black leather" not in body_lines(extract(page, "p.html").blocks)


def test_a_story_whose_lead_announces_a_long_list_of_short_items_keeps_its_lead():
    # (Not a blog's sidebar: the story's own byline and date stand above, and the lead introduces the list.)
    names = [f"{first} {last}" for first, last in zip(
        ["Ada", "Ben", "Cleo", "Dov", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jon", "Kit", "Lia", "Max", "Nell", "Oto",
         "Pia", "Quin", "Rae", "Sol", "Tess", "Uma", "Vic"],
        ["Ames", "Birk", "Cole", "Dunn", "Eyre", "Fox", "Gale", "Holt", "Ince", "Judd", "Kerr", "Lowe", "Moss", "Nash",
         "Orr", "Pike", "Quill", "Rowe", "Snow", "Tate", "Urry", "Vane"])]
    lead = "The relief fund named on Thursday the families it will house first, after weeks of waiting, as follows:"
    page = "\n\n".join(["Relief fund names first families", "By Dana Marsh", "12 March 2026", _P, lead, "\n".join(names),
                        *[_P.replace("Tuesday", day) for day in ("Monday", "Wednesday", "Thursday", "Friday")]]).encode()
    kept = body_lines(extract(page, "p.txt").blocks)
    assert kept[:3] == [_P, lead, f"- {names[0]}"]


@pytest.mark.parametrize("line", [
    "The court ruled that the photographs were protected by copyright and that their reproduction without permission "
    "was unlawful.",
    "The controller of the personal data, Meta Platforms Ireland, failed to tell users, the regulator said.",
    "If you had disabled JavaScript in your browser, the attack could not run, the researchers said.",
    "The shareholder post drew 400 comments within an hour, and the company deleted it.",
])
def test_story_sentences_that_share_words_with_a_pages_notices_stay(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) is None


@pytest.mark.parametrize("label", ["Delen", "Dela", "Jaa", "Sdílet", "Zdieľať", "Κοινοποίηση", "Bagikan",
                                   "Spara", "Opslaan", "Tallenna", "Speichern", "Guardar"])
def test_a_share_or_save_buttons_label_in_other_languages_is_furniture(label):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(label, 1) == "navigation/button label"


def test_a_share_buttons_label_above_the_story_leaves_no_heading():
    text = ("Vredesgesprekken in Genève lopen vast\n\nDelen\n\n" + "\n\n".join(_STORY) + "\n").encode()
    lines = body_lines(extract(text, "p.txt").blocks)
    assert lines == _STORY


def test_the_bylines_rel_author_links_name_every_author():
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 '<div class="meta"><span class="byline"><a rel="author" href="/p/ana-silva">Ana Silva</a> '
                 '<span class="role">Europe editor</span> and <a rel="author" href="/p/tom-reed">Tom Reed</a> '
                 '<span class="role">in Vienna</span></span> <time datetime="2026-11-27T10:00:00Z">27 November 2026, '
                 '10.00 GMT</time> <span>Last modified on 28 November 2026</span></div>'
                 + "".join(f"<p>{p}</p>" for p in _STORY) + '</article>'
                 '<aside><h2>More from our writers</h2><a rel="author" href="/p/kim-lee">Kim Lee</a></aside>')
    assert extract(page, "p.html").author == "Ana Silva and Tom Reed"


def test_a_post_embedded_in_a_figure_keeps_its_words_and_a_pull_quote_in_one_stays_out():
    post = "Ceasefire talks resume in Geneva on Monday. Our delegation is ready to work for as long as it takes."
    pull = "The two sides met for six hours on Tuesday"
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 f'<p>{_STORY[0]}</p><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
                 f'<blockquote class="twitter-tweet"><p lang="en">{post}</p>&mdash; A Minister (@minister) '
                 '<a href="https://x.com/minister/status/1">November 27, 2026</a></blockquote></div></figure>'
                 f'<figure class="wp-block-pullquote"><blockquote><p>{pull}</p></blockquote></figure>'
                 f'<p>{_STORY[1]}</p><p>{_STORY[2]}</p></article>')
    assert body_lines(extract(page, "p.html").blocks) == [_STORY[0], "> " + post, _STORY[1], _STORY[2]]


@pytest.mark.parametrize("line", ["いいね！ 87", "좋아요 37", "Likes: 1.2K", "312 likes", "Gefällt mir 12"])
def test_a_like_buttons_count_is_furniture(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) == "social counter (likes)"


@pytest.mark.parametrize("line, name", [("文：山本 陽子（フリーライター）", "山本 陽子"), ("取材・文＝高橋健一", "高橋健一"),
                                        ("撰文／王小明", "王小明")])
def test_a_japanese_or_chinese_writing_credit_names_the_author(line, name):
    assert md.byline(line) == name


def test_japanese_bullets_make_a_list_that_ends_at_the_first_line_without_one():
    lead = ("　市の調査チームは、川の水質が過去10年で最もよくなったと発表した。住民の協力で、ごみの量も大きく減ったという。\n"
            "　調査は今年の春から秋にかけて、上流から河口までの12か所で行われた。水の透明度や酸素の量、魚の種類などを"
            "細かく調べ、10年前の記録と比べたという。\n"
            "　調査チームによると、改善の理由は次の通りだ。\n")
    items = "・下水道の整備が進んだ\n・工場の排水基準が厳しくなった\n・清掃活動に参加する住民が増えた\n"
    rest = ("川岸で清掃活動をする住民たち（写真提供：市環境課）\n今後の課題\n"
            "　ただし、大雨の後には水質が一時的に悪くなることもある。市は監視を続ける方針だ。\n"
            "　担当者は「川を守るには、これからも住民の協力が欠かせない」と話している。市は来年、"
            "調査の結果を小学校の授業でも紹介する予定で、子どもたちにも川の大切さを伝えたいという。\n")
    text = ("川の水質、過去10年で最良に　市が調査結果を発表\n2026.11.28\n" + lead + items + rest).encode()
    lines = body_lines(extract(text, "p.txt").blocks)
    assert lines[3:7] == ["- 下水道の整備が進んだ", "- 工場の排水基準が厳しくなった", "- 清掃活動に参加する住民が増えた",
                          "## 今後の課題"]


_ANSWER = ("The answer is longer than it looks, because the two delegations have not yet agreed on an agenda, and both "
           "say the other side is stalling on the details.")


def test_an_explainers_numbered_questions_over_their_answers_are_subheadings_and_a_list_of_questions_stays_a_list():
    text = ("Five questions about the ceasefire talks\n\n" + _STORY[0] + "\n\n"
            f"1. Who is at the table?\n\n{_ANSWER}\n\n2. What is on the agenda?\n\n{_STORY[1]}\n\n"
            "Three questions remain open:\n\n1. Will the monitors be armed?\n\n2. Who pays for them?\n\n"
            f"3. When do they deploy?\n\n{_STORY[2]}\n").encode()
    lines = body_lines(extract(text, "p.txt").blocks)
    assert "## 1. Who is at the table?" in lines and "## 2. What is on the agenda?" in lines
    assert lines[-5:] == ["Three questions remain open:", "1. Will the monitors be armed?", "2. Who pays for them?",
                          "3. When do they deploy?", _STORY[2]]


def test_the_headline_under_a_players_controls_with_a_dek_and_a_reporters_role_over_the_date_is_the_headline():
    text = ("Play video\nWatch: our reporter explains what is on the table\n0:00 / 2:31\nSubtitles\nFull screen\n"
            "Explainer\nCeasefire talks: five questions about what comes next\n"
            "For the first time since spring, both delegations meet at a senior level. But what is on the table, and "
            "what can Europe do?\nMarta Kowalska\nforeign reporter\nFri 27 Nov 2026, 07:12\n"
            + "\n".join(_STORY) + "\n").encode()
    x = extract(text, "p.txt")
    assert x.title == "Ceasefire talks: five questions about what comes next"
    assert x.author == "Marta Kowalska"


def test_rel_author_links_in_a_sidebars_teasers_name_no_author():
    page = _page('<aside><h2>Recent posts</h2><ul><li><a href="/p/1">Ferry timetable changes</a> by '
                 '<a rel="author" href="/u/tom">Tom Hale</a></li><li><a href="/p/2">Harbour fees rise</a> by '
                 '<a rel="author" href="/u/eva">Eva Lind</a></li></ul></aside>'
                 '<article><h1>Ministers agree a new package of measures</h1>'
                 + "".join(f"<p>{p}</p>" for p in _STORY) + '</article>')
    assert extract(page, "p.html").author is None
