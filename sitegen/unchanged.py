"""Where a list a build makes again is the last build's list: the same values at the front and at the back.

A Builder's next build after a one-article edit makes lists most of which are the last build's values again, in
the same order (recombine patches the briefing's lists at the changed articles' runs and keeps the rest; site_pages
keeps the views of the articles an edit left alone): what was made of the last list is then reused for those, and
only the values in between are looked at one by one. The two ends are found by comparing slices in C, halving them
(each compares the very same objects at once): a value at a time, through Python, the 55,800 quotes or 48,000
mentions of a person at 10,000 articles cost more than what was made of them.
"""
from __future__ import annotations

import operator
from itertools import compress
from typing import Optional, Sequence


def same_ends(values: Sequence, last: Sequence) -> tuple[int, int]:
    """(front, back): how many of `values` at the front and at the back are equal to those of `last` at the same
    places (counted from either end); front + back is at most the length of either list."""
    most = min(len(values), len(last))
    front = _same(values, last, most, False)
    return front, _same(values, last, most - front, True)


def _same(values: Sequence, last: Sequence, most: int, back: bool) -> int:
    """How many values, up to `most`, at the front (or the back) of both lists are equal, by halving."""
    n, m = len(values), len(last)
    same, upto = 0, most  # (the first `same` are equal; more than `upto` are not)
    while same < upto:
        mid = (same + upto + 1) // 2
        ours, theirs = (values[n - mid:n - same], last[m - mid:m - same]) if back else (values[same:mid], last[same:mid])
        if ours == theirs if type(ours) is type(theirs) else tuple(ours) == tuple(theirs):
            same = mid
        else:
            upto = mid - 1
    return same


def other_places(values: Sequence, last: Sequence) -> Optional[list[int]]:
    """The places where `values` holds another object than `last` at the same place (by identity, in C), or None
    when the two lists are not as long. (For values whose == would do work, as a Page's builds its context; or
    where what is the same lies on both sides of what is not, as the pages of articles before and after an edited
    one, between pages made anew each build.)"""
    if len(values) != len(last):
        return None
    return list(compress(range(len(values)), map(operator.is_not, values, last)))
