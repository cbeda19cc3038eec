"""The cheap tests that spare a regex its scan must never skip a text the regex would match: letters in any case,
characters that match an ASCII letter only when case is ignored, a name written again after an owner."""
from __future__ import annotations

from sitegen import markdown
from sitegen.analysis.orgs import one_word_org
from sitegen.analysis.timeline import find_events
from sitegen.analysis.topics import is_on_topic, topic_paragraphs
from sitegen.model import Article, Paragraph, Topic

TRADE = Topic(slug="trade", title="Trade", description="", terms=("tariff", "negotiat*"))


def test_a_wildcard_term_is_found_in_any_case_and_beside_curly_quotes():
    assert is_on_topic("“We are NEGOTIATING in good faith,” the minister said.", TRADE)
    assert not is_on_topic("“We are waiting in good faith,” the minister said.", TRADE)
    # A dotless ı (Turkish) is an i when case is ignored: the regex finds the term, and so must the test before it.
    assert is_on_topic("Ankara said the negotıators would meet again.", TRADE)
    paragraphs = (Paragraph(index=1, text="Officials from both sides met."),
                  Paragraph(index=2, text="‘Negotiations’ resumed on the quayside."))
    assert topic_paragraphs(paragraphs, (TRADE,)) == {"trade": (2,)}


def test_a_relative_date_in_capitals_or_beside_a_quotation_is_found():
    body = "The council said the VOTE WILL BE HELD TOMORROW.\n\n“It is over,” a member said yesterday."
    article = Article(slug="a", title="A story", body=body, paragraphs=markdown.paragraphs(body), date="2026-12-09")
    assert [(e.date, e.precision) for e in find_events(article)] == [("2026-12-10", "day"), ("2026-12-08", "day")]


def test_a_one_word_body_after_a_quote_takes_the_fuller_name_the_article_gave_it():
    article = "Shares of Harbour Ventnor fell. “We are confident,” Ventnor said."
    masked = article.replace("“We are confident,”", "\u2588" * len("“We are confident,”"))
    after_quote = masked.index(" Ventnor said")
    assert one_word_org(masked, after_quote, after_quote + len(" Ventnor"), article) == "Harbour Ventnor"


def test_every_relative_date_word_holds_one_of_the_words_the_precheck_looks_for():
    # (find_events skips the scan of a paragraph whose lowercase holds none of _RELATIVE_WORDS: a word added to
    # _ANY_RELATIVE must hold one of them, or be added to them.)
    from sitegen.analysis.timeline import _ANY_RELATIVE, _RELATIVE_WORDS
    body = _ANY_RELATIVE.pattern.split("(?:", 1)[1].rsplit(")", 1)[0]
    words = [w.replace("\\b", "") for w in body.split("|")]
    assert words and all(w.isalpha() and any(r in w.lower() for r in _RELATIVE_WORDS) for w in words), words


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex's text (split at the '|' outside every group and class)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def test_every_alternative_of_the_second_action_opens_where_its_lookahead_lets_the_scan_stop():
    # (_SECOND_ACTION opens on (?=[,;\s]): an alternative added to it must open on a comma, a semicolon or white space.)
    from sitegen.analysis.timeline import _SECOND_ACTION
    lead = "(?=[,;\\s])(?:"
    assert _SECOND_ACTION.pattern.startswith(lead) and _SECOND_ACTION.pattern.endswith(")")
    for alternative in _alternatives(_SECOND_ACTION.pattern[len(lead):-1]):
        assert alternative.startswith((",", ";", "\\s", "(?:,\\s+|\\s+)")), alternative

