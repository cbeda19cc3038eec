"""Rules found on batch 23's pages (heldout_text_copied11), checked on other strings (other sites, other names)."""
from __future__ import annotations

from sitegen.ingest.extract import extract
from ingest_fixtures import dump as _dump

_LEAD = ("Every rural bus route in the county must keep at least one return journey a day, Open Roads Trust said "
         "today, as US and UK operators met council officials to discuss next year's contracts.")
_NEXT = ("The trust, which has surveyed more than 2,000 passengers since 2023, said a network without evening buses "
         "would cut off villages where one household in four has no car.")
_THIRD = ("\"People do not ask for much,\" said Ruth Okoro, the trust's director. \"They ask for a bus that comes back "
          "the same day.\"")


def _texts(e):
    return [b.text for b in e.blocks]


def test_us_in_capitals_is_the_country_not_the_site_speaking_to_its_readers():
    # The lead names the organisation and "US delegations": the organisation quoted in its own release, not a note
    # from the site about itself ("Tell us what you think").
    e = extract(_dump("Open Roads Trust", "Rural routes need a daily return bus, trust tells operators", _LEAD, _NEXT,
                      _THIRD, "© 2026 Open Roads Trust"), "x.txt")
    assert _texts(e)[:3] == [_LEAD, _NEXT, _THIRD]


def test_a_press_releases_notes_to_editors_and_media_contact_are_not_the_release():
    for notes, contact in (("Notes for editors", "Press contact"), ("Note aux rédactions", "Contact presse"),
                           ("Noot voor de redactie", "Perscontact")):
        e = extract(_dump("PRESS RELEASE", "Rural routes need a daily return bus, trust tells operators", _LEAD, _NEXT,
                          _THIRD, notes, "Open Roads Trust is a charity founded in 2011 that campaigns for rural transport.",
                          contact, "Sam Hale, head of communications", "-ENDS-"), "x.txt")
        assert _texts(e) == [_LEAD, _NEXT, _THIRD], notes
    # A note for editors run on after a colon, the press office under it.
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators", _LEAD, _NEXT, _THIRD,
                      "Hinweis an die Redaktion: Fotos der Busse stehen zum Download bereit.", "Pressestelle",
                      "Telefon: 0000 12345"), "x.txt")
    assert _texts(e) == [_LEAD, _NEXT, _THIRD]


def test_notes_to_editors_with_the_page_furniture_under_them_stay_the_releases_background():
    # A government site prints its release's background under "Notes to editors", then the date and share bar: no
    # press office's contact closes them, so they are read as the release's own section.
    e = extract(_dump("Rural routes need a daily return bus, minister says", _LEAD, _NEXT, _THIRD, "Notes to editors",
                      "The funding comes from the Rural Transport Fund 2025 to 2029.", "Published", "3 March 2026",
                      "Share this page", "Share on Facebook"), "x.txt")
    assert _texts(e)[-2:] == ["Notes to editors", "The funding comes from the Rural Transport Fund 2025 to 2029."]


def test_a_speakers_quotation_under_the_headline_is_its_subtitle_not_the_headline():
    lead = ("Die Stadtbibliothek öffnet ab dem 1. März auch sonntags, hat der Kulturausschuss am Mittwoch beschlossen. "
            "Bürgermeisterin Anna Lenz sagte: „Eine Bibliothek muss offen sein, wenn die Menschen Zeit haben.“")
    more = ("Die Sonntagsöffnung kostet nach Angaben der Verwaltung rund 80.000 Euro im Jahr. Sie wird zunächst für "
            "zwei Jahre erprobt, danach entscheidet der Rat erneut.")
    e = extract(_dump("Pressemitteilung", "Stadtbibliothek öffnet künftig auch am Sonntag",
                      "Bürgermeisterin Lenz: „Eine Bibliothek muss offen sein, wenn die Menschen Zeit haben“", lead, more),
                "x.txt")
    assert e.title == "Stadtbibliothek öffnet künftig auch am Sonntag"
    assert e.description == "Bürgermeisterin Lenz: „Eine Bibliothek muss offen sein, wenn die Menschen Zeit haben“"
    # A headline that is itself a quotation, with no headline above it, stays the headline.
    e = extract(_dump("Bürgermeisterin Lenz: „Eine Bibliothek muss offen sein, wenn die Menschen Zeit haben“", lead,
                      more), "x.txt")
    assert e.title.startswith("Bürgermeisterin Lenz:")


