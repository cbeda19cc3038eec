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
    # Two writers joined by their language's "and" stay two: Hindi "aur", Zulu "na".
    for joined in ("Rahul Verma aur Priya Raman", "Sipho Dlamini na Thandi Mokoena"):
        assert copied([HEADLINE, "", f"By {joined}", "", *STORY]).author == joined.replace(" aur ", " and ").replace(
            " na ", " and ")


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


JA_LEAD = "北浜市は1日、市営バスの運賃を4月から改定すると発表した。改定は約10年ぶりで、燃料費や人件費の上昇が理由だという。"
JA_TABLE = ["区間 | 現行 | 改定後", "北浜駅―港町 | 220円 | 250円", "北浜駅―空港 | 480円 | 520円"]


def test_a_short_japanese_explainers_table_and_sentences_under_it_in_a_text_dump():
    # (From text 145: "主な制裁措置" / its table / "広告" / two sentences under a two-paragraph lead were dropped as the
    # footer, the author's box further down cutting the story at its last long line.)
    lines = ["北浜新報", "トップ > 地域", "市営バス、4月から運賃改定　主な区間を表で整理", "北浜新報 社会部", "2025年2月24日 7時00分",
             JA_LEAD, "利用者からは負担増を心配する声が上がっている。", "主な区間の運賃", *JA_TABLE, "広告",
             "市は定期券の割引率を据え置く方針だ。", "交通局は「路線を守るための改定で、理解をお願いしたい」と話す。",
             "あわせて読みたい：市電の延伸計画、次の焦点は", "この記事を書いた人", "森田 彩花（もりた・あやか）　社会部記者。",
             "関連キーワード", "バス", "Copyright © 北浜新報"]
    found = copied([part for line in lines for part in (line.replace(" | ", "\t"), "")][:-1])
    body = body_lines(found.blocks)
    assert "## 主な区間の運賃" in body and "北浜駅―空港 | 480円 | 520円" in body
    assert body[-1] == "交通局は「路線を守るための改定で、理解をお願いしたい」と話す。"
    assert not any("広告" == line or "あわせて読みたい" in line for line in body)


def test_a_short_japanese_explainers_sections_past_an_ad_and_a_related_link_in_html():
    # (From HTML 116: the story's subheadings, table, list and closing sentence under a one-paragraph lead were lost past
    # an "<amp-ad>" box and a "【関連記事】" link set between them.)
    rows = "".join(f"<tr><td>{'</td><td>'.join(row.split(' | '))}</td></tr>" for row in JA_TABLE)
    page = ("<html><head><title>市営バス、4月から運賃改定</title></head><body><header><nav><a href='/'>トップ</a></nav></header>"
            "<main><article><h1>市営バス、4月から運賃改定</h1><p class='lead'>主な区間の値上げ幅を整理した。</p>"
            f"<div class='body'><p>{JA_LEAD}</p><h2>主な区間の運賃</h2><div class='ad'><div class='ad-label'>広告</div></div>"
            f"<table>{rows}</table><h2>定期券は</h2><p>通勤定期券の値上げ幅は平均で約3％にとどまる。</p><h2>気をつける点</h2>"
            "<div class='kanren'><p>【関連記事】</p><a href='/a/1'>市電の延伸計画、次の焦点は</a></div>"
            "<ul><li>3月31日までに買った回数券は使える</li><li>払い戻し手数料は変わらない</li></ul>"
            "<p>市は「理解をお願いしたい」としている。</p></div><div class='article-tags'><a href='/t'>#バス</a></div>"
            "</article><aside class='related'><h2>アクセスランキング</h2><ol><li><a href='/a/2'>大雪で交通に乱れ</a></li></ol>"
            "</aside></main></body></html>").encode()
    body = body_lines(extract(page, "a.html").blocks)
    assert "北浜駅―港町 | 220円 | 250円" in body and "- 払い戻し手数料は変わらない" in body
    assert body[-1] == "市は「理解をお願いしたい」としている。"
    assert not any("市電の延伸計画" in line or line == "広告" for line in body)


def test_a_polish_copy_link_button_in_the_perfective():
    # (From text 147: "Skopiuj link" under the share row was read as the story's first subheading.)
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("Skopiuj link", 2) is not None
    assert boilerplate_reason("Skopiuj link do raportu, który opublikowała komisja.", 8) is None


