"""The Neo4j export: CSV files in the header format of `neo4j-admin database import`, and a LOAD CSV script.

Three files in one folder:

- `entities.csv`: nodes, `id:ID` and `:LABEL` (`Entity` and the type:
  `Entity;Person`), typed properties (`mentions:int`, `first_date:date`,
  `aliases:string[]`, ...);
- `relations.csv`: relationships, `:START_ID`, `:END_ID`, `:TYPE` (the predicate
  in capitals: `MET`, `OFFICIAL_OF`), the relation's summary, its first sentence
  and every sentence (`sentences:string[]`, with `sentence_articles:string[]` and
  `sentence_dates:string[]` in the same order);
- `load.cypher`: the same graph through `LOAD CSV`, for a running database.

Arrays are split on `|` (ARRAY_DELIMITER; a `|` inside an item is written `¦`).
Either load it all at once into a new database:

    neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv --array-delimiter="|" vnkg

or copy the CSV files into the database's import folder and run the script:

    cypher-shell -f load.cypher

Symmetric relations (met, phoned, ...) are stored once; match them without an
arrow: `MATCH (a:Entity {label: 'Sergey Lavrov'})-[:MET]-(b) RETURN b.label`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

import networkx as nx

from ontology import ONTOLOGY

from .atomic import write_all
from .rows import EntityRow, RelationRow, entity_rows, relation_rows
from .tables import csv_text

NODES, RELATIONSHIPS, SCRIPT = "entities.csv", "relations.csv", "load.cypher"
ARRAY_DELIMITER = "|"
NODE_LABEL = "Entity"


@dataclass(frozen=True)
class Column:
    """One CSV column: its name, its neo4j-admin type ("" for string), and how to get its value from a row."""

    name: str
    kind: str
    value: Callable

    @property
    def header(self) -> str:
        return f"{self.name}:{self.kind}" if self.kind else self.name

    def cypher(self) -> str:
        """The LOAD CSV expression that reads this column of `row` as its type."""
        field = f"row.`{self.header}`"
        return {"int": f"toInteger({field})", "float": f"toFloat({field})", "boolean": f"toBoolean({field})",
                "date": f"date({field})", "string[]": f"split({field}, '{ARRAY_DELIMITER}')"}.get(self.kind, field)


def type_label(entity_type: str) -> str:
    """The Neo4j label of an entity type: "ORGANIZATION" -> "Organization"."""
    return entity_type.capitalize()


def rel_type(predicate: str) -> str:
    return predicate.upper()


def _items(items) -> list[str]:
    return [str(item).replace(ARRAY_DELIMITER, "¦") for item in items]


def _field(name: str, kind: str = "") -> Column:
    """The column that is the row's attribute of the same name (array items kept free of the delimiter)."""
    get = attrgetter(name)
    return Column(name, kind, (lambda row: _items(get(row))) if kind == "string[]" else get)


ENTITY_PROPERTIES = (
    _field("label"), _field("type"), _field("mentions", "int"),
    Column("article_count", "int", lambda e: len(e.articles)),
    _field("first_date", "date"), _field("last_date", "date"), _field("wikidata"), _field("in_dictionary", "boolean"),
    _field("aliases", "string[]"), _field("articles", "string[]"),
)
RELATION_PROPERTIES = (
    _field("predicate"), _field("label"), _field("family"), _field("quad"), _field("symmetric", "boolean"),
    _field("modality"), _field("date", "date"), _field("last_date", "date"), _field("place"), _field("role"),
    _field("confidence", "float"), _field("evidence_count", "int"), _field("articles", "string[]"),
    _field("sentence"),
    Column("sentences", "string[]", lambda r: _items(e.sentence for e in r.evidence)),
    Column("sentence_articles", "string[]", lambda r: _items(e.article for e in r.evidence)),
    Column("sentence_dates", "string[]", lambda r: _items(e.date or "" for e in r.evidence)),
)


def _cells(value) -> object:
    return ARRAY_DELIMITER.join(value) if isinstance(value, list) else value


def _node(e: EntityRow) -> list:
    return [e.id, f"{NODE_LABEL};{type_label(e.type)}" if e.type else NODE_LABEL,
            *(_cells(c.value(e)) for c in ENTITY_PROPERTIES)]


def _relationship(r: RelationRow) -> list:
    return [r.subject_id, r.object_id, rel_type(r.predicate), *(_cells(c.value(r)) for c in RELATION_PROPERTIES)]


def load_script() -> str:
    """The Cypher script that loads entities.csv and relations.csv with LOAD CSV (one statement per predicate)."""
    node_props = ", ".join(["id: row.`id:ID`"] + [f"{c.name}: {c.cypher()}" for c in ENTITY_PROPERTIES])
    rel_props = ", ".join(f"{c.name}: {c.cypher()}" for c in RELATION_PROPERTIES)
    lines = [
        "// The vnkg graph through LOAD CSV: copy entities.csv and relations.csv into the database's import",
        "// folder, then run this file on an empty database (cypher-shell -f load.cypher).",
        f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:{NODE_LABEL}) REQUIRE e.id IS UNIQUE;",
        f"LOAD CSV WITH HEADERS FROM 'file:///{NODES}' AS row",
        f"CREATE (e:{NODE_LABEL} {{{node_props}}});",
    ]
    for entity_type in ONTOLOGY.entity_types:
        lines.append(f"MATCH (e:{NODE_LABEL} {{type: '{entity_type}'}}) SET e:{type_label(entity_type)};")
    for predicate in ONTOLOGY.predicates:
        lines += [
            f"LOAD CSV WITH HEADERS FROM 'file:///{RELATIONSHIPS}' AS row",
            f"WITH row WHERE row.`:TYPE` = '{rel_type(predicate)}'",
            f"MATCH (a:{NODE_LABEL} {{id: row.`:START_ID`}}), (b:{NODE_LABEL} {{id: row.`:END_ID`}})",
            f"CREATE (a)-[:{rel_type(predicate)} {{{rel_props}}}]->(b);",
        ]
    return "\n".join(lines) + "\n"


def to_neo4j(G: nx.MultiDiGraph) -> dict[str, str]:
    """File name -> text of the two import CSV files and the LOAD CSV script."""
    relations = relation_rows(G)
    return {
        NODES: csv_text(["id:ID", ":LABEL", *(c.header for c in ENTITY_PROPERTIES)],
                        map(_node, entity_rows(G, relations))),
        RELATIONSHIPS: csv_text([":START_ID", ":END_ID", ":TYPE", *(c.header for c in RELATION_PROPERTIES)],
                                map(_relationship, relations)),
        SCRIPT: load_script(),
    }


def write_neo4j(G: nx.MultiDiGraph, folder: str | Path) -> Path:
    """Write the Neo4j files into `folder` (made if missing), all or none; return the folder."""
    folder = Path(folder)
    write_all({folder / name: text for name, text in to_neo4j(G).items()})
    return folder
