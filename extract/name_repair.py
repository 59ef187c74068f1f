"""Repair a personal name as the press wrote it, against the names already known.

The press glues words to a name and slips on its spelling. Before a run of
capitalised words becomes a person the dictionary lacks, `repair_person` tries
the repairs that keep the name's identity:

- a place, a nationality or a leftover of a country's name (or an English
  title) in front of a known name is dropped: "Arizona John McCain", "Israeli
  Benjamin Netanyahu", "Hàn Park Geun-hye" (from "Hàn Quốc"), "Nhĩ Kỳ Mevlut
  Cavusoglu" (data: extract/data/name_repair.yaml);
- an accidental repeated word is collapsed: "Moon Moon Jae-in";
- middle initials and a generational number are variants of the known name:
  "James B. Comey", "Robert S. Mueller III" (but "Donald Trump Jr." is not
  "Donald Trump", nor "George H. Bush" "George W. Bush");
- the initials of the given names before a known surname name its one owner
  when a full name of the owner opens with the first initial: "Ê.Ma-crông".

A repair is taken only when it lands on exactly one person. The same pieces
(`name_key`, `NameParts`, `NameTable`, `one_edit_apart`) let graph/resolve.py
compare the names of two nodes across a corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ingest.normalize import fold_diacritics, normalize_text

from .datafiles import DATA_DIR, read_yaml
from .lexicon import Lexicon
from .names import is_vietnamese_syllable
from .phrases import fold

REPAIR_WORDS = DATA_DIR / "name_repair.yaml"
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")  # "S.", "H.W.", "S"
NUMERALS = ("II", "III", "IV")  # the press drops them: the same person
FAMILY_SUFFIXES = {"jr": "Jr", "sr": "Sr"}  # father and son: two people


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The name without case, diacritics or punctuation, words apart: what two spellings share.

    >>> name_key("Nhĩ Kỹ Mevlüt Çavuşoğlu"), name_key("Moon Jae-in")
    ('nhi ky mevlut cavusoglu', 'moon jae in')
    """
    return " ".join(_NOT_ALNUM.sub(" ", fold_diacritics(name).lower()).split())


@dataclass(frozen=True)
class NameParts:
    """A name cut into its core and what may vary around it.

    >>> NameParts.of("Robert S. Mueller III")
    NameParts(core='robert mueller', initials=('S',), suffix='III')
    >>> NameParts.of("George H.W. Bush").initials, NameParts.of("J. Comey").core
    (('H', 'W'), 'j comey')
    """

    core: str  # key of the name without middle initials and generational suffix
    initials: tuple[str, ...] = ()
    suffix: str = ""  # "III", "Jr", or ""

    @classmethod
    @lru_cache(maxsize=1 << 16)
    def of(cls, name: str) -> "NameParts":
        words = name.split()
        suffix = ""
        if len(words) > 2:
            last = words[-1].rstrip(".,")
            if last in NUMERALS or last.lower() in FAMILY_SUFFIXES:
                suffix = FAMILY_SUFFIXES.get(last.lower(), last)
                words = words[:-1]
        initials: list[str] = []
        kept = words[:1]
        for word in words[1:-1]:
            if _INITIAL.match(word):
                initials.extend(c for c in word if c.isalpha())
            else:
                kept.append(word)
        kept += words[-1:] if len(words) > 1 else []
        return cls(name_key(" ".join(kept)), tuple(initials), suffix)

    def may_be(self, other: "NameParts") -> bool:
        """Whether the two can name one person: the same core, no initial or
        father/son suffix that tells them apart.

        >>> of = NameParts.of
        >>> of("James B. Comey").may_be(of("James Comey")), of("Robert S. Mueller III").may_be(of("Robert Mueller"))
        (True, True)
        >>> of("George H. Bush").may_be(of("George W. Bush")), of("Donald Trump Jr.").may_be(of("Donald Trump"))
        (False, False)
        """
        if self.core != other.core:
            return False
        if self.initials and other.initials and self.initials != other.initials:
            return False
        family = {s for s in (self.suffix, other.suffix) if s in FAMILY_SUFFIXES.values()}
        return not family or self.suffix == other.suffix


