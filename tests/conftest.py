"""Shared fixtures: real projects in temporary folders, real builds."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.cli import main

REPO = Path(__file__).resolve().parent.parent


def make_project(dest: Path, seeds: bool = True) -> Path:
    """A copy of the repository's default project (seeds, topics, config) without any built output."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "sitegen.yaml", dest / "sitegen.yaml")
    shutil.copytree(REPO / "content" / "topics", dest / "content" / "topics")
    if (REPO / "content" / "people.yaml").exists():
        shutil.copy(REPO / "content" / "people.yaml", dest / "content" / "people.yaml")
    (dest / "content" / "articles").mkdir(parents=True, exist_ok=True)
    if seeds:
        shutil.copytree(REPO / "seeds", dest / "seeds")
    else:
        (dest / "seeds").mkdir()
    return dest


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The seed project, built once for the tests that only read the output."""
    root = make_project(tmp_path_factory.mktemp("built") / "project")
    assert main(["build", "-C", str(root)]) == 0
    return root


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """sitegen as a user runs it: a real process."""
    return subprocess.run([sys.executable, "-m", "sitegen", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


HREF = re.compile(r'(?:href|src)="([^"]*)"')


def internal_links(html: str) -> list[str]:
    return [h for h in HREF.findall(html) if not h.startswith(("http://", "https://", "mailto:"))]


def resolve(site: Path, base_path: str, page: Path, href: str) -> tuple[Path, str]:
    """Map a link on `page` to the file it names in `site` (and the #fragment)."""
    href, _, fragment = href.partition("#")
    if not href:
        return page, fragment
    assert href.startswith(base_path), f"{href} escapes {base_path}"
    rel = href[len(base_path):]
    target = site / rel
    if rel == "" or rel.endswith("/"):
        target = target / "index.html"
    return target, fragment


# -- real browser ----------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"]


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium through Playwright; never a downloaded browser.

    Skips on a machine without /usr/bin/chromium, except in CI (CI=true), where a
    missing browser is a failure: .ci/run installs it.
    """
    import os

    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs /usr/bin/chromium (apt-get install chromium); .ci/run installs it")
        pytest.skip("no /usr/bin/chromium here (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def static_server():
    """Serve a folder on 127.0.0.1 (a free port) the way a static host would; returns start(folder) → base URL."""
    import functools
    import http.server
    import threading

    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


import http.server as _http_server  # noqa: E402


class _QuietHandler(_http_server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


# -- validators (npm packages .ci/run installs into .ci/node/) -----------------------

NODE_TOOLS = Path(os.environ.get("SITEGEN_NODE_TOOLS", REPO / ".ci" / "node")) / "node_modules"


@pytest.fixture(scope="session")
def node_tool():
    """node_tool('axe-core/axe.min.js') → the installed file; skips (fails in CI) when missing."""
    def find(rel: str) -> Path:
        path = NODE_TOOLS / rel
        if not path.exists():
            message = f"{path} is missing: run bash .ci/run, or npm install --prefix .ci/node axe-core vnu-jar"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        return path
    return find


# -- sitegen serve, in-process -----------------------------------------------------

@pytest.fixture
def live_server():
    """Start `sitegen serve` in this process on a free port: start(project, **options) → Server; stopped after the test."""
    from sitegen.serve import serve

    servers = []

    def start(root: Path, **options):
        options.setdefault("log", lambda message: None)
        options.setdefault("report", lambda message: None)
        server = serve(root, host="127.0.0.1", port=0, **options)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
