"""Which paragraphs are on which topic, from the terms in content/topics/*.md."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from sitegen.model import Paragraph, Topic

# Word forms a term also matches: "sanction" → sanctions, sanctioned, sanctioning.
_SUFFIXES = r"(?:s|es|ed|d|ing|ion|ions)?"


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern:
    words = term.strip().split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word) + _SUFFIXES)
    return re.compile(r"(?<!\w)" + r"[\s\-–]+".join(parts) + r"(?!\w)", re.IGNORECASE)


def topic_matches(paragraph_text: str, topic: Topic) -> tuple[str, ...]:
    """The terms of `topic` that occur in the paragraph; empty when off-topic or excluded."""
    if any(_term_pattern(t).search(paragraph_text) for t in topic.exclude):
        return ()
    return tuple(t for t in topic.terms if _term_pattern(t).search(paragraph_text))


def on_topic(paragraphs: Sequence[Paragraph], topic: Topic) -> tuple[Paragraph, ...]:
    return tuple(p for p in paragraphs if topic_matches(p.text, topic))


def assign_topics(paragraphs: Sequence[Paragraph], topics: Sequence[Topic]) -> tuple[str, ...]:
    """Slugs of the topics with at least `min_paragraphs` on-topic paragraphs."""
    return tuple(t.slug for t in topics if len(on_topic(paragraphs, t)) >= max(1, t.min_paragraphs))
