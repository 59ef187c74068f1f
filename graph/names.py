"""The names of a graph's entities: keys that forgive case, punctuation and diacritics, and their index.

Names are matched in two steps. First exactly, ignoring only case and
punctuation: "nga" is "Nga" (Russia) and never "Ngà". Only when nothing
matches exactly are diacritics dropped too, so "Hoa Ky" finds "Hoa Kỳ". At
each step a node id beats a label, and a label beats an alias; two entities
left tied make the name ambiguous. Failing both, the names the extractor's
actor dictionary gives the graph's entities are tried the same two ways
("Sergei Lavrov" finds Sergey Lavrov though no article spelt it so), and last
the last word of a person's label ("Zelensky" for "Volodymyr Zelensky") names
that person, if only one has it.

>>> index = NameIndex([NamedEntity("country:US", "United States", "COUNTRY", ("Mỹ", "Hoa Kỳ"))], dictionary=False)
>>> index.match("hoa ky"), index.match("Mĩ")
({'country:US': 2}, None)
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.actors import ACTORS_DIR, Actor, load_actors, shipped_actors
from ingest.normalize import fold_diacritics

_NON_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the ")

# How well a name names an entity: lower wins.
ID, LABEL, ALIAS, DICTIONARY = 0, 1, 2, 3

Ranks = dict[str, int]  # entity id -> rank of the best name it matched by
Dictionary = str | Path | bool | None  # a folder of actor files; None or True: the shipped one; False: none


def exact_key(name: str) -> str:
    """`name` with case and punctuation ignored but diacritics kept.

    >>> exact_key("  Hoa Kỳ!"), exact_key("NGA"), exact_key("Ngà")
    ('hoa kỳ', 'nga', 'ngà')
    """
    s = unicodedata.normalize("NFC", str(name)).casefold()
    return _LEADING_THE.sub("", _NON_WORD.sub(" ", s).strip())


def loose_key(name: str) -> str:
    """`name` with case, punctuation and diacritics ignored (`ingest.normalize.fold_diacritics`).

    >>> loose_key("Hoa Kỳ"), loose_key("Ngà"), loose_key("Đức"), loose_key("The West"), loose_key("Støre")
    ('hoa ky', 'nga', 'duc', 'west', 'store')
    """
    return _LEADING_THE.sub("", _NON_WORD.sub(" ", fold_diacritics(str(name)).casefold()).strip())


def surname(entity: NamedEntity) -> str | None:
    """The last word of a person's label of two words or more, which names that person if no other has it.

    >>> surname(NamedEntity("p", "Volodymyr Zelensky", "PERSON")), surname(NamedEntity("c", "South Korea", "COUNTRY"))
    ('Zelensky', None)
    """
    words = entity.label.split()
    return words[-1] if entity.type == "PERSON" and len(words) >= 2 else None


@dataclass(frozen=True)
class NamedEntity:
    """What the index needs of a node: its id, label, type and aliases."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()


class NameIndex:
    """Every name of every entity, by exact and by loose key, with the dictionary's names as a fallback.

    `dictionary`: the folder of actor YAML files whose names also count (after
    the graph's own); None means the extractor's shipped `extract/data/actors`,
    False none. It is read on the first look-up that needs it.
    """

    def __init__(self, entities: Iterable[NamedEntity], dictionary: Dictionary = None):
        self._exact: dict[str, Ranks] = {}
        self._loose: dict[str, Ranks] = {}
        self._display: dict[str, str] = {}  # loose key -> a name as written, for suggestions
        self._surnames: dict[str, Ranks] = {}  # last word of a person's label -> person ids
        self._ids: list[str] = []
        for entity in entities:
            self._ids.append(entity.id)
            for rank, names in ((ID, (entity.id,)), (LABEL, (entity.label,)), (ALIAS, entity.aliases)):
                for name in names:
                    loose = loose_key(name)
                    for index, key in ((self._exact, exact_key(name)), (self._loose, loose)):
                        if not key:
                            continue
                        slot = index.setdefault(key, {})
                        if slot.get(entity.id, 9) > rank:
                            slot[entity.id] = rank
                    self._display.setdefault(loose, name)
            last = surname(entity)
            if last:
                self._surnames.setdefault(loose_key(last), {})[entity.id] = ID
        self._dictionary_source = dictionary
        self._dictionary: tuple[dict[str, Ranks], dict[str, Ranks]] | None = None

    def match(self, name: str) -> Ranks | None:
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

    def suggest(self, name: str, n: int = 5) -> list[tuple[str, str]]:
        """(name as written, entity id) of the names closest to `name`: difflib over the diacritic-free
        names, then names holding all its words."""
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
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        for k in keys:
            for entity_id in sorted(names[k], key=lambda i: (names[k][i], i)):
                if entity_id not in seen:
                    seen.add(entity_id)
                    out.append((self._display.get(k, k), entity_id))
        return out[:n]

    def _dictionary_index(self) -> tuple[dict[str, Ranks], dict[str, Ranks]]:
        """Names the actor dictionary gives the graph's entities, read on the first look-up that needs them."""
        if self._dictionary is None:
            exact: dict[str, Ranks] = {}
            loose: dict[str, Ranks] = {}
            for entity_id, names in dictionary_names(self._dictionary_source, self._ids):
                for name in names:
                    for index, key in ((exact, exact_key(name)), (loose, loose_key(name))):
                        if key:
                            index.setdefault(key, {})[entity_id] = DICTIONARY
                    self._display.setdefault(loose_key(name), name)
            self._dictionary = (exact, loose)
        return self._dictionary


def dictionary_names(source: Dictionary, wanted: Iterable[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(id, label and aliases) of each actor-dictionary record whose id is in `wanted`, in dictionary order.

    A missing folder or an unreadable dictionary gives nothing: the dictionary only adds names.
    """
    if source is False:
        return
    wanted = set(wanted)
    for entity_id, actor in _dictionary(str(ACTORS_DIR if source is None or source is True else source)).items():
        if entity_id in wanted:
            yield entity_id, actor.aliases


def _dictionary(folder: str) -> Mapping[str, Actor]:
    """The actor records in `folder`, or none when it cannot be read."""
    try:
        if Path(folder).resolve() == ACTORS_DIR.resolve():
            return shipped_actors()
        return load_actors(folder) if Path(folder).is_dir() else {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError):
        return {}
