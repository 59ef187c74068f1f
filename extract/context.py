"""What an article has said so far: the names it introduced, who holds which office."""
from __future__ import annotations

from dataclasses import dataclass, field

from .phrases import PhraseIndex
from .types import Entity, Mention


@dataclass
class ArticleContext:
    """What the article has said so far, for resolving names and descriptors."""

    year: int | None = None
    local_names: dict[str, Entity] = field(default_factory=dict)  # surface form -> person
    title_holders: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (role, country id) -> person
    country_persons: dict[str, list[Entity]] = field(default_factory=dict)  # country id -> persons named with it
    new_entities: dict[str, Entity] = field(default_factory=dict)
    last_by_type: dict[str, Entity] = field(default_factory=dict)  # in reading order, for anaphora
    recent: list[Entity] = field(default_factory=list)  # actors in reading order, most recent last
    # Family names that come first ("ông Tập", "ông Moon"): usable only after an honorific,
    # since a bare "Tập" is also the first syllable of "Tập đoàn".
    family_names: dict[str, Entity] = field(default_factory=dict)
    person_country: dict[str, Entity] = field(default_factory=dict)  # person id -> the owner a title gave
    offices: dict[str, str] = field(default_factory=dict)  # person id -> office, whatever the country ("Foreign Minister")
    titled: dict[str, list[str]] = field(default_factory=dict)  # folded title -> the persons named with it
    aliases: dict[str, Entity] = field(default_factory=dict)  # surface form -> organisation ("BSF")
    # "Bộ Ngoại giao" -> the mention of "Bộ Ngoại giao Nga"; None where two of that kind were named (short_names.py)
    short_names: dict[str, Mention | None] = field(default_factory=dict)
    pairs: list[tuple[Entity, Entity]] = field(default_factory=list)  # actors named together, in reading order
    groups: list[tuple[Entity, ...]] = field(default_factory=list)  # countries named in one list, in reading order
    last_groups: list[tuple[Entity, ...]] = field(default_factory=list)  # the lists of the sentence before
    honorific_of: dict[str, str] = field(default_factory=dict)  # person id -> "ông" or "bà", as the article named them
    opening: Entity | None = None  # the actor the last sentence opened with, its likely subject
    country_counts: dict[str, int] = field(default_factory=dict)  # country id -> mentions, counted before reading
    reading: bool = False  # the second pass, after the names were learnt
    _local_index: PhraseIndex[str] | None = None

    def start_reading(self) -> None:
        """Forget what was read in order (for anaphora); keep the names learnt."""
        self.reading = True
        self.last_by_type.clear()
        self.recent.clear()
        self.pairs.clear()
        self.groups.clear()
        self.last_groups = []
        self.opening = None

    def learn_person(self, person: Entity, surface: str, role: str | None, role_of: Entity | None,
                     family_first: bool = False) -> None:
        words = surface.split()
        if family_first and len(words) >= 2:
            known = self.family_names.get(words[0])
            self.family_names[words[0]] = person if known in (None, person) else Entity("ambiguous", "", "PERSON")
        forms = [surface]
        if len(words) >= 2 and not family_first:  # "Seok-hyun" alone is a given name, never how he is named
            forms.append(words[-1])
            # "Kevin de Leon" is "ông de Leon": the family name with the particles that open it
            particle = next((i for i, w in enumerate(words) if i > 0 and w[:1].islower()), None)
            if particle is not None and particle < len(words) - 1:
                forms.append(" ".join(words[particle:]))
        changed = False
        for form in forms:
            known = self.local_names.get(form)
            if known is not None and known.id not in (person.id, "ambiguous"):
                self.local_names[form] = Entity("ambiguous", "", "PERSON")
                changed = True
            elif known is None:
                self.local_names[form] = person
                changed = True
        if role_of is not None and role_of.type != "PERSON":
            self.person_country.setdefault(person.id, role_of)
            if role:
                self.title_holders.setdefault((role, role_of.id), person)
            persons = self.country_persons.setdefault(role_of.id, [])
            if person not in persons:
                persons.append(person)
        elif role_of is not None and role:  # "cố vấn của ông Putin": the adviser is not Putin's country
            self.title_holders.setdefault((role, role_of.id), person)
        if changed:  # the index of names is rebuilt only when a name was added or became ambiguous
            self._local_index = None

    def learn_spelling(self, spelled: Entity, surface: str, person: Entity) -> None:
        """ "Giu-xtin Tru-đô (Justin Trudeau)": the forms the article gave `spelled` are `person`'s."""
        for form, known in list(self.local_names.items()):
            if known == spelled:
                self.local_names[form] = person
        self.learn_person(person, surface, None, None)
        self._local_index = None

    def learn_alias(self, surface: str, entity: Entity) -> None:
        """A name the article gives an organisation ("(BSF)"), for the rest of the article."""
        known = self.aliases.get(surface)
        learnt = entity if known in (None, entity) else Entity("ambiguous", "", entity.type)
        if learnt != known:
            self.aliases[surface] = learnt
            self._local_index = None

    def local_index(self) -> PhraseIndex[str]:
        if self._local_index is None:
            self._local_index = PhraseIndex(
                (form, entity.id) for names in (self.local_names, self.aliases)
                for form, entity in names.items() if entity.id != "ambiguous"
            )
        return self._local_index
