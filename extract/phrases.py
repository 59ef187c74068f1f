"""Whole-word phrase matching over raw text with one compiled automaton.

The gazetteer, the titles and the verb cues are all phrase lists matched on the
normalised sentence text, not on tokens: underthesea segments a name differently
in different contexts, so token patterns miss it. Matching is case-insensitive,
except that a phrase written with a capital first letter ("Nga", "Anh") only
matches a capitalised word, so "nga" and "anh" in running text are left alone.
"""
from __future__ import annotations

from typing import Callable, Generic, Iterable, Iterator, NamedTuple, TypeVar

import ahocorasick

V = TypeVar("V")


def fold(text: str) -> str:
    """Lower-case `text` without changing its length, so offsets stay valid.

    Each character is lower-cased on its own; one whose lower case is longer
    ("İ") is kept as it is.

    >>> fold("Liên Bang NGA İstanbul ΟΔΟΣ")
    'liên bang nga İstanbul οδοσ'
    """
    if isinstance(text, str):
        low = _FOLDED.get(text)
        if low is not None:
            return low
        low = text.lower()
        # Fast path: same length means every character mapped to one character, and
        # str.lower() is per character except for the final-sigma rule of U+03A3.
        if len(low) != len(text) or "\u03a3" in text:
            low = _fold_chars(text)
        if len(_FOLDED) >= _FOLDED_SIZE:
            _FOLDED.clear()
        _FOLDED[text] = low
        return low
    return _fold_chars(text)


