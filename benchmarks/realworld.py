"""Ingest on real web pages no one labelled for sitegen: trafilatura 1.0.0's saved test pages and its assertions.

    python benchmarks/realworld.py [--text] [--failures] [--sdist PATH]

trafilatura (Apache-2.0) ships in its 1.0.0 source release on PyPI about a hundred pages saved from real sites
(news, blogs, shops, public bodies; mostly German, some English and French) with test assertions: snippets its
extracted text must hold, snippets it must not, and for some pages the title, author and site name. They make an
independent check of the labelled fixtures' figures: real pages, labelled by someone else. The release is fetched
with `pip download` into .sitegen-bench/ (git-ignored: the pages are their sites', not this project's).

  story kept        "must hold" snippets found in sitegen's body. Snippets inside a reader-comment box are counted
                    apart: trafilatura keeps comments by default, sitegen drops them on purpose.
  boilerplate gone  "must not hold" snippets absent from the body
  title, author, site name: equal to the assertion (authors compared as a set of names)

Stop 22 measured it first on main as it was (HTML: story kept 0.747 with comment snippets counted, 0.804 without,
boilerplate gone 0.984; text copies 0.815 / 0.902, their titles as from the saved page 49 of 94), then made general
rules from the misses, each tested on pages of its own: the figures after that are a development set's, no longer an
independent check.

--text also renders each page in headless Chromium (Debian's chromium; JavaScript and the network off) and ingests
document.body.innerText: the page copied as text. Without the sites' style sheets their hidden menus show, so these
copies are noisier than a reader's. Beside sitegen, in the same run: the page's whole text, and only its lines of
20+ words.
"""
from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tarfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.ingest.decode import decode  # noqa: E402
from sitegen.ingest.extract import extract  # noqa: E402
from sitegen.ingest.html import parse_html  # noqa: E402

RELEASE = "trafilatura-1.0.0"
CACHE = ROOT / ".sitegen-bench"
# A box of reader comments, by its class or id ("comments", "comment-list", "respond", "reply-form").
_COMMENT_BOX = re.compile(r"comment|respond|reply|discussion|disqus", re.IGNORECASE)


def fetch(sdist: Optional[Path]) -> Path:
    """The unpacked release's tests/ folder, downloading the source release once."""
    tests = CACHE / RELEASE / "tests"
    if tests.is_dir():
        return tests
    CACHE.mkdir(exist_ok=True)
    if sdist is None:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "--dest", str(CACHE), RELEASE.replace("-", "==")], check=True)
        sdist = CACHE / f"{RELEASE}.tar.gz"
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(f"{RELEASE}/tests/")]
        tar.extractall(CACHE, members=members, filter="data")
    return tests


def _mock_pages(tree: ast.Module) -> dict[str, str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            return ast.literal_eval(node.value)
    return {}


def _page_of(call: ast.expr, pages: dict[str, str]) -> Optional[str]:
    """The file a `load_mock_page(URL, …)` call (maybe inside another call) reads."""
    for node in ast.walk(call):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "load_mock_page" and node.args \
                and isinstance(node.args[0], ast.Constant):
            return pages.get(node.args[0].value)
    return None


def body_checks(tests: Path) -> dict[str, list[tuple[str, bool]]]:
    """File → [(snippet, must it be there)], from test_extract's asserts in reading order."""
    tree = ast.parse((tests / "realworld_tests.py").read_text(encoding="utf-8"))
    pages = _mock_pages(tree)
    out: dict[str, list[tuple[str, bool]]] = {}
    current = None

    def visit(statements):
        nonlocal current
        for st in statements:
            if isinstance(st, ast.Assign):
                current = _page_of(st.value, pages) or current
            elif isinstance(st, ast.Assert) and current:
                tests_ = st.test.values if isinstance(st.test, ast.BoolOp) else [st.test]
                for cmp in tests_:
                    if isinstance(cmp, ast.Compare) and isinstance(cmp.left, ast.Constant) \
                            and isinstance(cmp.left.value, str) and isinstance(cmp.ops[0], (ast.In, ast.NotIn)):
                        out.setdefault(current, []).append((cmp.left.value, isinstance(cmp.ops[0], ast.In)))
            elif isinstance(st, ast.If):
                visit(st.body)
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == "test_extract":
            visit(fn.body)
    return out


def meta_checks(tests: Path) -> dict[str, dict[str, str]]:
    """File → {"title"/"author"/"sitename": value}, from test_pages' asserts."""
    tree = ast.parse((tests / "metadata_tests.py").read_text(encoding="utf-8"))
    pages = _mock_pages(tree)
    out: dict[str, dict[str, str]] = {}
    current = None
    for fn in tree.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name == "test_pages"):
            continue
        for st in fn.body:
            if isinstance(st, ast.Assign):
                current = _page_of(st.value, pages)
            elif isinstance(st, ast.Assert) and current and isinstance(st.test, ast.Compare) \
                    and isinstance(st.test.left, ast.Subscript) and isinstance(st.test.ops[0], ast.Eq) \
                    and isinstance(st.test.comparators[0], ast.Constant):
                key = getattr(st.test.left.slice, "value", None)
                if key in ("title", "author", "sitename"):
                    out.setdefault(current, {})[key] = st.test.comparators[0].value
    return out


