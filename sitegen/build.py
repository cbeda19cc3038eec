"""The build, as a straight list of steps:

    config → ingest new/changed seeds → load content/ → analyse → pages → render
    → write into a staging folder → swap it in for site/

Nothing is written to site/ until every page rendered: a failed build leaves the
previous site exactly as it was.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import jinja2

from sitegen import content
from sitegen.analysis import analyse
from sitegen.config import Config, load_config
from sitegen.errors import Problem, Report, SitegenError, display_path
from sitegen.ingest import IngestResult, ingest
from sitegen.pages import Page, site_pages
from sitegen.render import environment, load_theme
from sitegen.sitefiles import site_files


@dataclass
class BuildResult:
    config: Config
    output: Path
    pages: int = 0
    static_files: int = 0
    seconds: float = 0.0
    ingest: Optional[IngestResult] = None
    warnings: list[Problem] = field(default_factory=list)


def build(root: Path, output: Optional[Path] = None, base_url: Optional[str] = None,
          run_ingest: bool = True) -> BuildResult:
    started = time.perf_counter()
    config = load_config(Path(root), {"base_url": base_url})
    out_dir = Path(output).resolve() if output else config.output_dir.resolve()
    _refuse_dangerous_output(out_dir, config)
    report = Report()

    ingest_result = None
    if run_ingest:
        topics = content.load_topics(config, Report())  # topic errors are reported once, by load_site
        ingest_result = ingest(config, topics)
        report.extend(ingest_result.problems)
    site = content.load_site(config, report)
    report.raise_if_errors()

    briefing = analyse(site)
    theme = load_theme(config)
    env = environment(theme, config)
    pages = site_pages(briefing, config)
    _refuse_duplicate_outputs(pages)

    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        for page in pages:
            # A page with a body (site/briefing.json) is data written as it is, not a template's output.
            _write(staging / page.output, page.body if page.body is not None else render_page(env, page))
        for extra in site_files(pages, briefing, config, env):  # feeds, sitemap, robots.txt, search
            _write(staging / extra.output, extra.text)
        static = theme.static_files()
        for rel, src in static.items():
            dest = staging / "static" / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
        (staging / ".nojekyll").write_bytes(b"")
        if config.cname:
            (staging / "CNAME").write_text(config.cname.strip() + "\n", encoding="utf-8")
        _swap_in(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise

    return BuildResult(config=config, output=out_dir, pages=len(pages), static_files=len(static),
                       seconds=time.perf_counter() - started, ingest=ingest_result, warnings=report.warnings)


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


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


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
