"""How long analysis takes beside rendering, on the same synthetic articles in the same run.

    python benchmarks/analysis_speed.py [--articles 1000 10000] [--keep DIR]
    python benchmarks/analysis_speed.py --edit [--articles 10000] [--keep DIR]

For each size N: a project of N articles from benchmarks/corpus.py is loaded once; then
  analysis   = analyse_articles() (analyse_article for each) + combine()  (what `sitegen build` runs)
  render     = site_pages() (Markdown → HTML for every article) + every page through its template
are timed in the same process, one after the other, in CPU seconds of the process (the wall-clock
ratio is printed beside it). The machine is shared, so read the ratio,
not the seconds. Analysis should stay below render: it is the smaller part of a build.

--edit times combine() alone, as a live preview reruns it after an edit: from scratch, and with a
Combiner that combined the corpus before (its memory warm), after one article changed — the
newest article (the worst case: it is among the newest of each of its topics) gets one sentence
more, once a plain one and once one that dates an event. Both results are checked equal.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generate  # noqa: E402

from sitegen import markdown  # noqa: E402
from sitegen.analysis import Combiner, analyse_article, analyse_articles, combine  # noqa: E402
from sitegen.build import render_page  # noqa: E402
from sitegen.config import load_config  # noqa: E402
from sitegen.content import load_site  # noqa: E402
from sitegen.errors import Report  # noqa: E402
from sitegen.model import Paragraph  # noqa: E402
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


EDITS = (("plain sentence", "A late update from the correspondents covering the story adds more detail here."),
         ("dated sentence", "A late update: officials said on Friday that the talks would resume next week."))


def measure_edit(root: Path) -> list[dict]:
    site = load_site(load_config(root), Report())
    analyses = analyse_articles(site.articles, site.topics, site.people)
    combiner = Combiner()
    combiner.combine(site, analyses)  # the build before the edit
    newest = max(site.articles, key=lambda a: (a.date or "", a.slug))
    rows = []
    for n, (what, sentence) in enumerate(EDITS, 1):
        edited = dataclasses.replace(newest, body=newest.body + "\n\n" + sentence, paragraphs=newest.paragraphs + (
            Paragraph(index=len(newest.paragraphs) + 1, text=sentence),))
        site = dataclasses.replace(site, articles=tuple(edited if a.slug == newest.slug else a for a in site.articles))
        analyses = {**analyses, newest.slug: analyse_article(edited, site.topics, site.people)}
        newest = edited
        started = time.process_time()
        fresh = combine(site, analyses)
        scratch = time.process_time() - started
        started = time.process_time()
        memo = combiner.combine(site, analyses)
        warm = time.process_time() - started
        if memo != fresh:
            raise SystemExit(f"{root}: the memoized combine differs from a fresh one after the edit ({what})")
        rows.append({"articles": len(site.articles), "what": what, "scratch": scratch, "memo": warm})
    return rows


def main_edit(sizes: list[int], keep) -> int:
    print("combine() in CPU seconds of this process, after a one-article edit of the newest article")
    print(f"{'articles':>8}  {'edit':<16} {'from scratch s':>14} {'Combiner s':>10} {'speed-up':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            root = (keep or Path(tmp)) / f"corpus-{n}"
            if not (root / "content" / "articles").is_dir():
                generate(root, n)
            for r in measure_edit(root):
                print(f"{r['articles']:>8}  {r['what']:<16} {r['scratch']:>14.3f} {r['memo']:>10.3f} "
                      f"{r['scratch'] / max(r['memo'], 1e-6):>7.1f}×", flush=True)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="generate the corpora here and keep them")
    parser.add_argument("--edit", action="store_true", help="time combine after a one-article edit, with and without a Combiner's memory")
    args = parser.parse_args(argv)
    if args.edit:
        return main_edit(args.articles, args.keep)
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
