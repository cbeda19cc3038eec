"""Ingest rules of stop 25, drawn from blind batches text 50 and HTML 27 and from real pages: headlines read as the page
shows them, publishers named by mastheads and copyrights, bylines, enumerations, live entries, paywalls, forum replies."""
from __future__ import annotations

import pytest

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import publisher_mentions

_STORY = ["Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
          "Ukraine after any ceasefire, and the talks are expected to run late into the night.",
          "Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
          "capitals prefer a political declaration that can be agreed before the end of the year."]


def _copy(headline: str, top: list[str]) -> str:
    lines = top + [headline, "By Anna Lind", "12 March 2025"] + _STORY + ["Share", "© Nordic Wire 2025"]
    return extract("\n\n".join(lines).encode(), "talks.txt").title


def test_a_shown_headlines_capitalized_first_clause_before_a_dash_is_kept():
    # The line under the menu is the headline the page shows: its first clause is part of it, as in an <h1>.
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Security Talks Brussels – Kyiv demands written commitments", top) == \
        "Security Talks Brussels – Kyiv demands written commitments"


def test_a_shown_headline_still_loses_a_site_name_after_a_dash_and_a_section_before_a_bar():
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Kyiv demands written commitments in Brussels - Nordic Wire", top) == \
        "Kyiv demands written commitments in Brussels"
    assert _copy("Opinion | Kyiv is right to demand written commitments", top) == \
        "Kyiv is right to demand written commitments"


def test_a_shown_headline_loses_a_first_clause_the_page_names_as_the_site():
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Nordic Wire – Kyiv demands written commitments in Brussels", top) == \
        "Kyiv demands written commitments in Brussels"


def _page(top: list[str], story: list[str], bottom: list[str]):
    return extract("\n\n".join(top + story + bottom).encode(), "page.txt")


_HEADLINE = "Brussels agrees a ban on Russian liquefied gas from next year"
_BODY = ["The European Union agreed on Tuesday to stop all imports of Russian liquefied natural gas from January, "
         "ending a trade that had continued through four years of war.",
         "Diplomats said the ban would be phased in over six months for contracts signed before the invasion, and "
         "that two member states had asked for longer to find other suppliers."]


def test_copyright_by_a_publishing_company_names_it_not_copyright_and_the_masthead_wins_over_it():
    # "© Copyright by …": "by" before the owner; the owner's company word may come first ("Wydawnictwo …"), and the
    # masthead under a cookie notice names the outlet readers know.
    page = _page(["Szanujemy Twoją prywatność", "Wykorzystujemy pliki cookies, aby analizować ruch w serwisie.",
                  "Przejdź do treści", "Dziennik Krajowy", "Prenumerata", "Kraj", "Świat", _HEADLINE, "Anna Nowak"],
                 _BODY, ["Dziennik Krajowy", "Kontakt", "© Copyright by Wydawnictwo Krajowe Sp. z o.o. 2026"])
    assert page.publisher == "Dziennik Krajowy"
    assert publisher_mentions("© Copyright by Wydawnictwo Krajowe Sp. z o.o. 2026") == ["Wydawnictwo Krajowe"]
    assert publisher_mentions("Copyright © 2026 by Acme Media") == ["Acme Media"]


def test_a_row_of_skip_links_is_no_site_name_and_one_menu_word_is_no_masthead():
    page = _page(["Skip to content", "Accessibility Help", "Your account", "Home", "News", "Sport", "WBC News", "Menu",
                  _HEADLINE], _BODY, ["About the WBC", "Copyright 2026 WBC. All rights reserved."])
    assert page.publisher == "WBC News"
    page = _page(["Aller au contenu", "Aller au menu", "Aller à la recherche",
                  "Ministère de l'Europe et du Commerce extérieur", "Rechercher", "Menu", "Le ministère",
                  "Politique étrangère", "Accueil", "Communiqué de presse", "Publié le 12 mars 2026",
                  "Sanctions : la France renforce les contrôles sur les biens à double usage"],
                 ["La France a renforcé mardi les contrôles à l'exportation des biens à double usage vers les pays "
                  "tiers soupçonnés de les réexporter vers la Russie, a annoncé le ministère.",
                  "Les entreprises concernées devront désormais fournir une déclaration de destination finale pour "
                  "chaque livraison, sous peine de sanctions pénales."],
                 ["Partager", "Ministère de l'Europe et du Commerce extérieur", "Mentions légales"])
    assert page.publisher == "Ministère de l'Europe et du Commerce extérieur"