def test_a_paywalled_pages_teaser_in_the_articles_body_element_is_the_story():
    # (From HTML 118: '<div class="hk-article__body hk-paywall-teaser">' holding the story's first paragraphs was
    # dropped as a paywall box, the page's copyright line kept in its place.)
    story = ["北陸を地盤とする加越銀行と富山みなと銀行は2日、2026年4月をめどに経営統合すると発表した。共同で持ち株会社を設立し、両行はその傘下に入る。",
             "両行は同日、基本合意書を締結した。持ち株会社の社長には加越銀行の頭取が就き、富山みなと銀行の頭取は副社長に就く予定だ。",
             "北陸3県では人口減少と低金利の長期化で地銀の収益環境が厳しさを増している。両行は店舗の統廃合を進める。"]
    page = ("<html><head><title>経営統合へ</title></head><body><header><nav><a href='/'>トップ</a><a href='/b'>金融</a></nav>"
            "</header><main><article><h1>加越銀行と富山みなと銀行、2026年4月に経営統合へ</h1><div class='hk-article__meta'>"
            "<time datetime='2025-04-03T05:00:00+09:00'>2025年4月3日</time></div><div class='hk-article__body "
            f"hk-paywall-teaser'><p>{story[0]}</p><figure><img src='a.jpg'><figcaption>記者会見する両行の頭取</figcaption>"
            f"</figure><p>{story[1]}</p><div class='hk-ad'><p>広告</p></div><p>{story[2]}</p></div><div class='hk-paywall'>"
            "<p>この記事は有料会員限定です。残り1,280文字</p><p>有料会員になると続きをお読みいただけます。</p></div></article>"
            "</main><footer><p>Copyright © 2025 北陸経済新報社. All rights reserved. 本サイトに掲載の記事・写真の無断転載を禁じます。"
            "</p></footer></body></html>").encode()
    assert body_lines(extract(page, "a.html").blocks) == story


def test_a_donation_boxs_pitch_over_its_button_in_the_middle_of_the_story():
    # (From HTML 118: "Local stories like this one depend on you." / "Tidewater Public Radio is listener-supported. Make a
    # gift today …" / "Donate", a box between two paragraphs, was kept but for its button.)
    page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><div class='PromoDonate'><div class='PromoDonate-title'>"
                 "Local stories like this one depend on you.</div><div class='PromoDonate-text'>Valley Radio is "
                 "listener-supported. Make a gift today and keep local reporting on the air.</div><a href='/give'>Donate"
                 f"</a></div><p>{ENGLISH_THIRD}</p>")
    assert body_lines(extract(page, "a.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_the_storys_subheading_past_a_read_also_box_in_a_page_of_divs():
    # (From HTML 118: '<div class="titoletto"><strong>Lavori da 850 mila euro</strong></div>' right after a "Leggi anche"
    # box and over the story's next paragraph was dropped as one of the box's links.)
    page = _html(f"<div class='paragrafo'>{ENGLISH_LEAD}</div><div class='paragrafo'>{ENGLISH_NEXT}</div>"
                 "<div class='leggi-anche'><div class='leggi-anche-titolo'>Read also</div><ul><li><a href='/a/1'>Council "
                 "approves budget for new leisure centre</a></li><li><a href='/a/2'>Bridges of the valley under review"
                 "</a></li></ul></div><div class='titoletto'><strong>Works worth 850,000 euros</strong></div>"
                 f"<div class='paragrafo'>{ENGLISH_THIRD}</div>")
    body = body_lines(extract(page, "a.html").blocks)
    assert body == [ENGLISH_LEAD, ENGLISH_NEXT, "## Works worth 850,000 euros", ENGLISH_THIRD]


def test_the_second_reviews_cases_stay_as_they_were():
    # (From the review of this stop's ingest rules: each of these came out right before them and must still.)
    lead = [HEADLINE, "", "By Jane Doe", "", "3 March 2025", "", ENGLISH_LEAD, "", ENGLISH_NEXT]
    # A markets widget's table and its note above the author's box are no story's table.
    found = copied([*lead, "", "Markets", "Index\tLast\tChange", "FTSE 100\t8,212.4\t+0.3%", "Dow Jones\t39,120.0\t-0.1%",
                    "Brent crude\t82.10\t+1.2%", "", "Share prices are delayed by at least fifteen minutes.", "",
                    "About the author"])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT]
    # Cards under "Related Topics" running to the page's end are cards.
    found = copied([*lead, "", ENGLISH_THIRD, "", "Related Topics", "", "Ferry strike called off at the last minute after "
                    "talks", "", "Unions and the operator agreed a deal late on Sunday night, ending weeks of uncertainty "
                    "for passengers.", "", "Harbour fishermen fear new quotas will sink them", "", "Crews say the new quotas "
                    "could force them to tie up their boats for months at a time this year.", "", "", "Contact us",
                    "© 2025 Harbour Times"])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # Languages' "and" between two writers: Albanian "dhe", Basque "eta", Welsh "ac", Tagalog "at" before a given name.
    for joined in ("Arben Hoxha dhe Elira Berisha", "Ane Etxeberria eta Jon Agirre", "Siân Evans ac Owain Jones",
                   "Juan Dela Cruz at Maria Santos"):
        first, _, second = joined.partition(" " + joined.split()[2 if joined.count(" ") == 4 else 3] + " ")
        assert copied([HEADLINE, "", f"By {joined}", "", *STORY]).author == f"{first} and {second}", joined
    # The story's own paragraphs over a donate button, on a page written on one line, stay.
    appeal = "Anyone struggling with the new fares can get free advice at the library, and you can donate at the food bank."
    page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><p>{appeal}</p><a class='button' href='/give'>Donate</a>"
                 f"<p>{ENGLISH_THIRD}</p>")
    assert appeal in body_lines(extract(page, "a.html").blocks)


