"""Rules found on batch 26's pages (heldout_text_copied14), checked on other strings (other sites, other names)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import byline
from ingest_fixtures import ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, dump



def test_a_release_without_a_date_line_is_dated_by_its_leads_dateline():
    e = extract(dump("Support us", "Riverside Trust", "About", "Projects", "Press", "PRESS RELEASE",
                     "FOR IMMEDIATE RELEASE", "Riverside Trust reopens twelve rural bus shelters before winter",
                     "Leeds, 3 March 2026 – " + _LEAD, _NEXT, _THIRD), "riverside.txt")
    assert e.date == "2026-03-03"
    e = extract(dump("Riverside Trust", "Press", "Riverside Trust reopens twelve rural bus shelters before winter",
                     "GENEVA, Switzerland, 9 April 2025 — " + _LEAD, _NEXT, _THIRD), "riverside.txt")
    assert e.date == "2025-04-09"
    # A place and words, not a date, before the dash: no date.
    e = extract(dump("Riverside Trust", "Press", "Riverside Trust reopens twelve rural bus shelters before winter",
                     "Leeds, where buses stopped in 2019 – " + _LEAD, _NEXT, _THIRD), "riverside.txt")
    assert e.date is None


def test_a_speakers_office_before_the_name_is_no_part_of_it():
    assert byline("Speaker: Governor Alan Reyes") == "Alan Reyes"
    assert byline("Remarks by Deputy Mayor Ines Falk-Moreno") == "Ines Falk-Moreno"
    assert byline("Speaker: Bürgermeisterin Anna Roth") == "Anna Roth"


def test_a_speechs_venue_line_is_no_headline():
    e = extract(dump("Borough of Westfield", "Home › Council › Speeches", "Speeches",
                     "Given at the Westfield Transport Forum, Civic Centre", "3 March 2026",
                     "Leader's speech to the Westfield Transport Forum", "Speaker: Councillor Dan Pike",
                     _LEAD, _NEXT, _THIRD), "westfield.txt")
    assert e.title == "Leader's speech to the Westfield Transport Forum"
    e = extract(dump("Stadt Nordau", "Reden", "Gehalten anlässlich des Verkehrsforums im Rathaus Nordau",
                     "3. März 2026", "Rede der Oberbürgermeisterin zum Nahverkehr", _LEAD, _NEXT, _THIRD), "nordau.txt")
    assert e.title == "Rede der Oberbürgermeisterin zum Nahverkehr"


def test_a_sections_newsletter_is_no_publisher():
    e = extract(dump("The Harbour Courier", "Subscribe", "News", "Sport", "Comment", "Culture", "Comment",
                     "Columnists", "Rural buses are not a luxury, and the county should stop treating them as one",
                     "By Jo Mills", "Mar. 3, 2026", _LEAD, _NEXT, _THIRD, "More in Comment",
                     "Get the Comment newsletter", "Sign up", "© 2026 The Harbour Courier"), "courier.txt")
    assert e.publisher == "The Harbour Courier"


def test_the_public_body_named_over_a_release_publishes_it():
    # A ministry's release on the government's portal: the ministry, one word, under the portal's menu.
    e = extract(dump("Regeringen.example", "Ämnen", "Departementen", "Pressmeddelanden", "Pressmeddelande",
                     "Infrastrukturdepartementet", "Dnr: 44/26", "Datum: 03.03.2026",
                     "Regeringen förlänger stödet till landsbygdens busslinjer", _LEAD, _NEXT, _THIRD,
                     "Integritet | Kakor"), "regeringen.txt")
    assert e.publisher == "Infrastrukturdepartementet"
    # An office's statement: its name heads the page, and nothing else on it names the site.
    e = extract(dump("Office of the Transport Commissioner", "Home", "Statements", "STATEMENT", "Leeds, 03/03/2026",
                     "Statement by the Commissioner on rural bus contracts", _LEAD, _NEXT, _THIRD,
                     "Legal notice | Cookies"), "commissioner.txt")
    assert e.publisher == "Office of the Transport Commissioner"
    # Without a release's or statement's label, a body named only above the headline may be a menu's entry.
    e = extract(dump("Office of the Transport Commissioner", "Home", "Buses", "Leeds, 03/03/2026",
                     "Rural bus contracts: what changes in spring", _LEAD, _NEXT, _THIRD,
                     "Legal notice | Cookies"), "commissioner.txt")
    assert e.publisher is None


def test_a_newsletters_you_receive_this_footer_names_it():
    e = extract(dump("Railfreighter", "Weekly news for rail operators", "No. 12/2026 · 3 March 2026", "Subscribe",
                     "Rural freight lines face a wagon shortage", _LEAD, _NEXT, _THIRD, "Forward to a colleague",
                     "You are receiving this email because you subscribed to Railfreighter.",
                     "Unsubscribe | Preferences"), "railfreight.txt")
    assert e.publisher == "Railfreighter"


def test_an_agencys_initials_are_written_as_its_name_heading_the_page():
    e = extract(dump("Agencia Noticiosa del Norte", "Inicio", "Internacional", "Rural bus routes survive the budget",
                     "3 March 2026", _LEAD, _NEXT, _THIRD, "© ANN 2026. All rights reserved."), "ann.txt")
    assert e.publisher == "Agencia Noticiosa del Norte"


def test_a_personal_sites_affiliation_tagline_is_no_headline():
    from sitegen.ingest.headline import affiliation_line

    assert affiliation_line("Marine biologist · Senior Lecturer, School of Ocean Sciences, Bangor University")
    assert affiliation_line("Chercheuse, Laboratoire d'océanographie, Université de Brest")
    # A headline that names a professor and a university is still a headline.
    assert not affiliation_line("University sacks professor over research grant, union says")
    assert not affiliation_line("Professor at Kettering University wins award")


def test_a_post_lines_parts_on_lines_of_their_own_give_the_author():
    e = extract(dump("Harbour Makers", "Follow", "Member-only story", "Priya Natarajan", "·", "5 min read", "·",
                     "Mar 3, 2026", "What a year of rural bus data taught me about timetables", _LEAD, _NEXT, _THIRD),
                "makers.txt")
    assert e.author == "Priya Natarajan"


def test_a_one_word_publication_over_its_follow_button_is_the_publisher():
    e = extract(dump("Trailnotes", "Follow", "Priya Natarajan", "·", "5 min read", "·", "Mar 3, 2026",
                     "What a year of rural bus data taught me about timetables", _LEAD, _NEXT, _THIRD), "trailnotes.txt")
    assert e.publisher == "Trailnotes"
