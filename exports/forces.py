"""Force-directed placement in numpy, for exports/layout.py.

Two engines, one per size of connected component:

- `dense_forces`: Fruchterman-Reingold with repulsion between every pair of
  nodes. The best pictures for a component of up to a thousand nodes or so;
  its time grows with the square of the nodes.
- `pivot_mds` then `sparse_forces`: for larger components. Pivot MDS (Brandes
  and Pich, 2006) places every node from its hop distances to a few dozen
  pivots, which gives the global shape in time linear in the edges; the force
  pass then only untangles the neighbourhoods, each node pushed by the nodes
  within a few edge lengths (found through a grid, `close_pairs`).

`remove_overlaps` pushes apart the boxes (disc and label) of nodes drawn too
close, also through the grid. Nothing here draws random numbers except
`dense_forces` from a seed it is given, so a graph always gets the same picture.
"""
from __future__ import annotations

import math

import numpy as np

GRAVITY = 0.1  # pull towards the centre in the dense layout, against long arms
GAP = 12.0  # free space kept between the boxes (disc + label) of two nodes
PIVOTS = 50  # pivots of Pivot MDS
LEAF = 4  # sparse layout: nodes per finest cell of the repulsion grid, on average


def _neighbour_pairs(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of points (i, j) whose integer cells (n, 2) are the same or adjacent, each pair once."""
    n = len(cells)
    cells = cells - cells.min(axis=0)
    height = int(cells[:, 1].max()) + 3
    key = (cells[:, 0] + 1) * height + (cells[:, 1] + 1)  # +1: a neighbour cell is never negative
    order = np.argsort(key, kind="stable")
    cell_keys, first, size = np.unique(key[order], return_index=True, return_counts=True)
    found_i, found_j = [], []
    # Half of the 3x3 neighbourhood (its own cell and 4 of 8 neighbours), so each pair of cells is seen once.
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        target = key + dx * height + dy
        slot = np.minimum(np.searchsorted(cell_keys, target), len(cell_keys) - 1)
        hit = cell_keys[slot] == target
        counts = np.where(hit, size[slot], 0)
        starts = np.where(hit, first[slot], 0)
        i = np.repeat(np.arange(n), counts)
        within = np.arange(len(i)) - np.repeat(np.cumsum(counts) - counts, counts)
        j = order[np.repeat(starts, counts) + within]
        if dx == 0 and dy == 0:
            keep = i < j
            i, j = i[keep], j[keep]
        found_i.append(i)
        found_j.append(j)
    return np.concatenate(found_i), np.concatenate(found_j)


def close_pairs(pos: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of points (i, j) less than `radius` apart on both axes, each pair once.

    Points are sorted into square cells `radius` wide; a point can only be
    that close to points of its own or an adjacent cell, so the time grows
    with the number of points and of pairs found, not with its square.

    >>> i, j = close_pairs(np.array([[0.0, 0.0], [0.5, 0.5], [5.0, 5.0], [5.2, 4.9]]), 1.0)
    >>> sorted(tuple(sorted(p)) for p in zip(i.tolist(), j.tolist()))
    [(0, 1), (2, 3)]
    """
    if len(pos) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    i, j = _neighbour_pairs(np.floor(pos / radius).astype(np.int64))
    near = (np.abs(pos[i] - pos[j]) < radius).all(axis=1)
    return i[near], j[near]


def _sum_at(n: int, index: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per node, the sum of the 2-d `values` of its pairs: (n, 2)."""
    return np.stack([np.bincount(index, weights=values[:, 0], minlength=n),
                     np.bincount(index, weights=values[:, 1], minlength=n)], axis=1)


def _attraction(pos: np.ndarray, src: np.ndarray, dst: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold attraction d^2 / k along each edge (k = 1), weighted."""
    delta = pos[src] - pos[dst]
    dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-6
    pull = delta * (dist * w)[:, None]
    n = len(pos)
    return _sum_at(n, dst, pull) - _sum_at(n, src, pull)


def dense_forces(n: int, edges: np.ndarray, weights: np.ndarray, seed: int, gravity: float = GRAVITY) -> np.ndarray:
    """Fruchterman-Reingold positions (n, 2) for one connected component, ideal edge length 1.

    Repulsion between every pair (dense float32 blocks, fine up to a few
    thousand nodes), attraction along the edges, a little gravity, linear cooling.
    """
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = (rng.random((n, 2)) * side).astype(np.float32)
    k2 = np.float32(1.0)
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
            disp += _attraction(pos, src, dst, w).astype(np.float32)
        # A pull towards the centre, growing with the distance (as in ForceAtlas2's gravity):
        # keeps chains and trees from stretching into long arms.
        disp -= gravity * (pos - pos.mean(axis=0)) * np.float32(side)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos.astype(np.float64)


def _adjacency(n: int, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Compressed rows (indptr, indices) of the undirected graph on 0..n-1."""
    both = np.concatenate([edges, edges[:, ::-1]])
    order = np.lexsort((both[:, 1], both[:, 0]))
    both = both[order]
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(both[:, 0], minlength=n), out=indptr[1:])
    return indptr, both[:, 1].copy()


def hop_distances(indptr: np.ndarray, indices: np.ndarray, source: int) -> np.ndarray:
    """Breadth-first hop counts from `source` (-1: unreachable), one numpy step per hop.

    >>> indptr, indices = _adjacency(4, np.array([[0, 1], [1, 2]]))
    >>> hop_distances(indptr, indices, 0).tolist()
    [0, 1, 2, -1]
    """
    n = len(indptr) - 1
    dist = np.full(n, -1, np.int64)
    dist[source] = 0
    frontier = np.array([source])
    hops = 0
    while len(frontier):
        hops += 1
        starts, counts = indptr[frontier], indptr[frontier + 1] - indptr[frontier]
        within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        reached = indices[np.repeat(starts, counts) + within]
        frontier = np.unique(reached[dist[reached] < 0])
        dist[frontier] = hops
    return dist


def pivot_mds(n: int, edges: np.ndarray) -> np.ndarray:
    """Positions (n, 2) of a connected graph from hop distances to a few pivots (Pivot MDS).

    The pivots are the best-connected node, then each time the node farthest
    from the pivots chosen so far, so they spread over the whole graph.
    """
    indptr, indices = _adjacency(n, edges)
    degree = np.diff(indptr)
    k = min(PIVOTS, n)
    columns = []
    nearest = np.full(n, np.iinfo(np.int64).max)
    pivot = int(np.argmax(degree))
    for _ in range(k):
        d = hop_distances(indptr, indices, pivot)
        columns.append(d)
        nearest = np.minimum(nearest, d)
        pivot = int(np.argmax(nearest))
    D2 = np.stack(columns, axis=1).astype(np.float64) ** 2
    C = -0.5 * (D2 - D2.mean(axis=0) - D2.mean(axis=1)[:, None] + D2.mean())
    _, vectors = np.linalg.eigh(C.T @ C)
    pos = C @ vectors[:, [-1, -2]]
    # Spread over about one square unit per node, the room the force pass gives each (ideal edge length 1):
    # hop distances put all the leaves of a hub in one spot.
    extent = pos.max(axis=0) - pos.min(axis=0)
    pos *= math.sqrt(n / max(float(extent[0] * extent[1]), 1e-9))
    for axis in range(2):  # a fixed sign, so the same graph gives the same picture
        if pos[int(np.argmax(np.abs(pos[:, axis]))), axis] < 0:
            pos[:, axis] = -pos[:, axis]
    return pos


def _repulsion(pos: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold repulsion k^2 / d on every node (k = 1), in time close to linear in the nodes.

    Barnes-Hut on a grid pyramid: the layout's square is cut into 4, 16, 64
    ... cells, down to a few nodes per cell. At each level a node is pushed
    by the cells that are not next to its own cell but whose parents are
    next to its parent's, each as its whole mass from its centre, computed
    once per cell with its first-order change across the cell (a one-term
    fast multipole method); nodes of the same or adjacent finest cells push
    each other exactly. Every pair of nodes is counted once.
    """
    n = len(pos)
    low = pos.min(axis=0)
    side = max(float((pos.max(axis=0) - low).max()), 1e-9)
    depth = max(2, math.ceil(math.log(max(n / LEAF, 1), 4)))
    fine = np.minimum(np.floor((pos - low) / side * 2 ** depth), 2 ** depth - 1).astype(np.int64)
    disp = np.zeros((n, 2))
    block = np.arange(6)
    for level in range(2, depth + 1):
        size = 2 ** level
        cell = fine >> (depth - level)
        occupied, inverse, mass = np.unique(cell[:, 0] * size + cell[:, 1], return_inverse=True, return_counts=True)
        inverse = inverse.reshape(-1)
        centre = _sum_at(len(occupied), inverse, pos) / mass[:, None]
        ox, oy = occupied // size, occupied % size
        # The 6 x 6 children of the parent's 3 x 3 neighbourhood, less the cell's own 3 x 3 neighbourhood.
        x = (2 * ((ox >> 1) - 1))[:, None, None] + block[None, :, None]
        y = (2 * ((oy >> 1) - 1))[:, None, None] + block[None, None, :]
        far = (np.abs(x - ox[:, None, None]) > 1) | (np.abs(y - oy[:, None, None]) > 1)
        inside = (x >= 0) & (x < size) & (y >= 0) & (y < size)
        keys = (x * size + y).reshape(len(occupied), 36)
        slot = np.minimum(np.searchsorted(occupied, keys), len(occupied) - 1)
        partners = np.where((occupied[slot] == keys) & (far & inside).reshape(len(occupied), 36), slot, -1)
        partners = partners[:, (partners >= 0).any(axis=0)]  # drop the columns no cell uses
        if not partners.size:
            continue
        # The push at each cell's centre and how it changes across the cell (its Jacobian), so that
        # each node gets its own value for the price of one per cell.
        there = np.maximum(partners, 0)
        r = centre[:, None, :] - centre[there]
        inv2 = np.where(partners >= 0, mass[there] / np.maximum((r * r).sum(axis=2), 1e-4), 0.0)
        m_over_d4 = inv2 * inv2 / np.maximum(mass[there], 1)
        force = (r * inv2[:, :, None]).sum(axis=1)
        jxx = (inv2 - 2 * r[:, :, 0] ** 2 * m_over_d4).sum(axis=1)
        jyy = (inv2 - 2 * r[:, :, 1] ** 2 * m_over_d4).sum(axis=1)
        jxy = (-2 * r[:, :, 0] * r[:, :, 1] * m_over_d4).sum(axis=1)
        off = pos - centre[inverse]
        disp[:, 0] += force[inverse, 0] + jxx[inverse] * off[:, 0] + jxy[inverse] * off[:, 1]
        disp[:, 1] += force[inverse, 1] + jxy[inverse] * off[:, 0] + jyy[inverse] * off[:, 1]
    i, j = _neighbour_pairs(fine)
    delta = pos[i] - pos[j]
    push = delta / np.maximum((delta * delta).sum(axis=1), 1e-4)[:, None]
    return disp + _sum_at(n, i, push) - _sum_at(n, j, push)


def sparse_forces(pos: np.ndarray, edges: np.ndarray, weights: np.ndarray, iterations: int | None = None) -> np.ndarray:
    """Fruchterman-Reingold from given positions (ideal edge length 1), repulsion by `_repulsion`.

    Coincident starting points (siblings Pivot MDS cannot tell apart) are
    spread on small spirals around their common place first.
    """
    n = len(pos)
    iterations = iterations or (50 if n > 5000 else 80)  # Pivot MDS gave the shape: fewer steps than from random
    pos = _spread_coincident(pos.astype(np.float64))
    src, dst = edges[:, 0], edges[:, 1]
    w = weights.astype(np.float64)
    side = math.sqrt(n)
    temperature = side / 10
    cool = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos)
        if len(src):
            disp += _attraction(pos, src, dst, w)
        disp -= GRAVITY * (pos - pos.mean(axis=0)) * side
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos


def _spread_coincident(pos: np.ndarray) -> np.ndarray:
    """Points that share a position move onto a golden-angle spiral around it, in index order."""
    rounded = np.round(pos, 6)
    _, group, counts = np.unique(rounded, axis=0, return_inverse=True, return_counts=True)
    group = group.reshape(-1)
    if counts.max() == 1:
        return pos
    order = np.argsort(group, kind="stable")
    rank = np.empty(len(pos), np.int64)
    starts = np.cumsum(counts) - counts
    rank[order] = np.arange(len(pos)) - np.repeat(starts, counts)
    angle = rank * 2.399963  # the golden angle
    radius = 0.3 * np.sqrt(rank)
    return pos + np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)


def remove_overlaps(pos: np.ndarray, boxes: np.ndarray, rounds: int = 60) -> np.ndarray:
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
    squash = np.array([1.0, reach_x / reach_y])  # candidate pairs: within both reaches
    for _ in range(rounds):
        i, j = close_pairs(pos * squash, reach_x)
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
        pos += (_sum_at(n, j, push) - _sum_at(n, i, push)) * 0.8
    return pos


def grouped_forces(groups: np.ndarray, edges: np.ndarray, weights: np.ndarray, seed: int,
                   iterations: int = 200) -> np.ndarray:
    """`dense_forces` for many small components at once, each kept apart from the others.

    `groups` (n,) numbers each node's component, the nodes of a component
    next to each other. Repulsion acts between every pair of one component,
    gravity towards each component's own centre; one numpy pass serves them all.
    """
    n = len(groups)
    sizes = np.bincount(groups)
    ends = (np.cumsum(sizes))[groups]
    counts = ends - np.arange(n) - 1  # partners of node i: the later nodes of its component
    i = np.repeat(np.arange(n), counts)
    j = i + 1 + (np.arange(len(i)) - np.repeat(np.cumsum(counts) - counts, counts))
    side = np.sqrt(sizes[groups].astype(np.float64))
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) * side[:, None]
    temperature = side / 8
    cool = temperature / (iterations + 1)
    src, dst = edges[:, 0], edges[:, 1]
    w = weights.astype(np.float64)
    for _ in range(iterations):
        delta = pos[i] - pos[j]
        push = delta / np.maximum((delta * delta).sum(axis=1), 1e-4)[:, None]
        disp = _sum_at(n, i, push) - _sum_at(n, j, push)
        if len(src):
            disp += _attraction(pos, src, dst, w)
        centre = _sum_at(len(sizes), groups, pos) / np.maximum(sizes, 1)[:, None]
        disp -= GRAVITY * (pos - centre[groups]) * side[:, None]
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature = temperature - cool
    return pos
