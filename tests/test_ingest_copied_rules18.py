"""Copied-text rules found on batch 18's pages, checked on other strings (other sites, other languages)."""
from __future__ import annotations

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import byline, publisher_mentions
from ingest_fixtures import dump as _dump


_JA_LEAD = ("\u3000政府は2日、電力の需給がひっ迫する恐れがあるとして、今冬の節電要請を全国に出すことを決めた。"
            "大手電力各社の予備率が、1月に3％を下回る見通しとなったためだ。")
_JA_NEXT = ("\u3000経済産業省によると、北海道と東北では寒波による需要の増加が見込まれ、老朽化した火力発電所の"
            "停止も重なる。家庭や企業に対し、暖房の設定温度を下げるなどの協力を呼びかける。エネルギー政策の見直しも急ぐ。")


def test_a_japanese_label_row_is_not_the_headline_and_place_equals_name_is_a_byline():
    headline = "今冬の節電要請、全国に　予備率3％割れの見通しで政府"
    e = extract(_dump("トップ > 経済 > 記事", "会員記事 エネルギー政策", headline, "仙台＝佐藤一郎",
                      "2026年12月2日 18時30分", "写真 保存する 共有 X Facebook メール 印刷", _JA_LEAD, _JA_NEXT), "x.txt")
    assert (e.title, e.author, e.date) == (headline, "佐藤一郎", "2026-12-02")
    assert e.description is None  # the tool row under the date is no dek
    assert byline("【北京＝田中花子、上海＝王明】") == "田中花子, 王明"
    assert byline("会談＝2日、首相官邸") is None  # a caption's "＝" is followed by its date


_FR_LEAD = ("Dans les entrepôts du port de Constanța, les conteneurs de céréales ukrainiennes s'empilent depuis que la "
            "mer Noire est redevenue dangereuse, et les dockers travaillent désormais de nuit pour rattraper le retard.")
_FR_NEXT = ("Le directeur du port estime que le trafic a doublé en un an, mais les routes qui mènent aux quais n'ont "
            "pas été élargies, si bien que les camions de l'agriculture attendent parfois trois jours.")


def test_a_breaking_bar_under_the_menu_row_is_no_dek_and_a_genre_byline_names_the_reporter():
    headline = "Pourquoi les dockers roumains n’en peuvent plus"
    e = extract(_dump("Menu", "À la une International Politique Économie Agriculture Culture Sport Idées",
                      "Alerte info Bruxelles : les ministres européens s'accordent sur un nouveau paquet de sanctions "
                      "contre la flotte fantôme russe",
                      "Roumanie", headline,
                      "Le port roumain est devenu la principale porte de sortie des céréales ukrainiennes. Les dockers "
                      "n'y suffisent plus.", "Un reportage de Marie Dubois, Constanța", "1 décembre 2026 à 06h30",
                      _FR_LEAD, _FR_NEXT), "x.txt")
    assert (e.title, e.author, e.date) == (headline, "Marie Dubois", "2026-12-01")
    assert e.description.startswith("Le port roumain")
    assert byline("An analysis by Tom Reyes, Brussels") == "Tom Reyes"
    assert byline("Eine Frage von Ehre") is None  # a genre word is needed before "von"
    assert byline("By Anna Berg, Ole Nygaard and Per Lund") == "Anna Berg, Ole Nygaard and Per Lund"


_EN_PARAS = ["The harbour at Berdiansk has been closed to shipping since the spring, and the fishermen who still live in "
             "the town mend nets they have no water to use.",
             "Most of the fleet was moved west in the first months of the war; what is left sits on cradles in a yard "
             "behind the old fish cannery, guarded by two pensioners.",
             "\"We fix them so they are ready,\" said Mykola, 64, who has fished the Sea of Azov for forty years. "
             "\"Ready for what, nobody can tell me.\"",
             "The town's council, which works from an office in Zaporizhzhia now, says it keeps a list of every boat "
             "and its owner for the day the port opens again."]


