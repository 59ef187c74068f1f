"""The interactive page: graph.html.

One self-contained file that opens from a laptop on a train: the vis-network
library pyvis ships, our script and our style are inlined, and nothing is
fetched. pyvis assembles the vis.js nodes, edges and options; the page itself
comes from our own template (exports/templates/graph.html.j2), because pyvis'
templates link Bootstrap and tom-select from a CDN.

Article text never becomes markup. The graph travels as one JSON block inside
`<script type="application/json">` with `<`, `>` and `&` written as \\u escapes,
so no sentence can close the block, and the page script inserts every string
with `textContent`. A Content-Security-Policy that allows only the page's own
inline scripts (by hash) and no network at all backs this up: even a missed
escape could neither run an injected script nor send anything anywhere.

Positions are computed here (exports/layout.py) and physics is off, so a graph
of thousands of nodes is interactive as soon as it is drawn.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from ontology import ONTOLOGY

from .atomic import atomic_write
from .layout import layout

HERE = Path(__file__).parent
VIS_JS = "lib/vis-9.1.2/vis-network.min.js"  # inside the pyvis package (pinned 0.3.2)

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
LABEL_WIDTH = 150  # node labels wrap at this width
SIZE_MIN, SIZE_MAX = 6.0, 40.0  # drawn node radius: no mention, and the cap
LABEL_ALL_EDGES_UP_TO = 300  # larger graphs label only the edges of the selected entity
BIG_GRAPH_EDGES = 1500  # above this, edges are hidden while dragging or zooming


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    if name == "vis-network.min.js":
        text = (resources.files("pyvis") / VIS_JS).read_text(encoding="utf-8")
    else:
        text = (HERE / "static" / name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower() or "<!--" in text:
        raise ValueError(f"{name} cannot be inlined: it contains {closing!r} or '<!--'")
    return text


@lru_cache(maxsize=None)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["j2", "html"]),
                       keep_trailing_newline=True)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _json_for_html(data) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' left.

    >>> _json_for_html({"s": "</script><img src=x onerror=alert(1)>&"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _str(value) -> str:
    return "" if value is None else str(value)


def _node_size(mentions: int) -> float:
    """Drawn radius: grows with the log of the mentions, the same scale in every graph.

    >>> [_node_size(m) for m in (0, 1, 10, 100, 1000, 100000)]
    [6.0, 8.2, 13.7, 20.8, 28.1, 40.0]
    """
    return round(min(SIZE_MAX, SIZE_MIN + 3.2 * math.log1p(max(mentions, 0))), 1)


def _font_size(size: float) -> int:
    return round(12 + (size - SIZE_MIN) * 0.45)


def _box(label: str, size: float) -> tuple[float, float, float]:
    """Half width, extent above and below of a node drawn with its label under it (estimated)."""
    font = _font_size(size)
    width = 0.55 * font * len(label)
    lines = min(4, max(1, math.ceil(width / LABEL_WIDTH)))
    half = max(size, min(width, LABEL_WIDTH) / 2)
    return half, size, size + 4 + lines * font * 1.15


def _edge_width(n_evidence: int) -> float:
    return round(min(6.0, 1 + 1.2 * math.log(max(n_evidence, 1))), 2)


def _options(n_edges: int) -> dict:
    big = n_edges > BIG_GRAPH_EDGES
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False,
                        "selectConnectedEdges": False},
        "nodes": {
            "shape": "dot", "borderWidth": 1.5, "borderWidthSelected": 3,
            "font": {"size": 14, "face": font, "color": "#1f1f1f", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": LABEL_WIDTH},
            # Sizes are absolute (see _node_size); labels too small on screen are not drawn.
            "scaling": {"label": {"enabled": True, "maxVisible": 28, "drawThreshold": 7}},
        },
        "edges": {
            "smooth": False, "selectionWidth": 2, "hoverWidth": 1.5,
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}},
            # Not "middle": vis-network 9.1.2 draws a rotated label of an exactly horizontal edge
            # (every two-entity component) at the canvas origin instead of on its edge.
            "font": {"size": 11, "face": font, "color": "#444444", "strokeWidth": 3, "strokeColor": "#ffffff",
                     "align": "horizontal"},
            "color": {"inherit": False},
        },
    }


def _network(G: nx.MultiDiGraph, title: str) -> tuple[Network, dict]:
    """The pyvis Network of `G` (vis.js nodes, edges, options) and the page's metadata."""
    net = Network(directed=True, heading="", cdn_resources="in_line")
    sizes = {n: _node_size(int(G.nodes[n].get("mentions") or 0)) for n in G.nodes}
    positions = layout(G, boxes={n: _box(_str(G.nodes[n].get("label")) or _str(n), sizes[n]) for n in G.nodes})
    types: dict[str, int] = {}
    for node_id in sorted(G.nodes):
        data = G.nodes[node_id]
        label = _str(data.get("label")) or _str(node_id)
        type_ = _str(data.get("type")) or "OTHER"
        mentions = int(data.get("mentions") or 0)
        color = TYPE_COLORS.get(type_, OTHER_TYPE_COLOR)
        types[type_] = types.get(type_, 0) + 1
        x, y = positions[node_id]
        net.add_node(
            node_id, label=label, color={"background": color, "border": "#ffffff",
                                         "highlight": {"background": color, "border": "#111111"},
                                         "hover": {"background": color, "border": "#111111"}},
            size=sizes[node_id], font={"size": _font_size(sizes[node_id])}, x=x, y=y,
            title=f"{label}\n{TYPE_NAMES.get(type_, type_.title())} · {mentions} mention{'s' * (mentions != 1)}",
            # What the side panel and the filters read:
            type=type_, mentions=mentions, aliases=[_str(a) for a in data.get("aliases", [])],
            articles=[_str(a) for a in data.get("articles", [])], wikidata=_str(data.get("wikidata")) or None,
            in_dictionary=bool(data.get("in_dictionary", True)),
        )

    label_all = G.number_of_edges() <= LABEL_ALL_EDGES_UP_TO
    families: dict[tuple[str, str], dict] = {}  # (quad, family): a family may span two quads
    quads: dict[str, int] = {}
    all_dates: list[str] = []
    parallel: dict[tuple[str, str], int] = {}
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], _str(e[2])))
    for i, (u, v, key, data) in enumerate(edges):
        predicate = _str(data.get("predicate") or key)
        quad = _str(data.get("quad")) or "structure"
        family = _str(data.get("family")) or "other"
        label = _str(data.get("label")) or predicate.replace("_", " ")
        modality = _str(data.get("modality")) or "asserted"
        symmetric = bool(data.get("symmetric"))
        evidence = [
            {k: _str(item.get(k)) for k in ("article", "sentence", "date", "place", "modality", "title")
             if item.get(k) not in (None, "")}
            for item in data.get("evidence", [])
        ]
        evidence.sort(key=lambda e: (e.get("date", "9999"), e.get("article", ""), e.get("sentence", "")))
        dates = sorted({e["date"] for e in evidence if e.get("date")} | ({_str(data["date"])} if data.get("date") else set()))
        all_dates += dates
        fam = families.setdefault((quad, family), {"family": family, "quad": quad, "predicates": set(), "count": 0})
        fam["predicates"].add(predicate)
        fam["count"] += 1
        quads[quad] = quads.get(quad, 0) + 1
        color = QUAD_COLORS.get(quad, OTHER_QUAD_COLOR)
        pair = (min(u, v), max(u, v))
        nth = parallel.get(pair, 0)
        parallel[pair] = nth + 1
        smooth = False if nth == 0 else {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                                         "roundness": round(min(0.6, 0.12 * ((nth + 1) // 2)), 2)}
        source_label = _str(G.nodes[u].get("label")) or _str(u)
        target_label = _str(G.nodes[v].get("label")) or _str(v)
        arrow = " — " if symmetric else " → "
        n_ev = int(data.get("evidence_count", len(evidence)))  # the build may show only the latest (--page-evidence)
        net.add_edge(
            u, v, id=f"e{i}", label=label if label_all else None, elabel=label,
            title=f"{source_label}{arrow}{label}{arrow}{target_label}\n"
                  f"{n_ev} source sentence{'s' * (n_ev != 1)}{'' if modality == 'asserted' else ' · ' + modality}"
                  " — click for the evidence",
            color={"color": color, "highlight": color, "hover": color, "opacity": 0.55 if quad == "structure" else 0.9},
            width=1 if quad == "structure" else _edge_width(n_ev),
            arrows={"to": {"enabled": not symmetric}}, dashes=modality != "asserted", smooth=smooth,
            predicate=predicate, family=family, quad=quad, fkey=f"{quad}|{family}", symmetric=symmetric, modality=modality,
            evidence=evidence, articles=[_str(a) for a in data.get("articles", [])],
            confidence=data.get("confidence"), date=_str(data.get("date")) or None,
            place=_str(data.get("place")) or None, role=_str(data.get("role")) or None, dates=dates,
        )
    net.set_options(json.dumps(_options(G.number_of_edges())))

    def family_rank(f):
        return (FAMILY_ORDER.index(f) if f in FAMILY_ORDER else len(FAMILY_ORDER), f)

    quad_order = list(QUAD_COLORS)
    meta = {
        "title": title,
        "labelAllEdges": label_all,
        "types": [{"type": t, "name": TYPE_NAMES.get(t, t.title()), "color": TYPE_COLORS.get(t, OTHER_TYPE_COLOR),
                   "count": types.get(t, 0)}
                  for t in list(TYPE_COLORS) + sorted(set(types) - set(TYPE_COLORS)) if types.get(t)],
        "quads": [{"quad": q, "color": QUAD_COLORS.get(q, OTHER_QUAD_COLOR), "count": quads[q]}
                  for q in quad_order + sorted(set(quads) - set(quad_order)) if quads.get(q)],
        # One filter per (quad, family): "cooperate" holds verbal (supports) and material (signed_agreement_with) events.
        "families": [{"key": f"{f['quad']}|{f['family']}", "family": f["family"], "quad": f["quad"],
                      "color": QUAD_COLORS.get(f["quad"], OTHER_QUAD_COLOR), "predicates": sorted(f["predicates"]),
                      "count": f["count"]}
                     for f in sorted(families.values(), key=lambda f: family_rank(f["family"]))],
        "dates": {"min": min(all_dates), "max": max(all_dates)} if all_dates else None,
        "typeNames": TYPE_NAMES,
    }
    return net, meta


def to_html(G: nx.MultiDiGraph, title: str = "vnkg graph") -> str:
    """The whole page as one string.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", id="a", label="<b>A</b>", type="COUNTRY", aliases=[], articles=[], mentions=1)
    >>> page = to_html(G, title="<i>t</i>")
    >>> "<b>A</b>" in page or "<i>t</i>" in page, "&lt;i&gt;t&lt;/i&gt;" in page
    (False, True)
    """
    net, meta = _network(G, title)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    # pyvis leaves None where an attribute was not given; vis.js wants it absent.
    nodes = [{k: v for k, v in n.items() if v is not None} for n in nodes]
    edges = [{k: v for k, v in e.items() if v is not None} for e in edges]
    data = _json_for_html({"meta": meta, "nodes": nodes, "edges": edges, "options": json.loads(options)})
    vis_js, app_js, css = _asset("vis-network.min.js"), _asset("vnkg.js"), _asset("vnkg.css")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
        f"style-src {_csp_hash(css)}",
        "img-src 'none'", "font-src 'none'", "connect-src 'none'", "media-src 'none'", "object-src 'none'",
        "frame-src 'none'", "worker-src 'none'", "manifest-src 'none'", "base-uri 'none'", "form-action 'none'",
    ])
    return _environment().get_template("graph.html.j2").render(
        title=title, csp=csp, css=css, vis_js=vis_js, app_js=app_js, data=data,
        n_nodes=G.number_of_nodes(), n_edges=G.number_of_edges(),
    )


def write_html(G: nx.MultiDiGraph, path: str | Path, title: str = "vnkg graph") -> Path:
    return atomic_write(path, to_html(G, title))
