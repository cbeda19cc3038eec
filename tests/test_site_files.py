"""Feeds, sitemap, robots.txt and the search index of a built site."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest

from conftest import make_project
from sitegen import content
from sitegen.analysis import analyse
from sitegen.cli import main
from sitegen.config import load_config
from sitegen.errors import Report
from sitegen.model import Article, Briefing, Paragraph, Person, Quote, SourceRef, Site
from sitegen.pages import site_pages
from sitegen.render import Links
from sitegen.sitefiles import search_index, search_index_json

A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://someone.github.io/briefing/"


def _article(slug: str, title: str, date: str | None, topics: str, body: str) -> str:
    return (f"---\ntitle: {json.dumps(title)}\ndate: {date or 'null'}\nauthor: Ann Writer\npublisher: The Paper\n"
            f"url: https://paper.example/{slug}\ntopics: [{topics}]\n---\n\n{body}\n")


@pytest.fixture(scope="module")
def small_project(tmp_path_factory) -> Path:
    """Three articles: two on sanctions (one undated), one on peace talks."""
    root = make_project(tmp_path_factory.mktemp("files") / "project", seeds=False)
    arts = root / "content" / "articles"
    (arts / "oil-cap.md").write_text(_article("oil-cap", "Oil price cap tightened", "2025-08-01", "sanctions",
                                              "The price cap on Russian oil was lowered by the EU."), encoding="utf-8")
    (arts / "tariffs.md").write_text(_article("tariffs", "Tariffs & <tricks>", None, "sanctions",
                                              "New tariffs on buyers of Russian oil were announced."), encoding="utf-8")
    (arts / "summit.md").write_text(_article("summit", "Summit set for Geneva", "2025-08-15", "peace-talks",
                                             "Negotiators agreed to meet for peace talks in Geneva."), encoding="utf-8")
    return root


def _build(project: Path, base_url: str, out: Path) -> Path:
    assert main(["build", "-C", str(project), "--no-ingest", "--base-url", base_url, "--output", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def absolute_site(small_project, tmp_path_factory) -> Path:
    return _build(small_project, BASE, tmp_path_factory.mktemp("abs") / "site")


@pytest.fixture(scope="module")
def relative_site(small_project, tmp_path_factory) -> Path:
    return _build(small_project, "/briefing/", tmp_path_factory.mktemp("rel") / "site")


def _feed(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{A}feed"
    # RFC 4287 4.1.1: a feed has exactly one id, title and updated; each entry one id, title, updated.
    for tag in ("id", "title", "updated"):
        assert len(root.findall(f"{A}{tag}")) == 1, tag
    assert root.find(f"{A}author/{A}name") is not None  # entries without an author inherit it
    for entry in root.findall(f"{A}entry"):
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{tag}")) == 1, tag
        assert entry.find(f"{A}link[@rel='alternate']") is not None
    return root


def _entries(feed: ET.Element) -> dict[str, ET.Element]:
    return {e.findtext(f"{A}title"): e for e in feed.findall(f"{A}entry")}


def test_the_site_feed_lists_every_article_newest_first_with_absolute_links(absolute_site):
    feed = _feed(absolute_site / "feed.xml")
    titles = [e.findtext(f"{A}title") for e in feed.findall(f"{A}entry")]
    assert titles == ["Summit set for Geneva", "Oil price cap tightened", "Tariffs & <tricks>"]
    summit = _entries(feed)["Summit set for Geneva"]
    assert summit.find(f"{A}link[@rel='alternate']").get("href") == BASE + "articles/summit/"
    assert summit.findtext(f"{A}id") == BASE + "articles/summit/"
    assert summit.findtext(f"{A}published") == "2025-08-15T00:00:00Z"
    assert summit.findtext(f"{A}author/{A}name") == "Ann Writer"
    assert feed.findtext(f"{A}updated") == "2025-08-15T00:00:00Z"
    assert feed.find(f"{A}link[@rel='self']").get("href") == BASE + "feed.xml"
    ids = [e.findtext(f"{A}id") for e in feed.findall(f"{A}entry")]
    assert len(set(ids)) == len(ids)


def test_a_topic_feed_holds_only_that_topics_articles(absolute_site):
    feed = _feed(absolute_site / "topics" / "sanctions" / "feed.xml")
    assert set(_entries(feed)) == {"Oil price cap tightened", "Tariffs & <tricks>"}
    assert feed.find(f"{A}link[@rel='self']").get("href") == BASE + "topics/sanctions/feed.xml"
    assert feed.find(f"{A}link[@rel='alternate']").get("href") == BASE + "topics/sanctions/"
    assert feed.findtext(f"{A}id") != _feed(absolute_site / "feed.xml").findtext(f"{A}id")
    page = (absolute_site / "topics" / "sanctions" / "index.html").read_text(encoding="utf-8")
    assert 'href="/briefing/topics/sanctions/feed.xml"' in page  # a reader can find and subscribe to it


def test_without_a_host_feed_ids_stay_absolute_and_links_resolve_under_the_base_path(relative_site):
    feed = _feed(relative_site / "topics" / "peace-talks" / "feed.xml")
    entry = _entries(feed)["Summit set for Geneva"]
    assert entry.findtext(f"{A}id").startswith("urn:uuid:")  # an Atom id must be an absolute IRI
    href = entry.find(f"{A}link[@rel='alternate']").get("href")
    # Resolved against where the feed is served, the link reaches the article under the subpath.
    assert urljoin("https://anywhere.example/briefing/topics/peace-talks/feed.xml", href) == \
        "https://anywhere.example/briefing/articles/summit/"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}base") == "/briefing/"


def test_the_sitemap_lists_every_page_but_404_and_search_and_robots_points_to_it(absolute_site):
    root = ET.parse(absolute_site / "sitemap.xml").getroot()
    locs = {u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod") for u in root.findall(f"{SM}url")}
    assert locs[BASE + "articles/summit/"] == "2025-08-15"
    assert locs[BASE + "articles/tariffs/"] is None
    assert {BASE, BASE + "articles/", BASE + "topics/sanctions/"} <= set(locs)
    assert not any(loc.endswith(("404.html", "search/")) for loc in locs)
    assert "Sitemap: https://someone.github.io/briefing/sitemap.xml" in (absolute_site / "robots.txt").read_text()
    assert (absolute_site / ".nojekyll").exists()


def test_robots_txt_names_no_relative_sitemap(relative_site):
    robots = (relative_site / "robots.txt").read_text()
    assert "User-agent: *" in robots
    assert not any(line.startswith("Sitemap:") for line in robots.splitlines())


def test_article_pages_carry_json_ld_that_cannot_break_out_of_its_script(tmp_path):
    root = make_project(tmp_path / "p", seeds=False)
    title = "Talks end </script><script>alert(1)</script> & more"
    (root / "content" / "articles" / "x.md").write_text(_article("x", title, "2025-08-01", "sanctions", "Sanctions body."),
                                                        encoding="utf-8")
    out = _build(root, BASE, tmp_path / "site")
    html = (out / "articles" / "x" / "index.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    script = html[start:html.index("</script>", start)]
    assert "<" not in script and ">" not in script
    data = json.loads(script)
    assert data["@type"] == "NewsArticle" and data["headline"] == title
    assert data["datePublished"] == "2025-08-01" and data["author"]["name"] == "Ann Writer"
    assert data["mainEntityOfPage"] == BASE + "articles/x/"
    assert "<script>alert" not in html  # the title is escaped in the page too


def test_every_page_has_title_description_canonical_and_open_graph(absolute_site):
    for page in sorted(absolute_site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(absolute_site).as_posix()
        assert "<title>" in html and '<meta name="description" content="' in html, rel
        canonical = '<link rel="canonical" href="' + BASE + rel.removesuffix("index.html") + '"'
        assert canonical in html, rel
        for prop in ("og:title", "og:description", "og:url", "og:type"):
            assert f'<meta property="{prop}"' in html, (rel, prop)


def test_the_search_index_holds_articles_quotes_and_people(small_project):
    config = load_config(small_project, {})
    briefing = analyse(content.load_site(config, Report()))
    quote = Quote(text="We will meet in Geneva.", source=SourceRef("summit", 1), speaker="jane-envoy",
                  speaker_name="Jane Envoy")
    briefing = Briefing(site=briefing.site, topics=briefing.topics, quotes=(quote,),
                        people=(Person(slug="jane-envoy", name="Jane Envoy", role="envoy", aliases=("J. Envoy",)),))
    index = search_index(site_pages(briefing, config), briefing)
    json.dumps(index)  # plain JSON
    titles = [row[0] for row in index["articles"]]
    assert titles == ["Summit set for Geneva", "Oil price cap tightened", "Tariffs & <tricks>"]
    assert index["articles"][0][1] == "articles/summit/"  # relative to the base path: one index for any subpath
    # Quotes lead to the paragraph and to the speaker's page; people to their page.
    assert index["people"] == [["Jane Envoy", "people/jane-envoy/", "envoy", "J. Envoy"]]
    [[text, speaker, article_row, paragraph, person_row]] = index["quotes"]
    assert (text, speaker, paragraph) == ("We will meet in Geneva.", "Jane Envoy", 1)
    assert index["articles"][article_row][:2] == ["Summit set for Geneva", "articles/summit/"]
    assert index["people"][person_row][0] == "Jane Envoy"


def test_the_search_index_file_is_compact_json_written_some_rows_at_a_time(small_project, monkeypatch):
    import sitegen.sitefiles as sitefiles

    monkeypatch.setattr(sitefiles, "ROWS_PART", 7)  # 30 quotes: four whole parts and a short one
    config = load_config(small_project, {})
    briefing = analyse(content.load_site(config, Report()))
    quotes = tuple(Quote(text=f"Statement number {n} on the grain corridor.", source=SourceRef("summit", 1),
                         speaker_name="A harbour official") for n in range(30))
    briefing = Briefing(site=briefing.site, topics=briefing.topics, quotes=quotes)
    pages = site_pages(briefing, config)
    pieces = list(search_index_json(pages, briefing))  # (text)
    assert "".join(pieces) == json.dumps(search_index(pages, briefing), ensure_ascii=False, separators=(",", ":"))
    assert max(piece.count("grain corridor") for piece in pieces) == 7


def test_the_search_index_kept_between_builds_encodes_only_the_parts_that_changed(small_project, monkeypatch):
    # A Builder keeps each part of ROWS_PART rows with its text: a part equal to the last build's at its place
    # is that text again, a changed one is encoded anew, and the file is json's text of the index either way.
    import sitegen.sitefiles as sitefiles

    monkeypatch.setattr(sitefiles, "ROWS_PART", 7)
    config = load_config(small_project, {})
    briefing = analyse(content.load_site(config, Report()))

    def with_quotes(texts):
        quotes = tuple(Quote(text=t, source=SourceRef("summit", 1), speaker_name="An official") for t in texts)
        return Briefing(site=briefing.site, topics=briefing.topics, quotes=quotes)

    texts = [f"Statement number {n} on the grain corridor." for n in range(30)]
    memo: dict = {}
    first = with_quotes(texts)
    pieces = list(search_index_json(site_pages(first, config), first, memo))
    texts[9] = "A statement changed since."
    second = with_quotes(texts)
    pages = site_pages(second, config)
    again = list(search_index_json(pages, second, memo))
    assert "".join(again) == json.dumps(search_index(pages, second), ensure_ascii=False, separators=(",", ":"))
    parts = [piece for piece in again if "Statement number" in piece or "changed since" in piece]
    assert len(parts) == 5 and [part in pieces for part in parts] == [True, False, True, True, True]
    assert "".join(list(search_index_json(pages, second, memo))) == "".join(again)


def test_briefing_json_lists_every_mention_of_a_much_named_person_without_one_piece_holding_them_all(monkeypatch):
    from sitegen import json_reuse
    from sitegen.briefing_json import briefing_json, briefing_json_chunks

    monkeypatch.setattr(json_reuse, "BLOCK", 4096)
    paragraphs = tuple(Paragraph(i, f"The harbour master spoke again, time {i}.") for i in range(1, 901))
    articles = tuple(Article(slug=f"port-log-{n}", title=f"Port log {n}", body="", paragraphs=paragraphs)
                     for n in range(3))
    refs = tuple(SourceRef(a.slug, p.index) for a in articles for p in paragraphs)
    briefing = Briefing(site=Site(articles=articles, topics=()), topics=(),
                        people=(Person(slug="harbour-master", name="Harbour Master"),),
                        mentions=(("harbour-master", refs),))
    pieces = [piece.decode("utf-8") for piece in briefing_json_chunks(briefing, "Ports", "/")]
    [person] = json.loads("".join(pieces))["people"]
    assert len(person["mentions"]) == 2700
    assert person["mentions"][-1] == {"article": "port-log-2", "anchor": "p-900", "url": "articles/port-log-2/#p-900"}
    assert max(piece.count('"anchor"') for piece in pieces) <= 900  # (written an article's mentions at a time)
    assert "".join(pieces) == briefing_json(briefing, "Ports", "/")


def test_sitemap_text_is_well_formed_xml_whatever_the_paths_hold():
    from sitegen.config import Config
    from sitegen.pages import Page
    from sitegen.sitefiles import sitemap

    config = Config(root=Path("/nonexistent"), base_url="https://x.example/b&c/")
    pages = [Page("index.html", "index.html", {}),
             Page("articles/a<b>&c/index.html", "article.html", {"article": {"date": "2025-05-16"}}),
             Page("404.html", "404.html", {})]
    root = ET.fromstring(sitemap(pages, Links(config)).encode("utf-8"))
    assert [u.find(f"{SM}loc").text for u in root] == ["https://x.example/b&c/", "https://x.example/b&c/articles/a<b>&c/"]
    assert [getattr(u.find(f"{SM}lastmod"), "text", None) for u in root] == [None, "2025-05-16"]


def test_a_persons_mentions_spelled_out_in_briefing_json_are_what_the_json_encoder_writes():
    from sitegen.briefing_json import LIST_PART, _ENCODER, _encoded

    awkward = [SourceRef("émigré-\"quoted\"-notes", 2), SourceRef("back\\slash\tand-tab", 14), SourceRef("plain", 3)]
    for n in (1, 3, LIST_PART, LIST_PART + 1):
        mentions = (awkward * (n // 3 + 1))[:n]
        person = {"slug": "x", "name": "X", "mentions": mentions, "quotes": 0}
        assert "".join(_encoded(person)) == _ENCODER.encode(person)
        assert json.loads("".join(_encoded(mentions)))[0]["url"] == "articles/émigré-\"quoted\"-notes/#p-2"


def test_search_rows_of_values_equal_to_the_last_ones_are_the_last_rows():
    from sitegen.sitefiles import _reused

    a, b, c, d, e = (object() for _ in range(5))
    made = lambda value: ("made", value)  # noqa: E731
    rows = {value: ("row", value) for value in (a, b, c, d)}

    def reused(values, last):
        return _reused(values, (last, [rows[value] for value in last]), made)

    assert reused([a, b, c], [a, b, c]) == [rows[a], rows[b], rows[c]]
    assert reused([a, e, c], [a, b, c]) == [rows[a], made(e), rows[c]]
    assert reused([a, c], [a, b, c]) == [rows[a], rows[c]]  # one gone
    assert reused([a, b, e, c], [a, b, c]) == [rows[a], rows[b], made(e), rows[c]]  # one more
    assert reused([c, b, a], [a, b, c]) == [rows[c], rows[b], rows[a]]  # moved: found between
    assert reused([e, d], []) == [made(e), made(d)] and _reused([e], None, made) == [made(e)]


def test_a_sitemap_made_with_the_last_ones_entries_is_the_one_made_anew():
    # With a memo, a page that is the last sitemap's Page object at its place keeps its entry, and the same paths
    # in the same places keep their order: pages made anew, moved or with other paths give the sitemap made anew.
    from sitegen.config import Config
    from sitegen.pages import Page
    from sitegen.sitefiles import sitemap

    links = Links(Config(root=Path("/nonexistent"), base_url="https://x.example/b/"))
    page = lambda output, date=None: Page(output, "article.html", {"article": {"date": date}})  # noqa: E731
    first = [Page("index.html", "index.html", {}), page("articles/b/index.html", "2025-05-16"),
             page("articles/c/index.html"), page("articles/d/index.html", "2025-05-18")]
    memo: dict = {}
    assert sitemap(first, links, memo) == sitemap(first, links)
    edits = [
        [first[0], page("articles/b/index.html", "2026-01-02"), first[2], first[3]],  # a page made anew
        [first[0], first[3], first[2], page("articles/b/index.html", "2025-05-16")],  # moved
        [first[0], page("articles/a/index.html"), first[2], first[3]],  # another path, as many pages
        [first[0], first[2], first[3]],  # one fewer
    ]
    for pages in edits:
        assert sitemap(pages, links, memo) == sitemap(pages, links)


def test_an_article_page_kept_between_builds_has_the_token_of_its_file_now(small_project):
    # site_pages, given the last build's views (a Builder's memo), keeps an article's page, token and view where
    # the Article, its file's sha256 and its topics are the last ones: another sha256 gives another token.
    config = load_config(small_project, {})
    briefing = analyse(content.load_site(config, Report()))
    slugs = [a.slug for a in briefing.site.articles]
    memo: dict = {}
    tokens = lambda pages: {p.output: p.token for p in pages if p.template == "article.html"}  # noqa: E731
    first = site_pages(briefing, config, {slug: "a" * 64 for slug in slugs}, views_memo=memo)
    again = site_pages(briefing, config, {slug: "a" * 64 for slug in slugs}, views_memo=memo)
    assert [p for p in again if p.template == "article.html"] == [p for p in first if p.template == "article.html"]
    changed = site_pages(briefing, config, {**{slug: "a" * 64 for slug in slugs}, slugs[1]: "b" * 64}, views_memo=memo)
    assert tokens(changed) == {**tokens(first), f"articles/{slugs[1]}/index.html": "b" * 64 + tokens(first)[
        f"articles/{slugs[1]}/index.html"][64:]}


def test_every_articles_words_are_in_the_text_index_with_the_paragraph_that_first_has_them():
    from sitegen.sitefiles import search_words

    paragraphs = (Paragraph(1, "The Café reopened on Monday, the owner said."),
                  Paragraph(3, "Owners of the CAFÉ next door said the reopening was welcome; a ceasefire in the row."),
                  Paragraph(4, "The café, again."))
    words, starts = search_words(paragraphs)
    # Folded as the search page folds a query (accents off, lower case), each word once, in the order first met; a
    # one-letter word ("a") left out.
    assert words.split() == ["the", "cafe", "reopened", "on", "monday", "owner", "said", "owners", "of", "next", "door",
                             "reopening", "was", "welcome", "ceasefire", "in", "row", "again"]
    # From which of them on (counted from 0) the words are first met in which paragraph (the anchor, #p-N).
    listed = words.split()
    assert starts == [0, 1, listed.index("owners"), 3, listed.index("again"), 4]
    assert search_words((Paragraph(1, "The row."), Paragraph(2, "The row, the row.")))[1] == [0, 1]  # (p-2: none new)
    # (Words are counted, not characters: one out of the BMP is one word, whatever JavaScript makes of its length.)
    assert search_words((Paragraph(1, "𝒜lpha beta"), Paragraph(2, "gamma"))) == ["𝒜lpha beta gamma", [0, 1, 2, 2]]
    # A subheading's words are the first paragraph's under it.
    words, starts = search_words((Paragraph(1, "Talks began."), Paragraph(2, "They ended.", section="What Comes Next"),
                                  Paragraph(3, "Nobody knows.", section="What Comes Next")))
    assert words == "talks began what comes next they ended nobody knows" and starts == [0, 1, 2, 2, 7, 3]


def test_the_built_site_has_every_articles_words_keyed_by_its_path(small_project, tmp_path):
    import shutil

    root = tmp_path / "project"
    shutil.copytree(small_project, root)
    assert main(["build", "-C", str(root), "--quiet"]) == 0
    text = json.loads((root / "site" / "search" / "text.json").read_text(encoding="utf-8"))
    index = json.loads((root / "site" / "search" / "index.json").read_text(encoding="utf-8"))
    assert sorted(text["articles"]) == sorted(row[1] for row in index["articles"])
    words, starts = text["articles"]["articles/oil-cap/"]
    assert "lowered" in words.split() and starts[:2] == [0, 1]
    # The search page names the file, and its script reads it.
    page = (root / "site" / "search" / "index.html").read_text(encoding="utf-8")
    assert 'data-text="/search/text.json"' in page


def test_search_text_false_leaves_the_articles_words_out(small_project, tmp_path):
    import shutil

    root = tmp_path / "project"
    shutil.copytree(small_project, root)
    config = root / "sitegen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "search_text: false\n", encoding="utf-8")
    assert main(["build", "-C", str(root), "--quiet"]) == 0
    assert not (root / "site" / "search" / "text.json").exists()
    assert (root / "site" / "search" / "index.json").exists()
    assert "data-text=" not in (root / "site" / "search" / "index.html").read_text(encoding="utf-8")
    # (Switched on again, the file comes back; a value that is no boolean is a clear error.)
    config.write_text(config.read_text(encoding="utf-8").replace("search_text: false", "search_text: true"), encoding="utf-8")
    assert main(["build", "-C", str(root), "--quiet"]) == 0
    assert (root / "site" / "search" / "text.json").exists()
