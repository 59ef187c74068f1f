"""Subjects a verb takes from another clause, when its own names none or names the wrong one:

    "Sau cuộc gặp với X, S tuyên bố ..."       a fronted phrase: S, after its comma
    "S đến Israel sau khi thăm Saudi Arabia"    a subordinate clause: the sentence's subject
    "Israel nói rằng (họ) đã tấn công Iran"     a complement of a speech verb: the speaker
    "S chỉ trích O vì đã tấn công Iran"         a reason for a judgement: its object
    "S gặp riêng O và chỉ trích Z"              a second verb after "và": the first verb's subject
    "S tới O, bắt đầu chuyến thăm Z"            ... or after a comma that closes the place of the first verb
"""
from __future__ import annotations

from .governing import Reading
from .grammar import SUBJECT_LEAD_WORDS, Grammar
from .sentence import ACTOR_TYPES, Cue, Sentence, word_count
from .types import Mention


class CarriedSubjects:
    """The readers of a verb's subject outside its clause (see the module docstring)."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.reason_object_predicates = set(grammar.lex.marker_words.get("reason_object_predicates", []))

    def subject(self, sentence: Sentence, cue: Cue, previous: list[Reading]) -> list[Mention]:
        """The subject of a clause that names none, from the clause it depends on:

        "Sau cuộc gặp với X, S tuyên bố ..."     a fronted phrase: S, after its comma
        "S đến Israel sau khi thăm Saudi Arabia"  a subordinate clause: the sentence's subject
        "S chỉ trích O vì đã tấn công Iran"       a reason for a judgement: its object
        """
        text = sentence.text
        comma = self.g.fronted_phrase_comma(text, cue)
        if comma is not None:
            if comma >= 0:
                # "tại thành phố Hamburg, Đức, ông Trump": the country of the venue is none
                after = [m for m in sentence.after(comma + 1) if m.actor.type in ACTOR_TYPES and not self.g.is_venue(sentence, m)]
                if after and word_count(text, comma + 1, after[0].start) <= SUBJECT_LEAD_WORDS and self.g.in_subject_position(
                        text, after[0]) and not self.m.starts_with(text, after[0].end, "reporting_verbs"):  # "tờ X dẫn lời"
                    return self.g.coordinated(text, after)
            return []
        speaker = self.speaker_of_complement(sentence, cue)
        if speaker:
            return speaker
        judged = next((p for p in reversed(previous) if p.objects), None)
        if judged is not None and self.judged_reason(sentence, judged, cue):
            return judged.objects  # "Nga chỉ trích Mỹ vì đã tấn công Iran": the one criticised is who attacked
        opener = self.m.ends_with(text, self.g.strip_modality(text, cue.start), "subordinators")
        contrast = self.m.ends_with(text, self.m.back_over(text, self.g.back_over_adverbs(text, cue.start), "adverbs"),
                                    "contrast_openers")
        if opener is None and contrast is None:
            clause = self.g.clause_opener(sentence, cue)
            if clause is None:
                return []
        # a place is no subject to carry: "bán đảo Crimea sáp nhập Nga" reads Russia as the annexer
        earlier = next((p.subjects for p in reversed(previous)
                        if not p.relative and any(s.actor.type in ACTOR_TYPES for s in p.subjects)), None)
        if earlier:
            return earlier
        # the agent of a clause that describes a thing or a patient ("vũ khí do phương Tây cung cấp", "Hezbollah
        # được Iran hậu thuẫn") is no subject to carry: the clause's own is further back
        agents = [s for p in previous if p.relative for s in p.subjects]
        opening = self.g.opening_subject(sentence, cue.start)
        # ... nor, across a contrast, the subject of what was said: "Ông X khẳng định hai nước ... nhưng vẫn mời ...": X
        while opening and (opening[0] in agents or contrast is not None and self._said(sentence, opening[0])):
            opening = self.g.opening_subject(sentence, opening[0].start)
        return opening

    def _said(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether the mention, or the list it ends, opens what a speech verb before it says ("khẳng định (rằng)
        Lào và Belarus ...")."""
        text = sentence.text
        for before in reversed(sentence.before(mention.start)):
            if text[before.end : mention.start].strip() not in ("và", ","):
                break
            mention = before
        start = self.m.back_over(text, mention.start, "determiners")
        that = self.m.ends_with(text, start, "complementizers")
        return self.m.ends_with(text, that.start if that is not None else start, "speech_verbs") is not None

    def speaker_of_complement(self, sentence: Sentence, cue: Cue) -> list[Mention]:
        """ "Israel nói rằng (họ) đã tấn công Iran": a clause after a speech verb and "rằng" that names
        no subject of its own, or only "họ", is the speaker's; the speaker opens the clause of the verb."""
        text = sentence.text
        that = self.m.ends_with(text, self.m.back_over(text, cue.start, "speaker_stand_ins"), "complementizers")
        speech = self.m.ends_with(text, that.start, "speech_verbs") if that is not None else None
        if speech is None:
            return []
        return self.g.opening_subject(sentence, speech.start)

    def judged_reason(self, sentence: Sentence, judgement: Reading, cue: Cue) -> bool:
        """Whether the cue stands in the reason clause of a judgement ("chỉ trích Mỹ vì đã ..."), whose subject is the judged."""
        return judgement.cue.predicate in self.reason_object_predicates and bool(judgement.objects) \
            and self.g.in_reason_clause(sentence, max(o.end for o in judgement.objects), cue.start)

    def accused_goes_on(self, sentence: Sentence, accusation: Reading, cue: Cue) -> bool:
        """Whether the cue is a second act an accusation charges its object with, after the first and a comma:
        "cáo buộc Qatar thân thiện với Iran, ủng hộ các tổ chức khủng bố" (Qatar is said to back them, not its
        accusers); not "cáo buộc Nga, đồng thời trừng phạt Nga" (nothing said of Russia before the comma)."""
        if accusation.cue.predicate != "accuses" or not accusation.objects:
            return False
        between = sentence.text[max(o.end for o in accusation.objects) : cue.start]
        return "," in between and bool(between.split(",")[0].strip())

    def first_verb_subject(self, text: str, candidates: list[Mention], subjects: list[Mention]) -> list[Mention]:
        """The subject of a second verb after "và", when the actor right before it is the object of a first
        verb the lexicon does not read: "Bà X gặp riêng ông Y và chỉ trích Z" (X criticises), with no comma,
        speech verb or clause break between the two actors ("Nga cho biết Mỹ ... và cảnh báo" keeps the US)."""
        first_subject = min(s.start for s in subjects)
        earlier = [c for c in candidates if c.end <= first_subject]
        if not earlier:
            return subjects
        between = text[earlier[-1].end : first_subject]
        if "," in between or any(self.m[k].find(between) for k in ("speech_verbs", "clause_break", "complementizers")):
            return subjects
        return self.g.coordinated(text, list(reversed(earlier)))

    def place_before_comma(self, sentence: Sentence, subjects: list[Mention], cue: Cue) -> bool:
        """Whether the actors before the cue are a place that ends its clause at a comma right after it,
        with no actor between the comma and the cue: "(S) đã tới thủ đô Viêng Chăn, bắt đầu chuyến thăm
        chính thức Lào" (where S went is no subject of S's next act; a person may be: "cảm ơn Thủ tướng
        Modi, đang ở thăm Mỹ")."""
        text = sentence.text
        if any(s.entity.type != "LOCATION" for s in subjects):
            return False
        end = max(s.end for s in subjects)
        comma = text.find(",", end, cue.start)
        return comma >= 0 and not text[end:comma].strip() and not sentence.between(comma, cue.start)
