"""One sentence as the relation readers see it.

A `Sentence` holds the text, its mentions, its verb cues and its clause
breaks, and answers the questions every reader asks ("do the words just before
this position end with a passive marker?", "how many words stand between these
two positions?"). Windows are counted in words: the whitespace-separated
syllables of the text, punctuation marks counting as words of their own.

`Markers` holds the marker phrases of `markers.yaml` as phrase indexes, one per
kind, built once per lexicon.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .dates import opening_date_end
from .lexicon import Lexicon
from .phrases import PhraseIndex, PhraseMatch, fold
from .types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"\w[\w'’\-]*(?:\.\w[\w'’\-]*)*|[^\w\s]", re.UNICODE)
_NOT_WORD = re.compile(r"[^\w\s-]")  # punctuation, to drop from words compared: "vũ khí."
# Punctuation that ends a clause for the readers.
PUNCT_BREAK = re.compile(r'[;:“”"()?!]')
_NUMBER_BEFORE = re.compile(r"(?<!\S)\d[\d.,]*\s+$")  # "3 ", "1.000 " right before a noun
NUMBER_CHARS = 24  # a count's digits and the space after it, at most: the search looks no further back
NAMED_OBJECT_WORDS = 5  # "coi (các lực lượng ly khai) là": the object between a naming verb and its "là"
_COPULA = re.compile(r"(?<!\w)là(?!\w)", re.IGNORECASE)
_BREAK_CHARS = re.compile(r"[,;:.!?“”\"()]")
_LISTED = re.compile(r"(?:\S+\s+){0,3}?\S+?(?:[,:;]|\s+và\s)")  # "Nga và ...", "Nga, ...", "Putin:": a list goes on


def opening_end(text: str, carry_openers: PhraseIndex[str], position: int | None = None) -> int:
    """Where the statement of a sentence opens: after an opening date and the words that link it to the
    sentence before (markers.yaml carry_openers), each closed by a comma, before `position`.

    >>> from extract.lexicon import default_lexicon
    >>> s = "Trước đó, ngày 6/7, tại cuộc gặp với X, S nói."
    >>> s[opening_end(s, default_lexicon().marker_index("carry_openers")):][:3]
    'tại'
    """
    limit = len(text) if position is None else position
    start = opening_date_end(text)
    while (link := carry_openers.starting_at(text, start)) is not None and link.end < limit:
        start = len(text) - len(text[link.end :].lstrip(" ,"))
        start += opening_date_end(text[start:])
    return start


def fronting_at(text: str, position: int, fronting: PhraseIndex[str]) -> PhraseMatch[str] | None:
    """The marker of markers.yaml fronting that opens a phrase fronted before the subject at `position`,
    not a noun with its owner after it ("Phát biểu của ông X cũng giống ..." is the subject).

    >>> from extract.lexicon import default_lexicon
    >>> fronting = default_lexicon().marker_index("fronting")
    >>> fronting_at("Phát biểu tại Paris, ông X nói.", 0, fronting).text, fronting_at("Phát biểu của ông X gây sốc.", 0, fronting)
    ('Phát biểu', None)
    """
    opener = fronting.starting_at(text, position)
    return None if opener is None or fold(text[opener.end :].lstrip()[:4]) == "của " else opener


def reported_fronting(text: str, start: int, position: int, markers: Markers) -> int | None:
    """Where a phrase fronted right after a speech verb (after `start`) opens, when the cue at `position`
    stands in it: "X nói rằng trong cuộc gặp với Y, Z đã ..."; with no "rằng", only an event's phrase
    whose noun the cue is, closed by a comma after it ("Quan chức X nói trong cuộc gặp kín với Y, ông Z ...",
    not "X phát biểu trước báo giới trong chuyến thăm Canberra, Australia")."""
    verb = next(reversed(markers["speech_verbs"].find(text[start:position])), None)
    if verb is None:
        return None
    that = markers.starts_with(text, start + verb.end, "complementizers")
    fronted = markers.starts_with(text, that.end if that else start + verb.end, "fronting")
    if fronted is None or fronted.start >= position:
        return None
    event_end = words_end(text, fronted.end, 3)  # "trong (một) cuộc gặp"
    if that or "," in text[position:] and position < event_end and markers["event_noun"].find(text[fronted.start : event_end]):
        return fronted.start
    return None


def fronted_comma(text: str, lead: int, cue: Cue, markers: Markers) -> int | None:
    """The comma after the cue that closes the phrase fronted at `lead`, the start of its statement, when a marker
    of markers.yaml fronting opens it ("Tại cuộc gặp với X, S ..."; -1 with no comma) or the cue itself does and its
    subject follows the comma ("Đánh giá cao sự hỗ trợ của X, S ...", "Công du Trung Đông, Tổng thống Trump ..."); not
    for one who is told ("Trao đổi với Fox News, ông X cho biết": addressed_openers), a comma that lists names
    ("Yêu cầu ... việc Mỹ, Nga và Thổ Nhĩ Kỳ ..."), one another verb follows ("Gặp X, tiếp Y, S ..."), a phrase that
    is a subject itself ("Chỉ trích Nga là việc dễ dàng, ...") nor one a speaker closes ("..., ông X nói.")."""
    comma = text.find(",", cue.end)
    if fronting_at(text, lead, markers["fronting"]) is not None:
        return comma
    if comma < 0 or text[lead : cue.start].strip() or markers.starts_with(text, lead, "addressed_openers") is not None:
        return None
    after, before = text[comma + 1 :].lstrip(), text[:comma].split()
    if before and before[-1][:1].isupper() and after[:1].isupper() and _LISTED.match(after):
        return None
    next_verb = markers.lex.cues.starting_at(after, 0)
    if next_verb is not None and next_verb.value or _COPULA.search(text, cue.end, comma):
        return None
    closing = after.rstrip(" .!…\n")
    return None if markers.ends_with(closing, len(closing), "speech_verbs") is not None else comma


def ends_fronted_phrase(before: str, lexicon: Lexicon) -> bool:
    """Whether the comma that ends `before` closes a phrase fronted at the sentence's start (its only comma).

    >>> from extract.lexicon import default_lexicon
    >>> ends_fronted_phrase("Nhân dịp dự APEC tại Bali,", default_lexicon()), ends_fronted_phrase("Ông Sang,", default_lexicon())
    (True, False)
    """
    return before.count(",") == 1 and fronting_at(before, 0, lexicon.marker_index("fronting")) is not None


def words(text: str) -> list[str]:
    """The words of `text`: syllables and punctuation marks.

    >>> words("Nga, Mỹ và EU.")
    ['Nga', ',', 'Mỹ', 'và', 'EU', '.']
    """
    return _WORD.findall(text)


class Markers:
    """The marker phrases of a lexicon, one phrase index per kind."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self._index: dict[str, PhraseIndex[str]] = {}
        self._words: dict[str, frozenset[str]] = {}
        for kind, phrases in lexicon.marker_words.items():
            if not isinstance(phrases, list):
                continue
            self._index[kind] = PhraseIndex((fold(p), kind) for p in phrases)
        self.question_heads = {phrase.split()[0] for phrase in lexicon.marker_words.get("question_ends", [])}
        units = "|".join(re.escape(u) for u in sorted(lexicon.marker_words.get("money_units", []), key=len, reverse=True))
        # "10 (triệu) AUD": a sum of money, its number, scale and currency (markers.yaml money_units)
        self.money_sum = rf"\d[\d.,]*\s*(?:(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+)?(?:{units or '(?!)'})\b"
        # "(nhận được) 2 triệu USD (viện trợ)": a sum counts the noun after it as a number does
        self._sum_before = re.compile(rf"(?<!\S){self.money_sum}\s+$", re.IGNORECASE)
        # One index for the modality words, so that "không chỉ" hides "không".
        self.modality: PhraseIndex[str] = PhraseIndex(
            (fold(p), kind) for kind in ("negation", "not_negation", "not_modality", "planned", "possible")
            for p in lexicon.marker_words.get(kind, [])
        )

    def __getitem__(self, kind: str) -> PhraseIndex[str]:
        index = self._index.get(kind)
        if index is None:  # a kind the lexicon leaves empty: an index of no phrases, kept like the others
            index = self._index[kind] = PhraseIndex()
        return index

    def words(self, kind: str) -> frozenset[str]:
        """The phrases of a kind, folded: for membership tests of single words."""
        if kind not in self._words:
            self._words[kind] = frozenset(fold(p) for p in self.lex.marker_words.get(kind, []))
        return self._words[kind]

    def ends_with(self, text: str, position: int, kind: str) -> PhraseMatch[str] | None:
        """The phrase of `kind` that the words just before `position` end with, if any (the
        longest one; its offsets are offsets of `text`).

        >>> from extract.lexicon import default_lexicon
        >>> m = Markers(default_lexicon())
        >>> m.ends_with("Iran bị Mỹ", 7, "passive").text
        'bị'
        """
        return self[kind].ending_before(text, position)

    def back_over(self, text: str, position: int, kind: str) -> int:
        """Where the run of phrases of `kind` that ends at `position` starts (`position` when none ends there).

        >>> from extract.lexicon import default_lexicon
        >>> Markers(default_lexicon()).back_over("Hai bên đã từng ký", 15, "past_markers")
        8
        """
        while (phrase := self.ends_with(text, position, kind)) is not None:
            position = phrase.start
        return position

    def count_start(self, text: str, position: int) -> int:
        """Where the determiners, numbers and sums that count the noun at `position` start: "(tiến hành) 3 cuộc ...",
        "(áp đặt) hơn 10 lệnh ...", "các cuộc ...", "(nhận được) 2 triệu USD viện trợ".

        >>> from extract.lexicon import default_lexicon
        >>> Markers(default_lexicon()).count_start("Mỹ tiến hành hơn 3 cuộc không kích", 19)
        13
        """
        while True:
            start = self.back_over(text, position, "determiners")
            number = _NUMBER_BEFORE.search(text, max(0, start - NUMBER_CHARS), start) \
                or self._sum_before.search(text, max(0, start - NUMBER_CHARS), start)
            if number is None:
                return start
            position = number.start()

    def naming_copulas(self, text: str) -> set[int]:
        """Where a "là" names what a verb's object is taken for, and opens no clause: "Mỹ coi Nga là mối đe
        dọa", "gọi ông X là bạn" (markers.yaml naming_verbs, at most NAMED_OBJECT_WORDS words before it).

        >>> from extract.lexicon import default_lexicon
        >>> sorted(Markers(default_lexicon()).naming_copulas("Mỹ coi Nga là mối đe dọa"))
        [11]
        """
        found = set()
        for verb in self["naming_verbs"].find(text):
            if self.ends_with(text, verb.start, "passive") is not None:
                continue  # "Qatar bị coi là ủng hộ ...": the clause after "là" is what the subject is said to do
            copula = _COPULA.search(text, verb.end)
            if copula is not None and word_count(text, verb.end, copula.start()) <= NAMED_OBJECT_WORDS \
                    and not _BREAK_CHARS.search(text, verb.end, copula.start()):
                found.add(copula.start())
        return found

    def coordination_before(self, text: str, position: int) -> PhraseMatch[str] | None:
        """The verb coordination ("và", ",", "đồng thời") before the verb at `position`, past its adverbs:
        "rút đại sứ khỏi Qatar, (cũng) đồng thanh cáo buộc ..." (markers.yaml joint_adverbs)."""
        # as written first: "mà còn" is a coordination that ends with an adverb
        return self.ends_with(text, position, "verb_coordination") \
            or self.ends_with(text, self.back_over(text, position, "joint_adverbs"), "verb_coordination")

    def yes_no_question(self, text: str, start: int, end: int) -> bool:
        """Whether the verb at text[start:end] is asked about, so its act is possible: "quyết định (về việc) có
        tấn công Iran hay không" (markers.yaml question_verbs before it, question_ends after it in its clause).

        >>> from extract.lexicon import default_lexicon
        >>> Markers(default_lexicon()).yes_no_question("Mỹ sẽ quyết định có tấn công Iran hay không", 20, 28)
        True
        """
        tail = re.split(r"[.,;:]", text[end:], maxsplit=1)[0]  # "có (tham gia) tấn công": within three words
        if not any(head in tail for head in self.question_heads):
            return False  # most clauses: no "hay", "hoặc" at all
        return bool(self["question_verbs"].find(last_words(text, start, 3))) and bool(self["question_ends"].find(tail))

    def noun_before(self, text: str, position: int, kind: str) -> PhraseMatch[str] | None:
        """The noun marker of `kind` ("sự", "lời") that the words before `position` end with, unless
        they end with an adverb that only ends like one ("thật sự thất vọng" is no "sự thất vọng").

        >>> from extract.lexicon import default_lexicon
        >>> m = Markers(default_lexicon())
        >>> m.noun_before("sự thất vọng", 3, "nominalizer").text, m.noun_before("thật sự thất vọng", 8, "nominalizer")
        ('sự', None)
        """
        if self.ends_with(text, position, "noun_like_adverbs") is not None:
            return None
        return self.ends_with(text, position, kind)

    def starts_with(self, text: str, position: int, kind: str) -> PhraseMatch[str] | None:
        """The phrase of `kind` that the words just after `position` start with, if any (the
        longest one; its offsets are offsets of `text`).

        >>> from extract.lexicon import default_lexicon
        >>> m = Markers(default_lexicon()).starts_with("Nga cho rằng Mỹ", 3, "speech_verbs")
        >>> (m.start, m.end, m.text)
        (4, 12, 'cho rằng')
        """
        start = position
        while start < len(text) and text[start].isspace():
            start += 1
        return self[kind].starting_at(text, start)


