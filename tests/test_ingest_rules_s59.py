"""Ingest rules of stop 59, from the misses of its blind batches (text 142 and HTML 113 on), each tested on pages of its
own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract

STORY = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
JA_STORY = ["北浜市営バスは1日、利用者の減少を理由に港北線の運行本数を来月から3割減らすと発表した。市交通局によると、昨年度の一日平均の利用者は前年度より12%減った。",
            "交通局の担当者は「路線を守るための苦渋の決断だ」と話した。沿線の住民からは通院や買い物への影響を心配する声が上がっている。",
            "市は秋までに沿線の自治会と協議し、デマンド型の乗り合いタクシーの導入も検討するという。"]


def test_a_japanese_subtitle_closing_on_a_quotation_is_the_dek_under_the_headline():
    # (From text 142: "湘南ブルーウェーブ、終了間際の逆転弾で開幕4連勝" / "途中出場の19歳・三浦蒼太が2得点　指揮官「若い力がチー
    # ムを押し上げた」" / the date: the subtitle, sharing more of the story's words, was taken for the headline.)
    headline = "北浜市営バス、港北線を減便へ"
    subtitle = "利用者12%減少　交通局の担当者「路線を守るための苦渋の決断だ」"
    found = copied(["ニュース", "", headline, "", subtitle, "", "2025年4月6日 21:48", "", *JA_STORY])
    assert (found.title, found.description) == (headline, subtitle)
    # Under a label row, a headline that is a quotation stays the headline.
    label = "有料記事 交通"
    found = copied(["ニュース", "", label, "", subtitle, "", "2025年4月6日 21:48", "", *JA_STORY])
    assert found.title == subtitle


def test_a_japanese_writing_credit_in_brackets_under_the_story():
    # (From text 142: "（取材・文／佐伯美奈）" under the story gave no author.)
    found = copied(["港北線のバス3割減便へ、来月から　利用者減少で", "", "2025年4月6日 21:48", "", *JA_STORY, "",
                    "（取材・文／佐伯美奈）", "", "関連ニュース"])
    assert found.author == "佐伯美奈"
    assert "（取材・文／佐伯美奈）" not in body_lines(found.blocks)


def test_a_live_entrys_timed_headline_over_a_short_sentence_opening_the_page():
    # (From text 142: "17:44 Closing summary" / "That's where we will leave our coverage for today. Here is a recap:" /
    # its points was dropped as a header line.)
    entries = ["EU foreign ministers approved a new sanctions package against Russia, adding 74 tankers to the list of "
               "vessels barred from EU ports.",
               "The package bans the transhipment of Russian liquefied natural gas through EU terminals from January "
               "next year.", "",
               "16:20 Kremlin calls the sanctions package unlawful",
               "The Kremlin said the new package was unlawful and would harm European consumers more than Russia, its "
               "spokesman told reporters in Moscow.", "",
               "14:05 Hungary lifts veto after exemption for pipeline oil",
               "Hungary lifted its veto on the sanctions package after securing an exemption for oil delivered by "
               "pipeline, diplomats in Brussels said."]
    header = ["EU adopts new sanctions package against Russia’s shadow fleet – as it happened", "", "By Hannah Cole",
              "First published on Tue 18 Mar 2025 08.01 GMT", ""]
    page = [*header, "17:44 Closing summary", "That’s where we will leave our coverage for today. Here is a recap:",
            *entries]
    lines = body_lines(copied(page).blocks)
    assert lines[:2] == ["## 17:44 Closing summary",
                         "That’s where we will leave our coverage for today. Here is a recap:"]
    # On a page whose other lines open on no time, a timed line over a short sentence is no entry's headline.
    page = [*header, "17:44 Closing summary", "That’s where we will leave our coverage for today. Here is a recap:",
            *[line for line in entries if line and not line[:2].isdigit()]]
    assert "## 17:44 Closing summary" not in body_lines(copied(page).blocks)


def test_a_live_blog_updating_itself_in_german():
    # (From HTML 113: "Der Liveblog wird automatisch aktualisiert." was kept as the story's first line.)
    for line in ("Der Liveblog wird automatisch aktualisiert.", "Diese Seite wird automatisch aktualisiert.",
                 "Dieser Ticker wird automatisch aktualisiert."):
        assert boilerplate_reason(line, len(line.split())), line
    # The story's own words on an update stay.
    story = "Die Software der Anlage wird automatisch aktualisiert, sagte der Betreiber."
    assert not boilerplate_reason(story, len(story.split()))


HEADLINE = "Reservoir dam to be strengthened over two summers, water company says"


def _html(heading: str, title: str = HEADLINE, after: str = "") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><main>{heading}<div class=\"article-content\">"
            f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p>{after}</div></main></body></html>"
            ).encode("utf-8")


def test_a_kicker_opening_the_h1_in_a_span_of_its_own_is_no_part_of_the_headline():
    # (From HTML 114: "<h1><span class="article-header__kicker">Sanktionen gegen Russland</span><span
    # class="visually-hidden">: </span><span class="article-header__title">Europa bremst sich selbst aus</span></h1>"
    # gave the kicker and the headline as the title.)
    heading = ('<h1><span class="article-header__kicker">Water supply</span><span class="visually-hidden">: </span>'
               f'<span class="article-header__title">{HEADLINE}</span></h1>')
    assert extract(_html(heading, f"Water supply: {HEADLINE}"), "a.html").title == HEADLINE
    # A span of the headline's own words, whatever its class, stays.
    heading = f'<h1><span class="headline__main">{HEADLINE}</span></h1>'
    assert extract(_html(heading), "a.html").title == HEADLINE
    # Not a kicker's class in the middle of the heading.
    heading = f'<h1>{HEADLINE} <span class="kicker-note">in pictures</span></h1>'
    assert extract(_html(heading), "a.html").title.startswith(HEADLINE)


def test_a_sponsor_message_label_is_dropped():
    # (From HTML 114: a public radio page's "Sponsor Message" slot label was kept as a subheading.)
    for line in ("Sponsor Message", "Sponsored message", "SPONSOR MESSAGE"):
        assert boilerplate_reason(line, len(line.split())), line
    story = "The sponsor message was read out at the start of every broadcast, the station said."
    assert not boilerplate_reason(story, len(story.split()))


def test_a_summary_boxs_points_under_the_headline_are_no_headline():
    # (From text 143: "Key points:" and its three points between the headline (over a video player) and the byline gave
    # the first point as the title.)
    page = ["Northcoast Seven", "News", "Local", "", HEADLINE, "Play video", "0:00 / 2:48", "Mute", "Full screen",
            "Watch: our reporter at the dam. (Video duration: 2 minutes 48 seconds)", "Key points:",
            "The dam will be closed for two summers", "Water supply will not be affected", "Walkers can still use the path",
            "By Jess Moreau", "Posted Sat 15 Mar 2025 at 6:12pm", "", *STORY]
    assert copied(page).title == HEADLINE


def test_a_note_about_the_site_under_its_own_heading_naming_the_site():
    # (From text 143: "About the Halvorsen Institute for Marine Research" over "The Halvorsen Institute for Marine
    # Research is an independent research foundation …" closing a press release was kept.)
    site = "Harbour Institute for Coastal Research"
    story = [ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD, "",
             "The board said a second survey would follow in the autumn, with results expected before the end of the "
             "year and a public meeting in each of the towns along the route.", "",
             "Passenger groups welcomed the decision but said evening services were still too thin in the villages "
             "furthest from the county town, where many older residents depend on them."]
    page = ["Skip to main content", "", site, "", "Research", "", "News", "", "About us", "", "Home / News / Press releases",
            "", HEADLINE, "", "12 March 2025", "", *story, "", f"About the {site}", "",
            f"The {site} is an independent research foundation based in Bergen. Founded in 1962, it employs around 180 "
            "researchers.", "", "Media contact: press@harbour.example", "", f"© 2025 {site}"]
    lines = body_lines(copied(page).blocks)
    assert not any(site in line for line in lines), lines
    assert ENGLISH_THIRD in lines


def test_a_fact_checks_feedback_question_is_dropped():
    # (From text 143: "Was this fact check useful?" under the verdict was kept.)
    for line in ("Was this fact check useful?", "Was this fact-check helpful?", "Did you find this fact check useful?"):
        assert boilerplate_reason(line, len(line.split())), line


def test_a_desk_beside_the_date_is_no_author():
    # (From text 144: "Press Office" on its own line beside the date was taken for the author.)
    page = ["Harbour Institute", "", HEADLINE, "", "Press Office", "12 March 2025", "", *STORY]
    assert copied(page).author is None
    # A person with a desk's words after the name stays the author.
    page = ["Harbour Post", "", HEADLINE, "", "Dana Okafor, Staff Writer", "12 March 2025", "", *STORY]
    assert copied(page).author == "Dana Okafor"


def test_a_correspondent_sent_to_the_scene_signs_the_story():
    # (From text 144: "dal nostro inviato Stefano Rinaldi" gave no author.)
    from sitegen.ingest import metadata as md
    assert md.byline("dal nostro inviato Stefano Rinaldi") == "Stefano Rinaldi"
    assert md.byline("de notre envoyée spéciale Claire Martin") == "Claire Martin"
    assert md.byline("Dal nostro inviato a Roma") is None


def test_share_labels_adverts_and_rights_notices_are_dropped():
    # (From text 144 and 143: "この記事をシェア" taken for the dek; "Advert" kept as a subheading; "Video unavailable in
    # your region? Find out why." kept.)
    for line in ("この記事をシェア", "Advert", "Video unavailable in your region? Find out why.",
                 "This video is not available in your country."):
        assert boilerplate_reason(line, len(line.split())), line
    story = "The video is unavailable in your region because of rights, the broadcaster said on Tuesday."
    assert not boilerplate_reason(story, len(story.split()))


def test_a_press_office_in_the_meta_tags_signs_no_release():
    # (From HTML 115: <meta name="DC.creator" content="Ente Público de Aguas del Levante. Gabinete de Comunicación">
    # gave the press office as the author.)
    page = (f"<html><head><title>{HEADLINE}</title><meta name=\"DC.creator\" content=\"Ente Público de Aguas del "
            f"Levante. Gabinete de Comunicación\"></head><body><main><article><h1>{HEADLINE}</h1><p>{ENGLISH_LEAD}</p>"
            f"<p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p></article></main></body></html>").encode("utf-8")
    assert extract(page, "a.html").author is None
    # A newsroom desk is still the author where no one else signs.
    page = page.replace("Ente Público de Aguas del Levante. Gabinete de Comunicación".encode(), b"Hanseblick Redaktion")
    assert extract(page, "a.html").author == "Hanseblick Redaktion"


def test_second_review_ingest_guards():
    # A split headline's first half in an "eyebrow" span stays in the title.
    heading = '<h1><span class="c-eyebrow__text">Council to close bridge</span><span class="sub"> for two summers</span></h1>'
    assert extract(_html(heading, "Council to close bridge for two summers"), "a.html").title \
        == "Council to close bridge for two summers"
    # A person beside a press office in the meta tag is the author.
    page = (f"<html><head><title>{HEADLINE}</title><meta name=\"DC.creator\" content=\"Ann Lee, Gabinete de Prensa\">"
            f"</head><body><main><article><h1>{HEADLINE}</h1><p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p>"
            f"<p>{ENGLISH_THIRD}</p></article></main></body></html>").encode("utf-8")
    assert extract(page, "a.html").author == "Ann Lee"
