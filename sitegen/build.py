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

import collections
import dataclasses
import functools
import gc
import hashlib
import operator
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from itertools import compress, repeat
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, Iterator, Mapping, MutableMapping, NamedTuple, Optional

import jinja2
import jinja2.meta

from sitegen import cache, deps, outputs, unchanged
from sitegen.config import Config, load_config
from sitegen.errors import Problem, Report, SitegenError, display_path
from sitegen.json_reuse import CACHE_NAME as json_cache_name, OUTPUT as json_output, Reuse, Written
from sitegen.memory import collector_paused, return_free_memory
from sitegen.model import Article, Site
from sitegen.render import Theme, environment, load_theme

# The rest of the pipeline is imported when a build has something to do: a build that finds
# nothing changed answers before loading ingest's rules, analysis and Markdown (~0.2 s).
content = analysis_module = recombining = markdown = workers = Page = site_pages = site_files = None
edited_article_page = None


def _load_pipeline() -> None:
    global content, analysis_module, recombining, markdown, workers, Page, site_pages, site_files
    global edited_article_page
    if site_files is not None:
        return
    from sitegen import analysis as analysis_module  # noqa: F811
    from sitegen.analysis import recombine as recombining  # noqa: F811
    from sitegen import content, markdown, workers  # noqa: F811
    from sitegen.pages import Page, edited_article_page, site_pages  # noqa: F811
    from sitegen.sitefiles import site_files  # noqa: F811


@dataclass
class ReplayedIngest:
    """What the last ingest reported, shown again when nothing changed that ingest would look at
    (an IngestResult without importing ingest)."""

    kept: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    written: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)


Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class BuildResult:
    config: Config
    output: Path
    pages: int = 0
    static_files: int = 0
    seconds: float = 0.0
    ingest: Any = None  # IngestResult (or ReplayedIngest when ingest had nothing to look at)
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
    return Builder(root, output=output, base_url=base_url, run_ingest=run_ingest, keep=False).build(progress)


