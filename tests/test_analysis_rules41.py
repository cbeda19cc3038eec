"""Attribution rules of stop 41, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import speakers


def test_the_ministry_is_a_countrys_ministry_named_in_small_letters():
    body = ("Ukraine's foreign ministry welcomed the decision. \"This is a step in the right direction,\" the ministry "
            "said.")
    assert speakers(body) == [("This is a step in the right dir", "ukraines-foreign-ministry")]


def test_the_embassy_in_a_capital_named_in_small_letters():
    body = ("Ukraine's embassy in London thanked MPs after the vote. \"Today the British parliament stood with us,\" the "
            "embassy said.")
    assert speakers(body) == [("Today the British parliament st", "ukraines-embassy-in-london")]


def test_two_such_bodies_named_leave_the_ministry_unresolved():
    body = ("Russia's defence ministry reported heavy fighting. Ukraine's foreign ministry welcomed the talks. "
            "\"It is a start,\" the ministry said.")
    assert speakers(body) == [("It is a start", None)]


def test_what_the_subject_expects_or_believes_in_their_own_words():
    body = ('Analyst Kirsty Mahoney spoke first. Ms Mahoney expects the price to find support near $US85 "as long as '
            'Beijing keeps building". Tom Reed believes the plan is "doomed from the start".')
    assert speakers(body) == [("as long as Beijing keeps buildi", "kirsty-mahoney"), ("doomed from the start", "tom-reed")]


def test_a_belief_reported_inside_someones_speech_stays_theirs():
    # (Unnamed here: "One fund manager said the market had expected "…"" is the manager's report, no one's named.)
    body = 'One fund manager said the market had expected "a bigger cut than this."'
    assert speakers(body) == [("a bigger cut than this", None)]


# Rules from blind batch 77's misses (measured on main before them).

def test_an_envoy_to_a_country_before_the_name_is_no_part_of_it():
    body = ('The war must end, former ambassador to Russia Sudhir Rao said on Monday. "India\'s position has been '
            'consistent," Rao said. Britain\'s envoy to Ukraine Martin Harris said it was "a start".')
    assert speakers(body) == [("India's position has been consi", "sudhir-rao"), ("a start", "martin-harris")]


def test_the_one_prompted_to_answer_speaks_after_the_colon():
    body = ('Meenakshi Pillai and Sudhir Rao were on the panel. Rao interjected that "leverage is not the point", '
            'prompting Pillai to shoot back: "Then what is the point of the talks?"')
    assert speakers(body) == [("leverage is not the point", "sudhir-rao"),
                              ("Then what is the point of the t", "meenakshi-pillai")]


def test_the_one_who_answers_to_which_is_not_the_speaker_before():
    body = ('Liam Haddad took 11 marks. Midfielder Caleb Nguyen joked that Haddad "owes the mids a feed", to which '
            'Haddad replied that he\'d "shout them dinner at best".')
    assert speakers(body) == [("owes the mids a feed", "caleb-nguyen"), ("shout them dinner at best", "liam-haddad")]


def test_a_programmes_title_after_its_noun_is_no_speech():
    body = 'Sudhir Rao said on TV Prime\'s flagship programme "The Big Debate" that India would wait.'
    assert speakers(body) == []


def test_names_groups_give_things_are_no_speech():
    body = ('Local cyclists call the narrow stretch outside the container terminal "the gauntlet". Doctors in many '
            'rural areas have taken to calling the vacation months the "summer crunch". Diplomats have taken to calling '
            'the draft political declaration that would underpin the force the "Paris formula".')
    assert speakers(body) == []


def test_a_judge_named_only_by_office_and_surname_keeps_the_office():
    body = '"The accused designed the process," Judge Mthembu said. "He knew," she added.'
    assert [s for _, s in speakers(body)] == ["judge-mthembu", "judge-mthembu"]


def test_a_month_pencilled_in_is_dated():
    from analysis_helpers import analyse
    events = analyse("A second round is penciled in for June, officials said.", "2026-05-14").events
    assert [(e.date, e.precision) for e in events] == [("2026-06", "month")]


def test_dean_before_a_surname_is_a_first_name():
    body = ('Dean Kowalski, secretary of the rail union, said members had raised concerns for years.\n\n'
            '"Our members flagged corrosion on that bridge in 2022."')
    assert speakers(body) == [("Our members flagged corrosion o", "dean-kowalski")]


def test_a_sentence_after_says_name_is_no_clause_it_reports():
    body = ('"It guarantees nothing," says Dr Helen Marsh, a senior fellow.\n\n'
            '"It is a bluff," says Marsh. Not everyone is so sure.')
    assert [s for _, s in speakers(body)] == ["helen-marsh", "helen-marsh"]


def test_names_opening_on_capitals_beyond_latin_1():
    body = ('"We will not lift the tariffs," Maroš Šefčovič said. Advocacy group Ride Ōtepoti said it was "gutted". '
            '"It is time," said Łukasz Nowak.')
    assert speakers(body) == [("We will not lift the tariffs", "maros-sefcovic"), ("gutted", "ride-otepoti"),
                              ("It is time", "lukasz-nowak")]


def test_legal_and_civic_roles_before_a_name():
    body = ('"Today\'s judgment sends a message," said State advocate Lindiwe Dube outside court. Vikram Hegde, convenor '
            'of the federation, said the new rule would "punish people for living in apartments".')
    assert [s for _, s in speakers(body)] == ["lindiwe-dube", "vikram-hegde"]


def test_a_quotation_in_single_marks_that_goes_on_in_the_next_paragraph():
    body = ('Nell Arkwright wrote the play. On the state of regional theatre, Arkwright is blunt.\n\n'
            '‘Places like this are hanging on by their fingernails. Every new play is a small act of defiance.\n\n'
            '‘Politicians talk about culture as though it were a slogan. For us, it’s the heating bill.’')
    assert [s for _, s in speakers(body)] == ["nell-arkwright", "nell-arkwright"]


# Rules from the sealed blind batch 78's misses (measured once on the stop's rules first).

def test_a_live_entrys_time_is_no_word_of_the_body_after_it():
    body = ('**3.40pm** Turkey\'s foreign ministry, which is hosting the talks, said the delegations had "worked in a '
            'constructive atmosphere".')
    assert speakers(body) == [("worked in a constructive atmosp", "turkeys-foreign-ministry")]


def test_a_chief_magistrate_is_a_title():
    body = 'Chief Magistrate Lucy Njeri Wambua said the evidence was "sufficient to require a defence".'
    assert speakers(body) == [("sufficient to require a defence", "lucy-njeri-wambua")]


def test_a_national_government_spokesperson_capitalised_speaks_for_it():
    body = 'A Scottish Government spokesperson said: "The closure was based on the best evidence."'
    assert speakers(body) == [("The closure was based on the be", "scottish-government")]


def test_an_opening_question_put_to_the_subject_is_skipped_for_the_subject():
    body = ('Adaeze Okonkwo directed the film.\n\nAsked why she had turned down offers from a streaming platform, '
            'Okonkwo paused before answering:\n\n"Because a streaming deal would have buried it."')
    assert speakers(body) == [("Because a streaming deal would ", "adaeze-okonkwo")]
    body = ('Henrik Vaaland, the EU’s foreign policy chief, spoke at lunch. Asked whether the EU would consider boarding '
            'vessels, Vaaland said that was “a matter for member states”.')
    assert speakers(body) == [("a matter for member states", "henrik-vaaland")]
