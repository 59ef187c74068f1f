"""The data the extractor reads: actors, titles, predicate cues and markers.

Everything here is loaded from YAML files under `extract/data/`, so an analyst
extends the dictionary by editing data, never code. `Lexicon.load()` reads the
shipped files once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from ingest.normalize import normalize_text
from ontology import ONTOLOGY

from .actors import ACTORS_DIR, Actor, Role, load_actors, shipped_actors
from .boilerplate import BoilerplateRules
from .datafiles import DATA_DIR, read_yaml
from .phrases import PhraseIndex, fold
from .types import Entity

VIETNAM = "country:VN"  # the press's own state, which its titles leave unnamed
VIETNAMESE_PARTY = "org:cpv"  # ... and its party, whose offices it names without the party ("Ủy viên Bộ Chính trị")

_JOINING_DASH = re.compile(r"(?<=[A-Z]{2})-(?=[A-Z]{2})")


def dash_spellings(alias: str) -> list[str]:
    """An alias whose parts in capitals are joined by a dash, and the spaced dashes the press
    also writes for it: "ITAR-TASS" is "ITAR – TASS" and "ITAR - TASS" too.

    >>> dash_spellings("ITAR-TASS")
    ['ITAR-TASS', 'ITAR - TASS', 'ITAR – TASS', 'ITAR- TASS']
    >>> dash_spellings("Kim Jong-un")
    ['Kim Jong-un']
    """
    if not _JOINING_DASH.search(alias):
        return [alias]
    return [alias] + [_JOINING_DASH.sub(dash, alias) for dash in (" - ", " – ", "- ")]


def plural_spellings(alias: str, plural_determiners: frozenset[str]) -> list[str]:
    """The ways the press names part or all of a group an alias names with "các": "các nước châu Âu"
    is also "nhiều nước châu Âu", "một số nước châu Âu" (names.yaml plural_determiners).

    >>> plural_spellings("các nước Arab", frozenset({"nhiều"}))
    ['nhiều nước Arab']
    """
    if not alias.startswith("các "):
        return []
    return [f"{determiner} {alias[4:]}" for determiner in sorted(plural_determiners)]


def lowered_head_spellings(alias: str, country_names: frozenset[str]) -> list[tuple[str, int]]:
    """An institution named by common words and its country's name, which the press also writes with
    the common words in lower case: "Quốc hội Anh" is "quốc hội Anh", "Cơ quan Tình báo Quân đội
    Ukraine" is "cơ quan tình báo quân đội Ukraine". Each spelling comes with the offset of the
    country's name, which keeps its capital ("quốc hội anh em" names no parliament).

    >>> lowered_head_spellings("Quốc hội Anh", frozenset({"Anh"}))
    [('quốc hội Anh', 9)]
    >>> lowered_head_spellings("Đảng Bảo thủ", frozenset({"Anh"})), lowered_head_spellings("Nhà Trắng", frozenset())
    ([], [])
    """
    words = alias.split()
    if not alias[0].isupper():
        return []
    for size in (1, 2, 3):
        country = " ".join(words[-size:])
        if country in country_names and len(words) - size >= 2:
            head = " ".join(w.lower() for w in words[:-size])
            return [(f"{head} {country}", len(head) + 1)]
    return []


def pair_spellings(alias: str, conflict_heads: frozenset[str]) -> list[str]:
    """The ways the press names a conflict between two sides that an alias names as a pair: "xung
    đột Israel - Iran" is also "cuộc chiến giữa Israel và Iran" and "... giữa Iran và Israel",
    under any head of names.yaml conflict_heads.

    >>> pair_spellings("xung đột Nga-Ukraine", frozenset({"xung đột", "cuộc chiến"}))[:2]
    ['cuộc chiến giữa Nga và Ukraine', 'cuộc chiến giữa Ukraine và Nga']
    """
    head = next((h for h in sorted(conflict_heads, key=len, reverse=True) if fold(alias).startswith(h + " ")), None)
    if head is None:
        return []
    sides = [side.strip() for side in re.split(r"\s*[-–]\s*", alias[len(head) + 1 :])]
    if len(sides) != 2 or not all(side[:1].isupper() for side in sides):
        return []
    first, second = sides
    return [f"{h} giữa {a} và {b}" for h in sorted(conflict_heads) for a, b in ((first, second), (second, first))]


@dataclass(frozen=True)
class Title:
    """A title that precedes a name: "Ngoại trưởng" -> Foreign Minister."""

    vi: str
    role: str
    role_by_country: tuple[tuple[str, str], ...] = ()
    of: str | None = None  # the actor a compound title names ("Tổng Thư ký NATO" -> org:nato)
    office: bool = True  # whether the title makes its holder an official_of its owner

    def role_for(self, country_id: str | None) -> str:
        return dict(self.role_by_country).get(country_id or "", self.role)


@dataclass(frozen=True)
class PredicateSpec:
    """How Vietnamese states one predicate of the ontology: its cues and where its object may stand."""

    name: str
    cues: tuple[str, ...]
    objects: tuple[str, ...] = ("PERSON", "COUNTRY", "ORGANIZATION", "GROUP")
    reverse_with: str | None = None
    reverse_if_subject: str | None = None
    window: int | None = None
    cue_windows: tuple[tuple[str, int], ...] = ()  # cue -> its own window, where it differs from the predicate's
    only_before: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cue -> words its object must precede
    only_after: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cue -> words its object must follow
    only_after_except: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cue -> object types that need no such word
    # cues of only_before whose object, right after them and followed by a verb, is asked to act
    object_then_verb: tuple[str, ...] = ()
    place_object: bool = False  # a capital as object stays the place ("thăm Matxcơva"), not its country
    place_country: bool = False  # a place of a country as object is the country too ("ném bom cơ sở Fordow": Iran)
    object_in_condition: bool = False  # with no object, the subject of a following "nếu" clause is it
    object_in_purpose: bool = False  # with no object, the subject of a following "để (buộc)" clause is it
    object_after_that: bool = False  # with no object, the subject of a "rằng" clause right after the cue is it
    object_in_quote: bool = False  # with no object, the first actor of the quote the cue's clause closes is it
    receiver_carried: bool = False  # with no object but goods given, the receiver of the same act just before
    issue_backed: str | None = None  # with no object, an issue named after the cue gets this predicate
    object_of_relative: bool = False  # with no object, the agent of a "mà/do" clause on the cue's noun is it
    joint_cues: tuple[str, ...] = ()  # cues stated by a pair of each other ("A và B nhất trí"), folded
    noun_cues: tuple[str, ...] = ()  # cues that state the predicate only with one of `nouns` after them, folded
    as_noun: tuple[tuple[str, str], ...] = ()  # noun cue -> the predicate it states as a noun after "sự", folded
    with_money: tuple[tuple[str, str], ...] = ()  # cue -> the predicate it states with a sum of money after it, folded
    nouns: tuple[str, ...] = ()  # "gửi xe tăng cho Ukraine" (aid), not "gửi thư cho Ukraine", folded
    relative_receiver_cues: tuple[str, ...] = ()  # noun cues needing no goods after "H được/do A": "Hamas được Iran tài trợ"
    subject_right_before: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cue -> types of a subject right before it
    cue_objects: tuple[tuple[str, tuple[str, ...]], ...] = ()  # cue -> the only entity types it takes as object
    asserted_only: bool = False  # a state, not an act: "muốn/sẽ gia nhập NATO" makes no member
    close_subject: tuple[str, ...] = ()  # cues whose subject has no other cue between: "các nước thuộc GCC"

    @property
    def symmetric(self) -> bool:
        return ONTOLOGY.predicates[self.name].symmetric


@dataclass
class Lexicon:
    actors: Mapping[str, Actor]
    names: PhraseIndex[str]  # alias -> actor id
    titles: PhraseIndex[Title]
    honorifics: PhraseIndex[str]
    modifiers: dict[str, str]
    predicates: dict[str, PredicateSpec]
    cues: PhraseIndex[str]  # cue phrase -> predicate
    marker_words: dict[str, list[str]]  # kind -> words, from markers.yaml
    marker_window: int = 4
    object_window: int = 6
    ministries: dict[str, str] = field(default_factory=dict)
    anaphora: dict[str, str] = field(default_factory=dict)  # "nước này" -> COUNTRY
    name_shapes: dict[str, frozenset[str]] = field(default_factory=dict)  # from names.yaml
    pair_anaphora: dict[str, str] = field(default_factory=dict)  # "hai nhà lãnh đạo" -> PERSON
    boilerplate: BoilerplateRules = field(default_factory=BoilerplateRules)  # from boilerplate.yaml
    answered: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "cáo buộc" -> the predicates it answers
    community_peoples: dict[str, str] = field(default_factory=dict)  # "Việt" -> country:VN ("cộng đồng người Việt")
    anaphora_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "đảng này" -> ("party", "đảng")
    home_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded alias -> actors it names at home
    _folded: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _indexes: dict[str, PhraseIndex[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, data_dir: Path | str = DATA_DIR) -> "Lexicon":
        """Read every data file under `data_dir`; see `default_lexicon()` for the cached one."""
        data_dir = Path(data_dir)
        folder = data_dir / "actors"
        actors = shipped_actors() if folder.resolve() == ACTORS_DIR.resolve() else load_actors(folder)
        name_shapes = {
            key: frozenset(fold(normalize_text(str(w))) for w in words)
            for key, words in (read_yaml(data_dir / "names.yaml") or {}).items()
        }
        names: PhraseIndex[str] = PhraseIndex()
        country_names = frozenset(a for actor in actors.values() if actor.entity.type == "COUNTRY" for a in actor.aliases)
        for actor in actors.values():
            for alias in actor.aliases:
                for spelling in dash_spellings(alias) + pair_spellings(alias, name_shapes.get("conflict_heads", frozenset())) \
                        + plural_spellings(alias, name_shapes.get("plural_determiners", frozenset())):
                    names.add(spelling, actor.entity.id)
                if actor.entity.type == "ORGANIZATION":
                    for spelling, capital_at in lowered_head_spellings(alias, country_names):
                        names.add(spelling, actor.entity.id, capital_at)
        titles_doc = read_yaml(data_dir / "titles.yaml") or {}
        titles: PhraseIndex[Title] = PhraseIndex()
        for row in titles_doc.get("titles", []):
            vi = normalize_text(row["vi"])
            named = [m.value for m in names.find(vi) if _can_hold_office(actors.get(m.value))]
            title = Title(
                vi=vi,
                role=row["role"],
                role_by_country=tuple(sorted((row.get("role_by_country") or {}).items())),
                of=row.get("of") or (named[-1] if named else None),
                office=bool(row.get("office", True)),
            )
            # A one-word title ("Phó", "Vua") keeps its case: "đối phó" holds no title.
            titles.add(vi if len(vi.split()) == 1 else fold(vi), title)
        honorifics: PhraseIndex[str] = PhraseIndex(
            (fold(normalize_text(h)), h) for h in titles_doc.get("honorifics", [])
        )
        modifiers = {fold(k): v for k, v in (titles_doc.get("modifiers") or {}).items()}
        predicates: dict[str, PredicateSpec] = {}
        cues: PhraseIndex[str] = PhraseIndex()
        for name, row in (read_yaml(data_dir / "predicates.yaml") or {}).items():
            if name not in ONTOLOGY.predicates:
                raise ValueError(f"{data_dir / 'predicates.yaml'}: {name!r} is not a predicate of the ontology")
            spec = PredicateSpec(
                name=name,
                cues=tuple(normalize_text(c) for c in row.get("cues", [])),
                objects=tuple(row.get("objects", PredicateSpec.objects)),
                reverse_with=row.get("reverse_with"),
                reverse_if_subject=row.get("reverse_if_subject"),
                window=row.get("window"),
                cue_windows=tuple((fold(normalize_text(cue)), int(n)) for cue, n in (row.get("cue_windows") or {}).items()),
                place_object=bool(row.get("place_object", False)),
                place_country=bool(row.get("place_country", False)),
                object_in_condition=bool(row.get("object_in_condition", False)),
                object_in_purpose=bool(row.get("object_in_purpose", False)),
                object_after_that=bool(row.get("object_after_that", False)),
                object_in_quote=bool(row.get("object_in_quote", False)),
                receiver_carried=bool(row.get("receiver_carried", False)),
                issue_backed=row.get("issue_backed"),
                object_of_relative=bool(row.get("object_of_relative", False)),
                joint_cues=tuple(fold(normalize_text(c)) for c in row.get("joint_cues", [])),
                only_before=tuple(
                    (fold(normalize_text(cue)), tuple(fold(normalize_text(w)) for w in words))
                    for cue, words in (row.get("only_before") or {}).items()
                ),
                object_then_verb=tuple(fold(normalize_text(c)) for c in row.get("object_then_verb", [])),
                only_after=tuple(
                    (fold(normalize_text(cue)), tuple(fold(normalize_text(w)) for w in words))
                    for cue, words in (row.get("only_after") or {}).items()
                ),
                only_after_except=tuple(
                    (fold(normalize_text(cue)), tuple(types)) for cue, types in (row.get("only_after_except") or {}).items()
                ),
                noun_cues=tuple(fold(normalize_text(c)) for c in row.get("noun_cues", [])),
                as_noun=tuple((fold(normalize_text(cue)), other) for cue, other in (row.get("as_noun") or {}).items()),
                with_money=tuple((fold(normalize_text(cue)), other) for cue, other in (row.get("with_money") or {}).items()),
                nouns=tuple(fold(normalize_text(w)) for w in row.get("nouns", [])),
                relative_receiver_cues=tuple(fold(normalize_text(c)) for c in row.get("relative_receiver_cues", [])),
                subject_right_before=tuple(
                    (fold(normalize_text(cue)), tuple(types))
                    for cue, types in (row.get("subject_right_before") or {}).items()
                ),
                cue_objects=tuple(
                    (fold(normalize_text(cue)), tuple(types))
                    for cue, types in (row.get("cue_objects") or {}).items()
                ),
                asserted_only=bool(row.get("asserted_only", False)),
                close_subject=tuple(fold(normalize_text(c)) for c in row.get("close_subject", [])),
            )
            predicates[name] = spec
            for cue in (*spec.cues, *spec.joint_cues):
                cues.add(fold(cue), name)
        marker_doc = read_yaml(data_dir / "markers.yaml") or {}
        window = int(marker_doc.pop("window", 4))
        object_window = int(marker_doc.pop("object_window", 6))
        anaphora = {fold(normalize_text(k)): v for k, v in (marker_doc.pop("anaphora", None) or {}).items()}
        pair_anaphora = {fold(normalize_text(k)): v for k, v in (marker_doc.pop("pair_anaphora", None) or {}).items()}
        answered = {fold(normalize_text(k)): tuple(v) for k, v in (marker_doc.pop("answered_nouns", None) or {}).items()}
        peoples = {fold(normalize_text(k)): v for k, v in (marker_doc.pop("community_peoples", None) or {}).items()}
        anaphora_names = {fold(normalize_text(k)): tuple(fold(str(w)) for w in v)
                          for k, v in (marker_doc.pop("anaphora_names", None) or {}).items()}
        marker_words = {kind: [normalize_text(str(w)) for w in words] for kind, words in marker_doc.items()}
        marker_words["answered_nouns"] = list(answered)
        for phrase in marker_words.get("not_cues", []):
            cues.add(fold(phrase), "")  # longest match wins: "gặp khó khăn" hides "gặp"
        ministries = {normalize_text(k): v for k, v in (read_yaml(data_dir / "ministries.yaml") or {}).items()}
        boilerplate = BoilerplateRules.from_data(read_yaml(data_dir / "boilerplate.yaml"), data_dir / "boilerplate.yaml")
        return cls(
            boilerplate=boilerplate,
            actors=actors, names=names, titles=titles, honorifics=honorifics, modifiers=modifiers,
            predicates=predicates, cues=cues, marker_words=marker_words, marker_window=window,
            object_window=object_window, ministries=ministries, anaphora=anaphora,
            pair_anaphora=pair_anaphora, name_shapes=name_shapes, answered=answered, community_peoples=peoples,
            anaphora_names=anaphora_names, home_aliases=_home_aliases(actors),
        )

    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def entity(self, actor_id: str) -> Entity | None:
        actor = self.actors.get(actor_id)
        return actor.entity if actor else None

    def home_country(self, actor_id: str) -> Entity | None:
        """The country the dictionary puts an actor in (a place, a state body); None where it gives none, as for
        disputed places.

        >>> default_lexicon().home_country("place:fordow").label
        'Iran'
        """
        actor = self.actors.get(actor_id)
        return self.entity(actor.country) if actor is not None and actor.country else None

    def office_owner(self, person_id: str, title: Title, year: int | None = None) -> Entity | None:
        """Whose office `title` is for a person of the dictionary, from the person's dated roles:
        "Chủ tịch nước" of Nguyễn Minh Triết is Vietnam. The role held in `year`, else the latest.
        "Acting President", "Former President" are still the office "President"."""
        held = self.held_office(person_id, title, year)
        return self.entity(held.of) if held is not None else None

    def held_office(self, person_id: str, title: Title, year: int | None = None) -> Role | None:
        """The dictionary's record of the office `title` names for a person (see `office_owner`); a
        general title names a narrower office held in `year`: "Bộ trưởng Bộ Công an Lương Tam Quang"
        is his "Minister of Public Security"."""
        actor = self.actor(person_id)
        if actor is None:
            return None
        roles = [r for r in actor.roles if _same_office(r.role, title.role) or _same_office(r.role, title.role_for(r.of))]
        if not roles:
            roles = [r for r in actor.roles if _narrower_office(r.role, title.role) and r.held_in(year)]
        dated = [r for r in roles if r.held_in(year)] or roles
        # "Chủ tịch Tập Cận Bình": the head of state, not the chairman of a commission
        of_country = [r for r in dated if r.of.startswith("country:")]
        return (of_country or dated)[-1] if dated else None

    def office_name(self, person_id: str, title: Title, owner_id: str | None, year: int | None = None) -> str:
        """The name of the office `title` gives a person: the title's own, or the narrower one the
        dictionary records ("Bộ trưởng" of Lương Tam Quang is "Minister of Public Security")."""
        held = self.held_office(person_id, title, year)
        if held is not None and held.of == owner_id and _narrower_office(held.role, title.role):
            return held.role
        return title.role_for(owner_id)

    def unwritten_owner(self, person: Entity, title: Title, year: int | None = None) -> Entity | None:
        """Whose office `title` is when the text names no owner: the dictionary's record of the
        person, else Vietnam for a Vietnamese name with no such record under the title of a state's
        office ("Thứ trưởng Ngoại giao Trần Văn Khoa"; markers.yaml vietnamese_state_titles), as the
        Vietnamese press leaves its own state unnamed, and its party under a party office ("Ủy viên Bộ
        Chính trị Lê Hồng Anh"; vietnamese_party_titles). Not "Chủ tịch", which may chair anything."""
        owner = self.office_owner(person.id, title, year)
        if owner is not None or person.type != "PERSON":
            return owner
        vi = fold(title.vi)
        if not self.vietnamese_named(person):
            return None
        if any(vi == t or vi.startswith(t + " ") for t in self.folded_markers("vietnamese_state_titles")):
            return self.entity(VIETNAM)
        return self.entity(VIETNAMESE_PARTY) if vi in self.folded_markers("vietnamese_party_titles") else None

    def vietnamese_named(self, entity: Entity) -> bool:
        """Whether a person's name is Vietnamese, family name first ("Lê Hoài Trung")."""
        return entity.type == "PERSON" and fold(entity.label.split()[0]) in self.name_shapes.get("family_names", ())

    def marker_index(self, kind: str) -> PhraseIndex[str]:
        """The phrases of a markers.yaml kind as one index (folded), built once."""
        if kind not in self._indexes:
            self._indexes[kind] = PhraseIndex((fold(w), kind) for w in self.marker_words.get(kind, []))
        return self._indexes[kind]

    def folded_markers(self, kind: str) -> frozenset[str]:
        """The phrases of a markers.yaml kind, folded, built once."""
        if kind not in self._folded:
            self._folded[kind] = frozenset(fold(w) for w in self.marker_words.get(kind, []))
        return self._folded[kind]

    def office_holder(self, role: str, owner_id: str, year: int | None = None) -> Entity | None:
        """The person of the dictionary who holds `role` of `owner_id` in `year` (the one who took
        it last, in a year of handover): the US President in 2025 is Donald Trump."""
        holders = [(r.role.lower() == role.lower(), r.start or 0, actor.entity) for actor in self.actors.values()
                   for r in actor.roles if r.of == owner_id and _same_office(r.role, role) and r.held_in(year)]
        # the office itself before one named like it: the Prime Minister, not the Deputy Prime Minister
        return max(holders, key=lambda h: h[:2])[2] if holders else None

    def bare_title_owner(self, title: Title) -> Entity | None:
        """Whose office a title of Vietnam or its party named with no holder is ("Chủ tịch nước",
        markers.yaml vietnamese_bare_titles): Vietnam, or the party for a party office."""
        vi = fold(title.vi)
        if vi not in self.folded_markers("vietnamese_bare_titles"):
            return None
        return self.entity(VIETNAMESE_PARTY if vi in self.folded_markers("vietnamese_party_titles") else VIETNAM)

    def offices_held(self, person_id: str, year: int | None = None) -> list[tuple[str, Entity]]:
        """The offices (role, owner) a person of the dictionary holds in `year` (without a year,
        those still held): Kim Jong-un in 2022 is Supreme Leader of North Korea and General
        Secretary of the Workers' Party of Korea."""
        actor = self.actor(person_id)
        held = [(role.role, self.entity(role.of)) for role in (actor.roles if actor else ()) if role.held_in(year)]
        return [(role, owner) for role, owner in held if owner is not None]

    def country_office(self, person_id: str, year: int | None = None) -> tuple[str, Entity] | None:
        """The first office of a country among `offices_held`, or None."""
        return next(((role, owner) for role, owner in self.offices_held(person_id, year) if owner.type == "COUNTRY"), None)


def _same_office(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _narrower_office(held: str, title: str) -> bool:
    """Whether a held office is the title's of one domain: "Minister of Public Security" for "Minister", "Special
    Envoy to the Middle East" for "Special Envoy", a US "Secretary of Defense" for "Minister" (Bộ trưởng)."""
    held, title = held.lower(), title.lower()
    return any(held.startswith(f"{title} {link} ") for link in ("of", "to", "for")) \
        or title == "minister" and held.startswith("secretary of ")


def _can_hold_office(actor: "Actor | None") -> bool:
    return actor is not None and (actor.entity.type in ("COUNTRY", "ORGANIZATION") or actor.metonym_for is not None)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return Lexicon.load()


def _home_aliases(actors: Mapping[str, Actor]) -> dict[str, tuple[str, ...]]:
    """ "đảng Dân chủ" -> the parties it names in an article about their country (actors' home_aliases)."""
    found: dict[str, tuple[str, ...]] = {}
    for actor in actors.values():
        for alias in actor.home_aliases:
            found[fold(alias)] = (*found.get(fold(alias), ()), actor.entity.id)
    return found
