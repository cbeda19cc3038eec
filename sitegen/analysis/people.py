"""The people gazetteer: content/people.yaml → Person values."""
from __future__ import annotations

from sitegen.model import Person
from sitegen.slug import slugify


def load_gazetteer(data: object, path: str) -> tuple[Person, ...]:
    """`data` is the parsed YAML: a list of {name, aliases, role, kind} mappings."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ValueError(f"{path}: must be a list of people, each with a 'name'")
    people = []
    for n, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ValueError(f"{path}: entry {n} needs a 'name'")
        people.append(Person(slug=slugify(entry["name"]), name=entry["name"],
                             aliases=tuple(entry.get("aliases") or ()), role=entry.get("role"),
                             kind=entry.get("kind", "person")))
    return tuple(people)
