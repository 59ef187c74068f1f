"""How graph.html draws things: colours, sizes, the vis-network options.

Data for the page's look, apart from the code that shapes the graph's data
(exports/pagedata.py) and the code that lays it out (exports/layout.py).
"""
from __future__ import annotations

import math

from ontology import ONTOLOGY

# Node colour by entity type (kept clear of the greens and reds of the edges).
TYPE_COLORS = {
    "COUNTRY": "#3b6fb6",
    "PERSON": "#8e5fc2",
    "ORGANIZATION": "#1a9fb0",
    "LOCATION": "#a07c3b",
    "GROUP": "#d6609f",
    "ISSUE": "#b5b32a",
}
OTHER_TYPE_COLOR = "#8c8c8c"
TYPE_NAMES = {
    "COUNTRY": "Country", "PERSON": "Person", "ORGANIZATION": "Organization",
    "LOCATION": "Location", "GROUP": "Group", "ISSUE": "Issue",
}
# Edge colour by quad class (GDELT: verbal/material x cooperation/conflict), and the
# order of the families in the filters: both from the ontology.
QUAD_COLORS = {quad.name: quad.color for quad in ONTOLOGY.quads.values()}
OTHER_QUAD_COLOR = "#9a9a9a"
FAMILY_ORDER = list(ONTOLOGY.families)
# The charts stack families: each its own shade of its quad's colour, keyed "quad|family" like the filters.
FAMILY_COLORS = {
    "verbal cooperation|consult": "#8fd18f",
    "verbal cooperation|cooperate": "#4f9f4f",
    "material cooperation|cooperate": "#1b7a35",
    "material cooperation|aid": "#0d4d1f",
    "verbal conflict|demand": "#f7c173",
    "verbal conflict|disapprove": "#f08c2e",
    "verbal conflict|reject": "#c9691a",
    "verbal conflict|threaten": "#9a4a08",
    "material conflict|coerce": "#e86a6a",
    "material conflict|force_posture": "#c81e1e",
    "material conflict|assault": "#7d0c0c",
    "structure|structure": "#c4c4c4",
}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
LABEL_WIDTH = 150  # node labels wrap at this width
SIZE_MIN, SIZE_MAX = 6.0, 40.0  # drawn node radius: no mention, and the cap
LABEL_ALL_EDGES_UP_TO = 300  # larger graphs label only the edges of the selected entity
BIG_GRAPH_EDGES = 1500  # above this, edges are hidden while dragging or zooming


def node_size(mentions: int) -> float:
    """Drawn radius: grows with the log of the mentions, the same scale in every graph.

    >>> [node_size(m) for m in (0, 1, 10, 100, 1000, 100000)]
    [6.0, 8.2, 13.7, 20.8, 28.1, 40.0]
    """
    return round(min(SIZE_MAX, SIZE_MIN + 3.2 * math.log1p(max(mentions, 0))), 1)


def font_size(size: float) -> int:
    """Label size of a node of radius `size`: bigger nodes, bigger names.

    >>> font_size(6.0), font_size(40.0)
    (12, 27)
    """
    return round(12 + (size - SIZE_MIN) * 0.45)


def label_box(label: str, size: float) -> tuple[float, float, float]:
    """Half width, extent above and below of a node drawn with its label under it (estimated).

    >>> label_box("Russia", 10.0)
    (23.1, 10.0, 30.1)
    """
    font = font_size(size)
    width = 0.55 * font * len(label)
    lines = min(4, max(1, math.ceil(width / LABEL_WIDTH)))
    half = max(size, min(width, LABEL_WIDTH) / 2)
    return round(half, 1), size, round(size + 4 + lines * font * 1.15, 1)


def edge_width(n_evidence: int) -> float:
    """Line width by the number of source sentences, on a log scale, capped.

    >>> [edge_width(n) for n in (1, 2, 10, 100, 1000)]
    [1.0, 1.83, 3.76, 6.0, 6.0]
    """
    return round(min(6.0, 1 + 1.2 * math.log(max(n_evidence, 1))), 2)


def quad_color(quad: str) -> str:
    """The colour of a kind of event's lines.

    >>> quad_color("material conflict"), quad_color("no such quad")
    ('#c81e1e', '#9a9a9a')
    """
    return QUAD_COLORS.get(quad, OTHER_QUAD_COLOR)


def edge_opacity(quad: str, n_evidence: int) -> float:
    """Lines with more sources stand out; one-sentence relations and structure stay in the background.

    >>> [edge_opacity("verbal conflict", n) for n in (1, 3, 10, 30)], edge_opacity("structure", 9)
    ([0.45, 0.61, 0.8, 0.9], 0.4)
    """
    if quad == "structure":
        return 0.4
    return round(min(0.9, 0.45 + 0.15 * math.log(max(n_evidence, 1))), 2)


def vis_options(n_edges: int) -> dict:
    """The vis-network options: fixed positions (no physics), node colours by type through groups."""
    big = n_edges > BIG_GRAPH_EDGES
    groups = {t: {"color": _node_color(c)} for t, c in TYPE_COLORS.items()}
    groups["OTHER"] = {"color": _node_color(OTHER_TYPE_COLOR)}
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False,
                        "selectConnectedEdges": False},
        "groups": groups,
        "nodes": {
            "shape": "dot", "borderWidth": 1.5, "borderWidthSelected": 3,
            "font": {"size": 14, "face": FONT, "color": "#1f1f1f", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": LABEL_WIDTH},
            # Sizes are absolute (see node_size); labels too small on screen are not drawn.
            "scaling": {"label": {"enabled": True, "maxVisible": 28, "drawThreshold": 7}},
        },
        "edges": {
            "smooth": False, "selectionWidth": 2, "hoverWidth": 1.5,
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}},
            # Not "middle": vis-network 9.1.2 draws a rotated label of an exactly horizontal edge
            # (every two-entity component) at the canvas origin instead of on its edge.
            "font": {"size": 11, "face": FONT, "color": "#444444", "strokeWidth": 3, "strokeColor": "#ffffff",
                     "align": "horizontal"},
            "color": {"inherit": False},
        },
    }


def _node_color(color: str) -> dict:
    return {"background": color, "border": "#ffffff", "highlight": {"background": color, "border": "#111111"},
            "hover": {"background": color, "border": "#111111"}}
