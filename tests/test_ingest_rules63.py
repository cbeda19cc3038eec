"""Ingest rules of stop 36, drawn from the misses of blind batches text 68 (`heldout_text_copied56`) and HTML 45
(`heldout_html45`), measured on main before any rule; each tested on pages of its own."""
from __future__ import annotations

from ingest_fixtures import STORY, body_lines, copied, dump
from sitegen.ingest import boilerplate as bp
from sitegen.ingest.extract import extract


def _html(body: str, head: str = "") -> str:
    return (f"<html lang='en'><head><title>Page</title>{head}</head><body>{body}</body></html>")


def _paragraphs(lines) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_a_forums_crawler_view_kept_in_noscript_is_the_page_even_with_a_footer_naming_javascript():
    post = _paragraphs(STORY + [
        "The observers compared notes late into the evening and agreed to publish a joint statement on Friday, "
        "after checking the figures against the satellite images the agency released.",
        "Several delegates said privately that the tone had improved, though nobody expected a breakthrough before "
        "the leaders themselves meet in the spring."])
    page = _html("<div id='main'></div><noscript><h1>Talks resume in Brussels</h1>"
                 f"<div class='topic-body crawler-post'><span class='creator'>stargazer_77</span>{post}</div>"
                 "<p class='powered-by-link'>Powered by Discourse, best viewed with JavaScript enabled</p></noscript>")
    lines = body_lines(extract(page.encode(), "topic.html").blocks)
    assert lines[:len(STORY)] == STORY


def test_a_subheading_over_the_storys_closing_lines_stays_with_them():
    post = _paragraphs(STORY) + ("<h2>My questions</h2><p>This was my first proper count, so I have a few questions "
                                 "for the old hands:</p><ul><li>How do you measure the limiting magnitude?</li>"
                                 "<li>Is a correction made for the moonlit hours?</li></ul>")
    page = _html(f"<article><h1>Talks resume in Brussels</h1>{post}</article><footer><p>About us</p></footer>")
    lines = body_lines(extract(page.encode(), "post.html").blocks)
    assert lines[len(STORY):len(STORY) + 2] == ["## My questions", "This was my first proper count, so I have a few "
                                                                      "questions for the old hands:"]


def test_a_forums_excerpt_running_its_first_lines_together_with_plain_apostrophes_is_no_dek():
    first = "Hello everyone,"
    lead = ("Last night (the 12th into the 13th) we watched the Perseids from a plateau 40 km north of the town, at "
            "about 2,100 metres. There were three of us, and we counted from half past eleven until four.")
    excerpt = "Hello everyone, " + lead.replace("’", "'")[:120] + " …"
    page = _html(f"<article><h1>Perseids from the plateau: my first count</h1>{_paragraphs([first, lead] + STORY)}"
                 "</article>", head=f"<meta name='description' content=\"{excerpt}\">")
    assert extract(page.encode(), "post.html").description is None


def test_jetpacks_related_posts_are_a_related_box():
    cards = ("<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>Related</h3>"
             "<div class='jp-relatedposts-post'><h4><a href='/a'>Families of missing soldiers wait for news</a></h4>"
             "<p class='jp-relatedposts-post-excerpt'>In Lviv, a support group meets every Thursday in a church "
             "basement.</p></div></div>")
    page = _html(f"<article><h1>Talks resume in Brussels</h1><div class='entry-content'>{_paragraphs(STORY)}{cards}"
                 "</div></article>")
    assert body_lines(extract(page.encode(), "post.html").blocks) == STORY


def test_a_pull_quotes_citation_goes_with_the_pull_quote():
    said = "“A guarantee that is not a guarantee is a photograph,” one official said of the draft."
    page = _html(f"<article><h1>Talks resume in Brussels</h1>{_paragraphs(STORY[:2] + [said])}"
                 "<blockquote class='pull-quote'><p>“A guarantee that is not a guarantee is a photograph.”</p>"
                 "<span>— Senior European defence official</span></blockquote>"
                 f"{_paragraphs(STORY[2:])}</article>")
    assert body_lines(extract(page.encode(), "story.html").blocks) == STORY[:2] + [said] + STORY[2:]


def test_a_japanese_blogs_sponsored_link_label_is_an_ad_label():
    assert bp.boilerplate_reason("スポンサーリンク", 1) is not None


