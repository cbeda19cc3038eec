"""Analysis rules of stop 57, from the misses of its blind batches (255 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


def _events(body: str, date: str = "2026-05-14") -> list:
    return [(e.date, e.precision) for e in analyse(body, date=date).events]


def test_a_name_set_off_with_the_body_they_belong_to_is_the_speaker():
    # (From batches 256 and 257: "Owen Hartley, of the campaign group Leeds Cycle Alliance, described …" found no
    # person; with "the Tallinn-based conservation group …" the group got the words.)
    for where in ("of Baltic Waters Trust", "of the conservation group Baltic Waters Trust",
                  "of the Tallinn-based conservation group Baltic Waters Trust"):
        body = (f"Marta Linnus, {where}, called the episode \"a warning we keep choosing to ignore\".\n\n"
                "\"If one of these ships breaks up, there is no clean-up,\" she said.")
        assert _speakers(body) == ["marta-linnus", "marta-linnus"], where
    # The body speaking, set off after its own kind, is still the body.
    assert _speakers("Baltic Waters Trust, a conservation group, called the episode \"a warning we keep choosing to "
                     "ignore\".") == ["baltic-waters-trust"]


def test_a_place_after_a_preposition_is_no_body_speaking_through_a_participle():
    # (From batch 255: "… has issued an orange alert for northern Telangana, saying … that "…"" went to Telangana.)
    body = ("The India Meteorological Department (IMD) has issued an orange alert for northern Telangana, saying in its "
            "latest bulletin that \"heatwave conditions are very likely to prevail\" over four districts.")
    assert _speakers(body) == ["india-meteorological-department"]


def test_an_agency_named_without_its_kind_is_the_regulator_of_the_next_sentence():
    # (From batch 258: "Maritime New Zealand … said …. In a separate statement, the regulator said …".)
    body = ("Maritime New Zealand, which investigated the capsize, said it would not comment on the court process. In a "
            "separate statement, the regulator said lifejacket use had \"improved markedly\" since the sinking.")
    assert _speakers(body) == ["maritime-new-zealand"]
    # Not past another body opening the sentence between.
    between = body.replace("In a separate", "Ofgem said nothing. In a separate")
    assert _speakers(between) == [None]


def test_a_trade_capitalized_before_the_story_subjects_name_is_no_part_of_it():
    # (From batch 257: "Distributor Southern Cross Pictures will release …" then "the company said".)
    body = ("Distributor Southern Cross Pictures will release the film in cinemas on August 13. \"We think audiences are "
            "hungry for Australian stories,\" the company said in a statement.")
    assert _speakers(body) == ["southern-cross-pictures"]


def test_a_position_or_a_band_role_opening_a_sentence_is_no_part_of_the_name():
    # (From batch 256: "Wing Sibusiso Dlamini", "Lock Ruan Koekemoer", "Frontwoman Mereana Tipene".)
    body = ("Wing Sibusiso Dlamini scored twice.\n\n\"The forwards did all the hard work,\" Dlamini said.\n\n"
            "Lock Ruan Koekemoer won two lineouts. \"He is too humble,\" Koekemoer said.\n\n"
            "Frontwoman Mereana Tipene calls it \"a love letter to the harbour\".")
    assert _speakers(body) == ["sibusiso-dlamini", "ruan-koekemoer", "mereana-tipene"]
    # A rank that opens on the same word keeps its name whole.
    assert _speakers("Wing Commander Sarah Jones said \"we are ready\".") == ["sarah-jones"]


def test_an_initial_before_a_given_name_after_a_title_is_part_of_the_name():
    # (From batch 255: "said Health Minister P. Lakshmi Narasimha" was "Lakshmi Narasimha".)
    assert _speakers("\"No patient should wait,\" said Health Minister P. Lakshmi Narasimha after a meeting.") \
        == ["p-lakshmi-narasimha"]
    # A word of the title before a given name is still the title's: "The Rev Canon Mark Oakley".
    assert _speakers("\"We pray for peace,\" said the Rev Canon Mark Oakley.") == ["mark-oakley"]


def test_a_participle_right_after_said_is_no_second_verb():
    # (From batch 256: "He said continued funding … was "not a luxury"" found "continued" a speech verb of its own.)
    for word in ("continued", "added", "increased"):
        body = f"Daniel Whitehorse said the study was good. He said {word} funding was \"not a luxury\" for them."
        assert _speakers(body) == ["daniel-whitehorse"], word
    # A verb of its own with its own subject still takes the words: "He said visitors had asked …".
    assert _speakers("Daniel Whitehorse said the study was good. He said visitors continued \"to ask about bears\".") \
        == [None]


def test_a_laugh_after_the_quote_attributes_it_but_not_a_quote_earlier_in_the_sentence():
    # (From batch 256: `"…," he laughs, while bassist Lena Kraus insists …` went to Lena Kraus.)
    body = ("Drummer Josh Whitelaw says the change was not planned. \"We just got older,\" he laughs, while bassist Lena "
            "Kraus insists the quieter sound was \"a hundred per cent deliberate\".")
    assert _speakers(body) == ["josh-whitelaw", "lena-kraus"]
    # A term in the question put to someone who laughs is no words of theirs.
    assert _speakers("Asked whether \"backstop\" was still the right word for it, Corinne Whitfield laughed.") == [None]


def test_a_he_who_put_it_bluntly_then_the_quote():
    # (From batch 256: "He put it more bluntly in an interview. "…" ¶ "…"" — the quote running on.)
    body = ("Tomasz Wiśniewski, a former Nato official, said the alliance had erred in 2008.\n\n"
            "He put it more bluntly in an interview. \"The allies said Ukraine would one day be a member. Moscow "
            "noticed.\n\n\"Every guarantee offered now is being judged against that broken promise.\"")
    assert _speakers(body) == ["tomasz-wisniewski", "tomasz-wisniewski"]


def test_a_quote_left_open_over_a_paragraph_is_the_next_paragraphs_speakers():
    # (From batch 256: `… Dana Kourakis … said …. ¶ "People said we were mad. … ¶ "This battery …," she said.`)
    body = ("Energy Minister Dana Kourakis, who attended the switch-on, said the project showed the state was serious.\n\n"
            "\"People said we were mad to go this hard on renewables. Well, here is the answer.\n\n"
            "\"This battery will be running long after the last gas turbine,\" she said.")
    assert _speakers(body) == ["dana-kourakis", "dana-kourakis"]
    # A quote closed in its own paragraph is not carried on: no one can be told for it.
    closed = body.replace("here is the answer.\n\n", "here is the answer,\" a supporter shouted.\n\n")
    assert _speakers(closed)[0] is None


def test_the_delegation_that_walked_out_over_what_it_called():
    # (From batch 255: "… ended when the Russian delegation walked out over what it called "provocative" proposals" went
    # to the body quoted the paragraph before.)
    body = ("Ukraine's foreign ministry said Kyiv \"remains ready for a ceasefire\".\n\n"
            "The previous round, held in Geneva on April 22, ended after four hours when the Russian delegation walked "
            "out over what it called \"provocative\" Ukrainian proposals.")
    assert _speakers(body) == ["ukraines-foreign-ministry", "russian-delegation"]
    # Not one met, the object of another's verb.
    assert _speakers("Kyiv said it would meet the Russian delegation despite what it called \"provocations\".") == [None]


def test_demanded_to_know_is_a_question_asked():
    # (From batch 257: "… — while resident Tom Kessler demanded to know why testing had taken "…"" went to the
    # supervisor before him.)
    body = ("Township Supervisor Ron Bakker said the township was seeking money, while resident Tom Kessler demanded to "
            "know why testing had taken \"three years longer than it should have\".")
    assert _speakers(body) == ["tom-kessler"]


def test_we_met_says_an_interview_whose_answers_are_its_subjects():
    # (From batch 255: "We met at a café …" then questions in bold over answers with no quotation marks.)
    body = ("Lindiwe Mahlangu, whose new play opens on Thursday, says she is \"terrified in the good way\".\n\n"
            "We met at a café across the road from the theatre, between rehearsals.\n\n"
            "**Why 1976?**\n\nBecause everyone thinks they know 1976. I wanted the night before the photograph.\n\n"
            "**Was the language a fight?**\n\nA small one. The theatre asked if we wanted surtitles and I said no.")
    assert _speakers(body) == ["lindiwe-mahlangu"] * 3
    # Meeting someone is no interview without questions and answers in the first person.
    assert _speakers(body.replace("I wanted", "She wanted").replace("and I said no", "and she said no")) \
        == ["lindiwe-mahlangu"]


def test_a_thing_named_by_its_year_dates_a_sentence_with_no_other_date():
    # (From batches 255, 257 and 258: "the 1994 Budapest Memorandum" — readers date 60 of 83 such sentences.)
    assert _events("Kyiv points to the 1994 Budapest Memorandum as proof that promises fail.") == [("1994", "year")]
    assert _events("She had lived through the 1999 super cyclone as a girl.") == [("1999", "year")]
    # Another date in the sentence is its date; a car's or a wine's year, or a level, is none.
    assert _events("Under the 2015 deal, Iran agreed in March 2016 to ship out its uranium.") == [("2016-03", "month")]
    assert _events("He was driving a 2011 Corolla when he was stopped.") == []
    assert _events("Prices are still above their 2024 levels.") == []
