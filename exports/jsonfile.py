"""The JSON export: networkx node-link data, as ../shared/ONTOLOGY.md specifies."""
from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import networkx as nx

from .atomic import atomic_write


def to_json(G: nx.MultiDiGraph) -> str:
    """Node-link JSON of `G`, with sorted keys so equal graphs give equal text.

    >>> G = nx.MultiDiGraph(); G.add_node("a", id="a", label="A")
    >>> '"label": "A"' in to_json(G)
    True
    """
    data = nx.node_link_data(G, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write(path, to_json(G))


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Load a graph written by `write_json`."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return cast(nx.MultiDiGraph, nx.node_link_graph(data, edges="edges", directed=True, multigraph=True))
