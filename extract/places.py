"""Places named after the noun of their kind: "huyện Samba", "quận Rashidiyah",
"thủ đô Tokyo", "các huyện Samba, Kathua và Jammu", "sân bay quốc tế Ben Gurion".

`PlaceMentions` is one part of `MentionFinder` (see mentions.py). The name after
a place head (`place_heads` in names.yaml) is a LOCATION: one the dictionary
knows keeps its entity but stops standing for its country ("thủ đô Tokyo" is
the city, where "Tokyo cáo buộc" is Japan); one it lacks becomes a new place.
A list of names after one plural head are places each, as are the names the
dictionary lacks in a list closed by "và" that a known place opens ("ở Haifa,
Herzliya và Ashdod"). A facility head (`facility_heads`) names a place of its own
with the name after it: "nhà máy lọc dầu Haifa" is the refinery, not the city,
unless the dictionary names the place with such a head ("căn cứ Shayrat").
"""
from __future__ import annotations

import re
from typing import Callable

from .mention_reader import MentionReader
from .names import LIST_JOINT, is_acronym, is_capitalised, is_vietnamese_syllable, name_end
from .organizations import ORG_HEADS
from .phrases import PhraseIndex, PhraseMatch, fold
from .sentence import first_words, last_words
from .types import Mention

_GLUED_DOT = re.compile(r"\.\w")


