"""Save-to-reload latency of `sitegen serve`, beside a full build's time in the same run.

    python benchmarks/serve_latency.py [--articles 100 10000] [--edits 5] [--keep DIR]

For each corpus size (benchmarks/corpus.py): the first build of a fresh corpus (a full
build: no site/, no cache), then `sitegen serve` in this process with headless Chromium
(Debian's /usr/bin/chromium) on an article page. Each edit writes a new sentence into the
article's file; the latency is from just before that write to the browser's `load` event
of the page that shows it (performance.timeOrigin + loadEventStart, the same wall clock).
The edited article's page is shown ahead of the rebuild (rendered against the last good build);
"whole site rebuilt" is when the rebuild of everything the edit touched has finished, and
"reloads" says whether the page reloaded once (the rebuild wrote what was shown) or twice.
A stylesheet edit is timed the same way, up to the moment the new style applies.
The machine is shared and noisy: compare the numbers within one run.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus  # noqa: E402

from sitegen.build import build  # noqa: E402
from sitegen.serve import serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"]


def article_to_edit(root: Path) -> tuple[Path, str]:
    articles = sorted((root / "content" / "articles").glob("*.md"))
    article = articles[len(articles) // 2]
    body = article.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    paragraph = next(p for p in body.split("\n\n") if len(p) > 40 and not p.startswith(("#", ">", "-", "*")))
    return article, paragraph


def measure(root: Path, edits: int, browser) -> dict:
    started = time.perf_counter()
    build(root)
    full_build = time.perf_counter() - started
    rebuilds: list[str] = []
    server = serve(root, port=0, log=rebuilds.append, report=lambda m: None)
    started = time.perf_counter()
    server.warmed.wait(timeout=600)  # the first build had nothing to do: serve loads what edits need
    warm_up = time.perf_counter() - started
    try:
        # The server's own first build has warmed whatever build() caches; this is the state an editor is in.
        article, paragraph = article_to_edit(root)
        page = browser.new_page()
        page.goto(f"{server.url}articles/{article.stem}/")
        original = article.read_text(encoding="utf-8")
        article_latency, rebuilt, reloads = [], [], []
        for n in range(edits):
            marker = f"Benchmark sentence {n} {time.time_ns()}."
            text = original.replace(paragraph, f"{marker} {paragraph}", 1)
            before = server.builds
            written = time.time() * 1000
            article.write_text(text, encoding="utf-8")
            page.wait_for_function(f"() => document.body.innerText.includes({marker!r})", timeout=600_000)
            page.wait_for_function("() => performance.getEntriesByType('navigation')[0].loadEventStart > 0")
            loaded = page.evaluate("performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventStart")
            article_latency.append(loaded - written)
            page.evaluate("window.__benchmarkLoaded = true")
            server.wait_for_rebuild(before, timeout=600)
            rebuilt.append(time.time() * 1000 - written)
            time.sleep(0.5)  # a second reload of the page, if the rebuild sent one, has happened by now
            reloads.append(1 if page.evaluate("window.__benchmarkLoaded === true") else 2)
        article.write_text(original, encoding="utf-8")
        before = server.builds
        server.wait_for_rebuild(before, timeout=600)

        css_latency = []
        css = root / "themes" / "default" / "static" / "style.css"
        css.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "themes" / "default" / "static" / "style.css", css)
        before = server.builds
        server.wait_for_rebuild(before, timeout=600)
        page.reload()
        base_css = css.read_text(encoding="utf-8")
        for n in range(edits):
            colour = f"rgb({n + 1}, 2, 3)"
            written = time.time() * 1000
            css.write_text(base_css + f"\nbody {{ background: {colour} !important; }}\n", encoding="utf-8")
            page.wait_for_function(f"() => getComputedStyle(document.body).backgroundColor === {colour!r}",
                                   timeout=600_000)
            css_latency.append(page.evaluate("Date.now()") - written)
            time.sleep(0.3)
        page.close()
        rebuild_times = [float(line.split()[2]) for line in rebuilds if line.startswith("rebuilt in ")]
    finally:
        server.stop()
    return {"full_build": full_build, "warm_up": warm_up, "article": article_latency, "rebuilt": rebuilt,
            "reloads": reloads, "css": css_latency, "rebuilds": rebuild_times}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--edits", type=int, default=5, help="edits timed per corpus size")
    parser.add_argument("--keep", type=Path, help="generate corpora here and leave them (default: a temp folder)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = args.keep or Path(tempfile.mkdtemp(prefix="serve-latency-"))
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in args.articles:
            root = work / f"corpus-{n}"
            if root.exists():
                shutil.rmtree(root)
            corpus.generate(root, n)
            result = measure(root, args.edits, browser)
            rows.append((n, result))
            print(f"{n} articles: full build {result['full_build']:.2f} s, serve's warm-up {result['warm_up']:.2f} s; "
                  f"article edit → page shown {', '.join(f'{ms:.0f}' for ms in result['article'])} ms, "
                  f"→ rebuild done {', '.join(f'{ms:.0f}' for ms in result['rebuilt'])} ms, "
                  f"reloads of the page {result['reloads']}; css edit → applied "
                  f"{', '.join(f'{ms:.0f}' for ms in result['css'])} ms; server rebuilds "
                  f"{', '.join(f'{s:.2f}' for s in result['rebuilds'])} s", flush=True)
        browser.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"{'articles':>8}  {'full build':>10}  {'edit→page shown (median / max)':>30}  "
          f"{'edit→whole site rebuilt (median)':>32}  {'css edit→applied (median)':>25}  {'shown ÷ full build':>18}")
    for n, r in rows:
        median = statistics.median(r["article"])
        print(f"{n:>8}  {r['full_build'] * 1000:>8.0f} ms  {median:>14.0f} / {max(r['article']):>6.0f} ms  "
              f"{statistics.median(r['rebuilt']):>29.0f} ms  {statistics.median(r['css']):>22.0f} ms"
              f"  {median / (r['full_build'] * 1000):>17.3f}×")


if __name__ == "__main__":
    main()
