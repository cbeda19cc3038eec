"""`sitegen deploy` against a real local bare repository as `origin`."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import make_project, run
from sitegen.cli import main
from sitegen.deploy import expected_url


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    """A user's project under git, its articles ingested and committed, with a bare `origin`."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    root = make_project(tmp_path / "project")
    with open(root / "sitegen.yaml", "a", encoding="utf-8") as handle:
        handle.write("cname: briefing.example.org\n")
    (root / ".gitignore").write_text("/site/\n", encoding="utf-8")
    assert main(["ingest", "-C", str(root)]) == 0
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Editor")
    git(root, "config", "user.email", "editor@example.org")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "sources")
    git(root, "remote", "add", "origin", str(remote))
    return root


def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def user_state(root: Path) -> tuple[str, ...]:
    return (git(root, "status", "--porcelain", "--untracked-files=all"), git(root, "rev-parse", "HEAD"),
            git(root, "symbolic-ref", "HEAD"), git(root, "diff", "--cached"), git(root, "diff"))


def test_deploy_commits_exactly_the_built_site_and_leaves_the_user_alone(repo):
    articles = sorted((repo / "content" / "articles").glob("*.md"))
    # Work in progress the deploy must not touch: a staged change and an unstaged one.
    (repo / "notes.txt").write_text("draft\n")
    git(repo, "add", "notes.txt")
    articles[0].write_text(articles[0].read_text(encoding="utf-8") + "\nAn unsaved thought.\n", encoding="utf-8")
    before = user_state(repo)

    result = run("deploy", "-C", str(repo))
    assert result.returncode == 0, result.stderr
    assert user_state(repo) == before

    remote = repo.parent / "remote.git"
    tree = sorted(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").splitlines())
    assert tree == site_files(repo / "site")
    assert ".nojekyll" in tree and "CNAME" in tree and "topics/sanctions/index.html" in tree
    assert git(remote, "show", "gh-pages:CNAME") == "briefing.example.org\n"
    page = git(remote, "show", f"gh-pages:articles/{articles[0].stem}/index.html")
    assert page == (repo / "site" / "articles" / articles[0].stem / "index.html").read_text(encoding="utf-8")
    assert "An unsaved thought." in page  # deploy publishes what build builds: the working tree
    assert git(repo, "rev-parse", "gh-pages") == git(remote, "rev-parse", "gh-pages")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("deploy: committed ") and lines[0].endswith(f" to gh-pages ({len(tree)} files)")
    assert lines[1] == "deploy: pushed gh-pages to origin"
    assert lines[2].startswith("deploy: the site will be at https://briefing.example.org/ ")


def test_second_deploy_adds_a_commit_on_top_of_the_first(repo):
    remote = repo.parent / "remote.git"
    assert run("deploy", "-C", str(repo), "--message", "First").returncode == 0
    first = git(remote, "rev-parse", "gh-pages").strip()

    unchanged = run("deploy", "-C", str(repo))
    assert unchanged.returncode == 0, unchanged.stderr
    assert "deploy: the site is unchanged since the last deploy" in unchanged.stdout
    assert git(remote, "rev-parse", "gh-pages").strip() == first

    (repo / "content" / "articles" / "new-report.md").write_text(
        "---\ntitle: A new report on sanctions\ndate: 2025-08-01\nauthor: Someone\n---\nNew sanctions were announced.\n",
        encoding="utf-8")
    second = run("deploy", "-C", str(repo), "-m", "Second")
    assert second.returncode == 0, second.stderr
    log = git(remote, "log", "--format=%H %P %s", "gh-pages").splitlines()
    assert len(log) == 2
    tip, parent, subject = log[0].split(" ", 2)
    assert parent == first and subject == "Second"
    assert "articles/new-report/index.html" in git(remote, "ls-tree", "-r", "--name-only", "gh-pages")
    assert git(repo, "rev-parse", "HEAD") == git(repo, "rev-parse", "main")  # still on main, nothing committed there
    assert git(repo, "symbolic-ref", "HEAD").strip() == "refs/heads/main"


def test_no_push_commits_locally_only(repo):
    result = run("deploy", "-C", str(repo), "--no-push", "--branch", "pages")
    assert result.returncode == 0, result.stderr
    assert "deploy: not pushed (--no-push); publish with 'git push origin pages'" in result.stdout
    assert git(repo, "ls-tree", "--name-only", "pages", "index.html") == "index.html\n"
    assert git(repo.parent / "remote.git", "branch", "--list") == ""


def test_refuses_outside_a_git_repository(tmp_path):
    root = make_project(tmp_path / "plain", seeds=False)
    result = run("deploy", "-C", str(root))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"sitegen deploy: {root.resolve()} is not in a git repository — run 'git init' and "
                                     "'git remote add origin https://github.com/<user>/<repo>.git' first")
    assert not (root / "site").exists()


