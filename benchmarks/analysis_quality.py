"""Quote attribution and topic assignment on the labelled articles, beside trivial baselines.

    python benchmarks/analysis_quality.py [--verbose] [--only NAME ...]

The labelled articles are tests/fixtures/analysis/*.yaml (see the README there). Both systems
see the same quotations (sitegen's quote finder), so the speaker columns compare attribution only:
  sitegen   analyse_article(): names, roles, he/she antecedents, continuations; null when unsure
  baseline  the nearest capitalized name before the quote in its paragraph (else the one after it)
Topics: sitegen's rule (enough on-topic paragraphs, the headline counting as one, exclusions)
beside "any paragraph mentions any term".

  speaker precision   right speakers / quotes given a speaker
  speaker recall      right speakers / quotes that have a speaker
  accuracy            right speaker or rightly null / all labelled quotes
  wrong where null    quotes given a speaker when the label says none can be told
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from analysis_fixtures import load_all, score  # noqa: E402

from sitegen.analysis import analyse_article  # noqa: E402
from sitegen.analysis.lexicon import CAPITALIZED_STOPWORDS, TITLE_WORDS  # noqa: E402
from sitegen.analysis.topics import topic_matches  # noqa: E402
from sitegen.slug import slugify  # noqa: E402

_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def _nearest_name(text: str, start: int, end: int):
    before = [m for m in _NAME.finditer(text, 0, start) if m.group(0).split()[0].lower() not in CAPITALIZED_STOPWORDS]
    if before:
        return before[-1].group(0)
    after = [m for m in _NAME.finditer(text, end) if m.group(0).split()[0].lower() not in CAPITALIZED_STOPWORDS]
    return after[0].group(0) if after else None


def baseline(case):
    """Same quotes as sitegen; the speaker is the nearest capitalized name; topics by any term anywhere."""
    result = analyse_article(case.article, case.topics, case.people)
    texts = {p.index: p.text for p in case.article.paragraphs}
    quotes = []
    for q in result.quotes:
        text = texts[q.source.paragraph]
        at = text.find(q.text[:20])
        name = _nearest_name(text, max(at, 0), max(at, 0) + len(q.text)) if at >= 0 else None
        slug = _baseline_slug(name, case)
        quotes.append(replace(q, speaker=slug))
    topics = tuple(t.slug for t in case.topics if any(topic_matches(p.text, t) for p in case.article.paragraphs))
    return replace(result, quotes=tuple(quotes), topics=topics)


def _baseline_slug(name, case):
    """A surname resolves to the gazetteer person with that surname, as a fair baseline would."""
    if not name:
        return None
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:  # "Councillor Amara Okafor" → "Amara Okafor"
        words = words[1:]
    name = " ".join(words)
    for person in case.people:
        if name == person.name or name in person.aliases or name == person.name.split()[-1]:
            return person.slug
    return slugify(name)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list every quote that is wrong or missed")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="score only these fixtures (file stems), e.g. a new blind batch")
    args = parser.parse_args(argv)
    cases = [c for c in load_all() if not args.only or c.name in args.only]
    ours = score(cases, lambda c: analyse_article(c.article, c.topics, c.people))
    base = score(cases, baseline)
    n_null = sum(1 for q in ours.quotes if q.expected_speaker is None)
    print(f"{len(cases)} labelled articles, {len(ours.quotes)} quotes ({n_null} with no speaker that can be told)\n")
    rows = [
        ("quotes found", ours.quote_recall(), base.quote_recall()),
        ("speaker precision", ours.speaker_precision(), base.speaker_precision()),
        ("speaker recall", ours.speaker_recall(), base.speaker_recall()),
        ("speaker accuracy (null counts)", ours.speaker_accuracy(), base.speaker_accuracy()),
        ("wrong speaker where null", ours.wrong_where_null(), base.wrong_where_null()),
        ("topic precision", ours.topic_f1()[0], base.topic_f1()[0]),
        ("topic recall", ours.topic_f1()[1], base.topic_f1()[1]),
        ("topic F1", ours.topic_f1()[2], base.topic_f1()[2]),
        ("dated events found", f"{ours.events_found}/{ours.events_expected}", "—"),
        ("scare quotes listed as speech", len(ours.scare_quotes_listed), "—"),
    ]
    print(f"{'':32} {'sitegen':>8} {'baseline':>9}")
    for label, a, b in rows:
        fa = f"{a:.3f}" if isinstance(a, float) else str(a)
        fb = f"{b:.3f}" if isinstance(b, float) else str(b)
        print(f"{label:32} {fa:>8} {fb:>9}")
    if args.verbose:
        print()
        for q in ours.quotes:
            if not q.found or q.speaker != q.expected_speaker:
                got = "not found" if not q.found else (q.speaker or "null")
                print(f"{q.fixture}: {q.expected_text!r}: expected {q.expected_speaker or 'null'}, got {got}")
        for item in ours.missed_events + ours.scare_quotes_listed:
            print(item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
