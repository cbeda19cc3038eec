"""The compiled-pattern cache: a pattern from the file is the pattern re.compile makes, and a missing, damaged or
foreign file costs speed, never a wrong match or an error."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen import regexes

REPO = Path(__file__).resolve().parent.parent

SAMPLES = [
    (r"(?P<name>[A-Z]\w+)\s+(?:said|says)\b", 0, "Maria Lopez said so; Kovalenko says"),
    (r"^(?:home|help|menu)\b.*$", re.IGNORECASE | re.MULTILINE, "Home › World\nthe story\nMENU"),
    (r"(?<!\w)sanction(?:s|ed)?(?!\w)", re.IGNORECASE, "New SANCTIONS, sanctioned banks, sanctioning"),
    (r"«([^»]+)»|„([^“]+)“", 0, "Er sagte „nein“ und «non»"),
    (r"\d{4}-\d{2}-\d{2}", re.ASCII, "on 2026-05-16 and ２０２６-05-16"),
    (rb"\xef\xbb\xbf|\r\n", 0, b"\xef\xbb\xbfline\r\nnext"),
]


def _run(code: str, cache: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "SITEGEN_REGEX_CACHE": str(cache), "PYTHONPATH": str(REPO), **env}
    return subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)


# A child process that compiles the samples, prints what each finds and how many it took from the file.
_PROBE = f"""
import json, re
from sitegen import regexes
found = []
for source, flags, text in {SAMPLES!r}:
    p = regexes.compile(source, flags)
    found.append([repr(m.group(0)) + repr(m.groupdict()) for m in p.finditer(text)] + [p.groups, p.flags])
print(json.dumps([found, len(regexes._used)]))
"""


def _plain() -> list:
    return [[repr(m.group(0)) + repr(m.groupdict()) for m in re.compile(s, f).finditer(t)]
            + [re.compile(s, f).groups, re.compile(s, f).flags] for s, f, t in SAMPLES]


@pytest.mark.skipif(regexes._compiler is None, reason="this Python's re is built otherwise: no cache")
def test_a_second_run_takes_the_patterns_from_the_file_and_they_match_what_re_compile_matches(tmp_path):
    import json
    cache = tmp_path / "regexes.marshal"
    first = json.loads(_run(_PROBE, cache).stdout)
    assert cache.exists(), "the first run writes the file at exit"
    second = json.loads(_run(_PROBE, cache).stdout)
    assert second[1] >= len(SAMPLES), "the second run took its patterns from the file"
    assert first[0] == second[0] == json.loads(json.dumps(_plain()))


def test_the_same_pattern_object_as_re_compile_makes():
    for source, flags, text in SAMPLES:
        ours, theirs = regexes.compile(source, flags), re.compile(source, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
               (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
        assert ours == theirs  # (Pattern equality compares the engine's code too)


def test_a_bad_pattern_raises_re_error_as_re_compile_does():
    with pytest.raises(re.error):
        regexes.compile(r"(unclosed")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other python", "bad code"])
def test_a_damaged_or_foreign_file_is_ignored_and_every_pattern_still_matches_right(tmp_path, damage):
    import json
    cache = tmp_path / "regexes.marshal"
    _run(_PROBE, cache)
    data = cache.read_bytes()
    if damage == "garbage":
        cache.write_bytes(os.urandom(4096))
    elif damage == "truncated":
        cache.write_bytes(data[: len(data) // 2])
    else:
        stamp, table = marshal.loads(data)
        if damage == "other python":
            stamp = (stamp[0], "2.7.18 (elsewhere)") + tuple(stamp[2:])
        else:  # every entry's engine code replaced by a code _sre refuses
            table = {key: (entry[0], [0, 1, 2, 3], *entry[2:]) for key, entry in table.items()}
        cache.write_bytes(marshal.dumps((stamp, table)))
    result = json.loads(_run(_PROBE, cache).stdout)
    assert result[0] == json.loads(json.dumps(_plain()))
    assert result[1] == 0, "nothing is taken from a file this run cannot trust"
    # The run wrote a sound file again: the next takes everything from it.
    assert json.loads(_run(_PROBE, cache).stdout)[1] >= len(SAMPLES)


def test_off_writes_nothing_and_a_forked_worker_never_writes(tmp_path):
    cache = tmp_path / "regexes.marshal"
    _run(_PROBE, cache, SITEGEN_REGEX_CACHE="off")
    assert not cache.exists()
    fork = """
import os, re
from sitegen import regexes
pid = os.fork()
if pid == 0:
    regexes.compile(r"only the child compiles this")
    regexes.save()
    os._exit(0)
os.waitpid(pid, 0)
"""
    _run(fork, cache)
    assert not cache.exists(), "the child compiled, but only the process that imported sitegen writes the file"


def test_an_unwritable_cache_folder_costs_no_error(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    result = _run(_PROBE, blocked / "regexes.marshal")
    assert result.stderr == ""
