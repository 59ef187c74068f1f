"""Objects a verb finds outside its own clause, when the clause names none:

    "cáo buộc rằng Nga đã ..."                     the subject of the "rằng" clause: Russia
    "lên án dự luật mà Thượng viện Mỹ thông qua"   who made the thing, named in a relative clause
    "cảnh báo sẽ đáp trả nếu Nga tấn công"          the subject of a condition: Russia
    "Nga bác bỏ cáo buộc" (after "Mỹ cáo buộc Nga") who made what the cue answers: the United States
"""
from __future__ import annotations

from .grammar import RELATIVE_HEAD_WORDS, Grammar
from .phrases import fold
from .sentence import ACTOR_TYPES, Cue, Discourse, Sentence, first_words, word_count
from .types import Mention

CONDITION_SUBJECT_WORDS = 2  # "nếu (như) Nga", "nếu (chính quyền) Kiev"


class OutsideArguments:
    """The readers of objects outside a verb's clause (see the module docstring)."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.lex = grammar.lex
        # words that may stand between a clause opener and its subject: "rằng (phía) Nga"
        self.subject_lead = self.m.words("adverbs") | self.m.words("determiners") | {"phía", "“", '"'}

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
        for earlier in reversed(discourse.said):
            if earlier.predicate in predicates and earlier.object.id in own and earlier.subject.id not in own:
                return [Mention(noun.start, noun.end, noun.text, earlier.subject, kind="pronoun")]
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

    def condition_subject(self, sentence: Sentence, cue: Cue) -> list[Mention]:
        """The actor a later "nếu" clause of the sentence opens with: "... nếu Nga tấn công"."""
        for condition in self.m["condition"].find(sentence.text[cue.end :]):
            at = cue.end + condition.end
            following = [m for m in sentence.after(at) if m.actor.type in ACTOR_TYPES]
            if following and sentence.words_between(at, following[0].start) <= CONDITION_SUBJECT_WORDS:
                return self.g.coordinated(sentence.text, following)
        return []
