"""What single-article files do not say about themselves: `articles.csv` beside them.

A folder of `.txt`, `.md` or `.html` articles may hold one `articles.csv`: a
header row naming the column `file` (an article's file name, with or without
its extension) and any of `date`, `title` and `url`. Each value given there
is the article's, in place of what vnkg would guess from its text; an empty
cell leaves the guess. JSON Lines records carry their own fields and are not
looked up.

    file,date,title,url
    004_be9bdd126f5ced08.txt,2021-12-02,,
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from .article import Article
from .dates import iso_date
from .normalize import normalize_text

SIDECAR = "articles.csv"
FIELDS = ("date", "title", "url")
MAX_SIDECAR_SIZE = 64 * 1024 * 1024


@dataclass(frozen=True)
class ArticleFacts:
    """The values `articles.csv` gives for one file (None where its cell is empty)."""

    date: str | None = None
    title: str | None = None
    url: str | None = None

    def apply(self, article: Article) -> Article:
        """`article` with these facts in place of its own.

        >>> ArticleFacts(date="2021-12-02").apply(Article("a", "Văn bản.", date=None)).date
        '2021-12-02'
        """
        given = {name: value for name, value in vars(self).items() if value}
        return replace(article, **given) if given else article


@dataclass
class Sidecar:
    """The facts of one folder's `articles.csv`, by file name (and by file name without extension),
    and the problems found in it, as (line, message)."""

    facts: dict[str, ArticleFacts]
    problems: list[tuple[int | None, str]]

    def facts_of(self, path: Path) -> ArticleFacts | None:
        return self.facts.get(path.name) or self.facts.get(path.name.split(".")[0])


def read_sidecar(path: Path) -> Sidecar:
    """Read one `articles.csv`; a file that cannot be used gives no facts and one problem.

    >>> import tempfile, os
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / SIDECAR).write_text("file,date\\na.txt,2 December 2021\\nb,2021-12-02\\n", encoding="utf-8")
    >>> sidecar = read_sidecar(folder / SIDECAR)
    >>> sidecar.facts_of(Path("b.txt")), sidecar.problems
    (ArticleFacts(date='2021-12-02', title=None, url=None), [(2, 'date "2 December 2021" is not a date (use YYYY-MM-DD)')])
    """
    try:
        if path.stat().st_size > MAX_SIDECAR_SIZE:
            return Sidecar({}, [(None, "too large for a table of article facts; not used")])
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return Sidecar({}, [(None, f"cannot read ({getattr(exc, 'strerror', None) or exc}); not used")])
    rows = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in rows.fieldnames or ()]
    if "file" not in header or not set(header) & set(FIELDS):
        return Sidecar({}, [(1, f"needs a header row with 'file' and any of {', '.join(FIELDS)}; not used")])
    rows.fieldnames = header
    facts: dict[str, ArticleFacts] = {}
    problems: list[tuple[int | None, str]] = []
    for row in rows:
        line = rows.line_num
        name = (row.get("file") or "").strip()
        if not name:
            problems.append((line, "no file name; row not used"))
            continue
        cells = {field: (row.get(field) or "").strip() or None for field in FIELDS}
        date = cells["date"]
        if date is not None and iso_date(date) != date[:10]:
            problems.append((line, f'date "{date}" is not a date (use YYYY-MM-DD)'))
            date = None
        title = normalize_text(cells["title"]) if cells["title"] else None
        facts[name] = ArticleFacts(date[:10] if date else None, title, cells["url"])
        facts.setdefault(name.split(".")[0], facts[name])
    return Sidecar(facts, problems)
