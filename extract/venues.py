"""Visits said by a venue: "Tại Kuwait, ông Cavusoglu nhận định ..." and "ông Trump tham dự hội nghị
G20 tại Hamburg" place a person in a country that is not his own, as "ông Cavusoglu thăm Kuwait" would.

    "Tại Kuwait, Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu nói ..."   Cavusoglu visited Kuwait
    "Tổng thống Trump tham dự hội nghị G20 tại Hamburg, Đức."       Trump visited Hamburg
    "Tại Moskva, ông Putin tuyên bố ..."                              nothing: his own country
    "Tại Kuwait, ông X nói ..."                                       nothing: X's country unknown
"""
from __future__ import annotations

import re
from typing import Iterator

from .grammar import SUBJECT_LEAD_WORDS, Grammar
from .lexicon import Lexicon
from .sentence import Cue, RawRelation, Sentence, word_count
from .types import Entity, Mention

_FRONTED_VENUE = re.compile(r"\s*(?:Tại|Ở)\s+")
ATTENDANCE_WORDS = 12  # "tham dự Hội nghị thường niên Diễn đàn Kinh tế thế giới tại Thiên Tân"


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
    home = home_countries(person, grammar.lex)
    if home and country.id not in home:
        yield RawRelation(person.entity, "visited", place.entity)


def attendance_visits(sentence: Sentence, grammar: Grammar) -> Iterator[RawRelation]:
    """The visit of a person who attends an event ("tham dự", markers.yaml attendance_verbs) held at a
    place after "tại/ở" (a venue) within ATTENDANCE_WORDS, when the place is in another country."""
    text = sentence.text
    for verb in grammar.markers["attendance_verbs"].find(text):
        before = [m for m in sentence.before(verb.start) if m.actor.type != "LOCATION"]
        person = before[-1] if before else None
        if person is None or person.entity.type != "PERSON" or word_count(text, person.end, verb.start) > 2:
            continue  # "Tổng thống Trump (đã) tham dự ..."
        place = next((m for m in sentence.after(verb.end) if grammar.is_venue(sentence, m)), None)
        if place is None or word_count(text, verb.end, place.start) > ATTENDANCE_WORDS:
            continue
        named_in = grammar.place_in_country(sentence, place)  # "tại Rio de Janeiro, Brazil": a city the dictionary lacks
        country = named_in.entity if named_in is not None else _country_of(place, grammar.lex)
        home = home_countries(person, grammar.lex)
        modality = grammar.modality(sentence, person.start, Cue(verb.start, verb.end, verb.text, "visited"))
        if country is not None and home and country.id not in home and modality is not None:
            yield RawRelation(person.entity, "visited", place.entity, modality)  # "sẽ tham dự": planned


def _country_of(place: Mention, lexicon: Lexicon) -> Entity | None:
    """The country a venue is, or lies in ("Hamburg": Germany)."""
    if place.actor.type == "COUNTRY":
        return place.actor
    return lexicon.home_country(place.entity.id)


def home_countries(person: Mention, lexicon: Lexicon) -> set[str]:
    """The countries a person serves: the one the mention names, else those of the dictionary's roles.

    >>> from extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> sorted(home_countries(Mention(0, 5, "Putin", lex.entity("person:vladimir_putin")), lex))
    ['country:RU']
    """
    if person.role_of is not None and person.role_of.type == "COUNTRY":
        return {person.role_of.id}
    actor = lexicon.actors.get(person.entity.id)
    return {r.of for r in actor.roles if r.of.startswith("country:")} if actor is not None else set()
