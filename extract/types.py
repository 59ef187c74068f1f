"""The small typed records that flow from extraction into the graph.

An `Article` (from `ingest`) goes in; `Mention`s are spans of its text; mentions resolve to
`Entity`s; a `Relation` links two entities and carries its `Evidence`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest.article import Article


@dataclass(frozen=True)
class Entity:
    """A real-world entity: one node of the graph."""

    id: str
    label: str
    type: str
    in_dictionary: bool = True
    wikidata: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of one sentence that names (or stands for) an entity.

    `start`/`end` are character offsets in the sentence text. `acts_for` is set
    when the span is a metonym or an unnamed official that speaks for a country
    ("Điện Kremlin", "Ngoại trưởng Ukraine"). `role` is the English role a title
    gives the entity ("Foreign Minister"), `role_of` the entity it is a role of.
    `name` is the part of the span that names the entity ("Sergey Lavrov" in
    "Ngoại trưởng Nga Sergey Lavrov"); None for pronouns and descriptors.
    """

    start: int
    end: int
    text: str
    entity: Entity
    acts_for: Entity | None = None
    role: str | None = None
    role_of: Entity | None = None
    kind: str = "name"  # name | title | honorific | pronoun | descriptor
    name: str | None = None  # the name as written, without title or honorific
    office: bool = True  # False for titles that hold no office ("Đệ nhất phu nhân")
    owner_name: str | None = None  # role_of as written inside the span ("Quốc hội Iran")
    # a second office, of the title that opens an apposition in the span: "Ủy viên Trung ương Đảng,
    # Thứ trưởng Ngoại giao X" (Deputy Foreign Minister, Vietnam), its English role and owner
    second_office: tuple[str, Entity] | None = None

    @property
    def actor(self) -> Entity:
        """The entity this mention stands for when it is the agent of a statement."""
        return self.acts_for or self.entity


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: the article and the sentence as written."""

    article: str
    sentence: str
    date: str | None = None
    place: str | None = None
    modality: str = "asserted"


@dataclass(frozen=True)
class Relation:
    """subject -predicate-> object, with the evidence for it."""

    subject: Entity
    predicate: str
    object: Entity
    evidence: Evidence
    modality: str = "asserted"
    role: str | None = None  # for official_of
    date: str | None = None
    place: Entity | None = None
    confidence: float = 1.0


@dataclass
class ArticleExtraction:
    """Everything read from one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)  # entity id -> surface forms
    mention_counts: dict[str, int] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
