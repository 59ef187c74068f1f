"""Event nouns: a verb cue after "cuộc", "chuyến", "buổi" names an event whose
parties stand around it.

    "cuộc gặp giữa A và B"               A met B
    "cuộc gặp giữa A với B, C và D"      A met each of B, C, D
    "(cuộc) giao tranh giữa A và B"      A attacks B, B attacks A (a joint cue, with or without "cuộc")
    "Cuộc gặp Putin - Trump"              Putin met Trump
    "cuộc điện đàm của A với B"           A phoned B
    "chuyến thăm của A tới B"             A visited B
    "cuộc tấn công của A nhằm vào B"      A attacks B
    "cuộc tấn công của A và C vào B"      A attacks B, C attacks B
    "cuộc tấn công của A vào căn cứ của B" A attacks B (the owner of the target)
    "cuộc tấn công vào B do A tiến hành"  A attacks B
    "B hứng chịu cuộc tấn công của/từ A"    A attacks B
    "A có cuộc điện đàm với B"            read as a verb: A phoned B
    "trong cuộc điện đàm, ..."            no parties: states nothing
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import PredicateSpec
from .phrases import PhraseMatch, fold
from .sentence import ACTOR_TYPES, Cue, Markers, Sentence, word_count
from .types import Mention

_WORD_END = re.compile(r"\s")  # where a word ends and the next may start
QUALIFIER_WORDS = 2  # "cuộc gặp (thượng đỉnh) giữa"
RECEIVER_WORDS = 2  # "Iran (tiếp tục) hứng chịu": adverbs between the receiver and its verb
_DURATION = re.compile(r"(?:kéo )?dài (?:hơn |gần |khoảng |tới )?\S+ (?:phút|giờ|tiếng|ngày)")
AGENT_WORDS = 4  # "chuyến thăm (và làm việc) của X": at most this many words from the cue to "của",
# names of the actors between left out ("chuyến thăm Việt Nam sắp tới của X")


@dataclass(frozen=True)
class EventParties:
    """Who took part in an event noun: subjects and objects, as for a verb."""

    subjects: list[Mention]
    objects: list[Mention]
    unnamed: bool = False  # the noun names an event without its parties ("cuộc gặp tại Paris")


def event_parties(sentence: Sentence, markers: Markers, spec: PredicateSpec, cue: Cue,
                  left: list[Mention], right: list[Mention], coordinated, object_ok,
                  owns_target=lambda text, cue, start, m: False) -> EventParties | None:
    """The parties of an event noun, or None to read the noun as a verb. `owns_target(text, cue, start, m)`:
    whether the mention owns a target the words from `start` lead to ("vào các cơ sở hạt nhân của Iran")."""
    text = sentence.text
    noun = markers.ends_with(text, cue.start, "event_noun")
    # "tiến hành một loạt cuộc tấn công", "hứng chịu hàng trăm đợt không kích": the count opens the noun phrase
    noun_start = markers.count_start(text, noun.start) if noun is not None else cue.start
    if between_follows(sentence, markers, cue, right) and right:
        parties = coordinated(right)
        if not spec.symmetric and fold(cue.text) in spec.joint_cues:
            return EventParties(parties, parties)  # "(cuộc) giao tranh giữa A và B": each attacks the other
        if len(parties) >= 3 and sentence.gap(parties[0].end, parties[1].start) in markers.words("partner_after"):
            # "cuộc gặp giữa Tổng thống Moon với lãnh đạo Mỹ, Nhật Bản và Nga": Moon with each, not each other
            return EventParties(parties[:1], parties[1:])
        return EventParties(parties, []) if len(parties) >= 2 else EventParties([], [])
    received = None if spec.symmetric else _received(sentence, markers, cue, noun_start, left, right)
    if received is not None:
        return received
    agent = _agent_after(sentence, markers, cue, right)
    if agent is not None and owns_target(text, cue, cue.end, agent):
        return None  # "các cuộc không kích nhằm vào cơ sở hạt nhân Fordow của Iran": the target's owner, not the attacker
    if agent is not None:
        # "cuộc tấn công của Mỹ và Israel nhằm vào Iran": each of the agents joined there
        agents = coordinated([m for m in right if m.start >= agent.start])
        partner = next((i for i, m in enumerate(agents) if i and markers.ends_with(text, m.start, "partner_after")), None)
        agents = agents[:partner]  # "cuộc gặp của ông Trump với ông Lavrov": the partner is no agent
        first = right[0]
        if not spec.symmetric and first.end <= agent.start and leads_to(sentence, markers, cue, first, "target_after") \
                and object_ok(spec, first):
            return EventParties(agents, [first])  # "chuyến thăm (chính thức) (tới) Việt Nam của Tổng thống Putin"
        kinds = ["partner_after"] if spec.symmetric else ["target_after"] + (["venue"] if spec.place_object else [])
        for m in right:
            if m.start > agents[-1].end and (any(markers.ends_with(text, m.start, k) is not None for k in kinds)
                                             or owns_target(text, cue, agents[-1].end, m)) and object_ok(spec, m):
                return EventParties(agents, coordinated([x for x in right if x.start >= m.start]))
        return EventParties([], [])
    if spec.symmetric and right and (not left or _hyphen_pair(sentence, markers, cue, right)) \
            and markers.ends_with(text, right[0].start, "partner_after") is None:
        # "cuộc gặp Putin - Trump" names its parties, whoever speaks of it ("cuộc gặp với A và B": the partners)
        parties = coordinated(right)
        if len(parties) >= 2:
            return EventParties(parties, [])
    if markers.ends_with(text, noun_start, "light_verbs") is not None:
        return None  # "A (đã) có cuộc gặp với B", "A có chuyến thăm tới B"
    if right and (leads_to(sentence, markers, cue, right[0], "partner_after")
                  or spec.place_object and leads_to(sentence, markers, cue, right[0], "target_after")):
        # "(trong) cuộc gặp (đầu tiên) (với) Thủ tướng Đức": the clause's subject met her; "trong chuyến
        # công du tới Brussels": the subject went there; "Cuộc gặp với ông Abe, ông Trump ...": the one after the comma
        comma = text.find(",", right[0].end)
        after = coordinated([m for m in right if m.start > comma]) if not left and spec.symmetric and comma > 0 else []
        partners = [m for m in coordinated(right) if m.end <= comma] if after else []
        # ... who goes on with a verb: not a reporter ("tờ Politico dẫn lời"), nor more partners ("..., Y, Z).", "..., Y diễn ra")
        verb = text[after[-1].end :].lstrip()[:1] if after else ""
        subject = partners and verb.isalpha() and verb.islower() and not text[comma + 1 : after[0].start].strip() \
            and not any(markers.starts_with(text, after[-1].end, kind) for kind in ("reporting_verbs", "event_itself_verbs"))
        return EventParties(after, partners) if subject else None
    if spec.symmetric:
        pair = _opening_pair(sentence, markers, noun_start, left, coordinated)
        if pair:
            return EventParties(pair, [])
    return EventParties([], [], unnamed=True)  # "trong cuộc điện đàm, ...": the noun names no parties


def _received(sentence: Sentence, markers: Markers, cue: Cue, noun_start: int, left: list[Mention],
              right: list[Mention]) -> EventParties | None:
    """ "Iran hứng chịu các đợt không kích của/từ Israel": an event its subject suffers, named with
    who brings it after "của" or "từ"; the subject is the target, not the attacker."""
    text = sentence.text
    receive = markers.ends_with(text, noun_start, "receive_verbs") if noun_start < cue.start else None
    if receive is None or not left or word_count(text, left[-1].end, receive.start) > RECEIVER_WORDS \
            or "," in text[left[-1].end : receive.start]:
        return None
    source = next((m for m in right if markers.ends_with(text, m.start, "source_after") is not None), None)
    # the source may stand a word further than the agent after "của" ("dữ dội từ phía Israel")
    if source is None or "," in text[cue.end : source.start] or word_count(text, cue.end, source.start) > AGENT_WORDS + 1:
        return EventParties([], [])  # "Iran hứng chịu cuộc tấn công": suffered, by no one named
    return EventParties([source], left[-1:])


def _opening_pair(sentence: Sentence, markers: Markers, noun_start: int, left: list[Mention], coordinated) -> list[Mention]:
    """ "Putin và Abe trong cuộc gặp tại Moskva": the pair that opens the sentence, then no verb
    but "trong" or "tại" before the event noun, took part in it."""
    if not left or sentence.gap(left[-1].end, noun_start) not in markers.words("event_pair_before"):
        return []
    pair = coordinated(left[::-1])
    before = sentence.text[: pair[-1].start].strip()
    return pair if len(pair) >= 2 and (not before or before.endswith(",")) else []


def between_follows(sentence: Sentence, markers: Markers, cue: Cue, right: list[Mention]) -> bool:
    """ "cuộc gặp giữa", "cuộc gặp thượng đỉnh giữa": "giữa" right after the noun or its qualifier."""
    text = sentence.text
    for at in (m.end() for m in _WORD_END.finditer(text, cue.end, right[0].start if right else len(text))):
        if word_count(text, cue.end, at) > QUALIFIER_WORDS:
            break
        if markers.starts_with(text, at, "event_between") is not None:
            return "," not in text[cue.end : at]
    return markers.starts_with(text, cue.end, "event_between") is not None


def _hyphen_pair(sentence: Sentence, markers: Markers, cue: Cue, right: list[Mention]) -> bool:
    """ "hội đàm Biden - Putin", "cuộc gặp thượng đỉnh Mỹ - Triều Tiên": two actors joined by a dash right
    after the event noun and its modifiers."""
    return len(right) >= 2 and not _past_modifiers(sentence, markers, cue, right[0]) \
        and sentence.gap(right[0].end, right[1].start) in ("-", "–")


def leads_to(sentence: Sentence, markers: Markers, cue: Cue, first: Mention, kind: str) -> bool:
    """Whether only modifiers of the event and a word of `kind` stand between the noun and the actor:
    "chuyến thăm (hữu nghị chính thức) (tới) Việt Nam", "cuộc gặp (đầu tiên) (với) ông Putin"."""
    gap = _past_modifiers(sentence, markers, cue, first)
    return not gap or fold(gap) in markers.words(kind)


def _past_modifiers(sentence: Sentence, markers: Markers, cue: Cue, first: Mention) -> str:
    """The words between the event noun and the actor, without the event's modifiers."""
    gap = _DURATION.sub(" ", sentence.gap(cue.end, first.start))  # "cuộc điện đàm (kéo) dài 40 phút với ..."
    for modifier in markers["event_modifiers"].find(gap):
        gap = gap.replace(modifier.text, " ")
    return " ".join(gap.split())


