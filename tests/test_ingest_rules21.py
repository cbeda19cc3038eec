"""Header rules from batch 21's leftovers, checked on other strings: two-sentence headlines over a dek of the
same length, a menu line over the headline, and a live page whose key-events list pushes the story down."""
from __future__ import annotations

from sitegen.ingest.extract import extract

_PL_STORY = [
    "Rada miasta zdecydowała w czwartek, że linia tramwajowa na Nowy Dwór zostanie zbudowana do końca 2028 roku, "
    "a koszt inwestycji wzrośnie do 410 milionów złotych.",
    "Prezydent miasta mówił na sesji, że bez nowej linii korki na alei Karkonoskiej będą coraz większe, a autobusy "
    "nie nadążą za liczbą mieszkańców osiedla.",
    "Radni opozycji chcieli najpierw zobaczyć analizę kosztów utrzymania, ale ich wniosek przepadł w głosowaniu.",
]
# A headline of two sentences, and a dek under it of as many words but no headline: only the byline and the date
# below them (names without "By") tell which is which.
_HEADLINE = "Tramwaj na Nowy Dwór pojedzie w 2028 roku. Koszt budowy linii wzrośnie o jedną trzecią"
_DEK = "Radni przegłosowali budowę linii tramwajowej na osiedle mimo sprzeciwu opozycji, która chciała analizy kosztów"


def _page(header: list[str]) -> bytes:
    return "\n".join(header + _PL_STORY).encode()


def test_a_two_sentence_headline_over_a_dek_of_its_length_and_a_names_line_is_the_title():
    e = extract(_page(["Gazeta Odrzańska", "Start Wiadomości Sport Kultura Biznes Pogoda Regiony Opinie",
                       _HEADLINE, _DEK, "Anna Nowak, Piotr Zieliński", "27 listopada 2026 | 14:05"]), "pl.txt")
    assert (e.title, e.author, e.date) == (_HEADLINE, "Anna Nowak and Piotr Zieliński", "2026-11-27")
    assert e.description == _DEK


def test_a_long_line_under_the_sites_menu_is_the_headline_not_the_menus_dek():
    # The menu line has no words of the story; the headline under it is longer than it, as deks are.
    e = extract(_page(["Start Wiadomości Sport Kultura Biznes Pogoda Regiony", _HEADLINE + " i więcej niż planowano",
                       "Anna Nowak", "27 listopada 2026 | 14:05"]), "pl.txt")
    assert e.title == _HEADLINE + " i więcej niż planowano"


def test_a_live_pages_headline_dek_and_byline_win_over_its_key_events_list():
    story = [
        "Good afternoon and welcome to our coverage of the budget statement, which the chancellor will deliver "
        "to the Commons at half past twelve. Here is what we know so far:",
        "The chancellor has confirmed that the fuel duty freeze will end in April, raising about £3bn a year.",
        "Labour backbenchers have warned that they will vote against any cut to the winter fuel payment.",
    ]
    header = [
        "Politics", "LIVE",
        "Budget 2026 live: chancellor to end fuel duty freeze as backbenchers threaten rebellion",
        "Rachel Moss sets out tax rises and spending plans; Tories say the budget breaks election promises",
        "Owen Pritchard (now) and Leah Kaur (earlier)", "Wed 25 Nov 2026 11.02 GMT",
        "Share on FacebookShare on X", "Key events",
    ] + [f"{n}h ago Budget statement update number {n} from the chamber" for n in range(1, 8)] \
      + ["Show key events only", "Please turn on JavaScript to use this feature"]
    e = extract("\n".join(header + story).encode(), "live.txt")
    assert e.title == header[2]
    assert e.author == "Owen Pritchard and Leah Kaur"


def test_a_short_headline_with_no_word_of_the_story_still_has_its_dek_under_it():
    # A magazine's literary headline shares nothing with the story; the long line under it is its dek, not the title.
    story = [
        "The ferry leaves Stornoway at seven, and by half past the galley has run out of porridge. Nobody complains: "
        "the crossing is the only part of the week when the island's doctors are all in one place.",
        "There are four of them for eleven thousand people, and the health board has been trying to hire a fifth "
        "since the spring. The advert has been viewed two thousand times and answered twice.",
        "Both applicants withdrew when they saw the rota, which asks each doctor to be on call one night in four.",
    ]
    header = ["NORTHLIGHT", "Magazine   Travel   Ideas   Archive", "FEATURE", "The Last Boat Home",
              "Four doctors, eleven thousand patients and a ferry that will not wait: inside the island practice "
              "that keeps a whole archipelago alive through the winter",
              "By Morag Lindsay", "Published 12 October 2026"]
    e = extract("\n\n".join(header + story).encode(), "feature.txt")
    assert (e.title, e.author) == ("The Last Boat Home", "Morag Lindsay")
    assert e.description == header[4]


