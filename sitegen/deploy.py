"""`sitegen deploy`: build, commit site/ as the whole tree of a branch, push it.

Like ghp-import, it uses git plumbing only: the built files go into a temporary
index (GIT_INDEX_FILE) → `write-tree` → `commit-tree` with the branch's previous
tip as parent (history is kept) → `update-ref`. The user's working tree, index
and current branch are never touched.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import sitegen
from sitegen.errors import Problem, SitegenError

WHO = "sitegen deploy"


@dataclass
class DeployResult:
    commit: Optional[str] = None  # the branch tip after deploying
    changed: bool = True  # False when the site is identical to the last deploy
    url: Optional[str] = None
    lines: list[str] = field(default_factory=list)  # what to tell the user
    warnings: list[Problem] = field(default_factory=list)


def refuse(message: str, hint: str = "") -> SitegenError:
    return SitegenError(Problem(WHO, None, message, hint))


def deploy(root: Path, remote: str = "origin", branch: str = "gh-pages", message: Optional[str] = None,
           push: bool = True, base_url: Optional[str] = None) -> DeployResult:
    root = Path(root).resolve()
    git_dir = _git(root, "rev-parse", "--absolute-git-dir", check=False)
    if git_dir.returncode != 0:
        raise refuse(f"{root} is not in a git repository",
                     "run 'git init' and 'git remote add origin https://github.com/<user>/<repo>.git' first")
    remote_url = _git(root, "remote", "get-url", remote, check=False)
    if push and remote_url.returncode != 0:
        raise refuse(f"the git remote '{remote}' does not exist",
                     f"add it with 'git remote add {remote} https://github.com/<user>/<repo>.git', "
                     "or pass --remote NAME or --no-push")
    if not re.fullmatch(r"[A-Za-z0-9._/-]+", branch) or _git(root, "check-ref-format", f"refs/heads/{branch}",
                                                             check=False).returncode != 0:
        raise refuse(f"'{branch}' is not a valid branch name", "use e.g. --branch gh-pages")
    ref = f"refs/heads/{branch}"
    current = _git(root, "symbolic-ref", "-q", "HEAD", check=False).stdout.strip()
    if current == ref:
        raise refuse(f"you are on the branch '{branch}' that deploy writes to",
                     "switch to the branch with your sources ('git switch main') and deploy from there")

    from sitegen.build import build

    try:
        built = build(root, base_url=base_url)
    except SitegenError as exc:
        raise SitegenError(list(exc.problems) + [Problem(WHO, None, "the build failed; nothing was committed or pushed",
                                                         "fix the problems above and deploy again")]) from None
    result = DeployResult(warnings=list(built.warnings))
    site_dir = built.output

    parent = _tip(root, ref) or _tip(root, f"refs/remotes/{remote}/{branch}")
    tree = _tree_of(root, Path(git_dir.stdout.strip()), site_dir)
    if parent and _git(root, "rev-parse", f"{parent}^{{tree}}").stdout.strip() == tree:
        result.changed = False
        commit = parent
    else:
        commit = _git(root, "commit-tree", tree, *(["-p", parent] if parent else []), "-m",
                      message or _default_message(root), what="commit the site").stdout.strip()
    old = _tip(root, ref)
    _git(root, "update-ref", "-m", f"{WHO}: {branch}", ref, commit, old or "0" * len(commit), what=f"update {branch}")
    result.commit = commit
    files = len(_git(root, "ls-tree", "-r", "--name-only", tree).stdout.splitlines())
    if result.changed:
        result.lines.append(f"deploy: committed {commit[:12]} to {branch} ({files} files)")
    else:
        result.lines.append(f"deploy: the site is unchanged since the last deploy ({branch} stays at {commit[:12]})")

    if push:
        pushed = _git(root, "push", remote, f"{ref}:{ref}", check=False)
        if pushed.returncode != 0:
            raise refuse(f"'git push {remote} {branch}' failed: {_last_lines(pushed.stderr)}",
                         f"the commit is on your local branch {branch}; fix the problem (e.g. "
                         f"'git fetch {remote} {branch}' if someone else deployed) and deploy again")
        result.lines.append(f"deploy: pushed {branch} to {remote}")
    else:
        result.lines.append(f"deploy: not pushed (--no-push); publish with 'git push {remote} {branch}'")

    result.url = expected_url(built.config.cname, built.config.base_url if base_url is None else base_url,
                              remote_url.stdout.strip() if remote_url.returncode == 0 else None)
    if result.url:
        result.lines.append(f"deploy: the site will be at {result.url} "
                            f"(GitHub: Settings → Pages → Source 'Deploy from a branch', {branch} / root)")
        served_under = urlsplit(result.url).path or "/"
        if served_under != built.config.base_path:
            result.warnings.append(Problem(
                "sitegen.yaml", None,
                f"links start with {built.config.base_path} but the site will be served under {served_under}",
                f"set base_url: {result.url} in sitegen.yaml (or pass --base-url) and deploy again", "warning"))
    else:
        result.lines.append("deploy: set base_url in sitegen.yaml to say where the site is published")
    return result


def expected_url(cname: Optional[str], base_url: str, remote_url: Optional[str]) -> Optional[str]:
    """Where the published site will be: the custom domain, an absolute base_url, or the GitHub remote's Pages URL."""
    if cname:
        return f"https://{cname.strip().strip('/')}/"
    parts = urlsplit(base_url or "")
    if parts.scheme in ("http", "https") and parts.netloc:
        return base_url if base_url.endswith("/") else base_url + "/"
    if remote_url:
        match = re.search(r"github\.com[:/]+([^/\s]+)/([^/\s]+?)(?:\.git)?/?$", remote_url)
        if match:
            user, repo = match.group(1), match.group(2)
            if repo.lower() == f"{user.lower()}.github.io":
                return f"https://{user.lower()}.github.io/"
            return f"https://{user.lower()}.github.io/{repo}/"
    return None


