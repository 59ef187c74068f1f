"""What the mention readers share, declared once for the type checker.

`MentionFinder` (mentions.py) mixes in one reader per kind of evidence
(titles.py, honorifics.py, ...). Each reader uses the lexicon, the article's
context, the word lists of `MentionWords` and a few helpers another reader
defines; `MentionReader` declares them so that each module can be read, and
checked, on its own. At run time it is an empty base.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import ArticleContext
    from .lexicon import Lexicon, Title
    from .mention_words import MentionWords
    from .phrases import PhraseMatch
    from .types import Entity, Mention

    class MentionReader(MentionWords):
        lex: Lexicon
        ctx: ArticleContext

        # mentions.py
        def entity_of(self, entity_id: str) -> Entity: ...
        def _new_entity(self, kind: str, label: str, type_: str) -> Entity: ...
        def _person_at(self, text: str, start: int, by_start: dict[int, PhraseMatch[str]],
                       after_title: bool = False) -> tuple[Entity, int] | None: ...
        def _skip(self, text: str, pos: int, words: tuple[str, ...] = ()) -> int: ...
        def _past_acronyms(self, text: str, start: int) -> int: ...

        # anaphora.py
        def country_anaphor_at(self, text: str, pos: int, by_start) -> tuple[Entity, int] | None: ...
        def _last_before(self, type_: str, mentions: list[Mention], position: int,
                         text: str = "") -> Entity | None: ...

        # bare_names.py
        def _after_place_word(self, text: str, start: int) -> bool: ...
        def _vietnamese_full_name(self, words: list[str]) -> bool: ...

        # titles.py
        def far_owner_start(self, text: str, pos: int, by_start, organizations) -> int: ...
        def _owner_name(self, text: str, owner: Entity | None, start: int, end: int) -> str | None: ...
        def _descriptor(self, text: str, start: int, end: int, title: Title, owner: Entity,
                        owner_name: str | None = None) -> Mention | None: ...
        def _owner_at(self, text: str, pos: int, by_start, organizations,
                      local: bool = False, state: bool = False) -> tuple[Entity | None, int, int]: ...
        def _apposed_person(self, text: str, pos: int, by_start) -> tuple[Entity, int, int] | None: ...

        # places.py
        def _place_at(self, text: str, pos: int, by_start) -> tuple | None: ...

        # organizations.py
        def _organization_label(self, head: str, body: str, country: Entity) -> str | None: ...

        # honorifics.py
        def _family_first(self, person: Entity, surface: str) -> bool: ...
        def country_person(self, country: Entity, reference: Entity | None) -> Entity | None: ...
else:
    class MentionReader:
        """The base of the mention readers (see the module docstring)."""
