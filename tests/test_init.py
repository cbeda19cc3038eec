"""`sitegen init`: a new project that builds at once and publishes with GitHub's own Pages actions."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import yaml

from conftest import REPO, run
from sitegen.cli import main
from sitegen.scaffold import workflow_text

CREATED = ["sitegen.yaml", "content/topics/nato-guarantees.md", "content/topics/peace-talks.md",
           "content/topics/sanctions.md", "seeds/README.txt", ".gitignore", ".github/workflows/pages.yml"]


def test_init_creates_a_project_that_builds(tmp_path, capsys):
    target = tmp_path / "briefing"
    assert main(["init", str(target)]) == 0
    out = capsys.readouterr().out
    for rel in CREATED:
        assert (target / rel).is_file(), rel
        assert f"created {rel}" in out
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == sorted(CREATED)
    assert "/site/" in (target / ".gitignore").read_text().splitlines()
    assert "/.sitegen-cache/" in (target / ".gitignore").read_text().splitlines()

    shutil.copy(REPO / "seeds" / "003_f2e8e39dc4325990.txt", target / "seeds")
    assert main(["build", "-C", str(target)]) == 0
    articles = [p.name for p in (target / "content" / "articles").glob("*.md")]
    assert articles == ["trump-does-not-yet-support-new-sanctions-against-russia.md"]  # README.txt is not an article
    sanctions = (target / "site" / "topics" / "sanctions" / "index.html").read_text(encoding="utf-8")
    assert "Trump does not yet support new sanctions against Russia" in sanctions


def test_init_topics_are_the_default_topics(tmp_path):
    assert main(["init", str(tmp_path)]) == 0
    for topic in (REPO / "content" / "topics").glob("*.md"):
        assert (tmp_path / "content" / "topics" / topic.name).read_bytes() == topic.read_bytes()


def test_init_keeps_every_existing_file(tmp_path, capsys):
    (tmp_path / "sitegen.yaml").write_text("title: Mine\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("*.bak\n", encoding="utf-8")
    assert main(["init", "-C", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "sitegen.yaml").read_text() == "title: Mine\n"
    assert (tmp_path / ".gitignore").read_text() == "*.bak\n"
    assert "kept sitegen.yaml (it exists; not overwritten)" in out
    assert "kept .gitignore (it exists; not overwritten)" in out
    assert "created content/topics/sanctions.md" in out
    assert main(["init", "-C", str(tmp_path)]) == 0  # a second run changes nothing
    assert "created" not in capsys.readouterr().out


def test_init_into_a_file_is_refused(tmp_path):
    (tmp_path / "taken").write_text("x")
    result = run("init", str(tmp_path / "taken"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 'taken'}: exists and is not a folder — choose another folder for the project"


def test_workflow_builds_with_sitegen_and_deploys_with_the_official_pages_actions(tmp_path):
    assert main(["init", str(tmp_path)]) == 0
    workflow = yaml.safe_load((tmp_path / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert workflow[True] == {"push": {"branches": ["main"]}, "workflow_dispatch": None}  # YAML 1.1 reads `on` as true
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"] == "pages"
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact", "actions/deploy-pages"]
    build = next(s for s in steps if s.get("name") == "Build the site")
    assert build["run"] == 'sitegen build --output site --base-url "${{ steps.pages.outputs.base_url }}/"'
    configure = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages"))
    assert configure["id"] == "pages"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"] == {"path": "site"}
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_install_step_installs_this_repository_or_the_configured_package(tmp_path):
    workflow = yaml.safe_load(workflow_text())
    script = next(s["run"] for s in workflow["jobs"]["build"]["steps"] if s.get("name") == "Install sitegen")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "pip").write_text('#!/bin/sh\necho "pip $*"\n')
    (fake_bin / "pip").chmod(0o755)
    env = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}", "SITEGEN_PACKAGE": "git+https://example.org/s"}
    other = tmp_path / "other"
    other.mkdir()
    assert subprocess.run(["bash", "-c", script], cwd=other, env=env, capture_output=True, text=True).stdout == \
        "pip install git+https://example.org/s\n"
    assert subprocess.run(["bash", "-c", script], cwd=REPO, env=env, capture_output=True, text=True).stdout == \
        "pip install .\n"


def test_the_repository_publishes_itself_with_the_workflow_init_writes():
    assert (REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8") == workflow_text()


def test_installed_sitegen_init_writes_the_default_topics(tmp_path):
    """In a wheel the topics come from the package (pyproject maps content/topics/ to sitegen.default_topics)."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    src = tmp_path / "src"
    for name in ("sitegen", "themes", "content/topics"):
        shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
                              "-q", "--no-deps", str(src)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    shutil.rmtree(src)  # nothing may be read from a source tree
    target = tmp_path / "new"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([str(env_dir / "bin" / "sitegen"), "init", str(target)], cwd=tmp_path,
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    for topic in (REPO / "content" / "topics").glob("*.md"):
        assert (target / "content" / "topics" / topic.name).read_bytes() == topic.read_bytes()
    built = subprocess.run([str(env_dir / "bin" / "sitegen"), "build", "-C", str(target)], cwd=tmp_path,
                           capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr
