"""`sitegen serve` over real sockets: what it serves, what it refuses, rebuilds while serving."""
from __future__ import annotations

import filecmp
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sitegen.cli import main

SECRET = "TOKEN-outside-the-site-7c1f"


def raw_request(server, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send these exact bytes; read the answer until the server closes the connection."""
    with socket.create_connection((server.host, server.port), timeout=20) as sock:
        sock.sendall(request)
        data = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body


def get(server, path: bytes, method: bytes = b"GET") -> tuple[int, dict[str, str], bytes]:
    return raw_request(server, method + b" " + path + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")


def set_base_url(root: Path, base_url: str) -> None:
    config = root / "sitegen.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("base_url: /\n", f"base_url: {base_url}\n"), encoding="utf-8")
    assert f"base_url: {base_url}" in config.read_text(encoding="utf-8")


def wait_rebuilt(server, before: int) -> None:
    assert server.wait_for_rebuild(before, timeout=60), "no rebuild after the change"


@pytest.fixture
def briefing(project) -> Path:
    """The seed project published under a subpath, with a secret just outside the output folder."""
    set_base_url(project, "https://x.github.io/briefing/")
    (project / "secret.txt").write_text(SECRET, encoding="utf-8")
    return project


# -- base path, directories, 404, HEAD, content types ---------------------------------

def test_site_is_served_under_its_base_path_and_root_redirects_there(briefing, live_server):
    server = live_server(briefing)
    assert server.url == f"http://127.0.0.1:{server.port}/briefing/"
    for path in (b"/", b"/briefing"):
        status, headers, _ = get(server, path)
        assert (status, headers["location"]) == (302, "/briefing/")
    status, headers, body = get(server, b"/briefing/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"<title>Ukraine Briefing</title>" in body
    assert b'href="/briefing/static/style.css"' in body


def test_a_folder_without_its_slash_redirects_and_keeps_the_query(briefing, live_server):
    server = live_server(briefing)
    status, headers, _ = get(server, b"/briefing/topics/sanctions?x=1")
    assert (status, headers["location"]) == (302, "/briefing/topics/sanctions/?x=1")
    status, _, body = get(server, b"/briefing/topics/sanctions/")
    assert status == 200 and b"<h1>Sanctions</h1>" in body


def test_unknown_paths_get_the_sites_404_page_with_status_404(briefing, live_server):
    server = live_server(briefing)
    site_404 = (briefing / "site" / "404.html").read_bytes()
    for path in (b"/briefing/no-such-page/", b"/briefing/articles/nothing.html", b"/elsewhere/"):
        status, headers, body = get(server, path)
        assert status == 404, path
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert b"<h1>Page not found</h1>" in body and site_404.split(b"</body>")[0] in body


def test_head_answers_like_get_without_a_body(briefing, live_server):
    server = live_server(briefing)
    for path in (b"/briefing/", b"/briefing/static/style.css", b"/briefing/missing"):
        g_status, g_headers, g_body = get(server, path)
        h_status, h_headers, h_body = get(server, path, method=b"HEAD")
        assert (h_status, h_body) == (g_status, b"")
        assert h_headers["content-length"] == g_headers["content-length"] == str(len(g_body))
        assert h_headers["content-type"] == g_headers["content-type"]


def test_every_kind_of_file_gets_its_content_type(project, live_server):
    static = project / "themes" / "default" / "static"
    static.mkdir(parents=True)
    shutil.copytree(Path(__file__).resolve().parent.parent / "themes" / "default" / "static", static,
                    dirs_exist_ok=True)
    files = {"app.js": "text/javascript; charset=utf-8", "data.json": "application/json",
             "feed.xml": "application/xml; charset=utf-8", "font.woff2": "font/woff2",
             "logo.png": "image/png", "notes.txt": "text/plain; charset=utf-8",
             "blob.unknownext": "application/octet-stream"}
    for name in files:
        (static / name).write_bytes(b"\x00payload " + name.encode())
    server = live_server(project)
    files.update({"style.css": "text/css; charset=utf-8", "favicon.svg": "image/svg+xml"})
    for name, kind in files.items():
        status, headers, body = get(server, f"/static/{name}".encode())
        assert (status, headers["content-type"]) == (200, kind), name
        assert body == (static / name).read_bytes()
        assert headers["x-content-type-options"] == "nosniff"


def test_the_live_reload_script_is_in_served_pages_but_never_in_site_files(project, live_server):
    server = live_server(project)
    _, _, served = get(server, b"/")
    assert served.count(b"data-sitegen-livereload") == 1
    assert served.index(b"data-sitegen-livereload") < served.rindex(b"</body>")
    for page in (project / "site").rglob("*"):
        if page.is_file():
            assert b"sitegen-livereload" not in page.read_bytes() and b"__sitegen" not in page.read_bytes(), page
    _, _, css = get(server, b"/static/style.css")
    assert css == (project / "site" / "static" / "style.css").read_bytes()


def test_changing_base_url_while_serving_moves_the_site(project, live_server):
    server = live_server(project)
    before = server.builds
    set_base_url(project, "/briefing/")
    wait_rebuilt(server, before)
    assert server.url.endswith("/briefing/")
    assert get(server, b"/")[1]["location"] == "/briefing/"
    status, _, body = get(server, b"/briefing/")
    assert status == 200 and b'href="/briefing/static/style.css"' in body


def test_error_text_cannot_break_out_of_the_injected_script():
    from sitegen.livereload import client_script, inject

    evil = "content/articles/x.md:2: bad title '</script><script>window.pwned=1</script>'"
    page = inject(b"<html><body><p>hi</p></body></html>", client_script("/", "a-1", [evil]))
    script = page.split(b"<script data-sitegen-livereload>", 1)[1]
    assert script.count(b"</script>") == 1  # only the script's own end tag
    assert b"<\\/script><script>window.pwned=1<\\/script>" in script


def test_open_flag_opens_the_served_address(project, live_server, monkeypatch):
    import webbrowser

    from sitegen.serve import main_loop

    server = live_server(project)
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: (opened.append(url), server.stop()))
    assert main_loop(server, open_browser=True) == 0
    assert opened == [server.url]


# -- safety ----------------------------------------------------------------------------

TRAVERSALS = [
    b"/briefing/../secret.txt", b"/briefing/%2e%2e/secret.txt", b"/briefing/%2E%2E/secret.txt",
    b"/briefing/.%2e/secret.txt", b"/briefing/..%2fsecret.txt", b"/briefing/%2e%2e%2fsecret.txt",
    b"/briefing/static/..%2f..%2fsecret.txt", b"/briefing/static/%2e%2e/%2e%2e/secret.txt",
    b"/briefing/..%5csecret.txt", b"/briefing/..\\secret.txt", b"/briefing/static\\..\\..\\secret.txt",
    b"/briefing/./../secret.txt", b"/briefing/index.html%00/../../secret.txt", b"/briefing/%00",
    b"/briefing/static%2f..%2f..%2fsecret.txt", b"/briefing/%c0%ae%c0%ae/secret.txt",
]


@pytest.mark.parametrize("path", TRAVERSALS, ids=lambda p: p.decode("latin-1"))
def test_no_path_reaches_a_file_outside_the_site(briefing, live_server, path):
    server = live_server(briefing)
    status, _, body = get(server, path)
    assert status == 400
    assert SECRET.encode() not in body


def test_absolute_paths_stay_inside_the_site(briefing, live_server):
    server = live_server(briefing)
    secret = str(briefing / "secret.txt").encode()
    for path in (b"/briefing//etc/passwd", b"/briefing/%2fetc%2fpasswd", b"/briefing/" + secret,
                 b"/briefing//" + secret, b"/" + secret, b"//etc/passwd"):
        status, _, body = get(server, path)
        assert status in (400, 404), path
        assert SECRET.encode() not in body and b"root:" not in body


def test_symlinks_pointing_out_of_the_site_are_not_followed(briefing, live_server):
    server = live_server(briefing)
    site = briefing / "site"
    (site / "leak.txt").symlink_to(briefing / "secret.txt")
    (site / "leakdir").symlink_to(briefing)
    (site / "articles" / "alias.html").symlink_to(site / "index.html")  # inside: fine
    for path in (b"/briefing/leak.txt", b"/briefing/leakdir/secret.txt", b"/briefing/leakdir/"):
        status, _, body = get(server, path)
        assert status == 404 and SECRET.encode() not in body, path
    status, _, body = get(server, b"/briefing/articles/alias.html")
    assert status == 200 and b"<title>Ukraine Briefing</title>" in body


def test_malformed_requests_get_a_clean_error(briefing, live_server):
    server = live_server(briefing)
    cases = {
        b"GARBAGE\r\n\r\n": 400,
        b"GET secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n": 400,
        b"GET /briefing/ HTTP/9.9\r\n\r\n": 505,
        b"POST /briefing/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n": 501,
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n": 414,
    }
    for request, expected in cases.items():
        status, _, body = raw_request(server, request)
        assert status == expected, request[:40]
        assert b"Traceback" not in body
    # the server is still fine afterwards
    assert get(server, b"/briefing/")[0] == 200


def test_binds_only_to_this_machine_by_default(project):
    from sitegen.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"
    assert args.port is None  # 8000, or the next free port


# -- ports and stopping --------------------------------------------------------------

def test_a_port_in_use_is_a_clear_error_or_the_next_free_port(project):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        from sitegen.errors import SitegenError
        from sitegen.serve import serve

        with pytest.raises(SitegenError) as caught:
            serve(project, port=port, log=lambda m: None, report=lambda m: None)
        assert str(caught.value) == (f"sitegen serve: port {port} on 127.0.0.1 is already in use — stop the other "
                                     "server, or choose another port with --port N (--port 0 picks a free one)")
        said = []
        server = serve(project, port=port, port_fallback=True, log=said.append, report=lambda m: None)
        try:
            assert server.port != port
            assert f"port {port} is in use; serving on port {server.port} instead" in said
            assert get(server, b"/")[0] == 200
        finally:
            server.stop()
    finally:
        busy.close()


def test_stop_ends_every_thread_even_with_open_connections(project):
    from sitegen.serve import serve

    before = set(threading.enumerate())
    server = serve(project, port=0, log=lambda m: None, report=lambda m: None)
    idle = socket.create_connection((server.host, server.port))  # a keep-alive connection doing nothing
    stream = socket.create_connection((server.host, server.port))  # a tab's live-reload stream
    stream.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: x\r\n\r\n")
    received = b""
    while b"event: hello" not in received:
        chunk = stream.recv(4096)
        assert chunk, received
        received += chunk
    server.stop()
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert left == []
    assert stream.recv(4096) == b""  # the stream was ended by the server
    idle.close()
    stream.close()


def test_an_idle_stream_gets_keep_alive_pings(project, live_server, monkeypatch):
    from sitegen import livereload

    monkeypatch.setattr(livereload, "PING_SECONDS", 1.0)
    server = live_server(project)
    with socket.create_connection((server.host, server.port), timeout=20) as stream:
        stream.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: x\r\n\r\n")
        received = b""
        while b"\n: ping\n\n" not in received:
            chunk = stream.recv(4096)
            assert chunk, received
            received += chunk
    head, _, events = received.partition(b"\r\n\r\n")
    assert b"Content-Type: text/event-stream" in head
    assert events.index(b"event: hello") < events.index(b": ping")


class EventStream:
    """A tab's live-reload stream, read over a raw socket."""

    def __init__(self, server):
        self.sock = socket.create_connection((server.host, server.port), timeout=0.2)
        self.sock.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: x\r\n\r\n")
        self.buffer = b""
        assert "hello" in self.events(until="hello")

    def events(self, until: str = "", seconds: float = 20.0) -> list[str]:
        """Event names received, read until `until` arrives (or for `seconds` when until is empty)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                chunk = self.sock.recv(4096)
            except socket.timeout:
                chunk = None
            if chunk == b"":
                break
            self.buffer += chunk or b""
            names = [line[7:] for line in self.buffer.decode().splitlines() if line.startswith("event: ")]
            if until and until in names:
                break
        names = [line[7:] for line in self.buffer.decode().splitlines() if line.startswith("event: ")]
        self.data = [json.loads(line[6:]) for line in self.buffer.decode().splitlines() if line.startswith("data: ")]
        self.buffer = b""
        return names

    def close(self):
        self.sock.close()


def test_tabs_are_told_only_what_the_output_needs(project, live_server):
    static = project / "themes" / "default" / "static"
    shutil.copytree(Path(__file__).resolve().parent.parent / "themes" / "default" / "static", static)
    server = live_server(project)
    stream = EventStream(server)
    try:
        article = first_article(project)
        before = server.builds
        article.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")  # saved, nothing changed
        wait_rebuilt(server, before)
        assert stream.events(seconds=1.0) == []

        before = server.builds
        css = static / "style.css"
        css.write_text(css.read_text(encoding="utf-8") + "\nh1 { color: teal; }\n", encoding="utf-8")
        wait_rebuilt(server, before)
        assert stream.events(until="css") == ["css"]

        # An article's text edited: its page is shown at once (the first reload names it), then the
        # rebuild reloads every tab but those showing that page, which already show what it wrote.
        before = server.builds
        paragraph = body_paragraph(article)
        edit(article, paragraph, "Changed. " + paragraph)
        wait_rebuilt(server, before)
        time.sleep(0.5)
        assert stream.events() == ["reload", "reload"]
        page = f"articles/{article.stem}/index.html"
        shown, rebuilt = stream.data
        assert shown["pages"] == [page]
        assert rebuilt["pages"] is None and rebuilt["skip"] == [page]

        # A template edit: every page changed.
        before = server.builds
        templates = project / "themes" / "default" / "templates"
        shutil.copytree(Path(__file__).resolve().parent.parent / "themes" / "default" / "templates", templates)
        edit(templates / "base.html", "</footer>", "<p>More footer.</p></footer>")
        wait_rebuilt(server, before)
        assert stream.events(until="reload") == ["reload"]
        assert stream.data[0]["pages"] is None and stream.data[0]["skip"] == []
    finally:
        stream.close()


def test_a_closed_tab_ends_its_stream_thread(project, live_server):
    server = live_server(project)
    stream = socket.create_connection((server.host, server.port))
    stream.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: x\r\n\r\n")
    deadline = time.monotonic() + 10
    while server.hub.client_count != 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.hub.client_count == 1
    stream.close()
    while server.hub.client_count and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.hub.client_count == 0


def _signal_state(pid: int) -> str:
    """Each thread's name, blocked and pending signals (from /proc): where a Ctrl-C went."""
    rows = []
    for tid in sorted(os.listdir(f"/proc/{pid}/task")):
        status = dict(line.split(":\t", 1) for line in open(f"/proc/{pid}/task/{tid}/status").read().splitlines()
                      if ":\t" in line)
        rows.append(f"{status.get('Name')}: blocked {status.get('SigBlk')}, pending {status.get('SigPnd')}, "
                    f"ignored {status.get('SigIgn')}, caught {status.get('SigCgt')}")
    return "; ".join(rows)


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a shell starts a background job (`sitegen serve &`)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals: SIGINT ignored at start, SIGTERM, /proc")
@pytest.mark.parametrize("signum, started", [(signal.SIGINT, None), (signal.SIGINT, _ignore_ctrl_c),
                                             (signal.SIGTERM, None)], ids=["ctrl-c", "ctrl-c-in-background", "kill"])
def test_ctrl_c_stops_the_real_process_cleanly(project, signum, started):
    proc = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "-C", str(project), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=started)
    try:
        line = proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:"), line
        url = line.split()[1]
        host, port = url.split("//")[1].split("/")[0].split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=20)
        conn.request("GET", "/")
        assert conn.getresponse().status == 200
        proc.send_signal(signum)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired as stuck:
            raise AssertionError(f"no exit 30 s after the signal; stderr {stuck.stderr!r}; {_signal_state(proc.pid)}") \
                from None
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode in (0, 130)
    assert "Traceback" not in err and "Traceback" not in out
    assert err.strip().splitlines()[-1] == "stopping", err


