"""Ingest rules of stop 57, from the misses of its blind batches (text 136 and HTML 107 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, GERMAN_LEAD, GERMAN_NEXT, body_lines, copied

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.extract import extract

HEADLINE = "Ferry operators to keep a daily return crossing under new island contracts"
STORY = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_sides_line_ups_with_no_label_end_a_match_report():
    # (From text 136: "HARWICK TOWN: Whitlow; Price, …" under the report, with "Sent off: Farrant (41)." kept.)
    page = [HEADLINE, "", *STORY, "",
            "HARWICK TOWN: Whitlow; Price, Farrant, Okafor, Bell; Doyle, Ashworth (Hartnell 46), Kerr; Nolan, Sykes, Quinn.",
            "DUNMORE ROVERS: Hale; Ingram, Foster, Lacey, Birch; Tomlinson, Reid, Capaldi; Webb (Osei 80), Beatty, Marsh.",
            "Sent off: Farrant (41).", "Referee: Paul Henshaw."]
    assert body_lines(copied(page).blocks) == STORY
    # Under the story's own subheading, "Teams", they are a section of it.
    under = [HEADLINE, "", *STORY, "Teams", page[-4], page[-3]]
    assert body_lines(copied(under).blocks)[-2:] == [page[-4], page[-3]]
    # A line-up the story announces, or with the story going on under it, is the story's (the review: a preview).
    preview = [HEADLINE, "", *STORY[:2], "The starting side, confirmed by the FAI on Saturday evening, is:", page[-4],
               "The Finland coach said his side had studied every set piece Ireland had taken this season and expected a "
               "long night of long throws.", "Kick-off is at 7.45pm and the match is live on RTÉ2, with the stadium sold out "
               "for the first time since the new stand opened."]
    kept = [line.removeprefix("- ") for line in body_lines(copied(preview).blocks)]
    assert page[-4] in kept and preview[-1] in kept
    # Nor a Cabinet's list, its offices in brackets (the second review).
    cabinet = ("The full Cabinet: Micheál Martin (Taoiseach); Simon Harris (Tánaiste), Jack Chambers, Helen McEntee, "
               "Darragh O'Brien, Norma Foley, Peter Burke, James Browne, Dara Calleary.")
    assert cabinet in body_lines(copied([HEADLINE, "", *STORY[:2], cabinet, STORY[2]]).blocks)
    # A list of names after a colon with no line of a formation is no line-up.
    names = "Those who signed the letter: Hale, Ingram, Foster, Lacey, Birch, Tomlinson, Reid, Capaldi, Webb, Beatty."
    assert names in body_lines(copied([HEADLINE, "", *STORY[:2], names, STORY[2]]).blocks)


def test_an_ads_label_after_a_related_link_ends_the_related_list():
    # (From text 136: "Leggi anche" / a link / "Pubblicità" / "I percorsi alternativi" — the story's next subheading
    # over its paragraph was dropped as a related link.)
    page = ["Alzano, il ponte sul Serio chiude per sei mesi", "", GERMAN_LEAD, GERMAN_NEXT, "Leggi anche",
            "Nembro, al via i lavori per la nuova pista ciclabile lungo il fiume", "Pubblicità", "I percorsi alternativi",
            "Durante la chiusura il traffico sarà deviato secondo questo schema, con navette gratuite per gli studenti."]
    kept = body_lines(copied(page).blocks)
    assert "## I percorsi alternativi" in kept and "Nembro, al via i lavori per la nuova pista ciclabile lungo il fiume" not in kept
    # A footer's links after the ad's label stay in the list: "Reklam" / "Kariyer" / "KVKK" / "Çerez Politikası".
    footer = page[:6] + ["Pubblicità", "Kariyer", "KVKK Aydınlatma Metni", "Çerez Politikası"]
    assert body_lines(copied(footer).blocks) == [GERMAN_LEAD, GERMAN_NEXT]
    # Nor more links with their teasers after the ad (the review): still the related list.
    links = page[:6] + ["Pubblicità", "Ballincollig town centre plan gets the go-ahead",
                        "Councillors voted on Monday to approve the long-awaited plan for the town's main street.",
                        "Mallow bridge to close for three weeks of repairs",
                        "Engineers will replace the deck of the bridge, which carries about 12,000 vehicles a day."]
    kept = body_lines(copied(links).blocks)
    assert not any(line.startswith("## ") for line in kept) and "Mallow bridge to close for three weeks of repairs" not in kept


def test_notes_to_editors_marked_not_for_publication_end_a_press_release():
    # (From text 136: "Noot voor de redactie (niet voor publicatie)", the press contact and "Over het instituut" kept.)
    page = [HEADLINE, "", *STORY, "", "Noot voor de redactie (niet voor publicatie)",
            "Voor meer informatie kunt u contact opnemen met Sanne Kloosterman, persvoorlichter, via pers@example.nl.",
            "", "Over het Instituut voor Kustonderzoek Zeeland",
            "Het instituut doet praktijkgericht onderzoek naar water, bodem en klimaat in de Zuidwestelijke Delta."]
    assert body_lines(copied(page).blocks) == STORY


def test_a_paragraph_over_a_photo_credit_then_a_subheading_stays_story():
    # (A first version dropped the line over a credit when a subheading and prose followed — in the review, the story's
    # own last paragraph over a photo with no caption.)
    page = [HEADLINE, "", ENGLISH_LEAD, "", "The pool is expected to reopen in time for the summer of next year.",
            "Photo: Brian Arthur", "", "What happens next", "", ENGLISH_NEXT, "", ENGLISH_THIRD]
    assert "The pool is expected to reopen in time for the summer of next year." in body_lines(copied(page).blocks)


def test_a_japanese_reporter_named_before_the_desk():
    page = ["赤字ローカル線「白峰線」存続へ　沿線3市町が年4億円の負担案", "2025年7月9日 5:00", "山本健太（報道部）", "保存",
            "白峰線を走る2両編成の列車（白山市で、6月撮影）",
            "北陸高原鉄道が廃止を含めた見直しを表明している白峰線について、沿線の3市町は9日、年間約4億円を負担する案をまとめた。",
            "白峰線の1日1キロあたりの平均利用者数は約380人で、同社が存廃議論の目安とする2000人を大きく下回っている。"]
    found = copied(page)
    assert found.author == "山本健太"
    # The photo's note of where and when it was taken makes the line under the byline a caption, no standfirst.
    assert found.description is None
    assert boilerplate_reason("白峰線を走る2両編成の列車（白山市で、6月撮影）", 3) is not None
    assert copied(["見出し", "佐伯美咲 / ファクトチェック班", *page[5:]]).author == "佐伯美咲"
    # Not a photo's credit nor a staff list's line (the review): "撮影／写真部", "写真（編集部）", "田中一郎（営業部）".
    from sitegen.ingest.metadata import byline
    assert [byline(line) for line in ("撮影／写真部", "写真（編集部）", "田中一郎（営業部）", "佐藤浩二（写真部）")] == [None] * 4


def test_a_fact_checks_verdict_heading_is_kept_though_its_card_says_the_word():
    # (From text 136: "Werdykt" in the claim card over the story, and again over the closing paragraph.)
    page = ["Nagranie o gwarancjach NATO zmontowano", "", "Twierdzenie", "„Ukraina zrzekła się NATO w zamian za gwarancje”",
            "Werdykt", "FAŁSZ", "", GERMAN_LEAD, "", GERMAN_NEXT, "", "Werdykt", "",
            "Nagranie zostało zmontowane tak, by odwrócić sens wypowiedzi, a twierdzenie jest fałszywe."]
    kept = body_lines(copied(page).blocks)
    assert kept[-2:] == ["## Werdykt", "Nagranie zostało zmontowane tak, by odwrócić sens wypowiedzi, a twierdzenie jest fałszywe."]


def test_a_request_for_tips_with_an_address_and_a_prompt_to_enlarge_a_photo_are_furniture():
    # (From HTML 107: "Widzisz w sieci treść, którą powinniśmy sprawdzić? Napisz do nas na zglos@…"; a caption's
    # "※写真をクリックすると拡大します" was taken for a page's standfirst.)
    for line in ("Widzisz w sieci treść, którą powinniśmy sprawdzić? Napisz do nas na zglos@faktometr.pl lub skorzystaj "
                 "z formularza.", "Have you been affected by the closures? Email us at newsdesk@example.com.",
                 "※写真をクリックすると拡大します", "Click on the image to enlarge."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    # A question, then a sentence with someone's address in it, is the story's (the review: who e-mailed whom).
    for line in ("Why did the council act? The mayor, reached at mayor@example.gov, declined to comment on the matter today.",
                 "Why did nobody act? Staff told the inquiry they had emailed concerns to complaints@hse.ie repeatedly over "
                 "two years.",
                 "Qui était au courant ? Des agents ont écrit à alerte@mairie-lyon.fr dès janvier, selon nos informations."):
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_an_interviews_next_turn_after_a_related_box_is_story():
    # (From HTML 107: "— Чому порядок такий важливий?", the next question in bold, dropped as a link of the "Читайте
    # також" box just before it.)
    turns = ["— Пані Олено, як би ви описали атмосферу останнього раунду переговорів у Стамбулі?",
             "— Робоча, але важка. Ми провели за столом майже дев’ять годин, і кожна тема давалася непросто.",
             "— Чому порядок такий важливий?",
             "— Тому що ми це вже проходили. У 2015 році були мінські домовленості, і ми пам’ятаємо, чим вони скінчилися."]
    html = ("<html><head><title>Інтерв’ю</title></head><body><article><h1>Олена Кравчишин: «Ми не підпишемо мир»</h1>"
            "<div class='body'><p>Олена Кравчишин — юристка-міжнародниця і членкиня української делегації на переговорах.</p>"
            f"<p>{turns[0]}</p><p>{turns[1]}</p>"
            "<div class='read-also'><div class='read-also__title'>Читайте також</div><a href='/x'>Що відомо про "
            "стамбульський раунд переговорів: головне</a></div>"
            f"<p><strong>{turns[2]}</strong></p><p>{turns[3]}</p></div></article></body></html>")
    assert body_lines(extract(html.encode(), "page.html").blocks)[-4:] == turns


# From the second wave (text 137 and HTML 108, measured on 43d45112).

ARABIC_LEAD = ("مع اقتراب فصل الصيف، يستعد سكان عمّان والمدن الجنوبية لموسم جديد من جداول توزيع المياه، فيما تعد الحكومة بأن "
               "المحطة الجديدة ستنهي الانقطاعات.")
ARABIC_NEXT = ("وبحسب وثائق اطلعت عليها الصحيفة، ستنتج المحطة في مرحلتها الأولى نحو ثلاثمئة مليون متر مكعب من المياه سنويًا "
               "اعتبارًا من عام ألفين وثمانية وعشرين.")


def test_an_arabic_page_with_a_headline_that_asks_under_a_skip_link_and_menus():
    headline = "محطة تحلية جديدة في العقبة تعد بإنهاء انقطاع المياه الصيفي… لكن بأي ثمن؟"
    page = ["انتقل إلى المحتوى الرئيسي", "المرفأ", "الرئيسية", "اقتصاد", "طاقة ومياه", "تحقيقات المرفأ", headline,
            "بقلم: ليلى الحداد ويوسف العمري", "الأحد ١٣ أبريل ٢٠٢٥ - ١٠:٣٠ صباحًا", ARABIC_LEAD, ARABIC_NEXT,
            "اقرأ أيضًا", headline, "أسعار الكهرباء: هل تنجح التعرفة الجديدة في تخفيف العبء عن الأسر؟",
            "الأكثر قراءة", "١. " + headline, "٢. البنك المركزي يبقي أسعار الفائدة دون تغيير",
            "النشرة الاقتصادية اليومية", "أهم الأخبار والتحليلات في بريدك كل صباح.", "جميع الحقوق محفوظة © المرفأ ٢٠٢٥"]
    found = copied(page)
    assert (found.title, found.author, found.publisher) == (headline, "ليلى الحداد and يوسف العمري", "المرفأ")
    assert body_lines(found.blocks) == [ARABIC_LEAD, ARABIC_NEXT]
    # A name of its own that opens on the letter of "and" stays whole: "محمد وليد الحسن".
    from sitegen.ingest.metadata import byline
    assert byline("بقلم: محمد وليد الحسن") == "محمد وليد الحسن"
    assert byline("بقلم: سامر وفيق العلي") == "سامر وفيق العلي"  # (a name of three words: no second name)
    # A scam warning's own sentence about an inbox stays.
    line = "وحذرت الشرطة من رسائل تصل في بريدك الإلكتروني تطلب بياناتك المصرفية."
    assert boilerplate_reason(line, len(line.split())) is None


def test_more_of_a_pages_furniture():
    for line in ("We apologize, but this video has failed to load.",
                 "Jak weryfikujemy? Każdą wypowiedź sprawdzamy w co najmniej dwóch niezależnych źródłach.",
                 "Widzisz w sieci podejrzaną informację? Zgłoś ją nam – sprawdzimy.",
                 "Reporting like this is made possible by Courier subscribers. If you value local news, please consider a "
                 "subscription.", "Know someone who keeps asking you about sanctions? Send them this.",
                 "About the author: Margaret retired from teaching in 2015 and has had plot 14B ever since."):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    # The story's own sentences with those words stay (the second review: a minute's marker, a poll's method, a hoax
    # quoted, a resident's question, a quoted appeal).
    for line in ("The meeting lasted 7 min.", "How we verify claims depends on the source, the minister said.",
                 "The mayor said residents should tell us if the water is discoloured, and the council would act.",
                 "7 min", "Our methodology: we surveyed 1,000 adults online between May 2 and May 6.",
                 "How do we check? Inspectors call at random, the agency said.",
                 "Forward this to 10 friends or your WhatsApp account will be deleted, the hoax message warns.",
                 "'Why does the council keep ignoring us? Tell us that,' said one resident.",
                 "\"Our work is made possible by our members and we thank them,\" the director said."):
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_french_teaser_labels_and_a_live_pages_byline():
    from sitegen.ingest.boilerplate import is_related_heading, teaser_reason
    assert teaser_reason("À lire aussi : La « flotte fantôme » russe, un casse-tête pour les garde-côtes", False)
    assert teaser_reason("À Paris : la police a fermé trois rues du centre.", True) is None
    assert is_related_heading("Pour en savoir plus")
    from sitegen.ingest.metadata import byline
    assert byline("Live coverage by RTÉ Two and Premier Sports") is None
    assert teaser_reason("À voir : le marché de Noël ouvre ses portes vendredi sur la place centrale du village.", True) is None
