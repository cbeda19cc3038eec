"""Stop 18's rules for the families of speakers still missed across every fixture (README "Common shapes (stop 18,
branch analysis28)"), on strings of their own: each family in three or more shapes, and sentences of the same shapes
where no one can be named, which must stay without a speaker."""
from __future__ import annotations

import pytest

from analysis_helpers import article, people, speakers
from sitegen.analysis import analyse_article
from sitegen.analysis.people import load_gazetteer

# Family: a body whose name has no head noun ("Health Norway", "Port of Aldmouth", "Vantor Energy") as the subject of
# "said in a statement" (a filing, a release, a notice). The statement shows the subject is one body.

STATED = "that the new timetable was \"final and fair\"."


@pytest.mark.parametrize("subject, slug", [
    ("Vantor Energy said in a statement", "vantor-energy"),
    ("Port of Aldmouth said in a statement on Friday", "port-of-aldmouth"),
    ("New Health Partners said on Monday in an emailed statement", "new-health-partners"),
    ("Vantor Energy, the Oslo-based refiner that Brussels fined in 2024, said in a statement", "vantor-energy"),
    ("Grid North, which runs the network in the region, said in a statement", "grid-north"),
    ("Land and Liberty (LL), the governing party, said in a statement", "land-and-liberty"),
    ("France's Vantor Energy said in a filing", "vantor-energy"),
    ("Hauliers' association DEC said in a statement", "dec"),
    ("Not everyone agreed. Justice Now Cymru said in a statement", "justice-now-cymru"),
])
def test_a_name_without_a_head_noun_that_issues_a_statement_is_a_body(subject, slug):
    assert speakers(f"{subject} {STATED}") == [("final and fair", slug)]


@pytest.mark.parametrize("subject", [
    "The Energy Secretary said in a statement",
    "The Information Commissioner said in a statement",
    "The Lord Chief Justice said in a statement",
    "The European Commissioner said in a statement",
    "Earlier, Brussels said in a statement",
    "Maria Okafor and Grid North said in a statement",
    "Both Vantor Energy and Grid North said in a statement",
    "Everyone said in a statement",
    "The chief executive said in a statement",
    "Its owners, Vantor Energy and Grid North, said in a statement",
    "In March, the Home Secretary said in a statement",
    "The union and Port of Aldmouth said in a statement",
])
def test_a_role_a_place_or_two_subjects_saying_it_in_a_statement_is_no_body_named(subject):
    assert speakers(f"{subject} {STATED}") == [("final and fair", None)]


# Family: a second quote in the reported clause of one speech verb, after a passive speech verb ("nobody would be
# asked to leave "…""). The passive has no speaker of its own and, with other words before the quote, does not
# govern it: the sentence's speaker does. A passive right before the quote ("they had been told "…"") does govern it,
# for whoever told them, unnamed.

@pytest.mark.parametrize("sentence, slug", [
    ("Tomasz Wren said the council would act and that no tenant would be asked to move \"without a proper hearing\".",
     "tomasz-wren"),
    ("The Harbour Board said in a statement that the quay would reopen and that skippers would be told to wait "
     "\"until the spring tides\".", "harbour-board"),
    ("Maria Okafor said families being told to leave their flats would get \"every penny back\".", "maria-okafor"),
    ("Okafor's lawyer, Tomasz Wren, said the case was strong and that his client had been asked to stay at home "
     "\"for her own safety\".", "tomasz-wren"),
])
def test_a_passive_speech_verb_inside_what_was_said_leaves_the_quote_to_the_speaker(sentence, slug):
    assert [s for _, s in speakers(sentence)][-1] == slug


@pytest.mark.parametrize("sentence", [
    "Maria Okafor said in a statement that they had been told \"the road was safe\".",
    "Tomasz Wren said his mother was told \"there are no beds\".",
    "Wren said he had been warned that \"the bridge could fail\".",
    "Okafor said drivers are being told \"to wait at home\".",
    "The Harbour Board said skippers had been told that \"the quay is closed\".",
    "Maria Okafor said staff were told that \"no jobs would go\".",
    "Tomasz Wren said patients were asked \"to stay away\".",
    "The union said members had been promised \"a rise by spring\".",
    "Residents said they were told \"nothing could be done\".",
    "Maria Okafor said her son was warned \"never to come back\".",
])
def test_a_passive_speech_verb_right_before_a_quote_is_of_someone_unnamed(sentence):
    assert [s for _, s in speakers(sentence)][-1] is None


# Family: `"…," the statement said` after the sentence in which an organization issued it. A speech word used as a
# noun in that sentence ("the union's claim would cost …") is no later speech verb whose subject spoke instead.

SAID_IT = " \"We will defend it in court,\" the statement said."


