"""Input: files, folders, JSON Lines and standard input become normalised `Article`s.

The bottom of the flow after the ontology: nothing here knows about extraction.

>>> from ingest import Article, normalize_text, text_hash
>>> article = Article("a1", normalize_text("Thoả thuận hoà bình"))
>>> article.text, len(text_hash(article))
('Thỏa thuận hòa bình', 40)
"""
from .article import Article, text_hash
from .decoding import Unreadable, decode_bytes
from .normalize import fold_diacritics, normalize_text
from .reader import DEFAULT_MAX_SIZE, Problem, Reader, Report, input_files, iter_articles

__all__ = [
    "DEFAULT_MAX_SIZE", "Article", "Problem", "Reader", "Report", "Unreadable", "decode_bytes", "fold_diacritics",
    "input_files", "iter_articles", "normalize_text", "text_hash",
]
