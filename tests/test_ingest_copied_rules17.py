"""Copied-text rules found on batch 17's pages, checked on other strings (other sites, other languages)."""
from __future__ import annotations

from sitegen.ingest.boilerplate import boilerplate_reason
from sitegen.ingest.dates import find_date
from sitegen.ingest.extract import extract
from ingest_fixtures import GERMAN_LEAD as _LEAD, GERMAN_NEXT as _NEXT, dump as _dump


_HEADLINE = "Lahnbrücke bleibt wegen Rissen in zwei Pfeilern bis zum Sommer gesperrt: Pendler müssen lange Umwege fahren"


def test_a_consent_boxs_partner_line_is_not_story_and_its_heading_not_the_headline():
    e = extract(_dump("Wir brauchen Ihre Zustimmung",
                      "Die Lahn-Post nutzt Cookies, um Ihnen Werbung nach Ihren Interessen zu zeigen.",
                      "Wir und unsere 318 Partner verarbeiten personenbezogene Daten wie Ihre IP-Adresse und Ihr "
                      "Surfverhalten, auch auf anderen Geräten.",
                      "Zustimmen", "Startseite", "Region", _HEADLINE, "Von Petra Lang", _LEAD, _NEXT), "x.txt")
    assert e.title == _HEADLINE
    assert [b.text for b in e.blocks] == [_LEAD, _NEXT]
    for partners in ("Nous et nos 812 partenaires traitons des données personnelles telles que votre adresse IP.",
                     "We and our 142 partners process personal data such as your IP address."):
        assert boilerplate_reason(partners, len(partners.split())) == "cookie/consent notice"
    report = "The ministry and its partners will process the asylum claims faster, the minister said."
    assert boilerplate_reason(report, len(report.split())) is None


def test_a_two_digit_year_is_a_date_only_with_the_time_beside_it():
    assert find_date("14.03.25, 18:30 Uhr", day_first=True)[0] == "2025-03-14"
    assert find_date("Stand: 07/11/24 09.15", day_first=True)[0] == "2024-11-07"
    assert find_date("Endstand 14.03.25 nach Verlängerung", day_first=True) is None  # no time: not read as a date
    e = extract(_dump("Startseite", _HEADLINE, "Petra Lang", "14-03-25, 18:30 Aktualisiert: 19:02", _LEAD, _NEXT), "x.txt")
    assert (e.title, e.author, e.date) == (_HEADLINE, "Petra Lang", "2025-03-14")


def test_a_header_line_of_buttons_in_capitals_and_the_site_name_is_not_the_headline():
    e = extract(_dump("SUCHE Lahn Kurier Gießen", _HEADLINE,
                      "Gutachter fanden Risse in zwei Pfeilern; der Busverkehr wird über die Nordbrücke umgeleitet, bis "
                      "die Reparatur abgeschlossen ist.", "Von Petra Lang", _LEAD, _NEXT), "x.txt")
    assert e.title == _HEADLINE
    assert e.description.startswith("Gutachter fanden Risse")


def test_a_kicker_above_headline_and_dek_is_not_the_headline():
    headline = "Lahnbrücke gesperrt, Pendler sauer: «Niemand hat uns vorher gefragt». Stadt: «Es ging leider wirklich nicht anders»"
    e = extract(_dump("Startseite › Region", "Der Streit um die Brücke", headline,
                      "Gutachter fanden Risse in zwei Pfeilern. Der Busverkehr wird über die Nordbrücke umgeleitet, bis die "
                      "Reparatur abgeschlossen ist.", "von Petra Lang", "14. März 2025", _LEAD, _NEXT), "x.txt")
    assert e.title == headline
    assert e.description.startswith("Gutachter fanden Risse")


_PARA = ["Cities that planted street trees in the 1990s now spend more on pruning than on planting, the survey found, "
         "and most of them have no budget line for replacing trees that die.",
         "The authors looked at 140 municipal budgets across four countries and at the tree registers that 60 of them "
         "keep, comparing what was planted with what survives today.",
         "They found that a tree planted without a watering plan has a one in three chance of dying within five years, "
         "which turns cheap planting into an expensive habit.",
         "The cheapest measure, they conclude, is a watering contract for the first three summers after planting."]


def test_numbered_section_headings_between_paragraphs_are_headings_also_after_a_table_of_contents():
    page = _dump("Urban trees after thirty years", "Contents\n1. What the budgets show\n2. Why young trees die\n"
                 "3. What to do", _PARA[0], "1. What the budgets show", _PARA[1], "2. Why young trees die", _PARA[2],
                 "3. What to do", _PARA[3])
    lines = [(b.kind, b.text) for b in extract(page, "x.txt").blocks]
    assert ("heading", "2. Why young trees die") in lines and ("heading", "1. What the budgets show") in lines
    assert ("heading", "3. What to do") in lines


def test_a_numbered_list_stays_a_list():
    items = "1. Water the tree weekly.\n2. Mulch the roots.\n3. Check the stake."
    kinds = [b.kind for b in extract(_dump("Urban trees after thirty years", _PARA[0], items, _PARA[1]), "x.txt").blocks]
    assert kinds.count("list_item") == 3 and "heading" not in kinds


