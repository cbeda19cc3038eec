"""Human-readable explanations: why ingest kept or dropped a line, why an article has its topics, quotes
and dated events."""
from __future__ import annotations

import textwrap
from pathlib import Path

from sitegen import content
from sitegen.analysis import analyse_article, article_topics
from sitegen.analysis.topics import topic_matches, topic_paragraphs, verdicts
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


def _article(root: Path, article_ref: str):
    """(site, the article `article_ref` names, how to show it) or a clear error."""
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
    return site, article, shown


def explain_quotes(root: Path, article_ref: str) -> str:
    """Every quotation found in one article, its paragraph, its speaker and how the speaker was told."""
    site, article, shown = _article(root, article_ref)
    quotes = analyse_article(article, site.topics, site.people).quotes
    out = [f"{shown}: {len(quotes)} quotation(s)"]
    for q in quotes:
        who = q.speaker_name or q.speaker or "no speaker"
        out.append(f"  #p-{q.source.paragraph}  {who} — {q.how}")
        out.append(f"      “{textwrap.shorten(q.text, 100, placeholder='…')}”")
    if quotes:
        out.append("A wrong or missing speaker: add the person (name, aliases, role) to content/people.yaml, "
                   "or reword the attribution in the article.")
    return "\n".join(out) + "\n"


def explain_events(root: Path, article_ref: str) -> str:
    """Every dated event found in one article: its date and precision, the words that date it, its sentence."""
    site, article, shown = _article(root, article_ref)
    events = analyse_article(article, site.topics, site.people).events
    known = f"the article's date {article.date}" if article.date else "no article date: 'on Friday' and the like are not dated"
    out = [f"{shown}: {len(events)} dated event(s) ({known})"]
    for e in events:
        out.append(f"  #p-{e.sources[0].paragraph}  {e.date} ({e.precision}) from {e.phrase.strip()!r}")
        out.append(f"      {textwrap.shorten(e.text, 100, placeholder='…')}")
    return "\n".join(out) + "\n"


def explain_topics(root: Path, article_ref: str) -> str:
    """Which paragraphs of one article matched which terms of each topic."""
    site, article, shown = _article(root, article_ref)
    assigned = article_topics(article, site)
    how = "set by hand in the front matter" if article.topics_fixed else "assigned from the topics' terms"
    out = [f"{shown}: topics: {', '.join(assigned) or 'none'} ({how})"]
    on_topic = topic_paragraphs(article.paragraphs, site.topics)
    judged = verdicts(article.paragraphs, site.topics, article.title, on_topic)
    for topic in site.topics:
        hits = [(p, topic_matches(p.text, topic)) for p in article.paragraphs]
        hits = [(p, terms) for p, terms in hits if terms]
        in_title = topic_matches(article.title, topic)
        needed = max(1, topic.min_paragraphs)
        count = len(hits) + (1 if in_title else 0)
        # (The verdict is the one analysis gives, with its reason when enough paragraphs match and it still says no.)
        about, why = judged[topic.slug]
        shown_verdict = "on topic" if about else f"off topic: {why}"
        counted = f"{count} matching paragraph(s){' (the headline counts as one)' if in_title else ''}"
        out.append(f"\n{topic.slug}: {counted}, {needed} needed → {shown_verdict}")
        if in_title:
            out.append(f"  headline  [{', '.join(in_title)}]  {textwrap.shorten(article.title, 90, placeholder='…')}")
        for paragraph, terms in hits:
            snippet = textwrap.shorten(paragraph.text, 90, placeholder="…")
            out.append(f"  #{paragraph.anchor}  [{', '.join(terms)}]  {snippet}")
    return "\n".join(out) + "\n"
