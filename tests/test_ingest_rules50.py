"""Ingest rules of stop 25: a text copy's headline line is read as the page shows it, like an HTML page's <h1>."""
from __future__ import annotations

from sitegen.ingest.extract import extract

_STORY = ["Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
          "Ukraine after any ceasefire, and the talks are expected to run late into the night.",
          "Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
          "capitals prefer a political declaration that can be agreed before the end of the year."]


def _copy(headline: str, top: list[str]) -> str:
    lines = top + [headline, "By Anna Lind", "12 March 2025"] + _STORY + ["Share", "© Nordic Wire 2025"]
    return extract("\n\n".join(lines).encode(), "talks.txt").title


def test_a_shown_headlines_capitalized_first_clause_before_a_dash_is_kept():
    # The line under the menu is the headline the page shows: its first clause is part of it, as in an <h1>.
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Security Talks Brussels – Kyiv demands written commitments", top) == \
        "Security Talks Brussels – Kyiv demands written commitments"


def test_a_shown_headline_still_loses_a_site_name_after_a_dash_and_a_section_before_a_bar():
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Kyiv demands written commitments in Brussels - Nordic Wire", top) == \
        "Kyiv demands written commitments in Brussels"
    assert _copy("Opinion | Kyiv is right to demand written commitments", top) == \
        "Kyiv is right to demand written commitments"


def test_a_shown_headline_loses_a_first_clause_the_page_names_as_the_site():
    top = ["Skip to content", "Nordic Wire", "News   World   Politics   Business"]
    assert _copy("Nordic Wire – Kyiv demands written commitments in Brussels", top) == \
        "Kyiv demands written commitments in Brussels"
