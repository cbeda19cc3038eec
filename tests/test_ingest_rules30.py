"""Rules made in stop 20 by reading the wrong headlines and bylines of batches 33–34 as a reader would: each says what
tells a person the headline or the byline at a glance, checked on other strings (other sites, names, languages) than
the pages that showed it."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import (ENGLISH_LEAD as _LEAD, ENGLISH_NEXT as _NEXT, ENGLISH_THIRD as _THIRD, GERMAN_LEAD,
                             GERMAN_NEXT)


def _lines(*lines: str) -> bytes:
    """A dump copied with no blank line anywhere."""
    return "\n".join(lines).encode()


# A note's number glued to a sentence's full stop, its superscript lost in the copy ("… was never ratified.3"): a reader
# still sees the sentence end, so the paragraph is story, and the header above it stays the header.

_EN_HEADLINE = "Why Rural Bus Networks Need a Legal Floor, Not Another Pilot Scheme"
_EN_DEK = "Evening buses are the first service cut and the last restored. Our survey of six counties shows what it costs."


def test_a_paragraph_ending_in_a_note_number_is_story_under_the_header():
    page = _lines("Transport Futures Trust", "Research", "Publications", "Briefing", _EN_HEADLINE, _EN_DEK,
                  "Ruth Calloway", "Senior Fellow, Mobility Programme", "12 March 2026",
                  _LEAD[:-1] + ", a figure unchanged since the 2019 review.4",
                  "The board has never published the cost of the evening services it withdrew, though councils "
                  "asked for it twice in writing during the last two years.5",
                  "What the Counties Spend", _NEXT, _THIRD)
    e = extract(page, "x.txt")
    assert e.title == _EN_HEADLINE
    assert e.description == _EN_DEK
    assert e.blocks[0].text.startswith("Every rural bus route")


# Two byline boxes one under the other, each a name over the author's role, the role's unit after a comma: a reader
# sees two authors, not a name and a programme.

def test_two_names_each_over_a_role_with_its_unit_are_two_authors():
    page = _lines("Transport Futures Trust", "Briefing", _EN_HEADLINE, _EN_DEK,
                  "Ruth Calloway", "Senior Fellow, Mobility Programme",
                  "Deniz Arslan", "Research Analyst, Mobility Programme", "12 March 2026", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").author == "Ruth Calloway and Deniz Arslan"


# A long read's chapters numbered "1." / "2." (or "I." / "II."): a reader takes the first chapter's heading, right over
# the story, for a chapter, not the headline stacked over the byline far above it.

_PT_HEADLINE = "O último comboio para o interior: como o país desistiu das suas linhas regionais"
_PT_DEK = ("Em vinte anos fecharam onze linhas. Percorremos as que restam para perceber o que se perde quando o comboio "
           "deixa de passar.")
_PT_PARAS = [
    "O comboio das seis e meia sai de Coimbra quase vazio e chega à Lousã com três passageiros, todos reformados, "
    "que o usam para ir ao médico uma vez por semana.",
    "A linha foi encerrada em 2009 para obras que nunca terminaram, e o autocarro que a substituiu demora o dobro do "
    "tempo, dizem os moradores ouvidos pelo jornal.",
    "Na estação de Serpins, a bilheteira fechou há doze anos e o edifício serve hoje de armazém da junta de freguesia, "
    "que não sabe o que fazer com ele.",
]


def _blank_lines(*lines: str) -> bytes:
    """A dump copied with a blank line between lines."""
    return "\n\n".join(lines).encode()


def test_the_first_of_numbered_chapters_is_no_headline():
    page = _blank_lines(
        "Diário da Serra", "Entrar", "Assinar", "Sociedade", "Economia", "Cultura", "Desporto", "Opinião",
        "Grande reportagem", _PT_HEADLINE, _PT_DEK, "Joana Ferreira", "Coimbra, Lousã", "3 de março de 2026, 07:00",
        "Tempo de leitura: 14 min", "Ouvir artigo", "00:00 / 18:20", "Partilhar", "Comentar (31)", "Guardar",
        "Imprimir", "Enviar por e-mail", "Seguir", "Newsletter", "Publicidade",
        "A estação de Serpins, fechada desde 2009. Foto: Rui Matos",
        "I. O comboio das seis e meia", *_PT_PARAS, "II. O autocarro que demora o dobro", *_PT_PARAS,
        "III. O que fica quando o comboio parte", *_PT_PARAS)
    e = extract(page, "x.txt")
    assert e.title == _PT_HEADLINE


# Under the name, over the date, the places the piece was filed from ("Coimbra, Lousã"): a reader sees the name as the
# byline and the places as where it was written, not two authors of one word each.

def test_places_under_a_name_over_the_date_are_no_authors():
    page = _lines("Diário da Serra", "Sociedade", _PT_HEADLINE, _PT_DEK, "Joana Ferreira", "Coimbra, Lousã",
                  "3 de março de 2026, 07:00", *_PT_PARAS)
    assert extract(page, "x.txt").author == "Joana Ferreira"


# A line the page prints again between two of the story's paragraphs (the credit under each of its pictures): a reader
# sees a credit, however near the story its first copy stands; the headline is not printed again inside its story.

_TABLOID_HEADLINE = "Secret summit! Nine hours of bargaining in a lakeside villa"


def test_a_credit_printed_again_between_paragraphs_is_no_headline():
    credit = "Camera: Lena Moss for the Klaxon"
    page = _lines(
        "Daily Klaxon", "NEWS SPORT SHOWBIZ MONEY TRAVEL", "Home / World", "EXCLUSIVE", _TABLOID_HEADLINE,
        "Delegations from both sides met in secret before the official round of talks. The Klaxon reveals what "
        "happened inside.",
        "Owen Pritchard", "Published: 26/11/2026 08:15 | Updated: 26/11/2026 11:40", "Share", credit,
        "It was Sunday morning.", "Seven o'clock.",
        "Four black cars pulled up outside an old villa on the shore of the lake, their windows tinted dark.",
        "Out stepped senior members of both negotiating teams, according to three people who saw them arrive.",
        credit,
        "According to sources seen by the Klaxon, the two delegations sat at the same table for nine full hours "
        "without any public statement at all.",
        "A diplomat who took part said the question of guarantees was still open, and that nobody had signed anything.")
    e = extract(page, "x.txt")
    assert e.title == _TABLOID_HEADLINE
    assert e.author == "Owen Pritchard"


# A portal's "latest" list over the story, times and headlines by turns, its newest entry a short form of the page's
# own headline: a reader sees a list of entries, and the headline under the section label, over the date.

_BUS_HEADLINE = "County transport board orders every rural bus route to keep a daily return journey from next year"


def test_an_entry_of_a_latest_list_is_no_headline():
    page = _lines("Valley Wire", "Search", "Sign in", "HomeNewsLocalSportWeatherVideo", "Tuesday, 3 March 2026",
                  "Latest", "10:58", "Roadworks close the high street until Friday evening", "10:51",
                  "Rovers sign a new goalkeeper on loan", "10:44", "Frost warning for the hills overnight", "10:42",
                  "Every rural bus route to keep a daily return journey", "See all stories", "Transport",
                  _BUS_HEADLINE, "03.03.2026, 10:42", "Source: Valley Wire", "Share", _LEAD, _NEXT, _THIRD)
    e = extract(page, "x.txt")
    assert e.title == _BUS_HEADLINE
    assert e.description is None


# A Catalan review: "Per" and a name over the date is its byline, though Per is a Swedish first name; the production's
# credits under it ("Direcció: …", "Repartiment: …", the venue) are a box of labelled rows, not a byline nor a dek; the
# photographer credited with "©" after "Foto:" is no publisher, the footer's first part before the company and the
# sign is.

_CA_HEADLINE = "‘El jardí d’hivern’: tres germanes i una casa que ja no els pertany"
_CA_PARAS = [
    "Hi ha espectacles que s’imposen des del primer minut i d’altres que guanyen a poc a poc. ‘El jardí d’hivern’ "
    "pertany als segons: la primera mitja hora és lenta, però quan arriba el conflicte ja no et deixa anar.",
    "Les tres germanes tornen a la casa de la mare per buidar-la abans de vendre-la, i cada objecte que treuen de "
    "l’armari obre una discussió que feia anys que esperava el seu moment.",
    "La direcció és precisa i sòbria, i el repartiment sosté amb una naturalitat admirable un text que podria haver "
    "caigut fàcilment en el melodrama.",
]


def test_a_catalan_per_byline_over_the_date_and_a_credits_box_under_it():
    page = _lines(
        "PLATEA", "la revista del teatre", "Teatre Dansa Òpera Agenda", "Crítiques › Teatre", "CRÍTICA", _CA_HEADLINE,
        "★★★☆☆", "Per Jordi Casals Ribó", "dimarts, 3 de març de 2026",
        "Les tres germanes a ‘El jardí d’hivern’. Foto: © Pau Ferrer / Sala Beckett", "Fitxa", "El jardí d’hivern",
        "Text i direcció: Clara Roig", "Repartiment: Anna Soler, Júlia Mas, Berta Puig",
        "Sala Beckett, fins al 29 de març", *_CA_PARAS,
        "Platea · Edicions del Pla SCCL · © 2026", "Avís legal · Galetes")
    e = extract(page, "x.txt")
    assert (e.title, e.author, e.description) == (_CA_HEADLINE, "Jordi Casals Ribó", None)
    assert e.publisher == "Platea"


def test_a_swedish_per_over_the_date_is_a_first_name():
    """A guard: main reads it so too; the Catalan rule must not take the first name for the byline's "by"."""
    page = _lines(
        "Norrlandsbladet", "Nyheter", "Kultur", "Nattågen till Narvik blir kvar i tre år till efter nytt avtal",
        "Per Olof Lindgren", "3 mars 2026",
        "Nattåget mellan Stockholm och Narvik fortsätter att gå åtminstone till och med år 2029, sedan staten och "
        "operatören kommit överens om ett nytt avtal på tisdagen.",
        "Avtalet ger operatören ett årligt bidrag som ska täcka förlusterna på sträckan, som har haft allt fler "
        "resenärer sedan pandemin tog slut och flyget blev dyrare.",
        "Kommunerna längs banan har länge krävt att trafiken ska säkras för flera år i taget, eftersom turismen i "
        "fjällen är beroende av den.")
    assert extract(page, "x.txt").author == "Per Olof Lindgren"


