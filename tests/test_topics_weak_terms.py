"""A topic's weak terms: words with other senses as often as not ("meeting", "summit"). One alone does not tell whether
an article is on the topic, two together do; in an article that is on it, a paragraph naming one is on it too."""
from __future__ import annotations

import textwrap

from sitegen import markdown
from sitegen.analysis import analyse_article
from sitegen.analysis.topics import assign_topics, is_on_topic, term_count, topic_paragraphs
from sitegen.config import load_config
from sitegen.content import load_topics
from sitegen.errors import Report
from sitegen.model import Article, Topic

STRIKE = Topic(slug="strike", title="Strike", description="", terms=("strike", "walkout", "picket"),
               weak_terms=("union", "ballot", "pay talks"), min_paragraphs=2)


def test_a_weak_term_alone_puts_no_paragraph_on_the_topic():
    assert not is_on_topic("The union of the two clubs was announced on Monday.", STRIKE)
    assert is_on_topic("The union called a strike on Monday.", STRIKE)
    assert is_on_topic("The union will ballot its members on Monday.", STRIKE)
    # Beside a term, a weak term counts towards how fully the paragraph names the topic.
    assert term_count("The union called a strike after the ballot closed.", STRIKE) == 3


def test_an_article_with_only_weak_terms_is_not_filed_under_the_topic():
    weak = ["The rowing club's union with its rival was approved on Monday.",
            "Members said the union would save money.",
            "Pay talks with the coaches are due next year, the chair said."]
    assert assign_topics(markdown.paragraphs("\n\n".join(weak)), (STRIKE,), "Rowing clubs merge") == ()


def test_in_an_article_on_the_topic_a_paragraph_naming_only_weak_terms_is_on_it_too():
    story = ["Dock workers began their strike on Monday.",
             "The union says the turnout was the largest in its history.",
             "Pickets stood at the gates all night.",
             "The harbour's seals were counted on Sunday."]
    body = "\n\n".join(story)
    paragraphs = markdown.paragraphs(body)
    assert topic_paragraphs(paragraphs, (STRIKE,)) == {"strike": (1, 3)}
    found = analyse_article(Article(slug="a", title="Dockers strike over pay", body=body, paragraphs=paragraphs), (STRIKE,), ())
    assert found.topics == ("strike",)
    assert dict(found.topic_paragraphs)["strike"] == (1, 2, 3)


def test_weak_terms_are_read_from_the_topic_file_and_old_files_read_as_before(tmp_path):
    (tmp_path / "content" / "topics").mkdir(parents=True)
    (tmp_path / "content" / "topics" / "strike.md").write_text(textwrap.dedent("""\
        ---
        title: Strike
        terms: [strike, walkout]
        weak_terms: [union, ballot]
        ---
        """), encoding="utf-8")
    (tmp_path / "content" / "topics" / "rates.md").write_text("---\ntitle: Rates\nterms: [interest rate]\n---\n",
                                                              encoding="utf-8")
    report = Report()
    topics = {t.slug: t for t in load_topics(load_config(tmp_path), report)}
    assert not report.errors
    assert topics["strike"].terms == ("strike", "walkout") and topics["strike"].weak_terms == ("union", "ballot")
    assert topics["rates"].weak_terms == ()


def test_the_default_peace_talks_topic_leaves_other_meetings_and_summits_alone():
    from pathlib import Path
    topics = load_topics(load_config(Path(__file__).resolve().parent.parent), Report())
    talks = next(t for t in topics if t.slug == "peace-talks")
    for other in ("Residents packed a public meeting at the town library last Thursday.",
                  "The EU's sanctions envoy has warned that the fleet is growing.",
                  "Belgium's demand is a negotiating position dressed up as a legal one."):
        assert not is_on_topic(other, talks), other
    for own in ("Witkoff's meeting with the Russian delegation ended on Friday.",
                "The next round of talks is set for Geneva.",
                "Negotiators from both sides met in Istanbul."):
        assert is_on_topic(own, talks), own
