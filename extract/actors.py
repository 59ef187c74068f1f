"""The actor dictionary (`extract/data/actors/*.yaml`): one loader for the extractor and the name look-ups.

>>> actors = load_actors()
>>> actors["country:RU"].entity.label, "Nga" in actors["country:RU"].aliases
('Russia', True)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ingest.normalize import normalize_text
from ontology import ONTOLOGY

from .datafiles import DATA_DIR, read_yaml
from .types import Entity

ACTORS_DIR = DATA_DIR / "actors"
ACTOR_FILES = ("countries", "places", "organizations", "people", "groups", "issues")


@dataclass(frozen=True)
class Role:
    """An office a person held: `role` (English) of `of` (an actor id).

    `start` and `end` are years, both inclusive; None where the dictionary leaves that side open.
    """

    role: str
    of: str
    start: int | None = None
    end: int | None = None

    def held_in(self, year: int | None) -> bool:
        if year is None:
            return self.end is None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Actor:
    """One dictionary record: the entity plus what the dictionary knows of it.

    `aliases` are the label and the Vietnamese aliases, normalised, label first.
    """

    entity: Entity
    aliases: tuple[str, ...]
    metonym_for: str | None = None
    country: str | None = None
    roles: tuple[Role, ...] = ()
    of_owner: bool = False  # an issue that is a quality of its owner ("chủ quyền của Ukraine")
    seat_of: str | None = None  # a seat of power: the office its head holds ("ông chủ Nhà Trắng": President)
    home_aliases: tuple[str, ...] = ()  # another actor's aliases that name this one in an article about its country
    broad: bool = False  # a continent, a part of one or an ocean: a node only where a relation names it


@lru_cache(maxsize=1)
def shipped_actors() -> Mapping[str, Actor]:
    """The records of the shipped actor files, read once per process: the lexicon and the page's
    names both need them, and reading them is a third of a build's start-up."""
    return MappingProxyType(load_actors(ACTORS_DIR))


def load_actors(folder: Path | str = ACTORS_DIR) -> dict[str, Actor]:
    """Every record of the actor files in `folder`, by id; a record of an unknown type raises ValueError."""
    folder = Path(folder)
    actors: dict[str, Actor] = {}
    for stem in ACTOR_FILES:
        for row in read_yaml(folder / f"{stem}.yaml") or []:
            if row.get("type") not in ONTOLOGY.entity_types:
                raise ValueError(f"{folder / stem}.yaml: {row.get('id')}: unknown type {row.get('type')!r}")
            entity = Entity(
                id=row["id"],
                label=row["label"],
                type=row["type"],
                in_dictionary=True,
                wikidata=row.get("wikidata"),
            )
            aliases = tuple(dict.fromkeys(normalize_text(a) for a in [row["label"], *row.get("aliases", [])]))
            roles = tuple(
                Role(r["role"], r["of"], r.get("start"), r.get("end")) for r in row.get("roles", []) or []
            )
            home = tuple(normalize_text(a) for a in row.get("home_aliases", []) or [])
            actors[entity.id] = Actor(entity, aliases, row.get("metonym_for"), row.get("country"), roles,
                                      bool(row.get("of_owner", False)), row.get("seat_of"), home,
                                      bool(row.get("broad", False)))
    return actors