# The copyright line names the publisher with its small words: "&" and "for" are inside a name ("Salt & Pepper",
# "Institute for Fiscal Studies"), "& Co." after a company's legal form is not.

def test_a_copyright_name_keeps_its_ampersand_and_its_for():
    for name in ("Kettle & Crumb", "Institute for Rural Transport"):
        page = _lines(name, "Home", "About", _BUS_HEADLINE, "By Ruth Calloway", "3 March 2026", _LEAD, _NEXT, _THIRD,
                      "Share this", f"© 2026 {name}")
        assert extract(page, "x.txt").publisher == name


def test_a_company_and_co_is_no_part_of_the_name():
    """A guard: main reads it so too; "&" inside a name must not run the name into the legal form."""
    page = _lines("DIE WOCHENPOST", "Politik", "Wirtschaft", "Lahnbrücke bleibt bis zum Sommer gesperrt",
                  "Von Karl Meier", "3. März 2026", GERMAN_LEAD, GERMAN_NEXT,
                  "© 2026 DIE WOCHENPOST GmbH & Co. KG")
    assert extract(page, "x.txt").publisher == "DIE WOCHENPOST"


# A Greek byline over the date names its author in the genitive after the article ("Του Γιώργου Ραφτόπουλου"): a reader
# sees the byline's name, kept as the page writes it.