# -- rebuilds while serving --------------------------------------------------------------

def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_article(root: Path) -> Path:
    return sorted((root / "content" / "articles").glob("*.md"))[0]


def body_paragraph(article: Path) -> str:
    """A paragraph of the article's body (after the front matter), to edit."""
    body = article.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return next(p for p in body.split("\n\n") if len(p) > 40 and not p.startswith(("#", ">", "-", "*")))


def test_a_burst_of_changes_settles_into_one_rebuild(project, live_server):
    server = live_server(project, settle=0.3)
    article = first_article(project)
    paragraph = body_paragraph(article)
    before = server.builds
    notes = project / "content" / "articles"
    # An editor's save-via-rename, then a checkout-like burst of 300 files
    tmp = article.with_name("." + article.name + ".swp")
    tmp.write_text(article.read_text(encoding="utf-8").replace(paragraph, "Burst edit. " + paragraph, 1),
                   encoding="utf-8")
    os.replace(tmp, article)
    for n in range(300):
        (notes.parent / "topics").joinpath(f"zz-burst-{n}.md").write_text(
            f"---\ntitle: Burst {n}\nterms: [burst{n}]\n---\n", encoding="utf-8")
    wait_rebuilt(server, before)
    assert server.builds == before + 1
    assert (project / "site" / "topics" / "zz-burst-299" / "index.html").exists()