def word_at(text: str, at: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` (folded) that `text` opens with at `at`, followed by a space.

    >>> word_at("bang Utah", 0, ("tiểu bang", "bang"))
    'bang'
    """
    return next((w for w in words if fold(text[at : at + len(w) + 1]) == w + " "), None)


def _fold_chars(text) -> str:
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


# Each sentence is folded by every index that reads it: remember the last few thousand.
_FOLDED: dict[str, str] = {}
_FOLDED_SIZE = 4096


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


class PhraseMatch(NamedTuple, Generic[V]):
    """One match: text[start:end] is the phrase, `value` what it was stored with.

    A named tuple rather than a dataclass: matches are made by the hundred thousand.
    """

    start: int
    end: int
    text: str
    value: V


def _capitals(phrase: str) -> tuple[int, ...]:
    """Where a phrase needs a capital letter in the text: at its start when written with one, and at
    each word of a two-word name written with two ("Tuổi Trẻ", the paper, is not "Tuổi trẻ", youth,
    opening a sentence).

    >>> _capitals("Nga"), _capitals("Tuổi Trẻ"), _capitals("Bộ Ngoại giao"), _capitals("gặp")
    ((0,), (0, 5), (0,), ())
    """
    if not phrase[0].isupper():
        return ()
    words = phrase.split(" ")
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        return (0, len(words[0]) + 1)
    return (0,)


class PhraseIndex(Generic[V]):
    """A set of phrases, each with a value, matched whole-word in a text.

    >>> index = PhraseIndex([("Nga", "RU"), ("Liên bang Nga", "RU"), ("gặp", "met")])
    >>> [(m.text, m.value) for m in index.find("Liên Bang Nga gặp nga")]
    [('Liên Bang Nga', 'RU'), ('gặp', 'met')]

    A phrase that starts or ends with punctuation needs no space there:
    >>> [m.text for m in PhraseIndex([(",", ","), ("Nga", "RU")]).find("Nga, Nganh")]
    ['Nga', ',']
    """

    _CACHE_SIZE = 512  # texts remembered per index: an article's sentences, read in two passes

    def __init__(self, phrases: Iterable[tuple[str, V]] = ()):
        self._automaton = ahocorasick.Automaton()
        self._size = 0
        # text -> (matches by end offset, the same by start and longest first). The
        # extractor asks each index about each sentence more than once (half of
        # all calls on world-2017), so the answers are kept until the index changes.
        self._cache: dict[str, tuple[tuple[PhraseMatch[V], ...], tuple[PhraseMatch[V], ...]]] = {}
        # text -> the longest match ending (starting) at each offset, for ending_at / starting_at
        self._by_edge: dict[tuple[str, bool], dict[int, PhraseMatch[V]]] = {}
        for phrase, value in phrases:
            self.add(phrase, value)
        self._built = False

    def add(self, phrase: str, value: V, capital_at: int | None = None) -> None:
        """Add `phrase`; `capital_at`, if given, is the one offset where it needs a capital."""
        phrase = phrase.strip()
        if not phrase:
            return
        key = fold(phrase)
        capital = _capitals(phrase) if capital_at is None else (capital_at,)
        existing = self._automaton.get(key, None)
        # One folded key may have been written with and without capitals. Of one value, each
        # spelling matches ("Quốc hội Anh", "quốc hội Anh"), and one with none needs none; of two
        # values, the spelling with fewer capitals is the more permissive one and wins.
        if existing is None:
            self._automaton.add_word(key, (len(key), (capital,) if capital else (), value))
            self._size += 1
        elif existing[2] == value:
            if existing[1] and capital not in existing[1]:
                self._automaton.add_word(key, (len(key), existing[1] + (capital,) if capital else (), value))
        elif existing[1] and len(capital) < min(len(c) for c in existing[1]):
            self._automaton.add_word(key, (len(key), (capital,) if capital else (), value))
        self._built = False
        if self._cache:
            self._cache.clear()
        if self._by_edge:
            self._by_edge.clear()

    def __len__(self) -> int:
        return self._size

    def _ready(self) -> None:
        if not self._built:
            if self._size:
                self._automaton.make_automaton()
            self._built = True

    def find_all(self, text: str) -> Iterator[PhraseMatch[V]]:
        """Every whole-word match, overlapping ones included, by end offset."""
        return iter(self._matches(text)[0])

    def _matches(self, text: str) -> tuple[tuple[PhraseMatch[V], ...], tuple[PhraseMatch[V], ...]]:
        found = self._cache.get(text)
        if found is None:
            by_end = self._scan(text)
            by_start = by_end if len(by_end) < 2 else tuple(sorted(by_end, key=lambda m: (m.start, m.start - m.end)))
            found = (by_end, by_start)
            if len(self._cache) >= self._CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = found
        return found

    def _scan(self, text: str) -> tuple[PhraseMatch[V], ...]:
        self._ready()
        if not self._size:
            return ()
        found = []
        last = len(text)
        for end_index, (length, capitals, value) in self._automaton.iter(fold(text)):
            end = end_index + 1
            start = end - length
            # whole words: no word goes on across the phrase's edge ("Qatar," ends with a comma phrase)
            if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
                continue
            if end < last and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
                continue
            if capitals and not any(all(text[start + at].isupper() for at in capital) for capital in capitals):
                continue
            found.append(PhraseMatch(start, end, text[start:end], value))
        return tuple(found)

    def find(self, text: str, accept: Callable[[PhraseMatch[V]], bool] | None = None) -> list[PhraseMatch[V]]:
        """Longest-leftmost, non-overlapping matches, in text order.

        `accept`, if given, filters the candidates first, so a shorter match can
        stand where a longer one was refused.
        """
        matches = self._matches(text)[1]
        chosen: list[PhraseMatch[V]] = []
        taken_until = -1
        for m in matches:
            if m.start >= taken_until and (accept is None or accept(m)):
                chosen.append(m)
                taken_until = m.end
        return chosen

    def ending_at(self, text: str, end: int) -> PhraseMatch[V] | None:
        """The longest whole-word match that ends at offset `end` of `text`, if any.

        >>> index = PhraseIndex([("bị", "passive"), ("đã bị", "passive")])
        >>> index.ending_at("Iran đã bị Mỹ", 10).text
        'đã bị'
        """
        return self._edges(text, at_end=True).get(end)

    def ending_before(self, text: str, position: int) -> PhraseMatch[V] | None:
        """The longest whole-word match that the words just before `position` end with, past the spaces there.

        >>> PhraseIndex([("tàu sân bay", "ship")]).ending_before("tàu sân bay  USS", 13).text
        'tàu sân bay'
        """
        end = min(position, len(text))
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return self.ending_at(text, end)

    def starting_at(self, text: str, start: int) -> PhraseMatch[V] | None:
        """The longest whole-word match that starts at offset `start` of `text`, if any.

        >>> PhraseIndex([("gặp", "met"), ("gặp gỡ", "met")]).starting_at("Ông gặp gỡ bà", 4).text
        'gặp gỡ'
        """
        return self._edges(text, at_end=False).get(start)

    def _edges(self, text: str, at_end: bool) -> dict[int, PhraseMatch[V]]:
        edges = self._by_edge.get((text, at_end))
        if edges is None:
            edges = {}
            for m in self._matches(text)[0]:
                edge = m.end if at_end else m.start
                best = edges.get(edge)
                if best is None or m.end - m.start > best.end - best.start:
                    edges[edge] = m
            if len(self._by_edge) >= 2 * self._CACHE_SIZE:
                self._by_edge.clear()
            self._by_edge[(text, at_end)] = edges
        return edges

    def __contains__(self, phrase: str) -> bool:
        self._ready()
        return fold(phrase.strip()) in self._automaton
