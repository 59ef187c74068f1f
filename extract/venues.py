"""Visits said by a fronted venue: "Tại Kuwait, ông Cavusoglu nhận định ..." places a person
in a country that is not his own, as "ông Cavusoglu thăm Kuwait" would.

    "Tại Kuwait, Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu nói ..."   Cavusoglu visited Kuwait
    "Tại Moskva, ông Putin tuyên bố ..."                              nothing: his own country
    "Tại Kuwait, ông X nói ..."                                       nothing: X's country unknown
"""
from __future__ import annotations

import re
from typing import Iterator

from .grammar import SUBJECT_LEAD_WORDS, Grammar
from .lexicon import Lexicon
from .sentence import RawRelation, Sentence, word_count
from .types import Mention

_FRONTED_VENUE = re.compile(r"\s*(?:Tại|Ở)\s+")


def venue_visits(sentence: Sentence, grammar: Grammar) -> Iterator[RawRelation]:
    """The visit of the person who opens the clause after a fronted "Tại/Ở <place>," to that place,
    when the person's own country is known and is another."""
    text = sentence.text
    opener = _FRONTED_VENUE.match(text)
    place = next((m for m in sentence.mentions if opener and m.start == opener.end()), None)
    if place is None or not text[place.end :].lstrip().startswith(","):
        return
    country = grammar.object_entity(place)  # a capital is its country
    comma = text.index(",", place.end)
    person = next((m for m in sentence.mentions if m.start > comma), None)
    if country.type != "COUNTRY" or person is None or person.entity.type != "PERSON" \
            or word_count(text, comma + 1, person.start) > SUBJECT_LEAD_WORDS:
        return
    home = _home_countries(person, grammar.lex)
    if home and country.id not in home:
        yield RawRelation(person.entity, "visited", place.entity)


def _home_countries(person: Mention, lexicon: Lexicon) -> set[str]:
    """The countries a person serves: the one the mention names, else those of the dictionary's roles."""
    if person.role_of is not None and person.role_of.type == "COUNTRY":
        return {person.role_of.id}
    actor = lexicon.actors.get(person.entity.id)
    return {r.of for r in actor.roles if r.of.startswith("country:")} if actor is not None else set()
