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