@pytest.mark.parametrize("before, slug", [
    ("Vantor Energy said in a statement that the union's claim would cost 2 billion.", "vantor-energy"),
    ("Kestrel Bank said on Monday that a claim by former staff had no merit.", "kestrel-bank"),
    ("Vantor Energy said in a statement that the offer was fair and that the union's demand would close the plant.",
     "vantor-energy"),
    ("Kestrel Bank said its offer was fair, and that their warning of strikes was \"regrettable\".", "kestrel-bank"),
    # (A person's statement too, since stop 24: two blind writers gave "the statement said" after "X said in a
    # statement" to X; before, it was no one's.)
    ("Tomasz Wren said in a statement that the claim was weak.", "tomasz-wren"),
])
def test_the_statement_is_the_organizations_past_a_speech_word_used_as_a_noun(before, slug):
    assert speakers(before + SAID_IT)[-1] == ("We will defend it in court", slug)


@pytest.mark.parametrize("before", [
    "Maria Okafor said the union's claim was weak.",
    "The union's claim was rejected.",
    "Vantor Energy's claim was rejected by the court.",
    "A claim by Vantor Energy was rejected on Monday.",
    "Residents said the claim was weak.",
    "The claim was filed on Monday.",
    "Her warning came too late.",
    "Their comment was brief.",
    "Maria Okafor's warning was clear.",
    "Kestrel Bank said the claim was weak. Maria Okafor said the claim was strong.",
])
def test_the_statement_after_no_organization_speaking_is_no_ones(before):
    assert speakers(before + SAID_IT)[-1] == ("We will defend it in court", None)


# Family: a role as the subject of a sentence that says something first and speaks in a second verb ("In his reply,
# the prime minister thanked her … and said …"): the person the article gave that role, past an opening phrase.

@pytest.mark.parametrize("body, slug", [
    ("Prime Minister Maria Okafor met the unions on Friday. Later, the prime minister praised the drivers and said "
     "the deal was \"a fair one\".", "maria-okafor"),
    ("Coach Tomasz Wren was sacked on Monday. After the match, the coach thanked the fans and said the season had "
     "been \"a long goodbye\".", "tomasz-wren"),
    ("The port's chairman, Tomasz Wren, closed the quay on Monday. In a letter to skippers, the chairman "
     "apologised and warned that the ban would last \"until the storm passes\".", "tomasz-wren"),
])
def test_a_role_opening_a_sentence_after_a_phrase_is_the_one_given_that_role(body, slug):
    assert speakers(body)[-1][1] == slug


@pytest.mark.parametrize("body", [
    "After the match, the coach thanked the fans and said the season had been \"a long goodbye\".",
    "In a letter, the spokesman thanked them and said the ban would last \"until the storm passes\".",
    "Prime Minister Maria Okafor met Defence Minister Tomasz Wren. Later, the minister praised the drivers and said "
    "the deal was \"a fair one\".",
    "Coach Tomasz Wren was sacked on Monday. After the match, the captain thanked the fans and said the season had "
    "been \"a long goodbye\".",
    "On Friday, the official praised the drivers and said the deal was \"a fair one\".",
    "Later, the minister praised the drivers and said the deal was \"a fair one\".",
    "In his reply, the chairman thanked her and said she would \"serve again\".",
    "At the hearing, the judge thanked the jury and said the case was \"a hard one\".",
    "Coach Tomasz Wren and coach Ann Byrne met on Monday. Later, the coach thanked the fans and said the season was "
    "\"a long goodbye\".",
    "During the visit, the president praised the nurses and said the ward was \"a model\".",
])
def test_a_role_no_one_named_was_given_speaks_for_no_one(body):
    assert speakers(body)[-1][1] is None


# Family: `"…," he told Sky Sports` after a sentence about someone. The outlet told is no subject, but the "he" is;
# a participle after a comma ("…, arguing that Tom Reed had …") is the subject's speech, so the name inside it is
# what was said, not the last subject; "boss" before a name is a role, as "manager" is.

@pytest.mark.parametrize("body, slug", [
    ("Mark Pryce, the City manager, was furious, arguing that Tom Reed had been fouled. \"Everyone saw it,\" he told "
     "Sky Sports.", "mark-pryce"),
    ("Tesla boss Ann Byrne was upbeat, insisting that Tom Reed would stay. \"He is going nowhere,\" she told CNBC.",
     "ann-byrne"),
    ("City boss Mark Pryce was furious with the winner. \"Everyone saw it,\" he told Radio Kent.", "mark-pryce"),
])
def test_he_told_an_outlet_is_the_subject_before_past_the_names_of_what_they_said(body, slug):
    assert speakers(body)[-1][1] == slug


