"""What every CLI run pays before it reads a file: importing sitegen's rules, with the compiled-pattern cache
(sitegen/regexes.py) and without it, side by side in the same run.

    python benchmarks/startup.py [--runs 5]

Rows: importing the ingest and analysis rules; `sitegen build` of the seed project into an empty site/ (ingest of
the five seeds, analysis, every page). "off" is SITEGEN_REGEX_CACHE=off (every pattern compiled by re, as
before the cache); "on" reads a cache file that a first run wrote. Medians of --runs runs, alternating.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _timed(cmd: list[str], env: dict, cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        envs = {"off": {**base, "SITEGEN_REGEX_CACHE": "off"},
                "on": {**base, "SITEGEN_REGEX_CACHE": str(work / "regexes.marshal")}}
        project = work / "project"
        for name in ("seeds", "themes"):
            shutil.copytree(REPO / name, project / name)
        shutil.copytree(REPO / "content" / "topics", project / "content" / "topics")
        for name in ("sitegen.yaml", "content/people.yaml"):
            if (REPO / name).exists():
                shutil.copy(REPO / name, project / name)

        imports = [sys.executable, "-c", "import sitegen.ingest.extract, sitegen.analysis"]

        def build(env: dict) -> float:
            for name in ("site", "content/articles", ".sitegen-cache"):
                shutil.rmtree(project / name, ignore_errors=True)
            return _timed([sys.executable, "-m", "sitegen", "build", "-C", str(project), "--quiet"], env)

        _timed(imports, envs["on"])  # (writes the cache file the "on" rows read)
        rows = {"import ingest + analysis": {"off": [], "on": []}, "sitegen build of the seeds (cold)": {"off": [], "on": []}}
        for _ in range(args.runs):
            for mode in ("off", "on"):
                rows["import ingest + analysis"][mode].append(_timed(imports, envs[mode]))
                rows["sitegen build of the seeds (cold)"][mode].append(build(envs[mode]))
        size = (work / "regexes.marshal").stat().st_size / 1e6
    print(f"{'':36}{'no cache (s)':>14}{'cache (s)':>12}{'ratio':>8}")
    for label, times in rows.items():
        off, on = statistics.median(times["off"]), statistics.median(times["on"])
        print(f"{label:36}{off:14.2f}{on:12.2f}{on / off:8.2f}")
    print(f"cache file {size:.1f} MB; medians of {args.runs} runs, alternating; Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
