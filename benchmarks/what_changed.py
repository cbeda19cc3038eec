"""What a change does to every labelled page and article: dump one checkout's outputs, then compare two dumps.

    python benchmarks/what_changed.py dump CHECKOUT OUT.json          # analysis and ingest outputs of CHECKOUT
    python benchmarks/what_changed.py diff BEFORE.json AFTER.json     # what differs, with the label beside it

A rule is tried by dumping main (a second worktree) and the branch, then reading the diff: every quote whose speaker
changed (with its label, where a labelled article has one), every article whose topics or dated events changed, every
labelled ingest page whose body, title or metadata changed (with its body F1 and whether it is exact, before and
after). The quotes of the ingest labels' bodies are analysed too, as unlabelled text: more sentences for a rule to
misread. Nothing is timed; the dump takes about a minute on two cores.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

_WORD = re.compile(r"\w+")


def _load(checkout: str) -> None:
    sys.path[:0] = [checkout, str(Path(checkout) / "tests"), str(Path(checkout) / "benchmarks")]


def _ingest_one(case) -> tuple[str, dict]:
    from ingest_fixtures import body_lines
    from sitegen.ingest.extract import extract
    try:
        e = extract(case.raw_path.read_bytes(), case.raw_path.name)
    except Exception as error:  # a crash is an output too: the diff shows it
        return case.name, {"error": repr(error)}
    return case.name, {"body": body_lines(e.blocks), "title": e.title, "author": e.author, "date": e.date,
                       "publisher": e.publisher, "description": e.description, "want": case.expected.get("body")}


def dump(checkout: str, out: str) -> None:
    _load(checkout)
    import yaml
    fast = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (an older checkout's tests have no label_yaml)
    from analysis_fixtures import default_people, default_topics, load_all, speaker_slug
    from ingest_fixtures import cases
    from sitegen import markdown
    from sitegen.analysis import analyse_article
    from sitegen.model import Article

    def analysed(result, labels):
        return {"quotes": [[q.text, q.speaker, q.how] for q in result.quotes], "topics": list(result.topics),
                "events": [[e.date, e.precision, e.text[:80]] for e in result.events], "labels": labels}

    data: dict = {"analysis": {}, "ingest": {}}
    for case in load_all():
        labels = {item["text"][:50]: speaker_slug(item.get("speaker"), case.people)
                  for item in case.expect.get("quotes") or ()}
        data["analysis"][case.name] = analysed(analyse_article(case.article, case.topics, case.people), labels)
    people, topics = default_people(), default_topics()
    root = Path(checkout) / "tests" / "fixtures" / "ingest"
    for path in sorted(root.glob("**/*.expected.yaml")):
        body = "\n\n".join(b for b in yaml.load(path.read_text(encoding="utf-8"), Loader=fast).get("body") or () if isinstance(b, str))
        if '"' in body or "“" in body:
            article = Article(slug="x", title="T", body=body, paragraphs=markdown.paragraphs(body))
            data["analysis"]["ingest label: " + str(path.relative_to(root))] = analysed(
                analyse_article(article, topics, people), {})
    with Pool(2) as pool:
        data["ingest"] = dict(pool.map(_ingest_one, cases(), chunksize=20))
    Path(out).write_text(json.dumps(data), encoding="utf-8")
    print(f"{out}: {len(data['analysis'])} articles, {len(data['ingest'])} pages")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’'.,!?;:]", "", text.lower())).strip()


def _f1(got: list, want: list) -> float:
    def shingles(lines):
        words = [w.lower() for w in _WORD.findall("\n".join(re.sub(r"^(?:#+ |- |\d+\. |> )", "", l) for l in lines))]
        return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}
    g, w = shingles(got), shingles(want or [])
    hit = len(g & w)
    p, r = (hit / len(g) if g else 0.0), (hit / len(w) if w else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def diff(before: str, after: str) -> None:
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (before, after))
    changed = 0
    for name in sorted(set(a["analysis"]) & set(b["analysis"])):
        x, y = a["analysis"][name], b["analysis"][name]
        old, new = {q[0]: q for q in x["quotes"]}, {q[0]: q for q in y["quotes"]}
        for text in sorted(set(old) | set(new)):
            s, t = old.get(text), new.get(text)
            if (s and s[1]) == (t and t[1]) and (s is None) == (t is None):
                continue
            label = next((v for k, v in y["labels"].items() if _norm(text).startswith(_norm(k)[:30])), "?") \
                if y["labels"] else "-"
            changed += 1
            print(f"{name}: {text[:70]!r}\n    {s and s[1]} -> {t and t[1]}  label={label}  [{t and t[2]}]")
        if x["topics"] != y["topics"]:
            print(f"{name}: topics {x['topics']} -> {y['topics']}")
        if x["events"] != y["events"]:
            print(f"{name}: events {[e for e in y['events'] if e not in x['events']]} new, "
                  f"{[e for e in x['events'] if e not in y['events']]} gone")
    print(f"{changed} quotes' speakers changed\n")
    pages = 0
    for name in sorted(set(a["ingest"]) & set(b["ingest"])):
        x, y = a["ingest"][name], b["ingest"][name]
        if x == y:
            continue
        pages += 1
        if "error" in x or "error" in y:
            print(f"{name}: {x.get('error')} -> {y.get('error')}")
            continue
        # (A dump made before "description" was dumped has none: read as unchanged.)
        meta = [(k, x.get(k), y.get(k)) for k in ("title", "author", "date", "publisher", "description")
                if k in x and k in y and x[k] != y[k]]
        print(f"{name}: F1 {_f1(x['body'], y['want']):.3f} -> {_f1(y['body'], y['want']):.3f}, exact "
              f"{x['body'] == y['want']} -> {y['body'] == y['want']} {meta or ''}")
        for line in difflib.unified_diff(x["body"], y["body"], lineterm="", n=0):
            if not line.startswith(("---", "+++", "@@")):
                print("    " + line[:130])
    print(f"{pages} pages changed")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("dump", "diff"):
        sys.exit(__doc__)
    (dump if sys.argv[1] == "dump" else diff)(sys.argv[2], sys.argv[3])
