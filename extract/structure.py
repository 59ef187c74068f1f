"""Structure edges: who holds which office, who belongs to what.

    "Ngoại trưởng Nga Sergey Lavrov"                    Lavrov official_of Russia (Foreign Minister)
    "X, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ"                X official_of Turkey
    "Bà Olga Petrova, Giám đốc của Viện ..."             Petrova official_of the institute
    "Ông Peter Lindqvist, Hội đồng Chính sách ..."       Lindqvist member_of the council
"""
from __future__ import annotations

from typing import Iterator

from .lexicon import Lexicon
from .sentence import RawRelation, Sentence, word_count, words_end

APPOSITION_GAP = 8  # words between an apposed title and its owner
TITLE_WORDS = 8  # an apposed title starts within this many words after the comma


def structure_relations(sentence: Sentence, lexicon: Lexicon) -> Iterator[RawRelation]:
    """official_of from titles and appositions, member_of from apposed bodies."""
    text, mentions = sentence.text, sentence.mentions
    for i, m in enumerate(mentions):
        if m.entity.type == "PERSON" and m.role_of is not None and m.kind in ("title", "honorific") and m.office:
            yield RawRelation(m.entity, "official_of", m.role_of, role=m.role)
        if m.entity.type != "PERSON" or m.kind in ("descriptor", "pronoun") or i + 1 >= len(mentions):
            continue
        if not text[m.end : m.end + 2].startswith(","):
            continue
        # "X, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ": the next mention is the title of X.
        n = mentions[i + 1]
        if n.kind == "descriptor" and n.role_of is not None and n.start <= m.end + 2:
            yield RawRelation(m.entity, "official_of", n.role_of, role=n.role)
            continue
        if n.entity.type == "ORGANIZATION" and not text[m.end + 1 : n.start].strip() and n.acts_for is None:
            # "Ông Stephen Sestanovich, Hội đồng Chính sách Đối ngoại Mỹ, nói": he is of that body.
            yield RawRelation(m.entity, "member_of", n.entity)
            continue
        title = next(iter(lexicon.titles.find(text[m.end + 1 : words_end(text, m.end + 1, TITLE_WORDS)])), None)
        if title is None or text[m.end + 1 : m.end + 1 + title.start].strip():
            continue
        gap_start = m.end + 1 + title.end
        gap = text[gap_start : n.start]
        if n.entity.type in ("ORGANIZATION", "COUNTRY") and word_count(text, gap_start, n.start) <= APPOSITION_GAP \
                and not any(c in gap for c in ",.;"):
            yield RawRelation(m.entity, "official_of", n.actor, role=title.value.role_for(n.actor.id))
