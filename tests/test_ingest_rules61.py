"""Ingest rules of stop 34, drawn from the misses of blind batches text 64 (`heldout_text_copied52`) and HTML 41
(`heldout_html41`), measured on main before any rule; each tested on strings of its own."""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied, dump
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract


def test_a_consent_box_about_personal_data_that_quotes_its_button_goes():
    assert bp.boilerplate_reason("Zanim klikniesz „Przejdź dalej”, przeczytaj, jak przetwarzamy Twoje dane osobowe wraz z "
                                 "naszymi partnerami, także w celach marketingowych.", 19) == "cookie/consent notice"
    assert bp.boilerplate_reason("By clicking “Continue”, you agree that we and our partners process your personal data "
                                 "for advertising.", 16) == "cookie/consent notice"
    # (A story about data protection quotes no button.)
    assert bp.boilerplate_reason("The regulator said the app had shared the personal data of 40,000 patients with an "
                                 "advertising firm without their consent.", 21) is None


def test_a_consent_box_over_the_headline_is_neither_the_headline_nor_the_byline():
    page = copied(["Przejdź do treści", "Przejdź do stopki", "Kurier Poranny", "Szukaj", "Drogi Czytelniku,",
                   "Zanim klikniesz „Przejdź dalej”, przeczytaj, jak przetwarzamy Twoje dane osobowe wraz z naszymi "
                   "partnerami, także w celach marketingowych i w celu profilowania.",
                   "Przejdź dalej", "Ustawienia", "ŚWIAT",
                   "Rada UE przyjęła nowy pakiet sankcji wobec floty cieni",
                   "Ambasadorowie uzgodnili listę 60 tankowców, ale bez zakazu importu rosyjskiego niklu, o który "
                   "zabiegała Polska.",
                   "Marta Zielińska", "12.06.2025, 08:10",
                   "Porozumienie zapadło po dwóch tygodniach sporów, a do ostatniej chwili blokowały je dwa państwa, "
                   "które domagały się wyłączeń dla dostaw gazu i części zamiennych.",
                   "Na listę trafiło 60 jednostek, co oznacza, że zakaz wpływania do unijnych portów obejmie łącznie "
                   "ponad 500 statków, a armatorzy stracą dostęp do europejskich ubezpieczeń."])
    assert page.title == "Rada UE przyjęła nowy pakiet sankcji wobec floty cieni"
    assert page.author == "Marta Zielińska"
    assert page.description.startswith("Ambasadorowie uzgodnili listę 60 tankowców")
    assert not any("dane osobowe" in line for line in body_lines(page.blocks))


def test_a_video_players_caption_and_its_more_clips_link_go_and_the_lead_over_it_is_the_dek():
    assert bp.boilerplate_reason("Видео: Вечерните новини, 20:00 ч.", 5) == bp.VIDEO_LABEL
    assert bp.boilerplate_reason("Weitere Videos", 2) == bp.VIDEO_LABEL
    assert bp.boilerplate_reason("Watch more videos", 3) == bp.VIDEO_LABEL
    page = copied(["Начало", "Новини", "Свят", "Преговорите в Истанбул ще продължат и следващата седмица",
                   "15 април 2025, 18:20", "Сподели", "Facebook", "Копирай линка",
                   "Турция потвърди, че ще бъде домакин и на следващия кръг. На масата ще бъдат обменът на пленници "
                   "и прекратяването на ударите по енергийни обекти.",
                   "Видео: Вечерните новини, 20:00 ч.", "00:00 / 03:12", "Гледайте още видеа",
                   "Делегациите на двете страни ще се срещнат отново в Истанбул в понеделник, съобщи турското "
                   "външно министерство след края на днешните разговори.",
                   "Според източници, цитирани от турски медии, на масата са и гаранциите за сигурност, които "
                   "европейските страни обсъждат от няколко месеца."])
    assert page.description.startswith("Турция потвърди")
    assert body_lines(page.blocks)[0].startswith("Делегациите на двете страни")


def test_a_save_for_later_button_and_its_messages_go_and_are_no_byline():
    for line in ("Bookmark", "Story Saved", "You can find this story in My Bookmarks.Or by navigating to the user icon "
                 "in the top right.", "Save This Recipe!", "Artikel merken"):
        assert bp.boilerplate_reason(line, len(line.split())) == "a save-for-later button and its messages", line


def test_a_byline_copied_without_its_spaces_names_the_reporter():
    assert md.byline("ByTom HarwellPolitical Editor") == "Tom Harwell"
    assert md.byline("ByMartha McDonaldCrime Reporter") == "Martha McDonald"
    assert md.byline("Byron Hale") is None  # (a first name that starts with "By")


