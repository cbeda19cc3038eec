"""Ingest speed in articles per second on one core, beside a baseline measured in the same run.

    python benchmarks/ingest_speed.py [--rounds 20] [--against /work/main]

The corpus is every labelled fixture page and seed (text and HTML). The baseline only reads and
decodes the same files, so the ratio between the two lines stays meaningful on a busy machine.
--against times another sitegen checkout on the same corpus (the saved HTML pages, then the text
dumps), alternating with this one in fresh processes, best round of each: on a shared machine the
ratio of the two is the figure to trust, not either rate alone.
Target: at least 300 articles/s for sitegen's extract().
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# --sitegen: time another checkout's sitegen on this checkout's corpus (used by --against, in a child process).
_OTHER = sys.argv[sys.argv.index("--sitegen") + 1] if "--sitegen" in sys.argv[:-1] else None
sys.path[:0] = [_OTHER or str(ROOT), str(ROOT / "tests")]

from ingest_fixtures import cases  # noqa: E402

from sitegen.ingest.decode import decode  # noqa: E402
from sitegen.ingest.extract import extract, to_markdown  # noqa: E402


def _timed(label: str, fn, files: list[tuple[bytes, str]], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()  # CPU time of this process: one core, not disturbed by other jobs' wall time
        for raw, name in files:
            fn(raw, name)
        best = min(best, time.process_time() - started)
    rate = len(files) / best if best else float("inf")
    print(f"{label:<34} {len(files):>5} articles  {best * 1000:8.1f} ms  {rate:10.0f} articles/s")
    return rate


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="repeat and keep the fastest round (default 15)")
    parser.add_argument("--against", metavar="CHECKOUT", help="also time this other sitegen checkout, alternating")
    parser.add_argument("--sitegen", metavar="CHECKOUT", help=argparse.SUPPRESS)
    parser.add_argument("--kind", choices=("html", "text"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.kind:  # a child of --against: one rate, nothing else
        print(_rate(args.kind, args.rounds))
        return 0
    if args.against:
        return _against(Path(args.against).resolve(), args.rounds)
    files = [(c.raw_path.read_bytes(), c.raw_path.name) for c in cases()]
    size = sum(len(raw) for raw, _ in files)
    print(f"corpus: {len(files)} labelled pages, {size / 1024:.0f} KiB, best of {args.rounds} rounds, CPU time")
    base = _timed("baseline: decode only", lambda raw, name: decode(raw), files, args.rounds)
    ours = _timed("sitegen: extract + to_markdown", lambda raw, name: to_markdown(extract(raw, name).blocks),
                  files, args.rounds)
    print(f"sitegen runs at {ours / base:.2%} of the decode-only baseline's rate")
    # The corpus mixes text dumps (a few KiB) with saved HTML pages of up to 60 KiB: rates per kind say more.
    rates = {}
    for kind, suffixes in (("text dumps", (".txt",)), ("saved HTML pages", (".html", ".htm"))):
        group = [(raw, name) for raw, name in files if name.endswith(suffixes)]
        if group:
            print(f"  {kind} ({len(group)}, {sum(len(r) for r, _ in group) / 1024:.0f} KiB):")
            rates[kind] = _timed("  sitegen: extract + to_markdown", lambda raw, name: to_markdown(extract(raw, name).blocks),
                                 group, args.rounds)
    for kind in ("text dumps", "saved HTML pages"):
        if kind in rates:
            print(f"target >= 300 articles/s ({kind}): {'met' if rates[kind] >= 300 else 'NOT met'}")
    seeds = [(p.read_bytes(), p.name) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    print(f"\nthe five seeds (real text dumps, {sum(len(r) for r, _ in seeds) / 1024:.0f} KiB):")
    _timed("baseline: decode only", lambda raw, name: decode(raw), seeds, args.rounds)
    _timed("sitegen: extract + to_markdown", lambda raw, name: to_markdown(extract(raw, name).blocks), seeds, args.rounds)
    big = [(_heavy_page().encode("utf-8"), "heavy.html")]
    print(f"\none heavy HTML page ({len(big[0][0]) / 1024:.0f} KiB: scripts, a 400-link menu, 100 related cards):")
    _timed("baseline: decode only", lambda raw, name: decode(raw), big, max(3, args.rounds // 3))
    _timed("sitegen: extract + to_markdown", lambda raw, name: to_markdown(extract(raw, name).blocks), big,
           max(3, args.rounds // 3))
    try:
        import trafilatura
    except ImportError:
        return 0
    _timed("trafilatura.extract (reference)", lambda raw, name: trafilatura.extract(raw.decode("utf-8")), big,
           max(3, args.rounds // 3))
    return 0


def _files(kind: str) -> list[tuple[bytes, str]]:
    suffixes = (".html", ".htm") if kind == "html" else (".txt",)
    return [(c.raw_path.read_bytes(), c.raw_path.name) for c in cases() if c.raw_path.name.endswith(suffixes)]


def _rate(kind: str, rounds: int) -> float:
    files = _files(kind)
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for raw, name in files:
            to_markdown(extract(raw, name).blocks)
        best = min(best, time.process_time() - started)
    return len(files) / best


def _against(other: Path, rounds: int, turns: int = 4) -> int:
    """This checkout and another, in turns of fresh processes, each turn a few rounds; the best rate of each."""
    me = Path(__file__).resolve()
    print(f"this checkout: {ROOT}\nagainst:       {other}\n{turns} turns of {max(1, rounds // turns)} rounds each, CPU time")
    for kind, label in (("html", "saved HTML pages"), ("text", "text dumps")):
        best = {ROOT: 0.0, other: 0.0}
        for _ in range(turns):
            for checkout in (other, ROOT):
                env = dict(os.environ, PYTHONPATH=str(checkout))
                out = subprocess.run([sys.executable, str(me), "--sitegen", str(checkout), "--kind", kind,
                                      "--rounds", str(max(1, rounds // turns))], env=env, check=True,
                                     capture_output=True, text=True).stdout
                best[checkout] = max(best[checkout], float(out.strip()))
        print(f"  {label:<18} {best[other]:8.0f} articles/s against, {best[ROOT]:8.0f} articles/s here: "
              f"x{best[ROOT] / best[other]:.2f}")
    return 0


def _heavy_page() -> str:
    """Markup the size of a real news page, most of it furniture."""
    head = "<script>" + "var cfg = {a: 1, b: [1, 2, 3]};\n" * 3000 + "</script><style>" + ".c{color:red}\n" * 4000 + "</style>"
    menu = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>\n" for i in range(400)) + "</ul></nav>"
    story = "".join(f"<p>Paragraph {i} of the story says what happened at the talks, in a full sentence.</p>\n"
                    for i in range(40))
    cards = "<aside>" + "".join(f"<div class='card'><a href='/r{i}'><h3>Related headline {i}</h3></a>"
                                f"<p>Teaser for related story {i}.</p></div>\n" for i in range(100)) + "</aside>"
    return (f"<html><head><title>Heavy page | Outlet</title>{head}</head><body>{menu}<article><h1>Heavy page</h1>"
            f"{story}</article>{cards}<footer>© Outlet</footer></body></html>")


if __name__ == "__main__":
    sys.exit(main())
