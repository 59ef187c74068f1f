"""Writers for the merged graph: JSON (node-link), GraphML and the HTML page."""
from .atomic import atomic_write
from .graphml import read_graphml, to_graphml, write_graphml
from .html import to_html, write_html
from .jsonfile import read_json, to_json, write_json

__all__ = ["atomic_write", "read_graphml", "read_json", "to_graphml", "to_html", "to_json",
           "write_graphml", "write_html", "write_json"]
