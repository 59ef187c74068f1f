"""The graph as typed rows: one `EntityRow` per node, one `RelationRow` per edge.

What the table-shaped exports share (CSV, Neo4j, LadybugDB, RDF, GEXF), so that
each of them says the same thing about an entity or a relation:

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:RU", id="country:RU", label="Russia", type="COUNTRY", aliases=["Nga"], articles=["a1"],
    ...            mentions=2, in_dictionary=True, wikidata="Q159")
    >>> G.add_node("org:nato", id="org:nato", label="NATO", type="ORGANIZATION", aliases=["NATO"], articles=["a1"],
    ...            mentions=1, in_dictionary=True)
    >>> G.add_edge("country:RU", "org:nato", key="warns", predicate="warns", label="warns", family="threaten",
    ...            quad="verbal conflict", symmetric=False, modality="asserted", date="2021-12-17",
    ...            articles=["a1"], confidence=0.5,
    ...            evidence=[{"article": "a1", "sentence": "Nga cảnh báo NATO.", "date": "2021-12-17", "modality": "asserted"}])
    'warns'
    >>> [(e.label, e.first_date, e.wikidata) for e in entity_rows(G)]
    [('Russia', '2021-12-17', 'Q159'), ('NATO', '2021-12-17', None)]
    >>> r = relation_rows(G)[0]; (r.subject, r.predicate, r.object, r.evidence_count, r.sentence)
    ('Russia', 'warns', 'NATO', 1, 'Nga cảnh báo NATO.')
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from extract.types import Evidence
from ontology import ONTOLOGY


@dataclass(frozen=True)
class EntityRow:
    """One node: who or what it is, how often the articles name it, and when its relations happened."""

    id: str
    label: str
    type: str
    mentions: int
    aliases: tuple[str, ...]
    articles: tuple[str, ...]
    in_dictionary: bool
    wikidata: str | None
    first_date: str | None  # the earliest and latest dated sentence of its relations
    last_date: str | None


@dataclass(frozen=True)
class RelationRow:
    """One edge: subject, predicate, object, its summary attributes and every evidence sentence."""

    subject_id: str
    subject: str  # labels, for readers of a table
    predicate: str
    object_id: str
    object: str
    label: str  # the English edge text ("met", "Foreign Minister of")
    family: str
    quad: str
    symmetric: bool
    modality: str
    date: str | None  # the earliest dated sentence
    last_date: str | None
    place: str | None
    role: str | None
    confidence: float
    evidence: tuple[Evidence, ...]

    @property
    def evidence_count(self) -> int:
        return len(self.evidence)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({e.article for e in self.evidence}))

    @property
    def sentence(self) -> str:
        """The first evidence sentence, as a sample."""
        return self.evidence[0].sentence if self.evidence else ""


def _evidence(data: dict) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(str(e.get("article", "")), str(e.get("sentence", "")), e.get("date") or None,
                    e.get("place") or None, e.get("modality") or "asserted")
        for e in data.get("evidence") or () if isinstance(e, dict))


def relation_rows(G: nx.MultiDiGraph) -> list[RelationRow]:
    """Every edge of `G` as a `RelationRow`, in the graph's (sorted) order."""
    rows = []
    for u, v, key, data in G.edges(keys=True, data=True):
        predicate = str(data.get("predicate") or key)
        spec = ONTOLOGY.predicates.get(predicate)
        evidence = _evidence(data)
        dates = sorted(e.date for e in evidence if e.date)
        confidence = data.get("confidence")
        rows.append(RelationRow(
            subject_id=str(u), subject=str(G.nodes[u].get("label") or u), predicate=predicate,
            object_id=str(v), object=str(G.nodes[v].get("label") or v),
            label=str(data.get("label") or (spec.label if spec else predicate)),
            family=str(data.get("family") or (spec.family if spec else "")),
            quad=str(data.get("quad") or (spec.quad if spec else "")),
            symmetric=bool(data.get("symmetric", spec.symmetric if spec else False)),
            modality=str(data.get("modality") or "asserted"),
            date=data.get("date") or (dates[0] if dates else None), last_date=dates[-1] if dates else None,
            place=data.get("place") or None, role=data.get("role") or None,
            confidence=float(confidence) if confidence is not None else 0.0,
            evidence=evidence,
        ))
    return rows


def entity_rows(G: nx.MultiDiGraph, relations: list[RelationRow] | None = None) -> list[EntityRow]:
    """Every node of `G` as an `EntityRow`, in the graph's (sorted) order; pass `relations` if already made."""
    spans: dict[str, list[str]] = {}
    for r in relations if relations is not None else relation_rows(G):
        for e in r.evidence:
            if e.date:
                spans.setdefault(r.subject_id, []).append(e.date)
                spans.setdefault(r.object_id, []).append(e.date)
    rows = []
    for node, data in G.nodes(data=True):
        node = str(node)
        dates = spans.get(node, [])
        rows.append(EntityRow(
            id=node, label=str(data.get("label") or node), type=str(data.get("type") or ""),
            mentions=int(data.get("mentions") or 0),
            aliases=tuple(str(a) for a in data.get("aliases") or ()),
            articles=tuple(str(a) for a in data.get("articles") or ()),
            in_dictionary=bool(data.get("in_dictionary", True)), wikidata=data.get("wikidata") or None,
            first_date=min(dates) if dates else None, last_date=max(dates) if dates else None,
        ))
    return rows
