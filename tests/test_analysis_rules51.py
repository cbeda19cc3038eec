"""Analysis rules of stop 51, from the misses of blind batches 144–147 (measured on main 9dd6864a before them) and
from the topics over every labelled article, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse

from sitegen import markdown
from sitegen.analysis.topics import assign_topics, topic_paragraphs, verdict
from sitegen.model import Topic

CRASH = Topic(slug="crash", title="Crash", description="", terms=("crash*", "collision"))  # min_paragraphs: 1, the default
WEATHER = Topic(slug="weather", title="Weather", description="", terms=("storm*", "rain*"), min_paragraphs=1)

MATCH = ["Harbour City beat Northbridge 3-1 on Saturday to go top of the table.",
         "Lena Ortiz scored twice in the first half, both from corners.",
         "Northbridge pulled one back through a penalty after the break.",
         "Heavy rain before kick-off left the pitch slow in places.",
         "Ortiz added a third with ten minutes left.",
         "The coach praised his defence after the match.",
         "Harbour City travel to Eastvale next weekend.",
         "Northbridge have lost four of their last five.",
         "A crowd of 8,000 watched at the Dockside ground.",
         "The club said season tickets for next year go on sale in June.",
         "Both teams had injury worries before the game.",
         "The referee showed five yellow cards."]


def _topics(paragraphs: list[str], title: str, topics=(WEATHER,)) -> tuple[str, ...]:
    return assign_topics(markdown.paragraphs("\n\n".join(paragraphs)), topics, title)


def test_a_topic_asking_for_one_paragraph_is_not_filed_from_one_of_twelve_under_a_headline_elsewhere():
    assert _topics(MATCH, "Ortiz double sends Harbour City top") == ()
    paragraphs = markdown.paragraphs("\n\n".join(MATCH))
    ok, why = verdict(paragraphs, topic_paragraphs(paragraphs, (WEATHER,))["weather"], WEATHER,
                      "Ortiz double sends Harbour City top")
    assert not ok and why.startswith("a side of the story: 1 of its 12 paragraphs")
    # The default (no min_paragraphs in the topic's file) likewise.
    story = MATCH[:3] + ["A crash on the ring road delayed the away fans."] + MATCH[4:]
    assert _topics(story, "Ortiz double sends Harbour City top", (CRASH,)) == ()


def test_a_topic_asking_for_one_paragraph_is_still_filed_from_one_in_a_short_story_or_the_headline():
    assert _topics(MATCH[:5], "Ortiz double sends Harbour City top") == ("weather",)  # one of five
    assert _topics(MATCH, "Ortiz double sends Harbour City top in the rain") == ("weather",)
    story = MATCH[:3] + ["Storm Ada flooded the away end.", "Rain fell all afternoon."] + MATCH[4:]
    assert _topics(story, "Ortiz double sends Harbour City top") == ("weather",)  # two of thirteen


def test_an_interviews_answers_are_theirs_whose_own_words_the_headline_gives_not_the_one_quoted_most_before():
    body = ("Orla Geraghty has been called many things by reviewers, but never a crime writer.\n\n"
            "The book follows three generations of a Clare fishing family. Geraghty grew up in Ennistymon.\n\n"
            "Her editor, Declan Moran, said the new book was \"the one she was always going to write\".\n\n"
            "\"She rang me after the second draft,\" Moran said. \"I told her that was the best news all year.\"\n\n"
            "We spoke in a cafe on Quay Street, a week before publication.\n\n"
            "**Where did it start for you?**\n\n"
            "With my grandfather's notebooks, actually. He wrote down the tides every day.\n\n"
            "**Has your family read it?**\n\n"
            "My mother has. She said it was very good, which is the most Clare review I will ever get.")
    r = analyse(body, title="Orla Geraghty: 'I wanted to write about a family that never says the thing'")
    assert [q.speaker for q in r.quotes] == ["declan-moran"] * 3 + ["orla-geraghty"] * 2
    # Under a headline giving no one's words, whose answers they are is not told from this opening: not hers.
    r = analyse(body, title="A family that never says the thing")
    assert "orla-geraghty" not in [q.speaker for q in r.quotes]


def test_a_transcripts_answers_are_theirs_whose_own_words_the_headline_gives():
    body = ("Kiri Walsh has run the farm at Tutira for thirty years.\n\n"
            "Her neighbour, Tom Hale, said \"nobody works harder\". \"She was fencing the day after,\" Hale said.\n\n"
            "This interview has been edited for length.\n\n"
            "Q: What was the worst of it?\n\n"
            "A: The silt. I lost half the flats under a metre of it.\n\n"
            "Q: And now?\n\n"
            "A: We just keep fencing. My sons do most of it.")
    r = analyse(body, title="Kiri Walsh: 'I lost half the flats under a metre of silt'")
    assert [q.speaker for q in r.quotes][-2:] == ["kiri-walsh", "kiri-walsh"]


def test_a_transcripts_answer_of_two_paragraphs_is_all_theirs_but_the_narrators_line_after():
    body = ("Dr. Amrit Sandhu has operated on more than 3,000 children's hearts.\n\n"
            "Sandhu spoke to us about fear and fatigue. The interview has been edited for length and clarity.\n\n"
            "Q: How does the staffing shortage affect your work?\n\n"
            "A: It means we cancel. Last winter we postponed more than 40 operations.\n\n"
            "People assume the bottleneck is surgeons. Mostly it isn't. It's the nurses, and we are not keeping them.\n\n"
            "Q: And when you're not operating?\n\n"
            "A: I garden. Badly.\n\n"
            "The award will be presented in Calgary on June 4.")
    got = [(q.text[:20], q.speaker) for q in analyse(body).quotes]
    assert got == [("It means we cancel. ", "amrit-sandhu"), ("People assume the bo", "amrit-sandhu"),
                   ("I garden. Badly.", "amrit-sandhu")]


def test_answers_under_bold_questions_after_we_asked_someone_how_are_theirs():
    body = ("With the exams beginning on June 3rd, we asked Siobhán Keogh, who has taught English in Portlaoise for 19 "
            "years, how the job has changed.\n\n"
            "Her principal, Declan Furlong, describes her as \"the teacher every parent asks for\".\n\n"
            "**How has AI changed the way you teach?**\n\n"
            "It changed homework almost overnight. Now I get 28 very polished essays.\n\n"
            "**So what do you do instead?**\n\n"
            "Most of the real writing happens in class now. I know that sounds old-fashioned.")
    assert [q.speaker for q in analyse(body).quotes] == ["declan-furlong", "siobhan-keogh", "siobhan-keogh"]
    # Asking a body how much something cost makes no interview of it.
    body = ("We asked the council how much the scheme cost. It did not say.\n\n"
            "**Who pays?**\n\n"
            "I pay, and my neighbours pay. We were never asked.\n\n"
            "**When does it start?**\n\n"
            "In my street, next month. I have no idea why.")
    assert [q.speaker for q in analyse(body).quotes] == []


def test_mr_of_a_surname_three_share_is_the_man_though_a_his_about_someone_else_follows_the_womans_name():
    body = ("Anneke de Vries, 52, was hit from behind on the evening of August 22. Coombes drove on and was arrested at "
            "his home about two hours later.\n\n"
            "The court heard statements from her husband, Martin de Vries, and their daughter, Sophie de Vries, 19.\n\n"
            "Reading from a prepared statement, Mr de Vries described the night police came to the door:\n\n"
            "\"I thought she was late because she'd stopped to talk to someone.\"")
    assert [q.speaker for q in analyse(body).quotes] == ["martin-de-vries"]


def test_a_participle_after_and_a_name_is_that_ones_though_no_comma_sets_it_off():
    body = ("Marisa Coutinho, the union's president, and Derek Halloran, the company's vice-president, met on Monday.\n\n"
            "They traded barbs on local radio, with Coutinho accusing the company of \"hiding behind its landlords\" and "
            "Halloran insisting the union had \"walked away from a good offer.\"")
    assert [q.speaker for q in analyse(body).quotes] == ["marisa-coutinho", "derek-halloran"]


def test_he_said_after_a_paragraph_asking_him_is_whom_him_stands_for_not_the_asker():
    body = ("\"If we sign up to guarantee a ceasefire, we have to be prepared to show up,\" retired general Martin "
            "Boisvert told Sarah Lindqvist, host of the programme.\n\n"
            "Lindqvist asked him what that contribution might look like.\n\n"
            "\"Realistically, a battalion group and a lot of logistics people,\" he said.")
    assert [q.speaker for q in analyse(body).quotes] == ["martin-boisvert", "martin-boisvert"]
    # Asked by someone unnamed: still whom "him" stands for, the one named before the question (the review's reading).
    body = body.replace("Lindqvist asked him", "The host asked him")
    assert [q.speaker for q in analyse(body).quotes] == ["martin-boisvert", "martin-boisvert"]


# -- the review's guards ----------------------------------------------------------------------------------------------


def test_a_headline_giving_someone_elses_words_does_not_take_the_interviews_answers():
    body = ("Kiri Walsh has farmed at Tutira for thirty years.\n\n"
            "\"I have never seen silt like it,\" Walsh said. \"Not in thirty years.\"\n\n"
            "\"Nobody works harder than Kiri,\" her neighbour Tom Hale said.\n\n"
            "This interview has been edited for length.\n\n"
            "Q: What was the worst of it?\n\n"
            "A: The silt. I lost half the flats under a metre of it.\n\n"
            "Q: And now?\n\n"
            "A: We just keep fencing. My sons do most of it.")
    r = analyse(body, title="Tom Hale: 'I never saw anyone work harder than Kiri'")
    assert [q.speaker for q in r.quotes][-2:] == ["kiri-walsh", "kiri-walsh"]


def test_the_writers_own_lines_between_a_transcripts_answers_are_no_answer():
    body = ("Dr. Amrit Sandhu has operated on more than 3,000 children's hearts.\n\n"
            "Sandhu spoke to us about fear and fatigue. The interview has been edited for length and clarity.\n\n"
            "Q: How does the staffing shortage affect your work?\n\n"
            "A: It means we cancel.\n\n"
            "I visited the ward on a Tuesday in March; every bed was full.\n\n"
            "(We have shortened this answer for space.)\n\n"
            "Q: And when you're not operating?\n\n"
            "A: I garden. Badly.\n\n"
            "I left the hospital as the night shift came on, my notebook full.")
    assert [q.text[:12] for q in analyse(body).quotes] == ["It means we ", "I garden. Ba"]


def test_someone_asked_who_declined_to_answer_is_not_the_one_interviewed():
    body = ("We asked Ciarán Doyle, the council's chief executive, whether the plan had been costed. He declined to "
            "comment.\n\n"
            "Ann Fitzpatrick, who chairs the residents' group, has fought the plan for three years. \"We are exhausted,\" "
            "Fitzpatrick said.\n\n"
            "Q: What do you want?\n\n"
            "A: I want a meeting. My neighbours want a meeting.\n\n"
            "Q: Will you go to court?\n\n"
            "A: If I have to, yes.")
    assert [q.speaker for q in analyse(body).quotes] == ["ann-fitzpatrick"] * 3


def test_a_place_named_between_a_name_and_its_he_still_genders_the_name():
    body = ("Alex Pascoe, a Kinsale fisherman, said he had lost half his catch.\n\n"
            "Sam Pascoe runs the boatyard next door.\n\n"
            "\"We cannot survive another summer like this,\" Ms Pascoe said.")
    assert [q.speaker for q in analyse(body).quotes] == ["sam-pascoe"]


def test_a_participle_after_someone_met_or_phoned_is_not_theirs():
    opening = ("Marisa Coutinho, the union's president, and Derek Halloran, the company's vice-president, met on "
               "Monday.\n\n")
    for sentence in ("Coutinho later met with Halloran urging him to \"come back to the table\".",
                     "Coutinho phoned Brady and Halloran asking for \"one more meeting\"."):
        assert "derek-halloran" not in [q.speaker for q in analyse(opening + sentence).quotes], sentence


def test_a_topic_asking_for_one_paragraph_is_still_filed_from_the_first_paragraph():
    obituaries = Topic(slug="obituaries", title="Obituaries", description="", terms=("died", "funeral"))
    story = ["Máire Ní Bhriain, whose bronze figures stand in Eyre Square, died on Tuesday aged 81."] + [
        f"Her work number {n} was shown in Galway, Dublin and Cork over the following years." for n in range(8)]
    assert _topics(story, "Tributes paid to Galway sculptor Máire Ní Bhriain", (obituaries,)) == ("obituaries",)


def test_a_village_heads_title_is_no_part_of_her_name():
    body = "Villagers are sceptical. Sarpanch Sunita Gaikwad said the tanker \"makes one trip, not two\"."
    assert [q.speaker for q in analyse(body).quotes] == ["sunita-gaikwad"]


def test_she_replied_after_a_question_addressing_her_by_name_is_hers():
    body = ("A retired teacher wept in court on Thursday as she described how she had lost her pension.\n\n"
            "Grace Molefe, 67, was the first witness called by the State in the trial of Lwazi Mthembu.\n\n"
            "\"They told us it was safe,\" Molefe told the court. \"I believed them.\"\n\n"
            "State advocate Thandeka Mokoena told the court the scheme had taken money from 11,000 investors.\n\n"
            "\"This was never a business at all,\" Mokoena said in her opening address.\n\n"
            "She said Mthembu had spent R38 million on luxury cars.\n\n"
            "Under cross-examination, Advocate Pieter van der Walt put it to Molefe that she had signed a waiver.\n\n"
            "\"Mrs Molefe, you signed this page, did you not? It says, in bold letters, that capital is not "
            "guaranteed,\" Van der Walt said.\n\n"
            "\"I signed what they told me to sign,\" she replied.")
    assert [q.speaker for q in analyse(body).quotes][-1] == "grace-molefe"


def test_a_trade_set_off_after_a_given_name_is_a_persons_not_a_bodys():
    body = ("Tom Sethi, the publisher, said the first print run had sold out in four days. \"We have gone back to press "
            "twice,\" he said.\n\n"
            "Arjun Mehra, publisher at Kestrel House, said the fair \"was the best in a decade\".")
    assert [q.speaker for q in analyse(body).quotes] == ["tom-sethi", "arjun-mehra"]
    # A name that opens on no given name stays a body's: "Harrow Finch, the publisher, said".
    body = "Harrow Finch, the publisher, said sales were \"well ahead of forecast\". \"We are delighted,\" it added."
    assert [q.speaker for q in analyse(body).quotes] == ["harrow-finch", "harrow-finch"]


# -- from blind batches 148-151 (measured once on 30aa0482) -----------------------------------------------------------


def test_answers_after_we_spoke_with_a_titled_name_are_theirs():
    body = ("Renata Solberg, a glaciologist who has studied the basin since 2011, led the study. \"We can't stop the "
            "water,\" she said.\n\n"
            "Juneau's emergency manager, Tom Kessler, said the forecasts had \"changed how we do evacuations\".\n\n"
            "\"Before, we were guessing. Now we get a couple of days' warning,\" Kessler said.\n\n"
            "We spoke with Dr. Solberg about what happens inside the glacier. The interview has been edited for length.\n\n"
            "**What actually happens in the basin?**\n\n"
            "Basically, the glacier acts like a dam. I have watched it for years.\n\n"
            "**Could the floods get worse?**\n\n"
            "In the short term, yes, probably. We will know more next year.")
    assert [q.speaker for q in analyse(body).quotes][-2:] == ["renata-solberg", "renata-solberg"]


def test_a_role_after_a_bodys_name_joined_by_and_names_the_one_who_spoke():
    body = ("Halifax dug out on Tuesday.\n\n"
            "\"This is a top-five storm for Halifax,\" said Environment and Climate Change Canada meteorologist Jordan "
            "Pelletier.")
    assert [q.speaker for q in analyse(body).quotes] == ["jordan-pelletier"]


def test_she_said_after_an_award_went_to_someone_is_no_ones_when_a_woman_spoke_before():
    # (The award's winner, named as an object, or the judge quoted before: either may be the "she". A rule making the
    # winner the subject was dropped after the second review.)
    body = ("Judge Maria Costa said the entries this year were \"exceptional\".\n\n"
            "The top award went to silversmith Nuala Begley for a series of pendants.\n\n"
            "\"It was a unanimous decision,\" she said.")
    assert [q.speaker for q in analyse(body).quotes] == ["maria-costa", None]


def test_a_second_speaker_chiming_in_after_as_speaks_the_words_after_the_colon():
    body = ("Marcus Bell and Dana Ortiz watched from the box.\n\n"
            "\"He was patient today, which is new,\" said Bell, as Rourke's agent, Dana Ortiz, chimed in beside him: "
            "\"Patience is going to win him a major.\"")
    assert [q.speaker for q in analyse(body).quotes] == ["marcus-bell", "dana-ortiz"]


def test_put_it_to_him_that_is_the_hosts_words_and_he_replied_is_the_guests():
    body = ("Speaking on the programme, Daniel Kerrigan said the government had received a \"preliminary approach\".\n\n"
            "Host Jess Whitlock put it to him that \"a lot of Australians are going to ask why this is our fight\".\n\n"
            "He replied: \"Because a world where borders can be redrawn by force is a more dangerous world.\"")
    assert [q.speaker for q in analyse(body).quotes] == ["daniel-kerrigan", "jess-whitlock", "daniel-kerrigan"]


def test_two_given_names_before_one_surname_are_two_people_of_that_surname():
    body = ("The race started at dawn.\n\n"
            "Siblings Sam and Georgie Whitlam finished hand in hand. Sam said it was \"the hardest thing I have ever "
            "done\", while Georgie said she was \"already thinking about next year\".")
    assert [q.speaker for q in analyse(body).quotes] == ["sam-whitlam", "georgie-whitlam"]


# -- the second review's guards ---------------------------------------------------------------------------------------


def test_we_spoke_with_two_people_names_no_one_interviewed():
    body = ("Glacial floods have hit Juneau every summer since 2011.\n\n"
            "We spoke with Dr. Renata Solberg and Dr. Tom Kessler about what happens inside the glacier.\n\n"
            "**What actually happens in the basin?**\n\n"
            "Basically, the glacier acts like a dam. I have watched it for years.\n\n"
            "**Could the floods get worse?**\n\n"
            "In the short term, yes, probably. We will know more next year.")
    assert [q.speaker for q in analyse(body).quotes] == []


def test_a_place_after_the_speakers_name_is_no_bodys_name_before_someone_elses_role():
    body = "The hearing ended on Tuesday.\n\n\"We will appeal,\" said Tom Reed of Springfield after police officer Ann Lee arrested him."
    assert [q.speaker for q in analyse(body).quotes] == ["tom-reed"]


def test_as_someone_wept_or_as_someones_lawyer_opens_no_clause_of_its_own():
    for body in ("Anna Berg and Tom Reed left the court together.\n\nSpeaking outside court, Anna Berg said, as Tom Reed "
                 "wept: \"Justice has been done.\"",
                 "Anna Berg and Tom Reed left the court together.\n\nAnna Berg, as Tom Reed's lawyer, told the court: "
                 "\"We will appeal.\""):
        assert [q.speaker for q in analyse(body).quotes] == ["anna-berg"], body


def test_a_given_name_the_article_gives_someone_in_full_makes_no_pair():
    body = ("Coach Anna Berg has trained the pair since 2019.\n\n"
            "Anna and Tom Reed, her star pupil, spent months on the lift. Anna said it was \"the hardest skill in the "
            "sport\".")
    assert [q.speaker for q in analyse(body).quotes] == ["anna-berg"]


def test_he_said_after_someone_unnamed_in_the_middle_of_something_is_no_ones():
    # (From sealed batch 159, its one wrong speaker where none can be told.)
    body = ("Latu, speaking after training on Monday, said the squad had \"bought in\" to the coach's approach.\n\n"
            "One supporter watching training from the grass bank was already counting down the days. \"First time in "
            "years I've been excited about March,\" he said.")
    body = "Sione Latu is the captain.\n\n" + body
    assert [q.speaker for q in analyse(body).quotes][-1] is None
