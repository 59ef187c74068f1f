"""Forces named by the state behind them: "lực lượng dân quân được Iran hậu thuẫn", "các nhóm vũ trang
do Mỹ hậu thuẫn", "lực lượng thân Iran".

`ProxyMentions` is one part of `MentionFinder` (see mentions.py). A force noun (markers.yaml
proxy_force_nouns), at most PROXY_MODIFIER_WORDS lower-case words, then "được" or "do", a country
and a backing verb (proxy_backing_verbs), or "thân" and a country, is a GROUP of its own:
"Iran-backed forces", "Pro-Iran forces" (named in the article's words too: "lực lượng dân quân"). With a backing verb the
mention is the noun phrase alone, so that the passive or relative clause after it reads who backs
it ("Iran supports ...") and the group, not the state, is the subject of what follows ("... đã tấn
công lực lượng nổi dậy"). Not where another actor stands inside the noun phrase ("phiến quân Houthi
do Iran hậu thuẫn" is the Houthis).
"""
from __future__ import annotations

from typing import Callable

from .mention_reader import MentionReader
from .names import WORD, is_capitalised
from .phrases import PhraseMatch, fold
from .types import Mention

PROXY_MODIFIER_WORDS = 3  # "lực lượng (chống IS) do Iran hậu thuẫn", "các nhóm (vũ trang) (người Kurd) ..."


class ProxyMentions(MentionReader):
    """Forces named by the state that backs them (a part of `MentionFinder`)."""

    def proxy_mentions(self, text: str, by_start: dict[int, PhraseMatch[str]],
                       free: Callable[[int, int], bool]) -> list[Mention]:
        found: list[Mention] = []
        if " thân " not in text and "hậu thuẫn" not in text and "hỗ trợ" not in text and "ủng hộ" not in text:
            return found
        for noun in self.lex.marker_index("proxy_force_nouns").find(text):
            if not free(noun.start, noun.end) or any(noun.start <= s < noun.end for s in by_start):
                continue
            pos, words = self._skip(text, noun.end), 0
            while (word := WORD.match(text, pos)) is not None and words <= PROXY_MODIFIER_WORDS:
                link = fold(word.group())
                if link in ("được", "do", "thân"):
                    mention = self._proxy_at(text, noun, link, word.start(), by_start)
                    if mention is not None and free(mention.start, mention.end):
                        found.append(mention)
                    break
                if is_capitalised(word.group()) or pos in by_start or link in self.lex.folded_markers("demonstratives"):
                    break  # "phiến quân Houthi do Iran ...": a name of its own; "lực lượng này": one named before
                pos, words = self._skip(text, word.end()), words + 1
        return found

    def _proxy_at(self, text: str, noun: PhraseMatch[str], link: str, link_start: int, by_start) -> Mention | None:
        """The force whose backer is named after the link word at `link_start` ("được"/"do", then a
        backing verb after the country; or "thân"); None if no country stands there."""
        hit = by_start.get(self._skip(text, link_start + len(link)))
        if hit is None or (country := self.entity_of(hit.value)).type != "COUNTRY":
            return None
        if link == "thân":
            label, end = f"Pro-{country.label} forces", hit.end
        elif self.lex.marker_index("proxy_backing_verbs").starting_at(text, self._skip(text, hit.end)) is not None:
            label, end = f"{country.label}-backed forces", len(text[:link_start].rstrip())
        else:
            return None
        surface = text[noun.start : end]
        group = self._new_entity("group", label, "GROUP")
        return Mention(noun.start, end, surface, group, role_of=country if link == "thân" else None, kind="name", name=surface)
