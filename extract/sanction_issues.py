"""Sanctions on a country as an issue: "gói trừng phạt mới nhằm vào Nga", "các biện pháp cấm vận đối
với Cuba".

`SanctionMentions` is one part of `MentionFinder` (see mentions.py). A sanctions noun
(markers.yaml sanction_nouns), a few words, a target link (sanction_targets) and a
country name the issue "Sanctions on <country>": the dictionary's issue where it has
one (issue:sanctions_on_russia), else a new one. A stance on it is a stance on the
sanctions, not on the country ("Hungary phản đối gói trừng phạt mới nhằm vào Nga");
the country stays what the issue names (`role_of`). Not inside a cue of sanctions
("áp đặt các biện pháp trừng phạt nhằm vào Iran" sanctions Iran), nor when an actor
stands inside ("gói trừng phạt của EU đối với Nga": the EU is named).
"""
from __future__ import annotations

import re
from typing import Callable

from .mention_reader import MentionReader
from .names import slug
from .phrases import PhraseIndex, PhraseMatch, fold
from .sentence import word_count
from .types import Mention

MODIFIER_WORDS = 4  # "gói trừng phạt (thứ 18) (mới nhất) nhằm vào Nga"
_BREAK = re.compile(r"[,;:()\"“”.]")


class SanctionMentions(MentionReader):
    """Sanctions on a named country (a part of `MentionFinder`, whose `lex`, `ctx`, `entity_of`
    and `_new_entity` it uses)."""

    sanction_nouns: PhraseIndex[str]
    sanction_targets: PhraseIndex[str]

    def sanction_mentions(self, text: str, by_start: dict[int, PhraseMatch[str]],
                          free: Callable[[int, int], bool]) -> list[Mention]:
        found: list[Mention] = []
        if "rừng phạt" not in text and "ấm vận" not in text:  # no "(T|t)rừng phạt", no "(C|c)ấm vận": no scan
            return found
        nouns = self.sanction_nouns.find(text)
        known = list(by_start.values())
        imposed = [c for c in self.lex.cues.find(text) if c.value == "sanctions"]
        for noun in nouns:
            if not free(noun.start, noun.end) or any(d.start <= noun.start < d.end for d in known):
                continue  # the dictionary's own name of these sanctions ("các lệnh trừng phạt đối với Nga")
            if any(c.start < noun.start < c.end for c in imposed):
                continue  # "áp đặt các biện pháp trừng phạt nhằm vào Iran": a cue of sanctions, read as one
            target = next((t for t in self.sanction_targets.find(text[noun.end :])), None)
            right_after = by_start.get(self._skip(text, noun.end))
            if right_after is not None and not self._relative_after(text, right_after.end) \
                    and not self._imposed_before(text, noun.start):
                link_start = link_end = noun.end  # "phản đối lệnh trừng phạt Triều Tiên": on North Korea
            elif target is None:
                continue
            else:
                link_start, link_end = noun.end + target.start, noun.end + target.end
            country = by_start.get(self._skip(text, link_end))
            between = text[noun.end : link_start]
            if country is None or _BREAK.search(between) or word_count(text, noun.end, link_start) > MODIFIER_WORDS \
                    or any(noun.end <= d.start < link_start for d in known):
                continue
            target_entity = self.entity_of(country.value)
            if target_entity.type != "COUNTRY" or not free(noun.start, country.end):
                continue
            label = f"Sanctions on {target_entity.label}"
            actor = self.lex.actors.get(f"issue:{slug(label)}")
            entity = actor.entity if actor is not None else self._new_entity("issue", label, "ISSUE")
            found.append(Mention(noun.start, country.end, text[noun.start : country.end], entity,
                                 role_of=target_entity, name=text[noun.start : country.end]))
        return found

    def _imposed_before(self, text: str, position: int) -> bool:
        """Whether a verb of imposing ends right before the noun (past a determiner): "duy trì lệnh trừng
        phạt Iran" sanctions Iran, read as a statement noun (nominal.py)."""
        before = text[:position].split()
        if before and fold(before[-1]) in self.determiner_words:
            before = before[:-1]
        return any(fold(" ".join(before[-n:])) in self.imposing_verbs for n in (1, 2) if len(before) >= n)

    def _relative_after(self, text: str, position: int) -> bool:
        """Whether a verb of imposing follows the country, which is then its agent: "các lệnh trừng phạt
        Mỹ áp đặt lên Nga" (the United States' sanctions)."""
        after = text[position:].split(maxsplit=2)
        return bool(after) and any(fold(" ".join(after[:n])) in self.imposing_verbs for n in (1, 2))
