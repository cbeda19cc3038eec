"""The grouped substring gates find exactly what the plain alternations of the same strings find."""
import random
import re

import pytest

from sitegen.ingest.literals import any_of, literals, occurs, occurs_any

KEYS = ("cookie", "cookies", "copyright", "co", "(c)", "phot.", "accept all", "©", "почт", "note", "notes", "n")


def test_any_of_finds_what_the_plain_alternation_finds():
    plain = re.compile("|".join(re.escape(key) for key in KEYS))
    grouped = any_of(KEYS)
    rng = random.Random(3)
    pieces = list(KEYS) + ["c", "o", "ok", "x", " ", "phot", ".", "(", "почта", "not", "e"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert bool(grouped.search(text)) == bool(plain.search(text)), text


def test_literals_reads_back_the_strings_and_refuses_a_real_pattern():
    assert literals(re.compile(r"photo|phot\.|\(c\)|signed up")) == ("photo", "phot.", "(c)", "signed up")
    with pytest.raises(ValueError):
        literals(re.compile(r"\bphoto\b"))
    with pytest.raises(ValueError):
        literals(re.compile("photo|foto", re.IGNORECASE))


def test_occurs_finds_a_match_in_exactly_the_lines_the_pattern_finds_one_in():
    # Alternatives opening with a word or a sign, a leading group spelt out, an optional last letter, a pattern after
    # the plain characters, a boundary after the group.
    pattern = re.compile(r"\b(?:sign(?:ed)? up|(?:get|download) the \w+ app|no spams?|\(c\) \d{4}|"
                         r"terms (?:&|and) conditions?)\b")
    fast = occurs(pattern)
    assert fast._search != pattern.search  # it took the fast shape
    pieces = ["sign", "signed", "ed", " up", "get", "download", " the ", "news", " app", "no ", "spam", "s", "(c)",
              " 2024", "terms", " & ", "and", " conditions", "x", " ", "un", "_", "é", "1"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert fast.search(text) == bool(pattern.search(text)), text


def test_occurs_asks_a_pattern_of_another_shape_as_it_is():
    pattern = re.compile(r"\d+ free articles")
    assert occurs(pattern).search("you have 3 free articles left")
    assert not occurs(pattern).search("free articles")
    either = re.compile(r"\b(?:sign up|log in)|register")  # an alternative outside the bounded group
    assert occurs(either).search("preregistered") and not occurs(either).search("signup")


def test_occurs_any_finds_a_match_in_exactly_the_lines_one_of_the_patterns_finds_one_in():
    patterns = (re.compile(r"\b(?:read on|keep reading)\b"), re.compile(r"\b(?:tip us|(?:write|mail) to us)"),
                re.compile(r"\b(?:join|back) (?:now|today)\b"))
    either = occurs_any(patterns)
    pieces = ["read", " on", "keep", " reading", "tip", " us", "write", "mail", " to", "join", "back", " now",
              " today", "x", " ", "s", "_", "ü"]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert either.search(text) == any(p.search(text) for p in patterns), text
    with pytest.raises(ValueError):
        occurs_any((patterns[0], re.compile(r"\d+ free articles")))  # a shape it cannot join: refused, not slow


def test_the_relative_time_gates_pass_every_line_the_pattern_finds_an_age_at_the_end_of():
    from sitegen.ingest.boilerplate import _WHEN_AT_END, ends_with_relative_time

    forms = ["{n} {u} ago", "vor {n} {u}", "il y a {n} {u}", "hace {n} {u}", "há {n} {u}", "{n} {u} назад", "{n} {u} önce",
             "{n} {u} temu", "{n} {u} fa", "{n} {u} geleden", "{n}{u} 전"]
    units = ["minutes", "stunden", "jours", "horas", "días", "минут", "saat", "godz", "ore", "uur", "시간", "hrs", "weeks"]
    rng = random.Random(9)
    for _ in range(3000):
        text = rng.choice(["", "reader42 ", "Von Ana ", "x "]) + rng.choice(forms).format(
            n=rng.choice(["1", "23", "an", "one"]), u=rng.choice(units))
        text = rng.choice([text, text.upper(), text.title(), text + ".", text.replace("s", "ſ")])
        assert ends_with_relative_time(text) == bool(_WHEN_AT_END.search(text)), text
