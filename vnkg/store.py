"""The graph folder: what `vnkg build` and `vnkg add` read and write.

A folder holds graph.json, graph.graphml, graph.html, unknown_entities.tsv and
manifest.json (the articles in the graph, id -> text hash, and the hash of
graph.json). `Intake` lets each article in once (by text hash, then by id);
`build` and `add` extract what it lets in and write every output at once
(`exports.atomic.write_all`: all staged, then renamed, the manifest last),
under a lock so that two vnkg processes never write one folder together.
Problems with single inputs are reported through a `Report` callback; a folder
that cannot be used raises a `StoreError` whose message is one line.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from exports import to_graphml, to_html, to_json
from exports.atomic import write_all
from exports.jsonfile import read_json
from exports.review import to_merges_tsv, to_review_tsv
from extract import Extractor
from graph import parallel
from graph.build import add_extraction, build_graph, finalize, merge_graphs, new_graph
from ingest import Article, Problem, Report, text_hash

MANIFEST = "manifest.json"  # the articles in the graph: id -> text hash
REVIEW = "unknown_entities.tsv"  # entities the dictionary lacks, for review (exports/review.py)
MERGES = "entity_merges.tsv"  # merges across articles and candidates left apart, for review
LOCK = ".vnkg.lock"

Known = dict[str, "str | None"]  # article id -> text hash, or None when only the id is known


class StoreError(Exception):
    """A graph folder that cannot be used; the message is one line."""


class CannotWrite(StoreError):
    """The outputs cannot be written: DIR unwritable, disk full, another vnkg writing DIR."""


class CannotRead(StoreError):
    """The graph already in DIR cannot be read or merged."""


class Intake:
    """Lets each article in once: by text hash, then by article id.

    `known` are the articles already in the graph (id -> hash, or None when only
    the id is known). Accepted articles are recorded in `accepted` once their
    extraction succeeded. `progress`, if given, is called once per article read:
    when it is turned away, or when its extraction is done (in every build path).
    """

    def __init__(self, report: Report, known: Known | None = None, progress: Callable[[], None] | None = None):
        self.report = report
        self.progress = progress or (lambda: None)
        self.known = dict(known or {})
        self.ids: dict[str, str] = {i: "the graph" for i in self.known}
        self.hashes: dict[str, str] = {h: i for i, h in self.known.items() if h}
        self.accepted: dict[str, str] = {}
        self.duplicates = 0  # same text as an article read earlier in this run
        self.already = 0  # already in the graph

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Article, str]]:
        for article in articles:
            digest = text_hash(article)
            first = self.hashes.get(digest)
            if first is not None:
                if first in self.known:
                    self.already += 1
                else:
                    self.duplicates += 1
                self.progress()
                continue
            if article.id in self.known and self.known[article.id] is None:
                self.already += 1  # in the graph, its text unknown (no manifest): taken to be this one
                self.progress()
                continue
            if article.id in self.ids:
                where = self.ids[article.id]
                if where == "the graph":
                    message = f"article id {article.id!r} is already in the graph, with another text"
                else:
                    message = f"article id {article.id!r} already used by {where}, with another text"
                self.report(Problem(article.source or article.id, message))
                self.progress()
                continue
            self.hashes[digest] = article.id
            self.ids[article.id] = article.source or article.id
            yield article, digest

    def done(self, article: Article, digest: str, error: str | None) -> None:
        """Record the outcome of one article's extraction (the `done` callback of `graph.parallel.build`)."""
        self.progress()
        if error is None:
            self.accepted[article.id] = digest
        else:
            self.report(Problem(article.source or article.id, f"extraction failed ({error})"))


def extractions(extractor: Extractor, intake: Intake, articles: Iterable[Article]):
    """Extract each new article; one that makes the extractor fail is reported and left out."""
    for article, digest in intake(articles):
        try:
            result = extractor(article)
        except Exception as exc:  # a bug on odd input must not cost the other articles
            intake.done(article, digest, f"{type(exc).__name__}: {exc}")
            continue
        intake.done(article, digest, None)
        yield result


