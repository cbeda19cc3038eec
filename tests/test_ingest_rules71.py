"""Ingest rules of stop 45, from the misses of blind batches text 90 and HTML 67 (measured on main before them), each
tested on pages of its own."""
from __future__ import annotations

import pytest

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied
from sitegen.ingest.extract import extract

HEADLINE = "Council votes 5-2 to keep Eastside library branch open through 2026"
ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def _html(body: str, head: str = "<title>Page | The Valley Ledger</title>") -> object:
    return extract(f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode(), "page.html")


JA_HEADLINE = "北浜FC、終盤の逆転劇で首位浮上　ルーキー早瀬が決勝弾"
JA_STORY = ["国内リーグ第17節の8日、北浜FCはホームの汐見スタジアムで港南ユナイテッドに2－1で逆転勝ちし、勝ち点を38に伸ばして首位に浮上した。",
            "前半は港南の素早いプレスに苦しんだ。前半29分、右サイドを崩され、FW真壁に先制点を許した。",
            "流れが変わったのは後半だ。監督は後半開始から2人を入れ替え、中盤の構成を変更。後半31分にMF三雲の左足ミドルで同点に追いついた。"]


@pytest.mark.parametrize("notice", [
    "当サイトではサービス向上のためにクッキーを使用しています。サイトを引き続き利用することで、クッキーの使用に同意したものとみなされます。",
    "이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 동의한 것으로 간주됩니다.",
])
def test_a_japanese_or_korean_cookie_notice_over_the_headline_is_no_title(notice):
    blocks = ["メインコンテンツへスキップ", "湊スポーツ", "ニュース\n野球\nサッカー", "ログイン\n会員登録", notice + "\n同意する\n詳細設定",
              "ホーム ＞ サッカー ＞ 国内リーグ", JA_HEADLINE, "2025年6月8日 21:34", "文＝森田遼", "シェア\nポスト", *JA_STORY]
    found = extract("\n\n".join(blocks).encode(), "page.txt")
    assert found.title == JA_HEADLINE
    assert body_lines(found.blocks) == JA_STORY


@pytest.mark.parametrize("line", [
    "Vous devez être connecté pour commenter.",
    "Sie müssen angemeldet sein, um zu kommentieren.",
    "Musisz być zalogowany, aby dodać komentarz.",
    "Devi essere registrato per commentare.",
])
def test_you_must_be_logged_in_to_comment_goes_in_other_languages_too(line):
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH, "Réagissez", line, "Se connecter", "Mentions légales"])
    assert body_lines(found.blocks) == ENGLISH


@pytest.mark.parametrize("line", [
    "Cet article est paru dans l’édition du 4 avril 2025 de La Gazette de Brévanne.",
    "This article appeared in the April 4 edition of The Valley Ledger.",
    "Dieser Artikel erschien in der Samstagsausgabe.",
])
def test_a_note_on_the_print_edition_the_story_appeared_in_goes(line):
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH, line])
    assert body_lines(found.blocks) == ENGLISH


def test_a_story_saying_what_appeared_in_an_edition_stays():
    line = ("The advert appeared in the Saturday edition of three regional papers, and the council says it cost "
            "£4,000 to place, which opponents called a waste of money.")
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, line, ENGLISH_NEXT, ENGLISH_THIRD])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, line, ENGLISH_NEXT, ENGLISH_THIRD]


@pytest.mark.parametrize("label", ["Веде трансляцію:", "Вела стрічку:"])
def test_who_hosts_a_ukrainian_live_page_is_its_author(label):
    found = copied([HEADLINE, f"{label} Оксана Гребенюк", "June 3, 2025", *ENGLISH])
    assert found.author == "Оксана Гребенюк"


@pytest.mark.parametrize("line", [
    "Die Ereignisse vom Vortag können Sie in unserem Liveblog vom Donnerstag nachlesen.",
    "You can read yesterday's live blog here.",
    "Catch up on our live coverage from yesterday.",
    "Retrouvez notre direct d’hier.",
])
def test_a_pointer_to_the_earlier_days_live_page_goes(line):
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH, line])
    assert body_lines(found.blocks) == ENGLISH


def test_a_prompt_to_press_play_on_a_programmes_page_goes():
    line = ("Hear the full report, including the keeper's recording of the 1979 storm, by pressing play above. "
            "The Morning Show is on weekdays from 6am.")
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH, line])
    assert body_lines(found.blocks) == ENGLISH
    # (A story telling of a player stays: "press play" with no "above"/"below" of the page.)
    story = ("Visitors can press play on a restored gramophone in the museum's new room, which opens on Saturday "
             "after a two-year restoration.")
    found = copied([HEADLINE, "By Ana Ruiz", "June 3, 2025", ENGLISH_LEAD, story, ENGLISH_NEXT, ENGLISH_THIRD])
    assert story in body_lines(found.blocks)


