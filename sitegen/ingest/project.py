"""seeds/ → content/articles/: which seeds to (re)ingest, where they go, what to leave alone.

Editors own content/. An article file records the hash of the text ingest wrote
(`ingest_sha256`); a file whose text no longer matches was edited by hand and
is never overwritten unless the user says --force.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from sitegen import frontmatter, markdown
from sitegen.analysis.topics import assign_topics
from sitegen.config import Config
from sitegen.errors import Problem, SitegenError
from sitegen.files import write_atomic
from sitegen.ingest.extract import extract, plain_paragraphs, to_markdown
from sitegen.ingest.rules import Rules, load_rules
from sitegen.model import Extraction, Topic
from sitegen.slug import slugify, unique_slug
from sitegen.stamp import stamped, was_edited

SEED_SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown")
# Files in seeds/ that are not articles.
_NOT_SEEDS = {"sources.yaml", "readme.md", "readme.txt"}


@dataclass
class IngestResult:
    written: list[str] = field(default_factory=list)  # content files created or updated
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited by hand: left alone although the seed changed
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ExistingArticle:
    path: Path
    meta: dict
    edited: bool  # the text differs from what ingest wrote
    text: str = ""  # the file as ingest read it, to notice an editor's save made while ingest ran


def seed_files(config: Config) -> list[Path]:
    root = config.seeds_dir
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts))


def ingest(config: Config, topics: Sequence[Topic], force: bool = False,
           only: Optional[Iterable[Path]] = None, jobs: Optional[int] = None, pool=None) -> IngestResult:
    """Bring content/articles/ up to date with seeds/; returns what happened to each file.

    Three steps: which seeds need extracting (the rest are unchanged, or kept as an editor left them); their
    extraction and article text, in worker processes when there are many (the build's `pool`, or one of ingest's
    own); then, in seed order, each its slug and its file — so the files are the same however many cores made them."""
    result = IngestResult()
    articles_dir = config.content_dir / "articles"
    seeds = seed_files(config)
    # (With no seed to look at, the articles need not be read: at 10,000 of them, a second or two of a build.)
    existing = _existing_articles(articles_dir, result) if seeds else {}
    by_source = {a.meta.get("source"): a for a in existing.values() if a.meta.get("source")}
    taken = set(existing)
    wanted = {p.resolve() for p in only} if only is not None else None
    rules = project_rules(config)

    present = {p.relative_to(config.seeds_dir).as_posix() for p in seeds}
    for key, line in rules.unknown_files(present):
        result.problems.append(Problem(_rel(config.seeds_dir / "sources.yaml", config), line,
                                       f"no seed file named {key!r}", "check the name against seeds/", "warning"))
    todo: list[_Seed] = []
    for path in seeds:
        if wanted is not None and path.resolve() not in wanted:
            continue
        rel = path.relative_to(config.root).as_posix()
        if path.name.lower() in _NOT_SEEDS:
            continue
        if path.suffix.lower() not in SEED_SUFFIXES:
            result.problems.append(Problem(rel, None, "not an article file (.txt, .html, .md), skipped",
                                           "move it out of seeds/ or rename it", "warning"))
            continue
        previous = by_source.get(rel)
        if previous is not None and previous.edited and not force:
            if previous.meta.get("source_sha256") != _sha256(path.read_bytes()):
                result.kept.append(_rel(previous.path, config))
            else:
                result.unchanged.append(_rel(previous.path, config))
            continue
        todo.append(_Seed(path, rel, path.relative_to(config.seeds_dir).as_posix(), previous))

    for seed, made in zip(todo, _make_all(todo, rules, tuple(topics), jobs, pool)):
        if made.text is None:
            result.problems.append(Problem(seed.rel, None, "no article text found, skipped",
                                           "check the file, or run 'sitegen ingest --explain " + seed.rel + "'", "warning"))
            continue
        if seed.previous is not None:
            slug = seed.previous.path.stem
        else:
            slug = unique_slug(slugify(made.title or seed.path.stem), taken)
            taken.add(slug)
        target = articles_dir / f"{slug}.md"
        current = target.read_text(encoding="utf-8", errors="replace") if target.exists() else None
        if current == made.text:
            result.unchanged.append(_rel(target, config))
            continue
        if seed.previous is not None and current != seed.previous.text and not force:
            # Saved by an editor since ingest read it (sitegen serve rebuilds while people type): theirs wins.
            result.kept.append(_rel(target, config))
            continue
        write_atomic(target, made.text)
        result.written.append(_rel(target, config))
        # Warnings only when the article is (re)written: an unchanged seed was reported before.
        result.problems.extend(Problem(seed.rel, None, w, "", "warning") for w in made.warnings)
    return result


@dataclass(frozen=True)
class _Seed:
    path: Path
    rel: str  # as the project names it ("seeds/x.txt"): the article's `source`
    name: str  # as seeds/ names it ("x.txt"): what sources.yaml's rules are keyed by
    previous: Optional[ExistingArticle]


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class _Made:
    text: Optional[str]  # the article file; None when the seed has no article text
    title: Optional[str] = None
    warnings: tuple[str, ...] = ()


_CHUNK = 32  # seeds a worker is sent at a time


def _make_all(todo: list[_Seed], rules: Rules, topics: tuple[Topic, ...], jobs: Optional[int], pool) -> Iterator[_Made]:
    """Each seed's extraction as its article file, in seed order: in the build's pool or one of ingest's own when
    there are enough seeds and cores to share, else here. (Each seed is read where it is extracted, and each file given
    back as soon as those before it are: ingest holds the files a slow chunk keeps waiting, never all the seeds.)"""
    from sitegen import workers

    items = [(k, str(seed.path), seed.name, seed.rel) for k, seed in enumerate(todo)]
    own = None
    if len(items) < workers.POOL_MIN:
        pool = None  # (a few seeds: here, sooner than a worker that must first import ingest)
    elif pool is None:
        pool = own = workers.Pool.maybe(jobs, len(items))
    if pool is None:
        for item in items:  # (one at a time: a chunk of all of them would hold every file at once)
            yield _make_one(rules, topics, item)
        return
    try:
        chunks = [items[k:k + _CHUNK] for k in range(0, len(items), _CHUNK)]
        # (The pool gives chunks back as they are done, this process's own among them: put back in seed order.)
        waiting: dict[int, _Made] = {}
        following = 0
        for part in pool.parts(_make_chunk, chunks, "ingest", len(items), lambda *_: None,
                               send=lambda chunk: (rules, topics, chunk)):
            waiting.update(part)
            while following in waiting:
                yield waiting.pop(following)
                following += 1
    finally:
        if own is not None:
            own.close()


def _make_chunk(job: tuple) -> list[tuple[int, _Made]]:
    rules, topics, items = job
    return [(item[0], _make_one(rules, topics, item)) for item in items]


def _make_one(rules: Rules, topics: tuple[Topic, ...], item: tuple) -> _Made:
    _, path, name, rel = item
    raw = Path(path).read_bytes()
    extraction = extract(raw, name, rules)
    if not extraction.blocks and extraction.markdown is None:
        return _Made(None)
    return _Made(article_text(extraction, rel, _sha256(raw), topics), extraction.title, tuple(extraction.warnings))


def project_rules(config: Config) -> Rules:
    """seeds/sources.yaml, the editor's corrections (raises SitegenError with path:line on a mistake)."""
    path = config.seeds_dir / "sources.yaml"
    return load_rules(path, _rel(path, config))


