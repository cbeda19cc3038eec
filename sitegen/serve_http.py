"""Static files over HTTP for `sitegen serve`: the output folder under the site's base path,
never a file outside it, with live reload injected into HTML responses.

Requests never see a half-written site: build() writes whole files and swaps folders by
rename, and a request that falls into a swap looks again (see open_in_site).
"""
from __future__ import annotations

import errno
import os
import queue
import select
import shutil
import socket
import socketserver
import stat
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Optional
from urllib.parse import quote, unquote

from sitegen import livereload
from sitegen.errors import SitegenError
from sitegen.livereload import EVENTS_PATH, NOT_BUILT_PAGE, PING, WORKER_PATH, WORKER_SCRIPT, client_script, inject

if TYPE_CHECKING:
    from sitegen.serve import Server

PORT_TRIES = 20  # how far past a busy default port we look for a free one


def bind(host: str, port: int, fallback: bool, app: "Server") -> HTTPServer:
    handler = type("Handler", (_Handler,), {"app": app})
    cls = HTTPServer6 if ":" in host else HTTPServer
    tries = range(port, min(port + PORT_TRIES, 65536)) if fallback and port else [port]
    for candidate in tries:
        try:
            return cls((host, candidate), handler)
        except socket.gaierror:
            raise SitegenError.at("sitegen serve", None, f"cannot listen on host '{host}': no such address",
                                  "use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface)") from None
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE and candidate != tries[-1]:
                continue
            if exc.errno == errno.EADDRINUSE:
                busy = f"port {port}" if candidate == port else f"ports {port} to {candidate}"
                raise SitegenError.at("sitegen serve", None, f"{busy} on {host} {'is' if candidate == port else 'are'} "
                                      "already in use",
                                      "stop the other server, or choose another port with --port N "
                                      "(--port 0 picks a free one)") from None
            if exc.errno == errno.EACCES:
                raise SitegenError.at("sitegen serve", None, f"not allowed to listen on port {candidate}",
                                      "ports below 1024 need special rights; use --port 8000") from None
            if exc.errno == errno.EADDRNOTAVAIL:
                raise SitegenError.at("sitegen serve", None, f"host {host} is not an address of this machine",
                                      "use --host 127.0.0.1 or --host 0.0.0.0") from None
            raise
    raise AssertionError("unreachable")


class HTTPServer(ThreadingHTTPServer):
    """Tracks its connection threads so stop() can end and join every one of them."""

    def __init__(self, *args, **kwargs):
        self._lock = threading.Lock()
        self._open: dict[socket.socket, threading.Thread] = {}
        super().__init__(*args, **kwargs)

    def server_bind(self) -> None:
        # http.server.HTTPServer.server_bind looks the host name up in DNS, which can stall offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def process_request(self, request, client_address) -> None:
        thread = threading.Thread(target=self.process_request_thread, args=(request, client_address),
                                  name="sitegen-request", daemon=True)
        with self._lock:
            self._open[request] = thread
        thread.start()

    def shutdown_request(self, request) -> None:
        with self._lock:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def close_all(self) -> None:
        """Ends idle keep-alive connections at once (their threads wait in a read) and joins every thread."""
        with self._lock:
            open_now = dict(self._open)
        for sock in open_now:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in open_now.values():
            thread.join(timeout=5)


class HTTPServer6(HTTPServer):
    address_family = socket.AF_INET6


# Explicit, so a machine's /etc/mime.types cannot change what the browser is told.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8", ".json": "application/json",
    ".map": "application/json", ".webmanifest": "application/manifest+json",
    ".xml": "application/xml; charset=utf-8", ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8", ".csv": "text/csv; charset=utf-8",
    ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
    ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf",
    ".pdf": "application/pdf", ".wasm": "application/wasm", ".mp4": "video/mp4", ".webm": "video/webm",
}


def content_type(path: str) -> str:
    return CONTENT_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")


class BadPath(ValueError):
    """A request path that tries to name something outside the site."""