def _tree_of(root: Path, git_dir: Path, site_dir: Path) -> str:
    """Write every file of site_dir into the object store, through a throwaway index; the tree's id."""
    with tempfile.TemporaryDirectory(prefix="sitegen-deploy-") as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        # --force: the user's ignore rules (e.g. a global *.log) must not drop files of the site.
        _git(site_dir, f"--git-dir={git_dir}", f"--work-tree={site_dir}", "add", "--all", "--force", ".",
             env=env, what="add the site's files")
        return _git(site_dir, f"--git-dir={git_dir}", "write-tree", env=env, what="write the site's tree").stdout.strip()


def _tip(root: Path, ref: str) -> Optional[str]:
    out = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    return out.stdout.strip() if out.returncode == 0 else None


def _default_message(root: Path) -> str:
    head = _git(root, "rev-parse", "--short", "HEAD", check=False)
    source = f" from {head.stdout.strip()}" if head.returncode == 0 else ""
    return f"Deploy the site built by sitegen {sitegen.__version__}{source}"


def _git(root: Path, *args: str, check: bool = True, env: Optional[dict] = None,
         what: str = "") -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k in _KEPT_GIT_ENV}
    full_env.update(env or {})
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, env=full_env)
    except FileNotFoundError:
        raise refuse("git is not installed", "install git and deploy again") from None
    if check and done.returncode != 0:
        raise refuse(f"could not {what or 'run git ' + args[0]}: {_last_lines(done.stderr)}")
    return done


# Identity and ssh settings a user may set for git in the environment; the rest
# (GIT_DIR, GIT_INDEX_FILE, GIT_WORK_TREE…) would point git somewhere else.
_KEPT_GIT_ENV = {"GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE", "GIT_COMMITTER_NAME",
                 "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_ASKPASS",
                 "GIT_TERMINAL_PROMPT", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_SYSTEM"}


def _last_lines(text: str, n: int = 3) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " / ".join(lines[-n:]) or "no message from git"