def collapse_repeats(name: str) -> str:
    """The name with a word written twice in a row written once.

    >>> collapse_repeats("Moon Moon Jae-in"), collapse_repeats("Boutros Boutros-Ghali")
    ('Moon Jae-in', 'Boutros Boutros-Ghali')
    """
    words: list[str] = []
    for word in name.split():
        if not words or word.lower() != words[-1].lower():
            words.append(word)
    return " ".join(words)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different strings are one insertion, deletion, substitution or
    swap of neighbours apart (the Damerau distance is 1).

    >>> one_edit_apart("vladmir putin", "vladimir putin"), one_edit_apart("donlad", "donald")
    (True, True)
    >>> one_edit_apart("kim jong un", "kim jong nam"), one_edit_apart("putin", "putin")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    i = next((i for i in range(len(shorter)) if shorter[i] != longer[i]), len(shorter))
    return longer[i + 1 :] == shorter[i:]


class NameTable:
    """Names and who they name (an actor id or a node id), for exact and variant look-ups.

    >>> table = NameTable([("George W. Bush", "W"), ("George H. W. Bush", "HW"), ("James Comey", "C")])
    >>> table.owners("james comey"), table.variant_owners("James B. Comey")
    ({'C'}, {'C'})
    >>> sorted(table.variant_owners("George Bush")), table.variant_owners("George H. Bush")
    (['HW', 'W'], set())
    """

    def __init__(self, names: Iterable[tuple[str, str]] = ()):
        self.exact: dict[str, set[str]] = {}
        self.by_core: dict[str, list[tuple[NameParts, str]]] = {}
        self.names_of: dict[str, list[str]] = {}
        for name, owner in names:
            self.add(name, owner)

    def add(self, name: str, owner: str) -> None:
        self.exact.setdefault(name_key(name), set()).add(owner)
        self.names_of.setdefault(owner, []).append(name)
        parts = NameParts.of(name)
        self.by_core.setdefault(parts.core, []).append((parts, owner))

    def owners(self, name: str) -> set[str]:
        return set(self.exact.get(name_key(name), ()))

    def variant_owners(self, name: str) -> set[str]:
        """Who the name names, its middle initials and generational suffix allowed to vary."""
        parts = NameParts.of(name)
        return {owner for known, owner in self.by_core.get(parts.core, ()) if parts.may_be(known)}


@dataclass(frozen=True)
class Repair:
    """A name repaired to a known one: who it names, the name kept, and what was repaired."""

    owner: str
    name: str
    kind: str  # "prefix" | "repeat" | "initial" | "spelling" (case, marks, hyphens)


def known_variant(name: str, table: NameTable) -> Repair | None:
    """The one owner a name names once a repeated word is collapsed and initials may vary.

    >>> table = NameTable([("Moon Jae-in", "moon"), ("Robert Mueller III", "mueller")])
    >>> known_variant("Moon Moon Jae-in", table)
    Repair(owner='moon', name='Moon Jae-in', kind='repeat')
    >>> known_variant("Robert S. Mueller III", table).kind, known_variant("MOON JAE IN", table).kind
    ('initial', 'spelling')
    """
    form = collapse_repeats(name)
    owners = table.variant_owners(form)
    if len(owners) != 1:
        return None
    if form != name:
        kind = "repeat"
    else:
        kind = "spelling" if table.owners(name) == owners else "initial"
    return Repair(next(iter(owners)), form, kind)


_LEADING_INITIALS = re.compile(r"((?:[^\W\d_]\.\s?){1,3})([^\W\d_].*)")  # "Ê.", "X.V. "


def with_leading_initials(name: str, table: NameTable) -> Repair | None:
    """The one owner of a surname written after the initials of the given names ("Ê.Ma-crông",
    "V. Pu-tin"), when one of the owner's full names opens with the first initial.

    >>> table = NameTable([("Em-ma-nu-en Ma-crông", "macron"), ("Ma-crông", "macron")])
    >>> with_leading_initials("Ê.Ma-crông", table)
    Repair(owner='macron', name='Ê.Ma-crông', kind='initial')
    >>> with_leading_initials("X.Ma-crông", table) is None, with_leading_initials("Ma-crông", table) is None
    (True, True)
    """
    match = _LEADING_INITIALS.fullmatch(name)
    if match is None:
        return None
    owners = table.owners(match.group(2))
    if len(owners) != 1:
        return None
    owner = next(iter(owners))
    first = name_key(match.group(1))[:1]
    if any(len(known.split()) > 1 and name_key(known).startswith(first) for known in table.names_of[owner]):
        return Repair(owner, name, "initial")
    return None


