"""Generate a synthetic but realistic sitegen project of N articles, for benchmarks.

    python benchmarks/corpus.py DEST --articles N [--raw] [--seed S]

Paragraphs come from the real seeds in seeds/ (or --seeds DIR): split into
sentences, shuffled and recombined, with names, numbers and places varied so
no two articles are alike. Each article gets headings, quotes with attribution
(inline and as block quotes), links, a date spread over about three years, an
author and a publisher.

Without --raw, DEST/content/articles/*.md are written with front matter as
sitegen's ingest writes it (same keys, same order, a valid ingest_sha256, so
the files count as not edited by hand). With --raw, DEST/seeds/*.txt are
written instead: the same stories as raw text dumps with the boilerplate
ingest has to strip (breadcrumbs, bylines, captions, share/cookie/newsletter
lines, teasers), for ingest benchmarks.

DEST also gets sitegen.yaml, the project's topics plus a few more (a desk
follows more than three), and content/people.yaml when the repository has one.
The same --seed gives the same bytes. Other benchmarks import generate().
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sitegen import frontmatter  # noqa: E402

START = dt.date(2023, 1, 1)
DAYS = 3 * 365

AUTHORS = [
    "Oleksandr Bulin", "Maria Kovalenko", "James Whitfield", "Anna Petrenko", "Daniel Roth", "Sofia Marchetti",
    "Thomas Becker", "Olena Shevchuk", "Michael Grant", "Laura Jensen", "Pavel Novak", "Claire Dubois",
    "Ivan Melnyk", "Sarah Collins", "Henrik Larsen", "Yulia Bondar", "Robert Hayes", "Katarzyna Wójcik",
    "Andrew Miller", "Natalia Horbach", "Peter Schmidt", "Emma Lindqvist", "Dmytro Savchenko", "Lucas Moreau",
]
PUBLISHERS = [
    ("Kyiv Independent", "kyivindependent.example"), ("Babel", "babel.example"), ("Ynet News", "ynetnews.example"),
    ("We Got This Covered", "wegotthiscovered.example"), ("Euro Monitor", "euromonitor.example"),
    ("Atlantic Wire", "atlanticwire.example"), ("Baltic Times", "baltictimes.example"),
    ("Danube Post", "danubepost.example"), ("The Northern Ledger", "northernledger.example"),
]
SPEAKERS = [
    ("Donald Trump", "President"), ("Vladimir Putin", "President"), ("Volodymyr Zelenskiy", "President"),
    ("Mark Rutte", "NATO Secretary General"), ("Sergei Lavrov", "Foreign Minister"),
    ("Marco Rubio", "Secretary of State"), ("Steve Witkoff", "special envoy"),
    ("Karoline Leavitt", "White House Press Secretary"), ("Dmitry Peskov", "Kremlin spokesman"),
    ("Andrii Sybiha", "Foreign Minister"), ("Kaja Kallas", "EU foreign policy chief"),
    ("Ursula von der Leyen", "European Commission President"), ("Emmanuel Macron", "President"),
    ("Keir Starmer", "Prime Minister"), ("Friedrich Merz", "Chancellor"), ("Recep Tayyip Erdogan", "President"),
]
PLACES = ["Kyiv", "Moscow", "Washington", "Brussels", "Istanbul", "Geneva", "Riyadh", "Alaska", "Warsaw",
          "Berlin", "Paris", "London", "Ankara", "Helsinki", "Vienna", "Odesa", "Kharkiv", "Zaporizhzhia"]
DAYS_OF_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LINK_TEXTS = ["the full statement", "an earlier report", "the official readout", "the transcript",
              "the sanctions list", "the summit communiqué", "a briefing by the ministry", "the interview"]
HEADINGS_EXTRA = [
    "What Comes Next", "The View From Kyiv", "Moscow's Conditions", "Europe Weighs Its Options", "Background",
    "Reaction in Washington", "Energy and Oil Markets", "On the Front Line", "Prisoner Exchanges",
    "What Analysts Say", "The Question of Guarantees", "Pressure on Buyers of Russian Oil", "Timeline",
]
TITLE_PATTERNS = [
    "{a} and {b} to meet in {place} as {topic} stall",
    "{a} warns of new {noun} unless {b} agrees to {goal}",
    "{place} talks: what {a} wants from {b}",
    "{a} says {topic} can succeed only with {goal}",
    "Allies split over {noun} as {a} presses {b}",
    "{a} rejects {b}'s call for {goal}",
    "Envoys meet in {place} for a {ordinal} round of {topic}",
    "{a} and {b} discuss {goal} by phone",
]
TITLE_NOUNS = ["sanctions", "tariffs", "security guarantees", "secondary sanctions", "an oil price cap", "restrictions"]
TITLE_TOPICS = ["peace talks", "ceasefire talks", "negotiations", "the peace process", "summit plans"]
TITLE_GOALS = ["a ceasefire", "a peace deal", "security guarantees", "a prisoner exchange", "direct talks",
               "a summit", "NATO membership", "lifting sanctions"]
ORDINALS = ["second", "third", "fourth", "fifth", "new"]
BOILERPLATE_TOP = [
    "Home > World > Europe", "Skip to main content", "Menu", "Subscribe", "Log in", "Live updates",
    "Home International", "Accept all cookies", "We use cookies to improve your experience. Accept",
]
BOILERPLATE_MID = [
    "Advertisement", "Read more: {title}", "3 View gallery", "Share this article", "Photo: {photog}/Reuters",
    "(Photo: {photog}, AP)", "Sign up for our newsletter", "Follow us on Telegram",
]
BOILERPLATE_BOTTOM = [
    "Related articles", "More from {publisher}", "Comments", "Leave a comment", "Your email address will not be published.",
    "© 2025 {publisher}. All rights reserved.", "Share on Facebook", "Share on X", "Tags: Ukraine, Russia, war",
]
EXTRA_TOPICS = {
    "energy": ("Energy", "Strikes on power plants, gas transit and the oil market.",
               ["energy", "power plant", "gas", "oil", "electricity", "grid", "refinery"], 1, 4),
    "humanitarian": ("Humanitarian", "Civilians, prisoners, deported children and aid.",
                     ["civilian", "prisoner*", "children", "humanitarian", "aid", "refugee"], 1, 5),
    "frontline": ("Front line", "Fighting, strikes and territory along the front.",
                  ["front line*", "offensive", "strike", "drone*", "missile*", "territor*", "troops"], 2, 6),
}


# Seed lines that are page furniture, not reporting.
_NOT_PROSE = ("follow us", "privacy policy", "commenter", "cookie", "newsletter", "subscribe", "all rights reserved")


@dataclass(frozen=True)
class Pool:
    sentences: tuple[str, ...]
    quotes: tuple[str, ...]  # the words inside a quotation, without the quote marks
    headings: tuple[str, ...]


def load_pool(seeds: Path) -> Pool:
    """Sentences, quotations and headings from real seed files."""
    sentences, quotes, headings = [], [], set(HEADINGS_EXTRA)
    for path in sorted(seeds.glob("*.txt")):
        lines = [raw.strip() for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]
        for line in lines[1:]:  # the first line is the headline
            if any(b in line.lower() for b in _NOT_PROSE):
                continue
            if not line.isascii() and re.search(r"[\u0590-\u05ff\u0400-\u04ff]", line):
                continue
            words = line.split()
            if 3 <= len(words) <= 10 and not line.endswith((".", ":", "?", "!", "”", "\"")):
                # A heading is in title case (not shouting, not a caption, not a byline).
                capitals = sum(w[0].isupper() for w in words) / len(words)
                if capitals >= 0.6 and not line.isupper() and not re.search(r"\b(by|photo|gallery)\b", line, re.I):
                    headings.add(line)
                continue
            if len(words) < 12:
                continue
            for quote in re.findall(r"“([A-Z][^”]{25,400})”", line):
                quotes.append(quote.rstrip(",. "))
            for sentence in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", line):
                balanced = sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0
                if len(sentence.split()) >= 6 and not sentence.startswith("“") and balanced \
                        and sentence.endswith((".", "!", "?", "”")):
                    sentences.append(sentence)
    if not sentences:
        raise SystemExit(f"corpus: no sentences found in {seeds}/*.txt")
    return Pool(tuple(sentences), tuple(quotes) or ("We will keep working for a just peace",), tuple(sorted(headings)))


def vary(sentence: str, rng: random.Random) -> str:
    """Change numbers, weekdays and places so recombined sentences are not copies."""
    sentence = re.sub(r"\b\d{1,3}\b", lambda m: str(max(1, int(m.group()) + rng.randint(-3, 9))), sentence)
    sentence = re.sub("|".join(DAYS_OF_WEEK), lambda m: rng.choice(DAYS_OF_WEEK), sentence)
    if rng.random() < 0.3:
        sentence = re.sub("|".join(PLACES[:9]), lambda m: rng.choice(PLACES), sentence)
    return sentence


@dataclass(frozen=True)
class Story:
    title: str
    date: str
    author: str
    publisher: str
    url: str
    description: str
    blocks: tuple[tuple[str, str], ...]  # (kind, text): paragraph | heading | quote


def make_story(n: int, pool: Pool, rng: random.Random) -> Story:
    a, b = rng.sample(SPEAKERS, 2)
    title = rng.choice(TITLE_PATTERNS).format(
        a=a[0].split()[-1], b=b[0].split()[-1], place=rng.choice(PLACES), topic=rng.choice(TITLE_TOPICS),
        noun=rng.choice(TITLE_NOUNS), goal=rng.choice(TITLE_GOALS), ordinal=rng.choice(ORDINALS))
    title = title[0].upper() + title[1:]
    date = (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
    publisher, domain = rng.choice(PUBLISHERS)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    url = f"https://{domain}/{date[:4]}/{date[5:7]}/{slug}-{n}"
    blocks: list[tuple[str, str]] = []
    for section in range(rng.randint(1, 4)):
        if section:
            blocks.append(("heading", rng.choice(pool.headings)))
        for _ in range(rng.randint(2, 5)):
            roll = rng.random()
            if roll < 0.15:
                speaker, role = rng.choice(SPEAKERS)
                verb = rng.choice(["said", "told reporters", "said on " + rng.choice(DAYS_OF_WEEK), "wrote on X"])
                blocks.append(("paragraph", f"“{vary(rng.choice(pool.quotes), rng)},” {role} {speaker} {verb}."))
            elif roll < 0.22:
                words = vary(rng.choice(pool.quotes + pool.sentences), rng).rstrip(".")
                blocks.append(("quote", f"“{words}.” — {rng.choice(SPEAKERS)[0]}"))
            else:
                text = " ".join(vary(s, rng) for s in rng.sample(pool.sentences, rng.randint(2, 4)))
                if rng.random() < 0.2:
                    words = text.split(" ")
                    at = rng.randrange(len(words))
                    words.insert(at, f"([{rng.choice(LINK_TEXTS)}](https://{domain}/ref/{n}-{at}))")
                    text = " ".join(words)
                blocks.append(("paragraph", text))
    first = next((text for kind, text in blocks if kind == "paragraph"), blocks[0][1])
    description = first.split(". ")[0].rstrip(".") + "." if rng.random() < 0.5 else ""
    return Story(title, date, rng.choice(AUTHORS), publisher, url, description, tuple(blocks))


def markdown_body(story: Story) -> str:
    parts = []
    for kind, text in story.blocks:
        parts.append({"heading": "## " + text, "quote": "> " + text}.get(kind, text))
    return "\n\n".join(parts)


def raw_text(story: Story, rng: random.Random) -> str:
    """The story as a text dump of its web page, boilerplate included."""
    fill = {"title": story.title, "publisher": story.publisher, "photog": rng.choice(AUTHORS)}
    lines = rng.sample(BOILERPLATE_TOP, rng.randint(0, 2)) + [story.title, ""]
    if story.description:
        lines += [story.description, ""]
    lines += rng.choice([[f"By {story.author}", story.date], ["Author:", story.author, "Date:", story.date],
                         [f"{story.author} | {story.date}"]]) + [""]
    for kind, text in story.blocks:
        text = re.sub(r" \(\[([^\]]+)\]\([^)]+\)\)", "", text)
        lines += [text, ""]
        if rng.random() < 0.12:
            lines += [rng.choice(BOILERPLATE_MID).format(**fill), ""]
    lines += [b.format(**fill) for b in rng.sample(BOILERPLATE_BOTTOM, rng.randint(1, 4))]
    return "\n".join(lines) + "\n"


def article_file(story: Story, source: str, source_sha256: str, topics: list[str]) -> str:
    """The article as sitegen's ingest writes it: fixed key order, ingest_sha256 of the text."""
    meta: dict = {"title": story.title, "date": story.date, "author": story.author,
                  "publisher": story.publisher, "url": story.url}
    if story.description:
        meta["description"] = story.description
    meta.update({"topics": topics, "source": source, "source_sha256": source_sha256})
    text = frontmatter.dump(meta, markdown_body(story))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text.replace("\n---\n", f"\ningest_sha256: {digest}\n---\n", 1)


