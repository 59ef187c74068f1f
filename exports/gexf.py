"""The GEXF export, for Gephi: entities and relations with their types, mentions and dates as attributes.

networkx writes the file (GEXF 1.2); Gephi opens it with File > Open, and the
attributes are there to colour, size and filter by (Appearance: partition by
`type`, rank by `mentions`; Filters: `quad`, `predicate`, `date`). Each relation
is one edge, its weight the number of sentences it was read from; symmetric
predicates (met, phoned, ...) are `mutual` edges (both ways), the rest directed. Relations
between the same two entities are parallel edges with their own ids and labels
(in Gephi's import dialog, choose not to merge them to keep them apart).
Edges are coloured by quad class, as on the page. Read it back with
`networkx.read_gexf(path)`:

    >>> import networkx as nx, tempfile, os
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:RU", id="country:RU", label="Russia", type="COUNTRY", mentions=3)
    >>> path = write_gexf(G, os.path.join(tempfile.mkdtemp(), "graph.gexf"))
    >>> nx.read_gexf(path).nodes["country:RU"]["type"]
    'COUNTRY'
"""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from ontology import ONTOLOGY

from .atomic import atomic_write
from .rows import entity_rows, relation_rows
from .tables import SEPARATOR


def _rgb(color: str) -> dict:
    value = color.lstrip("#")
    return {"r": int(value[0:2], 16), "g": int(value[2:4], 16), "b": int(value[4:6], 16), "a": 1.0}


QUAD_VIZ = {quad.name: {"color": _rgb(quad.color)} for quad in ONTOLOGY.quads.values()}


def _present(attrs: dict) -> dict:
    """GEXF has no null: attributes without a value are left out."""
    return {k: v for k, v in attrs.items() if v is not None}


def gexf_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as networkx writes it to GEXF: flat attributes, lists joined, one unique id per edge."""
    relations = relation_rows(G)
    H: nx.MultiDiGraph = nx.MultiDiGraph(name="vnkg")
    for e in entity_rows(G, relations):
        H.add_node(e.id, **_present({
            "label": e.label, "type": e.type, "mentions": e.mentions, "article_count": len(e.articles),
            "first_date": e.first_date, "last_date": e.last_date, "wikidata": e.wikidata,
            "in_dictionary": e.in_dictionary, "aliases": SEPARATOR.join(e.aliases)}))
    for r in relations:
        H.add_edge(r.subject_id, r.object_id, key=r.predicate, **_present({
            "id": f"{r.subject_id}|{r.predicate}|{r.object_id}", "label": r.label,
            "weight": r.evidence_count, "type": "mutual" if r.symmetric else "directed",
            "predicate": r.predicate, "family": r.family, "quad": r.quad, "modality": r.modality,
            "date": r.date, "last_date": r.last_date, "place": r.place, "role": r.role,
            "confidence": r.confidence, "evidence_count": r.evidence_count,
            "articles": SEPARATOR.join(r.articles), "sentence": r.sentence,
            "viz": QUAD_VIZ.get(r.quad)}))
    return H


def to_gexf(G: nx.MultiDiGraph) -> str:
    """The GEXF document of `G`."""
    buffer = io.BytesIO()
    nx.write_gexf(gexf_graph(G), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write(path, to_gexf(G))
