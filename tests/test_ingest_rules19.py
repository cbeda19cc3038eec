"""Metadata and body rules found on batch 19's pages, checked on other strings (other sites, other languages)."""
from __future__ import annotations

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.dates import find_date
from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import imprint_publisher, publisher_mentions
from ingest_fixtures import dump as _dump


_HEADLINE = "Why the Baltic grid needs a second undersea cable before the next winter storms arrive"
_LEAD = ("The Baltic states cut their last link to the Russian grid in February, and since then a single cable "
         "failure has twice left Estonia importing power at ten times the usual price.")
_NEXT = ("Grid operators say a second undersea link to Finland would halve that risk, but the project has waited "
         "three years for a decision on who pays for it.")


def test_one_byline_card_per_author_under_the_headline_names_every_author():
    e = extract(_dump("Nordic Policy Forum", _HEADLINE, "Liisa VirtanenSenior Researcher, Energy Programme",
                      "Tomas BergResearch Fellow", "12 March 2026", _LEAD, _NEXT), "x.txt")
    assert e.author == "Liisa Virtanen and Tomas Berg"
    # The same byline again (a repeat, not a co-author) leaves one name.
    e = extract(_dump(_HEADLINE, "By Liisa Virtanen", "By Liisa Virtanen", "12 March 2026", _LEAD, _NEXT), "x.txt")
    assert e.author == "Liisa Virtanen"


def _page(head: str, body: str) -> bytes:
    return (f"<html><head><title>t</title>{head}</head><body><article><h1>{_HEADLINE}</h1>{body}"
            f"<p>{_LEAD}</p><p>{_NEXT}</p></article></body></html>").encode()


def test_a_capitals_byline_loses_the_employer_written_after_it():
    e = extract(_dump(_HEADLINE, "By MARIA OSTROWSKA and PETER HALL Northline News Service", _LEAD, _NEXT), "x.txt")
    assert e.author == "Maria Ostrowska and Peter Hall"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
          '"name": "MARIA OSTROWSKA and PETER HALL Northline News Service"}}</script>')
    assert extract(_page(ld, ""), "x.html").author == "Maria Ostrowska and Peter Hall"


def test_an_agency_or_desk_code_in_json_ld_is_no_author_beside_or_over_a_reporter():
    both = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", '
            '"name": "Karin Aalto"}, {"@type": "Person", "name": "STT"}]}</script>')
    assert extract(_page(both, ""), "x.html").author == "Karin Aalto"
    desk = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
            '"name": "PTI"}}</script>')
    shown = '<div class="byline">Meera Pillai / PTI / Updated: Mar 12, 2026, 09:15 IST</div>'
    assert extract(_page(desk, shown), "x.html").author == "Meera Pillai"


def test_one_word_after_a_reporters_full_name_is_her_newsroom_or_place_not_a_co_author():
    for line in ("Von Lena Brandt, ZDF-Landesstudio", "Por Ana Ruiz Ortega, Sevilla"):
        e = extract(_dump(_HEADLINE, line, _LEAD, _NEXT), "x.txt")
        assert e.author in ("Lena Brandt", "Ana Ruiz Ortega"), line
    e = extract(_dump(_HEADLINE, "By Lena Brandt, Ana Ruiz", _LEAD, _NEXT), "x.txt")
    assert e.author == "Lena Brandt and Ana Ruiz"


def test_a_copyright_sign_before_rights_reserved_names_no_owner():
    for line in ("© Tutti i diritti riservati", "© Tous droits réservés", "© Alle Rechte vorbehalten",
                 "© Wszelkie prawa zastrzeżone"):
        assert publisher_mentions(line) == [], line


def test_a_copyright_names_the_outlet_inside_quotes_and_after_a_legal_form():
    assert publisher_mentions("© 2010–2026 «Київські відомості». Усі права захищені.") == ["Київські відомості"]
    assert publisher_mentions("© 2026 SIA «Baltic Daily», Rīga.") == ["Baltic Daily"]


def test_a_footers_imprint_names_the_company_that_publishes():
    assert imprint_publisher(["Vasabladet AB, Sandögatan 6, 65100 Vasa"]) == "Vasabladet"
    assert imprint_publisher(["Il Corriere Alpino S.p.A. – P.IVA 00987650214 – Via Roma 4, Trento"]) == \
        "Il Corriere Alpino"
    assert imprint_publisher(["Ab 1. Januar gilt der neue Fahrplan.", "Die Bahn AG teilte mit, dass …"]) is None
    e = extract(_dump("Vasabladet", "Nyheter Sport Kultur", _HEADLINE, _LEAD, _NEXT,
                      "Vasabladet AB, Sandögatan 6, 65100 Vasa", "Kundservice Cookies"), "x.txt")
    assert e.publisher == "Vasabladet"


