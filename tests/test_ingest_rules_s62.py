"""Ingest rules of stop 62, from the misses of its blind batches (text 154 on, HTML 125 on), each tested on pages of
its own."""
from __future__ import annotations

from ingest_fixtures import ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD, body_lines, copied

from sitegen.ingest.extract import extract

STORY = [ENGLISH_LEAD, "", ENGLISH_NEXT, "", ENGLISH_THIRD]
HEADLINE = "County keeps one return bus a day on every rural route"


def _html(body: str, title: str = HEADLINE) -> bytes:
    return (f"<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Transport Check\"></head>"
            f"<body><article><h1>{title}</h1><p>By Jane Doe</p>{body}</article></body></html>").encode()


def test_a_japanese_caption_closing_on_the_day_and_the_place_goes_and_copy_url_is_no_byline():
    # (From text 154: "URLをコピー" under the share buttons was read as the byline, and "除雪作業をする住民（4日午後・旭川市内）"
    # between two paragraphs kept as a subheading.)
    lead = "北海道の旭川市では4日、強い冬型の気圧配置の影響で雪が降り続き、午後3時までの24時間降雪量が63センチに達しました。"
    second = "この大雪の影響で、JRは旭川と周辺を結ぶ一部の区間で終日、運転を見合わせました。また、空港を発着する18便が欠航しました。"
    third = "気象台によりますと、上川地方では5日の朝にかけて、さらに30センチの雪が降るおそれがあります。十分注意するよう呼びかけています。"
    caption = "除雪作業をする住民（4日午後・旭川市内）"
    found = copied(["旭川で記録的大雪 JR一部区間で運転見合わせ", "2025年2月4日 18時12分", "Xでシェア", "URLをコピー", lead, second,
                    caption, third], "ja.txt")
    assert found.author is None
    assert body_lines(found.blocks) == [lead, second, third]
    # A story's sentence that names the day and the place is no caption: it ends on its full stop.
    said = "除雪作業は4日午後も続きました（旭川市内）。"
    found = copied(["旭川で記録的大雪 JR一部区間で運転見合わせ", "2025年2月4日 18時12分", lead, second, said, third], "ja.txt")
    assert said in body_lines(found.blocks)


LIVE = ["EU ministers agree new sanctions package targeting the shadow fleet – live",
        "Foreign ministers back listing of 140 more tankers and a ban on two regional banks; Hungary drops its objection",
        "Helen Marchetti in Brussels and Jonas Aberline", "Wed 21 May 2025 00.12 BST",
        "First published on Tue 20 May 2025 08.05 BST", "Share", "Key events",
        "16:58 Hungary lifts objection, package formally adopted", "15:10 What is in the package",
        "13:42 Kyiv welcomes move but asks for a lower price cap", "11:25 Shipping industry warns of enforcement gaps",
        "09:30 Ministers arrive in Brussels", "Show key events only", "Please turn on JavaScript to use this feature",
        "16:58 Hungary lifts objection, package formally adopted", "Helen Marchetti",
        "The sanctions package has now been formally adopted, two diplomats have confirmed to us, after Hungary's "
        "representative withdrew a reservation that had held up the text since the morning.",
        "According to one official, Budapest obtained a written assurance that an exemption would be reviewed in six "
        "months. The commission has not confirmed the detail.",
        "Updated at 17.04 BST", "Share",
        "15:10 What is in the package", "Jonas Aberline",
        "We have now seen a summary of the package circulated to delegations. The main elements are:",
        "140 additional tankers added to the list of vessels barred from EU ports and services",
        "a full transaction ban on two regional Russian banks accused of routing payments for oil cargoes",
        "The summary also says the commission will report back within three months on whether the oil price cap should "
        "be lowered.",
        "Share", "Advertisement",
        "13:42 Kyiv welcomes move but asks for a lower price cap", "Helen Marchetti",
        "Ukraine's foreign ministry has welcomed the package but says it does not go far enough. In a statement, a "
        "deputy minister said:",
        "Every tanker taken off the water is money that does not reach the Russian war machine. But as long as the "
        "price cap remains where it is, Moscow will keep finding buyers for its oil.",
        "Share",
        "11:25 Shipping industry warns of enforcement gaps", "Jonas Aberline",
        "A group representing European shipowners has warned that listing more vessels will have limited effect unless "
        "flag states and insurers are also targeted.",
        "Share",
        "09:30 Ministers arrive in Brussels", "Helen Marchetti",
        "Foreign ministers are arriving for what diplomats describe as a difficult meeting. Most capitals want the "
        "package signed off today, but at least one government has said it needs more time to study it.",
        "Share"]


