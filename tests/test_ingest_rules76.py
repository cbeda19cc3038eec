"""Ingest rules of stop 50, from the misses of blind batches text 104 and HTML 77 (measured on main a59fc643 before
them), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied
from sitegen.ingest.extract import extract

HEADLINE = "Rural bus routes to keep a daily return journey under new county contracts"
ENGLISH = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def _html(head: str, body: str) -> str:
    return f"<html><head><title>{HEADLINE} | County Courier</title>{head}</head><body>{body}</body></html>"


def test_a_sites_own_first_published_meta_is_the_date_not_the_last_update():
    page = _html('<meta name="pvbc:first-published-at" content="2025-02-03T10:30:00+00:00">'
                 '<meta name="pvbc:public-updated-at" content="2025-02-10T16:05:00+00:00">',
                 f"<main><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in ENGLISH)
                 + '<ol><li><time datetime="2025-02-10T16:05:00Z">10 February 2025</time> Map added</li>'
                   '<li><time datetime="2025-02-03T10:30:00Z">3 February 2025</time> First published</li></ol></main>')
    assert extract(page.encode(), "page.html").date == "2025-02-03"


def test_a_bio_box_named_by_its_class_and_a_follow_our_team_page_prompt_are_no_story():
    page = _html("", f"<article><h1>{HEADLINE}</h1><p>{ENGLISH[0]}</p>"
                     "<div class=\"encadre encadre--bio\"><h3>Bio express</h3><ul><li>1966 Born in Annecy.</li>"
                     "<li>1998 Joins the Council's legal service.</li></ul></div>"
                     f"<p>{ENGLISH[1]}</p><p>{ENGLISH[2]}</p>"
                     "<p>Follow all the Severnside Athletic news on our dedicated team page and join the conversation "
                     "in our Facebook group.</p></article>")
    assert body_lines(extract(page.encode(), "page.html").blocks) == ENGLISH


def test_a_subheading_over_a_table_is_the_tables_not_a_caption():
    page = _html("", f"<main><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in ENGLISH)
                     + "<div class=\"nl-box\"><p class=\"nl-box__title\">Get The Brief in your inbox</p>"
                       "<p class=\"nl-box__text\">One email, every weekday, with the stories that matter.</p>"
                       "<form method=\"post\"><input type=\"email\" name=\"email\"><input type=\"submit\" "
                       "value=\"Sign up\"></form></div>\n"
                     + "<h2>How the routes compare</h2>\n<div class=\"table-scroll\"><table><thead><tr><th>Route</th>"
                       "<th>Journeys</th></tr></thead><tbody><tr><th>Kilbride</th><td>4</td></tr><tr><th>Ardmore</th>"
                       "<td>2</td></tr></tbody></table></div>\n<h2>What happens next</h2>\n<p>The board meets again in "
                       "June to set the fares for the winter timetable, after a consultation with the parishes.</p></main>")
    lines = body_lines(extract(page.encode(), "page.html").blocks)
    assert "## How the routes compare" in lines and lines.index("## How the routes compare") == 3


def test_a_sections_name_repeating_the_breadcrumbs_last_item_is_no_headline():
    found = copied(["ひかり精機株式会社", "ホーム ＞ ニュース ＞ ニュースリリース ＞ 2025年", "ニュースリリース", "2025年5月14日",
                    "ひかり精機株式会社", "ひかり精機、使用済み太陽光パネルのリサイクル新工場を福島県に建設",
                    "ひかり精機株式会社は、使用済み太陽光パネルのリサイクルを専門とする新工場を福島県いわき市に建設することを決定しましたのでお知らせします。",
                    "新工場では、このプロセスを用いて年間約1万トンの使用済みパネルを処理し、回収した素材を国内のガラスメーカーに供給する計画です。"])
    assert found.title == "ひかり精機、使用済み太陽光パネルのリサイクル新工場を福島県に建設"


def test_label_value_lines_under_their_own_label_are_a_list_with_its_subheading():
    lead = "当社は、使用済み太陽光パネルのリサイクルを専門とする新工場を福島県いわき市に建設することを決定しましたのでお知らせします。"
    nxt = "新工場では、このプロセスを用いて年間約1万トンの使用済みパネルを処理し、回収した素材を国内のガラスメーカーや金属メーカーに供給する計画です。"
    last = ("当社は新工場の稼働にあわせ、発電事業者や自治体と連携したパネルの回収ネットワークの構築を進めます。"
            "また、2030年までに国内2拠点目の整備を検討しています。")
    found = copied(["ひかり精機、新工場を福島県に建設", "", "2025年5月14日", "", lead, "", nxt, "",
                    "【新工場の概要】", "", "所在地：福島県いわき市", "", "投資額：約85億円", "", "処理能力：年間約1万トン", "",
                    "【今後の展開】", "", last])
    assert body_lines(found.blocks) == [lead, nxt, "## 【新工場の概要】", "- 所在地：福島県いわき市", "- 投資額：約85億円",
                                        "- 処理能力：年間約1万トン", "## 【今後の展開】", last]


def test_a_count_then_the_headline_in_quotes_opens_the_comments_in_any_language():
    title = "كيف أنقذت نبتة النعناع على شرفتي بعد موجة الحر"
    story = ["في الأسبوع الماضي، ومع وصول درجات الحرارة إلى ما يقارب ٤٥ درجة، خرجت صباحاً إلى الشرفة لأجد نبتة النعناع قد ذبلت تماماً.",
             "النعناع نبات يحب الرطوبة، لكنه لا يحب أن تغلي جذوره. الأصيص الأسود امتصّ حرارة الشمس حتى أصبحت التربة ساخنة.",
             "بعد خمسة أيام فقط ظهرت أوراق صغيرة جديدة من قاعدة السيقان، وبعد أسبوعين أصبحت النبتة أكثف مما كانت عليه."]
    found = copied(["نخلة وقلم", title, "سلمى الحداد", "١٥ يوليو ٢٠٢٤", *story, "",
                    "معجب بهذه:", "إعجاب", "كن أول المعجبين بهذه التدوينة.",
                    "التدوينة السابقة: مربى التين في ثلاث خطوات", "التدوينة التالية: متى نقطف الريحان؟",
                    f"٧ تعليقات على \"{title}\"", "رنا م.", "١٥ يوليو ٢٠٢٤ في ٦:١٢ م",
                    "فكرة الرمل المبلل بين الأصيصين رائعة! سأجربها مع الريحان في الأسبوع المقبل إن شاء الله.", "رد"])
    assert body_lines(found.blocks) == story


def test_blogs_like_button_in_english_and_its_next_post_link_are_no_story():
    found = copied([HEADLINE, "By Dana Whitcombe", "February 6, 2025", *ENGLISH, "Like this:", "Like",
                    "Be the first to like this.", "Previous post: Ten walks for a wet weekend",
                    "Next post: Is the village shop worth saving?", "Leave a Reply"])
    assert body_lines(found.blocks) == ENGLISH


def test_the_posts_categories_under_the_headline_are_no_dek():
    story = ["في الأسبوع الماضي، ومع وصول درجات الحرارة إلى ما يقارب ٤٥ درجة، خرجت صباحاً إلى الشرفة لأجد نبتة النعناع قد ذبلت تماماً.",
             "النعناع نبات يحب الرطوبة، لكنه لا يحب أن تغلي جذوره. الأصيص الأسود امتصّ حرارة الشمس حتى أصبحت التربة ساخنة."]
    found = copied(["نخلة وقلم", "", "الرئيسية", "", "زراعة الشرفات", "", "الرئيسية » زراعة الشرفات", "",
                    "كيف أنقذت نبتة النعناع على شرفتي بعد موجة الحر", "", "سلمى الحداد", "", "١٥ يوليو ٢٠٢٤", "",
                    "٧ تعليقات", "", "زراعة الشرفات، نباتات عطرية", "", story[0], "", story[1]])
    assert found.description is None


def test_a_was_this_helpful_widget_and_a_fact_checks_claim_card_are_no_story():
    lead = ("W mediach społecznościowych krąży wpis, według którego ukraińska delegacja miała podpisać w Genewie "
            "zobowiązanie do rezygnacji z członkostwa w NATO.")
    story = ["Rozmowy ukraińskiej i rosyjskiej delegacji zakończyły się 12 marca wspólnym oświadczeniem o wymianie jeńców.",
             "W oświadczeniu nie ma ani słowa o NATO, sojuszach wojskowych czy statusie neutralnym Ukrainy, co potwierdzili "
             "rzecznicy obu delegacji."]
    found = copied(["Fakty pod Lupą", "Nie, Ukraina nie podpisała w Genewie rezygnacji z NATO", lead,
                    "Autorka: Zofia Kędzierska", "Opublikowano: 18.03.2025",
                    "Twierdzenie: Ukraina podpisała w Genewie dokument o rezygnacji z członkostwa w NATO.",
                    "Źródło: wpis na platformie X, ponad 1,2 mln wyświetleń", "Ocena: Fałsz", *story,
                    "Czy ten artykuł był pomocny?", "Tak", "Nie", "Tagi:", "Ukraina"])
    assert body_lines(found.blocks) == story


def test_a_caption_and_its_credit_over_a_live_pages_buttons_are_no_story():
    entry = ("Die Beratungen in Wien sind am Abend ohne gemeinsame Erklärung zu Ende gegangen, wie mehrere Delegationen "
             "bestätigten.")
    found = copied(["Rheinischer Kurier", "Liveblog zum Ukraine-Krieg: Außenminister beraten in Wien über Waffen",
                    "Von Lea Brandstätter", "Erstellt: 20.03.2025, 07:15 Uhr", "Kommentare",
                    "Die Außenminister vor Beginn der Beratungen in der Wiener Hofburg.", "Foto: Kurier/Schmitt",
                    "Neue Einträge werden automatisch geladen", "Liveblog aktualisieren",
                    "18:42 Außenminister vertagen Entscheidung auf April", entry,
                    "17:05 Kiew fordert Garantien", "Der ukrainische Außenminister hat seine Forderung nach verbindlichen "
                    "Sicherheitsgarantien am Nachmittag wiederholt."])
    assert "Die Außenminister vor Beginn der Beratungen in der Wiener Hofburg." not in body_lines(found.blocks)


def test_an_indonesian_posted_on_date_by_name_line_is_the_date_and_the_byline():
    found = copied(["Dapur Kopi Rara", HEADLINE, "Diposting pada 14 Agustus 2025 oleh Rara Kusumawati", *ENGLISH])
    assert (found.date, found.author, found.description) == ("2025-08-14", "Rara Kusumawati", None)


# Guards from the review of the rules above (each a regression of their first version).

def test_a_last_or_next_published_meta_is_no_publication_date():
    page = _html('<meta name="last-published-at" content="2025-03-09T10:00:00Z">',
                 f"<main><h1>{HEADLINE}</h1><time datetime=\"2025-02-03T09:00:00Z\">3 February 2025</time>"
                 + "".join(f"<p>{p}</p>" for p in ENGLISH) + "</main>")
    assert extract(page.encode(), "page.html").date == "2025-02-03"


def test_a_story_paragraph_a_cms_wraps_as_a_bio_stays():
    bio = ("Born in Kilbride in 1941, she trained as a teacher in Dublin and returned to run the village school for "
           "thirty years.")
    page = _html("", f"<article><h1>{HEADLINE}</h1><p>{ENGLISH[0]}</p><div class='obit-bio'><p>{bio}</p></div>"
                     f"<p>{ENGLISH[1]}</p><p>{ENGLISH[2]}</p></article>")
    assert bio in body_lines(extract(page.encode(), "page.html").blocks)


def test_someones_words_about_joining_the_conversation_on_our_page_are_story():
    quote = ("\"We want every parent to join the conversation on our community Facebook page before the board votes in "
             "June,\" said Mary Kelly, who chairs the parish council.")
    found = copied([HEADLINE, "By Ann Lee", ENGLISH[0], quote, ENGLISH[1], ENGLISH[2]])
    assert quote in body_lines(found.blocks)


def test_a_breadcrumb_ending_on_the_headline_leaves_it_the_headline():
    found = copied(["County Courier", "Home > News > Council approves bridge", "News", "Council approves bridge",
                    "Residents welcomed the decision, which ends a decade of delay.", "By Ann Lee", *ENGLISH])
    assert found.title == "Council approves bridge"


def test_a_count_quoting_a_heading_inside_the_story_opens_no_comments():
    lines = [ENGLISH[0], "Waves of the North Sea",
             "The Danish entry was the early favourite after a flawless semi-final performance on Thursday.",
             ENGLISH[1], ENGLISH[2], "The jury votes came in slowly, and the hall fell quiet as each country spoke.",
             "12 points for \"Waves of the North Sea\"",
             "The Danish broadcaster's spokesperson said the team would celebrate in Copenhagen on Sunday.",
             "The final result will be confirmed by the organisers once the televotes are checked."]
    found = copied(["Eurovision live: the votes are in", "By Ann Lee", *lines])
    assert body_lines(found.blocks)[-1] == lines[-1]


def test_two_story_paragraphs_opening_on_day_labels_are_no_post_navigation():
    days = ["Day one: the operators meet the parish councils.", "Day two: the board publishes the draft timetable."]
    found = copied([HEADLINE, "By Ann Lee", *ENGLISH, *days, "Share this article", "Related stories"])
    assert body_lines(found.blocks)[-2:] == days


def test_a_dek_listing_places_joined_by_and_is_still_the_dek():
    found = copied(["County Courier", "Home › Kilbride", HEADLINE, "Kilbride, Ardmore and Glenbeg", "By Ann Lee",
                    *ENGLISH])
    assert found.description == "Kilbride, Ardmore and Glenbeg"


def test_an_interviews_yes_and_a_quizs_options_are_no_feedback_widget():
    found = copied(["Q&A: the driver who kept the Kilbride route running", "By Ann Lee", ENGLISH[0], ENGLISH[1],
                    "Do you still drive the route?", "Yes", "Every day", "How long?",
                    "Thirty-one years this spring, and I have missed four days in all that time.", ENGLISH[2]])
    assert "Do you still drive the route?" in " ".join(body_lines(found.blocks))


def test_a_fact_check_of_several_claims_keeps_its_claims_and_verdicts():
    claims = ["Claim: Bus fares in the county have doubled since 2020.", "Verdict: False",
              "Fares rose by 18 per cent over the period, according to the transport board's own figures.",
              "Claim: The county runs fewer buses than it did a decade ago.", "Verdict: Mostly true",
              "The number of daily services fell from 412 to 371, though weekend routes grew."]
    found = copied(["Fact check: what the candidates said in Tuesday's debate", "By Ann Lee", ENGLISH[0], *claims,
                    ENGLISH[1]])
    lines = " ".join(body_lines(found.blocks))
    assert "Claim: Bus fares in the county have doubled since 2020." in lines and "Verdict: Mostly true" in lines


def test_a_paragraph_over_an_image_credit_and_an_advert_stays():
    para = "Firefighters reached the flat at 3am and carried both children down a ladder."
    found = copied([HEADLINE, "By Ann Lee", ENGLISH[0], "The rescue", para, "Photo: Ann Lee/County Courier",
                    "Advertisement", ENGLISH[1], ENGLISH[2]])
    assert para in body_lines(found.blocks)


def test_published_in_a_year_by_a_publisher_inside_an_indonesian_story_is_no_date_line():
    line = "Dipublikasikan pada 2005 oleh Gramedia"
    found = copied(["Berita Kota", "Novel laris kembali dicetak", "Oleh Budi Santoso", "14 Agustus 2025",
                    "Novel itu pertama kali terbit dua puluh tahun lalu dan kini dicetak ulang untuk ketiga kalinya "
                    "oleh penerbit yang sama.", line,
                    "Penulisnya mengatakan ia tidak menyangka bukunya masih dibaca oleh generasi muda hari ini."])
    assert (found.date, found.description) == ("2025-08-14", None)
    assert body_lines(found.blocks)[0].startswith("Novel itu pertama kali terbit")


# Second wave (text 105), measured on 79f89213.

def test_a_german_live_entrys_uhr_and_dash_belong_to_its_time_not_a_contributors_name():
    entries = ["16:40 Uhr – Slowakei verlangt Ausnahme für die Pipeline",
               "Der slowakische Vertreter hat nach Angaben von Diplomaten eine schriftliche Erklärung vorgelegt.",
               "11:30 Uhr – Was das neue Paket vorsieht",
               "Nach Informationen des Isarboten umfasst der Entwurf drei Schwerpunkte und eine lange Liste.",
               "09:20 Uhr – Botschafter treffen sich in Brüssel",
               "Die Ständigen Vertreter der 27 Mitgliedstaaten sind am Morgen zu ihrer Sitzung zusammengekommen."]
    found = copied(["Neue EU-Sanktionen gegen Russland: Alle Entwicklungen im Liveblog", "Von Lena Hofbauer",
                    "Erstellt: 12.03.2025, 07:05 Uhr", *entries])
    lines = body_lines(found.blocks)
    assert "## 11:30 Uhr – Was das neue Paket vorsieht" in lines and "## 09:20 Uhr – Botschafter treffen sich in Brüssel" in lines


def test_a_results_tickers_score_line_and_a_match_details_box_are_no_story():
    found = copied([HEADLINE, "Gareth Lowndes", "Sat 22 Feb 2025 19.02 GMT", "Live scores",
                    "FT Ashworth Rovers 2-1 Kelsey Town", "FT Penrith Athletic 3-2 Castleford Wanderers", *ENGLISH,
                    "Quick guide", "Ashworth Rovers v Kelsey Town: match details",
                    "Ashworth Rovers (4-3-3) Hartley; Bennett, Cole, Abara, Price; Ferris, Lang, Moyo; Reid, Sutton, Hayes.",
                    "Goals Reid 66, Okafor 88.", "Booked Lang, Cole."])
    assert body_lines(found.blocks) == ENGLISH


def test_a_video_players_ad_countdown_and_clip_caption_are_no_dek():
    story = ["Κλειστά θα παραμείνουν την Πέμπτη όλα τα σχολεία της Εύβοιας και του Βόλου λόγω της κακοκαιρίας, "
             "ανακοίνωσαν οι αρχές.",
             "Την απόφαση ανακοίνωσαν το απόγευμα οι αρμόδιες περιφερειακές αρχές, μετά από σύσκεψη με την Πολιτική "
             "Προστασία.",
             "Σύμφωνα με τους μετεωρολόγους, τα ύψη βροχής μπορεί να ξεπεράσουν τα 200 χιλιοστά σε ορισμένες περιοχές."]
    lines = ["Κακοκαιρία «Ηλέκτρα»: Κλειστά τα σχολεία σε Εύβοια και Βόλο την Πέμπτη",
             "Τετάρτη, 19 Φεβρουαρίου 2025 - 21:40", "Ρεπορτάζ: Νίκος Αλεξίου", "Κοινοποίηση", "Facebook", "X",
             "Αναπαραγωγή", "Σίγαση", "00:00 / 02:34", "Υπότιτλοι", "Ρυθμίσεις", "Πλήρης οθόνη",
             "Η διαφήμιση θα τελειώσει σε 5", "Δείτε το ρεπορτάζ του κεντρικού δελτίου ειδήσεων", *story]
    found = copied([x for line in lines for x in (line, "")])
    assert found.description is None


def test_the_name_over_text_is_the_byline_and_the_name_over_photo_is_not():
    found = copied([HEADLINE, "Över 20 000 står i kö till en studentbostad i Göteborg.", "Elin Sandqvist", "Text",
                    "Jonas Berg", "Foto", "Publicerad 12 mars 2025 kl. 05.00", *ENGLISH])
    assert found.author == "Elin Sandqvist"


def test_a_match_reports_half_time_score_inside_a_sentence_is_story():
    line = "HT Leeds 6-12 Hull, and the home crowd was silent."
    found = copied([HEADLINE, "By Ann Lee", ENGLISH[0], line, ENGLISH[1], ENGLISH[2]])
    assert line in body_lines(found.blocks)


# Text 106, measured on b0fddc38.

def test_a_read_also_label_glued_to_its_title_and_a_pin_prompt_are_no_story():
    found = copied([HEADLINE, "By Ann Lee", ENGLISH[0],
                    "À lire aussi Le plafonnement du prix du pétrole russe, une arme émoussée ?", ENGLISH[1], ENGLISH[2],
                    "Pin it for later! Save this post to your “Soil” board."])
    assert body_lines(found.blocks) == ENGLISH


def test_a_fact_checks_one_word_rating_with_its_reason_goes_with_its_claim():
    lead = ("W mediach społecznościowych krąży wpis, według którego Francja zobowiązała się wysłać wojska na "
            "Ukrainę.")
    story = ["Porozumienie podpisane w styczniu 2024 roku przewiduje pomoc wojskową i finansową, ale nie wysłanie wojsk.",
             "Eksperci, z którymi rozmawialiśmy, zwracają uwagę, że żaden z podpisanych dokumentów nie ma takiej klauzuli."]
    lines = ["FaktOko", "Nie, Francja nie zobowiązała się do wysłania wojsk na Ukrainę", lead,
             "Autorka: Anna Wrona", "Opublikowano: 18.03.2025",
             "Twierdzenie: Francja podpisała z Ukrainą traktat, który zobowiązuje ją do wysłania wojsk.",
             "Ocena: Fałsz. Porozumienie o współpracy w dziedzinie bezpieczeństwa nie przewiduje wysłania wojsk.", *story]
    found = copied([x for line in lines for x in (line, "")])
    assert body_lines(found.blocks)[-2:] == story
    assert not any(line.startswith(("Twierdzenie", "Ocena")) for line in body_lines(found.blocks))


def test_a_see_also_sentence_a_pin_sentence_and_a_reviews_rating_are_story():
    lines = ["See also The Guardian's report, which found that 40 per cent of routes had been cut since 2010",
             "Pin it for later, she used to say whenever a pattern caught her eye in a magazine, long before Pinterest "
             "existed."]
    for line in lines:
        found = copied([HEADLINE, "", "By Jane Doe", "", "12 March 2024", "", ENGLISH[0], "", line, "", ENGLISH[1], "",
                        ENGLISH[2]])
        assert line in body_lines(found.blocks), line
    review = ["Claim: Fiat says the car does 300 km on a single charge.",
              "Rating: Nearly. We managed 280 km in mixed driving in March, with the heating on, which is better than "
              "most rivals in this class and enough for a week of commuting."]
    found = copied([HEADLINE, "", "By Jane Doe", "", "12 March 2024", "", ENGLISH[0], "", *[x for r in review for x in (r, "")],
                    ENGLISH[1], "", ENGLISH[2]])
    assert review[1] in body_lines(found.blocks)


# Text 107, sealed, measured on f9afe338.

def test_a_headlines_liveblog_end_is_its_own_not_the_sites_name():
    title = "EU-Botschafter einigen sich auf neues Sanktionspaket gegen Russland – der Liveblog"
    found = copied(["Hanse-Tageblatt", "", title, "", "Von Anna Keller", "", "Erstellt: 12.03.2025, 07:05 Uhr", "",
                    *[x for p in ENGLISH for x in (p, "")]])
    assert found.title == title and found.publisher != "der Liveblog"


def test_a_caption_over_its_screenshot_credit_is_no_story():
    caption = ("Screenshot of the viral post, which has been shared more than 40,000 times. The Verity Desk has blurred "
               "the account name.")
    found = copied([HEADLINE, "", "By Ann Lee", "", "12 March 2024", "", ENGLISH[0], "", caption, "", "Screenshot: X", "",
                    ENGLISH[1], "", ENGLISH[2]])
    assert body_lines(found.blocks) == ENGLISH
