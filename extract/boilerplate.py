"""Drop what is not the article: related-article lists, prompts, bylines.

The cues live in `data/boilerplate.yaml`. Only whole lines are dropped, so a
sentence of the article is never cut.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .datafiles import DATA_DIR, read_yaml
from .phrases import fold


@lru_cache(maxsize=1)
def _rules():
    doc = read_yaml(DATA_DIR / "boilerplate.yaml") or {}
    return (
        tuple(fold(x) for x in doc.get("drop_line", [])),
        tuple(fold(x) for x in doc.get("drop_rest", [])),
        tuple(re.compile(p) for p in doc.get("drop_pattern", [])),
    )


def article_lines(text: str) -> list[str]:
    """The lines of `text` that belong to the article body.

    >>> article_lines("Nga cáo buộc Mỹ.\\nTin liên quan\\nMỹ trừng phạt Nga\\nPV (theo Reuters)")
    ['Nga cáo buộc Mỹ.']
    """
    drop_line, drop_rest, drop_pattern = _rules()
    kept = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        folded = fold(line)
        if folded.startswith(drop_rest):
            break
        if folded.startswith(drop_line):
            continue
        if any(p.match(line) for p in drop_pattern):
            continue
        kept.append(line)
    return kept
