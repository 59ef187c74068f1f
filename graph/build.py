"""Merge article extractions into one networkx MultiDiGraph.

One node per entity id; one edge per (subject, predicate, object), keyed by the
predicate, carrying every piece of evidence. Symmetric predicates are stored
once, from the smaller id to the larger. `add_extraction` makes the raw graph of
a few articles (a worker's chunk); `Merge` combines such graphs in input order,
holding entities and relations in memory and the evidence in a
`graph.evidence.EvidenceStore`; its `finalize` derives the summary attributes
and returns a graph whose order does not depend on the order of the input, so
the same articles always give the same files.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from sys import intern

import networkx as nx

from extract.lexicon import default_lexicon
from extract.types import ArticleExtraction
from ontology import ONTOLOGY

from . import resolve
from .evidence import EvidenceStore, Row

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
        G.add_edge(source, target, key=predicate, predicate=predicate, evidence=[], roles=Counter())
    data = G.edges[source, target, predicate]
    data["evidence"].extend(evidence)  # repeats are dropped when merged (graph.evidence)
    data["roles"].update(roles)


def add_extraction(G: nx.MultiDiGraph, extraction: ArticleExtraction) -> nx.MultiDiGraph:
    """Merge one article's entities and relations into `G` (in place) and return it.

    >>> from extract import Article, extract_article
    >>> G = add_extraction(new_graph(), extract_article(Article("a1", "Nga cáo buộc Mỹ.")))
    >>> sorted(G.edges(keys=True))
    [('country:RU', 'country:US', 'accuses')]
    """
    article = extraction.article.id
    G.graph.setdefault("articles", {}).setdefault(article, _article_record(extraction.article))
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


@dataclass(slots=True)
class _Node:
    label: str
    type: str
    in_dictionary: bool
    wikidata: str | None
    aliases: set[str]
    articles: list[str]  # in merge order, repeats possible: sorted and made unique by finalize
    mentions: int


@dataclass(slots=True)
class _Edge:
    ids: list[int]  # the raw edges whose evidence is this edge's (more than one once names are folded)
    roles: Counter | None = None


@dataclass
class Built:
    """A finalized graph, and its evidence edge by edge in the graph's edge order (`evidence.final()`).

    With `keep_evidence` the graph's edges carry their evidence too, as the
    query API and small exports want; without, only the writers read it, from
    the store. Close the store when the files are written.
    """

    graph: nx.MultiDiGraph
    evidence: EvidenceStore

    def close(self) -> None:
        self.evidence.close()


class Merge:
    """Graphs built apart (partial raw graphs of workers, or finalized graphs) merged, in order, into one.

    The first graph that names an entity gives its label, so merging in input
    order gives the one-process graph. Entities and relations are held here;
    evidence goes to an `EvidenceStore`, so that memory follows the graph, not
    the number of sentences read.

    >>> from extract import Article, extract_article
    >>> with Merge() as merge:
    ...     merge.add(add_extraction(new_graph(), extract_article(Article("a1", "Nga cáo buộc Mỹ."))))
    ...     built = merge.finalize()
    >>> [(u, v, len(d["evidence"])) for u, v, d in built.graph.edges(data=True)]
    [('country:RU', 'country:US', 1)]
    """

    def __init__(self) -> None:
        self.graph: dict = {}  # graph-level data
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str, str], _Edge] = {}
        self.evidence = EvidenceStore()
        self._next_id = 0

    def __enter__(self) -> Merge:
        return self

    def __exit__(self, *exc) -> None:
        self.evidence.close()

    def add(self, H: nx.MultiDiGraph) -> None:
        """Merge graph `H` (raw or finalized) into this one."""
        self.add_records(_records(H))

    def add_records(self, records: Iterable[tuple[str, dict]]) -> None:
        """Merge a graph given as ("graph", data), then ("node", record) and ("edge", record) pairs,
        node-link records as graph.json holds them (`exports.jsonfile.records`): what `vnkg add` streams.

        A finalized graph is taken back to the nodes and relations as they were read
        (`graph.resolve`), so that resolution runs afresh over everything merged.
        """
        resolution, pieces = None, {}
        for kind, record in records:
            if kind == "graph":
                resolution = record.get("resolution")
                pieces = resolve.edge_pieces(resolution)
                self.add_graph_data(record)
            elif kind == "articles":
                self.add_graph_data({"articles": record})
            elif kind == "node":
                for node_id, data in resolve.unresolved_nodes(resolution, record["id"], record):
                    self.add_node(node_id, data)
            else:
                key = record.get("key") or record["predicate"]
                for u, v, data in resolve.unresolved_edge(pieces, record["source"], record["target"], key, record):
                    self.add_edge(u, v, key, data)
        for u, v, key, data in resolve.loops(resolution):
            self.add_edge(u, v, key, data)

    def add_graph_data(self, data: dict) -> None:
        """Graph-level data: a dict (such as a table by article id) is merged key by key, the first
        graph to give a key winning; any other value is the first graph's. A graph's `resolution`
        is not data: `finalize` makes it afresh."""
        for name, value in data.items():
            if name == "resolution":
                continue
            known = self.graph.get(name)
            if isinstance(value, dict) and isinstance(known, dict):
                for k, v in value.items():
                    known.setdefault(k, v)
            elif name not in self.graph:
                self.graph[name] = dict(value) if isinstance(value, dict) else value

    def add_node(self, node_id: str, data: dict) -> None:
        """Merge one node's attributes (as a raw or a finalized graph holds them)."""
        self._node(node_id, data["label"], data["type"], data.get("in_dictionary", True), data.get("wikidata"),
                   data.get("aliases", ()), data.get("articles", ()), data.get("mentions", 0))

    def add_edge(self, u: str, v: str, key: str, data: dict) -> None:
        """Merge one edge's attributes (as a raw or a finalized graph holds them); its evidence goes to the store."""
        evidence = data.get("evidence") or ()
        roles = data.get("roles")
        if roles is None:
            roles = Counter({data["role"]: len(evidence)}) if data.get("role") else None
        edge = self._edge(intern(u), intern(v), intern(key))
        self.evidence.add(edge.ids[0], evidence)
        if roles:
            edge.roles = (edge.roles or Counter()) + Counter(roles)

    def _node(self, node_id: str, label: str, type_: str, in_dictionary: bool, wikidata: str | None,
              aliases: Iterable[str], articles: Iterable[str], mentions: int) -> None:
        node = self.nodes.get(node_id)
        if node is None:
            node = self.nodes[intern(node_id)] = _Node(label, type_, bool(in_dictionary), wikidata or None, set(), [], 0)
        node.aliases.update(aliases)
        node.articles.extend(articles)
        node.mentions += mentions

    def _edge(self, u: str, v: str, key: str) -> _Edge:
        edge = self.edges.get((u, v, key))
        if edge is None:
            edge = self.edges[u, v, key] = _Edge([self._next_id])
            self._next_id += 1
        return edge

    def _resolve(self) -> dict:
        """Merge the nodes `graph.resolve.plan` finds name one entity, and return the record that
        undoes it (`G.graph["resolution"]` of the finalized graph): the nodes each merged node was
        made of, the relations as they were read, the relations between two names of one node
        (set aside, not drawn), the candidates left apart."""
        light: nx.MultiDiGraph = nx.MultiDiGraph()  # what plan reads: the nodes, and who holds which office
        for node_id, node in self.nodes.items():
            light.add_node(node_id, label=node.label, type=node.type, in_dictionary=node.in_dictionary,
                           wikidata=node.wikidata, aliases=node.aliases, articles=set(node.articles),
                           mentions=node.mentions)
        for u, v, key in self.edges:
            if key == "official_of":
                light.add_edge(u, v, key=key)
        decisions = resolve.plan(light, default_lexicon())
        into = {n: m.into for n, m in decisions.merges.items()}
        groups: dict[str, list[str]] = {}
        for node_id in sorted(self.nodes):
            groups.setdefault(into.get(node_id, node_id), []).append(node_id)
        merged = {}
        for survivor, members in groups.items():
            if len(members) > 1:
                merged[survivor] = [resolve.node_record(light, m, decisions.merges.get(m)) for m in members]
                for member in members:
                    if member != survivor:
                        node = self.nodes.pop(member)
                        self._node(survivor, "", "", True, None, node.aliases | {node.label}, node.articles,
                                   node.mentions)
        edges: dict[tuple[str, str, str], _Edge] = {}
        pieces: dict[tuple[str, str, str], list[tuple[str, str, _Edge]]] = {}
        loops: list[tuple[str, str, str, _Edge]] = []
        for u, v, key in sorted(self.edges):
            edge = self.edges[u, v, key]
            a, b = into.get(u, u), into.get(v, v)
            if a == b:
                loops.append((u, v, key, edge))
                continue
            if ONTOLOGY.predicates[key].symmetric and b < a:
                a, b = b, a
            target = edges.setdefault((a, b, key), _Edge([]))
            target.ids += edge.ids
            if edge.roles:
                target.roles = (target.roles or Counter()) + edge.roles
            pieces.setdefault((a, b, key), []).append((u, v, edge))
        self.edges = edges
        moved = {k: ps for k, ps in pieces.items() if len(ps) > 1 or ps[0][:2] != k[:2]}
        rows = self.evidence.by_edge([i for ps in moved.values() for *_, e in ps for i in e.ids]
                                     + [i for *_, e in loops for i in e.ids])

        def read(edge: _Edge) -> list[Row]:
            return sorted((r for i in edge.ids for r in rows.get(i, ())), key=lambda r: (r.article, r.sentence))

        def roles(edge: _Edge) -> dict:
            return dict(sorted((edge.roles or Counter()).items()))

        return {
            "merged": merged,
            "edges": [{"edge": list(k), "pieces": [{"ends": [u, v], "roles": roles(e),
                                                    "evidence": [[r.article, r.sentence] for r in read(e)]}
                                                   for u, v, e in ps]}
                      for k, ps in sorted(moved.items())],
            "loops": [{"ends": [u, v], "predicate": key, "evidence": [r.item() for r in read(e)], "roles": roles(e)}
                      for u, v, key, e in loops],
            "candidates": [resolve.candidate_record(light, c) for c in decisions.candidates],
        }

    def finalize(self, keep_evidence: bool = True) -> Built:
        """The output graph: attributes contracted, lists sorted, order independent of the input's.

        The merge is used up: its nodes and edges are handed over one by one.
        """
        resolution = self._resolve()
        out: nx.MultiDiGraph = nx.MultiDiGraph()
        out.graph.update((name, dict(sorted(value.items())) if isinstance(value, dict) else value)
                         for name, value in sorted(self.graph.items()))
        if any(resolution.values()):
            out.graph["resolution"] = resolution
        for node_id in sorted(self.nodes):
            node = self.nodes.pop(node_id)
            attrs = {"id": node_id, "label": node.label, "type": node.type, "aliases": sorted(node.aliases),
                     "articles": sorted(set(node.articles)), "mentions": node.mentions,
                     "in_dictionary": node.in_dictionary}
            if node.wikidata:
                attrs["wikidata"] = node.wikidata
            out.add_node(node_id, **attrs)
        keys = sorted(self.edges)
        ranks = {i: rank for rank, key in enumerate(keys) for i in self.edges[key].ids}
        evidence = self.evidence.finalize(ranks)
        found = next(evidence, None)
        for rank, (u, v, key) in enumerate(keys):
            rows: list[Row] = []
            if found is not None and found[0] == rank:
                rows = found[1]
                found = next(evidence, None)
            attrs = _edge_attrs(key, rows, self.edges.pop((u, v, key)).roles)
            if keep_evidence:
                attrs["evidence"] = [row.item() for row in rows]
            out.add_edge(u, v, key=key, **attrs)
        if out.graph.get("articles"):  # the articles the graph cites, by id (title, date, URL, source file)
            cited = {a for _, d in out.nodes(data=True) for a in d["articles"]}
            cited.update(a for _, _, d in out.edges(data=True) for a in d["articles"])
            out.graph["articles"] = {a: r for a, r in out.graph["articles"].items() if a in cited}
        else:
            out.graph.pop("articles", None)
        return Built(out, self.evidence)


