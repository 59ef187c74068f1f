"""The blame a hostile act gives as its reason.

"Ai Cập cắt đứt quan hệ với Qatar với lý do quốc gia này hỗ trợ các tổ chức cực đoan", "... vì cho
rằng Doha ủng hộ khủng bố", "trừng phạt Nga vì đã can thiệp vào Ukraine", "... với cáo buộc can thiệp
bầu cử": the one who sanctions, attacks, condemns or opposes accuses the actor of the reason clause
(the target itself when the clause names no one). The reason must follow the target of the act; a
reason of the subject's own ("vì lo ngại", "vì muốn") names no one and blames no one.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from .lexicon import Lexicon
from .phrases import fold
from .sentence import ACTOR_TYPES, Markers, RawRelation, Sentence

REASON_AFTER_TARGET = 6  # words from the end of the act's target to the reason marker ("Nga ở Ukraine vì ...")


def blamed(sentence: Sentence, read: Iterable[RawRelation], markers: Markers, lexicon: Lexicon) -> list[RawRelation]:
    """An accusation for each hostile act of `read` whose target a reason clause follows.

    >>> from extract.lexicon import default_lexicon
    >>> from extract.mentions import ArticleContext, MentionFinder
    >>> lex = default_lexicon()
    >>> text = "Ai Cập cắt đứt quan hệ với Qatar với lý do Doha hỗ trợ khủng bố."
    >>> mentions = MentionFinder(lex, ArticleContext(year=2017)).sentence_mentions(text)
    >>> act = RawRelation(mentions[0].actor, "sanctions", mentions[1].actor)
    >>> [(r.subject.label, r.predicate, r.object.label) for r in blamed(Sentence(text, mentions), [act], Markers(lex), lex)]
    [('Egypt', 'accuses', 'Qatar')]
    """
    return list(dict.fromkeys(_blamed(sentence, read, markers, lexicon)))  # "vì" and "vì đã" open one reason


def _blamed(sentence: Sentence, read: Iterable[RawRelation], markers: Markers, lexicon: Lexicon) -> Iterator[RawRelation]:
    hostile = set(lexicon.marker_words.get("hostile_predicates", []))
    acts = [r for r in read if r.predicate in hostile]
    if not acts:
        return
    text = sentence.text
    relative_agents = markers.words("relative_agent") | markers.words("agent_after")
    for reason in [*markers["reason_openers"].find(text), *markers["accusation_openers"].find(text)]:
        before = [m for m in sentence.before(reason.start) if m.actor.type in ACTOR_TYPES]
        if not before or len(text[before[-1].end : reason.start].split()) > REASON_AFTER_TARGET:
            continue
        targets = [before[-1]]  # "chỉ trích cả Israel và Iran vì vi phạm ...": both
        for m in reversed(before[:-1]):
            if fold(text[m.end : targets[0].start]).strip() not in (",", "và", "cũng như"):
                break
            targets.insert(0, m)
        at = reason.end
        while (filler := markers.starts_with(text, at, "reason_fillers")) is not None:
            at = filler.end
        named = next((m for m in sentence.after(at) if not text[at : m.start].strip() and m.actor.type in ACTOR_TYPES
                      and fold(reason.text) not in relative_agents), None)  # "tên lửa do Mỹ cung cấp": an agent
        if named is not None and not text[named.end :].strip()[:1].islower():
            continue  # "trừng phạt Nga vì Ukraine": what the act is over, not who did it
        if named is None and not _blames_the_target(text, at, reason.text, markers):
            continue
        named_before = {m.actor.id for m in before}
        for target in (t.actor for t in targets):
            accused = named.actor if named is not None else target
            for act in acts:  # "cảnh báo về X vì cho rằng ông này bị Nga đe dọa": Russia's threat is the reason, no act
                if act.object.id == target.id and act.subject.id in named_before and act.subject.id != accused.id:
                    yield replace(act, predicate="accuses", object=accused, role=None)


def _blames_the_target(text: str, at: int, reason: str, markers: Markers) -> bool:
    """ "trừng phạt Nga vì đã can thiệp", "với cáo buộc can thiệp bầu cử", "vì vi phạm lệnh ngừng bắn": a
    reason with no actor of its own says what the target did ("vì đã" is one opener)."""
    return fold(reason) in markers.words("accusation_openers") or markers.starts_with(text, at, "past_markers") is not None \
        or markers.ends_with(text, at, "past_markers") is not None \
        or markers.starts_with(text, at, "blame_verbs") is not None  # "vì vi phạm lệnh ngừng bắn" (blame_verbs)