def test_the_masthead_over_a_copyright_that_names_the_company_or_an_app_that_drops_the_article():
    footer = "© 2026 Lakeland News & Media Limited or its affiliated companies. All rights reserved."
    e = extract(_dump("The Lakeland Herald", "Support the Lakeland Sign in", "News World Sport", _HEADLINE,
                      _LEAD, _NEXT, footer), "x.txt")
    assert e.publisher == "The Lakeland Herald"
    e = extract(_dump("Sign in", "The Harbour Ledger", "City World Sport", _HEADLINE, "By Anna Berg",
                      "Mar 12, 2026, 09:15 IST", _LEAD, _NEXT,
                      "Get the latest news on The Harbour Ledger. Download The Harbour Ledger App."), "x.txt")
    assert e.publisher == "The Harbour Ledger"
    # A section's name beside the outlet's is no masthead.
    e = extract(_dump("Harbour Ledger Live", "City World Sport", _HEADLINE, _LEAD, _NEXT,
                      "© 2026 Harbour Ledger"), "x.txt")
    assert e.publisher == "Harbour Ledger"


def test_the_agency_in_a_wire_byline_is_not_the_site_that_runs_the_story():
    e = extract(_dump("Lakeside Courier", "News Sports Obituaries", _HEADLINE,
                      "By TOMAS REYES Meridian Wire Service", _LEAD, _NEXT,
                      "Copyright 2026 Meridian Wire Service. All rights reserved.", "More local news",
                      "© Copyright 2026 Lakeside Courier. Terms of Use"), "x.txt")
    assert e.author == "Tomas Reyes"
    assert e.publisher == "Lakeside Courier"


def test_a_blog_platforms_post_line_names_the_publication():
    assert publisher_mentions("Published in Harbour Makers · 5 min read · Mar 3, 2026") == ["Harbour Makers"]
    assert publisher_mentions("Publicado en Código Cívico · 4 min de lectura") == ["Código Cívico"]
    # A study published in a journal, in a sentence of the story, is no post line.
    assert publisher_mentions("The study was published in Nature Energy on Tuesday.") == []


def test_a_year_glued_to_the_next_date_and_a_korean_dotted_date_are_read():
    assert find_date("Posted on March 3, 2026March 4, 2026 by Ellen Park")[0] == "2026-03-03"
    assert find_date("12 March 2026Updated 14:05")[0] == "2026-03-12"
    assert find_date("박서연 기자 입력 2026. 3. 12. 09:41")[0] == "2026-03-12"
    assert find_date("등록 2026.03.12. 09:41")[0] == "2026-03-12"
    assert find_date("release 2026.3.12.4") is None


_RU = ["Совет директоров порта в среду утвердил план расширения терминала, который обсуждали почти два года.",
       "По словам представителей порта, первые работы начнутся весной, а завершить стройку планируют к 2029 году.",
       "Местные жители опасаются, что грузовики с терминала пойдут через центр города, и требуют построить объезд.",
       "В мэрии ответили, что объездная дорога включена в план, но денег на нее в бюджете пока нет."]


def test_a_donation_box_naming_the_outlet_a_newsletter_box_and_a_licence_line_are_not_story():
    e = extract(_dump("Порт утвердил план расширения терминала", "Ирина Соколова", _RU[0], _RU[1],
                      "«Вёрстка» не берет денег у государств и живет на пожертвования.\nПоддержать «Вёрстку»",
                      _RU[2], _RU[3], "Рассылка «Вёрстки»", "Самое важное за неделю — в вашей почте каждую пятницу.",
                      "Подписаться",
                      "Материалы «Вёрстки» доступны по лицензии Creative Commons CC BY 4.0."), "x.txt")
    assert [b.text for b in e.blocks] == _RU
    assert boilerplate_reason("We will never share your email address with anyone.", 8) is not None
    assert boilerplate_reason("All text is published under CC BY-SA 4.0 unless noted.", 10) is not None


