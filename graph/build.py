"""Merge article extractions into one networkx MultiDiGraph.

One node per entity id; one edge per (subject, predicate, object), keyed by the
predicate, carrying every piece of evidence. Symmetric predicates are stored
once, from the smaller id to the larger. `merge_graphs` combines graphs built
separately (by worker processes or Dask partitions), and `finalize` derives the
summary attributes and returns a graph whose order does not depend on the order
of the input, so the same articles always give the same files.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from extract.types import ArticleExtraction
from ontology import ONTOLOGY

from . import resolve

MODALITY_RANK = {"asserted": 0, "planned": 1, "possible": 2}
ARTICLE_FIELDS = ("title", "date", "url", "source")  # what the graph keeps of each article it cites


def _article_record(article) -> dict:
    """The title, date, URL and source file (its name, and line for JSON Lines) of an article, where known.

    The folder is left out: the same files read from another place give the same graph.

    >>> from ingest import Article
    >>> _article_record(Article("a1", "...", "Tin", "2021-12-02", None, "/home/me/news/world.jsonl:17"))
    {'title': 'Tin', 'date': '2021-12-02', 'source': 'world.jsonl:17'}
    """
    record = {field: value for field in ARTICLE_FIELDS if (value := getattr(article, field, None))}
    if "source" in record:
        record["source"] = os.path.basename(str(record["source"]))
    return record


def _add_articles(G: nx.MultiDiGraph, records: dict) -> None:
    """Articles by id in `G.graph["articles"]`; the first record of an id stays."""
    table = G.graph.setdefault("articles", {})
    for article_id, record in records.items():
        table.setdefault(article_id, dict(record))


def new_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph()


def _add_node(G: nx.MultiDiGraph, node_id: str, label: str, type_: str, in_dictionary: bool,
              wikidata: str | None, aliases: Iterable[str], articles: Iterable[str], mentions: int) -> None:
    if node_id not in G:
        G.add_node(node_id, id=node_id, label=label, type=type_, aliases=set(), articles=set(),
                   mentions=0, in_dictionary=in_dictionary)
        if wikidata:
            G.nodes[node_id]["wikidata"] = wikidata
    data = G.nodes[node_id]
    data["aliases"] = set(data["aliases"]) | set(aliases)
    data["articles"] = set(data["articles"]) | set(articles)
    data["mentions"] += mentions


def _add_edge(G: nx.MultiDiGraph, source: str, target: str, predicate: str, evidence: Iterable[dict],
              roles: Iterable[str] = ()) -> None:
    if not G.has_edge(source, target, key=predicate):
        G.add_edge(source, target, key=predicate, predicate=predicate, evidence={}, roles=Counter())
    data = G.edges[source, target, predicate]
    for item in evidence:
        data["evidence"].setdefault((item["article"], item["sentence"]), item)
    data["roles"].update(roles)


def add_extraction(G: nx.MultiDiGraph, extraction: ArticleExtraction) -> nx.MultiDiGraph:
    """Merge one article's entities and relations into `G` (in place) and return it.

    >>> from extract import Article, extract_article
    >>> G = add_extraction(new_graph(), extract_article(Article("a1", "Nga cáo buộc Mỹ.")))
    >>> sorted(G.edges(keys=True))
    [('country:RU', 'country:US', 'accuses')]
    """
    article = extraction.article.id
    _add_articles(G, {article: _article_record(extraction.article)})
    for entity_id, entity in extraction.entities.items():
        _add_node(G, entity.id, entity.label, entity.type, entity.in_dictionary, entity.wikidata,
                  extraction.aliases.get(entity_id, ()), [article], extraction.mention_counts.get(entity_id, 0))
    for r in extraction.relations:
        source, target = r.subject.id, r.object.id
        if ONTOLOGY.predicates[r.predicate].symmetric and target < source:
            source, target = target, source
        ev = r.evidence
        item = {"article": ev.article, "sentence": ev.sentence, "modality": ev.modality}
        if ev.date:
            item["date"] = ev.date
        if ev.place:
            item["place"] = ev.place
        _add_edge(G, source, target, r.predicate, [item], [r.role] if r.role else [])
    return G


def merge_graphs(graphs: Iterable[nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """Merge graphs built apart (raw or finalized) into one raw graph."""
    G = new_graph()
    for H in graphs:
        _add_articles(G, H.graph.get("articles", {}))
        H = resolve.unresolve(H)  # a finalized graph: its nodes and relations as they were read
        for node_id, data in H.nodes(data=True):
            _add_node(G, node_id, data["label"], data["type"], data.get("in_dictionary", True),
                      data.get("wikidata"), data.get("aliases", ()), data.get("articles", ()), data.get("mentions", 0))
        for u, v, key, data in H.edges(keys=True, data=True):
            evidence = data["evidence"].values() if isinstance(data["evidence"], dict) else data["evidence"]
            roles = data.get("roles")
            if roles is None:
                roles = Counter({data["role"]: len(evidence)}) if data.get("role") else Counter()
            _add_edge(G, u, v, key, evidence, Counter(roles).elements())
    return G


def finalize(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The output graph: contract attributes, sorted lists, order independent of input order.

    `out.graph["articles"]` holds, by id, the title, date, URL and source file
    (where known) of every article an entity or a relation cites.
    """
    merged = merge_graphs([G])
    G, resolution = resolve.resolve(merged)
    out: nx.MultiDiGraph = nx.MultiDiGraph()
    if any(resolution.values()):
        out.graph["resolution"] = resolution
    for node_id in sorted(G.nodes):
        data = G.nodes[node_id]
        attrs = {
            "id": node_id,
            "label": data["label"],
            "type": data["type"],
            "aliases": sorted(data["aliases"]),
            "articles": sorted(data["articles"]),
            "mentions": data["mentions"],
            "in_dictionary": bool(data["in_dictionary"]),
        }
        if data.get("wikidata"):
            attrs["wikidata"] = data["wikidata"]
        out.add_node(node_id, **attrs)
    for u, v, key in sorted(G.edges(keys=True)):
        data = G.edges[u, v, key]
        spec = ONTOLOGY.predicates[key]
        evidence = sorted(data["evidence"].values(), key=lambda e: (e["article"], e.get("date") or "", e["sentence"]))
        attrs = {
            "predicate": key,
            "label": spec.label,
            "family": spec.family,
            "quad": spec.quad,
            "symmetric": spec.symmetric,
            "modality": min((e.get("modality", "asserted") for e in evidence), key=MODALITY_RANK.__getitem__),
            "evidence": evidence,
            "articles": sorted({e["article"] for e in evidence}),
            "confidence": round(1 - 0.5 ** len(evidence), 3),
        }
        dates = sorted(e["date"] for e in evidence if e.get("date"))
        if dates:
            attrs["date"] = dates[0]
        places = Counter(e["place"] for e in evidence if e.get("place"))
        if places:
            attrs["place"] = sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        roles = data["roles"]
        if roles:
            role = sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            attrs["role"] = role
            if roles != Counter({role: len(evidence)}):  # what `merge_graphs` could not guess back
                attrs["roles"] = dict(sorted(roles.items()))
            # "Foreign Minister of"; a role that names its owner already reads alone.
            attrs["label"] = role if " of " in role or role.endswith(" of") else f"{role} of"
        out.add_edge(u, v, key=key, **attrs)
    cited: set[str] = set()
    for _, data in out.nodes(data=True):
        cited.update(data["articles"])
    for _, _, data in out.edges(data=True):
        cited.update(data["articles"])
    known = merged.graph.get("articles", {})
    if known:
        out.graph["articles"] = {a: known[a] for a in sorted(cited) if a in known}
    return out


def build_graph(extractions: Iterable[ArticleExtraction]) -> nx.MultiDiGraph:
    """The finalized graph of a stream of extractions."""
    G = new_graph()
    for extraction in extractions:
        add_extraction(G, extraction)
    return finalize(G)