class GluedWords:
    """What may stand glued in front of a name: a place, a nationality, a leftover of a
    country's name, an English title; a country misspelt by one letter ("Indoenesia") too.

    >>> from extract.lexicon import default_lexicon
    >>> glued = GluedWords(default_lexicon())
    >>> [w in glued for w in ("Arizona", "Israeli", "Hàn", "Nhĩ Kỹ", "Indoenesia", "Minister")]
    [True, True, True, True, True, True]
    >>> [w in glued for w in ("James", "Ahmed", "Virginie", "Jean Marie")]
    [False, False, False, False]
    """

    MIN_MISSPELT = 7  # a shorter word one letter off a country is as likely a name

    def __init__(self, lexicon: Lexicon):
        data = read_yaml(REPAIR_WORDS) or {}
        keys = {name_key(normalize_text(str(w))) for key in ("nationalities", "titles", "places")
                for w in data.get(key) or []}
        self.countries: dict[int, list[str]] = {}  # one-word country names by length, for misspellings
        for actor in lexicon.actors.values():
            if actor.entity.type not in ("COUNTRY", "LOCATION"):
                continue
            for alias in actor.aliases:
                words = name_key(alias).split()
                keys.add(" ".join(words))
                if actor.entity.type == "COUNTRY":  # "Hàn" of "Hàn Quốc", "Nhĩ Kỳ" of "Thổ Nhĩ Kỳ"
                    keys.update(" ".join(words[:i]) for i in range(1, len(words)))
                    keys.update(" ".join(words[i:]) for i in range(1, len(words)))
                    if len(words) == 1 and len(words[0]) >= self.MIN_MISSPELT - 1:
                        self.countries.setdefault(len(words[0]), []).append(words[0])
        self.keys = frozenset(k for k in keys if k)

    def __contains__(self, words: str) -> bool:
        key = name_key(words)
        if key in self.keys:
            return True
        return len(key) >= self.MIN_MISSPELT and " " not in key and any(
            one_edit_apart(key, k) for n in (len(key) - 1, len(key), len(key) + 1) for k in self.countries.get(n, ()))


def without_glued_words(name: str, glued: GluedWords, table: NameTable) -> Repair | None:
    """The known name left once the place, nationality or title words in front of it are dropped.

    The name kept has two words at least: a surname alone is not enough to drop
    what stands before it.
    """
    words = name.split()
    for i in range(1, len(words) - 1):
        found = known_variant(" ".join(words[i:]), table)
        if found is not None and " ".join(words[:i]) in glued:
            return Repair(found.owner, found.name, "prefix")
    return None


class DictionaryPersons:
    """The persons of an actor dictionary, as a `NameTable`, and the words glued to names."""

    def __init__(self, lexicon: Lexicon):
        self.table = NameTable(
            (alias, actor.entity.id) for actor in lexicon.actors.values() if actor.entity.type == "PERSON"
            for alias in actor.aliases
        )
        self.glued = GluedWords(lexicon)


_DICTIONARIES: dict[int, tuple[Lexicon, DictionaryPersons]] = {}


def dictionary_persons(lexicon: Lexicon) -> DictionaryPersons:
    """The `DictionaryPersons` of a lexicon, made once per lexicon."""
    kept = _DICTIONARIES.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        kept = (lexicon, DictionaryPersons(lexicon))
        _DICTIONARIES[id(lexicon)] = kept
    return kept[1]


def repair_person(surface: str, lexicon: Lexicon) -> Repair | None:
    """The dictionary person a run of capitalised words names once repaired, if exactly one.

    >>> from extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [repair_person(s, lex).owner for s in ("Arizona John McCain", "Moon Moon Jae-in", "James B. Comey")]
    ['person:john_mccain', 'person:moon_jae_in', 'person:james_comey']
    >>> repair_person("Ê.Ma-crông", lex).owner
    'person:emmanuel_macron'
    >>> repair_person("George H. Bush", lex) is None, repair_person("Romain Nadal", lex) is None
    (True, True)
    >>> repair_person("Lê Cảnh Sang", lex) is None  # a Vietnamese name, not "Cảnh Sảng" (Geng Shuang)
    True
    """
    persons = dictionary_persons(lexicon)
    initialled = with_leading_initials(surface, persons.table)
    if initialled is not None or len(surface.split()) < 2:
        return initialled
    variant = known_variant(surface, persons.table)
    first, *rest = surface.split()
    if variant is not None or (fold(first) in lexicon.name_shapes.get("family_names", ())
                               and all(is_vietnamese_syllable(w) for w in rest)):
        return variant  # "Lê Cảnh Sang" keeps its family name: not "Cảnh Sảng" with a word glued before
    return without_glued_words(surface, persons.glued, persons.table)
