"""The grouped substring gates find exactly what the plain alternations of the same strings find."""
import random
import re

import pytest

from sitegen.ingest.literals import any_of, literals

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