def test_a_greek_genitive_byline_over_the_date():
    page = _lines("Ο Παρατηρητής", "Αρχική » Ειδήσεις", "Η γέφυρα του λιμανιού κλείνει για δύο μήνες από τον Μάρτιο",
                  "Του Γιώργου Ραφτόπουλου", "03.03.2026, 09:10",
                  "Η γέφυρα που ενώνει το λιμάνι με την παλιά πόλη θα κλείσει για δύο μήνες από τις αρχές Μαρτίου, "
                  "ανακοίνωσε την Τρίτη ο δήμος, ώστε να ενισχυθούν τα θεμέλιά της.",
                  "Οι οδηγοί θα πρέπει να χρησιμοποιούν την παράκαμψη από τη βόρεια είσοδο της πόλης, ενώ τα λεωφορεία "
                  "θα αλλάξουν διαδρομή για όσο διαρκούν τα έργα.",
                  "Ο δήμαρχος είπε ότι τα έργα δεν μπορούσαν να περιμένουν άλλο, μετά την έκθεση των μηχανικών που "
                  "βρήκε ρωγμές σε δύο από τα βάθρα της γέφυρας.")
    assert extract(page, "x.txt").author == "Γιώργου Ραφτόπουλου"


# The interviewer's credit, a label of the page's language and a name, over the photographer's credit and the date
# ("Rozmawiała: …" / "Fot. …" / the date): a reader sees the byline, the photo credit beside it.

