"""What every relation reader needs to know about a clause: where it starts and
ends, which actors are coordinated, whether a statement is negated, planned or
possible, and how a finished reading becomes relations.
"""
from __future__ import annotations

import re
from typing import Iterator

from .asides import AsideRules
from .dates import dated_asides, time_zones
from .lexicon import Lexicon, PredicateSpec
from .owners import OWNED_NOUN_MODIFIERS, NounOwners
from .phrases import PhraseIndex, fold
from .places_grammar import PlaceRules
from .sentence import (
    ACTOR_TYPES,
    PUNCT_BREAK,
    Cue,
    Markers,
    RawRelation,
    Sentence,
    first_words,
    fronted_comma,
    last_words,
    opening_end,
    reported_fronting,
    word_count,
)
from .types import Entity, Mention

_ASIDE = re.compile(r"\((?:[^()\s]+\s?){1,3}\)")  # "(OSCE)", "(Crưm)": a name or a gloss, not a clause

OWNER_WORDS = 8  # "chủ quyền (và sự toàn vẹn lãnh thổ) của Ukraine"
SUBJECT_LEAD_WORDS = 3  # words before a clause's subject: ", (hôm qua) ông Kerry"
OPENING_NOUN_MODIFIERS = 4  # "Vụ phóng (tên lửa mới nhất) của Triều Tiên khiến ..."
RELATIVE_HEAD_WORDS = 6  # "lên án (các biện pháp trừng phạt mới) mà ...", "đề xuất (ngừng bắn mới tại Gaza) do Mỹ ..."
COPULA_MODIFIERS = 5  # "là lãnh đạo (nước ngoài đầu tiên) gặp", "là quan chức (Nga cấp cao nhất) gặp"
_COPULA = re.compile(r"(?<!\w)là\s+")


