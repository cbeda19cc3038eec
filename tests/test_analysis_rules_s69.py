"""Analysis rules of stop 69, from the misses of its blind batches (423 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def _kinds(body: str) -> dict:
    return {p.slug: p.kind for p in analyse(body).people}


def test_a_paragraph_of_quotation_after_a_reported_sentence_that_quotes_a_few_words():
    # (From batch 424: `St Fintan's manager Seán Mulrooney said the title had been built on "hard nights in the rain"
    # and paid tribute to a panel …` then two paragraphs of his quotation had no speaker.)
    body = ('Coach Orla Brennan said the win had come from "a lot of cold mornings" and thanked the parents who drove '
            'the squad to every away game.\n\n"Nobody gave us a chance in March. We were too young, they said.\n\n'
            '"But these girls never stop running."')
    assert _speakers(body) == ["orla-brennan"] * 3


def test_no_quotation_after_a_reported_sentence_naming_someone_else_after_the_quote():
    # (The guard: the sentence goes on to someone else, whose words the next paragraph may be.)
    body = ('Ms Dunne said the delay was "baffling", coming only weeks after Transport Minister Eoin Walsh promised '
            'the commuters of the northern suburbs faster and more frequent trains.\n\n'
            '"We were told the line would open in spring."')
    assert _speakers(body) == ["dunne", None]


def test_a_clause_of_time_after_a_partial_quote_names_no_speaker():
    # (From batch 424: `Ms Reddin said the timing of the announcement was "baffling", coming only weeks after the
    # Government restated its commitment …` gave the word to the Government.)
    body = ('"Fares are a tax on commuters," said the group\'s spokeswoman, Aine Kelly.\n\n'
            'Ms Kelly said the timing was "bizarre", coming days after the Department of Transport restated its '
            'climate targets.\n\n'
            '"Sure ye will," Kehoe replied, a few minutes after the final whistle, as Tobin said "we\'ll be back".')
    assert _speakers(body)[:2] == ["aine-kelly", "aine-kelly"]


def test_he_after_a_man_named_in_passing_over_a_subject_of_no_known_gender_before():
    # (From batch 423: `For growers like Tom Kessel, who farms 4200 hectares near Esperance, the timing is awkward.
    # "…," he said` went to the analyst named two paragraphs up, whose given name says nothing — and her later
    # "she said" then went to another woman.)
    body = ('"Prices have not been this high in years," said the broker\'s analyst, Kim Ashdown.\n\n'
            'Ashdown said frost in Europe had cut supply.\n\n'
            'For farmers like David Okoro, who grows wheat near Narrogin, the rally came late. "Most of my grain is '
            'already sold," he said.\n\n'
            'Fiona Baird, a grower near Merredin, said she would wait.\n\n'
            'Ashdown warned that prices could fall. "A good Canadian harvest would end this," she said.')
    assert _speakers(body) == ["kim-ashdown", "david-okoro", "kim-ashdown"]


def test_he_after_a_man_named_in_passing_stays_with_a_man_subject_before():
    # (The guard: a subject whose given name says he is a man stays the he.)
    body = ('"Prices are up," said the analyst, Peter Ashdown.\n\n'
            'For farmers like David Okoro the rally came late. "It will not last," he said.')
    assert _speakers(body)[1] in ("peter-ashdown", None)
