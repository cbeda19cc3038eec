"""Split, parse and dump YAML front matter, keeping line numbers for errors."""
from __future__ import annotations

import datetime as _dt
import io
import re
from typing import Any, Optional

import yaml

from sitegen import regexes
from sitegen.errors import SitegenError

FENCE = "---"


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as the strings the editor wrote.

    YAML would turn `date: 2025-08-07` into a datetime.date and `2025-08-07T10:00`
    into a datetime; sitegen's contract is ISO strings, so we read them as text.
    """


def _without_timestamps(resolvers: dict) -> dict:
    return {key: [(tag, rx) for tag, rx in value if tag != "tag:yaml.org,2002:timestamp"]
            for key, value in resolvers.items()}


_Loader.yaml_implicit_resolvers = _without_timestamps(yaml.SafeLoader.yaml_implicit_resolvers)

# libyaml parses front matter about ten times faster than the pure-Python
# parser (it was the largest cost of loading 10,000 articles). It resolves tags
# with the same Python resolver, so values are identical; on an error the pure
# parser runs again so the message and line are the ones sitegen always gave.
if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(yaml.CSafeLoader):
        pass

    _FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = _Loader


class _Dumper(yaml.SafeDumper):
    """Writes `date: 2025-08-07` unquoted: dates are plain strings to sitegen."""


_Dumper.yaml_implicit_resolvers = _without_timestamps(yaml.SafeDumper.yaml_implicit_resolvers)


def _str_presenter(dumper: yaml.SafeDumper, data: str):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)

# libyaml's emitter writes front matter about six times faster (the pure-Python one was a quarter of an
# article file's cost in ingest). It writes the same bytes except where the two emitters disagree: characters
# libyaml escapes and PyYAML writes as they are (outside the Basic Multilingual Plane, C0/C1 controls, NEL,
# U+2028/2029, BOM) and block scalars (libyaml adds a '...' end). Metadata holding any of those takes the
# pure-Python emitter, so an article's bytes never depend on which one wrote them (a re-ingest would
# otherwise rewrite files nobody changed).
if getattr(yaml, "__with_libyaml__", False):
    class _FastDumper(yaml.CSafeDumper):
        pass

    _FastDumper.yaml_implicit_resolvers = _Dumper.yaml_implicit_resolvers
    _FastDumper.add_representer(str, _str_presenter)
else:  # pragma: no cover - PyYAML built without libyaml
    _FastDumper = _Dumper

_EMITTERS_DISAGREE = regexes.compile("[\x00-\x08\x0a-\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
                                     "\ufeff\ufffe\uffff\U00010000-\U0010ffff]")


_PLAIN_KEY = regexes.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _dumper_for(meta: dict) -> type:
    """The fast emitter for the metadata ingest writes (simple keys; strings, numbers, lists of them)."""
    for key, value in meta.items():
        if not isinstance(key, str) or not _PLAIN_KEY.fullmatch(key):
            return _Dumper
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if not isinstance(item, (str, bool, int, float, type(None))) or isinstance(item, str) and _EMITTERS_DISAGREE.search(item):
                return _Dumper
    return _FastDumper


_TAG = "tag:yaml.org,2002:"
_SCALAR_NODE = {str: lambda v: yaml.ScalarNode(_TAG + "str", v), type(None): lambda v: yaml.ScalarNode(_TAG + "null", "null"),
                bool: lambda v: yaml.ScalarNode(_TAG + "bool", "true" if v else "false"),
                int: lambda v: yaml.ScalarNode(_TAG + "int", str(v))}


def _nodes(meta: dict) -> Optional[yaml.MappingNode]:
    """The nodes the representer of _FastDumper makes of the metadata ingest writes — keys and strings (none with a
    line break: see _dumper_for), None, booleans, integers, lists of them — built without it: the representer, in
    Python, was most of an article's front matter's cost. None for any other value (a float, a date, a mapping, a
    list set twice, which the representer writes as an alias): the representer's own."""
    pairs = []
    lists = set()
    for key, value in meta.items():
        if type(key) is not str:
            return None
        if type(value) is list:
            if id(value) in lists or any(type(item) not in _SCALAR_NODE for item in value):
                return None
            lists.add(id(value))
            node = yaml.SequenceNode(_TAG + "seq", [_SCALAR_NODE[type(item)](item) for item in value], flow_style=False)
        elif type(value) in _SCALAR_NODE:
            node = _SCALAR_NODE[type(value)](value)
        else:
            return None
        pairs.append((yaml.ScalarNode(_TAG + "str", key), node))
    return yaml.MappingNode(_TAG + "map", pairs, flow_style=False)


