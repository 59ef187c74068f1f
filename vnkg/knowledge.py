"""Ask a built graph questions: who did what to whom, when, and on what evidence.

    >>> from vnkg import KnowledgeGraph
    >>> kg = KnowledgeGraph.load("out/graph.json")          # doctest: +SKIP
    >>> kg.relations(subject="Lavrov", predicate="met")     # doctest: +SKIP

`KnowledgeGraph` wraps the finalized networkx MultiDiGraph that `vnkg build`
writes (graph.json or graph.graphml) and builds, once, an index of every name
an entity goes by (`graph.names`) and of the edges at each node, so that a
lookup by name or by subject costs a few dictionary look-ups however big the
graph is. Results are the types of `vnkg.results`; errors those of `vnkg.errors`.
"""
from __future__ import annotations

import difflib
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path as FsPath

import networkx as nx

from graph.names import Dictionary, NamedEntity, NameIndex
from ontology import ONTOLOGY

from .errors import AmbiguousEntityError, InvalidQueryError, NoPathError, UnknownEntityError
from .graphfile import read_graph
from .periods import date_span, in_range, iso_bound, within
from .results import (
    CONFLICT,
    COOPERATION,
    QUADS,
    Article,
    Entity,
    EntityList,
    Evidence,
    Neighbor,
    NeighborList,
    Path,
    PathStep,
    PredicateCount,
    PredicateCountList,
    Relation,
    RelationList,
    Stance,
)


