"""Ask a built graph questions: who did what to whom, when, and on what evidence.

    >>> from graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.load("out/graph.json")          # doctest: +SKIP
    >>> kg.relations(subject="Lavrov", predicate="met")     # doctest: +SKIP

`KnowledgeGraph` wraps the finalized networkx MultiDiGraph that `vnkg build`
writes (graph.json or graph.graphml) and builds, once, an index of every name
an entity goes by and of the edges at each node, so that a lookup by name or
by subject costs a few dictionary look-ups however big the graph is.

Names are matched in two steps. First exactly, ignoring only case and
punctuation: "nga" is "Nga" (Russia) and never "Ngà". Only when nothing
matches exactly are diacritics dropped too, so "Hoa Ky" finds "Hoa Kỳ". At
each step a node id beats a label, and a label beats an alias; two entities
left tied make the name ambiguous. Failing both, the names the extractor's
actor dictionary gives the graph's entities are tried the same two ways
("Sergei Lavrov" finds Sergey Lavrov though no article spelt it so), and last
the last word of a person's label ("Zelensky" for "Volodymyr Zelensky") names
that person, if only one has it.

Results are small frozen dataclasses, distinct from the extraction records of
`extract.types` even where the names agree: `Entity`, `Relation` (with its
`Evidence`), `Neighbor`, `PathStep`/`Path` and `Stance`. Lists of them come as
`RelationList`/`NeighborList`, which print one line per item and turn into
plain records (`to_records()`) or a pandas DataFrame (`to_frame()`, pandas
optional).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from datetime import date as _date
from pathlib import Path as _FsPath
from typing import Iterable, Iterator, Sequence

import networkx as nx

from extract import types as extraction

__all__ = [
    "AmbiguousEntityError", "Entity", "Evidence", "GraphLoadError", "InvalidQueryError", "KnowledgeGraph",
    "Neighbor", "NeighborList", "NoPathError", "Path", "PathStep", "QueryError", "Relation", "RelationList",
    "Stance", "UnknownEntityError", "exact_key", "loose_key",
]

# The closed predicate list of ONTOLOGY.md: predicate -> (quad class, symmetric).
# Only a fallback: edges written by `graph.build.finalize` carry `quad` and `symmetric` themselves.
ONTOLOGY_PREDICATES: dict[str, tuple[str, bool]] = {
    "met": ("verbal cooperation", True),
    "held_talks_with": ("verbal cooperation", True),
    "phoned": ("verbal cooperation", True),
    "visited": ("verbal cooperation", False),
    "supports": ("verbal cooperation", False),
    "agrees_with": ("verbal cooperation", False),
    "praises": ("verbal cooperation", False),
    "proposes": ("verbal cooperation", False),
    "signed_agreement_with": ("material cooperation", True),
    "provides_aid_to": ("material cooperation", False),
    "urges": ("verbal conflict", False),
    "opposes": ("verbal conflict", False),
    "rejects": ("verbal conflict", False),
    "criticizes": ("verbal conflict", False),
    "accuses": ("verbal conflict", False),
    "warns": ("verbal conflict", False),
    "threatens": ("verbal conflict", False),
    "sanctions": ("material conflict", False),
    "deploys_troops_near": ("material conflict", False),
    "attacks": ("material conflict", False),
    "annexed": ("material conflict", False),
    "official_of": ("structure", False),
    "member_of": ("structure", False),
}
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
COOPERATION = frozenset({"verbal cooperation", "material cooperation"})
CONFLICT = frozenset({"verbal conflict", "material conflict"})


# -- errors ---------------------------------------------------------------------------------


class QueryError(Exception):
    """Base of every error a query raises; its message is one readable line."""


class GraphLoadError(QueryError, OSError):
    """The graph file is missing, unreadable or not a graph `vnkg build` wrote."""


class InvalidQueryError(QueryError, ValueError):
    """A malformed argument: an unknown predicate, a date that is not ISO, ..."""


class UnknownEntityError(QueryError, LookupError):
    """No entity goes by this name; `suggestions` holds the closest entities."""

    def __init__(self, name: str, suggestions: Sequence[tuple[str, "Entity"]] = ()):
        self.name = name
        self.suggestions = [entity for _, entity in suggestions]
        message = f"no entity named {name!r}"
        if suggestions:
            message += "; did you mean " + ", ".join(_as_candidate(n, e) for n, e in suggestions) + "?"
        super().__init__(message)


class AmbiguousEntityError(QueryError, LookupError):
    """Several entities go by this name; `candidates` lists them. Pass an id to choose."""

    def __init__(self, name: str, candidates: Sequence["Entity"]):
        self.name = name
        self.candidates = list(candidates)
        listed = "; ".join(f"{e.label} [{e.type}, id {e.id}]" for e in self.candidates)
        super().__init__(f"{name!r} is ambiguous: it names {len(self.candidates)} entities: {listed}. "
                         "Use the id or a fuller name")


class NoPathError(QueryError, LookupError):
    """The two entities are not connected (within the hop limit)."""


def _as_candidate(name: str, entity: "Entity") -> str:
    return repr(name) if name == entity.label else f"{name!r} ({entity.label})"


# -- name normalisation ---------------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the ")


def exact_key(name: str) -> str:
    """`name` with case and punctuation ignored but diacritics kept.

    >>> exact_key("  Hoa Kỳ!"), exact_key("NGA"), exact_key("Ngà")
    ('hoa kỳ', 'nga', 'ngà')
    """
    s = unicodedata.normalize("NFC", str(name)).casefold()
    return _LEADING_THE.sub("", _NON_WORD.sub(" ", s).strip())


def loose_key(name: str) -> str:
    """`name` with case, punctuation and diacritics ignored, as the scorer's `norm`.

    >>> loose_key("Hoa Kỳ"), loose_key("Ngà"), loose_key("Đức"), loose_key("The West")
    ('hoa ky', 'nga', 'duc', 'west')
    """
    s = unicodedata.normalize("NFD", str(name).replace("đ", "d").replace("Đ", "D")).translate(_MARKS)
    if not s.isascii():  # marks outside the common block, or another script: the general rule
        s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return _LEADING_THE.sub("", _NON_WORD.sub(" ", s.casefold()).strip())


_MARKS = dict.fromkeys(range(0x300, 0x370))  # Combining Diacritical Marks: every Vietnamese tone and vowel mark


# -- result types ---------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Entity:
    """One node of the graph: `id`, English `label`, entity `type`, Vietnamese `aliases`."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.label} [{self.type}]"

    def __repr__(self) -> str:
        return f"<Entity {self.label} [{self.type}] id={self.id}>"

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "type": self.type, "aliases": list(self.aliases),
                "articles": list(self.articles)}


