"""Ingest rules of stop 26, drawn from earlier batches' remaining misses and blind batches text 52 and HTML 29."""
from __future__ import annotations

import pytest

from ingest_fixtures import body_lines
from sitegen.ingest.extract import extract
from sitegen.model import Block

_PARAS = ["<p>The national statistics office said on Thursday that the average price of a litre of diesel fell for "
          "the third week running, to its lowest level since the spring.</p>",
          "<p>Analysts said cheaper crude and a stronger currency explained most of the fall, and that pump prices "
          "usually follow wholesale prices with a delay of about two weeks.</p>"]
_TABLE = ("<h2>Average diesel price by week</h2><table><thead><tr><th>Week</th><th>Price</th></tr></thead><tbody>"
          "<tr><td>3–9 March</td><td>1.71</td></tr><tr><td>10–16 March</td><td>1.68</td></tr>"
          "<tr><td>17–23 March</td><td>1.64</td></tr></tbody></table>")


def _html(story_box: str, after: str = "") -> list[str]:
    page = ("<html><head><title>Diesel price falls again | Daily Ledger</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            "<article><h1>Diesel price falls again</h1><p class='byline'>By Ruth Mills</p>"
            f"<div class='article-body'>{story_box}</div>{after}</article>"
            "<section class='related'><h2>More from Daily Ledger</h2><ul><li><a href='/a'>Bus fares to rise</a></li>"
            "<li><a href='/b'>New tram line opens</a></li></ul></section>"
            "<footer><p>© 2026 Daily Ledger</p></footer></body></html>")
    blocks: list[Block] = extract(page.encode(), "diesel.html").blocks
    return [b.text for b in blocks]


def test_a_table_under_a_subheading_that_ends_the_story_in_its_own_box_is_kept():
    body = _html("".join(_PARAS) + _TABLE)
    assert body[-5:] == ["Average diesel price by week", "Week | Price", "3–9 March | 1.71", "10–16 March | 1.68",
                         "17–23 March | 1.64"]


def test_a_table_under_a_subheading_in_a_box_of_its_own_after_the_story_is_a_widget():
    body = _html("".join(_PARAS), f"<div class='standings'>{_TABLE}</div>")
    assert body[-1] == _PARAS[-1][3:-4]


_STORY = ["Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
          "Ukraine after any ceasefire, and the talks are expected to run late into the night.",
          "Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
          "capitals prefer a political declaration that can be agreed before the end of the year."]


def _copy(top: list[str], bottom: list[str] = ()):
    return extract("\n".join(top + _STORY + list(bottom)).encode(), "page.txt")


def test_a_live_pages_edited_by_line_names_its_author_and_stands_under_the_headline():
    page = _copy(["Skip to content", "Home", "News", "Sport", "Live", "LIVE",
                  "Allies weigh written guarantees for Ukraine in Brussels",
                  "Edited by Maren Dahl and Piotr Nowak, with reporting from Brussels", "Summary",
                  "Ministers meet in Brussels to discuss guarantees", "18:10"])
    assert page.title == "Allies weigh written guarantees for Ukraine in Brussels"
    assert page.author == "Maren Dahl and Piotr Nowak"


def test_an_editor_under_a_writers_byline_is_no_co_author():
    page = _copy(["Science Beat", "Home", "Biology", "Bumblebees lose their way in warmer springs",
                  "By Lena Varga", "edited by Tom Brandt, reviewed by Ana Ruiz", "12 March 2025"])
    assert page.author == "Lena Varga"


def test_a_korean_byline_box_labelled_reporters_name():
    story = ["배터리 재활용 기업 한빛소재가 충남 서산에 연간 1만톤 규모의 폐배터리 처리 공장을 준공했다고 19일 밝혔다. "
             "회사는 이 공장에서 리튬과 니켈, 코발트를 함께 회수할 계획이다.",
             "한빛소재는 내년 상반기까지 처리 능력을 두 배로 늘리고, 회수한 금속을 국내 양극재 업체에 공급할 예정이라고 설명했다."]
    page = extract("\n".join(["뉴스", "소재", "폐배터리 재활용 공장 준공…연 1만톤 처리", "기자명 김하늘 기자",
                              "입력 2025.11.19 10:24", "댓글 0", "공장 내부. [사진=한빛소재]"] + story).encode(), "ko.txt")
    assert page.author == "김하늘"
    assert page.title == "폐배터리 재활용 공장 준공…연 1만톤 처리"


