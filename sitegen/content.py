"""content/ → frozen Site: articles, topics and the people gazetteer, validated.

Every problem in every file is collected before reporting, each with its
`path:line`, so one build run shows an editor everything to fix.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple, Optional

from sitegen import frontmatter, markdown
from sitegen.analysis.people import load_gazetteer
from sitegen.config import Config
from sitegen.errors import Report, SitegenError, display_path
from sitegen.markdown import is_safe_link
from sitegen.model import Article, Site, Topic
from sitegen.stamp import was_edited

ARTICLE_KEYS = ("title", "title_inferred", "date", "author", "publisher", "url", "description", "language",
                "topics", "source", "source_sha256", "ingest_sha256")
TOPIC_KEYS = ("title", "description", "terms", "weak_terms", "exclude", "min_paragraphs", "weight")


def load_site(config: Config, report: Report) -> Site:
    """Load everything under content/; problems go to `report` (errors stop the build later)."""
    topics = load_topics(config, report)
    articles = load_articles(config, {t.slug for t in topics}, report)
    people = load_people(config, report)
    return Site(articles=articles, topics=topics, people=people)


def load_topics(config: Config, report: Report) -> tuple[Topic, ...]:
    topics = []
    for path in sorted((config.content_dir / "topics").glob("*.md")):
        loaded = _read(path, config, report)
        if loaded is None:
            continue
        meta, body, lines, shown, _ = loaded
        problems_before = len(report.errors)
        for key in meta:
            if key not in TOPIC_KEYS:
                report.error(shown, lines.get(key), f"unknown front matter key '{key}' in a topic",
                             f"use one of: {', '.join(TOPIC_KEYS)}")
        title = _string(meta, "title", shown, lines, report, required=True)
        terms = _string_list(meta, "terms", shown, lines, report)
        weak_terms = _string_list(meta, "weak_terms", shown, lines, report)
        if not terms and "terms" not in meta:
            report.error(shown, 2, "a topic needs 'terms': the words and phrases that mark a paragraph as on-topic",
                         "add e.g. terms: [sanction, embargo, price cap]")
        exclude = _string_list(meta, "exclude", shown, lines, report)
        min_paragraphs = _int(meta, "min_paragraphs", 1, shown, lines, report)
        weight = _int(meta, "weight", 0, shown, lines, report)
        if len(report.errors) > problems_before:
            continue
        topics.append(Topic(slug=path.stem, title=title, description=_string(meta, "description", shown, lines, report) or "",
                            terms=terms, exclude=exclude, weak_terms=weak_terms, intro=body.strip(),
                            min_paragraphs=min_paragraphs,
                            weight=weight, path=path))
    return tuple(sorted(topics, key=lambda t: (t.weight, t.slug)))


def load_articles(config: Config, topic_slugs: set[str], report: Report) -> tuple[Article, ...]:
    articles = []
    for path in sorted((config.content_dir / "articles").glob("*.md")):
        article = load_article(path, config, topic_slugs, report)
        if article is not None:
            articles.append(article)
    return tuple(articles)


def load_article(path: Path, config: Config, topic_slugs: set[str], report: Report,
                 data: Optional[bytes] = None, meta_out: Optional[dict] = None) -> Optional[Article]:
    """One article file (its bytes in `data` when the caller read them already).

    `meta_out`, when given, receives the raw front matter, even for an article with errors."""
    loaded = _read(path, config, report, data)
    if loaded is None:
        return None
    meta, body, lines, shown, text = loaded
    if meta_out is not None:
        meta_out.update(meta)
    errors_before = len(report.errors)
    title = _string(meta, "title", shown, lines, report, required=True)
    date = None
    try:
        date = frontmatter.iso_date(meta.get("date"))
    except ValueError as exc:
        report.error(shown, lines.get("date"), str(exc), "write it as YYYY-MM-DD, or null when unknown")
    url = _string(meta, "url", shown, lines, report)
    if url and (not is_safe_link(url) or not url.lower().startswith(("http://", "https://"))):
        report.error(shown, lines.get("url"), f"url {url!r} is not a web address", "use an http:// or https:// address, or null")
    topics = _string_list(meta, "topics", shown, lines, report)
    for slug in topics:
        if slug not in topic_slugs:
            known = ", ".join(sorted(topic_slugs)) or "none defined"
            report.error(shown, lines.get("topics"), f"unknown topic '{slug}'",
                         f"add content/topics/{slug}.md or use one of: {known}")
    fields = {k: _string(meta, k, shown, lines, report) for k in ("author", "publisher", "description", "source")}
    if len(report.errors) > errors_before:
        return None
    extra = tuple((k, v) for k, v in meta.items() if k not in ARTICLE_KEYS)
    return Article(
        slug=path.stem, title=title, body=body, paragraphs=markdown.paragraphs(body), date=date, url=url,
        # Topics an editor chose win; topics ingest computed are recomputed from the current terms.
        topics=topics, topics_fixed=bool(topics) and was_edited(text), title_inferred=bool(meta.get("title_inferred")),
        path=path, extra=extra, **fields,
    )


def load_people(config: Config, report: Report):
    path = config.content_dir / "people.yaml"
    if not path.exists():
        return ()
    shown = display_path(path, config.root)
    try:
        data = frontmatter.load_yaml(path.read_text(encoding="utf-8-sig"), shown)
        return load_gazetteer(data, shown)
    except SitegenError as exc:
        report.extend(exc.problems)
    except ValueError as exc:
        report.error(shown, None, str(exc))
    return ()


# -- helpers -------------------------------------------------------------------


class _Source(NamedTuple):
    meta: dict
    body: str
    lines: dict  # front-matter key → 1-based line in the file
    shown: str  # the path as the user reads it
    text: str


def _read(path: Path, config: Config, report: Report, data: Optional[bytes] = None) -> Optional[_Source]:
    shown = _shown(path, config)
    try:
        if data is None:
            data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.error(shown, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})", "save the file as UTF-8")
        return None
    try:
        meta, body, _ = frontmatter.parse(text, shown)
    except SitegenError as exc:
        report.extend(exc.problems)
        return None
    return _Source(meta, body, _KeyLines(text), shown, text)


def _shown(path: Path, config: Config) -> str:
    """display_path without resolving symlinks for every file: a content file is named by where it was found."""
    try:
        return path.relative_to(config.root).as_posix()
    except ValueError:
        return display_path(path, config.root)


class _KeyLines:
    """Front-matter key → line in the file, worked out only when an error needs it
    (composing the YAML a second time doubled the cost of loading a valid article)."""

    def __init__(self, text: str):
        self._text = text
        self._lines: Optional[dict] = None

    def get(self, key: str, default: Optional[int] = None) -> Optional[int]:
        if self._lines is None:
            yaml_text, _, _ = frontmatter.split(self._text)
            self._lines = {k: v + 2 for k, v in frontmatter.key_lines(yaml_text or "").items()}
        return self._lines.get(key, default)


def _string(meta: dict, key: str, shown: str, lines: dict, report: Report, required: bool = False) -> Any:
    value = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            report.error(shown, lines.get(key, 1), f"missing '{key}'", f"add '{key}: ...' to the front matter")
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        report.error(shown, lines.get(key), f"'{key}' must be text, not a {type(value).__name__}")
        return None
    return value.strip()


def _string_list(meta: dict, key: str, shown: str, lines: dict, report: Report) -> tuple[str, ...]:
    value = meta.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        report.error(shown, lines.get(key), f"'{key}' must be a list of words or phrases", f"write {key}: [first, second]")
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


def _int(meta: dict, key: str, default: int, shown: str, lines: dict, report: Report) -> int:
    value = meta.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        report.error(shown, lines.get(key), f"'{key}' must be a whole number")
        return default
    return value
