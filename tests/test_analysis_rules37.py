"""Attribution and timeline rules of stop 37, drawn from the misses of blind batch analysis 69 (measured on main before
any rule) and from long-standing misses of the labelled articles, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import PEOPLE, analyse, article, speakers
from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer
from sitegen.model import Article


def test_ben_opening_a_name_is_a_first_name_not_a_particle():
    # ("ben" is a particle in "Ben-Gurion"; capitalized before a surname it is a given name.)
    body = 'Ben Hartley was blunt: "The ward cannot take another winter like the last one."'
    assert speakers(body) == [("The ward cannot take another wi", "ben-hartley")]


def test_a_name_after_who_the_person_is_opens_the_sentence():
    body = 'The composer Ben Lowry is less diplomatic: "There were weeks when nobody in the house spoke."'
    assert speakers(body) == [("There were weeks when nobody in", "ben-lowry")]


def test_a_name_set_off_after_a_role_has_its_verb_past_the_comma():
    # (The next paragraph's "She" is the profile's subject: it tells nothing of Lowry.)
    body = ('Anna Okoro wrote the novel in a shed at the bottom of her garden.\n\n'
            'Her husband, the composer Ben Lowry, is less diplomatic: "There were weeks when nobody in the house spoke."\n\n'
            'She says the next book will be shorter.')
    assert speakers(body) == [("There were weeks when nobody in", "ben-lowry")]


def test_words_inside_a_quote_are_nobody_a_later_he_might_mean():
    body = ('In the winery, assistant winemaker Tom Achebe was checking the first pressing. "Twenty-one Brix. That\'s '
            'lovely," he said.')
    assert speakers(body) == [("Twenty-one Brix. That\'s lovely", "tom-achebe")]


def test_a_role_with_no_article_set_off_after_the_name_before_a_colon():
    body = ('Petra Sommer, district secretary of the IG Metall union, was more measured but just as wary: "A promise in '
            'a shareholder letter is a promise to shareholders."')
    assert speakers(body) == [("A promise in a shareholder lett", "petra-sommer")]


def test_the_body_whose_role_the_person_holds_is_not_the_subject_before_a_colon():
    # (The EU as the gazetteer knows it: an organization, named first in the sentence, possessive.)
    people = PEOPLE + load_gazetteer([{"name": "European Union", "aliases": ["EU"], "kind": "organization"}], "people.yaml")
    body = ('Arriving in Brussels, the EU\'s foreign policy chief, Kaja Kallas, was blunt: "If we cannot agree this '
            'package today, Moscow will read it as permission."')
    quotes = analyse_article(article(body), (), people).quotes
    assert [(q.text[:31], q.speaker) for q in quotes] == [("If we cannot agree this package", "kaja-kallas")]


def test_a_she_opening_a_paragraph_in_a_profile_is_not_a_voice_quoted_in_passing():
    # (A guard as much as a rule: the novelist, now read as a person for the doer's noun before her name, would
    # otherwise take the profile's next "she".)
    body = ('Ilse Varga is folding towels in the launderette her grandmother opened in 1971. "I was raised in here," '
            'she says.\n\n'
            'Varga left school at sixteen. Her first novel sold modestly, and she went back to the counter.\n\n'
            'Her new novel follows three sisters and a family secret. Varga spent four years on it.\n\n'
            'Early reviewers agree. The Caledonian Review called the new book "a quiet masterpiece", and the novelist '
            'Morag Fenwick, in a cover quote, said it was "the best book about leaving I have read".\n\n'
            'She writes longhand, most mornings. "The machines make a noise like the sea," she says.')
    assert speakers(body)[-1] == ("The machines make a noise like ", "ilse-varga")


def test_in_news_the_he_after_a_voice_quoted_in_passing_stays_that_voice():
    # (A guard: the rule above is a profile's, told by its present tense; news, in the past, keeps the nearest voice.)
    body = ('Zelensky spoke with European leaders on Saturday and said Europe must be involved.\n\n'
            'Zelensky wants a direct meeting with Putin. He has said so for months.\n\n'
            'Zelensky met Macron in Paris last week, and Prime Minister Keir Starmer said the talks were "useful".\n\n'
            'He said the Kremlin "will continue to drag out time".')
    assert speakers(body)[-1] == ("will continue to drag out time", "keir-starmer")


def test_according_to_a_role_then_the_name_set_beside_it():
    body = ('Kelmarsh had led through an early header and were "in cruise control", according to their manager, '
            'Gary Linton, until the break.')
    assert speakers(body) == [("in cruise control", "gary-linton")]


def test_a_party_and_ward_in_brackets_after_a_name_are_no_one_else():
    body = ('Cllr Martin Oduya (Lab, Millbrook East), whose ward includes the site, spoke against the plan. He said the '
            'council had "bent over backwards for a private company".')
    assert speakers(body) == [("bent over backwards for a priva", "martin-oduya")]


def test_the_company_is_the_body_described_by_a_kind_of_company_without_a_comma():
    body = ('Under a timetable drawn up by the state-owned operator Western Isles Marine Services, the ferry will sail '
            'only in daylight. The company says the change will free a vessel for "busier routes" elsewhere.')
    assert speakers(body) == [("busier routes", "western-isles-marine-services")]


def test_he_goes_on_gives_more_words_of_the_same_speaker():
    body = ('Captain Alasdair MacRae, 61, has done this thousands of times. "People think night crossings are romantic," '
            'he says.\n\n'
            '"We used to say the boat was the island\'s ambulance," he goes on. "After September she\'s none of those '
            'things at night."')
    assert speakers(body) == [("People think night crossings ar", "alasdair-macrae"),
                              ("We used to say the boat was the", "alasdair-macrae"),
                              ("After September she's none of t", "alasdair-macrae")]


def test_an_inn_named_after_a_person_is_no_one_a_she_might_mean():
    body = ('Morag Ferguson runs the Skerrin Inn, which relies on visitors from the late boat. "Half my weekend trade '
            'comes off that ferry," she says.')
    assert speakers(body) == [("Half my weekend trade comes off", "morag-ferguson")]


def test_words_said_to_oneself_after_a_colon_are_the_last_subject_s():
    body = ('Captain Alasdair MacRae has sailed the route for 19 years.\n\n'
            'At 1.15am the lights of the port appear. MacRae points them out without a word. Then, almost to himself: '
            '"Nineteen years. You\'d think I\'d be used to the view."')
    assert speakers(body) == [("Nineteen years. You\'d think I\'d", "alasdair-macrae")]


def test_a_view_someone_rejected_after_the_words_is_not_who_said_them():
    body = ('Chief executive Luis Echeverria told analysts last week that the strike was "manageable," a view the '
            'union\'s leader, Carmen Valdes, rejected on Wednesday.')
    assert speakers(body) == [("manageable", "luis-echeverria")]


def test_a_company_named_short_is_the_one_named_with_its_suffix():
    body = ('Workers at the mine, operated by Andina Copper Corp, walked out on Sept. 29.\n\n'
            'Andina Copper said it had made "a fair and generous proposal" to the union.')
    assert speakers(body) == [("a fair and generous proposal", "andina-copper-corp")]


def test_a_month_in_a_clause_of_the_past_is_the_last_one():
    events = analyse('Ashby chairman Roy Mabbutt, who completed a takeover of the club in October, said the win would '
                     'bring in new fans.', date="2026-05-10").events
    assert [(e.date, e.precision) for e in events] == [("2025-10", "month")]


# After blind batch 70 (sealed until measured once on the rules above).

def test_a_role_on_something_set_off_before_the_name_says_a_person():
    body = ('Her producer on the last three records, Ciaran Lusk, is more sceptical. "I have heard this speech three '
            'times now," he says.')
    assert speakers(body) == [("I have heard this speech three ", "ciaran-lusk")]


def test_an_interview_question_in_italics_is_answered_by_the_one_interviewed():
    body = ('Morwenna Tallis is late, and apologetic about it. “The ferry,” she says.\n\n'
            'Her new album is out on October 24.\n\n'
            '*Is it a grief record?*\n\n'
            '“People will call it that. I would rather they did not.”\n\n'
            '*Do you still get nervous before you go on?*\n\n'
            '“Every night. The day I do not is the day I stop.”')
    assert speakers(body) == [("The ferry", "morwenna-tallis"), ("People will call it that. I wou", "morwenna-tallis"),
                              ("Every night. The day I do not i", "morwenna-tallis")]


def test_a_profile_s_she_long_after_her_name_is_the_one_its_headline_names():
    body = ('Morwenna Tallis is late, and apologetic about it. "The ferry," she says.\n\n'
            'Her producer, Ciaran Lusk, is more sceptical. "I have heard this speech before," he says.\n\n'
            'The album is out on October 24.\n\n'
            'The tour that follows has 22 dates.\n\n'
            'Tickets went on sale on Friday.\n\n'
            'The last date is in London.\n\n'
            'She is less guarded on the subject of money. "The government talks about the arts as if they were a car '
            'plant," she says.')
    profile = Article(slug="a", title="Morwenna Tallis: one last tour", body=body, paragraphs=markdown.paragraphs(body))
    quotes = analyse_article(profile, (), PEOPLE).quotes
    assert [(q.text[:31], q.speaker) for q in quotes][-1] == ("The government talks about the ", "morwenna-tallis")


def test_words_opening_a_paragraph_then_a_she_laughing_are_hers():
    body = ('Morwenna Tallis is late. "The ferry," she says.\n\n'
            '"I did, didn\'t I?" She laughs, a low, smoky laugh. "And I meant it then too."\n\n'
            'She pauses, then smiles. "Which, I suppose, is the whole point."')
    assert speakers(body) == [("The ferry", "morwenna-tallis"), ("I did, didn't I?", "morwenna-tallis"),
                              ("And I meant it then too.", "morwenna-tallis"),
                              ("Which, I suppose, is the whole ", "morwenna-tallis")]


def test_the_company_is_the_body_just_described_as_one_over_a_paper_quoted_before():
    body = ('The Skelby Mercury called the cinema "a palace for the people" when it opened.\n\n'
            'It closed for a year in 1974 and again in 1991.\n\n'
            'The building was sold in June to a developer, Coastline Living, which plans to turn it into flats. The '
            'company said it was "acutely aware of the building\'s place in the town".')
    assert speakers(body)[-1] == ("acutely aware of the building's", "coastline-living")


def test_a_counterpart_set_off_after_while_is_not_the_one_who_said_before():
    # (Before: the words went to the first minister, whose "said" came before the while clause.)
    body = ('Lithuania\'s foreign minister, Rimas Jankauskas, said Europe "cannot wait", while his counterpart, Helena '
            'Marques Sobral, struck a more cautious note: "We need to build this step by step."')
    assert speakers(body) == [("cannot wait", "rimas-jankauskas"), ("We need to build this step by s", "helena-marques-sobral")]


def test_says_a_doer_then_the_name_gives_the_name():
    body = '"I saw my first film here in 1958," says retired postman Keith Arbuthnot, 74, who comes every Friday.'
    assert speakers(body) == [("I saw my first film here in 195", "keith-arbuthnot")]


# Guards from the review of the rules above: shapes they must leave as they were.

def test_a_firm_named_after_its_founder_leaves_the_founder_a_person():
    body = ('Tom Reed founded Tom Reed Holdings in 1990. "We started in a garage," Reed said. He said the firm would '
            'not move.')
    assert speakers(body) == [("We started in a garage", "tom-reed")]


def test_a_role_ending_like_a_view_word_before_a_name_is_still_the_speaker():
    body = '"He was comfortable overnight," the charge nurse, Ann Lee, said.'
    assert speakers(body) == [("He was comfortable overnight", "ann-lee")]


def test_a_word_ending_like_a_doer_s_opening_a_clause_makes_no_name_a_person():
    body = ('In June, after Coastline Living bought the cinema, she started a petition. "We will not give up," she '
            'said.')
    assert speakers(body) == [("We will not give up", None)]


def test_the_kind_of_business_opening_the_sentence_is_no_part_of_its_name():
    body = ('Operator Greenline Coaches says the depot will let it replace its fleet. In its application, the company '
            'said the scheme would "transform the reliability of rural services".')
    assert speakers(body) == [("transform the reliability of ru", "greenline-coaches")]


def test_someone_unnamed_the_words_were_sent_to_is_not_who_wrote_them():
    body = ('Prosecutor Ann Okonjo read to the jury a series of emails recovered from Mr Pelling\'s work account.\n\n'
            'Graham Pelling, 58, denies the charges.\n\n'
            'Ms Okonjo read another. In one, sent to a sales manager on 14 February 2024, he wrote: "Bishkek only."')
    assert speakers(body) == [("Bishkek only.", "graham-pelling")]