def test_a_download_link_beside_the_date_is_no_author():
    story = ["Jakarta, 24 November 2025 – Kementerian Pekerjaan Umum hari ini meresmikan jembatan baru di Kota Lama yang "
             "menghubungkan dua kecamatan di tepi sungai.",
             "Jembatan sepanjang 180 meter itu dibangun dalam waktu 14 bulan dan akan dilalui sekitar 20.000 kendaraan "
             "setiap hari, kata pejabat kementerian."]
    page = extract("\n".join(["Beranda", "Media", "Siaran Pers", "Menteri Resmikan Jembatan Baru di Kota Lama",
                              "24 November 2025", "Unduh PDF (312 KB)", "Bagikan:", "Facebook", "LinkedIn", "X",
                              "WhatsApp"] + story).encode(), "id.txt")
    assert page.author is None


def test_a_title_cased_headline_keeps_the_company_name_it_opens_on():
    # The company's logo line and its other releases open on the same name: in a headline with every longer word
    # capitalized, the name is its subject, not a kicker copied in front of it.
    page = _copy(["Saya Setuju", "Banyu Lestari", "Beranda", "Media",
                  "Banyu Lestari Resmikan Instalasi Pengolahan Air di Karawang", "24 November 2025"],
                 ["Berita Lainnya", "Banyu Lestari Catat Pertumbuhan Pendapatan 14 Persen",
                  "Banyu Lestari Raih Penghargaan Laporan Keberlanjutan"])
    assert page.title == "Banyu Lestari Resmikan Instalasi Pengolahan Air di Karawang"



# A Danish page: its closing furniture in a language the boilerplate patterns know less well than English.
_LONG_STORY = [
    "Byrådet besluttede tirsdag at lukke Mølle-broen for biler fra næste forår, efter at ingeniører fandt ud af, at "
    "to af broens jernbærere var langt mere rustne, end den seneste inspektion viste.",
    "Busser, cyklister og fodgængere må fortsat krydse broen, men bilister skal køre en omvej på omkring seks "
    "kilometer gennem centrum, og de handlende frygter, at det vil holde kunderne væk i julehandlen.",
    "Ifølge kommunen vil reparationen koste omkring 25 millioner kroner og tage mindst atten måneder, og kommunen "
    "vil søge staten om hjælp til regningen inden udgangen af regnskabsåret.",
    "Beboere på sydsiden af åen siger, at de intet hørte før afstemningen, og flere af dem beder kommunen om at "
    "offentliggøre hele ingeniørrapporten, så folk selv kan vurdere risikoen.",
    "Borgmesteren afviste kritikken på mødet og sagde, at kommunen havde handlet, så snart rapporten lå klar, og at "
    "sikkerheden for dem, der bruger broen hver dag, måtte komme før alt andet.",
    "Et borgermøde om omkørslen holdes i rådhusets store sal den 20. marts, hvor ingeniørerne også vil svare på "
    "spørgsmål om, hvordan broen skal repareres, og hvornår bilerne kan komme tilbage."]
_FURNITURE = ["Del artiklen", "Facebook", "LinkedIn", "E-mail", "Emner", "Veje", "Kommunen", "Trafik",
              "Karen Vad", "Journalist", "Tom Reyes", "Fotograf", "Flere nyheder fra Åbyposten",
              "Nye køreplaner for busserne fra januar", "Ny legeplads åbner i Østbyen", "Biblioteket skærer i åbningstiden",
              "Hvorfor er hullerne i vejen værre i år?", "Vejret", "Kryds og tværs", "Familienyt", "Kontakt os"]


