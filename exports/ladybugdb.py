"""The embedded graph database export: the graph in a LadybugDB file, to query with Cypher.

LadybugDB (`pip install ladybug`, or `pip install 'vnkg[db]'`) is the maintained
embedded successor of Kùzu: a graph database in one file, no server. The schema:

- one node table `Entity` (id, label, type, mentions, aliases, articles,
  wikidata, in_dictionary, first_date, last_date);
- one node table `Article` (id, title, date, url, source) of the articles the
  graph cites, which `articles` and each sentence's `article` name;
- one relationship table per predicate of the ontology, named in capitals
  (`MET`, `HELD_TALKS_WITH`, `OFFICIAL_OF`, ...), with the relation's summary
  (label, quad, modality, date, place, evidence_count, ...) and its `evidence`,
  a list of (article, sentence, date, place, modality).

Symmetric relations (met, phoned, ...) are stored once: match them without an
arrow. For example, whom Lavrov met, and the sentences that say so:

    MATCH (a:Entity)-[:MET]-(b) WHERE a.label = 'Sergey Lavrov' RETURN b.label
    MATCH (a:Entity {label: 'Sergey Lavrov'})-[m:MET]-(b) UNWIND m.evidence AS e RETURN b.label, e.date, e.sentence

`read_ladybug` reads the graph back into networkx, as it was written.
"""
from __future__ import annotations

import datetime
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx

from extract.types import Evidence
from ontology import ONTOLOGY

from .rows import entity_rows, relation_rows

NODE_TABLE = "Entity"
ARTICLE_TABLE = "Article"
ARTICLE_SCHEMA = (("id", "STRING"), ("title", "STRING"), ("date", "DATE"), ("url", "STRING"), ("source", "STRING"))
EVIDENCE_TYPE = "STRUCT(article STRING, sentence STRING, date DATE, place STRING, modality STRING)[]"
ENTITY_SCHEMA = (("id", "STRING"), ("label", "STRING"), ("type", "STRING"), ("mentions", "INT64"),
                 ("aliases", "STRING[]"), ("articles", "STRING[]"), ("wikidata", "STRING"),
                 ("in_dictionary", "BOOLEAN"), ("first_date", "DATE"), ("last_date", "DATE"))
RELATION_SCHEMA = (("label", "STRING"), ("family", "STRING"), ("quad", "STRING"), ("symmetric", "BOOLEAN"),
                   ("modality", "STRING"), ("date", "DATE"), ("last_date", "DATE"), ("place", "STRING"),
                   ("role", "STRING"), ("confidence", "DOUBLE"), ("evidence_count", "INT64"),
                   ("articles", "STRING[]"), ("evidence", EVIDENCE_TYPE))


class MissingLadybug(ImportError):
    """The `ladybug` package is not installed; the message says how to install it."""


def _ladybug():
    try:
        import ladybug
    except ImportError:
        raise MissingLadybug("the LadybugDB export needs the ladybug package: pip install 'vnkg[db]' "
                             "(or pip install ladybug)") from None
    return ladybug


def rel_table(predicate: str) -> str:
    """The relationship table of a predicate: "held_talks_with" -> "HELD_TALKS_WITH"."""
    return predicate.upper()


def _schema() -> list[str]:
    columns = ", ".join(f"{name} {kind}" for name, kind in ENTITY_SCHEMA)
    statements = [f"CREATE NODE TABLE {NODE_TABLE}({columns}, PRIMARY KEY(id))"]
    article_columns = ", ".join(f"{name} {kind}" for name, kind in ARTICLE_SCHEMA)
    statements.append(f"CREATE NODE TABLE {ARTICLE_TABLE}({article_columns}, PRIMARY KEY(id))")
    rel_columns = ", ".join(f"{name} {kind}" for name, kind in RELATION_SCHEMA)
    for predicate in ONTOLOGY.predicates:
        statements.append(f"CREATE REL TABLE {rel_table(predicate)}(FROM {NODE_TABLE} TO {NODE_TABLE}, {rel_columns})")
    return statements


def _copy(conn, table: str, columns: list[str], rows: list[dict]) -> None:
    """Bulk-load `rows` (dicts with `columns` as keys) into `table` with one COPY FROM a parameter."""
    if rows:
        returned = ", ".join(f"row.{c}" for c in columns)
        conn.execute(f"COPY {table} FROM (UNWIND $rows AS row RETURN {returned})", {"rows": rows})


def _evidence(e: Evidence) -> dict:
    return {"article": e.article, "sentence": e.sentence, "date": e.date, "place": e.place, "modality": e.modality}