def test_a_count_under_comments_in_the_header_is_its_counter_not_a_thread():
    page = copied(["News", "Courts", "Former council clerk jailed for stealing £40,000 from a charity",
                   "ByTom HarwellCourt Reporter", "09:10, 4 MAR 2025", "Comments", "7",
                   "A former council clerk who took more than £40,000 from a children's charity she volunteered for "
                   "has been jailed for two years.",
                   *STORY])
    assert page.author == "Tom Harwell"
    assert body_lines(page.blocks)[0].startswith("A former council clerk")
    assert len(body_lines(page.blocks)) == 4


def test_a_whatsapp_community_plug_and_a_recipes_tag_prompt_go():
    assert bp.boilerplate_reason("Join the Kentish Echo WhatsApp community", 6) == bp.PROMPT
    assert bp.boilerplate_reason("Tried this recipe? Tag @oatsandember on Instagram!", 7) == bp.PROMPT


def test_a_live_pages_pinned_summary_over_the_first_long_paragraph_keeps_its_headline():
    entries = []
    for time, head, text in (("11.40 GMT", "Finland offers two air-defence batteries",
                              "Finland will send two air-defence batteries to western Ukraine once a ceasefire holds, "
                              "its defence minister told reporters on arrival at the summit."),
                             ("10.15 GMT", "Kremlin warns against any foreign deployment",
                              "The Kremlin repeated its warning that troops from any Nato country on Ukrainian soil "
                              "would be treated as a party to the conflict, its spokesman said.")):
        entries += ["Share", "3h ago", time, head, text]
    page = copied(["Skip to main content", "News", "World", "Europe", "Ukraine", "Live",
                   "Security guarantees: leaders meet in Helsinki to agree the shape of a reassurance force – live",
                   "Prime ministers from twelve countries discuss air defence, troops and money; Kyiv asks for "
                   "guarantees that parliaments ratify",
                   "Anna Vale and Tom Reese", "Wed 19 Mar 2025 13.02 GMT",
                   "First published on Wed 19 Mar 2025 08.00 GMT", "Share", "Key events", "3h ago",
                   "Finland offers two air-defence batteries", "4h ago", "Kremlin warns against any foreign deployment",
                   "Pinned post", "13.02 GMT", "Where things stand",
                   "We are pausing our coverage shortly. Here is where the talks stand after a long day in Helsinki:",
                   "Leaders agreed to keep working on a reassurance force that would deploy only after a ceasefire.",
                   "Finland offered two air-defence batteries and money for air policing over western Ukraine.",
                   *entries])
    lines = body_lines(page.blocks)
    assert lines[0] == "## Where things stand"
    assert "## Kremlin warns against any foreign deployment" in lines


def test_a_recipe_cards_ingredients_under_its_times_are_a_list():
    page = extract(dump("Oat and ember flatbreads", "By Ruth Abel", "June 3, 2025",
                        "These flatbreads come from a camping trip years ago, when we cooked them on a griddle over the "
                        "last of the fire and ate them before they had cooled.",
                        "They need no yeast and no oven, and the dough can be made the night before and kept in the "
                        "fridge in a sealed box until you need it.",
                        "Print Recipe", "5 from 12 votes", "Prep Time 15 mins", "Cook Time 10 mins",
                        "Total Time 25 mins", "Course Bread", "Cuisine British", "Servings 6 flatbreads", "Ingredients",
                        "250 g plain flour", "150 g natural yoghurt", "1 tsp baking powder", "2 tbsp olive oil",
                        "Instructions",
                        "Mix the flour, baking powder and a pinch of salt, then stir in the yoghurt and the oil until "
                        "a soft dough forms.",
                        "Divide into six, roll each out thinly and cook in a hot dry pan for two minutes a side."),
                   "page.txt")
    lines = body_lines(page.blocks)
    assert "## Ingredients" in lines and "- 250 g plain flour" in lines and "- 2 tbsp olive oil" in lines


def test_a_post_line_with_an_affiliate_note_gives_the_date_and_the_author():
    line = "Published: Jun 3, 2025 · Modified: Jun 5, 2025 by Ruth Abel · This post may contain affiliate links · 8 Comments"
    assert md.post_line(line) == ("2025-06-03", "Ruth Abel")
    page = extract(dump("Oat and ember flatbreads", line,
                        "These flatbreads come from a camping trip years ago, when we cooked them on a griddle over the "
                        "last of the fire and ate them before they had cooled.",
                        "They need no yeast and no oven, and the dough can be made the night before and kept in the "
                        "fridge in a sealed box until you need it.",
                        "Mix the flour, baking powder and a pinch of salt, then stir in the yoghurt and the oil until "
                        "a soft dough forms, then roll it out and cook it in a hot dry pan."), "page.txt")
    assert (page.date, page.author, page.description) == ("2025-06-03", "Ruth Abel", None)


