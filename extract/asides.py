"""Clauses set off after a name: "Ông Trump, người từng chỉ trích NATO, đã gặp ...", "Iran, nước ủng
hộ Syria, ...", "ông Macron, người lên án ông Trump". A part of `Grammar`, which supplies `lex`,
`markers`, `back_over_adverbs` and the cache of the last sentence's asides.
"""
from __future__ import annotations

from .lexicon import Lexicon
from .sentence import ACTOR_TYPES, Markers, Sentence
from .types import Mention


class AsideRules:
    """The aside rules of `Grammar` (see the module docstring)."""

    lex: Lexicon
    markers: Markers
    _asides_of: tuple | None
    _asides: list[tuple[int, int]]

    def back_over_adverbs(self, text: str, position: int) -> int:
        raise NotImplementedError  # Grammar's

    def relative_asides(self, sentence: Sentence, position: int) -> list[tuple[int, int]]:
        """The relative clauses set off by commas after a name, before `position` ("Ông Trump, người
        từng chỉ trích NATO, đã gặp ...", "Iran, nước ủng hộ Syria, ..."): what they name is no
        subject of the verb after them."""
        key = (sentence.text, tuple((m.start, m.end) for m in sentence.mentions))
        if key != self._asides_of:  # the readers ask about one sentence at a time
            self._asides_of, self._asides = key, self._relative_asides(sentence)
        return [(start, close) for start, close in self._asides if close < position]

    def _relative_asides(self, sentence: Sentence) -> list[tuple[int, int]]:
        text = sentence.text
        asides = []
        openers = [*self.markers["relative_asides"].find(text), *self.markers["kin_nouns"].find(text)]
        for opener in openers:  # "Ông Kushner, con rể ông Trump, đã gặp ...": a kin apposed is an aside too
            comma = text.rfind(",", 0, opener.start)
            close = text.find(",", opener.end)
            after_name = any(not text[m.end : comma].strip() for m in sentence.mentions if m.end <= comma)
            # (not "..., trong khi Iran, Nga ủng hộ ông Assad": the closing comma lists two actors)
            listed = any(m.end == close and m.kind == "name" for m in sentence.mentions) and any(
                m.start > close and not text[close + 1 : m.start].strip() and m.kind == "name" for m in sentence.mentions)
            if comma >= 0 and not text[comma + 1 : opener.start].strip() and close >= 0 and after_name and not listed:
                asides.append((opener.start, close))
        # "Ông Trita Parsi, Phó Chủ tịch điều hành Viện Quincy, cảnh báo Mỹ": an office apposed to a person, with
        # no holder of its own named in it ("Thủ tướng Ấn Độ Modi, Chủ tịch Hội đồng châu Âu Tusk" lists two)
        # ... and the titles chained after it, the last one up to its tense word: "đồng chí X, Phó Thủ tướng, Phó
        # Trưởng Ban chỉ đạo Năm Hữu nghị Việt Nam – Lào đã trao đổi điện mừng với ..." (X did, not the two countries)
        for title in self.lex.titles.find(text):
            comma, close = text.rfind(",", 0, title.start), text.find(",", title.end)
            chained = any(comma == end for _, end in asides)  # the comma closes the title aside before it
            tense = next((m.start for m in self.markers["past_markers"].find(text[title.end :])), None) if chained else None
            if tense is not None and (close < 0 or title.end + tense < close):
                close = title.end + tense
            if comma < 0 or close < 0 or text[comma + 1 : title.start].strip():
                continue
            person = chained or any(m.entity.type == "PERSON" and m.end <= comma and not text[m.end : comma].strip()
                                    for m in sentence.mentions)
            holder = any(m.entity.type == "PERSON" and m.kind != "descriptor" and title.start <= m.start < close
                         for m in sentence.mentions)
            if person and not holder:
                asides.append((title.start, close))
        return asides

    def apposed_relative(self, sentence: Sentence, position: int) -> Mention | None:
        """The actor named right before a relative clause set off after it whose verb stands at `position`
        (markers.yaml apposed_relative_heads): its subject, verb or noun alike. "ông Macron, người (từng)
        chỉ trích ông Trump", "Thượng nghị sĩ John McCain, nhân vật chỉ trích Nga hàng đầu"."""
        text = sentence.text
        if not any(h.end <= position and text[: h.start].rstrip().endswith((",", "-", "–"))
                   for h in self.markers["apposed_relative_heads"].find(text)):
            return None  # most sentences: no head set off after a name before the verb
        at = self.back_over_adverbs(text, position)
        noun = self.markers.ends_with(text, at, "event_noun")
        light = self.markers.ends_with(text, noun.start, "light_verbs") if noun is not None else None
        if light is not None:  # "bà Merkel, người đang có chuyến thăm Ba Lan"
            at = self.back_over_adverbs(text, light.start)
        head = self.markers.ends_with(text, at, "apposed_relative_heads")
        serial = self.lex.cues.ending_at(text, len(text[:at].rstrip())) if head is None else None
        if serial is not None and serial.value:  # "bà Merkel - người đã gọi điện chúc mừng ông Moon": two verbs
            head = self.markers.ends_with(text, self.back_over_adverbs(text, serial.start), "apposed_relative_heads")
        if head is None:
            return None
        before = text[: head.start].rstrip()
        if not before.endswith((",", "-", "–")):
            return None
        named = next((m for m in reversed(sentence.mentions) if m.end <= len(before) - 1), None)
        if named is None or text[named.end : len(before) - 1].strip() or named.actor.type not in ACTOR_TYPES:
            return None
        return named
