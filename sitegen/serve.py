"""`sitegen serve`: build, serve the output folder under the site's base path, rebuild on
save and reload the open tabs.

Three kinds of threads: the HTTP server (one thread per connection, serve_http.py), the
watchdog observer (livereload_watch.py), and one rebuilder that calls
sitegen.build.build() for each settled batch of changes. Rendering is build()'s job
alone; this module never renders a page itself.
"""
from __future__ import annotations

import signal
import sys
import threading
import time
import traceback
import uuid
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Optional

from sitegen import build as build_module
from sitegen.config import Config, load_config
from sitegen.errors import SitegenError
from sitegen.livereload import Hub
from sitegen.livereload_watch import SETTLE_SECONDS, ChangeQueue, SourceWatcher, is_css_only
from sitegen.serve_http import HTTPServer, bind

DEFAULT_PORT = 8000
VIEWED_KEPT = 20

Log = Callable[[str], None]


def _print_log(message: str) -> None:
    print(message, flush=True)


def _print_problem(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Server:
    """A running preview: .url, .stop(); .builds counts rebuilds after the first build."""

    def __init__(self, root: Path, config: Config, hub: Hub, changes: ChangeQueue, watcher: SourceWatcher,
                 log: Log, report: Log, build: Callable, preview: Optional[Callable] = None,
                 warm: Optional[Callable] = None, close: Optional[Callable] = None):
        self.root = root
        self.config = config
        self.hub = hub
        self.changes = changes
        self.watcher = watcher
        self.log = log  # what happened: builds, the address
        self.report = report  # what is wrong: warnings, errors
        self._build = build
        self._preview = preview  # paths → {output path: HTML} of the edited pages, or {} (Builder.preview)
        self._warm = warm  # loads what rebuilds and previews need, when the first build did not
        self.warmed = threading.Event()  # set once that is done (for benchmarks and tests)
        self._close = close  # writes what the builds kept in memory for a next process (Builder.close)
        # Pages shown ahead of the rebuilds (output path → (when made, bytes)): replaced whole,
        # never changed in place, so the HTTP threads read it without a lock. Made by their own
        # thread from their own queue of changes, so an edit saved while a rebuild runs is shown
        # at once too, not after that rebuild.
        self.overlay: dict[str, tuple[float, bytes]] = {}
        self._overlay_lock = threading.Lock()  # one writer at a time
        # The pages the browser asked for lately, the newest last: after a template edit these are
        # rendered ahead of the rebuild (the open tabs are among them).
        self._viewed: "OrderedDict[str, None]" = OrderedDict()
        self.previews: Optional[ChangeQueue] = None
        if preview is not None:
            self.previews = ChangeQueue(settle=changes.settle)
            changes.followers.append(self.previews)
        self.builds = 0
        self.last_error: list[str] = []
        self._own_writes: dict[Path, tuple[int, int]] = {}
        self._warned: set[str] = set()
        self._stopped = threading.Event()
        self._stop_lock = threading.Lock()
        self._build_done = threading.Condition()
        self.httpd: Optional[HTTPServer] = None
        self._threads: list[threading.Thread] = []

    # -- what the HTTP side reads ------------------------------------------------------

    @property
    def base_path(self) -> str:
        return self.config.base_path

    @property
    def output_dir(self) -> Path:
        return self.config.output_dir.resolve()

    @property
    def host(self) -> str:
        return self.httpd.server_address[0]

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.base_path}"

    # -- building ------------------------------------------------------------------------

    def viewed(self, output: str) -> None:
        """The HTTP side served this page (called from its threads)."""
        with self._overlay_lock:
            self._viewed.pop(output, None)
            self._viewed[output] = None
            while len(self._viewed) > VIEWED_KEPT:
                self._viewed.popitem(last=False)

    def page_ahead(self, output: str) -> Optional[bytes]:
        """The bytes of a file shown ahead of the rebuilds, if `output` is one."""
        found = self.overlay.get(output)
        return found[1] if found is not None else None

    def preview_now(self, changed: set[Path]) -> None:
        """Before the rebuild: the edited articles' own pages and, after a template edit, the pages
        viewed lately (rendered against the last good build), and the theme's edited static files,
        served at once; the tabs that show them reload (or swap a stylesheet). The editor sees the
        edit in milliseconds instead of after the whole site's rebuild (seconds at 10,000 articles)."""
        if self._preview is None or self.last_error:
            return  # a standing error overlay is cleared by the rebuild, not by one page
        started = time.perf_counter()
        changed = {path for path in changed if not self._written_by_ingest(path)}
        try:
            with self._overlay_lock:
                visible = list(reversed(self._viewed))
            pages = self._preview(changed, visible) if changed else {}
        except Exception:  # the rebuild that follows reports whatever went wrong, with path and line
            return
        made = time.monotonic()  # after the files were read: a rebuild starting later reads them as new
        with self._overlay_lock:
            overlay = dict(self.overlay)
            outputs = []
            for name, data in sorted(pages.items()):
                shown = self.page_ahead(name)
                # A save that changed nothing shown reloads nothing (as the rebuild would decide).
                if shown == data or shown is None and _same_file(self.output_dir / name, data):
                    continue
                overlay[name] = (made, data)
                outputs.append(name)
            self.overlay = overlay
        if not outputs:
            return
        self.hub.built(tab_change(outputs, False), pages=ahead_targets(outputs))
        self.log(f"shown in {(time.perf_counter() - started) * 1000:.0f} ms: {_describe(changed, self.root)}; "
                 f"rebuilding the rest")

    def build_now(self, changed: Optional[set[Path]] = None) -> bool:
        """One build; on failure the last good site stays and the tabs show the problems."""
        started = time.perf_counter()
        css_only_input = changed is not None and is_css_only(changed, self.config.themes_dir)
        build_started = time.monotonic()
        try:
            result = self._build(self.root)
        except SitegenError as exc:
            with self._overlay_lock:
                self.overlay = {}
            self._failed([str(p) for p in exc.problems])
            return False
        except Exception as exc:  # a bug in sitegen: keep serving the last good site, and say so in full
            with self._overlay_lock:
                self.overlay = {}
            self.report(traceback.format_exc().rstrip())
            self._failed([f"sitegen: the build crashed: {type(exc).__name__}: {exc} (please report this)"])
            return False
        # A page shown ahead stays shown while it may be newer than this build's: made after the
        # build started, with a change still waiting for the next build.
        pending = self.changes.pending
        with self._overlay_lock:
            ahead = self.overlay
            self.overlay = {name: entry for name, entry in ahead.items() if pending and entry[0] >= build_started}
        self.config = result.config
        self.watcher.update(result.config)
        self._remember_own_writes(result)
        for warning in result.warnings:
            if str(warning) not in self._warned:
                self._warned.add(str(warning))
                self.report(str(warning))
        self.last_error = []
        if changed is not None:
            outputs = getattr(result, "changed", None)  # the output files the build wrote or deleted
            # Every open tab reloads, except those showing a page shown ahead: it is still newer
            # than this build's, or the build wrote the very bytes they show (no second reload).
            shown = [] if outputs is None else [
                o for o in outputs
                if o in self.overlay or o in ahead and _same_file(self.output_dir / o, ahead[o][1])]
            change = tab_change(None if outputs is None else [o for o in outputs if o not in shown], css_only_input)
            self.hub.built(change, skip=shown)
            written = "" if outputs is None else f"; {len(outputs)} output file{'s' * (len(outputs) != 1)} changed"
            self.log(f"rebuilt in {time.perf_counter() - started:.2f} s: {_describe(changed, self.root)}{written}"
                     + (" (stylesheet swapped in)" if change == "css" else ""))
        return True

    def _failed(self, problems: list[str]) -> None:
        self.last_error = problems
        self.hub.failed(problems)
        for line in problems:
            self.report(line)
        self.report("build failed; still serving the last good site")

    def _written_by_ingest(self, path: Path) -> bool:
        """The file is as ingest wrote it during the last build (its event is no edit)."""
        known = self._own_writes.get(path)
        if known is None:
            return False
        try:
            st = path.stat()
        except OSError:
            return False
        return (st.st_mtime_ns, st.st_size) == known

    def _remember_own_writes(self, result) -> None:
        """Articles that ingest wrote during the build come back as file events: not an edit."""
        written = result.ingest.written if result.ingest is not None else []
        for rel in written:
            path = (self.root / rel).resolve()
            try:
                st = path.stat()
            except OSError:
                continue
            self._own_writes[path] = (st.st_mtime_ns, st.st_size)

    def _edits(self, batch: set[Path]) -> set[Path]:
        edits = set()
        for path in batch:
            if self._written_by_ingest(path):
                continue
            self._own_writes.pop(path, None)  # changed since ingest wrote it: an edit from now on
            edits.add(path)
        return edits

    def _rebuild_loop(self) -> None:
        if self._warm is not None:
            try:
                self._warm()
            except Exception:  # a problem here is a problem of the next build too: reported there
                pass
        self.warmed.set()
        while True:
            batch = self.changes.next_batch()
            if batch is None:
                return
            edits = self._edits(batch)
            if not edits:
                continue
            self.build_now(edits)
            with self._build_done:
                self.builds += 1
                self._build_done.notify_all()

    def _preview_loop(self) -> None:
        while True:
            batch = self.previews.next_batch()
            if batch is None:
                return
            self.preview_now(batch)

    def wait_for_rebuild(self, after: int, timeout: float = 30.0) -> bool:
        """For tests and benchmarks: True once more than `after` rebuilds ran and no change is pending."""
        deadline = time.monotonic() + timeout
        with self._build_done:
            while self.builds <= after:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._build_done.wait(left)
        return self.changes.wait_idle(max(0.0, deadline - time.monotonic()))

    # -- running -------------------------------------------------------------------------

    def _start(self, httpd: "HTTPServer") -> None:
        self.httpd = httpd
        self.watcher.start()
        threads = [("sitegen-rebuild", self._rebuild_loop), ("sitegen-http", httpd.serve_forever)]
        if self.previews is not None:
            threads.append(("sitegen-preview", self._preview_loop))
        for name, target in threads:
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def wait(self) -> None:
        """Blocks until stop(); wakes often so Ctrl-C is seen at once."""
        while not self._stopped.wait(0.25):
            pass

    def stop(self) -> None:
        """Stops watching, lets a running rebuild finish, ends every connection; no thread is left."""
        with self._stop_lock:
            if self._stopped.is_set():
                return
            self._stopped.set()
        if self.changes.busy:
            self.log("waiting for the running rebuild to finish")
        self.changes.close()
        self.watcher.stop()
        if self.httpd is not None:
            self.httpd.shutdown()  # no new connections
        self.hub.close()  # live-reload streams end
        for thread in self._threads:
            thread.join()
        if self.httpd is not None:
            self.httpd.close_all()
            self.httpd.server_close()
        if self._close is not None:
            self._close()


