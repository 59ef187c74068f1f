"""Relations a sentence states without a cue between its two actors.

    "Ngoại trưởng Mỹ John Kerry cho rằng Nga phải rút quân"     Kerry urges Russia
    "Ông Blinken khẳng định: “Nga cần phải giảm leo thang”"     Blinken urges Russia
    "“Iran cần chấm dứt ủng hộ khủng bố”, ông Trump nói"       Trump urges Iran
    "Iran cho rằng Mỹ đứng sau vụ tấn công"                     Iran accuses the United States
    "Việc NATO mở rộng khiến Nga lo ngại"                       Russia opposes NATO expansion

A speaker says that another actor must, should or needs to act: that is a
demand (urges). Something that makes an actor worried or angry is what that
actor opposes.
"""
from __future__ import annotations

from typing import Iterator

from .grammar import Grammar
from .phrases import PhraseIndex, PhraseMatch, fold
from .sentence import ACTOR_TYPES, Cue, RawRelation, Sentence, word_count
from .types import Mention

MODAL_GAP = 2  # "Nga (cũng) cần phải", "Iran (vẫn) phải"
CONCERN_GAP = 3  # "khiến (nước này) (cảm thấy) lo ngại"
QUOTES = "\"“”'‘’"


def _unquoted_matches(index: PhraseIndex[str], text: str) -> list[PhraseMatch[str]]:
    """The matches of `index` in `text` read without its quotation marks ("gọi NAFTA là một “thảm họa”"),
    at their offsets in `text`."""
    kept = [i for i, c in enumerate(text) if c not in QUOTES]
    if len(kept) == len(text):
        return index.find(text)
    plain = "".join(text[i] for i in kept)
    return [PhraseMatch(kept[m.start], kept[m.end - 1] + 1, text[kept[m.start] : kept[m.end - 1] + 1], m.value)
            for m in index.find(plain)]


