"""Live reload over Server-Sent Events: the hub that tells open tabs what changed, and
the small script injected into served HTML (never into the files in site/).

One stream per browser (a SharedWorker relays it to every tab). On connect a tab is
told the current build id and errors; a tab whose page is older than the current build
reloads, so a change made between a page load and its connection (or while the server
restarted) is never missed.
"""
from __future__ import annotations

import json
import queue
import re
import threading
from typing import Optional

from sitegen import regexes

EVENTS_PATH = "__sitegen/events"  # under the site's base path
PING_SECONDS = 15.0  # keeps proxies and the browser from dropping an idle stream; finds closed tabs


class Hub:
    """Fans build news out to every connected tab; each tab has its own queue."""

    def __init__(self, instance: str):
        self._instance = instance
        self._lock = threading.Lock()
        self._clients: set[queue.Queue] = set()
        self._closed = False
        self._build = 0
        # Tabs that stay on the latest build's news ("skip") are as new as it: a tab that was still
        # loading its page when that news came says hello with the build before, and must not reload.
        self._skip: list[str] = []
        self._errors: list[str] = []

    # -- state the pages are rendered against ------------------------------------

    @property
    def build_id(self) -> str:
        with self._lock:
            return f"{self._instance}-{self._build}"

    @property
    def errors(self) -> list[str]:
        with self._lock:
            return list(self._errors)

    @property
    def client_count(self) -> int:
        with self._lock:
            return len(self._clients)

    # -- news ------------------------------------------------------------------------

    def built(self, change: str, pages: Optional[list[str]] = None, skip: list[str] = ()) -> None:
        """A rebuild succeeded. change: "reload" (pages changed), "css" (only stylesheets: tabs
        swap them in place) or "none" (no output changed: tabs stay as they are). For "reload":
        `pages`, when only the tabs showing one of these output files reload (the live preview's
        page shown ahead of a rebuild), None for every tab; `skip`: tabs showing one of these stay
        (they show it as it is already). Tabs that stay take the new build id."""
        with self._lock:
            had_errors = bool(self._errors)
            self._errors = []
            if change == "none" and not had_errors:
                return
            prev = f"{self._instance}-{self._build}"
            self._build += 1
            build_id = f"{self._instance}-{self._build}"
            self._skip = list(skip) if change == "reload" and not had_errors else []
        if had_errors:
            # A standing error overlay is cleared by a reload, so every page shows the fix.
            self._publish("reload", {"build": build_id, "prev": prev, "pages": None, "skip": []})
        elif change == "css":
            self._publish("css", {"build": build_id, "prev": prev, "skip": []})
        else:
            self._publish("reload", {"build": build_id, "prev": prev, "pages": pages, "skip": list(skip)})

    def failed(self, problems: list[str]) -> None:
        """A rebuild failed: the last good site stays; tabs show the problems over it."""
        with self._lock:
            self._errors = list(problems)
        self._publish("problems", {"errors": list(problems)})

    def _publish(self, event: str, data: dict) -> None:
        message = sse_message(event, data)
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            client.put(message)

    # -- connections -------------------------------------------------------------------

    def subscribe(self) -> Optional[queue.Queue]:
        """A queue of ready-to-send messages, starting with the current state; None once closed."""
        client: queue.Queue = queue.Queue()
        with self._lock:
            if self._closed:
                return None
            client.put(sse_message("hello", {"build": f"{self._instance}-{self._build}",
                                             "prev": f"{self._instance}-{self._build - 1}", "skip": list(self._skip),
                                             "errors": list(self._errors)}))
            self._clients.add(client)
        return client

    def unsubscribe(self, client: queue.Queue) -> None:
        with self._lock:
            self._clients.discard(client)

    def close(self) -> None:
        """Ends every stream (None wakes each waiting connection thread)."""
        with self._lock:
            self._closed = True
            clients = list(self._clients)
        for client in clients:
            client.put(None)


def sse_message(event: str, data: dict) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode("utf-8")


PING = b": ping\n\n"


# -- the script in every served page ------------------------------------------------------

# A browser opens at most six HTTP/1.1 connections to one host, and each EventSource keeps
# one: with one stream per tab, a seventh tab would never load. So one SharedWorker per
# browser holds the only stream and relays it to every tab; where SharedWorker is missing,
# each tab streams itself and lets its connection go while hidden.
WORKER_PATH = "__sitegen/livereload-worker.js"  # under the site's base path

WORKER_SCRIPT = b"""// sitegen serve: one live-reload stream for every tab of this site.
var ports = [];
var last = null;  // the current build and errors, for tabs that connect later
var source = new EventSource(new URL("events", self.location.href).href);
function broadcast(message) {
  ports.forEach(function (port) { port.postMessage(message); });
}
["hello", "reload", "css", "problems"].forEach(function (type) {
  source.addEventListener(type, function (e) {
    var data = JSON.parse(e.data);
    if (type === "problems") {
      last = {type: "hello", data: {build: last ? last.data.build : null, prev: last ? last.data.prev : null,
                                    skip: last ? last.data.skip : [], errors: data.errors}};
    } else {
      last = {type: "hello", data: {build: data.build, prev: data.prev, skip: data.skip || [], errors: data.errors || []}};
    }
    broadcast({type: type, data: data});
  });
});
self.onconnect = function (e) {
  var port = e.ports[0];
  ports.push(port);
  port.onmessage = function (m) {
    if (m.data === "bye") ports = ports.filter(function (p) { return p !== port; });
  };
  port.start();
  if (last) port.postMessage(last);
};
"""

