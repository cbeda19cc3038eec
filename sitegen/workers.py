"""The work a build spreads over processes: parse articles, analyse them, render pages.

With enough to do, the work goes to forked workers; a small incremental build stays in this
process, where starting workers would cost more. A build that will render every page (a cold
build, a template edit) forks its workers as it starts, while it holds little (Pool): they
parse and analyse each article in one pass and are sent the pages they render. Otherwise a
pool is forked when needed, and its workers inherit what they need (_JOB) instead of
receiving it pickled.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import jinja2

from sitegen import analysis as analysis_module
from sitegen import cache, content, deps, markdown
from sitegen.config import Config
from sitegen.errors import Report, SitegenError
from sitegen.memory import collector_paused, return_free_memory
from sitegen.model import Article, Site
from sitegen.outputs import write_bytes
from sitegen.pages import Page
from sitegen.render import relative_links

# Parsing or rendering fewer than this many files is faster in this process than
# starting a pool of workers (measured: a fork pool costs ~40 ms, a page ~1 ms).
POOL_MIN = 150
CHUNK = 48

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Entry:
    """A parsed article as the cache keeps it: its Article (path=None; set when loaded), its Markdown
    render, and its `source` ((source, source_sha256) from the front matter: what ingest matches seeds by).

    Pickled (into the article pack, or by a worker for the build) with its heavy parts as two bytes
    values, read when asked for: its page's HTML, and its Markdown, paragraphs and headings pickled
    together. A one-off build keeps those bytes as they are for the few pages and analyses that read
    them (see build._keep_one_off) and needs only `summary` of the rest: read whole, the 10,000-article
    pack was half a second of a one-article rebuild, and encoding the same parts again for the build's
    temporary files another half."""

    __slots__ = ("sha256", "source", "_article", "_rendered", "_summary", "_html", "_rest")

    def __init__(self, sha256: str, article: Article, rendered: markdown.Rendered, source: tuple):
        self.sha256 = sha256
        self.source = source
        self._article: Optional[Article] = article
        self._rendered: Optional[markdown.Rendered] = rendered
        self._summary: Optional[Article] = None
        self._html: Optional[bytes] = None
        self._rest: Optional[bytes] = None

    @classmethod
    def _packed(cls, sha256: str, source: tuple, summary: Article, html: bytes, rest: bytes) -> "Entry":
        entry = cls.__new__(cls)
        entry.sha256, entry.source, entry._summary, entry._html, entry._rest = sha256, source, summary, html, rest
        entry._article = entry._rendered = None
        return entry

    def __reduce__(self):
        return Entry._packed, (self.sha256, self.source, self.summary, self.html_bytes, self.rest_bytes)

    @property
    def summary(self) -> Article:
        """The Article without its Markdown and with its first paragraph only (what every page listing it shows)."""
        if self._summary is None:
            self._summary = dataclasses.replace(self._article, body="", paragraphs=self._article.paragraphs[:1])
        return self._summary

    @property
    def html_bytes(self) -> bytes:
        """Its page's HTML, UTF-8."""
        return self._html if self._html is not None else self._rendered.html.encode("utf-8", "surrogatepass")

    @property
    def rest_bytes(self) -> bytes:
        """(Markdown, paragraphs, headings), pickled as the cache pickles (see paragraphs_of)."""
        if self._rest is not None:
            return self._rest
        return cache.dumps((self._article.body, self._article.paragraphs, self._rendered.headings))

    def pack(self) -> None:
        """Hold its heavy parts as bytes from now on (as if read from a pack): for an entry that is both
        pickled into the pack and kept by a one-off build (see build._stream_articles), encoded once."""
        if self._article is not None:
            self._summary, self._html, self._rest = self.summary, self.html_bytes, self.rest_bytes
            self._article = self._rendered = None

    @property
    def packed(self) -> bool:
        """Whether its heavy parts are still bytes (read from a pack or sent by a worker, not read since)."""
        return self._article is None

    @property
    def article(self) -> Article:
        if self._article is None:
            self._unpack()
        return self._article

    @property
    def rendered(self) -> markdown.Rendered:
        if self._rendered is None:
            self._unpack()
        return self._rendered

    def _unpack(self) -> None:
        body, paragraphs, headings = cache.loads(self._rest)
        self._article = dataclasses.replace(self._summary, body=body, paragraphs=paragraphs)
        self._rendered = markdown.Rendered(self._html.decode("utf-8", "surrogatepass"), paragraphs, headings)
        self._html = self._rest = None  # (held as objects now; made again if pickled again)


