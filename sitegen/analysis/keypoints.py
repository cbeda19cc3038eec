"""Key points: the sentences that carry a topic, merged across sources, ranked by corroboration.

Per article (cacheable): every sentence of an on-topic paragraph that can stand on its own is a
candidate, scored for how much it says (names, numbers, dates, topic terms; not a question, not
mostly quotation, not starting with "He", "But" or "The spokesperson said", that need the sentence before).
Across articles: near-duplicates merge into one point that lists every article reporting it; the
points rank by how many articles corroborate them, then by how central their words are to the
topic, then by how informative the sentence is.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from typing import Mapping, Optional, Sequence

from sitegen import regexes
from sitegen.analysis.lexicon import PERSON_NOUNS, alternation, at_word_start
from sitegen.analysis.similar import clusters
from sitegen.analysis.text import STOPWORDS, Sentence, paragraph_sentences, quoted_spans
from sitegen.analysis.topics import term_count
from sitegen.model import Article, KeyPoint, KeySentence, SourceRef, Topic

MIN_WORDS, MAX_WORDS = 8, 55
KEY_POINTS_PER_TOPIC = 8
MERGE_THRESHOLD = 0.5
CANDIDATES_PER_ARTICLE = 12
SPECIFICITY_WEIGHT = 0.5

# Sentences that lean on the one before cannot stand alone as a point.
_DEPENDENT_START = regexes.compile("^" + alternation(w.replace("_", " ") for w in """he she they it this that these those his
    her their its but and or so also however still yet instead then there here such both the_two the_latter the_former
    in_addition additionally moreover meanwhile likewise similarly at_the_same_time on_the_other_hand""".split()) + r"\b"
    # "Among them is China", "Of those, …", "Like him, …": a preposition and a pronoun pointing back.
    r"|^(?:among|of|like|for|to|with|besides|unlike|including|beyond)\s+(?:them|those|these|it|him|her|this|that|"
    r"which|whom)\b"
    # "On Wednesday he imposed …", "Last month, they agreed …": a short opening of time, then a pronoun subject.
    r"|^(?:on|in|at|by|last|earlier|later|this|next|since|after|before|during)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+"
    r"(?:he|she|they)\s", re.IGNORECASE)
# "The spokesperson said there was no reason …", "The two officials agreed …": a person named only by a role noun
# after "the" is someone the sentence before named.
_ROLE_SUBJECT = regexes.compile(r"^The\s+(?:[a-z][\w-]*\s+){0,2}%ss?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|"
                                r"added|adds|noted|warned|stressed|insisted|argued|declined|refused|agreed|did|does|will|would|"
                                r"has|have|had|is|are|was|were|could|can)\b"
                                % alternation(PERSON_NOUNS))
# "Russia, they said, remains focused on …", "… will resume on Monday, he said.": a sentence whose source is only a
# pronoun leans on the sentence before to say who that is.
_PRONOUN_SAID = regexes.compile(r",\s+(?:he|she|they|it|we)\s+(?:said|says|added|adds|noted|argued|warned|insisted|claimed|"
                                r"told\s+\w+)\b")
# "The document proposes …", "The potential meeting would be …": a bare common noun after "the", nothing naming which
# one (no "of …", no name), points back at the sentence before it: read alone, the reader asks "which document?".
_NOT_IN_NAME = (r"(?!(?:of|for|in|on|at|to|from|by|with|between|against|over|under|about|after|before|behind|near|that|"
                r"which|who|whose|and|or|but|as|than)\b)")
_NOUN = r"%s[a-z][\w-]*\s+" % _NOT_IN_NAME
# Its verb: an auxiliary, or a verb in -s or -ed ("The document proposes", "The talks ended") that no phrase follows as
# it follows a participle ("The ceasefire brokered by Turkey collapsed": named by what follows, as "The price cap on …",
# "The price of oil has …" are; points).
_BARE_DEFINITE = regexes.compile(r"The\s+(?:%s){1,3}(?:would|will|is|was|has|had|could|can|may|might|should|must|are|were|"
                                 r"also|did|does|came|[a-z]{2,}[^s\W]s|[a-z]{2,}ed"
                                 r"(?!\s+(?:by|in|at|on|from|during|under|over|after|before|since)\b))\b" % _NOUN)
# Page furniture that survives ingest now and then (substring tests: far faster than one big regex).
_FURNITURE_WORDS = ("cookie", "subscribe", "newsletter", "click here", "sign up", "affiliate", "privacy", "http://",
                    "https://", "www.", "follow us", "download the app", "all rights reserved", " app ", "@")


def _is_furniture(text: str) -> bool:
    lowered = text.lower()
    for word in _FURNITURE_WORDS:  # (a plain loop: called for every on-topic paragraph)
        if word in lowered:
            return True
    return False


_NUMBER = regexes.compile(r"\d")
_ENDS_WELL = regexes.compile(r"[^.][.!]['\"”’]?$")  # (searched for in the last three characters only)
_STANDALONE = regexes.compile(r"[A-Z0-9\"“‘]")  # a sentence that starts in lowercase is a fragment
_DATE_WORDS = regexes.compile(at_word_start("January February March April May June July August September October November December "
                                       r"Monday Tuesday Wednesday Thursday Friday Saturday Sunday 19\d\d 20\d\d".split()) + r"\b")
_NAME = regexes.compile(r"\s([A-Z][a-z]+)")  # (the space in the match, not a lookbehind: the engine skips to it)


def candidate_sentences(article: Article, topics: Sequence[Topic],
                        topic_paragraphs: Mapping[str, Sequence[int]]) -> tuple[KeySentence, ...]:
    on_topics: dict[int, list[str]] = {}
    for slug, indices in topic_paragraphs.items():
        for index in indices:
            on_topics.setdefault(index, []).append(slug)
    by_slug = {t.slug: t for t in topics}
    # First pass, cheap: which sentences can stand alone, and a rough score from their shape.
    rough: list[tuple[float, int, int, str, tuple, list[str], Sentence]] = []
    for position, paragraph in enumerate(article.paragraphs):
        slugs = on_topics.get(paragraph.index)
        if not slugs:
            continue
        text = paragraph.text
        quotes = quoted_spans(text)
        # Whole-paragraph checks first: most paragraphs have no furniture, many no digit or date.
        furniture, digits, dates = (_is_furniture(text), bool(_NUMBER.search(text)),
                                    bool(_DATE_WORDS.search(text)))
        for s in paragraph_sentences(text):  # sentence_spans, with their words
            a, b = s.start, s.end
            sentence = text[a:b].strip()
            n_words = sentence.count(" ") + 1
            if not MIN_WORDS <= n_words <= MAX_WORDS or sentence.endswith("?"):
                continue
            if not _STANDALONE.match(sentence) or _DEPENDENT_START.match(sentence) or not _ENDS_WELL.search(sentence, max(0, len(sentence) - 3)):
                continue
            if "," in sentence and _PRONOUN_SAID.search(sentence) or sentence[:4] == "The " and (
                    _ROLE_SUBJECT.match(sentence) or _BARE_DEFINITE.match(sentence)):
                continue
            if furniture and _is_furniture(sentence):
                continue
            if quotes and sum(max(0, min(b, q.end) - max(a, q.start)) for q in quotes) > 0.4 * (b - a):
                continue  # mostly quotation: that belongs under "who said what"
            score = (min(n_words, 30) / 15 + (1.0 if digits and _NUMBER.search(sentence) else 0.0)
                     + (0.8 if dates and _DATE_WORDS.search(sentence) else 0.0)
                     + 0.3 * min(len(set(_NAME.findall(sentence))), 4) + 1.0 / (1 + position / 4))
            rough.append((score, paragraph.index, position, sentence, tuple(slugs), slugs, s))
    # Second pass, for the best of them: their words and whether they speak of the topic themselves.
    # An article offers its best sentences, not all of them: enough for every fact it leads with.
    keep = {id(r) for r in sorted(rough, key=lambda r: -r[0])[:CANDIDATES_PER_ARTICLE * 2]}
    out: list[KeySentence] = []
    for r in rough:
        if id(r) not in keep:
            continue
        score, index, _, sentence, topics_of, slugs, s = r
        words = {st for w, st in zip(s.words, s.stems) if w not in STOPWORDS and len(w) > 1}
        stems = frozenset(s.stems)
        # How many terms of each of its paragraph's topics it names: is it on them itself, and which
        # is it most about.
        terms = tuple((slug, n) for slug in slugs if (n := term_count(sentence, by_slug[slug], stems)))
        on = bool(terms)
        out.append(KeySentence(text=sentence, paragraph=index, topics=topics_of, words=tuple(sorted(words)),
                               score=round(score + min(len(words), 20) / 20 + 1.5 * on, 3), terms=terms))
    best = {id(ks) for ks in sorted(out, key=lambda ks: -ks.score)[:CANDIDATES_PER_ARTICLE]}
    return tuple(ks for ks in out if id(ks) in best)


def specificity(ks: KeySentence, slug: str) -> int:
    """How much more the sentence names `slug`'s terms than those of the topic it names most besides
    (from -2 to 2): "At the NATO summit, leaders urged new sanctions and a ceasefire" names one term of
    NATO guarantees and three of peace talks, a point of the talks more than of the alliance."""
    own = others = 0
    for topic, n in ks.terms:
        if topic == slug:
            own = n
        else:
            others = max(others, n)
    return max(-2, min(2, own - others))


def key_points(topic: Topic, candidates: Sequence[tuple[str, KeySentence]], order: Mapping[str, int],
               limit: int = KEY_POINTS_PER_TOPIC) -> tuple[KeyPoint, ...]:
    """`candidates`: (article slug, sentence) of the topic's articles; `order`: article slug → rank (newest first)."""
    items = [ks for _, ks in candidates]
    if not items:
        return ()
    groups = clusters([ks.words for ks in items], MERGE_THRESHOLD, groups=[slug for slug, _ in candidates])
    df = Counter(chain.from_iterable(ks.words for ks in items))
    n = len(items)

    def centrality(ks: KeySentence) -> float:
        if not ks.words:
            return 0.0
        return sum(math.log1p(df[w]) for w in ks.words if df[w] > 1) / (len(ks.words) * math.log1p(n))

    def merit(ks: KeySentence) -> float:
        # How central its words are to what the topic's articles say, how informative it is on its own,
        # and whether it is about this topic more than another.
        return centrality(ks) * 2 + ks.score / 4 + SPECIFICITY_WEIGHT * specificity(ks, topic.slug)

    ranked = []
    singles = []
    for members in groups:
        if len(members) == 1:
            singles.append(members[0])
            continue
        best = max(members, key=lambda i: (items[i].score, -order.get(candidates[i][0], 0)))
        articles = {candidates[i][0] for i in members}
        ranked.append((-len(articles), -merit(items[best]),
                       order.get(candidates[best][0], 0), items[best].text, members))
    # Most sentences are reported once. Only `limit` of them can make the list: centrality adds at
    # most 2 to a score and specificity at most 2 × its weight, so look at them best score and
    # specificity first and stop when even the most that can add cannot help.
    if len(ranked) < limit:
        def bound(i: int) -> float:
            return -(2 + items[i].score / 4 + SPECIFICITY_WEIGHT * specificity(items[i], topic.slug))

        singles.sort(key=bound)
        chosen: list = []
        for i in singles:
            if len(chosen) >= limit - len(ranked) and bound(i) >= chosen[limit - len(ranked) - 1][1]:
                break
            chosen.append((-1, -merit(items[i]), order.get(candidates[i][0], 0), items[i].text, [i]))
            chosen.sort(key=lambda r: r[:4])
        ranked.extend(chosen)
    ranked.sort(key=lambda r: r[:4])
    points = []
    for _, _, _, _, members in ranked[:limit]:
        best = max(members, key=lambda i: (items[i].score, -order.get(candidates[i][0], 0)))
        per_article: dict[str, int] = {}
        for i in sorted(members, key=lambda i: -items[i].score):
            per_article.setdefault(candidates[i][0], i)
        sources = [SourceRef(candidates[best][0], items[best].paragraph)]
        sources += [SourceRef(slug, items[i].paragraph) for slug, i in
                    sorted(per_article.items(), key=lambda kv: order.get(kv[0], 0)) if slug != candidates[best][0]]
        points.append(KeyPoint(items[best].text, tuple(sources)))
    return tuple(points)


def bottom_line(points: Sequence[KeyPoint], article_count: int, latest: Optional[str]) -> str:
    """Two or three sentences: the best corroborated points, then how much coverage stands behind them."""
    if not points:
        return ""
    chosen = [points[0].text]
    if len(points) > 1 and len(points[0].text.split()) + len(points[1].text.split()) <= 70:
        chosen.append(points[1].text)
    corroborated = sum(1 for p in points if len({s.article for s in p.sources}) > 1)
    coverage = "1 article covers this topic" if article_count == 1 else f"{article_count} articles cover this topic"
    if latest:
        coverage += f", the latest from {_human(latest)}"
    if corroborated == 1 and len(points) > 1:
        coverage += f"; 1 of its {len(points)} key points is reported by more than one source"
    elif corroborated:
        coverage += f"; {corroborated} of its {len(points)} key points are reported by more than one source"
    return " ".join(chosen + [coverage + "."])


def _human(iso: str) -> str:
    from sitegen.render import date_human  # the one date format the site uses
    return date_human(iso)
