"""Key points: the sentences that carry a topic, merged across sources, ranked by corroboration.

Per article (cacheable): every sentence of an on-topic paragraph that can stand on its own is a
candidate, scored for how much it says (names, numbers, dates, topic terms; not a question, not
mostly quotation, not starting with "He" or "But" that need the sentence before).
Across articles: near-duplicates merge into one point that lists every article reporting it; the
points rank by how many articles corroborate them, then by how central their words are to the
topic, then by how informative the sentence is.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Mapping, Optional, Sequence

from sitegen.analysis.similar import clusters
from sitegen.analysis.text import content_words, quoted_spans, sentence_spans
from sitegen.analysis.topics import topic_matches
from sitegen.model import Article, KeyPoint, KeySentence, SourceRef, Topic

MIN_WORDS, MAX_WORDS = 8, 55
KEY_POINTS_PER_TOPIC = 8
MERGE_THRESHOLD = 0.5

# Sentences that lean on the one before cannot stand alone as a point.
_DEPENDENT_START = re.compile(r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|or|so|also|"
                              r"however|still|yet|instead|then|there|here|such|both|the two|the latter|the former|"
                              r"in addition|additionally|moreover|meanwhile|likewise|similarly)\b", re.IGNORECASE)
# Page furniture that survives ingest now and then.
_FURNITURE = re.compile(r"cookie|subscribe|newsletter|click here|sign up|affiliate|privacy|https?://|www\.|@\w|"
                        r"follow us|download the app|all rights reserved|\bapp\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
_DATE_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")


def candidate_sentences(article: Article, topics: Sequence[Topic],
                        topic_paragraphs: Mapping[str, Sequence[int]]) -> tuple[KeySentence, ...]:
    on_topics: dict[int, list[str]] = {}
    for slug, indices in topic_paragraphs.items():
        for index in indices:
            on_topics.setdefault(index, []).append(slug)
    by_slug = {t.slug: t for t in topics}
    out: list[KeySentence] = []
    for position, paragraph in enumerate(article.paragraphs):
        slugs = on_topics.get(paragraph.index)
        if not slugs:
            continue
        text = paragraph.text
        quotes = quoted_spans(text)
        for a, b in sentence_spans(text, quotes):
            sentence = text[a:b].strip()
            score = _informativeness(sentence, a, b, quotes)
            if score is None:
                continue
            on = tuple(s for s in slugs if topic_matches(sentence, by_slug[s]))
            score += 1.5 * bool(on) + 1.0 / (1 + position / 4)
            out.append(KeySentence(text=sentence, paragraph=paragraph.index, topics=tuple(slugs),
                                   words=tuple(sorted(set(content_words(sentence)))), score=round(score, 3)))
    return tuple(out)


def _informativeness(sentence: str, a: int, b: int, quotes) -> Optional[float]:
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return None
    if sentence.endswith("?") or not sentence[:1].isupper() and not sentence[:1].isdigit():
        return None
    if _DEPENDENT_START.match(sentence) or _FURNITURE.search(sentence) or not re.search(r"[^.][.!]['\"”’]?$", sentence) \
            or sentence.rstrip("'\"”’").endswith(("...", "…")):
        return None
    quoted = sum(max(0, min(b, s.end) - max(a, s.start)) for s in quotes)
    if quoted > 0.4 * (b - a):
        return None
    names = len(set(_NAME.findall(sentence)))
    return (min(len(set(content_words(sentence))), 20) / 10 + 1.0 * bool(_NUMBER.search(sentence))
            + 0.8 * bool(_DATE_WORDS.search(sentence)) + 0.3 * min(names, 4))


def key_points(topic: Topic, candidates: Sequence[tuple[str, KeySentence]], order: Mapping[str, int],
               limit: int = KEY_POINTS_PER_TOPIC) -> tuple[KeyPoint, ...]:
    """`candidates`: (article slug, sentence) of the topic's articles; `order`: article slug → rank (newest first)."""
    items = [ks for _, ks in candidates]
    if not items:
        return ()
    groups = clusters([ks.words for ks in items], MERGE_THRESHOLD, groups=[slug for slug, _ in candidates])
    df = Counter(w for ks in items for w in ks.words)
    n = len(items)

    def centrality(ks: KeySentence) -> float:
        if not ks.words:
            return 0.0
        return sum(math.log1p(df[w]) for w in ks.words if df[w] > 1) / (len(ks.words) * math.log1p(n))

    ranked = []
    for members in groups:
        best = max(members, key=lambda i: (items[i].score, -order.get(candidates[i][0], 0)))
        per_article: dict[str, int] = {}
        for i in sorted(members, key=lambda i: -items[i].score):
            per_article.setdefault(candidates[i][0], i)
        sources = [SourceRef(candidates[best][0], items[best].paragraph)]
        sources += [SourceRef(slug, items[i].paragraph) for slug, i in
                    sorted(per_article.items(), key=lambda kv: order.get(kv[0], 0)) if slug != candidates[best][0]]
        strength = (len(per_article), round(centrality(items[best]) * 2 + items[best].score / 4, 6))
        ranked.append((strength, -order.get(candidates[best][0], 0), items[best].text, KeyPoint(items[best].text, tuple(sources))))
    ranked.sort(key=lambda r: (-r[0][0], -r[0][1], r[1], r[2]))
    return tuple(r[3] for r in ranked[:limit])


def bottom_line(points: Sequence[KeyPoint], article_count: int, latest: Optional[str]) -> str:
    """Two or three sentences: the best corroborated points, then how much coverage stands behind them."""
    if not points:
        return ""
    chosen = [points[0].text]
    if len(points) > 1 and len(points[0].text.split()) + len(points[1].text.split()) <= 70:
        chosen.append(points[1].text)
    corroborated = sum(1 for p in points if len({s.article for s in p.sources}) > 1)
    coverage = f"{article_count} article{'s' if article_count != 1 else ''} cover this topic"
    if latest:
        coverage += f", the latest from {_human(latest)}"
    if corroborated:
        coverage += f"; {corroborated} of its key points are reported by more than one source"
    return " ".join(chosen + [coverage + "."])


def _human(iso: str) -> str:
    from sitegen.render import date_human  # the one date format the site uses
    return date_human(iso)
