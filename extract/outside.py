"""Objects a verb finds outside its own clause, when the clause names none:

    "cáo buộc rằng Nga đã ..."                     the subject of the "rằng" clause: Russia
    "lên án dự luật mà Thượng viện Mỹ thông qua"   who made the thing, named in a relative clause
    "cảnh báo sẽ đáp trả nếu Nga tấn công"          the subject of a condition: Russia
    "“Mỹ đang nói ...”, ông Zelensky cáo buộc."      the first actor of the quote the clause closes: the US
    "Nga bác bỏ cáo buộc" (after "Mỹ cáo buộc Nga") who made what the cue answers: the United States
    "Hàn Quốc viện trợ 5 triệu USD" (after "Mỹ viện trợ cho Philippines") the receiver before: the Philippines

and, the other way, who made what a subject rejects (`rejected_makers`):

    "Qatar bác bỏ các yêu cầu của Saudi Arabia"   Saudi Arabia urges Qatar
"""
from __future__ import annotations

from .grammar import RELATIVE_HEAD_WORDS, Grammar
from .lexicon import PredicateSpec
from .phrases import fold
from .sentence import ACTOR_TYPES, Cue, Discourse, RawRelation, Sentence, first_words, last_words, word_count
from .types import Mention

CONDITION_SUBJECT_WORDS = 2  # "nếu (như) Nga", "nếu (chính quyền) Kiev"
RECEIVER_SENTENCES = 4  # how far back the receiver of the last aid may have been named