class ComplementReader:
    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.adverbs = self.m.words("adverbs")
        self.judging_verbs = self.m.words("judging_verbs")

    def read(self, sentence: Sentence) -> Iterator[RawRelation]:
        speech = self.m["speech_verbs"].find(sentence.text)  # who says it: both readers need a speech verb
        judging = sorted(speech + self.m["judging_verbs"].find(sentence.text), key=lambda v: v.start)
        if judging or self._source_opening(sentence) is not None:
            yield from self._demands(sentence, speech)
            yield from self._blames(sentence, speech)
            yield from self._judged_unacceptable(sentence, judging)
        yield from self._concerns(sentence)
        yield from self._red_lines(sentence)
        yield from self._conditional_warnings(sentence)

    # -- "S nói Y phải V" ------------------------------------------------------
    def _demands(self, sentence: Sentence, speech: list[PhraseMatch[str]]) -> Iterator[RawRelation]:
        text = sentence.text
        for modal in self.m["urge_modals"].find(text):
            if fold(modal.text) == "cần" and self.m.starts_with(text, modal.end, "need_objects") is not None:
                continue  # "cần thời gian": a need, no demand
            if self.m.starts_with(text, modal.end, "passive") is not None or \
                    self.m.ends_with(text, modal.start, "past_markers") is not None:
                continue  # "Snowden phải bị tử hình", "quân đội đã phải rút": no demand on them
            addressee = self._actor_just_before(sentence, modal.start)
            if addressee is None or _is_pair(sentence, addressee):
                continue  # "hai nước cần ...": both sides, the speaker's own among them
            speaker = self._speaker(sentence, speech, addressee)
            if speaker is None or not _speaks_for_a_side(speaker):
                continue
            addressed = self.g.coordinated(text, [m for m in reversed(sentence.before(modal.start))
                                                  if m.actor.type in ACTOR_TYPES])
            if self.g.sides(speaker) & {m.actor.id for m in addressed}:
                continue  # "Bà May nói nước Anh nên ...", "Italia, Pháp và Đức nên ...": her own side among them
            for m in addressed if addressee in addressed else [addressee]:  # "A và B cần ...": each is urged
                yield RawRelation(speaker.actor, "urges", m.actor)

    # -- "S cho rằng Y đứng sau X" ---------------------------------------------
    def _blames(self, sentence: Sentence, speech: list[PhraseMatch[str]]) -> Iterator[RawRelation]:
        """A speaker who says another actor is behind, to blame for or in breach of something
        accuses it: "Iran cho rằng Mỹ (đã) đứng sau vụ tấn công", "“Nga đã vi phạm lệnh ngừng
        bắn”, ông Zelensky nói"."""
        text = sentence.text
        for blame in self.m["blame_verbs"].find(text):
            start = self.m.back_over(text, blame.start, "blame_aspects")
            accused = self._actor_just_before(sentence, start)
            if accused is None or _is_pair(sentence, accused):
                continue
            speaker = self._speaker(sentence, speech, accused)
            if speaker is None or not _speaks_for_a_side(speaker):
                continue
            # "Mỹ cho rằng Nga và Trung Quốc đứng sau": both are accused
            for m in self.g.coordinated(text, [m for m in reversed(sentence.before(start)) if m.actor.type in ACTOR_TYPES]):
                if m.actor.id not in self.g.sides(speaker):
                    yield RawRelation(speaker.actor, "accuses", m.actor)

    def _judged_unacceptable(self, sentence: Sentence, speech: list[PhraseMatch[str]]) -> Iterator[RawRelation]:
        """A speaker who calls what another actor did unacceptable opposes that actor: "Nga cho rằng hành
        động của Mỹ là không thể chấp nhận được", "“Việc Mỹ bán vũ khí cho Đài Loan là không thể chấp nhận”,
        ông X nói". What was done is the stretch after the last speech verb before the judgement."""
        text = sentence.text
        for judgement in _unquoted_matches(self.m["unacceptable"], text):
            said = [v.end for v in speech if v.end <= judgement.start]
            start = max(said, default=0)
            if any(self.m.ends_with(text, judgement.start, kind) is not None for kind in ("planned", "possible")) \
                    or self.m["condition"].find(text[: judgement.start]):
                continue  # "chiến tranh sẽ là thảm họa", "nếu gọi ông Putin là kẻ giết người": no judgement made
            done_by = next((m for m in sentence.between(start, judgement.start)
                            if m.actor.type in ACTOR_TYPES or m.entity.type == "ISSUE"), None)  # "việc NATO mở rộng"
            if done_by is None or _is_pair(sentence, done_by):
                continue
            if self.g.lex.cues.find(text[start : done_by.start]) and self.m.ends_with(text, done_by.start, "possessive") is None:
                continue  # "đe dọa Triều Tiên là ...": the object of what was done ("vụ không kích của X": its agent)
            act = self.m["clause_nouns"].find(text[start : done_by.start])
            if act and sentence.gap(start + act[-1].end, done_by.start):
                continue  # "việc cô lập Qatar là một sai lầm": Qatar is isolated, not the one who acts
            verb = next((v for v in reversed(speech) if v.end <= done_by.start), None)
            if verb is not None and self.g.modality(sentence, 0, Cue(verb.start, verb.end, verb.text, "opposes")) is None:
                continue  # "Nga không coi Mỹ là kẻ thù"
            judging = verb is not None and fold(verb.text) in self.judging_verbs
            # "Cơ quan tình báo của ông ta xem Mỹ là kẻ thù”, ông Cotton nói": who judges, not who quotes it
            speaker = self._speaker(sentence, [verb] if judging else speech, done_by)
            if speaker is not None and _speaks_for_a_side(speaker) and done_by.actor.id not in self.g.sides(speaker):
                yield RawRelation(speaker.actor, "opposes", done_by.entity if done_by.entity.type == "ISSUE" else done_by.actor)

    def _actor_just_before(self, sentence: Sentence, position: int) -> Mention | None:
        """The actor that a modal word follows, adverbs allowed between: "Nga (cũng) cần"."""
        before = [m for m in sentence.before(position) if m.actor.type in ACTOR_TYPES]
        if not before:
            return None
        last = before[-1]
        gap = sentence.gap(last.end, position).split()
        if len(gap) > MODAL_GAP or any(w not in self.adverbs for w in gap):
            return None
        if self.m.ends_with(sentence.text, last.start, "not_subject_after") is not None:
            return None  # "của Nga cần": an owner, not who must act
        if not self.g.opens_clause(sentence.text, last):
            return None  # "khiến Nga phải", "trừng phạt Nga đều cần": the object of another verb
        return last

    def _source_opening(self, sentence: Sentence) -> Mention | None:
        """The person or state a sentence opens with as its source: "Theo Ngoại trưởng Lavrov, Mỹ đã vi phạm ..."."""
        text = sentence.text
        according = self.m.starts_with(text, len(text) - len(text.lstrip()), "according_to")
        if according is None:
            return None
        after = sentence.after(according.end)
        # a person or a state; "Theo Reuters, ...", "Theo TASS, ..." name where the news comes from
        if not after or sentence.gap(according.end, after[0].start) or after[0].entity.type not in ("PERSON", "COUNTRY") \
                or not text[after[0].end :].lstrip().startswith(","):
            return None
        return after[0]

    def _speaker(self, sentence: Sentence, speech, addressee: Mention) -> Mention | None:
        """Who says it: the subject of a speech verb before the addressee ("S cho rằng Y phải"),
        the source the sentence opens with ("Theo S, Y phải"), or after a quote holding it ("“Y phải
        ...”, S nói")."""
        text = sentence.text
        source = self._source_opening(sentence)
        if source is not None and source.end < addressee.start:
            return source
        for verb in reversed([v for v in speech if v.end <= addressee.start]):
            if self.m.starts_with(verb.text, 0, "reporting_verbs") is not None:
                quoted = [m for m in sentence.between(verb.end, addressee.start) if m.actor.type in ACTOR_TYPES]
                if quoted:  # "TASS dẫn lời Ngoại trưởng Lavrov ...": the one quoted speaks
                    return quoted[0]
            if self.m.ends_with(text, verb.start, "verb_coordination") is not None:
                opening = self.g.opening_subject(sentence, verb.start)  # "X bác bỏ ... và cho rằng Y nên"
                subject = opening[0] if opening else None
            else:
                subject = self._subject_before(sentence, verb.start)
            if subject is not None:
                return subject
        for verb in [v for v in speech if v.start >= addressee.end]:
            quote_end = max(text.rfind("”", 0, verb.start), text.rfind('"', 0, verb.start))
            if quote_end < addressee.end:
                continue
            if self.m.starts_with(verb.text, 0, "reporting_verbs") is not None:
                quoted = [m for m in sentence.after(verb.end)[:1] if m.actor.type in ACTOR_TYPES]
                if quoted and sentence.gap(verb.end, quoted[0].start) == "":
                    return quoted[0]  # "“...”, Sputnik dẫn bình luận của Tổng thống Trump"
            subject = self._subject_before(sentence, verb.start, after=quote_end)
            if subject is not None:
                return subject
        return None

    def _subject_before(self, sentence: Sentence, position: int, after: int = -1) -> Mention | None:
        """The actor right before a speech verb (a few words at most), in subject position."""
        for m in reversed(sentence.before(position)):
            if m.start <= after:
                return None
            if m.actor.type not in ACTOR_TYPES or self.m.ends_with(sentence.text, m.start, "not_subject_after") is not None \
                    or self.g.is_venue(sentence, m):
                continue
            if word_count(sentence.text, m.end, position) <= MODAL_GAP + 1:
                return m
            return None
        return None

    # -- "S: X vượt qua lằn ranh đỏ" --------------------------------------------
    def _red_lines(self, sentence: Sentence) -> Iterator[RawRelation]:
        """What crosses a speaker's red line is what the speaker opposes: "Putin cho rằng việc
        NATO mở rộng về phía đông sẽ vượt qua lằn ranh đỏ"."""
        text = sentence.text
        for line in self.m["red_line"].find(text):
            speaker = self._speaker_of(sentence, line.start)
            if speaker is None:
                continue
            named = self.m.starts_with(text, line.end, "complementizers")
            if named is not None:  # "giới hạn đỏ là việc sử dụng vũ khí hóa học": what follows
                at = named.end
                crossing = [m for m in sentence.after(at) if m.entity.type == "ISSUE" or m.actor.type in ACTOR_TYPES][:1]
            else:  # "việc NATO mở rộng ... sẽ vượt qua lằn ranh đỏ": what stands before, in its clause
                crossing = [m for m in sentence.before(line.start) if m.end > speaker.end
                            and (m.entity.type == "ISSUE" or m.actor.type in ACTOR_TYPES)
                            and not self.m["clause_break"].find(text[m.end : line.start])]
            if not crossing:
                continue
            target = next((m for m in crossing if m.entity.type == "ISSUE"), crossing[0])
            owned = self.g.owners(sentence, [target])
            if not owned:
                continue  # "đe dọa chủ quyền quốc gia": a quality of nobody named
            target = owned[0]
            if target.actor.id != speaker.actor.id:
                yield RawRelation(speaker.actor, "opposes", target.entity if target.entity.type == "ISSUE" else target.actor)

    def _speaker_of(self, sentence: Sentence, position: int) -> Mention | None:
        """The subject of the last speech verb before `position`."""
        for verb in reversed([v for v in self.m["speech_verbs"].find(sentence.text) if v.end <= position]):
            subject = self._subject_before(sentence, verb.start)
            if subject is not None:
                return subject
        return None

    # -- "Nếu X ..., Y sẽ ..." ---------------------------------------------------
    def _conditional_warnings(self, sentence: Sentence) -> Iterator[RawRelation]:
        """A condition on another actor with a promised response is a warning: "Nếu Iran tấn
        công, Mỹ sẽ đáp trả" (the United States warns Iran)."""
        text = sentence.text
        for condition in self.m["condition"].find(text):
            if text[: condition.start].strip() and not text[: condition.start].rstrip().endswith((",", "“", '"', ":")):
                continue  # a condition that opens its sentence or clause
            aimed = next((m for m in sentence.after(condition.end) if m.actor.type in ACTOR_TYPES), None)
            if aimed is None or any(w not in self.adverbs for w in sentence.gap(condition.end, aimed.start).split()):
                continue  # the condition's subject: "Nếu (như) Iran ...", not "Nếu gây chiến Qatar"
            comma = text.find(",", aimed.end)
            if comma < 0:
                continue
            responder = next((m for m in sentence.after(comma + 1) if m.actor.type in ACTOR_TYPES), None)
            if responder is None or word_count(text, comma + 1, responder.start) > MODAL_GAP:
                continue
            if self.m.starts_with(text, responder.end, "planned") is None:
                continue  # "..., Mỹ sẽ đáp trả": a promised response
            if responder.actor.id != aimed.actor.id:
                yield RawRelation(responder.actor, "warns", aimed.actor)

    # -- "X khiến Y lo ngại" -----------------------------------------------------
    def _concerns(self, sentence: Sentence) -> Iterator[RawRelation]:
        text = sentence.text
        for cause in self.m["causative_verbs"].find(text):
            experiencer = next((m for m in sentence.after(cause.end) if m.actor.type in ACTOR_TYPES), None)
            if experiencer is None or word_count(text, cause.end, experiencer.start) > 1:
                continue
            concern = next(iter(self.m["concern_words"].find(text[experiencer.end :])), None)
            if concern is None or word_count(text, experiencer.end, experiencer.end + concern.start) > CONCERN_GAP:
                continue
            issues = [m for m in sentence.before(cause.start) if m.entity.type == "ISSUE"]
            opening = self.g.opening_subject(sentence, cause.start)
            nearest = [m for m in (issues[-1:] + opening[:1])]
            source = max(nearest, key=lambda m: m.start) if nearest else self.g.opening_noun_owner(sentence, cause.start)
            if source is None or self.m["clause_break"].find(text[source.end : cause.start]):
                continue  # "Cái chết của X ... khiến Trump tức giận": the cause is no actor named
            owned = self.g.owners(sentence, [source])
            if not owned:
                continue
            source = owned[0]
            if source.actor.id != experiencer.actor.id:
                yield RawRelation(experiencer.actor, "opposes", source.entity if source.entity.type == "ISSUE" else source.actor)


def _is_pair(sentence: Sentence, mention: Mention) -> bool:
    """A pair anaphor ("hai nước") is two mentions on one span."""
    return sum(1 for m in sentence.mentions if (m.start, m.end) == (mention.start, mention.end)) > 1


def _speaks_for_a_side(speaker: Mention) -> bool:
    """A state, an organisation, or a person the dictionary knows or who holds an office:
    an analyst's "X phải ..." is an opinion, not a demand."""
    return speaker.actor.type != "PERSON" or speaker.actor.in_dictionary or speaker.role_of is not None