@pytest.mark.parametrize("body", [
    "The club's boss was furious. \"Everyone saw it,\" he told Sky Sports.",
    "A United boss was furious. \"Everyone saw it,\" he told Sky Sports.",
    "Mark Pryce and Tom Reed argued after the game. \"Everyone saw it,\" he told Sky Sports.",
    "\"Everyone saw it,\" he told Sky Sports.",
    "Tom Reed was asked about the goal. \"Everyone saw it,\" she told Sky Sports.",
    "The referee was furious, arguing that the goal stood. \"Everyone saw it,\" he told Sky Sports.",
    "Fans were furious, arguing that Tom Reed had dived. \"Everyone saw it,\" he told Sky Sports.",
    "The manager was furious with Tom Reed and Mark Pryce. \"Everyone saw it,\" he told Sky Sports.",
    "City's boss said nothing. \"Everyone saw it,\" she told Radio Kent.",
    "One steward was furious, arguing that Tom Reed had been fouled. \"Everyone saw it,\" he told Sky Sports.",
])
def test_he_told_an_outlet_after_no_one_it_can_be_is_no_ones(body):
    assert speakers(body)[-1][1] is None


# Family: thanking someone in words the article quotes ("thanked Germany for being "…"", "thanked her for her "…""):
# the words are the thanker's; the one thanked, in the passive, said nothing.

@pytest.mark.parametrize("sentence, slug", [
    ("Maria Okafor thanked the nurses for their \"extraordinary care\".", "maria-okafor"),
    ("In her speech, Prime Minister Ann Byrne thanked Kestrel Bank for being \"a patient partner\".", "ann-byrne"),
    ("Kestrel Bank thanked its staff for their \"remarkable patience\".", "kestrel-bank"),
])
def test_whoever_thanks_someone_in_quoted_words_said_them(sentence, slug):
    assert [s for _, s in speakers(sentence)] == [slug]


@pytest.mark.parametrize("sentence", [
    "Tom Reed was thanked for his \"quiet courage\".",
    "Maria Okafor was warmly thanked for her \"quiet courage\".",
    "The nurses, whom Maria Okafor thanked, said the ward was \"a disaster\".",
    "She thanked him for being \"a true friend\".",
    "A spokesman thanked the nurses for their \"extraordinary care\".",
    "Residents thanked the nurses for their \"extraordinary care\".",
    "The nurses were thanked for their \"extraordinary care\".",
    "Tom Reed and Maria Okafor thanked the nurses for their \"extraordinary care\".",
    "Thanks to Tom Reed, the ward had \"extraordinary care\".",
    "Tom Reed, thanked by the mayor for his \"quiet courage\", said nothing.",
])
def test_the_one_thanked_or_an_unnamed_thanker_said_nothing_quoted(sentence):
    assert not any(slug for _, slug in speakers(sentence))


# "It" after a body quoted in the paragraph before is the body this paragraph has speaking just before, when it has one
# ("thanked" is a speech verb since this round: without this, the first body got the second's words).

def test_it_is_the_body_speaking_just_before_not_the_one_quoted_a_paragraph_earlier():
    body = ("The Harbour Authority said the berths were \"safe to use again\".\n\n"
            "Norway's fisheries ministry confirmed the closure, saying inspectors would return in spring. "
            "It thanked the crews for their \"patience and care\".")
    assert speakers(body) == [("safe to use again", "harbour-authority"),
                              ("patience and care", "norways-fisheries-ministry")]
    # With no other body speaking in between, "it" is still the one quoted in the paragraph before.
    body = ("The Harbour Authority said the berths were \"safe to use again\".\n\n"
            "Inspectors will return in spring. \"We expect no further closures,\" it added.")
    assert speakers(body) == [("safe to use again", "harbour-authority"),
                              ("We expect no further closures", "harbour-authority")]


def test_the_ministry_is_the_one_named_speaking_just_before_not_one_quoted_further_back():
    body = ("Brazil's agriculture ministry said exports had \"never been stronger\".\n\n"
            "Argentina's economy ministry said on Tuesday that it would cut the export duty. "
            "\"Farmers have waited long enough,\" the ministry said.")
    assert speakers(body) == [("never been stronger", "brazils-agriculture-ministry"),
                              ("Farmers have waited long enough", "argentinas-economy-ministry")]
    # With no other ministry speaking in between, it is still the one quoted before.
    body = ("Brazil's agriculture ministry said exports had \"never been stronger\".\n\n"
            "Prices rose again on Tuesday. \"Farmers have waited long enough,\" the ministry said.")
    assert speakers(body) == [("never been stronger", "brazils-agriculture-ministry"),
                              ("Farmers have waited long enough", "brazils-agriculture-ministry")]


# A body's name with "of"/"for" inside keeps them: "Port of Aldmouth, the port authority", "the Office for the
# Protection of Coastal Waters" are named in full when "the authority", "the office" speaks later.

