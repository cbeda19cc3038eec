"""Article slugs: readable ASCII, short, cut at a word, unique, and stable once an article exists."""
from __future__ import annotations

from sitegen.cli import main
from sitegen.slug import slugify, unique_slug


def test_slugs_are_ascii_transliterated_short_and_cut_at_a_word():
    assert slugify("Trump’s Putin problem is getting worse") == "trumps-putin-problem-is-getting-worse"
    assert slugify("U.S. sanctions on Russia") == "us-sanctions-on-russia"
    assert slugify("Bahnstreik legt Fernverkehr in ganz Deutschland lahm: Züge fallen aus") .startswith("bahnstreik-legt")
    assert slugify("Путин и Трамп встретятся на Аляске") == "putin-i-tramp-vstretyatsya-na-alyaske"
    assert slugify("Київ відкрив новий міст") == "kiyiv-vidkriv-noviy-mist"
    assert slugify("Νέα γραμμή μετρό") == "nea-grammi-metro"
    long = slugify("Trump-Putin Meeting on Ukraine Could Happen Next Week as U.S. Prepares Fresh Sanctions Against Moscow")
    assert len(long) <= 60 and not long.endswith("-")
    assert all(word.isalnum() for word in long.split("-")), "cut at a word boundary"


def test_unique_slugs_get_a_number():
    assert unique_slug("ferry", {"ferry", "ferry-2"}) == "ferry-3"
    assert unique_slug("", set()) == "article"


def test_reingesting_keeps_the_slug_even_when_the_headline_changes(project):
    assert main(["ingest", "-C", str(project)]) == 0
    before = sorted(p.name for p in (project / "content" / "articles").glob("*.md"))
    seed = project / "seeds" / "002_8e86fa0f0e6ba2ce.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("Putin, Trump to meet for talks", "Putin and Trump agree to meet for talks", 1),
                    encoding="utf-8")
    assert main(["ingest", "-C", str(project)]) == 0
    after = sorted(p.name for p in (project / "content" / "articles").glob("*.md"))
    assert after == before
    article = project / "content" / "articles" / "putin-trump-meet-talks-us-threatens-new-sanctions-over.md"
    assert "title: Putin and Trump agree to meet for talks" in article.read_text(encoding="utf-8")