def test_an_op_eds_footnote_on_its_writer_goes():
    page = _html("<article><h1>Europe must pay for Ukraine's security now</h1>"
                 "<p class='byline'>Par Hélène Marchetti</p>"
                 + "".join(f"<p>{p}</p>" for p in ENGLISH)
                 + "<p class='author-note'><em>* Hélène Marchetti est professeure de science politique à l’Institut "
                   "d’études européennes de Nancy.</em></p></article>")
    assert page.author == "Hélène Marchetti"
    assert body_lines(page.blocks) == ENGLISH


# From blind batches text 91 and HTML 68 (measured on the stop's first rules).

def test_an_opinion_pages_writer_between_headline_and_dek_is_the_byline_not_the_dek_the_headline():
    headline = "Security guarantees for Ukraine are worthless unless Europe is ready to pay for them"
    dek = ("Promises made after a ceasefire will be tested not in communiqués but in budgets, barracks and "
           "air-defence batteries")
    found = copied(["The Harbour Ledger", "Opinion", "Ukraine", headline, "Marguerite Okonkwo-Lind", dek,
                    "Sat 8 Mar 2025 07.00 GMT", "Share", *ENGLISH])
    assert found.title == headline
    assert found.author == "Marguerite Okonkwo-Lind"
    # (A masthead over its motto and the day's date is no byline: the headline stays the story's.)
    found = copied(["Skip to content", "Diário da Ribeira", "O jornal de Vila Nova da Ribeira e do concelho desde 1921",
                    "Terça-feira, 14 de outubro de 2025", "Concelho", HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH])
    assert found.title == HEADLINE


def test_the_masthead_over_a_publishing_house_named_in_the_copyright():
    found = copied(["La Voce delle Sponde", "Cronaca", HEADLINE, "By Ana Ruiz", "June 3, 2025", *ENGLISH,
                    "La Voce delle Sponde", "© 2025 Editoriale Sponde S.r.l. Tutti i diritti riservati"])
    assert found.publisher == "La Voce delle Sponde"


def test_a_lead_box_of_its_own_over_the_body_is_the_dek():
    lead = ("Unia Europejska przyjęła kolejny pakiet sankcji wobec Rosji. Tym razem na celowniku są tankowce i banki "
            "z państw trzecich.")
    page = _html("<main class='art'><h1>Sankcje wobec Rosji. Co zawiera nowy pakiet?</h1>"
                 "<div class='art-authors'>Marta Zielonka</div><div class='art-date'>12.06.2025, 14:20</div>"
                 "<div class='art-date'>aktualizacja: 13.06.2025, 08:05</div>"
                 "<div class='art-share'><a href='#'>Udostępnij</a><a href='#'>Tweetnij</a></div>"
                 "<figure><img src='a.jpg' alt=''><figcaption>Tankowiec na Bałtyku. Fot. Karol Mazur</figcaption></figure>"
                 f"<div class='art-lead'><strong>{lead}</strong></div>"
                 "<section class='art-body'>" + "".join(f"<div class='art-text'>{p}</div>" for p in ENGLISH)
                 + "</section></main>")
    assert page.description == lead
    assert body_lines(page.blocks) == ENGLISH
    # (A bare "lead" class on the story's first paragraph, inside the body's box, stays the story's.)
    page = _html("<article><h1>Europe must pay for Ukraine's security now</h1><div class='body'>"
                 + f"<p class='lead'>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p></div></article>")
    assert body_lines(page.blocks) == ENGLISH


def test_a_korean_date_written_in_words_is_the_pages_date():
    story = ["구글이 크롬 브라우저에서 제3자 쿠키 사용을 중단하려던 계획을 철회했다고 23일 밝혔다.",
             "광고 업계와 규제 당국의 반발이 이어지자 이용자가 직접 설정을 선택하는 방식으로 방향을 바꿨다.",
             "업계 관계자는 \"광고 시장에 미치는 영향은 크지 않을 것\"이라고 말했다."]
    found = extract("\n\n".join(["구글, 크롬 쿠키 중단 계획 철회", "2024년 7월 23일 오후 3:20", *story]).encode(), "page.txt")
    assert found.date == "2024-07-23"
    assert body_lines(found.blocks) == story
