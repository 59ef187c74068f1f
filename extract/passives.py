"""The passive voice of a verb cue: who acts (the agent) and who undergoes it (the patient).

    "Ukraine bị Nga cáo buộc ..."                  Russia accuses Ukraine: the agent before the cue
    "Ukraine bị tấn công bởi Nga"                  Russia attacks Ukraine: the agent after "bởi"
    "Kiev bị tên lửa Nga tấn công"                 Russia attacks Kyiv: the agent through its weapon
    "Iran đáp trả sau khi bị Israel tấn công"      Israel attacks Iran: the patient is the main clause's subject
    "Mỹ đe dọa được Nga ..."                       no passive: "được" after a verb is "able to"
"""
from __future__ import annotations

from .governing import Reading
from .grammar import SUBJECT_LEAD_WORDS, Grammar
from .lexicon import PredicateSpec
from .phrases import PhraseMatch, fold
from .sentence import ACTOR_TYPES, Cue, Sentence, last_words, word_count
from .types import Mention

Arguments = tuple[list[Mention], list[Mention]]  # (agents, patients): the subjects and objects of the cue


class PassiveVoice:
    """The readers of a passive cue's agent and patient (see the module docstring)."""

    def __init__(self, grammar: Grammar):
        self.g = grammar
        self.m = grammar.markers
        self.lex = grammar.lex

    def agent_before(self, text: str, cue: Cue, left: list[Mention]) -> bool:
        """ "bị Nga cáo buộc": an agent stands between the passive word and the cue."""
        return bool(left) and not text[left[-1].end : cue.start].strip(" ,")

    def agent_after(self, sentence: Sentence, spec: PredicateSpec, cue: Cue, left: list[Mention],
                    right: list[Mention]) -> Arguments:
        """ "Ukraine bị tấn công bởi Nga": the agent after "bởi" right behind the verb, the
        patient the subject before the passive; nothing when either is missing."""
        text = sentence.text
        actors = [m for m in right if m.actor.type in ACTOR_TYPES]
        first = next((i for i, m in enumerate(actors) if self.m.ends_with(text, m.start, "agent_after") is not None
                      and word_count(text, cue.end, m.start) <= self.lex.object_window), None)
        patients = [m for m in left if self.g.in_subject_position(text, m) and self.g.object_ok(spec, m)]
        if first is None or not patients:
            return [], []
        return self.g.coordinated(text, actors[first:]), self.g.coordinated(text, list(reversed(patients)))[:1]

    def modality(self, sentence: Sentence, clause_start: int, cue: Cue, own: str | None) -> str | None:
        """A passive's modality is said before its passive word, not before the agent: "Hàn Quốc sẽ đáp
        trả nếu bị Triều Tiên tấn công" is a possible attack. `own` is the modality read before the cue."""
        left = sentence.between(clause_start, cue.start)
        found = self.passive_agents(sentence.text, cue, left) if own == "asserted" else None
        if found is None:
            return own
        passive = found[1]
        return self.g.modality(sentence, clause_start, Cue(passive.start, passive.start, passive.text, cue.predicate))

    def passive_agents(self, text: str, cue: Cue, left: list[Mention]) -> tuple[list[Mention], PhraseMatch[str]] | None:
        """The agents right before the cue and the passive word before them ("bị Nga và Belarus tấn công",
        "bị tên lửa của Iran tấn công"); None when the cue is no passive of that shape."""
        if not self.agent_before(text, cue, left):
            return None
        agents = self.g.coordinated(text, list(reversed(left)))[::-1]
        passive = self.m.ends_with(text, self._instrument_start(text, agents[0].start), "passive")
        if passive is None or fold(passive.text) == "được" \
                and self.lex.cues.ending_at(text, len(text[: passive.start].rstrip())) is not None:
            return None  # "Mỹ còn đe dọa được Nga": "được" after a verb is "able to", no passive
        return agents, passive

    def agents_before(self, sentence: Sentence, cue: Cue, left: list[Mention], previous: list[Reading]) -> Arguments | None:
        """ "A bị B cáo buộc": B, right before the cue and right after the passive word, is the agent;
        A, before the passive, the patient. None when the cue is no passive of that shape."""
        text = sentence.text
        found = self.passive_agents(text, cue, left)
        if found is None:
            return None
        agents, passive = found
        earlier = next((p.subjects for p in reversed(previous) if p.subjects), None)
        if earlier and self.m.ends_with(text, passive.start, "verb_coordination") is not None:
            return agents, earlier[:1]  # "Nga tập trung quân ... và bị Kiev tố ...": Russia is accused
        # (the place of a patient is none: "căn cứ của Mỹ ở Qatar bị Iran tấn công")
        patients = [m for m in left if m.end <= agents[0].start and not self.g.is_venue(sentence, m)]
        if not patients:
            return agents, self._patient_of_main_clause(sentence, passive.start, earlier)
        if self._unnamed_patient(text, patients[-1].end, passive.start):
            return agents, []  # "Quân đội Syria và (lực lượng dân quân) được Iran hậu thuẫn"
        # "Israel và Iran bị Mỹ chỉ trích": each of the named pair; a group right before the passive word is the
        # one its relative clause describes ("các lực lượng Syria và dân quân được Iran ủng hộ")
        listed = self.g.coordinated(text, list(reversed(patients)))
        return agents, listed if patients[-1].entity.type != "GROUP" else listed[:1]

    def _instrument_start(self, text: str, agent_start: int) -> int:
        """Where the weapon or unit the agent acts through starts, when one stands right before it ("tên
        lửa (của) Iran", "máy bay ném bom B-2 của Mỹ", with a model name and a number or plural word
        before it); `agent_start` when none does."""
        at = agent_start
        owner = self.m.ends_with(text, at, "possessive")
        if owner is not None:
            at = owner.start
        model = last_words(text, at, 1)
        instrument = self.m.ends_with(text, at, "passive_instruments")
        if instrument is None and (model[:1].isupper() or any(c.isdigit() for c in model)):
            model_start = len(text[:at].rstrip()) - len(model)
            instrument = self.m.ends_with(text, model_start, "passive_instruments")  # "B-2", "Shahed"
        if instrument is None:
            return agent_start
        at = instrument.start
        while (word := self.m.ends_with(text, at, "determiners")) is not None or last_words(text, at, 1).isdigit():
            at = word.start if word is not None else len(text[:at].rstrip()) - len(last_words(text, at, 1))
        return at

    def _unnamed_patient(self, text: str, end: int, passive_start: int) -> bool:
        """Whether the words between the last actor before a passive word and that word name another,
        unnamed patient: one joined to the actor ("Quân đội Syria và lực lượng dân quân được Iran hậu
        thuẫn") or a plural noun of unnamed bodies ("Mỹ cáo buộc các nhóm được Iran hậu thuẫn")."""
        gap = fold(text[end:passive_start]).split()
        # (not after a comma: "Iran, quốc gia được Qatar ủng hộ" names Iran again)
        joined = len(gap) > 1 and gap[0] in self.m.words("coordination") - {","}
        return joined or self.g.unnamed_subject(text, end, passive_start)

    def _patient_of_main_clause(self, sentence: Sentence, passive_start: int,
                                earlier: list[Mention] | None) -> list[Mention]:
        """The patient of a passive that names none, in a clause opened by "sau khi", "khi", "do"
        (markers.yaml passive_subordinators): the subject of the main clause, said before it (`earlier`,
        the subject of a verb before, or the clause's opening subject: "Iran đáp trả sau khi bị Israel
        tấn công") or right after the comma that closes it ("Sau khi bị Israel tấn công, Iran ...")."""
        text = sentence.text
        opener = self.m.ends_with(text, passive_start, "passive_subordinators")
        if opener is None:
            return []
        if text[self.g.statement_start(text, opener.start) : opener.start].strip(" ,"):
            return (earlier or self.g.opening_subject(sentence, opener.start))[:1]
        comma = text.find(",", passive_start)
        following = [m for m in sentence.after(comma + 1) if m.actor.type in ACTOR_TYPES] if comma > 0 else []
        if following and sentence.words_between(comma + 1, following[0].start) <= SUBJECT_LEAD_WORDS \
                and self.g.in_subject_position(text, following[0]):
            return following[:1]
        return []