def test_long_sentences_past_a_long_run_of_the_sites_furniture_are_not_the_story():
    tail = ["Åbyposten er en uafhængig lokalavis, der ejes af en fond og udkommer på alle hverdage året rundt.",
            "Ansvarshavende chefredaktør: Mette Holm",
            "Vi bruger informationscookies til at forstå, hvordan sitet bliver brugt, og du kan selv vælge hvilke.",
            "Accepter alle", "Kun nødvendige"]
    page = extract("\n".join(["Åbyposten", "Nyheder", "Sport", "Mølle-broen lukkes for biler til foråret",
                              "Af Anna Berg", "12. marts 2025"] + _LONG_STORY + _FURNITURE + tail).encode(), "p.txt")
    assert [b.text for b in page.blocks] == _LONG_STORY


def test_the_story_going_on_after_a_short_box_inside_it_is_kept():
    box = ["Annonce", "Læs også", "Biblioteket skærer i åbningstiden", "Del artiklen", "Facebook"]
    page = extract("\n".join(["Åbyposten", "Nyheder", "Sport", "Mølle-broen lukkes for biler til foråret",
                              "Af Anna Berg", "12. marts 2025"] + _LONG_STORY[:2] + box + _LONG_STORY[2:]
                             + _FURNITURE).encode(), "p.txt")
    assert [b.text for b in page.blocks] == _LONG_STORY


_POST = ["<div>Dear neighbours, what a week!</div>",
         "<div>On Monday the community library opened its evening reading room for the first time, and it will now "
         "stay open from half past six until ten every weekday evening.</div>",
         "<div>We were afraid we would sit among empty chairs. It did not happen: in five evenings we counted 140 "
         "visits, and 23 people signed up for a library card.</div>"]


def _blogger(post: list[str], script: str = "") -> object:
    page = ("<html><head><title>Hill Readers: The evening reading room is open</title>"
            "<meta name='description' content='How the first week of the evening reading room went: numbers, stories "
            "and what comes next.'>"
            "<meta property='og:title' content='The evening reading room is open'>"
            "<meta property='og:description' content='Dear neighbours, what a week! On Monday the community library "
            "opened its evening reading room for the first time, and it ...'></head><body>"
            "<div class='header'><h1 class='title'>Hill Readers</h1><p class='description'>The library's blog</p></div>"
            "<div class='main'><div class='widget Blog' id='Blog1'><h2 class='date-header'>Saturday, 15 November 2025"
            "</h2><h3 class='post-title'>The evening reading room is open</h3>"
            f"<div class='post-body entry-content'>{''.join(post)}</div>"
            "<div class='post-footer'>Posted by Ana Lopes at 19:42</div></div></div>"
            "<div class='sidebar'><div class='widget PopularPosts'><h2>Popular posts</h2><ul><li><a href='/a'>Book club: "
            "October</a></li></ul></div></div>"
            f"{script}</body></html>")
    return extract(page.encode(), "post.html")


def test_a_blog_posts_first_line_under_a_share_card_cut_from_it_is_story_and_the_blogs_h1_its_publisher():
    page = _blogger(_POST)
    assert [b.text for b in page.blocks][0] == "Dear neighbours, what a week!"
    assert page.description == ("How the first week of the evening reading room went: numbers, stories and what "
                                "comes next.")
    assert page.publisher == "Hill Readers"


def test_a_scripts_text_let_through_as_page_text_is_no_story():
    # A string holding "</script>" ends the script for a browser too: what follows shows as text.
    script = ("<script>var data = {\"share\": \"<script>window.cfg = {'lang': 'en'};</script>\", \"jumpLinkMessage\": "
              "\"Read more\", \"pageType\": \"item\", \"postId\": \"1874263095528817401\", \"isMobile\": false, "
              "\"title\": \"The evening reading room is open\", \"description\": \"How the first week went\"};</script>")
    page = _blogger(_POST, script * 3)
    assert [b.text for b in page.blocks] == [line[5:-6] for line in _POST]


