"""Rules drawn from blind text batch 37 and HTML batch 14 (heldout/README.md), on pages of their own."""
from __future__ import annotations

from sitegen.ingest import metadata as md
from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P, _page

_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday"),
          _P.replace("six hours", "nine hours")]
_HEADLINE = "Harbour talks end with a ceasefire map after six hours"


def _text(*top: str, story: list = _STORY, tail: tuple = ()) -> bytes:
    return "\n".join([*top, *story, *tail]).encode()


def test_a_comment_box_copied_above_the_headline_is_dropped_and_the_story_under_it_kept():
    comments = ["Top comments", "See all 12 comments",
                "Mark Ellis", "About time, we have waited years for this and the town deserves better than the old pier.",
                "2 hrs ago · Reply · 14 likes",
                "Ruth Owen", "Who pays for the upkeep afterwards? The article does not say a word about it at all.",
                "1 hr ago · Reply · 9 likes", "Leave a comment"]
    dek = "After four years of argument the harbour plan has a majority and a date for its first works."
    result = extract(_text("The Harbour Ledger", "Home News Sport", *comments, "Harbour", _HEADLINE, dek,
                           "By Dana Marsh and Tom Reed", "3 March 2026, 14:05", "Listen to this article", "3 min."),
                     "p.txt")
    assert result.title == _HEADLINE and result.description == dek
    assert result.author == "Dana Marsh and Tom Reed"
    assert body_lines(result.blocks) == _STORY


def test_a_short_lead_sentence_right_above_the_story_is_its_first_line():
    dek = "After four years of argument the harbour plan has a majority and a date for its first works."
    result = extract(_text(_HEADLINE, dek, "By Dana Marsh", "3 March 2026", "The council said yes."), "p.txt")
    assert result.description == dek
    assert body_lines(result.blocks) == ["The council said yes.", *_STORY]


def test_a_reading_time_above_the_story_is_not_its_first_line():
    result = extract(_text(_HEADLINE, "Par Claire Martin", "3 mars 2026", "Lecture 4 min."), "p.txt")
    assert body_lines(result.blocks) == _STORY


def test_a_browser_tabs_section_and_site_name_both_leave_the_headline():
    assert md.split_site_name(f"{_HEADLINE} | World | The Harbour Ledger", set()) == (_HEADLINE, "The Harbour Ledger")
    assert md.split_site_name(f"{_HEADLINE} | The Harbour Ledger", set()) == (_HEADLINE, "The Harbour Ledger")


def test_a_kicker_in_capitals_glued_to_the_headline_leaves_it():
    result = extract(_text(f"SCIENCE{_HEADLINE}", "By Dana Marsh", "3 March 2026"), "p.txt")
    assert result.title == _HEADLINE


_JA = ["北海道の小さな港町で、百年続く銭湯が今月末で店を閉じることになった。常連客からは惜しむ声が相次いでいる。",
       "店主の田中浩一さん（81）は、燃料費の高騰と後継者がいないことを理由に挙げた。最後の営業日は30日だという。",
       "銭湯は1925年に開業し、戦後の復興期には一日に千人以上が訪れた。今も毎日百人ほどが通っている。"]


def test_the_sites_name_in_lenticular_brackets_leaves_the_headline_and_names_the_publisher():
    page = "\n".join(["【港町新聞】銭湯、百年の歴史に幕　常連客ら惜しむ", "https://example.jp/a/1", "#港町新聞 で最新ニュース",
                      "2026年11月20日", "この記事の写真をみる（4枚）", *_JA, "Copyright © 港町新聞社 All rights reserved."])
    result = extract(page.encode(), "p.txt")
    assert result.title == "銭湯、百年の歴史に幕　常連客ら惜しむ"
    assert result.publisher == "港町新聞"
    assert result.description is None
    assert body_lines(result.blocks) == _JA