def test_a_name_in_a_script_without_capitals_or_of_one_word_heads_the_page_and_the_copyright():
    page = _page(["אתר זה עושה שימוש בעוגיות לצורך שיפור חוויית הגלישה. המשך הגלישה מהווה הסכמה.", "אישור",
                  "דלג לתוכן המרכזי", "חדשות המפרץ", "ראשי", "חדשות", _HEADLINE], _BODY,
                 ["חדשות המפרץ", "© כל הזכויות שמורות לחדשות המפרץ 2026"])
    assert page.publisher == "חדשות המפרץ"
    page = _page(["Перейти до основного вмісту", "Обрій", "Дивитися ефір", _HEADLINE], _BODY,
                 ["Обрій", "Про нас", "© 2026 Телеканал «Обрій». Усі права захищено.",
                  "Використання матеріалів сайту дозволяється лише за умови гіперпосилання на «Обрій»."])
    assert page.publisher == "Обрій"
    assert [b.text for b in page.blocks if b.kind == "paragraph"] == _BODY


def test_about_us_in_a_script_without_capitals_is_no_site_name():
    page = _page(["من نحن", "اتصل بنا", _HEADLINE], _BODY, ["من نحن", "جميع الحقوق محفوظة © 2026 الشرق اليوم"])
    assert page.publisher != "من نحن"


def test_two_reporters_each_with_the_place_they_filed_from():
    from sitegen.ingest.metadata import reporting_credit
    assert reporting_credit("Reporting by Hannah Okafor in Brussels and Pieter Vos in Athens; Editing by Clara Mendes") \
        == "Hannah Okafor and Pieter Vos"
    page = _page(["Skip to content", "The Northern Ledger", "World   Europe   Ukraine", _HEADLINE,
                  "Rachel Whitcombe in Vilnius and Daniel Osei in Brussels", "Tue 3 Mar 2026 18.42 CET"], _BODY,
                 ["Share", "© 2026 The Northern Ledger"])
    assert page.author == "Rachel Whitcombe and Daniel Osei"


def test_a_question_pages_asked_date_not_its_edited_one():
    page = _page(["Skip to main content", "Hammer & Level Q&A", "Questions   Tags   Users",
                  "Bathroom extractor fan keeps running for fifteen minutes after the light is off", "Asked 2 weeks ago"],
                 ["We moved into a 1990s house in January. The bathroom has no window, just a ceiling extractor fan that "
                  "comes on with the light and keeps running long after it.",
                  "When I switch the light off, the fan keeps running for what I have timed at fourteen to sixteen "
                  "minutes, loud enough to hear from the bedroom."],
                 ["electrical", "Share", "edited Feb 18, 2026 at 8:12", "asked Feb 17, 2026 at 21:07", "marguerite_k"])
    assert page.date == "2026-02-17"


def test_an_enumeration_closed_by_semicolons_under_its_announcing_line_is_kept():
    items = ["les exportateurs devront obtenir une autorisation préalable pour toute vente vers les pays tiers identifiés ;",
             "les entreprises devront insérer dans leurs contrats une clause interdisant la réexportation vers la Russie ;",
             "un guichet unique d'accompagnement est ouvert aux PME et aux entreprises de taille intermédiaire ;"]
    page = _page(["Aller au contenu", "Ministère de l'Europe et du Commerce extérieur", "Communiqué de presse",
                  "Sanctions contre la Russie : entrée en vigueur d'un contrôle renforcé des exportations",
                  "Publié le 5 mars 2026"],
                 ["La ministre déléguée chargée du Commerce extérieur a annoncé mardi un contrôle renforcé des biens.",
                  "À compter du 5 mars 2026 :"] + items +
                 ["les peines encourues en cas de contournement sont portées à sept ans d'emprisonnement.",
                  "« Les sanctions ne fonctionnent que si elles sont appliquées », a déclaré la ministre devant la presse "
                  "à Paris, en appelant les entreprises à la plus grande vigilance."],
                 ["Contact presse", "Mentions légales"])
    kept = [b.text for b in page.blocks]
    assert all(item in kept for item in items)