def url_segments(rel: str) -> list[str]:
    """The decoded path segments of a URL path below the base path.

    Each segment is decoded once, on its own, so '%2f' can never become a separator;
    '..', '.', backslashes and NUL are refused rather than interpreted.
    """
    segments = []
    for raw in rel.split("/"):
        if not raw:
            continue  # '//' would make os.path.join start again from the filesystem root
        try:
            segment = unquote(raw, errors="strict")
        except UnicodeDecodeError:
            raise BadPath(raw) from None
        if segment in (".", "..") or any(c in segment for c in "/\\\x00") or any(ord(c) < 32 for c in segment):
            raise BadPath(raw)
        segments.append(segment)
    return segments


@dataclass
class Found:
    kind: str  # "file" | "directory" (needs a trailing slash) | "missing" | "no-site"
    file: Optional[BinaryIO] = None
    size: int = 0
    path: str = ""


def open_in_site(site: Path, segments: list[str], directory_request: bool) -> Found:
    """Open the file a URL names, never one outside `site` (symlinks included).

    build() may swap the whole folder while we look; when a lookup fails and the folder
    turns out to have been replaced meanwhile, it is retried in the new one.
    """
    for _ in range(100):
        try:
            before = os.stat(site)
        except FileNotFoundError:
            time.sleep(0.002)  # between the two renames of a swap
            continue
        found = _open_once(os.path.realpath(site), segments, directory_request)
        if found.kind != "missing":
            return found
        try:
            after = os.stat(site)
        except FileNotFoundError:
            continue
        if (after.st_ino, after.st_dev) == (before.st_ino, before.st_dev):
            return found
    return Found("no-site") if not site.exists() else Found("missing")


