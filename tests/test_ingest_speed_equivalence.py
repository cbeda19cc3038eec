"""Ingest's fast paths find what the slower ways they replace find (speed round of issue #3, helper branch speed24i).

Each test checks the property a shortcut relies on, on every line of the labelled text dumps and on made-up lines
built from the patterns' own words; none asserts a timing.
"""
from __future__ import annotations

import random
import re
import sys

import pytest

from ingest_fixtures import cases
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import language as lang
from sitegen.ingest.literals import alternatives


@pytest.fixture(scope="module")
def fixture_lines() -> list[str]:
    lines = []
    for case in cases():
        if case.kind == "text":
            lines.extend(line.strip() for line in case.raw_path.read_bytes().decode("utf-8", "replace").splitlines())
    return [line for line in lines if line]


def _made_up(words: list[str], count: int = 3000, seed: int = 24) -> list[str]:
    """Short lines of these words and some glue: spaced, glued, capitalised, with digits and odd letters."""
    rng = random.Random(seed)
    extra = ["3", "12 comments", "Ⅸ", "ſ", "ı", "İ", "Σ", "x", "X", "|", "·", "Home", "News", "ab", "Ab"]
    out = []
    for _ in range(count):
        parts = [rng.choice(words + extra) for _ in range(rng.randint(1, 6))]
        parts = [p.capitalize() if rng.random() < 0.3 else p for p in parts]
        out.append(rng.choice(["", " ", "  "]).join(parts))
    return out


def test_lowering_a_whole_text_keeps_its_words():
    """language._lower_words lowers the whole text once: every code point's lowercase is one character of the same
    class (a letter or not) but "İ" (two characters); "Σ" lowers by what follows it. Both take the word-by-word way."""
    letter = re.compile(r"[^\W\d_]")
    odd = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF
           and (len(chr(cp).lower()) != 1 or bool(letter.match(chr(cp))) != bool(letter.match(chr(cp).lower())))]
    assert odd == ["\u0130"]
    for text in ("ΟΔΟΣ'Α ΟΔΟΣ", "İstanbul İzmir", "Der STRAẞE entlang, SAID the Σigma", "plain ascii Words"):
        assert lang._lower_words(text) == [w.lower() for w in lang._WORDS.findall(text)]


def test_a_line_without_a_button_key_or_digit_holds_no_button(fixture_lines):
    words = [key for alternative in alternatives(bp._SHARE_BUTTON_MORE.pattern)
             for key in re.findall(r"[^\W\d_]+", alternative)]
    for line in fixture_lines + _made_up(words):
        lower = bp.lowercase(line)
        if not bp._DIGIT.search(lower) and not bp._BUTTON_KEY.search(lower):
            assert not bp._SHARE_BUTTON_MORE.search(lower), line
            assert not bp._SHARE_BUTTON.search(lower), line


def test_a_line_without_a_seam_is_one_part(fixture_lines):
    for line in fixture_lines + _made_up(["Skip", "to", "content", "Home", "news", "ferry", "Watch", "x"]):
        if not bp._GLUE_SEAM.search(line):
            assert bp._GLUED.split(line) == [line], line