def test_a_live_pages_first_entries_keep_their_headings_and_lists():
    # (From text 154: the first two entries of a live page, above its first long paragraph, lost their time-and-headline
    # lines and a list under "The main elements are:".)
    found = copied(LIVE)
    lines = body_lines(found.blocks)
    assert "## 16:58 Hungary lifts objection, package formally adopted" in lines
    assert "## 15:10 What is in the package" in lines
    assert "- 140 additional tankers added to the list of vessels barred from EU ports and services" in lines
    # (The date stays the one under the headline: labels disagree on "First published on …" below it.)
    assert found.title == LIVE[0] and found.date == "2025-05-21"


def test_a_blog_posts_title_written_as_sentences_over_its_entry_footer_is_the_headline():
    # (From text 154: "I photographed the same patch of sky all winter. Here's what changed." over "Posted on January
    # 27, 2025 by Ruth Kwan" was read as the story's first line, the site's tagline as the headline.)
    title = "I photographed the same patch of sky all winter. Here's what changed."
    found = copied(["Quiet Orbit", "", "Backyard astronomy from a cloudy hillside", "", "Home", "", "About", "", "Gear", "",
                    "Astrophotography, Projects", "", title, "", "Posted on January 27, 2025 by Ruth Kwan", "", *STORY])
    assert found.title == title and found.author == "Ruth Kwan" and found.date == "2025-01-27"
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_captions_by_left_and_right_a_bloggers_read_my_post_and_notes_to_editors_in_greek_go():
    # (From text 154: "The same field … on 14 October (left) and 22 January (right). …" and a Greek release's
    # "Σημείωση προς τους συντάκτες" were kept; from HTML 125: "Läs också mitt inlägg om höstplantering av lökar.")
    caption = "The same field, near Auriga, on 14 October (left) and 22 January (right). Each is a stack of 90 frames."
    read = "Read also my post on planting bulbs in the autumn."
    found = copied([HEADLINE, "", "By Jane Doe", "", ENGLISH_LEAD, "", caption, "", ENGLISH_NEXT, "", ENGLISH_THIRD, "",
                    read])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # A sentence that goes on after "(right)" is the story's: "… Shortall (right) both called for …".
    story = ("Labour's Duncan Smith (left) and Social Democrats TD Róisín Shortall (right) both called for an independent "
             "review of the hospital group's spending.")
    found = copied([HEADLINE, "", "By Jane Doe", "", ENGLISH_LEAD, "", story, "", ENGLISH_NEXT, "", ENGLISH_THIRD])
    assert story in body_lines(found.blocks)
    # "Read my lips" is no pointer to a post.
    assert bool(__import__("sitegen.ingest.boilerplate", fromlist=["x"]).boilerplate_reason("Read my lips, he said.", 5)) is False
    notes = ["Σημείωση προς τους συντάκτες", "", "Σχετικά με το Ίδρυμα: Το Ίδρυμα ιδρύθηκε το 1996 με σκοπό τη διάσωση της "
             "λαϊκής πολιτιστικής κληρονομιάς."]
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", *notes])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_list_announced_past_a_box_a_quoted_subheading_and_a_last_section_past_an_aside_stay():
    # (From HTML 125: "Eksperci wskazują trzy główne metody:" over a newsletter box and its <ol> was dropped as the box's
    # label; "<h3>‘A place to be warm and talk’</h3>" as a pull quote; "<aside>…</aside><h3>…</h3><p>…</p>" at the end
    # of the story's element as the footer.)
    intro = "Experts point to three main methods:"
    page = _html(f"<div class='body'><p>{ENGLISH_LEAD}</p><p>{intro}</p><div class='newsletter'><p><strong>Sign up for "
                 "our newsletter</strong></p><form><input type='email'></form></div><ol><li>a shadow fleet of old tankers"
                 "</li><li>parallel imports through third countries</li></ol><h3>‘A place to be warm and talk’</h3>"
                 f"<p>{ENGLISH_NEXT}</p><p>“It was a place to be warm and to talk to someone,” she said of the old "
                 "library.</p><p>" + ENGLISH_THIRD + "</p><aside class='points'><h4>Key points</h4><ul><li>Buses stay"
                 "</li><li>Fares frozen</li></ul></aside><h3>What comes next</h3><p>The board meets again in March.</p>"
                 "</div><div class='tags'>Tags: buses</div>")
    lines = body_lines(extract(page, "a.html").blocks)
    assert intro in lines and "1. a shadow fleet of old tankers" in lines
    assert "### ‘A place to be warm and talk’" in lines or "## ‘A place to be warm and talk’" in lines
    assert lines[-2:] == ["### What comes next", "The board meets again in March."] or \
        lines[-2:] == ["## What comes next", "The board meets again in March."]
    assert "Key points" not in " ".join(lines)
    # A quotation set as a subheading after the paragraph that says it is a pull quote all the same.
    pulled = _html(f"<div class='body'><p>{ENGLISH_LEAD}</p><p>“They told us it was a whim of the nostalgic,” says the "
                   "chair of the friends' group, who raised the money.</p><h4>“They told us it was a whim of the "
                   f"nostalgic”</h4><p>{ENGLISH_NEXT}</p><p>{ENGLISH_THIRD}</p></div>")
    assert [line for line in body_lines(extract(pulled, "a.html").blocks) if line.startswith("#")] == []


