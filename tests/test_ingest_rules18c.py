"""Rules from batch 18's third round (and batch 19's blog post), checked on other strings."""
from __future__ import annotations

from sitegen.ingest.extract import extract


def test_a_headline_of_two_sentences_over_a_blog_platforms_post_line_is_the_title():
    headline = "We moved our library catalogue to open source. Nobody noticed, which was the point."
    dek = "The licence fees were going up again, and the old system could not export its own records."
    text = "\n".join([
        "Write Sign up Sign in",
        headline,
        dek,
        "Priya Raman · Follow",
        "Published in Shelf Life · 9 min read · Mar 3, 2026",
        "",
        "For eleven years the county's libraries paid a vendor for a catalogue that staff disliked and patrons "
        "could barely search. When the contract came up for renewal, the fee had tripled.",
        "",
        "We had two developers, a spreadsheet of every branch's quirks, and six months before the old system "
        "would be switched off. This is what we learned doing it.",
        "",
        "The first month went on the records themselves, not on the software at all, because forty thousand of "
        "them had been typed in by hand over three decades and disagreed with each other.",
    ])
    e = extract(text.encode(), "post.txt")
    assert (e.title, e.title_inferred, e.date) == (headline, False, "2026-03-03")
    assert e.description == dek
