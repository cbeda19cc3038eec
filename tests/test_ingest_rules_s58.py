"""Ingest rules of stop 58, from the misses of its blind batches (text 139 and HTML 110 on, and HTML 109's deks), each
tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract

HEADLINE = "Reservoir dam to be strengthened over two summers, water company says"
STORY = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
BRITISH = ("The footpath around the reservoir will stay open, and the visitor centre will hold a drop-in session "
           "on the programme, the company said, with every litre saved counting.")
AMERICAN = ("The footpath around the reservoir will stay open, and the visitor center will hold a drop-in session "
            "on the program, the company said, with every liter saved counting.")


def test_an_english_page_spelled_the_british_way_writes_a_numeric_date_day_first():
    # (From text 139: "Published: 04/11/2025" on a water company's release was no date.)
    page = [HEADLINE, "Published: 04/11/2025", "", *STORY, BRITISH]
    assert copied(page).date == "2025-11-04"
    # Spelled the American way, or neither, the order cannot be told.
    assert copied([*page[:-1], AMERICAN]).date is None
    assert copied(page[:-1]).date is None
    # Nor by one British word, by names ("the Barbican Centre"), by quoted words, or on a wire's page dated in a US time
    # zone (the review).
    one = "The recreation centre will hold a drop-in session on the plans, the mayor said on Tuesday."
    names = ("The National Theatre and the Barbican Centre said the Ministry of Defence had \"colour\" and "
             "\"programme\" in its brief.")
    for line in (one, names):
        assert copied([*page[:-1], line]).date is None, line
    assert copied([HEADLINE, "Published 11/04/2025 10:32 AM EST", "", *STORY, BRITISH]).date is None
    # Unambiguous, it is read either way; a two-digit year keeps the site's own order ("12.01.26, 14:32": Ynetnews
    # writes the month first).
    assert copied([HEADLINE, "Published: 11-24-2025", "", *STORY, BRITISH]).date == "2025-11-24"
    assert copied([HEADLINE, "Published: 12.01.26, 14:32", "", *STORY, BRITISH]).date is None


def test_a_date_line_names_the_writer_after_italian_da():
    # (From text 139: "Pubblicato il 22 maggio 2025 da Giulia Ferretti" gave the date and no author.)
    page = ["Tre giorni sulla Via Francigena", "Pubblicato il 22 maggio 2025 da Giulia Ferretti", "", *STORY]
    assert (copied(page).author, copied(page).date) == ("Giulia Ferretti", "2025-05-22")
    # "da Roma", "da Reggio Emilia", "da Redazione Web": from a place, or the newsroom, no writer (the review).
    for where in ("Roma", "Reggio Emilia", "San Marino", "Redazione Web"):
        assert copied([page[0], f"Pubblicato il 22 maggio 2025 da {where}", "", *STORY]).author is None, where


def test_a_short_heading_over_a_sentence_that_announces_a_table():
    # (From text 139: "何が対象になるのか" over "主な措置は次の通りだ。" and a table was dropped.)
    lead = "欧州連合（EU）は7日、ロシアに対する第17弾の制裁パッケージを正式に採択した。制裁の抜け穴をふさぐことが最大の狙いだ。"
    rows = ["分野 | 主な措置 | 適用開始", "海運 | タンカー189隻を入港禁止リストに追加 | 即日", "金融 | 地方銀行2行との取引を禁止 | 30日後"]
    after = "特に注目されるのが海運分野だ。老朽タンカーは船籍や保険を頻繁に切り替えることで上限規制を回避してきたとされる。"
    page = ["EU、対ロシア制裁の第17弾を採択", "", lead, "", "何が対象になるのか", "", "主な措置は次の通りだ。", "", *rows, "", after]
    assert "## 何が対象になるのか" in body_lines(copied(page).blocks)


def test_a_captions_screenshot_credit():
    # (From text 139: "A screenshot shared on X claiming to show the text of the declaration. Screenshot: Meridian Verify".)
    caption = "A screenshot shared on X claiming to show the text of the Oslo declaration. Screenshot: Meridian Verify"
    assert boilerplate_reason(caption, len(caption.split())) is not None
    # A sentence about a screenshot is the story's.
    story = "The screenshot shared in the viral posts does not match the published text of the declaration."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_donation_appeal_that_says_what_contributions_power():
    # (From HTML 110: "If there were ever a time to join us, it is now. Every contribution, however big or small,
    # powers our journalism and sustains our future." under a live page.)
    appeal = ("If there were ever a time to join us, it is now. Every contribution, however big or small, powers our "
              "journalism and sustains our future.")
    assert boilerplate_reason(appeal, len(appeal.split())) is not None
    for story in ("Every contribution to the fund, the minister said, supports our hospitals and schools for a decade.",
                  # (The review: a charity's work, and the outlet's own words told by someone.)
                  "Every donation, however small, supports our work with families who have nowhere else to turn, said "
                  "Dr Yusuf.",
                  "Every contribution from viewers funds our journalism and our drama alike, he told staff."):
        assert boilerplate_reason(story, len(story.split())) is None, story


def test_a_previous_articles_title_between_its_labels():
    # (From an Italian blog: "Articolo precedente" / "Le Dolomiti senza rifugi: si può?" / "Articolo successivo"
    # under the author's box was kept as the story's closing sentence.)
    page = ["Tre giorni sull'Alta Via con una tenda", "Pubblicato il 2 agosto 2025 da Chiara Benvenuti", "", *STORY,
            "Chiara Benvenuti", "Milanese, camminatrice lenta, fotografa pessima. Racconto qui i miei giri dal 2017.",
            "Articolo precedente", "Le Dolomiti senza rifugi: si può?", "Articolo successivo",
            "Attrezzatura minima per un weekend in montagna"]
    assert body_lines(copied(page).blocks) == STORY
    for label in ("Articolo precedente", "Entrada anterior", "Artigo seguinte", "Volgende artikel", "Artículo anterior"):
        assert boilerplate_reason(label, len(label.split())) is not None, label
    # A sentence opening on such words is the story's (the review).
    for story in ("Entrada anterior al estadio fue cerrada por la policía tras los incidentes.",
                  "Artigo anterior da lei previa multas mais altas para os infratores."):
        assert boilerplate_reason(story, len(story.split())) is None, story


def _page(header: str, dek_markup: str, meta: str = "The page's own summary for search engines, worded otherwise.") -> bytes:
    return (f"<html><head><title>{HEADLINE}</title><meta name=\"description\" content=\"{meta}\"></head><body>"
            f"{header}<main>{dek_markup}<div class=\"article-content\"><p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p>"
            f"<p>{ENGLISH_THIRD}</p></div></main></body></html>").encode("utf-8")


DEK = "Work on the dam starts after the summer and is expected to last until the end of 2027, the company said."


def test_the_visible_dek_wins_over_the_meta_description():
    # (From HTML 109: three pages showed a standfirst and ingest took the meta description instead. The third, a
    # "…Head__lead" paragraph inside the body's element, is left: the review's "article-header__lead" opening a body.)
    # A kicker glued before the headline in one heading, the site's name in the <h1>:
    glued = _page("<header><h1>Harbourview Post</h1></header>",
                  f"<h2><span>Water supply</span><span>{HEADLINE}</span></h2><p class=\"post-article__teaser\">{DEK}</p>")
    assert extract(glued, "a.html").description == DEK
    # An "intro" box in the article's header, with the headline:
    intro = _page("", f"<header><h1>{HEADLINE}</h1><div class=\"intro\"><p>{DEK}</p></div></header>")
    found = extract(intro, "b.html")
    assert found.description == DEK and DEK not in body_lines(found.blocks)
    # Outside the header, an "intro" box over the body's element is the story's first paragraph (a labelled page of
    # stop 39: "<div class='article-intro'>" over the story's column; HTML 109's "<div class='intro'>" labelled a dek
    # is left registered).
    outside = _page("", f"<h1>{HEADLINE}</h1><div class=\"intro\"><p>{DEK}</p></div>")
    assert DEK in body_lines(extract(outside, "b2.html").blocks)
    # A paragraph's "--intro" modifier is the story's first paragraph, not a dek.
    modifier = _page("", f"<h1>{HEADLINE}</h1><div class=\"article__body\"><p class=\"article__paragraph "
                         f"article__paragraph--intro\">{DEK}</p><div class=\"scoreboard\"></div></div>")
    assert DEK in body_lines(extract(modifier, "d.html").blocks)


def test_japanese_desk_in_brackets_and_a_picture_provided():
    # (From text 140: "【富山支局】山岸麻衣" gave no author; "パリの見本市で…担当者（同社提供）" was taken for the dek.)
    lead = ("富山県南砺市の白鷺酒造が、欧州向けの輸出を本格化させる。1月にパリで開かれた食品見本市で、輸入業者計5社と販売契約を結んだ。")
    nxt = "同社はこれまで台湾や香港を中心に輸出してきたが、欧州では日本食ブームを背景に日本酒への関心が高まっている。"
    page = ["富山の老舗酒蔵、欧州輸出を本格化", "2025年2月18日 6時00分", "【富山支局】山岸麻衣", "パリの見本市で日本酒を紹介する白鷺酒造の担当者（同社提供）",
            lead, nxt]
    found = copied(page)
    assert (found.author, found.description) == ("山岸麻衣", None)
    assert body_lines(found.blocks) == [lead, nxt]


def test_furniture_of_a_spanish_paper_and_a_community_radio():
    # (From text 140: a caption's initials after a slash, a WhatsApp channel, a clip's missing transcript, Ofcom.)
    for line in ("Operarios trabajan en una zanja en la calle Mayor de Orihuela. / L. V. S.",
                 "Únete al canal de WhatsApp de La Voz del Segura y recibe las noticias de la Vega Baja en tu móvil.",
                 "Transcript not available for this clip.",
                 "Solway Sound is a community radio station licensed by Ofcom. Registered in Scotland."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = "The council said it would publish a transcript of the meeting, which was not available on Tuesday."
    assert boilerplate_reason(story, len(story.split())) is None


def test_an_intro_box_beside_the_byline_box_is_the_dek_but_not_inside_a_body_box():
    # (From HTML 111: "<div class='ek-intro'>" over "<div class='ek-meta'>" under the headline was passed over; a live
    # ticker's "LiveTicker_intro" inside its "LiveTicker_body" is the story's own summary.)
    beside = _page("", f"<header><h1>{HEADLINE}</h1><div class=\"ek-intro\"><p>{DEK}</p></div><div class=\"ek-meta\">"
                       f"<span>By Anna Weber, political correspondent</span></div></header>")
    assert extract(beside, "e.html").description == DEK
    inside = _page("", f"<h1>{HEADLINE}</h1><div class=\"LiveTicker_body\"><div class=\"LiveTicker_intro\"><p>{DEK}</p>"
                       f"</div><div class=\"LiveTicker_controls\"><button>Neue Einträge laden</button></div></div>")
    assert extract(inside, "f.html").description != DEK



def test_the_second_reviews_ingest_cases():
    # Each dropped a story line, kept furniture or took a wrong author in a first version of this stop's rules.
    for story in ("Solway Sound, which is a community radio station licensed by Ofcom, lost its licence on Tuesday after "
                  "a string of complaints.",
                  "Channel 4 is a publicly owned broadcaster licensed by Ofcom, the minister reminded MPs.",
                  "The company was registered in Scotland in 1998 and grew rapidly in the years that followed.",
                  "A prefeitura pediu que a população siga o canal do WhatsApp oficial para alertas sobre as chuvas."):
        assert boilerplate_reason(story, len(story.split())) is None, story
    lead = "円安が進み、輸入品の価格が上がっている。政府は対策を検討している。専門家は長期化を懸念している。"
    assert copied(["【経済部】円安進む", "", lead, "", lead.replace("円安", "物価高")]).author is None
    # A <p> lead over the body's next <p>, named otherwise, is the story's first paragraph.
    first = _page("", f"<h1>{HEADLINE}</h1><div class=\"article-body\"><p class=\"article__lead\">{DEK}</p>"
                      f"<p class=\"article__paragraph\">{ENGLISH_LEAD}</p></div>")
    assert DEK in body_lines(extract(first, "g.html").blocks)


def test_a_sustaining_members_appeal_above_the_headline():
    # (From text 141: "Become a sustaining member today and keep local news on the air." over a public radio page's
    # headline was taken for the story's first line, the headline then dropped as a repeat of the related list's.)
    appeal = "Become a sustaining member today and keep local news on the air."
    assert boilerplate_reason(appeal, len(appeal.split())) is not None
