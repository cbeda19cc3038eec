"""seeds/sources.yaml: an editor's corrections to what ingest detects.

    publishers:                 # rules for every file from one outlet (matched on the detected publisher)
      Example News:
        drop: ["^Listen to this story"]
    files:                      # one file (its path inside seeds/) — wins over everything detected
      004_a83bfb05ebc02dff.txt:
        title: The headline as it should read
        author: Jane Doe
        date: 2025-07-21
        publisher: Example News
        url: https://example.com/story
        description: The standfirst.
        language: en
        keep: ["^Politico writes"]   # regular expressions, searched in each line
        drop: ["^VEJA\\b"]

Every mistake is reported as `seeds/sources.yaml:LINE: what is wrong — what to do`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Optional

import yaml

from sitegen.errors import Problem, SitegenError

FIELDS = ("title", "author", "date", "publisher", "url", "description", "language")
_PATTERN_KEYS = ("keep", "drop")


@dataclass(frozen=True)
class FileRules:
    """The rules that apply to one seed: keep/drop patterns and metadata the editor set."""

    keep: tuple[tuple[re.Pattern, str], ...] = ()  # (pattern, where it was set)
    drop: tuple[tuple[re.Pattern, str], ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()

    def verdict(self, text: str) -> Optional[tuple[bool, str, str]]:
        """(keep?, pattern, origin) for the first keep — then drop — pattern that matches `text`."""
        for pattern, origin in self.keep:
            if pattern.search(text):
                return True, pattern.pattern, origin
        for pattern, origin in self.drop:
            if pattern.search(text):
                return False, pattern.pattern, origin
        return None

    def with_publisher(self, rules: "Rules", publisher: Optional[str]) -> "FileRules":
        extra = rules.publishers.get((publisher or "").casefold())
        if extra is None:
            return self
        return FileRules(self.keep + extra.keep, self.drop + extra.drop, self.metadata)


@dataclass(frozen=True)
class Rules:
    """The whole of seeds/sources.yaml."""

    files: dict[str, FileRules] = field(default_factory=dict)
    publishers: dict[str, FileRules] = field(default_factory=dict)  # keyed by casefolded publisher name
    file_lines: dict[str, int] = field(default_factory=dict)  # where each file's entry is, for warnings

    def for_file(self, name: str) -> FileRules:
        return self.files.get(name) or self.files.get(f"seeds/{name}") or FileRules()

    def unknown_files(self, names: set[str]) -> list[tuple[str, int]]:
        """Entries under files: that name no seed (a typo would silently do nothing)."""
        return [(key, line) for key, line in self.file_lines.items()
                if key not in names and key.removeprefix("seeds/") not in names]


NO_RULES = Rules()


def load_rules(path: Path, shown: str = "seeds/sources.yaml") -> Rules:
    """Read sources.yaml (absent: no rules). Raises SitegenError listing every mistake with its line."""
    if not path.is_file():
        return NO_RULES
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SitegenError.at(shown, None, f"cannot be read ({exc})", "save it as UTF-8 text")
    return parse_rules(text, shown)


def parse_rules(text: str, shown: str = "seeds/sources.yaml") -> Rules:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise SitegenError.at(shown, line, f"invalid YAML: {problem}", "fix the indentation or quoting there")
    problems: list[Problem] = []
    if root is None:
        return NO_RULES
    if not isinstance(root, yaml.MappingNode):
        raise SitegenError.at(shown, root.start_mark.line + 1, "must be a mapping with 'files:' and/or 'publishers:'",
                              "see the README, section Ingest")
    files: dict[str, FileRules] = {}
    publishers: dict[str, FileRules] = {}
    file_lines: dict[str, int] = {}
    for key, value in root.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        if name not in ("files", "publishers"):
            problems.append(Problem(shown, key.start_mark.line + 1, f"unknown key {name!r}",
                                    "use 'files:' (per seed file) or 'publishers:' (per outlet)"))
            continue
        if _scalar_null(value):
            continue
        if not isinstance(value, yaml.MappingNode):
            problems.append(Problem(shown, value.start_mark.line + 1, f"'{name}' must be a mapping",
                                    f"write one entry per {'file' if name == 'files' else 'publisher'} under it"))
            continue
        for entry_key, entry in value.value:
            entry_name = str(entry_key.value).strip()
            rules = _entry(entry, entry_name, shown, problems, allow_metadata=(name == "files"))
            if name == "files":
                files[entry_name] = rules
                file_lines[entry_name] = entry_key.start_mark.line + 1
            else:
                publishers[entry_name.casefold()] = rules
    if problems:
        raise SitegenError(problems)
    return Rules(files, publishers, file_lines)


def _entry(node, name: str, shown: str, problems: list[Problem], allow_metadata: bool) -> FileRules:
    line = node.start_mark.line + 1
    if _scalar_null(node):
        return FileRules()
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(shown, line, f"{name!r} must be a mapping of fields",
                                "give keys like title:, author:, keep:, drop:"))
        return FileRules()
    keep, drop, metadata = [], [], []
    origin = f"sources.yaml ({name})"
    allowed = (*FIELDS, *_PATTERN_KEYS) if allow_metadata else _PATTERN_KEYS
    for key, value in node.value:
        field_name = key.value
        at = key.start_mark.line + 1
        if field_name not in allowed:
            problems.append(Problem(shown, at, f"unknown key {field_name!r} under {name!r}",
                                    "use one of: " + ", ".join(allowed)))
            continue
        if field_name in _PATTERN_KEYS:
            items = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for item in items:
                if not isinstance(item, yaml.ScalarNode) or not str(item.value):
                    problems.append(Problem(shown, item.start_mark.line + 1, f"'{field_name}' needs regular expressions",
                                            "write a list of quoted patterns, e.g. [\"^Read more\"]"))
                    continue
                try:
                    compiled = re.compile(item.value)
                except re.error as exc:
                    problems.append(Problem(shown, item.start_mark.line + 1,
                                            f"bad regular expression {item.value!r}: {exc}",
                                            "escape special characters like ( [ ? with a backslash"))
                    continue
                (keep if field_name == "keep" else drop).append((compiled, origin))
            continue
        if not isinstance(value, yaml.ScalarNode) or _scalar_null(value):
            if not _scalar_null(value):
                problems.append(Problem(shown, at, f"'{field_name}' must be a single value", "write it on the same line"))
            continue
        text = str(value.value).strip()
        if field_name == "date":
            try:
                text = _date.fromisoformat(text).isoformat()
            except ValueError:
                problems.append(Problem(shown, at, f"date {text!r} is not YYYY-MM-DD", "write e.g. 2025-08-07"))
                continue
        if text:
            metadata.append((field_name, text))
    return FileRules(tuple(keep), tuple(drop), tuple(metadata))


def _scalar_null(node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null") or (
        isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null") and node.style is None)