def test_a_label_in_lenticular_brackets_that_names_no_outlet_stays_in_the_headline():
    page = "\n".join(["【速報】銭湯、百年の歴史に幕　常連客ら惜しむ", "2026年11月20日", *_JA])
    assert extract(page.encode(), "p.txt").title == "【速報】銭湯、百年の歴史に幕　常連客ら惜しむ"


def test_a_copyright_line_in_a_script_without_capitals_names_the_publisher():
    assert md.publisher_mentions("כל הזכויות שמורות © חדשות העמק 2026") == ["חדשות העמק"]
    assert md.publisher_mentions("© 2026 صوت المدينة للصحافة والنشر") == ["صوت المدينة"]
    assert md.publisher_mentions("© 2026 כל הזכויות שמורות") == []


def test_a_live_pages_entry_with_its_time_in_front_is_no_headline():
    entries = []
    for hour, title in (("16:40", "Envoys leave the hall without a statement"), ("15:10", "A new prisoner list is put forward"),
                        ("13:25", "The delegations break for lunch")):
        entries += [f"{hour} {title}", _P.replace("six hours", f"{hour[:2]} hours")]
    result = extract(_text("Accept all", "Harbour talks, day two: what we know", "By Dana Marsh", "3 March 2026, 09:00",
                           "Share", story=entries), "p.txt")
    assert result.title == "Harbour talks, day two: what we know"
    assert body_lines(result.blocks)[0] == "## 16:40 Envoys leave the hall without a statement"


def test_bylines_in_more_languages():
    assert md.byline("Af Ida Holm og Jens Lund") == "Ida Holm and Jens Lund"
    assert md.byline("Av Eva Berg och Nils Ek") == "Eva Berg and Nils Ek"
    assert md.byline("Scris de Ioana Pop în Economie, Energie · 4 minute de citit") == "Ioana Pop"
    assert md.byline("Oprac.: Anna Nowak, Jan Kowal") == "Anna Nowak and Jan Kowal"
    assert md.author_name("Mikko Salo urheilutoimittaja") == "Mikko Salo"
    assert md.author_name("דנה לוי כתבת לענייני כלכלה") == "דנה לוי"


def test_a_dek_with_the_byline_run_on_after_it_gives_both():
    dek = "The vote ends four years of argument. The harder part of the deal is only beginning."
    result = extract(_text(_HEADLINE, f"{dek} By Dana Marsh and Tom Reed", "3 March 2026"), "p.txt")
    assert result.description == dek
    assert result.author == "Dana Marsh and Tom Reed"


def test_a_line_opening_with_a_hashtag_is_no_dek():
    result = extract(_text(_HEADLINE, "#HarbourLedger app: every story of the day, first", "3 March 2026"), "p.txt")
    assert result.description is None


def test_every_author_the_page_marks_in_microdata_is_the_byline():
    page = _page('<article><h1>Harbour talks end with a ceasefire map</h1><div class="byline"><ul>'
                 '<li itemprop="author"><a href="/a/1">Dana Marsh</a></li><li itemprop="author"><a href="/a/2">Tom Reed</a>'
                 '</li><li itemprop="author"><a href="/a/3">Ana Ruiz Vidal</a></li></ul></div>'
                 f'<p>{_P}</p><p>{_STORY[1]}</p></article>')
    assert extract(page, "p.html").author == "Dana Marsh, Tom Reed and Ana Ruiz Vidal"


def test_authors_marked_one_to_a_list_item_are_all_the_byline():
    page = _page('<article><h1>Harbour talks end with a ceasefire map</h1><ul class="authors">'
                 '<li><a itemprop="author" href="/a/1">Anna Berg</a></li><li><a itemprop="author" href="/a/2">Tom Reed</a>'
                 f'</li></ul><p>{_P}</p><p>{_STORY[1]}</p></article>')
    assert extract(page, "p.html").author == "Anna Berg and Tom Reed"


