"""Relations stated by a verb cue: the actor before it (the subject) to the
actor after it (the object), inside one clause.

    "Ngoại trưởng Nga Sergey Lavrov cáo buộc Mỹ"      Lavrov accuses United States
    "Mỹ và Nhật Bản cảnh báo Triều Tiên"              both subjects warn North Korea
    "Ukraine bị Nga cáo buộc ..."                     Russia accuses Ukraine (passive)
    "sáp nhập Crimea vào Nga"                         Russia annexed Crimea
    "Lavrov gặp Blinken và cảnh báo Mỹ"               the second verb keeps the subject
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .events import event_parties
from .grammar import Grammar
from .lexicon import PredicateSpec
from .phrases import fold
from .sentence import ACTOR_TYPES, Cue, RawRelation, Sentence, first_words, word_count
from .types import Mention


@dataclass(frozen=True)
class Reading:
    """How one cue of the sentence was read: its subjects and objects (empty when it states nothing)."""

    cue: Cue
    subjects: list[Mention] = field(default_factory=list)
    objects: list[Mention] = field(default_factory=list)


class VerbReader:
    """Reads the verb cues of a sentence in order; later cues see how earlier ones were read."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.lex = grammar.lex
        self.demand_cues = set(self.lex.marker_words.get("demand_cues", []))

    def read(self, sentence: Sentence, cues: list[Cue]) -> Iterator[RawRelation]:
        text = sentence.text
        starts = self.g.clause_starts(text)
        previous: list[Reading] = []
        for cue in cues:
            spec = self.lex.predicates[cue.predicate]
            clause_start, clause_end = self.g.clause_of(sentence, cue, starts)
            modality = self.g.modality(sentence, clause_start, cue)
            if modality is None:
                previous.append(Reading(cue))
                continue
            left = sentence.between(clause_start, cue.start)
            right = [m for m in sentence.between(cue.end, clause_end) if not self.g.is_venue(sentence, m)]
            right = _until_next_cue(right, cue, cues)
            if self.m.ends_with(text, self.g.strip_modality(text, cue.start), "passive") is not None \
                    and not self._agent_before(text, cue, left):
                previous.append(Reading(cue))
                continue  # "được ký kết", "bị cáo buộc": no agent, no statement
            if self.m.ends_with(text, cue.start, "event_noun") is not None:
                event = event_parties(sentence, self.m, spec, cue, left, right,
                                      lambda ms: self.g.coordinated(text, ms), self.g.object_ok)
                if event is not None:
                    previous.append(Reading(cue, event.subjects, event.objects))
                    yield from self.g.emit(spec, event.subjects, event.objects, modality)
                    continue
            subjects, objects = self._arguments(sentence, spec, cue, left, right, previous)
            if objects and not spec.reverse_with and not self._within_window(text, cue, objects, spec.window):
                objects = []
            required = dict(spec.only_before).get(fold(cue.text))
            if required is not None and not (objects and fold(first_words(text, objects[-1].end, 3)).startswith(required)):
                continue  # "Nga muốn hòa bình": wanting is no demand
            if modality == "asserted" and self._complement_of_demand(cue, previous, clause_start):
                modality = "possible"  # "kêu gọi trừng phạt Triều Tiên"
            previous.append(Reading(cue, subjects, objects))
            yield from self.g.emit(spec, subjects, objects, modality)

    # -- pieces ------------------------------------------------------------
    def _agent_before(self, text: str, cue: Cue, left: list[Mention]) -> bool:
        """ "bị Nga cáo buộc": an agent stands between the passive word and the cue."""
        return bool(left) and not text[left[-1].end : cue.start].strip(" ,")

    def _within_window(self, text: str, cue: Cue, objects: list[Mention], window: int | None) -> bool:
        """Whether the first object stands close enough to its cue to be its object."""
        head = min(objects, key=lambda m: m.start)
        return word_count(text, cue.end, head.start) <= (window if window is not None else self.lex.object_window)

    def _complement_of_demand(self, cue: Cue, previous: list[Reading], clause_start: int) -> bool:
        """Whether the cue is what an earlier demand verb of its clause asks for."""
        for reading in reversed(previous):
            if reading.cue.end <= clause_start:
                break
            if reading.cue.predicate in self.demand_cues and reading.cue.end <= cue.start:
                # No new subject between the two verbs: "kêu gọi (các nước) trừng phạt ..."
                return True
        return False

    def _is_subject_position(self, text: str, mention: Mention) -> bool:
        """Not right after "theo", "của", "tại"...: there the actor is a source, owner or venue."""
        return self.m.ends_with(text, mention.start, "not_subject_after") is None

    def _may_be_object(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, mention: Mention) -> bool:
        """Not across a comma ("bảo vệ quần đảo, Trung Quốc ..."), not the owner of the
        cue used as a noun ("đề xuất của Anh")."""
        gap = sentence.text[cue.end : mention.start]
        if "," in gap or sentence.gap(cue.end, mention.start) in self.m.words("possessive"):
            return False
        # "thảo luận về tình hình Ukraine": a partner is never what is talked about
        # (a warning or a concern "về X" does target X).
        return not (spec.symmetric and self.m["topic"].find(gap))

    def _arguments(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, left: list[Mention],
                   right: list[Mention], previous: list[Reading]) -> tuple[list[Mention], list[Mention]]:
        text = sentence.text
        objects_pool = [m for m in right if self.g.object_ok(spec, m) and self._may_be_object(sentence, spec, cue, m)]
        # "A bị B cáo buộc": B is the agent, A the patient.
        if left:
            agent = left[-1]
            if self.m.ends_with(text, agent.start, "passive") is not None and not text[agent.end : cue.start].strip(" ,"):
                patients = [m for m in left if m.end <= agent.start]
                return [agent], self.g.coordinated(text, list(reversed(patients)))[:1] if patients else []
        candidates = [
            m for m in left
            if self._is_subject_position(text, m) and (m.actor.type in ACTOR_TYPES or m.entity.type == spec.reverse_if_subject)
        ]
        if left and left[-1] not in candidates and self.m.ends_with(text, left[-1].start, "possessive") is not None:
            # "tuyên bố của Ả Rập Saudi ... cáo buộc Iran": the owner of the noun is the
            # subject, which no rule names; an actor further back would be a guess.
            candidates = []
        subjects = self.g.coordinated(text, list(reversed(candidates)))
        # A second verb of the same subject: "Lavrov gặp Blinken và cảnh báo Mỹ".
        first = next((p for p in previous if p.subjects), None)
        if first is not None and self.m.ends_with(text, self.g.strip_modality(text, cue.start), "verb_coordination") is not None:
            if not subjects or subjects[0].start > first.cue.end:
                subjects = first.subjects
        objects = self.g.coordinated(text, objects_pool)
        if spec.symmetric and self.m.starts_with(text, cue.end, "reciprocal") is not None \
                and len(text[cue.end :]) - len(text[cue.end :].lstrip()) <= 1:
            objects = []  # "A và B gặp nhau": the pair, see Grammar.emit
        if spec.reverse_with and objects:
            # "sáp nhập Crimea vào Nga": the actor after "vào" is the subject.
            tail = [m for m in right if m.start > objects[-1].end]
            if tail and sentence.gap(objects[-1].end, tail[0].start) == spec.reverse_with:
                subjects = [tail[0]]
        return subjects, objects


def _until_next_cue(right: list[Mention], cue: Cue, cues: list[Cue]) -> list[Mention]:
    later = [c.start for c in cues if c.start > cue.end]
    if not later:
        return right
    return [m for m in right if m.end <= later[0]]