def last_words(text: str, position: int, n: int) -> str:
    """The last `n` words of `text[:position]`, as written (spacing kept).

    >>> last_words("Tổng thống Nga Vladimir Putin", 29, 2)
    'Vladimir Putin'
    """
    before = text[:position].rstrip()
    found = 0
    start = len(before)
    for m in reversed(list(_WORD.finditer(before, max(0, len(before) - 40 * n)))):
        found += 1
        start = m.start()
        if found == n:
            break
    return before[start:]


def padded_words(text: str) -> str:
    """`text` folded, its punctuation as spaces, with a space at each end: ready for `f" {word} " in ...`.

    >>> padded_words("Vũ khí.")
    ' vũ khí  '
    """
    return f" {_NOT_WORD.sub(' ', fold(text))} "


def first_words(text: str, position: int, n: int) -> str:
    """The first `n` words of `text[position:]`, as written (leading spaces dropped).

    >>> first_words("gặp nhau tại Paris", 4, 2)
    'nhau tại'
    """
    after = text[position:].lstrip()
    end = 0
    for i, m in enumerate(_WORD.finditer(after)):
        if i == n:
            break
        end = m.end()
    return after[:end]


def words_end(text: str, position: int, n: int) -> int:
    """The offset just after the `n`th word from `position` (or the end of the text).

    >>> text = "Giám đốc của Viện Hudson nói"
    >>> text[:words_end(text, 0, 3)]
    'Giám đốc của'
    """
    end = position
    for i, m in enumerate(_WORD.finditer(text, position)):
        if i == n:
            break
        end = m.end()
    return end


