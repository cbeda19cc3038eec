"""Human-readable explanations: why ingest kept or dropped a line, why an article has its topics."""
from __future__ import annotations

import textwrap
from pathlib import Path

from sitegen import content
from sitegen.analysis import article_topics
from sitegen.analysis.topics import topic_matches
from sitegen.config import Config, load_config
from sitegen.errors import Report, SitegenError, display_path
from sitegen.ingest.extract import extract

_FIELDS = ("title", "author", "date", "publisher", "url", "description")


def explain_seed(path: Path, config: Config) -> str:
    """Every raw line of a seed with its fate (title, paragraph, dropped…) and the reason."""
    shown = display_path(path, config.root)
    from sitegen.ingest.project import project_rules

    try:
        name = path.resolve().relative_to(config.seeds_dir.resolve()).as_posix()
    except ValueError:
        name = path.name
    extraction = extract(path.read_bytes(), name, project_rules(config))
    out = [f"== {shown}"]
    for field in _FIELDS:
        value = getattr(extraction, field)
        flag = " (inferred from the lead: please check)" if field == "title" and extraction.title_inferred else ""
        out.append(f"{field:>11}: {value if value is not None else '—'}{flag}")
    for warning in extraction.warnings:
        out.append(f"{shown}: warning: {warning}")
    for fate in extraction.lines:
        text = fate.text if len(fate.text) <= 70 else fate.text[:69] + "…"
        out.append(f"{shown}:{fate.line}: {fate.fate:<10} {text!r} — {fate.reason}")
    return "\n".join(out) + "\n"


def explain_topics(root: Path, article_ref: str) -> str:
    """Which paragraphs of one article matched which terms of each topic."""
    config = load_config(root)
    report = Report()
    site = content.load_site(config, report)
    report.raise_if_errors()
    slug = Path(article_ref).stem if article_ref.endswith(".md") else article_ref.strip("/").split("/")[-1]
    article = next((a for a in site.articles if a.slug == slug), None)
    if article is None:
        raise SitegenError.at(article_ref, None, "no such article in content/articles/",
                              "give a slug (the file name without .md) or the file's path")
    shown = display_path(article.path, config.root) if article.path else slug
    assigned = article_topics(article, site)
    how = "set by hand in the front matter" if article.topics_fixed else "assigned from the topics' terms"
    out = [f"{shown}: topics: {', '.join(assigned) or 'none'} ({how})"]
    for topic in site.topics:
        hits = [(p, topic_matches(p.text, topic)) for p in article.paragraphs]
        hits = [(p, terms) for p, terms in hits if terms]
        in_title = topic_matches(article.title, topic)
        needed = max(1, topic.min_paragraphs)
        count = len(hits) + (1 if in_title else 0)
        verdict = "on topic" if count >= needed else "off topic"
        counted = f"{count} matching paragraph(s){' (the headline counts as one)' if in_title else ''}"
        out.append(f"\n{topic.slug}: {counted}, {needed} needed → {verdict}")
        if in_title:
            out.append(f"  headline  [{', '.join(in_title)}]  {textwrap.shorten(article.title, 90, placeholder='…')}")
        for paragraph, terms in hits:
            snippet = textwrap.shorten(paragraph.text, 90, placeholder="…")
            out.append(f"  #{paragraph.anchor}  [{', '.join(terms)}]  {snippet}")
    return "\n".join(out) + "\n"
