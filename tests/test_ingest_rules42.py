"""Rules drawn from blind text batch 42 (heldout_text_copied30) after its first run (heldout/README.md), on pages of
their own."""
from __future__ import annotations

import pytest

from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P

_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday")]


@pytest.mark.parametrize("line", ["Zuletzt aktualisiert: 27.11.2026, 14:05", "Última actualización: 27/11/2026 - 12:40",
                                  "Updated: 27 November 2026 14:05"])
def test_a_dates_label_is_no_name(line):
    assert md.name_before_date(line, day_first=True) is None


@pytest.mark.parametrize("line, name", [("Harbour Ledger - By: Anna Reed", "Anna Reed"),
                                        ("Nordposten | Text: Lars Holm", "Lars Holm")])
def test_the_sites_name_then_a_byline_names_the_author(line, name):
    assert md.byline(line) == name


def test_a_caption_credited_to_the_site_is_no_standfirst():
    text = ("Harbour Ledger\nHome\nWorld\nMinisters agree a new package of measures\n"
            "Harbour Ledger - By: Anna Reed\n27 November 2026 10:15\nUpdated: 27/11/2026 - 12:40\n"
            "File photo - ministers arrive for the meeting in Brussels (Harbour Ledger)\n" + "\n".join(_STORY) + "\n")
    x = extract(text.encode(), "p.txt")
    assert (x.title, x.author, x.description) == ("Ministers agree a new package of measures", "Anna Reed", None)
    assert body_lines(x.blocks) == _STORY


@pytest.mark.parametrize("label", ["Lyssna", "Posłuchaj", "Kuuntele", "Luister", "Escuchar"])
def test_a_listen_buttons_label_in_other_languages_is_furniture(label):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(label, 1) == "navigation/button label"


@pytest.mark.parametrize("line", [
    "Soldaten bei einer Übung mit ausländischen Ausbildern in der Nähe von Lwiw. Wie viele Truppen nach einer "
    "Waffenruhe im Land bleiben würden, ist bis heute offen. © Max Mustermann/dpa",
    "Delegates leave the hall in Geneva on Tuesday evening after a day of talks. How many of them will come back for "
    "the next round is still not known. © Jane Doe/epa"])
def test_a_caption_signed_with_a_lowercase_agency_is_a_caption(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) == "photo caption with its credit"


def test_a_german_sign_up_boxs_consent_line_is_fine_print():
    from sitegen.ingest.boilerplate import boilerplate_reason
    line = "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden."
    assert boilerplate_reason(line, len(line.split())) == "sign-up or disclaimer fine print"


@pytest.mark.parametrize("line, iso", [("03 декември 2026, 09:15", "2026-12-03"), ("14. новембра 2026.", "2026-11-14"),
                                       ("5 март 2026", "2026-03-05")])
def test_bulgarian_and_serbian_cyrillic_month_names(line, iso):
    assert md.date_line(line, day_first=True) == iso


@pytest.mark.parametrize("line", ["Вали сняг в центъра на града в понеделник. Снимка: архив на вестника",
                                  "Lumi sataa kaupungin keskustassa maanantaina. Kuva: Matti Virtanen"])
def test_a_caption_with_its_credit_in_bulgarian_or_finnish(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) == "photo caption with its credit"


def test_the_headline_over_a_second_date_stays_when_the_top_bar_showed_todays_date():
    headline = "Prisoners and shipping lanes on the table as talks go on"
    text = ("Ledger of the Valley\nNews of the valley and its ceasefire talks\nHome   News   Sport   Culture\n"
            f"Sunday, 29 November 2026\nRivertown 4°C rain\n{headline}\n29.11.2026 | 13:47\nBy Anna Reed\n"
            + "\n".join(_STORY) + "\n").encode()
    x = extract(text, "p.txt")
    assert (x.title, x.author) == (headline, "Anna Reed")


@pytest.mark.parametrize("line", ["Коментари (58)", "Напишете коментар", "Komentari (12)", "Komentáre", "Kommentaarid"])
def test_a_comments_heading_in_south_slavic_slovak_and_baltic_languages(line):
    from sitegen.ingest.boilerplate import COMMENTS
    assert COMMENTS.match(line)


@pytest.mark.parametrize("line", ["Тагове: парно, цени", "Oznake: Split, tramvaj", "Štítky: sankce, Rusko"])
def test_a_tag_label_in_more_languages(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) == "tag list"


def test_the_headline_the_share_bar_names_wins_over_the_dek_under_it():
    headline = "Regulator orders ferry operators to publish delay figures"
    text = ("Filed under:\nTransport\nPolicy\n" + headline + "\nNew, 12 comments\n\n"
            "Officials say the talks covered prisoners and shipping lanes\n\nBy Anna Reed Jul 3, 2026, 4:22am EDT\n"
            "Share this story\nShare All sharing options\nShare All sharing options for: " + headline + "\n"
            "Facebook\nTwitter\n\n" + "\n\n".join(_STORY) + "\n").encode()
    assert extract(text, "p.txt").title == headline


def test_live_reporting_by_names_the_authors():
    assert md.byline("Live reporting by Ana Silva and Tom Reed") == "Ana Silva and Tom Reed"
