"""The default topic files: what blind batch 24's first run asked them to know, on strings of their own."""
from __future__ import annotations

from pathlib import Path

from sitegen import markdown
from sitegen.analysis.topics import assign_topics
from sitegen.config import load_config
from sitegen.content import load_topics
from sitegen.errors import Report
from sitegen.model import Article


def test_the_sanctions_topic_knows_frozen_russian_assets_as_its_own_words():
    topics = load_topics(load_config(Path(__file__).resolve().parent.parent), Report())
    paragraphs = ["The committee sat for four hours on Wednesday."] * 8
    paragraphs[1] = "One MP asked why frozen Russian assets held in London had not yet been handed to Kyiv."
    paragraphs[5] = "The minister said a bank had been fined for breaching sanctions on a Russian insurer."
    body = "\n\n".join(paragraphs)
    article = Article(slug="a", title="Committee hearing", body=body, paragraphs=markdown.paragraphs(body))
    assert "sanctions" in assign_topics(article.paragraphs, topics, article.title)
