"""Near-duplicate sentences across articles, in near-linear time.

Two outlets rarely write the same sentence; they write the same fact in other words. Sentences are
compared on their content words, weighted by how rare each word is (a shared "sanctions" says
little on a sanctions page; a shared "Alaska" says a lot). Instead of comparing every pair, each
sentence goes into the buckets of its three rarest words that other sentences also have (and of
every word as rare as the third, so no tie is broken by the alphabet); only
sentences sharing a bucket are compared, and buckets so big that their word says nothing are
skipped. The cost grows with the number of sentences, not its square.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain, repeat, takewhile
from typing import Mapping, Sequence

KEYS_PER_ITEM = 3
MAX_BUCKET = 40
MIN_SHARED = 4


def idf_table(items: Sequence[Sequence[str]]) -> dict[str, float]:
    return _idf(Counter(chain.from_iterable(map(set, items))), len(items))


def _idf(df: Mapping[str, int], count: int) -> dict[str, float]:
    n = max(1, count)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def clusters(items: Sequence[Sequence[str]], threshold: float = 0.5,
             groups: Sequence[object] | None = None, idf: dict[str, float] | None = None) -> list[list[int]]:
    """Indices of `items` grouped into near-duplicate clusters (singletons included), in first-seen order.

    `groups`, when given, names the article each item comes from: two sentences of the same
    article are never merged (an article repeating itself is not corroboration). `idf`, when given,
    weighs words by a larger collection than `items` (a handful of sentences says little about
    which words are rare).
    """
    sets = [frozenset(words) for words in items]
    if len(sets) < 2:
        return [[i] for i in range(len(sets))]
    df = Counter(chain.from_iterable(sets))
    if idf is None:
        idf = _idf(df, len(sets))
    # Each sentence's keys are its rarest shared words, rarest first (ties by the word): ranking every
    # word once makes that a sort of small integers per sentence.
    shared = sorted((w for w, c in df.items() if c >= 2), key=lambda w: (df[w], w))
    rank = {w: r for r, w in enumerate(shared)}
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(sets):
        ranks = sorted(map(rank.__getitem__, rank.keys() & words))
        # The rarest few, and every word as rare as the last of them: a tie broken by the alphabet would let one
        # sentence more or less elsewhere in the topic decide whether two reports of one fact are ever compared.
        if len(ranks) > KEYS_PER_ITEM:
            last = df[shared[ranks[KEYS_PER_ITEM - 1]]]
            ranks = list(takewhile(lambda r: df[shared[r]] <= last, ranks))  # (ranks run rarest first)
        for r in ranks:
            buckets[shared[r]].append(i)
    parent = list(range(len(sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The articles in each cluster, so that no cluster takes two sentences of one article.
    members: dict[int, set] = {}
    weight: list = [None] * len(sets)  # each sentence's total word weight, computed when first compared
    for word in sorted(buckets):
        bucket = buckets[word]
        if len(bucket) > MAX_BUCKET:
            continue
        for x, a in enumerate(bucket):
            set_a = sets[a]
            for b in bucket[x + 1:]:
                # Whether the two are alike depends on them alone: tested first, it spares most pairs the
                # cluster bookkeeping below (which must still run in this order, as it decides the merges).
                common = set_a & sets[b]
                if len(common) < MIN_SHARED:
                    continue
                # find(a), find(b) written out: near-duplicates meet here again and again, most of them
                # already in one cluster.
                i = a
                while parent[i] != i:
                    parent[i] = parent[parent[i]]
                    i = parent[i]
                j = b
                while parent[j] != j:
                    parent[j] = parent[parent[j]]
                    j = parent[j]
                if i == j:
                    continue
                if groups is not None:
                    mi = members.get(i) or {groups[i]}
                    mj = members.get(j) or {groups[j]}
                    if not mi.isdisjoint(mj):
                        continue
                # (map over the same sets in the same order as a generator would: the very same float sums)
                if weight[a] is None:
                    weight[a] = sum(map(idf.get, set_a, repeat(1.0)))
                if weight[b] is None:
                    weight[b] = sum(map(idf.get, sets[b], repeat(1.0)))
                if sum(map(idf.get, common, repeat(1.0))) / max(1e-9, min(weight[a], weight[b])) >= threshold:
                    if groups is not None and len(mi) < len(mj):
                        i, j, mi, mj = j, i, mj, mi  # the smaller cluster joins the larger one
                    parent[j] = i
                    if groups is not None:
                        mi |= mj
                        members[i] = mi
                        members.pop(j, None)
    out: dict[int, list[int]] = {}
    for i in range(len(sets)):
        out.setdefault(find(i), []).append(i)
    return list(out.values())
