"""Analysis: a loaded Site → a Briefing. Pure and deterministic."""
from __future__ import annotations

from sitegen.analysis.topics import assign_topics, topic_matches
from sitegen.model import Article, Briefing, Site, SourceRef, TopicBriefing


def article_topics(article: Article, site: Site) -> tuple[str, ...]:
    """Front-matter topics win when an editor set them; otherwise they are assigned."""
    if article.topics_fixed:
        return article.topics
    return assign_topics(article.paragraphs, site.topics)


def analyse(site: Site) -> Briefing:
    topics_of = {a.slug: article_topics(a, site) for a in site.articles}
    newest_first = sorted(site.articles, key=lambda a: (a.date or "", a.slug), reverse=True)
    briefings = []
    for topic in site.topics:
        members = [a for a in newest_first if topic.slug in topics_of[a.slug]]
        paragraphs = tuple(
            SourceRef(a.slug, p.index) for a in members for p in a.paragraphs if topic_matches(p.text, topic)
        )
        briefings.append(TopicBriefing(topic=topic, articles=tuple(a.slug for a in members), paragraphs=paragraphs))
    return Briefing(site=site, topics=tuple(briefings))
