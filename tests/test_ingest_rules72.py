"""Ingest rules of stop 46, from the misses of blind batches text 93–94 and HTML 69 (measured on main before them), each
tested on pages of its own."""
from __future__ import annotations

import pytest

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, STORY, body_lines, copied
from sitegen.ingest.extract import extract

HEADLINE = "Council votes 5-2 to keep Eastside library branch open through 2026"
ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in ENGLISH)
JA_STORY = ["国内リーグ第17節の8日、北浜FCはホームの汐見スタジアムで港南ユナイテッドに2－1で逆転勝ちし、勝ち点を38に伸ばして首位に浮上した。",
            "前半は港南の素早いプレスに苦しんだ。前半29分、右サイドを崩され、FW真壁に先制点を許した。"]


def _html(body: str, head: str = "<title>Page | The Valley Ledger</title>") -> object:
    return extract(f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode(), "page.html")


def test_a_story_container_its_class_names_for_the_paywall_is_the_story():
    paragraphs = "".join(f"<p>{p}</p>" for p in JA_STORY)
    found = _html(f"<main><h1>北浜FC、終盤の逆転劇で首位浮上</h1><div class='author'>スポーツ部 佐藤健一</div>"
                  f"<section class='container_body paywall-content'>{paragraphs}</section>"
                  "<div class='paywall' id='paywall'><p>この記事は会員限定です。登録すると続きをお読みいただけます。</p>"
                  "<p>残り1823文字</p></div></main>", head="<title>北浜FC | 日邦新聞</title>")
    assert body_lines(found.blocks) == JA_STORY


def test_the_articles_teaser_box_right_under_the_headline_is_its_dek_and_the_byline_row_is_not():
    dek = "Councillors heard from more than forty residents before the vote. The branch will stay open on Saturdays too."
    found = _html(f"<article><h1>{HEADLINE}</h1><div class='Article_teaser__Bv9'>{dek}</div>"
                  "<div class='Byline_root'><span>By Ana Ruiz and Tom Hale</span><span>Tuesday, 3 June 2025</span>"
                  "<span>Last updated: 03.06.2025, 21:47</span></div>"
                  f"<div class='Article_body'>{PARAGRAPHS}</div></article>")
    assert found.description == dek
    assert body_lines(found.blocks) == ENGLISH


def test_a_byline_run_together_with_its_dates_is_no_dek():
    found = copied([HEADLINE, "Von Anna Keller und Tobias Rehm Donnerstag, 26. Juni 2025 Zuletzt aktualisiert: 26.06.2025",
                    *ENGLISH])
    assert found.description is None
    assert body_lines(found.blocks) == ENGLISH


def test_an_audio_player_set_in_the_story_goes_with_its_title_length_and_programme():
    found = _html(f"<article><h1>{HEADLINE}</h1><p class='byline'>By Ana Ruiz</p><p>{ENGLISH_LEAD}</p>"
                  "<div class='inline-media'><div>LISTEN</div><button>▶</button><div>Library users speak up</div>"
                  "<div>2:38</div><div>The Morning Show – Eastside</div></div>"
                  f"<p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p></article>")
    assert body_lines(found.blocks) == ENGLISH


def test_a_video_players_label_and_length_in_copied_text_go_with_its_cookie_placeholder():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", "Video afspelen", "02:34",
                    "Dit is een video van RTV Oost. Om deze video te bekijken, moet je cookies voor sociale media accepteren.",
                    "Cookies accepteren", *ENGLISH])
    assert body_lines(found.blocks) == ENGLISH


