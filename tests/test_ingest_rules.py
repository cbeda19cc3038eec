"""seeds/sources.yaml, encodings and --explain as a user meets them through the CLI."""
from __future__ import annotations

import codecs

import pytest

from sitegen import frontmatter
from sitegen.cli import main
from sitegen.ingest.extract import extract
from sitegen.ingest.rules import parse_rules
from sitegen.errors import SitegenError

SEED = "seeds/004_a83bfb05ebc02dff.txt"


def article_for(project, seed_name):
    for path in (project / "content" / "articles").glob("*.md"):
        meta, body, _ = frontmatter.parse(path.read_text(encoding="utf-8"), str(path))
        if meta["source"] == f"seeds/{seed_name}":
            return path, meta, body
    raise AssertionError(f"no article from {seed_name}")


def test_sources_yaml_sets_metadata_and_keep_drop_patterns_and_wins_over_detection(project):
    (project / "seeds" / "sources.yaml").write_text(
        "files:\n"
        "  004_a83bfb05ebc02dff.txt:\n"
        "    title: Putin problem worsens as talks flounder\n"
        "    author: Jane Editor\n"
        "    date: 2025-07-21\n"
        "    keep: ['^The war in Urkraine']\n"
        "    drop: ['^Speaking to his country']\n"
        "  000_cbccf7587adf929d.txt:\n"
        "    title: Trump threatens Russia with new sanctions\n",
        encoding="utf-8")
    assert main(["ingest", "-C", str(project)]) == 0
    path, meta, body = article_for(project, "004_a83bfb05ebc02dff.txt")
    assert meta["title"] == "Putin problem worsens as talks flounder"
    assert meta["author"] == "Jane Editor"
    assert meta["date"] == "2025-07-21"
    assert meta["publisher"] == "We Got This Covered", "what the editor left alone is still detected"
    assert "The war in Urkraine doesn’t seem to be stopping" in body
    assert "Speaking to his country" not in body
    _, meta0, _ = article_for(project, "000_cbccf7587adf929d.txt")
    assert meta0["title"] == "Trump threatens Russia with new sanctions"
    assert "title_inferred" not in meta0, "a title the editor gave is not inferred"


def test_publisher_rules_apply_to_every_file_of_that_publisher(project):
    (project / "seeds" / "sources.yaml").write_text(
        "publishers:\n  Ynetnews:\n    drop: ['^Kremlin aide']\n", encoding="utf-8")
    assert main(["ingest", "-C", str(project)]) == 0
    _, _, body = article_for(project, "002_8e86fa0f0e6ba2ce.txt")
    assert "Kremlin aide Yuri Ushakov" not in body
    _, _, other = article_for(project, "003_f2e8e39dc4325990.txt")
    assert "Politico writes about this." in other


@pytest.mark.parametrize("text, line, message", [
    ("files:\n  a.txt:\n    title: [unclosed\n", 4, "invalid YAML"),
    ("files:\n  a.txt:\n    headline: x\n", 3, "unknown key 'headline' under 'a.txt'"),
    ("files:\n  a.txt:\n    drop: ['(unbalanced']\n", 3, "bad regular expression"),
    ("files:\n  a.txt:\n    date: 7 August\n", 3, "date '7 August' is not YYYY-MM-DD"),
    ("sources:\n  a.txt: {}\n", 1, "unknown key 'sources'"),
])
def test_a_mistake_in_sources_yaml_names_its_line(text, line, message):
    with pytest.raises(SitegenError) as caught:
        parse_rules(text, "seeds/sources.yaml")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("seeds/sources.yaml", line)
    assert message in problem.message
    assert str(problem).startswith(f"seeds/sources.yaml:{line}: ")