def fill(conn, G: nx.MultiDiGraph) -> None:
    """Create the schema in an empty database and load `G` into it (through the connection `conn`)."""
    for statement in _schema():
        conn.execute(statement)
    relations = relation_rows(G)
    entities = [{"id": e.id, "label": e.label, "type": e.type, "mentions": e.mentions, "aliases": list(e.aliases),
                 "articles": list(e.articles), "wikidata": e.wikidata, "in_dictionary": e.in_dictionary,
                 "first_date": e.first_date, "last_date": e.last_date} for e in entity_rows(G, relations)]
    _copy(conn, NODE_TABLE, [name for name, _ in ENTITY_SCHEMA], entities)
    articles = [{"id": a, **{k: r.get(k) for k, _ in ARTICLE_SCHEMA[1:]}} for a, r in (G.graph.get("articles") or {}).items()]
    _copy(conn, ARTICLE_TABLE, [name for name, _ in ARTICLE_SCHEMA], articles)
    by_predicate: dict[str, list[dict]] = {}
    for r in relations:
        by_predicate.setdefault(r.predicate, []).append({
            "source": r.subject_id, "target": r.object_id, "label": r.label, "family": r.family, "quad": r.quad,
            "symmetric": r.symmetric, "modality": r.modality, "date": r.date, "last_date": r.last_date,
            "place": r.place, "role": r.role, "confidence": r.confidence, "evidence_count": r.evidence_count,
            "articles": list(r.articles), "evidence": [_evidence(e) for e in r.evidence]})
    for predicate, rows in by_predicate.items():
        _copy(conn, rel_table(predicate), ["source", "target"] + [name for name, _ in RELATION_SCHEMA], rows)


def write_ladybug(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write `G` as a new LadybugDB database file at `path`, replacing any file there only once it is complete."""
    ladybug = _ladybug()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # the database makes its own file
    wal = Path(f"{tmp}.wal")
    try:
        db = ladybug.Database(str(tmp))
        try:
            conn = ladybug.Connection(db)
            fill(conn, G)
            conn.execute("CHECKPOINT")  # everything into the main file, nothing left in the write-ahead log
            conn.close()
        finally:
            db.close()
        Path(f"{path}.wal").unlink(missing_ok=True)  # an old log must not replay into the new file
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)
    return path


@contextmanager
def connect(path: str | Path, read_only: bool = True) -> Iterator[Any]:
    """A connection to the database at `path` (read-only unless asked), closed on leaving."""
    ladybug = _ladybug()
    if not Path(path).is_file():
        raise FileNotFoundError(f"no LadybugDB database at {path}")
    db = ladybug.Database(str(path), read_only=read_only)
    try:
        conn = ladybug.Connection(db)
        try:
            yield conn
        finally:
            conn.close()
    finally:
        db.close()


def rows(conn, query: str, parameters: dict | None = None) -> list[list]:
    """Every row a Cypher query returns, as lists."""
    result = conn.execute(query, parameters or {})
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, datetime.date) else value


def read_ladybug(path: str | Path) -> nx.MultiDiGraph:
    """The graph in a database written by `write_ladybug`, with node and edge attributes as vnkg writes them."""
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    with connect(path) as conn:
        names = [name for name, _ in ENTITY_SCHEMA]
        returned = ", ".join(f"e.{name}" for name in names)
        for values in rows(conn, f"MATCH (e:{NODE_TABLE}) RETURN {returned} ORDER BY e.id"):
            e = dict(zip(names, values))
            attrs = {k: e[k] for k in ("id", "label", "type", "aliases", "articles", "mentions", "in_dictionary")}
            if e["wikidata"]:
                attrs["wikidata"] = e["wikidata"]
            G.add_node(e["id"], **attrs)
        names = [name for name, _ in RELATION_SCHEMA]
        returned = ", ".join(f"r.{name}" for name in names)
        edges = []
        for predicate in ONTOLOGY.predicates:
            query = f"MATCH (a)-[r:{rel_table(predicate)}]->(b) RETURN a.id, b.id, {returned} ORDER BY a.id, b.id"
            for values in rows(conn, query):
                r = dict(zip(names, values[2:]))
                evidence = [{k: _iso(v) for k, v in item.items() if v is not None} for item in r["evidence"]]
                attrs = {k: r[k] for k in ("label", "family", "quad", "symmetric", "modality", "articles",
                                           "confidence")}
                attrs.update(predicate=predicate, evidence=evidence)
                attrs.update({k: _iso(r[k]) for k in ("date", "place", "role") if r[k] is not None})
                edges.append((values[0], values[1], predicate, attrs))
        names = [name for name, _ in ARTICLE_SCHEMA]
        returned = ", ".join(f"a.{name}" for name in names)
        articles = {values[0]: {k: _iso(v) for k, v in zip(names[1:], values[1:]) if v is not None}
                    for values in rows(conn, f"MATCH (a:{ARTICLE_TABLE}) RETURN {returned} ORDER BY a.id")}
    for u, v, predicate, attrs in sorted(edges, key=lambda edge: edge[:3]):  # the graph's own order
        G.add_edge(u, v, key=predicate, **attrs)
    if articles:
        G.graph["articles"] = articles
    return G
