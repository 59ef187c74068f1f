"""The GraphML export: the same data as the JSON, in GraphML 1.0 that validates against its schema.

Written and read a record at a time, so that neither holds the whole file:

- one `<key>` per attribute and domain, its id prefixed by the domain (`g_`,
  `n_`, `e_`), as the schema wants key ids unique (a node `label` and an edge
  `label` are two keys); `attr.type` is boolean, long, double or string;
- lists and dicts (aliases, articles, evidence) travel as compact JSON strings,
  their key marked `<desc>JSON</desc>`;
- node ids are the entity ids (read back as the node attribute `id` too); a
  graph whose ids are not all XML name tokens gets n0, n1, ... instead and
  keeps its ids in the node attribute `id`;
- edges carry no GraphML id (the schema wants edge ids unique, and two
  relations share a predicate): the multigraph key is the edge's `predicate`,
  or its `key` attribute where the two differ;
- characters XML 1.0 cannot carry (NUL and most other control characters) are
  written as U+FFFD; the JSON keeps them.

tests/data/graphml/ holds the schema the tests validate against.
"""
from __future__ import annotations

import io
import json
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO, TextIO

import networkx as nx

from graph.evidence import Final, edges_with_evidence

from .atomic import atomic_write

NS = "http://graphml.graphdrawing.org/xmlns"
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<graphml xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          f'xsi:schemaLocation="{NS} {NS}/1.0/graphml.xsd">\n')
DOMAINS = {"graph": "g", "node": "n", "edge": "e"}
JSON_DESC = "JSON"
STRUCTURED = {"aliases", "articles", "evidence"}  # JSON strings in files written before keys were marked
_NAME_TOKEN = re.compile(r"[A-Za-z0-9._:-]+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;",
                       "\t": "&#9;"})


def _text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value).translate(_TEXT)


def _attr(value: str) -> str:
    return '"' + _NOT_XML.sub("\ufffd", value).translate(_ATTR) + '"'