def test_a_new_seed_is_ingested_and_served_with_one_rebuild(project, live_server):
    server = live_server(project)
    before = server.builds
    (project / "seeds" / "zz-late.md").write_text(
        "# Envoys meet again in Istanbul\n\nNegotiators met in Istanbul on Friday to discuss a ceasefire and "
        "new sanctions, officials said.\n", encoding="utf-8")
    wait_rebuilt(server, before)
    [ingested] = [p for p in (project / "content" / "articles").glob("*.md")
                  if "seeds/zz-late.md" in p.read_text(encoding="utf-8")]
    status, _, body = get(server, f"/articles/{ingested.stem}/".encode())
    assert status == 200 and b"Envoys meet again in Istanbul" in body
    time.sleep(1.0)  # the article ingest wrote comes back as a file event; it is not an edit
    assert server.builds == before + 1


def test_polling_sees_edits_where_notification_fails(project, live_server):
    server = live_server(project, poll=True)
    article = first_article(project)
    paragraph = body_paragraph(article)
    before = server.builds
    edit(article, paragraph, "Seen by polling. " + paragraph)
    wait_rebuilt(server, before)
    assert b"Seen by polling." in get(server, f"/articles/{article.stem}/".encode())[2]


def test_a_change_during_a_rebuild_queues_exactly_one_more(project, live_server):
    from sitegen.build import build

    started, release = threading.Event(), threading.Event()
    calls = []

    def slow_build(root):
        calls.append(time.monotonic())
        if len(calls) == 2:  # the first rebuild (call 1 is the initial build) waits for the test
            started.set()
            assert release.wait(30)
        return build(root)

    server = live_server(project, build=slow_build, settle=0.05)
    article = first_article(project)
    paragraph = body_paragraph(article)
    edit(article, paragraph, "First. " + paragraph)
    assert started.wait(30)
    for n in range(5):  # five more saves while that rebuild runs
        edit(article, paragraph, f"Save {n}. " + paragraph)
        time.sleep(0.1)
    release.set()
    wait_rebuilt(server, 1)
    assert len(calls) == 3 and server.builds == 2
    assert "Save 4." in (project / "site" / "articles" / article.stem / "index.html").read_text(encoding="utf-8")