def test_authors_of_comments_and_teasers_marked_in_microdata_are_not_the_byline():
    page = _page('<article><h1>Harbour talks end with a ceasefire map</h1><p class="byline" itemprop="author">By '
                 '<span itemprop="name">Dana Marsh</span></p>'
                 f'<p>{_P}</p><p>{_STORY[1]}</p></article><aside><h2>More stories</h2><div itemscope>'
                 '<span itemprop="author">Tom Reed</span><a href="/x">Port strike ends</a></div></aside>'
                 '<section class="comments"><div itemprop="comment" itemscope><span itemprop="author">Mark Ellis</span>'
                 '<p>About time.</p></div><div itemprop="comment" itemscope><span itemprop="author">Ruth Owen</span>'
                 '<p>Who pays?</p></div></section>')
    assert extract(page, "p.html").author == "Dana Marsh"


def test_the_visible_dek_wins_over_a_meta_description_that_words_it_otherwise():
    first = "Delegations met for three days in a lakeside hotel and left with a first paper."
    dek = f'{first} Kyiv warns: "we have seen such deals fall apart before"'
    page = _page(f'<div class="art-head"><h1>Harbour talks end with a ceasefire map</h1><p class="sub">{dek}</p>'
                 f'<div class="byline">By Dana Marsh | 3 March 2026</div></div>'
                 f'<article><p>{_P}</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p></article>')
    page = page.replace(b"<title>Page</title>", f'<title>Page</title><meta name="description" content="{first} '
                        f'Kyiv warns against optimism.">'.encode())
    assert extract(page, "p.html").description == dek


def test_the_visible_dek_without_the_meta_descriptions_full_stop_is_the_dek():
    dek = "Member states sign off on a phase-out of liquefied gas, with two countries winning an exemption"
    page = _page(f'<div class="story"><h1>Harbour talks end with a ceasefire map</h1><p class="standfirst">{dek}</p>'
                 f'<div class="body"><p>{_P}</p><p>{_STORY[1]}</p></div></div>')
    page = page.replace(b"<title>Page</title>", f'<title>Page</title><meta name="description" content="{dek}.">'.encode())
    result = extract(page, "p.html")
    assert result.description == dek
    assert body_lines(result.blocks) == [_P, _STORY[1]]


def test_near_shapes_keep_their_reading():
    # A sentence opening on a hashtag is story; a series' part in a tab title is the headline's; a brand of capitals
    # glued to a word is no kicker; an amount is no time of day; a label in brackets repeated with the headline is
    # no site name.
    line = "#MeToo campaigners said the verdict was a turning point for the whole country."
    assert extract(_text(_HEADLINE, "By Dana Marsh", "3 March 2026", story=[line, *_STORY]), "p.txt").blocks[0].text == line
    assert md.split_site_name(f"{_HEADLINE} | Day 3 | The Ledger", set()) == (f"{_HEADLINE} | Day 3", "The Ledger")
    assert extract(_text("USAToday names a new editor for its Washington bureau", "By Dana Marsh", "3 March 2026"),
                   "p.txt").title == "USAToday names a new editor for its Washington bureau"
    amounts = [f"{n}.25 million drivers paid the new toll in the first month, the transport agency said on Monday."
               for n in (1, 2, 3)]
    result = extract(_text(_HEADLINE, "By Dana Marsh", "3 March 2026", story=[*_STORY[:2], *amounts]), "p.txt")
    assert result.title == _HEADLINE and amounts[0] in body_lines(result.blocks)
    page = "\n".join(["【速報】銭湯、百年の歴史に幕　常連客ら惜しむ", "【速報】銭湯、百年の歴史に幕　常連客ら惜しむ", "2026年11月20日", *_JA])
    assert extract(page.encode(), "p.txt").title == "【速報】銭湯、百年の歴史に幕　常連客ら惜しむ"
    assert md.trailing_byline("The vote ends four years of argument. The hard part is only beginning. By J. Smith") == (
        "The vote ends four years of argument. The hard part is only beginning.", "J. Smith")
    assert md.trailing_byline("The two sides will meet again to talk it over. By May. Reed and Berg left early.") is None
