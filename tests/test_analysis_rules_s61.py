"""Analysis rules of stop 61, from the misses of its blind batches (307 on) and the interviews left unmended by stop
60, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


_OPENS_ON_ANOTHER = (
    'OTTAWA — Oksana Hrytsenko has spent the past week in meetings on Parliament Hill, bringing the same message to '
    'every room. Ms. Hrytsenko, who has sat in on several rounds of talks, says a ceasefire without a guarantee is a '
    'pause.\n\nDefence Minister Marc-André Leduc told reporters that Canada would "do its part" and would not "write '
    'a blank cheque".\n\nThe interview has been edited and condensed.\n\n')


def test_an_interviews_answers_are_not_given_to_someone_quoted_before_when_the_piece_opens_on_another():
    # (From batch 305's misreading, before stop 60's "spoke with" rule: with no sentence saying whom the writer spoke
    # to, the answers went to the minister quoted twice before the questions, not to the one the piece opens on.)
    bold = ('**Is a ceasefire this year realistic?**\n\nIt is possible. I would not yet say realistic. The Russians have '
            'learned to use the word ceasefire in every meeting.\n\n**What does Ukraine need?**\n\nSomething that costs '
            'the guarantor if it fails. I think the Budapest Memorandum cost nobody anything.')
    # (The answers, unquoted, are quotations only where someone is told to speak them.)
    assert _speakers(_OPENS_ON_ANOTHER + bold) == ["marc-andre-leduc", "marc-andre-leduc"]
    # Quoted answers under plain questions too.
    plain = ('Is a ceasefire this year realistic?\n\n"It is possible. I would not yet say realistic."\n\n'
             'What does Ukraine need?\n\n"Something that costs the guarantor if it fails."')
    assert _speakers(_OPENS_ON_ANOTHER + plain)[2:] == [None, None]
    # A piece opening on something, not someone ("The talks in Geneva …"), is the interview of the one quoted.
    opens_on_talks = ("The talks in Geneva ended without a deal on Thursday, and the mood in Kyiv is grim.\n\n"
                      'Defence Minister Marc-André Leduc told reporters that Canada would "do its part" and would not '
                      '"write a blank cheque". "We are ready," he said.\n\nThe interview has been edited.\n\n')
    assert _speakers(opens_on_talks + bold)[3:] == ["marc-andre-leduc", "marc-andre-leduc"]
    assert _speakers(opens_on_talks + plain)[3:] == ["marc-andre-leduc", "marc-andre-leduc"]
