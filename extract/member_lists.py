"""Memberships stated by lists: "nhóm P5+1 gồm Mỹ, Anh và Pháp", "các nước thành viên NATO như Ba
Lan, Litva", "hai quốc gia thành viên của GCC là Kuwait và Oman", "Đức, Pháp và các nước thành
viên NATO khác"."""
from __future__ import annotations

import re
from typing import Iterator

from .lexicon import Lexicon
from .phrases import PhraseIndex, fold
from .sentence import RawRelation, word_count
from .types import Mention

LIST_GAP = 3  # words between a body and the list of its members
_JOINED_OTHERS = re.compile(r"\s*(?:và|cùng với|cùng)\s+(?:(?:các|nhiều|những)\s+(.+?))?\s*$")


def member_lists(text: str, mentions: list[Mention], lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "nhóm P5+1 gồm Mỹ, Anh và Pháp", "các nước thành viên NATO như Ba Lan, Litva": members."""
    lists: PhraseIndex[str] = lexicon.marker_index("membership_lists")
    for i, mention in enumerate(mentions):
        body = body_of(mention, lexicon)
        if body is None:
            continue
        following = mentions[i + 1 :]
        if not following:
            continue
        gap = text[mention.end : following[0].start].rstrip()
        listed = any(w.end == len(gap) for w in lists.find(gap)) or _members_named_after(text, mention, gap, lexicon)
        if not listed or word_count(text, mention.end, following[0].start) > LIST_GAP:
            continue
        for member in _list_of_countries(text, following):
            yield RawRelation(member.entity, "member_of", body)


def _members_named_after(text: str, body: Mention, gap: str, lexicon: Lexicon) -> bool:
    """ "hai quốc gia thành viên của GCC là Kuwait và Oman": "là" lists members after a member word;
    "nước thành viên EU Hungary": so does the country right after it."""
    before = " ".join(fold(text[: body.start]).split()).removesuffix(" của")
    member = body.entity.type == "GROUP" or any(before.endswith(w) for w in lexicon.folded_markers("member_words"))
    return fold(gap).strip() in ("là", "") and member


def body_of(mention: Mention, lexicon: Lexicon):
    """The organisation a mention names as a body with members: itself, or the one inside
    "các nước thành viên NATO" (a group of its members); None for other groups ("các đồng minh")."""
    if mention.entity.type == "ORGANIZATION" and mention.acts_for is None:
        return mention.entity
    if mention.entity.type != "GROUP" or not any(w in fold(mention.text) for w in lexicon.folded_markers("member_words")):
        return None
    inside = [lexicon.entity(h.value) for h in lexicon.names.find_all(mention.text)]
    bodies = [e for e in inside if e is not None and e.type == "ORGANIZATION"]
    return bodies[-1] if bodies else None


def _list_of_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """The first mentions of `mentions` joined by commas and "và", while they are countries."""
    members: list[Mention] = []
    for m in mentions:
        if m.entity.type != "COUNTRY" or m.acts_for is not None:
            break
        if members and fold(text[members[-1].end : m.start]).strip(" ,") not in ("", "và"):
            break
        members.append(m)
    return members


def others_of_body(text: str, mentions: list[Mention], lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Đức, Pháp và các nước thành viên NATO khác", "ông A, ông B và nhiều quan chức Đảng Dân chủ
    khác": the ones listed before "the other members of X" are members of X (markers.yaml
    other_member_nouns name who they are)."""
    nouns = lexicon.folded_markers("other_member_nouns")
    for i, m in enumerate(mentions[1:], start=1):
        body = body_of(m, lexicon)
        if body is None or not fold(text[m.end : m.end + 7]).lstrip().startswith("khác"):
            continue
        joined = _JOINED_OTHERS.match(fold(text[mentions[i - 1].end : m.start]))
        inside = m.entity.type == "GROUP" and fold(m.text).split(" ", 1)[0] in ("các", "nhiều", "những")
        if joined is None or not (inside and joined.group(1) is None or joined.group(1) in nouns):
            continue
        listed = [mentions[i - 1]]
        for earlier in reversed(mentions[: i - 1]):
            if fold(text[earlier.end : listed[0].start]).strip() not in (",", "và") or earlier.actor.type != listed[0].actor.type:
                break
            listed.insert(0, earlier)
        if listed[0].actor.type in ("PERSON", "COUNTRY"):
            for member in listed:
                yield RawRelation(member.entity, "member_of", body)