def test_gallery_captions_ending_in_a_bracketed_credit_and_a_carousels_items_are_not_story():
    e = extract(_dump("Fishermen without a sea in Berdiansk", "By Anna Kovalenko", "Published On 2 Dec 2026",
                      _EN_PARAS[0], _EN_PARAS[1],
                      "Nets hang to dry in a yard behind the cannery. The owners come every morning to check on them "
                      "[Dmytro Lysenko/Harbour Wire]",
                      "Recommended Stories", "list 1 of 3", "Why grain prices are rising again in Odesa?",
                      "list 2 of 3", "Ukraine's fleet, one year on", "list 3 of 3", "What the talks mean for the Azov coast",
                      "end of list", _EN_PARAS[2],
                      "A trawler on a cradle at the yard, where it has stood since 2022 [File: Harbour Wire]",
                      _EN_PARAS[3]), "x.txt")
    assert [b.text for b in e.blocks] == _EN_PARAS
    transcript = "\"We will not stop,\" she told the crowd. [Applause]"  # a bracketed word is no credit without "/"
    assert boilerplate_reason(transcript, len(transcript.split())) is None


def test_a_hard_paywalls_count_of_what_is_left_ends_the_story():
    headline = "今冬の節電要請、全国に　予備率3％割れの見通しで政府"
    e = extract(_dump(headline, "仙台＝佐藤一郎", "2026年12月2日 18時30分", _JA_LEAD, _JA_NEXT,
                      "この記事は有料記事です。", "残り860文字", "有料会員になると続きをお読みいただけます。", "ログインする",
                      "エネルギー問題", "電力や燃料をめぐる最新ニュースや解説をまとめています。", "特集ページへ",
                      "毎朝の主なニュースをメールでお届けします。"), "x.txt")
    assert [b.text for b in e.blocks] == [_JA_LEAD.strip("\u3000"), _JA_NEXT.strip("\u3000")]
    e = extract(_dump("Pourquoi les dockers roumains n’en peuvent plus", "Par Marie Dubois", "1 décembre 2026",
                      _FR_LEAD, _FR_NEXT, "Il vous reste 71.5% de cet article à lire. La suite est réservée aux abonnés.",
                      "Le Quotidien du Port publie chaque jour des tribunes extérieures, dont les opinions n’engagent que "
                      "leurs auteurs.", "Vous ne pouvez pas réagir, car cet article est réservé aux abonnés."), "x.txt")
    assert [b.text for b in e.blocks] == [_FR_LEAD, _FR_NEXT]


def test_player_form_and_reading_time_lines_and_wire_style_notes_are_furniture():
    furniture = ["Sorry, this video could not be played.",
                 "To watch this video, please enable JavaScript in your browser.",
                 "Your browser does not support the video tag.",
                 "Para ver este video debes activar JavaScript.",
                 "Pour regarder cette vidéo, vous devez activer JavaScript.",
                 "Tap to play", "Watch now",
                 "Please enter a valid email address", "Something went wrong, please try again.",
                 "Lesezeit: 3 Min.", "6 min de lecture",
                 "Maria Jensen and Ali Rahimi contributed reporting from Copenhagen.",
                 "This story appears in the March 2026 print edition.",
                 "Etiketler: deprem, İzmir, AFAD",
                 "Sign up to our newsletters for the morning briefing"]
    for line in furniture:
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = ["The video could be played in court, the judge ruled, once the defence had seen it.",
             "Reading time matters to editors, who measure it in minutes.",
             "Officials contributed reporting to the inquiry, the minister said."]
    for line in story:
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_german_quotes_closing_with_guillemets_end_a_sentence():
    paras = ["Die Fähre nach Helgoland fährt seit Montag nur noch dreimal in der Woche, weil die Reederei zwei ihrer "
             "Schiffe in die Werft schicken musste.",
             "Auf der Insel ist der Ärger groß. Viele Pensionen hatten für den Winter mit Gästen gerechnet, die nun "
             "nicht kommen können.",
             "»Wir haben die Zimmer seit dem Sommer vermietet«, sagt die Wirtin Anke Petersen. »Jetzt sagen die Leute "
             "ab, und niemand erstattet uns etwas.«",
             "Die Reederei verspricht, den Fahrplan bis Ostern wieder auszubauen."]
    e = extract(_dump("Helgoland-Fähre fährt nur noch dreimal pro Woche", "Von Jan Ohlsen", "1. Dezember 2026",
                      paras[0], paras[1], "Mehr zum Thema", "Inselbahn: Was der neue Fahrplan bringt\n"
                      "Nordsee: Die Preise für Fähren steigen", paras[2], paras[3]), "x.txt")
    assert [b.text for b in e.blocks] == paras
    assert byline("BY LENA MARCHETTI AND TOBIAS WREN") == "Lena Marchetti and Tobias Wren"
    assert byline("VON ANNA SCHMIDT UND PETER KRAUS") == "Anna Schmidt and Peter Kraus"


