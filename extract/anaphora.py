"""Words that stand for an actor named earlier: "nước này", "hai nhà lãnh đạo",
"chúng tôi" inside a quote.

`AnaphoraMentions` is one part of `MentionFinder` (see mentions.py).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention_reader import MentionReader
from .phrases import PhraseMatch, fold
from .sentence import ACTOR_TYPES, first_words
from .types import Entity, Mention

if TYPE_CHECKING:
    from .lexicon import Title

_SHARED = re.compile(r"\s*(?:và|[-–/])\s*")  # "Tổng thống Nga và Mỹ", "Ngoại trưởng Nga – Mỹ"
RECENT_PAIR = 4  # a pair named together stands for "hai nước" while both are among the last four named


class AnaphoraMentions(MentionReader):
    """Anaphora and first-person pronouns (a part of `MentionFinder`, whose `ctx` and
    phrase indexes it uses)."""

    def anaphora_mentions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The anaphora of a sentence whose other `mentions` are known, outside them."""
        found: list[Mention] = []

        def free(start: int, end: int) -> bool:
            return all(end <= m.start or start >= m.end for m in mentions + found)

        for a in self.group_anaphora.find(text):
            after = fold(text[a.end : a.end + 20]).split()
            if free(a.start, a.end) and not any(after[: len(w.split())] == w.split() for w in self.group_anaphora_breaks):
                # "Các nước này yêu cầu Qatar ...": each country of the last list, on one span (coordinated)
                group = self._last_group(mentions, a.start, text)
                found.extend(Mention(a.start, a.end, a.text, e, kind="pronoun") for e in group)
        found.extend(self._listed_after(text, mentions, free))
        opener = self.group_pronouns.match(text)
        if opener is not None and free(opener.start(1), opener.end(1)) and self.ctx.last_groups:
            # "Ả Rập Saudi, UAE, Bahrain và Ai Cập cắt quan hệ với Qatar. Họ cáo buộc Doha ...": each of the list
            found.extend(Mention(opener.start(1), opener.end(1), opener.group(1), e, kind="pronoun")
                         for e in self.ctx.last_groups[-1])
        pairs = self.pair_anaphora.find(text)
        for a in self.anaphora.find(text):
            if any(p.start < a.end and a.start < p.end for p in pairs):
                continue  # "hai nhà lãnh đạo này": the pair, not "nhà lãnh đạo này"
            if free(a.start, a.end):
                names = self.lex.anaphora_names.get(fold(a.text))
                referent = self._last_named(names, a.value, mentions + found, a.start, text) if names \
                    else self._last_before(a.value, mentions + found, a.start, text)
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
        for a in pairs:
            # "hai nước Qatar và Bahrain" names its pair: the names are the mentions.
            if free(a.start, a.end) and not self._names_follow(text, a.end, mentions + found):
                pair = self._last_pair(a.value, mentions + found, a.start, text)
                if pair:
                    # two mentions on one span: coordinated
                    found.extend(Mention(a.start, a.end, a.text, referent, kind="pronoun") for referent in pair)
        self._forget_issue_after_unnamed_pact(text, mentions + found)
        return found

    def _forget_issue_after_unnamed_pact(self, text: str, mentions: list[Mention]) -> None:
        """An agreement named by no name ("đạt được một thỏa thuận thương mại mới") is what a later "thỏa thuận
        này" takes up, not the issue named before it: the article's last issue is forgotten."""
        demonstratives = self.lex.folded_markers("demonstratives")
        for noun in self.lex.marker_index("pact_nouns").find(text):
            after = fold(first_words(text, noun.end, 1))
            if not any(m.start <= noun.start < m.end for m in mentions) and after not in demonstratives:
                self.ctx.last_by_type.pop("ISSUE", None)

    def referent(self, text: str, m: Mention) -> Entity:
        """What a mention makes the last-named actor: the country a capital stands for, but
        the city itself where it is a place ("đến Moskva")."""
        if text and m.entity.type == "LOCATION" and self._after_place_word(text, m.start):
            return m.entity
        return m.actor

    def country_anaphor_at(self, text: str, pos: int, by_start) -> tuple[Entity, int] | None:
        """ "nước này" at `pos` after a title or a ministry ("Bộ Ngoại giao nước này"): the
        country named last, in this sentence before it or earlier in the article."""
        hit = next((a for a in self.anaphora.find(text[pos : pos + 30]) if a.start == 0 and a.value == "COUNTRY"), None)
        if hit is None:
            return None
        # a body of a country names it too: "Phủ tổng thống Hàn Quốc cho biết Tổng thống nước này Moon Jae-in"
        before = [(d.start, self._country_named(d)) for d in by_start.values() if d.end <= pos
                  and not self._after_place_word(text, d.start)]
        named = [(start, country) for start, country in before if country is not None]
        country = max(named, key=lambda n: n[0])[1] if named else self.ctx.last_by_type.get("COUNTRY")
        return (country, pos + hit.end) if country is not None else None

    def _country_named(self, hit: PhraseMatch[str]) -> Entity | None:
        """The country a dictionary name names: the country itself, or the country of a body of it."""
        entity = self.entity_of(hit.value)
        return entity if entity.type == "COUNTRY" else self._country_of_body(entity) if entity.type == "ORGANIZATION" else None

    def _country_in(self, text: str, m: Mention, anaphor: int) -> Entity | None:
        """The country a mention names for "nước này" at `anaphor`: the country, the one sanctions named by
        name are of ("trừng phạt đối với Nga liên quan đến việc nước này sáp nhập Crimea"), or the one of a
        body or a person whose words report what "nước này" does ("Bộ Ngoại giao Hàn Quốc cho biết nước này
        ...", "Thủ tướng Israel Netanyahu khẳng định nước này ..."; not "Bộ Ngoại giao Đức công bố viện trợ cho
        quốc đảo này", "Ông Trump thăm nước này")."""
        entity = self.referent(text, m)
        if entity.type == "COUNTRY":
            return entity
        reported = self._reported_subject(text, m.end, anaphor)
        if entity.type == "PERSON":  # "Thủ tướng Israel Netanyahu khẳng định nước này sẽ ...": the speaker's country
            country = m.role_of or self.ctx.person_country.get(entity.id)
            return country if reported and country is not None and country.type == "COUNTRY" else None
        if m.kind != "name":
            return None
        owner = m.role_of if m.role_of is not None else m.acts_for
        if owner is not None and owner.type == "COUNTRY":
            return owner
        body = owner if owner is not None else entity
        return self._country_of_body(body) if body.type == "ORGANIZATION" and reported else None

    def _reported_subject(self, text: str, start: int, anaphor: int) -> bool:
        """Whether the anaphor at `anaphor` opens the clause a speech verb or "mà" after `start` reports:
        "... cho biết (rằng) nước này ...", "... thỏa thuận mà nước này đã ký"; not "có tuyên bố chúc mừng
        quốc gia này", whose object it is."""
        words = text[start:anaphor]
        ends = [hit.end for hit in (*self.speech_verbs.find(words), *self.relative_markers.find(words))]
        return any(fold(words[end:]).strip(" ,:") in ("", "rằng", "là") for end in ends)

    def _country_of_body(self, body: Entity) -> Entity | None:
        """The country whose body the dictionary makes `body` ("Bộ Ngoại giao Hàn Quốc": South Korea)."""
        return self.lex.home_country(body.id)

    def _speaker(self, text: str, mentions: list[Mention]) -> Mention | None:
        """The actor who speaks in a sentence with a quote: the mention right before a speech verb."""
        if not any(q in text for q in "“”\"«»"):
            return None
        for verb in self.speech_verbs.find(text):
            if fold(verb.text) in self.reporting_verbs:  # "Reuters dẫn lời ông X (tuyên bố): “Chúng tôi ...”": X speaks
                quoted = [m for m in mentions if m.start >= verb.end and not text[verb.end : m.start].strip()]
                if quoted and quoted[0].actor.type in ACTOR_TYPES:
                    return quoted[0]
                continue
            # "Thủ tướng X (cũng/đã) bày tỏ: ...": the speaker right before the verb, past its adverbs
            before = [m for m in mentions if m.end <= verb.start
                      and all(w in self.speech_adverbs for w in fold(text[m.end : verb.start]).replace(",", " ").split())]
            if before and before[-1].actor.type in ACTOR_TYPES:
                return before[-1]
        return None

    def _names_follow(self, text: str, end: int, mentions: list[Mention]) -> bool:
        """Whether names follow the pair word ("hai nước Qatar và Bahrain"), or a word that makes
        it a new pair ("hai quốc gia thành viên của GCC là ...", "hai nước khác")."""
        after = fold(text[end : end + 20]).split()
        if after and any(after[: len(w.split())] == w.split() for w in self.new_pair_words):
            return True
        return any(m.start - end <= 1 and m.start >= end for m in mentions)

    def _last_pair(self, type_: str, mentions: list[Mention], position: int, text: str) -> list[Entity]:
        """The pair "hai nước", "hai nhà lãnh đạo" stand for: the last two of `type_` named
        together ("Nga và Mỹ", "Nga - Mỹ") while both are among the last few named, else
        the two distinct entities of `type_` named last before `position`."""
        earlier = sorted((m for m in mentions if m.end <= position), key=lambda m: m.start)
        fitting = self._latest(type_, earlier, text)
        pairs = self.ctx.pairs + self.joined_pairs(text, earlier)
        for pair in reversed(pairs):
            if pair[0].type == type_ and all(e in fitting[:RECENT_PAIR] for e in pair):
                return list(pair)
        return fitting[:2] if len(fitting) >= 2 else []

    def _latest(self, type_: str, earlier: list[Mention], text: str) -> list[Entity]:
        """The entities of `type_` the article named, latest first, with the sentence's `earlier` mentions
        (in reading order) counted as the latest."""
        recent = list(self.ctx.recent)
        for m in earlier:
            referent = self.referent(text, m)
            if referent in recent:
                recent.remove(referent)
            recent.append(referent)
        return [e for e in reversed(recent) if e.type == type_]

    def joined_pairs(self, text: str, mentions: list[Mention]) -> list[tuple[Entity, Entity]]:
        """Pairs of actors named together in a sentence: "Nga và Mỹ", "Việt Nam - Lào"."""
        pairs = []
        for a, b in zip(mentions, mentions[1:]):
            first, second = self.referent(text, a), self.referent(text, b)
            if first == second or first.type != second.type or first.type not in ACTOR_TYPES:
                continue
            if fold(text[a.end : b.start]).strip() in self.pair_joints:
                pairs.append((first, second))
        return pairs

    def _joined(self, text: str, a: Mention, b: Mention) -> bool:
        """Whether two mentions in a row are two countries of one list: "Mỹ và Israel", "Ả Rập Saudi, UAE"."""
        first, second = self.referent(text, a), self.referent(text, b)
        return first.type == second.type == "COUNTRY" and first != second \
            and fold(text[a.end : b.start]).strip() in self.group_joints

    def joined_groups(self, text: str, mentions: list[Mention]) -> list[tuple[Entity, ...]]:
        """The countries named in one list in a sentence: "Ả Rập Saudi, UAE, Bahrain và Ai Cập"."""
        groups: list[list[Entity]] = []
        run: list[Entity] = []
        for a, b in zip(mentions, mentions[1:]):
            if self._joined(text, a, b):
                first, second = self.referent(text, a), self.referent(text, b)
                run = run or [first]
                if second not in run:
                    run.append(second)
            elif run:
                groups.append(run)
                run = []
        return [tuple(g) for g in groups + [run] if len(g) >= 2]

    def _listed_after(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """ "Các nước tuyên bố cắt quan hệ với Qatar gồm Ai Cập, Bahrain và UAE": the countries opening the
        sentence are those listed after "gồm"/"là" (markers.yaml list_openers), each on the head's span."""
        head = self.listing_head.match(text)
        if head is None or not free(head.start(1), head.end(1)) or any(m.start < head.start(1) for m in mentions):
            return []
        for opener in self.list_openers.finditer(text, head.end(1)):
            after = sorted((m for m in mentions if m.start >= opener.end() and m.kind != "pronoun"), key=lambda m: m.start)
            if after and not text[opener.end() : after[0].start].strip():
                group = next(iter(self.joined_groups(text, after)), ())
                if group and group[0] == self.referent(text, after[0]):
                    return [Mention(head.start(1), head.end(1), head.group(1), e, kind="pronoun") for e in group]
        return []

    def _last_group(self, mentions: list[Mention], position: int, text: str) -> list[Entity]:
        """The countries "các nước này" stands for: the last list named before `position` (this sentence
        first), while each of them is among the last few countries named; else none."""
        earlier = sorted((m for m in mentions if m.end <= position and m.kind != "pronoun"), key=lambda m: m.start)
        countries = self._latest("COUNTRY", earlier, text)
        groups = self.ctx.groups + self.joined_groups(text, earlier)
        if not groups or not all(e in countries[: len(groups[-1]) + RECENT_PAIR] for e in groups[-1]):
            return []
        return list(groups[-1])

    def _last_named(self, names: tuple[str, ...], type_: str, mentions: list[Mention], position: int,
                    text: str) -> Entity | None:
        """The last entity of `type_` before `position` whose label holds one of `names`: "đảng
        này" after "Đảng Cứu quốc Campuchia (CNRP) ... Quốc hội Campuchia" is the party."""
        def named(entity: Entity) -> bool:
            return entity.type == type_ and any(n in fold(entity.label).split() for n in names)

        earlier = [self.referent(text, m) for m in sorted(mentions, key=lambda m: m.start) if m.end <= position]
        last = self.ctx.last_by_type.get(type_)  # an issue is no actor the article keeps in `recent`: its last one
        read = list(self.ctx.recent) + ([last] if last is not None and type_ not in ACTOR_TYPES else [])
        return next((e for e in reversed(read + earlier) if named(e)), None)

    def _last_before(self, type_: str, mentions: list[Mention], position: int, text: str = "") -> Entity | None:
        """The entity of `type_` mentioned last before `position` (this sentence first; opening a
        sentence, the actor the sentence before opened with: "Nga bác bỏ cáo buộc của Anh. Nước này
        cũng ...": Russia; then the last in the article)."""
        earlier = [(m.start, self._country_in(text, m, position) if type_ == "COUNTRY" else self.referent(text, m))
                   for m in mentions if m.end <= position]
        earlier = [(start, e) for start, e in earlier if e is not None and e.type == type_]
        if type_ == "COUNTRY" and earlier:
            # "Iran lên án các cuộc tấn công của Mỹ và Israel nhằm vào ... của nước này": one country, none of a pair or list
            named = sorted((m for m in mentions if m.end <= position and m.kind != "pronoun"), key=lambda m: m.start)
            listed = {m.start: self.referent(text, m)
                      for a, b in zip(named, named[1:]) if self._joined(text, a, b) for m in (a, b)}
            single = [(start, e) for start, e in earlier if start not in listed]
            if not single:
                return next((e for e in reversed(self.ctx.recent) if e.type == type_ and e not in listed.values()), None)
            earlier = single
        if earlier:
            return max(earlier, key=lambda n: n[0])[1]
        opening = self.ctx.opening
        if opening is not None and opening.type == type_ and not any(m.end <= position for m in mentions):
            return opening
        return self.ctx.last_by_type.get(type_)

    def shared_descriptor(self, text: str, first: Mention, title: Title | None, by_start) -> Mention | None:
        """The second country of a title or honorific shared by two: "Tổng thống Nga và Mỹ",
        "Ngoại trưởng Nga – Mỹ", "hai nhà lãnh đạo Ai Cập và Mỹ". It stands for that country's
        holder of the same office (or its counterpart), else for the country."""
        owner = first.role_of or first.acts_for
        joint = _SHARED.match(text, first.end)
        if first.kind != "descriptor" or owner is None or owner.type != "COUNTRY" or joint is None:
            return None
        hit = by_start.get(joint.end())
        country = self.entity_of(hit.value) if hit is not None else None
        if country is None or country.type != "COUNTRY" or country == owner:
            return None
        if self._person_at(text, self._skip(text, hit.end), by_start) is not None:
            return None  # "Tổng thống Nga và Mỹ Joe Biden": a title of its own
        if title is not None:
            return self._descriptor(text, hit.start, hit.end, title, country)
        holder = self.country_person(country, first.entity if first.entity.type == "PERSON" else None)
        if holder is not None:
            return Mention(hit.start, hit.end, hit.text, holder, role_of=country, kind="descriptor")
        return Mention(hit.start, hit.end, hit.text, country, acts_for=country, kind="descriptor")
