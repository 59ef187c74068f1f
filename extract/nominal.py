"""Relations stated by a noun: a cue after a statement noun ("sự ủng hộ", "lời
cảnh báo", "lệnh trừng phạt") states its relation when the agent is named.

    "sự ủng hộ của Mỹ đối với Ukraine"               United States supports Ukraine
    "lệnh trừng phạt Nga của EU"                      EU sanctions Russia
    "lời cảnh báo của Hàn Quốc nhằm vào Triều Tiên"   South Korea warns North Korea
    "Biden tái khẳng định sự ủng hộ của ông đối với
     chủ quyền của Ukraine"                           Biden supports Ukraine (the
                                                      subject of a statement verb,
                                                      the owner of the target noun)
    "Kiev nhận được sự ủng hộ từ EU"                  EU supports Ukraine
    "sự ủng hộ dành cho Hàn Quốc"                     no agent: nothing
    "Nga – đồng minh của Syria"                       Russia supports Syria (an ally apposed)
    "thỏa thuận ngừng bắn giữa Iran và Israel"       Iran signed an agreement with Israel
"""
from __future__ import annotations

import re
from typing import Iterator

from .governing import GoverningVerbs
from .grammar import Grammar
from .phrases import PhraseMatch, fold
from .sentence import ACTOR_TYPES, Cue, RawRelation, Sentence, last_words, word_count
from .types import Mention

AGENT_WORDS = 3  # "lệnh trừng phạt (mới) của EU"
MODIFIER_WORDS = 3  # "gói trừng phạt (mới nhất) đối với Nga", "(thứ 18)"
TARGET_WORDS = 8  # "đối với chủ quyền và sự toàn vẹn lãnh thổ của Ukraine"
SUBJECT_LEAD_WORDS = 2  # "Theo cáo buộc của Mỹ, (hôm qua) Nga ..."
ALLY_MODIFIER_WORDS = 3  # "đồng minh (thân cận nhất) của"
PACT_MODIFIER_WORDS = 4  # "thỏa thuận (ngừng bắn) giữa", "các thỏa thuận (được ký kết) giữa"
_ALLY_APPOSED = re.compile(r"\s*(?:,|[-–]|là)\s*(?:(?:là|một|nước|quốc gia)\s+)*", re.IGNORECASE)