def test_a_footnote_number_after_the_last_full_stop_is_left_out():
    e = extract(_dump("Urban trees after thirty years", _PARA[0], _PARA[1] + "3", _PARA[2] + "12",
                      _PARA[3]), "x.txt")
    assert [b.text for b in e.blocks] == _PARA


def test_a_live_pages_key_events_are_not_its_headline_and_its_shift_byline_names_both():
    headline = "Storm Eowyn live: rail lines closed across Scotland as wind reaches 100mph"
    e = extract(_dump("Scotland", "LIVE", headline,
                      "Amber warning for the whole central belt until Saturday morning; thousands of homes without power",
                      "Aisha Khan (now) and Rory Bell (earlier)", "Fri 24 Jan 2025 09.41 GMT", "Key events",
                      "25m ago Ferries cancelled from Oban", "1h ago ScotRail suspends all services",
                      "Good morning and welcome to our live coverage of the storm, which reached the west coast overnight.",
                      "Network Rail said every line in the central belt would stay closed until the wind drops below "
                      "fifty miles an hour."), "x.txt")
    assert (e.title, e.author) == (headline, "Aisha Khan and Rory Bell")


def test_the_outlet_after_the_reporters_name_and_a_photographers_credit_are_not_misread():
    e = extract(_dump("Home", _HEADLINE, "Von Petra Lang, Lahn-Kurier — Gießen", "14. März 2025",
                      "Die Brücke bei Nacht. © Jonas Weber", _LEAD, _NEXT, "Lahn-Kurier auf Facebook folgen",
                      "© 2025 Lahn-Kurier"), "x.txt")
    assert (e.author, e.publisher) == ("Petra Lang", "Lahn-Kurier")


def test_a_companys_copyright_gives_the_brand_the_header_writes_with_its_article():
    e = extract(_dump("The Valley Courant", "News", "Sport", _HEADLINE.replace("Lahnbrücke", "Valley bridge"),
                      "By Petra Lang", "14 March 2025", _LEAD, _NEXT, "© 2025 Valley Courant Media. All rights reserved.",
                      "© RIPRODUZIONE RISERVATA"), "x.txt")
    assert e.publisher == "The Valley Courant"


_STORY_EN = ["Valley bridge to close until summer after cracks found in two piers",
             "The county council closed the Valley bridge on Tuesday night after inspectors found cracks in two of its "
             "piers, and said it would stay shut until the summer.",
             "Commuters face detours of up to twelve miles, the council said, and buses will be sent over the north "
             "bridge until the repairs are finished.",
             "Engineers will decide next month whether the piers can be repaired or must be rebuilt, which would take "
             "at least another year."]


def test_a_hard_paywalls_offer_ends_the_story_with_everything_after_it():
    gate = ["Members only", "Read on with Valley+", "Unlimited access to every article",
            "First month £1, then £7.99 per month. Cancel online at any time.", "Subscribe",
            "Already a subscriber? Sign in", "More on roads",
            "Road repairs to cost the county a record sum this winter after the wettest autumn in years, councillors heard.",
            "Most read", "Fire at a flat above the bakery in Market Street", "Rovers lose at home again"]
    e = extract(_dump("By Jo Marsh", *_STORY_EN, *gate), "x.txt")
    assert [b.text for b in e.blocks] == _STORY_EN[1:]


def test_an_author_card_after_the_story_a_forms_error_and_a_site_copyright_are_not_story():
    after = ["Jo Marsh", "Transport correspondent for the Valley Courant. Previously covered rail for a national weekly.",
             "Please enter a valid email address!", "Valley Courant © 2025"]
    e = extract(_dump(_STORY_EN[0], "By Jo Marsh", "14 March 2025", *_STORY_EN[1:], *after), "x.txt")
    assert [b.text for b in e.blocks] == _STORY_EN[1:]


def test_tag_lists_newsletter_pitches_and_section_pointers_in_other_languages_are_not_story():
    from sitegen.ingest.boilerplate import boilerplate_reason as reason
    for line in ("Argomenti: Trasporti Ponte Consiglio comunale", "Onderwerpen: Verkeer Brug Gemeenteraad",
                 "Tutte le mattine le notizie della tua città. È gratuito.",
                 "Leia mais notícias de Londrina na Folha do Norte.", "Al suscribirte, aceptas los Términos de uso.",
                 "Vul een geldig e-mailadres in"):
        assert reason(line, len(line.split())) is not None, line
    story = "The bridge is free for cyclists, the council said. It is free."
    assert reason(story, len(story.split())) is None


def test_a_byline_of_labelled_parts_gives_the_name_before_the_next_label():
    headline = "Nouvelle ligne de tramway : les travaux commencent lundi à Sfax"
    lead = ("Les travaux de la première ligne de tramway de Sfax commencent lundi, a annoncé mardi le ministère du "
            "Transport, qui prévoit une mise en service en 2029.")
    e = extract(_dump(headline, "Par: Amira Ben Salah Source: Agences et correspondants régionaux Le 3 mars 2025 - 10:45 Vues: 1 204",
                      lead, lead.replace("lundi", "mardi")), "x.txt")
    assert (e.title, e.author, e.date) == (headline, "Amira Ben Salah", "2025-03-03")