class Builder:
    """Builds one project into one output folder, keeping what it loaded between builds
    (the live preview holds one Builder and calls build() on every change)."""

    def __init__(self, root: Path, output: Optional[Path] = None, base_url: Optional[str] = None,
                 run_ingest: bool = True, jobs: Optional[int] = None, keep: bool = True):
        self.root = Path(root)
        self.output = output
        self.base_url = base_url
        self.run_ingest = run_ingest
        self.jobs = jobs  # worker processes for big renders; None: one per core, 1: never fork
        self.keep = keep  # keep what a build loaded for the next build (False: a one-off build)
        self._packed: Optional[tuple[dict, dict]] = None  # the article packs as read from the cache
        self._entries: dict[tuple, workers.Entry] = {}  # (project-relative path, sha256) → parsed article
        # project-relative path → (its Entry, its Article with its path, the project's root) as the last build loaded them
        self._loaded: dict[str, tuple] = {}
        self._last_load: Optional[_ArticlesLoaded] = None  # the same, by place (see _places_to_load)
        # (key, the last recombine.Combined, its Briefing without its Site)
        self._analysis: Optional[tuple[str, Any]] = None
        # (key, (slug, sha) → ArticleAnalysis, pickled until read (see _Unpickled), the packs as stored)
        self._analyses: Optional[tuple] = None
        self._combiner = None  # analysis.Combiner: remembers key points and timelines between builds
        # The Combined whose briefing the kept page views (_views) were made from, and the articles this
        # build's briefing was patched at against it (None: not that one patched, or not known): site_pages
        # patches the person pages' views there (see pages.site_pages).
        self._views_from = None
        self._patched: Optional[set] = None
        self._state: Optional[tuple[str, cache.BuildState]] = None
        self._pages: Optional[tuple[str, dict]] = None
        # What the pages' records' whole file holds, as read or last written (see cache.Store.write_dict)
        self._records_on_disk: Optional[cache.DictOnDisk] = None
        self._env: Optional[tuple] = None  # (what it was made from, the Jinja environment)
        self._templates: Optional[_TemplateFingerprints] = None  # of that environment's templates
        self._incremental = False
        self._preview_base: Optional[_PreviewBase] = None  # what preview() renders against (keep only)
        self._judged: Optional[_Judged] = None  # the last build's pages, records and templates (see _pages_to_judge)
        self._unsaved: Optional[tuple] = None  # (store, key, briefing) for close() to write
        self._pool = None  # workers.Pool: the worker processes of the build running, when it has much to do
        # (slug, sha256) → ArticleAnalysis pickled, made as the article was parsed (in the pool); a one-off
        # build's in a temporary file (see _spill_files)
        self._fused: Mapping = {}
        self._html: Optional[_Spilled] = None  # a one-off build's article HTML, by slug
        self._paragraphs: Optional[_Spilled] = None  # a one-off build's article paragraphs, by slug (see _keep_one_off)
        # Digests of the article views the list pages read, by identity (see deps.ItemDigests), and
        # the views themselves, reused for unchanged articles (see pages.site_pages): both kept for
        # the next build, so a one-article edit need not digest 10,000 views again.
        self._item_digests: Optional[deps.ItemDigests] = deps.ItemDigests() if keep else None
        self._views: Optional[dict] = {} if keep else None
        self._files_memo: Optional[dict] = {} if keep else None  # see sitefiles.site_files
        self._json_memo: Optional[dict] = {} if keep else None  # see json_reuse.Reuse.memo

    # -- the build ------------------------------------------------------------------

    def close(self) -> None:
        """Write what the next process's build can reuse and this Builder kept for later (the
        combined briefing). The live preview calls it when it stops."""
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None:
            store, key, briefing = unsaved
            try:
                store.write("briefing.bin", key, briefing)
            except Exception:  # a cache: the next build combines again
                pass

    def warm(self) -> None:
        """Load and analyse what a rebuild needs, when the last build had nothing to do (so loaded
        nothing): the live preview calls it after its first build, so that the first edit is as
        quick as the next ones. Writes only what a build would (nothing, when the site is current)."""
        if self._preview_base is None:
            self.build(warm=True)

    def build(self, progress: Optional[Progress] = None, warm: bool = False) -> BuildResult:
        # What is alive now (what earlier builds loaded and analysed) and, below, what each step
        # leaves for the next ones goes to the collector's permanent generation: millions of
        # objects that each full collection would otherwise walk again (measured: a third of a
        # warm one-article rebuild). Given back at the end, so cycles among them are still collected.
        gc.freeze()
        try:
            return self._build(progress, warm)
        finally:
            gc.unfreeze()
            pool, self._pool = self._pool, None
            if pool is not None:
                pool.close()
            for spilled in (self._html, self._paragraphs, self._fused):
                if isinstance(spilled, _Spilled):
                    spilled.close()
            self._html = self._paragraphs = None
            self._fused = {}

    def _build(self, progress: Optional[Progress] = None, warm: bool = False) -> BuildResult:
        started = time.perf_counter()
        progress = progress or (lambda stage, done, total: None)
        config = load_config(self.root, {"base_url": self.base_url})
        out_dir = Path(self.output).resolve() if self.output else config.output_dir.resolve()
        _refuse_dangerous_output(out_dir, config)
        store = cache.Store(config.root)
        key = cache.code_fingerprint()
        # (Links made relative are another site in the same folder: no page of the other kind is reused.)
        state_name = store.state_name(out_dir, config.base_url + (" relative" if config.relative_urls else ""))
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
        inputs, changed = outputs.scan_inputs(config, theme, state)
        outputs_now = outputs.scan_outputs(out_dir)
        outputs_intact = state is not None and outputs_now == {k: v[:2] for k, v in state.outputs.items()}
        if state is not None and not changed and outputs_intact and not warm:
            return self._noop(result, state, started)
        _load_pipeline()
        if state is not None:
            result.rebuilt.extend(f"{name}: {how}" for name, how in sorted(changed.items()))
        articles_prefix = config.paths.content.strip("/") + "/articles/"
        themes_prefix = (config.paths.themes.strip("/") + "/", "@theme/")
        if state is None or any(name.startswith(themes_prefix) for name in changed):
            # Every page will be rendered (and, without a cache, every article parsed): the workers
            # are forked now, before this process loads the site (see workers.Pool).
            return_free_memory()
            self._pool = workers.Pool.maybe(self.jobs, sum(1 for name in inputs if name.startswith(articles_prefix)))
        # Hashed now, before anything reads them: a file saved again while this build runs is
        # then seen as changed by the next build. Articles are hashed from the bytes they are parsed from.
        outputs.hash_unhashed(inputs, config, theme, skip=articles_prefix)
        step("scan")

        # -- ingest ----------------------------------------------------------------
        ingest_result = None
        if self.run_ingest and not config.seeds_dir.is_dir():
            # No seeds/ (a project that writes content/ itself): nothing to ingest, and no need to load its rules
            # (importing them is about a second).
            ingest_result = ReplayedIngest()
        elif self.run_ingest and (state is None or self._ingest_needed(changed, state, config, store, key)):
            from sitegen.ingest import ingest  # (its rules: only when it has something to look at)
            topics = content.load_topics(config, Report())  # topic errors are reported once, below
            ingest_result = ingest(config, topics, jobs=self.jobs, pool=self._pool)
            report.extend(ingest_result.problems)
            if ingest_result.written:
                inputs, changed = outputs.scan_inputs(config, theme, state)
                outputs.hash_unhashed(inputs, config, theme, skip=articles_prefix)
        elif self.run_ingest and state is not None:
            ingest_result = ReplayedIngest(kept=list(state.ingest_kept), problems=list(state.ingest_problems))
            report.extend(ingest_result.problems)
        result.ingest = ingest_result
        gc.freeze()  # (the article pack, when _ingest_needed read it)
        step("ingest")

        # -- load ------------------------------------------------------------------
        topics = content.load_topics(config, report)
        people = content.load_people(config, report)
        articles, rendered, shas = self._load_articles(config, {t.slug for t in topics}, inputs, report, store, key,
                                                       progress, (tuple(topics), tuple(people)))
        site = Site(articles=articles, topics=topics, people=people)
        report.raise_if_errors()
        markdown.remember(rendered if self.keep else {})
        html = None if self.keep else rendered
        del rendered
        if not self.keep:
            # What loading let go of (the article pack read whole by a build with a cache, the chunks the
            # workers sent) is mostly large strings, which the allocator keeps for reuse; what analysis and
            # combine make next is small objects, which never reuse it. Handed back, it is not counted under
            # theirs (a one-article edit at 10,000 articles held ~180 MB of it through combine).
            return_free_memory()
        gc.freeze()
        step("load")

        # -- analyse ---------------------------------------------------------------
        # This step, the next and the extra files make millions of objects that last (analyses, the
        # briefing, page views) and no garbage cycles, so the cycle collector is paused for them: its
        # collections walked all of it again and again, 2.5 s of a 10-second one-article rebuild at 10,000
        # articles. What each leaves is frozen at its end, as above.
        with collector_paused(kept=True):
            briefing = self._analyse(site, shas, store, key, result, progress, warm)
            if not self.keep:
                # Only a next build would look at these again: every article's analysis (its key
                # sentences and their words are most of it), the combiner's memory of them, the article pack
                # as read. (Freed as they are dropped: they hold no cycles, a full collection here found none.)
                self._analyses = self._packed = self._combiner = self._analysis = None
                self._entries = {}
                return_free_memory()
        step("analyse")

        # -- pages -----------------------------------------------------------------
        with collector_paused(kept=True):
            env = self._environment(theme, config, inputs)
            items = self._item_digests if self._item_digests is not None else deps.ItemDigests()
            json_reuse = Reuse(self._json_memo)
            pages = site_pages(briefing, config, shas, json_reuse, self._views, html, self._paragraphs, items.name,
                               self._patched)
            _refuse_duplicate_outputs(pages)
            self._views_from = self._analysis[1] if self.keep else None
            old_outputs = state.outputs if state is not None and out_dir.is_dir() else {}
            old_pages = self._load_pages(store, state_name, key, state) if old_outputs else {}
            clean = not old_outputs or not old_pages
            result.clean = clean
            if self._templates is None or self._templates.env is not env:
                # (kept with the environment, which is made again when a theme file changed)
                self._templates = _TemplateFingerprints(env)
            templates = self._templates
            fingerprints = deps.Fingerprints(items)
            todo: list[tuple[int, Optional[str]]] = []  # (page index, digest of the file there now)
            records: dict[str, cache.PageRecord] = {}
            looked_at: Iterable[int] = range(len(pages))
            if not clean and outputs_intact:
                looked_at = self._pages_to_judge(pages, old_pages, templates, records)
            for index in looked_at:
                page = pages[index]
                if page.template is None:
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
            done = workers.render_all(pages, todo, env, staging, progress, self.jobs, fingerprints, self._pool,
                                      theme, config)
            to_write: dict[str, str] = {}  # output → digest, for the files in staging
            for index, pathset, digests, out_digest, written in done:
                page = pages[index]
                records[page.output] = cache.PageRecord(templates.fingerprint(page.template), pathset, digests,
                                                        out_digest, page.token)
                if written:
                    to_write[page.output] = out_digest
                    result.written[_kind(page)] = result.written.get(_kind(page), 0) + 1
                else:
                    result.unchanged += 1
            result.reused = sum(1 for page in pages if page.template is not None) - len(done)
            if self._pool is not None:  # its work is done: what its workers hold is given back now
                self._pool.close()
                self._pool = None
            step("render")

            extra: list[str] = []
            json_key = self._analyses_key(site, key)
            if not clean:
                self._reuse_last_json(store, json_key, json_reuse, old_outputs.get(json_output), outputs_now, out_dir)
            with collector_paused():
                for name, data, kind in self._extra_files(pages, briefing, config, env, theme):
                    extra.append(name)
                    if isinstance(data, bytes):
                        digest_ = hashlib.sha256(data).hexdigest()
                    elif name == json_output:  # copied from the last one where it can (see json_reuse)
                        digest_ = json_reuse.write(staging / name, data)
                    else:  # pieces of text, written as they come rather than held whole
                        digest_ = outputs.write_chunks(staging / name, data)
                    if name == json_output:
                        self._keep_json_places(store, json_key, json_reuse, digest_, result)
                    old = old_outputs.get(name)
                    if not clean and old is not None and old[2] == digest_ and outputs_now.get(name) == old[:2]:
                        if not isinstance(data, bytes):  # (briefing.json that is the last one: not written, see json_reuse)
                            (staging / name).unlink(missing_ok=True)
                        continue
                    if isinstance(data, bytes):
                        outputs.write_bytes(staging / name, data)
                    to_write[name] = digest_
                    result.written[kind] = result.written.get(kind, 0) + 1
                    if not clean:
                        result.rebuilt.append(f"{name}: {'new' if old is None else 'changed'}")

            result.static_files = sum(1 for name in extra if name.startswith("static/"))
            step("feeds, search, static")
            wanted = {page.output for page in pages} | set(extra)
            result.deleted = sorted(set(outputs_now) - wanted)
            if clean:
                outputs.swap_in(staging, out_dir)
                staging = None
            else:
                outputs.apply(staging, out_dir, to_write, result.deleted)
            output_stats = {name: old_outputs[name] for name in wanted if name not in to_write and name in old_outputs}
            for name, digest_ in to_write.items():
                st = os.stat(out_dir / name)
                output_stats[name] = (st.st_size, st.st_mtime_ns, digest_)
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)

        step("write")
        result.changed = sorted(set(to_write) | set(result.deleted))
        if not clean:
            result.rebuilt.extend(f"{name}: deleted" for name in result.deleted)
        result.pages = len(pages)
        result.warnings = report.warnings
        new_state = cache.BuildState(
            key=key, inputs=inputs, scanned_ns=scanned_ns, outputs=output_stats,
            ingest_kept=list(ingest_result.kept) if ingest_result else [],
            ingest_problems=list(ingest_result.problems) if ingest_result else [],
            warnings=list(report.warnings),
            counts={"pages": result.pages, "static_files": result.static_files})
        self._save(store, state_name, key, new_state, records)
        self._judged = _Judged(pages, records, templates)
        if self._item_digests is not None:
            self._item_digests.forget_unused()
        if self.keep:
            self._preview_base = _PreviewBase.of(config, env, site, pages, theme)
        step("save cache")
        result.seconds = time.perf_counter() - started
        return result

    def preview(self, paths: Iterable[Path], visible: Iterable[str] = ()) -> dict[str, bytes]:
        """Pages rendered at once against the last good build, for the live preview to show while
        build() brings the whole site up to date ({output path: bytes}).

        For edits of existing articles' text (their own pages), of a theme's static files (copied) and
        of templates (the pages in `visible`, those the browser has open, rendered with the edited
        templates): what these pages show besides the edited file is what every page shares, which
        such an edit leaves as it was. Anything else (a new, renamed or broken article, a topic, the
        config, a template that does not compile) gets {} and waits for build(), which reports
        errors as always. Like Hugo's fast render mode, the pages in view come first; unlike it,
        nothing is left stale: build() still renders everything the edit touched."""
        base = self._preview_base
        paths = list(paths)
        if base is None or not paths:
            return {}
        _load_pipeline()
        root = base.config.root.resolve()
        rendered: dict[str, bytes] = {}
        articles: list[tuple[Page, Any]] = []
        templates = False
        for path in paths:
            resolved = Path(path).resolve()
            try:
                rel = resolved.relative_to(root).as_posix()
            except ValueError:
                return {}
            static = base.static_output(resolved)
            if static is not None:  # a theme's stylesheet, script or image: copied as it is
                try:
                    rendered[static] = resolved.read_bytes()
                except OSError:
                    return {}
                continue
            if any(resolved.is_relative_to(folder) for folder in base.template_dirs):
                templates = True
                continue
            previous = base.pages.get(rel)
            if previous is None:
                return {}
            report = Report()
            try:
                article = content.load_article(root / rel, base.config, {t.slug for t in base.topics}, report)
            except (OSError, SitegenError):
                return {}
            if article is None or report.errors or previous.output != f"articles/{article.slug}/index.html":
                return {}
            assigned = set(analysis_module.analyse_article(article, base.topics, base.people).topics)
            articles.append((previous, edited_article_page(previous, article, [t for t in base.topics if t.slug in assigned])))
        try:
            env = environment(base.theme, base.config) if templates else base.env  # the edited templates
            for previous, page in articles:
                rendered[previous.output] = workers.render_page(env, page).encode("utf-8")
            if templates:
                for output in list(visible)[:PREVIEW_VISIBLE]:
                    page = base.outputs.get(output)
                    if page is not None and output not in rendered:
                        rendered[output] = workers.render_page(env, page).encode("utf-8")
        except (SitegenError, jinja2.TemplateError):
            return {}
        return rendered

    # -- steps ----------------------------------------------------------------------

    def _environment(self, theme: Theme, config: Config, inputs: dict) -> jinja2.Environment:
        """The theme's Jinja environment, kept while the theme's files and the links are the same:
        its compiled templates are then reused (compiling them was a tenth of a warm rebuild)."""
        themes = config.paths.themes.strip("/") + "/"
        key = (tuple(theme.template_dirs), config.base_path, config.site_origin, config.relative_urls, config.search_text,
               tuple(sorted((name, stat) for name, stat in inputs.items() if name.startswith((themes, "@theme/")))))
        if self._env is None or self._env[0] != key:
            self._env = (key, environment(theme, config))
        return self._env[1]

    def _load_state(self, store: cache.Store, name: str, key: str) -> Optional[cache.BuildState]:
        if self._state is not None and self._state[0] == name and self._state[1].key == key:
            return self._state[1]
        state = store.read(name, key)
        return state if isinstance(state, cache.BuildState) and state.key == key else None

    def _load_pages(self, store: cache.Store, state_name: str, key: str, state: cache.BuildState) -> dict:
        if self._pages is not None and self._pages[0] == state_name:
            return self._pages[1]
        # Only the records saved with this state: others (a patch lost or damaged, a whole file another process
        # wrote since) would pair older records with its outputs, and a page whose inputs went back to what they
        # were would be taken as unchanged. Without them every page is judged.
        records, self._records_on_disk = store.read_dict(store.pages_name(state_name), key, state.records)
        if records is None:
            return {}
        # Equal pathsets are one object again (pickle kept them shared) and become the ones this
        # process interns, so fingerprints are memoized across old and new pages. Interned once per
        # distinct pathset, not once per page: hashing 10,000 pathsets cost 0.4 s.
        canonical: dict[int, tuple] = {}
        base = self._records_on_disk.base
        for out, r in records.items():
            found = canonical.get(id(r.pathset))
            if found is None:
                found = canonical[id(r.pathset)] = deps.intern(tuple((k, deps.intern(p)) for k, p in r.pathset))
            if found is not r.pathset:
                records[out] = dataclasses.replace(r, pathset=found)
                if base.get(out) is r:  # (so that the next save finds it unchanged by identity)
                    base[out] = records[out]
        return records

    def _pages_to_judge(self, pages: list[Page], old_pages: dict, templates: "_TemplateFingerprints",
                        records: dict) -> Iterable[int]:
        """The places in `pages` of those _why_render must look at, when the output folder is as the last build
        left it (`records` is given the last records of the others). A page that is the last build's Page object at
        the same place (site_pages gives an article an edit left alone its last page), with the record the last
        build left for it and the same templates, reads the same values as when that record was made or last found
        right: nothing to look at. (Looked at one by one, the 10,000 article pages' checks were a twentieth of a
        warm one-article edit.)"""
        judged = self._judged
        places = None
        if judged is not None and judged.records is old_pages and judged.templates is templates:
            places = unchanged.other_places(pages, judged.pages)
        if places is None:
            return range(len(pages))
        outputs_ = list(map(_OUTPUT, pages))
        last = list(map(old_pages.get, outputs_))
        # (and those without a record: briefing.json, written as it is, and any the last build did not record)
        places = sorted(set(places).union(compress(range(len(last)), map(operator.is_, last, repeat(None)))))
        records.update(zip(outputs_, last))
        for n in places:
            records.pop(outputs_[n], None)
        return places

    def _save(self, store: cache.Store, name: str, key: str, state: cache.BuildState, records: dict) -> None:
        try:
            # Pages first: a state without its pages' records is only slower (a full render), never wrong.
            # (only those changed since the whole file was written, most often: see Store.write_dict)
            on_disk, self._records_on_disk = self._records_on_disk, None  # (not known while written)
            self._records_on_disk = store.write_dict(store.pages_name(name), key, records, on_disk)
            state.records = self._records_on_disk.generation  # (what the next build's _load_pages asks for)
            store.write(name, key, state, plain=True)
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
            result.ingest = ReplayedIngest(kept=list(state.ingest_kept), problems=list(state.ingest_problems))
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

    def _entry(self, rel: str, sha: Optional[str], store: cache.Store, key: str) -> Optional[workers.Entry]:
        """The parsed article for this path and content, from memory or the cache."""
        if sha is None:
            return None
        entry = self._entries.get((rel, sha))
        if entry is None:
            if self._packed is None:
                self._packed = store.load_pack("articles", key)
            entry = self._packed[1].get((rel, sha)) or self._packed[0].get((rel, sha))
        return entry if isinstance(entry, workers.Entry) else None

    def _load_articles(self, config: Config, topic_slugs: set[str], inputs: dict, report: Report,
                       store: cache.Store, key: str, progress: Progress, analyse: Optional[tuple] = None):
        folder = config.content_dir / "articles"
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".md")) if folder.is_dir() else []
        prefix = folder.relative_to(config.root).as_posix() + "/"
        entries: dict[tuple, workers.Entry] = {}
        to_parse: list[tuple[str, Path]] = []
        hash_first = False
        rels = list(map(prefix.__add__, names))
        where = (config.root, frozenset(topic_slugs))
        places = self._places_to_load(rels, where, inputs, entries)
        if places is not None:  # (the others' entries are the last build's, in `entries` already)
            names = [names[n] for n in places]
        if self._state is None:
            if self._packed is None:
                self._packed = store.load_pack("articles", key)
            # (With no article in the cache there is nothing to match: parsing hashes each file anyway,
            # and hashing them first was a quarter of a CPU-second of a cold build at 10,000 articles.)
            hash_first = bool(self._packed[0] or self._packed[1])
        for name in names:
            rel = prefix + name
            stat = inputs.get(rel)
            if stat is not None and stat[3] is None and hash_first:
                # No previous build into this output folder, but the articles may be in the cache:
                # hashing a file is far cheaper than parsing it.
                try:
                    with open(folder / name, "rb") as handle:
                        stat = inputs[rel] = stat[:3] + (cache.file_digest(handle.read()),)
                except OSError:
                    pass
            entry = self._entry(rel, stat[3] if stat is not None else None, store, key)
            if entry is not None and set(entry.summary.topics) <= topic_slugs:
                entries[(rel, entry.sha256)] = entry
            else:
                to_parse.append((rel, folder / name))
        if to_parse and self._streams(to_parse, analyse, store, key):
            return self._stream_articles(to_parse, config, topic_slugs, inputs, report, store, key, progress, analyse)
        if to_parse:
            # Paused as in the analyse step, which is done here when the build has a pool (parsing and
            # analysis make no reference cycles): each collection would walk every article and analysis
            # received so far again.
            with collector_paused():
                parsed = workers.parse_all(to_parse, config, topic_slugs, progress, self.jobs, self._pool, analyse)
            for rel, sha, entry, problems, *analysis in parsed:
                report.extend(problems)
                if analysis and analysis[0] is not None:
                    self._fused[(entry.summary.slug, sha)] = analysis[0]
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
        if self.keep:
            self._entries = entries
            loaded = self._loaded_in_place(rels, where, places, inputs, entries)
            if loaded is None:  # (every article, in the order of their files)
                keys = sorted(entries)
                loaded = _ArticlesLoaded(where, list(map(_FIRST, keys)), list(map(_SECOND, keys)),
                                         list(map(entries.__getitem__, keys)), [None] * len(keys))
                places = range(len(keys))
            to_unpack = sum(1 for n in places if loaded.entries[n].packed)  # unpacked below, as each is read
            articles = loaded.articles
            for n in places:
                rel = loaded.rels[n]
                articles[n] = _located(self._loaded.get(rel), loaded.entries[n], config.root, rel)
            self._loaded = dict(zip(loaded.rels, zip(loaded.entries, articles, repeat(config.root))))
            self._last_load = loaded
            rendered = dict(zip(map(_BODY, articles), map(_RENDERED, loaded.entries)))
            shas = dict(zip(map(_SLUG, articles), loaded.shas))
            if to_unpack >= workers.POOL_MIN:
                # The bytes they were unpacked from are freed, but kept by the allocator for reuse, and what
                # this Builder keeps is small objects, which never reuse them (+20 MB at 10,000 articles).
                return_free_memory()
            return tuple(articles), rendered, shas
        self._packed = None
        self._entries = {}
        kept = {(rel, sha): self._keep_one_off(rel, entry, config, store) for (rel, sha), entry in entries.items()}
        del entries
        return self._one_off_site(kept, store)

    def _places_to_load(self, rels: list, where: tuple, inputs: dict, entries: dict) -> Optional[list]:
        """The places in `rels` (the article files, sorted) whose file a keeping Builder's last build did not load
        as it is now, when the files are the same paths and the project and topics the same (`entries` is given the
        last entries of the others), else None: every file looked at. (Looked at one by one, the 10,000 articles of
        a one-article edit were a tenth of it.)"""
        last = self._last_load
        if not self.keep or self._state is None or last is None or last.where != where or last.rels != rels:
            return None
        stats = list(map(inputs.get, rels))
        if None in stats:
            return None
        places = list(compress(range(len(rels)), map(operator.ne, map(_FOURTH, stats), last.shas)))
        kept = list(map(operator.not_, map(set(places).__contains__, range(len(rels)))))
        entries.update(zip(compress(zip(rels, last.shas), kept), compress(last.entries, kept)))
        return places

    def _loaded_in_place(self, rels: list, where: tuple, places: Optional[list], inputs: dict,
                         entries: dict) -> Optional["_ArticlesLoaded"]:
        """The last load with the entries loaded now at `places` (its articles still the last ones there), when
        each of those files has its entry (else None, a file that did not parse: the articles made from `entries`)."""
        if places is None:
            return None
        last = self._last_load
        loaded = _ArticlesLoaded(where, rels, list(last.shas), list(last.entries), list(last.articles))
        for n in places:
            sha = inputs[rels[n]][3]
            entry = entries.get((rels[n], sha))
            if entry is None:
                return None
            loaded.shas[n], loaded.entries[n] = sha, entry
        return loaded

    def _keep_one_off(self, rel: str, entry: "workers.Entry", config: Config, store: cache.Store):
        """What a one-off build keeps of a parsed article through the build: its Article without its
        Markdown, which was read only to parse it (the cache has the parse), and with its first
        paragraph only (an article's summary when it has no description). Its page's HTML and its
        paragraphs wait in temporary files (see _Spilled) for the pages that show them: held in memory
        through analysis, they were 70 and ~65 MB at 10,000 articles."""
        summary = entry.summary
        self._spill_files(store)  # (made now: the cache folder exists once a build has something to keep)
        self._html[summary.slug] = entry.html_bytes
        self._paragraphs[summary.slug] = entry.rest_bytes  # (as the article pack keeps them: see workers.Entry)
        return dataclasses.replace(summary, path=config.root / rel)

    def _spill_files(self, store: cache.Store) -> None:
        """The temporary files of a one-off build's article HTML, paragraphs and analyses (those made as the
        articles were parsed, pickled), made once."""
        if self._html is None:
            self._html = _Spilled(store.dir)
            self._paragraphs = _Spilled(store.dir, workers.paragraphs_of)
            fused, self._fused = self._fused, _Spilled(store.dir, bytes)
            for at, pickled in fused.items():  # (parsed before this was made)
                self._fused[at] = pickled

    def _one_off_site(self, kept: dict, store: cache.Store) -> tuple:
        """(articles, their HTML by slug, their sha256 by slug) from _keep_one_off's Articles by (rel, sha)."""
        self._spill_files(store)
        articles, shas = [], {}
        for (rel, sha), article in sorted(kept.items()):
            articles.append(article)
            shas[article.slug] = sha
        return tuple(articles), self._html, shas

    def _streams(self, to_parse: list, analyse: Optional[tuple], store: cache.Store, key: str) -> bool:
        """Whether _stream_articles does this build's loading: a one-off build that parses every article
        in its pool (no article in the cache)."""
        if self.keep or self._pool is None or analyse is None or len(to_parse) < workers.POOL_MIN:
            return False
        packed, newer = self._packed if self._packed is not None else store.load_pack("articles", key)
        return not packed and not newer

    def _stream_articles(self, to_parse: list, config: Config, topic_slugs: set[str], inputs: dict, report: Report,
                         store: cache.Store, key: str, progress: Progress, analyse: tuple):
        """_load_articles for a one-off build that parses every article: each chunk of parsed articles
        goes to the cache's pack as it comes, and the build keeps of it what it needs later (see
        _keep_one_off) and its analysis. Held all at once, the parsed articles and the pickler's memory
        of them were the build's peak."""
        self._packed = None
        self._entries = {}
        kept: dict[tuple, Any] = {}  # (rel, sha) → Article

        def parts() -> Iterator[dict]:
            for part in workers.parse_parts(to_parse, config, topic_slugs, progress, self._pool, analyse):
                chunk = {}
                for rel, sha, entry, problems, analysis in part:
                    report.extend(problems)
                    if rel in inputs:
                        inputs[rel] = inputs[rel][:3] + (sha,)
                    if entry is None:
                        continue
                    if analysis is not None:
                        self._fused[(entry.summary.slug, sha)] = analysis
                    entry.pack()  # (parsed in this process: its bytes made once, for the pack and the build)
                    chunk[(rel, sha)] = entry
                    kept[(rel, sha)] = self._keep_one_off(rel, entry, config, store)
                yield chunk

        made = parts()
        try:
            store.write_parts("articles.bin", key, made)
            store.remove("articles-new.bin")
        except OSError:  # a read-only project still builds
            for _ in made:
                pass
            store.remove("articles.bin")
        if report.errors:  # (as _load_articles: a build that fails leaves no pack of its articles)
            store.remove("articles.bin")
        return self._one_off_site(kept, store)

    def _analyse(self, site: Site, shas: dict[str, str], store: cache.Store, key: str, result: BuildResult,
                 progress: Progress, warm: bool = False):
        """analyse_article for the articles whose text, the topics or the people changed (the rest
        from the cache), then combine; the combined briefing is reused while nothing changed."""
        analyses_key = self._analyses_key(site, key)
        whole = hashlib.sha256(analyses_key.encode())
        for topic in site.topics:
            whole.update(repr(dataclasses.replace(topic, path=None)).encode())
        combine_key = whole.hexdigest()  # what combine reads besides the articles' analyses
        now = recombining.made_from(site, shas)

        views_from, self._patched = self._views_from, None
        last = self._analysis[1] if self._analysis and self._analysis[0] == combine_key else None
        if last is None and not warm:  # warming up: every article's analysis and the combiner's memory
            last = store.read("briefing.bin", combine_key)
            last = last if isinstance(last, recombining.Combined) else None
        if last is not None and last.made_from == now:
            try:
                self._analysis = (combine_key, last)
                briefing = dataclasses.replace(last.briefing, site=site)
                self._patched = set() if last is views_from else None
                return briefing
            except TypeError:
                pass

        if self._analyses is None or self._analyses[0] != analyses_key:
            packed, newer = store.load_pack("analyses", analyses_key)
            self._analyses = (analyses_key, {**packed, **newer}, (packed, newer))
        _, known, packs = self._analyses  # known: (slug, sha) → ArticleAnalysis, pickled until read (see _Unpickled)
        fused = self._fused  # the same, made as the articles were parsed
        # The same, for the articles of this build: a one-off build's wait in a temporary file, each read
        # back when combine reads it (in memory, they were ~63 MB of its peak at 10,000 articles).
        current = {} if self.keep else _Spilled(store.dir, bytes)
        fresh = 0
        for a in site.articles:
            at = (a.slug, shas.get(a.slug))
            found = known.get(at)
            if found is None and at in fused:
                found = fused[at]
                fresh += 1
            if found is not None:
                current[at] = found
        del fused
        todo = [a for a in site.articles if (a.slug, shas.get(a.slug)) not in current]
        if self._paragraphs is not None:  # a one-off build's articles hold their first paragraph only
            todo = [dataclasses.replace(a, paragraphs=self._paragraphs[a.slug]) if a.slug in self._paragraphs else a
                    for a in todo]
        for slug, made in workers.analyse_all(todo, site, progress, self.jobs).items():
            current[(slug, shas.get(slug))] = made if self.keep else cache.dumps(made)
        fresh += len(todo)
        if not self.keep:
            analysis_module.forget_paragraphs()  # analysis is done: only memory from here on
        # The analyses the last briefing written was made with, of the articles changed since: what recombine
        # takes out. A one-off build that patches that briefing does not write its own (17 MB at 10,000
        # articles: 0.5 s to write, every edit): the next build patches the same one again, for which these
        # stay in the pack beside the articles' current analyses.
        gone = {} if last is None else {at: known[at] for at in set(last.made_from) - set(now) if at in known}
        # Saved before combining, so that the pack's writing and the combiner's working memory
        # do not add up.
        try:
            kept = current if self.keep or not gone else collections.ChainMap(current, gone)
            if fresh or len(kept) != len(known):
                packs = store.save_pack("analyses", analyses_key, packs[0], packs[1], kept, _pickled)
        except Exception:  # a value that does not pickle: just not cached
            store.remove("analyses.bin")
        # For the next build of a Builder, which needs only the keys of the packs as stored (what they held is
        # in `current`, unpickled as combine reads it); a one-off build lets go of the pack as read before combining.
        self._analyses = (analyses_key, current, tuple(dict.fromkeys(pack) for pack in packs)) if self.keep else None
        del known, packs
        analyses = _Unpickled(current, shas, keep=self.keep)
        combined = None
        if last is not None:
            combined = recombining.recombine(last, site, now, analyses,
                                             lambda slug, sha, gone=gone: _analysis_of(gone.get((slug, sha))))
        del gone
        patched = combined is not None
        if patched and last is views_from:
            self._patched = recombining.changed_articles(last.made_from, now)
        if combined is None:
            if self._combiner is None:
                self._combiner = analysis_module.Combiner(remember=self.keep)
            combined = recombining.combine_in_full(self._combiner, site, analyses, now)
        if isinstance(current, _Spilled):
            current.close()
        briefing = combined.briefing
        stripped = dataclasses.replace(combined, briefing=dataclasses.replace(briefing, site=None))
        self._analysis = (combine_key, stripped)
        try:
            if self.keep:
                # This Builder keeps the briefing in memory; the file is for a next process only, so it
                # is written once by close() rather than on every save (22 MB at 10,000 articles).
                self._unsaved = (store, combine_key, stripped)
            elif not patched:
                store.write("briefing.bin", combine_key, stripped)
        except Exception:  # a value that does not pickle: just not cached
            store.remove("briefing.bin")
        if self._incremental:
            how = "the last briefing patched where they changed" if patched else "then combined"
            result.rebuilt.append(f"analysis: {fresh} article{'s' if fresh != 1 else ''} analysed, "
                                  f"{len(current) - fresh} from cache, {how}")
        return briefing

    def _analyses_key(self, site: Site, key: str) -> str:
        """What every article's analysis depends on besides the article."""
        context = hashlib.sha256(f"{key}|{self.root.resolve()}".encode())
        for topic in site.topics:
            # What analyse_article reads of a topic (its order, by weight, orders an article's topics).
            # An edit of a topic's title, description or introduction changes its pages, not 10,000
            # articles' analyses (40 s at that size); the combined briefing below still covers all of it.
            context.update(repr(analysis_module.topic_analysis_key(topic)).encode())
        context.update(repr(site.people).encode())
        return context.hexdigest()

    def _reuse_last_json(self, store: cache.Store, key: str, reuse: Reuse, old: Optional[tuple],
                         outputs_now: dict, out_dir: Path) -> None:
        """Give `reuse` the last briefing.json when it is on disk as the last build wrote it, and where its
        articles' parts are in it (see json_reuse)."""
        if old is None or outputs_now.get(json_output) != old[:2]:
            return
        last = store.read(json_cache_name, key)
        if isinstance(last, Written) and last.digest == old[2]:
            try:
                reuse.start_from(last, out_dir / json_output)
            except OSError:
                pass

    def _keep_json_places(self, store: cache.Store, key: str, reuse: Reuse, digest: str, result: BuildResult) -> None:
        """Where this briefing.json's parts are, for the next build (see json_reuse)."""
        reuse.close()
        reuse.sealed(digest)
        try:
            store.write(json_cache_name, key, reuse.written)
        except OSError:
            store.remove(json_cache_name)
        if self._incremental:
            result.rebuilt.append(f"{json_output}: {reuse.copied} articles' lines and runs of mentions copied "
                                  "from the last one")

    def _extra_files(self, pages: list[Page], briefing, config: Config, env: jinja2.Environment,
                     theme: Theme) -> Iterator[tuple[str, Any, str]]:
        """Every output that is not a page: (output path, bytes or pieces of text, kind), one at a
        time, so that each can be written and dropped before the next is made."""
        for page in pages:
            if page.template is None:  # data written as it is (site/briefing.json)
                data = page.data
                yield page.output, (data() if callable(data) else [data]), "file"
        # (Every article's paragraphs for the search page's text: a one-off build's articles hold their first only,
        # the rest kept aside, see _keep_one_off.)
        articles = {a.slug: a for a in briefing.site.articles}
        spilled = self._paragraphs

        def texts(slug: str) -> tuple:
            return spilled[slug] if spilled is not None and slug in spilled else articles[slug].paragraphs

        # (Feeds, sitemap, robots.txt, search.)
        for extra in site_files(pages, briefing, config, env, self._files_memo, texts if config.search_text else None):
            yield extra.output, (extra.text.encode("utf-8") if isinstance(extra.text, str) else extra.text), "file"
        for rel, src in theme.static_files().items():
            yield f"static/{rel}", src.read_bytes(), "static"
        yield ".nojekyll", b"", "file"
        if config.cname:
            yield "CNAME", (config.cname.strip() + "\n").encode("utf-8"), "file"


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


