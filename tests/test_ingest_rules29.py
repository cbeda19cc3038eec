"""Rules made in stop 19 by reading the wrong headlines of batches 19–32 as a reader would: each says what tells a person
the headline at a glance, checked on other strings (other sites, names, languages) than the pages that showed it."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import (ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, GERMAN_LEAD,
                             GERMAN_NEXT)


def _lines(*lines: str) -> bytes:
    """A dump copied with no blank line anywhere."""
    return "\n".join(lines).encode()


# The header stacked over its byline: a reader takes the top line of the stack for the headline, a short kicker over
# it aside, and what hangs under it (a dek, a second dek, summary points, an interviewer's credit) for what it is,
# however many of the story's words those lines share.

_EN_HEADLINE = "No, this photo does not show a rural bus depot flooded after the storm in the county last week"
_EN_DEK = "The picture, shared thousands of times since Monday, was taken in 2019 at a depot in another country"


def test_a_kicker_over_a_headline_and_its_long_dek_is_no_headline():
    page = _lines("County Voice", "News", "Fact check", "Rural bus fact checks", _EN_HEADLINE, _EN_DEK,
                  "By Maria Kowalczyk", "March 3, 2026", _LEAD, _NEXT, _THIRD)
    e = extract(page, "x.txt")
    assert e.title == _EN_HEADLINE
    assert e.description == _EN_DEK


_DE_HEADLINE = "Lahnbrücke bleibt bis zum Sommer gesperrt, Pendler müssen lange Umwege fahren"


def test_summary_points_under_a_headline_over_the_byline_are_not_the_headline():
    page = _lines("Lahnpost", "Region", "Verkehr", _DE_HEADLINE,
                  "Gutachter finden Risse in zwei Pfeilern der Brücke über die Lahn",
                  "Busverkehr wird über die Nordbrücke umgeleitet",
                  "Stadtrat prüft einen Neubau bis zum Jahr 2030",
                  "Karl Meier und Anna Schulz", "3. März 2026, 18:10 Uhr", GERMAN_LEAD, GERMAN_NEXT)
    assert extract(page, "x.txt").title == _DE_HEADLINE


_JA_HEADLINE = "「バスは地域の足」\u3000路線バスの維持を訴える交通局長に聞く"
_JA_LEAD = ("県内の路線バスは、運転手不足で来年度から平日の便が２割減る見通しだ。交通局長に、地域の足をどう守るのかを聞いた。"
            "局長は、便数を減らしても路線そのものは残すと強調した。")
_JA_NEXT = "――路線バスの便が減るのはなぜですか。"


def test_a_japanese_headline_over_its_interviewers_credit_is_the_headline():
    page = _lines("みなと新報", "ニュース", "地域", _JA_HEADLINE, "まとめ・高橋健", "2026年3月3日 9時00分", _JA_LEAD,
                  _JA_NEXT, "運転手の数が足りません。" * 3)
    assert extract(page, "x.txt").title == _JA_HEADLINE


def test_a_japanese_credit_over_the_date_names_the_author():
    # "聞き手・…", "文＝…": a short label and the name in kanji, over the date.
    for credit in ("まとめ・高橋健", "文＝高橋健"):
        page = _lines("みなと新報", "ニュース", _JA_HEADLINE, credit, "2026年3月3日 9時00分", _JA_LEAD, _JA_NEXT,
                      "運転手の数が足りません。" * 3)
        e = extract(page, "x.txt")
        assert (e.author, e.description) == ("高橋健", None), credit


_KO_HEADLINE = "[단독] “시골 버스 노선, 하나도 없애지 않겠다”"
_KO_DEK = "김영호 교통국장 “운전기사 부족에도 하루 한 번 왕복 운행 유지”"
_KO_LEAD = ("도내 시골 버스 노선이 운전기사 부족으로 내년부터 줄어들 것이라는 우려가 커지고 있다. 김영호 교통국장은 3일 "
            "인터뷰에서 모든 노선의 하루 왕복 운행을 유지하겠다고 밝혔다.")
_KO_NEXT = ("교통국은 올해 운전기사 120명을 새로 뽑고, 마을 주민이 직접 운행하는 소형 버스도 시범 운영하기로 했다. "
            "요금은 내년 여름까지 올리지 않는다.")


def test_a_korean_headline_with_its_tag_over_its_subtitle_is_the_headline():
    page = _lines("바다일보", "전체메뉴", "사회", _KO_HEADLINE, _KO_DEK, "박지민 기자", "입력 2026.03.03 10:00",
                  _KO_LEAD, _KO_NEXT)
    e = extract(page, "x.txt")
    assert e.title == _KO_HEADLINE
    assert e.description == _KO_DEK


# A media player and the headline: a clip's own title over its player says so in its first word ("Watch: …") or is a
# button's few words; a long line over the player with no such label is the headline (its lead picture a clip), and
# the line under the controls is the clip's caption, though the byline follows it. An ad's countdown ("… in 5 s") is
# part of the player, so the clip's title under it borders the controls as much as a title right under them.

_EN_CLIP_HEADLINE = "Every rural bus route in the county to keep a daily return journey, transport board says"


def test_a_clips_caption_under_the_player_below_the_headline_is_neither_headline_nor_dek():
    for caption in ("Watch the report by Maria Kowalczyk and camera operator Tom Berry",
                    "Rural bus routes: the transport board meets operators (evening bulletin)"):
        page = _lines("Valley TV", "News", "Region", "March 3, 2026 | 18:30", _EN_CLIP_HEADLINE, "Video", "0:00 / 2:48",
                      caption, "By Maria Kowalczyk", _LEAD, _NEXT, _THIRD)
        e = extract(page, "x.txt")
        assert (e.title, e.description) == (_EN_CLIP_HEADLINE, None), caption


def test_a_clips_title_under_an_ads_countdown_is_no_headline():
    page = _lines("Valley TV", "News", "Play", "0:00 / 2:48", "Mute", "Subtitles", "Settings", "Fullscreen",
                  "Ad · Video will play in 5 s", "Transport board chair on rural buses (Evening News)",
                  _EN_CLIP_HEADLINE, "March 3, 2026, 18:30", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").title == _EN_CLIP_HEADLINE


# A blog's post title sits under the post's date, right over the post; its tagline sits over the menu. The date must
# be read for that: Indonesian, Danish and Norwegian name their months in their own way ("Maret", "marts", "desember").

_ID_TITLE = "Soto Ayam Kampung Kuah Bening, Resep Andalan Keluarga"
_ID_LEAD = ("Halo teman-teman! Minggu lalu banyak yang bertanya resep soto ayam kampung di kolom komentar, jadi hari ini "
            "saya tulis lengkap di sini.")
_ID_NEXT = ("Resep ini saya dapat dari ibu saya di Lamongan. Kuahnya bening tapi gurih, karena ayamnya direbus pelan "
            "dengan api kecil selama dua jam.")


def test_a_blog_posts_title_under_its_indonesian_date_is_the_headline():
    page = _lines("Dapur Mbak Sari", "Cerita dan resep masakan rumahan dari Lamongan sampai Bogor", "Beranda",
                  "Resep Ayam", "Sayur", "Tentang Saya", "Kontak", "Rabu, 3 Maret 2026", _ID_TITLE, _ID_LEAD, _ID_NEXT,
                  "Bahan-bahan", "1 ekor ayam kampung", "2 liter air")
    e = extract(page, "x.txt")
    assert (e.title, e.date) == (_ID_TITLE, "2026-03-03")


def test_danish_and_norwegian_month_names_are_read():
    for line, iso in (("3. marts 2026 kl. 18.10", "2026-03-03"), ("14. desember 2026 kl. 09:30", "2026-12-14")):
        page = _lines("Lahnbrücke bleibt bis zum Sommer gesperrt", line, _LEAD, _NEXT, _THIRD)
        assert extract(page, "x.txt").date == iso, line


# A page whose headline did not copy (set in the banner image): what stands over the story is the site's name — the
# name its copyright line signs with — a search box's label, a cookie banner's title and the breadcrumb trail. None
# of them is a headline: the title is made from the lead.

def test_the_site_name_a_search_label_and_a_breadcrumb_are_no_headline():
    page = _lines("Skip to main content", "Cookies on harwell.gov.uk", "Accept cookies", "Harwell Borough Council",
                  "Search this site", "Search", "Menu", "Home › Transport", "Published: 3 March 2026", _LEAD, _NEXT,
                  _THIRD, "Contact us", "© Harwell Borough Council 2026")
    e = extract(page, "x.txt")
    assert e.title_inferred and e.title.startswith("Every rural bus route in the county")


# (A guard, which main passes too: the stack's top is the line about the story, not a caption, tagline, bar of links,
# another story's link or a kicker set right over the headline.)
def test_furniture_right_over_a_headline_and_its_dek_is_not_the_top_of_the_stack():
    headline = "Every rural bus route to keep a daily return journey"
    dek = "The transport board met operators on Tuesday to discuss next year's contracts"
    for over in ("A bus leaves Harwell station on Tuesday morning", "Your independent voice for the county since 1887",
                 "Trending: Storm Ellen, Harwell fire, County cup final", "Transport in the county this week",
                 "Harwell fire: crews stay at the scene overnight"):
        page = _lines("County Voice", over, headline, dek, "By Maria Kowalczyk", "March 3, 2026", _LEAD, _NEXT, _THIRD)
        e = extract(page, "x.txt")
        assert (e.title, e.description) == (headline, dek), over


def test_a_second_dek_under_the_headline_is_no_headline():
    headline = "Every rural bus route to keep a daily return journey"
    page = _lines("County Voice", headline, "The transport board met operators on Tuesday to discuss next year's contracts",
                  "Operators warn that fares may have to rise in the summer", "By Maria Kowalczyk", "March 3, 2026",
                  _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").title == headline


def test_a_long_clip_title_over_the_player_and_the_headline_under_it_are_told_apart_by_the_story():
    # (A guard, which main passes too: with a long line on either side of the controls and the byline under the
    # lower, the headline is the line about the story.)
    page = _lines("Valley TV", "News", "The last bus leaves Harwell on Tuesday night", "Play", "0:00 / 2:31",
                  "Fullscreen", _EN_CLIP_HEADLINE, "By Maria Kowalczyk", "March 3, 2026", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").title == _EN_CLIP_HEADLINE


def test_a_short_headline_over_the_byline_or_the_story_still_stands():
    # (A guard, which main passes too: three words that share none of the story's are a headline where headlines
    # stand, over the byline, the date or the story.)
    for under in (["By Maria Kowalczyk", "March 3, 2026"], ["March 3, 2026"], []):
        page = _lines("County Voice", "Features", "The Last Stand", *under, _LEAD, _NEXT, _THIRD)
        assert extract(page, "x.txt").title == "The Last Stand", under


# Two names joined by a short lower-case word over or under the date are the byline's two authors, in any language's
# "and" ("ve", "ja", "og", "en"): the shape tells, not the word.

def test_two_names_joined_by_the_languages_and_are_two_authors():
    for line, authors in (("Zeynep Arslan ve Murat Yıldız", "Zeynep Arslan and Murat Yıldız"),
                          ("Liisa Korhonen ja Mikko Salo", "Liisa Korhonen and Mikko Salo"),
                          ("Kari Nordmann og Ola Berg", "Kari Nordmann and Ola Berg"),
                          ("Anouk de Vries en Bram van Leeuwen", "Anouk de Vries and Bram van Leeuwen")):
        page = _lines("County Voice", "Every rural bus route to keep a daily return journey", line, "March 3, 2026",
                      _LEAD, _NEXT, _THIRD)
        e = extract(page, "x.txt")
        assert (e.author, e.description) == (authors, None), line


# A masthead set in capitals is the publisher as the page writes it in running text, when it does ("The Harwell
# Herald is published by …", "Suivez Le Réveil du Jura"); initials stay as they are.

def test_a_capitals_masthead_is_named_as_the_page_writes_it():
    page = _lines("THE HARWELL HERALD", "News", "Sport", "Every rural bus route to keep a daily return journey",
                  "By Maria Kowalczyk", "March 3, 2026", _LEAD, _NEXT, _THIRD, "THE HARWELL HERALD",
                  "© Harwell Media Ltd 2026. The Harwell Herald is a trading name of Harwell Media Ltd.")
    assert extract(page, "x.txt").publisher == "The Harwell Herald"


# The masthead heading the page is the publisher's name as the page writes it where the copyright's name is its words
# and more (the company's legal form, its initials before it) or fewer (the name cut short before a number or a word
# in lower case).

def test_the_masthead_names_the_publisher_where_the_copyright_names_the_company():
    for top, copyright, publisher in (
            (["KRAKÓW DZIŚ", "Wiadomości"], "© 2026 Kraków Dziś Wydawnictwo Sp. z o.o.", "Kraków Dziś"),
            (["LAHNPOST", "Region"], "© 2026 Lahnpost Mediengruppe AG", "Lahnpost"),
            (["RLN", "Radio Lahn Nord", "Region"], "© 2026 RLN Radio Lahn Nord GmbH", "Radio Lahn Nord"),
            (["Radio Lahn 24", "Region"], "© 2026 Radio Lahn. Alle Rechte vorbehalten.", "Radio Lahn 24")):
        page = _lines(*top, "Sport", _DE_HEADLINE, "Von Karl Meier", "3. März 2026", GERMAN_LEAD, GERMAN_NEXT,
                      copyright)
        assert extract(page, "x.txt").publisher == publisher, copyright


# A byline's label may be two joined ("Autorka/Autor:", "Tekst og foto:", "Text und Bild:") and a blog's post line
# ends on the time it was posted ("Diposting oleh … di 09.30"): the name is what stands between.

def test_a_byline_under_two_joined_labels_or_before_the_time_posted_names_the_author():
    for line in ("Text und Bild: Karl Meier", "Autor/Autorin: Karl Meier", "Posted by Karl Meier at 9:30 pm"):
        page = _lines(_DE_HEADLINE, "3. März 2026", GERMAN_LEAD, GERMAN_NEXT, line)
        assert extract(page, "x.txt").author == "Karl Meier", line


# A field or a control under the headline — a label and its short value or options — is no dek.

def test_a_field_or_a_control_under_the_headline_is_no_dek():
    for line in ("Sort: Oldest first | Newest first", "Text size: A A A", "Last change: two hours ago"):
        page = _lines("County Voice", "Every rural bus route to keep a daily return journey", "By Maria Kowalczyk",
                      "March 3, 2026", line, _LEAD, _NEXT, _THIRD)
        e = extract(page, "x.txt")
        assert e.description is None and line not in [b.text for b in e.blocks], line


# Korean and Japanese interviews open each of the interviewer's lines with a bar ("―", "――"), over the longer answer,
# a question mark or not: those lines are the interview's questions, set as subheadings (a section's heading over the
# first of them stays too). A spoken line opened by a dash ("– …") is no question.

def test_an_interviewers_lines_opened_by_a_bar_are_its_questions():
    q1, q2 = "―버스 노선을 줄이지 않는 이유는.", "―요금은 어떻게 되나."
    a1 = ("시골 마을에는 차가 없는 집이 많습니다. 하루 한 번이라도 버스가 다니지 않으면 병원에도 시장에도 갈 수 "
          "없습니다.")
    a2 = "내년 여름까지는 요금을 올리지 않습니다. 그 뒤에는 주민들과 다시 이야기하겠습니다."
    page = _lines(_KO_HEADLINE, "박지민 기자", "입력 2026.03.03 10:00", _KO_LEAD, q1, a1, q2, a2)
    blocks = [(b.kind, b.text) for b in extract(page, "x.txt").blocks]
    assert ("heading", q1) in blocks and ("heading", q2) in blocks


def test_a_sections_heading_over_an_interviewers_first_question_stays():
    q1, q2 = "――なぜ路線を残すのですか。", "――運賃はどうなりますか。"
    a1 = ("車のない家が多い地域では、バスがなければ病院にも買い物にも行けません。だから一日一便でも残します。"
          "運転手が足りない路線には、地元の人が運転する小さなバスを走らせる計画もあります。")
    a2 = ("来年の夏までは運賃を上げません。その後は住民の皆さんと話し合って決めます。高齢者の割引は続けますし、"
          "通学の定期券も今の値段のままにするつもりです。")
    page = _lines(_JA_HEADLINE, "まとめ・高橋健", "2026年3月3日 9時00分", _JA_LEAD, q1, a1, "これからの運賃", q2, a2)
    blocks = [(b.kind, b.text) for b in extract(page, "x.txt").blocks]
    assert [("heading", q1), ("heading", "これからの運賃"), ("heading", q2)] == [b for b in blocks if b[0] == "heading"]