class _CommentText(HTMLParser):
    """The text inside reader-comment boxes (by class or id), to tell a comment snippet from a story one."""

    _VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.parts: list[str] = []
        self.others: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self._VOID:
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        self.stack.append(bool(self.stack and self.stack[-1]) or bool(_COMMENT_BOX.search(names)))

    def handle_endtag(self, tag):
        if tag not in self._VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        (self.parts if self.stack and self.stack[-1] else self.others).append(data)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def comment_snippets(html: str, snippets: list[str]) -> set[str]:
    """The snippets found only inside reader-comment boxes."""
    parser = _CommentText()
    try:
        parser.feed(html)
    except Exception:  # a page html.parser cannot read: no comment box told apart
        return set()
    inside, outside = norm(" ".join(parser.parts)), norm(" ".join(parser.others))
    return {s for s in snippets if norm(s) in inside and norm(s) not in outside}


Result = tuple[str, Optional[str], Optional[str], Optional[str]]  # body, title, author, site name


def sitegen(raw: bytes, name: str) -> Result:
    e = extract(raw, name)
    return "\n".join(b.text for b in e.blocks), e.title, e.author, e.publisher


def _lines(raw: bytes, name: str) -> list[str]:
    text = decode(raw).text or ""
    if name.endswith(".html"):
        return [line.text for line in parse_html(text)[0]]
    return [line.strip() for line in text.split("\n") if line.strip()]


def whole_text(raw: bytes, name: str) -> Result:
    lines = _lines(raw, name)
    return "\n".join(lines), lines[0] if lines else None, None, None


def long_lines(raw: bytes, name: str) -> Result:
    return "\n".join(line for line in _lines(raw, name) if len(line.split()) >= 20), None, None, None


def copy_as_text(tests: Path, files: list[str]) -> Path:
    """Each page's innerText in headless Chromium, cached beside the release."""
    out = CACHE / f"{RELEASE}-text"
    out.mkdir(exist_ok=True)
    todo = [f for f in files if not (out / f"{f[:-5]}.txt").exists()]
    if not todo:
        return out
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"])
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort())
        for f in todo:
            page = context.new_page()  # (one tab per page: a page that never finishes loading spoils no other)
            try:
                page.goto((tests / "cache" / f).resolve().as_uri(), wait_until="domcontentloaded", timeout=20000)
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Exception as error:  # a page Chromium cannot open: reported, left out
                print(f"  {f}: not copied ({str(error).splitlines()[0][:120]})", file=sys.stderr)
                continue
            finally:
                page.close()
            (out / f"{f[:-5]}.txt").write_text(text, encoding="utf-8")
        browser.close()
    return out


def _authors(value: Optional[str]) -> set[str]:
    return {a.strip() for a in re.split(r";|,| and | und ", value or "") if a.strip()}