_RECIPE = ["ゆずのおうちごはん", "2025-10-18", "炊飯器におまかせ！鶏ごぼうの炊き込みご飯【めんつゆで簡単】",
           "こんにちは、ゆずです。",
           "朝晩すっかり涼しくなってきましたね。わが家では、この季節になると週に一度は炊き込みご飯が食卓に登場します。",
           "今日は、材料を切って炊飯器に入れるだけの炊き込みご飯をご紹介します。味付けはめんつゆだけなので、とても簡単です。",
           "材料（2合分）", "米　2合", "鶏もも肉　200g", "ごぼう　1/2本（約80g）", "めんつゆ（3倍濃縮）　大さじ3",
           "作り方",
           "① 米は洗って30分ほど浸水させ、ざるにあげておきます。",
           "② 炊飯器に米と具を入れ、2合の目盛りまで水を注いで普通モードで炊きます。",
           "まとめ",
           "洗い物も少なく、炊飯器が勝手においしくしてくれる炊き込みご飯。息子たちはおこげを取り合っています（笑）",
           "余ったらラップで包んで冷凍しておくと、忙しい日のお昼ごはんにも便利です。",
           "プロフィール", "ゆず (id:yuzu_gohan)",
           "共働きで小学生男子2人の母。平日は20分、休日はちょっと丁寧に。簡単でおいしいおうちごはんを記録しています。",
           "検索", "カテゴリー"]


def _recipe():
    """The post copied with a blank line between blocks, as a hosted blog's page copies."""
    return extract(dump(*_RECIPE), "post.txt")


def test_a_blog_posts_hello_is_no_dek():
    assert _recipe().description is None


def test_ingredients_set_as_a_thing_and_its_amount_are_a_list_under_their_subheading():
    lines = body_lines(_recipe().blocks)
    assert lines[lines.index("## 材料（2合分）"):lines.index("## 作り方")] == [
        "## 材料（2合分）", "- 米　2合", "- 鶏もも肉　200g", "- ごぼう　1/2本（約80g）", "- めんつゆ（3倍濃縮）　大さじ3"]


def test_a_line_ending_on_its_laugh_is_a_sentence_with_its_subheading_over_it():
    lines = body_lines(_recipe().blocks)
    assert "## まとめ" in lines
    assert "洗い物も少なく、炊飯器が勝手においしくしてくれる炊き込みご飯。息子たちはおこげを取り合っています（笑）" in lines


def test_a_blogs_profile_box_is_no_story():
    assert not any(line.startswith("共働きで") for line in body_lines(_recipe().blocks))


def test_an_authors_bio_by_surname_under_a_wire_story_goes():
    page = copied(["Meridian Wire", "Talks resume in Brussels", "By Tomas Keller and Ingrid Solberg",
                   "March 14, 2025"] + STORY + ["___", "TOMAS KELLER",
                                               "Keller covers diplomacy and international organizations from Geneva.",
                                               "INGRID SOLBERG", "Solberg is a Meridian correspondent based in Kyiv.",
                                               "mailto"])
    assert body_lines(page.blocks) == STORY


def test_a_note_that_the_sites_work_is_part_of_a_programme_goes_even_alone():
    story = STORY + ["The bank named in the post is still on the list, the Commission's register shows, and its "
                     "assets in the bloc remain frozen.",
                     "The document shared with the claim is real, but it dates from 2024 and concerns a narrow "
                     "exemption for payments for fertiliser."]
    page = copied(["FactLens", "No, the EU has not lifted sanctions on Russian banks", "By Dana Petrova",
                   "18 July 2025"] + story + [
        "This check is part of FactLens's work under Meta's independent fact-checking programme.",
        "Tags:", "Sanctions", "© 2025 FactLens. All rights reserved."])
    assert page.publisher == "FactLens"
    assert body_lines(page.blocks) == story


def test_a_letters_page_call_under_an_opinion_piece_goes():
    assert bp.boilerplate_reason(
        "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to "
        "300 words by email to be considered for publication in our letters section, please click here.", 39) is not None


def test_the_site_calling_itself_the_ledger_is_the_masthead_named_in_full():
    page = copied(["Skip to content", "The Continental Ledger", "Search the Ledger", "World", "Europe",
                   "Talks resume in Brussels", "Hannah Voss in Brussels", "June 18 2025"] + STORY + [
        "Why the Ledger?", "See why over a million readers pay to read the Ledger.", "Advertise with the Ledger",
        "Follow the Ledger on X"])
    assert page.publisher == "The Continental Ledger"


