"""Themes and the Jinja2 environment: where templates come from, how links are made.

Every link in a template goes through url() so a site published under a
subpath (a GitHub Pages project site) works without a broken link.
"""
from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import jinja2
from markupsafe import Markup

import sitegen
from sitegen import charts
from sitegen.config import Config
from sitegen.errors import SitegenError


def builtin_theme_dir() -> Path:
    """The default theme shipped with sitegen (repo root in a checkout, package data when installed)."""
    package = Path(sitegen.__file__).resolve().parent
    for candidate in (package / "themes" / "default", package.parent / "themes" / "default"):
        if (candidate / "templates").is_dir():
            return candidate
    raise SitegenError.at(str(package), None, "sitegen's default theme is missing", "reinstall sitegen")


@dataclass(frozen=True)
class Theme:
    name: str
    dirs: tuple[Path, ...]  # most specific first: the project's theme, then the built-in default

    @property
    def template_dirs(self) -> list[str]:
        return [str(d / "templates") for d in self.dirs if (d / "templates").is_dir()]

    def static_files(self) -> dict[str, Path]:
        """Relative path → file; a project's file overrides the default theme's at the same path."""
        files: dict[str, Path] = {}
        for d in reversed(self.dirs):
            static = d / "static"
            if static.is_dir():
                for path in sorted(static.rglob("*")):
                    if path.is_file():
                        files[path.relative_to(static).as_posix()] = path
        return files


def load_theme(config: Config) -> Theme:
    builtin = builtin_theme_dir()
    project_theme = config.themes_dir / config.theme
    if config.theme != "default" and not project_theme.is_dir():
        raise SitegenError.at("sitegen.yaml", None, f"theme '{config.theme}' not found in {config.paths.themes}/",
                              f"create {config.paths.themes}/{config.theme}/templates/ or set theme: default")
    dirs = [project_theme] if project_theme.is_dir() and project_theme.resolve() != builtin.resolve() else []
    dirs.append(builtin)
    return Theme(name=config.theme, dirs=tuple(dirs))


class Links:
    """Builds every URL of the site from one base path."""

    def __init__(self, config: Config):
        self.base_path = config.base_path
        self.origin = config.site_origin

    def url(self, path: str = "") -> str:
        """'topics/sanctions/' → '/briefing/topics/sanctions/' (root-relative under the base path)."""
        path = str(path)
        if "://" in path or path.startswith(("mailto:", "#")):
            return path
        path = path.lstrip("/")
        joined = posixpath.join(self.base_path, path) if path else self.base_path
        return joined

    def abs_url(self, path: str = "") -> str:
        """An absolute URL when base_url has a host (feeds, canonical links); else the root-relative one."""
        local = self.url(path)
        return f"{self.origin}{local}" if self.origin and local.startswith("/") else local


def environment(theme: Theme, config: Config) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(theme.template_dirs),
        autoescape=jinja2.select_autoescape(["html", "xml", "svg"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    links = Links(config)
    env.globals.update(url=links.url, abs_url=links.abs_url, sitegen_version=sitegen.__version__,
                       relative_urls=config.relative_urls, search_text=config.search_text,
                       absolute_links=bool(links.origin), json_ld=json_ld, timeline_svg=charts.timeline_svg,
                       timeline_caption=charts.timeline_caption,
                       coverage_svg=charts.coverage_svg, bars_svg=charts.bars_svg,
                       quotes_per_topic=charts.quotes_per_topic)
    env.filters["date_human"] = date_human
    return env


# A tag of the page, or a script element whole (whose text may hold anything that looks like a tag), and one attribute
# of a tag: only attributes of the page's own tags are links — never article text that reads like one
# ("href='/topics/'" in a paragraph or a code sample), nor structured data's strings.
_TAG = re.compile(r"<script\b[^>]*>.*?</script\s*>|<[A-Za-z][^<>]*>", re.DOTALL | re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(\s)([^\s"'<>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)""")
_LINK_ATTRIBUTES = frozenset({"href", "src", "action", "cite", "poster"})
_PATH_THEN_REST = re.compile(r"([^?#]*)(.*)", re.DOTALL)  # a link's path, then its query and fragment
# Where a page is served from any depth, its links must stay root-relative (GitHub Pages' 404 page).
_ANY_DEPTH = frozenset({"404.html"})


def relative_links(html: str, output: str, base_path: str) -> str:
    """The page's root-relative links made relative to the page at `output` (its path in site/), directories
    ending in index.html: `relative_urls: true`, for a site opened from disk, where no server turns "topics/x/"
    into its index.html. What Hugo's relativeURLs and Pelican's RELATIVE_URLS do; a post-pass over the HTML, so a
    project's own templates and macros need no other `url()`. A link outside base_path is left as written, and so is
    a canonical link (the address the page is known by, as the sitemap gives it)."""
    if output in _ANY_DEPTH:
        return html
    # ("./" even at the top: a path cut from "/javascript:…" or "/briefing///host/x" must never become a scheme or
    # another host.)
    up = "../" * output.count("/") or "./"

    def value(name: str, url: str) -> str:
        if not url.startswith(base_path) or url.startswith("//"):
            return url
        rest = url[len(base_path):]
        if name == "data-base":  # (the prefix search.js puts before the index's paths)
            return up
        path, tail = _PATH_THEN_REST.match(rest).groups()
        if path == "" or path.endswith("/"):
            path += "index.html"
        return up + path + tail

    def attribute(match: re.Match) -> str:
        name, quoted = match[2].lower(), match[4]
        if name not in _LINK_ATTRIBUTES and not name.startswith("data-"):
            return match[0]
        mark = quoted[0] if quoted[0] in "\"'" else ""
        url = quoted[1:-1] if mark else quoted
        made = value(name, url)
        return match[0] if made == url else f"{match[1]}{match[2]}{match[3]}{mark}{made}{mark}"

    def tag(match: re.Match) -> str:
        text = match[0]
        if text[:7].lower() == "<script":
            opening = text[:text.index(">") + 1]
            return _ATTRIBUTE.sub(attribute, opening) + text[len(opening):]
        if text[:5].lower() == "<link" and re.search(r"""\srel\s*=\s*["']?canonical\b""", text, re.IGNORECASE):
            return text
        return _ATTRIBUTE.sub(attribute, text)

    return _TAG.sub(tag, html)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def date_human(iso: Optional[str]) -> str:
    """'2025-08-07' → '7 August 2025'; partial dates as far as they go."""
    if not iso:
        return ""
    parts = str(iso).split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return str(iso)


def json_ld(data: object) -> Markup:
    """A <script type="application/ld+json"> block. Values are user text, so the JSON is escaped
    for an HTML script element: no '<' (hence no '</script>'), '>' or '&' appears raw. Empty
    values are left out, so a template can list every key and let missing ones drop."""
    text = json.dumps(_without_empty(data), ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


def _without_empty(value: object) -> object:
    if isinstance(value, dict):
        kept = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, "", [], {})}
    if isinstance(value, (list, tuple)):
        return [v for v in (_without_empty(v) for v in value) if v not in (None, "", [], {})]
    return str(value) if isinstance(value, Markup) else value


def safe_html(html: str) -> Markup:
    """HTML that sitegen itself produced (markdown-it with html=False); never user HTML."""
    return Markup(html)
