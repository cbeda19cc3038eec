"""The file system side of a build: what changed among the inputs, what is in the output
folder, and writing outputs so that a reader never sees half a file.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Optional

from sitegen import cache
from sitegen.config import Config
from sitegen.render import Theme

# A file modified this close to the last scan may have changed again within the
# same mtime tick: it is hashed, not trusted by its stat (git's "racy clean").
RACY_NS = 2_000_000_000


def scan_inputs(config: Config, theme: Theme, state: Optional[cache.BuildState]) -> tuple[dict, dict]:
    """Every input file's stat (and hash when its stat is not conclusive), and what changed since `state`.

    Returns (inputs: name → FileStat, changed: name → 'added' | 'modified' | 'deleted')."""
    found: dict[str, tuple[str, os.stat_result]] = {}
    root = str(config.root)
    for name in ("seeds", "content", "themes"):
        _walk(str(config.path(name)), root, found, skip_hidden=(name == "seeds"))
    config_file = os.path.join(root, "sitegen.yaml")
    if os.path.isfile(config_file):
        found["sitegen.yaml"] = (config_file, os.stat(config_file))
    for d in theme.dirs:
        if not _inside(d, config.root):
            _walk(str(d), str(d), found, skip_hidden=False, prefix="@theme/")
    old = state.inputs if state is not None else {}
    racy_after = (state.scanned_ns if state is not None else 0) - RACY_NS
    inputs: dict[str, tuple] = {}
    changed: dict[str, str] = {}
    for name, (path, st) in found.items():
        before = old.get(name)
        now = (st.st_mtime_ns, st.st_size, st.st_ino)
        if before is None:
            inputs[name] = now + (None,)
            changed[name] = "added"
            continue
        if before[:3] == now and before[0] < racy_after and before[3] is not None:
            inputs[name] = before
            continue
        sha = None
        if before[3] is not None and before[1] == st.st_size:
            try:
                with open(path, "rb") as handle:
                    sha = cache.file_digest(handle.read())
            except OSError:
                sha = None
        inputs[name] = now + (sha,)
        if sha is None or sha != before[3]:
            changed[name] = "modified"
    for name in old:
        if name not in found:
            changed[name] = "deleted"
    return inputs, changed


def hash_unhashed(inputs: dict, config: Config, theme: Theme, skip: str) -> None:
    """Give every input (but those under `skip`) its hash, so the next build can tell a touched
    file from a changed one."""
    builtin = [d for d in theme.dirs if not _inside(d, config.root)]
    for name, stat in inputs.items():
        if stat[3] is not None or (name.startswith(skip) and name.endswith(".md") and "/" not in name[len(skip):]):
            continue
        if name.startswith("@theme/"):
            if not builtin:
                continue
            path = os.path.join(str(builtin[0]), name[len("@theme/"):])
        else:
            path = os.path.join(str(config.root), name)
        try:
            with open(path, "rb") as handle:
                inputs[name] = stat[:3] + (cache.file_digest(handle.read()),)
        except OSError:
            pass


def _walk(folder: str, base: str, found: dict, skip_hidden: bool, prefix: str = "") -> None:
    if not os.path.isdir(folder):
        return
    cut = len(base.rstrip(os.sep)) + 1
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if skip_hidden and entry.name.startswith("."):
                continue
            if entry.is_dir():
                stack.append(entry.path)
            elif entry.is_file():
                found[prefix + entry.path[cut:].replace(os.sep, "/")] = (entry.path, entry.stat())


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def scan_outputs(out_dir: Path) -> dict[str, tuple[int, int]]:
    """Every file in the output folder: relative path → (size, mtime_ns)."""
    found: dict[str, tuple[int, int]] = {}
    if not out_dir.is_dir():
        return found
    stack = [str(out_dir)]
    cut = len(str(out_dir)) + 1
    while stack:
        current = stack.pop()
        for entry in os.scandir(current):
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:
                st = entry.stat(follow_symlinks=False)
                found[entry.path[cut:].replace(os.sep, "/")] = (st.st_size, st.st_mtime_ns)
    return found


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def write_chunks(path: Path, chunks) -> str:
    """Write pieces of text (or of UTF-8) one after the other; the sha256 of the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        for chunk in chunks:
            data = chunk.encode("utf-8") if type(chunk) is str else chunk
            digest.update(data)
            handle.write(data)
    return digest.hexdigest()


def apply(staging: Path, out_dir: Path, to_write: dict[str, str], deleted: list[str]) -> None:
    """Move each staged file over its output (one atomic rename each) and delete what is gone."""
    for name in deleted:
        try:
            os.unlink(out_dir / name)
        except FileNotFoundError:
            pass
    for name in sorted(to_write):
        target = out_dir / name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, target)
    folders = {(out_dir / name).parent for name in deleted}
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        while folder != out_dir and folder.is_relative_to(out_dir):
            try:
                folder.rmdir()  # only when empty
            except OSError:
                break
            folder = folder.parent


def swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by staging with two renames; the old site is removed only after."""
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
        os.rmdir(old)
        os.rename(out_dir, old)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        if old is not None:
            os.rename(old, out_dir)
        raise
    os.chmod(out_dir, 0o755)  # mkdtemp makes 0700; a web server needs to read it
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