def test_a_blogs_entry_footer_related_cards_author_box_and_comment_heading():
    post = ["Allotment notes", "A gardener's year on plot 14", "Home", "About",
            "Why I stopped digging every bed twice a year", "12 Replies",
            "For thirty years I dug every bed twice a year, because that is what my father did and what the books said.",
            "Two winters ago I stopped, spread compost on top instead, and let the worms do the work for me.",
            "The yields were no worse, the weeds were fewer, and my back has never been better in March.",
            "Related", "Saving seed from the lazy tomatoes", "A few notes on the seed I keep from year to year.",
            "3 May 2025", 'In "Seeds"', "Leek moth again", "Netting worked where nothing else did this summer.",
            "12 August 2025", 'In "Pests"',
            "This entry was posted in Soil and tagged compost, no-dig on 9 October 2025 by Ruth Adeyemi.",
            "About Ruth Adeyemi", "Retired nurse, plot holder since 2001, and no friend of slugs.",
            "12 thoughts on “Why I stopped digging every bed twice a year”", "Tom Hale 10 October 2025 at 8:12 am",
            "Same here, and the clay has never been easier to work in spring.", "Reply",
            "© 2025 Ruth Adeyemi"]
    e = extract(_dump(*post), "x.txt")
    assert (e.title, e.author, e.date, e.publisher) == ("Why I stopped digging every bed twice a year", "Ruth Adeyemi", "2025-10-09",
                                                        "Allotment notes")
    assert [b.text for b in e.blocks] == post[6:9]


def test_a_wire_story_on_a_local_site_names_the_reporters_and_the_site_not_the_agency():
    page = ["Harbour Gazette", "World", "Ferry talks resume in Oslo as both sides soften their demands",
            "By INGRID SOLBERG and PAUL MARSH Reuters", "March 3, 2025",
            "OSLO (Reuters) — Negotiators for the ferry operator and the seafarers' union returned to the table on "
            "Monday, a week after talks broke down over pay and rest periods.",
            "Both sides said they had moved on pay, but the union still wants a limit on the length of shifts at sea.",
            "Copyright 2025 Reuters. All rights reserved.", "© 2025 Harbour Gazette, 12 Quay Street"]
    e = extract(_dump(*page), "x.txt")
    assert (e.author, e.publisher) == ("Ingrid Solberg and Paul Marsh", "Harbour Gazette")


def test_json_ld_author_names_lose_the_agency_and_the_capitals():
    html = ('<html><head><title>Ferry talks resume</title><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Ferry talks resume in Oslo as both sides soften their demands", "author": ['
            '{"@type": "Person", "name": "INGRID SOLBERG Associated Press"}, {"@type": "Person", "name": '
            '"Paul Marsh Associated Press"}]}</script></head><body><article><h1>Ferry talks resume in Oslo as both sides '
            'soften their demands</h1><p>Negotiators for the ferry operator and the seafarers\' union returned to the '
            'table on Monday, a week after talks broke down over pay and rest periods.</p><p>Both sides said they had '
            'moved on pay, but the union still wants a limit on the length of shifts at sea.</p></article></body></html>')
    assert extract(html.encode(), "x.html").author == "Ingrid Solberg and Paul Marsh"


def test_a_live_pages_appeal_and_an_embeds_consent_box_are_not_story():
    appeal = ("… we have a small favour to ask. Thousands of readers follow this page every day, and we keep it free for "
              "everyone because our readers pay for it. If you can, please give what you can afford so that we can keep "
              "reporting from the places that matter, without advertising deciding what we cover.")
    embed = ["Allow Instagram content?",
             "This page includes content provided by Instagram. We ask for your permission before anything is loaded, "
             "as they may be using cookies and other technologies.", "Allow and continue"]
    e = extract(_dump("By Jo Marsh", *_STORY_EN[:2], "Before you go …", appeal, "Support us Remind me later",
                      *embed, *_STORY_EN[2:]), "x.txt")
    assert [b.text for b in e.blocks] == _STORY_EN[1:]


def test_a_link_aggregators_submitter_is_the_author_and_its_first_comment_is_not_story():
    page = ["Hacker Corner", "new | past | comments | ask | show | submit", "login",
            "Show HN: A map of every public bench in Leeds (benchmap.example.org)",
            "128 points by leeds_walker 5 hours ago | hide | past | favorite | 41 comments",
            "I have been photographing and logging public benches across the city for two years, mostly on weekend walks.",
            "The map shows each bench with its photo, its condition and whether it has a back and arm rests.",
            "add comment", "jdoe 4 hours ago | next [–]",
            "Lovely project. Do you plan to let people report broken benches to the council directly from the map?",
            "reply"]
    e = extract(_dump(*page), "x.txt")
    assert (e.title, e.author, e.description) == ("Show HN: A map of every public bench in Leeds", "leeds_walker", None)
    assert [b.text for b in e.blocks] == page[5:7]
