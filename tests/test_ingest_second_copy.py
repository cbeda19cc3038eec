"""A page pasted twice into one text file is read once; every raw line still gets a fate."""
from __future__ import annotations

from sitegen.ingest.extract import extract

STORY = [
    "Harbour ferry fares to rise by a fifth from January",
    "By Lena Moss",
    "3 December 2026",
    "The harbour ferry company will raise its fares by a fifth from January, the council's transport committee was "
    "told on Tuesday evening after a long debate.",
    "Councillors said the rise was the steepest in twenty years and asked the company to publish the costs behind it "
    "before the new timetable starts.",
    "The company said fuel and crew wages had both gone up sharply since the spring, and that it had held fares for "
    "three years while other operators raised theirs.",
    "A petition against the rise has gathered more than four thousand signatures in a week, its organisers said on "
    "Wednesday morning at the pier.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact us"]


def _page(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def _body(extraction) -> list[str]:
    return [block.text for block in extraction.blocks]


def test_a_page_pasted_twice_keeps_its_story_once():
    once = extract(_page(MENU + STORY + ["© 2026 Harbour Times"]), "ferry.txt")
    twice = extract(_page(MENU + STORY + ["© 2026 Harbour Times"] + MENU + STORY + ["© 2026 Harbour Times"]), "ferry.txt")
    assert _body(twice) == _body(once)
    assert len(_body(once)) == 4
    assert (twice.title, twice.author, twice.date) == (once.title, once.author, once.date)
    # --explain still accounts for every raw line, the second copy's with why it went.
    raw_lines = 2 * (len(MENU) + len(STORY) + 1)
    assert [fate.line for fate in twice.lines] == list(range(1, raw_lines + 1))
    copied = [fate for fate in twice.lines if fate.line > len(MENU) + len(STORY) + 1 + len(MENU)]
    assert all(fate.fate == "dropped" and "second copy" in fate.reason for fate in copied[:len(STORY)])


def test_a_menu_repeated_at_the_foot_and_a_pull_quote_are_no_second_copy():
    pull = STORY[:5] + [STORY[4]] + STORY[5:]
    page = extract(_page(MENU + pull + MENU), "ferry.txt")
    assert not any("second copy" in fate.reason for fate in page.lines)
