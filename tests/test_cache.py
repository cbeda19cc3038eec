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
