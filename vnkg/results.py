"""What the query API returns: small frozen dataclasses that print one line each.

`Entity`, `Relation` (with its `Evidence`), `Neighbor`, `PathStep`/`Path`,
`Stance`, `PredicateCount` and `Article` (what the graph knows of an article
it cites). Lists of them come as `EntityList`, `RelationList`, `NeighborList`
and `PredicateCountList`, which print one line per item and turn into plain
records (`to_records()`) or a pandas DataFrame (`to_frame()`, pandas optional).
In a notebook every result shows as an HTML table (`_repr_html_`). They are the query API's own types,
apart from the extraction records of `extract.types` even where the names agree.
What they print is for reading: control and bidirectional characters in the
graph's text are escaped (`vnkg.terminal.shown`); the fields hold them as they are.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ontology import ONTOLOGY

from .notebook import html_fields, html_table, html_text
from .terminal import shown

__all__ = [
    "Article", "Entity", "EntityList", "Evidence", "Neighbor", "NeighborList", "Path", "PathStep", "PredicateCount",
    "PredicateCountList", "Relation", "RelationList", "Stance",
]

QUADS = tuple(quad.name for quad in ONTOLOGY.quads.values() if quad.stance)  # structure counts for no stance
COOPERATION = ONTOLOGY.quads_of("cooperation")
CONFLICT = ONTOLOGY.quads_of("conflict")


@dataclass(frozen=True, repr=False)
class Article:
    """An article the graph cites: its id and, where the input gave them, title, date, URL and source file.

    >>> print(Article("a1", "Nga và Mỹ hội đàm", "2017-06-05", "https://example.org/a1", "news.jsonl:3"))
    "Nga và Mỹ hội đàm" · 2017-06-05 · https://example.org/a1
    >>> print(Article("a2", source="seeds/a2.txt"))
    seeds/a2.txt
    """

    id: str
    title: str | None = None
    date: str | None = None  # of publication
    url: str | None = None
    source: str | None = None  # the input file (and line, for JSON Lines)

    def __str__(self) -> str:
        parts = [f'"{self.title}"' if self.title else None, self.date, self.url or self.source]
        return " · ".join(p for p in parts if p) or self.id

    def __repr__(self) -> str:
        return f"<Article {self.id}: {self}>"

    def to_dict(self) -> dict:
        return {k: v for k, v in (("id", self.id), ("title", self.title), ("date", self.date), ("url", self.url),
                                  ("source", self.source)) if v}


@dataclass(frozen=True, repr=False)
class Entity:
    """One node of the graph: `id`, English `label`, entity `type`, Vietnamese `aliases`, how often it is named."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    mentions: int = 0
    wikidata: str | None = None

    def __str__(self) -> str:
        return shown(f"{self.label} [{self.type}]")

    def __repr__(self) -> str:
        return f"<Entity {self} id={shown(self.id)}>"

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "type": self.type, "aliases": list(self.aliases),
                "articles": list(self.articles), "mentions": self.mentions, "wikidata": self.wikidata}

    def to_record(self) -> dict:
        """One flat row (what `EntityList.to_frame()` and `vnkg entities --format csv` give)."""
        return {"id": self.id, "label": self.label, "type": self.type, "mentions": self.mentions,
                "articles": len(self.articles), "wikidata": self.wikidata or "", "aliases": " | ".join(self.aliases)}

    def _repr_html_(self) -> str:
        return html_fields(str(self), {"id": self.id, "aliases": ", ".join(self.aliases), "mentions": self.mentions,
                                       "articles": len(self.articles), "wikidata": self.wikidata})