def test_bad_sources_yaml_stops_ingest_with_path_line_and_no_traceback(project, capsys):
    (project / "seeds" / "sources.yaml").write_text("files:\n  x.txt:\n    keep: ['[']\n", encoding="utf-8")
    assert main(["ingest", "-C", str(project)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("seeds/sources.yaml:3: bad regular expression")
    assert "Traceback" not in err


def test_explain_gives_each_line_its_fate_and_reason(project, capsys):
    assert main(["ingest", "-C", str(project), "--explain", "seeds/002_8e86fa0f0e6ba2ce.txt"]) == 0
    out = capsys.readouterr().out
    assert "publisher: Ynetnews" in out
    lines = {l.split(": ", 1)[0]: l for l in out.splitlines() if l.startswith("seeds/002_8e86fa0f0e6ba2ce.txt:")}
    assert "title" in lines["seeds/002_8e86fa0f0e6ba2ce.txt:1"]
    assert "description" in lines["seeds/002_8e86fa0f0e6ba2ce.txt:3"]
    assert "dropped" in lines["seeds/002_8e86fa0f0e6ba2ce.txt:8"] and "hebrew script" in lines["seeds/002_8e86fa0f0e6ba2ce.txt:8"]
    assert "photo credit" in lines["seeds/002_8e86fa0f0e6ba2ce.txt:11"]
    assert "comments" in lines["seeds/002_8e86fa0f0e6ba2ce.txt:54"]


def test_explain_shows_a_sources_yaml_pattern_as_the_reason(project, capsys):
    (project / "seeds" / "sources.yaml").write_text(
        "files:\n  003_f2e8e39dc4325990.txt:\n    drop: ['^Politico writes']\n", encoding="utf-8")
    assert main(["ingest", "-C", str(project), "--explain", "seeds/003_f2e8e39dc4325990.txt"]) == 0
    out = capsys.readouterr().out
    line9 = next(l for l in out.splitlines() if l.startswith("seeds/003_f2e8e39dc4325990.txt:9:"))
    assert "dropped" in line9 and "drop pattern '^Politico writes'" in line9


STORY = ("Заголовок новости о погоде в городе\n\n"
         "Синоптики обещают тёплую погоду до конца недели, а в выходные возможны кратковременные дожди.\n\n"
         "Жителей города просят следить за предупреждениями и не оставлять детей без присмотра у воды.\n")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_a_legacy_encoding_is_detected_and_reported(encoding):
    extraction = extract(STORY.encode(encoding), "x.txt")
    assert extraction.title == "Заголовок новости о погоде в городе"
    assert extraction.blocks[0].text.startswith("Синоптики обещают тёплую погоду")
    assert any(f"read as {encoding}" in w for w in extraction.warnings)


def test_utf16_with_bom_and_crlf_line_endings_read_like_utf8():
    text = STORY.replace("\n", "\r\n")
    for raw in (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), codecs.BOM_UTF8 + text.encode("utf-8")):
        extraction = extract(raw, "x.txt")
        assert extraction.title == "Заголовок новости о погоде в городе"
        assert [b.text for b in extraction.blocks] == [line for line in STORY.split("\n")[2:] if line]
        assert extraction.language == "ru"


def test_a_binary_file_is_reported_and_skipped_and_the_rest_go_on(project, capsys):
    (project / "seeds" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert main(["ingest", "-C", str(project)]) == 0
    captured = capsys.readouterr()
    assert "seeds/photo.txt: warning: no article text found, skipped" in captured.err
    assert "5 written" in captured.out
    assert not extract(b"\x00\x01\x02binary\x00", "x.txt").blocks


def test_a_missing_headline_is_inferred_flagged_and_warned_about(project, capsys):
    assert main(["ingest", "-C", str(project)]) == 0
    captured = capsys.readouterr()
    path, meta, _ = article_for(project, "000_cbccf7587adf929d.txt")
    assert meta["title"] == "U.S. President Donald Trump has once again threatened to hit Russia with new sanctions"
    assert meta["title_inferred"] is True
    assert "seeds/000_cbccf7587adf929d.txt: warning: no headline found" in captured.err
    assert path.name == "us-president-donald-trump-has-once-again-threatened-hit.md"


def test_a_source_line_in_a_dump_gives_the_url_and_app_links_do_not():
    dump = ("Ferry company adds three routes to the islands\n\nSource: https://example.com/news/ferries-2025\n\n"
            "The ferry company announced on Monday that it would add three new routes to the islands this summer.\n\n"
            "Get our app: https://play.google.com/store/apps/details?id=x\n")
    extraction = extract(dump.encode(), "x.txt")
    assert extraction.url == "https://example.com/news/ferries-2025"
    assert [f.fate for f in extraction.lines if f.line == 3] == ["url"]
    assert extract(dump.replace("Source: https://example.com/news/ferries-2025\n\n", "").encode(), "x.txt").url is None


def test_a_comment_count_under_the_lead_does_not_cut_the_story():
    dump = "\n\n".join([
        "Council approves the new harbour plan after a long debate",
        "The city council approved the new harbour plan on Tuesday night after a debate that lasted more than six hours.",
        "23 Comments", "Share",
        "The plan includes a new ferry terminal, a public promenade and space for small boat repairs, officials said.",
        "Construction is expected to start next spring and to take about three years to complete."])
    extraction = extract(dump.encode(), "x.txt")
    assert [b.text[:14] for b in extraction.blocks] == ["The city counc", "The plan inclu", "Construction i"]


def test_the_headline_twice_once_with_the_site_name_is_one_title_and_no_dek():
    dump = "\n\n".join([
        "Council approves the new harbour plan | Harbour Herald", "Council approves the new harbour plan", "By Jo Marsh",
        "The city council approved the new harbour plan on Tuesday night after a debate that lasted more than six hours.",
        "The plan includes a new ferry terminal, a public promenade and space for small boat repairs, officials said."])
    extraction = extract(dump.encode(), "x.txt")
    assert (extraction.title, extraction.publisher, extraction.author) == (
        "Council approves the new harbour plan", "Harbour Herald", "Jo Marsh")
    assert extraction.description is None
    assert len(extraction.blocks) == 2


def test_breadcrumbs_copied_as_one_glued_word_are_not_part_of_the_headline():
    dump = "\n".join([
        "Skip to content", "NachrichtenPolitikAusland Berlin sends more air defence systems to Kyiv",
        "The German government will send two more air defence systems to Ukraine before the end of the year, the "
        "defence ministry said on Monday.",
        "The systems are to protect power plants that Russian drones have struck again and again this autumn."])
    assert extract(dump.encode(), "x.txt").title == "Berlin sends more air defence systems to Kyiv"
    brand = "\n".join(["PlayStation Plus prices rise again in Europe", "Sony said on Monday that the subscription "
                        "would cost more from next month in most European countries, the second rise in two years."])
    assert extract(brand.encode(), "y.txt").title == "PlayStation Plus prices rise again in Europe"


def test_a_gallerys_headline_is_no_photo_credit_and_a_glued_live_banner_is_no_headline():
    dump = "\n".join([
        "LIVEIsrael-Gaza war live: ceasefire talks resume in Cairo",
        "IN PICTURES",
        "Photos: In Kharkiv, a school year spent underground in the metro",
        "Children in Kharkiv have spent the whole school year in classrooms built inside metro stations, safe from "
        "the missiles that reach the city in under a minute.",
        "Teachers say the pupils have adapted, but that they miss daylight and the noise of a playground."])
    assert extract(dump.encode(), "x.txt").title == "Photos: In Kharkiv, a school year spent underground in the metro"
    from sitegen.ingest.boilerplate import boilerplate_reason
    assert boilerplate_reason("Photo: Jo Marsh/AFP", 3) == "photo credit"


def test_a_consent_dialogs_buttons_and_offer_between_its_cookie_lines_are_not_story():
    dump = "\n".join([
        "La Gazette du Nord et ses partenaires utilisent des cookies",
        "La Gazette du Nord et ses 98 partenaires utilisent des cookies pour mesurer l'audience et personnaliser les "
        "publicités.",
        "Accepter et continuer",
        "Vous pouvez aussi refuser et vous abonner pour lire nos articles sans publicité personnalisée.",
        "S'abonner pour 1 € Gérer les cookies",
        "Lille vote un budget en hausse pour ses transports",
        "Le conseil municipal de Lille a adopté lundi soir un budget en hausse de 8 % pour les transports publics, "
        "après un long débat sur le prix des tickets.",
        "La maire a défendu un effort « historique » pour les bus et le tramway de la métropole."])
    extraction = extract(dump.encode(), "x.txt")
    assert extraction.title == "Lille vote un budget en hausse pour ses transports"
    text = " ".join(b.text for b in extraction.blocks)
    assert "refuser" not in text and "Accepter" not in text and "cookies" not in text


def test_bylines_in_several_shapes_and_languages_give_just_the_names():
    from sitegen.ingest.metadata import byline

    assert byline("By JOHN SMITH and JANE DOE") == "John Smith and Jane Doe"
    assert byline("Par Jean-Pierre Martin, envoyé spécial à Kyiv") == "Jean-Pierre Martin"
    assert byline("Reporting by Tom Balmforth in Kyiv; Editing by Peter Graff") == "Tom Balmforth"
    assert byline("Von Anna Schmidt und Peter Müller") == "Anna Schmidt and Peter Müller"
    assert byline("Por María José López | Madrid") == "María José López"
    assert byline("Автор: Іван Петренко") == "Іван Петренко"
    assert byline("By AP") is None, "an agency is not an author"
    assert byline("By the end of the week, talks resumed") is None


def test_a_sources_yaml_entry_for_a_missing_file_is_a_warning_with_its_line(project, capsys):
    (project / "seeds" / "sources.yaml").write_text(
        "files:\n  seeds/003_f2e8e39dc4325990.txt:\n    author: A. Editor\n  004_typo.txt:\n    author: Nobody\n",
        encoding="utf-8")
    assert main(["ingest", "-C", str(project)]) == 0
    err = capsys.readouterr().err
    assert "seeds/sources.yaml:4: warning: no seed file named '004_typo.txt'" in err
    _, meta, _ = article_for(project, "003_f2e8e39dc4325990.txt")
    assert meta["author"] == "A. Editor", "a key may also start with seeds/"


def test_furniture_patterns_ignore_case_including_turkish_dotted_capital_i():
    # The long furniture patterns are searched in a lowercase copy of the line (for speed); capitals and the
    # Turkish "İ" (whose str.lower() is two characters) must still match as re's IGNORECASE matched them.
    from sitegen.ingest.boilerplate import boilerplate_reason

    assert boilerplate_reason("VİDEO: Anadolu Ajansı", 3) == "photo credit"
    assert boilerplate_reason("FOLLOW US ON INSTAGRAM", 4) == "social/app/newsletter prompt"
    assert boilerplate_reason("Subscribe To Continue Reading", 4) == "paywall prompt"
    assert boilerplate_reason("FacebookXEmail", 1) == "social network links"
    line = "Residents can check their flood risk and Sign Up for free warnings online."
    assert boilerplate_reason(line, len(line.split())) is None


def test_a_cookie_notice_in_any_language_names_its_button_in_quotation_marks():
    from sitegen.ingest.boilerplate import boilerplate_reason

    for line in ["Ta strona korzysta z plików cookie. Kliknij „Akceptuję”, aby kontynuować.",
                 "Acest site folosește cookie-uri. Apăsați „Accept” pentru a continua."]:
        assert boilerplate_reason(line, len(line.split())) == "cookie/consent notice", line
    for line in ["The bakery sold 400 “chocolate chip” cookies on Saturday, the owner said.",
                 "Grandma’s cookie recipe won the county fair."]:
        assert boilerplate_reason(line, len(line.split())) is None, line


def test_a_menu_copied_with_wide_gaps_between_its_items_is_furniture():
    # (A copied inline-block menu, "Markets  Economy  Energy …", had been taken for a headline: its words are the story's.)
    from sitegen.ingest.features import line_info
    from sitegen.ingest.text import Line

    def reason(raw):
        return line_info(Line(n=1, text=" ".join(raw.split()), raw=raw), "latin").pattern

    assert reason("Markets  Economy  Energy  Tech  Opinion  Personal Finance") == "menu (items set apart by wide spaces)"
    assert reason("Sport   Kultur   Wetter") == "menu (items set apart by wide spaces)"
    assert reason("Oil slides as traders bet a peace deal would ease sanctions on Russia") is None
    assert reason("Prices rose.  Then they fell.  Then they rose again.") is None  # sentences, not items


def test_an_institutes_name_after_the_headline_is_the_site_name():
    from sitegen.ingest.metadata import split_site_name

    assert split_site_name("Why the grain deal failed, and what comes next | Council on Foreign Relations", set()) == (
        "Why the grain deal failed, and what comes next", "Council on Foreign Relations")
    assert split_site_name("Sanctions at three years | Centre for Eastern Studies", set()) == (
        "Sanctions at three years", "Centre for Eastern Studies")
    assert split_site_name("Ceasefire holds for now - talks resume in Geneva", set())[1] is None


def test_a_clip_teaser_with_its_length_is_furniture_and_a_sentence_is_not():
    from sitegen.ingest.boilerplate import boilerplate_reason

    for line in ['Watch: Merz says Europe "must be at the table" 01:48', "Listen: The week in Brussels (34:12)",
                 "VIDEO | Protesters march on parliament 2:05"]:
        assert boilerplate_reason(line, len(line.split())) == "video or audio teaser (a clip's title and length)", line
    line = "Watch the ministers arrive for the talks in Geneva at 15:00"
    assert boilerplate_reason(line, len(line.split())) is None


def test_the_site_name_glued_onto_the_headline_is_cut_off():
    from sitegen.ingest.metadata import without_glued_site

    assert without_glued_site("Harbour HeraldFerry workers vote to strike over rota", {"Harbour Herald"}) == \
        "Ferry workers vote to strike over rota"
    assert without_glued_site("Harbour Heralds return to the bay", {"Harbour Herald"}) == "Harbour Heralds return to the bay"


def test_dates_in_czech_slovak_romanian_swedish_and_greek():
    from sitegen.ingest.dates import find_date

    for text in ["29. listopadu 2026 | 8:41", "29. novembra 2026", "29 noiembrie 2026, 10:15", "29 november 2026",
                 "29 Νοεμβρίου 2026"]:
        assert find_date(text)[0] == "2026-11-29", text