def test_a_blogs_post_line_gives_the_date_and_author_so_the_line_above_is_the_headline_not_the_tagline():
    story = [
        "Every spring somebody asks me whether the early swallows mean an early summer. They do not, and the "
        "reason has more to do with wind over the Bay of Biscay than with anything in our gardens.",
        "Swallows cross the Sahara on the tailwinds they find. A strong southerly in March brings them early; "
        "a cold northerly in April strands them in Spain for a week or more.",
        "So when you see the first one over the river, thank the weather over the Atlantic, not the weather here.",
    ]
    header = ["Fieldnotes", "Birds, weather and the people who watch both, from a retired meteorologist",
              "HOME", "ABOUT", "ARCHIVE",
              "Why the first swallows tell you nothing about summer",
              "14 April 2026 · Margaret Ellery · Migration, Weather · 12 Comments"]
    e = extract("\n\n".join(header + story).encode(), "blog.txt")
    assert (e.title, e.author, e.date) == (header[5], "Margaret Ellery", "2026-04-14")


def test_a_top_bars_date_beside_the_weather_names_no_author():
    # "Tuesday 14 April 2026 · Leeds 9°C": the bar's date and the weather, no one's post line.
    e = extract("\n".join(["Tuesday 14 April 2026 · Leeds 9°C · Traffic", "Council approves new bus lanes on the A61",
                           "By Sam Hirst", "The council approved two new bus lanes on the A61 on Monday after a "
                           "long debate about the cost to shops along the route and the loss of parking.",
                           "Work will start in the summer and take about four months, the council said."]).encode(),
                "bar.txt")
    assert e.author == "Sam Hirst"


def test_an_organizations_name_heading_its_press_release_is_the_site_not_the_headline():
    lines = ["Fenland Wildlife Alliance", "Donate", "About us", "Our work", "News",
             "Home › News › Press releases", "PRESS RELEASE", "For immediate release: Monday 9 March 2026",
             "Barn owl numbers recover after three hard winters, nest count shows",
             "Barn owl numbers across the fens have risen by a third since 2023, according to the annual nest count "
             "published today by the Fenland Wildlife Alliance.",
             "Volunteers checked 1,240 nest boxes between April and August and found owls breeding in 412 of them, "
             "the highest number since the count began in 2009.",
             "The Alliance says milder winters and new rough grassland along field margins explain most of the rise."]
    e = extract("\n".join(lines).encode(), "release.txt")
    assert e.title == lines[8]


def test_a_post_title_under_its_posted_on_line_wins_over_the_blogs_tagline():
    lines = ["Skip to content", "Marsh Lane Notes",
             "Estuary birds, spring tides, saltmarsh flooding and the county bird club's counts",
             "Home", "About", "Archive", "Posted on March 3, 2026 by Ruth Callow",
             "Where did all the waders go?",
             "The estuary's birds left early this spring, and the tides had as much to do with it as the weather. "
             "Two spring tides in February flooded the saltmarsh for the first time in a decade.",
             "The flooding drove the waders off their roosts for days at a time, and many did not come back to the "
             "estuary until the autumn, the county bird club's counts show.",
             "This is the third early departure in five years on the estuary, and the tides are rising."]
    e = extract("\n".join(lines).encode(), "post.txt")
    assert (e.title, e.author, e.date) == (lines[7], "Ruth Callow", "2026-03-03")


def test_a_skip_link_in_another_language_is_furniture_so_the_site_name_after_it_heads_the_page():
    lines = ["Ga direct naar inhoud", "Waterschap Hollandse Delta", "Menu", "Nieuws",
             "Dijkversterking bij Dordrecht begint een jaar eerder dan gepland",
             "Het waterschap begint in maart met de versterking van de dijk langs de Oude Maas bij Dordrecht, een jaar "
             "eerder dan gepland. De aannemer had eerder ruimte dan verwacht.",
             "Bewoners langs de dijk krijgen deze maand een brief met de planning van de werkzaamheden.",
             "De versterking moet in 2029 klaar zijn en kost ongeveer 85 miljoen euro."]
    e = extract("\n".join(lines).encode(), "waterschap.txt")
    assert e.title == lines[4]
    assert e.publisher == "Waterschap Hollandse Delta"
