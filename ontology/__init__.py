"""The ontology: entity types, modalities, quad classes, families and the closed predicate list.

One data file, `ontology/ontology.yaml`, read once into `ONTOLOGY`, which every
other package asks (extraction, the graph, the query API, the page):

>>> ONTOLOGY.predicates["met"].symmetric, ONTOLOGY.predicates["urges"].quad
(True, 'verbal conflict')
>>> [q.name for q in ONTOLOGY.quads.values() if q.stance == "conflict"]
['verbal conflict', 'material conflict']
>>> "ISSUE" in ONTOLOGY.entity_types, ONTOLOGY.families[0]
(True, 'consult')
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

ONTOLOGY_FILE = Path(__file__).with_name("ontology.yaml")
STANCES = ("cooperation", "conflict")


class OntologyError(ValueError):
    """The ontology file breaks its own rules; the message names the file and the entry."""


@dataclass(frozen=True)
class Quad:
    """A GDELT quad class ("verbal conflict"), the side of a stance it counts for, its colour on the page."""

    name: str
    stance: str | None  # "cooperation", "conflict", or None for structural relations
    color: str


@dataclass(frozen=True)
class Predicate:
    """One predicate of the closed list: "met" is a symmetric "consult" of quad "verbal cooperation"."""

    name: str
    family: str
    quad: str
    symmetric: bool
    label: str  # English display text of the edge


@dataclass(frozen=True)
class Ontology:
    entity_types: tuple[str, ...]
    modalities: tuple[str, ...]
    quads: Mapping[str, Quad]  # in display order
    families: tuple[str, ...]  # in display order
    predicates: Mapping[str, Predicate]  # in the order of the ONTOLOGY.md table

    def quads_of(self, stance: str) -> frozenset[str]:
        """The quad classes that count for `stance` ("cooperation" or "conflict")."""
        return frozenset(q.name for q in self.quads.values() if q.stance == stance)


def _keys(where: str, row: Any, required: set[str]) -> dict:
    if not isinstance(row, dict) or set(row) != required:
        got = sorted(row) if isinstance(row, dict) else type(row).__name__
        raise OntologyError(f"{where}: expected the keys {sorted(required)}, got {got}")
    return row


def _names(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value) or len(set(value)) != len(value):
        raise OntologyError(f"{where}: expected a list of distinct names, got {value!r}")
    return tuple(value)


def load(path: Path | str = ONTOLOGY_FILE) -> Ontology:
    """Read and check an ontology file; `ONTOLOGY` is the shipped one."""
    path = Path(path)
    with path.open(encoding="utf-8") as f:
        doc = _keys(str(path), yaml.safe_load(f), {"entity_types", "modalities", "quads", "families", "predicates"})
    quads: dict[str, Quad] = {}
    for name, row in (doc["quads"] or {}).items():
        row = _keys(f"{path}: quad {name!r}", row, {"stance", "color"})
        if row["stance"] not in (*STANCES, None) or not isinstance(row["color"], str):
            raise OntologyError(f"{path}: quad {name!r}: stance must be one of {STANCES} or null, color a string")
        quads[name] = Quad(name, row["stance"], row["color"])
    families = _names(f"{path}: families", doc["families"])
    predicates: dict[str, Predicate] = {}
    for name, row in (doc["predicates"] or {}).items():
        where = f"{path}: predicate {name!r}"
        row = _keys(where, row, {"family", "quad", "symmetric", "label"})
        if row["family"] not in families:
            raise OntologyError(f"{where}: unknown family {row['family']!r}")
        if row["quad"] not in quads:
            raise OntologyError(f"{where}: unknown quad {row['quad']!r}")
        if not isinstance(row["symmetric"], bool) or not isinstance(row["label"], str):
            raise OntologyError(f"{where}: symmetric must be true or false, label a string")
        predicates[name] = Predicate(name, row["family"], row["quad"], row["symmetric"], row["label"])
    return Ontology(
        entity_types=_names(f"{path}: entity_types", doc["entity_types"]),
        modalities=_names(f"{path}: modalities", doc["modalities"]),
        quads=MappingProxyType(quads),
        families=families,
        predicates=MappingProxyType(predicates),
    )


ONTOLOGY = load()

__all__ = ["ONTOLOGY", "ONTOLOGY_FILE", "Ontology", "OntologyError", "Predicate", "Quad", "load"]
