"""The data graph.html carries: entities as vis-network nodes, relations, one line per linked pair, the legend.

Positions come twice for a large graph: `x`, `y` place every entity for "Show
all" (exports/layout.py over the whole graph), and `ox`, `oy` place the
entities of the first view (exports/overview.py) in a layout of their own, so
that view is spread out and readable rather than a thin slice of the whole.
Everything else the page shows (names, evidence, dates) travels as plain
values that the page script inserts as text. What only a side panel needs (the
sentences of each relation, the articles of each entity: half the page on a
corpus graph) travels apart, in `details`, which the page parses when a panel
first asks for it rather than before the graph is drawn.
"""
from __future__ import annotations

import networkx as nx

from .layout import layout
from .overview import first_view
from .pagenames import search_names
from .pairs import pair_lines
from .style import (
    FAMILY_COLORS,
    FAMILY_ORDER,
    LABEL_ALL_EDGES_UP_TO,
    OTHER_QUAD_COLOR,
    OTHER_TYPE_COLOR,
    QUAD_COLORS,
    TYPE_COLORS,
    TYPE_NAMES,
    font_size,
    label_box,
    node_size,
    vis_options,
)

EVIDENCE_FIELDS = ("article", "sentence", "date", "place", "modality", "title")


def _str(value) -> str:
    return "" if value is None else str(value)


def _web(url) -> bool:
    """
    >>> _web("https://vnexpress.net/a.html"), _web("javascript:alert(1)"), _web("HTTP://X.VN")
    (True, False, True)
    """
    return str(url).lower().startswith(("http://", "https://"))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _nodes(G: nx.MultiDiGraph) -> tuple[list[dict], dict | None]:
    """vis-network node items, in id order, and what the page needs to know of the first view."""
    sizes = {n: node_size(int(G.nodes[n].get("mentions") or 0)) for n in G.nodes}
    labels = {n: _str(G.nodes[n].get("label")) or _str(n) for n in G.nodes}
    boxes = {n: label_box(labels[n], sizes[n]) for n in G.nodes}
    positions = layout(G, boxes=boxes)
    overview, first = first_view(G, {n: font_size(sizes[n]) for n in G.nodes}, boxes) or (None, {})
    items = []
    for node_id in sorted(G.nodes):
        data = G.nodes[node_id]
        type_ = _str(data.get("type")) or "OTHER"
        mentions = int(data.get("mentions") or 0)
        x, y = positions[node_id]
        item = {
            "id": node_id, "label": labels[node_id], "group": type_ if type_ in TYPE_COLORS else "OTHER",
            "size": sizes[node_id], "font": {"size": font_size(sizes[node_id])}, "x": x, "y": y,
            "title": f"{labels[node_id]}\n{TYPE_NAMES.get(type_, type_.title())} · {_plural(mentions, 'mention')}",
            # What the side panel and the filters read:
            "type": type_, "mentions": mentions, "aliases": [_str(a) for a in data.get("aliases", [])],
            "narticles": len(data.get("articles", [])), "in_dictionary": bool(data.get("in_dictionary", True)),
        }
        if data.get("wikidata"):
            item["wikidata"] = _str(data["wikidata"])
        if node_id in first:
            item["ox"], item["oy"] = first[node_id]
        items.append(item)
    view = {"size": len(overview)} if overview else None
    return items, view


def _evidence(data: dict) -> list[dict]:
    evidence = [{k: _str(item.get(k)) for k in EVIDENCE_FIELDS if item.get(k) not in (None, "")}
                for item in data.get("evidence", [])]
    evidence.sort(key=lambda e: (e.get("date", "9999"), e.get("article", ""), e.get("sentence", "")))
    return evidence


def _relations(G: nx.MultiDiGraph, published: dict[str, str]) -> tuple[list[dict], list[list[dict]]]:
    """One record per relation (edge of the graph), in a fixed order, and apart, in the same order, its evidence.

    `dates` are those of the events (the sentences' dates, the relation's date), which the date filter
    reads; `when` gives each sentence its event's date or else its article's (`published`), for the charts.
    """
    items, sources = [], []
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], _str(e[2])))
    for i, (u, v, key, data) in enumerate(edges):
        predicate = _str(data.get("predicate") or key)
        quad = _str(data.get("quad")) or "structure"
        family = _str(data.get("family")) or "other"
        evidence = _evidence(data)
        dates = sorted({e["date"] for e in evidence if e.get("date")} | ({_str(data["date"])} if data.get("date") else set()))
        item = {
            "id": f"r{i}", "from": u, "to": v, "elabel": _str(data.get("label")) or predicate.replace("_", " "),
            "predicate": predicate, "family": family, "quad": quad, "fkey": f"{quad}|{family}",
            "symmetric": bool(data.get("symmetric")), "modality": _str(data.get("modality")) or "asserted",
            "sources": int(data.get("evidence_count", len(evidence))), "dates": dates,  # the build may show only the latest
            "when": sorted({e.get("date") or published.get(e.get("article", ""), "") for e in evidence} - {""}),
        }
        for name in ("confidence", "date", "place", "role"):
            if data.get(name) not in (None, ""):
                item[name] = data[name] if name == "confidence" else _str(data[name])
        items.append(item)
        sources.append(evidence)
    return items, sources


