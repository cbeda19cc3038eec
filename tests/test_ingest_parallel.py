"""Ingest of many seeds shares the work among worker processes; the files it writes are the same as one process
writes: the same slugs in the same seed order (a title two seeds share gets its "-2" on the same one), the same bytes,
and a second ingest changes nothing."""
from __future__ import annotations

from pathlib import Path

from ingest_fixtures import STORY
from sitegen import content
from sitegen.config import load_config
from sitegen.errors import Report
from sitegen.ingest import ingest
from sitegen.workers import POOL_MIN

_TOPICS = ["Sanctions", "Security guarantees", "Peace talks", "Grain exports", "Air defence"]


def _seeds(project: Path, n: int) -> None:
    seeds = project / "seeds"
    seeds.mkdir(parents=True)
    for k in range(n):
        # (Every seventh seed shares its headline with the one before: which gets "-2" depends on seed order.)
        j = k - (k % 7 == 6)
        headline = f"{_TOPICS[j % 5]}: ministers meet for round {j}"
        lines = ["Home", "World", headline, f"By Reporter {k % 11}", f"{(k % 28) + 1} March 2026"] + STORY + [
            f"Officials said round {k} would continue on Thursday, after the delegations reported to their capitals.",
            "Share this article", "© 2026 The Example Times"]
        (seeds / f"{k:04d}-story.txt").write_text("\n\n".join(lines), encoding="utf-8")


def _ingest(project: Path, jobs: int) -> dict[str, bytes]:
    config = load_config(project)
    result = ingest(config, content.load_topics(config, Report()), jobs=jobs)
    assert not [p for p in result.problems if p.severity == "error"]
    return {p.name: p.read_bytes() for p in sorted((project / "content" / "articles").glob("*.md"))}


def test_many_seeds_ingested_by_workers_come_out_as_one_process_writes_them(tmp_path):
    n = POOL_MIN + 20
    alone, shared = tmp_path / "alone", tmp_path / "shared"
    for project in (alone, shared):
        _seeds(project, n)
    one = _ingest(alone, jobs=1)
    two = _ingest(shared, jobs=2)
    assert len(one) == n
    assert "sanctions-ministers-meet-for-round-5-2.md" in one
    assert two == one
    assert _ingest(shared, jobs=2) == one  # and again: nothing rewritten