def score(system: Callable[[bytes, str], Result], pages: dict[str, tuple[bytes, str]], checks, metas,
          comments: dict[str, set[str]], failures: Optional[list] = None) -> dict:
    found = wanted = absent = unwanted = in_comments = comments_found = 0
    meta = {"title": [0, 0], "author": [0, 0], "sitename": [0, 0]}
    for f, (raw, name) in pages.items():
        body, title, author, site = system(raw, name)
        text = norm(body)
        for snippet, must in checks.get(f, ()):
            there = norm(snippet) in text
            if must and snippet in comments.get(f, ()):
                in_comments += 1
                comments_found += there
                continue
            if must:
                wanted += 1
                found += there
            else:
                unwanted += 1
                absent += not there
            if failures is not None and there != must:
                failures.append(f"{f}: {'missing' if must else 'kept'}: {snippet[:70]!r}")
        got = {"title": title, "author": author, "sitename": site}
        for key, value in metas.get(f, {}).items():
            right = _authors(got[key]) == _authors(value) if key == "author" else norm(got[key] or "") == norm(value)
            meta[key][0] += right
            meta[key][1] += 1
            if failures is not None and not right:
                failures.append(f"{f}: {key} {got[key]!r}, asserted {value!r}")
    return {"found": found, "wanted": wanted, "absent": absent, "unwanted": unwanted, "meta": meta,
            "in_comments": in_comments, "comments_found": comments_found}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", action="store_true", help="also ingest each page copied as text in headless Chromium")
    parser.add_argument("--failures", action="store_true", help="list each snippet and field sitegen got wrong")
    parser.add_argument("--sdist", type=Path, help=f"use this {RELEASE}.tar.gz instead of downloading it")
    args = parser.parse_args(argv)
    tests = fetch(args.sdist)
    checks, metas = body_checks(tests), meta_checks(tests)
    files = sorted((set(checks) | set(metas)) & {p.name for p in (tests / "cache").iterdir()})
    html = {f: ((tests / "cache" / f).read_bytes(), f) for f in files}
    comments = {f: comment_snippets(decode(raw).text or "", [s for s, must in checks.get(f, ()) if must])
                for f, (raw, _) in html.items()}
    inputs = [("html", html)]
    if args.text:
        folder = copy_as_text(tests, files)
        inputs.append(("text", {f: ((folder / f"{f[:-5]}.txt").read_bytes(), f"{f[:-5]}.txt") for f in files
                                if (folder / f"{f[:-5]}.txt").exists()}))
    print(f"{RELEASE}: {len(files)} pages, {sum(len(v) for v in checks.values())} snippet assertions, "
          f"{sum(len(v) for v in metas.values())} metadata assertions")
    print(f"{'input':<6} {'system':<20} {'pages':>5} {'story kept':>12} {'boilerplate gone':>17} {'title':>7} "
          f"{'author':>7} {'site':>6}   in comments (kept)")
    for kind, pages in inputs:
        for name, system in (("sitegen", sitegen), ("whole text", whole_text), ("lines of 20+ words", long_lines)):
            failures: Optional[list] = [] if args.failures and name == "sitegen" else None
            s = score(system, pages, checks, metas, comments, failures)
            m = s["meta"]
            print(f"{kind:<6} {name:<20} {len(pages):>5} {s['found'] / max(1, s['wanted']):>12.3f} "
                  f"{s['absent'] / max(1, s['unwanted']):>17.3f} "
                  + " ".join(f"{m[k][0]:>3}/{m[k][1]:<3}" for k in ("title", "author", "sitename"))
                  + f"   {s['in_comments']} ({s['comments_found']})")
            for line in failures or ():
                print("   ", line)
    if args.text:
        # Ten title assertions are few: how often the text copy gives the headline the saved page gives (sitegen's
        # HTML titles are right on 7 of the 10 asserted, and on every labelled fixture page).
        text_pages = dict(inputs)["text"]
        same = [f for f in text_pages if _title_key(sitegen(*text_pages[f])[1]) == _title_key(sitegen(*html[f])[1])]
        print(f"text copies whose title is the one sitegen reads from the saved page: {len(same)}/{len(text_pages)}")
        if args.failures:
            for f in sorted(set(text_pages) - set(same)):
                print(f"    {f}: {sitegen(*text_pages[f])[1]!r}, from the page {sitegen(*html[f])[1]!r}")
    return 0


def _title_key(title: Optional[str]) -> str:
    return re.sub(r"\W+", "", (title or "").lower())


if __name__ == "__main__":
    raise SystemExit(main())
