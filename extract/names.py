"""The shape of a name in running text: capitalised runs, acronyms, slugs.

Plain functions over the raw sentence text, shared by the mention readers.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ingest.normalize import fold_diacritics

from .phrases import fold

WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d+", re.UNICODE)
LIST_JOINT = re.compile(r"\s*(?:,|và)\s*")  # between the items of a list: ", " or " và "

def slug(text: str) -> str:
    """ASCII slug of a name, for the stable id of an entity the dictionary lacks.

    >>> slug("Fikri Işık")
    'fikri_isik'
    """
    return re.sub(r"[^a-z0-9]+", "_", fold_diacritics(text).lower()).strip("_")


_ROMAN = re.compile(r"^[IVX]+$")


def is_acronym(word: str) -> bool:
    """ "DUP", "IATA": capitals only, not an initial ("S.") or a regnal number ("VI")."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and not _ROMAN.match(word)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def name_end(text: str, start: int, particles: frozenset[str] = frozenset(),
             stop_words: frozenset[str] = frozenset(), max_words: int = 5) -> int:
    """End offset of a run of capitalised words (a personal name) at `start`, or `start`.

    >>> s = "Fikri Isik cho biết"
    >>> s[:name_end(s, 0)]
    'Fikri Isik'
    >>> s = "Ursula von der Leyen nói"
    >>> s[:name_end(s, 0, particles=frozenset({"von", "der"}))]
    'Ursula von der Leyen'
    >>> s = "Mike Rogers Là cựu nhân viên FBI"
    >>> s[:name_end(s, 0)]
    'Mike Rogers'
    >>> s = "Bashar al-Assad nói"
    >>> s[:name_end(s, 0, particles=frozenset({"al"}))]
    'Bashar al-Assad'
    """
    end = start
    pos = start
    words = 0
    foreign = False
    while words < max_words:
        m = WORD.match(text, pos)
        if not m:
            break
        word = m.group().rstrip("-")  # "Sam Rainsy- chủ tịch": the dash opens an apposition
        bare = word.rstrip(".")
        if len(word) > len(bare) and len(bare) > 1:  # a sentence-final period, not an initial
            word = bare
        token_end = m.start() + len(word)
        if foreign and not word.isascii() and is_vietnamese_syllable(word):
            break  # "Mike Rogers Là ...": a Vietnamese word after a foreign name ends it
        if (is_capitalised(word) and fold(word) not in stop_words) or glued_particle(word, particles):
            end = token_end
            words += 1
            foreign = foreign or not is_vietnamese_syllable(word)
        elif word.lower() in particles and words:
            pass
        else:
            break
        if m.end() < len(text) and text[m.end()] == " ":
            pos = m.end() + 1  # past a dash too: "Deir al- Zor"
        else:
            break
    return end


def name_tail_end(text: str, end: int, tail_particles: frozenset[str], particles: frozenset[str] = frozenset(),
                  stop_words: frozenset[str] = frozenset()) -> int:
    """End of the rest of a name that runs on after a particle right after `end`, or `end`.

    >>> tail = frozenset({"bin", "al"})
    >>> s = "Mohammed bin Abdulrahman bin Jassim Al Thani cho biết"
    >>> s[:name_tail_end(s, 24, tail, tail)]
    'Mohammed bin Abdulrahman bin Jassim Al Thani'
    >>> s = "Mohamed bin Zayed al-Nahyan nói"
    >>> s[:name_tail_end(s, 17, tail, tail)]
    'Mohamed bin Zayed al-Nahyan'
    >>> s = "Abdullah bin Zayed và ông Lavrov"
    >>> s[:name_tail_end(s, 18, tail, tail)]
    'Abdullah bin Zayed'
    """
    m = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None:
        return end
    word = m.group()
    head, dash, _ = word.partition("-")
    if head.lower() not in tail_particles:
        return end
    if not dash and not is_capitalised(word):  # "bin Jassim": the particle on its own
        after = m.end() + 1
        if text[m.end() : after] != " ":
            return end
        tail = name_end(text, after, particles, stop_words)
        return tail if tail > after else end
    tail = name_end(text, m.start(), particles, stop_words)  # "al-Nahyan", "Al Thani"
    return tail if tail > m.end() or dash else end


def glued_particle(word: str, particles: frozenset[str]) -> bool:
    """ "al-Assad", "el-Sisi", "bin-Laden": a particle glued to a capitalised name.

    >>> glued_particle("al-Assad", frozenset({"al"})), glued_particle("al-qaeda", frozenset({"al"}))
    (True, False)
    """
    head, dash, rest = word.partition("-")
    return bool(dash) and head.lower() in particles and is_capitalised(rest)


# Marks only Vietnamese spelling uses: breve, circumflex, horn, hook above, dot below (and đ).
_VIETNAMESE_MARKS = re.compile("[\u0306\u0302\u031b\u0309\u0323đĐ]")


def looks_vietnamese(word: str) -> bool:
    """Whether a word carries marks only Vietnamese spelling uses.

    >>> looks_vietnamese("Tổng"), looks_vietnamese("Nadal"), looks_vietnamese("José")
    (True, False, False)
    """
    return bool(_VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", word)))


# A Vietnamese syllable: initial consonant, vowel nucleus, final consonant, in that order.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word can be one Vietnamese syllable ("Giám", "An", "Tình"), which a
    foreign name ("Hudson", "Snowden") cannot.

    >>> [is_vietnamese_syllable(w) for w in ("Giám", "An", "Nguyễn", "Hudson", "Snowden", "Pavel")]
    [True, True, True, False, False, False]
    """
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES))
    return bool(_SYLLABLE.fullmatch(bare))


def transliterated(word: str) -> bool:
    """A foreign name written syllable by syllable, joined by hyphens ("Xi-xu-lít"):
    a capital only at its start, which no Vietnamese word and no pair ("Việt-Lào") has.

    >>> [transliterated(w) for w in ("Xi-xu-lít", "Ma-hả-lạt", "Việt-Lào", "Nguyễn")]
    [True, True, False, False]
    """
    parts = word.split("-")
    return len(parts) >= 2 and is_capitalised(parts[0]) and all(p and p.islower() for p in parts[1:])
