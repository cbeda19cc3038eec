"""Analysis rules of stop 43, from the misses of blind batch 83 (measured on main before them), each tested on strings
of its own."""
from __future__ import annotations

from analysis_helpers import analyse, speakers
from sitegen.analysis.topics import topic_paragraphs, verdict
from sitegen.model import Article, Topic
from sitegen import markdown


def test_the_one_the_writer_says_they_spoke_to_answers_the_questions_set_apart():
    body = ("Mara Quilty has written about the bush before. Her new play opens on April 24.\n\n"
            'Director Tom Nguyen-Rees called the script "the most honest thing I\'ve read in years".\n\n'
            "We spoke to Quilty in the rehearsal room last week. The interview has been edited for length.\n\n"
            "**Why drought, and why now?**\n\n"
            "Because everyone thinks it's over. I grew up out there and I never forgot it.\n\n"
            "**Was the silence a risk?**\n\n"
            "Huge. I argued about it for a week with my director.")
    assert speakers(body) == [("the most honest thing I've read", "tom-nguyen-rees"),
                              ("Because everyone thinks it's ov", "mara-quilty"),
                              ("Huge. I argued about it for a w", "mara-quilty")]


def test_a_body_named_after_what_it_is_in_a_while_clause_is_not_the_first_speakers_echo():
    body = ('The Airline Pilots\' Guild said the checks were "long overdue", while the passenger group Flyers\' Rights '
            'Forum demanded that stranded travellers be compensated "in full, as the charter says".')
    assert speakers(body) == [("long overdue", "airline-pilots-guild"), ("in full, as the charter says", None)]


def test_a_south_african_mec_before_a_name_makes_a_person_she_stands_for():
    body = ('Department spokesperson Mpho Radebe said the unit was under "exceptional pressure".\n\n'
            'Gauteng Health MEC Thandeka Nkosi-Mabuza visited the hospital on Tuesday. She told reporters she had '
            '"seen with my own eyes" the conditions.')
    assert speakers(body) == [("exceptional pressure", "mpho-radebe"), ("seen with my own eyes", "thandeka-nkosi-mabuza")]


def test_a_surname_of_two_words_speaking_alone_makes_the_full_name_a_person():
    body = ("Hannah Te Rangi and Georgia Whitlock ended a 12-year drought for the club on Saturday.\n\n"
            '"We did not look across once," Te Rangi said.')
    assert speakers(body) == [("We did not look across once", "hannah-te-rangi")]


def test_a_role_unset_off_before_a_name_then_where_they_work():
    body = ('Retail analyst Meera Chandrasekaran of Lakeshore Research said the chain had been caught "between '
            'Costco and Amazon".')
    assert speakers(body) == [("between Costco and Amazon", "meera-chandrasekaran")]


def test_a_name_that_which_stands_for_is_a_bodys():
    body = ('Unifor, which represents workers at six of the closing stores, called the announcement "a gut punch '
            'delivered in the middle of winter."')
    assert speakers(body) == [("a gut punch delivered in the mi", "unifor")]
    assert {p.slug: p.kind for p in analyse(body).people}.get("unifor") == "organization"


def test_a_bodys_acronym_in_brackets_and_the_day_before_its_verb():
    body = ('The Ministry of External Affairs (MEA) on Tuesday insisted that the country\'s energy security "cannot '
            'be held hostage" to decisions taken elsewhere.')
    assert speakers(body) == [("cannot be held hostage", "ministry-of-external-affairs")]


def _article(paragraphs: list[str], title: str) -> Article:
    body = "\n\n".join(paragraphs)
    return Article(slug="a", title=title, body=body, paragraphs=markdown.paragraphs(body))


def test_a_topic_in_two_paragraphs_of_sixteen_under_a_headline_elsewhere_is_a_side_of_the_story():
    fares = Topic(slug="fares", title="Fares", description="", terms=("fare", "fares", "ticket prices"), min_paragraphs=2)
    filler = [f"Paragraph {n} tells of the engine checks the regulator ordered on the grounded aircraft." for n in range(14)]
    side = ["Fares on the busiest routes rose by a fifth on Tuesday.", "Fares may stay high until the checks end."]
    article = _article(filler[:6] + side + filler[6:], "Airline grounds 22 aircraft after engine checks")
    on = topic_paragraphs(article.paragraphs, (fares,)).get("fares", ())
    about, why = verdict(article.paragraphs, on, fares, article.title)
    assert not about and why.startswith("a side of the story: 2 of its 16 paragraphs")
    # The headline naming it, or a short story, keeps it.
    assert verdict(article.paragraphs, on, fares, "Fares soar as airline grounds 22 aircraft")[0]
    short = _article(filler[:6] + side, "Airline grounds 22 aircraft after engine checks")
    assert verdict(short.paragraphs, topic_paragraphs(short.paragraphs, (fares,))["fares"], fares, short.title)[0]
    # So (since stop 51) is a topic for which the editor set one paragraph as enough — unless the first paragraph
    # names it (tests/test_analysis_rules51.py).
    once = Topic(slug="fares", title="Fares", description="", terms=("fare", "fares"), min_paragraphs=1)
    assert not verdict(article.paragraphs, on, once, article.title)[0]


# From sealed batch 84 (measured once on the stop's rules): two names read with a word that is none of theirs.

def test_an_age_opening_the_sentence_is_no_part_of_the_name():
    body = ('Nineteen-year-old Aarav Deshmukh smashed an unbeaten 112 on Saturday. "I just watched the ball," '
            'Deshmukh said.\n\nTen-year-old Nikau Reihana said the classroom got "really cold in winter".')
    assert speakers(body) == [("I just watched the ball", "aarav-deshmukh"), ("really cold in winter", "nikau-reihana")]


def test_the_day_a_body_spoke_is_no_part_of_its_name():
    body = ('The Independent Power Producer Office on Wednesday said bidders would be assessed on grid access, a change '
            'it said would "reduce the risk of stranded projects".')
    assert speakers(body) == [("reduce the risk of stranded pro", "independent-power-producer-office")]


# From batch 85 (measured on main before it).

def test_a_musicians_role_opening_the_sentence_is_a_title_not_a_given_name():
    body = ('Soprano Nomvula Hartley said she had been "terrified and thrilled in equal measure".\n\n'
            'Conductor Pieter Swanepoel described the score as "fiendishly difficult".')
    assert speakers(body) == [("terrified and thrilled in equal", "nomvula-hartley"),
                              ("fiendishly difficult", "pieter-swanepoel")]
