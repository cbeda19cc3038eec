"""Ingest rules of stop 40, each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import FIXTURES, STORY, body_lines, copied, dump
from sitegen.ingest.extract import extract

CZ_STORY = ["Zastupitelstvo města v úterý večer schválilo opravu mostu přes řeku, práce mají začít na jaře a potrvají "
            "nejméně do konce léta.",
            "Objížďka povede přes sousední obec, řidiči autobusů proto musí počítat se zpožděním až deset minut, "
            "uvedla radnice.",
            "Starosta Petr Novák řekl, že město na opravu čekalo dvanáct let a že peníze nakonec přidal i kraj."]


def test_a_name_in_sentence_case_is_the_publisher_whole_not_its_capitalised_word():
    # The copyright's capitalised words stop at "zpravodaj"; the masthead and the footer write the name whole.
    found = copied(["Přeskočit na obsah", "čtvrtek 12. března 2026", "Jablonec 4 °C", "Předplatné", "Severní zpravodaj",
                    "Zprávy", "Sport", "Kultura",
                    "Most přes řeku se bude opravovat až do konce léta", "12. 3. 2026", *CZ_STORY,
                    "Sdílet", "© 2026 Severní zpravodaj. Všechna práva vyhrazena."])
    assert found.publisher == "Severní zpravodaj"


def test_a_consent_notice_naming_the_site_is_not_its_name():
    # "TV Nordlys bruger cookies" heads the consent box once; the name as written again is the copyright's.
    found = copied(["TV Nordlys bruger cookies", "Vi bruger cookies til at forbedre din oplevelse.", "Accepter",
                    "TV Nordlys", "Nyheder", "Ministers meet in Brussels on guarantees for Ukraine", *STORY,
                    "© 2026 TV Nordlys"])
    assert found.publisher == "TV Nordlys"


def test_a_byline_in_another_script_under_the_outlets_initials_is_not_its_name():
    found = copied(["HBN", "뉴스", "정치", "Ministers meet in Brussels on guarantees for Ukraine", "HBN 김민준 기자",
                    *STORY, "HBN 김민준 기자", "© 2026 HBN. All rights reserved."])
    assert found.publisher == "HBN"


HEADLINE = "Ministers meet in Brussels on guarantees for Ukraine"


def test_a_presenters_name_over_her_programme_is_the_byline():
    found = copied(["Інтерв'ю", "Остап Гнатюк: «Гарантії безпеки без військових на землі — це лише папір»",
                    "Директор Центру оборонних студій — про те, чим нинішні переговори відрізняються від попередніх",
                    "Ірина Вдовиченко", "ведуча програми «Підсумки тижня»", "15 квітня 2025, 19:40", "👁 4 218",
                    "Поділитися", *STORY])
    assert found.author == "Ірина Вдовиченко"
    assert body_lines(found.blocks) == STORY


def test_a_name_with_where_it_was_filed_from_over_the_date_is_the_byline():
    for line, name in (("Emre Kaya / Güneykent", "Emre Kaya"), ("Gareth Lyle at the Quay Stadium", "Gareth Lyle"),
                       ("Hannah Rowe in Brussels", "Hannah Rowe")):
        found = copied(["News", HEADLINE, line, "Sat 18 Oct 2025 17:48 BST", *STORY])
        assert (found.author, body_lines(found.blocks)) == (name, STORY), line


def test_a_kicker_naming_an_event_and_a_place_over_the_date_is_no_byline():
    found = copied(["News", HEADLINE, "Peace Talks in Geneva", "Sat 18 Oct 2025 17:48 BST", *STORY])
    assert found.author is None


def test_a_name_over_the_sites_domain_and_the_date_is_the_byline():
    found = copied(["Naujienos", HEADLINE, "Diplomats say the biggest question is still what role Washington will "
                    "play once the guns fall silent.", "Rūta Mažeikienė", "dienosaidas.lt", "2026-02-18 09:15", *STORY])
    assert found.author == "Rūta Mažeikienė"
    assert body_lines(found.blocks) == STORY


def test_a_byline_label_on_a_line_of_its_own_over_the_name():
    found = copied(["Sport", HEADLINE, "Efter korsbandsskadan trodde många att karriären var över.", "Av",
                    "Johan Sjöberg-Lind", "Foto", "Maria Hedenstam", "Publicerad 2026-02-20 06.00", "Lyssna", *STORY])
    assert found.author == "Johan Sjöberg-Lind"
    assert "Av" not in body_lines(found.blocks)


def test_a_commentators_name_over_his_role_in_small_letters():
    found = copied(["KOMENTÁŘ", HEADLINE, "Washington i část evropských vlád začínají mluvit o uvolňování sankcí.",
                    "Jan Vlček", "komentátor Denního kurýru", "15. března 2026 7:00", *STORY])
    assert found.author == "Jan Vlček"
    assert body_lines(found.blocks) == STORY


def test_a_saved_pages_field_label_over_its_names_is_not_the_author():
    page = ("<html><head><title>Unia uderza we flotę cieni</title></head><body><article>"
            "<h1>Unia uderza we flotę cieni</h1>"
            '<div class="field field--name-field-autor"><div class="field__label">Autorzy</div>'
            '<div class="field__items"><a href="/autor/a">Agnieszka Wróblewska</a>, '
            '<a href="/autor/t">Tomasz Kędzierski</a></div></div>'
            + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>")
    found = extract(page.encode(), "page.html")
    assert found.author == "Agnieszka Wróblewska and Tomasz Kędzierski"


# A made-up Thai university news story: Thai writes no full stop; its sentences end at a space.
TH_HEADLINE = "นักวิจัยพัฒนาข้าวทนแล้ง ให้ผลผลิตสูงขึ้นในแปลงทดลอง"
TH_STORY = ["คณะเกษตรศาสตร์ของมหาวิทยาลัยเปิดเผยผลการทดลองข้าวพันธุ์ใหม่ที่ทนต่อสภาพแล้งได้ดีกว่าพันธุ์เดิม "
            "โดยทดสอบในแปลงของเกษตรกรสามสิบสองรายในสี่จังหวัดภาคเหนือตลอดฤดูแล้งที่ผ่านมา",
            "หัวหน้าโครงการกล่าวว่าข้าวพันธุ์ใหม่ให้ผลผลิตสูงขึ้นร้อยละสิบแปดเมื่อเทียบกับพันธุ์เดิม "
            "และใช้น้ำน้อยลงเกือบหนึ่งในสี่ ซึ่งจะช่วยเกษตรกรที่อยู่นอกเขตชลประทานได้มาก",
            "ทีมวิจัยมีแผนดำเนินการในระยะต่อไป ดังนี้"]
TH_ITEMS = ["ขยายแปลงทดสอบไปยังจังหวัดน่านและแพร่", "ยื่นขอรับรองพันธุ์ต่อกรมการข้าว"]
TH_LAST = ("ทั้งนี้ โครงการวิจัยได้รับทุนสนับสนุนจากกองทุนส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม เป็นระยะเวลาสามปี "
           "และคาดว่าจะเผยแพร่ผลการศึกษาฉบับสมบูรณ์ภายในปีหน้า")


def test_a_thai_story_without_full_stops_is_found_in_a_saved_page():
    page = ("<html><head><title>" + TH_HEADLINE + "</title></head><body><nav><a href='/'>หน้าแรก</a></nav>"
            "<div class='article'><div class='header'><h1>" + TH_HEADLINE + "</h1></div>"
            "<div class='footer'><p>ข่าว: กนกวรรณ ศรีสุข</p></div>"
            "<div class='lead'><p>สายพันธุ์ใหม่ผ่านการทดสอบในแปลงเกษตรกรสี่จังหวัดภาคเหนือ</p></div>"
            + "".join(f"<p>{p}</p>" for p in TH_STORY) + "<ul>" + "".join(f"<li>{i}</li>" for i in TH_ITEMS)
            + f"</ul><p>{TH_LAST}</p></div><footer><p>มหาวิทยาลัยแม่ปิงวิทยา</p></footer></body></html>")
    found = extract(page.encode(), "page.html")
    assert found.title == TH_HEADLINE
    assert body_lines(found.blocks) == TH_STORY + ["- " + i for i in TH_ITEMS] + [TH_LAST]


def test_a_forums_old_browser_notice_is_no_story():
    thread = "Starter smells like nail polish remover after moving house – normal?"
    post = ["Hi all, long time lurker, first post.",
            "My starter, two years old and fed every day, has started to smell of nail polish remover since we moved "
            "house, and it no longer doubles in the eight hours it used to."]
    page = dump("Skip to content", "The Crumb Forum", "Home", "Forums", "What's new", "Log in", "Register", "Search",
                "Menu", "Install the app", "Home", "Forums", "Sourdough",
                "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before "
                "proceeding.",
                "You are using an out of date browser. It may not display this or other websites correctly.\n"
                "You should upgrade or use an alternative browser.",
                thread, "Thread starter crumbtastic_mel Start date Feb 3, 2025", "1\n2\nNext\n1 of 2",
                "crumbtastic_mel", "New member", "Feb 3, 2025", "#1", *post)
    found = extract(page, "thread.txt")
    assert (found.title, found.author) == (thread, "crumbtastic_mel")
    assert body_lines(found.blocks) == post


def test_a_fact_checkers_tip_line_and_ifcn_membership_are_no_story():
    found = copied([HEADLINE, "3 December 2025", *STORY,
                    "Seen a claim that looks suspicious? Send it to us on WhatsApp at 0740 000 112 or by e-mail at "
                    "tips@factdesk.example.",
                    "FactDesk is a signatory of the Code of Principles of the International Fact-Checking Network (IFCN).",
                    "Tags", "Ukraine"])
    assert body_lines(found.blocks) == STORY


def test_a_label_and_a_count_is_no_subheading():
    found = copied(["Naujienos › Miestas", HEADLINE, "2025-04-09 10:37", "Rasa Kvedaraitė", "Peržiūrų: 2 184",
                    "Komentarų: 12", *STORY])
    assert body_lines(found.blocks) == STORY


def test_a_lithuanian_caption_signed_with_its_photographers_credit_is_no_story():
    found = copied([HEADLINE, "2025-04-09 10:37", "Rasa Kvedaraitė",
                    "Senasis pėsčiųjų tiltas per Nevėžį paskutinį kartą remontuotas 1998 metais. Autorės nuotr.",
                    "Dalintis", "Facebook", "Messenger", *STORY])
    assert body_lines(found.blocks) == STORY


AR_PARAGRAPHS = ["وقال دبلوماسيون أوروبيون إن القوة المقترحة لن تنتشر على خطوط التماس، بل ستتمركز في مدن بعيدة عن الجبهة "
                 "لتدريب الجيش الأوكراني وحماية البنية التحتية الحيوية.",
                 "في المقابل، رفض الكرملين المقترح، وقال المتحدث باسمه إن وجود أي قوات أجنبية على الأراضي الأوكرانية "
                 "أمر غير مقبول بالنسبة لموسكو.",
                 "وتطالب موسكو بأن تتضمن أي تسوية التزاما بحياد أوكرانيا وعدم انضمامها إلى حلف شمال الأطلسي."]
AR_AFTER = ["ترحيب أوكراني",
            "ورحبت كييف بالمقترح، وقال وزير خارجيتها إن الضمانات الأمنية يجب أن تكون ملموسة وليست مجرد وعود على الورق.",
            "ومن المقرر أن يجتمع وزراء دفاع الدول المشاركة الأسبوع المقبل في بروكسل لبحث التفاصيل العملية للقوة."]


def test_an_arabic_clip_title_after_watch_is_no_story():
    page = dump("الأفق", "أخبار", "قوة طمأنة أوروبية لأوكرانيا: ما الذي نعرفه حتى الآن؟", "3/12/2025", *AR_PARAGRAPHS,
                "شاهد | ما هي قوة الطمأنة الأوروبية المقترحة لأوكرانيا؟", "مدة الفيديو 02 minutes 14 seconds\n02:14",
                *AR_AFTER)
    lines = body_lines(extract(page, "story.txt").blocks)
    assert "شاهد | ما هي قوة الطمأنة الأوروبية المقترحة لأوكرانيا؟" not in lines
    assert lines[:3] == AR_PARAGRAPHS and lines[-2:] == AR_AFTER[1:]


def test_a_georgian_date_and_byline():
    found = copied(["კავკასიის ექო", "მთავარი", "ინტერვიუ", HEADLINE, "27 ნოემბერი 2024 12:40",
                    "ავტორი: თამარ ქობულაძე", *STORY])
    assert (found.date, found.author) == ("2024-11-27", "თამარ ქობულაძე")


def test_a_chinese_lists_last_item_ends_in_a_full_stop():
    items = ["海外退役电池来源分散，回收网络建设周期长；", "各国对危险废物跨境转移审批严格，黑粉出口存在不确定性；",
             "当地环保标准和用工成本明显高于国内。"]
    lead = ["过去一年，电池级碳酸锂价格从高位回落，一度跌破每吨八万元，国内回收企业的开工率普遍不足五成。多家头部回收"
            "企业转而在东南亚和欧洲建设拆解线，以贴近海外退役电池来源，并规避国内原料争夺带来的成本压力。",
            "“欧洲的电动车保有量已经很大，第一批车辆的电池正在陆续退役。”一位回收企业负责人表示，在当地拆解、再把黑粉"
            "运回来或者就地加工，都是可以考虑的路径。",
            "不过，业内人士总结出海面临三大难点："]
    found = copied(["再生锂价格回落 回收企业加速布局海外", "2025-03-14 09:30", *lead, *items,
                    "欧盟电池法规要求，自2031年起，新电池中须含有一定比例的再生钴、锂、镍，这为本地回收产能预留了市场。"])
    assert body_lines(found.blocks)[3:6] == ["- " + item for item in items]


# A Georgian interview's questions and answers, its last answer short (from the blind batch text 76, cut down).
KA_HEADLINE = '„ქვევრი აჩქარებას არ გპატიობს“ – ინტერვიუ მეღვინე ლევან ჯაფარიძესთან'
KA_QA = ['ლევან ჯაფარიძე 41 წლისაა. მისი ოჯახი სოფელ ვაჩნაძიანში ოთხი თაობის განმავლობაში აყენებს ღვინოს. 2016 წლამდე '
         'ის თბილისში, ერთ-ერთ კომერციულ ბანკში მუშაობდა, შემდეგ კი სოფელში დაბრუნდა და ბაბუის მარანი აღადგინა. წელს '
         'მისმა 2021 წლის რქაწითელმა ლონდონის საერთაშორისო ღვინის კონკურსზე ოქროს მედალი აიღო.',
         'ბანკიდან მარანში – რთული გადაწყვეტილება იყო?',
         'რთული კი არა, საშინელი. ყველა მეუბნებოდა, რომ გავგიჟდი. ბანკში კარგი ხელფასი მქონდა, სოფელში კი – ნახევრად '
         'დანგრეული მარანი და ათი ქვევრი, რომელთა ნახევარი გამოსაცვლელი იყო. მაგრამ ბაბუა რომ გარდაიცვალა, მივხვდი, '
         'რომ თუ ახლა არ დავბრუნდებოდი, ეს ყველაფერი დაიკარგებოდა.',
         'რით განსხვავდება თქვენი ღვინო სხვებისგან?',
         'არაფრით განსაკუთრებულით. ვაკეთებ ისე, როგორც ბაბუა აკეთებდა: ყურძენი ჭაჭასთან ერთად ექვსი თვე რჩება '
         'ქვევრში, არანაირი საფუარი, არანაირი დანამატი. ერთადერთი, რაც შევცვალე, სისუფთავეა. ბაბუა ქვევრს ცაცხვის '
         'ქერქის ცოცხით რეცხავდა, მეც ასე ვრეცხავ, უბრალოდ უფრო ხშირად.',
         'სათაურში თქვენი სიტყვებია – ქვევრი აჩქარებას არ გპატიობს. რას გულისხმობთ?',
         'ქვევრს თავისი დრო აქვს. ბევრი ახალგაზრდა მეღვინე ცდილობს, ღვინო მარტში უკვე ბოთლში ჩამოასხას, რადგან ფული '
         'სჭირდება. მესმის მათი. მაგრამ თუ ღვინომ ქვევრში საკმარისად არ დაისვენა, ზაფხულში ბოთლში იწყებს ცვლილებას და '
         'მერე უცხოელი მყიდველი მეორედ აღარ გიკვეთავს.',
         'ამიტომ პირველ სამ წელიწადს თითქმის არაფერი გამიყიდია. ვაგროვებდი, ვაკვირდებოდი, ვსწავლობდი.',
         'მედალმა რა შეცვალა?',
         'ტელეფონი აღარ ჩერდება (იცინის). სერიოზულად, ორი იმპორტიორი დამიკავშირდა – გერმანიიდან და იაპონიიდან. მაგრამ '
         'ჩემი მარანი წელიწადში შვიდი ათას ბოთლზე მეტს ვერ აწარმოებს და არც მინდა, რომ მეტი აწარმოოს.',
         'რა აწუხებს დღეს პატარა მარნებს?',
         'ყველაზე დიდი პრობლემა ყურძნის ფასია. დიდი ქარხნები რთველის დროს ფასს ხან აწევენ, ხან ჩამოაგდებენ, და პატარა '
         'მეღვინე, რომელსაც საკუთარი ვენახი არ აქვს, ვერაფერს გეგმავს. მეორე პრობლემა ქვევრის ოსტატებია – სულ '
         'რამდენიმე დარჩა და რიგში ერთი წელი უნდა ელოდო.',
         'ახალგაზრდებს რას ურჩევდით?',
         'მოთმინებას. და კარგ ბუღალტერს.']


def test_an_interviews_last_question_over_its_short_answer_stays():
    footer = ['თეგები:', 'ღვინო', 'კახეთი', 'ქვევრი', 'ინტერვიუ', 'გააზიარე', 'Facebook']
    found = copied(["კავკასიის ექო", KA_HEADLINE, "27 ნოემბერი 2024 12:40", *KA_QA, *footer])
    assert body_lines(found.blocks) == KA_QA


FINDINGS = ["Bees trained at 12°C chose the rewarding colour correctly in 86% of tests after 48 hours.",
            "Bees trained at 18°C fell between the two groups.",
            "Colder bees took on average 40% longer per flower visit."]


def test_short_sentences_under_a_colon_are_a_list_whose_bullets_copying_lost():
    found = copied(["Research news", HEADLINE, "3 March 2025", *STORY, "The team's key findings were:", *FINDINGS,
                    "PhD researcher Tom Ashworth, who ran most of the experiments, said it had been painstaking work, "
                    "with every bee carrying a tiny numbered tag so that the team could follow it for two days."])
    lines = body_lines(found.blocks)
    assert lines[3:7] == ["The team's key findings were:"] + ["- " + item for item in FINDINGS]


def test_sentences_after_someones_words_introduced_by_a_colon_stay_paragraphs():
    said = ["Tom Ashworth said:", "It was painstaking work.", "Every bee had a tiny tag.", "We followed them for days."]
    found = copied([HEADLINE, "3 March 2025", *STORY, *said, "The study is published in the journal Apidologie "
                    "this week, and the team plans a second season of trials on farms in the spring."])
    assert body_lines(found.blocks)[3:7] == said


def test_a_live_entrys_headline_stays_though_the_key_events_list_it():
    # The blind batch text 77's live page (sealed until measured): "What's in the package?" heads the key events above
    # the feed and an entry in it; the entry's headline and its lead-in, which names the outlet as its source, stay.
    page = FIXTURES / "heldout_text_copied65" / "dailycourant_en_russia-sanctions-live-20th-package.txt"
    lines = body_lines(extract(page.read_bytes(), page.name).blocks)
    assert "## What's in the package?" in lines
    assert "Here's what we know about the draft, according to a copy seen by the Daily Courant:" in lines
