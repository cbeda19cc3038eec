"""How well ingest finds the story and its metadata, on the hand-labelled fixtures.

    python benchmarks/ingest_quality.py            # table for text dumps and for HTML pages
    python benchmarks/ingest_quality.py --pages    # also one line per page (worst first)
    python benchmarks/ingest_quality.py --sets     # also sitegen's scores per fixture folder (seeds, pages, heldout…)

Body: precision, recall and F1 over word 4-gram shingles of the body text against the labelled
body, each page weighted equally. Title: exact match. Metadata: author, date and publisher, each
exact. Beside sitegen, two trivial baselines (the whole text; only lines of 20+ words) and, for
HTML when it is installed, trafilatura as a reference.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from statistics import mean
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from ingest_fixtures import Case, cases  # noqa: E402

from sitegen.ingest.decode import decode  # noqa: E402
from sitegen.ingest.extract import extract  # noqa: E402
from sitegen.ingest.html import parse_html  # noqa: E402

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def prf(got: str, want: str) -> tuple[float, float, float]:
    g, w = shingles(got), shingles(want)
    if not g and not w:
        return 1.0, 1.0, 1.0
    hit = len(g & w)
    p = hit / len(g) if g else 0.0
    r = hit / len(w) if w else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def expected_body(case: Case) -> str:
    return "\n".join(re.sub(r"^(?:#+ |- |\d+\. |> )", "", line) for line in case.expected["body"])


# ---- the systems compared -------------------------------------------------------------------

Result = tuple[str, Optional[str], dict]  # body text, title, metadata


def sitegen(case: Case) -> Result:
    e = extract(case.raw_path.read_bytes(), case.raw_path.name)
    body = "\n".join(b.text for b in e.blocks)
    return body, e.title, {"author": e.author, "date": e.date, "publisher": e.publisher}


def _page_lines(case: Case) -> list[str]:
    text = decode(case.raw_path.read_bytes()).text or ""
    if case.kind == "html":
        lines, _ = parse_html(text)
        return [line.text for line in lines]
    return [line.strip() for line in text.split("\n") if line.strip()]


def whole_text(case: Case) -> Result:
    lines = _page_lines(case)
    return "\n".join(lines), (lines[0] if lines else None), {}


def long_lines(case: Case) -> Result:
    lines = _page_lines(case)
    return "\n".join(l for l in lines if len(l.split()) >= 20), (lines[0] if lines else None), {}


def trafilatura_html(case: Case) -> Result:
    import trafilatura

    html = decode(case.raw_path.read_bytes()).text or ""
    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if doc is None:
        return "", None, {}
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    return get("text") or "", get("title"), {"author": get("author"), "date": get("date"), "publisher": get("sitename")}


def systems(kind: str) -> list[tuple[str, Callable[[Case], Result]]]:
    out = [("sitegen", sitegen), ("whole text", whole_text), ("lines of 20+ words", long_lines)]
    if kind == "html":
        try:
            import trafilatura  # noqa: F401
            out.append(("trafilatura (reference)", trafilatura_html))
        except ImportError:
            pass
    return out


def score(system: Callable[[Case], Result], group: list[Case]) -> dict:
    rows = []
    for case in group:
        body, title, meta = system(case)
        p, r, f = prf(body, expected_body(case))
        want = case.expected
        rows.append({
            "case": case.name, "p": p, "r": r, "f": f,
            "title": float((title or "").strip() == (want.get("title") or "").strip()),
            "meta": mean(float((meta.get(k) or None) == want.get(k)) for k in ("author", "date", "publisher")),
        })
    return {"n": len(rows), "p": mean(x["p"] for x in rows), "r": mean(x["r"] for x in rows),
            "f": mean(x["f"] for x in rows), "title": mean(x["title"] for x in rows),
            "meta": mean(x["meta"] for x in rows), "rows": rows}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="also print each page's score for sitegen")
    parser.add_argument("--sets", action="store_true", help="also print sitegen's scores per fixture folder")
    args = parser.parse_args(argv)
    all_cases = cases()
    print(f"{'input':<6} {'system':<24} {'pages':>5} {'body P':>7} {'body R':>7} {'body F1':>7} {'title':>6} {'meta':>6}")
    for kind in ("text", "html"):
        group = [c for c in all_cases if c.kind == kind]
        for name, system in systems(kind):
            s = score(system, group)
            print(f"{kind:<6} {name:<24} {s['n']:>5} {s['p']:>7.3f} {s['r']:>7.3f} {s['f']:>7.3f} {s['title']:>6.2f} "
                  f"{s['meta']:>6.2f}")
            if args.pages and name == "sitegen":
                for row in sorted(s["rows"], key=lambda x: (x["f"], x["title"], x["meta"])):
                    print(f"       {row['case']:<44} F1 {row['f']:.3f}  title {row['title']:.0f}  meta {row['meta']:.2f}")
    if args.sets:
        print(f"\nsitegen per fixture folder and input kind (trafilatura beside HTML when installed):")
        for folder in sorted({c.name.split("/")[0] for c in all_cases}):
            for kind in ("text", "html"):
                group = [c for c in all_cases if c.kind == kind and c.name.startswith(folder + "/")]
                if not group:
                    continue
                named = [("sitegen", sitegen)] + [(n, f) for n, f in systems(kind) if n.startswith("trafilatura")]
                for name, system in named:
                    s = score(system, group)
                    print(f"{folder + ' ' + kind:<20} {name:<24} {s['n']:>4} pages  P {s['p']:.3f}  R {s['r']:.3f}  "
                          f"F1 {s['f']:.3f}  title {s['title']:.2f}  meta {s['meta']:.2f}")
    print("meta = share of author, date and publisher that match the label exactly (baselines find none)")
    print("These pages were used to develop ingest; first-run scores on pages it had not seen are in "
          "tests/fixtures/ingest/heldout/README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