def test_a_korean_subheading_and_a_run_of_label_value_lines():
    steps = ["흙 고르기와 반죽: 약 2주", "성형과 건조: 한 달 이상", "잿물 입히기: 하루", "가마 소성: 사흘 밤낮"]
    lines = ["본문 바로가기", "월간 풍경", "홈 > 사람", "옹기장이 3대가 지키는 여주의 가마와 느린 그릇 이야기", "한지윤 기자",
             "입력 2026.03.02 09:00",
             "경기도 여주시 북내면의 한 골목 끝. 흙벽돌로 쌓은 가마 옆에서 김태석 씨가 물레를 돌리고 있었다. 손끝에서 항아리가 천천히 올라왔다.",
             "그의 아버지가 이곳에 가마를 연 것이 1956년. 아들까지 3대가 70년 가까이 같은 자리에서 불을 지켜 왔다.",
             "플라스틱에 밀렸던 그릇",
             "1970년대까지만 해도 여주 일대에는 옹기 가마가 스무 곳이 넘었다. 김치와 장을 담그는 집집마다 독이 있었다.",
             "옹기는 만드는 데 시간이 오래 걸린다. 김준호 씨가 설명한 과정은 이렇다."] + steps + [
             "해가 지자 김태석 씨는 가마 아궁이에 장작을 한 아름 더 밀어 넣었다. 사흘 뒤면 항아리 120개가 나온다.",
             "저작권자 © 월간 풍경 무단전재 및 재배포 금지"]
    page = extract("\n".join(lines).encode(), "onggi.txt")
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds.get("플라스틱에 밀렸던 그릇") == "heading"
    assert [kinds.get(step) for step in steps] == ["list_item"] * 4


def test_a_hebrew_read_more_teaser_goes_and_a_subheading_over_an_announced_list_stays():
    lines = ["דלג לתוכן המרכזי", "חדשות המפרץ", "ראשי", "החוף הדרומי בקריית ים ייסגר לרחצה עד סוף הקיץ", "מאת: נועה ברק",
             "03/03/2026 16:20",
             "עיריית קריית ים הודיעה היום כי החוף הדרומי של העיר ייסגר לרחצה עד סוף הקיץ, בעקבות סחף חול חמור ושבירת שובר הגלים.",
             "לדברי מהנדס העיר, הסערה גרמה לקריסה של כארבעים מטרים משובר הגלים, והעבודות יימשכו כחמישה חודשים לפחות.",
             "מה ייסגר ומה יישאר פתוח", "לפי הודעת העירייה:",
             "- הרחצה בחוף הדרומי תיאסר לאורך כל תקופת העבודות",
             "- הטיילת תישאר פתוחה להולכי רגל, למעט קטע סמוך לשובר הגלים",
             "קראו עוד: מחאה בקריית ביאליק: תושבים נגד הקמת אנטנה סלולרית ליד בית הספר",
             "ראש העירייה אמר כי העירייה תפעל להקדים את סיום העבודות ככל האפשר, ותעדכן את התושבים בכל שלב.",
             "© כל הזכויות שמורות לחדשות המפרץ 2026"]
    page = extract("\n\n".join(lines).encode(), "beach.txt")
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds.get("מה ייסגר ומה יישאר פתוח") == "heading"
    assert not any(text.startswith("קראו עוד") for text in kinds)


_PARAS = ["<p>The first snow of the winter closed the mountain road on Saturday, and the walk to the lake took us "
          "almost five hours from the car park instead of the usual three.</p>",
          "<p>The path above the viewpoint was hard ice in the shade, so we put on crampons there and kept them on "
          "until we were back below the refuge in the afternoon.</p>"]


def test_a_blogs_name_in_the_h1_and_the_posts_title_in_an_h3():
    page = ("<html><head><title>Mountain Paths: Lake walk in winter: snow, ice and one fright</title></head><body>"
            "<div class='header'><h1 class='title'>Mountain Paths</h1></div><div class='post'><h2>Sunday, 8 February "
            "2026</h2><h3 class='post-title entry-title'>Lake walk in winter: snow, ice and one fright</h3>"
            + _PARAS[0] + "<table class='tr-caption-container'><tr><td><img src='lake.jpg'></td></tr><tr>"
            "<td class='tr-caption'>The frozen lake with the peak behind it.</td></tr></table>" + _PARAS[1] +
            "</div></body></html>")
    found = extract(page.encode(), "walk.html")
    assert (found.title, found.publisher) == ("Lake walk in winter: snow, ice and one fright", "Mountain Paths")
    assert "The frozen lake with the peak behind it." not in [b.text for b in found.blocks]


