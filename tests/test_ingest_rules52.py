"""Ingest rules of stop 52, from the misses of sealed blind batches text 112 and HTML 85 (measured on main 3a503db5
before them), each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

HEADLINE = "Rural bus routes to keep a daily return journey under new county contracts"


def _spaced(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def test_a_press_offices_contact_line_is_no_byline():
    # (From text 112: "Media contact: Press Office" under a press release's date gave the author "Media".)
    for line in ("Media contact: Press Office", "Press contact: Jane Doe, +44 20 7946 0000", "Media enquiries: Press Office",
                 "Contact presse : Service communication", "Pressekontakt: Anna Weber"):
        found = copied(_spaced(["Press release", HEADLINE, "Released: 3 September 2025", line, ENGLISH_LEAD,
                                ENGLISH_NEXT, ENGLISH_THIRD]))
        assert found.author is None, line
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], line
    # A subheading that opens on the word is none: "Contact tracing: what the app records".
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("Contact tracing: what the app records", 6) is None
    assert boilerplate_reason("Police enquiries: officers confirmed a file had been passed to prosecutors.", 11) is None
    assert boilerplate_reason("Media contact: Press Office", 4) == "a press office's contact line"
    # A byline in the same place still is one.
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]))
    assert found.author == "Ann Lee"


def test_an_op_eds_note_on_its_writer_after_the_story_is_dropped():
    # (From HTML 85: "Kirjoittaja on … toimittaja ja … kolumnisti." closing a Finnish column was kept as its last paragraph.)
    for note in ("The writer is a former ambassador to Poland and a senior fellow at the Atlantic Forum.",
                 "Kirjoittaja on turvallisuuspolitiikkaan perehtynyt toimittaja ja lehden kolumnisti.",
                 "L'autrice est chercheuse associée à l'Institut d'études européennes."):
        found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD,
                                note, "Share this article"]))
        assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD], note
    # Not a book review's sentence on the book's author, nor such a sentence with the story going on after it.
    review = "The author is a former journalist who spent ten years in Moscow, and it shows in every chapter of the book."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, review]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, review]
    inside = "The writer is a retired postman who kept a diary of every letter he delivered in forty years."
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, inside, ENGLISH_NEXT,
                            ENGLISH_THIRD]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, inside, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_byline_whose_surname_is_a_weekdays_word_is_a_byline():
    # (From text 113: "Von Lena Hartwig und Jonas Freitag" was dropped as a label, the page left with no author.)
    from sitegen.ingest.metadata import byline
    assert byline("Von Lena Hartwig und Jonas Freitag") == "Lena Hartwig and Jonas Freitag"
    assert byline("By Anna Sonntag") == "Anna Sonntag"
    assert byline("By Easter Sunday") is None and byline("By Tom Reed Friday") is None


def test_a_captions_source_credit_and_a_support_line_are_dropped():
    # (From text 113.)
    from sitegen.ingest.boilerplate import boilerplate_reason
    caption = "Die ukrainische Delegation bei ihrer Ankunft am Dienstagmorgen. (Quelle: Marc Delorme/Tagesblick)"
    assert boilerplate_reason(caption, len(caption.split())) == "photo caption with its credit"
    figure = "Inflation rose to 3.4% in March, the highest since records began. (Source: Eurostat/ECB)"
    assert boilerplate_reason(figure, len(figure.split())) is None
    support = ("If you have been affected by any of the issues in this story, you can find information and support on "
               "our Action Line page.")
    assert boilerplate_reason(support, len(support.split())).startswith("a support line")
    story = "If you have been affected by the floods, the council says you can claim up to £500 from its fund."
    assert boilerplate_reason(story, len(story.split())) is None


def test_a_kicker_glued_to_the_headline_in_one_heading_is_dropped_by_the_meta_title():
    # (From HTML 86: "<h1><span>Kicker</span><span>„Headline“</span></h1>" read as one title, no space between.)
    from sitegen.ingest.extract import extract
    story = "".join(f"<p>{line}</p>" for line in (ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD))
    page = ("<html><head><title>Ökonomin über Sanktionen: „Die Sanktionen wirken langsam“ - Abendkurier</title>"
            "<meta property=\"og:title\" content=\"Ökonomin über Sanktionen: „Die Sanktionen wirken langsam“\"></head>"
            "<body><article><h1><span class=\"kicker\">Ökonomin über Sanktionen</span><span class=\"title\">„Die "
            f"Sanktionen wirken langsam“</span></h1>{story}</article></body></html>")
    assert extract(page.encode("utf-8"), "x.html").title == "„Die Sanktionen wirken langsam“"


def test_a_standfirst_named_in_a_data_attribute_under_hashed_classes_is_the_description():
    # (From HTML 86: '<div data-gu-name="standfirst" class="dcr-10wx5sg"><p>…</p></div>' was kept as the story's first
    # paragraph, the meta description taken instead.)
    from sitegen.ingest.extract import extract
    dek = "House prices in the city have risen 40 per cent in a decade, and buyers are looking thirty miles away."
    story = "".join(f"<p>{line}</p>" for line in (ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD))
    page = ("<html><head><title>Priced out - Chronicle</title><meta name=\"description\" content=\"Buyers move out.\">"
            f"</head><body><article><div class=\"dcr-1kwg2vo\"><h1 class=\"dcr-u0152o\">{HEADLINE}</h1></div>"
            f"<div data-gu-name=\"standfirst\" class=\"dcr-10wx5sg\"><p>{dek}</p></div>"
            f"<div class=\"dcr-abc\">{story}</div></article></body></html>")
    found = extract(page.encode("utf-8"), "x.html")
    assert found.description == dek
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_writers_own_tip_in_the_storys_flow_is_story_and_a_tip_box_is_not():
    # (From HTML 86: a blog's "One tip: if you're working on a machine this old, …" was dropped as a tip box.)
    from sitegen.ingest.boilerplate import boilerplate_reason
    own = "One tip: if you're working on a machine this old, photograph every part before you take it off."
    assert boilerplate_reason(own, len(own.split())) is None
    for box in ("Money tip: compare energy tariffs every year before your contract ends.",
                "Our tip: submit a meter reading before 1 April, when the new prices start."):
        assert boilerplate_reason(box, len(box.split())) == "a tip box beside the story", box


def test_a_korean_paywall_prompt_and_a_may_interest_you_teaser_are_dropped():
    # (From text 115.)
    from sitegen.ingest.boilerplate import boilerplate_reason, teaser_reason
    for prompt in ("이 기사는 유료회원 전용 기사입니다.", "남은 기사를 읽으시려면 로그인하거나 구독해 주세요."):
        assert boilerplate_reason(prompt, len(prompt.split())) == "paywall prompt", prompt
    for story in ("정부는 구독 경제를 키우겠다고 밝혔다.", "네이버는 다음 달부터 유료회원 전용 혜택을 확대한다고 밝혔다."):
        assert boilerplate_reason(story, len(story.split())) is None, story  # (a story's words, no prompt)
    for label in ("Te puede interesar", "Ti potrebbe interessare", "You may also like"):
        line = f"{label}: La DANA del otoño dejó daños por 3,2 millones en caminos rurales"
        assert teaser_reason(line, True) == f"link to another story (label {label!r})", label


def test_a_fact_checkers_request_for_claims_and_its_title_are_dropped():
    # (From text 115 and HTML 88: "Seen a claim you want us to check?" / "Send it to us on WhatsApp …".)
    from sitegen.ingest.boilerplate import boilerplate_reason
    for line in ("Send it to us on WhatsApp or through our tip form. We read every message.",
                 "Widzisz fałszywą informację? Zgłoś ją nam przez formularz.",
                 "¿Te ha llegado un bulo? Envíanoslo al WhatsApp +34 600 000 123 y lo verificamos."):
        assert boilerplate_reason(line, len(line.split())).startswith("a request for tips"), line
    # A story's own "submit a claim through the online form" is none: no "us"; nor a request someone is reported making.
    for story in ("Customers can submit a claim through the insurer's online form or by email until Friday.",
                  "Readers can send their photos to us by email, the council said.",
                  "Schicken Sie uns Ihre Fragen per E-Mail, sagte der Bürgermeister am Montag.",
                  "Envíanos tus fotos por correo, pidió el alcalde a los vecinos."):
        assert boilerplate_reason(story, len(story.split())) is None, story
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD,
                            "Seen a claim you want us to check?",
                            "Send it to us on WhatsApp or through our tip form. We read every message."]))
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_storys_list_of_yearly_costs_under_its_subheading_is_no_paywall_offer():
    # (From sealed HTML 89: "The numbers" / "Here is what the first full year looked like …:" / "Gas and electricity
    # before: £2,380 a year" was read as a paywall's offer, and the rest of the post, 16 lines, cut off after it.)
    intro = "Here is what the first full year looked like, compared with our last year on gas:"
    items = ["Gas and electricity before: £2,380 a year", "Electricity only after: £1,640 a year"]
    found = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, "The numbers", intro,
                            *items, ENGLISH_THIRD]))
    assert body_lines(found.blocks)[-1] == ENGLISH_THIRD
    assert all(any(item in line for line in body_lines(found.blocks)) for item in items)
    # A paywall's box still cuts the story: its heading, then its price a month.
    gated = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, "Subscribe today",
                            "Only £1 a month for your first year", "Already a subscriber? Log in", ENGLISH_THIRD]))
    assert ENGLISH_THIRD not in body_lines(gated.blocks)
    # So with the box's pitch, a sentence, between its heading and its price.
    pitched = copied(_spaced([HEADLINE, "By Ann Lee", "3 September 2025", ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD,
                              "The Gazette Digital",
                              "Every story from the Gazette, the puzzles and the e-edition on all your devices.",
                              "£1 a month for 3 months", "Read more"]))
    assert body_lines(pitched.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
