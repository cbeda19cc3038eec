"""`sitegen init`: a new project that builds as it is and publishes to GitHub Pages.

Never overwrites a file: what exists is kept and reported. The default topics
are the repository's own content/topics/*.md — in a checkout read from there,
in an installed sitegen from the package `sitegen.default_topics`, which
pyproject.toml maps to that same folder — so there is one copy, no drift.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Optional

import sitegen
from sitegen.config import CONFIG_FILE, default_config_text
from sitegen.errors import SitegenError

WORKFLOW_PATH = ".github/workflows/pages.yml"
# Where the workflow installs sitegen from when the repository is not sitegen itself.
PLACEHOLDER_PACKAGE = "git+https://github.com/OWNER/sitegen"

SEEDS_README = """\
Put the raw articles you collect here, one article per file:

  .txt   text copied from a web page (headline, byline, date and all — sitegen strips the clutter)
  .html  a saved web page
  .md    Markdown, optionally with front matter (title, date, author, url, topics)

'sitegen build' (or 'sitegen ingest') turns each one into content/articles/<slug>.md,
which is yours to edit. This README is not an article: ingest skips it.
"""

GITIGNORE = """\
# Built by sitegen; not committed (the Pages workflow or 'sitegen deploy' publishes it).
/site/
/.site.tmp-*/
/.site.old-*/
/.sitegen-cache/
__pycache__/
"""


def workflow_text(package: str = PLACEHOLDER_PACKAGE) -> str:
    """The GitHub Actions workflow that builds the site with sitegen and deploys it to Pages."""
    return f"""\
# Build the site with sitegen and publish it to GitHub Pages on every push to main.
# In the repository's Settings → Pages, set "Source" to "GitHub Actions".
name: Publish to GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# One deployment at a time; a newer push waits instead of cancelling one in progress.
concurrency:
  group: pages
  cancel-in-progress: false

env:
  # Where to install sitegen from (a pip requirement). Not used when this repository is sitegen itself.
  SITEGEN_PACKAGE: "{package}"

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install sitegen
        run: |
          if grep -qs '^name = "sitegen"$' pyproject.toml; then
            pip install .
          else
            pip install "$SITEGEN_PACKAGE"
          fi
      - id: pages
        uses: actions/configure-pages@v5
      - name: Build the site
        run: sitegen build --output site --base-url "${{{{ steps.pages.outputs.base_url }}}}/"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""


def installed_from() -> Optional[str]:
    """The pip requirement this sitegen was installed from when it came from a git URL (PEP 610), else None."""
    try:
        raw = metadata.distribution("sitegen").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    try:
        info = json.loads(raw or "{}")
    except ValueError:
        return None
    vcs = info.get("vcs_info") or {}
    url = info.get("url", "")
    if vcs.get("vcs") == "git" and url.startswith("https://"):
        return f"git+{url}@{vcs['commit_id']}" if vcs.get("commit_id") else f"git+{url}"
    return None


def default_topics_dir() -> Path:
    """The three default topics: the package's copy when installed, the repository's in a checkout."""
    package = Path(sitegen.__file__).resolve().parent
    for candidate in (package / "default_topics", package.parent / "content" / "topics"):
        if candidate.is_dir() and any(candidate.glob("*.md")):
            return candidate
    raise SitegenError.at(str(package), None, "sitegen's default topics are missing", "reinstall sitegen")


@dataclass
class InitResult:
    root: Path
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def project_files(package: Optional[str] = None) -> dict[str, str]:
    """Relative path → text of every file `sitegen init` writes."""
    files = {CONFIG_FILE: default_config_text()}
    for topic in sorted(default_topics_dir().glob("*.md")):
        files[f"content/topics/{topic.name}"] = topic.read_text(encoding="utf-8")
    files["seeds/README.txt"] = SEEDS_README
    files[".gitignore"] = GITIGNORE
    files[WORKFLOW_PATH] = workflow_text(package or installed_from() or PLACEHOLDER_PACKAGE)
    return files


def init(root: Path) -> InitResult:
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise SitegenError.at(str(root), None, "exists and is not a folder", "choose another folder for the project")
    result = InitResult(root=root)
    files = project_files()
    for rel, text in files.items():
        path = root / rel
        if path.exists():
            result.kept.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
            handle.write(text)
        result.created.append(rel)
    if WORKFLOW_PATH in result.created and PLACEHOLDER_PACKAGE in files[WORKFLOW_PATH]:
        result.notes.append(f"note: in {WORKFLOW_PATH}, set SITEGEN_PACKAGE to where the workflow should install "
                            "sitegen from (e.g. git+https://github.com/<owner>/sitegen@<tag>)")
    where = "" if root.resolve() == Path.cwd().resolve() else f" -C {root}"
    result.notes.append(f"next: put raw articles in seeds/, then run 'sitegen build{where}'")
    return result