def test_fifty_concurrent_clients_get_whole_pages_during_rebuilds(project, live_server):
    server = live_server(project)
    site = project / "site"
    pages = ["/"] + ["/" + p.parent.relative_to(site).as_posix() + "/" for p in sorted(site.rglob("index.html"))
                     if p.parent != site] + ["/static/style.css", "/static/favicon.svg", "/no-such-page/"]
    titles = {}
    for url in pages:
        conn = http.client.HTTPConnection(server.host, server.port, timeout=30)
        conn.request("GET", url)
        body = conn.getresponse().read()
        titles[url] = body.split(b"</title>")[0] if b"<title>" in body else body
        conn.close()

    article = first_article(project)
    paragraph = body_paragraph(article)
    stop = threading.Event()
    builds_before = server.builds

    def keep_editing():
        # Never back to the text ingest wrote: the file stays an editor's, so ingest leaves it alone.
        previous, n = paragraph, 0
        while not stop.is_set():
            n += 1
            edit(article, previous, f"Edit {n}. " + paragraph)
            previous = f"Edit {n}. " + paragraph
            time.sleep(0.25)

    failures = []

    def client(k: int) -> None:
        conn = http.client.HTTPConnection(server.host, server.port, timeout=60)
        try:
            for round_ in range(6):
                for url in pages[k % len(pages):] + pages[:k % len(pages)]:
                    conn.request("GET", url)
                    response = conn.getresponse()
                    body = response.read()  # raises IncompleteRead on a short body
                    expected_status = 404 if url == "/no-such-page/" else 200
                    if response.status != expected_status:
                        failures.append((url, response.status))
                    elif not body.startswith(titles[url]):
                        failures.append((url, "wrong or partial page", body[:80]))
                    elif url.endswith("/") and not body.rstrip().endswith(b"</html>"):
                        failures.append((url, "truncated"))
        except Exception as exc:  # noqa: BLE001 — every failure is collected and shown
            failures.append(("connection", repr(exc)))
        finally:
            conn.close()

    editor = threading.Thread(target=keep_editing)
    editor.start()
    clients = [threading.Thread(target=client, args=(k,)) for k in range(50)]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    stop.set()
    editor.join()
    wait_rebuilt(server, builds_before)
    assert failures == []
    assert server.builds >= builds_before + 2, "the clients did not overlap with rebuilds"


