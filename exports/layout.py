"""Node positions for graph.html, computed once when the page is written.

A browser that lets thousands of nodes settle under live physics stays busy for
a long time; a page whose nodes arrive with positions is interactive as soon as
it is drawn. Each connected component is laid out on its own (exports/forces.py:
small ones all together in one pass, a large one from Pivot MDS plus a force
pass over neighbours only, so the time stays close to linear in the edges), the
components are packed in rows from the largest down, and entities without any
relation go in a grid below them, the most mentioned first.

The result depends only on the graph (sorted ids, fixed seeds), so the same
articles give the same page.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

from .forces import GAP, GRAVITY, dense_forces, grouped_forces, pivot_mds, remove_overlaps, sparse_forces

EDGE_LENGTH = 190.0  # typical edge length on the page, in vis.js canvas units
GRID_STEP_X = 160.0  # spacing of the grid of entities without relations (labels are wider than tall)
GRID_STEP_Y = 80.0
MARGIN = 140.0  # space between packed components
ROOM = 3.5  # a component's area is at least this many times that of its nodes' boxes
SMALL = 40  # components up to this size are laid out together, in one pass
DENSE = 1000  # components up to this size get repulsion between every pair of nodes
DEFAULT_BOX = (10.0, 10.0, 30.0)
SCREEN = 1.6  # width / height of the canvas on a laptop, which a compact layout fills
COMPACT_GRAVITY = 1.0  # pull to the centre in a compact layout (ten times the usual)

Box = tuple[float, float, float]  # half width, extent above, extent below a node's position


def _undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """One weighted edge per linked pair (weight = number of relations), nodes in id order."""
    U: nx.Graph = nx.Graph()
    U.add_nodes_from(sorted(G.nodes))
    for u, v in G.edges():
        if u == v:
            continue
        if U.has_edge(u, v):
            U[u][v]["weight"] += 1
        else:
            U.add_edge(u, v, weight=1)
    return U


def _indexed_edges(U: nx.Graph, nodes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Edges of the component `nodes` as index pairs (smaller first, sorted) and their pull."""
    index = {node: i for i, node in enumerate(nodes)}
    # Each pair smaller index first: the orientation networkx reports for an
    # undirected edge follows set order, which changes with the hash seed.
    pairs = sorted((min(index[u], index[v]), max(index[u], index[v]), d["weight"])
                   for u, v, d in U.subgraph(nodes).edges(data=True))
    edges = np.array([(u, v) for u, v, _ in pairs], dtype=np.int64).reshape(-1, 2)
    # Many parallel relations pull harder, but not linearly: a pair of
    # countries with 30 relations should not collapse onto one point.
    weights = np.array([1 + math.log(w) for _, _, w in pairs], dtype=np.float64)
    return edges, weights


def _shapes(U: nx.Graph, components: list[list[str]], gravity: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Raw positions (ideal edge length 1) and index pairs of the edges of each connected component."""
    shapes: list = [None] * len(components)
    edges_of = [_indexed_edges(U, nodes) for nodes in components]
    small = [i for i, nodes in enumerate(components) if len(nodes) <= SMALL]
    if small:
        groups, all_edges, all_weights, offset = [], [], [], 0
        for g, i in enumerate(small):
            edges, weights = edges_of[i]
            groups += [g] * len(components[i])
            all_edges.append(edges + offset)
            all_weights.append(weights)
            offset += len(components[i])
        pos = grouped_forces(np.array(groups), np.concatenate(all_edges), np.concatenate(all_weights), seed=0)
        offset = 0
        for i in small:
            shapes[i] = (pos[offset:offset + len(components[i])], edges_of[i][0])
            offset += len(components[i])
    for i, nodes in enumerate(components):
        if shapes[i] is not None:
            continue
        edges, weights = edges_of[i]
        if len(nodes) <= DENSE:
            shapes[i] = (dense_forces(len(nodes), edges, weights, seed=i, gravity=gravity), edges)
        else:
            shapes[i] = (sparse_forces(pivot_mds(len(nodes), edges), edges, weights), edges)
    return shapes


def _to_canvas(pos: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """A component's raw positions scaled to EDGE_LENGTH and turned landscape."""
    if len(pos) == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH, 0.0]])
    lengths = np.sqrt(((pos[edges[:, 0]] - pos[edges[:, 1]]) ** 2).sum(axis=1))
    median = float(np.median(lengths)) if len(lengths) else 1.0
    return _landscape(pos * (EDGE_LENGTH / max(median, 1e-6)))


