"""Watching the project's sources and turning bursts of file events into single rebuilds.

An editor's save-via-rename is three or four events; a `git checkout` is hundreds. The
ChangeQueue waits until the events have stopped for `settle` seconds and hands them out
as one batch; changes that arrive while a rebuild runs collect into exactly one more.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Optional

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from sitegen.config import CONFIG_FILE, Config

SETTLE_SECONDS = 0.1
MAX_WAIT_SECONDS = 2.0  # a stream of events that never stops still gets a rebuild this often

# Files editors and tools write beside the real one while saving; never a source.
_NOISE_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".tmp", ".temp", ".part", ".crdownload", ".bak", ".orig")
_IGNORED_EVENTS = {"opened", "closed_no_write"}


def is_noise(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "#")) or name.endswith(_NOISE_SUFFIXES) or name == "4913"  # vim's probe file


class ChangeQueue:
    """Changed paths, handed out in settled batches; thread-safe."""

    def __init__(self, settle: float = SETTLE_SECONDS, max_wait: float = MAX_WAIT_SECONDS):
        self.settle = settle
        self.max_wait = max_wait
        self._cond = threading.Condition()
        self._paths: set[Path] = set()
        self._first = 0.0
        self._last = 0.0
        self._closed = False
        self._busy = False  # a batch was handed out and its rebuild has not finished
        # Queues that get every change too, each handing out its own batches (the live preview's
        # pages-ahead thread reads one while a rebuild is busy with this one).
        self.followers: list[ChangeQueue] = []

    def add(self, path: Path) -> None:
        with self._cond:
            now = time.monotonic()
            if not self._paths:
                self._first = now
            self._paths.add(path)
            self._last = now
            self._cond.notify_all()
        for follower in self.followers:
            follower.add(path)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        for follower in self.followers:
            follower.close()

    @property
    def pending(self) -> bool:
        """Changes have come that no batch handed out yet holds."""
        with self._cond:
            return bool(self._paths)

    def next_batch(self) -> Optional[set[Path]]:
        """Blocks until changes have settled and returns them; None once closed."""
        with self._cond:
            self._busy = False
            self._cond.notify_all()
            while True:
                if self._closed:
                    return None
                if not self._paths:
                    self._cond.wait()
                    continue
                now = time.monotonic()
                due = min(self._last + self.settle, self._first + self.max_wait)
                if now >= due:
                    batch, self._paths = self._paths, set()
                    self._busy = True
                    return batch
                self._cond.wait(due - now)

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._busy

    def wait_idle(self, timeout: float) -> bool:
        """True once nothing is pending and no handed-out batch is still being rebuilt."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._paths or self._busy:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    return False
                self._cond.wait(left)
            return True


class SourceWatcher:
    """watchdog on seeds/, content/, themes/ and sitegen.yaml, feeding a ChangeQueue."""

    def __init__(self, config: Config, changes: ChangeQueue, poll: bool = False):
        self.changes = changes
        self.poll = poll
        self.root = config.root.resolve()
        self._observer = PollingObserver(timeout=0.5) if poll else Observer()
        self._handler = _Handler(self)
        self._watched: dict[Path, object] = {}
        self._folders: tuple[Path, ...] = ()
        self._lock = threading.Lock()
        self.update(config)

    @property
    def folders(self) -> tuple[Path, ...]:
        return self._folders

    def update(self, config: Config) -> None:
        """(Re)aim the watches: sitegen.yaml may have moved a folder, or a folder appeared."""
        with self._lock:
            self._folders = tuple(config.path(name).resolve() for name in ("seeds", "content", "themes"))
            wanted = {self.root} | {f for f in self._folders if f.is_dir()}
            for folder in set(self._watched) - wanted:
                self._observer.unschedule(self._watched.pop(folder))
            for folder in sorted(wanted - set(self._watched)):
                # The root only for sitegen.yaml and folders appearing; never recursively (site/, .git/).
                self._watched[folder] = self._observer.schedule(self._handler, str(folder),
                                                                recursive=folder != self.root)

    def start(self) -> None:
        self._observer.start()

    def stop(self) -> None:
        self._observer.stop()
        if self._observer.is_alive():
            self._observer.join()

    def relevant(self, path: Path) -> bool:
        if is_noise(path):
            return False
        if path.parent == self.root:
            return path.name == CONFIG_FILE or path in self._folders
        return any(path.is_relative_to(folder) for folder in self._folders) and not any(
            part.startswith(".") for part in path.relative_to(self.root).parts)


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: SourceWatcher):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in _IGNORED_EVENTS:
            return
        if event.is_directory and event.event_type == "modified":
            return  # the file events inside say what changed
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                path = Path(_text(raw))
                if not path.is_absolute():
                    path = self.watcher.root / path
                if self.watcher.relevant(path):
                    self.watcher.changes.add(path)


def _text(raw) -> str:
    return raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw


def is_css_only(paths: set[Path], themes_dir: Path) -> bool:
    """Every change is a stylesheet in a theme that still exists: swap it, no reload needed."""
    themes_dir = themes_dir.resolve()
    return bool(paths) and all(p.suffix == ".css" and p.is_file() and p.is_relative_to(themes_dir) for p in paths)