class PlaceMentions(MentionReader):
    """Places introduced by a place head (a part of `MentionFinder`, whose `lex`, `ctx`,
    `entity_of` and `_new_entity` it uses)."""

    place_heads: PhraseIndex[str]
    facility_places: frozenset[str]
    plural_words: frozenset[str]

    def place_mentions(self, text: str, by_start: dict[int, PhraseMatch[str]], free: Callable[[int, int], bool]) -> list[Mention]:
        found: list[Mention] = []
        known = list(by_start.values())
        for head in self.place_heads.find(text):
            if any(d.start <= head.start < d.end for d in known) or not free(head.start, head.end):
                continue  # "vùng Vịnh", "Liên bang Nga": the dictionary knows the head with its name
            if self._inside_word(text, head):
                continue
            pos = self._skip(text, head.end)
            span_start = head.start
            while True:
                place = self._place_at(text, pos, by_start) or self._named_after_person(text, head, pos, by_start)
                if place is None or not free(span_start, place[1]):
                    break
                entity, end = place
                if head.value == "facility" and span_start == head.start and entity.id not in self.facility_places \
                        and fold(last_words(text, head.start, 1)) not in self.plural_words:
                    end = self._facility_name_end(text, pos, end, by_start)
                    entity = self._new_entity("place", text[span_start:end], "LOCATION")
                name = text[pos:end]
                found.append(Mention(span_start, end, text[span_start:end], entity, kind="name", name=name))
                joint = LIST_JOINT.match(text, end)
                if joint is None or joint.end() == end:
                    break
                pos = span_start = joint.end()
        return found

    def _named_after_person(self, text: str, head: PhraseMatch[str], pos: int, by_start) -> tuple | None:
        """ "sân bay quốc tế John F. Kennedy": a facility named after a person the dictionary knows (not
        "từ sân bay Benjamin Netanyahu đã đi thẳng ...": the person goes on as a subject)."""
        hit = by_start.get(pos)
        if head.value != "facility" or pos != self._skip(text, head.end) or hit is None \
                or self.entity_of(hit.value).type != "PERSON" or self._clause_goes_on(text, hit.end):
            return None
        return self._new_entity("place", text[head.start : hit.end], "LOCATION"), hit.end

    def _facility_name_end(self, text: str, pos: int, end: int, by_start: dict[int, PhraseMatch[str]]) -> int:
        """End of the name of a facility: its capitalised words, past a place the dictionary knows
        ("cảng London Gateway", "cảng Jebel Ali") up to another name it knows ("căn cứ Hmeymim Nga")."""
        end = max(end, name_end(text, pos, self.particles, self.stop_words, max_words=4))
        after = [s for s in by_start if pos < s < end]
        return len(text[: min(after)].rstrip()) if after else end

    def venue_mentions(self, text: str, by_start: dict[int, PhraseMatch[str]], free: Callable[[int, int], bool]) -> list[Mention]:
        """ "tại Pakse", "ở Walla Walla", "từ Kramatorsk": a name the dictionary lacks after a
        place preposition, in Latin letters or of two Vietnamese syllables at least ("tại Tứ
        Xuyên"), that no head makes an organisation, a thing or an office ("tại Hội thảo")."""
        found: list[Mention] = []
        known = list(by_start.values())
        for word in self.place_prepositions.find(text):
            if is_capitalised(word.text[:1]) and self._inside_name(text, word.start):
                continue  # "Kim Sang Duk": a syllable of a name
            pos = self._skip(text, word.end)
            if not is_capitalised(text[pos : pos + 1]) or not free(pos, pos + 1):
                continue
            if any(d.start <= pos < d.end for d in known):
                continue  # a name the dictionary knows ("xung đột ở Ukraine")
            first = text[pos : pos + 30].split(" ", 1)[0]
            headed = any(index.starting_at(text, pos) is not None for index in (ORG_HEADS, self.not_person_before))
            if len(first) < 2 or is_acronym(first) or headed:
                continue  # "tại ĐH Hankuk", "tại Hội thảo": no place name
            place = self._place_at(text, pos, by_start)
            if place is None or not free(pos, place[1]) or place[0].type != "LOCATION":
                continue
            entity, end = place
            found.append(Mention(pos, end, text[pos:end], entity, kind="name", name=text[pos:end]))
        return found

    def listed_places(self, text: str, mentions: list[Mention], by_start: dict[int, PhraseMatch[str]],
                      free: Callable[[int, int], bool]) -> list[Mention]:
        """ "không kích Tabriz, Kermanshah, Ahvaz và Mashhad": names the dictionary lacks that go on a list
        of places a place opens, when "và" closes the list; a list holding anything but places is none."""
        found: list[Mention] = []
        starts = {m.start: m for m in mentions}
        for opener in mentions:
            if opener.entity.type != "LOCATION" or any(opener.start < f.end for f in found) \
                    or self._inside_name(text, opener.start) or fold(last_words(text, opener.start, 1)) == "của":
                continue  # "Fly Dubai", "Joe Scarborough", "Emirates của Dubai và Etihad": the place is in a longer name
            listed: list[Mention] = []
            pos, closed = opener.end, False
            while not closed and (joint := LIST_JOINT.match(text, pos)) is not None and joint.end() > pos:
                closed = "và" in joint.group()
                known = starts.get(joint.end())
                if known is not None:
                    if known.entity.type != "LOCATION":
                        listed = []
                        break
                    pos = known.end
                    continue
                place = self._place_at(text, joint.end(), by_start) if free(joint.end(), joint.end() + 1) else None
                if place is None or not free(joint.end(), place[1]) or self._abbreviated(text, joint.end(), place[1]):
                    # "Hà Nội, Đà Nẵng và TP.Hồ Chí Minh", "... và HCM": a part of a name, an abbreviation
                    listed = []
                    break
                entity, pos = place
                name = text[joint.end() : pos]
                listed.append(Mention(joint.end(), pos, name, entity, kind="name", name=name))
            if closed and listed and not self._clause_goes_on(text, pos) and not self._fronted_venue(text, opener, listed):
                found.extend(listed)
        return found

    @staticmethod
    def _abbreviated(text: str, start: int, end: int) -> bool:
        """ "HCM", "TP.Đông Hà", "TP.Hồ Chí Minh": an abbreviation, or a name cut at one."""
        return is_acronym(text[start:end]) or "." in text[start:end] or _GLUED_DOT.match(text, end) is not None

    @staticmethod
    def _inside_name(text: str, start: int) -> bool:
        """Whether a capitalised word stands right before `start`."""
        previous = text[:start].split()[-1:]
        return bool(previous) and is_capitalised(previous[0][:1]) and previous[0][-1:].isalnum()

    def _clause_goes_on(self, text: str, pos: int) -> bool:
        """ "..., Smith và Jones đã gặp nhau": names before a verb are the clause's subjects, no places."""
        start = len(text) - len(text[pos:].lstrip())
        word = fold(first_words(text, start, 1))
        return word in self.speech_adverbs or self.speech_verbs.starting_at(text, start) is not None

    def _fronted_venue(self, text: str, opener: Mention, listed: list[Mention]) -> bool:
        """ "Tại Paris, Smith và Jones ...": the comma ends a fronted venue, and a subject follows it."""
        lead = text[: opener.start].strip()
        preposition = self.place_prepositions.starting_at(lead, 0) if lead else None
        return preposition is not None and preposition.end == len(lead) and text[opener.end : listed[0].start].strip() == ","

    def _place_at(self, text: str, pos: int, by_start) -> tuple | None:
        """The place named at `pos`: one the dictionary knows, or a new one."""
        hit = by_start.get(pos)
        if hit is not None:
            entity = self.entity_of(hit.value)
            return (entity, hit.end) if entity.type == "LOCATION" else None
        if not is_capitalised(text[pos : pos + 1]):
            return None
        end = name_end(text, pos, self.particles, self.stop_words, max_words=4)
        for other in sorted(s for s in by_start if pos < s < end):
            if self.entity_of(by_start[other].value).type != "COUNTRY":  # "Tây Nam Syria" is one name
                end = len(text[:other].rstrip())
                break
        surface = text[pos:end].rstrip(".,")
        words = surface.split()
        for i, word in enumerate(words[1:], 1):
            if fold(word) in self.given_names:  # "bang Utah Orrin Hatch": a person after the place
                words = words[:i]
                break
        surface = " ".join(words)
        if not surface or self.lex.titles.find(surface) or self.lex.honorifics.find(surface):
            return None
        if fold(words[0]) in self.stop_words or sum(w.isupper() for w in words) > 1:
            return None
        if all(is_vietnamese_syllable(w) for w in words):
            # "căn cứ Hải quân", "khu vực Tây Nam nước Mỹ": a common noun or a direction
            if len(words) < 2 or fold(words[0]) in self.directions:
                return None
        return self._new_entity("place", surface, "LOCATION"), pos + len(surface)

    def _inside_word(self, text: str, head: PhraseMatch[str]) -> bool:
        """ "liên bang", "Thông tấn xã": the head ends a longer word."""
        previous = text[max(0, head.start - 20) : head.start].split()[-1:]
        return bool(previous) and fold(f"{previous[0]} {head.text}") in self.place_compounds