def test_a_japanese_release_under_its_companys_name_and_a_skip_link_gets_its_own_headline():
    # (From text 155: "本文へスキップ" / "横浜ベイサイド交通株式会社" (the issuer, named again in the release and its contact
    # box) / menu / date / headline / "～…～" dek: the company's name was taken for the headline.)
    lead = ("横浜ベイサイド交通株式会社（本社：横浜市中区）は、水素を燃料とする燃料電池船を使用した水上バスの定期運航を、"
            "2025年7月19日から開始します。")
    second = "燃料電池船は、運航中に二酸化炭素を排出しません。従来のディーゼル船と比べて騒音や振動も少なく、快適な船旅をお楽しみいただけます。"
    third = "当社は、2030年までに保有する全ての旅客船を、水素またはバッテリーで動く船に置き換える計画です。"
    found = copied(["本文へスキップ", "", "横浜ベイサイド交通株式会社", "", "企業情報", "事業紹介", "ニュースリリース", "",
                    "2025年6月3日", "", "横浜港で水素燃料電池船による水上バスの定期運航を開始します", "",
                    "～当社初の水素船、7月19日から横浜駅東口と山下公園を結びます～", "", lead, "", second, "", third, "",
                    "【本件に関するお問い合わせ先】", "横浜ベイサイド交通株式会社 経営企画部 広報担当"], "ja.txt")
    assert found.title == "横浜港で水素燃料電池船による水上バスの定期運航を開始します"
    assert body_lines(found.blocks)[0] == lead


def test_a_reporters_name_over_the_ground_over_the_date_is_the_byline_and_comments_under_reagissez_go():
    # (From text 155: "Gareth Linnane" / "at Ferrisfield Park" / "Sat 12 Apr 2025 17.58 BST" left no author; a French
    # op-ed's "Réagissez" / "Vous pouvez lire 12 contributions. …" and its readers' posts were kept; a Polish
    # fact-check's "Jak oceniamy? Poznaj naszą metodologię." too.)
    found = copied(["Late Okafor header sends Kingsmoor top", "", "Gareth Linnane", "at Ferrisfield Park",
                    "Sat 12 Apr 2025 17.58 BST", "", *STORY])
    assert found.author == "Gareth Linnane"
    comments = ["Réagissez", "", "Vous pouvez lire 12 contributions. Connectez-vous pour réagir.", "", "Jean-Paul R.",
                "Il y a 2 jours", "Tribune lucide. Mais qui paiera ? Les mêmes qui ne veulent déjà pas financer nos "
                "hôpitaux."]
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", "Jak oceniamy? Poznaj naszą metodologię.", "",
                    *comments])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # A sentence of the story naming "our methodology" stays.
    said = '"The agency changed our methodology last year," she said.'
    found = copied([HEADLINE, "", "By Jane Doe", "", ENGLISH_LEAD, "", said, "", ENGLISH_NEXT, "", ENGLISH_THIRD])
    assert said in body_lines(found.blocks)


