"""The work a build spreads over processes: parse articles, analyse them, render pages.

With enough to do (a cold build, a template edit) the work goes to a pool of forked
workers, which inherit what they need (_JOB) instead of receiving it pickled; a small
incremental build stays in this process, where starting a pool would cost more.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import jinja2

from sitegen import analysis as analysis_module
from sitegen import cache, content, deps, markdown
from sitegen.config import Config
from sitegen.errors import Report, SitegenError
from sitegen.model import Article, Site
from sitegen.outputs import write_bytes
from sitegen.pages import Page

# Parsing or rendering fewer than this many files is faster in this process than
# starting a pool of workers (measured: a fork pool costs ~40 ms, a page ~1 ms).
POOL_MIN = 150
CHUNK = 48

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class Entry:
    """A parsed article as the cache keeps it."""

    sha256: str
    article: Article  # path=None in the cache; set when loaded
    rendered: markdown.Rendered
    source: tuple  # (source, source_sha256) from the front matter: what ingest matches seeds by


_JOB: dict[str, Any] = {}  # what forked workers read: set before the pool starts


def _parse_one(rel: str, path: Path, config: Config, topic_slugs: set[str]):
    data = path.read_bytes()
    sha = cache.file_digest(data)
    report = Report()
    meta: dict = {}
    article = content.load_article(path, config, topic_slugs, report, data=data, meta_out=meta)
    entry = None
    if article is not None:
        entry = Entry(sha, dataclasses.replace(article, path=None), markdown.render(article.body),
                       (meta.get("source"), meta.get("source_sha256")))
    return rel, sha, entry, report.problems


def _parse_chunk(items: list[tuple[str, Path]]):
    return [_parse_one(rel, path, _JOB["config"], _JOB["topic_slugs"]) for rel, path in items]


def parse_all(items: list[tuple[str, Path]], config: Config, topic_slugs: set[str], progress: Progress,
               jobs: Optional[int]):
    total = len(items)
    if total < POOL_MIN or _workers(jobs) < 2:
        out = []
        for n, (rel, path) in enumerate(items, 1):
            out.append(_parse_one(rel, path, config, topic_slugs))
            if n % 50 == 0 or n == total:
                progress("parsing", n, total)
        return out
    _JOB.update(config=config, topic_slugs=topic_slugs)
    try:
        chunks = [items[i:i + CHUNK] for i in range(0, total, CHUNK)]
        return _in_pool(_parse_chunk, chunks, "parsing", total, progress, jobs)
    finally:
        _JOB.clear()


def _analyse_chunk(indexes: list[int]):
    articles, site = _JOB["articles"], _JOB["site"]
    return [(articles[i].slug, analysis_module.analyse_article(articles[i], site.topics, site.people)) for i in indexes]


def analyse_all(articles: list[Article], site: Site, progress: Progress, jobs: Optional[int]) -> dict:
    """analyse_article for each of `articles` (pure, per article: it parallelizes)."""
    total = len(articles)
    if total < POOL_MIN or _workers(jobs) < 2:
        out = {}
        for n, article in enumerate(articles, 1):
            out[article.slug] = analysis_module.analyse_article(article, site.topics, site.people)
            if n % 50 == 0 or n == total:
                progress("analysing", n, total)
        return out
    _JOB.update(articles=articles, site=site)
    try:
        chunks = [list(range(i, min(i + CHUNK, total))) for i in range(0, total, CHUNK)]
        return dict(_in_pool(_analyse_chunk, chunks, "analysing", total, progress, jobs))
    finally:
        _JOB.clear()


def _render_one(page: Page, env: jinja2.Environment, staging: Path, old_digest: Optional[str],
                fingerprints: deps.Fingerprints):
    recorder = deps.Recorder()
    try:
        text = render_page(env, Page(page.output, page.template, deps.track_context(page.context, recorder)))
        pathset = recorder.pathset()
    except SitegenError:
        raise
    except Exception:
        # Something in the templates used a value in a way the proxies cannot follow
        # (e.g. json.dumps of a dict): render from the plain values and depend on all of them.
        text = render_page(env, page)
        pathset = deps.whole_pathset(page.context)
    data = text.encode("utf-8")
    out_digest = hashlib.sha256(data).hexdigest()
    written = out_digest != old_digest
    if written:
        write_bytes(staging / page.output, data)
    digests = fingerprints.page(page.context, pathset, page.covered)
    release = getattr(page.context, "release", None)
    if release is not None:  # its values were only needed for this render
        release()
    return pathset, digests, out_digest, written


def _render_chunk(items: list[tuple[int, Optional[str]]]):
    pages, env, staging = _JOB["pages"], _JOB["env"], _JOB["staging"]
    fingerprints = deps.Fingerprints()
    try:
        return [(index, *_render_one(pages[index], env, staging, old, fingerprints)) for index, old in items]
    except SitegenError as exc:  # sent back as a value: the exception itself does not survive pickling
        return [(None, exc.problems)]


def render_all(pages: list[Page], todo: list[tuple[int, Optional[str]]], env: jinja2.Environment, staging: Path,
                progress: Progress, jobs: Optional[int], fingerprints: Optional[deps.Fingerprints] = None):
    """Render the pages at `todo`'s indexes into `staging`; `fingerprints`: the build's own, whose
    digests of shared values the pages rendered in this process reuse."""
    total = len(todo)
    if total < POOL_MIN or _workers(jobs) < 2:
        fingerprints = fingerprints or deps.Fingerprints()
        out = []
        for n, (index, old) in enumerate(todo, 1):
            out.append((index, *_render_one(pages[index], env, staging, old, fingerprints)))
            if n % 50 == 0 or n == total:
                progress("rendering", n, total)
        return out
    _JOB.update(pages=pages, env=env, staging=staging)
    try:
        chunks = [todo[i:i + CHUNK] for i in range(0, total, CHUNK)]
        rendered = _in_pool(_render_chunk, chunks, "rendering", total, progress, jobs)
    finally:
        _JOB.clear()
    failed = [item[1] for item in rendered if item[0] is None]
    if failed:
        raise SitegenError([problem for problems in failed for problem in problems])
    # Pathsets come back from each worker as fresh tuples; one object per distinct set keeps the cache small.
    return [(index, deps.intern(tuple((k, deps.intern(p)) for k, p in pathset)), digests, out_digest, written)
            for index, pathset, digests, out_digest, written in rendered]


def _workers(jobs: Optional[int] = None) -> int:
    if jobs is not None:
        return max(1, jobs)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _in_pool(func, chunks: list, stage: str, total: int, progress: Progress, jobs: Optional[int]) -> list:
    """Run func over chunks in forked workers (they inherit _JOB without pickling it) and in this
    process: n cores take n - 1 workers. (A forked worker counts everything this process holds in its
    resident memory; one fewer of them took a third off a 10,000-article build's peak, and this
    process would otherwise only wait.)"""
    import multiprocessing
    from collections import deque

    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - no fork on this platform
        return [item for chunk in chunks for item in func(chunk)]
    out: list = []
    pending = deque(chunks)
    # Frozen objects are left alone by the workers' garbage collector, so the memory they
    # share with this process stays shared instead of being copied page by page.
    # (A caller that froze objects itself, as Builder.build does, unfreezes them itself.)
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        workers = _workers(jobs) - 1
        with context.Pool(workers) as pool:
            running: deque = deque()
            while pending or running:
                # Two chunks queued per worker: one to work on, one waiting, while this process works too.
                while pending and len(running) < 2 * workers:
                    running.append(pool.apply_async(func, (pending.popleft(),)))
                while running and (running[0].ready() or not pending):
                    out.extend(running.popleft().get())
                    progress(stage, len(out), total)
                if pending:
                    out.extend(func(pending.popleft()))
                    progress(stage, len(out), total)
    finally:
        if not frozen_before:
            gc.unfreeze()
    return out


def render_page(env: jinja2.Environment, page: Page) -> str:
    try:
        return env.get_template(page.template).render(page.context)
    except jinja2.TemplateSyntaxError as exc:
        raise SitegenError.at(exc.filename or page.template, exc.lineno, f"template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        path, line = _template_position(exc)
        raise SitegenError.at(path or page.template, line,
                              f"template error while rendering {page.output}: {exc}",
                              "check the variable names in the template (see the README's template reference)") from None


def _template_position(exc: BaseException) -> tuple[Optional[str], Optional[int]]:
    """The innermost template file and line in a Jinja2 traceback (Jinja rewrites frames to point there)."""
    found: tuple[Optional[str], Optional[int]] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".svg", ".txt", ".json")):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
