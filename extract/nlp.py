"""spaCy `Doc`s over underthesea's word segmentation.

`spacy.blank("vi")` wants pyvi and mangles names, so the blank pipeline is built
without it and underthesea does the segmentation. Known mention spans are kept
whole (one token each) and only the text between them is segmented: underthesea
otherwise glues a name to the verb after it ("Lavrov cáo buộc").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # spaCy and underthesea load in a second; only building needs them
    import spacy
    from spacy.tokens import Doc, Span


@lru_cache(maxsize=1)
def blank_vietnamese() -> "spacy.language.Language":
    """A blank spaCy pipeline for Vietnamese that does not need pyvi."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def _segment(text: str, offset: int) -> Iterable[tuple[int, int]]:
    """Character spans of underthesea's words in `text`, shifted by `offset`."""
    return [(offset + start, offset + end) for start, end in _word_spans(text)]


@lru_cache(maxsize=4096)
def _word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of underthesea's words in `text`.

    Cached: the stretches between names repeat ("Tổng thống ", " và ", ", "),
    a quarter of all calls on world-2017, and word_tokenize is deterministic.

    >>> _word_spans("Ngoại trưởng gặp")
    ((0, 12), (13, 16))
    """
    from underthesea import word_tokenize

    spans = []
    position = 0
    for word in word_tokenize(text):
        # underthesea may rewrite spacing inside a word; find each syllable in turn.
        parts = word.split()
        start = text.find(parts[0], position)
        if start < 0:
            continue
        end = start
        for part in parts:
            found = text.find(part, end)
            if found < 0:
                break
            end = found + len(part)
        position = end
        spans.append((start, end))
    return tuple(spans)


def make_doc(text: str, keep: Iterable[tuple[int, int]] = ()) -> "Doc":
    """Segment `text` into a Doc; each (start, end) span in `keep` is one token.

    >>> doc = make_doc("Ngoại trưởng Lavrov cáo buộc Mỹ.", keep=[(13, 19)])
    >>> [t.text for t in doc]
    ['Ngoại trưởng', 'Lavrov', 'cáo buộc', 'Mỹ', '.']
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for start, end in sorted(keep):
        if start < cursor:
            continue
        if text[cursor:start].strip():
            spans.extend(_segment(text[cursor:start], cursor))
        spans.append((start, end))
        cursor = end
    if text[cursor:].strip():
        spans.extend(_segment(text[cursor:], cursor))
    doc = _doc_from_spans(text, spans)
    if doc.text != text:  # underthesea rewrote something: fall back to syllables
        doc = _doc_from_spans(text, [m.span() for m in re.finditer(r"\S+", text)])
    return doc


def _doc_from_spans(text: str, spans: list[tuple[int, int]]) -> "Doc":
    from spacy.tokens import Doc

    words, spaces = [], []
    for i, (start, end) in enumerate(spans):
        words.append(text[start:end])
        following = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        spaces.append(following > end and text[end] == " ")
    return Doc(blank_vietnamese().vocab, words=words, spaces=spaces)


def aligned(doc: "Doc", start: int, end: int) -> "Span | None":
    """The tokens exactly covering text[start:end], or None if it cuts a word."""
    return doc.char_span(start, end, alignment_mode="strict")