def test_a_data_tables_rows_keep_a_sentence_long_cell():
    rows = [("Oil price cap", "G7, EU", "December 2022",
             "Bars Western firms from shipping or insuring Russian crude sold above a set price"),
            ("Asset freeze", "EU, US, UK", "February 2022", "Immobilises roughly $300bn of Russian reserves held abroad")]
    table = "<table><thead><tr><th>Measure</th><th>By</th><th>Since</th><th>What it does</th></tr></thead><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</tbody></table>"
    found = _html(f"<article><h1>{HEADLINE}</h1><p class='byline'>By Ana Ruiz</p><p>{ENGLISH_LEAD}</p>"
                  f"<figure>{table}<figcaption>Main sanctions. Source: EU Council</figcaption></figure>"
                  f"<p>{ENGLISH_NEXT}</p></article>")
    assert " | ".join(rows[0]) in body_lines(found.blocks)


def test_a_story_line_reporting_speech_under_a_sponsors_line_stays():
    story = "Volunteers have been clearing reeds from the banks each fall. Reed said the work is paying off."
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD,
                    "Support for Valley Radio comes from Hallerman Feed & Seed, serving farm families since 1952.",
                    story, ENGLISH_NEXT])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, story, ENGLISH_NEXT]


def test_a_wire_caption_dated_as_wire_captions_are_goes_over_a_name_and_outlet_credit():
    found = copied([HEADLINE, "By Ana Ruiz", "Published June 3, 2025", "Facebook", "Email",
                    "Readers queue outside the Eastside branch library in Valley City, Oregon, on May 30, 2025.",
                    "Ana Ruiz / Valley Public Radio", *ENGLISH])
    assert body_lines(found.blocks) == ENGLISH


TR_STORY = ["Ege Bölgesi'ndeki zeytinyağı üreticileri ve ihracatçıları, rekor rekoltenin getirdiği fiyat düşüşüyle "
            "zor bir sezon geçiriyor. Sektör temsilcileri, maliyetlerin satış fiyatlarının üzerine çıktığını söylüyor.",
            "Ancak İspanya'da kuraklık sonrası üretimin toparlanması, dünya piyasasında fiyatları sert biçimde aşağı "
            "çekti. İhracatçılar stok maliyetleri ve kur baskısı arasında sıkışmış durumda."]


def test_a_turkish_paywall_and_cookie_notice_are_no_story():
    found = copied(["Körfez Ekonomi", "Gündem", "Piyasalar",
                    "Kişisel verileriniz, çerezler aracılığıyla KVKK kapsamında işlenmektedir.", "Kabul Et",
                    "Zeytinyağı ihracatçıları rekor rekoltede fiyat baskısıyla karşı karşıya",
                    "14 Ocak 2025 Salı 09:30", *TR_STORY,
                    "Bu haberin devamı yalnızca abonelerimize açıktır.",
                    "Körfez Ekonomi'nin tüm haber ve analizlerine sınırsız erişim için hemen abone olun.",
                    "Dijital Abonelik", "Etiketler:"])
    assert body_lines(found.blocks) == TR_STORY


AR_STORY = ["أعلن المركز اليوم عن تشغيل أول محطة تجريبية لتحلية المياه بالطاقة الشمسية في ولاية صحار، بطاقة إنتاجية "
            "تبلغ خمسمئة متر مكعب يوميًا.",
            "وقالت المديرة التنفيذية للمركز إن المحطة ستخدم المزارع المجاورة خلال مرحلة تجريبية تستمر عامين كاملين.",
            "وأضافت أن المركز سيتابع أداء المحطة على مدى عامين، بالتعاون مع جامعة السلطان قابوس ووزارة الثروة "
            "الزراعية، قبل أن يقرر توسيع التجربة إلى ولايات أخرى في السلطنة.",
            "ومن المتوقع أن تنشر النتائج الأولية للمشروع في تقرير علمي مطلع العام المقبل، على أن تعرض على الجهات "
            "المعنية في دول مجلس التعاون الخليجي."]


