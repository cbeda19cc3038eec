"""Regular expressions compiled once per installation, as Python compiles a module once into its .pyc.

sitegen's rules are some 1,500 module-level patterns, and `re` builds each one in pure Python on every run: a
second and more of every `sitegen build`, most of a one-article edit. What `re` builds from a pattern is a list
of integers for the C engine (`_sre`), fixed by the pattern's text, its flags and the Python that built it; this
module keeps those lists in one file in the user's cache and hands them back to `_sre.compile`, which checks the
code it is given, so a stale or damaged entry cannot make a wrong pattern: it fails, and the pattern is compiled
the ordinary way. On a Python whose `re` is built otherwise, every call is plain `re.compile`.

The file sits in `$SITEGEN_REGEX_CACHE`, else `$XDG_CACHE_HOME/sitegen/` (`~/.cache/sitegen/`), one per Python
version; `SITEGEN_REGEX_CACHE=off` turns it off. It is written once, at exit, by a process that compiled
patterns the file did not hold.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Optional, Union

try:  # CPython 3.11 and later; 3.10 names these modules sre_parse and sre_compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: no cache
    _sre = _compiler = _parser = None

_FORMAT = 1
# (What the stored lists depend on: the engine's code format and the Python that wrote them.)
_STAMP = (_FORMAT, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
_Entry = tuple  # (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern

_stored: Optional[dict] = None  # what the file held, read on the first compile
_built: dict = {}  # entries compiled in this process that the file did not hold
_used: set = set()  # keys this process took from the file
_owner = os.getpid()  # a forked worker never writes the file: its parent does


def cache_file() -> Optional[Path]:
    """Where the compiled patterns are kept, or None when the cache is off or cannot work on this Python."""
    setting = os.environ.get("SITEGEN_REGEX_CACHE", "")
    if setting.lower() in ("off", "0", "no") or _compiler is None or sys.implementation.name != "cpython":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sitegen" / f"regexes-{sys.implementation.cache_tag}.marshal"


def compile(pattern: Union[str, bytes], flags: Union[int, re.RegexFlag] = 0) -> re.Pattern:  # noqa: A001 - re's name
    """`re.compile(pattern, flags)`, from the stored code when this Python stored it before."""
    global _stored
    if _stored is None:
        _stored = _read()
    flags = int(flags)
    key = (pattern, flags)
    entry = _stored.get(key) or _built.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
            _used.add(key)
            return compiled
        except Exception:  # (a damaged entry: _sre checks the code it is given)
            _stored.pop(key, None)
            _built.pop(key, None)
    if _compiler is None or not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    entry = _entry(pattern, flags)
    compiled = _sre.compile(pattern, *entry)
    _built[key] = entry
    return compiled


def _entry(pattern: Union[str, bytes], flags: int) -> _Entry:
    # What re._compiler.compile hands to _sre.compile, in plain ints, lists and dicts that marshal can keep.
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _read() -> dict:
    path = cache_file()
    if path is None:
        return {}
    try:
        stamp, table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if stamp == _STAMP and isinstance(table, dict) else {}


@atexit.register
def save() -> None:
    """Write the file again when this process compiled patterns it did not hold (atomically: temp file + rename)."""
    path = cache_file()
    if not _built or path is None or os.getpid() != _owner:
        return
    table = dict(_stored or {})
    if len(table) > 2 * len(_used) + 1000:
        # Patterns that sitegen no longer has (an upgrade changed them) would pile up: keep this run's.
        table = {key: table[key] for key in _used}
    table.update(_built)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regexes-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps((_STAMP, table)))
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):
        pass  # (a read-only home or a full disk only costs the next run its speed)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    _built.clear()
