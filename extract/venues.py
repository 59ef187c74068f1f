"""Visits said by a fronted venue: "Tại Kuwait, ông Cavusoglu nhận định ..." places a person
in a country that is not his own, as "ông Cavusoglu thăm Kuwait" would.

    "Tại Kuwait, Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu nói ..."   Cavusoglu visited Kuwait
    "Tại Moskva, ông Putin tuyên bố ..."                              nothing: his own country
    "Tại Kuwait, ông X nói ..."                                       nothing: X's country unknown
"""
from __future__ import annotations

import re
from typing import Iterator

from .lexicon import Lexicon
from .sentence import RawRelation, Sentence, word_count
from .types import Entity, Mention

_FRONTED_VENUE = re.compile(r"\s*(?:Tại|Ở)\s+")
SUBJECT_LEAD_WORDS = 3  # ", (hôm qua) ông Cavusoglu"


def venue_visits(sentence: Sentence, lexicon: Lexicon) -> Iterator[RawRelation]:
    """The visit of the person who opens the clause after a fronted "Tại/Ở <place>," to that place,
    when the person's own country is known and is another."""
    text = sentence.text
    opener = _FRONTED_VENUE.match(text)
    place = next((m for m in sentence.mentions if opener and m.start == opener.end()), None)
    if place is None or not text[place.end :].lstrip().startswith(","):
        return
    country = _country_of_place(place)
    comma = text.index(",", place.end)
    person = next((m for m in sentence.mentions if m.start > comma), None)
    if country is None or person is None or person.entity.type != "PERSON" \
            or word_count(text, comma + 1, person.start) > SUBJECT_LEAD_WORDS:
        return
    home = _home_countries(person, lexicon)
    if home and country.id not in home:
        yield RawRelation(person.entity, "visited", place.entity)


def _country_of_place(place: Mention) -> Entity | None:
    """The country a place mention names: itself, or the country a capital stands for."""
    if place.entity.type == "COUNTRY":
        return place.entity
    if place.entity.type == "LOCATION" and place.acts_for is not None and place.acts_for.type == "COUNTRY":
        return place.acts_for
    return None


def _home_countries(person: Mention, lexicon: Lexicon) -> set[str]:
    """The countries a person serves: the one the mention names, else those of the dictionary's roles."""
    if person.role_of is not None and person.role_of.type == "COUNTRY":
        return {person.role_of.id}
    actor = lexicon.actors.get(person.entity.id)
    return {r.of for r in actor.roles if r.of.startswith("country:")} if actor is not None else set()
