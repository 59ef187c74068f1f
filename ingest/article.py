"""The article: what every input becomes, and the hash that tells one text from another."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .normalize import normalize_text


@dataclass(frozen=True)
class Article:
    """One input article. `id` is the file stem or the JSON Lines `id`."""

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date of publication, when known
    url: str | None = None
    source: str = ""  # file the article came from, for messages


def text_hash(article: Article) -> str:
    """The article's body, normalised and with whitespace folded, hashed.

    Two files with the same text (other name, other line breaks, NFD or old
    tone placement) have the same hash.

    >>> text_hash(Article("a", "Hoà bình\\n và  hợp tác")) == text_hash(Article("b", "Hòa bình và hợp tác"))
    True
    """
    folded = " ".join(normalize_text(article.text).split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()