def write_topics(dest: Path) -> list:
    """The repository's topics plus EXTRA_TOPICS; returns them loaded, for assigning topics."""
    topics_dir = dest / "content" / "topics"
    topics_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted((REPO / "content" / "topics").glob("*.md")):
        shutil.copyfile(path, topics_dir / path.name)
    for slug, (title, description, terms, min_paragraphs, weight) in EXTRA_TOPICS.items():
        meta = {"title": title, "description": description, "terms": terms,
                "min_paragraphs": min_paragraphs, "weight": weight}
        (topics_dir / f"{slug}.md").write_text(frontmatter.dump(meta, ""), encoding="utf-8")
    people = REPO / "content" / "people.yaml"
    if people.exists():
        shutil.copyfile(people, dest / "content" / "people.yaml")
    try:
        from sitegen.config import load_config
        from sitegen.content import load_topics
        from sitegen.errors import Report
        return list(load_topics(load_config(dest), Report()))
    except Exception:  # a sitegen whose loader changed: articles then carry no precomputed topics
        return []


def assigned_topics(body: str, topics: list) -> list[str]:
    if not topics:
        return []
    from sitegen import markdown
    from sitegen.analysis.topics import assign_topics
    return list(assign_topics(markdown.paragraphs(body), topics))


def generate(dest: Path, articles: int, raw: bool = False, seed: int = 1, seeds_dir: Path = REPO / "seeds") -> Path:
    """Write a project of `articles` articles into dest (which must be empty or absent)."""
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"corpus: {dest} is not empty; give a new folder")
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "sitegen.yaml").write_text(
        "title: Synthetic Briefing\ndescription: A generated corpus for sitegen benchmarks.\nbase_url: /\n",
        encoding="utf-8")
    topics = write_topics(dest)
    pool = load_pool(seeds_dir)
    rng = random.Random(seed)
    out = dest / ("seeds" if raw else "content/articles")
    out.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(articles)))
    taken: set[str] = set()
    for n in range(articles):
        story = make_story(n, pool, rng)
        text = raw_text(story, rng)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        name = f"{n:0{width}d}_{digest[:16]}.txt"
        if raw:
            (out / name).write_text(text, encoding="utf-8")
            continue
        base = re.sub(r"[^a-z0-9]+", "-", story.title.lower()).strip("-")[:80].rstrip("-")
        slug, k = base, 2
        while slug in taken:
            slug, k = f"{base}-{k}", k + 1
        taken.add(slug)
        body = markdown_body(story)
        (out / f"{slug}.md").write_text(
            article_file(story, f"seeds/{name}", digest, assigned_topics(body, topics)), encoding="utf-8")
    return dest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic sitegen project for benchmarks.")
    parser.add_argument("dest", type=Path, help="the project folder to create (must be empty or absent)")
    parser.add_argument("--articles", type=int, required=True, metavar="N", help="how many articles")
    parser.add_argument("--raw", action="store_true",
                        help="write raw text seeds with boilerplate (seeds/*.txt) instead of content/articles/*.md")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same files")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds", metavar="DIR",
                        help="where the real seed texts are (default: the repository's seeds/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.dest, args.articles, raw=args.raw, seed=args.seed, seeds_dir=args.seeds)
    kind = "raw seeds" if args.raw else "articles"
    print(f"corpus: {args.articles} {kind} written to {args.dest} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
