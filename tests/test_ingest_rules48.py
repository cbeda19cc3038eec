"""Rules drawn from blind text batch 48 (heldout_text_copied36) and HTML batch 25 (heldout_html25) after their first
runs, each tried on pages of its own: a forum thread's replies, …"""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines

_OPENING = ["Our allotment society has voted to ban hosepipes on every plot from June to September, after the water "
            "company warned that the reservoir feeding the site is at its lowest level in twenty years.",
            "The committee says watering cans filled from the rain butts will still be allowed, and that it will "
            "fit four new butts beside the shed before the ban starts."]
_TIPS = ["Water in the evening, never at noon.", "Mulch the beds with grass cuttings.",
         "Group thirsty crops together near a butt."]
_REPLIES = [("marrow_mike", "Gardener since 2009", "Mon 3 Mar 2025, 19:02", 2,
             "We did this at our site two summers ago and the beans survived fine. The trick is to water less often "
             "but much more deeply, so the roots go down instead of staying near the surface."),
            ("Dahlia_Jo", "New member", "Mon 3 Mar 2025, 20:45", 3,
             "I am less sure. Half the plot holders are over seventy and carrying cans from the butts to the far end "
             "of the site is hard work, so I hope the committee thinks about a trolley or two."),
            ("old_spade", "Regular", "Tue 4 Mar 2025, 07:15", 4,
             "Our council site put in two standpipes with push taps instead of hoses, and it cut the water bill by "
             "almost half in one season. Nobody missed the hoses once the taps were close enough to every bed."),
            ("beetroot_bea", "Gardener since 2015", "Tue 4 Mar 2025, 09:40", 5,
             "Mulch really is the answer. I put down a thick layer of straw in May last year and hardly watered the "
             "potatoes at all, even in the dry weeks of July when the lawns around the site went brown.")]


def _forum(quote_tip: bool = True) -> bytes:
    posts = [f"""<div class="post" id="p1"><div class="post-author"><a class="username">Ruth Ashby</a>
<span class="rank">Committee</span></div><div class="post-main">
<div class="post-info"><span class="post-date">Mon 3 Mar 2025, 18:20</span> <a href="#p1">#1</a></div>
<div class="post-body"><p>{_OPENING[0]}</p><p>{_OPENING[1]}</p><p><strong>Saving water</strong></p>
<ul>{''.join(f'<li>{tip}</li>' for tip in _TIPS)}</ul></div>
<div class="post-actions"><a href="/quote/1">Quote</a> · <a href="/report/1">Report</a></div></div></div>"""]
    for n, (user, rank, when, number, text) in enumerate(_REPLIES):
        quote = (f'<blockquote class="quote"><div class="quote-author">Ruth Ashby wrote:</div><p>{_TIPS[1]}</p>'
                 f'</blockquote>' if quote_tip and n == 1 else "")
        posts.append(f"""<div class="post" id="p{number}"><div class="post-author"><a class="username">{user}</a>
<span class="rank">{rank}</span></div><div class="post-main">
<div class="post-info"><span class="post-date">{when}</span> <a href="#p{number}">#{number}</a></div>
<div class="post-body">{quote}<p>{text}</p></div>
<div class="post-actions"><a href="/quote/{number}">Quote</a> · <a href="/report/{number}">Report</a></div></div></div>""")
    return f"""<!doctype html><html lang="en"><head><title>Hosepipe ban on the plots this summer | Plotholders Forum</title>
</head><body><header><nav><a href="/">Forum</a> <a href="/blog">Blog</a></nav></header><main>
<h1>Hosepipe ban on the plots this summer</h1>{''.join(posts)}
<h3>Reply to this topic</h3><p>Sign in to take part in the discussion.</p></main>
<footer><p>© 2025 Plotholders Forum</p></footer></body></html>""".encode()


def test_a_forum_threads_replies_numbered_past_the_first_post_are_no_story():
    expected = _OPENING + ["Saving water"] + ["- " + tip for tip in _TIPS]
    for quote_tip in (False, True):
        body = body_lines(extract(_forum(quote_tip), "thread.html").blocks)
        # (the heading's "## " aside: a reply quoting the story's tip leaves the story's own line in place)
        assert [line.removeprefix("## ") for line in body] == expected


