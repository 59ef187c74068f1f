"""The JSON export: networkx node-link data, as ../shared/ONTOLOGY.md specifies."""
from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import networkx as nx

from .atomic import atomic_write


def to_json(G: nx.MultiDiGraph) -> str:
    """Node-link JSON of `G`, with sorted keys so equal graphs give equal text.

    The table of the articles the graph cites (`G.graph["articles"]`, see
    graph.build.finalize) is the top-level `articles`, keyed by article id.

    >>> G = nx.MultiDiGraph(); G.add_node("a", id="a", label="A"); G.graph["articles"] = {"a1": {"title": "T"}}
    >>> text = to_json(G); '"label": "A"' in text, json.loads(text)["articles"]
    (True, {'a1': {'title': 'T'}})
    """
    data = nx.node_link_data(G, edges="edges")
    data["graph"] = {k: v for k, v in G.graph.items() if k != "articles"}
    if "articles" in G.graph:
        data["articles"] = G.graph["articles"]
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write(path, to_json(G))


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Load a graph written by `write_json`."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    articles = data.pop("articles", None) if isinstance(data, dict) else None
    G = cast(nx.MultiDiGraph, nx.node_link_graph(data, edges="edges", directed=True, multigraph=True))
    if isinstance(articles, dict):
        G.graph["articles"] = articles
    return G