def paragraphs_of(rest: bytes) -> tuple:
    """The paragraphs in an Entry's rest_bytes."""
    return cache.loads(rest)[1]


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


def _parse_analyse_chunk(job: tuple):
    """Parse these articles and analyse each at once, while it is at hand: (rel, sha, entry, problems,
    analysis or None). The analysis comes pickled, as the analysis pack keeps it: the build holds it so
    until combine reads it (see build._Unpickled)."""
    items, config, topic_slugs, topics, people = job
    out = []
    for rel, path in items:
        rel, sha, entry, problems = _parse_one(rel, path, config, topic_slugs)
        analysis = None
        if entry is not None:
            with collector_paused():  # (as the build's analyse step: many objects kept, no cycles)
                # Pickled plainly, not as cache.dumps, whose Python hook sees every object: twice the time
                # (0.25 against 0.12 ms an article). The UTF-8 copies a plain pickle leaves in non-ASCII
                # strings (see cache._Pickler) go with the analysis, dropped here, but for the few of its
                # strings that live on (measured: ~9 characters an article). cache.loads reads either.
                analysis = pickle.dumps(analysis_module.analyse_article(entry.article, topics, people),
                                        protocol=pickle.HIGHEST_PROTOCOL)
        out.append((rel, sha, entry, problems, analysis))
    # What a one-off parse keeps for later (every render, by the article's text) is sent back to the
    # parent: kept here too, it would grow this worker by the size of all it parsed. The analysis
    # memos of paragraph texts serve the articles of one chunk (each paragraph is read by several
    # steps), not the next chunk's: emptied, they stay a chunk's size instead of ~20 MB in the parent
    # and in each worker (this runs in both).
    markdown.remember({})
    analysis_module.forget_paragraphs()
    return out


def parse_all(items: list[tuple[str, Path]], config: Config, topic_slugs: set[str], progress: Progress,
               jobs: Optional[int], pool: Optional["Pool"] = None, analyse: Optional[tuple] = None):
    """(rel, sha, entry, problems) of each item; with `pool` (a build's) and `analyse` ((topics, people)),
    the items are parsed and analysed in its workers and a fifth value is each article's analysis."""
    total = len(items)
    if pool is not None and analyse is not None and total >= POOL_MIN:
        return [item for part in parse_parts(items, config, topic_slugs, progress, pool, analyse) for item in part]
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


def parse_parts(items: list[tuple[str, Path]], config: Config, topic_slugs: set[str], progress: Progress,
                pool: "Pool", analyse: tuple) -> Iterator[list]:
    """parse_all's results with a pool and `analyse`, a chunk at a time as they come."""
    total = len(items)
    jobs = [(items[i:i + CHUNK], config, topic_slugs, *analyse) for i in range(0, total, CHUNK)]
    return pool.parts(_parse_analyse_chunk, jobs, "parsing and analysing", total, progress)


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


_SHARED: dict[str, Any] = {}  # in a build pool's worker: the shared part of the pages it renders (see _render_sent)