def manifest_text(graph_json: str, articles: Mapping[str, str | None]) -> str:
    data = {
        "format": "vnkg-manifest",
        "version": 1,
        "graph_sha256": hashlib.sha256(graph_json.encode("utf-8")).hexdigest(),
        "articles": dict(sorted(articles.items())),
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@dataclass
class Current:
    """The graph already in a folder, and the articles in it."""

    graph: nx.MultiDiGraph
    known: Known
    found: bool  # False: the folder held no graph yet


class GraphFolder:
    """The folder of one graph: its lock, its outputs and what `add` reads back."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold DIR/.vnkg.lock so that two vnkg processes never write one folder at once."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock
            yield
            return
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            f = open(self.path / LOCK, "a+b")
        except OSError as exc:
            raise CannotWrite(f"cannot write {exc.filename or self.path}: {exc.strerror or exc}") from None
        with f:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise CannotWrite(f"{self.path} is being written by another vnkg process") from None
            try:
                yield
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)

    def write(self, G: nx.MultiDiGraph, articles: Mapping[str, str | None]) -> dict[str, Path]:
        """Write the outputs and the manifest so that no moment leaves one half-written.

        Every file is first written in full to a temporary file beside it; only
        then are they renamed over the old ones, the manifest last.
        """
        out = self.path
        texts = {"graph.json": to_json(G), "graph.graphml": to_graphml(G), "graph.html": to_html(G),
                 REVIEW: to_review_tsv(G), MERGES: to_merges_tsv(G)}
        texts[MANIFEST] = manifest_text(texts["graph.json"], articles)
        try:
            write_all({out / name: text for name, text in texts.items()})
        except OSError as exc:
            raise CannotWrite(f"cannot write {exc.filename or out}: {exc.strerror or exc}") from None
        return {"json": out / "graph.json", "graphml": out / "graph.graphml", "html": out / "graph.html",
                "review": out / REVIEW, "merges": out / MERGES}

    def load(self, report: Report) -> Current:
        """The graph already in the folder and the articles in it; problems with the manifest are reported."""
        graph_path = self.path / "graph.json"
        if not graph_path.exists():
            return Current(new_graph(), {}, found=False)
        try:
            graph_text = graph_path.read_text(encoding="utf-8")
            G = read_json(graph_path)
        except Exception as exc:  # whatever is wrong with the file, it is one line to the user
            raise CannotRead(f"cannot add to {self.path}: {graph_path} is not a readable graph ({exc})") from None
        in_graph: set[str] = set()
        for _, data in G.nodes(data=True):
            in_graph.update(data.get("articles") or ())
        for _, _, data in G.edges(data=True):
            in_graph.update(e.get("article") for e in data.get("evidence") or () if e.get("article"))
        known = self._manifest(graph_text, G.number_of_nodes() > 0, report)
        for article_id in in_graph:
            known.setdefault(article_id, None)
        return Current(G, known, found=True)

    def _manifest(self, graph_text: str, has_nodes: bool, report: Report) -> Known:
        manifest_path = self.path / MANIFEST
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            articles = manifest["articles"]
            if not isinstance(articles, dict):
                raise TypeError("articles is not an object")
            known: Known = {str(k): (v if isinstance(v, str) else None) for k, v in articles.items()}
            if manifest.get("graph_sha256") != hashlib.sha256(graph_text.encode("utf-8")).hexdigest():
                report(Problem(str(manifest_path), "does not match graph.json (an earlier write was interrupted?); "
                                                   "articles already in the graph are recognised by id", skipped=False))
            return known
        except FileNotFoundError:
            if has_nodes:
                report(Problem(str(manifest_path), "missing; articles already in the graph are recognised by id only",
                               skipped=False))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            report(Problem(str(manifest_path), f"unreadable ({exc}); articles already in the graph are recognised "
                                               "by id only", skipped=False))
        return {}


@dataclass
class Written:
    """What a build or an add wrote: the graph, its files, and how many articles went in."""

    graph: nx.MultiDiGraph
    paths: dict[str, Path]
    count: int


def build(folder: GraphFolder, articles: Iterable[Article], intake: Intake, workers: int = 1,
          dask: str | None = None) -> Written | None:
    """Build the graph of `articles` into `folder`, replacing what was there; None (nothing written)
    when no article got in. Raises `graph.parallel.ClusterError` when the Dask cluster cannot be used."""
    with ExitStack() as stack:
        early = folder.path.is_dir()  # fail before the work if another vnkg writes there; never make DIR for nothing
        if early:
            stack.enter_context(folder.locked())
        if workers > 1 or dask:  # the same graph, extracted in processes or on Dask
            G = parallel.build(intake(articles), workers=workers, dask=dask, done=intake.done)
        else:
            G = build_graph(extractions(Extractor(), intake, articles))
        if not intake.accepted:
            return None
        if not early:
            stack.enter_context(folder.locked())
        return Written(G, folder.write(G, intake.accepted), len(intake.accepted))


@contextmanager
def adding(path: str | Path, report: Report) -> Iterator[tuple[GraphFolder, Current]]:
    """The folder at `path`, locked, and the graph in it: what `add` works on."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise CannotRead(f"cannot add to {path}: not a folder")
    folder = GraphFolder(path)
    with folder.locked():
        yield folder, folder.load(report)


def add(folder: GraphFolder, current: Current, articles: Iterable[Article], intake: Intake) -> Written | None:
    """Merge the new articles into the folder's graph; None (nothing rewritten) when none got in.

    The result is the same, byte for byte, as building everything at once.
    """
    raw = new_graph()
    for extraction in extractions(Extractor(), intake, articles):
        add_extraction(raw, extraction)
    if not intake.accepted:
        return None
    try:
        G = finalize(merge_graphs([current.graph, raw]))
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise CannotRead(f"cannot add to {folder.path}: its graph.json has a form this version cannot merge "
                         f"({type(exc).__name__}: {exc}); rebuild it with vnkg build") from None
    return Written(G, folder.write(G, {**current.known, **intake.accepted}), len(intake.accepted))