def test_a_body_set_off_by_a_description_keeps_the_of_in_its_name():
    body = ("Port of Aldmouth, the harbour authority, said it had closed two berths. "
            "\"Safety comes first,\" the authority said.")
    assert speakers(body) == [("Safety comes first", "port-of-aldmouth")]
    body = ("Office of Rail Safety, the regulator, said it had grounded two trains. \"We will not take risks,\" the "
            "regulator said.")
    assert speakers(body) == [("We will not take risks", "office-of-rail-safety")]


def test_a_body_named_with_for_keeps_the_rest_of_its_name():
    body = ("The figures come from the Joint Agency for the Return of Deported Children. "
            "The agency said in a statement that the list was \"far from complete\".")
    assert speakers(body) == [("far from complete", "joint-agency-for-the-return-of-deported-children")]


# "Kremlin spokesman Dmitry Peskov said … "A" but would respond to "B"": a body's name before a role and its holder's
# name says whose role it is; the holder is the sentence's subject, for the second quote too.

BODIES = load_gazetteer([{"name": "Kremlin", "kind": "organization"}, {"name": "Pentagon", "kind": "organization"},
                         {"name": "Gazprom", "kind": "organization"}], "people.yaml")


@pytest.mark.parametrize("subject, slug", [
    ("Pentagon press secretary Lina Ortiz", "lina-ortiz"),
    ("Gazprom chief executive Pavel Orlov", "pavel-orlov"),
    ("Kremlin spokesman Arkady Belov", "arkady-belov"),
])
def test_the_holder_of_a_bodys_role_is_the_subject_for_every_quote_of_the_sentence(subject, slug):
    body_text = f"{subject} said the strikes were \"precise\" but warned of \"more to come\"."
    found = analyse_article(article(body_text), (), BODIES)
    assert [(q.text, q.speaker) for q in found.quotes] == [("precise", slug), ("more to come", slug)]


# Works and names that are nobody's words: a title after the kind of work it is, a name a group gives itself.

@pytest.mark.parametrize("sentence", [
    "Her second book, \"The Salt of Days\", sold well in Chile.",
    "In 1998 he published a memoir, \"The Sea of Ice\", which sold well.",
    "The film, \"A House by the River\", opens on Friday.",
    "Parliament passed the bill, \"Clean Rivers for All\", on Tuesday.",
    "A crew calling itself \"NightOwl\" claimed the theft.",
    "The activists, who call themselves \"Last Harvest\", blocked the road.",
])
def test_a_title_or_a_self_given_name_is_no_quote(sentence):
    assert speakers(sentence) == []


def test_words_said_in_title_case_after_a_book_are_still_a_quote():
    assert speakers("In her book she wrote that the farm \"was never ours to sell\", her editor said.") == [
        ("was never ours to sell", None)]


# A surname of two words used alone ("Sanchis Ortega", "Abdel Aziz", "Pereira Gomes") is the person named in full
# before with it; two people ending so are neither.

@pytest.mark.parametrize("full, short, slug", [
    ("Ana Lucía Pereira Gomes", "Pereira Gomes", "ana-lucia-pereira-gomes"),
    ("Mahmoud Abdel Aziz", "Abdel Aziz", "mahmoud-abdel-aziz"),
    ("Juan Carlos Ferrer Llorens", "Ferrer Llorens", "juan-carlos-ferrer-llorens"),
])
def test_a_two_word_surname_alone_is_the_person_named_in_full(full, short, slug):
    body = (f"The finance director, {full}, signed the contracts in 2019.\n\n"
            f"In one email, {short} told a colleague to \"keep the second set of books at home\".")
    assert speakers(body) == [("keep the second set of books at", slug)]
    assert short.lower().replace(" ", "-") not in {p for p in people(body) if p != slug}


def test_a_two_word_surname_two_people_share_is_nobody():
    body = ("Luis Pereira Gomes, 61, and Tomás Pereira Gomes, 58, ran the firm for decades.\n\n"
            "Pereira Gomes told reporters the firm would \"fight every charge\".")
    assert speakers(body) == [("fight every charge", None)]


# Two people of one surname and a title: the one the article's own he or she right after the full name fits.

def test_mr_or_ms_picks_the_one_the_article_calls_he_or_she():
    body = ("Cllr Morwenna Trelawny, who chairs the committee, said the plan was overdue. \"It is time,\" she said.\n\n"
            "Cllr Jory Trelawny, who is no relation, said he feared the cost. \"It is too much,\" he said.\n\n"
            "Ms Trelawny replied that the plan was \"already paid for\". Mr Trelawny said it was \"a gamble\".")
    assert speakers(body) == [("It is time", "morwenna-trelawny"), ("It is too much", "jory-trelawny"),
                              ("already paid for", "morwenna-trelawny"), ("a gamble", "jory-trelawny")]