_MATCH = ["Harbour Town came from behind to beat Millfield Rovers 2-1 on Saturday, with both goals in the last twenty "
          "minutes after the visitors had led since the opening quarter of an hour.",
          "Rovers scored first when their captain headed in a corner at the near post, and for an hour the home side "
          "struggled to create anything against a well organised back line.",
          "The equaliser came from a substitute, who curled a free kick into the top corner, and the winner from a "
          "penalty in the third minute of added time after a clumsy challenge in the box.",
          "The win lifts Harbour Town to third in the table, two points behind the leaders with five games left, "
          "and their manager said afterwards that the squad now believes promotion is within reach this season."]
_SHEET = ["HARBOUR TOWN-MILLFIELD ROVERS 2-1",
          "HARBOUR TOWN (4-4-2): Webb; Hale, Okoro, Price, Dunn (70' Shaw); Kerr, Lowe, Adams, Finch; Reid, Moss.",
          "MILLFIELD ROVERS (5-3-2): Grant; Pike, Rowe, Lamb, Hart, Cole; Wade, Nash (80' Bell), Ford; Gibbs, Lane.",
          "Referee: Tom Hardy of Leeds.", "Goals: 14' Lamb (M), 73' Shaw (H), 93' pen. Reid (H)."]


def test_a_match_sheets_label_with_its_article_ends_a_copied_match_report():
    for label in ("THE LINE-UPS", "Il tabellino", "LA FICHA TÉCNICA"):
        page = "\n\n".join(["Sport / Football", "Harbour Town snatch late win over Millfield", "By Ken Doyle",
                            "12 April 2025"] + _MATCH) + "\n\n" + "\n".join([label] + _SHEET) + \
            "\n\nTags\nFootball\n© Harbour Evening Star"
        assert body_lines(extract(page.encode(), "match.txt").blocks) == _MATCH, label


_RELEASE = ["Lindqvist Ferries will open a second daily crossing between Harwick and Solvik from 1 May, the company "
            "announced on Thursday, after passenger numbers rose by a third over the last year.",
            "The new departure leaves Harwick at 07:15 and Solvik at 18:40, and the company says it has chartered a "
            "second vessel with room for 400 passengers and 120 cars for the season.",
            "“Our customers have asked for an early boat for years, and now we can offer one,” the chief executive "
            "said, adding that fares would stay at this year's level until the end of October."]


def test_the_companys_description_under_a_release_ends_it_when_its_contacts_follow():
    for contact_label in ("Information for the press", "Reporters may reach:"):
        page = "\n".join(["Lindqvist Ferries", "Home / Newsroom / Releases", "3 April 2025",
                          "Lindqvist Ferries adds a second daily crossing to Solvik"] + _RELEASE
                         + ["About Lindqvist Ferries", "Founded in 1962 as a family business with one boat, Lindqvist "
                            "Ferries now runs six routes across the sound and carries 1.2 million passengers a year.",
                            contact_label, "Nordlys Communications",
                            "Anna Berg – anna.berg@nordlys-comms.example – +46 70 123 45 67",
                            "© 2025 Lindqvist Ferries AB"])
        assert body_lines(extract(page.encode(), "release.txt").blocks) == _RELEASE, contact_label


_METERED = ["The county will close three of its eleven recycling centres next spring, the waste committee decided on "
            "Wednesday, saying the sites cost more to run than they take in from the charges.",
            "Residents of the villages near the closing sites will have to drive up to 25 kilometres to the nearest "
            "centre, and the parish councils say fly-tipping is bound to rise.",
            "The committee has promised a mobile collection van that will visit each village once a month, though it "
            "has not said when the service will start or what it will cost."]


def test_a_metered_paywalls_counter_offer_and_login_prompt_between_paragraphs_are_no_story():
    for counter, offer, login in (("You have read 2 of 3 free articles this month.", "Try Plus – 4 weeks for €1",
                                   "Already a subscriber? Log in"),
                                  ("Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen.",
                                   "Jetzt Plus testen – 1 Monat für 0,99 €", "Bereits Abonnent? Anmelden")):
        page = "\n\n".join(["Home / News / County", "Three recycling centres to close next spring",
                            "By Sam Orrell", "12 November 2025"] + _METERED[:2] + [counter, offer, login]
                           + _METERED[2:] + ["© 2025 The Shire Courier"])
        assert body_lines(extract(page.encode(), "metered.txt").blocks) == _METERED, counter