def test_a_forums_post_body_set_in_a_blockquote_is_no_quotation():
    # vBulletin sets each post's text in <blockquote class="postcontent"> inside <ol id="posts"><li>.
    page = ("<html><head><title>Thread: Price cap explained</title></head><body><div id='breadcrumb'>Forum › Shipping"
            "</div><h1>Thread: Price cap explained</h1><ol id='posts'><li class='postbit' id='post_1'>"
            "<div class='username'>ferrous_wheel</div><div class='postbody'><div class='content'>"
            "<blockquote class='postcontent restore'>Seeing a lot of confusion about what the new cap changes, so "
            "here is a write-up from someone who has done compliance work for a broker.<br /><br />The cap itself has "
            "never been the hard part; proving what a cargo cost has always been.<br /><br />What a provider checks:"
            "<ol><li>an attestation from the buyer</li><li>itemised freight and insurance costs</li></ol>"
            "</blockquote></div></div></li></ol><div class='footer'>Powered by vBulletin</div></body></html>")
    blocks = extract(page.encode(), "thread.html").blocks
    assert [(b.kind, b.text[:20]) for b in blocks] == [
        ("paragraph", "Seeing a lot of conf"), ("paragraph", "The cap itself has n"), ("paragraph", "What a provider chec"),
        ("list_item", "an attestation from "), ("list_item", "itemised freight and")]


def _live(summary: list[str], entry_lines: list[str]) -> list[str]:
    lines = (["Skip to content", "Northline News", "Home", "News", "Sport", "LIVE",
              "Allies weigh written guarantees for Ukraine in Brussels", "Edited by Maren Dahl", "Summary"] + summary
             + ["Live Reporting", "Share page"] + entry_lines + ["Share", "More on this story", "© Northline 2026"])
    return body_lines(extract("\n".join(lines).encode(), "live.txt").blocks)


_ENTRIES = ["18:10", "Talks end without a joint text",
            "The ministers ended their session after six hours without agreeing the wording of a guarantee, two "
            "diplomats said, and will meet again over dinner this evening to try once more before the leaders "
            "arrive in the city tomorrow morning.",
            "Share", "16:30", "Kremlin repeats its warning",
            "The Kremlin said foreign troops in Ukraine would be legitimate targets, repeating a warning it has made "
            "several times since the talks began.",
            "Share", "14:20", "What are the options on the table?", "Ian Ferris",
            "Security correspondent",
            "Diplomats have been discussing three broad models for how allies might protect Ukraine after a ceasefire, "
            "none of which would commit them to fight.",
            "Share", "12:05", "Welcome to our coverage",
            "Good afternoon and welcome to our live coverage from Brussels, where foreign ministers are meeting to "
            "discuss what guarantees they could offer Ukraine."]


def test_a_live_pages_summary_points_are_the_storys_list_and_an_entrys_writer_is_no_heading():
    points = ["Ministers are meeting in Brussels to discuss guarantees for Ukraine after a ceasefire",
              "Several countries want a written commitment short of Article 5",
              "Moscow says foreign troops in Ukraine would be targets"]
    body = _live(points, _ENTRIES)
    assert body[:3] == ["- " + p for p in points]
    assert "## What are the options on the table?" in body
    assert "## Security correspondent" not in body and "Ian Ferris" not in body


def test_a_live_pages_box_of_its_entries_headlines_is_no_summary():
    body = _live(["Talks end without a joint text", "What are the options on the table?",
                  "Kremlin repeats its warning"], _ENTRIES)
    assert not any(line.startswith("- ") for line in body)


