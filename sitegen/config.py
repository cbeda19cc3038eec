"""sitegen.yaml: one frozen, validated configuration.

Validation collects every problem before reporting, each as
`sitegen.yaml:LINE: message`; an unknown key is an error (a typo must not be
silently ignored).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

import yaml

from sitegen.errors import Problem, SitegenError
from sitegen.frontmatter import load_yaml

CONFIG_FILE = "sitegen.yaml"


@dataclass(frozen=True)
class Paths:
    seeds: str = "seeds"
    content: str = "content"
    output: str = "site"
    themes: str = "themes"


@dataclass(frozen=True)
class Config:
    root: Path
    title: str = "Briefing"
    description: str = "A briefing built with sitegen."
    base_url: str = "/"
    language: str = "en"
    theme: str = "default"
    cname: Optional[str] = None
    relative_urls: bool = False
    search_text: bool = True
    paths: Paths = Paths()

    # -- derived -------------------------------------------------------------

    @property
    def base_path(self) -> str:
        """The URL path the site lives under, always with slashes around it: '/', '/briefing/'."""
        path = urlsplit(self.base_url).path or "/"
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"

    @property
    def site_origin(self) -> Optional[str]:
        """'https://host' when base_url is absolute, else None (feeds then use relative links)."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None

    def path(self, name: str) -> Path:
        return self.root / getattr(self.paths, name)

    @property
    def seeds_dir(self) -> Path:
        return self.path("seeds")

    @property
    def content_dir(self) -> Path:
        return self.path("content")

    @property
    def output_dir(self) -> Path:
        return self.path("output")

    @property
    def themes_dir(self) -> Path:
        return self.path("themes")


# key → (type, description). The one place the file's shape is declared.
_SCHEMA: dict[str, tuple[type, str]] = {
    "title": (str, "the site's name, shown in the header and page titles"),
    "description": (str, "one sentence about the site, for the home page and search engines"),
    "base_url": (str, "where the site is published, e.g. https://someone.github.io/briefing/ or /"),
    "language": (str, "the site's language code, e.g. en"),
    "theme": (str, "the theme folder under themes/; 'default' is built in"),
    "cname": (str, "a custom domain for GitHub Pages, written to site/CNAME"),
    "relative_urls": (bool, "true: every link relative to its page and ending in index.html, so that site/ opens from "
                            "disk (file://) with no server"),
    "search_text": (bool, "false: search looks through titles, summaries, quotes and people only, without "
                          "search/text.json (every article's words: 3 MB gzipped at 10,000 articles)"),
    "paths": (dict, "folders: seeds, content, output, themes"),
}
_PATHS_SCHEMA = {f.name for f in fields(Paths)}
_TYPE_NAMES = {str: "a string", dict: "a mapping", int: "a whole number", bool: "true or false", list: "a list"}


def load_config(root: Path, overrides: Optional[dict[str, Any]] = None) -> Config:
    """Read and validate <root>/sitegen.yaml (missing file → defaults)."""
    # Absolute (not resolved: a symlinked project keeps its path): every file name a build records is
    # cut relative to the root, and "." cut "./content" (as Path spells it: "content") two letters short.
    root = Path(os.path.abspath(root))
    path = root / CONFIG_FILE
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    if path.exists():
        text = path.read_text(encoding="utf-8-sig")
        raw = load_yaml(text, CONFIG_FILE)
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise SitegenError.at(CONFIG_FILE, 1, "must be a mapping of settings ('key: value' lines)")
        data = raw
        lines = _key_lines(text)
    problems = validate(data, lines)
    if problems:
        raise SitegenError(problems)
    values = {k: v for k, v in data.items() if k != "paths" and v is not None}
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    paths = Paths(**{k: v for k, v in (data.get("paths") or {}).items() if v is not None})
    return Config(root=root, paths=paths, **values)


def validate(data: dict, lines: dict[str, int]) -> list[Problem]:
    """Every problem in the parsed file, in file order."""
    problems = []

    def at(key: str, message: str, hint: str = "") -> None:
        problems.append(Problem(CONFIG_FILE, lines.get(key, 1), message, hint))

    for key, value in data.items():
        if key not in _SCHEMA:
            known = ", ".join(sorted(_SCHEMA))
            at(key, f"unknown setting '{key}'", f"remove it or use one of: {known}")
            continue
        expected, _ = _SCHEMA[key]
        if value is not None and not isinstance(value, expected):
            at(key, f"'{key}' must be {_TYPE_NAMES[expected]}, not {_describe(value)}")
            continue
        if key == "paths" and value:
            for sub, subvalue in value.items():
                where = f"paths.{sub}"
                if sub not in _PATHS_SCHEMA:
                    at(where, f"unknown setting '{where}'", f"use one of: {', '.join(sorted(_PATHS_SCHEMA))}")
                elif not isinstance(subvalue, str) or not subvalue.strip():
                    at(where, f"'{where}' must be a folder name, not {_describe(subvalue)}")
        if key == "base_url" and isinstance(value, str):
            parts = urlsplit(value)
            if parts.scheme and parts.scheme not in ("http", "https"):
                at(key, f"base_url {value!r} must start with http://, https:// or /")
            elif not parts.scheme and not value.startswith("/"):
                at(key, f"base_url {value!r} must start with http://, https:// or /",
                   "e.g. https://someone.github.io/briefing/")
    problems.sort(key=lambda p: p.line or 0)
    return problems


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"{type(value).__name__} {value!r}" if not isinstance(value, str) else repr(value)


def _key_lines(text: str) -> dict[str, int]:
    """'key' and 'paths.sub' → 1-based line, from the YAML node tree."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return {}
    out: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[str(key.value)] = key.start_mark.line + 1
            if isinstance(value, yaml.MappingNode):
                for sub, _ in value.value:
                    out[f"{key.value}.{sub.value}"] = sub.start_mark.line + 1
    return out


def default_config_text(title: str = "Briefing") -> str:
    """The sitegen.yaml that `sitegen init` writes: every setting, explained."""
    return f"""# sitegen configuration — every key is optional.
title: {title}
description: A briefing on the story we follow, built from the articles in seeds/.
# Where the site is published. For a GitHub Pages project site use
# https://<user>.github.io/<repository>/ ; every link is made relative to its path.
base_url: /
language: en
theme: default
# cname: briefing.example.org   # custom domain for GitHub Pages
# relative_urls: true   # links relative to each page, so site/index.html opens from disk without a server
# search_text: false    # search titles, summaries, quotes and people only (no search/text.json)
paths:
  seeds: seeds
  content: content
  output: site
  themes: themes
"""