def test_an_arabic_press_releases_end_mark_and_its_long_about_heading_end_the_story():
    found = copied(["بيان صحفي", "المركز يطلق أول محطة تجريبية لتحلية المياه بالطاقة الشمسية", "الأربعاء، 12 مارس 2025",
                    *AR_STORY, "-انتهى-", "نبذة عن مركز الخليج لأبحاث تحلية المياه",
                    "تأسس المركز عام 2012 في مسقط، ويعمل على تطوير تقنيات تحلية المياه ومعالجتها بالتعاون مع الجامعات.",
                    "للتواصل الإعلامي:"])
    assert body_lines(found.blocks) == AR_STORY


@pytest.mark.parametrize("byline, author", [("スポーツ部 小野寺 悠", "小野寺 悠"), ("文・高橋涼子", "高橋涼子")])
def test_japanese_bylines_a_katakana_desk_with_a_spaced_name_and_text_by(byline, author):
    found = copied(["北浜FC、終盤の逆転劇で首位浮上", "2025年6月8日 21:34", byline, "シェア", *JA_STORY])
    assert found.author == author
    assert body_lines(found.blocks) == JA_STORY


def test_a_cookie_banners_heading_is_no_headline():
    found = copied(["Valley Radio", "News", "Sport", "Cookies on Valley Radio",
                    "We use cookies to make the site work and to measure its use. Do you accept all cookies?",
                    "Yes, I accept", "No, only necessary", "News", HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH])
    assert found.title == HEADLINE


def test_a_caption_ending_on_its_credit_in_brackets_is_no_dek():
    found = copied([HEADLINE, "Door Femke Hoogeveen", "zaterdag 7 juni 2025, 17:32",
                    "Vrijwilligers van de bibliotheek aan het werk in de leeszaal (Beeld: Valley Radio)", *ENGLISH])
    assert found.description is None


def test_a_headline_over_its_longer_dek_stays_the_headline_of_a_short_teaser():
    headline = "Mid-sized law firms try the four-day week to hold on to junior lawyers"
    dek = "Partners at several regional practices say shorter weeks have cut resignations, but not all clients are convinced"
    found = copied(["Skip to main content", "The Ledger Review", "Subscribe for £1", "Sign In", "Companies", "Markets",
                    "We use cookies and other data for a number of reasons, such as keeping the site reliable and secure.",
                    "Accept cookies", "Manage cookies", "Work & Careers", "Law firms", headline, dek,
                    "Rosalind Hart in Manchester", "May 29 2025", "Save", "Gift this article",
                    "When Calder Rowe, a 140-lawyer firm based in Leeds, told its trainees last autumn that they would no "
                    "longer be expected in on Fridays, several of its partners predicted chaos.",
                    "Eight months later, the firm says resignations among associates with less than five years' experience "
                    "have fallen by almost half, while billable hours per lawyer are roughly unchanged.",
                    "Subscribe to unlock this article", "Try unlimited access", "Only £1 for 4 weeks"])
    assert found.title == headline


def test_a_photographer_working_for_the_outlet_is_no_publisher():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025",
                    "Readers at the Eastside branch on Monday © Daniel Freeborn for VLR", *ENGLISH,
                    "© Valley Ledger Ltd 2025. All rights reserved."])
    assert found.publisher != "Daniel Freeborn for VLR"


def test_an_ads_report_link_under_its_label_is_no_subheading():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, "Advertisement · Scroll to continue",
                    "Report ad", ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == ENGLISH


def test_a_line_saying_which_company_publishes_the_site_is_no_story():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH,
                    "The Valley Ledger is published by Valley Ledger Media Ltd.", "Contact us"])
    assert body_lines(found.blocks) == ENGLISH


def test_a_long_caption_with_its_source_after_it_is_no_story():
    caption = ("Frames from the original 2023 recording (left) and from the version shared on X this week (right). "
               "Source: screenshots")
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, caption, ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == ENGLISH


def test_a_match_reports_stats_box_ends_the_story():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH, "Match stats", "Possession 64% – 36%",
                    "Shots 19 – 6", "Corners 11 – 3", "Ashbury Rovers (4-3-3): Whitby; Okonjo, Fairley; Lund, Marsh."])
    assert body_lines(found.blocks) == ENGLISH