def test_after_a_sequence_of_edits_the_served_site_equals_a_clean_build(project, live_server, tmp_path):
    server = live_server(project)
    articles = project / "content" / "articles"
    steps = []

    def step(change):
        before = server.builds
        change()
        wait_rebuilt(server, before)
        assert server.last_error == [], server.last_error
        steps.append(change.__name__)

    article = first_article(project)
    paragraph = body_paragraph(article)

    def edit_article():
        edit(article, paragraph, "An editor rewrote this sentence. " + paragraph)

    def new_seed():
        (project / "seeds" / "zz-new.md").write_text(
            "# A new report on sanctions talks\n\nOfficials discussed new sanctions against Russia and the "
            "peace talks in Geneva on Tuesday, a spokesperson said.\n\nThe talks continue next week.\n",
            encoding="utf-8")

    def delete_article():
        victim = sorted(articles.glob("*.md"))[-1]
        source = victim.read_text(encoding="utf-8").split("\nsource: ", 1)[1].split("\n", 1)[0].strip()
        (project / source).unlink()
        victim.unlink()

    def edit_topic():
        edit(project / "content" / "topics" / "sanctions.md", "title: ", "title: Sanctions and more")

    def edit_template():
        theme = project / "themes" / "default" / "templates"
        theme.mkdir(parents=True)
        base = (Path(__file__).resolve().parent.parent / "themes" / "default" / "templates" / "base.html")
        theme.joinpath("base.html").write_text(
            base.read_text(encoding="utf-8").replace("</footer>", "<p>Edited template.</p></footer>"),
            encoding="utf-8")

    def edit_css():
        static = project / "themes" / "default" / "static"
        static.mkdir(parents=True)
        static.joinpath("style.css").write_text("body { color: rebeccapurple; }\n", encoding="utf-8")

    def edit_config():
        edit(project / "sitegen.yaml", "title: Ukraine Briefing", "title: Edited Briefing")

    for change in (edit_article, new_seed, delete_article, edit_topic, edit_template, edit_css, edit_config):
        step(change)

    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("site"))
    assert main(["build", "-C", str(clean)]) == 0
    served_files = sorted(p.relative_to(project / "site") for p in (project / "site").rglob("*"))
    clean_files = sorted(p.relative_to(clean / "site") for p in (clean / "site").rglob("*"))
    assert served_files == clean_files
    different = [str(p) for p in served_files if (clean / "site" / p).is_file()
                 and not filecmp.cmp(project / "site" / p, clean / "site" / p, shallow=False)]
    assert different == []
    # and the edits are really in it
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Edited Briefing" in home and "Edited template." in home
    _, _, served = get(server, b"/articles/" + article.stem.encode() + b"/")
    assert b"An editor rewrote this sentence." in served


