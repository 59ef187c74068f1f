"""The CSV export: `entities.csv`, `relations.csv`, `evidence.csv` and `articles.csv`, for pandas, R or a spreadsheet.

- entities.csv: one row per entity (id, label, type, mentions, dates of its first
  and last dated relation, Wikidata id, aliases and articles joined by " | ");
- relations.csv: one row per relation, with its evidence count and first sentence;
- evidence.csv: one row per evidence sentence (subject_id, predicate, object_id
  name the relation it supports);
- articles.csv: one row per article the graph cites (id, title, date, url, source file).

Numbers are plain, booleans `true`/`false`, dates ISO, empty cells mean "none",
so `pandas.read_csv` gives int64, bool, float64 columns as they are and datetime64
with `parse_dates` (see `PARSE_DATES`). `read_tables` gives the graph back, the
same as the one written:

    >>> import networkx as nx, tempfile
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:RU", id="country:RU", label="Russia", type="COUNTRY", aliases=["Nga"], articles=["a1"],
    ...            mentions=1, in_dictionary=True)
    >>> folder = write_tables(G, tempfile.mkdtemp())
    >>> read_tables(folder).nodes["country:RU"]["aliases"]
    ['Nga']
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx

from .atomic import write_all
from .rows import EntityRow, RelationRow, entity_rows, relation_rows

ENTITIES, RELATIONS, EVIDENCE, ARTICLES = "entities.csv", "relations.csv", "evidence.csv", "articles.csv"
SEPARATOR = " | "  # between the items of a list in one cell

ENTITY_COLUMNS = ("id", "label", "type", "mentions", "article_count", "first_date", "last_date", "wikidata",
                  "in_dictionary", "aliases", "articles")
RELATION_COLUMNS = ("subject_id", "subject", "predicate", "object_id", "object", "label", "family", "quad",
                    "symmetric", "modality", "date", "last_date", "place", "role", "confidence", "evidence_count",
                    "articles", "sentence")
EVIDENCE_COLUMNS = ("subject_id", "predicate", "object_id", "article", "date", "place", "modality", "sentence")
ARTICLE_COLUMNS = ("id", "title", "date", "url", "source")
# the columns to give pandas.read_csv(..., parse_dates=...) for datetime64 columns, by file
PARSE_DATES = {ENTITIES: ["first_date", "last_date"], RELATIONS: ["date", "last_date"], EVIDENCE: ["date"],
               ARTICLES: ["date"]}


def cell(value: object) -> str:
    """A value as CSV text: None is empty, booleans are true/false, lists joined by `SEPARATOR`.

    >>> [cell(None), cell(True), cell(3), cell(("Nga", "Liên bang Nga"))]
    ['', 'true', '3', 'Nga | Liên bang Nga']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(str(v) for v in value)
    return str(value)


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document: a header line, then one line per row (quoted where needed, "\\n" line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def entity_values(e: EntityRow) -> tuple:
    return (e.id, e.label, e.type, e.mentions, len(e.articles), e.first_date, e.last_date, e.wikidata,
            e.in_dictionary, e.aliases, e.articles)


def relation_values(r: RelationRow) -> tuple:
    return (r.subject_id, r.subject, r.predicate, r.object_id, r.object, r.label, r.family, r.quad, r.symmetric,
            r.modality, r.date, r.last_date, r.place, r.role, r.confidence, r.evidence_count, r.articles, r.sentence)


def to_tables(G: nx.MultiDiGraph) -> dict[str, str]:
    """File name -> CSV text of the tables of `G`."""
    relations = relation_rows(G)
    evidence = [(r.subject_id, r.predicate, r.object_id, e.article, e.date, e.place, e.modality, e.sentence)
                for r in relations for e in r.evidence]
    return {
        ENTITIES: csv_text(ENTITY_COLUMNS, map(entity_values, entity_rows(G, relations))),
        RELATIONS: csv_text(RELATION_COLUMNS, map(relation_values, relations)),
        EVIDENCE: csv_text(EVIDENCE_COLUMNS, evidence),
        ARTICLES: csv_text(ARTICLE_COLUMNS, ((a, *(r.get(k) for k in ARTICLE_COLUMNS[1:]))
                                             for a, r in (G.graph.get("articles") or {}).items())),
    }


def write_tables(G: nx.MultiDiGraph, folder: str | Path) -> Path:
    """Write the tables into `folder` (made if missing), all or none; return the folder."""
    folder = Path(folder)
    write_all({folder / name: text for name, text in to_tables(G).items()})
    return folder


# -- reading ----------------------------------------------------------------------------------


def _records(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _items(text: str) -> list[str]:
    return text.split(SEPARATOR) if text else []


def read_tables(folder: str | Path) -> nx.MultiDiGraph:
    """The graph written by `write_tables` into `folder`, with every evidence sentence."""
    folder = Path(folder)
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    for row in _records(folder / ENTITIES):
        attrs: dict = {"id": row["id"], "label": row["label"], "type": row["type"], "aliases": _items(row["aliases"]),
                       "articles": _items(row["articles"]), "mentions": int(row["mentions"]),
                       "in_dictionary": row["in_dictionary"] == "true"}
        if row["wikidata"]:
            attrs["wikidata"] = row["wikidata"]
        G.add_node(row["id"], **attrs)
    evidence: dict[tuple[str, str, str], list[dict]] = {}
    for row in _records(folder / EVIDENCE):
        item = {"article": row["article"], "sentence": row["sentence"], "modality": row["modality"]}
        item.update({k: row[k] for k in ("date", "place") if row[k]})
        evidence.setdefault((row["subject_id"], row["predicate"], row["object_id"]), []).append(item)
    for row in _records(folder / RELATIONS):
        u, p, v = row["subject_id"], row["predicate"], row["object_id"]
        attrs = {"predicate": p, "label": row["label"], "family": row["family"], "quad": row["quad"],
                 "symmetric": row["symmetric"] == "true", "modality": row["modality"],
                 "evidence": evidence.get((u, p, v), []), "articles": _items(row["articles"]),
                 "confidence": float(row["confidence"])}
        attrs.update({k: row[k] for k in ("date", "place", "role") if row[k]})
        G.add_edge(u, v, key=p, **attrs)
    if (folder / ARTICLES).exists():  # tables written before articles.csv existed have none
        G.graph["articles"] = {row["id"]: {k: row[k] for k in ARTICLE_COLUMNS[1:] if row[k]}
                               for row in _records(folder / ARTICLES)}
    return G