def test_an_h1_of_the_site_a_bar_and_the_headline_the_tab_sets_the_other_way_round():
    page = ("<html><head><title>Harbour market closes after fifty years｜Shiomi Times</title></head><body>"
            "<h1>Shiomi Times ｜ Harbour market closes after fifty years</h1>" + "".join(_PARAS) + "</body></html>")
    found = extract(page.encode(), "market.html")
    assert (found.title, found.publisher) == ("Harbour market closes after fifty years", "Shiomi Times")


def test_an_h1_whose_dash_joins_its_own_clauses_is_kept_whole():
    page = ("<html><head><title>Night trains are back — but who is riding them? | Slow Rail</title></head><body>"
            "<h1>Night trains are back — but who is riding them?</h1>" + "".join(_PARAS) + "</body></html>")
    assert extract(page.encode(), "trains.html").title == "Night trains are back — but who is riding them?"


def test_a_forum_reply_numbered_on_its_own_line_under_its_date_ends_the_story():
    post = ("<div class='message'><div class='user'><a>{user}</a><h5>Member</h5></div><div class='main'>"
            "<div class='attribution'><time>11 January 2026</time></div><div class='number'><a>#{n}</a></div>"
            "<article class='body'>{text}</article></div></div>")
    page = ("<html><head><title>Vespa will not start after the rebore | ClassicMoto</title></head><body>"
            "<h1>Vespa will not start after the rebore</h1>"
            + post.format(user="Stelios_K", n=1, text="".join(_PARAS))
            + post.format(user="manolis_ss", n=2, text="<p>That sounds like an air leak to me. Check the crankshaft "
                          "seals first, especially on the flywheel side, before you touch the carburettor.</p>")
            + post.format(user="Giorgos", n=3, text="<p>Agree with Manolis. Also check that the carburettor gasket "
                          "sits flat, they often warp after a rebuild and let in just enough air.</p>")
            + "</body></html>")
    found = extract(page.encode(), "thread.html")
    assert [b.text for b in found.blocks if b.kind == "paragraph"] == [p[3:-4] for p in _PARAS]


_MORE = ["<p>The European Union adopted its twentieth package of sanctions against Russia on Tuesday, after weeks of "
         "argument between member states over banks in third countries and the shadow fleet of tankers.</p>",
         "<p>Diplomats said the package was the broadest since the start of the war, and that two governments had "
         "held out until the last evening for longer transition periods for their energy importers.</p>"]


