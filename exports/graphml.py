"""The GraphML export: the same data as the JSON, lists and dicts as JSON strings.

The articles table (`G.graph["articles"]`) is graph-level data, key `articles`, one JSON string.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import cast

import networkx as nx

from .atomic import atomic_write

# Attributes that hold lists or dicts and travel as JSON strings.
STRUCTURED = {"aliases", "articles", "evidence"}


def _flat(attrs: dict) -> dict:
    return {
        k: (json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, (list, dict, set, tuple)) else v)
        for k, v in attrs.items()
        if v is not None
    }


def to_graphml(G: nx.MultiDiGraph) -> str:
    H: nx.MultiDiGraph = nx.MultiDiGraph()
    if "articles" in G.graph:
        H.graph.update(_flat({"articles": G.graph["articles"]}))
    for n, data in G.nodes(data=True):
        H.add_node(n, **_flat(data))
    for u, v, k, data in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **_flat(data))
    buffer = io.BytesIO()
    nx.write_graphml(H, buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue().decode("utf-8")


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write(path, to_graphml(G))


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Load a graph written by `write_graphml`, JSON strings turned back into lists.

    >>> G = nx.MultiDiGraph(); G.add_node("a", id="a", aliases=["Nga"]); G.graph["articles"] = {"a1": {"title": "T"}}
    >>> import tempfile, os; p = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> _ = write_graphml(G, p); H = read_graphml(p); H.nodes["a"]["aliases"], H.graph["articles"]
    (['Nga'], {'a1': {'title': 'T'}})
    """
    H = cast(nx.MultiDiGraph, nx.read_graphml(path, force_multigraph=True))
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    if "articles" in H.graph:
        G.graph["articles"] = _unflat("articles", H.graph["articles"])
    for n, data in H.nodes(data=True):
        G.add_node(n, **{k: _unflat(k, v) for k, v in data.items()})
    for u, v, k, data in H.edges(keys=True, data=True):
        G.add_edge(u, v, key=k, **{kk: _unflat(kk, vv) for kk, vv in data.items()})
    return G


def _unflat(key: str, value):
    if key in STRUCTURED and isinstance(value, str):
        return json.loads(value)
    return value