def test_a_japanese_interviewers_credit_is_the_byline_and_the_profile_under_the_interview_goes():
    assert md.byline("聞き手・構成：山口真由") == "山口真由"
    page = copied(["東都ビジネス", "老舗の酒蔵が海外に活路を見いだすまで", "聞き手・構成：山口真由", "2025年4月2日 6:00",
                   "――海外での売り上げが伸びています。",
                   "佐藤　ええ、昨年度は全体の4割でした。10年前はほとんどゼロでしたから、社員も驚いています。",
                   "――きっかけは何だったのでしょう。",
                   "佐藤　最初は展示会でした。香港の料理店の方が試飲して、その場で注文をくださったのが始まりです。",
                   "――人手不足はどう乗り越えていますか。",
                   "佐藤　蔵人の半分は20代です。冬だけの仕事にせず、夏は田んぼと営業を任せて、一年を通して働ける形に"
                   "変えました。給料も年間で払うようにしたので、辞める人がほとんどいなくなりました。",
                   "――これからの目標を教えてください。",
                   "佐藤　10年後には海外の売り上げを半分にしたいと考えています。そのためには、現地の料理に合う酒を"
                   "一緒に考えてくれる料理人とのつながりを、もっと増やさなければなりません。",
                   "佐藤 一郎（さとう・いちろう）", "佐藤酒造 代表取締役",
                   "1970年新潟県生まれ。東京の銀行勤務を経て家業に入る。2010年に5代目社長に就任。"])
    assert page.author == "山口真由"
    assert not any("代表取締役" in line or "生まれ" in line for line in body_lines(page.blocks))


def test_a_blogs_first_paragraph_cut_off_as_its_meta_description_is_no_dek():
    lead = ("El sábado la plaza volvió a llenarse de puestos de miel. Después de cuatro años sin celebrarse, la feria "
            "regresó con nueve apicultores y más visitantes de los que nadie esperaba.")
    rest = ("La última edición había sido en 2021, y desde entonces la asociación no había encontrado quien la "
            "organizara ni dinero para pagar las carpas.",
            "Hubo concurso, como siempre, y el primer premio fue para una miel de brezo de la sierra que nadie del "
            "jurado había probado antes.",
            "La asociación ya ha dicho que la feria vuelve el año que viene, el tercer fin de semana de octubre.")
    div = '<div style="text-align: justify;">{}</div>'
    body = (div.format(lead) + div.format("<br />")
            + '<table class="tr-caption-container"><tbody><tr><td><a href="a.jpg"><img src="a.jpg" /></a></td></tr>'
            '<tr><td class="tr-caption">Los tarros del concurso, esperando al jurado. (Foto: L. G.)</td></tr></tbody>'
            '</table>' + "".join(div.format(p) + div.format("<br />") for p in rest))
    html = ("<html><head><title>Crónicas de la sierra: Vuelve la feria de la miel</title>"
            f"<meta property='og:description' content='{lead[:100]}...'/></head><body>"
            "<h1 class='title'>Crónicas de la sierra</h1><div class='blog-posts hfeed'>"
            "<h2 class='date-header'><span>domingo, 12 de octubre de 2025</span></h2>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Vuelve la feria de la miel</h3>"
            f"<div class='post-body entry-content'>{body}</div>"
            "<div class='post-footer'>Publicado por Lucía Gil</div></div></div></body></html>")
    page = extract(html.encode(), "page.html")
    assert page.description is None
    assert body_lines(page.blocks)[0] == lead


def test_hebrew_share_buttons_go_and_a_name_with_its_title_and_a_hyphen_is_the_byline():
    assert md.author_name('ד"ר נועה בן-שטרית') == 'ד"ר נועה בן-שטרית'
    for line in ("שיתוף בוואטסאפ", "שיתוף בפייסבוק", "שליחה במייל"):
        assert bp.boilerplate_reason(line, len(line.split())) == "social network links", line


# Rules after the sealed batches text 65 and HTML 42 were measured once (on faeaa42).

def test_a_captions_credit_after_a_bar_makes_it_a_caption_in_any_script():
    for line in ("Volunteers clear the riverbank near the old mill, archive | Photo: Dana Lowe",
                 "חיילים בתרגיל משותף בצפון, ארכיון | צילום: דנה לוי"):
        assert bp.boilerplate_reason(line, len(line.split())) == "photo caption with its credit", line


def test_a_hebrew_site_that_makes_use_of_cookies_says_so_in_a_consent_notice():
    line = "אתר זה עושה שימוש בעוגיות לצורך שיפור חוויית הגלישה. המשך הגלישה באתר מהווה הסכמה לכך."
    assert bp.boilerplate_reason(line, len(line.split())) == "cookie/consent notice"


def test_a_plural_role_is_a_role_line_as_a_singular_one_is():
    assert md.role_line("Reporters") and md.role_line("Senior correspondents")
