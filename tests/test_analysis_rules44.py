"""Analysis rules of stop 44, from the misses of blind batches 86 and 88 (measured on main before them), each tested on
strings of its own."""
from __future__ import annotations

from analysis_helpers import speakers


def test_an_unnamed_doer_with_where_they_were_before_the_verb_is_who_a_later_she_means():
    body = ("Novelist Tilda Marsh won the prize for her second novel on Monday. She thanked her publisher.\n\n"
            "One librarian in Swansea said her branch had ordered forty copies. \"They go out the day they come in,\" "
            "she said.")
    assert speakers(body) == [("They go out the day they come i", None)]


def test_a_scene_that_names_a_place_opens_a_sentence_about_someone_unnamed():
    body = ("Dr Ravi Menon urged people to stay indoors.\n\n"
            "At a bus stop in Karol Bagh, a street vendor waiting out the heat said he had lost a week of sales. "
            "\"Nobody buys fruit at 46 degrees,\" he said.")
    assert speakers(body) == [("Nobody buys fruit at 46 degrees", None)]


def test_a_trade_after_a_place_before_a_name_makes_a_person():
    body = ("The opera has a libretto by Wellington poet Tipene Harawira and music by Clara Voss.\n\n"
            "Voss says the sea is the main character. \"It never stops talking,\" she says.\n\n"
            "For Harawira, the hard part was the silence. \"Words want to fill every gap,\" he says.")
    assert speakers(body) == [("It never stops talking", "clara-voss"), ("Words want to fill every gap", "tipene-harawira")]


def test_a_clause_of_someone_else_before_a_colon_gives_the_words_after_it_to_them():
    body = ("Brendan Kearney has farmed the hill for forty years.\n\n"
            "His daughter Niamh Kearney (24) wants to leave. \"I've applied for a visa,\" she said, as Mr Kearney "
            "looked away and grumbled: \"She'll be back.\"")
    assert speakers(body) == [("I've applied for a visa", "niamh-kearney"), ("She'll be back.", "brendan-kearney")]


def test_mr_is_whom_the_article_called_mr_before_when_father_and_son_share_the_surname():
    body = ("Pádraig Nolan bought the boat in 1990. \"It was all I had,\" Mr Nolan said.\n\n"
            "His son Cathal Nolan now crews it.\n\n"
            "\"He never takes a day off,\" Mr Nolan said of his son.")
    assert speakers(body) == [("It was all I had", "padraig-nolan"), ("He never takes a day off", "padraig-nolan")]


def test_a_department_whose_name_lists_its_remits_with_the_speaks_by_its_whole_name():
    body = ("In a statement, the Department of Housing, Heritage and the Marine said it had hired staff and that "
            "\"waiting times are falling\".")
    assert speakers(body) == [("waiting times are falling", "department-of-housing-heritage-and-the-marine")]


def test_a_company_called_by_its_first_word_is_the_one_named_in_full_with_its_legal_form():
    body = ("The tribunal found that the cook was dismissed by Harbourline Kitchens Ltd in May.\n\n"
            "A Harbourline spokesperson said the company was \"reviewing the judgment\".")
    assert speakers(body) == [("reviewing the judgment", "harbourline-kitchens-ltd")]


def test_a_she_after_someone_unnamed_in_passing_is_the_one_a_profile_is_about():
    body = ("Ivy Calder has a new album out, and she says it is her angriest.\n\n"
            "\"I wrote it in a month,\" she says. \"I had to.\" Calder laughs about it now.\n\n"
            "Calder grew up above a pub in Hull, and she still sings like someone trying to be heard over one.\n\n"
            "At a listening party in Leeds on Friday, one fan was heard telling a friend: \"Best thing she's done.\"\n\n"
            "Does she read reviews? \"Never. My mum reads them to me,\" she says.")
    assert speakers(body)[-1] == ("Never. My mum reads them to me", "ivy-calder")


def test_the_one_according_to_whom_a_sentence_goes_is_who_a_later_she_means():
    body = ("Diplomats are divided. Foreign Minister Anna Berg said on Monday that talks would go on.\n\n"
            "The problem, according to Dr Ruth Aske, a fellow at a Berlin think tank, is that nobody will say it. "
            "She put it plainly:\n\n"
            "\"A promise no one means is worse than none.\"")
    assert speakers(body) == [("A promise no one means is worse", "ruth-aske")]


def test_an_age_and_a_trade_after_the_quote_are_the_person_written_about_before():
    body = ("Mele Tupou has a cut above her eye, and she does not care.\n\n"
            "\"That's from the final,\" the 31-year-old loose forward says, grinning.")
    assert speakers(body) == [("That's from the final", "mele-tupou")]


