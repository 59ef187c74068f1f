"""Relations between the mentions of one sentence.

A verb cue from `predicates.yaml` links the actor before it (the subject) to the
actor after it (the object) inside one clause:

    "Ngoại trưởng Nga Sergey Lavrov cáo buộc Mỹ"      -> Lavrov accuses United States
    "Mỹ và Nhật Bản cảnh báo Triều Tiên"              -> both subjects warn North Korea
    "cuộc gặp giữa Putin và Trump"                    -> Putin met Trump
    "Ukraine bị Nga cáo buộc ..."                     -> Russia accuses Ukraine (passive)
    "sáp nhập Crimea vào Nga"                         -> Russia annexed Crimea

Negation drops the relation; "sẽ", "dự kiến" make it planned and "có thể",
"nếu" possible. Titles give `official_of` edges with an English role.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Doc

from .lexicon import Lexicon, PredicateSpec
from .mentions import ACTOR_TYPES
from .nlp import aligned
from .phrases import PhraseIndex, PhraseMatch, fold
from .types import Entity, Mention

_PUNCT_BREAKS = (";", ":", "“", "”", '"', "(", ")", "?", "!")


@dataclass(frozen=True)
class RawRelation:
    """A relation read from one sentence, before it gets its evidence."""

    subject: Entity
    predicate: str
    object: Entity
    modality: str = "asserted"
    role: str | None = None


class RelationReader:
    """Reads relations from sentences, given their mentions."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        # One index for the modality words, so "không chỉ" hides "không".
        self.markers: PhraseIndex[str] = PhraseIndex(
            (fold(word), kind)
            for kind in ("negation", "not_negation", "planned", "possible")
            for word in lexicon.marker_words.get(kind, [])
        )
        self.passive_words = {fold(w) for w in lexicon.marker_words.get("passive", [])}
        self.nominalizers = _words_index(lexicon, "nominalizer")
        self.event_nouns = _words_index(lexicon, "event_noun")
        self.reciprocal = _words_index(lexicon, "reciprocal")
        self.venue = _words_index(lexicon, "venue")
        self.possessive = PhraseIndex([("của", "possessive")])
        self.verb_coordination = _words_index(lexicon, "verb_coordination")
        self.target_after = _words_index(lexicon, "target_after")
        self.partner_after = _words_index(lexicon, "partner_after")
        self.light_verbs = _words_index(lexicon, "light_verbs")
        self.demand_cues = set(lexicon.marker_words.get("demand_cues", []))
        self.object_window = lexicon.object_window
        self.honorifics = lexicon.honorifics
        self.breaks = _words_index(lexicon, "clause_break")
        self.not_subject = _words_index(lexicon, "not_subject_after")
        self.passive = _words_index(lexicon, "passive")
        self.coordination = {fold(w) for w in lexicon.marker_words.get("coordination", [])} | {",", "-", "–", "/"}

    # -- public ----------------------------------------------------------
    def cues(self, text: str, mentions: list[Mention], doc: "Doc | None" = None) -> list[PhraseMatch[str]]:
        """Verb cues of the sentence that are whole words and outside every mention."""
        found = []
        for cue in self.lex.cues.find(text):
            if any(m.start < cue.end and cue.start < m.end for m in mentions):
                continue
            # One-syllable cues are ambiguous ("tiếp" in "tiếp tục", "tố" in "yếu tố"):
            # they must be a word of the segmentation. Longer cues are words already,
            # and underthesea sometimes glues the next syllable to them ("phản đối lệnh").
            if doc is not None and " " not in cue.text and aligned(doc, cue.start, cue.end) is None:
                continue
            found.append(cue)
        return found

    def read(self, text: str, mentions: list[Mention], doc: "Doc | None" = None) -> Iterator[RawRelation]:
        """Every relation the sentence states, structure edges included."""
        yield from self.structure(text, mentions)
        # "sự ủng hộ", "lệnh trừng phạt": a cue used as a noun states nothing and
        # does not end the object of the verb before it ("phản đối lệnh trừng phạt của Mỹ").
        cues = [c for c in self.cues(text, mentions, doc) if not self._ends_with(_before(text, c.start), self.nominalizers)]
        clauses = self._clause_starts(text)
        previous: list[tuple[PhraseMatch[str], list[Mention], list[Mention]]] = []
        for cue in cues:
            spec = self.lex.predicates[cue.value]
            clause_start = max([s for s in clauses if s <= cue.start and not self._inside_cue(s, cue)], default=0)
            clause_end = min([s for s in clauses if s > cue.end], default=len(text))
            modality = self._modality(text, clause_start, cue, mentions)
            if modality is None:
                previous.append((cue, [], []))
                continue
            left = [m for m in mentions if clause_start <= m.start and m.end <= cue.start]
            right = [m for m in mentions if cue.end <= m.start and m.end <= clause_end and not self._is_venue(text, m, mentions)]
            right = self._until_next_cue(right, cue, cues)
            if (self._ends_with(self._strip_modality(_before(text, cue.start)), self.passive)
                    and not self._agent_before(text, cue, left)):
                previous.append((cue, [], []))
                continue  # "được ký kết", "bị cáo buộc": no agent, no statement
            if self._ends_with(_before(text, cue.start), self.event_nouns):
                event = self._event_parties(text, spec, cue, left, right)
                if event is not None:
                    previous.append((cue, *event))
                    yield from self._emit(spec, *event, modality)
                    continue
            subjects, objects = self._arguments(text, spec, cue, left, right, previous)
            if objects and not spec.reverse_with and not self._within_window(text, cue, objects, spec.window):
                objects = []
            required = dict(spec.only_before).get(fold(cue.text))
            if required is not None and not (objects and fold(text[objects[-1].end :]).lstrip().startswith(required)):
                continue  # "Nga muốn hòa bình": wanting is no demand
            if modality == "asserted" and self._complement_of_demand(text, cue, previous, clause_start):
                modality = "possible"  # "kêu gọi trừng phạt Triều Tiên"
            previous.append((cue, subjects, objects))
            yield from self._emit(spec, subjects, objects, modality)

    def structure(self, text: str, mentions: list[Mention]) -> Iterator[RawRelation]:
        """official_of from titles: "Ngoại trưởng Nga Sergey Lavrov", "X, Giám đốc của Y"."""
        for i, m in enumerate(mentions):
            if m.entity.type == "PERSON" and m.role_of is not None and m.kind in ("title", "honorific") and m.office:
                yield RawRelation(m.entity, "official_of", m.role_of, role=m.role)
            if m.entity.type != "PERSON" or m.kind in ("descriptor", "pronoun") or i + 1 >= len(mentions):
                continue
            if not text[m.end : m.end + 2].startswith(","):
                continue
            # "X, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ": the next mention is the title of X.
            n = mentions[i + 1]
            if n.kind == "descriptor" and n.role_of is not None and n.start <= m.end + 2:
                yield RawRelation(m.entity, "official_of", n.role_of, role=n.role)
                continue
            if n.entity.type == "ORGANIZATION" and not text[m.end + 1 : n.start].strip() and n.acts_for is None:
                # "Ông Stephen Sestanovich, Hội đồng Chính sách Đối ngoại Mỹ, nói": he is of that body.
                yield RawRelation(m.entity, "member_of", n.entity)
                continue
            title = next(iter(self.lex.titles.find(text[m.end + 1 : m.end + 40])), None)
            if title is None or text[m.end + 1 : m.end + 1 + title.start].strip():
                continue
            gap = text[m.end + 1 + title.end : n.start]
            if n.entity.type in ("ORGANIZATION", "COUNTRY") and len(gap.split()) <= 8 and not any(c in gap for c in ",.;"):
                yield RawRelation(m.entity, "official_of", n.actor, role=title.value.role_for(n.actor.id))

    # -- pieces ------------------------------------------------------------
    def _agent_before(self, text: str, cue, left: list[Mention]) -> bool:
        """ "bị Nga cáo buộc": an agent stands between the passive word and the cue."""
        return bool(left) and not text[left[-1].end : cue.start].strip(" ,")

    def _within_window(self, text: str, cue, objects: list[Mention], window: int | None) -> bool:
        """Whether the first object stands close enough to its cue to be its object."""
        head = min(objects, key=lambda m: m.start)
        return len(text[cue.end : head.start].split()) <= (window if window is not None else self.object_window)

    def _complement_of_demand(self, text: str, cue, previous, clause_start: int) -> bool:
        """Whether the cue is what an earlier demand verb of its clause asks for."""
        for prev_cue, _, _ in reversed(previous):
            if prev_cue.end <= clause_start:
                break
            if prev_cue.value in self.demand_cues and prev_cue.end <= cue.start:
                # No new subject between the two verbs: "kêu gọi (các nước) trừng phạt ..."
                return True
        return False

    def _inside_cue(self, position: int, cue: PhraseMatch[str]) -> bool:
        """A clause break that is the cue's own first word ("là thành viên của")."""
        return cue.start <= position < cue.end and self.breaks.find(cue.text[: position - cue.start + 4]) != []

    def _ends_with(self, before: str, index: PhraseIndex[str]) -> bool:
        """Whether the words just before a position are one of `index`'s phrases."""
        tail = before.rstrip()[-30:]
        return any(m.end == len(tail) for m in index.find(tail))

    def _strip_modality(self, before: str) -> str:
        """`before` without the modality words at its end ("... và sẽ" -> "... và")."""
        while True:
            tail = before.rstrip()
            hit = [m for m in self.markers.find(tail[-20:]) if m.end == len(tail[-20:])]
            if not hit:
                return tail
            before = tail[: len(tail) - (len(tail[-20:]) - hit[0].start)]

    def _starts_with(self, after: str, index: PhraseIndex[str]) -> bool:
        head = after.lstrip()[:20]
        offset = len(after) - len(after.lstrip())
        return any(m.start == 0 for m in index.find(head)) and offset <= 1

    def _after(self, text: str, mention: Mention, index: PhraseIndex[str]) -> bool:
        return self._ends_with(_before(text, mention.start), index)

    def _event_parties(self, text, spec, cue, left, right):
        """Parties of an event noun, or None to read the noun as a verb.

            "cuộc gặp giữa A và B"               A met B
            "Cuộc gặp Putin - Trump"              Putin met Trump
            "cuộc điện đàm của A với B"           A phoned B
            "chuyến thăm của A tới B"             A visited B
            "cuộc tấn công của A nhằm vào B"      A attacks B
            "A có cuộc điện đàm với B"            read as a verb: A phoned B
            "trong cuộc điện đàm, ..."            no parties: states nothing
        """
        after = fold(text[cue.end : cue.end + 12]).lstrip()
        if after.startswith("giữa") and right:
            parties = self._coordinated(text, right)
            return (parties, []) if len(parties) >= 2 else ([], [])
        agent = self._agent_after(text, cue, right)
        if agent is not None:
            markers = self.partner_after if spec.symmetric else self.target_after
            for m in right:
                if m.start > agent.end and self._after(text, m, markers) and self._object_ok(spec, m):
                    return [agent], self._coordinated(text, [x for x in right if x.start >= m.start])
            return [], []
        if spec.symmetric and right and not left:
            parties = self._coordinated(text, right)
            if len(parties) >= 2:
                return parties, []
        noun_start = self._event_noun_start(text, cue)
        if self._ends_with(_before(text, noun_start), self.light_verbs):
            return None  # "A (đã) có cuộc gặp với B", "A có chuyến thăm tới B"
        if right and fold(text[cue.end : right[0].start]).strip() in ("", "với", "cùng"):
            return None  # "(trong) cuộc gặp (với) Thủ tướng Đức": the clause's subject met her
        return [], []  # "trong cuộc điện đàm, ...": the noun names no parties

    def _agent_after(self, text: str, cue, right: list[Mention]) -> Mention | None:
        """The actor right after "của" following an event noun: "cuộc tấn công (mạng) của Nga"."""
        for m in right:
            gap = fold(text[cue.end : m.start]).split()
            if gap[-1:] == ["của"] and len(gap) <= 3:
                return m
            if len(gap) > 3:
                break
        return None

    def _event_noun_start(self, text: str, cue) -> int:
        tail = _before(text, cue.start)
        nouns = [m for m in self.event_nouns.find(tail.rstrip()) if m.end == len(tail.rstrip())]
        return cue.start - len(tail) + nouns[0].start if nouns else cue.start

    def _clause_starts(self, text: str) -> list[int]:
        starts = [i + 1 for i, c in enumerate(text) if c in _PUNCT_BREAKS]
        starts += [m.start for m in self.breaks.find(text)]
        return sorted(set(starts))

    def _modality(self, text: str, clause_start: int, cue: PhraseMatch[str], mentions: list[Mention]) -> str | None:
        """None when negated, else asserted / planned / possible, from the words before the cue."""
        window_start = clause_start
        for m in mentions:
            if clause_start <= m.start and m.end <= cue.start:
                window_start = max(window_start, m.end)
        words = text[window_start : cue.start].split()[-self.lex.marker_window :]
        window = " ".join(words)
        kinds = {m.value for m in self.markers.find(window)}
        if "negation" in kinds:
            return None
        if "planned" in kinds:
            return "planned"
        if "possible" in kinds:
            return "possible"
        return "asserted"

    def _until_next_cue(self, right: list[Mention], cue, cues) -> list[Mention]:
        later = [c.start for c in cues if c.start > cue.end]
        if not later:
            return right
        return [m for m in right if m.end <= later[0]]

    def _coordinated(self, text: str, ordered: list[Mention]) -> list[Mention]:
        """The first mention of `ordered` and those joined to it by "và", ",", "-"."""
        if not ordered:
            return []
        group = [ordered[0]]
        for a, b in zip(ordered, ordered[1:]):
            between = self._without_honorifics(text[min(a.end, b.end) : max(a.start, b.start)])
            if between == ",":
                # "A, B và C" is a list; "A phản đối B, C cam kết ..." is two clauses.
                outer = b if b.start > a.start else a
                after = fold(text[outer.end : outer.end + 6].lstrip())
                if not (after.startswith((",", "và ", "hoặc ", "hay ", ".")) or after == ""):
                    break
            same_span = (a.start, a.end) == (b.start, b.end)  # "hai nhà lãnh đạo"
            if same_span or between in self.coordination or (between and between.replace("và", "").strip(" ,") == ""):
                group.append(b)
            else:
                break
        return group

    def _without_honorifics(self, between: str) -> str:
        for h in reversed(self.honorifics.find(between)):
            between = between[: h.start] + between[h.end :]
        return fold(" ".join(between.split()))

    def _is_subject_position(self, text: str, mention: Mention) -> bool:
        """Not right after "theo", "của", "tại"...: there the actor is a source, owner or venue."""
        return not self._ends_with(_before(text, mention.start), self.not_subject)

    def _arguments(self, text, spec: PredicateSpec, cue, left, right, previous):
        objects_pool = [m for m in right if self._object_ok(spec, m) and self._may_be_object(text, cue, m)]
        passive_agent = None
        # "A bị B cáo buộc": B is the agent, A the patient.
        if left:
            agent = left[-1]
            gap_before_agent = fold(_before(text, agent.start).rstrip().split(" ")[-1]) if agent.start else ""
            if gap_before_agent in self.passive_words and not text[agent.end : cue.start].strip(" ,"):
                passive_agent = agent
        if passive_agent is not None:
            patients = [m for m in left if m.end <= passive_agent.start]
            return [passive_agent], self._coordinated(text, list(reversed(patients)))[:1] if patients else []
        candidates = [
            m for m in left
            if self._is_subject_position(text, m) and (m.actor.type in ACTOR_TYPES or m.entity.type == spec.reverse_if_subject)
        ]
        if left and left[-1] not in candidates and self._after(text, left[-1], self.possessive):
            # "tuyên bố của Ả Rập Saudi ... cáo buộc Iran": the owner of the noun is the
            # subject, which no rule names; an actor further back would be a guess.
            candidates = []
        subjects = self._coordinated(text, list(reversed(candidates)))
        # A second verb of the same subject: "Lavrov gặp Blinken và cảnh báo Mỹ".
        first = next((p for p in previous if p[1]), None)
        if first is not None and self._ends_with(self._strip_modality(_before(text, cue.start)), self.verb_coordination):
            if not subjects or subjects[0].start > first[0].end:
                subjects = first[1]
        objects = self._coordinated(text, objects_pool)
        if spec.symmetric and self._starts_with(text[cue.end :], self.reciprocal):
            objects = []  # "A và B gặp nhau": the pair, see _emit
        if spec.reverse_with and objects:
            # "sáp nhập Crimea vào Nga": the actor after "vào" is the subject.
            tail = [m for m in right if m.start > objects[-1].end]
            if tail and fold(text[objects[-1].end : tail[0].start].strip()) == spec.reverse_with:
                subjects = [tail[0]]
        return subjects, objects

    def _is_venue(self, text: str, mention: Mention, mentions: list[Mention]) -> bool:
        """ "tại Doha", and the "Qatar" of "tại Doha, Qatar"."""
        if self._after(text, mention, self.venue):
            return True
        before = [m for m in mentions if m.end <= mention.start]
        return bool(before) and text[before[-1].end : mention.start].strip() == "," and self._after(text, before[-1], self.venue)

    def _may_be_object(self, text: str, cue, mention: Mention) -> bool:
        """Not across a comma ("bảo vệ quần đảo, Trung Quốc ..."), not the owner of the
        cue used as a noun ("đề xuất của Anh")."""
        gap = text[cue.end : mention.start]
        return "," not in gap and fold(gap).split() != ["của"]

    def _object_ok(self, spec: PredicateSpec, mention: Mention) -> bool:
        entity = mention.actor if mention.acts_for and mention.entity.type == "LOCATION" else mention.entity
        return entity.type in spec.objects

    def _emit(self, spec: PredicateSpec, subjects: list[Mention], objects: list[Mention], modality: str):
        if spec.symmetric and not objects and len(subjects) >= 2:
            # "Putin và Trump đã hội đàm": the pair talks to each other.
            for i, a in enumerate(subjects):
                for b in subjects[i + 1 :]:
                    if a.actor.id != b.actor.id:
                        yield RawRelation(a.actor, spec.name, b.actor, modality)
            return
        for s in subjects:
            for o in objects:
                target = o.actor if o.entity.type == "LOCATION" and o.acts_for and spec.name not in ("visited",) else o.entity
                source = s.actor
                if spec.reverse_if_subject and s.entity.type == spec.reverse_if_subject and s.acts_for is None:
                    source, target = target, s.entity
                if source.id != target.id:
                    yield RawRelation(source, spec.name, target, modality)


def _before(text: str, position: int, width: int = 80) -> str:
    """The text just before `position`: the rules only look a few words back."""
    return text[max(0, position - width) : position]


def _words_index(lexicon: Lexicon, kind: str) -> PhraseIndex[str]:
    return PhraseIndex((fold(w), kind) for w in lexicon.marker_words.get(kind, []))
