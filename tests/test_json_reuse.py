"""briefing.json copied from the last file where the articles are the same (json_reuse) is the document json
writes, line for line: after edits of every kind, and for a briefing whose lists are in no article order."""
from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

import pytest

from sitegen.analysis import analyse
from sitegen.briefing_json import _article, _person, _ref, _topic, briefing_json
from sitegen.config import load_config
from sitegen.content import load_site
from sitegen.errors import Report
from sitegen.json_reuse import Reuse
from sitegen.model import Paragraph, SourceRef

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import generate  # noqa: E402

QUOTED = '"The ferries will run again on Monday," said Oskar Lindqvist-Amari, a port official.'


def reference(briefing, title: str, base_url: str) -> str:
    """briefing.json as its README describes it, each item a line of json.dumps."""
    def line(value) -> str:
        return json.dumps(value, ensure_ascii=False, default=lambda ref: _ref(ref))

    topics_of = dict(briefing.article_topics)
    mentions = dict(briefing.mentions)
    quoted = {}
    for q in briefing.quotes:
        if q.speaker:
            quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
    lists = {
        "topics": [_topic(tb) for tb in briefing.topics],
        "articles": [_article(a, tuple(topics_of.get(a.slug, a.topics)),
                              tuple(q for q in briefing.quotes if q.source.article == a.slug))
                     for a in briefing.site.articles],
        "people": [_person(p, p.slug not in briefing.unknown_people, quoted.get(p.slug, 0),
                           tuple(mentions.get(p.slug, ()))) for p in briefing.people],
    }
    text = "{\n " + f'"version": 1,\n "site": {line({"title": title, "base_url": base_url})}'
    for name, items in lists.items():
        text += f',\n "{name}": [' + (",".join("\n  " + line(item) for item in items) + "\n ]" if items else "]")
    return text + "\n}\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = generate(tmp_path_factory.mktemp("reuse") / "corpus", 40)
    return load_site(load_config(root), Report())


def _edited(site, rng: random.Random, kind: str):
    articles = list(site.articles)
    k = rng.randrange(len(articles))
    a = articles[k]
    if kind == "delete":
        del articles[k]
    elif kind == "new":
        articles.append(dataclasses.replace(rng.choice(articles), slug=f"zz-new-{rng.randrange(10 ** 6)}"))
    elif kind == "quote":
        articles[k] = _quoting(a)
    elif kind == "date":
        articles[k] = dataclasses.replace(a, date="2019-03-04")
    elif kind == "title":
        articles[k] = dataclasses.replace(a, title="A headline nobody else wrote")
    elif kind == "topics":
        articles[k] = dataclasses.replace(a, topics=(site.topics[0].slug,))
    elif kind == "people":  # the paragraphs naming anyone go
        kept = tuple(p for p in a.paragraphs if not any(person.name.split()[-1] in p.text for person in site.people))
        kept = tuple(dataclasses.replace(p, index=n) for n, p in enumerate(kept or (Paragraph(1, "Nothing."),), 1))
        articles[k] = dataclasses.replace(a, body="\n\n".join(p.text for p in kept), paragraphs=kept)
    return dataclasses.replace(site, articles=tuple(articles))


def _quoting(a):
    """The article with a paragraph more, quoting someone."""
    paragraphs = (*a.paragraphs, Paragraph(len(a.paragraphs) + 1, QUOTED))
    return dataclasses.replace(a, body=a.body + "\n\n" + QUOTED, paragraphs=paragraphs)


def _written(site, path: Path) -> Reuse:
    """briefing.json of the site written to `path` from nothing; what it recorded of it."""
    reuse = Reuse()
    reuse.use(_keys(site))
    path.write_bytes(briefing_json(analyse(site), "T", "/", reuse).encode("utf-8"))
    return reuse


def _keys(site) -> dict:
    """What a build keys an article's parts by (its file's sha256 and topics), stood for by its values."""
    return {a.slug: (a.slug, repr(a)) for a in site.articles}


@pytest.mark.parametrize("kind", ["quote", "date", "title", "topics", "people", "delete", "new"])
def test_parts_copied_from_the_last_file_give_the_document_of_this_site(corpus, tmp_path, kind):
    site = corpus
    path = tmp_path / "briefing.json"
    reuse = _written(site, path)
    assert path.read_text() == reference(analyse(site), "T", "/")
    rng = random.Random(kind)
    for n in range(3):
        site = _edited(site, rng, kind)
        briefing = analyse(site)
        last, reuse = reuse, Reuse()
        reuse.use(_keys(site))
        reuse.start_from(last.written, path)
        text = briefing_json(briefing, "T", "/", reuse)
        reuse.close()
        assert text == reference(briefing, "T", "/"), (kind, n)
        assert reuse.copied >= len(site.articles) - 2
        path = tmp_path / f"briefing-{n}.json"
        path.write_bytes(text.encode("utf-8"))


