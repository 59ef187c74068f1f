"""vnkg: Vietnamese news -> knowledge graph.

The query API over a built graph (the command line lives in `vnkg.cli`):

    >>> from vnkg import KnowledgeGraph
    >>> kg = KnowledgeGraph.load("out/graph.json")          # doctest: +SKIP
    >>> print(kg.relations(subject="Lavrov", predicate="met"))  # doctest: +SKIP
"""
__version__ = "0.1.0"

from .errors import (
    AmbiguousEntityError,
    GraphLoadError,
    InvalidQueryError,
    NoPathError,
    QueryError,
    UnknownEntityError,
)
from .knowledge import KnowledgeGraph
from .results import (
    Article,
    Entity,
    EntityList,
    Evidence,
    Neighbor,
    NeighborList,
    Path,
    PathStep,
    PredicateCount,
    PredicateCountList,
    Relation,
    RelationList,
    Stance,
)

__all__ = [
    "AmbiguousEntityError", "Article", "Entity", "EntityList", "Evidence", "GraphLoadError", "InvalidQueryError",
    "KnowledgeGraph", "Neighbor", "NeighborList", "NoPathError", "Path", "PathStep", "PredicateCount",
    "PredicateCountList", "QueryError", "Relation", "RelationList", "Stance", "UnknownEntityError",
]