_ANSWERS = (
    "The pass is a yearly ticket for every bus and tram in the region, sold by the transport authority since 2024. "
    "It costs £240 a year for adults and £120 for pupils, and it can be paid in twelve monthly instalments.",
    "Anyone who lives in the region can buy it, and from April pupils at colleges outside the region can too. "
    "Pensioners keep their free pass, which already covers the same routes and the same hours.",
    "Online or at any travel centre, with a photo and proof of address. Most passes are posted within five working "
    "days, and a temporary ticket can be printed at home while the card is on its way.",
)


def test_an_explainers_contents_list_is_dropped_and_its_questions_head_their_answers():
    questions = ("What is the Region Pass?", "Who can buy it?", "Where do I get one?")
    e = extract(("Region Pass explained: prices, who can buy it and where\nBy Lena Marsh\n12 March 2026\n"
                 "On this page\n" + "\n".join(questions) + "\n"
                 + "\n".join(f"{q}\n{a}" for q, a in zip(questions, _ANSWERS))).encode(), "x.txt")
    got = [(b.kind, b.text) for b in e.blocks]
    assert got == [x for q, a in zip(questions, _ANSWERS) for x in (("heading", q), ("paragraph", a))]


def test_a_qa_explainers_first_question_is_a_subheading_like_the_others():
    questions = ("What is the pass exactly?", "Who can buy it?", "Where do I get one?")
    e = extract(_dump("Region Pass explained: prices, who can buy it and where", "By Lena Marsh", "12 March 2026",
                      *[x for q, a in zip(questions, _ANSWERS) for x in (q, a)]), "x.txt")
    assert [(b.kind, b.text) for b in e.blocks][:2] == [("heading", questions[0]), ("paragraph", _ANSWERS[0])]
    # A single question over the lead is the story's first line, not a section of a Q&A.
    e = extract(_dump("Region Pass to cost £240 a year", "By Lena Marsh", "12 March 2026", "Is it worth it?",
                      _ANSWERS[0], _ANSWERS[1]), "x.txt")
    assert [b.kind for b in e.blocks][0] == "paragraph"


_BLOG_LEAD = ("Mùa này năm nào mình cũng đạp xe lên đồi chè Cầu Đất, đi từ sáng sớm khi sương còn dày và đường còn vắng, "
              "rồi ngồi uống trà ở một quán nhỏ ven đồi cho tới trưa mới về lại thành phố.")
_BLOG_NEXT = ("Đường lên đồi chè giờ đã được trải nhựa lại, nhưng đoạn dốc cuối vẫn khá gắt, ai đi xe số nhớ về số nhỏ từ "
              "sớm và mang theo áo gió vì trên đồi lúc nào cũng lạnh hơn dưới phố vài độ.")


_BLOG_LAST = ("Trên đường về tụi mình ghé chợ phiên ở Trạm Hành mua ít rau và mật ong rừng, giá rẻ hơn dưới phố nhiều, "
              "người bán lại vui vẻ chỉ đường cho đi tiếp xuống thác nên chuyến đi dài thêm gần hai tiếng đồng hồ.")


def test_a_blog_post_line_ending_with_its_comment_count_gives_the_author():
    e = extract(_dump("Một ngày trên đồi chè Cầu Đất", "Đăng ngày 27/11/2026 bởi Thu Vy — 4 bình luận", _BLOG_LEAD,
                      _BLOG_NEXT), "x.txt")
    assert (e.author, e.date) == ("Thu Vy", "2026-11-27")
    e = extract(_dump("What the new bus contracts mean for villages", "March 3, 2026 by Ana Ruiz · 12 Comments", _LEAD,
                      _NEXT), "x.txt")
    assert e.author == "Ana Ruiz"


def test_a_wordpress_blogs_translated_like_buttons_and_comments_heading_end_the_post():
    e = extract(_dump("Một ngày trên đồi chè Cầu Đất", "Đăng ngày 27/11/2026 bởi Thu Vy", _BLOG_LEAD, _BLOG_NEXT,
                      _BLOG_LAST, "Thích bài này:\nThích Đang tải...", "4 bình luận về “Một ngày trên đồi chè Cầu Đất”",
                      "Minh Anh\n27/11/2026 lúc 21:10", "Đẹp quá, cuối tuần này mình cũng lên đó đạp xe thử xem sao.",
                      "Trả lời"), "x.txt")
    assert _texts(e) == [_BLOG_LEAD, _BLOG_NEXT, _BLOG_LAST]