def test_a_paragraph_of_words_after_a_wordless_reaction_is_the_reacting_persons():
    body = ("Jonas Birk plays a man of ninety in the film. Asked whether that was hard at 40, he shrugs.\n\n"
            "\"Not really. I watched my grandfather for years.\"")
    assert speakers(body) == [("Not really. I watched my grandf", "jonas-birk")]


def test_a_relatives_saying_after_a_colon_is_no_one_the_article_names():
    body = ("Sofia Reyes runs the bakery.\n\n"
            "The name, she explains, comes from something her grandfather used to say every morning: \"Bread waits "
            "for no one.\"")
    assert speakers(body) == [("Bread waits for no one.", None)]


# From the sealed batch 87, measured once on the stop's rules before these.

def test_the_one_an_outlet_put_its_questions_to_answers_them():
    body = ("Harbour City University will cut 60 jobs, vice-chancellor Professor Ines Walcott said on Monday.\n\n"
            "Union branch president Dr Sione Lātū called the plan \"reckless\". \"It is short-sighted,\" Dr Lātū said.\n\n"
            "The Harbour Herald put several questions to Professor Walcott.\n\n"
            "**Why cut languages?**\n\n"
            "\"Enrolments have fallen below ten students in some papers.\"\n\n"
            "**Will you resign?**\n\n"
            "\"No. My job is to keep this university open.\"")
    assert speakers(body)[-2:] == [("Enrolments have fallen below te", "ines-walcott"),
                                   ("No. My job is to keep this univ", "ines-walcott")]


def test_a_familys_gp_is_no_organization():
    body = ("The family's GP wrote to the council in March warning that the damp posed \"a serious risk to the "
            "children\".")
    assert speakers(body) == [("a serious risk to the children", None)]


def test_a_new_zealander_before_a_name_is_no_part_of_it():
    body = ("Jack Tremaine won by a shot from New Zealander Hamish Carrick, who had led by three.\n\n"
            "\"I let it slip,\" Carrick said.")
    assert speakers(body) == [("I let it slip", "hamish-carrick")]


def test_where_someone_works_set_off_after_their_name_is_not_the_speaker():
    body = ("Lead archaeologist Dr Aine Costigan, of the consultancy Walsh Costigan Heritage, said the team \"could not "
            "believe\" what they saw.")
    assert speakers(body) == [("could not believe", "aine-costigan")]


def test_a_surname_stays_with_the_one_it_meant_when_the_other_goes_by_his_first_name():
    body = ("Jack Tremaine won the Bellarine Classic on Sunday.\n\n"
            "\"I did not see it going in,\" Tremaine said.\n\n"
            "His caddie is his brother, Ollie Tremaine. \"He guessed the line,\" Ollie said.\n\n"
            "The win earns a two-year exemption on the tour and a place in next month's Open qualifier.\n\n"
            "Asked how he would celebrate, Tremaine said: \"Mum is doing a roast.\"")
    assert speakers(body) == [("I did not see it going in", "jack-tremaine"), ("He guessed the line", "ollie-tremaine"),
                              ("Mum is doing a roast.", "jack-tremaine")]


def test_an_actor_may_be_a_she():
    body = ("Lead actor Priya Venkat, a 24-year-old theatre artist from Pune, said she was \"in shock\". \"A year ago I "
            "was doing street plays,\" she said.")
    assert speakers(body) == [("in shock", "priya-venkat"), ("A year ago I was doing street p", "priya-venkat")]


def test_words_quoted_as_a_name_do_not_stop_a_paragraph_of_quotation_going_on_from_the_report_before():
    body = ("Fire service spokesperson Thandiwe Ngcobo said the first call came at 2am.\n\n"
            "She said crews had struggled to reach the centre, in a lane that residents call \"the tunnel\".\n\n"
            "\"Our crews had to run hoses more than 200 metres on foot.\"")
    assert speakers(body) == [("Our crews had to run hoses more", "thandiwe-ngcobo")]


def test_the_organisation_after_a_body_the_sentence_before_says_is_one():
    body = ("Relief organisation Masakhane Aid said it had delivered 600 blankets. \"The need is enormous,\" the "
            "organisation said in a statement.")
    assert speakers(body) == [("The need is enormous", "masakhane-aid")]


def test_words_led_in_by_a_name_the_analysis_does_not_know_do_not_go_on_with_the_speaker_before():
    body = ("Publican Tommy Considine said the extra hour \"makes the difference between a good weekend and a great "
            "one\". Across the street, Orlaith Breen of Breen's Bar was blunter: \"We make more in that weekend than in "
            "the whole of February.\"")
    assert speakers(body)[1][1] != "tommy-considine"