@dataclass(frozen=True, repr=False)
class Evidence(extraction.Evidence):
    """One sentence a relation was read from, and the article it is in (the extractor's record, printable)."""

    def __str__(self) -> str:
        when = f" ({self.date})" if self.date else ""
        return f"{self.article}{when}: {self.sentence}"

    def __repr__(self) -> str:
        return f"<Evidence {self}>"

    def to_dict(self) -> dict:
        out = {"article": self.article, "sentence": self.sentence, "modality": self.modality}
        if self.date:
            out["date"] = self.date
        if self.place:
            out["place"] = self.place
        return out


@dataclass(frozen=True, repr=False)
class Relation:
    """`subject -predicate-> object` with its evidence.

    A symmetric predicate (met, phoned, ...) has no direction; the query that
    found it puts the entity it was asked about in `subject`.
    """

    subject: Entity
    predicate: str
    object: Entity
    label: str
    modality: str = "asserted"
    date: str | None = None
    place: str | None = None
    evidence: tuple[Evidence, ...] = ()
    quad: str = ""
    symmetric: bool = False
    role: str | None = None
    confidence: float | None = None

    def __str__(self) -> str:
        arrow = f"—{self.label}—" if self.symmetric else f"—{self.label}→"
        text = f"{self.subject.label} {arrow} {self.object.label}"
        if self.date:
            text += f" on {self.date}"
        if self.place:
            text += f" in {self.place}"
        if self.modality != "asserted":
            text += f" ({self.modality})"
        n = len(self.evidence)
        return text + f"  [{n} sentence{'s' if n != 1 else ''}]"

    def __repr__(self) -> str:
        return f"<Relation {self}>"

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({e.article for e in self.evidence}))

    def other(self, entity: Entity | str) -> Entity:
        """The end of the relation that is not `entity`."""
        entity_id = entity.id if isinstance(entity, Entity) else entity
        return self.object if self.subject.id == entity_id else self.subject

    def flipped(self) -> "Relation":
        return replace(self, subject=self.object, object=self.subject)

    def to_dict(self) -> dict:
        """Nested plain data, every evidence sentence included (what `--format json` prints)."""
        return {
            "subject": {"id": self.subject.id, "label": self.subject.label, "type": self.subject.type},
            "predicate": self.predicate,
            "object": {"id": self.object.id, "label": self.object.label, "type": self.object.type},
            "label": self.label,
            "modality": self.modality,
            "date": self.date,
            "place": self.place,
            "quad": self.quad,
            "symmetric": self.symmetric,
            "role": self.role,
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    def to_record(self) -> dict:
        """One flat row: what `to_frame()` and `--format csv` give, the first sentence as a sample."""
        return {
            "subject": self.subject.label,
            "predicate": self.predicate,
            "object": self.object.label,
            "date": self.date or "",
            "modality": self.modality,
            "place": self.place or "",
            "label": self.label,
            "quad": self.quad,
            "subject_id": self.subject.id,
            "object_id": self.object.id,
            "evidence_count": len(self.evidence),
            "articles": " ".join(self.articles),
            "sentence": self.evidence[0].sentence if self.evidence else "",
        }


class _Results(list):
    """A list of results that prints one line each and converts to records or a DataFrame."""

    _empty = "(nothing)"
    _shown = 25

    def __getitem__(self, index):
        item = super().__getitem__(index)
        return type(self)(item) if isinstance(index, slice) else item

    def __str__(self) -> str:
        return "\n".join(str(item) for item in self) if self else self._empty

    def __repr__(self) -> str:
        if not self:
            return self._empty
        lines = [str(item) for item in self[: self._shown]]
        if len(self) > self._shown:
            lines.append(f"... {len(self) - self._shown} more")
        return "\n".join(lines)

    def to_records(self) -> list[dict]:
        return [item.to_record() for item in self]

    def to_dicts(self) -> list[dict]:
        return [item.to_dict() for item in self]

    def to_frame(self):
        """A pandas DataFrame, one row per item (needs pandas: `pip install pandas`)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pandas is optional
            raise ImportError("to_frame() needs pandas (pip install pandas); "
                              "to_records() gives the same rows as plain dicts") from exc
        return pd.DataFrame.from_records(self.to_records(), columns=self._columns())

    def _columns(self) -> list[str]:
        return list(self[0].to_record()) if self else list(self.columns)

    columns: tuple[str, ...] = ()


class RelationList(_Results):
    """Relations, printed one per line; `to_frame()` gives one row per relation."""

    _empty = "(no relations)"
    columns = ("subject", "predicate", "object", "date", "modality", "place", "label", "quad",
                        "subject_id", "object_id", "evidence_count", "articles", "sentence")

    def to_evidence_records(self) -> list[dict]:
        """One flat row per evidence sentence rather than per relation."""
        rows = []
        for r in self:
            base = r.to_record()
            del base["sentence"], base["articles"], base["evidence_count"]
            for e in r.evidence:
                rows.append({**base, "article": e.article, "sentence": e.sentence,
                             "evidence_date": e.date or "", "evidence_modality": e.modality})
        return rows


@dataclass(frozen=True, repr=False)
class Neighbor:
    """An entity one edge away from the one asked about, with the edges between them."""

    entity: Entity
    relations: RelationList

    def __str__(self) -> str:
        counts = Counter(r.predicate for r in self.relations)
        preds = ", ".join(f"{p} ×{n}" if n > 1 else p for p, n in sorted(counts.items()))
        return f"{self.entity}: {preds}"

    def __repr__(self) -> str:
        return f"<Neighbor {self}>"

    def to_dict(self) -> dict:
        return {"entity": self.entity.to_dict(), "relations": [r.to_dict() for r in self.relations]}

    def to_record(self) -> dict:
        return {"neighbor": self.entity.label, "neighbor_id": self.entity.id, "type": self.entity.type,
                "relations": len(self.relations),
                "predicates": " ".join(sorted({r.predicate for r in self.relations}))}


class NeighborList(_Results):
    _empty = "(no neighbors)"
    columns = ("neighbor", "neighbor_id", "type", "relations", "predicates")

    def relations(self) -> RelationList:
        """Every relation of every neighbor, in one list."""
        return RelationList(r for n in self for r in n.relations)


@dataclass(frozen=True, repr=False)
class PathStep:
    """One hop of a path: from `source` to `target`, over every relation that joins them."""

    source: Entity
    target: Entity
    relations: RelationList

    def __str__(self) -> str:
        return "; ".join(str(r) for r in self.relations)

    def __repr__(self) -> str:
        return f"<PathStep {self.source.label} -> {self.target.label}: {self}>"

    def to_dict(self) -> dict:
        return {"source": self.source.to_dict(), "target": self.target.to_dict(),
                "relations": [r.to_dict() for r in self.relations]}


@dataclass(frozen=True, repr=False)
class Path:
    """The shortest chain of relations from `entities[0]` to `entities[-1]`."""

    entities: tuple[Entity, ...]
    steps: tuple[PathStep, ...]

    @property
    def source(self) -> Entity:
        return self.entities[0]

    @property
    def target(self) -> Entity:
        return self.entities[-1]

    @property
    def relations(self) -> RelationList:
        """Every relation along the path, hop by hop."""
        return RelationList(r for step in self.steps for r in step.relations)

    def __len__(self) -> int:
        return len(self.steps)

    def __str__(self) -> str:
        return self.describe()

    def __repr__(self) -> str:
        return self.describe()

    def describe(self, per_hop: int | None = 3) -> str:
        """The chain on one line, then each hop's best-attested relations (`per_hop`, None = all) with a sentence."""
        hops = len(self.steps)
        lines = [" → ".join(e.label for e in self.entities) + f"  ({hops} hop{'s' if hops != 1 else ''})"]
        for i, step in enumerate(self.steps, 1):
            shown = step.relations if per_hop is None else step.relations[:per_hop]
            for r in shown:
                lines.append(f"  {i}. {r}")
                if r.evidence:
                    lines.append(f"       {r.evidence[0]}")
            if len(shown) < len(step.relations):
                lines.append(f"  {i}. ... {len(step.relations) - len(shown)} more between "
                             f"{step.source.label} and {step.target.label}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"entities": [e.to_dict() for e in self.entities], "steps": [s.to_dict() for s in self.steps]}


@dataclass(frozen=True, repr=False)
class Stance:
    """Cooperation against conflict between two actors, from the quad classes of their relations.

    `counts` has the number of relations in each quad class; `score` is
    (cooperation - conflict) / (cooperation + conflict), in [-1, 1], 0 when
    there is neither. Structural relations (official_of, member_of) do not count.
    """

    a: Entity
    b: Entity
    counts: dict[str, int]
    relations: RelationList = field(default_factory=RelationList)

    @property
    def cooperation(self) -> int:
        return sum(n for q, n in self.counts.items() if q in COOPERATION)

    @property
    def conflict(self) -> int:
        return sum(n for q, n in self.counts.items() if q in CONFLICT)

    @property
    def score(self) -> float:
        total = self.cooperation + self.conflict
        return round((self.cooperation - self.conflict) / total, 3) if total else 0.0

    @property
    def leaning(self) -> str:
        """"cooperation", "conflict", "mixed" (a tie) or "none"."""
        if not self.cooperation and not self.conflict:
            return "none"
        return "cooperation" if self.score > 0 else "conflict" if self.score < 0 else "mixed"

    def __str__(self) -> str:
        parts = ", ".join(f"{q} {self.counts.get(q, 0)}" for q in QUADS)
        return f"{self.a.label} ↔ {self.b.label}: {self.leaning} (score {self.score:+.2f}; {parts})"

    def __repr__(self) -> str:
        return f"<Stance {self}>"

    def to_dict(self) -> dict:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "counts": dict(self.counts),
                "cooperation": self.cooperation, "conflict": self.conflict, "score": self.score,
                "leaning": self.leaning, "relations": [r.to_dict() for r in self.relations]}


# -- dates ----------------------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _iso_bound(value, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, _date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if _ISO.match(text):
        year, month, day = (text.split("-") + ["01", "01"])[:3]
        try:
            _date(int(year), int(month), int(day))
            return text
        except ValueError:
            pass
    raise InvalidQueryError(f"{name} must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not {value!r}")


def _in_range(day: str, since: str | None, until: str | None) -> bool:
    """Inclusive, comparing on the precision both sides have ("2021" is within since="2021-06-01")."""
    if since is not None:
        n = min(len(day), len(since))
        if day[:n] < since[:n]:
            return False
    if until is not None:
        n = min(len(day), len(until))
        if day[:n] > until[:n]:
            return False
    return True


# -- the graph ------------------------------------------------------------------------------

class KnowledgeGraph:
    """A built graph with an index for asking it questions.

    `KnowledgeGraph.load(path)` reads graph.json or graph.graphml;
    `KnowledgeGraph(G)` wraps a graph already in memory (as `graph.build.build_graph` returns it).
    Wherever an entity is asked for, a name (any alias, any case, with or
    without diacritics), a node id or an `Entity` will do.
    """

    def __init__(self, G: nx.MultiDiGraph, dictionary: "str | _FsPath | bool | None" = None):
        """`dictionary`: the folder of actor YAML files whose names also count (after the graph's own);
        None means the extractor's shipped `extract/data/actors` when present, False none."""
        self._G = G
        self._dictionary_source = dictionary
        self._dictionary: tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]] | None = None
        self._build_index()

    # -- loading ----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | _FsPath, dictionary: "str | _FsPath | bool | None" = None) -> "KnowledgeGraph":
        """Read a graph.json (node-link) or graph.graphml written by `vnkg build`.

        `dictionary` as for `KnowledgeGraph(G, dictionary)`.
        """
        path = _FsPath(path)
        if not path.exists():
            raise GraphLoadError(f"cannot read graph {str(path)!r}: no such file")
        if path.is_dir():
            hint = " (did you mean its graph.json?)" if (path / "graph.json").exists() else ""
            raise GraphLoadError(f"cannot read graph {str(path)!r}: it is a folder{hint}")
        kind = path.suffix.lower()
        if kind not in (".json", ".graphml", ".xml"):
            with open(path, "rb") as f:
                start = f.read(64).lstrip()
            kind = ".json" if start.startswith(b"{") else ".graphml" if start.startswith(b"<") else kind
        try:
            if kind == ".json":
                from exports.jsonfile import read_json
                G = read_json(path)
            elif kind in (".graphml", ".xml"):
                from exports.graphml import read_graphml
                G = read_graphml(path)
            else:
                raise GraphLoadError(f"cannot read graph {str(path)!r}: expected a .json or .graphml file")
        except GraphLoadError:
            raise
        except (OSError, UnicodeDecodeError) as exc:
            raise GraphLoadError(f"cannot read graph {str(path)!r}: {exc.strerror or exc}") from exc
        except Exception as exc:  # a malformed file: JSON, XML or node-link errors of every kind
            raise GraphLoadError(f"cannot read graph {str(path)!r}: not a graph written by vnkg build "
                                 f"({type(exc).__name__}: {exc})") from exc
        return cls(G, dictionary)

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

    def _build_index(self) -> None:
        G = self._G
        self._entities: dict[str, Entity] = {}
        # name key -> {entity id: rank}, rank 0 = id, 1 = label, 2 = alias
        self._exact: dict[str, dict[str, int]] = {}
        self._loose: dict[str, dict[str, int]] = {}
        self._display: dict[str, str] = {}  # loose key -> a name as written, for suggestions
        self._surnames: dict[str, dict[str, int]] = {}  # last word of a person's label -> person ids
        for node_id, data in G.nodes(data=True):
            node_id = str(node_id)
            label = str(data.get("label") or node_id)
            aliases = tuple(str(a) for a in _as_list(data.get("aliases")))
            entity = Entity(node_id, label, str(data.get("type") or ""), aliases,
                            tuple(str(a) for a in _as_list(data.get("articles"))))
            self._entities[node_id] = entity
            for rank, names in ((0, (node_id,)), (1, (label,)), (2, aliases)):
                for name in names:
                    loose = loose_key(name)
                    for index, key in ((self._exact, exact_key(name)), (self._loose, loose)):
                        if not key:
                            continue
                        slot = index.setdefault(key, {})
                        if slot.get(node_id, 9) > rank:
                            slot[node_id] = rank
                    self._display.setdefault(loose, name)
            words = label.split()
            if entity.type == "PERSON" and len(words) >= 2:
                self._surnames.setdefault(loose_key(words[-1]), {})[node_id] = 0
        self._edges: list[Relation] = []
        self._out: dict[str, list[int]] = {n: [] for n in self._entities}
        self._in: dict[str, list[int]] = {n: [] for n in self._entities}
        for u, v, key, data in G.edges(keys=True, data=True):
            u, v = str(u), str(v)
            predicate = str(data.get("predicate") or key)
            quad, symmetric = ONTOLOGY_PREDICATES.get(predicate, ("", False))
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
            id(r): _span(r) for rels in self._as_subject.values() for r in rels}
        self._predicates = frozenset(r.predicate for r in self._edges) | frozenset(ONTOLOGY_PREDICATES)

    # -- entities ---------------------------------------------------------------------------

    @property
    def entities(self) -> list[Entity]:
        """Every entity, in id order."""
        return [self._entities[n] for n in sorted(self._entities)]

    def entity(self, name: "str | Entity") -> Entity:
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
        """{entity id: rank} of the first step that knows `name`: the graph's names exactly, then without
        diacritics, then the dictionary's names the same two ways, then a person's surname alone."""
        exact = exact_key(name)
        slot = self._exact.get(exact)
        if slot:
            return slot
        loose = loose_key(name)
        slot = self._loose.get(loose)
        if slot:
            return slot
        dict_exact, dict_loose = self._dictionary_index()
        return dict_exact.get(exact) or dict_loose.get(loose) or self._surnames.get(loose)

    def _dictionary_index(self) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
        """Names the actor dictionary gives the graph's entities, read on the first lookup that needs them."""
        if self._dictionary is None:
            exact: dict[str, dict[str, int]] = {}
            loose: dict[str, dict[str, int]] = {}
            for entity_id, names in _dictionary_names(self._dictionary_source, self._entities.keys()):
                for name in names:
                    for index, key in ((exact, exact_key(name)), (loose, loose_key(name))):
                        if key:
                            index.setdefault(key, {})[entity_id] = 3
                    self._display.setdefault(loose_key(name), name)
            self._dictionary = (exact, loose)
        return self._dictionary

    def suggest(self, name: str, n: int = 5) -> list[tuple[str, Entity]]:
        """Names close to `name` (difflib over the diacritic-free names, then word matches), with their entity."""
        key = loose_key(name)
        if not key:
            return []
        names = {**self._dictionary_index()[1], **self._loose}  # the graph's own names first
        keys = difflib.get_close_matches(key, names.keys(), n=n * 2, cutoff=0.75)
        words = set(key.split())
        if len(keys) < n:
            for other in names:
                if other not in keys and words <= set(other.split()):
                    keys.append(other)
                    if len(keys) >= n * 2:
                        break
        out: list[tuple[str, Entity]] = []
        seen: set[str] = set()
        for k in keys:
            for entity_id in sorted(names[k], key=lambda i: (names[k][i], i)):
                if entity_id not in seen:
                    seen.add(entity_id)
                    out.append((self._display.get(k, k), self._entities[entity_id]))
        return out[:n]

    # -- relations --------------------------------------------------------------------------

    def relations(
        self,
        subject: "str | Entity | None" = None,
        predicate: "str | Iterable[str] | None" = None,
        object: "str | Entity | None" = None,  # noqa: A002 - the issue's keyword
        *,
        between: "tuple[str | Entity, str | Entity] | None" = None,
        since=None,
        until=None,
        modality: "str | Iterable[str] | None" = None,
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
        since_, until_ = _iso_bound(since, "since"), _iso_bound(until, "until")
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
                    span = self._spans[id(relation)] if id(relation) in self._spans else _span(relation)
                    if span is None or not (_in_range(span[1], since_, None) and _in_range(span[0], None, until_)):
                        continue  # undated, or wholly before `since` or after `until`
                    if not (span[2] and _in_range(span[0], since_, until_) and _in_range(span[1], since_, until_)):
                        relation = _within(relation, since_, until_)
                        if relation is None:
                            continue
                out.append(relation)
        if not ordered or dated:
            out.sort(key=_relation_order)
        return out

    def _matching(self, s: str | None, o: str | None, both_ways: bool) -> tuple[list[Relation], bool]:
        """Relations from s to o (either may be None = any), symmetric ones either way; with `both_ways`,
        directed ones from o to s too. Also says whether the list is already in display order."""
        if s is None and o is None:
            return self._all, True
        if o is None:
            return self._as_subject[s], True
        if s is None:
            return self._as_object[o], True
        found = [r for r in self._as_subject[s] if r.object.id == o]
        if not both_ways or s == o:
            return found, True
        return found + [r for r in self._as_object[s] if r.subject.id == o and not r.symmetric], False

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

    def neighbors(self, name: "str | Entity", predicate=None, *, since=None, until=None) -> NeighborList:
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

    def about(self, name: "str | Entity") -> dict[str, RelationList]:
        """Everything known about one entity: predicate -> its relations (what `vnkg show` prints)."""
        entity = self.entity(name)
        groups: dict[str, RelationList] = {}
        for relation in sorted(self._around(entity.id), key=lambda r: (r.predicate, r.subject.id != entity.id,
                                                                       r.other(entity).label, r.date or "")):
            groups.setdefault(relation.predicate, RelationList()).append(relation)
        return groups

    def timeline(self, name: "str | Entity", predicate=None, *, since=None, until=None) -> RelationList:
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
            if by_day:
                out.extend(replace(relation, date=day, evidence=tuple(ev)) for day, ev in by_day.items())
            elif relation.date:
                out.append(relation)
        out.sort(key=lambda r: (r.date, r.predicate, r.subject.label, r.object.label))
        return out

    # -- between two entities ---------------------------------------------------------------

    def path(self, source: "str | Entity", target: "str | Entity", *, max_hops: int | None = None,
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
            within = f" within {max_hops} hops" if max_hops is not None else ""
            raise NoPathError(f"no path between {a.label} and {b.label}{within}")
        chain = [b.id]
        while parent[chain[-1]] is not None:
            chain.append(parent[chain[-1]])
        chain.reverse()
        steps = []
        for u, v in zip(chain, chain[1:]):
            rels = [r for r in self._matching(u, v, both_ways=True)[0]
                    if predicates is None or r.predicate in predicates]
            rels.sort(key=lambda r: (-len(r.evidence), r.predicate))
            steps.append(PathStep(self._entities[u], self._entities[v], RelationList(rels)))
        return Path(tuple(self._entities[n] for n in chain), tuple(steps))

    def stance(self, a: "str | Entity", b: "str | Entity", *, since=None, until=None) -> Stance:
        """Cooperation vs conflict between two actors: their relations (either direction) by quad class."""
        ea, eb = self.entity(a), self.entity(b)
        rels = RelationList(r for r in self.relations(between=(ea, eb), since=since, until=until)
                            if r.quad in COOPERATION or r.quad in CONFLICT)
        counts = Counter(r.quad for r in rels)
        return Stance(ea, eb, {q: counts.get(q, 0) for q in QUADS}, rels)


def _dictionary_names(source, wanted: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """(id, label and aliases) of each actor-dictionary record whose id is in `wanted`.

    A missing folder or an unreadable file gives nothing: the dictionary only adds names.
    """
    if source is False:
        return
    if source is None or source is True:
        import importlib.util
        spec = importlib.util.find_spec("extract")  # the package's folder, without importing it
        if spec is None or not spec.submodule_search_locations:
            return
        folder = _FsPath(list(spec.submodule_search_locations)[0]) / "data" / "actors"
    else:
        folder = _FsPath(source)
    if not folder.is_dir():
        return
    try:
        import yaml
    except ImportError:
        return
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    wanted = set(wanted)
    for path in sorted(folder.glob("*.yaml")):
        try:
            with open(path, encoding="utf-8") as f:
                rows = yaml.load(f, Loader=loader) or []
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and row.get("id") in wanted:
                names = [row.get("label"), *(row.get("aliases") or [])]
                yield row["id"], [str(n) for n in names if n]


def _relation_order(r: Relation) -> tuple:
    return (r.subject.label, r.predicate, r.object.label, r.date or "", r.subject.id, r.object.id)


def _span(relation: Relation) -> tuple[str, str, bool] | None:
    dates = [e.date for e in relation.evidence if e.date]
    if dates:
        return min(dates), max(dates), len(dates) == len(relation.evidence)
    return (relation.date, relation.date, True) if relation.date else None


def _within(relation: Relation, since: str | None, until: str | None) -> Relation | None:
    """`relation` cut down to its sentences dated in range, or None if it has none there."""
    dated = [e for e in relation.evidence if e.date]
    if not dated:
        return relation if relation.date and _in_range(relation.date, since, until) else None
    kept = tuple(e for e in dated if _in_range(e.date, since, until))
    if not kept:
        return None
    if len(kept) == len(relation.evidence):
        return relation
    return replace(relation, evidence=kept, date=min(e.date for e in kept))


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
