"""The sitegen command line: a thin shell over the library.

Exit codes: 0 success, 1 a build or content error, 2 a usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

import sitegen
from sitegen.errors import SitegenError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitegen",
        description="Turn collected news articles (seeds/) into a clean static briefing site (site/).",
    )
    parser.add_argument("--version", action="version", version=f"sitegen {sitegen.__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-C", "--project", type=Path, default=Path("."), metavar="DIR",
                        help="the project folder (default: the current folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    p = commands.add_parser("ingest", parents=[common], help="normalize seeds/ into content/articles/",
                            description="Normalize every raw article in seeds/ (.txt, .html, .md) into "
                                        "content/articles/<slug>.md. Articles edited by hand are never overwritten.")
    p.add_argument("--force", action="store_true", help="also overwrite articles that were edited by hand")
    p.add_argument("--explain", nargs="+", type=Path, metavar="SEED",
                   help="show what ingest does with every line of these seed files, and why; writes nothing")
    p.set_defaults(run=cmd_ingest)

    p = commands.add_parser("explain", parents=[common], help="show why an article got its topics, quotes, dates",
                            description="Explain an analysis result. 'explain topics ARTICLE' lists which paragraphs "
                                        "of the article matched which terms of each topic; 'explain quotes ARTICLE' "
                                        "every quotation with its speaker and how it was told; 'explain events "
                                        "ARTICLE' every dated event and the words that date it.")
    p.add_argument("what", choices=["topics", "quotes", "events"], help="what to explain")
    p.add_argument("article", help="an article slug, or the path of its file in content/articles/")
    p.set_defaults(run=cmd_explain)

    p = commands.add_parser("build", parents=[common], help="ingest new seeds, then render the site",
                            description="Ingest new or changed seeds, then render content/ into the site folder.")
    p.add_argument("--output", "-o", type=Path, metavar="DIR", help="write the site here (default: site/)")
    p.add_argument("--base-url", metavar="URL", help="override base_url, e.g. /briefing/ or https://x.github.io/briefing/")
    p.add_argument("--no-ingest", action="store_true", help="render content/ as it is, without looking at seeds/")
    talk = p.add_mutually_exclusive_group()
    talk.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary; only problems")
    talk.add_argument("--verbose", "-v", action="store_true", help="list every file rebuilt, and why")
    p.set_defaults(run=cmd_build)

    p = commands.add_parser("check", parents=[common], help="check the site for broken links and missing metadata",
                            description="Build into a temporary folder (or read --site DIR) and report broken links "
                                        "and anchors, pages without a title or description, pages written twice, "
                                        "articles without date or author, and unknown people. Exit 1 on errors.")
    p.add_argument("--site", type=Path, metavar="DIR", help="check this already built site instead of building one")
    p.add_argument("--base-url", metavar="URL", help="the base_url the site is (to be) built with")
    p.add_argument("--no-ingest", action="store_true", help="check content/ as it is, without looking at seeds/")
    p.set_defaults(run=cmd_check)

    p = commands.add_parser("init", parents=[common], help="create a new sitegen project",
                            description="Create a new project in DIR (default: the -C folder): sitegen.yaml, "
                                        "content/topics/, seeds/, .gitignore and a GitHub Pages workflow. "
                                        "Existing files are never overwritten.")
    p.add_argument("dir", nargs="?", type=Path, metavar="DIR", help="the folder to create the project in")
    p.set_defaults(run=cmd_init)

    p = commands.add_parser("deploy", parents=[common], help="publish the site to GitHub Pages",
                            description="Build, commit site/ as the whole tree of a branch (gh-pages) without "
                                        "touching your working tree, index or current branch, then push it.")
    p.add_argument("--remote", default="origin", help="the git remote to push to (default: origin)")
    p.add_argument("--branch", default="gh-pages", help="the branch that holds the site (default: gh-pages)")
    p.add_argument("--message", "-m", metavar="M", help="the commit message")
    p.add_argument("--base-url", metavar="URL", help="override base_url for this build")
    p.add_argument("--no-push", action="store_true", help="commit to the branch but do not push")
    p.set_defaults(run=cmd_deploy)

    p = commands.add_parser("serve", parents=[common], help="preview the site with live reload",
                            description="Build, then serve the site at its base path; rebuild when a file in "
                                        "seeds/, content/, themes/ or sitegen.yaml is saved, and reload the open "
                                        "browser tabs (a stylesheet change is swapped in without a reload). "
                                        "A failed rebuild keeps the last good site and shows the error in the page.")
    p.add_argument("--host", default="127.0.0.1",
                   help="the address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface)")
    p.add_argument("--port", type=int, metavar="N",
                   help="the port (default: 8000, or the next free one; 0 picks any free port)")
    p.add_argument("--open", action="store_true", help="open the site in the default web browser")
    p.add_argument("--poll", action="store_true",
                   help="watch by polling, for file systems where change notification fails (network or VM shares)")
    p.set_defaults(run=cmd_serve)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # argparse exits with 2 on a usage error
    if not args.project.is_dir():
        print(f"sitegen: error: project folder {args.project} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except SitegenError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        # A file sitegen cannot read or write (permissions, a full disk): say which, no traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"sitegen: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR


def cmd_ingest(args) -> int:
    from sitegen import content
    from sitegen.config import load_config
    from sitegen.errors import Report
    from sitegen.ingest import ingest

    config = load_config(args.project)
    if args.explain:
        return explain_ingest(config, args.explain)
    report = Report()
    topics = content.load_topics(config, report)
    report.raise_if_errors()
    result = ingest(config, topics, force=args.force)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    for path in result.kept:
        print(f"{path}: kept your edits; its seed changed (run 'sitegen ingest --force' to overwrite)", file=sys.stderr)
    print(f"ingest: {len(result.written)} written, {len(result.unchanged)} unchanged, {len(result.kept)} kept as edited")
    return EXIT_OK


def explain_ingest(config, paths: Sequence[Path]) -> int:
    from sitegen.explain import explain_seed

    for path in paths:
        resolved = path if path.is_absolute() or path.exists() else config.root / path
        if not resolved.is_file():
            print(f"sitegen ingest: error: {path} is not a file", file=sys.stderr)
            return EXIT_USAGE
        print(explain_seed(resolved, config), end="")
    return EXIT_OK


def cmd_explain(args) -> int:
    from sitegen import explain

    how = {"topics": explain.explain_topics, "quotes": explain.explain_quotes, "events": explain.explain_events}
    print(how[args.what](args.project, args.article), end="")
    return EXIT_OK


def cmd_build(args) -> int:
    from sitegen.build import build

    progress = _Progress() if not args.quiet and sys.stderr.isatty() else None
    try:
        result = build(args.project, output=args.output, base_url=args.base_url, run_ingest=not args.no_ingest,
                       progress=progress)
    finally:
        if progress is not None:
            progress.clear()
    for problem in result.warnings:
        print(problem, file=sys.stderr)
    if result.ingest is not None:
        for path in result.ingest.kept:
            print(f"{path}: kept your edits; its seed changed (run 'sitegen ingest --force' to overwrite)", file=sys.stderr)
    if args.verbose:
        for line in result.rebuilt:
            print(f"  {line}")
        if result.steps:
            print("  time: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in result.steps.items()))
    if not args.quiet:
        print(build_summary(result))
    return EXIT_OK


# What the build writes, by kind, as the summary line names it (singular, plural).
_KIND_NAMES = {"article": ("article", "articles"), "topic": ("topic", "topics"), "person": ("person page", "person pages"),
               "page": ("other page", "other pages"), "file": ("data file", "data files"),
               "static": ("static file", "static files")}
_KIND_ORDER = {kind: n for n, kind in enumerate(_KIND_NAMES)}


def build_summary(result) -> str:
    """One line, like Hugo's table: what was written by kind, what came from the cache, how long."""
    written = len(result.ingest.written) if result.ingest else 0
    ingested = f"{written} article{'s' if written != 1 else ''} ingested, " if written else ""
    where = _shown(result.output)
    if result.noop:
        return (f"build: {ingested}{result.pages} pages and {result.static_files} static files in {where}, "
                f"nothing changed, nothing written in {result.seconds:.2f} s")
    kinds = ", ".join(f"{n} {_KIND_NAMES.get(kind, (kind, kind))[n != 1]}"
                      for kind, n in sorted(result.written.items(), key=lambda item: _KIND_ORDER.get(item[0], 99)))
    written = sum(result.written.values())
    detail = f" ({kinds})" if kinds else ""
    cached = "" if result.clean else f"; {result.reused} reused from cache"
    if result.unchanged:
        cached += f", {result.unchanged} rendered unchanged"
    if result.deleted:
        cached += f", {len(result.deleted)} deleted"
    return (f"build: {ingested}{result.pages} pages and {result.static_files} static files written to {where} "
            f"in {result.seconds:.2f} s — {written} file{'s' if written != 1 else ''} written{detail}{cached}")