SPILL_WRITE = 1 << 20  # bytes a _Spilled holds before writing them


class _Spilled(Mapping):
    """Values kept in an unnamed temporary file rather than in memory, added as bytes and read back one
    at a time through `decode` (by default: UTF-8 text)."""

    def __init__(self, folder: Path, decode: Callable[[bytes], Any] = _text):
        self._decode = decode
        try:
            self._file = tempfile.TemporaryFile(dir=folder)
        except OSError:  # no cache folder (a read-only project): the system's temporary folder
            self._file = tempfile.TemporaryFile()
        self._at: dict[Hashable, tuple[int, int]] = {}
        self._end = 0
        # Values not written yet, from `_written` on: written together (one write per article's value
        # was a tenth of a second of a one-article rebuild at 10,000 articles).
        self._pending: list[bytes] = []
        self._written = 0

    def __setitem__(self, key: Hashable, data: bytes) -> None:
        self._pending.append(data)
        self._at[key] = (self._end, len(data))
        self._end += len(data)
        if self._end - self._written >= SPILL_WRITE:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            os.pwrite(self._file.fileno(), b"".join(self._pending), self._written)
            self._pending = []
            self._written = self._end

    def __getitem__(self, key: Hashable) -> Any:
        at, size = self._at[key]
        if at + size > self._written:
            self._flush()
        return self._decode(os.pread(self._file.fileno(), size, at))

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)

    def close(self) -> None:
        self._file.close()


