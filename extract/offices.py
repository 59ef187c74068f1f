"""The offices a title gives its holder, and the titles listed for a side:

    "Ngoại trưởng Nga Sergey Lavrov"                    Lavrov official_of Russia
    "Thượng nghị sĩ đảng Cộng hòa X"                    X member_of the party, official_of the United States
    "Phía Nhật Bản gồm Ngoại trưởng X, Bộ trưởng ... Y"  X and Y official_of Japan
"""
from __future__ import annotations

from typing import Iterator

from .lexicon import Lexicon
from .phrases import fold
from .sentence import RawRelation
from .types import Entity, Mention


def offices(person: Entity, owner: Entity, role: str | None, lexicon: Lexicon) -> Iterator[RawRelation]:
    """official_of the owner of a title; but a legislator of a party ("Thượng nghị sĩ đảng
    Cộng hòa X", "một nghị sĩ đảng Bảo thủ") is one of its members, and holds the office for the
    party's country (a US Senator)."""
    if role in lexicon.marker_words.get("member_roles", []) and is_party(owner, lexicon):
        yield RawRelation(person, "member_of", owner)
        party = lexicon.actors.get(owner.id)
        country = lexicon.entity(party.country) if party is not None and party.country else None
        if country is not None:
            yield RawRelation(person, "official_of", country, role=role)
        return
    yield RawRelation(person, "official_of", owner, role=role)


def is_party(entity: Entity, lexicon: Lexicon) -> bool:
    label = fold(entity.label)
    return entity.type == "ORGANIZATION" and (
        "party" in label.replace("(", " ").split() or any(label.startswith(w) for w in lexicon.folded_markers("party_heads"))
    )


def side_lists(text: str, mentions: list[Mention], lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "(Về) phía Nhật Bản gồm Ngoại trưởng X, Bộ trưởng Nông lâm thủy sản Y": a title listed for a
    side, with no owner of its own, is an office of that side; the list ends at a clause break."""
    for i, side in enumerate(mentions[:-1]):
        if side.actor.type not in ("COUNTRY", "ORGANIZATION") or side.kind == "descriptor":
            continue
        before = fold(text[max(0, side.start - 10) : side.start + 5])
        if not any(w in before.split() for w in lexicon.folded_markers("side_words")):
            continue
        opener = fold(text[side.end : mentions[i + 1].start]).strip(" :")
        if opener and opener not in lexicon.folded_markers("side_list_words"):
            continue
        end = min([side.end + m.start for m in lexicon.marker_index("side_list_ends").find(text[side.end :])], default=len(text))
        for m in mentions[i + 1 :]:
            if m.start >= end:
                break
            if m.entity.type == "PERSON" and m.kind == "title" and m.role_of is None and m.office and m.role:
                yield from offices(m.entity, side.actor, m.role, lexicon)
