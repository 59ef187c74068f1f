"""Where a clause's actors stand: a venue ("tại Doha"), a place named with its country
("Hamburg, Đức"), a city gone to. A part of `Grammar`, which supplies `lex` and `markers`.
"""
from __future__ import annotations

from .lexicon import VIETNAM, Lexicon
from .names import is_capitalised
from .phrases import fold
from .sentence import Markers, Sentence, first_words
from .types import Mention


class PlaceRules:
    """The place rules of `Grammar` (see the module docstring)."""

    lex: Lexicon
    markers: Markers

    def city_attended(self, text: str, place: Mention) -> bool:
        """Whether a city gone to is visited: a capital named as one ("đến thủ đô Riyadh"), or where an event is
        attended ("đến The Hague (để) tham dự hội nghị": markers.yaml attendance_verbs, or "dự"); not a city of
        Vietnam, where the press's own leaders travel at home."""
        at = len(text) - len(text[place.end :].lstrip(" ,"))
        at = len(text) - len(text[at + 3 :].lstrip()) if fold(text[at : at + 3]) == "để " else at
        actor = self.lex.actor(place.entity.id)
        at_home = actor is not None and actor.country == VIETNAM  # "Thủ tướng tới Đà Nẵng dự hội nghị": no visit
        capital = actor is not None and bool(actor.metonym_for) and fold(place.text).startswith("thủ đô ")
        return place.entity.type == "LOCATION" and not at_home and (capital
            or self.markers.starts_with(text, at, "attendance_verbs") is not None or fold(text[at : at + 3]) == "dự ")

    def places_in_countries(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """The mentions with each place named with its country ("Hamburg, Đức") made one mention of the country."""
        found: list[Mention] = []
        for m in mentions:
            if found and found[-1].start <= m.start < found[-1].end:
                continue
            found.append(self.place_in_country(sentence, m) or m)
        return found

    def place_in_country(self, sentence: Sentence, place: Mention) -> Mention | None:
        """ "Hamburg, Đức", "thành phố Hamburg của Đức": a place and the country named right after it,
        as one mention of the country; None for anything else."""
        if place.entity.type != "LOCATION" or place.acts_for is not None:
            return None
        country = next((m for m in sentence.mentions if m.start >= place.end), None)
        if country is None or country.entity.type != "COUNTRY" or sentence.gap(place.end, country.start) not in (",", "của"):
            return None
        return Mention(place.start, country.end, sentence.text[place.start : country.end], country.entity, kind=country.kind,
                       name=country.name)

    def is_venue(self, sentence: Sentence, mention: Mention) -> bool:
        """Where something happens, not who takes part:

        "tại Doha"; the "Qatar" of "tại Doha, Qatar" and the "OSCE" of "tại Hội nghị
        OSCE (OSCE)"; "bên lề Hội nghị Thượng đỉnh G20"; "tại thủ đô Tokyo".
        """
        if mention.entity.type == "PERSON":
            return False  # "lãnh đạo phe đa số tại Thượng viện Mỹ Mitch McConnell": a title's venue, not his
        text = sentence.text
        position = mention.start
        while True:
            if self.markers.ends_with(text, position, "venue") is not None:
                return True
            noun = self.markers.ends_with(text, position, "venue_nouns")
            if noun is not None:  # "tại [thủ đô] Tokyo", "bên lề [Hội nghị Thượng đỉnh] G20"
                position = noun.start
                continue
            before = [m for m in sentence.before(position) if m.start < position]
            named_before = bool(before) and not text[before[-1].end : position].strip(" ,")
            if mention.kind == "name" and mention.entity.type in ("LOCATION", "COUNTRY") and not named_before \
                    and self._after_unknown_place(text, position):
                return True  # "tại thành phố Hamburg, Đức": the country of a place the dictionary lacks
            if not before:
                return False
            between = text[before[-1].end : position].strip()
            # "tại Doha, Qatar" (a place after a place), "tại Hội nghị ASEAN (ASEAN)", "bên lề Hội nghị APEC Đà Nẵng"
            if between == "," and (mention.entity.type not in ("LOCATION", "COUNTRY") or mention.kind != "name"):
                return False  # "Phát biểu tại Tokyo, ông Abe ...", "ở Nhà Trắng, tổng thống Mỹ": the speaker, not a place
            if between == "," and mention.entity.type == "COUNTRY":  # "Tại Brussels, Nga ...": no place in Russia
                opener = self.markers.ends_with(text, before[-1].start, "venue")
                if opener is not None and not text[: opener.start].strip() and fold(first_words(text, mention.end, 1)) == "và":
                    return False  # "Tại Tehran, Iran và Syria đã ký ...": a pair after a fronted venue is the subject
                place = self.lex.actors.get(before[-1].entity.id)
                if place is not None and place.country not in (None, "", mention.entity.id):
                    return False
                if before[-1].entity.type != "LOCATION":
                    return False  # "bỏ phiếu tại HĐBA LHQ, Mỹ đã ...": a body is no place the country holds
            return between in (",", "(", "") and self.is_venue(sentence, before[-1])

    def _after_unknown_place(self, text: str, position: int) -> bool:
        """Whether a comma right before `position` ends a venue whose place is a capitalised name
        no mention covers: "tại (thành phố) Hamburg, ", "ở bang Bavaria, "."""
        lead = text[:position].rstrip()
        if not lead.endswith(","):
            return False
        words = lead[:-1].split()
        names = 0
        while names < min(3, len(words)) and is_capitalised(words[-1 - names]):
            names += 1
        if names == 0:
            return False
        head = words[: len(words) - names]
        for lower in range(min(3, len(head) + 1)):  # "tại (thành phố) Hamburg": a place noun of two words at most
            before_noun = " ".join(head[: len(head) - lower])
            if before_noun and self.markers.ends_with(before_noun, len(before_noun), "venue") is not None:
                return all(w.islower() for w in head[len(head) - lower :])
        return False
