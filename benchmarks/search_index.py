"""Search on a static host: sitegen's own index (search/index.json + static/search.js) against Pagefind.

    python benchmarks/search_index.py [--articles 100 10000] [--no-pagefind] [--keep DIR]

For each corpus size (synthetic projects from benchmarks/corpus.py) it builds the site once, then
measures, side by side in the same run:

- own index: time to make it (search_index + JSON), its size raw and gzipped (what a host sends);
- Pagefind (`pip install 'pagefind[extended]'`, run as `python -m pagefind`): indexing time, files
  and bytes on disk;
- in Debian's Chromium on 127.0.0.1: the first query (download + parse + search + draw) and a
  following query, for both, and the bytes each downloaded for its first query.

The machine is shared, so only the ratios between columns measured in one run mean much.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from sitegen import content  # noqa: E402
from sitegen.analysis import analyse  # noqa: E402
from sitegen.build import build  # noqa: E402
from sitegen.config import load_config  # noqa: E402
from sitegen.errors import Report  # noqa: E402
from sitegen.pages import site_pages  # noqa: E402
from sitegen.sitefiles import search_index  # noqa: E402

QUERIES = ["putin sanctions", "ceasefire", "security guarantees", "witkoff"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def folder_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def own_index_figures(project: Path, site: Path) -> dict:
    config = load_config(project, {})
    briefing = analyse(content.load_site(config, Report()))
    pages = site_pages(briefing, config)
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        text = json.dumps(search_index(pages, briefing), ensure_ascii=False, separators=(",", ":"))
        runs.append(time.perf_counter() - started)
    raw = text.encode("utf-8")
    return {"make_s": statistics.median(runs), "bytes": len(raw), "gzip_bytes": len(gzip.compress(raw, 6)),
            "on_disk": (site / "search" / "index.json").stat().st_size}


def pagefind_figures(site: Path) -> dict:
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--root-selector", "main"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"pagefind failed: {done.stderr or done.stdout}")
    files, size = folder_bytes(site / "pagefind")
    return {"index_s": seconds, "files": files, "bytes": size}


_OWN_QUERY = """async (q) => {
  const input = document.getElementById('q'), status = document.getElementById('search-status');
  const before = status.textContent;
  const t0 = performance.now();
  const changed = new Promise(resolve => new MutationObserver((_, obs) => { obs.disconnect(); resolve(); })
      .observe(status, {childList: true, characterData: true, subtree: true}));
  input.value = q; input.form.requestSubmit();
  await changed;
  return performance.now() - t0;
}"""

_PAGEFIND_QUERY = """async (q) => {
  if (!window.__pf) { window.__pf = await import('/pagefind/pagefind.js'); await window.__pf.init(); }
  const t0 = performance.now();
  const found = await window.__pf.search(q);
  await Promise.all(found.results.slice(0, 10).map(r => r.data()));
  return performance.now() - t0;
}"""


def browser_figures(site: Path, with_pagefind: bool) -> dict:
    from playwright.sync_api import sync_playwright

    base, server = serve(site)
    figures = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            engines = [("own", _OWN_QUERY)] + ([("pagefind", _PAGEFIND_QUERY)] if with_pagefind else [])
            for name, script in engines:
                page = browser.new_page()
                page.goto(f"{base}/search/")
                page.evaluate("() => performance.clearResourceTimings()")
                first = page.evaluate(script, QUERIES[0])
                # Bytes of every file the first query fetched (uncompressed, as served by http.server).
                first_bytes = page.evaluate(
                    "() => performance.getEntriesByType('resource').reduce((n, e) => n + e.decodedBodySize, 0)")
                following = [page.evaluate(script, q) for q in QUERIES[1:]]
                figures[name] = {"first_ms": first, "next_ms": statistics.median(following), "first_bytes": first_bytes}
                page.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 10000])
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the generated projects here")
    args = parser.parse_args(argv)
    try:
        from corpus import generate
    except ImportError:
        raise SystemExit("benchmarks/corpus.py is needed (it generates the synthetic projects)")
    with_pagefind = not args.no_pagefind
    if with_pagefind:
        try:
            import pagefind  # noqa: F401
        except ImportError:
            raise SystemExit("pip install 'pagefind[extended]' first, or pass --no-pagefind")
    work = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    rows = []
    for n in args.articles:
        project = work / f"corpus-{n}"
        if not (project / "content").exists():
            generate(project, n)
        started = time.perf_counter()
        build(project, run_ingest=False)
        build_s = time.perf_counter() - started
        site = project / "site"
        own = own_index_figures(project, site)
        pf = pagefind_figures(site) if with_pagefind else None
        web = browser_figures(site, with_pagefind)
        rows.append((n, build_s, own, pf, web))
        print(f"\n{n} articles (whole build {build_s:.1f} s)")
        print(f"  own index: made in {own['make_s'] * 1000:.0f} ms; {own['bytes'] / 1024:.0f} KiB, "
              f"{own['gzip_bytes'] / 1024:.0f} KiB gzipped; first query {web['own']['first_ms']:.0f} ms "
              f"({web['own']['first_bytes'] / 1024:.0f} KiB fetched), next {web['own']['next_ms']:.0f} ms")
        if pf:
            print(f"  pagefind:  indexed in {pf['index_s']:.1f} s; {pf['files']} files, {pf['bytes'] / 1024:.0f} KiB; "
                  f"first query {web['pagefind']['first_ms']:.0f} ms ({web['pagefind']['first_bytes'] / 1024:.0f} KiB "
                  f"fetched), next {web['pagefind']['next_ms']:.0f} ms")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
