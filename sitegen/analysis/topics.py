"""Which paragraphs are on which topic, from the terms in content/topics/*.md."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from sitegen.analysis.text import stem
from sitegen.model import Paragraph, Topic

# Word forms a term also matches: "sanction" → sanctions, sanctioned, sanctioning; "meeting" → meet, meets.
_SUFFIXES = r"(?:s|es|ed|d|ing|ings|ion|ions)?"


def _word_pattern(word: str) -> str:
    root = stem(word)
    if len(root) < 3 or not word.lower().startswith(root.rstrip("y")):
        return re.escape(word) + _SUFFIXES
    if root.endswith("y"):
        return re.escape(root[:-1]) + r"(?:y|ies|ied|ying)"
    if root.endswith("e"):
        return re.escape(root[:-1]) + r"(?:e|es|ed|ing|ings|ion|ions)"
    # "sanction" → sanctioned; "meeting" → meet, meets, meetings.
    return re.escape(root) + r"(?:e?s|e?d|ing|ings|ion|ions|ation|ations)?"


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern:
    words = term.strip().split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(_word_pattern(word))
    return re.compile(r"(?<!\w)" + r"[\s\-–]+".join(parts) + r"(?!\w)", re.IGNORECASE)


def topic_matches(paragraph_text: str, topic: Topic) -> tuple[str, ...]:
    """The terms of `topic` that occur in the paragraph; empty when off-topic or excluded."""
    if any(_term_pattern(t).search(paragraph_text) for t in topic.exclude):
        return ()
    return tuple(t for t in topic.terms if _term_pattern(t).search(paragraph_text))


def on_topic(paragraphs: Sequence[Paragraph], topic: Topic) -> tuple[Paragraph, ...]:
    return tuple(p for p in paragraphs if topic_matches(p.text, topic))


def topic_paragraphs(paragraphs: Sequence[Paragraph], topics: Sequence[Topic]) -> dict[str, tuple[int, ...]]:
    """Topic slug → indices of its on-topic paragraphs (topics with none are left out)."""
    out = {}
    for topic in topics:
        indices = tuple(p.index for p in paragraphs if topic_matches(p.text, topic))
        if indices:
            out[topic.slug] = indices
    return out


def assign_topics(paragraphs: Sequence[Paragraph], topics: Sequence[Topic]) -> tuple[str, ...]:
    """Slugs of the topics with at least `min_paragraphs` on-topic paragraphs."""
    return tuple(t.slug for t in topics if len(on_topic(paragraphs, t)) >= max(1, t.min_paragraphs))