_ITEMS = ["Новый причал длиной 400 метров для судов с осадкой до 14 метров, который построят к 2028 году.",
          "Два контейнерных крана, закупку которых порт оплатит из собственной прибыли за три года.",
          "Склад на 12 тысяч квадратных метров рядом с железнодорожной веткой, ведущей к вокзалу."]


def test_a_related_label_in_russian_and_a_list_that_runs_into_a_subheading():
    e = extract(_dump("Порт утвердил план расширения терминала", "Ирина Соколова", _RU[0], _RU[1],
                      "Что входит в план\n" + "\n".join(_ITEMS) + "\nЧего в плане нет", _RU[2], _RU[3],
                      "Ещё по теме\nМэрия закрыла мост на ремонт до лета\nНовый автобусный маршрут свяжет порт и вокзал"),
                "x.txt")
    kinds = [(b.kind, b.text) for b in e.blocks]
    assert kinds[2:7] == [("heading", "Что входит в план")] + [("list_item", item) for item in _ITEMS] + \
        [("heading", "Чего в плане нет")]
    assert kinds[-1] == ("paragraph", _RU[3])


_ENTRY_1 = ("Firefighters have reopened the coast road at Aberporth after the landslip was cleared overnight, the "
            "county council says.")
_ENTRY_2 = ("The Met Office has extended its amber warning for rain until Sunday morning, with up to 80mm expected "
            "on high ground.")


def test_a_live_entrys_headline_under_its_time_heads_the_entry_and_the_time_is_dropped():
    e = extract(_dump("Storm Darragh live: coast road reopens as warnings extended", "By Mair Jones",
                      "Sat 7 Dec 2026 10.05 GMT", "10:05 GMT\nRoad: coast route open again", _ENTRY_1, "Share",
                      "09:40 GMT\nAmber warning extended to Sunday", _ENTRY_2, "Share"), "x.txt")
    assert [(b.kind, b.text) for b in e.blocks] == [
        ("heading", "Road: coast route open again"), ("paragraph", _ENTRY_1),
        ("heading", "Amber warning extended to Sunday"), ("paragraph", _ENTRY_2)]
    html = ("<html><body><article><h1>Storm Darragh live: coast road reopens as warnings extended</h1>"
            "<div class='entry'><div>10:05 GMT</div><h3>Road: coast route open again</h3><p>" + _ENTRY_1 + "</p></div>"
            "<div class='entry'><div>09:40 GMT</div><h3>Amber warning extended to Sunday</h3><p>" + _ENTRY_2 +
            "</p></div></article></body></html>")
    assert [b.text for b in extract(html.encode(), "x.html").blocks] == [
        "Road: coast route open again", _ENTRY_1, "Amber warning extended to Sunday", _ENTRY_2]


_EN = ["Cochin Shipyard on Tuesday signed a contract to build two hybrid ferries for the state water transport "
       "department, its first order for electric vessels.",
       "The ferries will carry 100 passengers each and are due to enter service on the Vyttila route by 2028, "
       "officials said.",
       "The yard expects more such orders as coastal states replace diesel boats on short urban routes."]


def test_a_synopsis_box_a_file_photo_caption_an_app_promo_and_readers_comments_are_not_story():
    assert boilerplate_reason("File photo: A ferry at the Vyttila hub in Kochi. (PTI)", 10) is not None
    e = extract(_dump("Kochi yard wins order for two hybrid ferries as state phases out diesel boats",
                      "Anjali Menon / ENS / Updated: Mar 3, 2026, 09:10 IST", "Share Follow us +Text Size", "Synopsis",
                      "The shipyard will build two 100-seat hybrid ferries for the state's water transport department, "
                      "its first electric order, with delivery due by 2028 on the Vyttila route.",
                      "File photo: A ferry at the Vyttila hub in Kochi. (PTI)", *_EN,
                      "Get the latest Kerala news on The Malabar Courier. Download The Malabar Courier App.",
                      "Readers' Comments (4)", "Ravi P Kochi · 1 hour ago", "Good news for the backwaters."), "x.txt")
    assert [b.text for b in e.blocks] == _EN


_SV = ["Kommunstyrelsen i Umeå beslutade på tisdagen att bygga en ny simhall vid Västra Esplanaden, trots protester "
       "från oppositionen.",
       "Bygget beräknas kosta 480 miljoner kronor och ska vara klart hösten 2029, enligt kommunens tidsplan.",
       "– Det här är en investering för flera generationer, säger kommunstyrelsens ordförande Anna Berg.",
       "Oppositionen vill i stället renovera den gamla hallen och menar att kostnaden kommer att skena.",
       "Frågan ska nu upp i kommunfullmäktige i december, där majoriteten har tre mandats marginal.",
       "Simklubbarna i staden välkomnar beskedet och säger att bristen på bantider har blivit akut de senaste åren."]


