"""Ingest rules of stop 71: a story's subheadings counted from its own top (HTML 156's misses), on the page that
showed it and on small pages with a guard each."""
from __future__ import annotations

from pathlib import Path

from ingest_fixtures import body_lines

from sitegen.ingest.extract import extract

HTML_156 = Path(__file__).parent / "fixtures" / "ingest" / "heldout_html156"

_STORY = ["The two companies have fought over the app store's fees for six years, in three countries and five courts.",
          "Their lawyers met again on Tuesday for what both sides described as a last attempt to settle out of court.",
          "Neither company would say what had been offered, but both said the talks would go on into next week.",
          "A ruling in the largest of the cases is expected before the end of the year, the court's registry said."]


def _page(story_html: str) -> list[str]:
    page = ("<html><head><title>A long feud</title></head><body><article><h1>A long feud</h1>"
            f"<div class='story-body'>{story_html}</div></article></body></html>").encode()
    return body_lines(extract(page, "feud.html").blocks)


def _headings(body: list[str]) -> list[str]:
    return [line for line in body if line.startswith("#")]


def test_a_story_whose_subheadings_are_all_h3_gets_them_as_level_two():
    # (HTML 156: a blog's and a sports desk's stories under <h3>s, no <h2> in the story: "### What I kept" under the
    # title's "#", a level skipped; the labels, like Markdown linters, want "##".)
    body = _page(f"<p>{_STORY[0]}</p><h3>Where it started</h3><p>{_STORY[1]}</p><h3>What comes next</h3>"
                 f"<p>{_STORY[2]}</p><p>{_STORY[3]}</p>")
    assert _headings(body) == ["## Where it started", "## What comes next"]


def test_levels_under_the_highest_keep_their_distance():
    # (An <h2> over <h3>s stays as it was; and a story of <h3>s over <h4>s moves up as one: "##" over "###".)
    body = _page(f"<p>{_STORY[0]}</p><h2>Where it started</h2><p>{_STORY[1]}</p><h3>The first court</h3>"
                 f"<p>{_STORY[2]}</p><p>{_STORY[3]}</p>")
    assert _headings(body) == ["## Where it started", "### The first court"]
    body = _page(f"<p>{_STORY[0]}</p><h3>Where it started</h3><p>{_STORY[1]}</p><h4>The first court</h4>"
                 f"<p>{_STORY[2]}</p><p>{_STORY[3]}</p>")
    assert _headings(body) == ["## Where it started", "### The first court"]


def test_a_blogs_h3_subheadings_come_out_as_labelled():
    name = "slowspokes_en_restoring-1978-road-bike.html"
    body = body_lines(extract((HTML_156 / name).read_bytes(), name).blocks)
    assert _headings(body) == ["## Step one: don't buy anything yet", "## What I replaced", "## What I kept",
                               "## The bit that nearly beat me"]


def test_a_consent_banners_heading_asking_for_consent_is_no_headline():
    # (Text batch 187: "Wir brauchen Ihre Zustimmung" over "Wir und unsere 146 Partner verwenden Cookies …" was taken
    # for the headline: the banner's heading asks for consent, in words of no cookie.)
    name = "rheinkurier_de_kommentar-sicherheitsgarantien.txt"
    result = extract((HTML_156.parent / "heldout_text_copied175" / name).read_bytes(), name)
    assert result.title == "Garantien ohne Garanten sind nur Papier"


def test_someones_words_in_their_marks_set_apart_are_a_paragraph_a_passage_stays_a_quotation():
    # (HTML 157 and 158: four pages of each set a speaker's words apart in a <blockquote>, "“Night trains are coming
    # back …”", which the labels give as the story's paragraph — 230 such lines of theirs against 36 kept as "> ".)
    body = _page(f"<p>{_STORY[0]}</p><blockquote><p>“We will not cut a single sailing this winter.”</p></blockquote>"
                 f"<p>{_STORY[1]}</p><blockquote><p>Article 5: an armed attack against one or more of them shall be "
                 f"considered an attack against them all.</p></blockquote><p>{_STORY[2]}</p><p>{_STORY[3]}</p>")
    assert "“We will not cut a single sailing this winter.”" in body
    assert "> Article 5: an armed attack against one or more of them shall be considered an attack against them all." in body


def test_a_story_sentence_naming_an_app_store_stays_a_prompt_to_download_goes():
    # (Found writing the test above: "The two companies have fought over the app store's fees …" was dropped as an app
    # prompt — a story about the stores names them as a download prompt does.)
    body = _page(f"<p>Apple's app store charges developers up to 30 percent, the court heard on Tuesday in a packed "
                 f"hearing.</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p><p>{_STORY[3]}</p>"
                 "<p>Download our app on the App Store and Google Play.</p>")
    assert body[0].startswith("Apple's app store charges developers")
    assert not any("Download our app" in line for line in body)
