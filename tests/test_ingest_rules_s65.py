"""Ingest rules of stop 65, from the misses of its blind batches (text 165, HTML 136), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import body_lines, copied

from sitegen.ingest.extract import extract

STORY = ["Делегації зустрілися вдруге за тиждень у палаці Долмабахче; зустріч тривала понад шість годин.",
         "Спільної заяви за її підсумками сторони не оприлюднили, але обмін полоненими погоджено в принципі.",
         "Наступний раунд, за словами турецьких дипломатів, може відбутися наприкінці травня."]


def test_who_run_a_live_page_after_the_verb_alone_and_a_colon_are_its_byline():
    # (Text 165: "Ведуть: Оксана Литвиненко, Тарас Гнатюк" under the live page's headline and dek was no byline, so the
    # summary box's label lower down, "Головне на цю хвилину", was taken for the headline.)
    headline = "Переговори у Стамбулі, день другий: онлайн-трансляція"
    dek = "Делегації України та Росії зустрілися вдруге за тиждень. У фокусі — обмін полоненими."
    lines = ["Вісті Прибужжя", "Головна", "Новини", "Політика", "НАЖИВО", headline, dek,
             "Ведуть: Оксана Литвиненко, Тарас Гнатюк", "15 травня 2025, 09:12", "Поділитися",
             "Головне на цю хвилину", "Делегації завершили другий день зустрічей без спільної заяви",
             "Наступний раунд може відбутися наприкінці травня", "18:40 Делегації завершили другий день зустрічей",
             *STORY, "Поділитися"]
    found = copied(lines, "live.txt")
    assert found.title == headline
    assert found.author == "Оксана Литвиненко and Тарас Гнатюк"
    assert found.description == dek


def test_the_next_of_a_series_of_subheadings_ends_the_list_above_it():
    # (Text 165: "Mistake three: chasing perfection on the truing stand" under a list copied without marks was read
    # as the list's last item; "Mistake one: …" and "Mistake two: …" above it were subheadings.)
    lines = ["Slow Spokes", "Rebuilds", "What I got wrong rebuilding the wheels on a 1983 touring bike",
             "Posted on 2 February 2025 by Marta Illingworth",
             "I have built maybe a dozen wheels in my life, so I assumed a weekend would do it. It took three.",
             "Mistake one: trusting the old spoke lengths",
             "The original spokes measured 296mm at the rear, and I ordered the same without thinking about the rim.",
             "Mistake two: skipping the hub service",
             "The front hub ran rough, but it spun, so I decided to deal with it later, which was a mistake.",
             "What I should have done before lacing anything:",
             "strip the hub and clean out the old grease", "check the cones and cups for pitting",
             "replace the loose balls, because they are cheap",
             "Mistake three: chasing perfection on the truing stand tonight",
             "I spent an entire evening trying to get the rear wheel true to within a tenth of a millimetre.",
             "Share this:", "Email", "Facebook"]
    found = body_lines(copied(lines, "wheels.txt").blocks)
    assert "## Mistake three: chasing perfection on the truing stand tonight" in found
    assert [line for line in found if line.startswith("- ")] == [f"- {item}" for item in lines[10:13]]
    # (The guard: a list's items that only open alike stay its items.)
    items = ["Step one: strip the hub", "Step two: check the cones", "Step three: replace the balls"]
    plain = lines[:9] + ["What I did, in order:"] + items + lines[14:]
    assert [line for line in body_lines(copied(plain, "steps.txt").blocks) if line.startswith("- ")] == \
        [f"- {item}" for item in items]


def _page(h1: str, og_title: str) -> bytes:
    return (f"<html><head><title>{h1} | The Continental Ledger</title><meta property='og:title' content='{og_title}'>"
            "</head><body><main><article>"
            f"<h1>{h1}</h1>"
            "<p>Russia wants sanctions lifted in any settlement, and the measures were imposed by many governments.</p>"
            "<p>Some could be lifted by one decision in Brussels; others need a vote in Congress that could take years.</p>"
            "<p>Frozen central bank assets are the hardest case, lawyers say, because courts in several countries are "
            "already involved.</p></article></main></body></html>").encode()


def test_a_label_the_headline_writes_with_its_colon_stays_in_it():
    # (HTML 136: "<h1>Explained: Which sanctions … stay?</h1>" under og:title "Which sanctions … stay?" came out without
    # "Explained:", as a kicker set apart in its own element would.)
    headline = "Which sanctions on Russia could a peace deal lift and which would stay?"
    assert extract(_page("Explained: " + headline, headline), "explainer.html").title == "Explained: " + headline
    # (The guards: a kicker with no colon goes, as before; and a forum's "Thread:" before the thread's title.)
    assert extract(_page("Sanctions " + headline, headline), "explainer.html").title == headline
    assert extract(_page("Thread: " + headline, headline), "thread.html").title == headline


RADIO = ["Lakeshore Public Radio", "News", "Environment",
         "Why Millbrook is paying residents to swap their lawns for meadows",
         "By Dana Whitfield", "March 3, 2026", "Facebook", "X", "Email"]
RADIO_STORY = ["Along Cedar Street in Millbrook, one front yard looks different from the others: a knee-high mix of "
               "coneflowers, little bluestem and milkweed.",
               "The city pays residents up to $500 to replace turf with native plants, and 140 households signed up in "
               "the programme's first year, officials said.",
               "Ellen Voss said neighbours slow down to look, and now ask her where she got the seeds."]


def test_a_caption_under_the_share_rows_last_button_and_over_its_credit_goes():
    # (Text 166: a dump with no blank lines, "Email" / "Ellen Voss stands in her front yard …" / "Samuel Ortega /
    # Lakeshore Public Radio" / the story: the caption was kept as the first paragraph.)
    caption = "Ellen Voss stands in her front yard in Millbrook, where she replaced half of her lawn last spring."
    lines = RADIO + [caption, "Samuel Ortega / Lakeshore Public Radio"] + RADIO_STORY + [
        "Local journalism is made possible by listeners like you.", "Donate today", "Contact Us"]
    assert body_lines(copied(lines, "radio.txt").blocks) == RADIO_STORY


def test_a_series_label_before_more_from_this_series_opens_a_related_list():
    # (Text 166: "Explainers: more from this series" over a teaser's question was read as a subheading and its teaser as
    # the story's last paragraph.)
    lines = RADIO + RADIO_STORY + ["Explainers: more from this series",
                                   "What is a price cap and how is it enforced?",
                                   "Frozen assets: who holds them and what can be done with them", "Contact Us"]
    assert body_lines(copied(lines, "radio.txt").blocks) == RADIO_STORY


def test_a_teasers_badge_set_again_ends_the_related_list_before_the_storys_next_subheading():
    # (Text 166: "Lesen Sie auch" / a teaser / "Abo" (the badge, as in the menu) / "Was Europa jetzt tun müsste" / the
    # story's paragraph: the subheading was dropped as a caption, then as a listed teaser.)
    story = ["Die Bundesregierung hat am Montag neue Zusagen für die Ukraine angekündigt, doch die Details bleiben unklar.",
             "Es ist deshalb verständlich, dass die ukrainische Regierung auf verbindlichen Garantien besteht."]
    after = "Die Bundesregierung täte gut daran, sich nicht länger hinter der Frage zu verstecken, was Washington tut."
    lines = ["Rheinische Abendpost", "Abo", "Politik", "Sicherheitsgarantien: Europa muss liefern",
             "Von Katrin Vogel", "12.05.2026", *story, "Lesen Sie auch",
             "Schutztruppe für die Ukraine: Welche Länder mitmachen würden", "Abo", "Was Europa jetzt tun müsste",
             after, "Impressum"]
    assert body_lines(copied(lines, "kommentar.txt").blocks) == [*story, "## Was Europa jetzt tun müsste", after]


def test_a_short_line_over_a_tables_rows_in_a_text_dump_is_its_label():
    # (Text 166: "The main packages at a glance" over "Package | Adopted | Main measures", under a list copied without
    # marks, was read as the list's last item.)
    rows = ["Package | Adopted | Main measures", "1st | February 2022 | Asset freezes on officials",
            "14th | June 2024 | LNG transhipment ban"]
    lines = RADIO + RADIO_STORY[:2] + ["The packages cover:", "banks and the central bank's reserves",
                                       "oil, coal and refined products", "The main packages at a glance", *rows,
                                       RADIO_STORY[2], "Contact Us"]
    found = body_lines(copied(lines, "explainer.txt").blocks)
    assert "## The main packages at a glance" in found
    assert [line for line in found if line.startswith("- ")] == ["- banks and the central bank's reserves",
                                                                 "- oil, coal and refined products"]


def test_an_interviews_prompt_trailing_off_is_a_question_as_the_others():
    # (Text 166: "Pourtant, la croissance russe reste positive…" between two answers, the other questions set as
    # subheadings, was read as a paragraph of the answer before.)
    lines = ["L'Écho du Rhône", "Entretien", "« Les sanctions ont un effet, mais lent »", "Par Julien Marchal",
             "12 mai 2026",
             "Trois ans après les premières mesures, l'économie russe croît encore ; une économiste plaide pour la patience.",
             "Les sanctions ont-elles atteint leur objectif ?",
             "Tout dépend de l'objectif qu'on leur assigne. Les recettes pétrolières ont baissé et l'inflation dépasse 9 %.",
             "Pourtant, la croissance russe reste positive…",
             "Oui, parce que l'État injecte des sommes considérables dans l'industrie de défense, au détriment du reste.",
             "Où se situent les principales failles ?",
             "Dans les pays tiers, qui réexportent des biens européens vers la Russie sans grand contrôle, dit-elle.",
             "Mentions légales"]
    found = body_lines(copied(lines, "entretien.txt").blocks)
    assert "## Pourtant, la croissance russe reste positive…" in found
    assert "## Les sanctions ont-elles atteint leur objectif ?" in found


def _saved(body: str, head: str = "", title: str = "Page") -> bytes:
    return (f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>").encode()


def test_a_fact_checks_ruling_under_its_heading_stays_though_a_word_opens_like_the_sites_name():
    # (HTML 137: "Our ruling" and its paragraph, "Posts claiming that a video shows …", were dropped as a note about the
    # site ClaimLens: "claiming" opens as the name does.)
    story = ["A video shared widely on social media claims to show Ukraine and Russia signing a peace agreement.",
             "The footage dates from 2019 and shows a business deal being signed at a trade forum in Sochi.",
             "Delegations met in Istanbul in early September, but the meeting ended without an agreement.",
             "Both sides said afterwards that they would continue their contacts at a technical level in October.",
             "A reverse image search finds the same footage in a regional broadcaster's report from June 2019.",
             "Selin Aydemir, a spokesperson for the mediators, told ClaimLens that no document had been signed."]
    ruling = "Posts claiming that a video shows Ukraine and Russia signing a peace agreement are false."
    body = ("<main><article><h1>Fact check: video does not show a peace deal being signed</h1>"
            + "".join(f"<p>{p}</p>" for p in story) + f"<h2>Our ruling</h2><p>{ruling}</p></article></main>"
            "<footer><p>ClaimLens is a verified signatory of the fact-checkers' code of principles.</p></footer>")
    head = "<meta property='og:site_name' content='ClaimLens'>"
    assert body_lines(extract(_saved(body, head, "Fact check | ClaimLens"), "check.html").blocks) == \
        [*story, "## Our ruling", ruling]


def test_the_date_shown_as_published_wins_over_a_page_historys_time_of_the_update():
    # (HTML 137: "Published" / "4 March 2025" / "Last updated" / "6 March 2025" over the story, and a page-history list
    # of <time>s at the foot, the update's first: the date came out as the update's.)
    body = ("<main><h1>Funding agreed for the East Quay flood barrier</h1><dl><dt>Published</dt><dd>4 March 2025</dd>"
            "<dt>Last updated</dt><dd>6 March 2025</dd></dl>"
            + "".join(f"<p>{p}</p>" for p in RADIO_STORY) +
            "<section><p>Published 4 March 2025</p><ol><li><time datetime='2025-03-06T11:20:00+00:00'>6 March 2025"
            "</time>: Added dates for drop-in sessions.</li><li><time datetime='2025-03-04T09:30:00+00:00'>4 March 2025"
            "</time>: First published.</li></ol></section></main>")
    assert extract(_saved(body), "barrier.html").date == "2025-03-04"


def test_a_live_entrys_time_and_headline_in_one_header_stand_together():
    # (HTML 137: "<header><time>19:40</time><h2>…</h2></header>" gave the headline without its time; a copied page shows
    # "19:40 Делегації завершили …", as the labels have it. A time with its zone, "15.52 GMT", stays apart.)
    entries = "".join(
        f"<section><header><time datetime='2025-11-12T{t}:00+02:00'>{t}</time><h2>{h}</h2></header>"
        f"<div><p>{p}</p></div></section>"
        for t, h, p in (("19:40", "Delegations end the second day without a statement",
                         "The talks in Geneva ended at about seven in the evening, and no joint statement was issued."),
                        ("18:15", "Swiss foreign ministry: the mood is businesslike",
                         "A spokeswoman told reporters the atmosphere was businesslike, though difficult at times.")))
    body = f"<main><h1>Geneva talks, day two: live</h1>{entries}</main>"
    found = body_lines(extract(_saved(body), "live.html").blocks)
    assert "## 19:40 Delegations end the second day without a statement" in found
    assert "## 18:15 Swiss foreign ministry: the mood is businesslike" in found


def test_the_second_reviews_guards_for_ingest():
    # (An answer trailing off under its own question stays the answer's paragraph.)
    lines = ["L'Écho du Rhône", "Entretien", "« Les sanctions ont un effet, mais lent »", "Par Julien Marchal",
             "12 mai 2026", "Trois ans après les premières mesures, l'économie russe croît encore, dit-elle.",
             "Les sanctions ont-elles atteint leur objectif ?", "Oui et non, tout dépend de ce qu'on attendait…",
             "Les recettes pétrolières ont baissé et l'inflation dépasse 9 %, mais l'économie tient encore debout.",
             "Où se situent les principales failles ?",
             "Dans les pays tiers, qui réexportent des biens européens vers la Russie sans grand contrôle.",
             "Mentions légales"]
    assert "## Oui et non, tout dépend de ce qu'on attendait…" not in body_lines(copied(lines, "e.txt").blocks)
    # (A page showing only its update's date keeps that date over a sidebar's <time>.)
    body = ("<main><h1>Funding agreed for the East Quay flood barrier</h1><p>Updated 6 March 2025</p>"
            + "".join(f"<p>{p}</p>" for p in RADIO_STORY) + "</main><aside><h2>More stories</h2><ul><li>"
            "<time datetime='2025-02-01'>1 February 2025</time> <a href='/x'>Harbour works begin</a></li></ul></aside>")
    assert extract(_saved(body), "barrier.html").date == "2025-03-06"
    # (A station's sentence about its listeners, said by someone, stays.)
    said = "Stories like this are made possible by listeners, the station's manager said, as pledges fell 12 per cent."
    lines = RADIO + RADIO_STORY + [said, "Contact Us"]
    assert said in body_lines(copied(lines, "radio.txt").blocks)


def test_a_quotation_with_whose_words_it_is_after_a_teaser_is_the_storys():
    # (Text 167: "Lesen Sie auch" / a teaser's headline / "„Jeder gelistete Tanker …“, sagt die Sanktionsexpertin …" /
    # "Anzeige" / a subheading: the quotation was taken for the teaser's summary and dropped.)
    story = ["Die EU hat am Montag ihr neues Sanktionspaket gegen Russland beschlossen, das vor allem Tanker trifft.",
             "Betroffen sind nach Angaben der Kommission mehr als hundert Schiffe der sogenannten Schattenflotte."]
    quote = ("„Jeder gelistete Tanker erhöht die Kosten für Moskau, aber die Flotte wächst schneller“, sagt die "
             "Sanktionsexpertin Sabine Oltmanns.")
    after = "Die Bankensanktionen treffen vor allem Institute, die Zahlungen für Öl und Gas abwickeln, sagen Diplomaten."
    lines = ["Hanseblick", "Politik", "Was das neue Sanktionspaket gegen Russland bedeutet", "Von Jan Petersen",
             "12.05.2026", *story, "Lesen Sie auch", "Ostsee: Wie die Marine verdächtige Tanker überwacht", quote,
             "Anzeige", "Wen treffen die Bankensanktionen?", after, "Impressum"]
    assert quote in body_lines(copied(lines, "sanktionen.txt").blocks)
