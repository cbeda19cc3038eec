"""Ingest rules of stop 69, from the misses of its blind batches (text 179 on, HTML 150 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import body_lines, copied

STORY = ["Ege Yıldızspor, ligin 28. haftasında deplasmanda Anadolu Efes Spor'u 3-0 mağlup etti ve play-off yarışında "
         "iddiasını sürdürdü.",
         "Anadolu Efes Spor cephesinde ise teknik direktör Levent Uçar hakem kararlarına tepki gösterdi ve maçın "
         "ardından açıklama yapmadı.",
         "Bu sonuçla puanını 49'a yükselten Ege Yıldızspor, gelecek hafta sahasında Başkent FK ile karşılaşacak."]


def test_a_club_named_anadolu_is_no_agencys_credit():
    # (Text 179: every line holding "Anadolu Demirspor", a club's name, was read as a photo credit of the Anadolu
    # agency — the headline among them, and a paragraph of the story.)
    page = copied(["Tribün Haber", "Futbol", "Ege Yıldızspor, Anadolu Efes Spor'u deplasmanda 3-0 yendi",
                   "Mert Yılmaz", "17 Mart 2025 Pazartesi 21:48", *STORY, "Etiketler: Ege Yıldızspor"], "tribun.txt")
    assert page.title == "Ege Yıldızspor, Anadolu Efes Spor'u deplasmanda 3-0 yendi"
    assert body_lines(page.blocks) == STORY
    # (The guard: the agency's credit, after a slash or by its full name, still goes.)
    page = copied(["Tribün Haber", "Futbol", "Ege Yıldızspor, Anadolu Efes Spor'u deplasmanda 3-0 yendi",
                   "Mert Yılmaz", "17 Mart 2025 Pazartesi 21:48", "Ege Yıldızspor oyuncuları üçüncü golü kutluyor",
                   "Kemal Aslan / Anadolu Ajansı", *STORY], "tribun.txt")
    assert body_lines(page.blocks) == STORY


def test_a_players_play_button_in_arabic_is_no_byline():
    # (Text 179: "تشغيل الفيديو" (play the video) under a TV page's date was taken for its author.)
    story = ["قرر عشرات الصيادين في مدينة صور بيع صيدهم عبر تطبيق على الهاتف يوصله طازجاً إلى البيوت بعد تراجع الأسعار.",
             "وقال أحد الصيادين إن التطبيق سمح له ببيع السمك بسعر أفضل من المزاد التقليدي في الميناء."]
    page = copied(["قناة الساحل", "صيادو صور يطلقون سوقاً إلكترونية لبيع السمك",
                   "الأحد 6 تموز 2025 - 20:15", "تشغيل الفيديو", "00:00 / 02:47", *story], "sahil.txt")
    assert page.author is None
    assert body_lines(page.blocks) == story


STORY_EN = ["Plans to turn three empty office blocks near Leeds station into 400 flats have been approved by the "
            "city council's planning panel.",
            "The developer said work would start in the autumn and the first tenants could move in by the end of 2027."]


def test_a_paywall_box_that_says_the_article_is_exclusive_to_subscribers_goes():
    # (Text 179: "This article is exclusive to subscribers" and its offer under a teaser's paragraphs were kept.)
    page = copied(["Northgate Echo", "Office blocks near station to become 400 flats", "By Ruth Kemp",
                   "Tuesday 3 June 2025", *STORY_EN, "This article is exclusive to subscribers",
                   "Get unlimited access to local news, sport and puzzles from £1 for your first month.",
                   "Subscribe now", "Already a subscriber? Sign in"], "echo.txt")
    assert body_lines(page.blocks) == STORY_EN


def test_a_wordpress_ad_label_in_the_plural_goes():
    # (Text 179: "Advertisements", WordPress.com's label over its ad slots, was kept as a subheading.)
    page = copied(["Northgate Echo", "Office blocks near station to become 400 flats", "By Ruth Kemp",
                   "Tuesday 3 June 2025", STORY_EN[0], "Advertisements", STORY_EN[1]], "echo.txt")
    assert body_lines(page.blocks) == STORY_EN


def test_a_fact_checkers_word_on_how_it_lives_goes():
    # (Text 179: "Działamy dzięki darowiznom czytelników. …" in a donation box was kept.)
    story = ["Od kilku dni w mediach społecznościowych krąży zdjęcie dokumentu opisanego jako tajny protokół z rozmów "
             "pokojowych między Rosją a Ukrainą.",
             "Sprawdziliśmy, skąd pochodzi dokument. Nie potwierdza go żadne z ministerstw, a jego czcionka nie zgadza "
             "się z oficjalnymi pismami."]
    page = copied(["Weryfikator", "Fałszywy protokół z rozmów pokojowych", "Anna Lis", "19.05.2025", *story,
                   "Wesprzyj niezależną weryfikację faktów",
                   "Działamy dzięki darowiznom czytelników. Każda złotówka pomaga nam sprawdzać kolejne informacje.",
                   "Wpłać darowiznę", "Tagi:"], "weryfikator.txt")
    assert body_lines(page.blocks) == story


def test_an_audio_players_note_on_its_artificial_voice_goes():
    # (HTML 150: "Diese Audioversion wurde künstlich generiert." beside a live page's "Artikel anhören" was kept as the
    # story's first paragraph.)
    story = ["Die Delegationen haben den ersten Verhandlungstag nach gut zehn Stunden beendet, teilten die türkischen "
             "Gastgeber am Abend mit.",
             "Eine gemeinsame Erklärung gab es nicht. Beide Seiten verließen den Palast ohne Stellungnahme."]
    page = copied(["Rheinblatt", "Friedensgespräche in Istanbul: erster Tag ohne Ergebnis", "Von Jana Berger",
                   "22.04.2025", "Artikel anhören", "Diese Audioversion wurde künstlich generiert.", *story],
                  "rheinblatt.txt")
    assert body_lines(page.blocks) == story
    # (The guard: a sentence of a story about a recording is no player's note.)
    told = "Die Audioversion der Anhörung wurde vom Gericht veröffentlicht und ist seit Montag abrufbar."
    page = copied(["Rheinblatt", "Friedensgespräche in Istanbul: erster Tag ohne Ergebnis", "Von Jana Berger",
                   "22.04.2025", told, *story], "rheinblatt.txt")
    assert body_lines(page.blocks) == [told, *story]


FACT_STORY = ["W mediach społecznościowych od tygodnia krąży grafika z rzekomym planem pokojowym, według którego Odessa "
              "miałaby trafić pod kontrolę Rosji.",
              "Sprawdziliśmy, skąd pochodzi dokument. Nie ma daty ani podpisów, a logo ministerstwa zostało przerobione "
              "w programie graficznym."]


def test_a_fact_checks_card_of_claim_rating_and_why_goes():
    # (HTML 151: "Teza: …" / "Ocena: FAŁSZ" / "Dlaczego: …" over the story — the claim and the rating read as the
    # header's lines, the reason kept as the story's first paragraph; "Teza" was no claim label the rules knew.)
    page = copied(["Fakty pod lupą", "Fałszywy plan pokojowy: Odessa nie trafi do Rosji", "Marta Wilk", "12.05.2025",
                   "Teza: Tajny plan pokojowy przewiduje przekazanie Odessy Rosji.", "Ocena: FAŁSZ",
                   "Dlaczego: Dokument nie ma daty ani podpisów. Strony rozmów zaprzeczają jego istnieniu.", *FACT_STORY],
                  "fakty.txt")
    assert body_lines(page.blocks) == FACT_STORY


def test_a_german_interviews_note_that_it_was_authorised_goes():
    # (HTML 151: "Das Interview wurde schriftlich autorisiert." under an interview was kept.)
    story = ["Matthias Lindqvist ist Senior Fellow am Hamburger Institut für Außenwirtschaft und beobachtet seit Jahren, "
             "wie Russland die westlichen Sanktionen auf See umgeht.",
             "Herr Lindqvist, wirken die Sanktionen gegen die russische Schattenflotte überhaupt?",
             "Sie wirken, aber langsamer als erhofft. Die Tanker fahren weiter, nur unter anderen Flaggen und mit "
             "höheren Kosten für Moskau."]
    page = copied(["Mainufer Zeitung", "„Die Tanker fahren weiter, nur teurer“", "Von Jana Berger", "22.04.2025",
                   *story, "Das Interview wurde schriftlich autorisiert."], "mainufer.txt")
    assert body_lines(page.blocks) == story


def test_guards_from_the_review_of_stop_69():
    # (A helper's review: story sentences holding a pitch's or a player's words stay; the agency's credit at a line's end
    # still goes.)
    from sitegen.ingest.boilerplate import boilerplate_reason
    for sentence in ("Netflix said this content is exclusive to subscribers in the United States.",
                     '"We rely on donations from readers, and that money has dried up," editor Jane Ryan said.',
                     "Redaktor naczelny podkreśla: działamy dzięki wpłatom czytelników i nie przyjmujemy reklam.",
                     "Die Audioversion wurde künstlich erzeugt, sagt die Polizei.",
                     "This audio was generated by AI, police said."):
        assert boilerplate_reason(sentence, len(sentence.split())) is None, sentence
    for credit in ("Ali Jadallah - Anadolu", "© Anadolu", "Mustafa Hassona, Anadolu", "Kemal Aslan / Anadolu Ajansı"):
        assert boilerplate_reason(credit, len(credit.split())) is not None, credit


def test_a_note_on_the_pdf_reader_a_download_needs_goes():
    # (HTML 152: a Japanese city's page kept "PDF形式のファイルをご利用するためには、「Adobe(R) Reader」が必要です。…" under
    # its story.)
    from sitegen.ingest.boilerplate import boilerplate_reason
    for note in ("PDF形式のファイルをご利用するためには、「Adobe(R) Reader」が必要です。お持ちでない方は、Adobe社から無償でダウンロードできます。",
                 "To view PDF files you need Adobe Acrobat Reader, which you can download free."):
        assert boilerplate_reason(note, len(note.split())) is not None
    story = "Adobe said its Reader app had 600 million users last year, up from 500 million a year before."
    assert boilerplate_reason(story, len(story.split())) is None


def test_guards_from_the_second_review_of_stop_69():
    from sitegen.ingest.boilerplate import boilerplate_reason
    for sentence in ("Działamy dzięki wsparciu naszych czytelników i darczyńców, mówi prezes fundacji Anna Nowak.",
                     "We rely on the support of our readers. That has been true since 1875, editor Jane Ryan told the "
                     "anniversary dinner."):
        assert boilerplate_reason(sentence, len(sentence.split())) is None, sentence
    for credit in ("Fotoğraf: Anadolu", "Mourners at a funeral in Khan Younis on Tuesday [Anadolu]",
                   "Palestinians queue for flour in Gaza City (Anadolu Images/Ali Jadallah)"):
        assert boilerplate_reason(credit, len(credit.split())) is not None, credit
