"""recombine (the last briefing patched where a few articles changed) gives exactly the Briefing a fresh
combine() gives, after any edit it does not decline; and it does not decline the common ones."""
from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path

import pytest

import sitegen.analysis as analysis
from sitegen.analysis import Combiner, analyse_article, analyse_articles, combine
from sitegen.analysis.recombine import combine_in_full, made_from, recombine
from sitegen.config import load_config
from sitegen.content import load_site
from sitegen.errors import Report
from sitegen.model import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import generate  # noqa: E402

# Sentences unlike the corpus's own: one plain, one quoting someone nobody names elsewhere, one on a topic.
PLAIN = "A late update from the correspondents covering the story adds more detail to this report."
QUOTED = '"We will keep the depots open through the winter," said Marguerite Okonkwo-Lindqvist, a harbour official.'
ON_TOPIC = "Negotiators said the ceasefire talks and the sanctions relief would be discussed again in the spring."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = generate(tmp_path_factory.mktemp("recombine") / "corpus", 90)
    site = load_site(load_config(root), Report())
    return site, analyse_articles(site.articles, site.topics, site.people)


def _with_paragraph(article, text: str, at: int | None = None):
    paragraphs = list(article.paragraphs)
    paragraphs.insert(len(paragraphs) if at is None else at, Paragraph(0, text))
    paragraphs = tuple(dataclasses.replace(p, index=n) for n, p in enumerate(paragraphs, 1))
    return dataclasses.replace(article, body=article.body + "\n\n" + text, paragraphs=paragraphs)


def edit(site, rng: random.Random, kind: str):
    """(site after one edit of `kind`, slugs of the articles it analyses again)."""
    articles = list(site.articles)
    k = rng.randrange(len(articles))
    a = articles[k]
    if kind == "delete":
        del articles[k]
        return dataclasses.replace(site, articles=tuple(articles)), []
    if kind == "new":
        new = dataclasses.replace(rng.choice(articles), slug=f"zz-new-{rng.randrange(10 ** 6)}")
        return dataclasses.replace(site, articles=tuple(articles + [new])), [new.slug]
    if kind == "sentence":
        a = _with_paragraph(a, PLAIN)
    elif kind == "on-topic":
        a = _with_paragraph(a, ON_TOPIC, at=0)
    elif kind == "quote":
        a = _with_paragraph(a, QUOTED, at=1)
    elif kind == "date":
        a = dataclasses.replace(a, date=f"20{rng.randrange(23, 27)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}")
    elif kind == "topics":
        slugs = [t.slug for t in site.topics]
        a = dataclasses.replace(a, topics=tuple(rng.sample(slugs, rng.randrange(len(slugs)))), topics_fixed=True)
    elif kind == "people":
        a = dataclasses.replace(a, paragraphs=tuple(p for p in a.paragraphs if not any(
            person.name.split()[-1] in p.text for person in site.people)) or a.paragraphs[:1])
    articles[k] = a
    return dataclasses.replace(site, articles=tuple(articles)), [a.slug]


KINDS = ["sentence", "on-topic", "quote", "date", "topics", "people", "delete", "new"]


@pytest.mark.parametrize("seed", range(4))
def test_recombine_after_edits_gives_what_a_fresh_combine_gives(corpus, monkeypatch, seed):
    # Few articles per topic in the newest window, so edits fall both inside and outside it.
    monkeypatch.setattr(analysis, "KEY_POINT_ARTICLES", 25)
    site, analyses = corpus
    rng = random.Random(seed)
    version = {a.slug: "1" for a in site.articles}
    history = {(slug, "1"): an for slug, an in analyses.items()}
    last = combine_in_full(Combiner(remember=False), site, analyses, made_from(site, version))
    patched = 0
    for step, kind in enumerate(KINDS * 2):
        site, again = edit(site, rng, kind)
        analyses = {a.slug: analyses.get(a.slug) for a in site.articles}
        for slug in again:
            article = next(a for a in site.articles if a.slug == slug)
            analyses[slug] = analyse_article(article, site.topics, site.people)
            version[slug] = f"{step + 2}"
            history[(slug, version[slug])] = analyses[slug]
        now = made_from(site, version)
        full = combine_in_full(Combiner(remember=False), site, analyses, now)
        result = recombine(last, site, now, analyses, lambda slug, sha: history.get((slug, sha)))
        if result is not None:
            assert result.briefing == full.briefing, f"after {kind} (edit {step})"
            # (and what the next recombine starts from)
            assert (result.topic_quotes, result.weights, result.unknown, result.in_articles) == \
                (full.topic_quotes, full.weights, full.unknown, full.in_articles), f"after {kind} (edit {step})"
            patched += 1
        last = result or full
    assert patched  # (a sentence more, at least, is patched)


def test_a_sentence_more_is_recombined_and_leaves_other_topics_as_they_were(corpus):
    site, analyses = corpus
    version = {a.slug: "1" for a in site.articles}
    last = combine_in_full(Combiner(remember=False), site, analyses, made_from(site, version))
    oldest = min(site.articles, key=lambda a: (a.date or "", a.slug))
    edited = _with_paragraph(oldest, PLAIN)
    site = dataclasses.replace(site, articles=tuple(edited if a.slug == oldest.slug else a for a in site.articles))
    new = {**analyses, oldest.slug: analyse_article(edited, site.topics, site.people)}
    result = recombine(last, site, made_from(site, {**version, oldest.slug: "2"}), new,
                       lambda slug, sha: analyses[slug] if sha == "1" else None)
    assert result is not None and result.briefing == combine(site, new)
    before = {tb.topic.slug: tb for tb in last.briefing.topics}
    for tb in result.briefing.topics:
        if oldest.slug not in tb.articles:
            assert tb is before[tb.topic.slug]


def test_recombine_declines_without_the_analysis_an_article_had(corpus):
    site, analyses = corpus
    version = {a.slug: "1" for a in site.articles}
    last = combine_in_full(Combiner(remember=False), site, analyses, made_from(site, version))
    first = site.articles[0]
    assert recombine(last, site, made_from(site, {**version, first.slug: "2"}), analyses,
                     lambda slug, sha: None) is None
