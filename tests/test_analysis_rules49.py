"""Analysis rules of stop 49, from the misses of blind batches 116–119 (measured on main ca12cf1f before them), each
tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import speakers


def test_answers_under_a_few_questions_for_someone_are_theirs_with_one_in_the_first_person():
    body = ("Ines Alvarado has run the ferry kiosk at Puerto Sol for thirty years. She opens at six.\n\n"
            "\"The boats come whether I am tired or not,\" she says.\n\n"
            "**A few questions for Ines Alvarado**\n\n"
            "**What was your worst day?**\n\n"
            "The storm of the winter the pier broke. I sold coffee to the coastguard for two days.\n\n"
            "**When will you stop?**\n\n"
            "When the boats do. Not before.")
    assert [slug for _, slug in speakers(body)] == ["ines-alvarado"] * 3


def test_a_he_after_someone_unnamed_busy_doing_something_is_theirs_not_the_last_names():
    body = ("\"We will pay whatever it takes,\" said Commissioner Dale Harmon.\n\n"
            "At the feed store, one rancher loading salt blocks into his truck put it more simply. "
            "\"She has saved more calves than the bank has,\" he said.")
    assert speakers(body)[-1] == ("She has saved more calves than ", None)


def test_a_surname_alone_that_opened_a_sentence_about_her_stays_hers_after_her_husband_comes_in():
    body = ("Marta Quiroga is the last midwife in the valley.\n\n"
            "Quiroga is 68. She has delivered most of the town's teenagers.\n\n"
            "Her husband, Tomas Quiroga, a retired teacher, says she \"has not slept a full night since 1990\".\n\n"
            "The nearest hospital is 140 kilometres away, over a pass that closes in winter.\n\n"
            "Asked why young midwives do not come, Quiroga does not hesitate:\n\n"
            "\"The pay. A hospital in the city pays twice what a family here can.\"")
    assert speakers(body)[-1] == ("The pay. A hospital in the city", "marta-quiroga")


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