_EXILED = ["Two regional courts jailed three volunteers on Monday for sending money to a charity that buys medicine "
           "for people displaced by the fighting, their lawyers said after the hearings.",
           "The volunteers, who had transferred small sums over two years, were each sentenced to four years in a "
           "penal colony; all three said they would appeal against the verdicts.",
           "Human rights groups counted at least forty such cases last year, most of them brought after a bank "
           "reported a transfer abroad to the security service."]
_APPEAL = ["The Free Courier exists thanks to its readers",
           "The authorities have declared us an undesirable organisation. That means we cannot sell advertising, "
           "any company that works with us risks prosecution, and the only people who keep our reporters at work "
           "are readers like you, who send what they can each month from wherever they live now.",
           "If you can support us now, even with a small sum, please do it today. Regular donations help us plan ahead.",
           "Donate now", "Give monthly", "Safe. Anonymous. Possible from anywhere."]


def test_a_donation_boxs_heading_long_pitch_and_small_print_copied_with_its_button_are_no_story():
    page = "\n\n".join(["News / Courts", "Three volunteers jailed for charity transfers", "By Irina Vale", "3 June 2025"]
                       + _EXILED + ["\n".join(_APPEAL), "Share", "© 2025 The Free Courier"])
    assert body_lines(extract(page.encode(), "appeal.txt").blocks) == _EXILED


def test_a_share_bar_of_network_names_glued_in_arabic_or_cyrillic_letters_and_a_google_news_follow_prompt():
    from sitegen.ingest import boilerplate as bp
    for bar in ("تويترفيسبوكتلغرام", "ВконтактеТелеграмТвиттер"):
        assert bp.boilerplate_reason(bar, 1) == "social network links", bar
    assert bp.boilerplate_reason("Bizi Google News’ten takip edin", 5) is not None
    assert bp.boilerplate_reason("Haberleri Google News'te takip edin", 5) is not None


def test_a_date_line_with_its_updates_weekday_and_clock_past_sixteen_words_still_dates_the_page():
    dateline = "Sun · 20 Jul 2025 · 10:15 am · Upd. · Sun · 20 Jul 2025 · 1:40 pm"
    page = "\n\n".join(["Home | News | Energy", "New oil sanctions unsettle Gulf shipping",
                        "Brokers rework their sums as dozens of tankers are blacklisted", dateline]
                       + _RELEASE)  # (any three paragraphs will do)
    assert extract(page.encode(), "dated.txt").date == "2025-07-20"


def test_a_headline_in_no_heading_tag_under_a_sections_h1_is_the_title_when_the_title_tag_names_it():
    headline = "Port authority approves a second container terminal on the north quay"
    paragraphs = "".join(f"<p>{text}</p>" for text in _RELEASE)
    page = f"""<!doctype html><html lang="en"><head><title>{headline} | Northern Ports Authority</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">Newsroom</a></nav></header><main>
<h1 class="page-title">Newsroom</h1><article><div class="pr-head"><div class="kind">Press release</div>
<div class="pr-title"><span>{headline}</span></div><time datetime="2025-04-02">2 April 2025</time></div>
<div class="body">{paragraphs}</div></article></main><footer><p>© 2025 Northern Ports Authority</p></footer></body></html>"""
    extraction = extract(page.encode(), "release.html")
    assert extraction.title == headline
    assert body_lines(extraction.blocks) == _RELEASE


def test_a_live_pages_notice_that_it_has_ended_or_updates_itself_is_no_story():
    for notice in ("This live blog has now closed. Follow today's coverage here.",
                   "Ce direct est actualisé automatiquement.", "Ця стрічка оновлюється автоматично."):
        page = "\n\n".join(["Live", "Storm Ada: the day's events", "By Jo Marsh", "4 January 2026", notice]
                           + _EXILED)
        body = body_lines(extract(page.encode(), "live.txt").blocks)
        assert body == _EXILED, notice