class _Unpickled(Mapping):
    """slug → ArticleAnalysis, from `analyses` ((slug, sha256) → the analysis, or it pickled alone by
    _pickled, as the analysis pack and the workers give them), unpickled when read. combine reads each once,
    then a topic's newest articles' once more, and never needs them all at once: held as objects, 10,000
    articles' analyses were ~150 MB, and what was freed of them after combine stayed with the process, small
    objects among the briefing's own. With `keep` (a Builder's, for its next builds) what is unpickled
    replaces its pickle in `analyses`: the same object next time is what lets a Combiner reuse its work."""

    def __init__(self, analyses: MutableMapping[tuple, Any], shas: Mapping[str, str], keep: bool = False):
        self._analyses = analyses
        self._shas = shas
        self._keep = keep

    def __getitem__(self, slug: str):
        at = (slug, self._shas.get(slug))
        value = self._analyses[at]
        if isinstance(value, bytes):
            value = cache.loads(value)
            if self._keep:
                self._analyses[at] = value
        return value

    def __contains__(self, slug: object) -> bool:
        return (slug, self._shas.get(slug)) in self._analyses

    def __iter__(self) -> Iterator[str]:
        return (slug for slug, _ in self._analyses)

    def __len__(self) -> int:
        return len(self._analyses)


