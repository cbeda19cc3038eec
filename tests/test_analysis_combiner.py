"""A Combiner (combine with a memory, as the live preview holds one) gives after any edit exactly
the Briefing a fresh combine() gives; and it does reuse what an edit did not touch."""
from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path

import pytest

import sitegen.analysis as analysis
from sitegen.analysis import Combiner, analyse_article, analyse_articles, combine
from sitegen.config import load_config
from sitegen.content import load_site
from sitegen.errors import Report
from sitegen.model import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import generate  # noqa: E402

SENTENCES = ("A late update from the correspondents covering the story adds more detail here.",
             "Officials said on Friday that the ceasefire talks would resume in Istanbul next week.",
             "Sanctions on Russian oil exports were tightened again on March 3, the ministry said.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = generate(tmp_path_factory.mktemp("combiner") / "corpus", 80)
    site = load_site(load_config(root), Report())
    return site, analyse_articles(site.articles, site.topics, site.people)


def edit(site, analyses, rng: random.Random, step: int):
    """One random edit, as an editor makes them: a sentence more, a new date, an article gone or back."""
    articles = list(site.articles)
    k = rng.randrange(len(articles))
    a = articles[k]
    kind = rng.choice(["sentence", "sentence", "date", "delete", "retopic"])
    if kind == "delete" and len(articles) > 2:
        del articles[k]
        analyses = {slug: an for slug, an in analyses.items() if slug != a.slug}
        return dataclasses.replace(site, articles=tuple(articles)), analyses
    if kind == "sentence":
        text = SENTENCES[step % len(SENTENCES)]
        a = dataclasses.replace(a, body=a.body + "\n\n" + text,
                                paragraphs=a.paragraphs + (Paragraph(len(a.paragraphs) + 1, text),))
    elif kind == "date":
        a = dataclasses.replace(a, date=f"20{rng.randrange(23, 27)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}")
    else:
        slugs = [t.slug for t in site.topics]
        a = dataclasses.replace(a, topics=tuple(rng.sample(slugs, rng.randrange(len(slugs)))), topics_fixed=True)
    articles[k] = a
    return (dataclasses.replace(site, articles=tuple(articles)),
            {**analyses, a.slug: analyse_article(a, site.topics, site.people)})


@pytest.mark.parametrize("seed", range(4))
def test_a_combiner_after_edits_gives_what_a_fresh_combine_gives(corpus, monkeypatch, seed):
    # Few articles per topic in the newest window, so edits fall both inside and outside it.
    monkeypatch.setattr(analysis, "KEY_POINT_ARTICLES", 25)
    site, analyses = corpus
    rng = random.Random(seed)
    combiner = Combiner()
    assert combiner.combine(site, analyses) == combine(site, analyses)
    for step in range(8):
        site, analyses = edit(site, analyses, rng, step)
        assert combiner.combine(site, analyses) == combine(site, analyses), f"after edit {step}"


def test_an_edit_outside_a_topics_newest_articles_reuses_its_key_points_and_timeline(corpus, monkeypatch):
    monkeypatch.setattr(analysis, "KEY_POINT_ARTICLES", 10)
    site, analyses = corpus
    combiner = Combiner()
    before = {t.topic.slug: t for t in combiner.combine(site, analyses).topics}
    oldest = min(site.articles, key=lambda a: (a.date or "", a.slug))
    text = SENTENCES[0]
    edited = dataclasses.replace(oldest, body=oldest.body + "\n\n" + text,
                                 paragraphs=oldest.paragraphs + (Paragraph(len(oldest.paragraphs) + 1, text),))
    site = dataclasses.replace(site, articles=tuple(edited if a.slug == oldest.slug else a for a in site.articles))
    analyses = {**analyses, oldest.slug: analyse_article(edited, site.topics, site.people)}
    after = combiner.combine(site, analyses)
    assert after == combine(site, analyses)
    for t in after.topics:
        if len(t.articles) > 10:  # the oldest article is not among this topic's newest ten
            assert t.key_points is before[t.topic.slug].key_points
            assert t.timeline is before[t.topic.slug].timeline
