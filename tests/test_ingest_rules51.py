"""Ingest rules of stop 26, drawn from earlier batches' remaining misses and blind batches text 52 and HTML 29."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.model import Block

_PARAS = ["<p>The national statistics office said on Thursday that the average price of a litre of diesel fell for "
          "the third week running, to its lowest level since the spring.</p>",
          "<p>Analysts said cheaper crude and a stronger currency explained most of the fall, and that pump prices "
          "usually follow wholesale prices with a delay of about two weeks.</p>"]
_TABLE = ("<h2>Average diesel price by week</h2><table><thead><tr><th>Week</th><th>Price</th></tr></thead><tbody>"
          "<tr><td>3–9 March</td><td>1.71</td></tr><tr><td>10–16 March</td><td>1.68</td></tr>"
          "<tr><td>17–23 March</td><td>1.64</td></tr></tbody></table>")


def _html(story_box: str, after: str = "") -> list[str]:
    page = ("<html><head><title>Diesel price falls again | Daily Ledger</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            "<article><h1>Diesel price falls again</h1><p class='byline'>By Ruth Mills</p>"
            f"<div class='article-body'>{story_box}</div>{after}</article>"
            "<section class='related'><h2>More from Daily Ledger</h2><ul><li><a href='/a'>Bus fares to rise</a></li>"
            "<li><a href='/b'>New tram line opens</a></li></ul></section>"
            "<footer><p>© 2026 Daily Ledger</p></footer></body></html>")
    blocks: list[Block] = extract(page.encode(), "diesel.html").blocks
    return [b.text for b in blocks]


def test_a_table_under_a_subheading_that_ends_the_story_in_its_own_box_is_kept():
    body = _html("".join(_PARAS) + _TABLE)
    assert body[-5:] == ["Average diesel price by week", "Week | Price", "3–9 March | 1.71", "10–16 March | 1.68",
                         "17–23 March | 1.64"]


def test_a_table_under_a_subheading_in_a_box_of_its_own_after_the_story_is_a_widget():
    body = _html("".join(_PARAS), f"<div class='standings'>{_TABLE}</div>")
    assert body[-1] == _PARAS[-1][3:-4]


_STORY = ["Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
          "Ukraine after any ceasefire, and the talks are expected to run late into the night.",
          "Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
          "capitals prefer a political declaration that can be agreed before the end of the year."]


def _copy(top: list[str], bottom: list[str] = ()):
    return extract("\n".join(top + _STORY + list(bottom)).encode(), "page.txt")


def test_a_live_pages_edited_by_line_names_its_author_and_stands_under_the_headline():
    page = _copy(["Skip to content", "Home", "News", "Sport", "Live", "LIVE",
                  "Allies weigh written guarantees for Ukraine in Brussels",
                  "Edited by Maren Dahl and Piotr Nowak, with reporting from Brussels", "Summary",
                  "Ministers meet in Brussels to discuss guarantees", "Posted at 18:10", "18:10"])
    assert page.title == "Allies weigh written guarantees for Ukraine in Brussels"
    assert page.author == "Maren Dahl and Piotr Nowak"


def test_an_editor_under_a_writers_byline_is_no_co_author():
    page = _copy(["Science Beat", "Home", "Biology", "Bumblebees lose their way in warmer springs",
                  "By Lena Varga", "edited by Tom Brandt, reviewed by Ana Ruiz", "12 March 2025"])
    assert page.author == "Lena Varga"


def test_a_korean_byline_box_labelled_reporters_name():
    story = ["배터리 재활용 기업 한빛소재가 충남 서산에 연간 1만톤 규모의 폐배터리 처리 공장을 준공했다고 19일 밝혔다. "
             "회사는 이 공장에서 리튬과 니켈, 코발트를 함께 회수할 계획이다.",
             "한빛소재는 내년 상반기까지 처리 능력을 두 배로 늘리고, 회수한 금속을 국내 양극재 업체에 공급할 예정이라고 설명했다."]
    page = extract("\n".join(["뉴스", "소재", "폐배터리 재활용 공장 준공…연 1만톤 처리", "기자명 김하늘 기자",
                              "입력 2025.11.19 10:24", "댓글 0", "공장 내부. [사진=한빛소재]"] + story).encode(), "ko.txt")
    assert page.author == "김하늘"
    assert page.title == "폐배터리 재활용 공장 준공…연 1만톤 처리"


def test_a_download_link_beside_the_date_is_no_author():
    story = ["Jakarta, 24 November 2025 – Kementerian Pekerjaan Umum hari ini meresmikan jembatan baru di Kota Lama yang "
             "menghubungkan dua kecamatan di tepi sungai.",
             "Jembatan sepanjang 180 meter itu dibangun dalam waktu 14 bulan dan akan dilalui sekitar 20.000 kendaraan "
             "setiap hari, kata pejabat kementerian."]
    page = extract("\n".join(["Beranda", "Media", "Siaran Pers", "Menteri Resmikan Jembatan Baru di Kota Lama",
                              "24 November 2025", "Unduh PDF (312 KB)", "Bagikan:", "Facebook", "LinkedIn", "X",
                              "WhatsApp"] + story).encode(), "id.txt")
    assert page.author is None


def test_a_title_cased_headline_keeps_the_company_name_it_opens_on():
    # The company's logo line and its other releases open on the same name: in a headline with every longer word
    # capitalized, the name is its subject, not a kicker copied in front of it.
    page = _copy(["Saya Setuju", "Banyu Lestari", "Beranda", "Media",
                  "Banyu Lestari Resmikan Instalasi Pengolahan Air di Karawang", "24 November 2025"],
                 ["Berita Lainnya", "Banyu Lestari Catat Pertumbuhan Pendapatan 14 Persen",
                  "Banyu Lestari Raih Penghargaan Laporan Keberlanjutan"])
    assert page.title == "Banyu Lestari Resmikan Instalasi Pengolahan Air di Karawang"
