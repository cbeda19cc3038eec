"""Ingest rules of stop 61, from the misses of its blind batches (text 149 on, HTML 120 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

STORY = [ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD]
HEADLINE = "County keeps one return bus a day on every rural route"
DEK = "A network without evening buses would cut off villages where one household in four has no car, the board says."


def test_a_pull_quote_saying_a_sentence_of_the_story_again_in_other_words_goes():
    # (From text 149 and 150, two French columns: "« Une garantie qui ne dit pas qui se battra n’en est pas une. »" set
    # apart under a standfirst saying "… une garantie qui ne précise pas qui se battra, et quand, n’en est pas une".)
    pull = "“A network without evening buses cuts off villages where one household in four has no car.”"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", pull, "", *STORY[4:]])
    assert pull not in body_lines(found.blocks)
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # A quotation the line before introduces with a colon is the story's, whatever it repeats.
    said = "The board's chair put it plainly:"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", said, "", pull, "", *STORY[4:]])
    assert pull in body_lines(found.blocks)
    # Nor a quotation in words of its own.
    own = "“We will not leave a single village without a bus on a weekday, whatever the budget says.”"
    found = copied([HEADLINE, "", DEK, "", "By Jane Doe", "", *STORY[:3], "", own, "", *STORY[4:]])
    assert own in body_lines(found.blocks)