class _Progress:
    """A counter on the terminal's stderr, redrawn in place; cleared before the summary."""

    def __init__(self) -> None:
        import time
        self._time = time.monotonic
        self._last = 0.0
        self._shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self._time()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        width = 24
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r{stage} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}\x1b[K")
        sys.stderr.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def cmd_check(args) -> int:
    from sitegen.check import check

    result = check(args.project, site_dir=args.site, base_url=args.base_url, run_ingest=not args.no_ingest)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(result.summary())
    return EXIT_ERROR if result.errors else EXIT_OK


def cmd_serve(args) -> int:
    from sitegen.serve import DEFAULT_PORT, main_loop, serve, stopped_by_signals

    if args.port is not None and not 0 <= args.port <= 65535:
        print(f"sitegen serve: error: --port {args.port} is not a port (0 to 65535)", file=sys.stderr)
        return EXIT_USAGE
    with stopped_by_signals():
        server = serve(args.project, host=args.host, port=DEFAULT_PORT if args.port is None else args.port,
                       poll=args.poll, port_fallback=args.port is None)
        return main_loop(server, args.open)


def cmd_init(args) -> int:
    from sitegen.scaffold import init

    target = args.project / args.dir if args.dir else args.project
    result = init(target)
    for path in result.created:
        print(f"created {path}")
    for path in result.kept:
        print(f"kept {path} (it exists; not overwritten)")
    for note in result.notes:
        print(note)
    return EXIT_OK


def cmd_deploy(args) -> int:
    from sitegen.deploy import deploy

    result = deploy(args.project, remote=args.remote, branch=args.branch, message=args.message,
                    push=not args.no_push, base_url=args.base_url)
    for problem in result.warnings:
        print(problem, file=sys.stderr)
    for line in result.lines:
        print(line)
    return EXIT_OK


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd())) + "/"
    except ValueError:
        return str(path) + "/"