def _render_sent(job: tuple):
    """Render pages sent to a build pool's worker: each page's own values came in `data`, what all of
    them share (the theme, the config, the common context) is in the file `shared`, read once."""
    shared, staging, data = job
    if _SHARED.get("path") != shared:
        analysis_module.forget_paragraphs()  # (the memos of the articles this worker analysed)
        _SHARED.clear()
        with open(shared, "rb") as handle:
            theme, config, commons = cache.load(handle)
        from sitegen.render import environment
        _SHARED.update(path=shared, env=environment(theme, config), commons=commons,
                       fingerprints=deps.Fingerprints())
        gc.freeze()  # kept for every page: not for the collector to walk again and again
    env, commons, fingerprints = _SHARED["env"], _SHARED["commons"], _SHARED["fingerprints"]
    out = []
    try:
        for index, old, output, template, which, own, covered in cache.loads(data):
            page = Page(output, template, {**commons[which], **own}, covered=covered)
            out.append((index, *_render_one(page, env, staging, old, fingerprints)))
    except SitegenError as exc:
        return [(None, exc.problems)]
    return out


def _render_in_pool(pages: list[Page], todo: list, env: jinja2.Environment, staging: Path, progress: Progress,
                    pool: "Pool", fingerprints: deps.Fingerprints, theme, config) -> list:
    """render_all with a build's pool, whose workers were forked before this process held the site: they
    are sent what they render. A page whose context shares all but its own values with others (an
    article's, see pages.LazyContext) can go to a worker; the others are rendered here."""
    commons: list = []
    which_of: dict[int, int] = {}
    here: list = []
    sendable: list = []
    for index, old in todo:
        common = getattr(pages[index].context, "common", None)
        if common is None:
            here.append((index, old))
            continue
        if id(common) not in which_of:
            which_of[id(common)] = len(commons)
            commons.append(common)
        sendable.append((index, old, which_of[id(common)]))
    fd, shared = tempfile.mkstemp(prefix="sitegen-pages-", suffix=".bin")
    try:
        with os.fdopen(fd, "wb") as handle:  # (pickled into it: as bytes first, 7 MB at 10,000 articles, twice)
            cache.dump((theme, config, commons), handle)
        return_free_memory()  # (what pickling it took: the workers' share of the pages is sent from here on)

        def sent(items: list) -> tuple:
            rows = []
            for index, old, which in items:
                page = pages[index]
                full = page.context.built()
                common = commons[which]
                own = {k: v for k, v in full.items() if k not in common or v is not common[k]}
                rows.append((index, old, page.output, page.template, which, own, page.covered))
                page.context.release()
            # Pickled here as the cache pickles (a pickle of a non-ASCII str would keep a UTF-8 copy in it).
            return shared, staging, cache.dumps(rows)

        def here_(items: list) -> list:
            return [(index, *_render_one(pages[index], env, staging, old, fingerprints)) for index, old, *_ in items]

        # The pages only this process can render come one at a time between the others (a topic or
        # person page takes as long as many article pages), so the workers are never left waiting.
        local = [lambda c=[item]: here_(c) for item in here]
        chunks = [sendable[i:i + CHUNK] for i in range(0, len(sendable), CHUNK)]
        rendered = pool.run(_render_sent, chunks, "rendering", len(todo), progress, send=sent, here=here_, local=local)
    finally:
        os.unlink(shared)
    return rendered


def render_all(pages: list[Page], todo: list[tuple[int, Optional[str]]], env: jinja2.Environment, staging: Path,
                progress: Progress, jobs: Optional[int], fingerprints: Optional[deps.Fingerprints] = None,
                pool: Optional["Pool"] = None, theme=None, config=None):
    """Render the pages at `todo`'s indexes into `staging`; `fingerprints`: the build's own, whose
    digests of shared values the pages rendered in this process reuse."""
    total = len(todo)
    if pool is not None and total >= POOL_MIN:
        rendered = _render_in_pool(pages, todo, env, staging, progress, pool, fingerprints or deps.Fingerprints(),
                                   theme, config)
        return _received(rendered)
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
    return _received(rendered)