def office_verb_end(text: str, pos: int, lexicon: Lexicon) -> int | None:
    """Where a verb that gives an office right after a name ends: "X (hiện) là", "X giữ chức",
    "X được bổ nhiệm làm"; None when no such verb stands there."""
    adverbs = lexicon.marker_index("office_adverbs")  # of one word or two ("hiện", "đồng thời")
    while (adverb := adverbs.starting_at(text, len(text) - len(text[pos:].lstrip()))) is not None:
        pos = adverb.end
    verb = lexicon.marker_index("office_verbs").starting_at(text, len(text) - len(text[pos:].lstrip()))
    return None if verb is None else len(text) - len(text[verb.end :].lstrip())


def word_count(text: str, start: int, end: int) -> int:
    """Number of words in text[start:end], punctuation not counted.

    >>> word_count("chính sách 'Chiến tranh Lạnh' của Mỹ", 0, 34)
    6
    """
    return sum(1 for w in _WORD.findall(text, start, end) if w[0].isalnum()) if end > start else 0


@dataclass(frozen=True)
class Cue:
    """A verb cue of the lexicon in the sentence: text[start:end] states `predicate`."""

    start: int
    end: int
    text: str
    predicate: str


@dataclass
class Sentence:
    """A sentence, its mentions (in text order) and its verb cues."""

    text: str
    mentions: list[Mention]
    cues: list[Cue] = field(default_factory=list)
    doc: "Doc | None" = None

    def before(self, position: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= position]

    def after(self, position: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= position]

    def between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def gap(self, start: int, end: int) -> str:
        """The folded text between two positions, spaces normalised."""
        return " ".join(fold(self.text[start:end]).split())

    def words_between(self, start: int, end: int) -> int:
        return word_count(self.text, start, end)

    @cached_property
    def actors(self) -> list[Mention]:
        return [m for m in self.mentions if m.actor.type in ACTOR_TYPES]


