"""Rules from batch 18's third round (and batch 19's blog post), checked on other strings."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from sitegen.ingest.metadata import publisher_mentions


def test_a_headline_of_two_sentences_over_a_blog_platforms_post_line_is_the_title():
    headline = "We moved our library catalogue to open source. Nobody noticed, which was the point."
    dek = "The licence fees were going up again, and the old system could not export its own records."
    text = "\n".join([
        "Write Sign up Sign in",
        headline,
        dek,
        "Priya Raman · Follow",
        "Published in Shelf Life · 9 min read · Mar 3, 2026",
        "",
        "For eleven years the county's libraries paid a vendor for a catalogue that staff disliked and patrons "
        "could barely search. When the contract came up for renewal, the fee had tripled.",
        "",
        "We had two developers, a spreadsheet of every branch's quirks, and six months before the old system "
        "would be switched off. This is what we learned doing it.",
        "",
        "The first month went on the records themselves, not on the software at all, because forty thousand of "
        "them had been typed in by hand over three decades and disagreed with each other.",
    ])
    e = extract(text.encode(), "post.txt")
    assert (e.title, e.title_inferred, e.date) == (headline, False, "2026-03-03")
    assert e.description == dek


_NL_PARAS = [
    "De gemeente wil de haven van Harlingen uitbreiden met een nieuwe kade voor windparkschepen, maar omwonenden "
    "vrezen meer lawaai en vrachtverkeer door de smalle straten van de binnenstad.",
    "Wethouder Sanne de Vries zegt dat de kade nodig is om banen in de regio te houden. Volgens haar kiezen "
    "bouwers van windparken anders voor Eemshaven of voor een haven in Denemarken.",
    "Buurtbewoner Kees Bakker woont al veertig jaar aan de Noorderhaven. Hij is niet tegen de windparken, zegt hij, "
    "maar wel tegen vrachtwagens die dag en nacht langs zijn voordeur rijden.",
    "De gemeenteraad stemt in februari over het plan. Een meerderheid lijkt voor, maar twee partijen willen eerst "
    "een onderzoek naar de gevolgen voor het verkeer in de oude binnenstad.",
]


def test_a_bare_quotation_ending_a_related_list_is_the_next_sections_subheading():
    text = "\n".join([
        "Nieuwe kade in Harlingen splitst de stad", "",
        "Door Anna Jansen", "3 december 2026, 08:15", "",
        _NL_PARAS[0], "", _NL_PARAS[1], "",
        "Lees ook", "",
        "Windpark Hollandse Kust: de bouw loopt vertraging op",
        "Eemshaven wint opnieuw een grote order",
        "Provincie trekt extra geld uit voor havens",
        "»Ik hoor de vrachtwagens al rijden«", "",
        _NL_PARAS[2], "", _NL_PARAS[3],
    ])
    e = extract(text.encode(), "kade.txt")
    lines = [(b.kind, b.text) for b in e.blocks]
    assert ("heading", "»Ik hoor de vrachtwagens al rijden«") in lines
    assert not any("Eemshaven wint" in t for _, t in lines)  # the list's teasers stay out
    # A teaser naming its speaker ("Wethouder: »…«") is a related story's title, not a subheading.
    e = extract(text.replace("»Ik hoor", "Wethouder: »Ik hoor").encode(), "kade.txt")
    assert not any("vrachtwagens al rijden" in b.text for b in e.blocks)


def test_a_turkish_follow_prompt_names_the_site():
    assert publisher_mentions("Ekonomi Postası'nı Google News üzerinden takip edin") == ["Ekonomi Postası"]
    assert publisher_mentions("Yeni Ses'i Instagram'da takip edin, gelişmeleri kaçırmayın.") == ["Yeni Ses"]
    assert publisher_mentions("Bizi X'ten takip edin") == []  # "us": no name
    assert publisher_mentions("Bakan, gelişmeleri yakından takip edin dedi.") == []


_DE_PARAS = [
    "Das Bundesministerium hat am Dienstag neue Regeln für die Förderung von Wärmepumpen in Mietshäusern "
    "vorgestellt. Vermieter sollen künftig einen höheren Zuschuss erhalten, wenn sie die Kosten nicht umlegen.",
    "Nach Angaben des Ministeriums haben im vergangenen Jahr mehr als zweihunderttausend Haushalte einen Antrag "
    "gestellt. Die meisten davon waren Eigentümer von Einfamilienhäusern auf dem Land.",
    "Die neuen Regeln sollen ab dem ersten März gelten. Anträge können dann über das bekannte Portal gestellt "
    "werden, das für den Ansturm erweitert worden ist.",
]


def test_a_public_bodys_name_in_header_and_footer_is_the_publisher():
    text = "\n".join([
        "Zum Inhalt springen", "Bundesministerium für Wohnen und Bauen", "Service", "",
        "Mehr Förderung für Wärmepumpen in Mietshäusern", "", "03.12.2026", "",
        *[p + "\n" for p in _DE_PARAS],
        "Bundesministerium für Wohnen und Bauen", "Impressum Datenschutz Barrierefreiheit",
    ])
    assert extract(text.encode(), "x.txt").publisher == "Bundesministerium für Wohnen und Bauen"
    # Named above the headline only (a menu entry), it is not the page's publisher.
    assert extract(text.rsplit("Bundesministerium für Wohnen und Bauen", 1)[0].encode(), "x.txt").publisher is None