def _located(last: Optional[tuple], entry: "workers.Entry", root: Path, rel: str) -> Article:
    """The entry's Article with its path: the last build's object when it was made of this same entry (a
    Builder's unchanged article), so an edit does not copy 10,000 Articles again."""
    if last is not None and last[0] is entry and last[2] == root:
        return last[1]
    return dataclasses.replace(entry.article, path=root / rel)


def _pickled(analysis) -> bytes:
    """An analysis as the analysis pack keeps it: pickled alone (a Builder holds some unpickled)."""
    return analysis if isinstance(analysis, bytes) else cache.dumps(analysis)


def _analysis_of(value):
    """An analysis as the analysis pack or a Builder holds it (pickled alone, or not), None for none."""
    return cache.loads(value) if isinstance(value, bytes) else value


class _Judged(NamedTuple):
    """What the last build's pages were found right against, for the next build (see Builder._pages_to_judge)."""

    pages: list  # its pages, in order
    records: dict  # output → the record of its page as the build saved them
    templates: "_TemplateFingerprints"


_OUTPUT = operator.attrgetter("output")
_FIRST, _SECOND, _FOURTH = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(3)
_BODY, _RENDERED, _SLUG = operator.attrgetter("body"), operator.attrgetter("rendered"), operator.attrgetter("slug")


