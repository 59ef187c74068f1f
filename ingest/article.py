"""The article: what every input becomes, and the hash that tells one text from another."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from .normalize import normalize_text


@dataclass(frozen=True)
class Article:
    """One input article. `id` is the file's id (`ingest.ids.file_ids`) or the JSON Lines `id`."""

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date of publication, when known
    url: str | None = None
    source: str = ""  # file the article came from, for messages
    normalized: bool = False  # text and title are already in `normalize_text` form (the reader makes them so)


def normalized(article: Article) -> Article:
    """The article with its text and title normalised: itself when the reader did it already, so that
    each text is normalised once on its way through hashing and extraction.

    >>> normalized(Article("a", "Hoà  bình")).text, normalized(Article("a", "x", normalized=True)).text
    ('Hòa bình', 'x')
    """
    if article.normalized:
        return article
    return replace(article, text=normalize_text(article.text), title=normalize_text(article.title), normalized=True)


def text_hash(article: Article) -> str:
    """The article's body, normalised and with whitespace folded, hashed.

    Two files with the same text (other name, other line breaks, NFD or old
    tone placement) have the same hash.

    >>> text_hash(Article("a", "Hoà bình\\n và  hợp tác")) == text_hash(Article("b", "Hòa bình và hợp tác"))
    True
    """
    folded = " ".join(normalized(article).text.split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()