def _type(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _value(value, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double" and isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
    if kind in ("long", "double"):
        return repr(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                                                           sort_keys=True)


class _Keys:
    """The <key>s of a graph: one per (domain, attribute name), with the type its values agree on."""

    def __init__(self) -> None:
        self.types: dict[tuple[str, str], str] = {}
        self.json: set[tuple[str, str]] = set()

    def see(self, domain: str, attrs: dict) -> None:
        for name, value in attrs.items():
            if value is None:
                continue
            kind, known = _type(value), self.types.get((domain, name))
            if known is not None and known != kind:
                kind = "double" if {known, kind} == {"long", "double"} else "string"
            self.types[domain, name] = kind
            if isinstance(value, (list, tuple, dict, set)):
                self.json.add((domain, name))

    def declarations(self) -> str:
        lines = []
        for (domain, name), kind in sorted(self.types.items(), key=lambda kv: (list(DOMAINS).index(kv[0][0]), kv[0][1])):
            desc = f"<desc>{JSON_DESC}</desc>" if (domain, name) in self.json else ""
            head = (f'  <key id={_attr(DOMAINS[domain] + "_" + name)} for="{domain}" attr.name={_attr(name)} '
                    f'attr.type="{kind}"')
            lines.append(f"{head}>{desc}</key>\n" if desc else f"{head}/>\n")
        return "".join(lines)

    def data(self, domain: str, attrs: dict, indent: str) -> str:
        out = []
        for name in sorted(attrs):
            value = attrs[name]
            if value is None:
                continue
            if isinstance(value, set):
                value = sorted(value)
            text = _value(value, self.types[domain, name])
            out.append(f"{indent}<data key={_attr(DOMAINS[domain] + '_' + name)}>{_text(text)}</data>\n")
        return "".join(out)


def write_graphml_to(G: nx.MultiDiGraph, out: TextIO, evidence: Final | None = None) -> None:
    """Write graph.graphml of `G` to the text stream `out`, a node or an edge at a time."""
    ids = {n: n for n in G.nodes}
    if not all(isinstance(n, str) and _NAME_TOKEN.fullmatch(n) for n in G.nodes):
        ids = {n: f"n{i}" for i, n in enumerate(G.nodes)}
    keys = _Keys()
    keys.see("graph", G.graph)
    for n, data in G.nodes(data=True):
        keys.see("node", _node_attrs(n, ids[n], data))
    has_evidence = evidence is not None
    for _, _, key, data in G.edges(keys=True, data=True):
        keys.see("edge", _edge_attrs(key, data))
        has_evidence = has_evidence or "evidence" in data
    if has_evidence:
        keys.types["edge", "evidence"] = "string"
        keys.json.add(("edge", "evidence"))
    out.write(HEADER + keys.declarations() + '  <graph edgedefault="directed">\n' + keys.data("graph", G.graph, "    "))
    for n, data in G.nodes(data=True):
        out.write(f"    <node id={_attr(ids[n])}>\n{keys.data('node', _node_attrs(n, ids[n], data), '      ')}    </node>\n")
    for u, v, key, attrs, texts in edges_with_evidence(G, evidence):
        attrs = _edge_attrs(key, attrs)
        body = keys.data("edge", attrs, "      ")
        if has_evidence:
            body += f'      <data key="e_evidence">{_text("[" + ",".join(texts) + "]")}</data>\n'
        out.write(f"    <edge source={_attr(ids[u])} target={_attr(ids[v])}>\n{body}    </edge>\n")
    out.write("  </graph>\n</graphml>\n")


def _node_attrs(node_id, graphml_id: str, data: dict) -> dict:
    """A node's attributes as written: its `id` only where the GraphML id is not the node's id."""
    if graphml_id == node_id:
        return {k: v for k, v in data.items() if k != "id"}
    return {**data, "id": node_id}


def _edge_attrs(key, data: dict) -> dict:
    """An edge's attributes as written: without its evidence, with its key where the predicate does not say it."""
    attrs = {k: v for k, v in data.items() if k != "evidence"}
    if key != data.get("predicate"):
        attrs["key"] = key
    return attrs


def writer(G: nx.MultiDiGraph, evidence: Final | None = None):
    """A function that writes graph.graphml of `G` to a binary file (what `exports.atomic.stage` takes)."""
    def write(f: BinaryIO) -> None:
        text = io.TextIOWrapper(f, encoding="utf-8", newline="\n", write_through=False)
        write_graphml_to(G, text, evidence)
        text.flush()
        text.detach()
    return write


def to_graphml(G: nx.MultiDiGraph) -> str:
    """graph.graphml of `G` as one string (for small graphs; a build streams it to disk)."""
    out = io.StringIO()
    write_graphml_to(G, out)
    return out.getvalue()


def write_graphml(G: nx.MultiDiGraph, path: str | Path, evidence: Final | None = None) -> Path:
    return atomic_write(path, writer(G, evidence))


# -- reading ----------------------------------------------------------------------------------------


def _convert(text: str, kind: str, is_json: bool):
    if is_json:
        return json.loads(text)
    if kind == "boolean":
        return text.strip().lower() in ("true", "1")
    if kind in ("int", "long"):
        return int(text)
    if kind in ("float", "double"):
        return float(text.strip().replace("INF", "inf"))
    return text


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Load a graph written by `write_graphml`, JSON strings turned back into lists and dicts.

    >>> G = nx.MultiDiGraph(); G.add_node("a", id="a", aliases=["Nga"])
    >>> import tempfile, os; p = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> _ = write_graphml(G, p); read_graphml(p).nodes["a"]["aliases"]
    ['Nga']
    """
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    keys: dict[str, tuple[str, str, bool]] = {}  # key id -> (attribute name, type, JSON-encoded)
    names: dict[str, str] = {}  # GraphML node id -> node id
    stack: list[ET.Element] = []
    for event, elem in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            stack.append(elem)
            continue
        stack.pop()
        tag = elem.tag.rpartition("}")[2]
        if tag == "key":
            desc = elem.find(f"{{{NS}}}desc")
            name = elem.get("attr.name") or elem.get("id", "")
            is_json = (desc is not None and (desc.text or "").strip() == JSON_DESC) or \
                (desc is None and name in STRUCTURED)
            keys[elem.get("id", "")] = (name, elem.get("attr.type", "string"), is_json)
        elif tag in ("node", "edge"):
            data = _data(elem, keys)
            if tag == "node":
                data.setdefault("id", elem.get("id"))
                names[elem.get("id", "")] = data["id"]
                G.add_node(data["id"], **data)
            else:
                key = data.pop("key", data.get("predicate"))
                G.add_edge(names[elem.get("source", "")], names[elem.get("target", "")], key=key, **data)
            stack[-1].remove(elem)
        elif tag == "data" and stack and stack[-1].tag.endswith("}graph"):
            G.graph.update(_data([elem], keys))
    return G


def _data(children: Iterable[ET.Element], keys: dict[str, tuple[str, str, bool]]) -> dict:
    data = {}
    for child in children:
        if child.tag.rpartition("}")[2] == "data":
            name, kind, is_json = keys[child.get("key", "")]
            data[name] = _convert(child.text or "", kind, is_json)
    return data
