"""Ingest rules of stop 72, from text batch 189's misses, each on a small page of its own with its guard."""
from __future__ import annotations

from ingest_fixtures import body_lines

from sitegen.ingest.extract import extract

_STORY = ["The two companies have fought over the app store's fees for six years, in three countries and five courts.",
          "Their lawyers met again on Tuesday for what both sides described as a last attempt to settle out of court.",
          "Neither company would say what had been offered, but both said the talks would go on into next week.",
          "A ruling in the largest of the cases is expected before the end of the year, the court's registry said.",
          "Analysts said a settlement would save both sides tens of millions in fees and years of uncertainty ahead.",
          "The smaller company's shares rose four per cent on the news before falling back by the close of trading."]


def _text(lines: list[str]):
    return extract("\n".join(lines).encode("utf-8"), "page.txt")


def test_an_offer_set_inside_the_story_does_not_end_it():
    # (Text 189: "SUBSCRIBE" / "Get The Northbridge Review from £1 a week" / "Subscribe now" between two answers of an
    # interview cut the rest of it as a paywall's.)
    page = ["Home", "World", "A long feud over fees", "By Dana Reyes", "3 June 2025", *_STORY[:3], "SUBSCRIBE",
            "Get The Harbour Review from £1 a week", "Subscribe now", *_STORY[3:], "More from World", "About us"]
    body = body_lines(_text(page).blocks)
    assert body == _STORY
    # (A paywall's box with no story under it still ends the story there.)
    page = ["Home", "World", "A long feud over fees", "By Dana Reyes", "3 June 2025", *_STORY[:3], "SUBSCRIBE",
            "Get The Harbour Review from £1 a week", "Subscribe now", "More from World", "A short teaser headline",
            "About us", "Contact"]
    assert body_lines(_text(page).blocks) == _STORY[:3]


_JA = ["ホーム ＞ 国際", "「ウクライナが和平協議から一方的に離脱」は誤り　協議は継続中",
       "山本彩、佐々木健太", "2025年4月8日 17:20",
       "4月上旬、SNSで「ウクライナが和平協議から一方的に離脱し、交渉は完全に決裂した」とする投稿が拡散しました。投稿には古い映像が添付されていました。",
       "ウクライナ外務省の報道官は4月7日の記者会見で「協議は予定どおり続いている。離脱したという情報は事実ではない」と述べました。",
       "専門家は、古い映像に新しい文脈を付けて拡散させる手法は以前から使われてきたと指摘しています。",
       "この記事は役に立ちましたか？", "役に立った 128", "役に立たなかった 6", "会社概要"]


def test_two_writers_in_kanji_over_the_date_are_the_byline():
    # (Text 189: "山本彩、佐々木健太" between the headline and the date was dropped as a line of another script.)
    assert _text(_JA).author == "山本彩 and 佐々木健太"
    # (A section's tags of two kanji each, "国際、政治", are no one's names.)
    assert _text([*_JA[:2], "国際、政治", *_JA[3:]]).author is None
    # (Nor tags, agencies or places of more: the review's guards.)
    for line in ("安全保障、国際情勢", "共同通信、時事通信", "東京都、大阪府"):
        assert _text([*_JA[:2], line, *_JA[3:]]).author is None, line


def test_a_feedback_question_in_japanese_is_no_story():
    body = body_lines(_text(_JA).blocks)
    assert body[-1].startswith("専門家は") and not any("役に立ちましたか" in line for line in body)


def test_in_a_dump_without_blank_lines_the_line_after_a_sponsor_line_is_the_story():
    # (Text 190: "Support for TPR comes from Harbor Mutual Insurance, …" / "Now, with help from his granddaughter Tess, he
    # is digitizing the collection …" — the story going on, dropped as the sponsor's message: the dump has no blank
    # line anywhere, so none between them says nothing.)
    # (Lines of many lengths, as a copied page's are: lines all of one length read as a text wrapped by hand.)
    told = [_STORY[0], '"We will keep talking," Reed said.', _STORY[1], "Neither side would comment.", _STORY[2]]
    after = ["Now, with help from his daughter Tess, he is digitizing the court files and putting them online.",
             '"It takes time," Tess said.', _STORY[3]]
    page = ["Home", "News", "A long feud over fees", "By Dana Reyes", "3 June 2025", *told,
            "Support for TPR comes from Harbor Mutual Insurance, protecting coastal homes since 1952.", *after,
            "Related Stories", "About us"]
    assert body_lines(_text(page).blocks) == [*told, *after]
    # (With blank lines between blocks, a message set right under its sponsor line, no blank line between, goes too.)
    spaced = "\n\n".join(["Home", "A long feud over fees", "By Dana Reyes", "3 June 2025", *_STORY[:3],
                           "Support for TPR comes from Harbor Mutual Insurance, protecting coastal homes since 1952.\n"
                           "Harbor Mutual: insurance that knows the coast. Get a quote today at harbormutual.example.",
                           *_STORY[3:], "About us"])
    body = body_lines(extract(spaced.encode(), "page.txt").blocks)
    assert body == _STORY
    # (The review's guard: an advertiser's copy under its sponsor line goes in a dump without blank lines too.)
    page = ["Home", "News", "A long feud over fees", "By Dana Reyes", "3 June 2025", *told,
            "Support for WKRV comes from Riverside Credit Union, serving the valley since 1948.",
            "Auto loans from 3.9% APR. Apply online in minutes at rcu.example.", *after, "Related Stories", "About us"]
    assert body_lines(_text(page).blocks) == [*told, *after]


def test_a_fact_checks_box_closes_on_its_verdict():
    # (Text 190: "W skrócie" / three points / "Ocena: FAŁSZ" / "Co głosi wpis?" — the story's first subheading and its
    # paragraphs were taken into the box.)
    page = ["Home", "Fact-checks", "Did the delegation walk out of the talks?", "Autor: Zofia Wierzbicka", "12.03.2025",
            "W skrócie", "Wpis twierdzi, że Ukraina odrzuciła propozycję rozejmu.", "Kijów przyjął ją warunkowo.",
            "Ocena: FAŁSZ", "Co głosi wpis?", *_STORY, "About us"]
    body = body_lines(_text(page).blocks)
    assert body[1:] == _STORY and body[0].endswith("Co głosi wpis?")
    # (The review's guard: a box that opens with its verdict is still a box, its points under it too.)
    box = "Key points\nVerdict: Misleading\nThe post uses figures from 2019.\nNewer data show a fall."
    page = "\n\n".join(["Home", "Did the delegation walk out of the talks?", "By Ann Lee", "12.03.2025", box, *_STORY,
                         "About us"])
    assert body_lines(extract(page.encode(), "page.txt").blocks) == _STORY


def test_a_newsletters_pitch_over_its_button_in_portuguese_and_others_is_no_story():
    # (Text 191: "Newsletter Manhã Atlântica" / "Todas as manhãs, as notícias que precisa de saber para começar o dia." /
    # "Subscrever" — the button no list knew, so its pitch stayed in the story.)
    for button in ("Subscrever", "Inscreva-se", "Abbonati", "Abone ol", "Subskrybuj"):
        box = f"Newsletter Manhã Atlântica\nTodas as manhãs, as notícias que precisa de saber para começar o dia.\n{button}"
        page = "\n\n".join(["Home", "A long feud over fees", "By Dana Reyes", "3 June 2025", *_STORY, box,
                             "Estatuto editorial"])
        assert body_lines(extract(page.encode(), "page.txt").blocks) == _STORY, button