def test_the_headers_photographer_under_a_picture_is_its_credit_and_the_line_under_it_the_caption():
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators",
                      "Words by Tom Ryle · Photographs by Ines Varga", _LEAD, "Ines Varga for Field Notes",
                      "The last bus of the day leaving Upper Weald on a Tuesday in February.", _NEXT, _THIRD), "x.txt")
    assert _texts(e) == [_LEAD, _NEXT, _THIRD]
    # Without the header's credit, a name is not taken for a photographer.
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators", "Words by Tom Ryle", _LEAD,
                      "The last bus of the day left Upper Weald at ten past four on Tuesday.", _NEXT), "x.txt")
    assert _texts(e) == [_LEAD, "The last bus of the day left Upper Weald at ten past four on Tuesday.", _NEXT]


def test_a_pull_quote_repeating_a_paragraphs_quotation_is_dropped():
    said = ("Ruth Okoro has run the trust since 2019. \"We count buses, not promises,\" she said on Monday. \"A timetable "
            "nobody can use is not a service.\" Her staff of six visits every route at least once a year.")
    pull = "\"We count buses, not promises. A timetable nobody can use is not a service.\""
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators", _LEAD, pull, said, _NEXT), "x.txt")
    assert _texts(e) == [_LEAD, said, _NEXT]
    # A quotation said once is the story's own paragraph.
    own = "\"A timetable nobody can use is not a service, and every council in the county knows it.\""
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators", _LEAD, own, _NEXT), "x.txt")
    assert _texts(e) == [_LEAD, own, _NEXT]


def test_a_magazines_issue_note_and_an_explainers_reviewer_line_are_not_story_or_dek():
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators", "By Tom Ryle",
                      "Fact-checked by the Field Notes desk", _LEAD, _NEXT, _THIRD,
                      "This essay first appeared in the spring edition of Field Notes."), "x.txt")
    assert e.description is None
    assert _texts(e) == [_LEAD, _NEXT, _THIRD]


def test_the_sites_name_over_the_page_and_alone_in_its_footer_beats_the_parent_companys_copyright():
    page = _dump("Skip to content", "Wealdside Courier", "News  Sport  What's on",
                 "Rural routes need a daily return bus, trust tells operators", "By Tom Ryle", _LEAD, _NEXT, _THIRD,
                 "Wealdside Courier", "Part of Downland Media Group", "© 2026 Downland Media Group Ltd")
    assert extract(page, "x.txt").publisher == "Wealdside Courier"
    # A menu entry at the top and in the footer is no site name ("News" is one word; "Contact Us" a link).
    page = _dump("Contact Us", "Rural routes need a daily return bus, trust tells operators", "By Tom Ryle", _LEAD,
                 _NEXT, _THIRD, "Contact Us", "© 2026 Downland Media Group Ltd")
    assert extract(page, "x.txt").publisher != "Contact Us"


def test_a_blog_platforms_publication_line_alone_names_the_publisher():
    e = extract(("Member-only story\nRural routes need a daily return bus, trust tells operators\nTom Ryle\nFollow\n"
                 "6 min read\n·\nMar 3, 2026\nPublished in Bus Lane Weekly\n" + "\n".join((_LEAD, _NEXT, _THIRD))).encode(),
                "x.txt")
    assert e.publisher == "Bus Lane Weekly"


def test_a_tip_box_inside_an_explainer_is_not_story():
    tip = "Money tip: Ask your bus company for a season ticket before the fares change in April."
    e = extract(_dump("Rural bus fares: what changes in April", "By Tom Ryle", _LEAD, tip, _NEXT, _THIRD), "x.txt")
    assert _texts(e) == [_LEAD, _NEXT, _THIRD]


def test_a_city_and_the_news_agency_on_their_own_line_are_no_dek():
    e = extract(_dump("Rural routes need a daily return bus, trust tells operators", "Leeds - Northern News Agency",
                      _LEAD, _NEXT), "x.txt")
    assert e.description is None and _texts(e)[0] == _LEAD