ACTOR_TYPES = ("PERSON", "COUNTRY", "ORGANIZATION", "GROUP")


@dataclass(frozen=True)
class RawRelation:
    """A relation read from one sentence, before it gets its evidence."""

    subject: Entity
    predicate: str
    object: Entity
    modality: str = "asserted"
    role: str | None = None
    clause: tuple[int, int] | None = None  # the span of the sentence it was read from, for its venue


@dataclass(frozen=True)
class UnnamedEvent:
    """An event noun of a sentence that names no parties ("Cuộc gặp tại Paris diễn ra ...")."""

    predicate: str
    sentence: str
    modality: str = "asserted"
    clause: tuple[int, int] | None = None


@dataclass
class Discourse:
    """What the article has said so far, for what a sentence leaves unsaid: the subjects of
    the last sentence that named one, and the events named without their parties."""

    subjects: list[Mention] = field(default_factory=list)
    unnamed_events: list[UnnamedEvent] = field(default_factory=list)
    said: list[RawRelation] = field(default_factory=list)  # the relations read so far, in order
    said_in: list[int] = field(default_factory=list)  # the sentence each of `said` was read from, counted from 0
    sentence: int = 0  # the sentence of the article being read (the extractor counts them)

    def last_said(self, predicates: set[str]) -> RawRelation | None:
        """The last relation read of one of `predicates`: "X hội đàm với Y. Hai bên nhất trí ..." (X and Y)."""
        return next((r for r in reversed(self.said) if r.predicate in predicates), None)

    def said_lately(self, predicate: str, sentences: int) -> RawRelation | None:
        """The last relation of `predicate` read from this sentence or one of the `sentences` before it."""
        return next((r for r, at in zip(reversed(self.said), reversed(self.said_in))
                     if r.predicate == predicate and self.sentence - at <= sentences), None)

    def add(self, read: list[RawRelation]) -> None:
        """Keep what the sentence being read said."""
        self.said.extend(read)
        self.said_in.extend([self.sentence] * len(read))