@dataclass
class _ArticlesLoaded:
    """What a keeping Builder's last build loaded, by place in the sorted article files (see _load_articles)."""

    where: tuple  # (the project's root, the topics' slugs) it was loaded with
    rels: list  # the article files, project-relative, sorted
    shas: list  # the sha256 each was loaded as
    entries: list  # the parsed articles (workers.Entry)
    articles: list  # their Articles, with their paths


@dataclass(frozen=True)
class _PreviewBase:
    """What Builder.preview() renders an edited article's page against: the last good build's."""

    config: Config
    env: jinja2.Environment
    topics: tuple
    people: tuple
    site: Site
    all_pages: list  # every page of that build
    static_dirs: tuple  # the theme's static folders, the one that wins first
    theme: Theme
    template_dirs: tuple  # the theme's template folders

    def static_output(self, path: Path) -> Optional[str]:
        """static/<name> for a theme's static file that is the one the site uses under that name."""
        for n, folder in enumerate(self.static_dirs):
            if path.is_relative_to(folder):
                rel = path.relative_to(folder)
                if any((earlier / rel).is_file() for earlier in self.static_dirs[:n]):
                    return None  # overridden by the project's theme: the site does not show this one
                return "static/" + rel.as_posix() if path.is_file() else None
        return None

    # (The two maps below are made when a preview first asks: a build made them for 10,000 pages
    # every time, for previews that come after a few of the builds.)

    @functools.cached_property
    def outputs(self) -> dict:
        """Output path → its page in that build (every page rendered through a template)."""
        return {page.output: page for page in self.all_pages if page.template is not None}

    @functools.cached_property
    def pages(self) -> dict:
        """An article file's project-relative path → its page in that build."""
        by_output = {page.output: page for page in self.all_pages if page.template == "article.html"}
        paths = {}
        root = str(self.config.root).rstrip(os.sep) + os.sep  # string work: pathlib for 10,000 paths took 0.2 s
        for article in self.site.articles:
            page = by_output.get(f"articles/{article.slug}/index.html")
            path = str(article.path) if article.path is not None else ""
            if page is not None and path.startswith(root):
                paths[path[len(root):].replace(os.sep, "/")] = page
        return paths

    @classmethod
    def of(cls, config: Config, env: jinja2.Environment, site: Site, pages: list, theme: Theme) -> "_PreviewBase":
        return cls(config, env, site.topics, site.people, site, pages,
                   tuple((Path(d) / "static").resolve() for d in theme.dirs), theme,
                   tuple(Path(d).resolve() for d in theme.template_dirs))


