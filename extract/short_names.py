"""A ministry named with its country, then by its bare name: "Bộ Ngoại giao Nga cáo buộc ... Bộ
Ngoại giao cũng cảnh báo ..." (the second is Russia's ministry, not Vietnam's).

`ShortNameMentions` is one part of `MentionFinder` (see mentions.py). On the first pass over an
article, each ministry named as "<ministry> <country>" (a key of ministries.yaml that opens with
"Bộ") is learnt under its bare name; on the reading pass, the bare name, followed by no name of its
own, is that ministry. An article that names two ministries of one kind learns nothing for it (the
bare name stays unread, as before: the Vietnamese press leaves its own state's ministries unnamed).
"""
from __future__ import annotations

from typing import Callable

from .mention_reader import MentionReader
from .names import is_capitalised
from .types import Entity, Mention


class ShortNameMentions(MentionReader):
    """Ministries named by their bare name after the article named them with their country."""

    def learn_short_names(self, mentions: list[Mention]) -> None:
        """First pass: the ministries named with their country, under their bare name."""
        for m in mentions:
            if m.entity.type != "ORGANIZATION":
                continue
            short = next((n for n in self.ministry_names.find(m.text) if n.start == 0 and n.end < len(m.text)), None)
            country = self._country_of(m)
            if short is None or country is None or not self._names(m.text[short.end :], country):
                continue  # "Bộ Tư pháp mà cả phía Nga ...": more than the ministry and its country
            known = self.ctx.short_names.get(short.value, m)
            self.ctx.short_names[short.value] = m if known is not None and known.entity == m.entity else None

    def short_name_mentions(self, text: str, by_start, free: Callable[[int, int], bool]) -> list[Mention]:
        """Reading pass: a bare ministry name the article learnt, with no name of its own after it."""
        found = []
        for hit in self.ministry_names.find(text):
            learnt = self.ctx.short_names.get(hit.value)  # None: not learnt, or two ministries of that kind
            if learnt is None or not free(hit.start, hit.end) or hit.start in by_start:
                continue
            after = self._skip(text, hit.end)
            if after in by_start or is_capitalised(text[after : after + 1]):
                continue  # "Bộ Ngoại giao Pháp", "Bộ Ngoại giao Mỹ-Nhật": a name of its own
            found.append(Mention(hit.start, hit.end, text[hit.start : hit.end], learnt.entity, acts_for=learnt.acts_for,
                                 name=text[hit.start : hit.end]))
        return found

    def _names(self, words: str, country: Entity) -> bool:
        """Whether `words` are the country's name and nothing more (" Nga", " của Nga")."""
        words = words.strip()
        words = words[4:] if words.startswith("của ") else words
        hits = self.lex.names.find(words)
        return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(words) and self.entity_of(hits[0].value) == country

    def _country_of(self, m: Mention) -> Entity | None:
        for entity in (m.acts_for, m.role_of):
            if entity is not None and entity.type == "COUNTRY":
                return entity
        actor = self.lex.actor(m.entity.id)
        return self.lex.entity(actor.country) if actor is not None and actor.country else None
