"""`vnkg export DIR --format FORMAT [--out PATH]`: the graph of DIR in the format of another tool.

    gexf     DIR/graph.gexf   Gephi (networkx reads it too)                       exports/gexf.py
    csv      DIR/csv/         entities.csv, relations.csv, evidence.csv: pandas   exports/tables.py
    neo4j    DIR/neo4j/       neo4j-admin import CSVs and a LOAD CSV script       exports/neo4j.py
    ladybug  DIR/graph.lbug   an embedded Cypher database (pip install 'vnkg[db]') exports/ladybugdb.py
    rdf      DIR/graph.ttl    Turtle: IRIs, owl:sameAs Wikidata, reified evidence  exports/rdf.py

DIR is a folder made by `vnkg build` (or a graph.json / graph.graphml file).
Exit status: 0 written, 2 the graph cannot be read or the format's library is
missing, 3 the output cannot be written; each problem is one line on stderr.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from exports.gexf import write_gexf
from exports.ladybugdb import MissingLadybug, write_ladybug
from exports.neo4j import write_neo4j
from exports.rdf import write_turtle
from exports.tables import write_tables

from .errors import GraphLoadError
from .graphfile import read_graph
from .terminal import fail

EXIT_OK, EXIT_ERROR, EXIT_WRITE = 0, 2, 3


@dataclass(frozen=True)
class Format:
    """An export format: its writer, where it goes by default (inside DIR), and what it is for."""

    write: Callable[[nx.MultiDiGraph, Path], Path]
    default: str
    what: str


FORMATS = {
    "gexf": Format(write_gexf, "graph.gexf", "GEXF for Gephi"),
    "csv": Format(write_tables, "csv", "entities.csv, relations.csv and evidence.csv"),
    "neo4j": Format(write_neo4j, "neo4j", "CSV for neo4j-admin import, and load.cypher for LOAD CSV"),
    "ladybug": Format(write_ladybug, "graph.lbug", "a LadybugDB database (embedded Cypher)"),
    "rdf": Format(write_turtle, "graph.ttl", "RDF Turtle"),
}


def graph_file(path: Path) -> Path:
    """The graph file of DIR: its graph.json; a file is itself."""
    return path / "graph.json" if path.is_dir() else path


def cmd_export(args: argparse.Namespace) -> int:
    source = Path(args.dir)
    fmt = FORMATS[args.format]
    try:
        G = read_graph(graph_file(source))
    except GraphLoadError as exc:
        return fail(exc, EXIT_ERROR)
    folder = source if source.is_dir() else source.parent
    out = Path(args.out) if args.out else folder / fmt.default
    try:
        written = fmt.write(G, out)
    except MissingLadybug as exc:
        return fail(exc, EXIT_ERROR)
    except OSError as exc:
        return fail(f"cannot write {exc.filename or out}: {exc.strerror or exc}", EXIT_WRITE)
    except RuntimeError as exc:  # the database library failing to write (disk full, ...)
        return fail(f"cannot write {out}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", EXIT_WRITE)
    if not getattr(args, "quiet", False):
        print(f"{args.format}: {written}  ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")
    return EXIT_OK


def register(subparsers, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `export` command to the `vnkg` sub-command parsers."""
    listing = "; ".join(f"{name}: {fmt.what} (default DIR/{fmt.default})" for name, fmt in FORMATS.items())
    e = subparsers.add_parser("export", parents=parents, help="write the graph for Gephi, pandas, Neo4j, "
                              "LadybugDB or RDF tools", description=f"Write the graph of DIR in another format. "
                              f"{listing}.")
    e.add_argument("dir", metavar="DIR", help="folder of the graph (made by vnkg build), or a graph.json/.graphml")
    e.add_argument("--format", "-f", required=True, choices=tuple(FORMATS), help="the format to write")
    e.add_argument("--out", "-o", metavar="PATH", help="where to write it (a file, or a folder for csv and neo4j)")
    e.set_defaults(func=cmd_export)