def test_a_failed_rebuild_keeps_the_last_good_site_and_reports_path_and_line(project, live_server):
    server = live_server(project)
    article = first_article(project)
    good = (project / "site" / "index.html").read_bytes()
    articles_before = sorted(p.name for p in article.parent.glob("*.md"))
    text = article.read_text(encoding="utf-8")
    lines = text.split("\n")
    broken_line = next(i for i, line in enumerate(lines) if line.startswith("title:")) + 1
    lines[broken_line - 1] = "title: [unclosed"
    before = server.builds
    article.write_text("\n".join(lines), encoding="utf-8")
    wait_rebuilt(server, before)
    rel = article.relative_to(project).as_posix()
    assert server.last_error and server.last_error[0].startswith(f"{rel}:")
    assert (project / "site" / "index.html").read_bytes() == good
    status, _, body = get(server, b"/")
    assert status == 200 and rel.encode() in body  # the error travels with the page until fixed
    before = server.builds
    article.write_text(text, encoding="utf-8")
    wait_rebuilt(server, before)
    assert server.last_error == []
    assert rel.encode() not in get(server, b"/")[2]
    # the broken article's seed was not taken for a new article meanwhile
    assert sorted(p.name for p in article.parent.glob("*.md")) == articles_before
    assert len(list((project / "site" / "articles").iterdir())) == len(articles_before) + 1  # + the index


