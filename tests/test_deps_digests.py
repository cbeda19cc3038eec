"""Digests of the items of long lists (deps.ItemDigests): what lets a page listing thousands of items skip
rendering when none changed. A value shared by many items is digested once and stands for its content in
theirs; equal digests must still mean equal items."""
from __future__ import annotations

from dataclasses import dataclass

from sitegen.deps import ItemDigests


@dataclass(frozen=True)
class Shelf:
    label: str
    notes: tuple = ()


def test_items_sharing_a_value_digest_by_that_value_s_content():
    box = {"label": "glassware", "shelf": Shelf("north", ("fragile",))}
    same_box = {"label": "glassware", "shelf": Shelf("north", ("fragile",))}
    other_shelf = {"label": "glassware", "shelf": Shelf("south", ("fragile",))}
    digests = ItemDigests()
    wrapped = [{"item": box, "row": 3}, {"item": same_box, "row": 3}, {"item": other_shelf, "row": 3}]
    first, second, third = (digests.of(w) for w in wrapped)
    assert first == second  # equal content, other objects
    assert first != third  # a difference two levels down
    assert digests.of({"item": box, "row": 4}) != first


def test_a_digest_does_not_depend_on_what_was_digested_before():
    inner = {"name": "crate", "shelf": Shelf("east")}
    outer = {"box": inner, "count": 2}
    fresh, warmed = ItemDigests(), ItemDigests()
    warmed.of(inner)
    assert fresh.of(outer) == warmed.of(outer)


def test_a_named_item_digests_as_its_name_alone_and_stands_for_itself_inside_others(monkeypatch):
    from sitegen import deps

    crate = {"label": "crate", "shelf": Shelf("west")}
    also_crate = {"label": "crate", "shelf": Shelf("west")}
    digests = ItemDigests()
    digests.name(crate, b"crate-west")
    digests.name(also_crate, b"crate-west")
    pickled = []
    real = deps._digest
    monkeypatch.setattr(deps, "_digest", lambda item, *rest: pickled.append(item) or real(item, *rest))
    assert digests.of(crate) == digests.of(also_crate) == b"crate-west"
    assert pickled == []  # its name is its digest: nothing pickled
    row = {"item": crate, "row": 1}
    same_row = {"item": also_crate, "row": 1}
    assert digests.of(row) == digests.of(same_row)
    assert crate not in pickled and also_crate not in pickled  # inside a row, by its name too
    other = ItemDigests()
    other.name(crate, b"crate-east")  # another name: another content, so another digest for its rows
    assert other.of({"item": crate, "row": 1}) != digests.of(row)
