"""Organisations and documents defined with their acronym: "Lực lượng an ninh biên giới Ấn Độ
(BSF)", "Tổ chức Giám sát nhân quyền Syria (SOHR)", "Hiệp định Thương mại tự do Bắc Mỹ (NAFTA)",
then "BSF" or "NAFTA" alone later in the article.

`AcronymMentions` is one part of `MentionFinder` (see mentions.py). A name in
parentheses made of capitals, right after an organisation's name, is that
organisation's acronym for the rest of the article. The name before it is one
the dictionary knows, or runs back to an organisation head ("Lực lượng",
"phong trào"); it is the dictionary's organisation when the acronym is, and a
new organisation labelled with the acronym otherwise. A name that runs back to
a document head instead ("Hiệp định", "Đạo luật": names.yaml document_heads) is
an agreement or a law, an issue, labelled with the acronym.
"""
from __future__ import annotations

import re

from .mention_reader import MentionReader
from .names import is_capitalised
from .phrases import PhraseIndex, PhraseMatch, fold
from .types import Mention

# "(BSF)", "(RDIF)", "(P5+1)", "(ITAR-TASS)", "(VIFA UK)"; not "(AFP)" after a name of a person.
_DEFINED = re.compile(r"\(\s*([A-ZĐ][A-Za-z0-9&+\-]{1,11}(?: [A-Z]{2,4})?)\s*\)")
_BREAKS = re.compile(r"[,;:.()\"“”]")
MAX_NAME_WORDS = 15
ORGANIZATION_TYPES = ("ORGANIZATION", "GROUP")


def acronym_shaped(word: str) -> bool:
    """Two capitals or digits at least, and more capitals than small letters: "BSF", "LoC", "P5+1".

    >>> [acronym_shaped(w) for w in ("BSF", "LoC", "P5+1", "Nga", "Iran")]
    [True, True, True, False, False]
    """
    capitals = sum(c.isupper() for c in word)
    return capitals + sum(c.isdigit() for c in word) >= 2 and capitals > sum(c.islower() for c in word)


class AcronymMentions(MentionReader):
    """Organisations named with an acronym in parentheses (a part of `MentionFinder`,
    whose `lex`, `ctx`, `entity_of` and `_new_entity` it uses)."""

    acronym_heads: PhraseIndex[str]
    document_heads: PhraseIndex[str]

    def defined_organizations(self, text: str, by_start: dict[int, PhraseMatch[str]]) -> list[Mention]:
        """The organisations of the sentence named just before an acronym in parentheses;
        each acronym is learnt as the organisation's name in the article."""
        found = []
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            if not acronym_shaped(acronym):
                continue
            name_end = len(text[: m.start()].rstrip())
            document = self._defined_document(text, m, name_end)
            if document is not None:
                found.append(document)
                continue
            known = next((d for d in by_start.values() if d.end == name_end), None)
            owner = self.entity_of(known.value) if known is not None else None
            if owner is not None and owner.type in ORGANIZATION_TYPES:
                self.ctx.learn_alias(acronym, owner)  # "Quỹ đầu tư trực tiếp Nga (RDIF)"
                continue
            head = self._organization_head_before(text, name_end)
            if head is None:
                continue
            entity = self._acronym_entity(acronym)
            if entity is None:
                continue
            self.ctx.learn_alias(acronym, entity)
            name = text[head.start : name_end]
            role_of = owner if owner is not None and owner.type == "COUNTRY" else None
            found.append(Mention(head.start, m.end(), text[head.start : m.end()], entity, role_of=role_of, name=name))
        return found

    def _defined_document(self, text: str, acronym: re.Match[str], name_end: int) -> Mention | None:
        """ "Hiệp định Thương mại tự do Bắc Mỹ (NAFTA)": an agreement or a law named before its acronym,
        the dictionary's issue if the acronym is one, else a new issue labelled with it. Not when the
        acronym is the dictionary's organisation or country ("Hiệp ước Bắc Đại Tây Dương (NATO)"), nor
        when a party is named inside ("thỏa thuận hòa bình với Quân đội nhân dân Mới (NPA)")."""
        start = _phrase_start(text, name_end)
        window = text[start:name_end]
        head = next(iter(self.document_heads.find(window)), None)
        if head is None or self._organization_head_before(text, name_end, before=start + head.start) is not None:
            return None
        after = window[head.end :].split()
        if not after or len(after) > MAX_NAME_WORDS or not (is_capitalised(head.text) or is_capitalised(after[0])):
            return None
        if any(fold(word) in self.document_name_breaks for word in after):
            return None
        name = acronym.group(1)
        hit = next((h for h in self.lex.names.find(name) if h.start == 0 and h.end == len(name)), None)
        if hit is not None and self.entity_of(hit.value).type != "ISSUE":
            return None
        entity = self.entity_of(hit.value) if hit is not None else self._new_entity("issue", name, "ISSUE")
        self.ctx.learn_alias(name, entity)
        start += head.start
        return Mention(start, acronym.end(), text[start : acronym.end()], entity, name=text[start:name_end])

    def _organization_head_before(self, text: str, end: int, before: int | None = None) -> PhraseMatch[str] | None:
        """The last organisation head of the words before `end`, within one phrase (and starting
        before `before`, if given)."""
        start = _phrase_start(text, end)
        window = text[start:end]
        title_starts = {t.start for t in self.lex.titles.find(window)}
        for head in self.acronym_heads.find(window):  # the first head of the phrase starts the name
            if head.start in title_starts:
                continue  # "Bộ trưởng ...": a title, not the ministry
            if " " not in head.text and not is_capitalised(head.text):
                continue  # "xã hội", "cơ sở": one syllable heads only with their capital
            if before is not None and start + head.start >= before:
                return None
            if len(window[head.start :].split()) <= MAX_NAME_WORDS:
                return PhraseMatch(start + head.start, start + head.end, head.text, head.value)
        return None

    def _acronym_entity(self, acronym: str):
        """The dictionary's organisation with this acronym, or a new one named by it."""
        hit = next((h for h in self.lex.names.find(acronym) if h.start == 0 and h.end == len(acronym)), None)
        if hit is not None:
            entity = self.entity_of(hit.value)
            return entity if entity.type in ORGANIZATION_TYPES else None
        return self._new_entity("org", acronym, "ORGANIZATION")


def _phrase_start(text: str, end: int) -> int:
    """Where the phrase ending at `end` starts: after the last comma, parenthesis or quote before it."""
    start = 0
    for match in _BREAKS.finditer(text, 0, end):
        start = match.end()
    return start
