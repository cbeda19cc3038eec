"""Analysis rules of stop 72, from the misses of its blind batches (467 on), each tested on strings of its own, with
the guards its reviews asked for."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str) -> list:
    return [q.speaker for q in analyse(body).quotes]


def test_words_shouted_as_someone_answered_are_not_the_answerers():
    # (From batch 470: 'people in the gallery shouted "Thief!" as Mthembu answered' gave the shout to the accused.)
    lead = "Sipho Mthembu, 52, is accused of fraud. He has pleaded not guilty.\n\n"
    for verb in ("answered", "replied", "responded"):
        body = lead + f'Several people in the public gallery shouted "Thief!" as Mthembu {verb}, prompting a warning.'
        assert _speakers(body) == [None], verb
    # (A reply right after the words is still the one who replied, and so is one after "as" with no one else's shout
    # before the words: the review's guards.)
    assert _speakers(lead + '"I did not know," Mthembu replied.') == ["sipho-mthembu"]
    assert _speakers(lead + '"I think not," as Mthembu countered.') == ["sipho-mthembu"]


def test_a_question_set_off_after_asked_by_is_the_askers_named_or_not():
    # (From batch 469: "Asked by Priya Raman of Halden Capital, "…?", Brandt replied:" gave the question to Brandt.)
    body = ('Ridgeway chief executive Thomas Brandt acknowledged the risk on a call. Asked by Priya Raman of Halden '
            'Capital, "Is there any scenario where this becomes a problem?", Brandt replied: "I would be lying if I said no."')
    assert _speakers(body) == ["priya-raman", "thomas-brandt"]
    # Someone unnamed asking: the question is no one's the article names, not the one who answers.
    body = ('Tom Reed, the minister, faced the press.\n\nAsked by a reporter, "Will you resign?", Reed said: "Not '
            'today."')
    assert _speakers(body) == [None, "tom-reed"]
    # (The review's guards: only a question is the asker's — an answer set off after "asked by" is the answerer's.)
    body = ('Prime Minister Tom Baird held a press conference.\n\nAsked by Laura Kemp of the Herald, "Absolutely not," '
            'Baird replied.')
    assert _speakers(body) == ["tom-baird"]
    body = 'Prime Minister Tom Baird held a press conference.\n\nPressed by a reporter, "I have answered that," said Baird.'
    assert _speakers(body) == ["tom-baird"]


def test_a_given_name_opening_a_sentence_whose_words_follow_a_colon_is_a_person():
    # (From batch 470: "Janet Boudreau agreed: "…"" after her sister "Lisa Boudreau" went on as Lisa's words.)
    body = ('"It is the best night out I have had in years," said Lisa Boudreau, who drove in with her sister. Janet '
            'Boudreau agreed: "We laughed until we cried."')
    assert _speakers(body) == ["lisa-boudreau", "janet-boudreau"]
    # (The review's guard: a name in a clause of time before the colon does not take the words.)
    body = ('Anna Berg and Tom Reed left the court together.\n\nSpeaking outside court, Anna Berg said, as Tom Reed '
            'wept: "Justice has been done."')
    assert _speakers(body) == ["anna-berg"]
    # (Nor a place's name before its people: "Rose Hill residents were furious: "…"".)
    assert _speakers('Rose Hill residents were furious: "Nobody asked us."') == [None]


def test_a_name_after_its_age_or_a_small_title_before_he_said_is_a_person():
    # (From batch 468: "Nine-year-old Lachie Fraser was less sentimental. "…," he said." and "a dawn blessing led by
    # kaumātua Hemi Tahana. "…," he said." found no one.)
    body = 'Nine-year-old Lachie Fraser was less sentimental. "The engine room is the best bit," he said.'
    assert _speakers(body) == ["lachie-fraser"]
    body = 'The doors opened after a dawn blessing led by kaumātua Hemi Tahana. "Today those stories come home," he said.'
    assert _speakers(body) == ["hemi-tahana"]
    # (The guard: a firm after its kind is no person the "she" after it could be.)
    body = ('I put this to Nkechi Adeyemi-Ross, who tracks tankers for the maritime consultancy Tidewater Analytics. '
            '"The ships simply change their flag," she said.')
    assert _speakers(body) == ["nkechi-adeyemi-ross"]
    assert _speakers('The collapse was handled by administrator Grant Thornton. "We are reviewing all claims," he said.') \
        == [None]


def test_a_countys_offices_before_a_name_are_its_title():
    # (From batch 468: "County Administrator Tom Bellamy said" spoke as "County Administrator Tom Bellamy".)
    for title, slug in (("County Administrator Tom Bellamy", "tom-bellamy"), ("Public Defender Marcus Ohanian",
                                                                              "marcus-ohanian"),
                        ("Town Clerk Amy Fox", "amy-fox")):
        assert _speakers(f'"We shut it down," {title} said.') == [slug], title
    # (The guard of stop 63 stands: "Prosecutor Jones" is no title and a surname.)
    assert _speakers('Prosecutor Jones told the court the defendant had "lied repeatedly".') == ["prosecutor-jones"]


def test_someone_unnamed_with_or_to_a_titled_person_is_not_them():
    # (From batch 469: "**9.45pm** One official travelling with the Prime Minister told reporters … "fought over line
    # by line"" went to the prime minister, a live blog's time stamp before the unnamed official.)
    lead = "Prime Minister Catherine Moyes arrived in London on Monday.\n\n"
    for line in ('**9.45pm** One official travelling with the Prime Minister told reporters it was "fought over line '
                 'by line".', 'An aide to the Prime Minister said the text was "nearly done".',
                 '9.55pm: A source close to the Prime Minister said it was "a long night".'):
        assert _speakers(lead + line) == [None], line
    # (A spokesperson for a body still speaks for it.)
    assert _speakers('"We regret the delay," a spokesperson for the Prime Minister said.')[0] is None


# -- the second wave (batches 471–474) ----------------------------------------------------------------------------


def test_someone_unnamed_after_an_opening_phrase_with_a_clause_of_its_own_is_the_she_after():
    # (From batch 472: "At the council's service centre, which has gone back to paper forms, one ratepayer said she …
    # "…," she said." gave the words to the analyst quoted before; batch 471: "One steward at the Hill 16 end said
    # he …" to the referee.)
    lead = 'Security analyst Tamsin Ngata said the council was an easy target. "They do their homework," she said.\n\n'
    body = (lead + "At the council's service centre, which has gone back to paper forms, one ratepayer said she had been "
            'unable to pay. "I don\'t mind the paper," she said.')
    assert _speakers(body) == ["tamsin-ngata", None]
    body = ('Referee Shane Kiely awarded a late free.\n\nOne steward at the Hill 16 end said he had never heard anything '
            'like it. "I\'ve worked finals for 25 years," he said.')
    assert _speakers(body) == [None]
    # (A named subject after such a phrase still speaks: the guard.)
    body = lead + 'At the centre, which reopened on Monday, Tamsin Ngata said it was busy. "Queues all day," she said.'
    assert _speakers(body)[-1] == "tamsin-ngata"


def test_a_plural_after_a_word_of_quantity_is_a_noun_not_the_speech_verb():
    # (From batch 472: "Grant Fowler said … that all calls in the final five minutes would be reviewed "…"" found
    # "calls" the verb, its subject "all".)
    body = ('League umpiring manager Grant Fowler said in a statement on Monday that all calls in the final five minutes '
            'would be reviewed "as a matter of course", as they are after every match decided in extra time.')
    assert _speakers(body) == ["grant-fowler"]
    # (A verb after such a word is still one: "they all said" keeps its speakers' words, no noun made of "said".)
    body = 'Ann Lee and Tom Reed met on Monday.\n\nLee said the talks had "all gone well".'
    assert _speakers(body) == ["ann-lee"]


def test_a_name_set_off_as_someones_part_or_kin_is_a_person():
    # (From batch 472: "Keenan Petersen, as the grandson who wants to sell the family's claim, gives …" — then "he
    # said" found no one.)
    body = ("Keenan Petersen, as the grandson who wants to sell the family's claim, gives a performance of real nuance. "
            'Speaking after the show, he said the role had been "the hardest and best thing" he had done.')
    assert _speakers(body) == ["keenan-petersen"]


def test_the_department_is_the_one_named_here_not_a_ministry_quoted_before():
    # (From batch 474: a live page's "The Department of Foreign Affairs and Trade has issued a statement. "…," the
    # department said." went to Britain's Ministry of Defence, quoted an entry before.)
    body = ('**10.02pm** — Britain\'s Ministry of Defence says its planners are ready. "The planning is done," a ministry '
            'spokesperson said.\n\n**9.20pm** — The Department of Foreign Affairs and Trade has issued a short '
            'statement. "Australia supports a just peace," the department said.')
    assert _speakers(body) == ["britains-ministry-of-defence", "department-of-foreign-affairs-and-trade"]
    # (The review's guards: a body so named that does not speak, and the word opening a sentence before a noun, leave
    # "the department" the one that spoke before.)
    body = ('The Home Office said 500 people crossed the Channel.\n\nThe Department for Work and Pensions has not '
            'commented. "We are stopping the boats," the department said.')
    assert _speakers(body) == ["home-office"]
    body = 'The Home Office said it would appeal.\n\nDepartment figures show a rise. "We will appeal," the department said.'
    assert _speakers(body) == ["home-office"]


def test_a_body_set_off_with_what_it_is_before_its_verb_is_the_it_after():
    # (From batch 474: "Shared Health, the provincial health authority, said hospitals were prepared. "…," it said"
    # went to the body quoted in the paragraph before.)
    body = ('The Department of Health has issued a short statement. "We support the nurses," the department said.\n\n'
            'Shared Health, the provincial health authority, said hospitals were prepared. "Patient care will not be '
            'affected," it said in a statement.')
    assert _speakers(body) == ["department-of-health", "shared-health"]


def test_a_title_ends_at_its_role_before_a_given_name_the_lexicon_lacks():
    # (From batch 474: "Additional Public Prosecutor Shalini Gaikwad" spoke under a name of five words.)
    body = 'Additional Public Prosecutor Shalini Gaikwad told the court the records were "clear".'
    assert _speakers(body) == ["shalini-gaikwad"]
    # (Stop 63's guard stands: "Prosecutor" alone is no title.)
    assert _speakers('Prosecutor Jones told the court the defendant had "lied repeatedly".') == ["prosecutor-jones"]


def test_a_firm_named_by_its_trade_is_no_person_and_its_short_name_is_the_firm():
    # (From batches 472 and 474: "private operator GreenCircle Waste announced changes" made a person of the firm, and
    # "GreenCircle said …. In a statement, the company said: "…"" found no company; "Atlantic Ground Handling said …"
    # ¶ ""…," the company said" likewise.)
    body = ('Households will move to fortnightly collections after private operator GreenCircle Waste announced changes.'
            '\n\nGreenCircle said the change was needed to meet recycling targets. In a statement, the company said: '
            '"Households that recycle will see little change."')
    assert _speakers(body) == ["greencircle-waste"]
    body = ('About 180 baggage handlers employed by Atlantic Ground Handling walked off the job.\n\nAtlantic Ground Handling '
            'said it was "deeply disappointed" by the action.\n\n"The company has made a fair offer," the company said in a '
            'statement.')
    assert _speakers(body) == ["atlantic-ground-handling", "atlantic-ground-handling"]
    # (The review's guard: a surname that is also a trade's word stays a person's.)
    body = 'Colin Timber said the wood had rotted. "It is a disgrace," Timber added.'
    assert _speakers(body) == ["colin-timber"]


# -- the third wave (batches 475–478, for measurement) ------------------------------------------------------------


def test_a_companion_who_shrugs_right_before_the_words_said_them():
    # (From batch 475: "Serhiy, a drone operator who gave only his first name, said …. His comrade shrugged and reached
    # for his cigarettes. "…," he said." gave the comrade's words to Serhiy.)
    body = ('Serhiy Koval, a 34-year-old drone operator, said he would welcome foreign troops "if they are here". His comrade '
            'shrugged and reached for his cigarettes. "Whatever they sign, we will still be here," he said.')
    assert _speakers(body) == ["serhiy-koval", None]
    # (A companion who only did something else is no speaker: "His comrade was killed in 2023. "…," he said.")
    body = ('Serhiy Koval, a 34-year-old drone operator, said he would welcome foreign troops "if they are here". His comrade '
            'was killed in 2023. "It still hurts," he said.')
    assert _speakers(body) == ["serhiy-koval", "serhiy-koval"]


def test_a_place_after_on_in_the_storys_first_subject_is_no_company():
    # (From batch 475: "Islanders on Inis Mór have said …" … "In a statement, the company said it "…"" gave the words
    # to the island.)
    body = ('Islanders on Inis Mór have said they feel "cut off from the mainland" after sailings were cancelled.\n\n'
            'In a statement, the company said it "sincerely apologises to islanders" for the disruption.')
    assert _speakers(body) == [None, None]
    # (A body's name before what it owns still is: "Homeowners on Persimmon estates say …".)
