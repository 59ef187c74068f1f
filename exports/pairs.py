"""One line per linked pair of entities: the edges graph.html draws.

Two countries in the news can be linked by a dozen relations (met, urges,
criticizes, sanctions ...). Drawn one curve each, the most mentioned entities
vanish under their own lines; so the page draws one line per pair, as wide as
all its source sentences, and lists the relations when it is clicked. A pair
with one relation is drawn as that relation: its kind's colour, an arrow if it
is directed, dashes if it is planned or possible. A pair with several takes
the colour of the kind of event most of their sentences report.
"""
from __future__ import annotations

from .style import QUAD_COLORS, edge_opacity, edge_width, quad_color

SHOWN_IN_TOOLTIP = 6  # relations listed in a line's tooltip


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _line_style(relations: list[dict]) -> dict:
    """Colour, width, arrow and dashes of the line of these relations (all between one pair)."""
    total = sum(r["sources"] for r in relations)
    by_quad: dict[str, int] = {}
    for r in relations:
        if r["quad"] != "structure":
            by_quad[r["quad"]] = by_quad.get(r["quad"], 0) + r["sources"]
    order = list(QUAD_COLORS)
    quad = min(by_quad, key=lambda q: (-by_quad[q], order.index(q) if q in order else len(order), q)) if by_quad else "structure"
    color = quad_color(quad)
    directions = {(r["from"], r["to"]) for r in relations}
    directed = len(directions) == 1 and not any(r["symmetric"] for r in relations)
    return {
        "color": {"color": color, "highlight": color, "hover": color, "opacity": edge_opacity(quad, total)},
        "width": 1 if quad == "structure" else edge_width(total),
        "arrows": {"to": {"enabled": directed}},
        "dashes": all(r["modality"] != "asserted" for r in relations),
        "smooth": False,
    }


def _title(relations: list[dict], labels: dict[str, str]) -> str:
    def line(r: dict) -> str:
        arrow = " — " if r["symmetric"] else " → "
        return f"{labels[r['from']]}{arrow}{r['elabel']}{arrow}{labels[r['to']]}"

    if len(relations) == 1:
        r = relations[0]
        note = "" if r["modality"] == "asserted" else " · " + r["modality"]
        return f"{line(r)}\n{_plural(r['sources'], 'source sentence')}{note} — click for the evidence"
    first = relations[0]
    shown = sorted(relations, key=lambda r: (-r["sources"], r["elabel"]))[:SHOWN_IN_TOOLTIP]
    rest = len(relations) - len(shown)
    total = sum(r["sources"] for r in relations)
    return "\n".join([f"{labels[first['from']]} and {labels[first['to']]}: {_plural(len(relations), 'relation')}, "
                      f"{_plural(total, 'source sentence')}"]
                     + [f"{line(r)} ({r['sources']})" for r in shown]
                     + ([f"... {rest} more"] if rest else []) + ["click to list them"])


def _label(relations: list[dict]) -> str:
    names = [r["elabel"] for r in sorted(relations, key=lambda r: (-r["sources"], r["elabel"]))]
    return ", ".join(names) if len(names) <= 2 else f"{names[0]}, {names[1]} +{len(names) - 2}"


def pair_lines(relations: list[dict], labels: dict[str, str], label_all: bool) -> list[dict]:
    """vis-network edge items, one per pair of entities with relations, in the order of their first relation.

    Each lists its relations' ids (`relations`) and, on each relation, `pair`
    is set to the line's id. `elabel` names the relations in short; `label_all`
    also writes that on the line.

    >>> rel = lambda i, u, v, p, q, n: {"id": f"r{i}", "from": u, "to": v, "elabel": p, "quad": q, "sources": n,
    ...                                 "symmetric": False, "modality": "asserted"}
    >>> rels = [rel(0, "a", "b", "urges", "verbal conflict", 1), rel(1, "b", "a", "supports", "verbal cooperation", 3)]
    >>> lines = pair_lines(rels, {"a": "A", "b": "B"}, label_all=True)
    >>> [(e["id"], e["relations"], e["arrows"]["to"]["enabled"], e["label"]) for e in lines]
    [('e0', ['r0', 'r1'], False, 'supports, urges')]
    >>> rels[1]["pair"]
    'e0'
    """
    pairs: dict[tuple[str, str], list[dict]] = {}
    for r in relations:
        pairs.setdefault((min(r["from"], r["to"]), max(r["from"], r["to"])), []).append(r)
    lines = []
    for i, (pair, members) in enumerate(pairs.items()):
        style = _line_style(members)
        # A directed line points the way its relations go; any other runs from the smaller id.
        source, target = (members[0]["from"], members[0]["to"]) if style["arrows"]["to"]["enabled"] else pair
        line = {"id": f"e{i}", "from": source, "to": target, "relations": [r["id"] for r in members],
                "sources": sum(r["sources"] for r in members), "elabel": _label(members),
                "title": _title(members, labels), **style}
        if label_all:
            line["label"] = line["elabel"]
        for r in members:
            r["pair"] = line["id"]
        lines.append(line)
    return lines