@pytest.mark.parametrize("label", ["Metodologia: Jak oceniamy informacje", "How we rate claims", "判定基準について"])
def test_a_fact_checks_box_on_how_it_rates_ends_the_story(label):
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *STORY, label,
                    "We rate claims on a five-point scale from accurate to false, after checking the sources.",
                    "Have a claim for us to check? Write to us through the contact form."])
    assert body_lines(found.blocks) == STORY


def test_a_japanese_era_date_and_an_updated_date_above_it():
    from sitegen.ingest.dates import find_date
    assert find_date("報道発表資料　令和7年3月14日")[0] == "2025-03-14"
    assert find_date("令和元年5月1日")[0] == "2019-05-01"
    assert find_date("平成15年8月12日 掲載")[0] == "2003-08-12"
    # (Not a date something runs from, a deadline's, or a bare Heisei date an anniversary remembers.)
    assert find_date("（平成10年5月1日より）") is None and find_date("申込期限：令和7年2月28日") is None
    assert find_date("平成7年1月17日") is None
    page = ("<html lang='ja'><head><title>新路線を開設します | 桜浦市</title></head><body><div id='contents'>"
            "<p>ページ番号1008842　更新日：2025年3月17日</p><h1>コミュニティバスに新路線を開設します</h1>"
            "<p>報道発表資料　令和7年3月14日</p>" + "".join(f"<p>{p}</p>" for p in JA_STORY) + "</div></body></html>")
    assert extract(page.encode(), "page.html").date == "2025-03-14"


def test_headings_tables_and_lists_under_the_last_paragraph_inside_the_storys_element_stay():
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in
                   [("Opening day", "1 April (Tuesday)"), ("Route", "Station – Library – Hospital"),
                    ("Fare", "200 yen for adults, 100 yen for children")])
    found = _html("<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
                  f"<div id='contents'><h1>{HEADLINE}</h1><p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p>"
                  f"<h2>The service at a glance</h2><table>{rows}</table><h2>Main stops</h2>"
                  "<ul><li>Station east exit</li><li>Library</li><li>City hospital</li></ul>"
                  "<h2>Trial rides</h2><ul><li>Date: Saturday 29 March, 10am to 3pm</li><li>From: the station's east exit</li></ul>"
                  "</div><footer><p>© 2025 Valley City Council</p></footer>")
    lines = body_lines(found.blocks)
    assert "## Main stops" in lines and "- Library" in lines and "- Date: Saturday 29 March, 10am to 3pm" in lines


def test_a_pointer_to_older_entries_in_yesterdays_live_blog_is_no_story():
    found = copied([HEADLINE, "Von Anna Keller", "22.04.2025", *ENGLISH,
                    "Ältere Einträge zum Ukraine-Krieg finden Sie im Liveblog vom Vortag."])
    assert body_lines(found.blocks) == ENGLISH


def test_a_syndication_schemes_credit_under_the_story_is_no_story():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH,
                    "This article was produced by the Local Democracy Reporting Service.", "Comments"])
    assert body_lines(found.blocks) == ENGLISH


def test_a_genres_label_over_what_it_is_of_is_no_byline():
    from sitegen.ingest import metadata as md
    assert md.byline("CRÓNICA DE JOGO") is None and md.byline("Análisis de la jornada") is None
    assert md.byline("Crónica de Rui Sampaio") == "Rui Sampaio"


def test_french_save_buttons_subscriber_labels_and_a_sponsors_label_are_no_story():
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, "Ajouter à vos sélections",
                    "Article réservé à nos abonnés", ENGLISH_NEXT, "SUPPORT COMES FROM",
                    "Harbor Hardware & Marine Supply — keeping Port Ellery afloat since 1952.", ENGLISH_THIRD])
    assert body_lines(found.blocks) == ENGLISH
