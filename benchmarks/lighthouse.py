"""Lighthouse scores of the built seed site (home, topic, article, person, search), mobile settings, offline.

    npm install --prefix .ci/node --no-save --ignore-scripts lighthouse@12.8.2   # once
    python benchmarks/lighthouse.py [--project DIR] [--runs 3]

The site is built with base_url set to the 127.0.0.1 address it is served from, as a published
site is built for its real address (canonical links and the sitemap are then absolute), and
served gzipped, as GitHub Pages serves it. Lighthouse
runs Debian's Chromium (CHROME_PATH=/usr/bin/chromium) with its default mobile emulation and
simulated throttling; the median of --runs runs per page is printed, with the targets
(100 accessibility, best practices, SEO; 95 performance) beside them. Exit 1 when home, topic or
article misses one (the search page is noindex on purpose, so its SEO score is not a target).
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sitegen.build import build  # noqa: E402

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
TARGETED = ("home", "topic", "article")  # the search page is noindex on purpose (SEO: not crawlable)


class _Host(http.server.SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: text files gzipped when the browser accepts it."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (not path.is_file() or not path.name.endswith(self.COMPRESSED)
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        if not self.path.split("?")[0].endswith("/") and path.name == "index.html" and not self.path.endswith("index.html"):
            return super().send_head()  # let the parent redirect /topics/x to /topics/x/
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


def lighthouse_bin() -> str:
    found = os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse")
    local = REPO / ".ci" / "node" / "node_modules" / ".bin" / "lighthouse"
    if not found and local.exists():
        found = str(local)
    if not found:
        raise SystemExit("lighthouse not found: npm install --prefix .ci/node --no-save --ignore-scripts lighthouse@12.8.2")
    return found


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in ("sitegen.yaml", "seeds", "content"):
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        elif src.exists():
            shutil.copy(src, dest / name)
    return dest


def run_lighthouse(binary: str, url: str, out: Path) -> dict[str, int]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    cmd = [binary, url, "--quiet", "--output=json", f"--output-path={out}",
           f"--only-categories={','.join(CATEGORIES)}",
           "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    failing = [f"{a['id']} ({a['score']})" for a in report["audits"].values()
               if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric")
               and any(ref["id"] == a["id"] for c in CATEGORIES[1:] for ref in report["categories"][c]["auditRefs"]
                       if ref.get("weight", 0) > 0)]
    scores["_failing"] = failing
    return scores


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, help="a project to build (default: a copy of this repository's)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    binary = lighthouse_bin()
    work = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    try:
        project = args.project or copy_project(work / "project")
        served = work / "served"
        served.mkdir()
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Host, directory=str(served)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        build(project, output=served, base_url=base)
        article = sorted(p.parent.name for p in (served / "articles").glob("*/index.html"))[0]
        pages = {"home": "", "topic": "topics/sanctions/", "article": f"articles/{article}/"}
        people = sorted(p.parent.name for p in (served / "people").glob("*/index.html"))
        if people:
            pages["person"] = f"people/{people[0]}/"
        pages["search"] = "search/?q=sanctions"

        missed = False
        print(f"{'page':8} " + " ".join(f"{c:>15}" for c in CATEGORIES))
        print(f"{'target':8} " + " ".join(f"{TARGETS[c]:>15}" for c in CATEGORIES))
        for name, path in pages.items():
            runs = [run_lighthouse(binary, base + path, work / f"{name}-{i}.json") for i in range(args.runs)]
            median = {c: statistics.median(r[c] for r in runs) for c in CATEGORIES}
            print(f"{name:8} " + " ".join(f"{median[c]:>15g}" for c in CATEGORIES))
            failing = sorted({a for r in runs for a in r["_failing"]})
            if failing:
                print(f"         not passed: {', '.join(failing)}")
            if name in TARGETED:
                missed |= any(median[c] < TARGETS[c] for c in CATEGORIES)
        server.shutdown()
        server.server_close()
        return 1 if missed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