def serve(root: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, poll: bool = False,
          port_fallback: bool = False, settle: float = SETTLE_SECONDS, log: Log = _print_log,
          report: Log = _print_problem, build: Optional[Callable] = None) -> Server:
    """Build the site, then serve and watch it; returns the running Server (call .stop())."""
    root = Path(root).resolve()
    try:
        config = load_config(root)
    except SitegenError:
        config = Config(root=root)  # the first build reports the problem; serve with the defaults meanwhile
    hub = Hub(uuid.uuid4().hex[:8])
    changes = ChangeQueue(settle=settle)
    if build is None:
        # One Builder for the whole session: it keeps what it loaded, so a rebuild only reads what changed.
        builder = build_module.Builder(root)
        preview, warm, close = builder.preview, builder.warm, builder.close

        def build(root: Path):
            return builder.build()
    else:
        preview = warm = close = None  # a build function of the caller's: no Builder to render a page ahead of it

    server = Server(root, config, hub, changes, SourceWatcher(config, changes, poll=poll), log, report, build,
                    preview, warm, close)
    server.build_now()
    httpd = bind(host, port, port_fallback, server)
    try:
        server._start(httpd)
    except BaseException:
        server.stop()
        raise
    if port_fallback and server.port != port:
        log(f"port {port} is in use; serving on port {server.port} instead")
    return server


