"""HTML for notebooks: what the results' `_repr_html_` methods return, so Jupyter shows tables.

Every value is escaped; long lists show their first `SHOWN` rows and say how many more there are.

    >>> print(html_table(["name", "type"], [{"name": "Nga <RU>", "type": "COUNTRY"}]))
    <table class="vnkg">
    <thead><tr><th>name</th><th>type</th></tr></thead>
    <tbody>
    <tr><td>Nga &lt;RU&gt;</td><td>COUNTRY</td></tr>
    </tbody>
    </table>
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

SHOWN = 50  # rows of a long list shown in a notebook


def _cell(value: object) -> str:
    return "" if value is None else escape(str(value))


def html_table(columns: Sequence[str], records: Sequence[Mapping[str, object]], caption: str = "",
               shown: int = SHOWN) -> str:
    """An HTML table of `records` (dicts) under `columns`, at most `shown` rows, with an optional caption."""
    lines = ['<table class="vnkg">']
    if caption:
        lines.append(f"<caption>{escape(caption)}</caption>")
    lines.append("<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in columns) + "</tr></thead>")
    lines.append("<tbody>")
    for record in records[:shown]:
        lines.append("<tr>" + "".join(f"<td>{_cell(record.get(c))}</td>" for c in columns) + "</tr>")
    lines.append("</tbody>")
    lines.append("</table>")
    if len(records) > shown:
        lines.append(f"<p>… {len(records) - shown} more ({len(records)} in all; "
                     f"<code>.to_frame()</code> gives every row)</p>")
    return "\n".join(lines)


def html_fields(title: str, fields: Mapping[str, object]) -> str:
    """A two-column table of one result's fields, under a title."""
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{_cell(v)}</td></tr>" for k, v in fields.items())
    return f'<table class="vnkg"><caption>{escape(title)}</caption><tbody>{rows}</tbody></table>'


def html_text(text: str) -> str:
    """Preformatted text (a path, a stance line), escaped."""
    return f'<pre class="vnkg">{escape(text)}</pre>'
