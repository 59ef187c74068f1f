"""The interactive page: graph.html.

One self-contained file that opens from a laptop on a train: the vis-network
library pyvis ships, our scripts and our style are inlined, and nothing is
fetched. The page comes from our own template (exports/templates/graph.html.j2),
because pyvis' templates link Bootstrap and tom-select from a CDN; the data it
carries is shaped in exports/pagedata.py.

Article text never becomes markup. The graph travels as JSON blocks inside
`<script type="application/json">` (the graph, and the details its panels read)
with `<`, `>` and `&` written as \\u escapes,
so no sentence can close the block, and the page scripts insert every string
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
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .atomic import atomic_write
from .pagedata import page_data

HERE = Path(__file__).parent
VIS_JS = "lib/vis-9.1.2/vis-network.min.js"  # inside the pyvis package (pinned 0.3.2)
# The page's own scripts, in the order they run: each adds its part to the one before.
PAGE_SCRIPTS = ("page.js", "view.js", "charts.js", "panel.js", "controls.js", "search.js")


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


def to_html(G: nx.MultiDiGraph, title: str = "vnkg graph") -> str:
    """The whole page as one string.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", id="a", label="<b>A</b>", type="COUNTRY", aliases=[], articles=[], mentions=1)
    >>> page = to_html(G, title="<i>t</i>")
    >>> "<b>A</b>" in page or "<i>t</i>" in page, "&lt;i&gt;t&lt;/i&gt;" in page
    (False, True)
    """
    data, details = (_json_for_html(part) for part in page_data(G, title))
    vis_js, css = _asset("vis-network.min.js"), _asset("vnkg.css")
    scripts = [_asset(name) for name in PAGE_SCRIPTS]
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(_csp_hash(text) for text in [vis_js, *scripts]),
        f"style-src {_csp_hash(css)}",
        "img-src 'none'", "font-src 'none'", "connect-src 'none'", "media-src 'none'", "object-src 'none'",
        "frame-src 'none'", "worker-src 'none'", "manifest-src 'none'", "base-uri 'none'", "form-action 'none'",
    ])
    return _environment().get_template("graph.html.j2").render(
        title=title, csp=csp, css=css, vis_js=vis_js, scripts=scripts, data=data, details=details,
        n_nodes=G.number_of_nodes(), n_edges=G.number_of_edges(),
    )


def write_html(G: nx.MultiDiGraph, path: str | Path, title: str = "vnkg graph") -> Path:
    return atomic_write(path, to_html(G, title))
