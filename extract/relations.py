"""Relations between the mentions of one sentence.

The readers, each in its own module, see the same `Sentence`:

- `structure`: official_of and member_of from titles and appositions;
- `verbal`: a verb cue links the actor before it to the actor after it in one
  clause, with coordination, passives, reversals and modality;
- `events`: event nouns ("cuộc gặp giữa A và B"), called by the verbal reader;
- `nominal`: statement nouns with a named agent ("sự ủng hộ của Mỹ đối với Ukraine");
- `complements`: demands in reported speech ("Kerry cho rằng Nga phải rút quân")
  and concerns ("X khiến Nga lo ngại").

Negation drops a relation; "sẽ", "dự kiến" make it planned and "có thể",
"nếu" possible.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from .complements import ComplementReader
from .dates import date_start_before
from .grammar import Grammar
from .lexicon import Lexicon, PredicateSpec
from .nlp import aligned
from .nominal import NominalReader
from .organizations import ORG_HEADS
from .outside import rejected_makers
from .phrases import PhraseMatch, fold
from .reasons import blamed
from .sentence import ACTOR_TYPES, Cue, Discourse, RawRelation, Sentence, first_words, last_words, padded_words
from .structure import structure_relations
from .types import Mention
from .venues import attendance_visits, venue_visits
from .verbal import VerbReader

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["RawRelation", "RelationReader"]

GOODS_HEAD_WORDS = 4  # "(các kho) vũ khí (hiện đại)" before "do X cung cấp"


class RelationReader:
    """Reads relations from sentences, given their mentions."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.grammar = Grammar(lexicon)
        self.verbs = VerbReader(self.grammar)
        self.nominals = NominalReader(self.grammar)
        self.complements = ComplementReader(self.grammar)
        self.attributive_predicates = set(lexicon.marker_words.get("attributive_predicates", []))
        self.unsegmented_cues = set(lexicon.marker_words.get("unsegmented_cues", []))
        # "(thêm) 10 (triệu) AUD": a sum of money right after a cue
        self.money = re.compile(rf"\s+(?:thêm |khoảng |gần |hơn |tổng cộng )?{self.grammar.markers.money_sum}", re.IGNORECASE)

    def cues(self, text: str, mentions: list[Mention], doc: "Doc | None" = None) -> list[Cue]:
        """Verb cues of the sentence that are whole words and outside every mention."""
        found = []
        markers = self.grammar.markers
        for cue in self.lex.cues.find(text):
            if not cue.value or any(m.start < cue.end and cue.start < m.end and not _opens_issue(cue, m) for m in mentions):
                continue  # a phrase that hides a cue ("gặp khó khăn"), or a cue inside a name
            if cue.value in self.attributive_predicates and markers.ends_with(text, cue.start, "attributive_heads") is not None:
                continue  # "vũ khí tấn công": an adjective
            if cue.text[:1].isupper() and ORG_HEADS.ending_at(text, len(text[: cue.start].rstrip())) is not None:
                continue  # "Trung tâm Hỗ trợ nhân đạo ASEAN": a capitalised cue after a body's head names the body
            # One-syllable cues are ambiguous ("tiếp" in "tiếp tục", "tố" in "yếu tố"):
            # they must be a word of the segmentation. Longer cues are words already,
            # and underthesea sometimes glues the next syllable to them ("phản đối lệnh").
            if doc is not None and " " not in cue.text and aligned(doc, cue.start, cue.end) is None \
                    and fold(cue.text) not in self.unsegmented_cues:
                continue
            predicate: str | None = cue.value
            if not self._cue_in_place(text, mentions, Cue(cue.start, cue.end, cue.text, cue.value)):
                predicate = self._as_noun(text, Cue(cue.start, cue.end, cue.text, cue.value))
            given = dict(self.lex.predicates[predicate].with_money).get(fold(cue.text)) if predicate else None
            if given is not None and self.money.match(text, cue.end):
                predicate = given  # "Australia cam kết 10 triệu AUD": aid, not support
            if predicate is not None:
                found.append(Cue(cue.start, self._past_manner(text, cue.end), cue.text, predicate))
        return found

    def _as_noun(self, text: str, cue: Cue) -> str | None:
        """What a noun cue that names no goods states as a noun after "sự" (predicates.yaml as_noun):
        "nhận được sự hỗ trợ từ EU" is support, where "hỗ trợ 100 triệu USD cho X" gives aid."""
        other = dict(self.lex.predicates[cue.predicate].as_noun).get(fold(cue.text))
        if other is None or fold(last_words(text, cue.start, 1)) != "sự":
            return None
        return other

    def _past_manner(self, text: str, end: int) -> int:
        """The end of the cue ending at `end` with the manner adverbs after it ("phản đối gay gắt")."""
        adverb = self.grammar.markers.starts_with(text, end, "manner_adverbs")
        while adverb is not None:
            end = adverb.end
            adverb = self.grammar.markers.starts_with(text, end, "manner_adverbs")
        return end

    def _cue_in_place(self, text: str, mentions: list[Mention], cue: Cue) -> bool:
        """Whether a cue that needs company has it (predicates.yaml, `noun_cues` and
        `subject_right_before`); a cue left out cuts no other cue's object short.

            "Đức gửi xe tăng cho Ukraine"     aid: the goods follow "gửi" ("gửi thư" is none)
            "Ông Trump (đã) đến Israel"        a visit: the person right before "đến"
            "ảnh hưởng đến Mỹ"                 no visit
            "sau khi đến Việt Nam, ông X ..."  a visit: the subject of the clause it depends on
        """
        spec = self.lex.predicates[cue.predicate]
        folded = fold(cue.text)
        if folded in spec.noun_cues:
            goods_from = self._past_receiver(text, mentions, cue, dict(spec.only_after).get(folded, ()))
            after = padded_words(first_words(text, goods_from, self.lex.object_window))  # "vũ khí."
            if not any(f" {noun} " in after for noun in spec.nouns) and not self._goods_before_agent(text, mentions, cue, spec) \
                    and not (folded in spec.relative_receiver_cues and self._receiver_before_agent(text, mentions, cue)):
                return False
        types = dict(spec.subject_right_before).get(folded)
        if types is None:
            return True
        markers = self.grammar.markers
        position = self.grammar.back_over_adverbs(text, cue.start)  # "Ông Kerry (lần đầu) (đã) tới Việt Nam"
        position = len(text[: date_start_before(text, position)].rstrip())  # "Ông X ngày 22/6 (đã) tới Nga"
        if (companion := markers.ends_with(text, position, "companions")) is not None:
            position = len(text[: companion.start].rstrip())  # "Tổng thống X và Phu nhân (đã) tới Hà Nội"
        if (led := markers.ends_with(text, position, "leading_verbs")) is not None:
            position = len(text[: led.start].rstrip())  # "Đoàn ... do Phó Thủ tướng X dẫn đầu (đã) tới Nhật Bản"
        if markers.ends_with(text, position, "trip_sequence") is not None:
            return True  # "(Ngay) sau khi đến Hà Nội, ông Putin ...": the subject the clause depends on
        if markers.ends_with(text, cue.start, "trip_purpose") is not None:  # "Ông Trump rời Nhà Trắng để đến Saudi Arabia"
            lead = max(self.grammar.statement_start(text, cue.start), text.rfind("“", 0, cue.start) + 1)
            first = next((m for m in mentions if m.start >= lead and m.actor.type in ACTOR_TYPES), None)
            return first is not None and first.actor.type in types and first.end <= cue.start  # not "Tên lửa Iran ... để tới"
        if (head := markers.ends_with(text, position, "apposed_relative_heads")) is not None \
                and text[: head.start].rstrip().endswith((",", "-", "–")):
            position = len(text[: head.start].rstrip()) - 1  # "Ông Lavrov, người vừa tới Washington, ..."
        before = [m for m in mentions if m.end <= position]
        return bool(before) and not text[before[-1].end : position].strip() and before[-1].actor.type in types \
            and self.grammar.in_subject_position(text, before[-1])

    def _goods_before_agent(self, text: str, mentions: list[Mention], cue: Cue, spec: PredicateSpec) -> bool:
        """Whether the cue's agent opens a relative clause on goods: "(các kho) vũ khí do Mỹ (đã) cung cấp
        cho Ukraine"."""
        position = self.grammar.back_over_adverbs(text, cue.start)
        agent = next((m for m in reversed(mentions) if m.end <= position), None)
        if agent is None or text[agent.end : position].strip():
            return False
        relative = self.grammar.markers.ends_with(text, agent.start, "relative_agent")
        if relative is None:
            return False
        lead = padded_words(last_words(text, relative.start, GOODS_HEAD_WORDS))
        return any(f" {noun} " in lead for noun in spec.nouns)

    def _receiver_before_agent(self, text: str, mentions: list[Mention], cue: Cue) -> bool:
        """Whether an actor heads a passive or relative clause of the cue's agent: "Hamas (,) được Iran tài trợ",
        "các nhóm phiến quân do Thổ Nhĩ Kỳ tài trợ"."""
        position = self.grammar.back_over_adverbs(text, cue.start)
        agent = next((m for m in reversed(mentions) if m.end <= position), None)
        if agent is None or text[agent.end : position].strip():
            return False
        markers = self.grammar.markers
        marker = markers.ends_with(text, agent.start, "relative_agent") or markers.ends_with(text, agent.start, "passive")
        if marker is None:
            return False
        head = next((m for m in reversed(mentions) if m.end <= marker.start), None)
        return head is not None and not text[head.end : marker.start].strip(" ,")

    @staticmethod
    def _past_receiver(text: str, mentions: list[Mention], cue: Cue, receiver_markers: tuple[str, ...]) -> int:
        """Where the goods of a giving cue may start: after the receiver when it comes first ("bàn giao
        cho Việt Nam 6 tàu tuần tra", "hỗ trợ Việt Nam 2 triệu USD"), else right after the cue."""
        receiver = next((m for m in mentions if m.start >= cue.end), None)
        gap = fold(text[cue.end : receiver.start]).strip() if receiver is not None else None
        if receiver is not None and (gap in receiver_markers or receiver_markers and not gap):
            return receiver.end  # a receiver named after "cho", or right after a cue that takes one
        return cue.end

    def read(self, text: str, mentions: list[Mention], doc: "Doc | None" = None,
             discourse: Discourse | None = None) -> Iterator[RawRelation]:
        """Every relation the sentence states, structure edges included. Pass one `Discourse`
        for all the sentences of an article to carry a subject into a sentence that names none."""
        sentence = Sentence(text, mentions, doc=doc)
        discourse = discourse if discourse is not None else Discourse()
        read = list(self._read(sentence, discourse))
        read += blamed(sentence, read, self.grammar.markers, self.lex)
        read += self._countries_of_places(read)
        read += rejected_makers(sentence, read, self.grammar)
        discourse.add(read)
        yield from read

    def _read(self, sentence: Sentence, discourse: Discourse) -> Iterator[RawRelation]:
        yield from structure_relations(sentence, self.lex)
        glosses = _glosses(sentence)
        if glosses:  # "Thượng nghị sĩ McCain (Đảng Cộng hòa) chỉ trích Nga": McCain speaks, not his party
            text = sentence.text
            for start, end in glosses:
                text = text[:start] + " " * (end - start) + text[end:]
            sentence = Sentence(text, [m for m in sentence.mentions if not any(s <= m.start < e for s, e in glosses)],
                                doc=sentence.doc)
        text, mentions, doc = sentence.text, sentence.mentions, sentence.doc
        markers = self.grammar.markers
        cues = self.cues(text, mentions, doc)
        verbs = [c for c in cues if (markers.noun_before(text, c.start, "nominalizer") is None
                                     or markers.ends_with(text, c.start, "copular_heads") is not None
                                     or self.grammar.apposed_relative(sentence, c.start) is not None)
                 and not self.nominals.is_nominal(text, c)]
        yield from self.verbs.read(sentence, verbs, discourse)
        yield from self.nominals.read(sentence, [c for c in cues if self.nominals.is_nominal(text, c)])
        yield from self.nominals.read_issues(sentence)
        yield from self.nominals.read_allies(sentence)
        yield from self.nominals.read_pacts(sentence)
        yield from self.complements.read(sentence)
        yield from venue_visits(sentence, self.grammar)
        yield from attendance_visits(sentence, self.grammar)

    def _countries_of_places(self, read: list[RawRelation]) -> list[RawRelation]:
        """ "Mỹ ném bom cơ sở hạt nhân Fordow": the country of a place struck is struck too (predicates.yaml
        place_country); not the subject's own ("Quân đội Syria tấn công Aleppo"). Once per triple."""
        found: dict[tuple[str, str, str], RawRelation] = {}
        for r in read:
            spec = self.lex.predicates.get(r.predicate)
            country = self.lex.home_country(r.object.id) if r.object.type == "LOCATION" else None
            if spec is None or not spec.place_country or country is None:
                continue
            own = self.lex.home_country(r.subject.id)
            if r.subject.id != country.id and (own is None or own.id != country.id):
                found.setdefault((r.subject.id, r.predicate, country.id), replace(r, object=country))
        said = {(x.subject.id, x.predicate, x.object.id) for x in read}
        return [r for key, r in found.items() if key not in said]


def _glosses(sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of mentions that stand alone in brackets right after another one and say what it belongs to:
    "ông Lavrov (Nga)", "chuyên gia John Smith (Viện Brookings)". The structure reader has read
    them; the other readers take the mention before them for the actor."""
    text, mentions = sentence.text, sentence.mentions
    return [(text.index("(", m.end), n.end + 1) for m, n in zip(mentions, mentions[1:])
            if text[m.end : n.start].strip() == "(" and text[n.end : n.end + 1] == ")"]


def _opens_issue(cue: PhraseMatch[str], mention: Mention) -> bool:
    """A cue whose last word opens an issue's name states its relation still: "đạt được
    thỏa thuận" before "thỏa thuận ngừng bắn" (an agreement reached on a ceasefire)."""
    return mention.entity.type == "ISSUE" and cue.start < mention.start
