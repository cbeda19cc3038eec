"""Ingest never breaks, whatever lands in seeds/: random text and bytes, huge lines, walls of boilerplate,
mutated seeds. Every article it writes parses back, and a second ingest changes nothing.

The normal suite runs a few examples of each; `pytest -m slow tests/test_ingest_property.py` runs many.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, make_project
from sitegen import frontmatter, markdown
from sitegen.config import load_config
from sitegen.content import load_topics
from sitegen.errors import Report
from sitegen.ingest import ingest, was_edited
from sitegen.ingest.extract import extract, to_markdown

SEEDS = sorted((REPO / "seeds").glob("*.txt"))
SEED_LINES = [line for path in SEEDS for line in path.read_text(encoding="utf-8").split("\n")]
BOILERPLATE = ["Share", "Advertisement", "3 View gallery", "Follow us on Facebook", "Comments", '""', "0FãsCurtir",
               "This website uses cookies so that we can provide you with the best user experience possible.",
               "(Photo: Someone / Agency)", "Read more: Another story entirely", "Exit mobile version", "By", "Date:"]

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=3000)
line_lists = st.lists(st.one_of(st.sampled_from(SEED_LINES), st.sampled_from(BOILERPLATE), texts.map(lambda t: t[:200]),
                                st.just("")), max_size=80)


@st.composite
def raw_seeds(draw) -> tuple[bytes, str]:
    kind = draw(st.sampled_from(["text", "bytes", "huge", "boilerplate", "mutated", "html"]))
    if kind == "text":
        data = draw(texts).encode("utf-8")
    elif kind == "bytes":
        data = draw(st.binary(max_size=4000))
    elif kind == "huge":
        unit = draw(st.sampled_from(["word ", "слово ", "מילה ", "詞", "a" * 50, ". ", "By Jane Doe "]))
        data = (draw(texts)[:100] + unit * draw(st.integers(1000, 40000)) + "\n" + draw(texts)[:200]).encode("utf-8")
    elif kind == "boilerplate":
        lines = draw(st.lists(st.sampled_from(BOILERPLATE + SEED_LINES[:3]), max_size=400))
        data = "\n".join(lines).encode("utf-8")
    elif kind == "mutated":
        seed = draw(st.sampled_from(SEEDS)).read_bytes()
        data = bytearray(seed)
        for _ in range(draw(st.integers(0, 30))):
            op = draw(st.sampled_from(["flip", "cut", "dup", "insert"]))
            at = draw(st.integers(0, max(0, len(data) - 1)))
            if op == "flip" and data:
                data[at] = draw(st.integers(0, 255))
            elif op == "cut":
                del data[at:at + draw(st.integers(0, 500))]
            elif op == "dup":
                data[at:at] = data[at:at + draw(st.integers(0, 500))]
            else:
                data[at:at] = draw(st.sampled_from(BOILERPLATE)).encode("utf-8") + b"\n"
        data = bytes(data)
    else:
        body = "".join(f"<p>{line}</p>" for line in draw(line_lists))
        data = f"<html><head><title>{draw(texts)[:80]}</title></head><body><article>{body}</article></body></html>".encode()
    name = "page.html" if kind == "html" else draw(st.sampled_from(["page.txt", "page.md"]))
    return data, name


def _check_extract(data: bytes, name: str) -> None:
    extraction = extract(data, name)  # must not raise
    markdown_text = extraction.markdown if extraction.markdown is not None else to_markdown(extraction.blocks)
    assert isinstance(markdown_text, str)
    for fate in extraction.lines:
        assert fate.line >= 1 and fate.reason


def _check_project(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "p", seeds=False)
        (project / "seeds" / name).write_bytes(data)
        config = load_config(project)
        report = Report()
        topics = load_topics(config, report)
        first = ingest(config, topics)
        written = {p.name: p.read_bytes() for p in (project / "content" / "articles").glob("*.md")}
        for article_name, raw in written.items():
            text = raw.decode("utf-8")
            meta, body, _ = frontmatter.parse(text, article_name)  # parses back: front matter + Markdown
            assert meta["title"] and meta["source"] == f"seeds/{name}"
            markdown.paragraphs(body)
            assert not was_edited(text)
        second = ingest(config, topics)
        assert not second.written, "a second ingest writes nothing"
        assert {p.name: p.read_bytes() for p in (project / "content" / "articles").glob("*.md")} == written
        assert len(first.written) == len(written)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(raw_seeds())
def test_extract_survives_any_input(seed):
    _check_extract(*seed)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(raw_seeds())
def test_ingest_of_any_input_parses_back_and_is_idempotent(seed):
    _check_project(*seed)


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(raw_seeds())
def test_extract_survives_any_input_many(seed):
    _check_extract(*seed)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(raw_seeds())
def test_ingest_of_any_input_parses_back_and_is_idempotent_many(seed):
    _check_project(*seed)
