"""The part of a large graph that graph.html opens on.

A corpus graph has thousands of entities; a screen can label only so many
legibly. So the page opens on the most mentioned entities that have
relations, and the relations among them, as many as fit on a laptop's canvas
with every label at least MIN_LABEL_PX tall, and lets the reader bring in the
rest (search, expand, "Show all"). A graph whose linked entities fit opens whole.
"""
from __future__ import annotations

import math

import networkx as nx

from .forces import GAP
from .layout import layout

OVERVIEW_MOST = 200  # entities in the first view of a large graph, at the most
OVERVIEW_LEAST = 30  # ... and at the least, however long their names
OVERVIEW_ROOM = 2.0  # their layout gives each node's box twice its area (the whole graph's: 3.5)
CANVAS_PX = (1100, 700)  # the drawing area of a 1366 x 768 laptop screen, sidebar and bars taken
MIN_LABEL_PX = 8.0  # smallest label a reader can read at the first view
FIT = 0.85  # share of the canvas a fitted picture fills (margins, a layout not quite the screen's shape)

Box = tuple[float, float, float]


def _rank(G: nx.MultiDiGraph, node: str) -> tuple:
    data = G.nodes[node]
    return (-int(data.get("mentions") or 0), str(data.get("label") or node), node)


def overview_nodes(G: nx.MultiDiGraph, budget: int) -> list[str] | None:
    """The `budget` most mentioned entities related to one another, most mentioned first;
    None when every linked entity fits in the budget (the graph opens whole).

    Entities are taken by mentions until `budget` of them are related to
    another one taken; one whose relations all lead to less mentioned
    entities waits until one of those comes in. Time linear in the edges.

    >>> G = nx.MultiDiGraph()
    >>> for n, m in [("a", 9), ("b", 8), ("c", 7), ("d", 6), ("e", 5), ("f", 4)]: G.add_node(n, mentions=m)
    >>> G.add_edges_from([("a", "b"), ("c", "e"), ("d", "f"), ("b", "f")])
    [0, 0, 0, 0]
    >>> overview_nodes(G, budget=3), overview_nodes(G, budget=4), overview_nodes(G, budget=6)
    (['a', 'b'], ['a', 'b', 'c', 'e'], None)
    """
    neighbours = {n: {m for m in nx.all_neighbors(G, n) if m != n} for n in G.nodes}
    ranked = sorted((n for n in G.nodes if neighbours[n]), key=lambda n: _rank(G, n))
    if len(ranked) <= budget:
        return None
    taken: set[str] = set()
    linked: set[str] = set()
    for node in ranked:
        inside = neighbours[node] & taken
        taken.add(node)
        if inside:
            linked |= inside | {node}
        if len(linked) >= budget:
            break
    chosen = sorted(linked, key=lambda n: _rank(G, n))[:budget]
    kept = set(chosen)
    return [n for n in chosen if neighbours[n] & kept]


def _fitted_scale(positions: dict[str, tuple[float, float]], boxes: dict[str, Box]) -> float:
    """The zoom at which vis-network fits these nodes, their labels included, on CANVAS_PX (its fit leaves 10%)."""
    xs = [(x - boxes[n][0], x + boxes[n][0]) for n, (x, _) in positions.items()]
    ys = [(y - boxes[n][1], y + boxes[n][2]) for n, (_, y) in positions.items()]
    width = max(b for _, b in xs) - min(a for a, _ in xs)
    height = max(b for _, b in ys) - min(a for a, _ in ys)
    return min(CANVAS_PX[0] / (1.1 * width), CANVAS_PX[1] / (1.1 * height))


def first_view(G: nx.MultiDiGraph, fonts: dict[str, float], boxes: dict[str, Box],
               at_most: int = OVERVIEW_MOST) -> tuple[list[str], dict[str, tuple[float, float]]] | None:
    """The entities the page opens on and their positions, or None when the graph opens whole.

    The most mentioned related entities (overview_nodes), as many as fit on
    CANVAS_PX with the smallest label at least MIN_LABEL_PX: a first guess
    from the area their boxes need, then laid out (compactly, see
    exports/layout.py) and cut down until the fitted picture is legible.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edges_from((f"n{i}", f"n{(i * 7 + 3) % 150}") for i in range(150))  # doctest: +ELLIPSIS
    [...]
    >>> nodes, positions = first_view(G, {n: 14 for n in G}, {n: (30.0, 8.0, 26.0) for n in G}, at_most=90)
    >>> OVERVIEW_LEAST <= len(nodes) <= 90 and sorted(positions) == sorted(nodes)
    True
    """
    ranked = overview_nodes(G, at_most)
    if ranked is None:
        return None
    canvas = CANVAS_PX[0] * CANVAS_PX[1] * FIT * FIT
    area, smallest, budget = 0.0, math.inf, 0
    for i, node in enumerate(ranked):  # the first guess: the area a compact layout covers
        half, up, down = boxes[node]
        area += 2 * (half + GAP) * (up + down + GAP) * OVERVIEW_ROOM
        smallest = min(smallest, fonts[node])
        if smallest * math.sqrt(canvas / area) < MIN_LABEL_PX:
            break
        budget = i + 1
    nodes = overview_nodes(G, max(OVERVIEW_LEAST, budget)) or ranked
    while True:
        positions = layout(G.subgraph(nodes), boxes=boxes, room=OVERVIEW_ROOM, compact=True)
        legible = min(fonts[n] for n in nodes) * _fitted_scale(positions, boxes) / MIN_LABEL_PX
        if legible >= 1 or len(nodes) <= OVERVIEW_LEAST:
            return nodes, positions
        nodes = overview_nodes(G, max(OVERVIEW_LEAST, int(len(nodes) * legible * legible * 0.95))) or nodes
