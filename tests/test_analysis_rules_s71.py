"""Analysis rules of stop 71, from the misses of its blind batches (455 on), each tested on strings of its own, with
the guard that keeps it from going further."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def test_answers_under_questions_put_as_others_concerns_are_the_one_they_were_put_to():
    # (From batch 457: "We put the families' concerns to Dr Thandeka Mahlangu, …. The interview has been edited for
    # length." over bold questions and quoted answers; the answers went to the campaigner quoted before — wrong.)
    body = ('Mental health wards are full, families say.\n\n'
            '"They send him home with tablets because there is no bed," said campaigner Sipho Dube.\n\n'
            "We put the families' concerns to Dr Ayanda Khumalo, the department's chief director. The interview has "
            'been edited for length.\n\n'
            '**How did the province end up short of beds?**\n\n'
            '"Demand has grown much faster than capacity, and our bed numbers have not kept pace."\n\n'
            '**Is that fair on families?**\n\n'
            '"It is a fair concern. Nobody wants to work that way."')
    assert _speakers(body) == ["sipho-dube", "ayanda-khumalo", "ayanda-khumalo"]


def test_answered_after_the_words_is_speech_answering_someone_is_not():
    # (From batch 457: `"No more than we were at war …," Keaveney answered.` was taken for the question's asker going
    # on. The guard: "answered critics who called it "…"" quotes the critics, and "answers" as a noun is no verb.)
    body = ('Host Niamh Cullen asked: "Are we at war then?"\n\n'
            '"No more than we were in Lebanon," Dermot Kearney answered.')
    assert _speakers(body) == ["niamh-cullen", "dermot-kearney"]
    assert "paul-grant" not in _speakers('Paul Grant answered critics who called the bill "a disaster".')
    assert "the-ministry" not in _speakers('The ministry\'s answers, in writing, said it was "reviewing" them.')


def test_a_caller_set_off_by_a_given_name_is_the_she_after():
    # (From batch 458 and 455: "Another caller, Máire, a secondary teacher from Oranmore, said …. "…," she said." and
    # "Bernadette, a retired teacher from Tullamore, said …" named no one, the words no one's.)
    body = ('The phones were busy. Another caller, Máire, a secondary teacher from Oranmore, said she would oppose any '
            'deployment. "The minute we send soldiers we are a party to the war," she said.')
    assert _speakers(body) == ["maire"]
    body = ('The reaction was mixed. Bernadette, a retired teacher from Tullamore, said her father had served in '
            'Cyprus. "He always said the Irish were trusted," she said.')
    assert _speakers(body) == ["bernadette"]


def test_more_from_someone_and_a_colon_brings_in_their_words():
    # (From batch 458: a live page's "**7.09pm** A bit more from Doyle on the steps: "…"" named no one. The guard:
    # "More from the talks between Doyle and Rubio:" is the talks', not Doyle's.)
    body = ('Welcome to our live coverage, where Australia is represented by the Foreign Minister, Catriona Doyle.\n\n'
            '**7.09pm** A bit more from Doyle on the steps: "We are a long way from Europe, but not from this war."\n\n'
            '**7.30pm** More from the talks between Doyle and Rubio: "Nothing is agreed yet."')
    assert _speakers(body) == ["catriona-doyle", None]


def test_a_body_that_maintained_that_something_was_so_said_it():
    # (From batch 456: "The Ministry of External Affairs has maintained throughout that purchases are driven by "…"".
    # The guard: "maintained" alone is a deed, "the council maintained the bridge in "good condition"".)
    body = ('The Ministry of External Affairs has maintained throughout that purchases are driven by "the energy '
            'security of 1.4 billion Indians".\n\n'
            'The Wexford County Council maintained the bridge in what engineers called "good condition".')
    speakers = _speakers(body)
    assert speakers[0] == "ministry-of-external-affairs" and "wexford-county-council" not in speakers
