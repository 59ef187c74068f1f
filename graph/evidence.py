"""The evidence of a graph being merged, kept in SQLite (on disk for a build) instead of in the graph.

Evidence is most of a graph and grows with the input: a world-news article
brings about 8 sentences of ~190 characters, so a million articles bring eight
million, more than all entities and relations together, which grow more slowly
as names and pairs repeat. `EvidenceStore` takes each piece in as the partial
graphs are merged (a row appended, nothing looked up), and `finalize` reads it
back once, edge by edge in the order of the finalized edges, with duplicates
dropped and each edge's evidence sorted; the writers then stream it from the
`final` table. The merging process holds the graph, not its sentences.

An edge's evidence holds one record per (article, sentence); where two records
share them (a relation read twice in one sentence, or two entities folded into
one), the smallest in (date, modality, place, other fields) order is kept,
whatever the order the graphs came in.

    >>> store = EvidenceStore()
    >>> store.add(7, [{"article": "a2", "sentence": "S", "modality": "asserted"},
    ...               {"article": "a1", "sentence": "S", "date": "2017-01-02", "modality": "planned"},
    ...               {"article": "a1", "sentence": "S", "date": "2017-01-01", "modality": "asserted"}])
    >>> [(rank, [f"{row.article} {row.date}" for row in rows]) for rank, rows in store.finalize({7: 0})]
    [(0, ['a1 2017-01-01', 'a2 '])]
    >>> [(rank, len(texts)) for rank, texts in store.final()]
    [(0, 2)]
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple, TypeVar

T = TypeVar("T")
Item = dict  # one piece of evidence: article, sentence, modality, and date, place when known
COLUMNS = ("article", "date", "sentence", "modality", "place")  # text fields with a column; others go in `extra`
BATCH = 10_000  # rows per executemany
CACHE_KB = 65_536  # memory SQLite may use for pages and sorting before it spills to its temporary file
_string = json.encoder.encode_basestring  # type: ignore[attr-defined]  # a str as JSON, as json.dumps writes it


def encode(item: Item) -> str:
    """One piece of evidence as the compact JSON the writers copy into graph.json and GraphML.

    >>> encode({"sentence": "Nga gặp Mỹ.", "article": "a1"})
    '{"article":"a1","sentence":"Nga gặp Mỹ."}'
    """
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class Row(NamedTuple):
    """One piece of evidence as the store holds it: the usual fields, and any other as JSON in `extra`."""

    article: str
    date: str  # "" when undated
    sentence: str
    modality: str | None  # None: not given
    place: str | None
    extra: str  # "" or a JSON object of the other fields

    @classmethod
    def of(cls, item: Item) -> Row:
        other = {k: v for k, v in item.items() if k not in COLUMNS}
        for name in ("modality", "place"):  # a value that is not text keeps its type in `extra`
            if name in item and not isinstance(item[name], str):
                other[name] = item[name]
        modality, place = item.get("modality"), item.get("place")
        return cls(item["article"], item.get("date") or "", item["sentence"],
                   modality if isinstance(modality, str) else None, place if isinstance(place, str) else None,
                   encode(other) if other else "")

    def item(self) -> Item:
        item: Item = {"article": self.article, "sentence": self.sentence}
        for name, value in (("date", self.date or None), ("modality", self.modality), ("place", self.place)):
            if value is not None:
                item[name] = value
        if self.extra:
            item.update(json.loads(self.extra))
        return item

    def text(self) -> str:
        """`encode(self.item())`, made without building the dict when there is no extra field."""
        if self.extra:
            return encode(self.item())
        parts = ['{"article":' + _string(self.article)]
        if self.date:
            parts.append('"date":' + _string(self.date))
        if self.modality is not None:
            parts.append('"modality":' + _string(self.modality))
        if self.place is not None:
            parts.append('"place":' + _string(self.place))
        parts.append('"sentence":' + _string(self.sentence) + "}")
        return ",".join(parts)


class EvidenceStore:
    """Evidence rows by edge id: appended while merging, sorted once by `finalize`, streamed by `final`.

    The database is SQLite's private temporary one: it stays in memory up to
    CACHE_KB and goes on to a file in the temporary folder (SQLITE_TMPDIR, else
    TMPDIR, else /var/tmp or /tmp) that nothing else can see, and that is gone
    with the connection (SQLite unlinks it as soon as it is made, so even a
    killed build leaves nothing behind).
    """

    def __init__(self) -> None:
        self.db = sqlite3.connect("")
        self.db.executescript(f"""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -{CACHE_KB};
            CREATE TABLE raw (edge INTEGER, article TEXT, date TEXT, sentence TEXT, modality TEXT, place TEXT,
                              extra TEXT);
            CREATE TABLE final (rank INTEGER, item TEXT);
        """)
        self.rows = 0
        self._pending: list[tuple] = []

    def add(self, edge: int, items: Iterable[Item]) -> None:
        """Append the evidence of raw edge `edge`."""
        self._pending.extend((edge, *Row.of(item)) for item in items)
        if len(self._pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self.db.executemany("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?)", self._pending)
            self.rows += len(self._pending)
            self._pending = []

    def by_edge(self, edges: Iterable[int]) -> dict[int, list[Row]]:
        """The evidence of a few raw edges (those resolution moves or sets aside), each edge's
        deduplicated and sorted by (article, sentence)."""
        self._flush()
        self.db.execute("CREATE TEMP TABLE wanted (edge INTEGER PRIMARY KEY)")
        self.db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((e,) for e in edges))
        found: dict[int, list[Row]] = {}
        last = None
        for edge, *fields in self.db.execute("""
                SELECT r.edge, r.article, r.date, r.sentence, r.modality, r.place, r.extra
                FROM raw r JOIN wanted w ON w.edge = r.edge
                ORDER BY r.edge, r.article, r.sentence, r.date, r.modality, r.place, r.extra"""):
            row = Row(*fields)
            if (edge, row.article, row.sentence) != last:
                found.setdefault(edge, []).append(row)
                last = (edge, row.article, row.sentence)
        self.db.execute("DROP TABLE wanted")
        return found

    def finalize(self, ranks: Mapping[int, int]) -> Iterator[tuple[int, list[Row]]]:
        """(rank, rows) for each final edge that has evidence, by rank; rows deduplicated and sorted
        by (article, date, sentence). `ranks` maps each raw edge id to its final edge; ids left out
        (edges that were dropped) are left out. What is yielded is also kept for `final`."""
        self._flush()
        self.db.execute("CREATE TEMP TABLE ranks (edge INTEGER PRIMARY KEY, rank INTEGER)")
        self.db.executemany("INSERT INTO ranks VALUES (?, ?)", ranks.items())
        rows = self.db.execute("""
            SELECT k.rank, r.article, r.date, r.sentence, r.modality, r.place, r.extra
            FROM raw r JOIN ranks k ON k.edge = r.edge
            ORDER BY k.rank, r.article, r.date, r.sentence, r.modality, r.place, r.extra""")
        kept: list[tuple[int, str]] = []
        rank, group, seen = -1, list[Row](), set[tuple[str, str]]()
        for r, *fields in rows:
            if r != rank:
                if group:
                    yield rank, group
                rank, group, seen = r, [], set()
            row = Row(*fields)
            if (row.article, row.sentence) in seen:
                continue
            seen.add((row.article, row.sentence))
            group.append(row)
            kept.append((rank, row.text()))
            if len(kept) >= BATCH:
                self.db.executemany("INSERT INTO final VALUES (?, ?)", kept)
                kept = []
        if group:
            yield rank, group
        self.db.executemany("INSERT INTO final VALUES (?, ?)", kept)
        self.db.execute("DROP TABLE ranks")
        self.db.execute("DELETE FROM raw")
        self.db.commit()

    def final(self) -> Iterator[tuple[int, list[str]]]:
        """(rank, items as compact JSON) for each final edge with evidence, by rank, as `finalize` left them."""
        rank, texts = -1, list[str]()
        for r, text in self.db.execute("SELECT rank, item FROM final ORDER BY rowid"):
            if r != rank:
                if texts:
                    yield rank, texts
                rank, texts = r, []
            texts.append(text)
        if texts:
            yield rank, texts

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> EvidenceStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


Final = Iterable[tuple[int, list[str]]]  # (edge rank, its evidence as compact JSON), as EvidenceStore.final gives


def edges_with_evidence(G, final: Final | None = None) -> Iterator[tuple[str, str, str, dict, list[str]]]:
    """(source, target, key, attributes, evidence as compact JSON) for each edge of `G` in order.

    The evidence comes from `final` (an `EvidenceStore.final()` of this graph) or, when it is None,
    from the edge's own `evidence` attribute; the attributes never include `evidence`.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="met", evidence=[{"article": "x", "sentence": "S"}])
    'met'
    >>> list(edges_with_evidence(G))
    [('a', 'b', 'met', {}, ['{"article":"x","sentence":"S"}'])]
    >>> list(edges_with_evidence(G, [(0, ['{"article":"y","sentence":"T"}'])]))[0][4]
    ['{"article":"y","sentence":"T"}']
    """
    stream = iter(final) if final is not None else None
    found = next(stream, None) if stream is not None else None
    for rank, (u, v, key, data) in enumerate(G.edges(keys=True, data=True)):
        attrs = {k: value for k, value in data.items() if k != "evidence"}
        if stream is None:
            texts = [encode(item) for item in data.get("evidence") or ()]
        elif found is not None and found[0] == rank:
            texts = found[1]
            found = next(stream, None)
        else:
            texts = []
        yield u, v, key, attrs, texts


def latest(items: Sequence[T], cap: int | None, date: Callable[[T], str | None]) -> list[T]:
    """The `cap` most recent of `items` by `date` (undated count as oldest; among equal dates the
    last given), in the order given; all of them when `cap` is None. What graph.html and
    `vnkg show` print of a relation read in thousands of sentences.

    >>> latest(["a 2017", "b", "c 2019", "d 2018"], 2, lambda s: s[2:] or None)
    ['c 2019', 'd 2018']
    """
    if cap is None or len(items) <= cap:
        return list(items)
    by_date = sorted(range(len(items)), key=lambda i: date(items[i]) or "")
    return [items[i] for i in sorted(by_date[len(items) - cap:])]
