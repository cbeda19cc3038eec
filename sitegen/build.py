"""The build, as a straight list of steps:

    config → scan the inputs (unchanged since the last build: done, nothing written)
    → ingest new/changed seeds → load content/ (unchanged articles from the cache)
    → analyse (cached) → pages → render the pages whose inputs changed
    → feeds, sitemap, search index, static files → write → save the cache

Nothing is written to the output folder until every page rendered: a failed
build leaves the previous site exactly as it was. A clean build (no previous
site or no cache) renders into a staging folder and swaps it in; an
incremental build renders the changed pages into a staging folder and moves
each into place with one atomic rename, so a reader of the site (the live
preview) always gets a whole old file or a whole new one.

`Builder` keeps what it loaded between builds: the live preview holds one and
calls `build()` on every save.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import jinja2

from sitegen import cache, content, deps, markdown
from sitegen import analysis as analysis_module
from sitegen.config import Config, load_config
from sitegen.errors import Problem, Report, SitegenError, display_path
from sitegen.ingest import IngestResult, ingest
from sitegen.model import Article, Site
from sitegen.pages import Page, site_pages
from sitegen.render import Theme, environment, load_theme

from sitegen.sitefiles import site_files

# Parsing or rendering fewer than this many files is faster in this process than
# starting a pool of workers (measured: a fork pool costs ~40 ms, a page ~1 ms).
POOL_MIN = 150
CHUNK = 48
# A file modified this close to the last scan may have changed again within the
# same mtime tick: it is hashed, not trusted by its stat (git's "racy clean").
RACY_NS = 2_000_000_000

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class BuildResult:
    config: Config
    output: Path
    pages: int = 0
    static_files: int = 0
    seconds: float = 0.0
    ingest: Optional[IngestResult] = None
    warnings: list[Problem] = field(default_factory=list)
    written: dict[str, int] = field(default_factory=dict)  # kind (article, topic, page, file, static) → written
    reused: int = 0  # outputs whose inputs had not changed: not rendered again
    unchanged: int = 0  # rendered again but byte-identical: not rewritten
    deleted: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # output paths written or deleted (for live reload)
    rebuilt: list[str] = field(default_factory=list)  # "what: why" lines for --verbose
    noop: bool = False
    clean: bool = False  # everything was rendered (no usable previous build)
    steps: dict[str, float] = field(default_factory=dict)  # seconds per step, in order (--verbose)

    @property
    def files(self) -> int:
        return self.pages + self.static_files


def build(root: Path, output: Optional[Path] = None, base_url: Optional[str] = None,
          run_ingest: bool = True, progress: Optional[Progress] = None) -> BuildResult:
    """Build the project at `root`; incremental when .sitegen-cache/ and the output folder allow it."""
    return Builder(root, output=output, base_url=base_url, run_ingest=run_ingest).build(progress)


@dataclass
class _Entry:
    """A parsed article as the cache keeps it."""

    sha256: str
    article: Article  # path=None in the cache; set when loaded
    rendered: markdown.Rendered
    source: tuple  # (source, source_sha256) from the front matter: what ingest matches seeds by


class Builder:
    """Builds one project into one output folder, keeping what it loaded between builds
    (the live preview holds one Builder and calls build() on every change)."""

    def __init__(self, root: Path, output: Optional[Path] = None, base_url: Optional[str] = None,
                 run_ingest: bool = True, jobs: Optional[int] = None):
        self.root = Path(root)
        self.output = output
        self.base_url = base_url
        self.run_ingest = run_ingest
        self.jobs = jobs  # worker processes for big renders; None: one per core, 1: never fork
        self._packed: Optional[tuple[dict, dict]] = None  # the article packs as read from the cache
        self._entries: dict[tuple, _Entry] = {}  # (project-relative path, sha256) → parsed article
        self._analysis: Optional[tuple[str, Any]] = None  # (key, the last Briefing without its Site)
        self._analyses: Optional[tuple] = None  # (key, (slug, sha) → ArticleAnalysis, the packs as stored)
        self._state: Optional[tuple[str, cache.BuildState]] = None
        self._pages: Optional[tuple[str, dict]] = None
        self._incremental = False

    # -- the build ------------------------------------------------------------------

    def build(self, progress: Optional[Progress] = None) -> BuildResult:
        started = time.perf_counter()
        progress = progress or (lambda stage, done, total: None)
        config = load_config(self.root, {"base_url": self.base_url})
        out_dir = Path(self.output).resolve() if self.output else config.output_dir.resolve()
        _refuse_dangerous_output(out_dir, config)
        store = cache.Store(config.root)
        key = cache.code_fingerprint()
        state_name = store.state_name(out_dir, config.base_url)
        state = self._load_state(store, state_name, key)
        self._incremental = state is not None
        result = BuildResult(config=config, output=out_dir)
        report = Report()
        theme = load_theme(config)
        clock = [time.perf_counter()]

        def step(name: str) -> None:
            now = time.perf_counter()
            result.steps[name] = result.steps.get(name, 0.0) + now - clock[0]
            clock[0] = now

        # -- what changed ----------------------------------------------------------
        scanned_ns = time.time_ns()
        inputs, changed = _scan_inputs(config, theme, state)
        outputs_now = _scan_outputs(out_dir)
        outputs_intact = state is not None and outputs_now == {k: v[:2] for k, v in state.outputs.items()}
        if state is not None and not changed and outputs_intact:
            return self._noop(result, state, started)
        if state is not None:
            result.rebuilt.extend(f"{name}: {how}" for name, how in sorted(changed.items()))
        step("scan")

        # -- ingest ----------------------------------------------------------------
        ingest_result = None
        if self.run_ingest and (state is None or self._ingest_needed(changed, state, config, store, key)):
            topics = content.load_topics(config, Report())  # topic errors are reported once, below
            ingest_result = ingest(config, topics)
            report.extend(ingest_result.problems)
            if ingest_result.written:
                inputs, changed = _scan_inputs(config, theme, state)
        elif self.run_ingest and state is not None:
            ingest_result = IngestResult(kept=list(state.ingest_kept), problems=list(state.ingest_problems))
            report.extend(ingest_result.problems)
        result.ingest = ingest_result
        step("ingest")

        # -- load ------------------------------------------------------------------
        topics = content.load_topics(config, report)
        people = content.load_people(config, report)
        articles, rendered, shas = self._load_articles(config, {t.slug for t in topics}, inputs, report, store, key,
                                                       progress)
        site = Site(articles=articles, topics=topics, people=people)
        report.raise_if_errors()
        markdown.remember(rendered)
        step("load")

        # -- analyse ---------------------------------------------------------------
        briefing = self._analyse(site, shas, store, key, result, progress)
        step("analyse")

        # -- pages -----------------------------------------------------------------
        env = environment(theme, config)
        pages = site_pages(briefing, config)
        _refuse_duplicate_outputs(pages)
        old_outputs = state.outputs if state is not None and out_dir.is_dir() else {}
        old_pages = self._load_pages(store, state_name, key) if old_outputs else {}
        clean = not old_outputs or not old_pages
        result.clean = clean
        templates = _TemplateFingerprints(env)
        fingerprints = deps.Fingerprints()
        todo: list[tuple[int, Optional[str]]] = []  # (page index, digest of the file there now)
        records: dict[str, cache.PageRecord] = {}
        for index, page in enumerate(pages):
            if page.body is not None:
                continue  # data written as it is (site/briefing.json): compared by its bytes with the others below
            record = old_pages.get(page.output)
            why = None if clean else _why_render(page, record, old_outputs, outputs_now, templates, fingerprints)
            if record is not None and why is None and not clean:
                records[page.output] = record
                continue
            old = old_outputs.get(page.output)
            # A clean build swaps in a fresh folder, so it writes every file, unchanged or not.
            todo.append((index, old[2] if old and not clean and outputs_now.get(page.output) == old[:2] else None))
            if not clean:
                result.rebuilt.append(f"{page.output}: {why}")
        if clean:
            result.rebuilt.append(f"all {len(pages)} pages: no previous build in {_shown_dir(out_dir, config)}")
        step("pages")

        staging: Optional[Path] = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
        try:
            done = _render_all(pages, todo, env, staging, progress, self.jobs)
            to_write: dict[str, str] = {}  # output → digest, for the files in staging
            for index, pathset, digests, out_digest, written in done:
                page = pages[index]
                records[page.output] = cache.PageRecord(templates.fingerprint(page.template), pathset, digests,
                                                        out_digest)
                if written:
                    to_write[page.output] = out_digest
                    result.written[_kind(page)] = result.written.get(_kind(page), 0) + 1
                else:
                    result.unchanged += 1
            result.reused = sum(1 for page in pages if page.body is None) - len(done)
            step("render")

            extra = self._extra_files(pages, briefing, config, env, theme)
            result.static_files = sum(1 for name in extra if name.startswith("static/"))
            for name, (data, kind) in extra.items():
                digest_ = hashlib.sha256(data).hexdigest()
                old = old_outputs.get(name)
                if not clean and old is not None and old[2] == digest_ and outputs_now.get(name) == old[:2]:
                    continue
                _write_bytes(staging / name, data)
                to_write[name] = digest_
                result.written[kind] = result.written.get(kind, 0) + 1
                if not clean:
                    result.rebuilt.append(f"{name}: {'new' if old is None else 'changed'}")

            step("feeds, search, static")
            wanted = {page.output for page in pages} | set(extra)
            result.deleted = sorted(set(outputs_now) - wanted)
            if clean:
                _swap_in(staging, out_dir)
                staging = None
            else:
                _apply(staging, out_dir, to_write, result.deleted)
            outputs = {name: old_outputs[name] for name in wanted if name not in to_write and name in old_outputs}
            for name, digest_ in to_write.items():
                st = os.stat(out_dir / name)
                outputs[name] = (st.st_size, st.st_mtime_ns, digest_)
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)

        step("write")
        result.changed = sorted(set(to_write) | set(result.deleted))
        if not clean:
            result.rebuilt.extend(f"{name}: deleted" for name in result.deleted)
        result.pages = len(pages)
        result.warnings = report.warnings
        _hash_unhashed(inputs, config, theme)
        new_state = cache.BuildState(
            key=key, inputs=inputs, scanned_ns=scanned_ns, outputs=outputs,
            ingest_kept=list(ingest_result.kept) if ingest_result else [],
            ingest_problems=list(ingest_result.problems) if ingest_result else [],
            warnings=list(report.warnings),
            counts={"pages": result.pages, "static_files": result.static_files})
        self._save(store, state_name, key, new_state, records)
        step("save cache")
        result.seconds = time.perf_counter() - started
        return result

    # -- steps ----------------------------------------------------------------------

    def _load_state(self, store: cache.Store, name: str, key: str) -> Optional[cache.BuildState]:
        if self._state is not None and self._state[0] == name and self._state[1].key == key:
            return self._state[1]
        state = store.read(name, key)
        return state if isinstance(state, cache.BuildState) and state.key == key else None

    def _load_pages(self, store: cache.Store, state_name: str, key: str) -> dict:
        if self._pages is not None and self._pages[0] == state_name:
            return self._pages[1]
        records = store.read(store.pages_name(state_name), key)
        if not isinstance(records, dict):
            return {}
        # Equal pathsets become one object again, so fingerprints are memoized across pages.
        return {out: dataclasses.replace(r, pathset=deps.intern(tuple((k, deps.intern(p)) for k, p in r.pathset)))
                for out, r in records.items()}

    def _save(self, store: cache.Store, name: str, key: str, state: cache.BuildState, records: dict) -> None:
        try:
            # Pages first: a state without its pages' records is only slower (a full render), never wrong.
            store.write(store.pages_name(name), key, records)
            store.write(name, key, state)
            store.prune_states(name)
        except OSError:
            pass  # a read-only project still builds; the next build is just not incremental
        self._state = (name, state)
        self._pages = (name, records)

    def _noop(self, result: BuildResult, state: cache.BuildState, started: float) -> BuildResult:
        result.noop = True
        result.pages = state.counts.get("pages", 0)
        result.static_files = state.counts.get("static_files", 0)
        result.reused = len(state.outputs)
        result.warnings = list(state.warnings)
        if self.run_ingest:
            result.ingest = IngestResult(kept=list(state.ingest_kept), problems=list(state.ingest_problems))
        result.seconds = time.perf_counter() - started
        return result

    def _ingest_needed(self, changed: dict[str, str], state: cache.BuildState, config: Config,
                       store: cache.Store, key: str) -> bool:
        """Ingest's result depends on seeds/, the topics, the set of article files and each
        article's source fields; a change to anything else (an article's text, a template)
        cannot change what ingest does."""
        seeds = config.paths.seeds.strip("/") + "/"
        articles = config.paths.content.strip("/") + "/articles/"
        topics = config.paths.content.strip("/") + "/topics/"
        for rel, how in changed.items():
            if rel.startswith((seeds, topics)) or rel == "sitegen.yaml":
                return True
            if rel.startswith(articles):
                if how != "modified":
                    return True
                before = self._entry(rel, state.inputs[rel][3], store, key)
                if before is None or _source_fields(config.root / rel) != before.source:
                    return True
        return False

    def _entry(self, rel: str, sha: Optional[str], store: cache.Store, key: str) -> Optional[_Entry]:
        """The parsed article for this path and content, from memory or the cache."""
        if sha is None:
            return None
        entry = self._entries.get((rel, sha))
        if entry is None:
            if self._packed is None:
                self._packed = store.load_pack("articles", key)
            entry = self._packed[1].get((rel, sha)) or self._packed[0].get((rel, sha))
        return entry if isinstance(entry, _Entry) else None

    def _load_articles(self, config: Config, topic_slugs: set[str], inputs: dict, report: Report,
                       store: cache.Store, key: str, progress: Progress):
        folder = config.content_dir / "articles"
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".md")) if folder.is_dir() else []
        prefix = folder.relative_to(config.root).as_posix() + "/"
        entries: dict[tuple, _Entry] = {}
        to_parse: list[tuple[str, Path]] = []
        for name in names:
            rel = prefix + name
            stat = inputs.get(rel)
            if stat is not None and stat[3] is None and self._state is None:
                # No previous build into this output folder, but the articles may be in the cache:
                # hashing a file is far cheaper than parsing it.
                try:
                    with open(folder / name, "rb") as handle:
                        stat = inputs[rel] = stat[:3] + (cache.file_digest(handle.read()),)
                except OSError:
                    pass
            entry = self._entry(rel, stat[3] if stat is not None else None, store, key)
            if entry is not None and set(entry.article.topics) <= topic_slugs:
                entries[(rel, entry.sha256)] = entry
            else:
                to_parse.append((rel, folder / name))
        if to_parse:
            for rel, sha, entry, problems in _parse_all(to_parse, config, topic_slugs, progress, self.jobs):
                report.extend(problems)
                if entry is not None:
                    entries[(rel, sha)] = entry
                if rel in inputs:
                    inputs[rel] = inputs[rel][:3] + (sha,)
            if not report.errors:
                packed, newer = self._packed if self._packed is not None else store.load_pack("articles", key)
                try:
                    self._packed = store.save_pack("articles", key, packed, newer, entries)
                except OSError:
                    self._packed = None
        self._entries = entries
        articles, rendered, shas = [], {}, {}
        for (rel, sha), entry in sorted(entries.items()):
            articles.append(dataclasses.replace(entry.article, path=config.root / rel))
            rendered[entry.article.body] = entry.rendered
            shas[entry.article.slug] = sha
        return tuple(articles), rendered, shas

    def _analyse(self, site: Site, shas: dict[str, str], store: cache.Store, key: str, result: BuildResult,
                 progress: Progress):
        """analyse_article for the articles whose text, the topics or the people changed (the rest
        from the cache), then combine; the combined briefing is reused while nothing changed."""
        context = hashlib.sha256(f"{key}|{self.root.resolve()}".encode())
        for topic in site.topics:
            context.update(repr(dataclasses.replace(topic, path=None)).encode())
        context.update(repr(site.people).encode())
        analyses_key = context.hexdigest()  # what every article's analysis depends on besides the article
        whole = hashlib.sha256(analyses_key.encode())
        for article in site.articles:
            whole.update(f"{article.slug}\0{shas.get(article.slug, '')}\0".encode())
        briefing_key = whole.hexdigest()

        cached = self._analysis[1] if self._analysis and self._analysis[0] == briefing_key else None
        if cached is None:
            cached = store.read("briefing.bin", briefing_key)
        if cached is not None:
            try:
                self._analysis = (briefing_key, cached)
                return dataclasses.replace(cached, site=site)
            except TypeError:
                pass

        if self._analyses is None or self._analyses[0] != analyses_key:
            packed, newer = store.load_pack("analyses", analyses_key)
            self._analyses = (analyses_key, {**packed, **newer}, (packed, newer))
        known = self._analyses[1]  # (slug, sha) → ArticleAnalysis
        analyses = {a.slug: known.get((a.slug, shas.get(a.slug))) for a in site.articles}
        todo = [a for a in site.articles if analyses[a.slug] is None]
        analyses.update(_analyse_all(todo, site, progress, self.jobs))
        fresh = len(todo)
        current = {(slug, shas.get(slug)): a for slug, a in analyses.items()}
        briefing = analysis_module.combine(site, analyses)
        stripped = dataclasses.replace(briefing, site=None)
        packs = self._analyses[2]
        self._analysis = (briefing_key, stripped)
        try:
            if fresh or len(current) != len(known):
                packs = store.save_pack("analyses", analyses_key, packs[0], packs[1], current)
            self._analyses = (analyses_key, current, packs)
            store.write("briefing.bin", briefing_key, stripped)
        except Exception:  # a value that does not pickle: just not cached
            store.remove("briefing.bin")
        if self._incremental:
            result.rebuilt.append(f"analysis: {fresh} article{'s' if fresh != 1 else ''} analysed, "
                                  f"{len(analyses) - fresh} from cache, then combined")
        return briefing

    def _extra_files(self, pages: list[Page], briefing, config: Config, env: jinja2.Environment,
                     theme: Theme) -> dict[str, tuple[bytes, str]]:
        """Every output that is not a page: output path → (bytes, kind)."""
        files: dict[str, tuple[bytes, str]] = {}
        for page in pages:
            if page.body is not None:  # data written as it is (site/briefing.json)
                files[page.output] = (page.body.encode("utf-8"), "file")
        for extra in site_files(pages, briefing, config, env):  # feeds, sitemap, robots.txt, search
            files[extra.output] = (extra.text.encode("utf-8"), "file")
        for rel, src in theme.static_files().items():
            files[f"static/{rel}"] = (src.read_bytes(), "static")
        files[".nojekyll"] = (b"", "file")
        if config.cname:
            files["CNAME"] = ((config.cname.strip() + "\n").encode("utf-8"), "file")
        return files


# -- deciding what to render -------------------------------------------------------


def _why_render(page: Page, record: Optional[cache.PageRecord], old_outputs: dict, outputs_now: dict,
                templates: "_TemplateFingerprints", fingerprints: deps.Fingerprints) -> Optional[str]:
    """Why `page` must be rendered again, or None when its output is still right."""
    if record is None:
        return "new page"
    old = old_outputs.get(page.output)
    if old is None or outputs_now.get(page.output) != old[:2]:
        return "output file missing or changed"
    if record.template_fp != templates.fingerprint(page.template):
        return "template changed"
    digests = fingerprints.page(page.context, record.pathset)
    if digests != record.digests:
        return "uses " + ", ".join(deps.changed_roots(record.pathset, record.digests, digests)) + ", which changed"
    return None


class _TemplateFingerprints:
    """A template's fingerprint covers its own source and every template it extends, includes or imports."""

    def __init__(self, env: jinja2.Environment):
        self.env = env
        self._source: dict[str, str] = {}
        self._refs: dict[str, Optional[set]] = {}
        self._fp: dict[str, str] = {}

    def _source_digest(self, name: str) -> str:
        if name not in self._source:
            try:
                source, _, _ = self.env.loader.get_source(self.env, name)
            except jinja2.TemplateNotFound:
                source = "\0missing"
            self._source[name] = hashlib.sha256(source.encode("utf-8")).hexdigest()
            try:
                refs = jinja2.meta.find_referenced_templates(self.env.parse(source))
                self._refs[name] = set(refs)
            except jinja2.TemplateSyntaxError:
                self._refs[name] = set()
        return self._source[name]

    def fingerprint(self, name: str) -> str:
        if name in self._fp:
            return self._fp[name]
        seen: dict[str, str] = {}
        pending = [name]
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen[current] = self._source_digest(current)
            refs = self._refs.get(current) or set()
            if None in refs:  # a template name computed at render time: it may use any template
                pending.extend(self.env.list_templates())
            pending.extend(r for r in refs if r is not None)
        h = hashlib.sha256()
        for n in sorted(seen):
            h.update(f"{n}\0{seen[n]}\0".encode())
        self._fp[name] = h.hexdigest()
        return self._fp[name]