def test_a_table_rows_last_cell_that_is_a_date_is_no_date_line():
    rows = [("Area", "Measure", "In force"), ("Shipping", "118 tankers listed", "at once"),
            ("Finance", "3 banks in third countries", "1 August 2026"), ("Energy", "LNG transhipment ban", "1 January 2027")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    page = ("<html><head><title>EU adopts its 20th sanctions package | Elbufer</title></head><body><article>"
            "<h1>EU adopts its 20th sanctions package</h1><time datetime='2026-06-24'>24 June 2026</time>"
            + "".join(_MORE) + table + "".join(_PARAS) + "</article></body></html>")
    found = extract(page.encode(), "package.html")
    assert [b.text for b in found.blocks if b.kind == "table_row"] == [" | ".join(r) for r in rows]


def test_a_list_announced_under_a_live_pages_last_entry_is_kept():
    page = ("<html><head><title>Talks in Riyadh, day two: live</title></head><body><article>"
            "<h1>Talks in Riyadh, day two: live</h1>" + "".join(_PARAS) +
            "<p>What we know so far:</p><ul><li>the talks are held behind closed doors;</li>"
            "<li>the United States and Saudi Arabia act as mediators;</li>"
            "<li>the delegation includes defence and foreign ministry officials.</li></ul></article>"
            "<footer><p>Spotted a mistake? Select it and press Ctrl+Enter.</p></footer></body></html>")
    kept = [b.text for b in extract(page.encode(), "live.html").blocks]
    assert "the United States and Saudi Arabia act as mediators;" in kept


def test_a_live_entrys_headline_under_its_time_in_a_copy_spaced_throughout():
    entries = [("22:20", "Kremlin: 'Too early' to talk about a leaders' meeting",
                "The Kremlin said on Tuesday evening that it was far too early to discuss a meeting between the two "
                "presidents, and that the experts would have to finish their work first."),
               ("21:30", "Oil prices slip as the talks get under way",
                "Brent crude fell by more than two per cent during the afternoon as traders bet on progress in "
                "Istanbul, though analysts warned that any easing of sanctions would take months."),
               ("20:12", "Security tight around the talks venue",
                "Streets around the palace on the Bosphorus have been closed to traffic since the morning, and police "
                "boats are patrolling the water in front of it.")]
    lines = ["Skip to content", "WBC News", "Home   News   Sport", "Ukraine peace talks live: first day in Istanbul ends",
             "Live", "Published 10 March 2026"]
    for time, title, text in entries:
        lines += [time, title, text, "Share"]
    page = extract("\n\n".join(lines).encode(), "live.txt")
    headings = [b.text for b in page.blocks if b.kind == "heading"]
    assert headings == [title for _, title, _ in entries]


@pytest.mark.parametrize("notice", ["Pozostało jeszcze 78% artykułu", "62% of this article remains",
                                    "Noch 62 % des Artikels"])
def test_a_paywall_saying_how_much_of_the_story_is_hidden_ends_it(notice):
    pitch = "Read more, know more! Reliable news and analysis. This month: your first month for 1 zł."
    page = _page(["Skip to content", "Dziennik Krajowy", _HEADLINE, "Anna Nowak", "12 March 2026"],
                 _BODY + [notice, pitch, "Buy a subscription"], ["Related", "© Dziennik Krajowy 2026"])
    assert [b.text for b in page.blocks] == _BODY


def test_a_forum_replys_subject_line_re_the_threads_title_ends_the_story_and_signatures_go():
    title = "Pruning old olive trees: is renewal pruning worth it?"
    post = ("<div class='post'><div class='postprofile'><a>{user}</a><dd>Posts: 214</dd></div><div class='postbody'>"
            "<h3><a href='#p{n}'>{subject}</a></h3><p class='author'>by {user} » Tue 03 Feb 2026, 21:14</p>"
            "<div class='content'>{text}</div><div class='signature'>Better oil in the jar than water in the jug."
            "</div></div></div>")
    page = (f"<html><head><title>{title} - Olive Growers Forum</title></head><body><h2><a href='#'>{title}</a></h2>"
            + post.format(user="olive_jaen", n=1, subject=title, text="<br>".join(p[3:-4] for p in _PARAS))
            + post.format(user="mill_master", n=2, subject="Re: " + title,
                          text="In your valley I would wait until the middle of March. A hard frost on fresh cuts can "
                               "kill the branch back to the trunk, and the tree loses a whole year.")
            + post.format(user="paco", n=3, subject="Re: " + title,
                          text="I did it four years ago with twelve old trees and lost only one, which was already "
                               "hollow inside. The others were producing again by the third year.")
            + "</body></html>")
    found = extract(page.encode(), "thread.html")
    assert [b.text for b in found.blocks] == [p[3:-4] for p in _PARAS]


def test_a_live_pages_headline_over_entries_posted_at_a_time():
    entries = [("Posted at 16:48", "Sandvold: 'We are closer than the headlines suggest'",
                "Speaking to reporters as the first session broke up, the secretary general said allies agreed that "
                "Ukraine must be able to defend itself after any ceasefire."),
               ("Posted at 16:31", "Kovalchuk: Ukraine 'cannot sign a ceasefire on trust'",
                "Ukraine's foreign minister, who is attending the meeting as a guest, said Kyiv needed written and "
                "ratified commitments before any ceasefire."),
               ("Posted at 16:05", "Kremlin: foreign troops would be 'legitimate targets'",
                "Moscow responded to the Brussels meeting with a familiar warning about Western troops in Ukraine "
                "after any ceasefire.")]
    lines = ["Skip to content", "Northstar News", "Home   News   Sport", "LIVE",
             "Ukraine peace talks live: Nato ministers split over guarantee for Kyiv",
             "Updated 11 March 2026, 16:48 GMT"]
    for stamp, title, text in entries:
        lines += [stamp, title, text, "Share"]
    page = extract("\n\n".join(lines).encode(), "live.txt")
    assert page.title == "Ukraine peace talks live: Nato ministers split over guarantee for Kyiv"