def test_a_project_that_never_built_is_served_with_its_error(project, live_server):
    (project / "sitegen.yaml").write_text("title: [oops\n", encoding="utf-8")
    server = live_server(project)
    assert server.last_error and server.last_error[0].startswith("sitegen.yaml:")
    status, _, body = get(server, b"/")
    assert status == 503 and b"sitegen.yaml:" in body
    before = server.builds
    shutil.copy(Path(__file__).resolve().parent.parent / "sitegen.yaml", project / "sitegen.yaml")
    wait_rebuilt(server, before)
    status, _, body = get(server, b"/")
    assert status == 200 and b"<title>Ukraine Briefing</title>" in body


def test_a_request_during_a_folder_swap_still_gets_the_page(project):
    """The swap window itself, made wide: the site folder is missing for a moment."""
    from sitegen.serve_http import open_in_site

    site = project / "site"
    assert main(["build", "-C", str(project)]) == 0
    aside = project / ".site.old"
    os.rename(site, aside)
    threading.Timer(0.05, lambda: os.rename(aside, site)).start()
    found = open_in_site(site, ["index.html"], directory_request=False)
    assert found.kind == "file"
    with found.file as handle:
        assert b"<title>Ukraine Briefing</title>" in handle.read()


def test_an_edit_saved_while_a_rebuild_runs_is_shown_at_once_and_the_rebuilds_catch_up(project, live_server,
                                                                                       monkeypatch):
    from sitegen import build as build_module

    server = live_server(project)
    assert server.warmed.wait(60)
    release = threading.Event()
    real_build = build_module.Builder._build

    def held_build(self, *args, **kwargs):  # a rebuild as slow as at 10,000 articles, held until released
        release.wait(60)
        return real_build(self, *args, **kwargs)

    monkeypatch.setattr(build_module.Builder, "_build", held_build)
    article = first_article(project)
    page = f"/articles/{article.stem}/".encode()
    paragraph = body_paragraph(article)
    before = server.builds

    def shows(text: str) -> bool:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if text.encode() in get(server, page)[2]:
                return True
            time.sleep(0.05)
        return False

    edit(article, paragraph, "First save. " + paragraph)
    assert shows("First save.")  # while the rebuild it started is held
    edit(article, "First save. ", "Second save. ")
    assert shows("Second save.")  # while a rebuild is still running
    release.set()
    assert server.wait_for_rebuild(before + 1, timeout=60)  # the change saved during a rebuild gets one more
    status, _, body = get(server, page)
    assert status == 200 and b"Second save." in body and b"First save." not in body
    assert server.overlay == {}  # the site on disk says it now, not a page held in memory
    assert b"Second save." in (project / "site" / "articles" / article.stem / "index.html").read_bytes()
