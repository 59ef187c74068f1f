"""The interactive page: graph.html.

A first, plain version: a self-contained page listing entities and relations,
every text inserted escaped. (The vis.js network view replaces it.)
"""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from .atomic import atomic_write


def to_html(G: nx.MultiDiGraph, title: str = "vnkg graph") -> str:
    esc = html.escape
    rows = []
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[2]["predicate"], e[1])):
        ev = "".join(f"<li>{esc(e['sentence'])} <i>({esc(e['article'])})</i></li>" for e in data["evidence"])
        rows.append(
            f"<tr><td>{esc(G.nodes[u]['label'])}</td><td>{esc(data['label'])}</td>"
            f"<td>{esc(G.nodes[v]['label'])}</td><td><ul>{ev}</ul></td></tr>"
        )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title></head><body>"
        f"<h1>{esc(title)}</h1><p>{G.number_of_nodes()} entities, {G.number_of_edges()} relations</p>"
        f"<table>{''.join(rows)}</table></body></html>\n"
    )


def write_html(G: nx.MultiDiGraph, path: str | Path, title: str = "vnkg graph") -> Path:
    return atomic_write(path, to_html(G, title))