def test_a_key_points_boxs_label_with_its_moment_is_no_standfirst_and_who_works_on_a_live_page_is_its_byline():
    from sitegen.ingest import metadata as md
    assert md.byline("Над стрічкою працюють Ірина Бойко, Тарас Лисенко") == "Ірина Бойко and Тарас Лисенко"
    assert md.byline("Над текстом работали Вера Орлова и Глеб Зуев") == "Вера Орлова and Глеб Зуев"
    for label in ("Key points so far", "Головне на цю хвилину"):
        page = "\n".join(["Home", "Live", "Storm Ada: the day's events, hour by hour", "4 January 2026, 07:30",
                          "By Jo Marsh and Ed Kerr", label, "Ferries cancelled until noon", "Power cut to 12,000 homes",
                          "Schools closed in three towns", "Refresh", "09:40", "Wind gusts reach record"] + _EXILED)
        assert extract(page.encode(), "live.txt").description is None, label


def test_a_korean_credit_of_text_and_photos_before_the_reporters_name_is_the_byline():
    from sitegen.ingest import metadata as md
    assert md.byline("글·사진=한도윤 기자") == "한도윤"
    assert md.byline("글=배수아 기자") == "배수아"
    assert md.byline("사진=배수아 기자") is None  # (the photographer alone is no author)


def test_a_live_pages_headline_is_above_its_entries_not_the_first_entrys():
    # (Its byline is two names each over a role, which no byline rule reads, so nothing cuts the candidates there; a
    # key-points box keeps the header open down to the first entry, whose headline shares more words with the entries
    # than the page's own does.)
    entries = [("16:10", "Ferry traffic resumes on the northern route",
                "The ferry operator said traffic on the northern route resumed at four o'clock, and the first ferry "
                "left with two hundred passengers and a full load of freight for the islands."),
               ("14:25", "Harbour master warns of ice on the northern route",
                "Ice floes on the northern route could still slow ferry traffic tonight, the harbour master told "
                "reporters, and pilots will guide every ferry through the narrowest stretch."),
               ("11:40", None,
                "The wind has dropped to a moderate breeze, and the ferry operator expects "
                "normal traffic on every route by the evening, according to the weather service.")]
    lines = ["Skip to content", "Coastline Daily", "News   Local   Weather   Sport", "Storm on the coast", "LIVE",
             "Gale brings the country to a standstill for a third day",
             "Schools stayed shut and trains were cancelled again as the gale blew for a third day.",
             "Karin Holm", "Reporter", "Olle Berg", "Reporter", "Published 14 March 2025 at 06.02", "Share",
             "What has happened", "Ferries are running again on the northern route.",
             "Ice still slows ferry traffic in the outer channel.", "Schools reopen on Monday."]
    for time, title, text in entries:
        lines += [time] + ([title] if title else []) + [text]
    page = extract("\n\n".join(lines).encode(), "live.txt")
    assert page.title == "Gale brings the country to a standstill for a third day"


def test_an_h1s_capitalized_first_clause_before_a_dash_is_no_site_name():
    story = ("<p>Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
             "Ukraine after any ceasefire, and the talks are expected to run late into the night.</p>"
             "<p>Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
             "capitals prefer a political declaration that can be agreed before the end of the year.</p>")
    page = (f"<html><head><title>Security Talks Brussels – Kyiv demands written commitments | Nordic Wire</title>"
            f"</head><body><header><a href='/'>Nordic Wire</a></header><main><article>"
            f"<h1>Security Talks Brussels – Kyiv demands written commitments</h1>{story}</article></main>"
            f"<footer>© Nordic Wire 2025</footer></body></html>")
    assert extract(page.encode(), "talks.html").title == "Security Talks Brussels – Kyiv demands written commitments"


def test_an_h1_that_carries_the_site_name_the_page_gives_elsewhere_loses_it():
    story = ("<p>Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
             "Ukraine after any ceasefire, and the talks are expected to run late into the night.</p>")
    page = (f"<html><head><title>Nordic Wire</title></head><body><header><a href='/'>Nordic Wire</a></header><main>"
            f"<article><h1>Nordic Wire – Kyiv demands written commitments in Brussels</h1>{story}</article></main>"
            f"<footer>© Nordic Wire 2025</footer></body></html>")
    assert extract(page.encode(), "talks.html").title == "Kyiv demands written commitments in Brussels"
