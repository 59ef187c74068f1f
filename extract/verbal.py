"""Relations stated by a verb cue: the actor before it (the subject) to the
actor after it (the object), inside one clause.

    "Ngoại trưởng Nga Sergey Lavrov cáo buộc Mỹ"      Lavrov accuses United States
    "Mỹ và Nhật Bản cảnh báo Triều Tiên"              both subjects warn North Korea
    "Ukraine bị Nga cáo buộc ..."                     Russia accuses Ukraine (passive, passives.py)
    "sáp nhập Crimea vào Nga"                         Russia annexed Crimea
    "Lavrov gặp Blinken và cảnh báo Mỹ"               the second verb keeps the subject
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Iterable, Iterator

from .carried import CarriedSubjects
from .events import agent_done_by, between_follows, event_parties, leads_to
from .governing import GoverningVerbs, Reading
from .grammar import Grammar
from .lexicon import VIETNAM, PredicateSpec
from .outside import OutsideArguments, not_own_side
from .owners import holder_of_owned
from .passives import PassiveVoice
from .phrases import fold
from .sentence import ACTOR_TYPES, Cue, Discourse, RawRelation, Sentence, UnnamedEvent, first_words, word_count
from .types import Mention
from .venues import home_countries

JOINT_GROUP = 5  # at most this many actors acting on each other
JOINT_GAP = 4  # words between the group and its joint cue: "A và B (hôm qua) (tiếp tục) giao tranh"


class VerbReader:
    """Reads the verb cues of a sentence in order; later cues see how earlier ones were read."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.lex = grammar.lex
        self.governing = GoverningVerbs(grammar)
        self.meeting_predicates = set(self.lex.marker_words.get("meeting_predicates", []))
        self.agreement_predicates = set(self.lex.marker_words.get("agreement_predicates", []))
        self.owners = grammar.noun_owners
        self.head_relative_predicates = set(self.lex.marker_words.get("head_relative_predicates", []))
        self.outside, self.passives = OutsideArguments(grammar), PassiveVoice(grammar)
        self.carried = CarriedSubjects(grammar)

    def read(self, sentence: Sentence, cues: list[Cue], discourse: Discourse | None = None) -> Iterator[RawRelation]:
        """The relations of the sentence's verb cues; `discourse` carries a subject across sentences."""
        discourse = discourse if discourse is not None else Discourse()
        named: list[Mention] = []  # the first subject the sentence names: the next sentence's running subject
        yield from self._read(sentence, cues, discourse, named)
        if named:
            discourse.subjects = named

    def _read(self, sentence: Sentence, cues: list[Cue], discourse: Discourse, named: list[Mention]) -> Iterator[RawRelation]:
        text = sentence.text
        starts = self.g.clause_starts(text)
        previous: list[Reading] = []
        fronted: tuple[PredicateSpec, str, Cue] | None = None
        for cue in cues:
            spec = self.lex.predicates[cue.predicate]
            clause_start, clause_end = self.g.clause_of(sentence, cue, starts)
            copula = self.g.copula_before(text, cue)
            if copula is not None:  # "Trump vốn là người phản đối ...": the clause opens before "là"
                clause_start = self.g.clause_of(sentence, copula, starts)[0]
            modality = self.passives.modality(sentence, clause_start, cue, self.g.modality(sentence, clause_start, copula or cue))
            if modality is not None and copula is not None:
                modality = self.g.modality(sentence, copula.end, cue) and modality
            if modality is None:
                previous.append(Reading(cue))
                continue
            left = sentence.between(clause_start, copula.start if copula is not None else cue.start)
            if copula is not None and left and self._owned(text, left[-1]):
                left = []  # "ngôi mộ của cựu lãnh đạo X là công dân Iran đã gia nhập IS": the tomb's owner is no subject
            # a venue is no party, except the place visited ("chuyến thăm ... tại Việt Nam")
            right = [m for m in sentence.between(cue.end, clause_end) if spec.place_object
                     or not self.g.is_venue(sentence, m) or self.owners.place_of_targets(text, cue, m)]
            right = _until_next_cue(right, cue, [c for c in cues if not self.owners.owned_noun_cue(text, cue, c)])
            if self.m.ends_with(text, self.g.strip_modality(text, cue.start), "passive") is not None \
                    and self.m.ends_with(text, cue.start, "receive_verbs") is None \
                    and not self.passives.agent_before(text, cue, left):  # "nhận được" is no passive
                subjects, objects = self.passives.agent_after(sentence, spec, cue, left, right)
                previous.append(Reading(cue, subjects, objects))
                # "được ký kết", "bị cáo buộc": no agent, no statement; "bị tấn công bởi Nga": Russia
                yield from _in_clause(self.g.emit(spec, subjects, objects, modality), clause_start, clause_end)
                continue
            if self.m.ends_with(text, cue.start, "event_noun") is not None \
                    or not spec.symmetric and fold(cue.text) in spec.joint_cues and between_follows(sentence, self.m, cue, right):
                if fronted is None and spec.symmetric and (self.g.fronted_phrase_comma(text, cue) or -1) > 0:
                    fronted = (spec, modality, cue)
                event = event_parties(sentence, self.m, spec, cue, left, right + agent_done_by(sentence, self.m, clause_end),
                                      lambda ms: self.g.coordinated(text, ms), self.g.object_ok, self._owns_target)
                if event is not None:
                    if event.unnamed and spec.symmetric:
                        discourse.unnamed_events.append(UnnamedEvent(spec.name, text, modality, (clause_start, clause_end)))
                    previous.append(Reading(cue, event.subjects, event.objects))
                    yield from _in_clause(self.g.emit(spec, event.subjects, event.objects, modality), clause_start, clause_end)
                    continue
            found = self._relative_head(sentence, cue, left, right)
            if found is not None:  # "lực lượng Hezbollah do Iran hậu thuẫn": Iran supports Hezbollah
                relative, agents = found
                previous.append(Reading(cue, agents, [relative], relative=True))
                if cue.predicate in self.head_relative_predicates and self.g.object_ok(spec, relative):
                    yield from _in_clause(self.g.emit(spec, agents, [relative], modality), clause_start, clause_end)
                continue
            subjects, objects = self._arguments(sentence, spec, cue, left, right, previous, discourse, named)
            if fold(cue.text) in spec.close_subject:  # "Mỹ mong muốn ... các nước thuộc GCC": no member
                subjects = [s for s in subjects if not any(c.value for c in self.lex.cues.find(text[s.end : cue.start]))]
            maker = self.g.noun_cue_maker(sentence, cue, left, clause_end)
            if maker is not None:  # "Hamas xem xét đề xuất ngừng bắn của Mỹ": the United States proposes
                objects = [o for o in objects if o.end <= maker.start]
                previous.append(Reading(cue, [maker], objects, relative=True))
                yield from _in_clause(self.g.emit(spec, [maker], objects, modality), clause_start, clause_end)
                continue
            joint = fold(cue.text) in spec.joint_cues and not self._owned_proposal(text, spec, cue, subjects, right)
            # "Hai bên (đã) ký kết 14 văn kiện": both sides of the last meeting act on each other
            if joint or (not spec.symmetric and self.g.reciprocal(text, cue)) \
                    or (spec.symmetric and self.g.both_sides_before(text, cue.start)):
                subjects = self._joint_subjects(text, cue, subjects) or self._talks_partners(text, cue, subjects, previous)
                previous.append(Reading(cue, subjects, []))
                yield from _in_clause(self._joint(spec, subjects, modality), clause_start, clause_end)
                meeting = discourse.last_said(self.meeting_predicates) if not subjects else None
                if meeting is not None and self.g.both_sides_before(text, cue.start) \
                        and not self.m["partner_after"].find(text[: cue.start]):  # "với X, hai bên ...": one side named
                    yield RawRelation(meeting.subject, spec.name, meeting.object, modality)
                    yield RawRelation(meeting.object, spec.name, meeting.subject, modality)
                agreed = self._agreed_issue(sentence, spec, cue, right)
                if agreed is not None:  # "Nga và Mỹ thống nhất thỏa thuận ngừng bắn": each backs the ceasefire
                    yield from _in_clause(self.g.emit(self.lex.predicates["supports"], subjects, [agreed], modality),
                                          clause_start, clause_end)
                continue
            markers_before = dict(spec.only_after).get(fold(cue.text))
            owner = self.owners.owner_of_object_noun(text, cue, right, partial(self.g.object_ok, spec))
            if owner is not None and objects and owner is not objects[0]:
                # "phản đối chuyến thăm Đài Loan của bà Pelosi": the owner, not the place in the noun phrase
                objects = self.g.coordinated(text, [m for m in right if m.start >= owner.start and self.g.object_ok(spec, m)])
            window = dict(spec.cue_windows).get(fold(cue.text), spec.window)
            if objects and not spec.reverse_with and owner is None and not self._within_window(sentence, cue, objects, window) \
                    and not self.owners.far_object(text, cue, objects[0], markers_before):
                objects = []
            objects = self.g.owners(sentence, objects)
            objects = self.outside.objects(sentence, spec, cue, subjects, left, objects, clause_end, discourse)
            if markers_before is not None:  # "thảo luận (về X) với Y": the partner only after "với" (a passive's before the cue)
                free = dict(spec.only_after_except).get(fold(cue.text), ())  # "cam kết chi 5% GDP cho quốc phòng"
                objects = [o for o in objects if o.end <= cue.start and self.passives.passive_agents(text, cue, left)
                           or self.owners.after_marker(text, cue, o, markers_before) or self.owners.pledged(text, cue, o, free)
                           or self.owners.given_goods(text, spec, cue, o)]
            if not objects and spec.receiver_carried and subjects:  # "Hàn Quốc viện trợ 5 triệu USD": to whom, said before
                objects = self.outside.carried_receiver(sentence, spec, cue, subjects, discourse, clause_end)
            if spec.name in self.owners.target_predicates:  # "tấn công căn cứ Al Udeid của Mỹ": the United States
                objects = self.owners.owners_of_named_targets(sentence, objects)
            types = dict(spec.cue_objects).get(fold(cue.text))
            if types is not None:  # "phóng tên lửa vào vùng biển Nhật Bản": a sea is no target
                objects = [o for o in objects if self._fits_cue(text, spec, types, o) and not self._at_home(types, subjects, o)]
            required = dict(spec.only_before).get(fold(cue.text))
            if required is not None and not (objects and fold(first_words(text, objects[-1].end, 3)).startswith(required)) \
                    and not self._asked_to_act(text, spec, cue, objects):
                continue  # "Nga muốn hòa bình": wanting is no demand
            governing = self.governing.verb(sentence, cue, subjects, previous, clause_start)
            if governing in self.governing.refusal_cues:
                previous.append(Reading(cue))
                if governing == "rejects" and (cue.predicate in self.meeting_predicates or cue.predicate == "supports"
                                               and objects and all(o.entity.type == "ISSUE" for o in objects)):
                    # "Iran từ chối đàm phán với Mỹ": refusing to meet someone rejects them; "từ chối cam kết
                    # chi 5% GDP cho quốc phòng": refusing to back an issue rejects it
                    yield from _in_clause(self.g.emit(self.lex.predicates[governing], subjects, objects, modality),
                                          clause_start, clause_end)
                continue  # "phản đối áp đặt trừng phạt với Nga": the sanction is refused
            if governing in ("proposes", "urges") and cue.predicate in self.meeting_predicates:
                # "Ông Putin đề xuất gặp ông Trump": proposing to meet someone proposes to them; asking to meet
                # them asks them ("Triều Tiên yêu cầu gặp quan chức Mỹ"); the meeting has not happened, nor
                # the one asked for between others ("kêu gọi Ukraine đàm phán với Nga")
                previous.append(Reading(cue, subjects, objects))
                if self.governing.own_act(cue, governing, subjects, previous):
                    yield from _in_clause(self.g.emit(self.lex.predicates[governing], subjects, objects, modality),
                                          clause_start, clause_end)
                continue
            threat = self.governing.threatened(cue, governing, subjects, objects, previous)
            if threat is not None:  # "Triều Tiên đe dọa phóng tên lửa vào Mỹ": a threat to the United States
                previous.append(Reading(cue, subjects, objects))
                yield from _in_clause(self.g.emit(self.lex.predicates[threat], subjects, objects, modality),
                                      clause_start, clause_end)
                continue
            if modality == "asserted" and governing in self.governing.demand_cues:
                modality = "possible"  # "kêu gọi trừng phạt Triều Tiên"
            # "Hezbollah được Iran hậu thuẫn tấn công ...": a passive clause describes its patient, who acts next
            # ... as does a relative clause on a thing: "Ukraine dùng vũ khí do phương Tây cung cấp để tấn công Nga"
            describing = bool(subjects) and subjects[0] in sentence.mentions \
                and (self.m.ends_with(text, subjects[0].start, "passive") is not None or self._on_a_noun(text, subjects[0]))
            previous.append(Reading(cue, subjects, objects, relative=describing))
            issue = self.outside.demanded_issue(text, spec, cue, right) if not objects else None
            if issue is not None and spec.issue_backed:  # "kêu gọi (các bên thực hiện) thỏa thuận Minsk": it backs the issue
                yield from _in_clause(self.g.emit(self.lex.predicates[spec.issue_backed], subjects, [issue], modality),
                                      clause_start, clause_end)
            if spec.symmetric and not objects and self.g.unnamed_partner(text, cue):
                continue  # "A và B có cuộc họp với những người đồng cấp Nhật": with others, not each other
            yield from _in_clause(self.g.emit(spec, subjects, objects, modality), clause_start, clause_end)
        if fronted is not None:
            yield from self._fronted_event(fronted, previous)

    # -- pieces ------------------------------------------------------------
    def _fronted_event(self, fronted: tuple[PredicateSpec, str, Cue], previous: list[Reading]) -> Iterator[RawRelation]:
        """ "Tại cuộc gặp, Tổng thống Trump hối thúc người đồng cấp Moon ...": a meeting fronted without
        its parties is between the subject of the sentence and the person it addresses."""
        spec, modality, cue = fronted
        own = next((r for r in previous if r.cue is cue), None)
        if own is not None and own.objects:
            return
        later = next((r for r in previous if r.cue.start > cue.end and r.subjects and r.objects), None)
        if later is not None:
            persons = [o for o in later.objects if o.actor.type == "PERSON"]
            yield from self.g.emit(spec, later.subjects, persons, modality)

    def _within_window(self, sentence: Sentence, cue: Cue, objects: list[Mention], window: int | None) -> bool:
        """Whether the first object stands close enough to its cue to be its object, or after only an event
        noun's modifiers and its partner word ("có cuộc gặp thượng đỉnh chính thức đầu tiên với ...")."""
        head = min(objects, key=lambda m: m.start)
        if word_count(sentence.text, cue.end, head.start) <= (window if window is not None else self.lex.object_window):
            return True
        return self.m.ends_with(sentence.text, cue.start, "event_noun") is not None \
            and leads_to(sentence, self.m, cue, head, "partner_after")

    def _owns_target(self, text: str, cue: Cue, start: int, mention: Mention) -> bool:
        """Whether an attack noun's target, from `start` on, is the mention's: "cuộc tấn công của Mỹ nhằm
        vào các cơ sở hạt nhân của Iran"."""
        owners = self.g.noun_owners
        return cue.predicate in owners.target_predicates \
            and owners.owns_target(text, Cue(start, start, "", cue.predicate), mention, owners.target_markers)

    def _relative_head(self, sentence: Sentence, cue: Cue, left: list[Mention],
                       right: list[Mention]) -> tuple[Mention, list[Mention]] | None:
        """The actor a relative clause "H do A V" describes, and its agents: A is the agent right before
        the cue, right after "do" (or the agents joined there: "do Mỹ và Israel hậu thuẫn"), and H stands
        right before "do" ("các nhóm phiến quân do Mỹ hậu thuẫn").
        A verb with its own object is no relative clause: "... với Nga do Mỹ ủng hộ Ukraine"
        (because the United States supports Ukraine)."""
        text = sentence.text
        if not left or text[left[-1].end : cue.start].strip():
            return None
        spec = self.lex.predicates[cue.predicate]
        if any("," not in text[cue.end : m.start] and word_count(text, cue.end, m.start) <= self.lex.object_window
               and self.g.object_ok(spec, m) for m in right):
            return None  # (a place after it, "... đã chiếm Raqqa", is no object of the cue)
        agents = self.g.coordinated(text, list(reversed(left)))[::-1]
        if (marker := self.m.ends_with(text, agents[0].start, "head_relative")) is None:
            return None
        head = next((m for m in reversed(sentence.before(marker.start)) if m.actor.type in ACTOR_TYPES), None)
        if head is None or text[head.end : marker.start].strip(" ,)") or any(head.actor.id == a.actor.id for a in agents):
            return None
        return head, agents

    def _may_be_object(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, mention: Mention) -> bool:
        """Not across a comma ("bảo vệ quần đảo, Trung Quốc ..."), not the owner of the cue used as a noun
        ("đề xuất của Anh"), nor a witness or the patient of another verb (markers.yaml witnesses, patient_verbs)."""
        gap = sentence.text[cue.end : mention.start]
        if self.g.owns_people_noun(sentence.text, mention) or self.m.ends_with(sentence.text, mention.start, "witnesses") \
                or self.m.ends_with(sentence.text, mention.start, "patient_verbs"):
            return False  # "gặp con trai ông Trump"; "ký ... với sự chứng kiến của Mỹ"; "yêu cầu dẫn độ ông Gulen": not Gulen
        link, *lead = fold(sentence.gap(cue.end, mention.start)).split() or [""]
        if "," in gap or link in self.m.words("possessive") | self.m.words("source_after") \
                and all(w in self.m.words("determiners") | self.m.words("plural_words") for w in lead):
            # "đề xuất của Anh", "yêu cầu từ Qatar", "chỉ trích từ (nhiều) nghị sĩ Dân chủ": the owner or the source of a noun
            return False
        if gap.split()[-1:] == ["và"] and self.m.starts_with(sentence.text, mention.end, "clause_goes_on"):
            return False  # "đối phó với những mối đe dọa chung và Nga sẵn sàng hợp tác": Nga opens a clause
        # "thảo luận về tình hình Ukraine": no partner (a warning "về X" targets X); "về Ukraine với ông Putin": Putin
        topics = self.m["topic"].find(gap) if spec.symmetric else []
        partner = self.m.ends_with(sentence.text, mention.start, "partner_after") if topics else None
        return not topics or partner is not None and partner.start >= cue.end + topics[-1].end

    def _arguments(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, left: list[Mention],
                   right: list[Mention], previous: list[Reading], discourse: Discourse,
                   named: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        text = sentence.text
        # the first object may not cross a comma; a list after it may ("trừng phạt Nga, Iran và Triều Tiên")
        types = dict(spec.cue_objects).get(fold(cue.text))
        if types is not None:  # "tới Hamburg, Đức": the country the place is in
            right = self.g.places_in_countries(sentence, right)
        pool = [m for m in right if self.g.object_ok(spec, m)]
        if types is not None:  # "rút Mỹ khỏi Hiệp định Paris": what is moved is no object of the cue
            pool = [m for m in pool if self._fits_cue(text, spec, types, m)]
        # "tập trung quân và bị Mỹ, Anh cáo buộc": the agents of a passive verb that follows are no objects
        # ... but "được" right after the cue is "manage to": "thuyết phục được Bắc Kinh đồng ý ..." (China urged)
        pool = pool[: next((i for i, m in enumerate(pool) if (p := self.m.ends_with(text, m.start, "passive")) is not None
                            and text[cue.end : p.start].strip()), len(pool))]
        first_object = next((i for i, m in enumerate(pool) if self._may_be_object(sentence, spec, cue, m)), len(pool))
        if self.m.starts_with(text, cue.end, "negated_acts") is not None \
                and self.m.starts_with(text, cue.end, "not_negation") is None:
            first_object = len(pool)  # "yêu cầu không tiết lộ thông tin cho Nga": no one asked; Russia is told nothing
        if left:  # "A bị B cáo buộc": B is the agent, A the patient.
            passive = self.passives.agents_before(sentence, cue, left, previous)
            if passive is not None:
                return passive
        if self.m.ends_with(text, self.m.count_start(text, cue.start), "receive_verbs") is not None:
            # "Ukraine nhận (1,5 tỷ euro) viện trợ từ Mỹ": the giver is after "từ", the receiver the subject.
            givers = [m for m in right if self.m.ends_with(text, m.start, "source_after") is not None]
            receivers = [m for m in left if self.g.in_subject_position(text, m) and m.actor.type in ACTOR_TYPES]
            if givers and receivers and word_count(text, cue.end, givers[0].start) <= self.lex.object_window:
                givers = self.g.coordinated(text, [m for m in right if m.start >= givers[0].start])  # "từ Mỹ, Nhật Bản và Anh"
                return givers, self.g.coordinated(text, list(reversed(receivers)))
            return [], []
        # "điện đàm với A, B ... thảo luận": a partner after "với" does not go on to act; an object
        # right after its verb may ("cáo buộc Nga chuẩn bị tấn công Ukraine": Russia is the attacker).
        taken_as_objects = {id(o) for p in previous if p.objects  # "với (các nhà lãnh đạo) Trung Quốc"
                            and self.m.ends_with(text, self.m.back_over(text, min(m.start for m in p.objects), "determiners"),
                                                 "partner_after")
                            for o in p.objects}
        lead = self.g.statement_start(text, cue.start)
        fronted_subjects: list[Mention] = []
        fronted_phrase = self.g.fronted_phrase_comma(text, cue)
        if lead > 0 and fronted_phrase is not None:
            fronted_subjects = self.carried.subject(sentence, cue, previous)
            if fronted_subjects:
                # "Tờ X đưa tin, tại cuộc gặp với Y, Z đã ...": the reporter is no party of the fronted meeting,
                # the subject after it is (with none there, "A cho biết, trong cuộc hội đàm với B, hai nước ...": A)
                left = [m for m in left if m.start >= lead]
        asides = self.g.relative_asides(sentence, cue.start)
        co_subjects = self.g.co_subjects(text, left)
        outside = [m for m in left if not any(start <= m.start and m.end <= end for start, end in asides)]
        candidates = [
            m for m in outside
            if (self.g.in_subject_position(text, m) or id(m) in co_subjects) and id(m) not in taken_as_objects
            and not self.g.is_venue(sentence, m)
            and (m.actor.type in ACTOR_TYPES or m.entity.type == spec.reverse_if_subject)
        ]
        possessive = self.m.ends_with(text, outside[-1].start, "possessive") if outside else None
        if possessive is not None and outside[-1] not in candidates:
            # "tuyên bố của Ả Rập Saudi ... cáo buộc Iran": the owner of the noun is the
            # subject, which no rule names; an actor further back would be a guess, but for
            # the person the owned phrase belongs to: "Nghị sĩ X của đảng Bảo thủ kêu gọi",
            # "Ông X, nghị sĩ đảng Xanh của Đức, đã gặp"; the owner of the weapon that attacks.
            holder = holder_of_owned(text, cue, outside, possessive.start)
            candidates = [holder] if holder is not None and holder in candidates else []
            candidates = candidates or self.owners.attacking_owner(text, cue, outside[-1])
        subjects = self.g.coordinated(text, list(reversed(candidates)))
        if subjects and self.g.unnamed_subject(text, subjects[-1].end, cue.start):
            subjects = []  # "Mỹ theo dõi các công ty giúp đỡ Triều Tiên": the companies help
        described = next((r for r in previous if r.relative and any(s is a for s in subjects for a in r.subjects)), None)
        if described is not None:  # "(Syria và) Hezbollah do Iran hậu thuẫn tấn công Israel": Hezbollah (and Syria) attack
            before = sentence.before(described.objects[0].start) if described.objects else []
            subjects = self.g.coordinated(text, described.objects[:1] + [m for m in before[::-1] if m.actor.type in ACTOR_TYPES])
        # "con trai Trump hội đàm với ...": the son, whom the sentence does not name, not Trump;
        # "Ông Kushner, con rể ông Trump, đã gặp ...": Kushner
        subjects = [s for s in subjects if not self.g.owns_people_noun(text, s)]
        apposed = self.g.apposed_relative(sentence, cue.start)
        if apposed is not None:
            subjects = [apposed]  # "ông Macron, người lên án ông Trump": the name the clause describes
        if subjects and not named:
            named.extend(subjects)
        if not subjects and (not left or fronted_phrase is not None and all(self.g.is_venue(sentence, m) for m in left)):
            # nothing before the cue, or only where the fronted phrase happened ("Phát biểu ở Warsaw sau cuộc gặp với X, S ...")
            subjects = fronted_subjects or self.carried.subject(sentence, cue, previous)
            if not subjects and not previous and not sentence.before(cue.start) and self.g.goes_on_unsaid(text, cue.start):
                subjects = discourse.subjects
        # A second verb of the same subject: "Lavrov gặp Blinken và cảnh báo Mỹ", "cắt quan hệ với Qatar,
        # cáo buộc ..."; after a comma, a name that is no object of the first verb is the subject: "..., X, hội đàm".
        first = next((p for p in previous if p.subjects), None)
        joint = self.m.coordination_before(text, self.g.strip_modality(text, cue.start))
        if first is not None and joint is not None:
            if not subjects or subjects[0].start > first.cue.end and (joint.text != "," or subjects[0] in first.objects):
                subjects = first.objects if self.carried.judged_reason(sentence, first, cue) \
                    or self.carried.accused_goes_on(sentence, first, cue) else first.subjects
        elif joint is not None and joint.text != "," and subjects:
            subjects = self.carried.first_verb_subject(text, candidates, subjects)
        elif first is not None and subjects and subjects[0] in first.objects \
                and self.carried.place_before_comma(sentence, subjects, cue):
            subjects = first.subjects  # "đã tới thủ đô Viêng Chăn, bắt đầu chuyến thăm Lào": the visitor's second act
        objects = self.g.object_list(text, pool[first_object:])
        if self.g.reciprocal(text, cue):
            objects = []  # "A và B gặp nhau": the pair, see Grammar.emit and VerbReader._joint
        if spec.reverse_with and objects:
            if sentence.gap(cue.end, objects[0].start) == spec.reverse_with:
                # "Crimea sáp nhập vào Nga": Russia annexed Crimea.
                return objects[:1], subjects
            # "sáp nhập Crimea vào Nga": the actor after "vào" is the subject.
            tail = [m for m in right if m.start > objects[-1].end]
            if tail and sentence.gap(objects[-1].end, tail[0].start) == spec.reverse_with:
                subjects = [tail[0]]
        return subjects, not_own_side(subjects, objects)

    def _fits_cue(self, text: str, spec: PredicateSpec, types: tuple[str, ...], mention: Mention) -> bool:
        """An object a cue of predicates.yaml cue_objects takes: one of its types, a city gone to ("tới thủ đô Riyadh"),
        or for place_country a place the dictionary puts in a country ("phóng tên lửa vào Beersheba"; no sea). A
        LOCATION among the types is a place in a country or one the dictionary lacks: no continent, sea or gulf, nor
        a place of Vietnam, where the press's own leaders travel at home."""
        home = self.lex.home_country(mention.entity.id) if mention.entity.type == "LOCATION" else None
        if mention.entity.type == "LOCATION" and "LOCATION" in types:
            if self.lex.actors.get(mention.entity.id) is None or home is not None and home.id != VIETNAM:
                return True  # "tới Jeddah"
            types = tuple(t for t in types if t != "LOCATION")  # not "tới châu Âu"; "tới Hà Nội" as the capital only
        return self.g.object_entity(mention).type in types or self.g.city_attended(text, mention) \
            or spec.place_country and home is not None

    def _at_home(self, types: tuple[str, ...], subjects: list[Mention], place: Mention) -> bool:
        """Whether a place a cue taking places goes to lies in its subjects' own country: "Tổng thống Putin đến
        Quảng trường Đỏ" is no visit."""
        home = self.lex.home_country(place.entity.id) if "LOCATION" in types and place.entity.type == "LOCATION" else None
        return home is not None and any(home.id in home_countries(s, self.lex) for s in subjects)

    def _owned(self, text: str, mention: Mention) -> bool:
        """A mention after "của", "theo", "tại"... (past a title's modifier: "của cựu lãnh đạo X")."""
        before = text[: mention.start].rstrip()
        modifier = before.rsplit(None, 1)[-1] if before else ""
        at = len(before) - len(modifier) if fold(modifier) in self.lex.modifiers else mention.start
        return not self.g.in_subject_position(text, replace(mention, start=at))

    def _owned_proposal(self, text: str, spec: PredicateSpec, cue: Cue, subjects: list[Mention], right: list[Mention]) -> bool:
        """ "Nga đồng ý đề nghị của Mỹ": one subject and an owned proposal after a joint cue agree with its owner."""
        owner = self.owners.owner_of_object_noun(text, cue, right, partial(self.g.object_ok, spec))
        return len(subjects) == 1 and owner is not None

    def _joint_subjects(self, text: str, cue: Cue, subjects: list[Mention]) -> list[Mention]:
        """The pair (or small group) right before a joint cue: "Ấn Độ và Pakistan (tiếp tục) giao tranh";
        none when the list stands further back ("điện đàm với A, B, C ... thống nhất")."""
        if len(subjects) < 2 or len(subjects) > JOINT_GROUP:
            return []
        last = max(subjects, key=lambda m: m.end)
        return subjects if word_count(text, last.end, cue.start) <= JOINT_GAP else []

    def _talks_partners(self, text: str, cue: Cue, subjects: list[Mention], previous: list[Reading]) -> list[Mention]:
        """The parties of talks the same subject held just before a joint cue, joined to it by
        "và" or a comma: "Putin điện đàm với Merkel, nhất trí ..." (the two agree)."""
        at = self.g.strip_modality(text, cue.start)
        if len(subjects) != 1 or not (text[:at].rstrip().endswith(",")
                                      or self.m.ends_with(text, at, "verb_coordination") is not None):
            return []
        talks = next((p for p in reversed(previous) if p.subjects and p.objects), None)
        if talks is None or not self.lex.predicates[talks.cue.predicate].symmetric:
            return []
        if subjects[0].actor.id not in {m.actor.id for m in talks.subjects}:
            return []
        parties = talks.subjects + talks.objects
        return parties if len(parties) <= JOINT_GROUP else []

    def _agreed_issue(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, right: list[Mention]) -> Mention | None:
        """The issue a pair agrees on, right after its agreement cue ("thống nhất (về) thỏa thuận ngừng bắn"),
        or named with the cue's last words ("đạt được thỏa thuận ngừng bắn")."""
        inside = [m for m in sentence.mentions if m.entity.type == "ISSUE" and m.start < cue.end < m.end]
        right = inside or right
        if spec.name not in self.agreement_predicates or not right or right[0].entity.type != "ISSUE":
            return None
        return right[0] if inside or word_count(sentence.text, cue.end, right[0].start) <= 2 else None

    def _joint(self, spec: PredicateSpec, subjects: list[Mention], modality: str) -> Iterator[RawRelation]:
        """ "A và B nhất trí", "A và B giao tranh": each of the pair with the other."""
        actors = list(dict.fromkeys(s.actor for s in sorted(subjects, key=lambda m: m.start)))
        for a in actors:
            for b in actors:
                if a.id != b.id:
                    yield RawRelation(a, spec.name, b, modality)

    def _on_a_noun(self, text: str, agent: Mention) -> bool:
        """Whether the agent opens a relative clause on the noun before it: "vũ khí (do / mà) Mỹ ...", not
        "Do Triều Tiên phóng tên lửa, ..." (a reason) nor "vì những điều này mà nhà lãnh đạo Mỹ ..."."""
        marker = self.m.ends_with(text, agent.start, "relative_agent")
        if marker is None:
            return False
        before = text[: marker.start].rstrip()
        return bool(before) and before[-1].isalpha() and self.m.ends_with(text, len(before), "demonstratives") is None

    def _asked_to_act(self, text: str, spec: PredicateSpec, cue: Cue, objects: list[Mention]) -> bool:
        """ "Mỹ muốn Trung Quốc tăng cường hợp tác": the object right after a cue of object_then_verb, with
        a verb after it (a lower-case word that goes on with no noun phrase, markers.yaml not_verbs, and names
        no state the object is wished to be in, wished_states: "muốn Ukraine ổn định")."""
        if fold(cue.text) not in spec.object_then_verb or not objects or text[cue.end : objects[0].start].strip():
            return False
        following = first_words(text, objects[-1].end, 1)
        verb = fold(following) not in self.m.words("not_verbs") \
            or self.m.starts_with(text, objects[-1].end, "verbs_like_not_verbs") is not None
        return following[:1].islower() and following.isalpha() and verb \
            and self.m.starts_with(text, objects[-1].end, "wished_states") is None


def _until_next_cue(right: list[Mention], cue: Cue, cues: list[Cue]) -> list[Mention]:
    later = [c.start for c in cues if c.start > cue.end]
    if not later:
        return right
    return [m for m in right if m.end <= later[0]]


def _in_clause(relations: Iterable[RawRelation], start: int, end: int) -> Iterator[RawRelation]:
    """The relations, marked as read from text[start:end] (where their venue must stand)."""
    for relation in relations:
        yield replace(relation, clause=(start, end))
