"""The JSON export: networkx node-link data, as ../shared/ONTOLOGY.md specifies, written and read as a stream.

The file is the document `networkx.node_link_data(G, edges="edges")` gives, in
a layout that streams both ways: one line for the head, then one line per node,
then one per edge, each record compact with sorted keys:

    {"directed":true,"multigraph":true,"graph":{},"nodes":[
    {"aliases":["Nga"],"articles":["a1"],"id":"country:RU",...},
    ...
    {"aliases":["Mỹ"],"articles":["a1"],"id":"country:US",...}
    ],"edges":[
    {"articles":["a1"],...,"evidence":[{"article":"a1","sentence":"..."}],...,"source":"country:RU",...}
    ],"articles":{
    "a1":{"date":"2021-12-02","source":"world.jsonl:17","title":"..."}
    }}

The articles table (title, date, URL, source file of each article the graph
cites; `G.graph["articles"]`) is the file's top-level `articles`, last.

Any JSON parser reads it; `read_json` reads it a line at a time, so neither the
writer nor the reader ever holds the text of the whole file. `pretty=True`
writes, also a record at a time, what `json.dumps(data, indent=1,
sort_keys=True)` gives, for people (read with the ordinary parser). An edge's
evidence may come from the graph or, for a graph whose evidence stayed on disk,
from its `graph.evidence.EvidenceStore` (`evidence=store.final()`).
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

import networkx as nx

from graph.evidence import Final, edges_with_evidence

from .atomic import atomic_write

HEAD_END = '"nodes":['
BETWEEN = '],"edges":['
ARTICLES = '],"articles":{'


def _compact(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _edge_record(attrs: dict, evidence: list[str]) -> str:
    """The compact JSON of an edge record with its evidence spliced in, already encoded, at its sorted place."""
    before = {k: v for k, v in attrs.items() if k < "evidence"}
    after = {k: v for k, v in attrs.items() if k > "evidence"}
    head = _compact(before)[:-1] + ("," if before else "")
    tail = ("," + _compact(after)[1:]) if after else "}"
    return f'{head}"evidence":[{",".join(evidence)}]{tail}'


def write_json_to(G: nx.MultiDiGraph, out: TextIO, evidence: Final | None = None, pretty: bool = False) -> None:
    """Write graph.json of `G` to the text stream `out`, a record at a time."""
    (_write_pretty if pretty else _write_compact)(G, out, evidence)


def _graph_data(G: nx.MultiDiGraph) -> dict:
    """The graph-level data but the articles table, which is the top-level `articles` of the file."""
    return {k: v for k, v in G.graph.items() if k != "articles"}


def _write_compact(G: nx.MultiDiGraph, out: TextIO, evidence: Final | None) -> None:
    out.write('{"directed":true,"multigraph":true,"graph":' + _compact(_graph_data(G)) + "," + HEAD_END + "\n")
    _lines(out, (_compact({**data, "id": node_id}) for node_id, data in G.nodes(data=True)))
    out.write(BETWEEN + "\n")
    _lines(out, (_edge_record({**attrs, "source": u, "target": v, "key": key}, texts)
                 for u, v, key, attrs, texts in edges_with_evidence(G, evidence)))
    if "articles" not in G.graph:
        out.write("]}\n")
        return
    out.write(ARTICLES + "\n")
    _lines(out, (_compact({article_id: record})[1:-1] for article_id, record in sorted(G.graph["articles"].items())))
    out.write("}}\n")


def _lines(out: TextIO, records: Iterator[str]) -> None:
    """One record a line, a comma after each but the last."""
    first = True
    for record in records:
        out.write(record if first else ",\n" + record)
        first = False
    if not first:
        out.write("\n")


def _write_pretty(G: nx.MultiDiGraph, out: TextIO, evidence: Final | None) -> None:
    """What json.dumps(node_link_data(G), indent=1, sort_keys=True) gives, written a record at a time."""
    def indented(records: Iterator[dict]) -> None:
        first = True
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n  ")
            out.write(("[\n  " if first else ",\n  ") + text)
            first = False
        out.write("[]" if first else "\n ]")

    out.write("{\n")
    if "articles" in G.graph:
        table = json.dumps(G.graph["articles"], ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n ")
        out.write(f' "articles": {table},\n')
    out.write(' "directed": true,\n "edges": ')
    indented({**attrs, "evidence": [json.loads(t) for t in texts], "source": u, "target": v, "key": key}
             for u, v, key, attrs, texts in edges_with_evidence(G, evidence))
    graph = json.dumps(_graph_data(G), ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n ")
    out.write(f',\n "graph": {graph},\n "multigraph": true,\n "nodes": ')
    indented({**data, "id": node_id} for node_id, data in G.nodes(data=True))
    out.write("\n}\n")


def writer(G: nx.MultiDiGraph, evidence: Final | None = None, pretty: bool = False):
    """A function that writes graph.json of `G` to a binary file (what `exports.atomic.stage` takes)."""
    def write(f: BinaryIO) -> None:
        text = io.TextIOWrapper(f, encoding="utf-8", newline="\n", write_through=False)
        write_json_to(G, text, evidence, pretty)
        text.flush()
        text.detach()
    return write


def to_json(G: nx.MultiDiGraph, pretty: bool = False) -> str:
    """graph.json of `G` as one string (for small graphs; a build streams it to disk).

    >>> G = nx.MultiDiGraph(); G.add_node("a", id="a", label="A")
    >>> '"label":"A"' in to_json(G)
    True
    """
    out = io.StringIO()
    write_json_to(G, out, pretty=pretty)
    return out.getvalue()


def write_json(G: nx.MultiDiGraph, path: str | Path, evidence: Final | None = None, pretty: bool = False) -> Path:
    return atomic_write(path, writer(G, evidence, pretty))


def records(path: str | Path) -> Iterator[tuple[str, dict]]:
    """("graph", attributes), then ("node", record) for each node, ("edge", record) for each edge, and
    ("articles", {id: record, ...}) for the articles table (a line of it at a time), if any.

    A file in the layout `write_json_to` writes is read a line at a time; any
    other node-link JSON (a pretty one, one written by networkx) is parsed whole.
    """
    with open(path, encoding="utf-8") as f:
        first = f.readline()
        if not first.rstrip("\n").endswith(HEAD_END):
            f.seek(0)
            data = json.load(f)
            yield "graph", data.get("graph") or {}
            if isinstance(data.get("articles"), dict):
                yield "articles", data["articles"]
            for record in data["nodes"]:
                yield "node", record
            for record in data.get("edges", data.get("links", [])):
                yield "edge", record
            return
        yield "graph", json.loads(first.rstrip("\n") + "]}").get("graph") or {}
        kind = "node"
        for number, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if line in (BETWEEN, ARTICLES):
                kind = "edge" if line == BETWEEN else "articles"
                continue
            if line in ("]}", "}}"):
                return
            try:
                record = line.removesuffix(",")
                yield kind, json.loads("{" + record + "}" if kind == "articles" else record)
            except ValueError as exc:
                raise ValueError(f"line {number}: {exc}") from None
        raise ValueError("the file ends early (no closing ']}')")


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Load a graph written by `write_json` (or any node-link JSON of a multigraph).

    As `networkx.node_link_graph` does, the node-link keys (a node's `id`, an
    edge's `source`, `target`, `key`) become the graph's structure, not attributes.
    """
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    for kind, record in records(path):
        if kind == "graph":
            G.graph.update(record)
        elif kind == "articles":
            G.graph.setdefault("articles", {}).update(record)
        elif kind == "node":
            node_id = record.pop("id")
            G.add_node(node_id, **record)
        else:
            u, v, key = record.pop("source"), record.pop("target"), record.pop("key", None)
            G.add_edge(u, v, key=key, **record)
    return G