def _meta(G: nx.MultiDiGraph, title: str, relations: list[dict], view: dict | None) -> dict:
    types: dict[str, int] = {}
    for _, data in G.nodes(data=True):
        t = _str(data.get("type")) or "OTHER"
        types[t] = types.get(t, 0) + 1
    quads: dict[str, int] = {}
    families: dict[str, dict] = {}  # "quad|family": a family may span two quads
    for e in relations:
        quads[e["quad"]] = quads.get(e["quad"], 0) + 1
        f = families.setdefault(e["fkey"], {"key": e["fkey"], "family": e["family"], "quad": e["quad"],
                                            "predicates": set(), "count": 0})
        f["predicates"].add(e["predicate"])
        f["count"] += 1
    all_dates = [d for e in relations for d in e["dates"]]

    def family_rank(f: dict) -> tuple:
        return (FAMILY_ORDER.index(f["family"]) if f["family"] in FAMILY_ORDER else len(FAMILY_ORDER), f["family"],
                list(QUAD_COLORS).index(f["quad"]) if f["quad"] in QUAD_COLORS else len(QUAD_COLORS))

    return {
        "title": title,
        "labelAllEdges": G.number_of_edges() <= LABEL_ALL_EDGES_UP_TO,
        "overview": view,
        "types": [{"type": t, "name": TYPE_NAMES.get(t, t.title()), "color": TYPE_COLORS.get(t, OTHER_TYPE_COLOR),
                   "count": types[t]}
                  for t in list(TYPE_COLORS) + sorted(set(types) - set(TYPE_COLORS)) if types.get(t)],
        "quads": [{"quad": q, "color": QUAD_COLORS.get(q, OTHER_QUAD_COLOR), "count": quads[q]}
                  for q in list(QUAD_COLORS) + sorted(set(quads) - set(QUAD_COLORS)) if quads.get(q)],
        # One filter per (quad, family): "cooperate" holds verbal (supports) and material (signed_agreement_with) events.
        "families": [{**f, "predicates": sorted(f["predicates"]),
                      "color": QUAD_COLORS.get(f["quad"], OTHER_QUAD_COLOR),
                      "shade": FAMILY_COLORS.get(f["key"], QUAD_COLORS.get(f["quad"], OTHER_QUAD_COLOR))}
                     for f in sorted(families.values(), key=family_rank)],
        "dates": {"min": min(all_dates), "max": max(all_dates)} if all_dates else None,
        "typeNames": TYPE_NAMES,
    }


def page_data(G: nx.MultiDiGraph, title: str) -> tuple[dict, dict]:
    """What the page script reads, as two JSON-ready dicts: the graph (meta, nodes, edges, options)
    and the details its panels and its search read: evidence by relation, article ids by entity, the
    articles' titles, dates and links, the names each entity goes by (exports/pagenames.py).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:RU", label="Russia", type="COUNTRY", mentions=3)
    >>> G.add_node("country:US", label="United States", type="COUNTRY", mentions=2)
    >>> G.add_edge("country:RU", "country:US", key="met", predicate="met", quad="verbal cooperation",
    ...            family="consult", symmetric=True, evidence=[{"article": "a1", "sentence": "Nga gặp Mỹ."}])
    'met'
    >>> data, details = page_data(G, "t")
    >>> [(n["id"], n["group"]) for n in data["nodes"]], data["edges"][0]["title"].split("\\n")[0]
    ([('country:RU', 'COUNTRY'), ('country:US', 'COUNTRY')], 'Russia — met — United States')
    >>> data["relations"][0]["predicate"], data["edges"][0]["relations"]
    ('met', ['r0'])
    >>> details["evidence"]
    [[{'article': 'a1', 'sentence': 'Nga gặp Mỹ.'}]]
    """
    articles = G.graph.get("articles") or {}
    nodes, view = _nodes(G)
    relations, evidence = _relations(G, {a: _str(r.get("date")) for a, r in articles.items() if r.get("date")})
    lines = pair_lines(relations, {n["id"]: n["label"] for n in nodes}, label_all=len(relations) <= LABEL_ALL_EDGES_UP_TO)
    data = {"meta": _meta(G, title, relations, view), "nodes": nodes, "relations": relations, "edges": lines,
            "options": vis_options(len(lines))}
    cited = {n: [_str(a) for a in G.nodes[n].get("articles", [])] for n in sorted(G.nodes)}
    # What a reader of the page needs of an article: not the file it was read from on the builder's
    # machine, and a link only to a web address (the page script checks again).
    shown = {a: {k: _str(r[k]) for k in ("title", "date", "url") if r.get(k) and (k != "url" or _web(r[k]))}
             for a, r in articles.items()}
    return data, {"evidence": evidence, "cited": cited, "articles": shown, "names": search_names(G)}
