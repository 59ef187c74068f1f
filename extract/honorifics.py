"""Honorifics and what follows them: "ông Dmitriev", "bà Olga Oliker", "ông Tập".

`HonorificMentions` is one part of `MentionFinder` (see mentions.py). With no
name after it, "ông"/"bà" is a pronoun for the last person named; before a
country ("người đồng cấp Mỹ") it is that country's person in the article.
"""
from __future__ import annotations

from .dates import date_start_before
from .mention_reader import MentionReader
from .names import WORD, is_capitalised
from .phrases import PhraseMatch, fold
from .types import Entity, Mention

QUALIFIER_WORDS = 4  # words between an honorific and the "của" of its country ("nhà ngoại giao hàng đầu của Nga")
FAMILY_FIRST_COUNTRIES = {"country:CN", "country:TW", "country:KP", "country:KR", "country:HK", "country:MO"}


class HonorificMentions(MentionReader):
    """Mentions introduced by an honorific (a part of `MentionFinder`, whose `lex`, `ctx`,
    `_person_at` and `_skip` it uses)."""

    def _family_first(self, person: Entity, surface: str) -> bool:
        """Chinese and Korean names put the family name first: "Tập Cận Bình", "Moon Jae-in"."""
        if any("-" in w for w in surface.split()[1:]):
            return True
        actor = self.lex.actor(person.id)
        return actor is not None and any(r.of in FAMILY_FIRST_COUNTRIES for r in actor.roles)

    def _honorific_mention(self, text: str, h: PhraseMatch[str], by_start, mentions: list[Mention]) -> Mention | None:
        pos = self._skip(text, h.end)
        hit = by_start.get(pos)
        ranked = self._skip(text, pos, self.honorific_ranks)
        if hit is None and ranked > pos and by_start.get(ranked) is not None:
            pos, hit = ranked, by_start.get(ranked)  # "Quan chức cấp cao Palestine Hanan Ashrawi"
        if hit is not None:
            entity = self.entity_of(hit.value)
            if entity.type == "COUNTRY" and fold(h.text) in self.private_honorifics:
                return self._private_person(text, h, hit, by_start)
            if entity.type in ("COUNTRY", "ORGANIZATION"):
                named = self._person_at(text, self._skip(text, hit.end), by_start)
                if named is not None:
                    # "người đồng cấp Nga Vladimir Putin", "lãnh đạo Công đảng Jeremy Corbyn":
                    # a person, of that country or body.
                    person, end = named
                    name = text[self._skip(text, hit.end) : end]
                    self.ctx.learn_person(person, name, None, entity, self._family_first(person, name))
                    return Mention(h.start, end, text[h.start : end], person, role_of=entity, kind="honorific", name=name)
                if entity.type != "COUNTRY":
                    return None
                # "người đồng cấp Mỹ", "nhà lãnh đạo Triều Tiên": a person of that country; "quan chức Nhật Bản",
                # "giới chức Iran", "các quan chức Mỹ": its officials, who speak for the country, not its one person named.
                plural = fold(h.text) in self.collective_honorifics or \
                    bool(set(fold(text[max(0, h.start - 12) : h.start]).split()[-1:]) & self.plural_words)
                counterpart = None
                if not plural and fold(h.text) in self.counterpart_honorifics:  # not "quan chức Nhật Bản"
                    counterpart = self.country_person(entity, self._last_before("PERSON", mentions, h.start))
                if counterpart is not None:
                    return Mention(h.start, hit.end, text[h.start : hit.end], counterpart, role_of=entity, kind="descriptor")
                return Mention(h.start, hit.end, text[h.start : hit.end], entity, acts_for=entity, kind="descriptor")
            if entity.type != "PERSON":
                return None
        if hit is None and fold(h.text) not in self.pronouns:
            owned = self._owned_person(text, h, pos, by_start)  # "quan chức phụ trách ... của EU Federica Mogherini"
            if owned is not None:
                return owned
        named_at = self._person_at(text, pos, by_start)
        family = self._family_name_at(text, pos)
        if family is not None and (named_at is None or named_at[0].in_dictionary is False and named_at[0] != family[0]):
            named_at = family
        if named_at is None:
            if fold(h.text) in self.pronouns and not is_capitalised(text[pos : pos + 1]):
                # "Ông cho biết": he, the last person named ("bà": she, the last woman named).
                referent = self._last_person(fold(h.text), mentions, h.start, text)
                if referent is not None:
                    return Mention(h.start, h.end, h.text, referent, kind="pronoun")
            return None
        entity, end = named_at
        office = self.lex.country_office(entity.id, self.ctx.year) if fold(h.text) in self.leader_honorifics else None
        role, role_of = office if office is not None else (None, None)  # "Nhà lãnh đạo Kim Jong-un"
        # learnt without the office: "các lãnh đạo của Nga" later is Russia's leaders, not him alone
        self.ctx.learn_person(entity, text[pos:end], None, None, self._family_first(entity, text[pos:end]))
        if fold(h.text) in self.pronouns:
            self.ctx.honorific_of.setdefault(entity.id, fold(h.text))
        # The span starts at the honorific, so "của bà Clinton" reads as a possessive.
        return Mention(h.start, end, text[h.start : end], entity, role=role, role_of=role_of, kind="honorific",
                       name=text[pos:end])

    def _private_person(self, text: str, h: PhraseMatch[str], country: PhraseMatch[str], by_start) -> Mention | None:
        """ "luật sư Nga Natalya V.", "luật sư Nga, bà Natalya V.": a person of the country who holds
        no office of it and does not speak for it; without a name, no mention (the country
        stays a plain mention after a word that is no subject's)."""
        named = self._person_at(text, self._skip(text, country.end), by_start)
        if named is not None:
            person, end = named
            name = text[self._skip(text, country.end) : end]
        else:
            apposed = self._apposed_person(text, country.end, by_start)
            if apposed is None:
                return None
            person, name_start, end = apposed
            name = text[name_start:end]
        self.ctx.learn_person(person, name, None, None, self._family_first(person, name))
        return Mention(h.start, end, text[h.start : end], person, kind="honorific", name=name)

    def _last_person(self, pronoun: str, mentions: list[Mention], position: int, text: str) -> Entity | None:
        """The person "ông" or "bà" stands for: the speaker of the speech verb it follows, else the last
        named before `position` (in this sentence, then in the article) that the article has not named
        with the other honorific."""
        def fits(person: Entity) -> bool:
            return self.ctx.honorific_of.get(person.id, pronoun) == pronoun

        earlier = sorted((m for m in mentions if m.end <= position and m.actor.type == "PERSON"), key=lambda m: m.start)
        speaker = self._reporting_speaker(text, earlier, position)
        if speaker is not None and fits(speaker):
            return speaker  # "Ông Trump cho biết, khi gặp ông Putin, ông đã ...": Trump, who says it
        for m in reversed(earlier):
            if fits(m.actor):
                return m.actor
        opening = self.ctx.opening
        if not any(m.end <= position for m in mentions) and opening is not None and opening.type == "PERSON" and fits(opening):
            return opening  # "Lavrov gặp Blinken. Ông cũng cáo buộc ...": the sentence before's subject, Lavrov
        return next((p for p in reversed(self.ctx.recent) if p.type == "PERSON" and fits(p)), None)

    def _reporting_speaker(self, text: str, persons: list[Mention], position: int) -> Entity | None:
        """The person right before the last speech verb ahead of `position` (past its adverbs), when the
        pronoun at `position` is in what that person says, not quoted."""
        verb = next((v for v in reversed(self.speech_verbs.find(text)) if v.end <= position), None)
        if verb is None:
            return None
        before = [m for m in persons if m.end <= verb.start]
        said = text[verb.end : position]
        if said.count("“") > said.count("”") or said.count("«") > said.count("»") or said.count('"') % 2:
            return None  # inside the quote, the speaker is "tôi": "ông ấy" there is someone else
        # "Ông Trump ngày 7/6 cho biết Tổng thống Putin đã mời ông ...": past a date too (Trump)
        adverbs_end = date_start_before(text, len(text[: verb.start].rstrip()))
        if not before:
            # "Kalanick nói, ông đã gọi điện cho ...": a name the article introduced, read as a mention only later
            words = text[:adverbs_end].split()
            return next((p for n in (3, 2, 1) if len(words) >= n
                         and (p := self.ctx.local_names.get(" ".join(words[-n:]))) is not None and p.id != "ambiguous"), None)
        between = fold(text[before[-1].end : adverbs_end]).replace(",", " ").split()
        return before[-1].actor if all(w in self.speech_adverbs for w in between) else None

    def _owned_person(self, text: str, h: PhraseMatch[str], pos: int, by_start) -> Mention | None:
        """A person after an honorific, a phrase and "của" + the body or country they serve."""
        far = self.far_owner_start(text, pos, by_start, {})
        if far == pos:
            return None
        owner, after, owner_start = self._owner_at(text, far, by_start, {})
        if owner is None or owner.type == "PERSON":
            return None
        named = self._person_at(text, after, by_start)
        if named is None and owner.type == "COUNTRY" and len(text[pos:far].split()) <= QUALIFIER_WORDS:
            # "các nhà ngoại giao hàng đầu của Nga": its person holding the office of the one
            # last named (the counterpart), else the country
            end = owner_start + len(text[owner_start:after].rstrip())
            person = self.country_person(owner, self._last_before("PERSON", [], h.start))
            if person is not None:
                return Mention(h.start, end, text[h.start : end], person, role_of=owner, kind="descriptor")
            return Mention(h.start, end, text[h.start : end], owner, acts_for=owner, kind="descriptor")
        if named is None:
            return None
        person, end = named
        name = text[after:end]
        self.ctx.learn_person(person, name, None, owner, self._family_first(person, name))
        return Mention(h.start, end, text[h.start : end], person, role_of=owner, kind="honorific", name=name,
                       owner_name=self._owner_name(text, owner, owner_start, after))

    def country_person(self, country: Entity, reference: Entity | None) -> Entity | None:
        """The one person the article gave `country`; of several, the one holding the office
        of `reference` (the counterpart of the person last named)."""
        persons = list(self.ctx.country_persons.get(country.id, []))
        if len(persons) > 1:
            office = self.ctx.offices.get(getattr(reference, "id", ""))
            persons = [p for p in persons if office and self.ctx.offices.get(p.id) == office]
        return persons[0] if len(persons) == 1 else None

    def _family_name_at(self, text: str, pos: int) -> tuple[Entity, int] | None:
        """ "ông Tập": a family name the article has used in a full name before."""
        m = WORD.match(text, pos)
        if not m:
            return None
        person = self.ctx.family_names.get(m.group())
        if person is None or person.id == "ambiguous":
            return None
        return person, m.end()