class Grammar(PlaceRules, AsideRules):
    """Clause-level machinery over one lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.markers = Markers(lexicon)
        self.noun_owners = NounOwners(self.markers, set(lexicon.marker_words.get("owner_object_predicates", [])))
        self.coordination = self.markers.words("coordination") | {",", "-", "–", "/"}
        self.co_subject_joints = self.markers.words("co_subject_joints")
        self.plural_words = self.markers.words("plural_words")
        self.honorifics: PhraseIndex[str] = lexicon.honorifics
        self._starts: dict[str, tuple[int, ...]] = {}  # the last sentence's clause starts: each reader asks
        self._asides_of: tuple | None = None  # the sentence (text and mention spans) whose asides are kept
        self._asides: list[tuple[int, int]] = []
        # the clause breaks that a word of not_clause_break may hold ("do" of "tự do", "song" of "song phương")
        self._hidden_breaks = {w for phrase in self.markers.words("not_clause_break") for w in phrase.split()}

    # -- clauses ---------------------------------------------------------------
    def clause_starts(self, text: str) -> list[int]:
        found = self._starts.get(text)
        if found is None:
            # "Liên minh châu Âu (EU) trừng phạt Nga": a name's short gloss does not cut its clause ("(ảnh)" does),
            glosses = {i for m in _ASIDE.finditer(text) if m.group()[1:2].isupper() for i in (m.start(), m.end() - 1)}
            # ... nor a time zone or a date ("hôm 21/6 (giờ địa phương)", "Ông Trump hôm qua (6/2) đã ...")
            glosses |= {i for start, end in time_zones(text) + dated_asides(text) for i in (start, end - 1)}
            starts = [m.end() for m in PUNCT_BREAK.finditer(text) if m.start() not in glosses]
            breaks = self.markers["clause_break"].find(text)
            words: list[tuple[int, int]] = []
            if any(fold(m.text) in self._hidden_breaks for m in breaks):  # "tự do": read only where it may be
                written = self.lex.marker_words.get("not_clause_break", [])  # as written: "Đảng Tự do" breaks
                words = [(m.start, m.end) for m in self.markers["not_clause_break"].find(text) if m.text in written]
            named = self.markers.naming_copulas(text)  # "coi Nga là mối đe dọa": no clause after "là"
            starts += [m.start for m in breaks if not any(a <= m.start < b for a, b in words) and m.start not in named]
            found = tuple(sorted(set(starts)))
            self._starts = {text: found}
        return list(found)

    def past_asides(self, text: str, clause: tuple[int, int]) -> tuple[int, int]:
        """The clause carried past the short asides in parentheses that end it ("... Tổ chức an ninh và hợp
        tác châu Âu (OSCE) ngày 2/12 tại Stockholm"): where to look for the place of its event."""
        start, end = clause
        starts = self.clause_starts(text)
        while (aside := _ASIDE.match(text, end - 1)) is not None:
            end = min([s for s in starts if s > aside.end()], default=len(text))
        return start, end

    def clause_of(self, sentence: Sentence, cue: Cue, starts: list[int]) -> tuple[int, int]:
        """(start, end) of the clause holding the cue; a cue inside the noun a stance cue takes
        ("ủng hộ đề xuất ngừng bắn của Mỹ") has no subject before that stance cue."""
        text = sentence.text
        asides = self.relative_asides(sentence, cue.start) if any(s <= cue.start for s in starts) else []
        # "Ông X, người đang ở Istanbul để dự hội nghị, cáo buộc Mỹ": a break inside an aside cuts no clause,
        # nor one inside a name ("Liên quân do Mỹ dẫn đầu không kích IS")
        spans = asides + [(m.start + 1, m.end - 1) for m in sentence.mentions if " " in m.text]
        starts = [s for s in starts if not any(a <= s <= b for a, b in spans)]
        start = max([s for s in starts if s <= cue.start and not self._inside_cue(text, s, cue)], default=0)
        end = min([s for s in starts if s > cue.end], default=len(text))
        owner = next((m for m in sentence.after(cue.end) if m.actor.type in ACTOR_TYPES), None)  # "đề xuất (ngừng bắn) của Mỹ"
        if owner is None or "của" not in text[cue.end : owner.start].split():
            return start, end
        stances = [Cue(start + m.start, start + m.end, m.text, m.value) for m in self.lex.cues.find(text[start : cue.start])
                   if m.value]
        return max([c.end for c in stances if self.noun_owners.owned_noun_cue(text, c, cue)], default=start), end

    def noun_cue_maker(self, sentence: Sentence, cue: Cue, left: list[Mention], clause_end: int) -> Mention | None:
        """Who makes what a cue names as a noun after another verb (or with no subject before it):
        "Hamas xem xét đề xuất ngừng bắn (mới) của Mỹ", "... đề xuất ngừng bắn do Mỹ đưa ra": the
        United States proposes. None when the cue follows its subject ("Mỹ (đã) đề nghị ...": a verb),
        the owner is no actor ("đề xuất của mình") or owns a noun inside ("kêu gọi sự hợp tác của X")."""
        text = sentence.text
        if self.markers.starts_with(text, cue.start, "owned_nouns") is None:
            return None
        if left and not text[left[-1].end : self.strip_modality(text, cue.start)].strip(" ,").split():
            return None
        owner = next((m for m in sentence.after(cue.end) if m.actor.type in ACTOR_TYPES), None)
        if owner is None or any(c in text[cue.end : owner.start] for c in ",;:") \
                or fold(first_words(text, cue.end, 1)) in self.markers.words("determiners") | {"sự", "việc"}:
            return None  # "kêu gọi sự hợp tác của Chủ tịch Tập": the owner is the inner noun's
        link = self.markers.ends_with(text, owner.start, "owner_links")
        if link is not None and word_count(text, cue.end, link.start) <= OWNED_NOUN_MODIFIERS:
            return owner
        relative = self.opening_actors(sentence, clause_end, "relative_agent")
        near = word_count(text, cue.end, clause_end) <= RELATIVE_HEAD_WORDS
        return owner if near and relative and relative[0] is owner else None

    def copula_before(self, text: str, cue: Cue) -> Cue | None:
        """ "là" and a noun of a person or a country right before the cue or a few modifiers before it, as a
        span: "Trump vốn là người phản đối ..." (markers.yaml copular_heads), "Ông Lavrov là quan chức Nga
        cấp cao nhất gặp ông Trump" (copular_nouns): the subject before "là" does what the cue says."""
        fixed = self.markers.ends_with(text, cue.start, "copular_heads")
        if fixed is not None:
            return Cue(fixed.start, fixed.start + len(fixed.text), fixed.text, cue.predicate)
        copula = next((m for m in reversed(list(_COPULA.finditer(text, 0, cue.start)))), None)
        if copula is None:
            return None
        at = copula.end()
        while (determiner := self.markers.starts_with(text, at, "determiners")) is not None:
            at = determiner.end
        noun = self.markers.starts_with(text, at, "copular_nouns")
        if noun is None:
            return None
        modifiers = text[noun.end : cue.start]
        if any(c in modifiers for c in ",;:()") or word_count(text, noun.end, cue.start) > COPULA_MODIFIERS \
                or self.markers["clause_break"].find(modifiers) or self.lex.cues.find(modifiers):
            return None
        return Cue(copula.start(), noun.end, text[copula.start() : noun.end], cue.predicate)

    def _inside_cue(self, text: str, position: int, cue: Cue) -> bool:
        """A clause break that is the cue's own first word ("là thành viên của")."""
        return cue.start <= position < cue.end and self.markers.starts_with(text, position, "clause_break") is not None

    def fronted_phrase_comma(self, text: str, cue: Cue) -> int | None:
        """The comma that closes the phrase the cue stands in, when that phrase is fronted before the
        sentence's subject ("Tại cuộc gặp ngày 30/6, ...", "Hôm 12/7, sau cuộc hội đàm với X, S ...", or the cue's own
        "Đánh giá cao X, S ..."); -1 when no comma follows it; None when the cue stands in no fronted phrase."""
        lead = self.statement_start(text, cue.start)
        if "," in text[lead : cue.start]:
            return None
        return fronted_comma(text, lead, cue, self.markers)

    def statement_start(self, text: str, position: int) -> int:
        """Where the statement holding `position` opens: after an opening date and the words that link it to
        the sentence before ("Trước đó, khi điện đàm với X, S ..."), or after the speech verb and comma or
        "rằng" that report it ("Tờ X đưa tin, tại cuộc gặp với Y, Z đã ...", "X nói rằng trong cuộc gặp ...")."""
        comma = text.rfind(",", 0, position)
        if comma > 0 and self.markers.ends_with(text, comma, "speech_verbs") is not None:
            return len(text) - len(text[comma + 1 :].lstrip())
        fronted = reported_fronting(text, comma + 1, position, self.markers)
        if fronted is not None:
            return fronted  # "X nói (rằng) trong cuộc gặp với Y, Z đã ..."
        return opening_end(text, self.markers["carry_openers"], position)  # "Trước đó, ngày 6/7, phát biểu tại ..."

    def both_sides_before(self, text: str, position: int) -> bool:
        """Whether "Hai bên", "Đôi bên" (markers.yaml both_sides) stands right before the verb at
        `position`, past modality and tense words ("Hai bên (đã) ký kết"), and opens its sentence or clause."""
        position = self.markers.back_over(text, self.strip_modality(text, position), "past_markers")
        sides = self.markers.ends_with(text, position, "both_sides")
        return sides is not None and (not text[: sides.start].strip() or text[: sides.start].rstrip().endswith(","))

    def goes_on_unsaid(self, text: str, position: int) -> bool:
        """Whether the sentence opens with "Ngoài ra", "Đồng thời" ... and only adverbs follow up to the verb
        at `position`: "Ngoài ra, (ông) cũng kêu gọi ..." goes on with the last sentence's subject; "Ngoài ra,
        các nhà hoạt động cũng yêu cầu ..." names another, whom no rule reads."""
        opener = self.markers.starts_with(text, 0, "carry_openers")
        if opener is None:
            return False
        between = text[opener.end : self.strip_modality(text, position)].replace(",", " ")
        return all(fold(word) in self.markers.words("adverbs") for word in between.split())

    def unnamed_partner(self, text: str, cue: Cue) -> bool:
        """ "họp với những người đồng cấp", "gặp với các quan chức": a partner the sentence names by no
        actor ("với nhau" is the subjects themselves)."""
        partner = fold(cue.text).split()[-1] in self.markers.words("partner_after") \
            or self.markers.starts_with(text, cue.end, "partner_after") is not None
        return partner and not self.reciprocal(text, cue)

    def reciprocal(self, text: str, cue: Cue) -> bool:
        """ "gặp nhau", "nã pháo vào nhau": the object is the subjects themselves."""
        after = first_words(text, cue.end, 2)
        return bool(after) and any(m.start == 0 for m in self.markers["reciprocal"].find(after))

    # -- modality ------------------------------------------------------------
    def modality(self, sentence: Sentence, clause_start: int, cue: Cue) -> str | None:
        """None when negated, else asserted / planned / possible, from the words before the cue."""
        window_start = clause_start
        for m in sentence.between(clause_start, cue.start):
            window_start = max(window_start, m.end)
        for _, aside_end in self.relative_asides(sentence, cue.start):  # "X, người ... để dự ..., cáo buộc"
            window_start = max(window_start, aside_end)
        subject = next(iter(reversed(sentence.between(clause_start, cue.start))), None)
        if subject is not None and (self._denied_act(sentence.text, subject.start)
                                    or self.markers.ends_with(sentence.text, subject.start, "speculation_nouns") is not None):
            return None  # "Nga phủ nhận việc Mỹ tấn công Syria"; "khả năng Triều Tiên tấn công Mỹ": none happened
        if self._blocked(sentence, clause_start, cue):
            return None
        # "(Không rõ) liệu Qatar có ủng hộ Hamas (hay không)", "có tấn công Iran hay không": a question, not a statement
        asked = subject is not None and self.markers.ends_with(sentence.text, subject.start, "whether_words") is not None \
            or self.markers.yes_no_question(sentence.text, cue.start, cue.end)
        segment = sentence.text[window_start : cue.start]
        window = last_words(segment, len(segment), self.lex.marker_window)
        found = [m.value for m in self.markers.modality.find(window)]
        if found.count("negation") % 2:  # "không thể ngăn chặn động thái sáp nhập": two negations assert
            return None
        if "planned" in found and not asked:
            return "planned"
        return "possible" if "possible" in found or asked else "asserted"

    def _blocked(self, sentence: Sentence, clause_start: int, cue: Cue) -> bool:
        """Whether the actor before the cue blocks what it names: "Israel chặn tàu Madleen chở hàng viện trợ
        tới Gaza" (markers.yaml blocking_verbs), not "Israel chặn tên lửa và tấn công Iran"."""
        actors = [m for m in sentence.between(clause_start, cue.start) if m.actor.type in ACTOR_TYPES]
        start = actors[-1].end if actors else clause_start
        segment = sentence.text[start : cue.start]
        blocking = self.markers["blocking_verbs"].find(segment)
        if not blocking:
            return False
        # "không thể ngăn chặn ...": the negation words count that (Grammar.modality), not this
        if any(m.start <= blocking[-1].start for m in self.markers.modality.find(segment) if m.value == "negation"):
            return False
        return not self.markers["verb_coordination"].find(segment[blocking[-1].end :])

    def _denied_act(self, text: str, position: int) -> bool:
        """Whether the clause starting at `position` is an act that the verb before it denies or stops:
        "Nga phủ nhận việc Mỹ tấn công Syria", "ngăn chặn việc Mỹ tấn công Syria" (markers.yaml
        clause_nouns after a negation word)."""
        noun = self.markers.ends_with(text, position, "clause_nouns")
        if noun is None:
            return False
        tail = last_words(text, noun.start, 3)
        return any(hit.value == "negation" and hit.end == len(tail) for hit in self.markers.modality.find(tail))

    def clause_opener(self, sentence: Sentence, cue: Cue) -> str | None:
        """The subordinator the cue's clause opens with, if the cue follows it closely ("để (cùng) thảo luận")."""
        starts = [m for m in self.markers["subordinators"].find(sentence.text[: cue.start])]
        if not starts:
            return None
        last = starts[-1]
        if sentence.gap(last.end, cue.start) in self.markers.words("existential"):
            return None  # "sau khi có cáo buộc ...": there were accusations, by nobody named
        if word_count(sentence.text, last.end, cue.start) <= SUBJECT_LEAD_WORDS and not sentence.between(last.end, cue.start):
            return last.text
        return None

    def in_reason_clause(self, sentence: Sentence, start: int, position: int) -> bool:
        """Whether the verb at `position` stands in a reason clause opened right at `start` ("vì",
        "do": markers.yaml reason_openers) that names no one before it: "trừng phạt Nga vì đã can
        thiệp vào Ukraine và sáp nhập Crimea" (both verbs are the reason's)."""
        text = sentence.text
        opener = self.markers.starts_with(text, len(text) - len(text[start:].lstrip(" ,")), "reason_openers")
        if opener is None or opener.end > position or any(c in text[opener.end : position] for c in ",;:"):
            return False
        named = sentence.between(opener.end, position)  # "vì Mỹ đã ...": the clause's own subject
        return not named or word_count(text, opener.end, named[0].start) > SUBJECT_LEAD_WORDS

    def back_over_adverbs(self, text: str, position: int) -> int:
        """`position` moved back over the past markers, occasion adverbs and modality words before it:
        "Ông Kerry (lần đầu) (đã) tới", "người (nhiều lần) chỉ trích"."""
        while True:
            word = self.markers.ends_with(text, position, "past_markers") \
                or self.markers.ends_with(text, position, "occasion_adverbs")
            if word is not None:
                position = word.start
                continue
            stripped = self.strip_modality(text, position)
            if stripped == len(text[:position].rstrip()):
                return position
            position = stripped

    def strip_modality(self, text: str, position: int) -> int:
        """`position` moved back over the modality words just before it ("... và sẽ" -> "... và")."""
        while True:
            tail = last_words(text, position, 3)
            hits = [m for m in self.markers.modality.find(tail) if m.end == len(tail)]
            if not hits:
                return len(text[:position].rstrip())
            position = len(text[:position].rstrip()) - (len(tail) - hits[0].start)

    # -- arguments -----------------------------------------------------------
    def coordinated(self, text: str, ordered: list[Mention]) -> list[Mention]:
        """The first mention of `ordered` and those joined to it by "và", ",", "-"."""
        ordered = [m for m in ordered if not self._apposed_descriptor(text, m, ordered)]
        if not ordered:
            return []
        group = [ordered[0]]
        for a, b in zip(ordered, ordered[1:]):
            between = self._without_honorifics(text[min(a.end, b.end) : max(a.start, b.start)])
            if between == ",":
                # "A, B và C" is a list; "A phản đối B, C cam kết ..." is two clauses, but a
                # pair that opens its clause is the subject: "Nga, Trung Quốc phản đối ...".
                outer, inner = (b, a) if b.start > a.start else (a, b)
                after = fold(first_words(text, outer.end, 1))
                if not (after in (",", "và", "hoặc", "hay", ".") or after == "" or self._list_opens_clause(text, inner)):
                    break
            same_span = (a.start, a.end) == (b.start, b.end)  # "hai nhà lãnh đạo"
            if same_span or between in self.coordination or (between and between.replace("và", "").strip(" ,") == ""):
                group.append(b)
            else:
                break
        return group

    def _apposed_descriptor(self, text: str, mention: Mention, ordered: list[Mention]) -> bool:
        """An unnamed title right after a named person and a comma describes that person, and is no
        second actor of a list: "Ông X, Đại sứ Mỹ tại Nga, chỉ trích ..." (X, not the United States)."""
        if mention.kind != "descriptor":
            return False
        return any(m.entity.type == "PERSON" and m.kind != "descriptor" and m.end <= mention.start
                   and text[m.end : mention.start].strip() == "," for m in ordered)

    def object_list(self, text: str, ordered: list[Mention]) -> list[Mention]:
        """The objects coordinated from the first of `ordered`; the last, joined by a bare comma and
        followed by one, is an apposition of the one before: "con trai ông Trump, Donald Trump Jr, gặp ..."."""
        objects = self.coordinated(text, ordered)
        if len(objects) >= 2 and self._without_honorifics(text[objects[-2].end : objects[-1].start]) == "," \
                and fold(first_words(text, objects[-1].end, 1)) == ",":
            return objects[:-1]
        return objects

    def _list_opens_clause(self, text: str, mention: Mention) -> bool:
        """Nothing but honorifics before the mention, a fronted phrase closed by a comma, or "trong khi", "nhưng"..."""
        before = self._without_honorifics(text[: mention.start])
        opener = self.markers.ends_with(before, len(before), "list_clause_openers")
        return not before or before.endswith((",", ":", "“", '"')) or opener is not None

    def _without_honorifics(self, between: str) -> str:
        for h in reversed(self.honorifics.find(between)):
            between = between[: h.start] + between[h.end :]
        return fold(" ".join(between.split()))

    def co_subjects(self, text: str, ordered: list[Mention]) -> set[int]:
        """The ids of the mentions joined by "cùng (với)" to the mention before them, which acts with
        them: "Erdogan cùng người đồng cấp Pháp Macron đã có cuộc điện đàm" (both phoned)."""
        return {id(b) for a, b in zip(ordered, ordered[1:])
                if self._without_honorifics(text[a.end : b.start]) in self.co_subject_joints
                and self.in_subject_position(text, a)}

    def unnamed_subject(self, text: str, start: int, end: int) -> bool:
        """Whether a plural noun phrase of unnamed bodies or people between `start` and the verb at
        `end` is that verb's subject: "Mỹ sẽ theo dõi các công ty (bị tình nghi) giúp đỡ Triều Tiên";
        not one joined to the actor before ("Mỹ và các đồng minh", "Mỹ, các nước ...") nor after a
        preposition ("với các nước")."""
        for word in re.finditer(r"\S+", text[start:end]):
            at = start + word.start()
            if fold(word.group()) not in self.plural_words or not text[start:at].strip() or "," in text[at:end] \
                    or self.markers.starts_with(text, start + word.end(), "unnamed_agents") is None:
                continue
            before = text[:at].rstrip()
            reported = before.endswith(",") and self.markers.ends_with(text, len(before) - 1, "speech_verbs") is not None
            joined = not reported and (before.endswith(",") or any(  # "Ông X cho hay, nhiều tổ chức ...": no list
                self.markers.ends_with(text, at, kind) is not None for kind in ("coordination", "not_subject_after")))
            if not joined and fold(last_words(text, at, 1)) not in self.co_subject_joints:
                return True
        return False

    def owns_people_noun(self, text: str, mention: Mention) -> bool:
        """Whether the mention stands right after a kinship noun, as its owner ("con trai ông Trump"), or
        after a noun of its migrants ("người nhập cư Mexico": the immigrants, not the state)."""
        return any(self.markers.ends_with(text, mention.start, kind) is not None for kind in ("kin_nouns", "migrant_nouns"))

    def in_subject_position(self, text: str, mention: Mention) -> bool:
        """Not right after "theo", "của", "tại"...: there the actor is a source, owner or venue; except the owner of
        a government or an official that opens its clause ("Chính quyền của Tổng thống Trump", "Một quan chức của Mỹ")."""
        starts = (mention.start, self.markers.back_over(text, mention.start, "media_heads"))  # "theo tờ The Post" too
        before = next(filter(None, (self.markers.ends_with(text, at, "not_subject_after") for at in starts)), None)
        if before is None or fold(before.text) not in self.markers.words("possessive"):
            return before is None
        government = self.markers.ends_with(text, before.start, "governments") \
            or self.markers.ends_with(text, before.start, "owner_speakers")
        return government is not None and self._opens_clause_at(text, government.start)

    def opening_subject(self, sentence: Sentence, position: int) -> list[Mention]:
        """The subject of the nearest clause before `position` that names one: an actor in
        subject position that opens its clause (the sentence, a comma, a speech verb, "rằng")."""
        text = sentence.text
        for m in reversed(sentence.before(position)):
            if m.actor.type in ACTOR_TYPES and self.in_subject_position(text, m) and self.opens_clause(text, m):
                return self.coordinated(text, sentence.between(m.start, position))
        return []

    def opening_noun_owner(self, sentence: Sentence, position: int) -> Mention | None:
        """ "Động thái của Mỹ khiến ...", "Quan điểm của ông X nhận được ...": the owner of a decision,
        act, view or launch (markers.yaml owned_nouns) that opens the sentence, before `position`;
        not "Cái chết của X khiến ...", whose noun is none of them."""
        text = sentence.text
        at = len(text) - len(text.lstrip())
        while (determiner := self.markers.starts_with(text, at, "determiners")) is not None:
            at = determiner.end
        noun = self.markers.starts_with(text, at, "owned_nouns")
        if noun is None:
            return None
        for m in sentence.between(noun.end, position):
            link = self.markers.ends_with(text, m.start, "owner_links")
            if m.actor.type in ACTOR_TYPES and link is not None \
                    and word_count(text, noun.end, link.start) <= OPENING_NOUN_MODIFIERS:
                return m
        return None

    def opening_actors(self, sentence: Sentence, position: int, kind: str,
                       lead_words: frozenset[str] = frozenset()) -> list[Mention]:
        """The actors after a clause opener of `kind` at `position`, when only `lead_words` stand
        between them ("rằng (phía) Nga", "mà (chính) Mỹ", "lệnh trừng phạt do Mỹ ..."); none otherwise."""
        text = sentence.text
        opener = self.markers.starts_with(text, position, kind)
        if opener is None:
            return []
        at = opener.end
        following = [m for m in sentence.after(at) if m.actor.type in ACTOR_TYPES]
        if following and all(w in lead_words for w in sentence.gap(at, following[0].start).split()):
            return following
        return []

    def opens_clause(self, text: str, mention: Mention) -> bool:
        """Whether a clause starts a few words before `mention` at most: the sentence, a comma or
        quote, a speech verb, a clause break ("rằng", "nhưng"), "và"."""
        return self._opens_clause_at(text, mention.start)

    def _opens_clause_at(self, text: str, position: int) -> bool:
        lead = last_words(text, position, SUBJECT_LEAD_WORDS + 1)
        if word_count(text, 0, position) <= SUBJECT_LEAD_WORDS or any(c in lead for c in ",:“\"("):
            return True
        return bool(self.markers["speech_verbs"].find(lead) or self.markers["clause_break"].find(lead)
                     or self.markers["complementizers"].find(lead)
                     or self.markers.ends_with(text, position, "verb_coordination"))

    def sides(self, mention: Mention) -> set[str]:
        """The ids an actor speaks for: itself, its title's owner, every country or body its dictionary roles are of."""
        found = {mention.actor.id}
        if mention.role_of is not None:
            found.add(mention.role_of.id)
        actor = self.lex.actor(mention.entity.id)
        if actor is not None:
            found |= {r.of for r in actor.roles}
        return found

    def object_entity(self, mention: Mention) -> Entity:
        """What an object mention is as a target: a capital that stands for its country is the country."""
        return mention.actor if mention.acts_for and mention.entity.type == "LOCATION" else mention.entity

    def object_ok(self, spec: PredicateSpec, mention: Mention) -> bool:
        return self.object_entity(mention).type in spec.objects

    def owners(self, sentence: Sentence, objects: list[Mention]) -> list[Mention]:
        """Objects with each quality-of-its-owner issue replaced by its owner: "ủng hộ chủ
        quyền và toàn vẹn lãnh thổ của Ukraine" supports Ukraine; without an owner it is no object,
        nor when it is violated: "phản đối hành động vi phạm chủ quyền của Iran" opposes no Iran."""
        found = []
        for m in objects:
            actor = self.lex.actor(m.entity.id)
            if actor is None or not actor.of_owner:
                found.append(m)
                continue
            if self.markers.ends_with(sentence.text, m.start, "quality_violations") is not None:
                continue
            after = [o for o in sentence.after(m.end) if o.actor.type in ("COUNTRY", "ORGANIZATION", "GROUP")]
            if after and self.markers.ends_with(sentence.text, after[0].start, "possessive") is not None \
                    and word_count(sentence.text, m.end, after[0].start) <= OWNER_WORDS:
                found.append(after[0])
        return found

    def emit(self, spec: PredicateSpec, subjects: list[Mention], objects: list[Mention], modality: str) -> Iterator[RawRelation]:
        """The relations of one reading: each subject with each object, or a pair with itself."""
        if spec.asserted_only and modality != "asserted":
            return  # "Ukraine muốn gia nhập EU": no member yet
        if spec.symmetric and not objects and len(subjects) >= 2:
            # "Putin và Trump đã hội đàm": the pair talks to each other.
            for i, a in enumerate(subjects):
                for b in subjects[i + 1 :]:
                    if a.actor.id != b.actor.id:
                        yield RawRelation(a.actor, spec.name, b.actor, modality)
            return
        for s in subjects:
            for o in objects:
                # "Matxcơva" is Russia as an object, except where the place itself is meant ("thăm Matxcơva").
                target = o.actor if o.entity.type == "LOCATION" and o.acts_for and not spec.place_object else o.entity
                source = s.actor
                if spec.reverse_if_subject and s.entity.type == spec.reverse_if_subject and s.acts_for is None \
                        and target.type != spec.reverse_if_subject:  # two places: "tỉnh X sáp nhập vào TP Y" as read
                    source, target = target, s.entity
                if source.id != target.id:
                    yield RawRelation(source, spec.name, target, modality)
