"""Ingest rules of stop 56, from the misses of blind batches (text 132 and HTML 103 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.boilerplate import boilerplate_reason

HEADLINE = "Ferry operators to keep a daily return crossing under new island contracts"


def test_a_headers_section_labels_and_headline_set_again_in_the_footer_are_no_table_of_contents():
    # (From sealed text 132: "World / Europe / Ukraine" over the headline, the same tags under "Suggested Topics" and
    # the headline in "Most Read" after the story, read as a contents list and dropped with the headline.)
    page = ["Skip to main content", "NEWSDESK", "World", "Business", "", "World", "Europe", "Transport", "",
            HEADLINE, "", "By Helen Marsh", "", ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD, "",
            "Suggested Topics:", "", "Europe", "", "Diplomacy", "", "Transport", "", "Most Read", "", "1", HEADLINE, "", "2",
            "Oil slips as traders weigh Black Sea shipping talks", "", "Site Index", "World"]
    found = copied(page)
    assert found.title == HEADLINE
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # An explainer's contents list, each entry set again over its own section's prose, still goes.
    questions = ["What was agreed?", "Who pays for it?", "When does it start?"]
    answers = [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    page = [HEADLINE, "", "In this article", *questions, ""]
    for question, answer in zip(questions, answers):
        page += [question, answer, ""]
    kept = body_lines(copied(page).blocks)
    for question in questions:  # (once: over its section, not in the list above)
        assert sum(line.endswith(question) for line in kept) == 1, (question, kept)
    assert ENGLISH_THIRD in kept


def test_a_players_notice_that_the_video_starts_after_the_ad_is_no_story():
    # (From sealed text 132: "広告の後に動画が始まります" under a TV page's player read as the dek.)
    for line in ("広告の後に動画が始まります", "The video will start after the ad", "Your video will begin after this advert",
                 "Das Video startet nach der Werbung", "La vidéo commencera après la publicité",
                 "El vídeo comenzará después del anuncio", "광고 후 영상이 재생됩니다"):
        assert boilerplate_reason(line, len(line.split())), line
    # A sentence of a story about advertising before videos is not it.
    story = ("The broadcaster said the video would start after the advertisement in future, under rules the regulator "
             "set out on Tuesday.")
    assert boilerplate_reason(story, len(story.split())) is None
