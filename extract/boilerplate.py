"""Drop what is not the article: related-article lists, prompts, bylines,
photo captions and credits, related headlines glued into the text.

The rules are data (`data/boilerplate.yaml`), loaded with the lexicon:

- `drop_line`: a line starting with one of these phrases is dropped;
- `drop_rest`: from a line starting with one of these, the rest is a list of
  other articles;
- `drop_pattern`: regular expressions for whole lines (bylines, credits);
- `strip_prefix`: regular expressions for a caption or credit at the start of
  a line or sentence ("Ảnh minh họa. (Nguồn: X)", "Ảnh: Reuters"): only the
  caption goes, the sentence after it stays;
- `strip_inline`: regular expressions for text inside a line that is not the
  article ("[Tiêu đề bài liên quan]").

A line that repeats itself ("Tiêu đề Tiêu đề") is a related headline printed
twice, as link text and title: the related list starts there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .phrases import fold


@dataclass(frozen=True)
class BoilerplateRules:
    drop_line: tuple[str, ...] = ()
    drop_rest: tuple[str, ...] = ()
    drop_pattern: tuple[re.Pattern[str], ...] = ()
    strip_prefix: tuple[re.Pattern[str], ...] = ()
    strip_inline: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_data(cls, doc: dict[str, Any] | None, where: Path | str = "boilerplate.yaml") -> "BoilerplateRules":
        doc = doc or {}
        known = {"drop_line", "drop_rest", "drop_pattern", "strip_prefix", "strip_inline"}
        unknown = set(doc) - known
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        for key, values in doc.items():
            if not all(isinstance(v, str) for v in values or []):
                raise ValueError(f"{where}: {key}: every rule must be a string (quote rules with a colon)")
        return cls(
            drop_line=tuple(fold(x) for x in doc.get("drop_line") or []),
            drop_rest=tuple(fold(x) for x in doc.get("drop_rest") or []),
            drop_pattern=tuple(re.compile(p) for p in doc.get("drop_pattern") or []),
            strip_prefix=tuple(re.compile(p) for p in doc.get("strip_prefix") or []),
            strip_inline=tuple(re.compile(p) for p in doc.get("strip_inline") or []),
        )

    def strip_caption(self, text: str) -> str:
        """`text` without a photo caption or credit at its start.

        >>> rules = BoilerplateRules(strip_prefix=(re.compile(r"Ảnh: \\S+ "),))
        >>> rules.strip_caption("Ảnh: Reuters Nga cáo buộc Mỹ.")
        'Nga cáo buộc Mỹ.'
        """
        for _ in range(3):  # "Ảnh minh họa. (Nguồn: X)": a caption, then its credit
            for pattern in self.strip_prefix:
                m = pattern.match(text)
                if m and m.end() > 0:
                    text = text[m.end() :].lstrip()
                    break
            else:
                return text
        return text

    def is_dropped(self, line: str) -> bool:
        """Whether a whole line (or the last sentence, where a byline is glued to the body) is a byline
        or a credit (`drop_pattern`)."""
        return any(p.match(line) for p in self.drop_pattern)

    def article_lines(self, text: str) -> list[str]:
        """The lines of `text` that belong to the article body."""
        kept = []
        for line in text.split("\n"):
            stripped = 0
            for pattern in self.strip_inline:
                line, count = pattern.subn(" ", line)
                stripped += count
            if stripped:  # "Lavrov (phải)." lost its bracket: no space before the period
                line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
            line = self.strip_caption(" ".join(line.split()))
            if not line:
                continue
            folded = fold(line)
            if folded.startswith(self.drop_rest) or _repeats_itself(line):
                break
            if folded.startswith(self.drop_line):
                continue
            if self.is_dropped(line):
                continue
            kept.append(line)
        return kept


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


def _repeats_itself(line: str) -> bool:
    """ "A A": a headline printed twice.

    >>> _repeats_itself("Nga và Mỹ hội đàm Nga và Mỹ hội đàm"), _repeats_itself("Nga nói và Nga nói thêm")
    (True, False)
    """
    words = line.split()
    half = len(words) // 2
    return len(words) >= 6 and len(words) % 2 == 0 and words[:half] == words[half:]
