"""Reading a graph file written by `vnkg build`, whichever of the two formats it is in.

The readers themselves live beside their writers in `exports/`; this module
tells the formats apart and turns every failure into one `GraphLoadError` line.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from exports.graphml import read_graphml
from exports.jsonfile import read_json

from .errors import GraphLoadError


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """The graph in a graph.json (node-link) or graph.graphml, told apart by suffix, else by content.

    Raises GraphLoadError, whose message names the file and says what is wrong.
    """
    path = Path(path)
    if not path.exists():
        raise GraphLoadError(f"cannot read graph {str(path)!r}: no such file")
    if path.is_dir():
        hint = " (did you mean its graph.json?)" if (path / "graph.json").exists() else ""
        raise GraphLoadError(f"cannot read graph {str(path)!r}: it is a folder{hint}")
    kind = path.suffix.lower()
    try:
        if kind not in (".json", ".graphml", ".xml"):
            with open(path, "rb") as f:
                start = f.read(64).lstrip()
            kind = ".json" if start.startswith(b"{") else ".graphml" if start.startswith(b"<") else kind
        if kind == ".json":
            return read_json(path)
        if kind in (".graphml", ".xml"):
            return read_graphml(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphLoadError(f"cannot read graph {str(path)!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    except Exception as exc:  # a malformed file: JSON, XML or node-link errors of every kind
        raise GraphLoadError(f"cannot read graph {str(path)!r}: not a graph written by vnkg build "
                             f"({type(exc).__name__}: {exc})") from exc
    raise GraphLoadError(f"cannot read graph {str(path)!r}: expected a .json or .graphml file")
