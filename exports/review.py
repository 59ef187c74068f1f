"""The review lists: entities the actor dictionary does not know ("null actors"), and the merges.

Event coders keep a list of the actors they met but could not code, so that the
dictionary grows where the news goes. `to_review_tsv` writes one line per node
with `in_dictionary` false, most mentioned first, with the forms it was seen
under, ready to be added to `extract/data/actors/*.yaml`. `to_merges_tsv` lists
what graph/resolve.py merged across articles, and the candidates it left apart.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import networkx as nx

COLUMNS = ("id", "type", "label", "mentions", "articles", "aliases")


def _cell(value) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")


def review_lines(G: nx.MultiDiGraph) -> Iterator[str]:
    """The lines of the review list (header first), each ending in a newline."""
    rows = [data for _, data in G.nodes(data=True) if data.get("in_dictionary") is False]
    rows.sort(key=lambda d: (-int(d.get("mentions", 0)), d["type"], d["label"], d["id"]))
    yield "\t".join(COLUMNS) + "\n"
    for d in rows:
        yield "\t".join(_cell(v) for v in (
            d["id"], d["type"], d["label"], d.get("mentions", 0), len(d.get("articles", [])),
            " | ".join(d.get("aliases", [])),
        )) + "\n"


def to_review_tsv(G: nx.MultiDiGraph) -> str:
    """Tab-separated review list of the graph's entities not in the dictionary.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:olga_oliker", id="person:olga_oliker", type="PERSON", label="Olga Oliker",
    ...            aliases=["Olga Oliker", "Oliker"], articles=["a1"], mentions=3, in_dictionary=False)
    >>> print(to_review_tsv(G), end="")  # doctest: +NORMALIZE_WHITESPACE
    id	type	label	mentions	articles	aliases
    person:olga_oliker	PERSON	Olga Oliker	3	1	Olga Oliker | Oliker
    """
    return "".join(review_lines(G))


def write_review_to(G: nx.MultiDiGraph, f: BinaryIO) -> None:
    """Write the review list to a binary file, a line at a time."""
    for line in review_lines(G):
        f.write(line.encode("utf-8"))


MERGE_COLUMNS = ("decision", "kind", "id", "label", "mentions", "articles", "into", "into_label", "reason")


def to_merges_tsv(G: nx.MultiDiGraph) -> str:
    """Tab-separated list of the merges graph/resolve.py made and of the candidates it left.

    A "merged" row is a node folded into `into` (its label stays an alias there);
    a "candidate" row a node left apart from the node(s) in `into`, with the
    reason. An analyst confirms a candidate by adding its label to the aliases
    of the right record in extract/data/actors/.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:donald_trump", id="person:donald_trump", label="Donald Trump", type="PERSON")
    >>> G.add_node("person:clinton", id="person:clinton", label="Clinton", type="PERSON")
    >>> G.graph["resolution"] = {"merged": {"person:donald_trump": [
    ...     {"id": "person:donald_trump", "label": "Donald Trump", "mentions": 9, "articles": ["a1"]},
    ...     {"id": "person:donad_trump", "label": "Donad Trump", "mentions": 1, "articles": ["a2"],
    ...      "kind": "typo", "reason": "typo of 'Donald Trump' (in the dictionary)"}]},
    ...     "candidates": [{"id": "person:clinton", "label": "Clinton", "mentions": 3, "articles": 2,
    ...      "kind": "surname", "others": ["person:bill_clinton"], "reason": "2 persons have this name"}]}
    >>> print(to_merges_tsv(G), end="")  # doctest: +NORMALIZE_WHITESPACE
    decision kind id label mentions articles into into_label reason
    merged typo person:donad_trump Donad Trump 1 1 person:donald_trump Donald Trump typo of 'Donald Trump' (in the dictionary)
    candidate surname person:clinton Clinton 3 2 person:bill_clinton person:bill_clinton 2 persons have this name
    """
    record = G.graph.get("resolution") or {}

    def label(node: str) -> str:
        return G.nodes[node].get("label", node) if node in G else node

    merged = [
        ("merged", m["kind"], m["id"], m["label"], m["mentions"], len(m["articles"]), into, label(into), m["reason"])
        for into, members in record.get("merged", {}).items() for m in members if m["id"] != into
    ]
    left = [
        ("candidate", c["kind"], c["id"], c["label"], c["mentions"], c["articles"], " | ".join(c["others"]),
         " | ".join(label(o) for o in c["others"]), c["reason"])
        for c in record.get("candidates", [])
    ]
    lines = ["\t".join(MERGE_COLUMNS)]
    for rows in (merged, left):
        rows.sort(key=lambda r: (-int(r[4]), r[3], r[2]))
        lines.extend("\t".join(_cell(v) for v in row) for row in rows)
    return "\n".join(lines) + "\n"