def test_the_consent_notice_names_the_site_and_its_buttons_are_no_site_name():
    assert publisher_mentions("La Voix du Nord et ses 98 partenaires utilisent des cookies pour mesurer l’audience.") \
        == ["La Voix du Nord"]
    assert publisher_mentions("Diario Sur y sus socios utilizamos cookies propias y de terceros.") == ["Diario Sur"]
    notice = "北海タイムスは、広告配信のためにCookieを利用しています。詳しくはプライバシーポリシーをご覧ください。"
    assert publisher_mentions(notice) == ["北海タイムス"]
    assert boilerplate_reason(notice, len(notice) // 2) == "cookie/consent notice"
    assert publisher_mentions("We and our partners use cookies to personalise ads.") == []
    assert publisher_mentions("© 2026 Tüm hakları saklıdır.") == []
    e = extract(_dump("We and our partners use cookies to personalise content and ads, and to analyse our traffic.",
                      "I Agree More Options", "Fishermen without a sea in Berdiansk", "By Anna Kovalenko",
                      "2 December 2026", *_EN_PARAS), "x.txt")
    assert e.publisher is None  # (was "I Agree More Options", the first line after the notice)
    e = extract(_dump("Diario Sur y sus socios utilizamos cookies propias y de terceros para analizar la navegación.",
                      "Aceptar Rechazar Configurar", "Noticias Deportes Economía", _HEADLINE_ES, "Por Ana Ruiz",
                      "1 de diciembre de 2026", _ES_LEAD, _ES_NEXT,
                      "© Corporación Andaluza de Medios del Sur, S.A. 2026"), "x.txt")
    assert e.publisher == "Diario Sur"


_HEADLINE_ES = "El puerto de Málaga recibe el primer crucero eléctrico del Mediterráneo"
_ES_LEAD = ("El puerto de Málaga recibió este lunes el primer crucero propulsado solo por baterías que navega por el "
            "Mediterráneo, un barco de 120 metros que hará la ruta entre la ciudad y Melilla.")
_ES_NEXT = ("La naviera asegura que el buque evita la emisión de unas 4.000 toneladas de CO2 al año y que podrá cargar "
            "sus baterías en el muelle en menos de tres horas.")


def test_a_name_over_its_role_and_a_name_with_its_place_are_bylines():
    e = extract(_dump(_HEADLINE_ES, "1 de diciembre de 2026", "Ana Ruiz", "Corresponsal en Málaga", _ES_LEAD, _ES_NEXT),
                "x.txt")
    assert e.author == "Ana Ruiz"  # (was the role, "Corresponsal")
    e = extract(_dump("Fishermen without a sea in Berdiansk", "2 December 2026", "Anna Kovalenko", "Ukraine correspondent",
                      "GETTY IMAGES", *_EN_PARAS), "x.txt")
    assert e.author == "Anna Kovalenko"
    e = extract(_dump(_HEADLINE_ES, "Publicado: 01.12.2026 - 09:41", "Facebook X WhatsApp", "Ana Ruiz - Málaga",
                      "El crucero, atracado en el muelle 2. (Foto: EFE)", _ES_LEAD, _ES_NEXT), "x.txt")
    assert e.author == "Ana Ruiz"


def test_a_bio_under_an_html_story_is_dropped_when_only_the_markup_names_the_author():
    paras = "".join(f"<p>{p}</p>" for p in _EN_PARAS)
    raw = ("<!DOCTYPE html><html lang='en'><head><title>Fishermen without a sea | Harbour Wire</title>"
           "<meta name='author' content='Anna Kovalenko'></head><body><article><h1>Fishermen without a sea</h1>"
           f"{paras}<p>Anna Kovalenko is a photographer and writer based in Zaporizhzhia. Her book on the Azov "
           "coast comes out in spring.</p></article></body></html>").encode()
    e = extract(raw, "page.html")
    assert e.author == "Anna Kovalenko"
    assert [b.text for b in e.blocks] == _EN_PARAS


def _html(head: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in _EN_PARAS)
    return (f"<!DOCTYPE html><html lang='en'><head><title>Fishermen without a sea</title>{head}</head><body><article>"
            f"<h1>Fishermen without a sea</h1>{paras}</article></body></html>").encode()


def test_the_share_cards_site_name_beats_the_company_and_loses_its_hosting_portal():
    ld = ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\","
          "\"name\":\"%s\"}}</script>")
    assert extract(_html("<meta property='og:site_name' content='Harbour Wire'>" + ld % "Harbour Wire Media Ltd"),
                   "p.html").publisher == "Harbour Wire"
    assert extract(_html("<meta property='og:site_name' content='北海タイムス電子版'>" + ld % "北海タイムス社"),
                   "p.html").publisher == "北海タイムス電子版"
    assert extract(_html("<meta property='og:site_name' content='Harbour Wire'>" + ld % "Harbour Wire News"),
                   "p.html").publisher == "Harbour Wire News"  # no company: the structured data's name stands
    assert extract(_html("<meta property='og:site_name' content='Department for Transport - GOV.UK'>"),
                   "p.html").publisher == "Department for Transport"