class OutsideArguments:
    """The readers of objects outside a verb's clause (see the module docstring)."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.lex = grammar.lex
        # words that may stand between a clause opener and its subject: "rằng (phía) Nga", "rằng(,) Nga"
        # ... and a government's noun before its country: "rằng chính quyền Kiev"
        self.subject_lead = self.m.words("adverbs") | self.m.words("determiners") | {"phía", "“", '"', ","} \
            | {w for phrase in self.m.words("governments") for w in phrase.split()}

    def objects(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, subjects: list[Mention], left: list[Mention],
                objects: list[Mention], clause_end: int, discourse: Discourse) -> list[Mention]:
        """The cue's objects, with those found outside its clause where the predicate looks there
        (predicates.yaml object_after_that, object_of_relative, object_in_condition, object_in_quote)."""
        if not objects:
            objects = self.answered(sentence.text, cue, subjects, discourse)
        if not objects and spec.object_after_that:
            objects = not_own_side(subjects, self.complement_subject(sentence, cue))
        if spec.object_of_relative and all(o.entity.type == "ISSUE" for o in objects):  # "kế hoạch ngừng bắn do Qatar đưa ra"
            objects = objects + not_own_side(subjects, self.relative_agent(sentence, cue, clause_end))
        if not objects and spec.object_in_condition:
            objects = not_own_side(subjects, self.condition_subject(sentence, cue))
        if not objects and spec.object_in_purpose:
            objects = not_own_side(subjects, self.purpose_subject(sentence, cue, clause_end))
        if not objects and spec.object_in_quote:
            objects = self.quoted(sentence, cue, left)
        return objects

    def carried_receiver(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, subjects: list[Mention],
                         discourse: Discourse, clause_end: int) -> list[Mention]:
        """The receiver of the same act told of in one of the last sentences, when the cue names the goods or
        money given and its clause names no receiver after "cho/tới/đến/sang": "Mỹ viện trợ 20 triệu USD cho
        Philippines. Hàn Quốc sẽ viện trợ 5 triệu USD." (the Philippines); not "gửi hàng cứu trợ tới Gaza" (the
        receiver named, for the next cue to read); not to the receiver itself."""
        last = discourse.said_lately(spec.name, RECEIVER_SENTENCES)
        markers = self.g.noun_owners.far_object_markers
        named = any(fold(last_words(sentence.text, m.start, 1)) in markers for m in sentence.between(cue.end, clause_end))
        if last is None or named or not self.g.noun_owners.goods_after(sentence.text, spec, cue.end) \
                or any(s.actor.id == last.object.id for s in subjects):
            return []
        return [Mention(cue.start, cue.end, cue.text, last.object, kind="pronoun")]

    def answered(self, text: str, cue: Cue, subjects: list[Mention], discourse: Discourse) -> list[Mention]:
        """Who made the accusation, demand or proposal a cue answers when it names nobody:

        "Nga bác bỏ cáo buộc" after "Mỹ cáo buộc Nga ...": the United States
        "bác bỏ lời đề nghị trên": the running subject of the sentence before
        """
        after = first_words(text, cue.end, 5)
        noun = next((m for m in self.m["answered_nouns"].find(after)
                     if m.start <= len(first_words(after, 0, 1)) + 1), None)
        if noun is None:
            return []
        predicates = set(self.lex.answered.get(fold(noun.text), ()))
        own = {s.actor.id for s in subjects}
        makers: list[Mention] = []  # "A, B và C cáo buộc Qatar ... Qatar bác bỏ các cáo buộc này": all three
        for earlier in reversed(discourse.said):
            if earlier.predicate in predicates and earlier.object.id in own and earlier.subject.id not in own:
                makers.append(Mention(noun.start, noun.end, noun.text, earlier.subject, kind="pronoun"))
            elif makers:
                break  # the run of statements answered ends
        if makers:
            return makers[::-1]
        if self.m.starts_with(after, noun.end, "demonstratives") is not None:
            return discourse.subjects  # "bác bỏ lời đề nghị trên": the sentence before's subject
        return []

    def complement_subject(self, sentence: Sentence, cue: Cue) -> list[Mention]:
        """The actor a "rằng" clause right after the cue opens with: "cáo buộc rằng Nga đã ..."."""
        opening = self.g.opening_actors(sentence, cue.end, "complementizers", self.subject_lead)
        if opening and self.g.in_subject_position(sentence.text, opening[0]):
            return self.g.coordinated(sentence.text, opening)  # "rằng (phía) Nga", not "rằng việc đưa Hong Kong"
        return []

    def relative_agent(self, sentence: Sentence, cue: Cue, clause_end: int) -> list[Mention]:
        """Who made the thing right after the cue, named by a relative clause: "lên án dự luật mà
        Thượng viện Mỹ vừa thông qua", "bác bỏ các cáo buộc do Mỹ đưa ra"."""
        text = sentence.text
        head_words = word_count(text, cue.end, clause_end)
        if not 1 <= head_words <= RELATIVE_HEAD_WORDS or "," in text[cue.end : clause_end]:
            return []
        opening = self.g.opening_actors(sentence, clause_end, "relative_agent", self.subject_lead)
        return self.g.coordinated(text, opening) if opening else []

    def quoted(self, sentence: Sentence, cue: Cue, left: list[Mention]) -> list[Mention]:
        """The first actor of the quote right before the speaker and the cue, when the cue ends the
        sentence: "“Mỹ đang nói những điều có lợi cho Nga”, ông Zelensky cáo buộc."."""
        text = sentence.text
        close = max(text.rfind("”", 0, cue.start), text.rfind('"', 0, cue.start))
        speaker = [m for m in left if m.start > close]
        if close < 0 or not speaker or text[close + 1 : speaker[0].start].strip() != "," \
                or text[speaker[-1].end : cue.start].strip() or text[cue.end :].strip(" .!…\n"):
            return []
        opening = max(text.rfind("“", 0, close), text.rfind('"', 0, close))
        own = {s.actor.id for s in speaker} | {s.role_of.id for s in speaker if s.role_of is not None} \
            | {home for s in speaker if (a := self.lex.actor(s.entity.id)) is not None
               for home in (a.country, *(r.of for r in a.roles)) if home}
        return next(([m] for m in sentence.between(opening + 1, close) if m.actor.type in ACTOR_TYPES
                     and m.actor.id not in own), [])  # "“Nga sẽ đáp trả”, ông Putin cảnh báo": no warning of Russia

    def demanded_issue(self, text: str, spec: PredicateSpec, cue: Cue, right: list[Mention]) -> Mention | None:
        """The issue a demand names with no actor, when only who is asked and a verb of keeping stand between
        (markers.yaml kept_by_demand): "kêu gọi (tất cả các bên) (thực hiện) thỏa thuận Minsk", not "kêu gọi
        hủy bỏ / hoãn / giải quyết ..." (predicates.yaml issue_backed names what it states)."""
        issue = next((m for m in right if m.entity.type == "ISSUE"), None) if spec.issue_backed else None
        if issue is None:
            return None
        gap = f" {fold(text[cue.end : issue.start])} "
        for phrase in sorted(self.m.words("kept_by_demand"), key=len, reverse=True):
            gap = gap.replace(f" {phrase} ", " ")
        return issue if not gap.strip() else None

    def purpose_subject(self, sentence: Sentence, cue: Cue, clause_end: int) -> list[Mention]:
        """The actor a purpose clause right after the cue's clause opens with (markers.yaml purpose_openers): "đe
        dọa dùng vũ lực để (buộc) Triều Tiên từ bỏ ...", "cảnh báo sẽ hành động để ngăn Iran ..."."""
        text = sentence.text
        at = len(text) - len(text[clause_end:].lstrip(" ,"))
        if any(c in text[cue.end : at] for c in ",;:"):
            return []
        opening = self.g.opening_actors(sentence, at, "purpose_openers", self.subject_lead)
        return self.g.coordinated(text, opening) if opening and self.g.in_subject_position(text, opening[0]) else []

    def condition_subject(self, sentence: Sentence, cue: Cue) -> list[Mention]:
        """The actor a later "nếu" clause of the sentence opens with: "... nếu Nga tấn công"."""
        for condition in self.m["condition"].find(sentence.text[cue.end :]):
            at = cue.end + condition.end
            following = [m for m in sentence.after(at) if m.actor.type in ACTOR_TYPES]
            if following and sentence.words_between(at, following[0].start) <= CONDITION_SUBJECT_WORDS:
                return self.g.coordinated(sentence.text, following)
        return []