import jinja2.meta  # noqa: E402  (find_referenced_templates)


def _kind(page: Page) -> str:
    return {"article.html": "article", "topic.html": "topic", "person.html": "person"}.get(page.template, "page")


# -- parsing and rendering, in a pool of processes when there is enough to do -----------

_JOB: dict[str, Any] = {}  # what forked workers read: set before the pool starts


def _parse_one(rel: str, path: Path, config: Config, topic_slugs: set[str]):
    data = path.read_bytes()
    sha = cache.file_digest(data)
    report = Report()
    meta: dict = {}
    article = content.load_article(path, config, topic_slugs, report, data=data, meta_out=meta)
    entry = None
    if article is not None:
        entry = _Entry(sha, dataclasses.replace(article, path=None), markdown.render(article.body),
                       (meta.get("source"), meta.get("source_sha256")))
    return rel, sha, entry, report.problems


def _parse_chunk(items: list[tuple[str, Path]]):
    return [_parse_one(rel, path, _JOB["config"], _JOB["topic_slugs"]) for rel, path in items]


def _parse_all(items: list[tuple[str, Path]], config: Config, topic_slugs: set[str], progress: Progress,
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


def _analyse_all(articles: list[Article], site: Site, progress: Progress, jobs: Optional[int]) -> dict:
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
        _write_bytes(staging / page.output, data)
    return pathset, fingerprints.page(page.context, pathset), out_digest, written


def _render_chunk(items: list[tuple[int, Optional[str]]]):
    pages, env, staging = _JOB["pages"], _JOB["env"], _JOB["staging"]
    fingerprints = deps.Fingerprints()
    try:
        return [(index, *_render_one(pages[index], env, staging, old, fingerprints)) for index, old in items]
    except SitegenError as exc:  # sent back as a value: the exception itself does not survive pickling
        return [(None, exc.problems)]


def _render_all(pages: list[Page], todo: list[tuple[int, Optional[str]]], env: jinja2.Environment, staging: Path,
                progress: Progress, jobs: Optional[int]):
    total = len(todo)
    if total < POOL_MIN or _workers(jobs) < 2:
        fingerprints = deps.Fingerprints()
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
    """Run func over chunks in forked workers (they inherit _JOB without pickling it)."""
    import multiprocessing

    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - no fork on this platform
        return [item for chunk in chunks for item in func(chunk)]
    out: list = []
    # Frozen objects are left alone by the workers' garbage collector, so the memory they
    # share with this process stays shared instead of being copied page by page.
    gc.freeze()
    try:
        with context.Pool(_workers(jobs)) as pool:
            for done in pool.imap_unordered(func, chunks):
                out.extend(done)
                progress(stage, len(out), total)
    finally:
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


# -- the file system ---------------------------------------------------------------


def _scan_inputs(config: Config, theme: Theme, state: Optional[cache.BuildState]) -> tuple[dict, dict]:
    """Every input file's stat (and hash when its stat is not conclusive), and what changed since `state`.

    Returns (inputs: name → FileStat, changed: name → 'added' | 'modified' | 'deleted')."""
    found: dict[str, tuple[str, os.stat_result]] = {}
    root = str(config.root)
    for name in ("seeds", "content", "themes"):
        _walk(str(config.path(name)), root, found, skip_hidden=(name == "seeds"))
    config_file = os.path.join(root, "sitegen.yaml")
    if os.path.isfile(config_file):
        found["sitegen.yaml"] = (config_file, os.stat(config_file))
    for d in theme.dirs:
        if not _inside(d, config.root):
            _walk(str(d), str(d), found, skip_hidden=False, prefix="@theme/")
    old = state.inputs if state is not None else {}
    racy_after = (state.scanned_ns if state is not None else 0) - RACY_NS
    inputs: dict[str, tuple] = {}
    changed: dict[str, str] = {}
    for name, (path, st) in found.items():
        before = old.get(name)
        now = (st.st_mtime_ns, st.st_size, st.st_ino)
        if before is None:
            inputs[name] = now + (None,)
            changed[name] = "added"
            continue
        if before[:3] == now and before[0] < racy_after and before[3] is not None:
            inputs[name] = before
            continue
        sha = None
        if before[3] is not None and before[1] == st.st_size:
            try:
                with open(path, "rb") as handle:
                    sha = cache.file_digest(handle.read())
            except OSError:
                sha = None
        inputs[name] = now + (sha,)
        if sha is None or sha != before[3]:
            changed[name] = "modified"
    for name in old:
        if name not in found:
            changed[name] = "deleted"
    return inputs, changed


def _hash_unhashed(inputs: dict, config: Config, theme: Theme) -> None:
    """Give every input its hash, so the next build can tell a touched file from a changed one."""
    builtin = [d for d in theme.dirs if not _inside(d, config.root)]
    for name, stat in inputs.items():
        if stat[3] is not None:
            continue
        if name.startswith("@theme/"):
            if not builtin:
                continue
            path = os.path.join(str(builtin[0]), name[len("@theme/"):])
        else:
            path = os.path.join(str(config.root), name)
        try:
            with open(path, "rb") as handle:
                inputs[name] = stat[:3] + (cache.file_digest(handle.read()),)
        except OSError:
            pass


def _walk(folder: str, base: str, found: dict, skip_hidden: bool, prefix: str = "") -> None:
    if not os.path.isdir(folder):
        return
    cut = len(base.rstrip(os.sep)) + 1
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if skip_hidden and entry.name.startswith("."):
                continue
            if entry.is_dir():
                stack.append(entry.path)
            elif entry.is_file():
                found[prefix + entry.path[cut:].replace(os.sep, "/")] = (entry.path, entry.stat())


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _scan_outputs(out_dir: Path) -> dict[str, tuple[int, int]]:
    """Every file in the output folder: relative path → (size, mtime_ns)."""
    found: dict[str, tuple[int, int]] = {}
    if not out_dir.is_dir():
        return found
    stack = [str(out_dir)]
    cut = len(str(out_dir)) + 1
    while stack:
        current = stack.pop()
        for entry in os.scandir(current):
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:
                st = entry.stat(follow_symlinks=False)
                found[entry.path[cut:].replace(os.sep, "/")] = (st.st_size, st.st_mtime_ns)
    return found


def _source_fields(path: Path) -> tuple:
    """(source, source_sha256) of an article file as it is now; what ingest matches seeds by."""
    try:
        meta, _, _ = content.frontmatter.parse(path.read_text(encoding="utf-8-sig"), str(path))
    except (SitegenError, OSError, UnicodeDecodeError):
        return ("\0unreadable",)
    return (meta.get("source"), meta.get("source_sha256"))


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def _apply(staging: Path, out_dir: Path, to_write: dict[str, str], deleted: list[str]) -> None:
    """Move each staged file over its output (one atomic rename each) and delete what is gone."""
    for name in deleted:
        try:
            os.unlink(out_dir / name)
        except FileNotFoundError:
            pass
    for name in sorted(to_write):
        target = out_dir / name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, target)
    folders = {(out_dir / name).parent for name in deleted}
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        while folder != out_dir and folder.is_relative_to(out_dir):
            try:
                folder.rmdir()  # only when empty
            except OSError:
                break
            folder = folder.parent


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by staging with two renames; the old site is removed only after."""
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
        os.rmdir(old)
        os.rename(out_dir, old)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        if old is not None:
            os.rename(old, out_dir)
        raise
    os.chmod(out_dir, 0o755)  # mkdtemp makes 0700; a web server needs to read it
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _shown_dir(out_dir: Path, config: Config) -> str:
    return (display_path(out_dir, config.root) or str(out_dir)).rstrip("/") + "/"


def _refuse_dangerous_output(out_dir: Path, config: Config) -> None:
    """The output folder is replaced whole, so it must not hold anything of the project's."""
    root = config.root.resolve()
    protected = [root] + [config.path(name).resolve() for name in ("seeds", "content", "themes")]
    for folder in protected:
        if out_dir == folder or folder.is_relative_to(out_dir) or out_dir.is_relative_to(folder) and folder != root:
            raise SitegenError.at("sitegen.yaml", None, f"output folder {out_dir} would replace {display_path(folder, root) or folder}",
                                  "choose an output folder of its own, such as site/")


def _refuse_duplicate_outputs(pages: list[Page]) -> None:
    seen: dict[str, Page] = {}
    problems = []
    for page in pages:
        if page.output in seen:
            problems.append(Problem(page.output, None, "two pages would be written to the same file",
                                    "give one of the articles or topics another slug"))
        seen[page.output] = page
    if problems:
        raise SitegenError(problems)
