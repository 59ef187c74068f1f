"""Vietnamese news text -> entities and relations.

>>> from extract import Article, extract_article
>>> result = extract_article(Article("a1", "Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Joe Biden."))
>>> [(r.subject.label, r.predicate, r.object.label) for r in result.relations if r.predicate == "phoned"]
[('Vladimir Putin', 'phoned', 'Joe Biden')]
"""
from .lexicon import Lexicon, default_lexicon
from .pipeline import Extractor, extract_article, sentences
from .types import Article, ArticleExtraction, Entity, Evidence, Mention, Relation

__all__ = [
    "Article", "ArticleExtraction", "Entity", "Evidence", "Extractor", "Lexicon", "Mention", "Relation",
    "default_lexicon", "extract_article", "sentences",
]
