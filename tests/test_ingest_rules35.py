"""Rules drawn from blind text batch 35's first run (heldout/README.md "Batch 35"), on pages of their own."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import body_lines
from test_ingest_html33 import _P

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


_STORY = [_P, _P.replace("Tuesday", "Wednesday"), _P.replace("Tuesday", "Thursday")]


def _page(*top: str, tail: tuple = ()) -> bytes:
    return "\n".join([*top, *_STORY, *tail]).encode()


def test_a_first_line_that_names_no_outlet_does_not_replace_the_company_in_the_copyright():
    result = extract(_page("Latest Local News", "Harbour talks end with a ceasefire map after six hours",
                           tail=("© 2026 Ledger Media Group Ltd. All rights reserved.",)), "p.txt")
    assert result.publisher != "Latest Local News"


def test_per_over_the_date_is_a_first_name_on_an_english_page():
    result = extract(_page("Harbour talks end with a ceasefire map after six hours", "Per Anders Berg",
                           "12 March 2026"), "p.txt")
    assert result.author == "Per Anders Berg"


def test_a_labelled_dek_over_a_labelled_date_is_still_the_dek():
    dek = "Analysis: the vote ends four years of argument, but the harder part of the deal is only beginning"
    result = extract(_page("Harbour talks end with a ceasefire map after six hours", dek,
                           "Updated: 12 March 2026, 10:42"), "p.txt")
    assert result.description == dek


_VI = ["Sở Giao thông vận tải tỉnh cho biết tất cả các tuyến xe buýt nông thôn phải duy trì ít nhất một chuyến khứ hồi "
       "mỗi ngày trong năm tới, sau cuộc họp với các doanh nghiệp vận tải.",
       "Theo khảo sát của sở, một phần tư số hộ gia đình ở các xã vùng sâu không có phương tiện cá nhân, nên xe buýt là "
       "cách duy nhất để người dân đến chợ, trường học và bệnh viện."]


def test_one_phrase_in_capitals_under_the_story_is_no_signature_two_names_are():
    def author(tail: str):
        page = ["Tin Tây Nguyên", "Thứ ba, 3/3/2026 - 09:10",
                "Tuyến xe buýt nông thôn được giữ ít nhất một chuyến khứ hồi mỗi ngày", *_VI, tail, "Từ khóa:", "xe buýt",
                "Bình luận (0)"]
        return extract("\n".join(page).encode(), "p.txt").author
    assert author("TIN LIÊN QUAN") is None
    assert author("LÊ VĂN HÙNG - NGỌC ÁNH") == "Lê Văn Hùng and Ngọc Ánh"


def test_a_numbered_abbreviation_ends_no_sentence_a_footnote_mark_does():
    from sitegen.ingest.features import SENTENCE_END
    assert not any(SENTENCE_END.search(t) for t in ("Ranked world No.1", "See Fig.2", "under art.15"))
    assert all(SENTENCE_END.search(t) for t in ("as the survey showed.1", "up from half a year ago.12"))


# Rules from text batch 36's first run (written at the end of stop 20), on pages of their own.

def test_a_wires_version_slug_and_update_note_are_not_the_headline_nor_the_dek():
    result = extract(_page("Baltic Wire", "REFILE-Port of Gdansk reopens after two-day strike as unions accept pay offer",
                           "By Ewa Nowak", "(Updates with union statement in paragraph 4)"), "p.txt")
    assert result.title == "Port of Gdansk reopens after two-day strike as unions accept pay offer"
    assert result.description is None


def test_a_caption_credited_to_an_agency_after_its_full_stop_is_no_headline():
    page = ["El Puerto", "Abrir en la app", "Menú", "INTERNACIONAL",
            "Acuerdo en el puerto: los estibadores vuelven al trabajo tras nueve días de huelga",
            "La patronal acepta la subida salarial. El tráfico se normalizará esta semana", "Por", "ANA RUIZ",
            "30/11/2026 07:15", "Compartir en WhatsApp", "Comentarios 12",
            "Los estibadores, en una asamblea en el muelle, en una imagen de archivo. EFE", "Publicidad",
            "Nadie lo esperaba.",
            "Después de nueve días de huelga, los estibadores del puerto votaron el domingo a favor de volver al "
            "trabajo, tras aceptar la patronal una subida salarial y nuevas reglas de turnos.",
            "El tráfico de contenedores se normalizará a lo largo de esta semana, según la autoridad portuaria, que "
            "calcula que harán falta diez días para despejar los barcos que esperan fuera."]
    result = extract("\n".join(page).encode(), "p.txt")
    assert result.title == "Acuerdo en el puerto: los estibadores vuelven al trabajo tras nueve días de huelga"


def test_a_clips_title_that_says_so_is_no_headline_though_it_shares_the_storys_words():
    page = ["Hopp til innhold", "Kystkanalen", "Nyheter", "Meny", "Nyheter", "Innenriks",
            "Havnestreiken er over etter ni dager", "Bilde av Kari Lie", "Kari Lie", "Journalist",
            "Publisert 3. des. 2026 kl. 16.48", "Del", "Spill av video",
            "Se video: Havnearbeiderne stemte søndag for å gå tilbake på jobb etter streik i havnen", "0:00 / 2:31",
            "Havnearbeiderne stemte søndag for å gå tilbake på jobb etter ni dager med streik i havnen, etter at "
            "arbeidsgiverne godtok et lønnstillegg og nye regler for skift.",
            "Trafikken i havnen skal være tilbake til normalt i løpet av uken, ifølge havnevesenet, som regner med at "
            "det tar ti dager å få unna skipene som venter.",
            "Streiken har kostet eksportørene i regionen store summer, og flere bedrifter har måttet stanse produksjonen."]
    assert extract("\n".join(page).encode(), "p.txt").title == "Havnestreiken er over etter ni dager"


def test_a_text_mixing_vietnamese_letters_with_another_languages_words_gets_a_language_not_an_error():
    # (Vietnamese is told by its letters, with no list of common words to weigh against the other language's.)
    from sitegen.ingest.language import language
    mixed = ("aides les seront annoncé cường người a sẽ biết sinistrés le pour jours vùng qui trợ tới ngày viennent "
             "que")
    assert language(mixed, "latin") in (None, "vi", "fr")