def article_text(extraction: Extraction, source: str, source_sha256: str, topics: Sequence[Topic]) -> str:
    """The article file ingest writes: front matter in a fixed key order, then the body."""
    body = extraction.markdown if extraction.markdown is not None else to_markdown(extraction.blocks)
    meta: dict = {"title": extraction.title or Path(source).stem}
    if extraction.title_inferred:
        meta["title_inferred"] = True
    meta.update({
        "date": extraction.date,
        "author": extraction.author,
        "publisher": extraction.publisher,
        "url": extraction.url,
    })
    if extraction.description:
        meta["description"] = extraction.description
    if extraction.language:
        meta["language"] = extraction.language
    # The same rule analysis applies at build time (the headline counts), so the file agrees with the site.
    # (A body made of plain blocks gives its paragraphs without a Markdown parse: see plain_paragraphs.)
    paragraphs = plain_paragraphs(extraction.blocks) if extraction.markdown is None else None
    if paragraphs is None:
        paragraphs = markdown.paragraphs(body)
    meta["topics"] = list(assign_topics(paragraphs, topics, meta["title"]))
    for key, value in extraction.extra:
        meta[key] = value  # e.g. topics set by hand in a Markdown seed win over the computed ones
    meta["source"] = source
    meta["source_sha256"] = source_sha256
    return stamped(frontmatter.dump(meta, body))


def _existing_articles(articles_dir: Path, result: IngestResult) -> dict[str, ExistingArticle]:
    out = {}
    if not articles_dir.is_dir():
        return out
    for path in sorted(articles_dir.glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            meta, _, _ = frontmatter.parse(text, str(path))
        except SitegenError:
            # The build reports the broken front matter; ingest must not touch the file, nor take its seed
            # for a new one (that wrote <slug>-2.md, a duplicate once the YAML is fixed): keep its source.
            meta = {key: found.group(1) for key in ("source", "source_sha256")
                    if (found := re.search(rf"^{key}: *['\"]?(.+?)['\"]? *$", text, re.MULTILINE))}
            out[path.stem] = ExistingArticle(path, meta, edited=True, text=text)
            continue
        out[path.stem] = ExistingArticle(path, meta, edited=was_edited(text), text=text)
    return out


def _rel(path: Path, config: Config) -> str:
    try:
        return path.relative_to(config.root).as_posix()
    except ValueError:
        return str(path)
