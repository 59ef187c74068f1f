"""Foreign names with no title or honorific before them: "Pavel Durov, nhà sáng lập
...", "Elga Reyes cho biết", "dẫn lời Sam Rainsy- chủ tịch đảng ...".

`BareNameMentions` is one part of `MentionFinder` (see mentions.py). A run of
capitalised words in plain Latin letters that the dictionary lacks is a person
only with evidence of one: its first word is a given name of a person the
dictionary knows, or the text around it introduces a person (an apposition
after a comma or a dash, a speech verb right after it, "dẫn lời" before it).
A run after a place word ("tại", "thành phố") or the noun of a thing ("tàu", "báo",
"công ty") is no person.
"""
from __future__ import annotations

import re
from typing import Callable

from .honorifics import FAMILY_FIRST_COUNTRIES
from .lexicon import VIETNAM
from .mention_reader import MentionReader
from .names import WORD, glued_particle, is_acronym, is_vietnamese_syllable, looks_vietnamese
from .organizations import ENGLISH_ORG_HEADS
from .phrases import fold
from .types import Mention

# A capitalised word in Latin letters with another capitalised word (or a particle) after it.
_CAPITAL = re.compile(r"(?<![\w'’.\-])[A-Z][\w'’.\-]*(?=[ -]+(?:[a-z]{1,4}[ -]+)?[A-Z])")
_APPOSITION_MARK = re.compile(r"\s*(?:,|\s[-–]|[-–])\s*")
_FAMILY_FIRST = FAMILY_FIRST_COUNTRIES | {VIETNAM}
_KOREAN_FAMILY = re.compile(r"[A-Z][a-z]{1,4}")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
NATIONALITY_NOUN_WORDS = 6  # "ngôi sao bóng rổ nhà nghề (Mỹ)"
TITLE_BEFORE_VERB = 50  # characters: "Đại sứ Mỹ tại Liên hợp quốc (hiện) là"


def given_names(lexicon) -> frozenset[str]:
    """First words of the dictionary's personal names ("Pavel" of "Pavel Felgenhauer"),
    where the name puts its given name first and the word can only be a name."""
    found = set()
    for actor in lexicon.actors.values():
        words = actor.entity.label.split()
        if actor.entity.type != "PERSON" or len(words) < 2 or not words[0].isalpha() or len(words[0]) < 3:
            continue
        if actor.country in _FAMILY_FIRST or any(r.of in _FAMILY_FIRST for r in actor.roles):
            continue
        first = words[0]
        if looks_vietnamese(first) or is_vietnamese_syllable(first) or first in lexicon.names:
            continue
        found.add(fold(first))
    common = {w for w in lexicon.name_shapes.get("common_given_names", frozenset())
              if not is_vietnamese_syllable(w) and w not in lexicon.names}
    return frozenset((found | common) - lexicon.name_shapes.get("not_given_names", frozenset()))


def _korean_name(words: list[str]) -> bool:
    """ "Song Young-gil", "Moon Hee-sang": a one-syllable family name and a hyphenated given name."""
    return len(words) == 2 and _KOREAN_FAMILY.fullmatch(words[0]) is not None and _KOREAN_GIVEN.fullmatch(words[1]) is not None


def _toned_syllable(word: str) -> bool:
    """ "Báo", "Là": a Vietnamese syllable with its tone mark, no word of a foreign name."""
    return not word.isascii() and is_vietnamese_syllable(word)


