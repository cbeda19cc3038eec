"""Does a very large project build to completion on this machine, and at what cost?

    python benchmarks/scale.py [--articles 100000] [--work /tmp/sitegen-scale] [--reserve-gb 3]

On one corpus from benchmarks/corpus.py, in the same run: the floor (build_speed.py's: read, parse front
matter, render Markdown and one template, write; two processes), then sitegen's cold build and a no-op
rebuild, each with wall time and the peak memory of its whole process tree (RSS and PSS, as in
build_speed.py). A build that would exhaust the machine is stopped while MemAvailable still has
--reserve-gb left, and reported as such, so the run never takes the machine down with it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from build_speed import _tree_memory_kb, sitegen, sitegen_env  # noqa: E402


def _available_kb() -> int:
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1])
    return 0


def guarded(cmd: list[str], reserve_kb: int, env: dict | None = None) -> tuple[float, float, float, str]:
    """(seconds, peak RSS MB, peak PSS MB, outcome) of a command, stopped if the machine runs short of memory."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    peak = peak_pss = 0
    outcome = "ok"
    while proc.poll() is None:
        rss, pss = _tree_memory_kb(proc.pid)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        if _available_kb() < reserve_kb:
            os.killpg(proc.pid, 9)
            proc.wait()
            outcome = f"stopped: under {reserve_kb // 1048576} GB of memory left"
            break
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    err = proc.stderr.read()
    if outcome == "ok" and proc.returncode != 0:
        outcome = f"failed ({proc.returncode}): {err.strip().splitlines()[-1] if err.strip() else ''}"
    return seconds, peak / 1024, peak_pss / 1024, outcome


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/sitegen-scale"))
    parser.add_argument("--reserve-gb", type=float, default=3.0)
    args = parser.parse_args(argv)
    import corpus

    n, reserve = args.articles, int(args.reserve_gb * 1048576)
    base = args.work / f"corpus-{n}"
    if not (base / "content" / "articles").is_dir():
        corpus.generate(base, n)
    rows = []
    floor_out = args.work / f"floor-{n}"
    shutil.rmtree(floor_out, ignore_errors=True)
    rows.append(("floor", "full build") + guarded(
        [sys.executable, str(REPO / "benchmarks" / "build_speed.py"), "--floor",
         str(base / "content" / "articles"), str(floor_out)], reserve))
    shutil.rmtree(floor_out, ignore_errors=True)
    project = args.work / f"sitegen-{n}"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(base, project)
    env = sitegen_env()
    rows.append(("sitegen", "cold build") + guarded(sitegen("build", "-C", str(project), "--quiet"), reserve, env))
    if rows[-1][-1] == "ok":
        rows.append(("sitegen", "no-op rebuild") + guarded(sitegen("build", "-C", str(project), "--quiet"), reserve, env))
    floor = rows[0][2]
    print(f"{n} articles; {os.cpu_count()} cores; {_available_kb() // 1048576} GB available at the end")
    print(f"{'tool':<8} {'step':<14} {'seconds':>8} {'× floor':>8} {'RSS MB':>8} {'PSS MB':>8}  outcome")
    for tool, step, seconds, rss, pss, outcome in rows:
        print(f"{tool:<8} {step:<14} {seconds:>8.1f} {seconds / floor:>8.2f} {rss:>8.0f} {pss:>8.0f}  {outcome}")
    shutil.rmtree(project / "site", ignore_errors=True)
    return 0 if all(row[-1] == "ok" for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
