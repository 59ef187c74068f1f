"""A title standing alone for the one person the article named with it:

    "Chủ tịch nước Trương Tấn Sang tiếp ông X. ... Chủ tịch nước đề nghị ..."   the President, Sang
    "Chủ tịch nước đề nghị ..." (no holder named in the article)               Vietnam's office, for Vietnam
    "Thủ tướng cảm ơn Đại sứ và ...", "hội đàm với Đại sứ" (after a verb)      the ambassador the article named

A part of `MentionFinder` (see mention_reader.py for what it relies on).
"""
from __future__ import annotations

from .lexicon import Title
from .mention_reader import MentionReader
from .phrases import PhraseMatch, fold
from .sentence import ends_fronted_phrase, words_end
from .types import Mention


class BareTitleMentions(MentionReader):
    """The bare-title readers of `MentionFinder` (see the module docstring)."""

    def _bare_title(self, text: str, t: PhraseMatch[Title]) -> Mention | None:
        """A capitalised title alone before what its holder says or does stands for the one person the article
        named with it: "Chủ tịch nước Trương Tấn Sang tiếp ông X. ... Chủ tịch nước đề nghị ..." (not "cuộc bầu
        cử Tổng thống", "X, Giám đốc của Y", nor a title two people of the article hold); one of Vietnam's
        never named with a holder, for Vietnam (not "X, Chủ tịch nước", which describes X; "Tại APEC, Chủ tịch nước" may)."""
        start = t.start
        before = text[:start].rstrip()
        lead = before.rsplit(None, 1)[-1] if before else ""
        if fold(lead) in self.lex.marker_words.get("title_anaphor_leads", []):
            start = len(before) - len(lead)  # "Vị tổng thống", "Nữ Thủ tướng"
            before = text[:start].rstrip()
        elif not t.text[:1].isupper():
            return None
        if before and before[-1] not in ",:;“\"":
            return None
        window = text[t.end : words_end(text, t.end, 6)]
        verb = min((v.start for v in self.lex.cues.find(window) + self.speech_verbs.find(window) if v.value), default=None)
        lead_in = f" {' '.join(fold(window[:verb]).split())} " if verb is not None else None
        stops = self.lex.marker_words.get("bare_title_stops", [])
        if lead_in is None or any(f" {w} " in lead_in for w in stops) or any(not w[:1].isalnum() for w in lead_in.split()) \
                or not window[:1].isspace() or window.lstrip()[:1].isupper():
            return None
        holders = self.ctx.titled.get(fold(t.value.vi), [])
        after_name = before[-1:] == "," and lead[:1].isupper() and not ends_fronted_phrase(before, self.lex)
        if not holders and not after_name and (state := self.lex.bare_title_owner(t.value)):
            return Mention(start, t.end, text[start : t.end], state, acts_for=state, role=t.value.role, kind="descriptor")
        if len(set(holders)) != 1:
            return None
        return self._stand_in(text, start, t.end, t.value, holders[0])

    def _object_title(self, text: str, t: PhraseMatch[Title]) -> Mention | None:
        """A capitalised title alone right after a verb cue stands for the one person the article named with
        it, or with a longer title it opens: "Thủ tướng Nguyễn Tấn Dũng tiếp Bộ trưởng Quốc phòng Nhật Bản X.
        ... Thủ tướng đề nghị Bộ trưởng thúc đẩy ..." (not "Bộ trưởng Ngoại giao hai nước", nor a title with
        its owner or holder after it)."""
        following = text[t.end :].split(None, 1)
        word = following[0] if following and text[t.end : t.end + 1].isspace() else ""
        stops = self.lex.folded_markers("object_title_stops")
        if not t.text[:1].isupper() or word[:1].isupper() or fold(word) in stops:
            return None
        before = text[: t.start].rstrip()
        cue = self.lex.cues.ending_at(text, len(before))
        partner = before.rsplit(None, 1)[-1] if before else ""
        if (cue is None or not cue.value) and fold(partner) in self.lex.folded_markers("partner_after"):  # "hội đàm với Đại sứ"
            cue = self.lex.cues.ending_at(text, len(before[: len(before) - len(partner)].rstrip()))
        if cue is None or not cue.value:
            return None
        vi = fold(t.value.vi)
        holders = {p for title, people in self.ctx.titled.items() if title == vi or title.startswith(vi + " ") for p in people}
        if len(holders) != 1:
            return None
        return self._stand_in(text, t.start, t.end, t.value, holders.pop())

    def _stand_in(self, text: str, start: int, end: int, title: Title, holder_id: str) -> Mention:
        """The title at text[start:end] as a mention of the person who holds it in the article."""
        entity = self.entity_of(holder_id)
        owner = self.ctx.person_country.get(entity.id)
        return Mention(start, end, text[start:end], entity, role=title.role_for(owner.id if owner else None), role_of=owner,
                       kind="pronoun")
