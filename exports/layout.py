"""Node positions for graph.html, computed once when the page is written.

A browser that lets thousands of nodes settle under live physics stays busy for
a long time; a page whose nodes arrive with positions is interactive as soon as
it is drawn. Each connected component gets a force-directed (Fruchterman-
Reingold) layout in numpy, the components are packed in rows from the largest
down, and entities without any relation go in a grid below them, the most
mentioned first.

The result depends only on the graph (sorted ids, fixed seed), so the same
articles give the same page.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

GRAVITY = 0.1  # pull towards the centre in the force-directed layout, against long arms
EDGE_LENGTH = 190.0  # typical edge length on the page, in vis.js canvas units
GRID_STEP_X = 160.0  # spacing of the grid of entities without relations (labels are wider than tall)
GRID_STEP_Y = 80.0
MARGIN = 140.0  # space between packed components
GAP = 12.0  # free space kept between the boxes (disc + label) of two nodes
ROOM = 3.5  # a component's area is at least this many times that of its nodes' boxes


def _force_directed(n: int, edges: np.ndarray, weights: np.ndarray, seed: int) -> np.ndarray:
    """Fruchterman-Reingold positions (n, 2) for one connected component.

    Repulsion between every pair (dense float32 blocks, fine up to a few
    thousand nodes), attraction along the edges, linear cooling.
    """
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = (rng.random((n, 2)) * side).astype(np.float32)
    k2 = np.float32(1.0)  # ideal distance k = 1
    iterations = 60 if n > 1500 else 120 if n > 300 else 200
    temperature = side / 8
    cool = temperature / (iterations + 1)
    src, dst = edges[:, 0], edges[:, 1]
    w = weights.astype(np.float32)
    rows = max(1, min(n, 2_000_000 // n))  # block of rows: bounds memory to ~8 MB per buffer
    dx = np.empty((rows, n), np.float32)
    dy = np.empty((rows, n), np.float32)
    f = np.empty((rows, n), np.float32)
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        x, y = pos[:, 0], pos[:, 1]
        for start in range(0, n, rows):
            stop = min(n, start + rows)
            m = stop - start
            np.subtract(x[start:stop, None], x[None, :], out=dx[:m])
            np.subtract(y[start:stop, None], y[None, :], out=dy[:m])
            np.multiply(dx[:m], dx[:m], out=f[:m])
            f[:m] += dy[:m] * dy[:m]
            np.maximum(f[:m], 1e-4, out=f[:m])
            np.divide(k2, f[:m], out=f[:m])  # |repulsion| / distance = k^2 / d^2
            disp[start:stop, 0] = np.einsum("ij,ij->i", dx[:m], f[:m])
            disp[start:stop, 1] = np.einsum("ij,ij->i", dy[:m], f[:m])
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-6
            pull = delta * (dist * w)[:, None]  # |attraction| = d^2 / k, along delta / d
            np.subtract.at(disp, src, pull)
            np.add.at(disp, dst, pull)
        if GRAVITY:
            # A pull towards the centre, growing with the distance (as in ForceAtlas2's gravity):
            # keeps chains and trees from stretching into long arms.
            centre = pos - pos.mean(axis=0)
            disp -= GRAVITY * centre * np.sqrt(n)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos.astype(np.float64)


def _remove_overlaps(pos: np.ndarray, boxes: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push apart nodes whose boxes overlap.

    `boxes` (n, 3): half width, extent above and extent below each position
    (a node's disc and the label drawn under it). Each overlapping pair moves
    apart along the axis where it overlaps least.
    """
    n = len(pos)
    if n < 2:
        return pos
    pos = pos.copy()
    half, up, down = boxes[:, 0] + GAP / 2, boxes[:, 1] + GAP / 2, boxes[:, 2] + GAP / 2
    reach_x, reach_y = float(2 * half.max()), float(up.max() + down.max())
    rows = max(1, min(n, 2_000_000 // n))
    for _ in range(rounds):
        # Candidate pairs: within the largest possible reach on both axes (cheap float32 test).
        x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        found_i, found_j = [], []
        for start in range(0, n, rows):
            stop = min(n, start + rows)
            close = (np.abs(x[start:stop, None] - x[None, :]) < reach_x) & (np.abs(y[start:stop, None] - y[None, :]) < reach_y)
            i, j = np.nonzero(close)
            i += start
            keep = i < j
            found_i.append(i[keep])
            found_j.append(j[keep])
        i, j = np.concatenate(found_i), np.concatenate(found_j)
        dx = pos[j, 0] - pos[i, 0]
        dy = pos[j, 1] - pos[i, 1]
        over_x = half[i] + half[j] - np.abs(dx)
        # j below i: i's lower extent meets j's upper one, and the other way round.
        over_y = np.where(dy >= 0, down[i] + up[j] - dy, up[i] + down[j] + dy)
        hit = (over_x > 0) & (over_y > 0)
        if not hit.any():
            break
        i, j, dx, dy, over_x, over_y = i[hit], j[hit], dx[hit], dy[hit], over_x[hit], over_y[hit]
        along_x = over_x <= over_y
        # Coincident points move along a fixed direction, so the result stays deterministic.
        sx = np.where(dx > 0, 1.0, np.where(dx < 0, -1.0, 1.0))
        sy = np.where(dy > 0, 1.0, np.where(dy < 0, -1.0, 1.0))
        push = np.zeros((len(i), 2))
        push[along_x, 0] = sx[along_x] * over_x[along_x] * 0.5
        push[~along_x, 1] = sy[~along_x] * over_y[~along_x] * 0.5
        shift = np.zeros_like(pos)
        np.subtract.at(shift, i, push)
        np.add.at(shift, j, push)
        pos += shift * 0.8
    return pos


def _component_layout(G: nx.Graph, nodes: list[str], seed: int) -> np.ndarray:
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH, 0.0]])
    index = {node: i for i, node in enumerate(nodes)}
    # Each pair smaller index first: the orientation networkx reports for an
    # undirected edge follows set order, which changes with the hash seed.
    pairs = sorted(
        (min(index[u], index[v]), max(index[u], index[v]), d.get("weight", 1))
        for u, v, d in G.subgraph(nodes).edges(data=True)
    )
    edges = np.array([(u, v) for u, v, _ in pairs], dtype=np.int64).reshape(-1, 2)
    # Many parallel relations pull harder, but not linearly: a pair of
    # countries with 30 relations should not collapse onto one point.
    weights = np.array([1 + math.log(w) for _, _, w in pairs], dtype=np.float64)
    pos = _force_directed(n, edges, weights, seed)
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


