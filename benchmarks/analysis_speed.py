"""How long analysis takes beside rendering, on the same synthetic articles in the same run.

    python benchmarks/analysis_speed.py [--articles 1000 10000] [--keep DIR]

For each size N: a project of N articles from benchmarks/corpus.py is loaded once; then
  analysis   = analyse_articles() (analyse_article for each) + combine()  (what `sitegen build` runs)
  render     = site_pages() (Markdown → HTML for every article) + every page through its template
are timed in the same process, one after the other, in CPU seconds of the process (the wall-clock
ratio is printed beside it). The machine is shared, so read the ratio,
not the seconds. Analysis should stay below render: it is the smaller part of a build.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generate  # noqa: E402

from sitegen import markdown  # noqa: E402
from sitegen.analysis import analyse_articles, combine  # noqa: E402
from sitegen.build import render_page  # noqa: E402
from sitegen.config import load_config  # noqa: E402
from sitegen.content import load_site  # noqa: E402
from sitegen.errors import Report  # noqa: E402
from sitegen.pages import site_pages  # noqa: E402
from sitegen.render import environment, load_theme  # noqa: E402


def measure(root: Path) -> dict:
    config = load_config(root)
    site = load_site(config, Report())
    started, wall = time.process_time(), time.perf_counter()
    analyses = analyse_articles(site.articles, site.topics, site.people)
    per_article = time.process_time() - started
    briefing = combine(site, analyses)
    analysis, analysis_wall = time.process_time() - started, time.perf_counter() - wall

    # Loading parsed every body once (analysis needs the paragraphs) and keeps the renders; rendering
    # them is Markdown → HTML plus templates, so time it from scratch.
    markdown.remember({})
    started, wall = time.process_time(), time.perf_counter()
    env = environment(load_theme(config), config)
    pages = site_pages(briefing, config)
    size = sum(len(page.body if page.body is not None else render_page(env, page)) for page in pages)
    render, render_wall = time.process_time() - started, time.perf_counter() - wall
    return {"articles": len(site.articles), "per_article": per_article, "combine": analysis - per_article,
            "analysis": analysis, "render": render, "wall": analysis_wall / render_wall, "pages": len(pages), "mb": size / 1e6,
            "quotes": len(briefing.quotes), "people": len(briefing.people)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="generate the corpora here and keep them")
    args = parser.parse_args(argv)
    print("CPU seconds of this process (wall-clock ratio too: the machine is shared)")
    print(f"{'articles':>8} {'analysis s':>10} {'(per-article':>12} {'+ combine)':>10} {'render s':>9} "
          f"{'analysis/render':>15} {'(wall)':>6} {'pages':>6} {'quotes':>7} {'people':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            root = (args.keep or Path(tmp)) / f"corpus-{n}"
            if not (root / "content" / "articles").is_dir():
                generate(root, n)
            r = measure(root)
            print(f"{r['articles']:>8} {r['analysis']:>10.2f} {r['per_article']:>12.2f} {r['combine']:>10.2f} "
                  f"{r['render']:>9.2f} {r['analysis'] / r['render']:>15.2f} {r['wall']:>6.2f} {r['pages']:>6} {r['quotes']:>7} "
                  f"{r['people']:>6}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