@dataclass(frozen=True, repr=False)
class Evidence:
    """One sentence a relation was read from, and the article it is in."""

    article: str  # the article id
    sentence: str  # as the article wrote it
    date: str | None = None  # ISO date of the event the sentence reports, when it gives one
    place: str | None = None  # label of the venue
    modality: str = "asserted"  # or "planned", "possible"

    def __str__(self) -> str:
        when = f" ({self.date})" if self.date else ""
        return shown(f"{self.article}{when}: {self.sentence}")

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
        return shown(text) + f"  [{n} sentence{'s' if n != 1 else ''}]"

    def __repr__(self) -> str:
        return f"<Relation {self}>"

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({e.article for e in self.evidence}))

    def other(self, entity: Entity | str) -> Entity:
        """The end of the relation that is not `entity`."""
        entity_id = entity.id if isinstance(entity, Entity) else entity
        return self.object if self.subject.id == entity_id else self.subject

    def flipped(self) -> Relation:
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

    def _repr_html_(self) -> str:
        return html_table(["article", "date", "place", "modality", "sentence"],
                          [e.to_dict() for e in self.evidence], caption=str(self))

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
    _noun = "results"
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

    def _repr_html_(self) -> str:
        if not self:
            return html_text(self._empty)
        return html_table(self._columns(), self.to_records(), caption=f"{len(self)} {self._noun}")

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
    _noun = "relations"
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
        return f"{self.entity}: {shown(preds)}"

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
    _noun = "neighbors"
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
        return f"<PathStep {shown(self.source.label)} -> {shown(self.target.label)}: {self}>"

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

    def _repr_html_(self) -> str:
        return html_text(self.describe())

    def describe(self, per_hop: int | None = 3) -> str:
        """The chain on one line, then each hop's best-attested relations (`per_hop`, None = all) with a sentence."""
        hops = len(self.steps)
        lines = [shown(" → ".join(e.label for e in self.entities)) + f"  ({hops} hop{'s' if hops != 1 else ''})"]
        for i, step in enumerate(self.steps, 1):
            best = step.relations if per_hop is None else step.relations[:per_hop]
            for r in best:
                lines.append(f"  {i}. {r}")
                if r.evidence:
                    lines.append(f"       {r.evidence[0]}")
            if len(best) < len(step.relations):
                lines.append(f"  {i}. ... {len(step.relations) - len(best)} more between "
                             f"{shown(step.source.label)} and {shown(step.target.label)}")
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
        return shown(f"{self.a.label} ↔ {self.b.label}") + f": {self.leaning} (score {self.score:+.2f}; {parts})"

    def __repr__(self) -> str:
        return f"<Stance {self}>"

    def _repr_html_(self) -> str:
        counts = [{"quad": q, "relations": self.counts.get(q, 0)} for q in QUADS]
        return html_table(["quad", "relations"], counts, caption=str(self)) + self.relations._repr_html_()

    def to_dict(self) -> dict:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "counts": dict(self.counts),
                "cooperation": self.cooperation, "conflict": self.conflict, "score": self.score,
                "leaning": self.leaning, "relations": [r.to_dict() for r in self.relations]}


class EntityList(_Results):
    """Entities, printed one per line; `of_type` and `by_mentions` narrow and order them."""

    _empty = "(no entities)"
    _noun = "entities"
    columns = ("id", "label", "type", "mentions", "articles", "wikidata", "aliases")

    def of_type(self, *types: str) -> EntityList:
        """Only the entities of these types (case does not matter): `kg.entities.of_type("PERSON")`."""
        wanted = {t.upper() for t in types}
        return EntityList(e for e in self if e.type in wanted)

    def by_mentions(self) -> EntityList:
        """Most mentioned first (then by label)."""
        return EntityList(sorted(self, key=lambda e: (-e.mentions, e.label, e.id)))


@dataclass(frozen=True, repr=False)
class PredicateCount:
    """One predicate of the ontology and how much of the graph uses it."""

    name: str
    label: str
    family: str
    quad: str
    symmetric: bool
    relations: int  # edges with this predicate
    sentences: int  # evidence sentences of those edges

    def __str__(self) -> str:
        return f"{shown(self.name)}: {self.relations} relations, {self.sentences} sentences"

    def __repr__(self) -> str:
        return f"<PredicateCount {self}>"

    def to_dict(self) -> dict:
        return self.to_record()

    def to_record(self) -> dict:
        return {"predicate": self.name, "label": self.label, "family": self.family, "quad": self.quad,
                "symmetric": self.symmetric, "relations": self.relations, "sentences": self.sentences}


class PredicateCountList(_Results):
    _empty = "(no predicates)"
    _noun = "predicates"
    columns = ("predicate", "label", "family", "quad", "symmetric", "relations", "sentences")
