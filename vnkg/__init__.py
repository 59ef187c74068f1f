"""vnkg: Vietnamese news -> knowledge graph.

The query API over a built graph (the command line lives in `vnkg.cli`):

    >>> from vnkg import KnowledgeGraph
    >>> kg = KnowledgeGraph.load("out/graph.json")          # doctest: +SKIP
    >>> print(kg.relations(subject="Lavrov", predicate="met"))  # doctest: +SKIP
"""
__version__ = "0.1.0"

from . import results
from .errors import (
    AmbiguousEntityError,
    GraphLoadError,
    InvalidQueryError,
    NoPathError,
    QueryError,
    UnknownEntityError,
)
from .knowledge import KnowledgeGraph
from .results import *  # noqa: F403  (the result types; results.__all__ is the list)

__all__ = [
    "AmbiguousEntityError", "GraphLoadError", "InvalidQueryError", "KnowledgeGraph", "NoPathError", "QueryError",
    "UnknownEntityError", *results.__all__,
]