def _serialized(node: yaml.Node) -> str:
    """What yaml.dump writes with _FastDumper and dump()'s options for the data these nodes represent."""
    stream = io.StringIO()
    dumper = _FastDumper(stream, default_flow_style=False, allow_unicode=True, width=100000, sort_keys=False)
    try:
        dumper.open()
        dumper.serialize(node)
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


def split(text: str) -> tuple[Optional[str], str, int]:
    """Split a document into (front matter YAML or None, body, line of the body's start).

    The front matter is the block between a first line `---` and the next line
    that is exactly `---` (or `...`). The returned line number is 1-based.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != FENCE:
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") in (FENCE, "..."):
            yaml_text = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :])
            return yaml_text, body, i + 2
    return "\n".join(lines[1:]), "", len(lines) + 1  # unterminated: parse() reports it


def load_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML, turning a syntax error into `path:line: message`.

    first_line is the file line on which `text` starts, so errors in front
    matter point at the right line of the whole file.
    """
    try:
        return yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError:
        pass  # parse again below for the pure parser's message
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        what = exc.problem or str(exc)
        if exc.context and exc.problem:
            what = f"{exc.context}, {exc.problem}"
        raise SitegenError.at(path, line, f"invalid YAML: {what}", "fix the YAML syntax on that line") from None
    except yaml.YAMLError as exc:
        raise SitegenError.at(path, first_line, f"invalid YAML: {exc}", "fix the YAML syntax") from None


def parse(text: str, path: str) -> tuple[dict, str, int]:
    """Parse a Markdown document with front matter into (metadata, body, body's first line)."""
    yaml_text, body, body_line = split(text)
    if yaml_text is None:
        return {}, body, body_line
    if body_line > len(text.split("\n")) and not text.rstrip().endswith(("---", "...")):
        raise SitegenError.at(path, 1, "front matter starts with '---' but never ends", "add a line '---' after the front matter")
    data = load_yaml(yaml_text, path, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SitegenError.at(path, 2, f"front matter must be a mapping of keys to values, not a {type(data).__name__}",
                              "write it as 'key: value' lines")
    return data, body, body_line


def dump(meta: dict, body: str) -> str:
    """Serialize front matter + body; stable, so the same input gives the same bytes."""
    dumper = _dumper_for(meta)
    node = _nodes(meta) if dumper is _FastDumper else None
    if node is not None:
        yaml_text = _serialized(node)
    else:
        yaml_text = yaml.dump(meta, Dumper=dumper, sort_keys=False, allow_unicode=True,
                              default_flow_style=False, width=100000)
    body = body.strip("\n")
    return f"{FENCE}\n{yaml_text}{FENCE}\n\n{body}\n" if body else f"{FENCE}\n{yaml_text}{FENCE}\n"


def key_lines(yaml_text: str) -> dict[str, int]:
    """Top-level key → its 0-based line within yaml_text (for errors about a value)."""
    try:
        node = yaml.compose(yaml_text, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def iso_date(value: Any) -> Optional[str]:
    """Normalize a front-matter date to 'YYYY-MM-DD' (None stays None); ValueError if it isn't one."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else _dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"date {text!r} is not a date in the form YYYY-MM-DD") from None
