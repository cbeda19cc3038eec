"""Analysis rules of stop 49, from the misses of blind batches 116–119 (measured on main ca12cf1f before them), each
tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import speakers


def test_answers_under_a_few_questions_for_someone_are_theirs():
    body = ("Ines Alvarado has run the ferry kiosk at Puerto Sol for thirty years. She opens at six.\n\n"
            "\"The boats come whether I am tired or not,\" she says.\n\n"
            "**A few questions for Ines Alvarado**\n\n"
            "**What was your worst day?**\n\n"
            "The storm of the winter the pier broke. I sold coffee to the coastguard for two days.\n\n"
            "**When will you stop?**\n\n"
            "When my knees do. I have told my daughter the same.")
    assert [slug for _, slug in speakers(body)] == ["ines-alvarado"] * 3


def test_a_he_after_someone_unnamed_busy_doing_something_who_then_spoke_is_theirs_not_the_last_names():
    body = ("\"We will pay whatever it takes,\" said Commissioner Dale Harmon.\n\n"
            "At the feed store, one rancher loading salt blocks into his truck put it more simply. "
            "\"She has saved more calves than the bank has,\" he said.")
    assert speakers(body)[-1] == ("She has saved more calves than ", None)
    # (Not someone unnamed doing something in a scene another tells: the one who told it goes on.)
    body = ("Detective Inspector Mark Hall said the raid lasted four minutes.\n\n"
            "A man wearing a balaclava smashed the cabinets. \"This was planned,\" he said.")
    assert speakers(body)[-1] == ("This was planned", "mark-hall")


def test_a_transcripts_answers_are_the_one_the_paper_spoke_with_not_the_one_quoted_most():
    body = ("Gridwise, a startup that runs batteries for farms, said it had raised $9 million. "
            "\"Farmers want the batteries to pay for themselves,\" said chief executive Nadia Osei.\n\n"
            "Analyst Ray Castell said the market was \"crowded\". \"There are a dozen firms doing this,\" Castell said. "
            "\"Most will not last,\" Castell added.\n\n"
            "The Valley Business Journal spoke with Osei after the announcement.\n\n"
            "**Q: Why raise now?**\n\n"
            "**A:** Because the customers came first. We had more demand than we could serve.\n\n"
            "**Q: Will you trade power?**\n\n"
            "**A:** No. We will never trade on our own account.")
    assert [slug for _, slug in speakers(body)][-2:] == ["nadia-osei", "nadia-osei"]


def test_a_reply_to_a_question_that_fills_the_paragraph_before_is_the_one_questioned():
    body = ("The first witness, auditor Thandeka Mokoena, told the court she had traced every payment.\n\n"
            "Under cross-examination by defence advocate Jaco Steyn, Mokoena conceded that she had found no payment "
            "into the accused's own account.\n\n"
            "\"So you cannot tell this court that my client received a cent?\" Steyn asked.\n\n"
            "\"Not into his own account, no,\" she replied.")
    assert speakers(body)[-1] == ("Not into his own account, no", "thandeka-mokoena")


def test_words_after_a_but_clause_naming_someone_else_and_a_colon_are_theirs():
    body = ("Mereana Tapsell leads the island team. Dog handler Jared Whitu arrived on Monday.\n\n"
            "The two differ on the odds. \"Honestly, it's a needle in a haystack,\" Whitu said, but Tapsell was more "
            "upbeat: \"We've got the best team in the country on it.\"")
    assert speakers(body)[-2:] == [("Honestly, it's a needle in a ha", "jared-whitu"),
                                   ("We've got the best team in the ", "mereana-tapsell")]


def test_her_as_the_object_of_a_who_clause_makes_no_woman_of_the_one_named():
    body = ("Trevor Hanlon, a former spokesman for a fishing group, said the pair had \"fought like cats and dogs\".\n\n"
            "Professor Tama Herewini, who succeeded her as director of the laboratory, said she had trained "
            "\"half the marine biologists in this country\".\n\n"
            "\"Peg had one rule: if you had not counted it yourself, you did not talk about it,\" he said.")
    assert speakers(body)[-1] == ("Peg had one rule: if you had no", "tama-herewini")


# Guards from the review of these rules (each gave a worse answer on the rules' first version).

def test_an_interviews_answers_stay_with_the_one_quoted_when_the_paper_spoke_to_someone_else_further_up():
    body = ("Our correspondent spoke to Fatima Idris, who walked for nine days.\n\n"
            "UNHCR's Laura Lo Castro said the camp was \"at breaking point\". \"We need water trucks,\" Lo Castro said.\n\n"
            "Q: How many can the camp hold?\n\nA: We planned for 20,000. We have 47,000.\n\n"
            "Q: What do you need most?\n\nA: Water. I cannot say it more plainly.")
    assert [slug for _, slug in speakers(body)][-2:] == ["laura-lo-castro", "laura-lo-castro"]


def test_a_reply_is_no_ones_when_the_paragraph_before_the_question_has_two_subjects():
    body = ("Defence advocate Priya Naidoo cross-examined Warrant Officer Sipho Dube.\n\n"
            "Dube said the docket had gone missing twice. Former station commander Themba Nkosi has since retired.\n\n"
            "\"Who had the key to the safe?\" Naidoo asked.\n\n"
            "\"Only the commander,\" he replied.")
    assert speakers(body)[-1][1] != "themba-nkosi"


def test_words_after_a_but_or_and_clause_about_someone_else_stay_the_speakers():
    body = ("Helen Clark and Christopher Luxon both spoke at the forum.\n\n"
            "\"New Zealand punches above its weight,\" Clark said, but Luxon's speech drew her scorn: "
            "\"It was a press release read aloud.\"")
    assert [slug for _, slug in speakers(body)] == ["helen-clark", "helen-clark"]
    body = ("Chelsea beat Brighton 4-2. Cole Palmer scored all four.\n\n"
            "\"The players were excellent,\" manager Enzo Maresca said, and then singled out Palmer: \"He is special.\"")
    assert [slug for _, slug in speakers(body)] == ["enzo-maresca", "enzo-maresca"]


def test_her_before_back_or_last_is_still_her_own():
    body = ("Harpreet Sandhu, who hurt her back when the footpath gave way, is suing. Engineer Sam Reddy inspected the "
            "site.\n\n\"I can't work,\" she said.")
    assert speakers(body)[0][1] == "harpreet-sandhu"


def test_a_machine_called_a_harvester_is_no_one_unnamed():
    body = ("Grain grower Peter Lambert started reaping on Tuesday.\n\n"
            "The harvester broke down twice. \"It's a 2009 model,\" he said.")
    assert speakers(body)[0][1] == "peter-lambert"


# The second wave (batches 116–123's remaining misses and 120–123, measured on main e98a4919).

def test_what_someone_qualified_as_is_no_one_else():
    body = ("Niamh Kiely, who returned to the farm after qualifying as an agricultural scientist, said she was already "
            "questioning that decision.\n\n\"I came home because I wanted to farm,\" she said.")
    assert speakers(body)[-1] == ("I came home because I wanted to", "niamh-kiely")


def test_a_fan_of_a_named_team_in_a_wig_who_summed_it_up_is_someone_unnamed():
    body = ("The Tshwane Comets won their first title in 11 years on Sunday.\n\n"
            "Outside the arena, a Comets supporter in a blue wig summed up the mood. \"We suffered for 11 years, we can "
            "scream for one night,\" she said.")
    assert speakers(body)[-1] == ("We suffered for 11 years, we ca", None)


def test_a_ministry_that_lists_ports_shipping_and_waterways_is_one_body():
    body = ("The Union Ministry of Ports, Shipping and Waterways said the terminal would create \"around 6,000 direct and "
            "indirect jobs\".")
    assert speakers(body) == [("around 6,000 direct and indirec", "union-ministry-of-ports-shipping-and-waterways")]


def test_a_person_of_a_body_in_a_city_is_the_person_not_a_body_named_after_them():
    body = ("Strategic affairs analyst Dr. Farah Siddiqui of the Centre for Eurasian Studies in New Delhi argued that the "
            "process was \"doomed from the start\". \"The real negotiation is not in Geneva,\" she said.")
    assert [slug for _, slug in speakers(body)] == ["farah-siddiqui", "farah-siddiqui"]


# Guards from the second review (each gave a worse answer on these rules' first version).

def test_one_who_joined_or_trained_someone_unnamed_is_not_them():
    body = ("Health minister Mary Butler spent Tuesday at University Hospital Limerick, where she joined a nurse who said "
            "the emergency department had 96 patients on trolleys. \"Some of them have been here three days,\" she said.")
    assert speakers(body)[-1][1] is None
    body = ("Detective Sergeant Joanne Pike spent the morning training a recruit who said she had joined after her brother "
            "was assaulted. \"I wanted to do something,\" she said.")
    assert speakers(body)[-1][1] is None


def test_a_department_and_a_body_named_national_highways_are_two():
    body = ("Work on the A303 tunnel has been paused.\n\nThe Department for Transport and National Highways said the "
            "scheme would be \"reviewed in the spring\".")
    assert speakers(body)[-1][1] != "department-for-transport-and-national-highways"


# The third round (the second wave's misses, after the second review).

def test_a_quotation_opening_its_sentence_without_its_comma_is_still_the_he_after_its():
    body = ("Andreas Kouris, who runs a tanker broking firm in Piraeus, is blunter than most. "
            "\"Everyone knows which ships these are\" he said. \"The question is whether anyone will board one\"")
    assert [slug for _, slug in speakers(body)] == ["andreas-kouris", "andreas-kouris"]
    # (Words quoted inside a sentence stay no one's: `the so-called "shadow fleet" he said was growing`.)
    body = ("Andreas Kouris runs a tanker broking firm in Piraeus. He described the so-called \"shadow fleet\" he said "
            "was growing.")
    assert speakers(body) in ([], [("shadow fleet", None)], [("shadow fleet", "andreas-kouris")])


def test_a_paragraph_of_quotation_after_someone_apologised_to_residents_is_their_apology():
    body = ("Speaking at a packed community meeting on Tuesday night, the city's MMC for infrastructure, Lindiwe "
            "Mokoena, apologised to residents.\n\n"
            "\"I am not going to stand here and make excuses. Our pipes are old.\"\n\n"
            "Mokoena said full supply would be restored by the weekend.")
    assert speakers(body) == [("I am not going to stand here an", "lindiwe-mokoena")]


# Guards from the third review.

def test_a_title_or_slogan_opening_a_longer_sentence_is_no_ones_words():
    body = ("The singer Mark Ellison said he still listens to old records every night.\n\n"
            "\"Purple Rain\" he says is the album he plays most.")
    assert all(slug is None for _, slug in speakers(body)[1:])
    body = ("The opposition leader, Dan Fuller, said the government had lost its way.\n\n"
            "\"Stop the boats\" he said was a slogan, not a policy.")
    assert speakers(body)[-1][1] is None


def test_no_apology_made_or_one_under_another_clause_introduces_no_ones_words():
    for sentence in ("The club's owner, Gerry Platt, has still not apologised to supporters.",
                     "Tearful parents confronted the head teacher, Alan Marsh, who apologised to the parents.",
                     "The chairman, Tom Reid, sat in silence while his chief executive, Anna Berg, apologised to the "
                     "passengers."):
        body = sentence + "\n\n\"We failed you today. We will make it right.\""
        assert speakers(body)[-1][1] not in ("gerry-platt", "alan-marsh", "tom-reid")


def test_an_interviews_answers_are_the_one_who_spoke_with_the_papers_reporter_not_the_one_quoted_most():
    body = ("Renata Okafor has spent more than 400 hours on the seafloor. The biologist led a 31-day expedition in "
            "March.\n\n"
            "Colleagues describe her as relentless. \"Renata will stay at the microscope until four in the morning,\" "
            "said Dr. James Kettering, a marine ecologist who has sailed with her.\n\n"
            "Okafor spoke with The Bayside Ledger's science reporter Caleb Ward. This interview has been edited for "
            "length.\n\n"
            "**Q: How did you first get interested in the deep sea?**\n\n"
            "A: I grew up in Galveston, about as far from the abyss as you can get.\n\n"
            "**Q: What did you find in March?**\n\n"
            "A: We collected about 60 animals that we think are undescribed.")
    assert [slug for _, slug in speakers(body)][-2:] == ["renata-okafor", "renata-okafor"]


def test_we_spoke_to_a_surname_two_share_means_the_one_named_before_the_questions():
    body = ("Aniket Deshpande, a software engineer, has discovered a comet. \"At first I thought it was a smudge,\" "
            "Deshpande said.\n\n"
            "\"It is a genuine discovery,\" said Dr Kavita Rao, an astronomer in Bengaluru.\n\n"
            "*We spoke to Deshpande about the discovery. Edited excerpts:*\n\n"
            "**Q: How did you get started?**\n\n"
            "A: I saw Saturn through a school telescope when I was 11.\n\n"
            "**Q: What happens now?**\n\n"
            "A: I will keep imaging it every clear night until it fades.\n\n"
            "His father, Suresh Deshpande, a retired bank manager, said: \"We used to complain about the bill.\"")
    assert [slug for _, slug in speakers(body)][2:4] == ["aniket-deshpande", "aniket-deshpande"]


def test_answers_under_an_in_her_own_words_header_are_hers():
    body = ("Aoife Brennan left Sligo at 19. \"I still get nervous before the second act,\" she says.\n\n"
            "The director, Colm Walsh, said the staging was \"a thriller\".\n\n"
            "**In her own words**\n\n"
            "**Who made you want to do this?**\n\n"
            "My grandmother, honestly. She sang at every funeral and I followed her.\n\n"
            "**Is there a role you've turned down?**\n\n"
            "Several. I said no to Salome twice because I wasn't ready.")
    assert [slug for _, slug in speakers(body)][-2:] == ["aoife-brennan", "aoife-brennan"]


# Guards from the fourth review.

def test_the_paper_spoke_with_the_prime_minister_is_still_her_interview():
    body = ("Prime Minister Clara Voss announced the election date on Friday. \"The country deserves a choice,\" Voss "
            "said.\n\n\"We will campaign on our record,\" she said.\n\n"
            "The Prime Minister spoke with The Evening Courier after the announcement.\n\n"
            "Q: Why now?\n\nA: Because the budget is passed and I want a mandate for the next one.\n\n"
            "Q: Will you win?\n\nA: I never predict elections.")
    assert [slug for _, slug in speakers(body)][-2:] == ["clara-voss", "clara-voss"]


def test_in_her_own_words_inside_a_sentence_makes_no_interview_of_an_explainer():
    body = ("Mayor Helen Ostrowski defended the new parking levy on Tuesday. In her own words, the charge is \"the "
            "fairest way to pay for the buses.\"\n\n\"Nobody likes a new charge,\" Ostrowski said.\n\n"
            "**What is the levy?**\n\nIt is a yearly charge on workplace parking. We have worked out that most firms "
            "will pay about £400 a space.\n\n**Who pays?**\n\nEmployers with more than ten spaces. Our figures suggest "
            "about 300 firms.")
    assert [slug for _, slug in speakers(body)][2:] == []