class NominalReader:
    """Reads the cues that follow a statement noun."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.lex = grammar.lex
        self.pronouns = self.m.words("pronoun_honorifics") | self.m.words("third_person")
        self.owners = grammar.noun_owners
        self.adjacent_targets = self.m.words("adjacent_target_after")
        self.requested_predicates = set(self.lex.marker_words.get("requested_predicates", []))
        self.governing = GoverningVerbs(grammar)  # its demand and refusal cues govern a statement verb too
        # a verb right before an agreement noun that reads it itself or refuses it
        self.pact_verbs = {"signed_agreement_with", *self.governing.refusal_cues}

    def is_nominal(self, text: str, cue: Cue) -> bool:
        """A cue after a statement noun ("sự ủng hộ"), or followed by its owner ("cam kết của Mỹ")."""
        if self.m.ends_with(text, cue.start, "event_noun") is not None:
            return False  # "cuộc điện đàm của A với B": an event, read in events.py
        return self._statement_noun(text, cue.start) is not None or \
            self.m.starts_with(text, cue.end, "possessive") is not None or self._decision_noun(text, cue) is not None

    def _statement_noun(self, text: str, cue_start: int) -> PhraseMatch[str] | None:
        """The statement noun ("sự", "lời", "danh sách") before a noun cue, past a count: "danh sách 13 yêu cầu"."""
        return self.m.noun_before(text, cue_start, "statement_nouns") or \
            self.m.noun_before(text, self.m.count_start(text, cue_start), "statement_nouns")

    def _decision_noun(self, text: str, cue: Cue) -> int | None:
        """Where "quyết định", "động thái" start before the cue when they are nouns: after a verb cue, a
        preposition or a determiner ("lên án quyết định trừng phạt Iran của Mỹ"), not after the one
        deciding ("Mỹ quyết định rút khỏi ...")."""
        noun = self.m.ends_with(text, cue.start, "decision_nouns")
        if noun is None:
            return None
        start = noun.start
        before = text[:start].rstrip()
        if any(self.m.ends_with(text, start, kind) is not None
               for kind in ("not_subject_after", "determiners", "decision_noun_leads")) \
                or any(c.end == len(before) for c in self.lex.cues.find(before)):
            return start
        return None

    def read(self, sentence: Sentence, cues: list[Cue]) -> Iterator[RawRelation]:
        text = sentence.text
        starts = self.g.clause_starts(text)
        for cue in cues:
            noun = self._statement_noun(text, cue.start)
            spec = self.lex.predicates[cue.predicate]
            noun_start = noun.start if noun is not None else \
                self._decision_noun(text, cue) or cue.start
            clause_start, clause_end = self.g.clause_of(sentence, cue, starts)
            if self.m.starts_with(text, cue.end, "relative_agent") is not None:
                # "lệnh trừng phạt do EU áp đặt đối với Nga": the relative clause on the noun belongs to it
                clause_end = min([s for s in starts if s > clause_end], default=len(text))
            # "tiến hành nhiều vụ oanh kích", "nhận được nhiều lời khen": a count may open the noun phrase
            lead = self.m.count_start(text, noun_start)
            modality = self.g.modality(sentence, clause_start, Cue(lead, lead, "", cue.predicate))
            if modality is None:
                continue
            following = [m for m in sentence.between(cue.end, clause_end)
                         if m.actor.type in ACTOR_TYPES + ("ISSUE", "LOCATION") and not self.g.is_venue(sentence, m)]
            # "lệnh trừng phạt do Mỹ áp đặt", "các cáo buộc mà Mỹ đưa ra": the agent of a relative clause on the noun
            agent = self._agent(sentence, cue, following) or next(
                iter(self.g.opening_actors(sentence, cue.end, "relative_agent")), None)
            target = self._target(sentence, cue, following, agent)
            if agent is None and spec.reverse_with and target is not None:
                # "động thái sáp nhập Crimea vào Nga": the actor after "vào" is the agent
                after = [f for f in following if f.start >= target.end]
                if after and sentence.gap(target.end, after[0].start) == spec.reverse_with and after[0].actor.type in ACTOR_TYPES:
                    agent = after[0]
            subjects: list[Mention] = []
            received = self.m.ends_with(text, lead, "receive_verbs")
            if received is None and target is None and spec.name in self.requested_predicates:
                received = self.m.ends_with(text, lead, "answer_verbs")  # "Qatar đáp ứng các yêu cầu của Saudi Arabia"
            if received is not None:
                # "Kiev nhận được sự ủng hộ từ EU": the one receiving is the target.
                agent = agent or self._source(sentence, cue, following)
                receiver_end = received.start
                # "Quan điểm của ông X nhận được sự ủng hộ từ Y": the owner of the view
                target = self._subject(sentence, clause_start, receiver_end) or self.g.opening_noun_owner(sentence, receiver_end)
            elif agent is None and (given := self._given(sentence, lead)) is not None:
                verb, receiver = given
                subject_end = verb.start if receiver is not None else lead
                subjects = self._subjects(sentence, clause_start, subject_end)
                agent = next(iter(subjects), None) or self._main_subject(sentence, subject_end)
                target = target or receiver
                modality = self._governed(text, verb.start, modality)
                if modality is None:
                    continue
            if target is None and agent is not None:
                target = self._defied(sentence, noun_start)
            if target is None and agent is not None and spec.object_after_that:
                target = self._said_of(sentence, noun_start, agent)
            if target is None and agent is not None and spec.name in self.requested_predicates:
                target = self._requested_of(sentence, noun_start, agent)
            targets = self.g.owners(sentence, [target]) if target is not None else []
            if agent is None or not targets or not self.g.object_ok(spec, targets[0]):
                continue
            target = targets[0]
            types = dict(spec.cue_objects).get(fold(cue.text))
            if types is not None and self.g.object_entity(target).type not in types:
                continue  # "quyết định rút khỏi Syria của Mỹ": troops leaving, no agreement rejected
            # "sự phản đối của Tây Ban Nha, Hy Lạp và Bồ Đào Nha": each of the agents listed
            agents = self.g.coordinated(text, [m for m in following if m.start >= agent.start]) if agent in following \
                else subjects if agent in subjects else [agent]
            agents = [a for a in agents if a is agent or a.actor.type in ACTOR_TYPES]  # "của Mỹ với thỏa thuận A, thỏa thuận B"
            # "lời kêu gọi của ông Guterres đối với Israel và Hamas": each of the targets listed
            objects = [t for t in self.g.coordinated(text, [m for m in following if m.start >= target.start])
                       if t is target or self.g.object_ok(spec, t) and t not in agents] if target in following else [target]
            yield from self.g.emit(spec, [a for a in agents if a not in objects] or [agent], objects, modality)

    def read_issues(self, sentence: Sentence) -> Iterator[RawRelation]:
        """An issue named by a statement noun with its target inside ("lệnh trừng phạt chống
        Nga") states the relation when its agent is named: "EU gia hạn lệnh trừng phạt chống
        Nga" (the subject of a statement verb), "lệnh trừng phạt Nga của EU" (its owner)."""
        text = sentence.text
        starts = self.g.clause_starts(text)
        for m in sentence.mentions:
            if m.entity.type != "ISSUE":
                continue
            inner_cue = next((c for c in self.lex.cues.find(m.text) if c.value), None)
            if inner_cue is None:
                continue
            inside = [hit for hit in self.lex.names.find(m.text[inner_cue.end :])]
            target_entity = next((e for e in (self.lex.entity(hit.value) for hit in inside)
                                  if e is not None and e.type in ("COUNTRY", "ORGANIZATION", "GROUP")), None)
            if target_entity is None:
                continue
            spec = self.lex.predicates[inner_cue.value]
            cue = Cue(m.start, m.end, m.text, inner_cue.value)
            clause_start, clause_end = self.g.clause_of(sentence, cue, starts)
            modality = self.g.modality(sentence, clause_start, Cue(m.start, m.start, m.text, cue.predicate))
            if modality is None:
                continue
            following = [f for f in sentence.between(m.end, clause_end) if f.actor.type in ACTOR_TYPES]
            agent = self._agent(sentence, cue, following)
            start = self.m.count_start(text, m.start)  # "áp đặt (6) (các) lệnh trừng phạt ..."
            agents = [agent] if agent is not None else []
            verb = self.m.ends_with(text, start, "statement_verbs")
            if not agents and verb is not None and (modality := self._governed(text, verb.start, modality)) is not None:
                agents = self._subjects(sentence, clause_start, start)  # not "phản đối thông qua lệnh trừng phạt chống Nga"
            for agent in agents:
                if agent.actor.id != target_entity.id:
                    yield RawRelation(agent.actor, spec.name, target_entity, modality)

    def _given(self, sentence: Sentence, lead: int) -> tuple[PhraseMatch[str], Mention | None] | None:
        """The statement verb right before a statement noun ("đưa ra yêu cầu"), or before the one it is given
        to and the noun: "gửi cho (chính quyền) Doha danh sách 13 yêu cầu" (markers.yaml statement_receivers)."""
        text = sentence.text
        verb = self.m.ends_with(text, lead, "statement_verbs")
        if verb is not None:
            return verb, None
        receiver = next(iter(reversed(sentence.before(lead))), None)
        if receiver is None or receiver.actor.type not in ACTOR_TYPES or sentence.gap(receiver.end, lead):
            return None
        head = self.m.ends_with(text, receiver.start, "governments")  # "cho (chính quyền) Doha"
        marker = self.m.ends_with(text, head.start if head is not None else receiver.start, "statement_receivers")
        verb = self.m.ends_with(text, marker.start, "statement_verbs") if marker is not None else None
        return (verb, receiver) if verb is not None else None

    def _governed(self, text: str, verb_start: int, modality: str) -> str | None:
        """The modality of a statement verb's act under the demand or refusal right before it: "kêu gọi đưa ra
        nghị quyết trừng phạt X" possible; "phản đối (việc) thông qua ..." None, refused."""
        governing = self.lex.cues.ending_at(text, len(text[: self.m.back_over(text, verb_start, "clause_nouns")].rstrip()))
        if governing is not None and governing.value in self.governing.refusal_cues:
            return None
        if governing is not None and governing.value in self.governing.demand_cues and modality == "asserted":
            return "possible"
        return modality

    def read_allies(self, sentence: Sentence) -> Iterator[RawRelation]:
        """ "Nga – đồng minh của Syria", "Iran, một đồng minh chủ chốt của Damascus", "Mỹ là đồng minh thân
        cận nhất của Israel": the actor apposed as (or said to be) another's ally backs it."""
        text = sentence.text
        for noun in self.m["ally_nouns"].find(text):
            before = sentence.before(noun.start)
            after = sentence.after(noun.end)
            if not before or not after or _ALLY_APPOSED.fullmatch(text[before[-1].end : noun.start]) is None:
                continue
            ally, owner = before[-1], after[0]
            between = fold(text[noun.end : owner.start]).split()
            if not between or between[-1] != "của" or len(between) > ALLY_MODIFIER_WORDS + 1 \
                    or any(not w.isalpha() for w in between):
                continue
            if ally.actor.type in ACTOR_TYPES and owner.actor.type in ACTOR_TYPES and ally.actor.id != owner.actor.id:
                yield RawRelation(ally.actor, "supports", owner.actor)

    def read_pacts(self, sentence: Sentence) -> Iterator[RawRelation]:
        """ "thỏa thuận ngừng bắn giữa Iran và Israel", "các thỏa thuận được ký kết giữa Mỹ và Saudi
        Arabia": the parties named after "giữa" an agreement noun signed it with each other."""
        text = sentence.text
        spec = self.lex.predicates["signed_agreement_with"]
        for noun in self.m["pact_nouns"].find(text):
            after = [m for m in sentence.after(noun.end) if m.actor.type in ACTOR_TYPES]
            if not after:
                continue
            between = text[noun.end : after[0].start]
            words = fold(between).split()
            if not words or words[-1] != "giữa" or len(words) > PACT_MODIFIER_WORDS + 1 or any(c in between for c in ",;:()"):
                continue
            parties = self.g.coordinated(text, after)
            if len(parties) < 2:
                continue
            if self.m["unmade_pact_words"].find(fold(last_words(text, noun.start, 2)) + " " + fold(between)):
                continue  # "đàm phán thỏa thuận cuối cùng giữa Anh và EU": no pact yet
            verb = self.lex.cues.ending_at(text, len(text[: noun.start].rstrip()))
            if verb is not None and verb.value in self.pact_verbs:
                continue  # "ký hiệp định ... giữa": the verb's reading; "từ chối ký kết ...": not signed
            cue = Cue(noun.start, noun.end, noun.text, spec.name)
            if self.g.modality(sentence, self.g.clause_of(sentence, cue, self.g.clause_starts(text))[0], cue) == "asserted":
                yield from self.g.emit(spec, parties[:1], parties[1:], "asserted")  # a deal hoped for is no pact

    def _agent(self, sentence: Sentence, cue: Cue, following: list[Mention]) -> Mention | None:
        """ "của X" within a few words of the cue (after its target, if any): "lệnh trừng phạt Nga của EU"."""
        for m in following:
            if word_count(sentence.text, cue.end, m.start) > AGENT_WORDS + 2:
                break
            between = sentence.text[cue.end : m.start]
            if self.m["target_after"].find(between) or self.m["topic"].find(between):
                break  # "sự phản đối đối với kế hoạch của NATO", "cáo buộc về sự can thiệp của Nga": the target's owner
            if self._after_link(sentence.text, m, "possessive") and m.actor.type in ACTOR_TYPES:
                return m
        return None

    def _after_link(self, text: str, m: Mention, link: str) -> bool:
        """Whether a link word ("của", "từ") stands right before the mention, or before its people or
        its determiner: "của (nhân dân) Nga", "của (các) nhà lãnh đạo Tây Ban Nha"."""
        lead = self.m.ends_with(text, m.start, "people_of") or self.m.ends_with(text, m.start, "determiners")
        return self.m.ends_with(text, lead.start if lead is not None else m.start, link) is not None

    def _target(self, sentence: Sentence, cue: Cue, following: list[Mention], agent: Mention | None) -> Mention | None:
        """The actor right after the cue ("lệnh trừng phạt Nga"), or the first after a target
        word that follows the cue and its agent ("đối với chủ quyền của Ukraine")."""
        text = sentence.text
        candidates = [m for m in following if m is not agent]
        if candidates and not sentence.gap(cue.end, candidates[0].start):
            return candidates[0]
        if candidates and self.owners.far_receiver(text, cue, candidates[0]):
            return candidates[0]  # "gói viện trợ quân sự mới cho Ukraine"
        only_after = dict(self.lex.predicates[cue.predicate].only_after).get(fold(cue.text))
        if candidates and only_after and word_count(text, cue.end, candidates[0].start) <= TARGET_WORDS + 2 \
                and self.owners.after_marker(text, cue, candidates[0], only_after):
            return candidates[0]  # "lệnh cấm nhập khẩu thực phẩm từ các nước phương Tây": the West's goods
        owner = agent if agent is not None and agent.start > cue.end else None  # the agent named after the noun
        if owner is not None and word_count(text, cue.end, owner.start) > AGENT_WORDS + 2:
            return None  # the agent's own words not counted: "sự giúp đỡ quý báu của nhân dân Liên Xô với"
        search_from = owner.end if owner is not None else cue.end
        marker = next(iter(self.m["target_after"].find(text[search_from : search_from + 60])), None)
        if marker is None:
            return None
        lead = text[search_from : search_from + marker.start]
        if owner is not None and not self.m.ends_with(text, owner.start, "relative_agent"):
            # right after the owner and those joined to it: "sự giúp đỡ của Nga (, Lào và Cuba) đối
            # với ..."; "lời cảnh báo của X đưa ra vào tuần trước tại ..." names no target
            if not self._only_co_agents(sentence, owner, search_from + len(lead)):
                return None
        elif word_count(lead, 0, len(lead)) > MODIFIER_WORDS or any(c in lead for c in ",;:()") \
                or owner is None and (any(c.value for c in self.lex.cues.find(lead)) or self.owners.verbal(lead)):
            # the target word comes next, after a word or two: "gói trừng phạt (thứ 18) đối với ...";
            # after a relative clause's agent, its verb: "lệnh trừng phạt do EU áp đặt đối với Nga"
            return None
        at = search_from + marker.end
        for m in candidates:
            if m.start >= at:
                if word_count(text, at, m.start) > TARGET_WORDS or "," in text[at : m.start]:
                    return None
                if fold(marker.text.strip()) in self.adjacent_targets and text[at : m.start].strip():
                    return None  # "cho thấy Ukraine ...", "với sự hỗ trợ của Belarus": no target
                return m
        return None

    def _only_co_agents(self, sentence: Sentence, agent: Mention, end: int) -> bool:
        """Whether the text from the agent to `end` holds nothing but more agents joined to it:
        "của Mỹ (, Anh và Pháp)", not "Theo lời mời của Tổng thống Putin(, ông Tập Cận Bình sang)"."""
        inside = sentence.between(agent.end, end)
        rest = sentence.text[agent.end : end]
        for m in inside:
            rest = rest.replace(m.text, " ")
        return all(w in ("và", ",") for w in rest.replace(",", " , ").split()) \
            and len(self.g.coordinated(sentence.text, [agent, *inside])) == 1 + len(inside)

    def _said_of(self, sentence: Sentence, noun_start: int, agent: Mention) -> Mention | None:
        """ "Theo cáo buộc của Mỹ, Nga đã ...": what a statement says is said of the subject of the
        clause after it, as "cáo buộc rằng Nga" is."""
        text = sentence.text
        content = self.m.starts_with(text, agent.end, "said_content_openers")
        if content is not None:  # "cáo buộc của Mỹ cho rằng Nga ...", "cảnh báo của Mỹ về việc Triều Tiên ..."
            return self._subject_after(sentence, content.end, agent)
        according = self.m.ends_with(text, noun_start, "according_to")
        if according is None or text[: according.start].strip():
            return None  # the phrase must open the sentence
        comma = text.find(",", agent.end)
        if comma < 0 or word_count(text, agent.end, comma) > AGENT_WORDS:
            return None
        return self._subject_after(sentence, comma + 1, agent)

    def _requested_of(self, sentence: Sentence, noun_start: int, agent: Mention) -> Mention | None:
        """The one who acts "theo lời mời / đề nghị / yêu cầu của X" (at X's invitation or request): the
        subject of the clause, after the comma when the phrase opens the sentence ("Theo lời mời của
        Tổng thống Putin, ông Tập sang thăm Nga"), else before it ("Mỹ rút quân theo yêu cầu của Iraq")."""
        text = sentence.text
        according = self.m.ends_with(text, noun_start, "according_to")
        if according is None:
            return None
        before = text[: according.start].rstrip()
        if not before or before.endswith((":", "“", '"')):  # the phrase opens its clause: the subject follows it
            comma = text.find(",", agent.end)
            return self._subject_after(sentence, comma + 1, agent) if comma >= 0 else None
        subject = next(iter(self.g.opening_subject(sentence, according.start)), None)  # it ends its clause
        return subject if subject is not None and subject.actor.id != agent.actor.id else None

    def _subject_after(self, sentence: Sentence, position: int, agent: Mention) -> Mention | None:
        """The actor that opens the clause at `position` (within a few words), other than the agent."""
        text = sentence.text
        after = [m for m in sentence.after(position) if m.actor.type in ACTOR_TYPES]
        if after and word_count(text, position, after[0].start) <= SUBJECT_LEAD_WORDS \
                and self.g.in_subject_position(text, after[0]) and after[0].actor.id != agent.actor.id:
            return after[0]
        return None

    def _source(self, sentence: Sentence, cue: Cue, following: list[Mention]) -> Mention | None:
        """ "từ EU", "của EU" after a received noun."""
        for m in following:
            if word_count(sentence.text, cue.end, m.start) > AGENT_WORDS + 2:
                break
            if self._after_link(sentence.text, m, "source_after"):
                return m
        return None

    def _defied(self, sentence: Sentence, noun_start: int) -> Mention | None:
        """Who acts despite the stance the noun names: the subject of the clause after the fronted phrase
        ("Bất chấp sự phản đối của Trung Quốc, Hàn Quốc vẫn triển khai THAAD") or of the sentence before it
        ("Ông Moon bổ nhiệm X bất chấp sự phản đối của phe đối lập")."""
        text = sentence.text
        despite = self.m.ends_with(text, self.m.count_start(text, noun_start), "despite_words")
        if despite is None:
            return None
        if text[: despite.start].strip():
            return next(iter(self.g.opening_subject(sentence, despite.start)), None)
        comma = text.find(",", noun_start)
        after = [m for m in sentence.after(comma + 1) if m.actor.type in ACTOR_TYPES] if comma > 0 else []
        return after[0] if after and not text[comma + 1 : after[0].start].strip(" ") else None

    def _main_subject(self, sentence: Sentence, position: int) -> Mention | None:
        """The subject of the main clause, for statement verbs that open a clause after "khi", "để", "và"
        (markers.yaml subordinators) with none of its own: "Mỹ tỏ ra cứng rắn khi tuyên bố duy trì lệnh
        trừng phạt Iran"."""
        text = sentence.text
        opener = self.m.ends_with(text, self.m.back_over(text, position, "statement_verbs"), "subordinators")
        return next(iter(self.g.opening_subject(sentence, opener.start)), None) if opener is not None else None

    def _subject(self, sentence: Sentence, clause_start: int, position: int) -> Mention | None:
        """The actor a statement verb's clause opens with: the nearest one before the verb in subject position."""
        return next(iter(self._subjects(sentence, clause_start, position)), None)

    def _subjects(self, sentence: Sentence, clause_start: int, position: int) -> list[Mention]:
        """The subject nearest the statement verb and those joined to it: "Mỹ và EU gia hạn lệnh trừng
        phạt chống Nga" (each of them sanctions Russia)."""
        candidates = [m for m in reversed(sentence.between(clause_start, position))
                      if m.actor.type in ACTOR_TYPES and self.m.ends_with(sentence.text, m.start, "not_subject_after") is None]
        return self.g.coordinated(sentence.text, candidates)