_PL_PARAS = [
    "Tomasz Wrzesiński przez dwadzieścia lat kierował biurem rzecznika praw pasażerów i zna kolej od strony, której "
    "podróżni na ogół nie widzą.",
    "Czy nocne pociągi mają jeszcze przyszłość w kraju, w którym tanie linie lotnicze docierają do każdego większego "
    "miasta w niecałą godzinę?",
    "Mają, ale tylko wtedy, gdy przestaniemy je traktować jak zabytek. Ludzie chcą spać w czystej kuszetce i wysiąść "
    "w centrum miasta wypoczęci, a nie na lotnisku daleko za miastem.",
]


def test_an_interviewers_credit_over_the_photo_credit_and_the_date_is_the_byline():
    page = _lines("TYGODNIK SZLAK", "Kraj  Świat  Wywiady  Felietony  Kultura", "WYWIAD",
                  "Tomasz Wrzesiński: Nocny pociąg to nie zabytek, to usługa",
                  "Były rzecznik praw pasażerów o kuszetkach, biletach i o tym, dlaczego kolej przegrywa z samolotem.",
                  "Rozmawiała: Agnieszka Lis", "Fot. Piotr Nowak/Szlak", "3.03.2026, 10:00",
                  "Podziel się   Wyślij   Drukuj", *_PL_PARAS)
    assert extract(page, "x.txt").author == "Agnieszka Lis"


# A name over a role whose unit after the comma runs four words or more, and names stacked one a line over the date
# line without "By": a reader sees the byline in both.