def test_a_swedish_share_bar_a_topics_line_and_the_side_box_after_it_are_not_story():
    e = extract(_dump("Umeå bygger ny simhall för 480 miljoner", "Karin Nilsson", "Publicerad 3 mars 2026 kl. 08.15",
                      "Dela Facebook X Kopiera länk Spara", *_SV,
                      "Följ ämnen: + Umeå + Simhall + Kommunstyrelsen\nSå fattas beslutet",
                      "Kommunfullmäktige har 61 ledamöter och sammanträder en gång i månaden.", "Mest läst",
                      "Tåg ställs in mellan Umeå och Vännäs"), "x.txt")
    assert [b.text for b in e.blocks] == _SV


def test_a_meta_description_that_is_the_dek_cut_short_marks_the_dek():
    dek = ("Kommunen bygger en ny simhall vid Västra Esplanaden – men oppositionen varnar för att kostnaden kommer att "
           "skena.")
    html = ('<html><head><meta name="description" content="Kommunen bygger en ny simhall vid Västra Esplanaden.">'
            '</head><body><article><h1>Umeå bygger ny simhall för 480 miljoner</h1><p class="ingress">' + dek + '</p>'
            + "".join(f"<p>{p}</p>" for p in _SV) + "</article></body></html>")
    e = extract(html.encode(), "x.html")
    assert e.description == dek
    assert [b.text for b in e.blocks] == _SV


def test_a_blog_platforms_counters_bar_caption_credit_and_publication_card_are_furniture():
    for line in ("1.4K 12 Listen Share", "The old departure board at the depot. Photo by the author.",
                 "Harbour Makers Notes from people who fix things in our town Follow publication"):
        assert boilerplate_reason(line, len(line.split())) is not None, line
    assert boilerplate_reason("Listen to the full interview on our podcast page this evening.", 10) is None


def test_a_list_under_its_colon_line_with_an_ad_label_between():
    items = ["Route 36 between Lyons and Estes Park", "County Road 7 north of Longmont",
             "Stretches of Route 52 near Fort Lupton"]
    e = extract(_dump("Weld County plows will skip these roads until Friday, officials say", "By Dana Ruiz",
                      _LEAD, "The county listed the roads it will clear last. They include:", "Advertisement\n"
                      + "\n".join(items), _NEXT), "x.txt")
    assert [(b.kind, b.text) for b in e.blocks][2:5] == [("list_item", item) for item in items]


def test_a_subheading_is_no_copy_of_a_tag_in_other_case_and_a_programme_note_is_not_story():
    story = [_LEAD, "Sanktionen", _NEXT, "Der nächste Gesprächstermin ist für Anfang Dezember angesetzt, hieß es."]
    e = extract(_dump("Netzbetreiber warnen vor Engpässen im Winter nach Ausfall des zweiten Seekabels", *story,
                      "Dieses Thema im Programm: Tagesschau24 am 3. März 2026 um 09:00 Uhr.", "Schlagwörter:",
                      "Energie\nsanktionen\nOstsee"), "x.txt")
    assert [b.text for b in e.blocks] == story
    note = "Dieses Thema im Programm: Das Erste, Tagesthemen, 2. März 2026, 22:15 Uhr."
    assert boilerplate_reason(note, len(note.split())) is not None


def test_a_blockquote_repeating_a_sentence_of_a_paragraph_nearby_is_a_pull_quote():
    first = ("Ferry operators say the new timetable is workable. Reliability is worth more than speed on a crossing "
             "this exposed, the harbour master told councillors on Monday.")
    html = (f"<html><body><article><h1>{_HEADLINE}</h1><p>{_LEAD}</p><p>{first}</p>"
            "<blockquote>“Reliability is worth more than speed on a crossing this exposed”</blockquote>"
            f"<p>{_NEXT}</p><blockquote>“We will not cut a single sailing this winter,” the operator said in a letter."
            "</blockquote></article></body></html>")
    # (The other, someone's words in their marks, is a paragraph of the story set apart: stop 71.)
    assert [b.kind for b in extract(html.encode(), "x.html").blocks] == ["paragraph", "paragraph", "paragraph", "paragraph"]
