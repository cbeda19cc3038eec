"""Hand-labelled ingest fixtures: raw pages and what ingest must find in them (shared by tests and benchmarks)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from label_yaml import read_yaml
from sitegen.ingest.extract import extract
from sitegen.model import Block

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
FIELDS = ("title", "title_inferred", "author", "date", "publisher", "description", "language")


@dataclass(frozen=True)
class Case:
    name: str
    raw_path: Path
    expected: dict

    @property
    def kind(self) -> str:
        return "html" if self.raw_path.suffix in (".html", ".htm") else "text"


def cases(group: Optional[str] = None) -> list[Case]:
    """Every labelled page: seeds (raw file in seeds/) and pages (raw file beside its label)."""
    out = []
    # (One folder's labels only, when asked: the suite asks once a folder, some 280 times.)
    for label in sorted(FIXTURES.glob(f"{group or '*'}/*.expected.yaml")):
        stem = label.name[: -len(".expected.yaml")]
        folder = ROOT / "seeds" if label.parent.name == "seeds" else label.parent
        raw = next(p for p in folder.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".yaml"))
        out.append(Case(f"{label.parent.name}/{stem}", raw, read_yaml(label)))
    return out


def body_lines(blocks: tuple[Block, ...]) -> list[str]:
    """Blocks as the labels write them: '## ' for a subheading, '- ' for a list item, '1. ' for a numbered one."""
    out = []
    number = 0
    for block in blocks:
        number = number + 1 if block.kind == "list_item" and block.ordered else 0
        prefix = {"heading": "#" * block.level + " ", "list_item": f"{number}. " if number else "- ",
                  "quote": "> "}.get(block.kind, "")
        out.append(prefix + block.text)
    return out


def assert_as_labelled(case: Case) -> None:
    """Ingest gives the page's label exactly: every field (a language left unlabelled is no claim) and every block."""
    extraction = extract(case.raw_path.read_bytes(), case.raw_path.name)
    for field in FIELDS:
        if field == "language" and case.expected.get(field) is None:
            continue
        assert getattr(extraction, field) == case.expected.get(field, False if field == "title_inferred" else None), field
    # (A table's row: some labels write it between bars, "| cell | cell |", as a Markdown table does, others without.)
    expected = [line[2:-2] if line.startswith("| ") and line.endswith(" |") else line for line in case.expected["body"]]
    assert body_lines(extraction.blocks) == expected


def dump(*blocks: str) -> bytes:
    """A made-up text dump for a test: these blocks, a blank line between each two."""
    return "\n\n".join(blocks).encode()


# The first two paragraphs of a made-up German local story, for tests that build a copied page around them.
GERMAN_LEAD = ("Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über die Lahn bis zum Sommer vollständig zu "
         "sperren, weil Gutachter Risse in zwei Pfeilern gefunden haben.")
GERMAN_NEXT = ("Pendler müssen mit Umwegen von bis zu zwölf Kilometern rechnen, teilte die Verwaltung mit, und der Busverkehr "
         "wird über die Nordbrücke umgeleitet.")

# Three paragraphs of a made-up English local story, for the same kind of test.
ENGLISH_LEAD = ("Every rural bus route in the county must keep at least one return journey a day, the transport board said "
                "on Tuesday, as operators met council officials to discuss next year's contracts.")
ENGLISH_NEXT = ("The board, which has surveyed more than 2,000 passengers since 2023, said a network without evening buses "
                "would cut off villages where one household in four has no car.")
ENGLISH_THIRD = ("Operators said the timetable would be published in February, after talks with the parish councils along "
                 "each route, and that fares would not rise before the summer.")


# Three paragraphs of a story, for a made-up page around them (the rules' tests of stops 31 and 32).
STORY = ["Ministers from thirty countries met in Brussels on Tuesday to discuss written security guarantees for "
         "Ukraine after any ceasefire, and the talks are expected to run late into the night.",
         "Kyiv wants every commitment written down and ratified by parliaments, officials said, while several "
         "capitals prefer a political declaration that can be agreed before the end of the year.",
         "Diplomats said the draft text ran to twelve pages and covered air defence, training missions and the "
         "financing of Ukraine's armed forces over the next ten years, but left the question of troops open."]


def copied(lines: list[str], name: str = "page.txt"):
    """A page copied as text, one line a line: what ingest extracts from it."""
    return extract("\n".join(lines).encode(), name)