def test_a_briefing_whose_mentions_are_in_no_article_order_is_written_as_json_writes_it(corpus, tmp_path):
    site = corpus
    briefing = analyse(site)
    reuse = Reuse()
    reuse.use(_keys(site))
    path = tmp_path / "briefing.json"
    path.write_text(briefing_json(briefing, "T", "/", reuse))
    shuffled = dataclasses.replace(briefing, mentions=tuple(
        (person, tuple(sorted(refs, key=lambda r: (r.paragraph, r.article)))) for person, refs in briefing.mentions))
    assert any(len({r.article for r in refs}) > 1 for _, refs in shuffled.mentions)
    again = Reuse()
    again.use(_keys(site))
    again.start_from(reuse.written, path)
    assert briefing_json(shuffled, "T", "/", again) == reference(shuffled, "T", "/")


def test_a_mention_that_is_not_a_paragraph_reference_is_written_as_json_writes_it(corpus):
    briefing = analyse(corpus)
    person, refs = briefing.mentions[0]
    odd = dataclasses.replace(briefing, mentions=((person, refs + ("a note",)), *briefing.mentions[1:]))
    assert isinstance(refs[0], SourceRef)
    text = briefing_json(odd, "T", "/")
    assert json.loads(text)["people"][0]["mentions"][-1] == "a note"


def test_a_persons_mentions_around_an_edited_article_are_copied_as_two_ranges(corpus, tmp_path, monkeypatch):
    # After a one-article edit, a person named in that article and in many others gets the runs before it
    # and after it copied as one range each (not run by run), and the places recorded for the next build
    # are those a write from nothing records.
    from sitegen import json_reuse

    site = corpus
    path = tmp_path / "briefing.json"
    reuse = _written(site, path)
    k = len(site.articles) // 2
    edited = site.articles[k]
    site = dataclasses.replace(site, articles=(*site.articles[:k], _quoting(edited), *site.articles[k + 1:]))
    briefing = analyse(site)
    copies: list = []
    copy = json_reuse.Spans.copy
    monkeypatch.setattr(json_reuse.Spans, "copy", lambda spans, *a: copies.append(a) or copy(spans, *a))
    last, reuse = reuse, Reuse()
    reuse.use(_keys(site))
    reuse.start_from(last.written, path)
    text = briefing_json(briefing, "T", "/", reuse)
    reuse.close()
    assert text == reference(briefing, "T", "/")
    mentions = dict(briefing.mentions)
    around = [p for p, refs in mentions.items() if edited.slug in {r.article for r in refs}
              and len({r.article for r in refs}) >= 5 and refs[0].article != edited.slug != refs[-1].article]
    assert around
    fresh = Reuse()
    fresh.use(_keys(site))
    briefing_json(briefing, "T", "/", fresh)
    assert fresh.written.runs == reuse.written.runs and fresh.written.bases == reuse.written.bases
    # Copied: at most a range before and one after the edited article's line, and its run in each person's line.
    assert len(copies) <= 2 * (1 + len(mentions))


@pytest.mark.parametrize("kind", ["quote", "date", "title", "topics", "people", "delete", "new", "none"])
def test_a_builders_briefing_json_written_file_to_file_is_the_document_of_this_site(corpus, tmp_path, kind):
    # A Builder's Reuse keeps what it made between builds (its memo: people's lines and runs, topics' lines, quotes
    # by article and by speaker) and writes file to file (Reuse.write): after edits of each kind, the document
    # json writes; when nothing changed, no file is written and the digest is the last one.
    from sitegen.briefing_json import briefing_json_chunks

    site, memo, path = corpus, {}, tmp_path / "briefing.json"
    reuse = Reuse(memo)
    reuse.use(_keys(site))
    reuse.sealed(reuse.write(path, briefing_json_chunks(analyse(site), "T", "/", reuse)))
    rng = random.Random(kind)
    for n in range(3):
        site = _edited(site, rng, kind) if kind != "none" else site
        briefing = analyse(site)
        last, reuse = reuse, Reuse(memo)
        reuse.use(_keys(site))
        reuse.start_from(last.written, path)
        new = tmp_path / f"briefing-{n}.json"
        digest = reuse.write(new, briefing_json_chunks(briefing, "T", "/", reuse))
        reuse.close()
        reuse.sealed(digest)
        if not new.exists():  # (nothing of it changed: the last file is this one's)
            assert digest == last.written.digest
            new = path
        assert kind != "none" or new == path
        assert new.read_text() == reference(briefing, "T", "/"), (kind, n)
        path = new


@pytest.mark.parametrize("answer", ["zero", "error", "short"])
def test_a_range_is_copied_whatever_the_kernels_copy_call_answers(tmp_path, monkeypatch, answer):
    # (Some filesystems answer copy_file_range with 0 rather than an error: the bytes are read and written instead,
    # not taken for a file changed under the build. A short copy goes on from where it stopped.)
    import os

    from sitegen import json_reuse
    data = bytes(range(256)) * 400
    (tmp_path / "last").write_bytes(data)
    real = os.copy_file_range

    def fake(src, dest, count, offset_src=None, *rest):
        if answer == "zero":
            return 0
        if answer == "error":
            raise OSError(18, "Invalid cross-device link")
        return real(src, dest, min(count, 7), offset_src)
    monkeypatch.setattr(os, "copy_file_range", fake)
    with open(tmp_path / "last", "rb") as src, open(tmp_path / "new", "wb") as dest:
        json_reuse._copy_range(src.fileno(), dest.fileno(), 100, 90_000)
    assert (tmp_path / "new").read_bytes() == data[100:90_000]