def agent_done_by(sentence: Sentence, markers: Markers, clause_end: int) -> list[Mention]:
    """The actor of a "do"/"mà" clause that ends the event noun's clause, with a verb of doing after it:
    "cuộc tấn công vào Iran | do Israel tiến hành" ([] if none)."""
    text = sentence.text
    if markers.starts_with(text, clause_end, "head_relative") is None:
        return []
    agent = next((m for m in sentence.after(clause_end) if m.actor.type in ACTOR_TYPES), None)
    return [agent] if agent is not None and _done_by(sentence, markers, agent) is not None else []


def _done_by(sentence: Sentence, markers: Markers, m: Mention) -> PhraseMatch[str] | None:
    """ "do"/"mà" before the actor and a verb of doing after it: "cuộc tấn công vào Iran do Israel tiến hành"."""
    relative = markers.ends_with(sentence.text, m.start, "head_relative")
    return relative if relative is not None and markers.starts_with(sentence.text, m.end, "done_by_verbs") is not None else None


def _agent_after(sentence: Sentence, markers: Markers, cue: Cue, right: list[Mention]) -> Mention | None:
    """The actor right after "của" following an event noun: "cuộc tấn công (mạng) của Nga", "chuyến
    thăm (hữu nghị chính thức) Ấn Độ (trong thời gian tới) của X" (the words of event_modifiers are
    not counted), or after "do" with a verb of doing ("cuộc tấn công vào Iran do Israel tiến hành")."""
    text = sentence.text
    for i, m in enumerate(right):
        if i and text[right[i - 1].end : m.start].lstrip().startswith(","):
            break  # "cuộc gặp với bà Le Pen, đối thủ của ông Macron": Macron's is the apposition, not the meeting
        named = sum(word_count(text, x.start, x.end) for x in right[:i])
        modifiers = sum(len(t.text.split()) for t in markers["event_modifiers"].find(text[cue.end : m.start]))
        possessive = markers.ends_with(text, m.start, "possessive") or _done_by(sentence, markers, m)
        if possessive is not None and markers.ends_with(text, possessive.start, "invitation_nouns") is not None:
            break  # "chuyến thăm Nga theo lời mời của Tổng thống Putin": the one who invited, not the visitor
        if possessive is not None and i and not text[right[i - 1].end : possessive.start].strip() \
                and markers.ends_with(text, right[i - 1].start, "partner_after") is not None:
            break  # "cuộc điện đàm với Quốc vương Salman của Saudi Arabia": the partner's country, no agent
        if possessive is not None and word_count(text, cue.end, m.start) - named - modifiers <= AGENT_WORDS:
            return m
        if len(sentence.gap(cue.end, m.start).split()) > AGENT_WORDS:
            break
    return None
