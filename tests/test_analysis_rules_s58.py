"""Analysis rules of stop 58, from the misses of its blind batches (267 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


def test_one_of_several_heard_by_an_inquest_is_unnamed_though_a_name_is_in_their_clause():
    # (From batch 267: "The coroner also heard from one of the friends who was with Jayden that day, whose name is
    # suppressed. He told the inquest: "…"" went to Jayden, who died.)
    body = (
        'A coroner has recommended that councils install permanent warning signs at river swimming spots '
        'after a 17-year-old drowned at a popular Kāpiti Coast swimming hole two summers ago.\n\n'
        'Callum Reid, a Year 12 student from Dannevirke, died on January 6, 2024, after jumping from a rock '
        'ledge into the Wairoa River with a group of friends.\n\n'
        'In findings released on Monday, Coroner Helen Ashby found that Callum had been caught in a '
        'recirculating current below a submerged ledge at a spot known locally as "the Cauldron", and that '
        'his friends had no way of knowing the danger was there.\n\n'
        '"The water looked calm on the surface. That is precisely what made it dangerous," the coroner wrote.'
        '\n\n'
        'Ashby noted evidence from a regional council river ranger that there had been at least three near-'
        'drownings at the same spot in the previous five years, none of which had led to any change in '
        'signage.\n\n'
        'She recommended that the Kāpiti Coast District Council and the regional council work together to '
        'install permanent signs at the site and at other popular river swimming holes in the district.\n\n'
        '"Signs alone will not save lives, but their absence ensures that visitors will continue to make '
        'decisions without the information they need," she wrote.\n\n'
        'Callum\'s mother, Moira Reid, said the family had waited more than two years for answers. "We knew he'
        ' was a strong swimmer. We never understood how this could happen to him, and now we do," she said.\n\n'
        '"It shouldn\'t have taken our son dying for someone to put up a sign. But if it stops one family '
        'going through this, then it\'s something."\n\n'
        'The coroner also heard from one of the friends who was with Callum that day, whose name is '
        'suppressed. He told the inquest: "We\'d jumped there heaps of times. Nobody ever said anything about '
        'a current."')
    assert _speakers(body)[-1] is None
    # Nor, named, is the friend ever the boy who died.
    named = body.replace("one of the friends who was with Callum that day, whose name is suppressed",
                         "a friend, Liam Doyle, who was with Callum that day,")
    assert _speakers(named)[-1] != "callum-reid"


def test_a_seat_of_government_as_the_subject_speaks_through_a_participle():
    # (From batch 270: "Downing Street went further, describing the guarantee as "ironclad"".)
    assert _speakers("Downing Street went further, describing the guarantee as \"ironclad\".") == ["downing-street"]
    assert _speakers("The White House responded on Monday, calling the report \"fiction\".") == ["white-house"]


def test_a_body_named_after_an_opening_phrase_with_a_name_of_its_own():
    # (From batch 269: "In a statement to the ASX, Pantrymart said it was "carefully considering" …".)
    body = "In a statement to the ASX, Pantrymart said it was \"carefully considering\" the judgment."
    assert _speakers(body) == ["pantrymart"]
    assert _speakers(body.replace("the ASX", "the BBC")) == ["pantrymart"]
    # The object of an aside is still no speaker ("Jones, speaking to the BBC, said").
    assert _speakers("Speaking to the BBC, Reuters said it was \"carefully considering\" it.") == ["reuters"]


def test_a_day_opening_the_sentence_before_a_bodys_name():
    # (From batch 270: "On Wednesday the Reserve Bank's Monetary Policy Committee said annual inflation was "…"".)
    for opening in ("On Wednesday the", "On Wednesday, the", "The"):
        body = f"{opening} Reserve Bank's Monetary Policy Committee said inflation was \"comfortably within the target band\"."
        assert _speakers(body) == ["reserve-banks-monetary-policy-committee"], opening
    assert _speakers("On Wednesday John Smith said it was \"comfortably within the target band\".") == ["john-smith"]


def test_mr_and_a_surname_stays_with_the_one_so_called_when_namesakes_come_in_later():
    # (From batch 270: "Mr McKinnon said" after his wife Leanne McKinnon and "their son, Jack McKinnon, 17".)
    body = (
        'HAMILTON — Sheep farmer Doug Ferrier has sold half his flock, carted water to his stock for eight '
        'months and spent more on hay since spring than he earned from wool in the whole of last year. He has'
        ' not sold so many sheep in a single season since 2006.\n\n'
        '"We\'re feeding hay we can\'t afford to sheep we can\'t sell, and every week the bank manager rings," '
        'Mr Ferrier said, standing in a paddock that should be green by now but is bare, cracked clay.\n\n'
        'The Bureau of Meteorology confirmed on Tuesday that parts of south-west Victoria and south-east '
        'South Australia had recorded their driest two years on record, with what it described as "serious to'
        ' severe rainfall deficiencies" across much of the region.\n\n'
        'Rural financial counsellor Deb Harrington, who covers the Southern Grampians and Glenelg shires, '
        'said she was seeing farmers who had never asked for help before.\n\n'
        '"These are third- and fourth-generation families who\'ve been through droughts before. They\'re not '
        'panickers.\n\n'
        '"But this one\'s different, because it\'s come straight after a run of poor prices, and the reserves '
        'just aren\'t there," she said.\n\n'
        "Victoria's Agriculture Minister, Kate Lindqvist, announced a $38 million drought support package on "
        'Monday, including freight subsidies for fodder and water and extra funding for rural financial '
        'counselling. "No farmer should feel like they\'re facing this on their own," Ms Lindqvist said.\n\n'
        'The Nationals\' agriculture spokesman, Bill Trewin, dismissed the package as "a drop in the ocean" '
        'and called for interest rate relief on farm loans.\n\n'
        'A Hamilton stock agent, who asked not to be named, said prices for older ewes had "fallen through '
        'the floor" as hundreds of farmers sold at once.\n\n'
        'Across the district, farmers have taken to calling the season the "brown autumn", and many are '
        'bracing for another dry winter.\n\n'
        'Mr Ferrier\'s wife, Shona Ferrier, keeps the farm books. "We\'ve cut back on everything, even footy '
        'registrations for the kids," she said. Their son, Jack Ferrier, 17, who wants to take over the farm '
        'one day, said he had not changed his mind: "It\'ll rain eventually. It always does."\n\n'
        "The bureau's seasonal outlook, released on 19 February, gives the region only a slightly better than"
        ' even chance of above-median rainfall over the coming autumn.\n\n'
        '"We\'ll hang on, because that\'s what you do out here," Mr Ferrier said.')
    assert _speakers(body)[-1] == "doug-ferrier"


def test_a_spokesperson_for_the_district_council_speaks_for_the_council_named_before():
    # (From batch 267: "A spokesperson for the district council said it "accepts the coroner's findings"".)
    body = ("The coroner recommended that the Kapiti Coast District Council and the regional council install signs.\n\n"
            "A spokesperson for the district council said it \"accepts the coroner's findings\".")
    assert _speakers(body) == ["kapiti-coast-district-council"]


def test_a_statement_issued_saying_is_its_issuers():
    # (From batch 268: "the Department of Foreign Affairs and Trade has issued a short statement saying Australia "…"".)
    for subject, slug in (("The Kremlin", "kremlin"), ("The Department of Health", "department-of-health"),
                          ("John Smith", "john-smith")):
        body = f"{subject} issued a short statement saying the country \"stands with Ukraine\" and would say more."
        assert _speakers(body) == [slug], subject
    # A body the article never named issues it: no one can be told.
    assert _speakers("The union issued a statement saying workers would \"stand firm\" and more.") == [None]


def test_it_after_a_countrys_ministry_that_has_done_something():
    # (From batch 267: "Ukraine's foreign ministry has welcomed the decision. In a statement, it called the package "…"".)
    body = ("**12.34** Ukraine's foreign ministry has welcomed the decision. In a statement, it called the package "
            "\"an important signal\" but urged the EU to go further.")
    assert _speakers(body) == ["ukraines-foreign-ministry"]


def test_the_trust_after_a_name_with_an_ampersand():
    # (From batch 270: "The Canal & River Trust, the charity that …, says" then "the trust described the section as "…"".)
    body = ("The Canal & River Trust, the charity that looks after the canals, says it can no longer afford the locks.\n\n"
            "In a consultation document, the trust described the section as \"no longer sustainable in its current form\".")
    assert [q.speaker_name for q in analyse(body).quotes] == ["Canal & River Trust"]


def test_a_person_set_off_with_the_firm_and_where_it_is():
    # (From batch 270: "Mortgage adviser Sandra Whyte, of Auckland firm Harbour Lending, said her phone "…"".)
    for subject in ("Mortgage adviser Sandra Whyte", "Sandra Whyte"):
        body = f"{subject}, of Auckland firm Harbour Lending, said her phone \"hasn't stopped ringing\" since Tuesday."
        assert _speakers(body) == ["sandra-whyte"], subject
    # The firm itself, set off after its own kind, still speaks.
    assert _speakers("Harbour Lending, an Auckland firm, said demand \"hasn't stopped\".") == ["harbour-lending"]


def test_a_broadcaster_called_by_the_first_word_of_its_name():
    # (From batch 269: "accused Northgate TV of "cowardice"" … "In a statement, Northgate said …".)
    body = ("Fans have accused Northgate TV of \"cowardice\" after the broadcaster axed the show.\n\n"
            "In a statement, Northgate said the decision had been \"incredibly difficult\".")
    assert _speakers(body)[-1] == "northgate-tv"


def _events(body: str, date: str) -> list:
    return [(e.date, e.precision) for e in analyse(body, date=date).events]


def test_a_year_before_1900_dates_what_was_done_in_it():
    # (From batches 268 and 270: "The Hilltown Baths opened in 1894", "The Rochdale Canal was completed in 1804".)
    assert _events("The Rochdale Canal was completed in 1804.", "2026-05-03") == [("1804", "year")]
    # Not a clock time.
    assert _events("The ferry leaves in 1800 GMT slots.", "2026-05-03") == []


def test_where_someone_has_been_since_a_year():
    # (From batch 267: "Canada has been with Ukraine since 2014".)
    assert _events("Canada has been with Ukraine since 2014, the minister said.", "2026-05-03") == [("2014", "year")]
    # A comparison is no date of anything ("the lowest level since 2019").
    assert _events("Inflation has been at its lowest level since 2019.", "2026-05-03") == []


def test_a_trial_that_continues_on_a_weekday_continues_ahead():
    # (From batch 270: "The trial, scheduled to last six weeks, continues Monday with testimony …" on a Friday.)
    assert _events("The trial, scheduled to last six weeks, continues Monday with testimony from an accountant.",
                   "2026-05-08") == [("2026-05-11", "day")]


def test_a_day_something_is_scheduled_for_lies_ahead():
    # (From batch 270: "the final performance is scheduled for December 15" in May was last December.)
    assert _events("He said the final performance is scheduled for December 15 in Kozhikode.", "2026-05-03") \
        == [("2026-12-15", "day")]
    # Once scheduled, told as past, it is the nearest.
    assert _events("The vote had been scheduled for December 15 but was postponed.", "2026-05-03") == [("2025-12-15", "day")]