def test_occurs_looks_for_alternatives_of_frequent_letters_apart_and_finds_the_same():
    """literals: an alternative spelt in the commonest letters ("are …", "assine") is looked for by a substring test,
    the others by the scan from their rarest letter; together they find a match in exactly the lines the pattern does."""
    from sitegen.ingest.literals import occurs

    pattern = re.compile(r"\b(?:are (?:the|his) own|assine|this (?:site|page)|gift \w+|sign(?:ed)? up)\b")
    fast = occurs(pattern)
    assert {literal for literal, _ in fast._apart} == {"are ", "assine", "this "}
    pieces = ["are", " ", "the", "his", " own", "assine", "s", "this", "site", "page", "gift", "x", "sign", "ed", " up",
              "_", "é", "r", "a"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert fast.search(text) == bool(pattern.search(text)), text


def test_the_social_prompt_gate_finds_what_its_pattern_finds(fixture_lines):
    words = [w for alternative in alternatives(bp._SOCIAL.pattern) for w in re.findall(r"[^\W\d_]+", alternative)]
    for line in fixture_lines + _made_up(words):
        lower = bp.lowercase(line)
        assert bp._SOCIAL_OCCURS.search(lower) == bool(bp._SOCIAL.search(lower)), line


def _cased_code_points() -> list[str]:
    """Every character IGNORECASE may read as another: those with another case, or another lowercase for re than for
    str. (A character without either matches only itself, under IGNORECASE or in a lowercase copy alike.)"""
    import _sre

    out = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if ch.lower() != ch or ch.upper() != ch or _sre.unicode_tolower(cp) != cp or _sre.unicode_iscased(cp):
            out.append(ch)
    return out


def test_a_lowercase_copy_is_read_as_ignorecase_reads_the_text_but_for_the_folds_apart():
    """subscription_offer, the gate of _SITE_NOTE and layout._site_notes' look for the site's ASCII names search a
    line's lowercase copy unless it holds a letter of bp.FOLDS_APART: for every other character, IGNORECASE matches
    it to one of those patterns' letters exactly when its lowercase is that letter, and \\w, \\d, \\s read it alike."""
    letters = set(re.sub(r"\\.", "", bp._OFFER.pattern) + "".join(bp._SITE_NOTE_KEYS)
                  + "abcdefghijklmnopqrstuvwxyz")
    letters = {ch for ch in letters if ch.isalpha()}
    apart = set()
    for ch in _cased_code_points():
        low = bp.lowercase(ch)
        if any(bool(re.fullmatch(re.escape(letter), ch, re.IGNORECASE)) != (low == letter) for letter in letters):
            apart.add(ch)
        for cls in (r"\w", r"\d", r"\s"):
            assert bool(re.fullmatch(cls, ch)) == bool(re.fullmatch(cls + "+", low)), (ch, cls)
    assert all(bp.FOLDS_APART.search(ch) for ch in apart), sorted(apart)


def test_a_subscription_offer_is_found_as_its_pattern_finds_it(fixture_lines):
    lines = fixture_lines + _made_up(["per month", "$5 a week", "Abonnement", "ΣΥΝΔΡΟΜΗ", "ſubscription", "trıal",
                                      "Подписка", "µ", "ᲃ", "İm Monat"])
    assert [bp.subscription_offer(line) for line in lines] == [bool(bp._OFFER.search(line)) for line in lines]


def test_plain_paragraphs_are_the_paragraphs_markdown_reads():
    """ingest's article_text takes an article's paragraphs from its blocks when plain_paragraphs can tell them: they
    must be what markdown.paragraphs reads in to_markdown's Markdown (random blocks of text, markup and openings)."""
    from sitegen import markdown
    from sitegen.ingest.extract import plain_paragraphs, to_markdown
    from sitegen.model import Block

    rng = random.Random(43)
    plain = ["Talks", "resumed", "in", "Geneva", "—", "“quoted”", "2024", "é", "Σ", "!", ":", "-", "=", "+", "'s"]
    odd = ["1.", "2)", "#", "##", ">", "*", "_x_", "**b**", "`c`", "[a](b)", "<x>", "&amp;", "\\", "|", "~~s~~", "C#",
           "1.5", "---", "***", "\u00a0", "\t", "", " ", "\x00", "```", "    "]
    pieces = plain * 4 + odd
    kinds = ["paragraph", "paragraph", "heading", "list_item", "quote", "table_row"]
    taken = 0
    for _ in range(4000):
        blocks = [Block(rng.choice(kinds), " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))),
                        level=rng.randint(1, 7), ordered=rng.random() < 0.5) for _ in range(rng.randint(1, 6))]
        fast = plain_paragraphs(blocks)
        if fast is not None:
            taken += 1
            assert fast == markdown.paragraphs(to_markdown(blocks)), blocks
    assert taken > 200


def test_letter_runs_are_the_words_the_pattern_finds(fixture_lines):
    """language.letter_runs splits a text whose only non-ASCII characters are common punctuation in bytes: the same
    words as _WORDS.findall, on every labelled text dump whole, its lines, and made-up lines of odd characters."""
    texts = [case.raw_path.read_bytes().decode("utf-8", "replace") for case in cases() if case.kind == "text"]
    texts += fixture_lines + _made_up(["Talks", "don’t", "“Kyiv”", "—", "x²", "½", "Ⅸ", "a_b", "é", "1st", "\u00a0", "…",
                                      "\t", "\x1c", "·", "«Non»", "„Ja“", "•", "Ⅻth", "ﬁne"])
    # (Long English with a few words outside ASCII: split in bytes, those words by the pattern.)
    english = " ".join(line for line in fixture_lines if line.isascii())[:20000]
    texts += [english + " café Kyivʼs “x²” ½ naïve", "Zelenskyʼs " + english + " ﬁnal", english.replace(" ", "\u2009", 50)]
    for text in texts:
        for variant in (text, text.lower()):
            assert lang.letter_runs(variant) == lang._WORDS.findall(variant), variant[:80]
    # (headline.stems reads the runs of four letters or more.)
    for text in texts[:300]:
        assert [w for w in lang.letter_runs(text) if len(w) >= 4] == re.findall(r"[^\W\d_]{4,}", text)


def test_plain_words_are_the_words_the_pattern_finds(fixture_lines):
    """analysis.text._plain_words splits a lowercased text without apostrophes, ASCII but for common punctuation, in
    bytes: the same words, in the same order, as WORD.findall; any other text it leaves to the pattern."""
    from sitegen.analysis import text as analysis_text

    texts = [case.raw_path.read_bytes().decode("utf-8", "replace") for case in cases() if case.kind == "text"]
    texts += fixture_lines + _made_up(["Talks", "don’t", "don't", "“Kyiv”", "—", "x²", "½", "a_b", "é", "1st", "\u00a0",
                                      "…", "\t", "\x1c", "·", "«Non»", "„Ja“", "‘x’", "•", "ﬁne", "İz", "ΣΑ", "–", "9"])
    split = 0
    for text in texts:
        for variant in (text, text.lower()):
            lowered = variant.lower()
            words = analysis_text._plain_words(lowered)
            if words is not None:
                split += 1
                assert words == analysis_text.WORD.findall(lowered), variant[:80]
        assert analysis_text.stem_set(text) == frozenset(map(analysis_text.stem, analysis_text.WORD.findall(text.lower())))
    assert split > 1000
