"""The graph folder: what `vnkg build` and `vnkg add` read and write.

A folder holds graph.json, graph.graphml, graph.html, unknown_entities.tsv and
manifest.json (the articles in the graph, id -> text hash, and the hash of
graph.json). `Intake` lets each article in once (by text hash, then by id);
`build` and `add` extract what it lets in, here, in processes or on Dask
(`graph.parallel`), merge the partial graphs in input order (`graph.build.Merge`,
evidence kept on disk) and write every output at once (`exports.atomic.write_all`:
all streamed to temporary files, then renamed, the manifest last), under a lock
so that two vnkg processes never write one folder together. No article text is
kept once it is hashed and extracted, and no output is held whole in memory.
The lock is taken before the work starts; with it held, the temporary files a
killed vnkg left are removed, and a manifest that does not vouch for graph.json
is set aside for the articles graph.json itself names.
Problems with single inputs are reported through a `Report` callback; a folder
that cannot be used raises a `StoreError` whose message is one line.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from exports import graphml, jsonfile, to_html
from exports.atomic import temporaries, write_all
from exports.review import to_merges_tsv, write_review_to
from extract import Extractor
from graph import parallel
from graph.build import Built, Merge, add_extraction, new_graph
from graph.evidence import latest
from ingest import Article, Problem, Report, text_hash

MANIFEST = "manifest.json"  # the articles in the graph: id -> text hash
REVIEW = "unknown_entities.tsv"  # entities the dictionary lacks, for review (exports/review.py)
MERGES = "entity_merges.tsv"  # merges across articles and candidates left apart, for review
LOCK = ".vnkg.lock"
OUTPUTS = ("graph.json", "graph.graphml", "graph.html", REVIEW, MERGES, MANIFEST)  # every file a build writes
PAGE_EVIDENCE = 20  # sentences per relation in graph.html unless --page-evidence says otherwise
CHUNK = 128  # articles per partial graph in a one-process build

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


def write_manifest(f: BinaryIO, graph_sha256: str, articles: Mapping[str, str | None]) -> None:
    """manifest.json, an article a line: what json.dumps(..., indent=1, sort_keys=True) gives, streamed."""
    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = [f"  {dumps(article_id)}: {dumps(articles[article_id])}" for article_id in sorted(articles)]
    body = "{\n" + ",\n".join(lines) + "\n }" if lines else "{}"
    f.write((f'{{\n "articles": {body},\n "format": "vnkg-manifest",\n "graph_sha256": {dumps(graph_sha256)},\n'
             ' "version": 1\n}\n').encode())


class _Hashing:
    """A binary file that hashes what is written through it (graph.json, for the manifest)."""

    def __init__(self, f: BinaryIO):
        self.f = f
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.f.write(data)

    def __getattr__(self, name: str):
        return getattr(self.f, name)


@dataclass
class Outputs:
    """How the outputs are written: `pretty` JSON for people, at most `page_evidence` sentences a relation
    in graph.html (graph.json and graph.graphml keep every one), graph.html at all (`page`)."""

    pretty: bool = False
    page_evidence: int | None = PAGE_EVIDENCE
    page: bool = True


@dataclass
class Current:
    """The graph already in a folder, read into a merge that the new articles join, and the articles in it."""

    merge: Merge
    known: Known
    found: bool  # False: the folder held no graph yet


class GraphFolder:
    """The folder of one graph: its lock, its outputs and what `add` reads back."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold DIR/.vnkg.lock so that two vnkg processes never write one folder at once.

        DIR is made if needed, and removed again (with the folders made for it)
        if nothing was written into it. Temporary files of ours that a killed
        vnkg left in DIR are removed once the lock is held.
        """
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock
            yield
            return
        made = [p for p in (self.path, *self.path.parents) if not p.exists()]
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            f = open(self.path / LOCK, "a+b")
        except OSError as exc:
            raise CannotWrite(f"cannot write {exc.filename or self.path}: {exc.strerror or exc}") from None
        try:
            with f:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    made = []  # the other vnkg's folder now
                    raise CannotWrite(f"{self.path} is being written by another vnkg process") from None
                try:
                    self._remove_stale_temporaries()
                    yield
                finally:
                    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
        finally:
            self._remove_if_unused(made)

    def _remove_stale_temporaries(self) -> None:
        for name in OUTPUTS:
            for tmp in temporaries(self.path / name):
                tmp.unlink(missing_ok=True)

    def _remove_if_unused(self, made: list[Path]) -> None:
        """Remove the folders `made` for this run (innermost first) if they hold nothing but the lock."""
        if not made:
            return
        try:
            if [p.name for p in self.path.iterdir()] == [LOCK]:
                (self.path / LOCK).unlink()
            for folder in made:
                folder.rmdir()
        except OSError:
            pass  # written into, or another vnkg is there now: leave it

    def write(self, built: Built, articles: Mapping[str, str | None], outputs: Outputs | None = None) -> dict[str, Path]:
        """Write the outputs and the manifest so that no moment leaves one half-written.

        Every file is first streamed in full to a temporary file beside it (the
        evidence from the merge's store, never all in memory); only then are
        they renamed over the old ones, the manifest last.
        """
        out, G = self.path, built.graph
        outputs = outputs or Outputs()
        hashed: list[_Hashing] = []

        def graph_json(f: BinaryIO) -> None:
            hashed.append(_Hashing(f))
            jsonfile.writer(G, built.evidence.final(), outputs.pretty)(hashed[0])  # type: ignore[arg-type]

        def page(f: BinaryIO) -> None:
            with _page_evidence(G, built, outputs.page_evidence):
                f.write(to_html(G).encode("utf-8"))

        files = {out / "graph.json": graph_json, out / "graph.graphml": graphml.writer(G, built.evidence.final()),
                 out / "graph.html": page, out / REVIEW: lambda f: write_review_to(G, f),
                 out / MERGES: to_merges_tsv(G),
                 out / MANIFEST: lambda f: write_manifest(f, hashed[0].digest.hexdigest(), articles)}
        if not outputs.page:
            del files[out / "graph.html"]
        try:
            write_all(files)
        except OSError as exc:
            raise CannotWrite(f"cannot write {exc.filename or out}: {exc.strerror or exc}") from None
        paths = {"json": out / "graph.json", "graphml": out / "graph.graphml", "html": out / "graph.html",
                 "review": out / REVIEW, "merges": out / MERGES}
        return {name: path for name, path in paths.items() if path in files}

    def load(self, report: Report) -> Current:
        """The graph already in the folder, streamed into a new merge, and the articles in it; problems
        with the manifest are reported. Close the merge when done."""
        graph_path = self.path / "graph.json"
        merge = Merge()
        if not graph_path.exists():
            return Current(merge, {}, found=False)
        in_graph: set[str] = set()
        try:
            with open(graph_path, "rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
            has_nodes = _read_into(merge, graph_path, in_graph)
        except (OSError, ValueError) as exc:  # unreadable, not JSON, not node-link: one line to the user
            merge.evidence.close()
            raise CannotRead(f"cannot add to {self.path}: {graph_path} is not a readable graph ({exc})") from None
        except (KeyError, TypeError, AttributeError) as exc:
            merge.evidence.close()
            raise CannotRead(f"cannot add to {self.path}: its graph.json has a form this version cannot merge "
                             f"({type(exc).__name__}: {exc}); rebuild it with vnkg build") from None
        known = self._manifest(digest, has_nodes, report)
        for article_id in in_graph:
            known.setdefault(article_id, None)
        return Current(merge, known, found=True)

    def _manifest(self, graph_sha256: str, has_nodes: bool, report: Report) -> Known:
        """The articles of the manifest, if it vouches for graph.json (by its hash `graph_sha256`); else none."""
        manifest_path = self.path / MANIFEST
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            articles = manifest["articles"]
            if not isinstance(articles, dict):
                raise TypeError("articles is not an object")
            if manifest.get("graph_sha256") != graph_sha256:
                # graph.json was replaced after the manifest was written (a kill between the renames):
                # the manifest may list articles graph.json lacks, so only graph.json itself is trusted.
                report(Problem(str(manifest_path), "does not match graph.json (an earlier write was interrupted?); "
                                                   "the articles in the graph are taken from graph.json and "
                                                   "recognised by id", skipped=False))
                return {}
            return {str(k): (v if isinstance(v, str) else None) for k, v in articles.items()}
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


def _read_into(merge: Merge, graph_path: Path, in_graph: set[str]) -> bool:
    """Stream graph.json into `merge`, gathering the ids of the articles it names; whether it has nodes."""
    has_nodes = False

    def gathered() -> Iterator[tuple[str, dict]]:
        nonlocal has_nodes
        for kind, record in jsonfile.records(graph_path):
            if kind == "node":
                has_nodes = True
                in_graph.update(record.get("articles") or ())
            elif kind == "edge":
                in_graph.update(e["article"] for e in record.get("evidence") or () if e.get("article"))
            yield kind, record

    merge.add_records(gathered())
    return has_nodes


def _partials(intake: Intake, articles: Iterable[Article], workers: int, dask: str | None) -> Iterator[nx.MultiDiGraph]:
    """The partial graphs of the articles `intake` lets in, in input order: in processes or on Dask
    (`graph.parallel`), or here, chunk by chunk, with this module's `Extractor`."""
    if workers > 1 or dask:
        yield from parallel.partials(intake(articles), workers=workers, dask=dask, done=intake.done)
        return
    for chunk in parallel.chunks(extractions(Extractor(), intake, articles), CHUNK):
        G = new_graph()
        for extraction in chunk:
            add_extraction(G, extraction)
        yield G


def _finalize(folder: GraphFolder, merge: Merge) -> Built:
    try:
        return merge.finalize(keep_evidence=False)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise CannotRead(f"cannot add to {folder.path}: its graph.json has a form this version cannot merge "
                         f"({type(exc).__name__}: {exc}); rebuild it with vnkg build") from None


def build(folder: GraphFolder, articles: Iterable[Article], intake: Intake, workers: int = 1,
          dask: str | None = None, outputs: Outputs | None = None) -> Written | None:
    """Build the graph of `articles` into `folder`, replacing what was there; None (nothing written)
    when no article got in. Raises `graph.parallel.ClusterError` when the Dask cluster or a worker
    process fails.

    The folder is locked before the work starts, so that a second build into it
    is refused at once; a new folder is removed again if nothing is written.
    """
    with folder.locked(), Merge() as merge:
        for partial in _partials(intake, articles, workers, dask):
            merge.add(partial)
        if not intake.accepted:
            return None
        built = merge.finalize(keep_evidence=False)
        return Written(built.graph, folder.write(built, intake.accepted, outputs), len(intake.accepted))


@contextmanager
def adding(path: str | Path, report: Report) -> Iterator[tuple[GraphFolder, Current]]:
    """The folder at `path`, locked, and the graph in it: what `add` works on."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise CannotRead(f"cannot add to {path}: not a folder")
    folder = GraphFolder(path)
    with folder.locked():
        current = folder.load(report)
        with current.merge:
            yield folder, current


def add(folder: GraphFolder, current: Current, articles: Iterable[Article], intake: Intake, workers: int = 1,
        dask: str | None = None, outputs: Outputs | None = None) -> Written | None:
    """Merge the new articles into the folder's graph; None (nothing rewritten) when none got in.

    The result is the same, byte for byte, as building everything at once, whichever of the
    one-process, `workers` and `dask` paths extracts the new articles.
    """
    for partial in _partials(intake, articles, workers, dask):
        current.merge.add(partial)
    if not intake.accepted:
        return None
    built = _finalize(folder, current.merge)
    return Written(built.graph, folder.write(built, {**current.known, **intake.accepted}, outputs),
                   len(intake.accepted))


@contextmanager
def _page_evidence(G: nx.MultiDiGraph, built: Built, cap: int | None) -> Iterator[None]:
    """While writing graph.html: each edge of `G` carries its `cap` latest sentences as `evidence`, and
    how many it has in all as `evidence_count`."""
    edges = G.edges(keys=True, data=True)
    try:
        found = iter(built.evidence.final())
        item = next(found, None)
        for rank, (_, _, _, data) in enumerate(edges):
            texts: list[str] = []
            if item is not None and item[0] == rank:
                texts, item = item[1], next(found, None)
            data["evidence"] = latest([json.loads(t) for t in texts], cap, lambda e: e.get("date"))
            data["evidence_count"] = len(texts)
        yield
    finally:
        for _, _, _, data in edges:
            data.pop("evidence", None)
            data.pop("evidence_count", None)

