"""Positions for graph.html: the force engines of exports/forces.py and the layout of exports/layout.py.

The fast paths are checked against the slow, obvious computation they replace;
the layouts against what a reader needs (every node placed, linked nodes near,
no two discs on top of each other, the same picture every time).
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from exports import forces
from exports import layout as layout_module
from exports.layout import layout
from exports.style import label_box, node_size
from tests.html_graphs import synthetic_graph

ROOT = Path(__file__).resolve().parents[1]


def _points(kind: str, n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    if kind == "uniform":
        return rng.random((n, 2)) * 40
    if kind == "clumps":  # a dense centre and a sparse field, as hubs with their leaves give
        return np.concatenate([rng.normal(size=(n // 2, 2)) * 2, rng.random((n - n // 2, 2)) * 50])
    return np.round(rng.random((n, 2)) * 6) * 3  # "grid": many points on the same spots


@pytest.mark.parametrize("kind", ["uniform", "clumps", "grid"])
@pytest.mark.parametrize("radius", [0.5, 2.0, 7.0])
def test_close_pairs_finds_exactly_the_pairs_within_the_radius(kind, radius):
    pos = _points(kind, 400, seed=7)
    i, j = forces.close_pairs(pos, radius)
    found = {tuple(sorted(p)) for p in zip(i.tolist(), j.tolist())}
    assert len(found) == len(i)  # each pair once
    near = np.abs(pos[:, None, :] - pos[None, :, :]).max(axis=2) < radius
    expected = {(a, b) for a, b in zip(*np.nonzero(near)) if a < b}
    assert found == expected


@pytest.mark.parametrize("kind", ["uniform", "clumps", "grid"])
def test_grid_repulsion_matches_the_sum_over_every_pair(kind):
    pos = _points(kind, 1500, seed=3) + _points("uniform", 1500, seed=4) * 1e-3  # no exact duplicates
    delta = pos[:, None, :] - pos[None, :, :]
    d2 = np.maximum((delta * delta).sum(axis=2), 1e-4)
    np.fill_diagonal(d2, np.inf)
    exact = (delta / d2[:, :, None]).sum(axis=1)
    approx = forces._repulsion(pos)
    error = np.linalg.norm(approx - exact, axis=1) / np.maximum(np.linalg.norm(exact, axis=1), 1e-9)
    assert np.median(error) < 0.02 and np.percentile(error, 95) < 0.08, (np.median(error), np.percentile(error, 95))


def test_hop_distances_are_breadth_first_path_lengths():
    G = nx.gnm_random_graph(300, 450, seed=5)
    edges = np.array(sorted(G.edges()), dtype=np.int64)
    indptr, indices = forces._adjacency(300, edges)
    for source in (0, 17, 299):
        expected = nx.single_source_shortest_path_length(G, source)
        got = forces.hop_distances(indptr, indices, source)
        assert {n: int(d) for n, d in enumerate(got) if d >= 0} == expected


def _boxes(G):
    sizes = {n: node_size(d["mentions"]) for n, d in G.nodes(data=True)}
    return sizes, {n: label_box(G.nodes[n]["label"], sizes[n]) for n in G.nodes}


@pytest.mark.parametrize("dense_up_to", [1000, 50], ids=["every-pair repulsion", "pivot MDS + grid repulsion"])
def test_a_large_component_gets_a_layout_that_keeps_neighbours_near(monkeypatch, dense_up_to):
    monkeypatch.setattr(layout_module, "DENSE", dense_up_to)
    G = synthetic_graph(700, 1100, seed=11)
    U = nx.Graph(G)
    giant = max(nx.connected_components(U), key=len)
    assert len(giant) > 400  # one component, over the dense limit in the second case
    sizes, boxes = _boxes(G)
    pos = layout(G, boxes=boxes)
    assert set(pos) == set(G.nodes) and pos == layout(G, boxes=boxes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    # Linked entities lie much closer together than entities taken at random.
    rng = np.random.default_rng(0)
    nodes = sorted(giant)
    linked = np.median([math.dist(pos[u], pos[v]) for u, v in U.subgraph(giant).edges()])
    anyhow = np.median([math.dist(pos[nodes[a]], pos[nodes[b]]) for a, b in rng.integers(0, len(nodes), (2000, 2))])
    assert linked < 0.5 * anyhow, (linked, anyhow)
    # No two discs of the component on top of each other (no disc is wider than 40).
    xy = np.array([pos[n] for n in nodes])
    i, j = forces.close_pairs(xy, 81.0)
    for a, b in zip(i.tolist(), j.tolist()):
        assert math.dist(xy[a], xy[b]) >= sizes[nodes[a]] + sizes[nodes[b]], (nodes[a], nodes[b])


def test_layout_does_not_depend_on_the_hash_seed():
    """Sets and dicts of strings change order with PYTHONHASHSEED; positions must not."""
    script = (
        "import json, sys; sys.path.insert(0, '.')\n"
        "from exports import layout as L\n"
        "from exports.pagedata import page_data\n"
        "from tests.html_graphs import synthetic_graph\n"
        "L.DENSE = 60\n"  # the large-component path too
        "data, _ = page_data(synthetic_graph(900, 1400, seed=4), 't')\n"
        "print(json.dumps([[n['id'], n['x'], n['y'], n.get('ox'), n.get('oy')] for n in data['nodes']]))\n"
    )
    runs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    assert sum(1 for row in runs[0] if row[3] is not None) > 50  # the first view was laid out too