def tab_change(outputs: Optional[list[str]], css_only_input: bool) -> str:
    """What open tabs do after a good rebuild: "none", "css" (swap stylesheets) or "reload"."""
    if outputs is None:  # a build that does not say what it wrote
        return "css" if css_only_input else "reload"
    if not outputs:
        return "none"
    return "css" if all(name.endswith(".css") for name in outputs) else "reload"


def ahead_targets(outputs: list[str]) -> Optional[list[str]]:
    """The tabs to reload for files shown ahead of a rebuild: those showing these pages; every tab
    (None) for a script or an image, which any page may use. (Stylesheets are swapped, see tab_change.)"""
    if all(name.endswith((".html", ".htm", ".css")) for name in outputs):
        return outputs
    return None


def _same_file(path: Path, data: bytes) -> bool:
    """The file holds exactly these bytes (a page shown ahead that the rebuild wrote alike: no second reload)."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _describe(paths: set[Path], root: Path) -> str:
    shown = sorted(p.relative_to(root).as_posix() if p.is_relative_to(root) else str(p) for p in paths)
    return ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")


@contextmanager
def stopped_by_signals():
    """While inside: Ctrl-C (SIGINT) and `kill` (SIGTERM) stop the server cleanly, however it was started — from the
    first build on. A shell starting it in the background (`sitegen serve &` in a script) hands it SIGINT ignored, and
    Python leaves it so: a script's `kill -INT` would not stop it; SIGTERM would end it without closing its
    connections. The handlers it replaced are put back on the way out."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield  # (only the main thread may set them: a caller running the server elsewhere stops it its own way)
        return
    previous = {signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
                signal.SIGTERM: signal.signal(signal.SIGTERM, interrupt)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def main_loop(server: Server, open_browser: bool) -> int:
    """The CLI's part: print where, open a browser, run until Ctrl-C (or a `kill`: see stopped_by_signals), stop
    cleanly."""
    where = ", ".join(sorted(f.name + "/" for f in server.watcher.folders)) + ", sitegen.yaml"
    try:
        # Inside the try: a Ctrl-C right after the address appears must stop cleanly too.
        print(f"serving {server.url} (watching {where}{' by polling' if server.watcher.poll else ''}); "
              f"press Ctrl-C to stop", flush=True)
        if open_browser:
            import webbrowser

            webbrowser.open(server.url)
        server.wait()
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr, flush=True)
    finally:
        server.stop()
    return 0