def test_footer_survey_licence_sitemap_affiliate_and_comment_prompts_in_more_languages():
    furniture = ["Was this page helpful?", "War diese Seite hilfreich?", "Mapa del sitio", "Plan du site",
                 "Treści w serwisie są udostępniane na licencji Creative Commons: uznanie autorstwa 3.0.",
                 "This work is licensed under a Creative Commons Attribution 4.0 licence.",
                 "Diario Sur se financia gracias a sus lectores: si compras a través de nuestros enlaces, podemos "
                 "ganar una comisión de afiliado.",
                 "¡Por favor ingrese su comentario!", "Por favor, ingrese su nombre aquí"]
    for line in furniture:
        assert boilerplate_reason(line, len(line.split())) is not None, line
    story = ["Was this plan helpful to the city, the mayor asked the council?",
             "The photographs were published under a licence from the agency."]
    for line in story:
        assert boilerplate_reason(line, len(line.split())) is None, line
    e = extract(_dump(_HEADLINE_ES, "Ana Ruiz - Málaga", "1 de diciembre de 2026", _ES_LEAD, "İLGİLİ HABERLER\n"
                      "Limanda yeni dönem başlıyor\nElektrikli gemiler yaygınlaşıyor", _ES_NEXT), "x.txt")
    assert [b.text for b in e.blocks] == [_ES_LEAD, _ES_NEXT]


def test_a_lone_time_in_the_story_is_a_videos_duration_not_a_live_blog_entry():
    paras = "".join(f"<p>{p}</p>" for p in _EN_PARAS[:2])
    rest = "".join(f"<p>{p}</p>" for p in _EN_PARAS[2:])
    raw = ("<!DOCTYPE html><html lang='en'><head><title>Fishermen without a sea</title></head><body><article>"
           f"<h1>Fishermen without a sea</h1>{paras}<div class='video'><p>Your browser does not support the video tag."
           f"</p><div>02:14</div></div>{rest}</article></body></html>").encode()
    assert [b.text for b in extract(raw, "page.html").blocks] == _EN_PARAS


def test_a_quotation_with_its_speech_verb_above_a_photo_credit_is_story_not_its_caption():
    quote = "“We mend them so they are ready,” Mykola, 64, told reporters at the yard on Monday. “Ready for what?”"
    text = "\n".join(["Fishermen without a sea in Berdiansk", "By Anna Kovalenko", _EN_PARAS[0], _EN_PARAS[1], quote,
                      "Photo: Dmytro Lysenko/Harbour Wire", _EN_PARAS[3]])
    assert [b.text for b in extract(text.encode(), "x.txt").blocks] == [_EN_PARAS[0], _EN_PARAS[1], quote, _EN_PARAS[3]]


def test_the_mastheads_name_beats_the_copyright_company_that_starts_with_it():
    e = extract(_dump("The Harbour", "Fishermen without a sea in Berdiansk", "By Anna Kovalenko", "2 December 2026",
                      *_EN_PARAS, "© 2026 The Harbour Quarterly Group. All rights reserved."), "x.txt")
    assert e.publisher == "The Harbour"