class KnowledgeGraph:
    """A built graph with an index for asking it questions.

    `KnowledgeGraph.load(path)` reads graph.json or graph.graphml;
    `KnowledgeGraph(G)` wraps a graph already in memory (as `graph.build.build_graph` returns it).
    Wherever an entity is asked for, a name (any alias, any case, with or
    without diacritics), a node id or an `Entity` will do.
    """

    def __init__(self, G: nx.MultiDiGraph, dictionary: Dictionary = None):
        """`dictionary`: the folder of actor YAML files whose names also count (after the graph's own);
        None means the extractor's shipped `extract/data/actors`, False none."""
        self._G = G
        self._build_index(dictionary)

    @classmethod
    def load(cls, path: str | FsPath, dictionary: Dictionary = None) -> KnowledgeGraph:
        """Read a graph.json (node-link) or graph.graphml written by `vnkg build`.

        `dictionary` as for `KnowledgeGraph(G, dictionary)`.
        """
        return cls(read_graph(path), dictionary)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The underlying MultiDiGraph (node and edge attributes as in the JSON export).

        It is the graph itself, not a copy: change it and build a new `KnowledgeGraph` to query the change.
        """
        return self._G

    def __len__(self) -> int:
        return len(self._entities)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self._entities)} entities, {len(self._edges)} relations>"

    # -- the index --------------------------------------------------------------------------

    def _build_index(self, dictionary: Dictionary) -> None:
        G = self._G
        self._entities: dict[str, Entity] = {}
        for node_id, data in G.nodes(data=True):
            node_id = str(node_id)
            self._entities[node_id] = Entity(
                node_id, str(data.get("label") or node_id), str(data.get("type") or ""),
                tuple(str(a) for a in _as_list(data.get("aliases"))),
                tuple(str(a) for a in _as_list(data.get("articles"))),
                int(data.get("mentions") or 0), data.get("wikidata") or None)
        self._names = NameIndex((NamedEntity(e.id, e.label, e.type, e.aliases) for e in self._entities.values()),
                                dictionary)
        table = G.graph.get("articles")
        self._articles: dict[str, Article] = {
            str(a): Article(str(a), *(str(r[k]) if r.get(k) else None for k in ("title", "date", "url", "source")))
            for a, r in (table.items() if isinstance(table, dict) else ()) if isinstance(r, dict)}
        self._edges: list[Relation] = []
        self._out: dict[str, list[int]] = {n: [] for n in self._entities}
        self._in: dict[str, list[int]] = {n: [] for n in self._entities}
        for u, v, key, data in G.edges(keys=True, data=True):
            u, v = str(u), str(v)
            predicate = str(data.get("predicate") or key)
            known = ONTOLOGY.predicates.get(predicate)
            quad, symmetric = (known.quad, known.symmetric) if known else ("", False)
            evidence = tuple(
                Evidence(str(e.get("article", "")), str(e.get("sentence", "")), e.get("date") or None,
                         e.get("place") or None, e.get("modality") or "asserted")
                for e in _as_list(data.get("evidence")) if isinstance(e, dict)
            )
            confidence = data.get("confidence")
            relation = Relation(
                subject=self._entities[u], predicate=predicate, object=self._entities[v],
                label=str(data.get("label") or predicate.replace("_", " ")),
                modality=str(data.get("modality") or "asserted"),
                date=data.get("date") or None, place=data.get("place") or None, evidence=evidence,
                quad=str(data.get("quad") or quad),
                symmetric=_as_bool(data.get("symmetric", symmetric)),
                role=data.get("role") or None,
                confidence=float(confidence) if confidence is not None else None,
            )
            index = len(self._edges)
            self._edges.append(relation)
            self._out[u].append(index)
            self._in[v].append(index)
        # Per entity, the relations it is the subject (object) of, symmetric ones turned to face it,
        # sorted once here so that a query by subject or object is a list copy or a filter.
        self._as_subject: dict[str, list[Relation]] = {n: [] for n in self._entities}
        self._as_object: dict[str, list[Relation]] = {n: [] for n in self._entities}
        for relation in self._edges:
            u, v = relation.subject.id, relation.object.id
            self._as_subject[u].append(relation)
            self._as_object[v].append(relation)
            if relation.symmetric and u != v:
                flipped = relation.flipped()
                self._as_subject[v].append(flipped)
                self._as_object[u].append(flipped)
        for lists in (self._as_subject, self._as_object):
            for rels in lists.values():
                rels.sort(key=_relation_order)
        self._all = sorted(self._edges, key=_relation_order)
        # (earliest, latest date, every sentence dated?) of each relation object, for date filters
        self._spans: dict[int, tuple[str, str, bool] | None] = {
            id(r): date_span(r) for rels in self._as_subject.values() for r in rels}
        self._predicates = frozenset(r.predicate for r in self._edges) | frozenset(ONTOLOGY.predicates)

    # -- articles ---------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """What the graph knows of an article it cites (title, date, URL, source file), or None.

        Graphs written before the articles table existed know nothing of them.
        """
        return self._articles.get(str(article_id))

    # -- entities ---------------------------------------------------------------------------

    @property
    def entities(self) -> EntityList:
        """Every entity, in id order: `kg.entities.of_type("PERSON").by_mentions()[:10]` are the ten most named people."""
        return EntityList(self._entities[n] for n in sorted(self._entities))

    def entity(self, name: str | Entity) -> Entity:
        """The one entity `name` names: an id, the label or any alias, any case, diacritics optional.

        Raises UnknownEntityError (with the closest names) or AmbiguousEntityError (with the candidates).
        """
        if isinstance(name, Entity):
            if name.id in self._entities:
                return self._entities[name.id]
            name = name.label
        name = str(name)
        found = self._entities.get(name)
        if found is not None:
            return found
        slot = self._first_match(name)
        if not slot:
            raise UnknownEntityError(name, self.suggest(name))
        best = min(slot.values())
        ids = [n for n, rank in slot.items() if rank == best]
        if len(ids) == 1:
            return self._entities[ids[0]]
        raise AmbiguousEntityError(name, sorted((self._entities[n] for n in ids), key=lambda e: (e.label, e.id)))

    def find(self, name: str) -> list[Entity]:
        """Every entity `name` could mean at the first step that matches anything; never raises."""
        slot = self._first_match(str(name)) or {}
        return sorted((self._entities[n] for n in slot), key=lambda e: (slot[e.id], e.label, e.id))

    def _first_match(self, name: str) -> dict[str, int] | None:
        return self._names.match(name)

    def suggest(self, name: str, n: int = 5) -> list[tuple[str, Entity]]:
        """Names close to `name` (difflib over the diacritic-free names, then word matches), with their entity."""
        return [(written, self._entities[entity_id]) for written, entity_id in self._names.suggest(name, n)]

    # -- relations --------------------------------------------------------------------------

    def relations(
        self,
        subject: str | Entity | None = None,
        predicate: str | Iterable[str] | None = None,
        object: str | Entity | None = None,
        *,
        between: tuple[str | Entity, str | Entity] | None = None,
        since=None,
        until=None,
        modality: str | Iterable[str] | None = None,
    ) -> RelationList:
        """Relations matching every filter given.

        Symmetric predicates match either direction and come back with `subject`
        (or the first of `between`) as their subject. `between=(a, b)` gives
        relations either way between two entities. `since`/`until` are
        inclusive ISO dates: a relation counts if one of its dated sentences
        (else its `date`) is in range, and it comes back with only those sentences.
        """
        predicates = self._predicate_set(predicate)
        modalities = {modality} if isinstance(modality, str) else set(modality) if modality is not None else None
        since_, until_ = iso_bound(since, "since"), iso_bound(until, "until")
        if between is not None:
            if subject is not None or object is not None:
                raise InvalidQueryError("give either between=(a, b) or subject/object, not both")
            try:
                a_name, b_name = between
            except (TypeError, ValueError):
                raise InvalidQueryError("between takes a pair of entities: between=(a, b)") from None
            a, b = self.entity(a_name), self.entity(b_name)
            found, ordered = self._matching(a.id, b.id, both_ways=True)
        else:
            s = self.entity(subject) if subject is not None else None
            o = self.entity(object) if object is not None else None
            found, ordered = self._matching(s.id if s else None, o.id if o else None, both_ways=False)
        dated = since_ is not None or until_ is not None
        if predicates is None and modalities is None and not dated:
            out = RelationList(found)
        else:
            out = RelationList()
            for relation in found:
                if predicates is not None and relation.predicate not in predicates:
                    continue
                if modalities is not None and relation.modality not in modalities:
                    continue
                if dated:
                    span = self._spans[id(relation)] if id(relation) in self._spans else date_span(relation)
                    if span is None or not (in_range(span[1], since_, None) and in_range(span[0], None, until_)):
                        continue  # undated, or wholly before `since` or after `until`
                    if not (span[2] and in_range(span[0], since_, until_) and in_range(span[1], since_, until_)):
                        cut = within(relation, since_, until_)
                        if cut is None:
                            continue
                        relation = cut
                out.append(relation)
        if not ordered or dated:
            out.sort(key=_relation_order)
        return out

    def _matching(self, s: str | None, o: str | None, both_ways: bool) -> tuple[list[Relation], bool]:
        """Relations from s to o (either may be None = any), symmetric ones either way; with `both_ways`,
        directed ones from o to s too. Also says whether the list is already in display order."""
        if s is None:
            return (self._all, True) if o is None else (self._as_object[o], True)
        if o is None:
            return self._as_subject[s], True
        found = [r for r in self._as_subject[s] if r.object.id == o]
        if not both_ways or s == o:
            return found, True
        return found + [r for r in self._as_object[s] if r.subject.id == o and not r.symmetric], False

    def predicate_counts(self) -> PredicateCountList:
        """Every predicate of the ontology (and any other the graph uses), with its relations and sentences here."""
        relations: Counter[str] = Counter()
        sentences: Counter[str] = Counter()
        for r in self._edges:
            relations[r.predicate] += 1
            sentences[r.predicate] += len(r.evidence)
        names = list(ONTOLOGY.predicates) + sorted(set(relations) - set(ONTOLOGY.predicates))
        out = PredicateCountList()
        for name in names:
            spec = ONTOLOGY.predicates.get(name)
            out.append(PredicateCount(name, spec.label if spec else name.replace("_", " "), spec.family if spec else "",
                                      spec.quad if spec else "", spec.symmetric if spec else False,
                                      relations[name], sentences[name]))
        return out

    def _predicate_set(self, predicate) -> set[str] | None:
        if predicate is None:
            return None
        names = [predicate] if isinstance(predicate, str) else list(predicate)
        out = set()
        for name in names:
            canonical = str(name).strip().lower().replace(" ", "_").replace("-", "_")
            if canonical not in self._predicates:
                close = difflib.get_close_matches(canonical, sorted(self._predicates), n=3, cutoff=0.5)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise InvalidQueryError(f"unknown predicate {name!r}{hint} (see ONTOLOGY.md for the list)")
            out.add(canonical)
        return out

    # -- around one entity ------------------------------------------------------------------

    def neighbors(self, name: str | Entity, predicate=None, *, since=None, until=None) -> NeighborList:
        """Entities one edge away (either direction), each with the relations that join them, most first."""
        entity = self.entity(name)
        groups: dict[str, list[Relation]] = {}
        for relation in self._around(entity.id, predicate, since, until):
            groups.setdefault(relation.other(entity).id, []).append(relation)
        out = NeighborList(Neighbor(self._entities[n], RelationList(rels)) for n, rels in groups.items())
        out.sort(key=lambda nb: (-len(nb.relations), nb.entity.label, nb.entity.id))
        return out

    def _around(self, entity_id: str, predicate=None, since=None, until=None) -> RelationList:
        """Every relation touching the entity: as subject, as object, symmetric ones turned to face out."""
        as_subject = self.relations(subject=entity_id, predicate=predicate, since=since, until=until)
        as_object = [r for r in self.relations(object=entity_id, predicate=predicate, since=since, until=until)
                     if not r.symmetric]
        return RelationList(list(as_subject) + as_object)

    def about(self, name: str | Entity) -> dict[str, RelationList]:
        """Everything known about one entity: predicate -> its relations (what `vnkg show` prints)."""
        entity = self.entity(name)
        groups: dict[str, RelationList] = {}
        for relation in sorted(self._around(entity.id), key=lambda r: (r.predicate, r.subject.id != entity.id,
                                                                       r.other(entity).label, r.date or "")):
            groups.setdefault(relation.predicate, RelationList()).append(relation)
        return groups

    def timeline(self, name: str | Entity, predicate=None, *, since=None, until=None) -> RelationList:
        """Dated relations of one entity in date order, one entry per relation and date.

        A relation read on several days (met in 2014 and again in 2021) appears
        once per day, with the sentences of that day. Undated relations are left out.
        """
        entity = self.entity(name)
        out = RelationList()
        for relation in self._around(entity.id, predicate, since, until):
            by_day: dict[str, list[Evidence]] = {}
            for e in relation.evidence:
                if e.date:
                    by_day.setdefault(e.date, []).append(e)
            if by_day:  # each day with its own sentences and the place they give (not the relation's usual one)
                out.extend(replace(relation, date=day, evidence=tuple(ev), place=next((e.place for e in ev if e.place), None))
                           for day, ev in by_day.items())
            elif relation.date:
                out.append(relation)
        out.sort(key=lambda r: (r.date, r.predicate, r.subject.label, r.object.label))
        return out

    # -- between two entities ---------------------------------------------------------------

    def path(self, source: str | Entity, target: str | Entity, *, max_hops: int | None = None,
             predicate=None) -> Path:
        """The shortest chain of relations from `source` to `target`, edges taken in either direction.

        Each hop lists every relation joining its two entities, with evidence.
        Ties between equally short chains go to the one through better-attested
        entities (more articles), then to ids in order, so the answer is stable.
        Raises NoPathError when they are not connected (within `max_hops`).
        """
        a, b = self.entity(source), self.entity(target)
        predicates = self._predicate_set(predicate)
        if a.id == b.id:
            return Path((a,), ())

        def joined(node: str) -> Iterator[str]:
            for i in self._out[node]:
                if predicates is None or self._edges[i].predicate in predicates:
                    yield self._edges[i].object.id
            for i in self._in[node]:
                if predicates is None or self._edges[i].predicate in predicates:
                    yield self._edges[i].subject.id

        def order(node: str) -> tuple:
            return (-len(self._entities[node].articles), node)

        parent: dict[str, str | None] = {a.id: None}
        frontier = deque([a.id])
        hops = {a.id: 0}
        while frontier and b.id not in parent:
            node = frontier.popleft()
            if max_hops is not None and hops[node] >= max_hops:
                continue
            for nxt in sorted(set(joined(node)), key=order):
                if nxt not in parent:
                    parent[nxt] = node
                    hops[nxt] = hops[node] + 1
                    frontier.append(nxt)
        if b.id not in parent:
            limit = f" within {max_hops} hops" if max_hops is not None else ""
            raise NoPathError(f"no path between {a.label} and {b.label}{limit}")
        chain = [b.id]
        while (previous := parent[chain[-1]]) is not None:
            chain.append(previous)
        chain.reverse()
        steps = []
        for u, v in zip(chain, chain[1:]):
            rels = [r for r in self._matching(u, v, both_ways=True)[0]
                    if predicates is None or r.predicate in predicates]
            rels.sort(key=lambda r: (-len(r.evidence), r.predicate))
            steps.append(PathStep(self._entities[u], self._entities[v], RelationList(rels)))
        return Path(tuple(self._entities[n] for n in chain), tuple(steps))

    def stance(self, a: str | Entity, b: str | Entity, *, since=None, until=None) -> Stance:
        """Cooperation vs conflict between two actors: their relations (either direction) by quad class."""
        ea, eb = self.entity(a), self.entity(b)
        rels = RelationList(r for r in self.relations(between=(ea, eb), since=since, until=until)
                            if r.quad in COOPERATION or r.quad in CONFLICT)
        counts = Counter(r.quad for r in rels)
        return Stance(ea, eb, {q: counts.get(q, 0) for q in QUADS}, rels)


def _relation_order(r: Relation) -> tuple:
    return (r.subject.label, r.predicate, r.object.label, r.date or "", r.subject.id, r.object.id)


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):  # a list left as a JSON string (GraphML read by plain networkx)
            import json
            try:
                return list(json.loads(text))
            except ValueError:
                pass
        return [value]
    return [value]


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