def layout(G: nx.MultiDiGraph, boxes: dict[str, tuple[float, float, float]] | None = None) -> dict[str, tuple[float, float]]:
    """Positions {node id: (x, y)} in canvas units, centred on the origin.

    `boxes` (node id -> half width, extent above, extent below: the disc and
    its label) lets connected nodes and their labels keep clear of each other.

    >>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b"), G.add_edge("b", "c"); G.add_node("d")
    >>> pos = layout(G)
    >>> sorted(pos) == ["a", "b", "c", "d"] and pos == layout(G)
    True
    """
    U: nx.Graph = nx.Graph()
    U.add_nodes_from(sorted(G.nodes))
    for u, v in G.edges():
        if u == v:
            continue
        if U.has_edge(u, v):
            U[u][v]["weight"] += 1
        else:
            U.add_edge(u, v, weight=1)
    components = [sorted(c) for c in nx.connected_components(U)]
    connected = sorted((c for c in components if len(c) > 1), key=lambda c: (-len(c), c[0]))
    isolated = [c[0] for c in components if len(c) == 1]

    placed: dict[str, tuple[float, float]] = {}
    packed = []
    for i, nodes in enumerate(connected):
        pos = _component_layout(U, nodes, seed=i)
        if boxes is not None:
            box = np.array([boxes.get(n, (10.0, 10.0, 30.0)) for n in nodes], dtype=np.float64)
            # A dense component first grows until its boxes could fit, then overlaps are pushed apart locally.
            need = float((2 * (box[:, 0] + GAP) * (box[:, 1] + box[:, 2] + GAP)).sum()) * ROOM
            # The area the component covers, its nodes' boxes included (a pair lies on a line).
            extent = pos.max(axis=0) - pos.min(axis=0) + [2 * box[:, 0].max(), (box[:, 1] + box[:, 2]).max()]
            have = float(extent[0] * extent[1])
            if len(nodes) > 3 and have < need:
                pos = pos * math.sqrt(need / have)
            pos = _remove_overlaps(pos, box)
        pos = pos - pos.min(axis=0)
        packed.append((nodes, pos, pos.max(axis=0) + MARGIN))

    # Shelf packing: rows of components, as wide as the largest one or the
    # side of a square holding them all, whichever is wider.
    total_area = sum(float(w * h) for _, _, (w, h) in packed) + len(isolated) * GRID_STEP_X * GRID_STEP_Y
    row_width = max([math.sqrt(total_area) * 1.2] + [float(size[0]) for _, _, size in packed])
    x = y = row_height = 0.0
    for nodes, pos, (w, h) in packed:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, pos):
            placed[node] = (x + float(px), y + float(py))
        x += float(w)
        row_height = max(row_height, float(h))
    y += row_height

    if isolated:
        isolated.sort(key=lambda n: (-G.nodes[n].get("mentions", 0), str(G.nodes[n].get("label", n)), n))
        columns = max(1, int(row_width // GRID_STEP_X)) if packed else max(1, math.ceil(math.sqrt(len(isolated) / 2)))
        for i, node in enumerate(isolated):
            row, column = divmod(i, columns)
            # Odd rows shift by half a step, so labels of neighbouring rows do not stack up.
            placed[node] = ((column + 0.5 * (row % 2)) * GRID_STEP_X, y + row * GRID_STEP_Y)

    if not placed:
        return {}
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {node: (round(px - cx, 1), round(py - cy, 1)) for node, (px, py) in placed.items()}
