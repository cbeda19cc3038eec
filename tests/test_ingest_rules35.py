"""Rules drawn from blind text batch 35's first run (heldout/README.md "Batch 35"), on pages of their own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines

_JA = ["北海道の小さな港町で、百年続く銭湯が今月末で店を閉じることになった。常連客からは惜しむ声が相次いでいる。",
       "店主の田中浩一さん（81）は、燃料費の高騰と後継者がいないことを理由に挙げた。最後の営業日は30日だという。",
       "銭湯は1925年に開業し、戦後の復興期には一日に千人以上が訪れた。今も毎日百人ほどが通っている。"]


def test_a_line_that_is_one_quotation_in_corner_brackets_is_a_paragraph():
    quote = "「体が動くうちは続けたかった。でも、もう限界なんです」"
    page = "\n".join(["港町新聞", "銭湯、百年の歴史に幕", _JA[0], quote, _JA[1], _JA[2], "関連記事"])
    assert body_lines(extract(page.encode(), "p.txt").blocks) == [_JA[0], quote, _JA[1], _JA[2]]


def test_a_count_of_the_articles_pictures_is_no_subheading():
    page = "\n".join(["港町新聞", "銭湯、百年の歴史に幕", "2026.11.20", "1 / 12", "開業当時から残る番台（撮影：佐藤健）",
                      "この記事の写真（12枚）", _JA[0], _JA[1], _JA[2], "関連記事"])
    assert body_lines(extract(page.encode(), "p.txt").blocks) == _JA
