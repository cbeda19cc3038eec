"""The cache's files: a dict written in parts reads back whole, and a damaged part is never trusted."""
from __future__ import annotations

from sitegen import cache


def test_a_dict_written_in_parts_reads_back_whole(tmp_path):
    store = cache.Store(tmp_path)
    parts = [{("a", 1): "één"}, {}, {("b", 2): ["twee", 2.0]}, {("c", 3): None}]
    store.write_parts("pack.bin", "k", iter(parts))
    assert store.read("pack.bin", "k") == {("a", 1): "één", ("b", 2): ["twee", 2.0], ("c", 3): None}
    store.write_parts("empty.bin", "k", iter(()))
    assert store.read("empty.bin", "k") == {}


def test_a_pack_with_a_part_cut_out_is_rebuilt(tmp_path):
    store = cache.Store(tmp_path)
    store.write_parts("pack.bin", "k", iter([{n: "x" * n} for n in range(1, 4)]))
    data = (tmp_path / cache.CACHE_DIR / "pack.bin").read_bytes()
    first, rest = data.split(b"+", 1)
    (tmp_path / cache.CACHE_DIR / "pack.bin").write_bytes(first + b"\n" + rest.split(b"\n", 1)[1])
    assert store.read("pack.bin", "k") is None
    assert store.discarded


def test_a_parsed_article_read_back_from_the_pack_is_the_article_parsed(tmp_path):
    # An Entry is packed with its page's HTML and its Markdown and paragraphs as bytes, unpacked when read:
    # what a build gets back must be what was parsed, and what a one-off build keeps (summary, the HTML,
    # the paragraphs) must agree with it.
    from sitegen import workers
    from sitegen.config import load_config
    from sitegen.errors import Report

    root = tmp_path / "p"
    (root / "content" / "articles").mkdir(parents=True)
    path = root / "content" / "articles" / "harbour.md"
    path.write_text("---\ntitle: Harbour dues\ndate: 2024-03-05\ndescription: null\n---\n"
                    "The port authority raised its dues — again.\n\n## Ferries\n\nFerries pay half, said the clerk.\n")
    config = load_config(root, {})
    rel, sha, entry, problems = workers._parse_one("content/articles/harbour.md", path, config, set())
    assert entry is not None and not problems
    store = cache.Store(root)
    store.write("pack.bin", "k", {(rel, sha): entry})
    back = store.read("pack.bin", "k")[(rel, sha)]
    assert back.summary == entry.summary and back.summary.body == "" and len(back.summary.paragraphs) == 1
    assert back.source == entry.source and back.sha256 == entry.sha256
    assert workers.paragraphs_of(back.rest_bytes) == entry.article.paragraphs
    assert back.html_bytes.decode() == entry.rendered.html
    assert back.article == entry.article and back.rendered == entry.rendered
    assert "Ferries pay half" in back.rendered.html and back.rendered.headings == ("Ferries",)


def test_a_byte_changed_inside_the_payload_is_caught_by_the_checksum(tmp_path):
    # The payload still unpickles (a byte of a string changed): only the trailer's CRC-32 tells.
    store = cache.Store(tmp_path)
    store.write("one.bin", "k", {"text": "a" * 1000})
    path = tmp_path / cache.CACHE_DIR / "one.bin"
    data = path.read_bytes()
    at = data.index(b"a" * 1000) + 500
    path.write_bytes(data[:at] + b"b" + data[at + 1:])
    assert store.read("one.bin", "k") is None
    assert store.discarded == [f"{cache.CACHE_DIR}/one.bin: checksum mismatch, rebuilt"]


def test_the_trailer_holds_the_length_and_crc32_of_the_payload(tmp_path):
    import json
    import zlib

    store = cache.Store(tmp_path)
    store.write("one.bin", "k", {1: "x", 2: "y"})
    data = (tmp_path / cache.CACHE_DIR / "one.bin").read_bytes()
    head, body = data[len(cache.MAGIC):].split(b"\n", 1)
    assert json.loads(head) == {"format": cache.FORMAT, "key": "k"}
    payload, trailer, _ = body.rsplit(b"\n", 2)
    assert json.loads(trailer) == {"length": len(payload), "crc32": zlib.crc32(payload)}


def test_a_file_of_the_sha256_format_is_not_read(tmp_path):
    # Format 3 (a SHA-256 trailer) is another format: rebuilt, never half-understood.
    store = cache.Store(tmp_path)
    store.write("one.bin", "k", [1, 2])
    path = tmp_path / cache.CACHE_DIR / "one.bin"
    data = path.read_bytes().replace(b'"format": %d' % cache.FORMAT, b'"format": 3')
    path.write_bytes(data)
    assert store.read("one.bin", "k") is None
    assert store.discarded == [f"{cache.CACHE_DIR}/one.bin: written by another cache format (3), rebuilt"]


def test_a_value_written_plain_reads_back_the_same(tmp_path):
    # (a build's state and its pages' records: pickled without _Pickler's hook, read by the same reader)
    store = cache.Store(tmp_path)
    value = {"articles/été/index.html": (12, 34, "ab"), "warnings": ["naïve", "plain"]}
    store.write("state.bin", "k", value, plain=True)
    assert store.read("state.bin", "k") == value
    import pickle

    payload = (tmp_path / cache.CACHE_DIR / "state.bin").read_bytes().split(b"\n", 2)[2].rsplit(b"\n", 2)[0]
    assert pickle.loads(payload) == value  # a plain pickle: no persistent ids of _Pickler's