def test_refuses_a_missing_remote(repo):
    result = run("deploy", "-C", str(repo), "--remote", "upstream")
    assert result.returncode == 1
    assert result.stderr.strip() == ("sitegen deploy: the git remote 'upstream' does not exist — add it with "
                                     "'git remote add upstream https://github.com/<user>/<repo>.git', "
                                     "or pass --remote NAME or --no-push")
    assert not (repo / "site").exists()


def test_refuses_when_the_build_fails_and_commits_nothing(repo):
    (repo / "content" / "articles" / "broken.md").write_text("---\ntitle: Broken\ndate: soon\n---\nText.\n",
                                                             encoding="utf-8")
    result = run("deploy", "-C", str(repo))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content/articles/broken.md:3: date 'soon' is not a date in the form YYYY-MM-DD — write it as YYYY-MM-DD, or null when unknown",
        "sitegen deploy: the build failed; nothing was committed or pushed — fix the problems above and deploy again",
    ]
    assert subprocess.run(["git", "rev-parse", "--verify", "--quiet", "gh-pages"], cwd=repo).returncode == 1


def test_refuses_to_write_the_checked_out_branch(repo):
    git(repo, "switch", "-q", "-c", "gh-pages")
    result = run("deploy", "-C", str(repo))
    assert result.returncode == 1
    assert "sitegen deploy: you are on the branch 'gh-pages' that deploy writes to" in result.stderr


def test_warns_when_links_do_not_fit_the_github_project_url(repo):
    (repo / "sitegen.yaml").write_text((repo / "sitegen.yaml").read_text().replace("cname: briefing.example.org\n", ""))
    git(repo, "remote", "set-url", "origin", str(repo.parent / "remote.git"))
    git(repo, "remote", "add", "github", "git@github.com:someone/briefing.git")
    result = run("deploy", "-C", str(repo), "--remote", "github", "--no-push")
    assert result.returncode == 0, result.stderr
    assert "deploy: the site will be at https://someone.github.io/briefing/ " in result.stdout
    assert ("sitegen.yaml: warning: links start with / but the site will be served under /briefing/ — set base_url: "
            "https://someone.github.io/briefing/ in sitegen.yaml (or pass --base-url) and deploy again") in result.stderr
    fitted = run("deploy", "-C", str(repo), "--remote", "github", "--no-push",
                 "--base-url", "https://someone.github.io/briefing/")
    assert fitted.returncode == 0 and "warning" not in fitted.stderr


@pytest.mark.parametrize("cname, base_url, remote, url", [
    ("news.example.org", "/", "git@github.com:someone/briefing.git", "https://news.example.org/"),
    (None, "https://example.org/briefing", None, "https://example.org/briefing/"),
    (None, "/", "https://github.com/Someone/briefing.git", "https://someone.github.io/briefing/"),
    (None, "/", "ssh://git@github.com/someone/briefing", "https://someone.github.io/briefing/"),
    (None, "/", "git@github.com:someone/someone.github.io.git", "https://someone.github.io/"),
    (None, "/", "/srv/git/briefing.git", None),
])
def test_expected_url(cname, base_url, remote, url):
    assert expected_url(cname, base_url, remote) == url


def test_deploy_from_a_fresh_clone_continues_the_published_history(repo, tmp_path):
    remote = repo.parent / "remote.git"
    assert run("deploy", "-C", str(repo)).returncode == 0
    published = git(remote, "rev-parse", "gh-pages").strip()
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(remote), str(clone))  # gh-pages exists only as origin/gh-pages here
    git(repo, "push", "-q", "origin", "main")
    git(clone, "fetch", "-q", "origin")
    git(clone, "checkout", "-q", "main")
    git(clone, "config", "user.name", "Other")
    git(clone, "config", "user.email", "other@example.org")
    (clone / "content" / "articles" / "later.md").write_text(
        "---\ntitle: Later news on sanctions\ndate: 2025-09-01\nauthor: B\n---\nMore sanctions.\n", encoding="utf-8")
    result = run("deploy", "-C", str(clone))
    assert result.returncode == 0, result.stderr
    assert git(remote, "rev-parse", "gh-pages^").strip() == published