def test_a_phpbb_threads_title_author_and_date_are_its_first_posts():
    post = ["Hi all, here is my write-up of last night's aurora from the moors above Haworth, with the times of the "
            "brightest bands and where the camera was pointing.",
            "The first curtains showed at 21:40 UT low in the north, and by 22:15 the whole northern sky was red and "
            "green; I have put the full sequence on my site."]
    lines = (["Dark Moors Forum", "Quick links", "FAQ", "Login", "Board index", "Observing", "Aurora & Noctilucent "
              "Clouds", "Search", "Strong aurora over the moors, 4 Nov – photos and timings", "Post Reply", "6 posts",
              "SkyWatcherTom", "Posts: 812", "Joined: Sat Jan 04, 2020 8:15 pm", "Location: Haworth",
              "Strong aurora over the moors, 4 Nov – photos and timings",
              "Post by SkyWatcherTom » Wed Nov 05, 2025 9:12 am"] + post
             + ["Top", "NorthernLass", "Posts: 95", "Joined: Mon Feb 01, 2021 7:00 pm",
                "Re: Strong aurora over the moors, 4 Nov – photos and timings",
                "Post by NorthernLass » Wed Nov 05, 2025 10:03 am",
                "Lovely shots. We saw the red glow from Keighley but nothing like this.", "Top", "Display: All posts"])
    page = extract("\n".join(lines).encode(), "thread.txt")
    assert (page.title, page.author, page.date) == (
        "Strong aurora over the moors, 4 Nov – photos and timings", "SkyWatcherTom", "2025-11-05")


def test_an_indonesian_releases_end_mark_about_box_and_media_contact_are_no_story():
    story = ["Jakarta, 24 November 2025 – PT Banyu Lestari Tbk hari ini meresmikan instalasi pengolahan air baru di "
             "Bekasi yang akan memasok air bersih bagi sekitar 120.000 penduduk.",
             "Instalasi tersebut dibangun dalam waktu 14 bulan dan dilengkapi panel surya yang memenuhi sebagian "
             "kebutuhan listriknya, kata perusahaan dalam keterangannya.",
             "Bupati Bekasi menyambut baik beroperasinya instalasi tersebut dan mengatakan warga di wilayah utara "
             "selama bertahun-tahun bergantung pada sumur dangkal yang kualitas airnya terus menurun.",
             "Perseroan bersama pemerintah daerah menargetkan 15.000 sambungan rumah baru bagi rumah tangga "
             "berpenghasilan rendah hingga akhir 2026."]
    lines = (["Beranda", "Media", "Siaran Pers", "Banyu Lestari Resmikan Instalasi Pengolahan Air di Bekasi",
              "24 November 2025"] + story
             + ["-selesai-", "Tentang PT Banyu Lestari Tbk",
                "PT Banyu Lestari Tbk adalah perusahaan pengelola air bersih yang tercatat di Bursa Efek Indonesia "
                "dan mengoperasikan 12 instalasi di Jawa.", "Kontak Media:", "Sari Puspita", "Email: media@banyu.co.id"])
    assert [b.text for b in extract("\n".join(lines).encode(), "rilis.txt").blocks] == story


@pytest.mark.parametrize("banner", [
    "Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo. Nastavkom pregledavanja pristajete.",
    "Този сайт използва бисквитки, за да подобри вашето изживяване. Продължавайки, вие се съгласявате с това.",
    "Tämä sivusto käyttää evästeitä parantaakseen käyttökokemusta. Jatkamalla hyväksyt niiden käytön sivustolla."])
def test_a_cookie_banner_in_more_languages_opens_no_story(banner):
    # Taken for the story's first long line, it put the headline under it into the story's region, lost.
    story = ["Kad sam devedesetih kao dijete slušala vijesti o pregovorima u Ženevi, mislila sam da mir dolazi "
             "potpisom. Danas znam da potpis bez jamstava ne znači ništa onima koji žive uz crtu bojišnice.",
             "Posljednjih tjedana svjedočimo sve užurbanijoj diplomaciji, ali nitko još nije rekao tko će jamčiti "
             "primirje kad se izaslanici vrate kućama i kamere odu."]
    lines = ["Preskoči na sadržaj", "Jadranski glas", "Vijesti", "Sport", "Kultura", banner, "Prihvaćam",
             "Naslovnica / Mišljenja / Kolumne", "KOLUMNA", "Mir koji se dogovara preko tuđih glava nije mir",
             "Ivana Horvat", "10.03.2026. u 18:40", "Podijeli"] + story + ["Oznake:", "© Jadranski glas 2026"]
    page = extract("\n".join(lines).encode(), "kolumna.txt")
    assert page.title == "Mir koji se dogovara preko tuđih glava nije mir" and not page.title_inferred