_SCRIPT = """<script data-sitegen-livereload>
(function () {
  var state = __STATE__;
  var OVERLAY = "sitegen-error-overlay";
  function showErrors(lines) {
    var old = document.getElementById(OVERLAY);
    if (old) old.remove();
    if (!lines || !lines.length) return;
    var box = document.createElement("div");
    box.id = OVERLAY;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
      "background:rgba(24,4,4,.97);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap";
    var title = document.createElement("p");
    title.style.cssText = "font-weight:bold;color:#ff8a80;margin:0 0 1rem";
    title.textContent = "sitegen: the rebuild failed. The page shows the last good build; fix the file and save.";
    box.appendChild(title);
    lines.forEach(function (line) {
      var p = document.createElement("p");
      p.className = "sitegen-error";
      p.style.margin = "0 0 .5rem";
      p.textContent = line;
      box.appendChild(p);
    });
    document.body.appendChild(box);
  }
  function swapStylesheets() {
    document.querySelectorAll('link[rel~="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set("sitegen-reload", String(Date.now()));
      var fresh = link.cloneNode();
      fresh.href = url.href;
      // The old sheet stays until the new one has loaded, so the page never shows unstyled.
      fresh.onload = fresh.onerror = function () { link.remove(); };
      link.after(fresh);
    });
  }
  function whenReady(fn) {
    if (document.body) fn(); else document.addEventListener("DOMContentLoaded", fn);
  }
  // Is this tab showing one of these output files (null: every tab is)? Its own file as served
  // (the 404 page for a path that had none), or the file its address names, which may be new.
  function shows(pages) {
    if (!pages) return true;
    var rel = location.pathname;
    if (rel.indexOf(state.base) === 0) rel = rel.slice(state.base.length);
    try { rel = decodeURIComponent(rel); } catch (e) { return true; }
    var mine = [state.output, rel, rel + (rel === "" || rel.slice(-1) === "/" ? "" : "/") + "index.html"];
    return pages.some(function (page) { return mine.indexOf(page) >= 0; });
  }
  var reloading = false;
  function reload() {
    if (!reloading) { reloading = true; location.reload(); }
  }
  function handle(type, data) {
    if (reloading) return;
    if (type === "hello") {
      // A page older than the current build (a change landed while it loaded, or the server restarted).
      // (Unless it is one build behind and that build left its page as it is: see Hub.built.)
      if (data.build !== state.build && !(data.prev === state.build && data.skip && data.skip.length && shows(data.skip))) reload();
      else { state.build = data.build; whenReady(function () { showErrors(data.errors); }); }
    } else if (type === "reload") {
      if (shows(data.pages) && !(data.skip && data.skip.length && shows(data.skip))) reload();
      else state.build = data.build;
    } else if (type === "css") {
      state.build = data.build;
      swapStylesheets();
    } else if (type === "problems") {
      whenReady(function () { showErrors(data.errors); });
    }
  }
  whenReady(function () { showErrors(state.errors); });
  window.addEventListener("pageshow", function (e) { if (e.persisted) reload(); });
  if (window.SharedWorker) {
    var worker = new SharedWorker(state.worker, {name: "sitegen-livereload"});
    worker.port.onmessage = function (m) { handle(m.data.type, m.data.data); };
    worker.port.start();
    window.addEventListener("pagehide", function () { worker.port.postMessage("bye"); });
    return;
  }
  var source = null;
  function connect() {
    if (source) return;
    source = new EventSource(state.events);
    ["hello", "reload", "css", "problems"].forEach(function (type) {
      source.addEventListener(type, function (e) { handle(type, JSON.parse(e.data)); });
    });
  }
  function disconnect() {
    if (source) { source.close(); source = null; }
  }
  document.addEventListener("visibilitychange", function () { if (document.hidden) disconnect(); else connect(); });
  window.addEventListener("pagehide", disconnect);
  if (!document.hidden) connect();
})();
</script>
"""

_BODY_END = regexes.compile(rb"</body\s*>", re.IGNORECASE)


def client_script(base_path: str, build_id: str, errors: list[str], output: Optional[str] = None) -> bytes:
    """The script served pages get; `output`: the file served (relative to the output folder)."""
    state = json.dumps({"events": base_path + EVENTS_PATH, "worker": base_path + WORKER_PATH, "base": base_path,
                        "output": output, "build": build_id, "errors": errors})
    # '</' inside a JSON string would end the script element early.
    state = state.replace("</", "<\\/")
    return _SCRIPT.replace("__STATE__", state).encode("utf-8")


def inject(html: bytes, script: bytes) -> bytes:
    """The page with the script before its last </body> (or at the end when it has none)."""
    ends = list(_BODY_END.finditer(html))
    if not ends:
        return html + script
    at = ends[-1].start()
    return html[:at] + script + html[at:]


NOT_BUILT_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sitegen serve</title></head>
<body><p>sitegen serve: the site has not been built yet. This page reloads when a build succeeds.</p></body></html>
"""