REJECTED_NOUN_WORDS = 8  # "bác bỏ (danh sách 13) yêu cầu (mà) Saudi Arabia ...": from the noun to its maker


def rejected_makers(sentence: Sentence, read: list[RawRelation], grammar: Grammar) -> list[RawRelation]:
    """The demand, accusation or proposal a subject rejects (markers.yaml answered_nouns), made by the actor the
    rejection names as its owner, was made to the subject: "Qatar bác bỏ các yêu cầu của Saudi Arabia" (Saudi
    Arabia urges Qatar), "Nga bác bỏ cáo buộc mà Mỹ đưa ra" (the United States accuses Russia)."""
    text, found = sentence.text, []
    said = {(r.subject.id, r.predicate, r.object.id) for r in read}
    for r in read:
        maker = next((m for m in sentence.mentions if m.actor.id == r.object.id), None)
        if r.predicate != "rejects" or maker is None or r.subject.id == r.object.id:
            continue
        noun = next((n for n in reversed(grammar.markers["answered_nouns"].find(text[: maker.start]))
                     if word_count(text, n.end, maker.start) <= REJECTED_NOUN_WORDS), None)
        made = grammar.lex.answered.get(fold(noun.text), ()) if noun is not None else ()
        if made and (r.object.id, made[0], r.subject.id) not in said:
            found.append(RawRelation(r.object, made[0], r.subject, r.modality))
    return list(dict.fromkeys(found))


def not_own_side(subjects: list[Mention], objects: list[Mention]) -> list[Mention]:
    """Objects without the subject's own country: "Tổng thống Biden cảnh báo Mỹ và đồng
    minh sẽ đáp trả" warns nobody of his own side; what follows says what the US will do. Nor a subject
    itself: "trong cuộc điện đàm với bà May, ông Moon và nhà lãnh đạo Anh ..." (the list after "với" runs on)."""
    own = {s.role_of.id for s in subjects if s.role_of is not None}
    return [o for o in objects if o.actor.id not in own and not any(o is s for s in subjects)]
