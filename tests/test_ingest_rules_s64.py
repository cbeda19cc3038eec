"""Ingest rules of stop 64, from the misses of its blind batches (text 162, HTML 133), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import body_lines, copied

HEAD = ["Skip to content", "Hillside Notes", "Home", "Walks", "About",
        "Three days on the Pennine Bridleway in February",
        "Posted on 12 February 2026 by Ruth Calder",
        "The forecast promised showers; what we got was three days of sleet and a wind that never once dropped.",
        "I walked the southern section from Middleton Top with my brother, carrying everything, staying in pubs.",
        '"You picked the wrong month," the landlord at Hayfield told us, and he was right about the weather.']
TAIL = ["Would I go back in winter? Yes, but with a lighter pack and a longer list of open cafés.",
        "Share this:", "Facebook", "Email", "Like this:", "Leave a Reply", "© 2026 Hillside Notes"]


def test_a_list_copied_without_its_marks_under_a_label_of_up_to_eight_words_is_a_list():
    # (Text 162: "What I packed (and what I'd change)" over five items opening in small letters was dropped with them
    # as short lines: a label of seven words was taken for no list's label.)
    items = ["boots that had been worn in before the trip", "spare socks in a dry bag, changed every lunchtime",
             "a flask, because half the cafés close for the season", "a map and compass, as the phone died twice"]
    found = copied(HEAD + ["What I carried (and would leave behind)"] + items + TAIL, "walk.txt")
    lines = body_lines(found.blocks)
    assert "## What I carried (and would leave behind)" in lines
    assert [f"- {item}" for item in items] == [line for line in lines if line.startswith("- ")]
    assert lines[-1] == TAIL[0]


def test_an_offer_of_unlimited_access_under_a_paywall_prompt_is_no_story_in_other_languages_either():
    # (Text 162: "Αποκτήστε απεριόριστη πρόσβαση σε όλο το περιεχόμενο …" between a Greek paywall's prompt and its
    # offer was kept as the story's last paragraph.)
    lines = ["Αρχική", "Ειδήσεις", "Νέο λιμάνι στη Σύρο: ξεκινούν τα έργα τον Μάρτιο",
             "Του Γιώργου Παππά", "14.02.2026",
             "Το υπουργείο Ναυτιλίας ενέκρινε τη χρηματοδότηση για την επέκταση του λιμανιού της Ερμούπολης, ένα έργο "
             "που συζητείται εδώ και δέκα χρόνια.",
             "Σύμφωνα με τον δήμαρχο, οι εργασίες θα διαρκέσουν δύο χρόνια και θα γίνουν σε τρεις φάσεις.",
             "Το υπόλοιπο άρθρο είναι διαθέσιμο μόνο για συνδρομητές",
             "Αποκτήστε απεριόριστη πρόσβαση σε όλο το περιεχόμενο της Κυκλαδικής.",
             "Γίνετε συνδρομητής με 1€ τον πρώτο μήνα", "Έχετε ήδη συνδρομή; Σύνδεση", "Ετικέτες", "Σύρος"]
    found = copied(lines, "el.txt")
    assert body_lines(found.blocks) == [lines[5], lines[6]]


def test_the_review_guards_a_boxs_title_over_small_lines_and_a_story_granting_unlimited_access():
    # A box's title in capitals word after word, over lines in small letters, at the story's end: still no list.
    box = ["Sponsored Content From Our Commercial Partners This Week", "the best waterproof boots for winter walking",
           "ten gadgets every hiker should pack this year", "why merino socks are worth every penny spent"]
    found = copied(HEAD + TAIL[:1] + box + TAIL[1:], "walk.txt")
    assert not [line for line in body_lines(found.blocks) if line.startswith(("- ", "## "))]
    # A story's own unlimited access (a pensioners' metro pass) is no paywall's offer.
    lines = ["Portada", "Madrid", "Los jubilados viajarán gratis en el metro desde marzo",
             "Por Lucía Romero", "12/02/2026",
             "Los jubilados tendrán acceso ilimitado al metro y a los autobuses urbanos a partir del 1 de marzo, "
             "anunció el ayuntamiento este jueves.",
             "La medida beneficiará a unas 600.000 personas y costará 40 millones de euros al año, según el consistorio.",
             "Etiquetas", "Transporte"]
    found = copied(lines, "es.txt")
    assert body_lines(found.blocks) == [lines[5], lines[6]]


def test_a_page_with_no_h1_takes_the_heading_its_tab_title_names_over_a_shorter_og_title():
    # (HTML 133: a Joomla page sets its headline as "<h2 itemprop="headline">" under breadcrumbs holding its first
    # clause, og:title the clause before the colon: the title came out short.)
    from sitegen.ingest.extract import extract
    headline = "Lakeside ferry suspended: engine fault leaves island villages without a crossing for a week"
    page = (f"<html><head><title>{headline} - The Lake Courier</title>"
            "<meta property='og:title' content='Lakeside ferry suspended: engine fault'></head><body>"
            "<nav class='breadcrumbs'><a href='/'>Home</a> <a href='/news'>News</a> <span>Lakeside ferry suspended</span></nav>"
            f"<main><div class='page-header'><h2 itemprop='headline'>{headline}</h2></div>"
            "<div class='article-body'><p>The only ferry to the island villages of Marrow and Stoke was taken out of service "
            "on Monday after engineers found a fault in its main engine, the operator said.</p>"
            "<p>Residents will have to use a replacement boat that carries foot passengers only, and the council has "
            "arranged a minibus from the pier to the surgery in town.</p>"
            "<p>The operator said a new engine part had been ordered from Germany and should arrive by Friday, but it "
            "could not promise that the ferry would sail again before the weekend.</p>"
            "<p>Councillor Ann Lowe said the island could not be left without a car ferry for long, and asked the "
            "operator to hire a second boat if the repair took longer than a week.</p></div></main>"
            "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/news/1'>" + headline + "</a></li>"
            "<li><a href='/news/2'>Rowing club wins regatta</a></li></ul></aside></body></html>").encode()
    found = extract(page, "ferry.html")
    assert found.title == headline
    assert found.publisher == "The Lake Courier"  # (the tab title's other part, as when the title came from the tab)


def test_a_page_with_no_h1_keeps_its_headline_over_a_logo_a_standfirst_or_a_teaser():
    # (The second review's guards: only an <h2>/<h3> that is the tab title's own longest part is taken.)
    from sitegen.ingest.extract import extract
    headline = "Lakeside ferry suspended for a week after engine fault"
    body = ("<main><div class='headline'>" + headline + "</div>"
            "<h2 class='standfirst'>The island's only car ferry will be out of service until the part arrives</h2>"
            "<p>The only ferry to the island villages of Marrow and Stoke was taken out of service on Monday after "
            "engineers found a fault in its main engine, the operator said.</p>"
            "<p>Residents will have to use a replacement boat that carries foot passengers only, and the council has "
            "arranged a minibus from the pier to the surgery in town.</p></main>")
    for tab in (f"{headline} | The Lake Courier Weekly", f"{headline} - The Lake Courier Weekly"):
        page = (f"<html><head><title>{tab}</title></head><body><div class='logo'>The Lake Courier Weekly</div>"
                f"{body}<div class='foot'><h2>About The Lake Courier Weekly</h2></div></body></html>").encode()
        assert extract(page, "ferry.html").title == headline