def _open_once(root: str, segments: list[str], directory_request: bool) -> Found:
    target = os.path.realpath(os.path.join(root, *segments))
    if not _inside(target, root):
        return Found("missing")  # a symlink pointing out of the site is as good as absent
    if os.path.isdir(target):
        if segments and not directory_request:
            return Found("directory")
        target = os.path.realpath(os.path.join(target, "index.html"))
        if not _inside(target, root):
            return Found("missing")
    try:
        handle = open(target, "rb")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError):
        return Found("missing")
    st = os.fstat(handle.fileno())
    if not stat.S_ISREG(st.st_mode):
        handle.close()
        return Found("missing")
    return Found("file", handle, st.st_size, target)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a page and its assets over one connection
    server_version = "sitegen"
    default_request_version = "HTTP/1.0"  # a garbled request line still gets a status line (0.9 has none)
    timeout = 60  # an idle keep-alive connection ends
    app: "Server"

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format, *args) -> None:  # noqa: A002 (the base class's name)
        pass  # the terminal shows builds and errors, not every request

    def do_GET(self) -> None:
        self._handle(head=False)

    def do_HEAD(self) -> None:
        self._handle(head=True)

    def _handle(self, head: bool) -> None:
        try:
            self._route(head)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True  # the browser went away mid-answer

    def _route(self, head: bool) -> None:
        raw = self.path
        if not raw.startswith("/"):
            return self._plain(HTTPStatus.BAD_REQUEST, "request path must start with '/'", head)
        path, _, query = raw.partition("?")
        path = path.partition("#")[0]
        base = self.app.base_path
        if base != "/" and (path == "/" or path + "/" == base):
            return self._redirect(base + (f"?{query}" if query else ""), head)
        if not path.startswith(base):
            return self._not_found(head)
        rel = path[len(base):]
        if rel == EVENTS_PATH:
            return self._events(head)
        if rel == WORKER_PATH:
            return self._bytes(HTTPStatus.OK, "text/javascript; charset=utf-8", WORKER_SCRIPT, head)
        try:
            segments = url_segments(rel)
        except BadPath:
            return self._plain(HTTPStatus.BAD_REQUEST, "bad path", head)
        build_id, errors = self.app.hub.build_id, self.app.hub.errors  # read before the file: never newer than it
        directory_request = rel == "" or rel.endswith("/")
        output = "/".join(segments + ["index.html"] if directory_request else segments)
        ahead = self.app.page_ahead(output)  # an edited page shown before the rebuild has written it
        if ahead is not None:
            if content_type(output).startswith("text/html"):
                return self._html(HTTPStatus.OK, ahead, head, build_id, errors, output)
            return self._bytes(HTTPStatus.OK, content_type(output), ahead, head)
        found = open_in_site(self.app.output_dir, segments, directory_request=directory_request)
        if found.kind == "directory":
            location = base + "/".join(quote(s) for s in segments) + "/" + (f"?{query}" if query else "")
            return self._redirect(location, head)
        if found.kind == "no-site":
            return self._html(HTTPStatus.SERVICE_UNAVAILABLE, NOT_BUILT_PAGE, head, build_id, errors)
        if found.kind == "missing":
            return self._not_found(head)
        self._send_file(HTTPStatus.OK, found, head, build_id, errors)

    def _send_file(self, status: HTTPStatus, found: Found, head: bool, build_id: str, errors: list[str]) -> None:
        with found.file as handle:
            kind = content_type(found.path)
            if kind.startswith("text/html"):
                site = os.path.realpath(self.app.output_dir)
                output = os.path.relpath(found.path, site).replace(os.sep, "/")
                return self._html(status, handle.read(), head, build_id, errors, output)
            self.send_response(status)
            self._common_headers(kind, found.size)
            self.end_headers()
            if not head:
                shutil.copyfileobj(handle, self.wfile, 256 * 1024)

    def _html(self, status: HTTPStatus, page: bytes, head: bool, build_id: str, errors: list[str],
              output: Optional[str] = None) -> None:
        if status == HTTPStatus.OK and output and not head:
            self.app.viewed(output)
        body = inject(page, client_script(self.app.base_path, build_id, errors, output))
        self._bytes(status, "text/html; charset=utf-8", body, head)

    def _bytes(self, status: HTTPStatus, kind: str, body: bytes, head: bool) -> None:
        self.send_response(status)
        self._common_headers(kind, len(body))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _common_headers(self, kind: str, length: int) -> None:
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")  # a preview is always the current build
        self.send_header("X-Content-Type-Options", "nosniff")

    def _not_found(self, head: bool) -> None:
        build_id, errors = self.app.hub.build_id, self.app.hub.errors
        found = open_in_site(self.app.output_dir, ["404.html"], directory_request=False)
        if found.kind == "file":
            return self._send_file(HTTPStatus.NOT_FOUND, found, head, build_id, errors)
        self._plain(HTTPStatus.NOT_FOUND, "not found", head)

    def _redirect(self, location: str, head: bool) -> None:
        self.send_response(HTTPStatus.FOUND)  # not 301: base_url or a page may change while previewing
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def _plain(self, status: HTTPStatus, text: str, head: bool) -> None:
        body = f"{status.value} {status.phrase}: {text}\n".encode("utf-8")
        self.send_response(status)
        self._common_headers("text/plain; charset=utf-8", len(body))
        if status == HTTPStatus.BAD_REQUEST:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _events(self, head: bool) -> None:
        """The live-reload stream of one tab; the thread ends when the tab closes or the server stops."""
        client = self.app.hub.subscribe()
        if client is None:
            return self._plain(HTTPStatus.SERVICE_UNAVAILABLE, "server is stopping", head)
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")  # the body runs until the stream ends
            self.end_headers()
            self.close_connection = True
            if head:
                return
            self.wfile.write(b"retry: 500\n\n")  # after a restart the tab reconnects (and reloads) quickly
            idle = 0.0
            while True:
                try:
                    message = client.get(timeout=1.0)
                except queue.Empty:
                    if self._peer_closed():
                        return
                    idle += 1.0
                    if idle < livereload.PING_SECONDS:
                        continue
                    message = PING
                if message is None:
                    return
                idle = 0.0
                self.wfile.write(message)
        except OSError:
            return  # the tab went away
        finally:
            self.app.hub.unsubscribe(client)

    def _peer_closed(self) -> bool:
        """A tab never sends after its request, so a readable socket means it closed."""
        readable, _, _ = select.select([self.connection], [], [], 0)
        if not readable:
            return False
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True