def _edge_attrs(key: str, evidence: list[Row], roles: Counter | None) -> dict:
    spec = ONTOLOGY.predicates[key]
    attrs = {
        "predicate": key,
        "label": spec.label,
        "family": spec.family,
        "quad": spec.quad,
        "symmetric": spec.symmetric,
        "modality": min((e.modality or "asserted" for e in evidence), key=MODALITY_RANK.__getitem__,
                        default="asserted"),
        "articles": sorted({e.article for e in evidence}),
        "confidence": round(1 - 0.5 ** len(evidence), 3),
    }
    dates = [e.date for e in evidence if e.date]
    if dates:
        attrs["date"] = min(dates)
    places = [e.place for e in evidence if e.place]
    if places:
        attrs["place"] = sorted(Counter(places).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if roles:
        role = sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        attrs["role"] = role
        if roles != Counter({role: len(evidence)}):  # what a merge could not guess back from `role`
            attrs["roles"] = dict(sorted(roles.items()))
        # "Foreign Minister of"; a role that names its owner already reads alone.
        attrs["label"] = role if " of " in role or role.endswith(" of") else f"{role} of"
    return attrs


def merge(graphs: Iterable[nx.MultiDiGraph], keep_evidence: bool = True) -> Built:
    """The finalized merge of graphs built apart, consumed one at a time, in order (close the result)."""
    merging = Merge()
    try:
        for H in graphs:
            merging.add(H)
        return merging.finalize(keep_evidence)
    except BaseException:
        merging.evidence.close()
        raise


def finalize(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The output graph of raw (or finalized) graphs merged in order, evidence on its edges, in memory."""
    built = merge(graphs)
    built.close()
    return built.graph


def _records(H: nx.MultiDiGraph) -> Iterator[tuple[str, dict]]:
    """Graph `H` as the node-link records `Merge.add_records` takes."""
    yield "graph", H.graph
    for node_id, data in H.nodes(data=True):
        yield "node", {**data, "id": node_id}
    for u, v, key, data in H.edges(keys=True, data=True):
        yield "edge", {**data, "source": u, "target": v, "key": key}


def build_graph(extractions: Iterable[ArticleExtraction]) -> nx.MultiDiGraph:
    """The finalized graph of a stream of extractions, held in memory (a build streams: `graph.parallel`)."""
    G = new_graph()
    for extraction in extractions:
        add_extraction(G, extraction)
    return finalize(G)