class BareNameMentions(MentionReader):
    """Persons named without a title (a part of `MentionFinder`, whose `lex`, `ctx`,
    `_new_entity` and name shapes it uses)."""

    def bare_name_mentions(self, text: str, by_start, free: Callable[[int, int], bool]) -> list[Mention]:
        """Persons named by a bare foreign name the dictionary and the article do not know."""
        starts = set(by_start)
        found: list[Mention] = []
        family_first = {m.start() for m in self.family_name_starts.finditer(text)}
        for start in sorted({m.start() for m in _CAPITAL.finditer(text)} | family_first):
            if start in starts or not free(start, start + 1) or (found and start < found[-1].end):
                continue
            named = self._person_at(text, start, by_start)
            if named is None or not free(start, named[1]):
                continue
            person, end = named
            surface = text[start:end]
            if person.id in self.ctx.new_entities and person.label == surface:  # a name the article had not used
                words = surface.split()
                if self._after_place_word(text, start):
                    continue
                shaped = self._vietnamese_full_name(words) and not self._inside_capitalised_run(text, start) \
                    or _korean_name(words)
                if not shaped and (len(words) < 2 or not self._foreign_name(words) or not (
                        fold(words[0]) in self.given_names or self._introduced_as_person(text, start, end))):
                    continue
                self.ctx.learn_person(person, surface, None, None)
            elif self._after_place_word(text, start):
                continue
            found.append(Mention(start, end, surface, person, name=surface))
        return found

    def _inside_capitalised_run(self, text: str, start: int) -> bool:
        """ "Thành Đoàn Nguyễn Văn Hiếu", "Hàn Quốc Tăng Cường Hợp Tác": a capitalised word right
        before, other than a clause word ("Theo Nguyễn Văn A"), or a house number makes the family name
        no name's start."""
        before = text[:start]
        previous = before.split()[-1:] if before.endswith(" ") else []
        if previous and previous[0].isdigit():
            return True  # "số 47 Nguyễn Công Trứ": an address
        return bool(previous) and previous[0][:1].isupper() and previous[0][-1].isalnum() \
            and fold(previous[0]) not in self.clause_words

    def _vietnamese_full_name(self, words: list[str]) -> bool:
        """A family name and two or three more Vietnamese syllables, each capitalised: "Nguyễn Văn
        Hiếu" is a person wherever it stands ("Lê Lợi", two syllables, may be a street)."""
        return len(words) >= 3 and fold(words[0]) in self.family_names \
            and all(is_vietnamese_syllable(w) and w[:1].isupper() for w in words)

    def _foreign_name(self, words: list[str]) -> bool:
        """Plain Latin letters, no acronym, not a title or a clause word, and not all
        Vietnamese syllables written without their marks ("Minh Thu")."""
        if any(looks_vietnamese(w) or is_acronym(w) or fold(w) in self.stop_words or _toned_syllable(w)
               or any(c.isdigit() for c in w) for w in words):  # "Mercedes-Benz S600": a model, no person
            return False
        if fold(words[-1]) in ENGLISH_ORG_HEADS:
            return False  # "Mail.Ru Group": an organisation
        if self.lex.titles.find(words[0]) or self.lex.honorifics.find(words[0]):
            return False
        return not all(is_vietnamese_syllable(w) or glued_particle(w, self.particles) for w in words)

    def _introduced_as_person(self, text: str, start: int, end: int) -> bool:
        """An apposition after the name (", một nhân viên", "- chủ tịch"), a speech
        verb right after it, a word that quotes a person before it ("dẫn lời") or a nationality."""
        after = text[end:]
        mark = _APPOSITION_MARK.match(after)
        if mark:
            rest = after[mark.end() : mark.end() + 60]
            opener = WORD.match(rest)
            if opener and fold(opener.group()) in self.apposition_openers:
                return True
            if any(h.start == 0 for h in self.lex.titles.find(rest)) or any(h.start == 0 for h in self.lex.honorifics.find(rest)):
                return True
        if any(v.start == 0 for v in self.speech_verbs.find(after.lstrip()[:20])) and after[:1] == " ":
            return True
        before = fold(text[max(0, start - 20) : start]).rstrip()
        return any(m.end == len(before) for m in self.quote_openers.find(before)) or self._after_nationality(text, start) \
            or self._holds_title_before(text, start)

    def _holds_title_before(self, text: str, start: int) -> bool:
        """ "CEO Uber là Travis Kalanick", "Đại sứ Mỹ tại Nga hiện là John Tefft": a title, its owner and an
        office verb ("là") right before the name, within its clause."""
        verb = self.lex.marker_index("office_verbs").ending_before(text, len(text[:start].rstrip()))
        if verb is None:
            return False
        lead = text[max(0, verb.start - TITLE_BEFORE_VERB) : verb.start]
        lead = lead[max(lead.rfind(","), lead.rfind("."), lead.rfind(";")) + 1 :]
        return any(self.lex.titles.find(lead))

    def _after_nationality(self, text: str, start: int) -> bool:
        """ "sinh viên Mỹ Otto Warmbier", "ngôi sao bóng rổ nhà nghề Mỹ Dennis Rodman": a noun of a person
        (names.yaml person_nouns, among the few words before) and a country right before the name, the
        person's nationality; not "tàu sân bay Mỹ Carl Vinson", "báo Triều Tiên Rodong Sinmun"."""
        before = text[max(0, start - 40) : start].rstrip()
        country = next((m for m in self.lex.names.find(before) if m.end == len(before)
                        and self.entity_of(m.value).type == "COUNTRY"), None)
        if country is None:
            return False
        lead = " " + " ".join(fold(before[: country.start]).split()[-NATIONALITY_NOUN_WORDS:]) + " "
        return any(f" {noun} " in lead for noun in self.person_nouns)

    def _after_place_word(self, text: str, start: int) -> bool:
        """ "tại San Antonio", "thành phố Walla Walla", "tàu USS Carl Vinson", "báo Daily Beast", also
        past an acronym that is such a noun ("UAV Shahed"): a place or a thing, not a person."""
        for at in dict.fromkeys((start, self._past_acronyms(text, start))):
            before = text[max(0, at - 30) : at].rstrip()
            if any(m.end == len(before) for m in self.not_person_before.find(before)):
                return True
        return False
