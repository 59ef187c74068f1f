"""Words that stand for an actor named earlier: "nước này", "hai nhà lãnh đạo",
"chúng tôi" inside a quote.

`AnaphoraMentions` is one part of `MentionFinder` (see mentions.py).
"""
from __future__ import annotations

from .types import ACTOR_TYPES, Entity, Mention


class AnaphoraMentions:
    """Anaphora and first-person pronouns (a part of `MentionFinder`, whose `ctx` and
    phrase indexes it uses)."""

    def anaphora_mentions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The anaphora of a sentence whose other `mentions` are known, outside them."""
        found: list[Mention] = []

        def free(start: int, end: int) -> bool:
            return all(end <= m.start or start >= m.end for m in mentions + found)

        for a in self.anaphora.find(text):
            if free(a.start, a.end):
                referent = self._last_before(a.value, mentions + found, a.start)
                if referent is not None:
                    found.append(Mention(a.start, a.end, a.text, referent, kind="pronoun"))
        speaker = self._speaker(text, mentions + found)
        if speaker is not None:
            for p in self.first_person.find(text):
                if free(p.start, p.end) and not (speaker.start <= p.start < speaker.end):
                    referent = speaker.entity
                    if p.value == "plural" and speaker.entity.type == "PERSON":
                        referent = speaker.role_of or self.ctx.person_country.get(speaker.entity.id) or referent
                    found.append(Mention(p.start, p.end, p.text, referent, kind="pronoun"))
        for a in self.pair_anaphora.find(text):
            # "hai nước Qatar và Bahrain" names its pair: the names are the mentions.
            if free(a.start, a.end) and not self._names_follow(text, a.end, mentions + found):
                pair = self._last_pair(a.value, mentions + found, a.start)
                if pair:
                    # two mentions on one span: coordinated
                    found.extend(Mention(a.start, a.end, a.text, referent, kind="pronoun") for referent in pair)
        return found

    def _speaker(self, text: str, mentions: list[Mention]) -> Mention | None:
        """The actor who speaks in a sentence with a quote: the mention right before a speech verb."""
        if not any(q in text for q in "“”\"«»"):
            return None
        for verb in self.speech_verbs.find(text):
            before = [m for m in mentions if m.end <= verb.start and not text[m.end : verb.start].strip(" ,")]
            if before and before[-1].actor.type in ACTOR_TYPES:
                return before[-1]
        return None

    def _names_follow(self, text: str, end: int, mentions: list[Mention]) -> bool:
        return any(m.start - end <= 1 and m.start >= end for m in mentions)

    def _last_pair(self, type_: str, mentions: list[Mention], position: int) -> list[Entity]:
        """The two distinct entities of `type_` named last before `position`."""
        recent = list(self.ctx.recent)
        for m in sorted(mentions, key=lambda m: m.start):
            if m.end <= position:
                if m.actor in recent:
                    recent.remove(m.actor)
                recent.append(m.actor)
        fitting = [e for e in reversed(recent) if e.type == type_]
        return fitting[:2] if len(fitting) >= 2 else []

    def _last_before(self, type_: str, mentions: list[Mention], position: int) -> Entity | None:
        """The entity of `type_` mentioned last before `position` (this sentence first, then the article)."""
        earlier = [m for m in mentions if m.end <= position and m.actor.type == type_]
        if earlier:
            return max(earlier, key=lambda m: m.start).actor
        return self.ctx.last_by_type.get(type_)
