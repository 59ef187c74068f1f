"""A ministry named with its country, then by its bare name: "Bộ Ngoại giao Nga cáo buộc ... Bộ
Ngoại giao cũng cảnh báo ..." (the second is Russia's ministry, not Vietnam's).

`ShortNameMentions` is one part of `MentionFinder` (see mentions.py). On the first pass over an
article, each ministry named as "<ministry> <country>" (a key of ministries.yaml that opens with
"Bộ") is learnt under its bare name; on the reading pass, the bare name, followed by no name of its
own, is that ministry. An article that names two ministries of one kind learns nothing for it.
A bare name the article did not learn is the ministry of the country it names most; a ministry only
Vietnam names so ("Bộ Công an", names.yaml vietnamese_ministries) is Vietnam's.
"""
from __future__ import annotations

from typing import Callable

from .lexicon import VIETNAM
from .mention_reader import MentionReader
from .names import LIST_JOINT, is_capitalised
from .phrases import fold
from .types import Entity, Mention

HOME_MENTIONS = 3


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
        """Reading pass: a bare ministry name the article learnt, with no name of its own after it; one it
        did not learn is the ministry of the country the article names most ("Bộ Tư pháp" in an article
        about Mr Trump's decrees is the United States'; in one about Hanoi, Vietnam's)."""
        found = []
        for hit in self.ministry_names.find(text):
            if not free(hit.start, hit.end) or hit.start in by_start:
                continue
            after = self._skip(text, hit.end)
            if after in by_start or is_capitalised(text[after : after + 1]):
                continue  # "Bộ Ngoại giao Pháp", "Bộ Ngoại giao Mỹ-Nhật": a name of its own
            surface = text[hit.start : hit.end]
            if hit.value in self.ctx.short_names:
                learnt = self.ctx.short_names[hit.value]  # None: two ministries of that kind
                if learnt is not None:
                    found.append(Mention(hit.start, hit.end, surface, learnt.entity, acts_for=learnt.acts_for, name=surface))
                continue
            if not self.lex.ministries.get(hit.value, "").startswith(("Ministry", "Department")):
                continue  # "Bộ Tư lệnh": a command, one of many
            home = self._country_of_next(text, hit.end, by_start)
            if home is None:
                home = self.lex.entity(VIETNAM) if fold(hit.value) in self.vietnamese_ministries else self._home_country()
            if home is not None:  # a ministry the dictionary lacks speaks for the country taken as its home
                ministry = self._ministry_of(hit.value, home)
                found.append(Mention(hit.start, hit.end, surface, ministry, acts_for=None if ministry.in_dictionary else home,
                                     role_of=home, name=surface))
        return found

    def _country_of_next(self, text: str, end: int, by_start) -> Entity | None:
        """ "Bộ Tài chính, Bộ Ngoại giao Mỹ", "Bộ Tư pháp và Bộ An ninh Nội địa Mỹ": the country named
        after the next ministry of a list is this one's too."""
        joint = LIST_JOINT.match(text, end)
        following = self.ministry_names.starting_at(text, joint.end()) if joint is not None else None
        if following is None:
            return None
        known = by_start.get(following.start)
        if known is not None:  # "Bộ Ngoại giao Mỹ" as the dictionary names it
            return self.lex.home_country(known.value)
        country = by_start.get(self._skip(text, following.end))
        named = self.entity_of(country.value) if country is not None else None
        return named if named is not None and named.type == "COUNTRY" else None

    def _home_country(self) -> Entity | None:
        """The country the article names most, named HOME_MENTIONS times at least and more than any other
        (an article about Vietnam hardly names it: a country named in passing there is no home)."""
        ranked = sorted(self.ctx.country_counts.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < HOME_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return self.lex.entity(ranked[0][0])

    def _ministry_of(self, bare: str, country: Entity) -> Entity:
        """The dictionary's ministry named "<bare> <country>" ("Bộ Tư pháp Mỹ"), else a new one."""
        actor = self.lex.actor(country.id)
        for alias in actor.aliases if actor is not None else ():
            hit = next((h for h in self.lex.names.find(f"{bare} {alias}") if h.start == 0), None)
            if hit is not None and hit.end == len(bare) + 1 + len(alias) and self.entity_of(hit.value).type == "ORGANIZATION":
                return self.entity_of(hit.value)
        head, body = bare.split(" ", 1)  # "Bộ", "Tư pháp": labelled as when named with the country ("Bộ Tư pháp Pháp")
        label = self._organization_label(head, body, country) or f"{bare} of {country.label}"
        return self._new_entity("org", label, "ORGANIZATION")

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
        return self.lex.home_country(m.entity.id)
