"""sitegen as a tool for other projects: a plain (non-editable) install builds a project elsewhere."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

from conftest import REPO, make_project


def test_installed_sitegen_builds_another_project_with_its_builtin_theme(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # The dependencies come from the test machine's site-packages; only sitegen itself is installed,
    # from a copy of the source so nothing in the repository is written (no build/ or egg-info).
    src = tmp_path / "src"
    for name in ("sitegen", "themes", "content/topics"):  # content/topics: the package sitegen.default_topics
        shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                              str(src)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    other = make_project(tmp_path / "elsewhere" / "other-project")
    work = tmp_path / "cwd"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([str(env_dir / "bin" / "sitegen"), "build", "-C", str(other)], cwd=work,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    where = subprocess.run([str(python), "-c", "import sitegen; print(sitegen.__file__)"], cwd=work,
                           capture_output=True, text=True, env=env).stdout
    assert str(env_dir) in where, f"sitegen was imported from {where}, not the install"
    assert (other / "site" / "topics" / "sanctions" / "index.html").is_file()
    assert (other / "site" / "static" / "style.css").is_file()
