"""`sitegen check`: what a reader or a search engine would trip over, before publishing.

Steps: ingest (as build does) → load content/ → pages → build into a temporary
folder (or read an already built site) → read every HTML file back and check:

- every internal link and `#anchor` resolves to a file (and an id) of the site;
- every page has a <title> and a meta description;
- no two articles or topics write the same page (also not on a case-insensitive disk);
- every article has a date and an author (warnings);
- names that look like people but are not in content/people.yaml (suggestions).

Problems that come from a source file point at it (`content/articles/x.md:3`,
`themes/default/templates/404.html:4`); the others at the built page.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Optional, Sequence
from urllib.parse import unquote, urljoin, urlsplit

from sitegen import content, frontmatter
from sitegen.analysis import analyse
from sitegen.config import Config, load_config
from sitegen.errors import Problem, Report, SitegenError, display_path
from sitegen.model import Article, Briefing, Site, SourceRef
from sitegen.pages import Page, site_pages

# Schemes a generated page must never link to (the build refuses them in content; a theme might not).
_UNSAFE_SCHEMES = ("javascript", "data", "vbscript", "file")


@dataclass
class CheckResult:
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0
    articles: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def summary(self) -> str:
        def count(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"
        checked = f"{count(self.pages, 'page')} and {count(self.articles, 'article')} checked"
        if not self.problems:
            return f"check: no problems; {checked}"
        return f"check: {count(len(self.errors), 'error')}, {count(len(self.warnings), 'warning')}; {checked}"


def check(root: Path, site_dir: Optional[Path] = None, base_url: Optional[str] = None,
          run_ingest: bool = True) -> CheckResult:
    """Check the project at `root`; with `site_dir`, check that built site instead of building one."""
    config = load_config(Path(root), {"base_url": base_url})
    report = Report()
    if run_ingest and site_dir is None:
        from sitegen.ingest import ingest

        topics = content.load_topics(config, Report())  # topic errors are reported once, by load_site
        report.extend(ingest(config, topics).problems)
    site = content.load_site(config, report)
    result = CheckResult(articles=len(site.articles))
    pages: list[Page] = []
    briefing = None
    if not report.errors:
        briefing = analyse(site)
        pages = site_pages(briefing, config)
        report.extend(duplicate_outputs(pages, site, config))
    report.extend(article_metadata(site, config))
    if briefing is not None:
        report.extend(unknown_people_problems(find_unknown_people(site, briefing), site, config))

    if site_dir is not None:
        result.pages = _check_built(Path(site_dir), display_path(Path(site_dir), config.root), config, site, report)
    elif not report.errors:
        from sitegen.build import build

        with tempfile.TemporaryDirectory(prefix="sitegen-check-") as tmp:
            out = Path(tmp) / "site"
            try:
                build(config.root, output=out, base_url=base_url, run_ingest=False)
            except SitegenError as exc:
                report.extend(exc.problems)
            else:
                result.pages = _check_built(out, config.paths.output.rstrip("/"), config, site, report)
    result.problems = report.problems
    return result


# -- the built site ------------------------------------------------------------


class _PageParser(HTMLParser):
    """Collects what check needs from one HTML file: ids, links (with lines), title, description."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []
        self.title: Optional[str] = None
        self.description: Optional[str] = None
        self.is_document = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        if tag in ("html", "head"):
            self.is_document = True
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        if tag != "base":
            for key in ("href", "src"):
                if key in values:
                    self.links.append((values[key], self.getpos()[0]))
        if tag == "title":
            self._in_title = True
            self.title = self.title or ""
        if tag == "meta" and values.get("name", "").lower() == "description":
            self.description = values.get("content", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def _check_built(site_dir: Path, shown_site: str, config: Config, site: Site, report: Report) -> int:
    if not (site_dir / "index.html").is_file():
        raise SitegenError.at(shown_site, None, "is not a built site (no index.html)",
                              "run 'sitegen build' first, or leave out --site to let check build one")
    html_files = sorted(p for p in site_dir.rglob("*.html") if p.is_file())
    parsed = {p.relative_to(site_dir).as_posix(): _parse(p) for p in html_files}
    sources = _SourceFinder(config, site)
    # One report per broken link and place: a link in base.html is on every page but is one mistake.
    broken: dict[tuple[Optional[str], Optional[int], str], list[tuple[str, int, str]]] = {}
    pages = 0
    for rel, page in parsed.items():
        if not page.is_document:
            continue  # an HTML fragment (e.g. for scripts), not a page
        pages += 1
        shown = f"{shown_site}/{rel}"
        article = sources.article_of(rel)
        if not (page.title or "").strip():
            report.error(shown, None, "the page has no <title>", "give the template a <title> element")
        if page.description is None:
            report.warning(shown, None, "the page has no meta description",
                           "add <meta name=\"description\" content=\"…\"> to the template")
        elif not page.description.strip():
            if article is not None:
                report.warning(sources.shown(article.path), 1, f"the page {rel} has an empty description",
                               "add 'description: …' to the front matter")
            else:
                report.warning(shown, None, "the page has an empty meta description")
        for href, line in page.links:
            message = _link_problem(href, rel, site_dir, parsed, config)
            if message is None:
                continue
            source = sources.locate(href, rel, config) or (None, None)
            broken.setdefault((source[0], source[1], message), []).append((shown, line, rel))
    for (where, line, message), on_pages in broken.items():
        first_shown, first_line, first_rel = on_pages[0]
        others = len({rel for _, _, rel in on_pages}) - 1
        more = f" (and {others} more page{'s' if others != 1 else ''})" if others else ""
        report.error(where or first_shown, line if where else first_line, f"{message} on {first_rel}{more}")
    return pages


def _link_problem(href: str, page_rel: str, site_dir: Path, parsed: dict[str, _PageParser],
                  config: Config) -> Optional[str]:
    """Why the link `href` on page `page_rel` is broken, or None when it is fine (or leaves the site)."""
    text = href.strip()
    if not text:
        return None
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in _UNSAFE_SCHEMES:
        return f"unsafe link {href!r}"
    if scheme or text.startswith("//"):
        origin = config.site_origin
        if not origin or scheme not in ("http", "https") or f"{scheme}://{parts.netloc}".lower() != origin.lower():
            return None  # another site: not ours to check
        text = text[len(f"{scheme}://{parts.netloc}"):] or "/"
    base = config.base_path
    target = urlsplit(urljoin(base + page_rel, text))
    path, fragment = unquote(target.path), unquote(target.fragment)
    if path + "/" == base:
        path = base
    if not path.startswith(base):
        return f"link {href!r} leaves the site's base path {base}"
    rel = path[len(base):]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    file = site_dir / rel
    if file.is_dir() and (file / "index.html").is_file():
        rel = f"{rel}/index.html"
        file = site_dir / rel
    try:
        inside = file.resolve().is_relative_to(site_dir.resolve())
    except OSError:
        inside = False
    if not inside or not file.is_file():
        return f"broken link {href!r}: no {rel} in the site"
    if fragment and rel in parsed and fragment not in parsed[rel].ids:
        return f"broken anchor {href!r}: {rel} has no id {fragment!r}"
    return None


class _SourceFinder:
    """Maps a problem on a built page back to the file the user would edit."""

    def __init__(self, config: Config, site: Site):
        self.config = config
        self.articles = {a.slug: a for a in site.articles}
        self.templates = _project_templates(config)
        self._lines: dict[Path, list[str]] = {}

    def shown(self, path: Optional[Path]) -> str:
        return display_path(path, self.config.root) if path else "?"

    def article_of(self, page_rel: str) -> Optional[Article]:
        parts = page_rel.split("/")
        if len(parts) == 3 and parts[0] == "articles" and parts[2] == "index.html":
            return self.articles.get(parts[1])
        return None

    def locate(self, href: str, page_rel: str, config: Config) -> Optional[tuple[str, int]]:
        """The article or project template line that wrote `href`, when it can be found."""
        # Quoted or bracketed as a template attribute, a url('…') argument or a Markdown link writes it:
        # a bare '/' would match half the lines of a template.
        needles = [f'"{href}"', f"'{href}'", f"({href})", f"<{href}>"]
        if href.startswith(config.base_path):
            argument = href[len(config.base_path):]  # as written in url('…')
            needles += [f"'{argument}'", f'"{argument}"'] if argument else []
        article = self.article_of(page_rel)
        candidates = ([article.path] if article is not None and article.path else []) + self.templates
        for path in candidates:
            for number, line in enumerate(self._read(path), 1):
                if any(n in line for n in needles):
                    return self.shown(path), number
        return None

    def _read(self, path: Path) -> list[str]:
        if path not in self._lines:
            try:
                self._lines[path] = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                self._lines[path] = []
        return self._lines[path]


def _project_templates(config: Config) -> list[Path]:
    """The project's own template files (not the built-in theme's): where a user's broken link can be."""
    from sitegen.render import builtin_theme_dir

    folder = config.themes_dir / config.theme
    if not folder.is_dir() or folder.resolve() == builtin_theme_dir().resolve():
        return []
    return sorted(p for p in (folder / "templates").rglob("*") if p.is_file())


# -- content -------------------------------------------------------------------


def duplicate_outputs(pages: Sequence[Page], site: Site, config: Config) -> list[Problem]:
    """Two pages writing the same file, or files that differ only in case (one file on macOS/Windows)."""
    sources = {f"articles/{a.slug}/index.html": a.path for a in site.articles}
    sources.update({f"topics/{t.slug}/index.html": t.path for t in site.topics})

    def origin(page: Page) -> str:
        path = sources.get(page.output)
        return display_path(path, config.root) if path else f"the {page.template} page"

    first: dict[str, Page] = {}
    problems = []
    for page in pages:
        key = page.output.casefold()
        if key not in first:
            first[key] = page
            continue
        other = first[key]
        if other.output == page.output:
            message = f"writes {page.output}, as {origin(other)} does"
        else:
            message = (f"writes {page.output}, the same file as {other.output} of {origin(other)} "
                       "on a case-insensitive disk (macOS, Windows)")
        problems.append(Problem(origin(page), 1 if page.output in sources else None, message,
                                "rename one of the files so each page has a slug of its own"))
    return problems


def article_metadata(site: Site, config: Config) -> list[Problem]:
    """Warnings for articles without a date or an author, at the key's line (or line 1)."""
    problems = []
    for article in site.articles:
        if article.date and article.author:
            continue
        shown = display_path(article.path, config.root) if article.path else article.slug
        lines = _key_lines(article.path)
        if not article.date:
            problems.append(Problem(shown, lines.get("date", 1), "no date",
                                    "add 'date: YYYY-MM-DD' so the article sorts by date", "warning"))
        if not article.author:
            problems.append(Problem(shown, lines.get("author", 1), "no author",
                                    "add 'author: …' so readers know whose report it is", "warning"))
    return problems


def _key_lines(path: Optional[Path]) -> dict[str, int]:
    if path is None:
        return {}
    yaml_text, _, _ = frontmatter.split(path.read_text(encoding="utf-8-sig"))
    return {k: v + 2 for k, v in frontmatter.key_lines(yaml_text or "").items()}


# -- people --------------------------------------------------------------------


def find_unknown_people(site: Site, briefing: Briefing) -> list[tuple[str, tuple[SourceRef, ...]]]:
    """The one adapter to analysis: names that look like people but are not in content/people.yaml.

    Uses `sitegen.analysis.people.suggest_people(site)` → iterable of (name, source refs)
    when this version of sitegen has it; otherwise there is nothing to suggest.
    """
    try:
        from sitegen.analysis import people as people_analysis
    except ImportError:
        return []
    finder = getattr(people_analysis, "suggest_people", None)
    if finder is None:
        return []
    return [(str(name), tuple(refs)) for name, refs in finder(site)]


def unknown_people_problems(found: Iterable[tuple[str, Sequence[SourceRef]]], site: Site,
                            config: Config) -> list[Problem]:
    """One warning per unknown name, at its first mention, with the line to add to people.yaml."""
    articles = {a.slug: a for a in site.articles}
    people_file = display_path(config.content_dir / "people.yaml", config.root)
    problems = []
    for name, refs in found:
        refs = [r for r in refs if r.article in articles]
        if not refs:
            continue
        article = articles[refs[0].article]
        shown = display_path(article.path, config.root) if article.path else article.slug
        line = _line_of(article.path, name) if article.path else None
        in_articles = len({r.article for r in refs})
        mentions = f"{len(refs)} mention{'s' if len(refs) != 1 else ''} in {in_articles} article{'s' if in_articles != 1 else ''}"
        problems.append(Problem(shown, line, f"'{name}' looks like a person but is not in {people_file} ({mentions})",
                                f"add '- name: {name}' to {people_file}", "warning"))
    return problems


def _line_of(path: Path, text: str) -> Optional[int]:
    """The first line of the body that names `text` (front matter skipped)."""
    whole = path.read_text(encoding="utf-8-sig")
    _, body, body_line = frontmatter.split(whole)
    for offset, line in enumerate(body.split("\n")):
        if text in line:
            return body_line + offset
    return 1
