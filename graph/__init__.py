"""The merged graph: `graph.build` makes it, `graph.query.KnowledgeGraph` answers questions about it."""
from .query import (
    AmbiguousEntityError, Entity, Evidence, GraphLoadError, InvalidQueryError, KnowledgeGraph, Neighbor,
    NeighborList, NoPathError, Path, PathStep, QueryError, Relation, RelationList, Stance, UnknownEntityError,
)

__all__ = [
    "AmbiguousEntityError", "Entity", "Evidence", "GraphLoadError", "InvalidQueryError", "KnowledgeGraph",
    "Neighbor", "NeighborList", "NoPathError", "Path", "PathStep", "QueryError", "Relation", "RelationList",
    "Stance", "UnknownEntityError",
]