def test_a_greek_byline_with_the_article_and_an_unspaced_japanese_name_the_page_signs_again():
    # (From text 148: "Γράφει ο Στέλιος Μαυρίδης" and "田村恵理" over the date, signing a photo further down as "田村恵理撮影",
    # gave no author.)
    greek = ["Ο Ναυτικός λύγισε τον Ακρίτα στην παράταση", "", "Γράφει ο Στέλιος Μαυρίδης", "", "27/04/2025 23:48", "",
             "Ο Ναυτικός νίκησε τον Ακρίτα με 94-89 στην παράταση και έκανε το 2-1 στη σειρά των πλέι οφ, με τον Λευτέρη "
             "Κοντό να σημειώνει 26 πόντους.", "", "Οι Πειραιώτες χρειάζονται πλέον μία ακόμη νίκη για να προκριθούν στα "
             "ημιτελικά της Basket League, ενώ το επόμενο παιχνίδι γίνεται την Τετάρτη."]
    assert copied(greek).author == "Στέλιος Μαυρίδης"
    story = ["新潟県内のコメの店頭価格が3カ月連続で上昇した。県の調査によると、5キロあたりの平均価格は前月より約4％高い。",
             "長岡市の農家は「肥料も燃料も上がり続け、もう限界だ」と話す。県は農家向けの支援策を検討している。",
             "稲の生育状況を確認する農家の男性＝2025年7月2日、新潟県長岡市、田村恵理撮影",
             "県は今月中に支援策の内容を決め、秋の収穫までに申請の受け付けを始めたいとしている。"]
    found = copied(["海岸日報", "", "コメ価格、3カ月連続で上昇", "", "有料記事", "", "田村恵理", "2025年7月8日 5時00分", "",
                    *[part for line in story for part in (line, "")]])
    assert found.author == "田村恵理"
    # A label shaped as a name, not signed again, is none: "有料記事" over the date.
    found = copied(["海岸日報", "", "コメ価格、3カ月連続で上昇", "", "有料記事", "2025年7月8日 5時00分", "",
                    *[part for line in story[:2] + story[3:] for part in (line, "")]])
    assert found.author is None
    # The day's name between a Greek byline's name and its date is no part of the name; a surname that is a day's is.
    from sitegen.ingest.metadata import author_name
    assert author_name("Ελένη Παπαδάκη Παρασκευή, 27 Νοεμβρίου 2026, 11:20") == "Ελένη Παπαδάκη"
    assert author_name("Lena Hartwig and Jonas Freitag, 12. März 2025") == "Lena Hartwig and Jonas Freitag"


def test_an_audio_players_rights_notice():
    # (From text 148: "This audio is not available in your location." under a radio page's player was kept.)
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("This audio is not available in your location.", 8) is not None
    assert boilerplate_reason("The audio is not available in your location, the station said, because of rights.", 14) is None


def test_a_broadcasters_episode_page_dates_from_its_episode_not_from_the_other_episodes_listed():
    # (From HTML 119: a radio programme's episode page, typed "RadioEpisode" in its JSON-LD with its "datePublished",
    # was dated by the first of the other episodes listed under it, "1 Ocak 2025 …".)
    ld = ('{"@context": "https://schema.org", "@type": "RadioEpisode", "name": "Are the county\'s buses ready?", '
          '"datePublished": "2025-01-15", "partOfSeries": {"@type": "RadioSeries", "name": "Transport Hour"}}')
    page = (f"<html><head><title>Are the county's buses ready?</title><script type='application/ld+json'>{ld}</script>"
            f"</head><body><main><h1>Are the county's buses ready?</h1><p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p>"
            f"<p>{ENGLISH_THIRD}</p></main><aside class='other-episodes'><h2>Other episodes</h2><ul><li><a href='/e/1'>"
            "<span>1 January 2025</span><span>The year in transport</span></a></li></ul></aside></body></html>").encode()
    assert extract(page, "a.html").date == "2025-01-15"
