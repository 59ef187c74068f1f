"""The review list: entities the actor dictionary does not know ("null actors").

Event coders keep a list of the actors they met but could not code, so that the
dictionary grows where the news goes. `to_review_tsv` writes one line per node
with `in_dictionary` false, most mentioned first, with the forms it was seen
under, ready to be added to `extract/data/actors/*.yaml`.
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
