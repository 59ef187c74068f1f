"""The formats of a single-article input: HTML pages, Markdown, and telling them from plain text."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .dates import iso_date
from .decoding import Unreadable
from .normalize import normalize_text


@dataclass
class Document:
    """The text of one single-article input, before it becomes an Article."""

    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None


def html_document(html: str) -> Document:
    """The main article text of an HTML page, by trafilatura (menus, footers, scripts dropped)."""
    import trafilatura

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses an encoding declaration in a str
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml on malformed pages
        raise Unreadable(f"cannot parse the HTML page ({type(exc).__name__}: {exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise Unreadable("no article text found in the HTML page")
    title = (getattr(doc, "title", None) or "").strip()
    lines = text.split("\n")
    if title and normalize_text(lines[0]) == normalize_text(title):
        text = "\n".join(lines[1:]).strip() or text  # the headline repeated as the first line
    return Document(text=text, title=title, date=iso_date(getattr(doc, "date", None)), url=getattr(doc, "url", None) or None)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def markdown_document(source: str) -> Document:
    """The plain text of a Markdown article: links keep their text, images and code go.

    >>> d = markdown_document("# Nga và Mỹ\\n\\nÔng **Lavrov** gặp [ông Blinken](https://x.vn).\\n\\n![ảnh](a.jpg)")
    >>> d.title, d.text
    ('Nga và Mỹ', 'Ông Lavrov gặp ông Blinken.')
    """
    from markdown_it import MarkdownIt

    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(source)
    if m:
        for line in m.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        source = source[m.end():]
    tokens = MarkdownIt("commonmark").parse(source)
    lines: list[str] = []
    title = meta.get("title", "")
    heading = None
    for token in tokens:
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "inline":
            parts = []
            for child in token.children or []:  # images and inline HTML are left out
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type == "softbreak":
                    parts.append(" ")
                elif child.type == "hardbreak":
                    parts.append("\n")
            line = "".join(parts).strip()
            if not line:
                continue
            if heading == "h1" and not title and not lines:
                title = line
            else:
                lines.append(line)
    return Document(text="\n".join(lines), title=title, date=iso_date(meta.get("date")), url=meta.get("url") or None)


def sniff_kind(text: str) -> str:
    """What a text holds by its look: json (a whole JSON document), html (a page) or txt.

    "page" is a page that says so in its first tag; "html" a fragment that starts with a tag.
    """
    start = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if start.startswith(("{", "[")):
        try:
            if isinstance(json.loads(text), (dict, list)):
                return "json"
        except (ValueError, RecursionError):
            pass
        return "txt"
    if start.startswith(("<!doctype html", "<html", "<?xml")):
        return "page"
    if re.match(r"<(head|body|article|div|p|section|main|h1|meta|title)\b", start):
        return "html"
    return "txt"
