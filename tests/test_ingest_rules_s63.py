"""Ingest rules of stop 63, from the misses of its blind batches (text 159 on, HTML 130 on) and the labels of the
waves before, each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import body_lines, copied

from sitegen.ingest.extract import extract

ENTRIES = [("18:42", "Summit adjourns until Friday",
            "Leaders broke off their talks on the sanctions package late in the evening, and diplomats said the "
            "negotiations would resume on Friday morning in Brussels."),
           ("17:55", "Hungary asks for pipeline exemptions",
            "Hungary's Europe minister told reporters that Budapest would not approve any package that put its oil "
            "supplies through the Druzhba pipeline at risk."),
           ("17:10", "Baltic states call for fertiliser tariffs",
            "Estonia, Latvia and Lithuania want the package widened to tariffs on Russian and Belarusian fertiliser, "
            "according to a joint paper seen by this newspaper.")]


def _live_page(entry: str) -> bytes:
    entries = "".join(entry.format(time=t, title=h, text=p) for t, h, p in ENTRIES)
    return ("<html><head><title>EU summit on sanctions – live</title></head><body><article>"
            "<h1>EU summit on sanctions – live</h1><p class='byline'>By Jane Doe</p>"
            f"<div class='liveblog'>{entries}</div></article></body></html>").encode()


def test_a_saved_live_pages_entry_time_beside_its_headline_heads_the_entry_with_it():
    # (Five waves of HTML labels, 556 headings against 91: "<time>18:42</time> <h3>Summit adjourns …</h3>" is the
    # heading "18:42 Summit adjourns …", as the page shows it. The time was dropped as the entry's metadata.)
    page = _live_page("<div class='entry'><div class='entry__header'><time datetime='2025-03-20T{time}'>{time}</time>"
                      "<h3>{title}</h3></div><div class='entry__content'><p>{text}</p></div></div>")
    found = extract(page, "live.html")
    assert body_lines(found.blocks) == [line for t, h, p in ENTRIES for line in (f"## {t} {h}", p)]


def test_a_time_in_a_box_of_its_own_or_a_dumps_time_line_stays_apart_from_the_headline():
    # The time in a box apart from the headline's (a meta row over the entry) is still the entry's metadata.
    page = _live_page("<div class='entry'><div class='entry__meta'><span>{time}</span></div>"
                      "<div class='entry__body'><h3>{title}</h3><p>{text}</p></div></div>")
    found = extract(page, "live.html")
    assert body_lines(found.blocks) == [line for t, h, p in ENTRIES for line in (f"## {h}", p)]
    # A text dump's time on a line of its own over the headline: the labels of text dumps keep it apart (169 to 24).
    lines = ["EU summit on sanctions – live", "By Jane Doe", ""]
    for t, h, p in ENTRIES:
        lines += [t, h, p, ""]
    found = copied(lines, "live.txt")
    assert body_lines(found.blocks) == [line for t, h, p in ENTRIES for line in (f"## {h}", p)]


LEAD = ("瀬戸内理科大学工学部の研究グループは、海水に含まれるリチウムを低いコストで回収できる新しい膜材料を開発したと発表しました。"
        "研究成果は国際的な学術誌に掲載されました。")
BACKGROUND = ("リチウムは電気自動車や蓄電池に欠かせない資源ですが、その多くは南米やオーストラリアからの輸入に頼っています。"
              "海水には大量のリチウムが含まれていますが、濃度が低く、効率よく回収する方法が課題でした。")
RESULT = ("研究グループは、酸化チタンを主成分とする多孔質の薄膜に独自の表面処理を施すことで、リチウムだけを選んで通す膜を作ることに"
          "成功しました。実験では従来の材料より高い選択性が確かめられました。")
CLOSING = "今後は、地元企業と連携して膜の大型化と量産技術の開発を進め、2030年までの実用化を目指します。"


def test_a_japanese_figure_caption_after_an_ideographic_space_goes_and_the_last_subheading_stays():
    # (From text 159: "図1　開発した膜材料の断面の電子顕微鏡写真（提供：田村研究室）" was kept as a list's item, and the
    # subheading "今後の展望" over the closing sentence dropped with the footer under it.)
    caption = "図1\u3000開発した膜材料の断面の電子顕微鏡写真（提供：研究室）"
    lines = ["本文へスキップ", "ホーム > ニュース > プレスリリース", "", "海水から低コストでリチウムを回収する新たな膜材料を開発", "",
             "掲載日：2025年6月10日", "", LEAD, "", "研究の背景", "", BACKGROUND, "", "研究の内容と成果", "", RESULT, "",
             caption, "", "今後の展望", "", CLOSING, "", "お問い合わせ先", "", "瀬戸内理科大学 広報課",
             "TEL：086-000-0000", "E-mail：koho@example.jp", "", "関連リンク", "", "研究成果一覧"]
    found = copied(lines, "ja.txt")
    assert body_lines(found.blocks) == [LEAD, "## 研究の背景", BACKGROUND, "## 研究の内容と成果", RESULT, "## 今後の展望",
                                        CLOSING]
    # (The review's guards: "back to top", or a name, over the closing sentence is no subheading.)
    for line in ("ページの先頭へ", "田中太郎"):
        found = copied([line if x == "今後の展望" else x for x in lines], "ja.txt")
        assert "## " + line not in body_lines(found.blocks) and CLOSING in body_lines(found.blocks)
    # A story with no subheadings of its own keeps a short line over its closing sentence out, as before.
    plain = ["海水から低コストでリチウムを回収する新たな膜材料を開発", "", "掲載日：2025年6月10日", "", LEAD, "", BACKGROUND,
             "", RESULT, "", "関連リンク", "", CLOSING, "", "お問い合わせ先", "", "瀬戸内理科大学 広報課"]
    assert "## 関連リンク" not in body_lines(copied(plain, "ja.txt").blocks)


def test_a_paragraph_cut_off_by_the_paywall_is_the_storys_last_shown():
    # (From HTML 132: a Japanese paper's last visible paragraph, faded and cut off mid-sentence over the paywall's box,
    # was dropped with the footer.)
    lead = ("Harbour Shipbuilding will spend about 30 billion yen on a new dock to build cargo ships that burn ammonia, the "
            "company said on Friday, with the first vessel due in the spring of 2028.")
    second = ("The bulk carriers will carry about 60,000 tonnes each, and the yard is in final talks with two domestic "
              "shipping lines over contracts for eight of them, according to people familiar with the plans.")
    cut = "Ammonia gives off no carbon dioxide when burned, but it is highly toxic, and making engines and fuel tanks safe"
    body = (f"<div class='article-body'><p>{lead}</p><p>{second}</p><p class='is-fade'>{cut}</p></div>"
            "<div class='p-paywall' role='region'><p>This article is for subscribers only</p><p>1,432 characters left</p>"
            "<p>Read free for a month</p></div>")
    page = ("<html><head><title>Harbour Shipbuilding to invest in ammonia ships</title></head><body><article>"
            "<h1>Harbour Shipbuilding to invest in ammonia ships</h1><p class='byline'>By Jane Doe</p>"
            f"{body}</article></body></html>").encode()
    assert body_lines(extract(page, "paywall.html").blocks) == [lead, second, cut]
    # A line of the paywall's own box is still not the story's.
    assert "This article is for subscribers only" not in body_lines(extract(page, "paywall.html").blocks)