PREVIEW_VISIBLE = 8  # open pages rendered ahead of a rebuild after a template edit, the most recently viewed first


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
    if page.token is not None and page.token == record.token:
        # The page's own values are what they were: only the shared ones (the topic list, `site`)
        # can have changed, and their digests are computed once for all the pages sharing them.
        for n, (key, paths) in enumerate(record.pathset):
            if key not in page.covered and fingerprints.root(key, page.context.get(key, deps.MISSING), paths) \
                    != record.digests[16 * n:16 * n + 16]:
                return f"uses {key}, which changed"
        return None
    digests = fingerprints.page(page.context, record.pathset, page.covered)
    _release(page)
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


def _release(page: Page) -> None:
    release = getattr(page.context, "release", None)
    if release is not None:
        release()


def _kind(page: Page) -> str:
    return {"article.html": "article", "topic.html": "topic", "person.html": "person"}.get(page.template, "page")


def render_page(env: jinja2.Environment, page) -> str:
    """Render one page through the theme, template errors as `path:line: message`."""
    from sitegen.workers import render_page as render
    return render(env, page)


def _source_fields(path: Path) -> tuple:
    """(source, source_sha256) of an article file as it is now; what ingest matches seeds by."""
    try:
        meta, _, _ = content.frontmatter.parse(path.read_text(encoding="utf-8-sig"), str(path))
    except (SitegenError, OSError, UnicodeDecodeError):
        return ("\0unreadable",)
    return (meta.get("source"), meta.get("source_sha256"))


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
