"""Rules drawn from blind text batch 43 and HTML batch 20 (heldout_text_copied31, heldout_html20) after their first
runs (heldout/README.md), on pages of their own."""
from __future__ import annotations

import pytest

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P, _page

_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday")]


def test_paragraphs_a_lazy_loader_keeps_in_noscript_are_read_and_its_script_notice_is_not():
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 f'<p>{_STORY[0]}</p>'
                 f'<div class="lazy" data-lazy="paragraphs"><noscript><p>{_STORY[1]}</p><p>{_STORY[2]}</p></noscript></div>'
                 '<noscript><p>Please enable JavaScript in your browser to view this page.</p></noscript>'
                 '</article>')
    assert body_lines(extract(page, "p.html").blocks) == _STORY


@pytest.mark.parametrize("notice", ["Please enable JavaScript to view the comments powered by Disqus.",
                                    "Bitte aktivieren Sie JavaScript, um alle Funktionen nutzen zu können.",
                                    "JavaScript is required to view this content."])
def test_a_noscript_notice_asking_for_javascript_stays_out(notice):
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 + "".join(f"<p>{p}</p>" for p in _STORY) + f'<noscript><p>{notice}</p></noscript></article>')
    assert body_lines(extract(page, "p.html").blocks) == _STORY


def test_a_paragraph_shown_and_repeated_in_noscript_is_read_once():
    page = _page('<article><h1>Ministers agree a new package of measures</h1>'
                 + "".join(f"<p>{p}</p>" for p in _STORY) + f'<noscript><p>{_STORY[2]}</p></noscript></article>')
    assert body_lines(extract(page, "p.html").blocks) == _STORY


@pytest.mark.parametrize("line", ["请开启浏览器的JavaScript功能以观看视频。", "ブラウザのJavaScriptを有効にしてください。",
                                  "브라우저의 JavaScript를 활성화해 주세요."])
def test_a_cjk_notice_that_the_page_needs_javascript_is_furniture(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) == "a notice that the page needs JavaScript"


@pytest.mark.parametrize("line", ["Ezeket is olvasta már?", "Ez is érdekelheti:", "Ajánljuk még"])
def test_hungarian_related_stories_labels(line):
    from sitegen.ingest.boilerplate import RELATED
    assert RELATED.match(line)


def test_a_caption_credited_in_hungarian_is_a_caption():
    from sitegen.ingest.boilerplate import boilerplate_reason
    line = "A villamos a Parlament előtt (Fotó: Kiss Anna / Pesti Lap)"
    assert boilerplate_reason(line, len(line.split())) == "photo caption with its credit"


@pytest.mark.parametrize("line", ["Heyetler ofiste bir araya geldi. (Fotoğraf: Ayşe Kaya / Günlük Ekspres)",
                                  "Delegacje w Genewie. (Fotografia: Anna Nowak / Dziennik)"])
def test_a_caption_credited_in_turkish_or_polish_is_a_caption(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) == "photo caption with its credit"


def test_the_writers_card_above_an_opinion_pieces_headline_is_no_story_and_a_comments_count_no_heading():
    headline = "Who guarantees the peace if Washington steps back?"
    dek = "Security guarantees will only be credible if Europe takes risks it has so far avoided"
    text = ("The Iberian Observer\nOpinion\nColumns\nLetters\nPhoto of Marta Ruiz Gil\nMarta Ruiz Gil\n"
            "Senior fellow for European security at the Atlantic Institute and a former adviser to the defence ministry.\n"
            "See all her articles\nFollow\nCOLUMN\n" + headline + "\n" + dek + "\n22 Nov 2026 - 05:30 CET\n"
            "Share on Facebook  Share on X\nComments 87\n" + "\n".join(_STORY) + "\n").encode()
    x = extract(text, "p.txt")
    assert (x.title, x.description) == (headline, dek)
    assert body_lines(x.blocks) == _STORY


def _ld_page(author: str, byline: str) -> bytes:
    ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers agree a new package of measures",' \
         f'"author":{{"@type":"Person","name":"{author}"}}}}'
    return _page(f'<article><h1>Ministers agree a new package of measures</h1><p class="byline">{byline}</p>'
                 + "".join(f"<p>{p}</p>" for p in _STORY) + '</article>').replace(
        b"<title>Page</title>", f'<title>Page</title><script type="application/ld+json">{ld}</script>'.encode())


@pytest.mark.parametrize("author, byline, name", [("Harbour Newsroom", "By Anna Reed", "Anna Reed"),
                                                  ("박지훈 기자", "", "박지훈")])
def test_a_desk_named_as_the_author_gives_way_to_the_byline_and_a_reporters_title_goes(author, byline, name):
    assert extract(_ld_page(author, byline), "p.html").author == name


def test_a_blog_copied_with_its_sidebar_first_starts_at_its_post():
    title = "Lifting and storing tulip bulbs before the frost"
    text = ("The Garden Notebook\nNotes from plot 7\nHome\nAbout\nAbout me\n"
            "I'm Ruth, a retired nurse who took on an overgrown plot in 2018 and have written about it every week since.\n"
            "Subscribe by email\nArchive\nNovember 2026 (4)\nOctober 2026 (5)\nRecent comments\n"
            "Margaret on Why I stopped digging\nTom on Leaf mould in bin bags: a year on\n"
            "Ruth on Leaf mould in bin bags: a year on\n" + title + "\nPosted by Ruth Ellis on November 21, 2026\n"
            + "\n".join(_STORY) + "\n").encode()
    x = extract(text, "p.txt")
    assert (x.title, x.author) == (title, "Ruth Ellis")
    assert body_lines(x.blocks) == _STORY


@pytest.mark.parametrize("line", ["谷歌修复了Chrome浏览器中JavaScript引擎V8的一个高危漏洞。",
                                  "JavaScript框架的下载量今年有效增长。"])
def test_a_chinese_story_sentence_about_javascript_stays(line):
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason(line, len(line.split())) is None


def test_a_subtitle_in_the_headlines_small_that_the_description_repeats_is_no_part_of_the_title():
    dek = "Foreign ministers discuss guarantees in Brussels modelled on Article 5, but without membership"
    page = _page(f'<article><h1>Allies look for a way to protect Ukraine <small>{dek}</small></h1>'
                 + "".join(f"<p>{p}</p>" for p in _STORY) + '</article>').replace(
        b"<title>Page</title>", f'<title>Page</title><meta name="description" content="{dek}.">'.encode())
    assert extract(page, "p.html").title == "Allies look for a way to protect Ukraine"
