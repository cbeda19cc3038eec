"""Guards for stop 41's ingest rules, from a review of them: each page here came out right before those rules and must
stay so."""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied

HEADLINE = "Ministers meet in Brussels on guarantees for Ukraine"


def test_a_syndicated_or_filed_byline_over_the_date_keeps_its_author():
    for line, name in (("Jane Holt / The Washington Post", "Jane Holt"), ("Anna Pryce / Bloomberg News", "Anna Pryce"),
                       ("Jane Holt / NYC", "Jane Holt"), ("Ben Fleet in Portsmouth", "Ben Fleet"),
                       ("Sarah Peace / Belfast", "Sarah Peace"), ("Tom Guard at the Riverside Stadium", "Tom Guard")):
        found = copied(["The Northshore Courier", "News", HEADLINE, line, "14 May 2026", *STORY, "© 2026 The Northshore Courier"])
        assert found.author == name, line


def test_a_short_story_sentence_over_a_credit_stays():
    found = copied(["The Northshore Courier", HEADLINE, "14 May 2026", STORY[0], "The vote was unanimous.",
                    "Lena Morcombe / Northshore Public Radio", STORY[1], STORY[2]])
    assert "The vote was unanimous." in body_lines(found.blocks)


def test_a_list_of_sentences_whose_first_is_short_is_still_a_list():
    items = ["Costs have risen sharply.", "The wall will need to be twice as high as first planned to cope with storms.",
             "Access for boats will be cut for eighteen months."]
    found = copied([HEADLINE, "14 May 2026", *STORY[:2], "The report's main findings were:", *items, STORY[2]])
    assert ["- " + item for item in items] == body_lines(found.blocks)[3:6]


def test_a_list_of_seven_conditions_is_a_list():
    items = [f"The operator must {verb} before the end of the year." for verb in
             ("publish its accounts", "hire local staff", "repair the pier", "cut its fares", "insure the vessels",
              "train new crews", "report every delay")]
    found = copied([HEADLINE, "14 May 2026", *STORY[:2], "The council listed its conditions:", *items, STORY[2]])
    assert ["- " + item for item in items] == body_lines(found.blocks)[3:10]


def test_story_sentences_naming_a_corrections_policy_or_a_disclaimer_stay():
    lines = ["The paper's editor said: “Our corrections policy is clear, and we followed it to the letter.”",
             "El portavoz insistió en que el contenido es responsabilidad exclusiva de su autor.",
             "Le maire a rappelé que les propos tenus sur le blog n'engagent que leur auteur et non la municipalité.",
             "The company said it only ever used customer data in ways you've consented to, but regulators disagreed."]
    for line in lines:
        found = copied([HEADLINE, "14 May 2026", STORY[0], line, STORY[1], STORY[2]])
        assert line in body_lines(found.blocks), line


def test_a_free_trial_sans_engagement_under_a_paywall_is_no_story():
    found = copied(["Le Courrier du Port", "Le conseil approuve le nouveau projet du port", "14 mai 2026", "Par Marie Dubois",
                    "Le conseil municipal a approuvé mardi le projet de reconstruction de la digue du port, après deux ans "
                    "de débats sur le coût et la conception de l'ouvrage.",
                    "Réservé aux abonnés", "Profitez de tous nos articles et de nos newsletters",
                    "Essai gratuit sans engagement pendant un mois", "Je m'abonne"])
    assert not any("Essai gratuit" in line for line in body_lines(found.blocks))


def test_a_georgian_surname_of_another_ending_is_a_byline():
    story = ["საქართველოს პარლამენტმა ახალი კანონი მიიღო, რომელიც ადგილობრივ თვითმმართველობებს მეტ უფლებამოსილებას "
             "ანიჭებს და ბიუჯეტის განაწილების წესს ცვლის.",
             "კანონს მხარი ოთხმოცდაათმა დეპუტატმა დაუჭირა, ოპოზიციამ კი კენჭისყრაში მონაწილეობა არ მიიღო და "
             "დარბაზი დატოვა.",
             "ახალი წესები ძალაში მომავალი წლის პირველი იანვრიდან შევა, თუმცა ზოგიერთი მუხლი მოგვიანებით ამოქმედდება."]
    found = copied(["The Northshore Courier", "მთავარი", "პარლამენტმა ახალი კანონი მიიღო", "გიორგი ღლონტი",
                    "14 მაისი 2026", *story])
    assert found.author == "გიორგი ღლონტი"
