"""What an earlier verb of the clause makes of a later cue, its complement: refused ("phản đối
áp đặt trừng phạt với Nga": no sanction), called for ("kêu gọi trừng phạt Triều Tiên": a possible
sanction) or threatened ("đe dọa phóng tên lửa vào Mỹ": a threat to the United States)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .grammar import Grammar
from .phrases import fold
from .sentence import Cue, Sentence
from .types import Mention


@dataclass(frozen=True)
class Reading:
    """How one cue of the sentence was read: its subjects and objects (empty when it states nothing)."""

    cue: Cue
    subjects: list[Mention] = field(default_factory=list)
    objects: list[Mention] = field(default_factory=list)
    relative: bool = False  # "H do A V": the object is the head the clause describes


class GoverningVerbs:
    """The demand, refusal and threat verbs of markers.yaml and the cues they govern."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        words = grammar.lex.marker_words
        self.demand_cues = set(words.get("demand_cues", []))
        self.refusal_cues = set(words.get("refusal_cues", []))
        self.threat_cues = set(words.get("threat_cues", []))
        self.threatened_acts = set(words.get("threatened_acts", []))
        self.describing_cues = set(words.get("describing_predicates", []))

    def threatened(self, cue: Cue, governing: str | None, subjects: list[Mention], objects: list[Mention],
                    previous: list[Reading]) -> str | None:
        """The threat or warning (its predicate) whose subject threatens the cue's act, when the threat
        has no object of its own: "Triều Tiên đe dọa phóng tên lửa vào Mỹ" threatens the United States
        (markers.yaml threat_cues); not "Mỹ cảnh báo Triều Tiên sẽ tấn công Guam", the act of the one
        warned."""
        if governing not in self.threat_cues or cue.predicate not in self.threatened_acts or not objects:
            return None
        return governing if self.own_act(cue, governing, subjects, previous, without_object=True) else None

    def own_act(self, cue: Cue, governing: str, subjects: list[Mention], previous: list[Reading],
                without_object: bool = False) -> bool:
        """Whether the governing verb's subjects do the cue's act themselves ("Nga đề nghị hội đàm với
        Mỹ"), not the one they address ("Mỹ kêu gọi Ukraine đàm phán với Nga"), with no object of the
        governing verb's own when `without_object`."""
        verb = next(r for r in reversed(previous) if r.cue.predicate == governing and r.cue.end <= cue.start)
        own = bool(subjects) and {s.actor.id for s in subjects} <= {s.actor.id for s in verb.subjects}
        return own and not (without_object and verb.objects)

    def verb(self, sentence: Sentence, cue: Cue, subjects: list[Mention], previous: list[Reading],
             clause_start: int) -> str | None:
        """The predicate of an earlier demand or refusal verb of the clause whose complement the cue is.

        "kêu gọi (các nước) trừng phạt Triều Tiên": urges governs the sanction; a subject of the
        cue's own after that verb, not its object, opens a new statement ("Mỹ ủng hộ Ukraine
        còn Nga phản đối").
        """
        asides = self.g.relative_asides(sentence, cue.start)
        for reading in reversed(previous):
            if reading.cue.end <= clause_start:
                break
            if any(start <= reading.cue.start and reading.cue.end <= end for start, end in asides):
                continue  # "Iran, nước ủng hộ Syria, phản đối Mỹ": the aside governs nothing after it
            if reading.relative and reading.cue.predicate in self.describing_cues:
                continue  # "Hezbollah do (được) Iran hậu thuẫn tấn công Israel": the clause describes the subject
            if reading.cue.predicate in self.demand_cues | self.refusal_cues and reading.cue.end <= cue.start:
                own = [s for s in subjects if s.start >= reading.cue.end]
                objects = {(o.start, o.end) for o in reading.objects}
                if own and (own[0].start, own[0].end) not in objects:
                    return None
                joined = self.m.coordination_before(sentence.text, cue.start)
                if joined is not None and (reading.cue.predicate in self.refusal_cues and reading.objects
                                           or not reading.objects and not _cue_between(previous, reading.cue.end, joined.start)):
                    # "cắt đứt quan hệ với Qatar và cáo buộc nước này ...", "ủng hộ thương mại tự do và phản
                    # đối ...": a second verb of the subject ("kêu gọi trừng phạt và cô lập Nga" goes on with the
                    # act, "mời ông X chơi golf rồi điện đàm ..." may be his)
                    return None
                return self._refused(sentence, reading, previous) or reading.cue.predicate
        return None

    def _refused(self, sentence: Sentence, reading: Reading, previous: list[Reading]) -> str | None:
        """The refusal whose object the demand or proposal noun is: "từ chối (lời) đề xuất đàm phán với Mỹ"
        refuses the talks the proposal names."""
        if reading.cue.predicate in self.refusal_cues:
            return None
        for earlier in previous:
            if earlier.cue.predicate in self.refusal_cues and earlier.cue.end <= reading.cue.start:
                gap = fold(sentence.gap(earlier.cue.end, reading.cue.start)).split()
                if all(w in self.m.words("determiners") | {"lời"} for w in gap):
                    return earlier.cue.predicate
        return None


def _cue_between(previous: list[Reading], start: int, end: int) -> bool:
    """Whether a cue read before stands between `start` and `end`."""
    return any(start <= r.cue.start and r.cue.end <= end for r in previous)