def test_a_dict_written_as_a_patch_reads_back_as_the_dict_written(tmp_path, monkeypatch):
    # (the pages' records: written whole, then as the entries changed and the keys removed since)
    monkeypatch.setattr(cache, "PATCH_ENTRIES", 2)
    store = cache.Store(tmp_path)
    first = {f"p{n}": (n, "x") for n in range(40)}
    on_disk = store.write_dict("pages.bin", "k", first, None)
    assert store.read_dict("pages.bin", "k", on_disk.generation)[0] == first
    second = dict(first, p3=(3, "changed"), new=(0, "new"))
    del second["p7"]
    patched = store.write_dict("pages.bin", "k", second, on_disk)
    assert (patched.token, patched.base) == (on_disk.token, on_disk.base) and patched.patch  # the whole file as it was
    assert (tmp_path / cache.CACHE_DIR / "pages-new.bin").exists()
    read, read_on_disk = store.read_dict("pages.bin", "k", patched.generation)
    assert read == second and read_on_disk.base == first
    third = dict(second, p3=(3, "x"))  # back to what the whole file holds; an entry equal but not the same object
    third["p5"] = tuple(third["p5"])
    on_disk = store.write_dict("pages.bin", "k", third, read_on_disk)
    assert store.read_dict("pages.bin", "k", on_disk.generation)[0] == third
    many = {key: (0, "all changed") for key in third}  # more than the patch takes: written whole
    on_disk = store.write_dict("pages.bin", "k", many, on_disk)
    assert not (tmp_path / cache.CACHE_DIR / "pages-new.bin").exists() and on_disk.base == many
    assert store.read_dict("pages.bin", "k", on_disk.generation)[0] == many


def test_a_patch_not_made_against_the_whole_file_there_is_not_used(tmp_path):
    store = cache.Store(tmp_path)
    first = {"a": 1, "b": 2}
    on_disk = store.write_dict("pages.bin", "k", first, None)
    store.write_dict("pages.bin", "k", {"a": 1, "b": 3}, on_disk)
    patch = (tmp_path / cache.CACHE_DIR / "pages-new.bin").read_bytes()
    other = store.write_dict("pages.bin", "k", {"a": 5}, None)  # written whole by another Builder
    (tmp_path / cache.CACHE_DIR / "pages-new.bin").write_bytes(patch)  # the first one's patch, left behind
    assert store.read_dict("pages.bin", "k", other.generation) == ({"a": 5}, other)


def _written_whole_then_patched(store):
    on_disk = store.write_dict("pages.bin", "k", {"a": 1, "b": 2}, None)
    return on_disk, store.write_dict("pages.bin", "k", {"a": 1, "b": 3}, on_disk)


def test_a_dict_is_read_only_as_the_generation_asked_for(tmp_path):
    # (the build state names the generation its records were written with: anything else on disk is not used)
    store = cache.Store(tmp_path)
    whole, patched = _written_whole_then_patched(store)
    assert store.read_dict("pages.bin", "k", patched.generation)[0] == {"a": 1, "b": 3}
    assert store.read_dict("pages.bin", "k", whole.generation)[0] == {"a": 1, "b": 2}  # (the whole file alone)
    assert store.read_dict("pages.bin", "k", (whole.token, "another patch")) == (None, None)
    assert store.read_dict("pages.bin", "k", ("another whole file", patched.patch)) == (None, None)
    assert store.read_dict("pages.bin", "k", None) == (None, None)  # (a state that names none)
    assert store.discarded


def test_a_lost_or_damaged_patch_gives_no_dict_rather_than_the_older_whole_one(tmp_path):
    patch = tmp_path / cache.CACHE_DIR / "pages-new.bin"
    def flipped(data: bytes) -> bytes:  # (a byte of the pickle, after the magic and the header line)
        n = data.index(b"\n", len(cache.MAGIC)) + 6
        return data[:n] + bytes([data[n] ^ 0xFF]) + data[n + 1:]

    for damage in (lambda data: None, lambda data: data[:40], flipped):
        store = cache.Store(tmp_path)
        _, patched = _written_whole_then_patched(store)
        data = damage(patch.read_bytes())
        patch.unlink() if data is None else patch.write_bytes(data)
        assert store.read_dict("pages.bin", "k", patched.generation) == (None, None)


def test_a_patch_is_not_written_against_a_whole_file_another_process_replaced(tmp_path):
    store = cache.Store(tmp_path)
    mine = store.write_dict("pages.bin", "k", {"a": 1, "b": 2}, None)
    theirs = cache.Store(tmp_path).write_dict("pages.bin", "k", {"a": 1, "b": 9}, None)  # (a new token)
    now = store.write_dict("pages.bin", "k", {"a": 1, "b": 3}, mine)
    assert now.patch is None and now.token not in (mine.token, theirs.token)  # written whole
    assert store.read_dict("pages.bin", "k", now.generation)[0] == {"a": 1, "b": 3}


def test_a_build_state_written_before_it_named_its_records_generation_reads_as_naming_none(tmp_path):
    # (then its pages' records are not used: every page is judged, as a build without records does)
    store = cache.Store(tmp_path)
    old = cache.BuildState(key="k", inputs={"a.md": (1, 2, 3, "sha")})
    del old.__dict__["records"]  # (as pickled by the sitegen before this field)
    store.write("state.bin", "k", old, plain=True)
    state = store.read("state.bin", "k")
    assert state.inputs == old.inputs and state.records is None
    store.write_dict("pages.bin", "k", {"a": 1}, None)
    assert store.read_dict("pages.bin", "k", state.records) == (None, None)
