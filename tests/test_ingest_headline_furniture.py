"""The headline over furniture that looks like one: where the rules' pick bears a mark of page furniture (a score or
weather line, a list's item, a label of three words or fewer, a verdict), the learned score chooses among the lines."""
from __future__ import annotations

import pytest

from sitegen.ingest.headline import furniture_marked


@pytest.mark.parametrize("text, marked", [
    ("Linz 4 °C, bewölkt | Wels 3 °C | Steyr 2 °C", True),
    ("RIVERSIDE 3 HARBOUR UNITED 1", True),
    ("• Fares will be set in January", True),
    ("Local news", True),
    ("FALSE. The photo was taken in 2019 in another country", True),
    ("Airport tram will open in March, two years late", False),
    ("City 2-2 Athletic: late header rescues a point in the derby", False),
])
def test_what_marks_a_line_as_furniture(text, marked):
    assert furniture_marked(text) is marked