def test_a_name_over_a_role_with_a_long_unit_is_the_byline():
    page = _lines("Transport Futures Trust", "Briefing", "12 March 2026", _EN_HEADLINE, "Ruth Calloway",
                  "Senior Fellow, Rural Roads and Rail Programme", "Download PDF", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").author == "Ruth Calloway"


def test_names_stacked_over_the_date_line_are_co_authors():
    page = _lines("Valley Wire", "News", "LIVE", _BUS_HEADLINE,
                  "Operators and councils meet to agree next year's contracts as villages wait for news.",
                  "Ruth Calloway Hughes", "Deniz Arslan", "Carlisle / Penrith - 3 Mar 2026 - 09:05 GMT",
                  _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").author == "Ruth Calloway Hughes and Deniz Arslan"


# A date a reader sees at a glance: a full ISO date with its label glued on by the copy ("입력2026-03-03 09:10"); and
# the date under the headline, beside the story's source, not the portal's "today" in its top bar far above.

def test_an_iso_date_with_its_label_glued_on():
    page = _lines("바른뉴스", "정치 경제 사회 세계", "[인터뷰] 교통부 장관 \"농촌 버스 노선 하루 한 번 왕복 보장\"",
                  "입력2026-03-03 09:10", "이지은 기자",
                  "교통부 장관은 3일 모든 농촌 버스 노선이 하루 한 번 이상 왕복 운행을 유지해야 한다고 밝혔다. 장관은 내년 계약을 앞두고 운송 "
                  "사업자들과 만난 자리에서 이같이 말했다.",
                  "장관은 저녁 버스가 없는 마을에서는 네 가구 중 한 가구가 자동차가 없다며 노선 유지의 필요성을 강조했다.")
    assert extract(page, "x.txt").date == "2026-03-03"


def test_the_date_under_the_headline_beats_the_top_bars_today():
    page = _lines("Valley Wire", "NewsSportWeatherMoneyTravel", "Sign in", "Search Valley Wire",
                  "Today is Wednesday 11 March 2026", "Carlisle 3 °C cloudy", "Latest", "Local", "World", "Money",
                  "News › Local", _BUS_HEADLINE, "VWA | 03/03/2026 16:42 | updated 03/03/2026 17:05",
                  "Source: Valley Wire Agency", "Share", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").date == "2026-03-03"


# An Indonesian city page: the byline is the name, a dash and the outlet the page is ("… - Warta Bogor Kita", its
# masthead glued "WartaBogorKita"); the editor's labelled line under the date is not the byline; the copyright's domain
# gives way to the name as the byline writes it; the language is told from common words a court report has too.

_ID_PARAS = [
    "Bogor - Pengadilan Negeri Bogor menjatuhkan vonis enam tahun penjara kepada mantan kepala dinas perhubungan "
    "dalam kasus korupsi pengadaan bus sekolah senilai Rp 12 miliar pada Kamis siang.",
    "Majelis hakim menyatakan terdakwa terbukti secara sah bersalah melakukan tindak pidana korupsi bersama dua "
    "rekanan, sebagaimana dakwaan jaksa penuntut umum.",
    "Selain pidana penjara, terdakwa juga dijatuhi denda Rp 300 juta subsider empat bulan kurungan, dan wajib "
    "membayar uang pengganti Rp 2 miliar.",
    "Atas putusan tersebut, terdakwa dan jaksa menyatakan masih pikir-pikir sebelum memutuskan upaya hukum "
    "selanjutnya, kata kuasa hukum terdakwa kepada wartawan setelah sidang.",
]


def test_an_indonesian_byline_with_its_outlet_and_the_domain_written_as_a_name():
    page = _lines("WartaBogorKita", "Home News Bogor Nasional Ekonomi Hukum Olahraga Indeks", "Masuk / Daftar",
                  "Hukum", "Eks Kadishub Bogor Divonis 6 Tahun Penjara dalam Kasus Korupsi Bus Sekolah",
                  "Sari Wulandari - Warta Bogor Kita", "Kamis, 5 Mar 2026 14:10 WIB", "Editor: Bambang Hartono",
                  *_ID_PARAS, "Copyright © 2026 WartaBogorKita.com, All Rights Reserved")
    e = extract(page, "x.txt")
    assert (e.author, e.publisher, e.language) == ("Sari Wulandari", "Warta Bogor Kita", "id")


def test_a_masthead_with_its_domain_ending_names_the_publisher():
    page = _lines("Skip to content", "Rozhledna.sk", "Správy Šport Počasie", "Správy › Zahraničie",
                  "Nočný vlak do Košíc zostane v prevádzke ešte tri roky",
                  "SNA | 3. 3. 2026 16:42",
                  "Nočný vlak z Bratislavy do Košíc bude premávať najmenej do roku 2029, keď sa štát a dopravca v "
                  "utorok dohodli na novej zmluve o službách vo verejnom záujme.",
                  "Zmluva dáva dopravcovi ročný príspevok, ktorý má pokryť straty na trati, kde od konca pandémie "
                  "pribúda cestujúcich a lietanie je drahšie.",
                  "© 2026 Rozhledna a.s.")
    assert extract(page, "x.txt").publisher == "Rozhledna.sk"


# A company holding its brand in quotes in the copyright ("© 2026 ООО «Медиагруппа «Северный берег»»"): a reader sees
# the brand, not the company's legal form nor its kind.

def test_the_brand_in_quotes_inside_a_companys_name():
    page = _lines("Северный берег", "Новости", "Город", "Ночной поезд до Мурманска сохранят ещё на три года",
                  "Анна Лебедева", "3 марта 2026",
                  "Ночной поезд из Петрозаводска в Мурманск будет ходить как минимум до 2029 года: во вторник "
                  "власти и перевозчик подписали новый договор о субсидиях на этот маршрут.",
                  "По договору перевозчик ежегодно получает компенсацию убытков на линии, где после пандемии "
                  "пассажиров стало заметно больше, а авиабилеты подорожали.",
                  "© 2026 ООО «Медиагруппа «Северный берег»». Все права защищены.")
    assert extract(page, "x.txt").publisher == "Северный берег"


# The masthead "Kanal 7 Nyheter", named so again in the page, over "© Kanal 7 Media AB": a reader sees the outlet,
# the copyright's last words the owning company's (and a number is part of a name).

def test_the_masthead_over_a_copyright_with_the_companys_words():
    page = _lines("Kanal 7 Nyheter", "Nyheter", "Sport", "Nattåget till Narvik blir kvar i tre år till",
                  "Per Olof Lindgren", "3 mars 2026",
                  "Nattåget mellan Stockholm och Narvik fortsätter att gå åtminstone till och med år 2029, sedan staten "
                  "och operatören kommit överens om ett nytt avtal på tisdagen, rapporterar Kanal 7 Nyheter.",
                  "Avtalet ger operatören ett årligt bidrag som ska täcka förlusterna på sträckan, som har haft allt "
                  "fler resenärer sedan pandemin tog slut och flyget blev dyrare.",
                  "Ladda ner Kanal 7 Nyheter-appen", "© Kanal 7 Media AB")
    assert extract(page, "x.txt").publisher == "Kanal 7 Nyheter"


# The reporters sign in capitals under the story, their names set apart by a dash, over its tags: a reader sees the
# byline there when the top had none.

def test_names_in_capitals_under_the_story_sign_it():
    page = _lines("Tin Tây Nguyên", "Thời sự > Giao thông", "Thứ ba, 3/3/2026 - 09:10",
                  "Tuyến xe buýt nông thôn được giữ ít nhất một chuyến khứ hồi mỗi ngày",
                  "Sở Giao thông vận tải tỉnh cho biết tất cả các tuyến xe buýt nông thôn phải duy trì ít nhất một "
                  "chuyến khứ hồi mỗi ngày trong năm tới, sau cuộc họp với các doanh nghiệp vận tải.",
                  "Theo khảo sát của sở, một phần tư số hộ gia đình ở các xã vùng sâu không có phương tiện cá nhân, "
                  "nên xe buýt là cách duy nhất để người dân đến chợ, trường học và bệnh viện.",
                  "Các doanh nghiệp cho biết lịch chạy mới sẽ được công bố vào tháng Hai và giá vé sẽ không tăng "
                  "trước mùa hè năm sau.",
                  "LÊ VĂN HÙNG - NGỌC ÁNH", "Từ khóa:", "xe buýt", "giao thông", "Bình luận (0)")
    assert extract(page, "x.txt").author == "Lê Văn Hùng and Ngọc Ánh"


def test_the_box_above_a_name_over_its_role_is_the_first_authors():
    page = _lines("Transport Futures Trust", "Commentary", "12 March 2026", _EN_HEADLINE, "Ruth Calloway",
                  "Director, Transport Programme", "Deniz Arslan", "Associate Fellow", _LEAD, _NEXT, _THIRD)
    assert extract(page, "x.txt").author == "Ruth Calloway and Deniz Arslan"


_RO_PARAS = [
    "Guvernul a aprobat marți un program prin care toate liniile de autobuz rurale vor avea cel puțin o cursă "
    "dus-întors pe zi, a anunțat ministrul transporturilor după ședința de guvern.",
    "Operatorii spun că noul orar va fi publicat în februarie, după discuții cu primăriile de pe fiecare traseu, iar "
    "prețul biletelor nu va crește înainte de vară.",
]


def test_a_capitalised_by_word_over_the_date_is_no_part_of_the_name():
    page = _lines("Gazeta Vestului", "Știri", "Guvernul garantează o cursă de autobuz pe zi în fiecare sat din țară",
                  "De Mihai Popescu", "3 martie 2026, 10:42", *_RO_PARAS)
    assert extract(page, "x.txt").author == "Mihai Popescu"


# "Editor: …" under the date names who edited the story: a reader does not take it for the byline.

def test_an_editors_line_is_no_byline():
    page = _lines("Warta Bogor Kita", "Hukum", "Eks Kadishub Bogor Divonis 6 Tahun Penjara dalam Kasus Korupsi Bus Sekolah",
                  "Kamis, 5 Mar 2026 14:10 WIB", "Penyunting: Bambang Hartono", *_ID_PARAS)
    assert extract(page, "x.txt").author is None


# A ticker's bar over the headline ("EILMELDUNG: …", a word in capitals and a colon): the headline under it is no dek
# of the bar, though longer; and a byline's name, a comma and the reporter's beat and role ("…, Verkehrsreporterin").

_DE_HEADLINE = "Lahnbrücke bleibt bis zum Sommer gesperrt, Pendler müssen bis Juli Umwege von zwölf Kilometern fahren"


def test_a_ticker_bar_over_the_headline_is_no_headline_with_a_dek():
    page = _lines("Lahnpost", "EILMELDUNG: Hochwasserwarnung für das obere Lahntal heute Nacht", _DE_HEADLINE,
                  "Von Karl Meier", "3. März 2026", GERMAN_LEAD, GERMAN_NEXT)
    assert extract(page, "x.txt").title == _DE_HEADLINE


def test_a_name_a_comma_and_a_beat_before_the_role_is_a_byline():
    page = _lines("Valley Wire", _BUS_HEADLINE, "Updated 5 hours ago", "Ruth Calloway, Rural Affairs Correspondent",
                  _LEAD, _NEXT, _THIRD)
    e = extract(page, "x.txt")
    assert (e.author, e.description) == ("Ruth Calloway", None)


# The masthead heading the page over a copyright that names only the owning company: a reader knows the outlet.

def test_the_masthead_over_a_copyright_naming_only_the_owning_company():
    page = _lines("The Valley Ledger", "News", _BUS_HEADLINE, "By Ruth Calloway", "3 March 2026", _LEAD, _NEXT, _THIRD,
                  "© 2026 Ledger Media Group Ltd")
    assert extract(page, "x.txt").publisher == "The Valley Ledger"
