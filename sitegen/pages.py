"""Briefing → the list of pages to write, each with its template and context.

This is the only place that decides the site's URL layout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from sitegen import markdown
from sitegen.config import Config
from sitegen.model import Article, Briefing, TopicBriefing
from sitegen.render import safe_html

LATEST_ON_HOME = 5


@dataclass(frozen=True)
class Page:
    output: str  # path under site/, e.g. "topics/sanctions/index.html"
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def topic_url(slug: str) -> str:
    return f"topics/{slug}/"


def site_pages(briefing: Briefing, config: Config) -> list[Page]:
    site = briefing.site
    articles = {a.slug: a for a in site.articles}
    topics_of: dict[str, list] = {a.slug: [] for a in site.articles}
    for tb in briefing.topics:
        for slug in tb.articles:
            topics_of[slug].append(tb.topic)
    rendered = {a.slug: markdown.render(a.body) for a in site.articles}

    def article_view(article: Article) -> dict:
        return {
            "slug": article.slug, "title": article.title, "date": article.date, "author": article.author,
            "publisher": article.publisher, "source_url": article.url, "description": article.description,
            "url": article_url(article.slug), "topics": topics_of[article.slug],
            "summary": article.description or (article.paragraphs[0].text if article.paragraphs else ""),
        }

    def topic_view(tb: TopicBriefing) -> dict:
        paragraph_text = {(a.slug, p.index): p.text for a in site.articles for p in a.paragraphs}
        return {
            "slug": tb.topic.slug, "title": tb.topic.title, "description": tb.topic.description,
            "url": topic_url(tb.topic.slug), "intro_html": safe_html(markdown.render(tb.topic.intro).html) if tb.topic.intro else "",
            "articles": [article_view(articles[s]) for s in tb.articles],
            "paragraphs": [
                {"article": article_view(articles[ref.article]), "text": paragraph_text[(ref.article, ref.paragraph)],
                 "url": article_url(ref.article) + "#" + ref.anchor}
                for ref in tb.paragraphs
            ],
            "bottom_line": tb.bottom_line,
        }

    topic_views = [topic_view(tb) for tb in briefing.topics]
    newest = sorted(site.articles, key=lambda a: (a.date or "", a.slug), reverse=True)
    common = {
        "topics": topic_views,
        "site": {"title": config.title, "description": config.description, "language": config.language,
                 "base_url": config.base_url, "article_count": len(site.articles)},
    }
    pages = [
        Page("index.html", "index.html", {**common, "page": _page(config.title, config.description, ""),
                                          "latest": [article_view(a) for a in newest[:LATEST_ON_HOME * 2]],
                                          "latest_per_topic": LATEST_ON_HOME}),
        Page("404.html", "404.html", {**common, "page": _page("Page not found", "This page does not exist.", "404.html")}),
        Page("articles/index.html", "articles.html", {**common, "page": _page("All articles", f"Every article in {config.title}.", "articles/"),
                                                      "articles": [article_view(a) for a in newest]}),
    ]
    for view in topic_views:
        pages.append(Page(f"topics/{view['slug']}/index.html", "topic.html",
                          {**common, "page": _page(view["title"], view["description"], view["url"]), "topic": view}))
    for article in site.articles:
        view = article_view(article)
        pages.append(Page(f"articles/{article.slug}/index.html", "article.html",
                          {**common, "page": _page(article.title, view["summary"][:200], view["url"]),
                           "article": view, "body_html": safe_html(rendered[article.slug].html)}))
    return pages


def _page(title: str, description: str, url: str) -> dict:
    return {"title": title, "description": description, "url": url}