def test_a_name_over_the_town_over_the_date_is_the_byline_and_the_lead_photos_caption_over_its_photographer_goes():
    # (From text 156: "María José Lasheras" / "Zaragoza" / "10/07/2025 - 13:45 h" left no author, and "Vecinos de
    # Valdespartera, en una parada …." / "Javier Campos" at the top of the story were kept as a paragraph and a
    # subheading.)
    caption = "Residents at a stop on Casablanca Avenue, in the north of the city."
    found = copied([HEADLINE, "", "The board's survey of 2,000 passengers shaped the decision.", "", "María José Lasheras",
                    "Zaragoza", "Thursday, 10 July 2025", "", "Share on Facebook", "", caption, "Javier Campos", "",
                    *STORY])
    assert found.author == "María José Lasheras"
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # (The third review's guards.) A sentence with a verb of its own over a name is no caption; a photographer's name
    # over an agency is no byline; a date in figures under the town is the date.
    told = "It was the longest council meeting anyone in the town could remember."
    found = copied([HEADLINE, "", "By Jane Doe", "12 March 2025", "", told, "", "Thabo Nkosi", "", *STORY])
    assert told in body_lines(found.blocks)
    found = copied([HEADLINE, "", "James Murray", "Getty Images", "12/03/2025 - 13:45 h", "", *STORY])
    assert found.author != "James Murray"
    found = copied([HEADLINE, "", "María José Lasheras", "Zaragoza", "10/07/2025 - 13:45 h", "", *STORY])
    assert found.author == "María José Lasheras" and found.date is not None
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]


def test_a_paywalls_faded_last_paragraph_stays_and_a_newsletters_pitch_and_a_live_pages_end_go():
    # (From HTML 127: '<p class="paywall-fade">Housing charities say …</p>' was dropped as the paywall's box; "Die
    # wichtigsten Nachrichten des Tages – jeden Morgen um 6 Uhr in Ihrem Postfach." and "Ende des Liveblogs für heute.
    # Morgen geht es hier weiter." were kept.)
    page = _html(f"<p>{ENGLISH_LEAD}</p><p>{ENGLISH_NEXT}</p><p class='paywall-fade'>{ENGLISH_THIRD}</p>"
                 "<div class='paywall'><p>Subscribe to continue reading</p></div>")
    assert body_lines(extract(page, "a.html").blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    found = copied([HEADLINE, "", "By Jane Doe", "", *STORY, "", "Die wichtigsten Nachrichten des Tages – jeden Morgen um "
                    "6 Uhr in Ihrem Postfach.", "", "Ende des Liveblogs für heute. Morgen geht es hier weiter."])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # (From text 157: a Portuguese page's ad slot, "PUB", was kept as a subheading.)
    found = copied([HEADLINE, "", "By Jane Doe", "", ENGLISH_LEAD, "", "PUB", "", ENGLISH_NEXT, "", ENGLISH_THIRD])
    assert body_lines(found.blocks) == [ENGLISH_LEAD, ENGLISH_NEXT, ENGLISH_THIRD]
    # A story's sentence naming someone's inbox stays: "Die Rechnung lag plötzlich in ihrem Postfach, …".
    bill = "Die Rechnung lag plötzlich in ihrem Postfach, ohne jede Vorwarnung, sagte eine Rentnerin aus Ehrenfeld."
    found = copied([HEADLINE, "", "By Jane Doe", "", ENGLISH_LEAD, "", bill, "", ENGLISH_NEXT, "", ENGLISH_THIRD])
    assert bill in body_lines(found.blocks)
