"""Ingest rules of stop 41, from the misses of blind batches text 78 and HTML 55 (measured on main before them), each
tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import FIXTURES, STORY, body_lines, copied
from sitegen.ingest.extract import extract

HEADLINE = "Ministers meet in Brussels on guarantees for Ukraine"

JA_STORY = ["北浜工業大学工学部防災システム工学科の研究グループは、土砂災害の前兆となる斜面の微小な変形や地中の水分量の変化を"
            "検知できる低価格センサーを開発しました。2025年4月から、県内の自治体と共同で実証実験を開始します。",
            "センサーは1台あたりの製造コストを従来型の約5分の1に抑え、傾きの変化を0.01度単位で検出し、観測データを携帯電話回線で"
            "10分ごとに自動送信します。電源工事が不要で、1日で設置できます。",
            "実証実験では、過去に土砂災害が発生した3か所の斜面にセンサー計20台を設置し、約1年間観測します。得られたデータをもとに"
            "警報の精度を検証し、2027年度の実用化を目指します。"]


def test_a_press_releases_closing_comment_under_its_announcing_sentence_stays():
    closing = ["研究者のコメント", "坂本教授は次のようにコメントしています。",
               "「センサーの価格が下がれば、小さな斜面にも設置できるようになります。住民の避難判断に役立てたいと考えています。」"]
    found = copied(["北浜工業大学", "ニュース", "プレスリリース", "2025年3月18日", "北浜工業大学、低価格センサーを開発",
                    *JA_STORY, *closing, "【本件に関するお問い合わせ先】", "北浜工業大学 総務部広報課",
                    "TEL：0776-00-1000", "関連ニュース", "このページの先頭へ", "© Kitahama Institute of Technology."])
    assert body_lines(found.blocks) == JA_STORY + ["## " + closing[0]] + closing[1:]


def test_this_site_in_a_japanese_cookie_notice_is_no_publisher():
    found = copied(["当サイトでは、利便性向上およびアクセス解析のためにCookieを使用しています。", "同意する", "北浜工業大学",
                    "2025年3月18日", "北浜工業大学、低価格センサーを開発", *JA_STORY, "北浜工業大学"])
    assert found.publisher != "当サイト" and found.publisher != "当サイトで"


def _page(name: str) -> list[str]:
    page = FIXTURES / "heldout_text_copied66" / name
    return body_lines(extract(page.read_bytes(), page.name).blocks)


def test_an_offer_under_a_paywall_prompt_and_its_pitch_is_no_story():
    # Blind text 78's Greek teaser: prompt, the box's pitch, then the offer with its price a month.
    lines = _page("epitheorisi_el_foititiki-stegi-enoikia.txt")
    assert not any("7,99€/μήνα" in line for line in lines)


def test_a_newsletters_long_consent_is_no_story():
    lines = _page("ashcombeherald_en_weavers-bridge-closed.txt")
    assert not any(line.startswith("We use your sign-up") for line in lines)


def test_a_photographers_credit_to_the_outlet_and_its_caption_are_no_story():
    found = copied(["Northshore Public Radio", HEADLINE, "May 21, 2025", "",
                    "Workers prepare the keeper's cottage for relocation on May 20, 2025.",
                    "Lena Morcombe / Northshore Public Radio", "", STORY[0], "", STORY[1], "", STORY[2]])
    assert body_lines(found.blocks) == STORY


def test_an_opinion_disclaimer_a_gift_button_and_a_fact_checkers_notes_are_no_story():
    found = copied([HEADLINE, "Par Hélène Marchetti", "Publié le 6 mars 2025", "Offrir l’article", *STORY,
                    "Les tribunes publiées dans L’Écho de la Loire n’engagent que leurs auteurs.",
                    "Jak oceniamy? Zobacz naszą metodologię.",
                    "We want to be accurate. If you think we have made an error, please read our corrections policy."])
    assert body_lines(found.blocks) == STORY


def test_a_dek_that_opens_sans_engagement_is_no_subscription_offer():
    dek = ("Sans engagement militaire crédible et durable, tout accord de paix ne sera qu’une pause avant la prochaine "
           "offensive, estime l’ancienne diplomate.")
    found = copied(["TRIBUNE", HEADLINE, dek, "Par Hélène Marchetti", "Publié le 6 mars 2025", *STORY])
    assert found.description == dek


def test_a_live_entrys_time_and_headline_after_a_read_also_teaser_stays():
    # Blind text 78's German live blog, copied with no blank lines: "Lesen Sie auch", its teaser, then the next entry.
    lines = _page("abendpost_de_liveblog-sanktionen-istanbul.txt")
    assert "## 11:20 Türkei bestätigt: Nächste Runde frühestens im Juni" in lines


def test_a_broadcasters_pointer_to_the_full_programme_is_no_story():
    found = copied([HEADLINE, "May 21, 2025", *STORY,
                    "Hear the full conversation on The Morning Tide, weekdays at 6 a.m. on Northshore Public Radio."])
    assert body_lines(found.blocks) == STORY


# Rules from the sealed batches text 79 and HTML 56 (measured once on the stop's rules first).

def test_an_arabic_last_updated_label_beside_the_date_is_no_byline():
    found = copied(["الرصد", "أخبار", HEADLINE, "آخر تحديث: الاثنين 07 يوليو 2025 - 09:05", *STORY])
    assert found.author is None


def test_a_publisher_written_mid_sentence_keeps_its_capital():
    # Sealed HTML 56's live page names itself only mid-sentence ("Support the Capital Ledger").
    page = FIXTURES / "heldout_html56" / "capitalledger_en_eu-sanctions-package-live.html"
    assert extract(page.read_bytes(), page.name).publisher == "The Capital Ledger"
