"""unchanged.same_ends: where a list made again is the last one, at the front and at the back."""
from __future__ import annotations

import random

import pytest

from sitegen.unchanged import same_ends


def naive(values, last) -> tuple[int, int]:
    most = min(len(values), len(last))
    front = next((n for n in range(most) if values[n] != last[n]), most)
    back = next((n for n in range(most - front) if values[-1 - n] != last[-1 - n]), most - front)
    return front, back


@pytest.mark.parametrize("seed", range(40))
def test_same_ends_are_those_a_value_at_a_time_gives(seed):
    rng = random.Random(seed)
    last = [rng.randrange(6) for _ in range(rng.randrange(0, 60))]
    values = list(last)
    for _ in range(rng.randrange(0, 4)):  # a few values changed, added or taken away
        at = rng.randrange(len(values) + 1)
        how = rng.choice(["change", "add", "remove"])
        if how == "add" or not values:
            values.insert(at, rng.randrange(6))
        elif how == "change":
            values[min(at, len(values) - 1)] = rng.randrange(6)
        else:
            del values[min(at, len(values) - 1)]
    assert same_ends(values, last) == naive(values, last)
    assert same_ends(tuple(values), last) == naive(values, last)  # (a tuple and a list: their values compared)


def test_same_ends_of_lists_that_share_values_at_both_ends_count_each_value_once():
    assert same_ends([1, 1], [1]) == (1, 0)
    assert same_ends([1], [1, 1]) == (1, 0)
    assert same_ends([1, 2, 1], [1, 1]) == (1, 1)
    assert same_ends([], [1]) == (0, 0) and same_ends([2], []) == (0, 0)
    assert same_ends([1, 2, 3], [1, 2, 3]) == (3, 0)
