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