def _received(rendered: list) -> list:
    failed = [item[1] for item in rendered if item[0] is None]
    if failed:
        raise SitegenError([problem for problems in failed for problem in problems])
    # Pathsets come back from each worker as fresh tuples; one object per distinct set keeps the cache small.
    return [(index, deps.intern(tuple((k, deps.intern(p)) for k, p in pathset)), digests, out_digest, written)
            for index, pathset, digests, out_digest, written in rendered]


class Pool:
    """Worker processes for one build, forked as it starts, while this process holds little: a forked
    worker counts everything its parent holds in its resident memory, and workers forked once the
    site was loaded and analysed doubled a cold build's peak (1.2 GB at 10,000 articles). What they
    work on is sent to them (parse_all, render_all), not inherited."""

    def __init__(self, jobs: Optional[int] = None):
        import multiprocessing
        self.workers = max(1, _workers(jobs) - 1)  # this process is one of the workers (see _in_pool)
        frozen_before = gc.get_freeze_count()
        gc.freeze()  # (see _in_pool)
        try:
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        finally:
            if not frozen_before:
                gc.unfreeze()

    @classmethod
    def maybe(cls, jobs: Optional[int], items: int) -> Optional["Pool"]:
        """A pool when there are cores to share and enough work to share, else None."""
        if items < POOL_MIN or _workers(jobs) < 2:
            return None
        try:
            return cls(jobs)
        except (ValueError, OSError):  # pragma: no cover - no fork on this platform
            return None

    def run(self, func, chunks: list, stage: str, total: int, progress: Progress,
            send: Optional[Callable] = None, here: Optional[Callable] = None, local: list = ()) -> list:
        """func(send(chunk)) in the workers; this process does chunks too (here(chunk), by default the
        same), and the callables in `local`, which only it can do, one between two chunks."""
        return [item for part in self.parts(func, chunks, stage, total, progress, send, here, local) for item in part]

    def parts(self, func, chunks: list, stage: str, total: int, progress: Progress,
              send: Optional[Callable] = None, here: Optional[Callable] = None, local: list = ()) -> Iterator[list]:
        """run()'s results a chunk at a time, as they come."""
        from collections import deque

        send = send or (lambda chunk: chunk)
        here = here or (lambda chunk: func(send(chunk)))
        pending, local, running = deque(chunks), deque(local), deque()
        done = 0
        while pending or running or local:
            while running and (running[0].ready() or not (pending or local)):
                part = running.popleft().get()
                done += len(part)
                progress(stage, done, total)
                yield part
            # Topped up after what was collected, just before this process works: topped up before,
            # the worker was left one chunk while this process did one of its own, and was idle a
            # quarter of a cold build's parsing and analysing at 10,000 articles.
            while pending and len(running) < 2 * self.workers:
                running.append(self._pool.apply_async(func, (send(pending.popleft()),)))
            if local or pending:
                part = local.popleft()() if local else here(pending.popleft())
                done += len(part)
                progress(stage, done, total)
                yield part

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()


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
                while running and (running[0].ready() or not pending):
                    out.extend(running.popleft().get())
                    progress(stage, len(out), total)
                # Two chunks queued per worker, one to work on and one waiting, topped up just before
                # this process works too (see Pool.parts).
                while pending and len(running) < 2 * workers:
                    running.append(pool.apply_async(func, (pending.popleft(),)))
                if pending:
                    out.extend(func(pending.popleft()))
                    progress(stage, len(out), total)
    finally:
        if not frozen_before:
            gc.unfreeze()
    return out


def render_page(env: jinja2.Environment, page: Page) -> str:
    try:
        html = env.get_template(page.template).render(page.context)
        if env.globals.get("relative_urls") and page.output.endswith(".html"):
            html = relative_links(html, page.output, env.globals["url"]())  # (url() is the base path)
        return html
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