# Rules after blind batches text 69 (`heldout_text_copied57`) and HTML 46 (`heldout_html46`), written during the stop
# and kept sealed until measured once on its rules (57b7c8a).

_BULLAR = ["Mormors Skafferi", "Bakning, Fika", "Saftiga kardemummabullar – mitt bästa recept", "12 november 2024",
           "Lena Berg", "Inlägget innehåller annonslänkar till produkter jag själv använder.",
           "Jag har bakat kardemummabullar varje höst i över tio år, och lika länge har jag jagat den perfekta bullen.",
           "Förra vintern började jag göra en tangzhong, och plötsligt höll sig bullarna saftiga i tre dagar.",
           "Ingredienser (ca 24 bullar)", "Tangzhong: 30 g vetemjöl och 150 ml mjölk", "50 g färsk jäst", "300 ml mjölk",
           "1 dl strösocker", "1/2 tsk salt", "1 ägg till pensling", "Pärlsocker till garnering", "Gör så här",
           "Börja med tangzhongen. Vispa ihop mjöl och mjölk i en kastrull och låt det sjuda tills det tjocknar.",
           "Smula jästen i en bunke, häll över mjölken och rör ihop degen med resten av ingredienserna.",
           "Grädda mitt i ugnen på 225 grader i 8–10 minuter, tills bullarna är gyllenbruna.",
           "14 svar på ”Saftiga kardemummabullar – mitt bästa recept”", "Anneli", "13 november 2024 kl. 08:14",
           "Bakade dem i går kväll och hela familjen är frälst! Tangzhong-tricket var nytt för mig.", "Svara"]


def test_ingredients_opening_on_their_amounts_are_a_list_under_their_bracketed_heading():
    lines = body_lines(extract(dump(*_BULLAR), "bullar.txt").blocks)
    assert lines[lines.index("## Ingredienser (ca 24 bullar)") + 1:lines.index("## Gör så här")] == [
        "- Tangzhong: 30 g vetemjöl och 150 ml mjölk", "- 50 g färsk jäst", "- 300 ml mjölk", "- 1 dl strösocker",
        "- 1/2 tsk salt", "- 1 ägg till pensling", "- Pärlsocker till garnering"]


def test_a_nordic_comments_heading_naming_the_post_ends_the_story():
    lines = body_lines(extract(dump(*_BULLAR), "bullar.txt").blocks)
    assert not any(line.startswith("Bakade dem") for line in lines)


def test_a_nordic_affiliate_disclosure_is_no_dek():
    assert extract(dump(*_BULLAR), "bullar.txt").description is None


_COURT = ["Hollins Valley Courier", "Judge halts demolition of Mill Street bandstand pending heritage review",
          "By Dana Whitcombe Staff Writer", "April 9, 2025", "1 of 2",
          "A Hollins County judge on Tuesday ordered the city to halt plans to demolish the Mill Street bandstand until "
          "a state historic survey is complete.",
          "Common Pleas Judge Loretta Banfield granted a preliminary injunction sought by the Friends of Riverside Park, "
          "which argued the city skipped its own review process.",
          "The City Council voted 5-2 in February to tear down the bandstand and replace it with a new pavilion.",
          "Banfield set a status hearing for July 8.", "Buy Now",
          "Dana Whitcombe covers city government and courts for the Courier. Reach her at 419-555-0142.",
          "Tags", "Mill Street Bandstand", "Riverside Park", "City Council", "Historic Preservation",
          "Dana Whitcombe", "Staff Writer", "Follow Dana Whitcombe"]


def test_the_authors_bio_line_closing_the_story_goes_with_the_tags_label_and_a_galleries_place():
    lines = body_lines(extract(dump(*_COURT), "court.txt").blocks)
    assert lines == _COURT[5:9]


def test_a_story_line_opening_on_the_authors_surname_and_a_plain_verb_is_no_bio():
    line = "Smith is expected to appeal the ruling, his lawyer said after the hearing on Tuesday."
    page = copied(["The Example Times", "Talks resume in Brussels", "By John Smith", "March 14, 2025"] + STORY + [line])
    assert body_lines(page.blocks) == STORY + [line]