def _landscape(pos: np.ndarray) -> np.ndarray:
    """Rotate a layout so that its longest extent is horizontal, as screens are."""
    centred = pos - pos.mean(axis=0)
    _, vectors = np.linalg.eigh(centred.T @ centred)
    major = vectors[:, -1]
    if major[0] < 0 or (major[0] == 0 and major[1] < 0):
        major = -major  # a fixed sign, so the same graph gives the same picture
    rotation = np.array([[major[0], major[1]], [-major[1], major[0]]])
    return centred @ rotation.T


def _room_for_boxes(pos: np.ndarray, box: np.ndarray, room: float = ROOM, compact: bool = False) -> np.ndarray:
    """A dense component first grows until its boxes could fit, then overlaps are pushed apart locally.

    `compact` also shrinks a sprawling one to that area and stretches it to
    the shape of a screen: a picture meant to be read at one glance.
    """
    need = float((2 * (box[:, 0] + GAP) * (box[:, 1] + box[:, 2] + GAP)).sum()) * room
    if compact:
        pos = pos * [math.sqrt(SCREEN), 1 / math.sqrt(SCREEN)]
    # The area the component covers, its nodes' boxes included (a pair lies on a line).
    extent = pos.max(axis=0) - pos.min(axis=0) + [2 * box[:, 0].max(), (box[:, 1] + box[:, 2]).max()]
    have = float(extent[0] * extent[1])
    if len(pos) > 3 and (have < need or compact):
        pos = pos * math.sqrt(need / have)
    return remove_overlaps(pos, box)


def _pack(packed: list[tuple[list[str], np.ndarray]], isolated: list[str], aspect: float) -> dict[str, tuple[float, float]]:
    """Shelf packing: rows of components, as wide as the largest one or the side of a rectangle
    `aspect` times as wide as high holding them all, whichever is wider; then the grid of
    `isolated` entities below."""
    sizes = [pos.max(axis=0) + MARGIN for _, pos in packed]
    total_area = sum(float(w * h) for w, h in sizes) + len(isolated) * GRID_STEP_X * GRID_STEP_Y
    row_width = max([math.sqrt(total_area * aspect) * 1.2] + [float(w) for w, _ in sizes])
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (nodes, pos), (w, h) in zip(packed, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, pos.tolist()):
            placed[node] = (x + px, y + py)
        x += float(w)
        row_height = max(row_height, float(h))
    y += row_height
    columns = max(1, int(row_width // GRID_STEP_X)) if packed else max(1, math.ceil(math.sqrt(len(isolated) / 2)))
    for i, node in enumerate(isolated):
        row, column = divmod(i, columns)
        # Odd rows shift by half a step, so labels of neighbouring rows do not stack up.
        placed[node] = ((column + 0.5 * (row % 2)) * GRID_STEP_X, y + row * GRID_STEP_Y)
    return placed


def layout(G: nx.MultiDiGraph, boxes: dict[str, Box] | None = None, room: float = ROOM,
           compact: bool = False) -> dict[str, tuple[float, float]]:
    """Positions {node id: (x, y)} in canvas units, centred on the origin.

    `boxes` (node id -> half width, extent above, extent below: the disc and
    its label) lets connected nodes and their labels keep clear of each other,
    with `room` times their area around them; `compact` packs each component
    into that area in the shape of a screen (see _room_for_boxes), pulled
    harder to its centre so that no arm stretches the picture.

    >>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b"), G.add_edge("b", "c"); G.add_node("d")
    >>> pos = layout(G)
    >>> sorted(pos) == ["a", "b", "c", "d"] and pos == layout(G)
    True
    """
    U = _undirected(G)
    components = [sorted(c) for c in nx.connected_components(U)]
    connected = sorted((c for c in components if len(c) > 1), key=lambda c: (-len(c), c[0]))
    isolated = sorted((c[0] for c in components if len(c) == 1),
                      key=lambda n: (-G.nodes[n].get("mentions", 0), str(G.nodes[n].get("label", n)), n))
    packed = []
    for nodes, (raw, edges) in zip(connected, _shapes(U, connected, COMPACT_GRAVITY if compact else GRAVITY)):
        pos = _to_canvas(raw, edges)
        if boxes is not None:
            box = np.array([boxes.get(n, DEFAULT_BOX) for n in nodes], dtype=np.float64)
            pos = _room_for_boxes(pos, box, room, compact)
        packed.append((nodes, pos - pos.min(axis=0)))
    placed = _pack(packed, isolated, SCREEN if compact else 1.0)
    if not placed:
        return {}
    xy = np.array(list(placed.values()))
    centre = (xy.min(axis=0) + xy.max(axis=0)) / 2
    return {node: (round(px - centre[0], 1), round(py - centre[1], 1)) for node, (px, py) in placed.items()}
