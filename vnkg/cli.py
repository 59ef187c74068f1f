"""The `vnkg` command: a thin layer over extract -> graph -> exports.

    vnkg build INPUT... --out DIR     build DIR/graph.json, graph.graphml, graph.html
        [--workers N | --dask ADDRESS]  extract in N processes, or on a Dask cluster
    vnkg add DIR INPUT...             merge new articles into the graph in DIR

INPUT is a file, a folder (read recursively) or - for standard input; see
extract/readers.py for the formats. Exit codes: 0 a graph was written (skipped
inputs, if any, are listed on stderr), 1 with --strict when any input was
skipped, 2 nothing usable (no readable article, or DIR's graph unreadable),
3 the outputs could not be written.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from extract import Article, Extractor
from extract.normalize import normalize_text
from extract.readers import DEFAULT_MAX_SIZE, Problem, Reader
from exports import read_json, to_graphml, to_html, to_json
from exports.review import to_review_tsv
from graph.build import add_extraction, build_graph, finalize, merge_graphs, new_graph
from vnkg import parallel, query_cli

EXIT_OK, EXIT_SKIPPED_STRICT, EXIT_NOTHING, EXIT_WRITE = 0, 1, 2, 3
OUTPUTS = ("graph.json", "graph.graphml", "graph.html")
MANIFEST = "manifest.json"  # the articles in the graph: id -> text hash
REVIEW = "unknown_entities.tsv"  # entities the dictionary lacks, for review (exports/review.py)
LOCK = ".vnkg.lock"


class Problems:
    """Collects skipped inputs and prints each as one line on stderr."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def __call__(self, problem: Problem) -> None:
        self.items.append(problem)
        kind = "skipped" if problem.skipped else "warning"
        print(f"vnkg: {kind} {problem}", file=sys.stderr, flush=True)

    @property
    def skipped(self) -> int:
        return sum(p.count for p in self.items if p.skipped)


def text_hash(article: Article) -> str:
    """The article's body, normalised and with whitespace folded, hashed.

    Two files with the same text (other name, other line breaks, NFD or old
    tone placement) have the same hash.
    """
    folded = " ".join(normalize_text(article.text).split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()


class Intake:
    """Lets each article in once: by text hash, then by article id.

    `known` are the articles already in the graph (id -> hash, or None when only
    the id is known). Accepted articles are recorded in `accepted` by the caller
    once their extraction succeeded.
    """

    def __init__(self, report: Problems, known: dict[str, str | None] | None = None):
        self.report = report
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
                continue
            if article.id in self.known and self.known[article.id] is None:
                self.already += 1  # in the graph, its text unknown (no manifest): taken to be this one
                continue
            if article.id in self.ids:
                where = self.ids[article.id]
                if where == "the graph":
                    message = f"article id {article.id!r} is already in the graph, with another text"
                else:
                    message = f"article id {article.id!r} already used by {where}, with another text"
                self.report(Problem(article.source or article.id, message))
                continue
            self.hashes[digest] = article.id
            self.ids[article.id] = article.source or article.id
            yield article, digest


def unique_articles(articles: Iterable[Article]) -> Iterator[Article]:
    """Each article once: the same text under another file name counts once."""
    for article, _ in Intake(Problems())(articles):
        yield article


def extractions(extractor, intake: Intake, articles: Iterable[Article], report: Problems):
    """Extract each new article; one that makes the extractor fail is reported and left out."""
    for article, digest in intake(articles):
        try:
            result = extractor(article)
        except Exception as exc:  # a bug on odd input must not cost the other articles
            report(Problem(article.source or article.id, f"extraction failed ({type(exc).__name__}: {exc})"))
            continue
        intake.accepted[article.id] = digest
        yield result


def extracted(intake: Intake, report: Problems):
    """What `extractions` does with each outcome, for articles extracted elsewhere (vnkg/parallel.py)."""

    def done(article: Article, digest: str, error: str | None) -> None:
        if error is None:
            intake.accepted[article.id] = digest
        else:
            report(Problem(article.source or article.id, f"extraction failed ({error})"))

    return done


# --- writing ------------------------------------------------------------------


def manifest_text(graph_json: str, articles: dict[str, str | None]) -> str:
    data = {
        "format": "vnkg-manifest",
        "version": 1,
        "graph_sha256": hashlib.sha256(graph_json.encode("utf-8")).hexdigest(),
        "articles": dict(sorted(articles.items())),
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _stage(path: Path, text: str) -> str:
    """Write `text` to a temporary file beside `path`, flushed to disk; return its name."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:  # mkstemp makes the file private; give it the mode the old file had, else the usual one
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_outputs(G, out: Path, articles: dict[str, str | None] | None = None) -> dict[str, Path]:
    """Write the three files and the manifest so that no moment leaves one half-written.

    Every file is first written in full to a temporary file beside it; only
    then are they renamed over the old ones, the manifest last. A build killed
    before the renames leaves the old files untouched; the renames themselves
    are atomic one by one.
    """
    out.mkdir(parents=True, exist_ok=True)
    texts = {"graph.json": to_json(G), "graph.graphml": to_graphml(G), "graph.html": to_html(G),
             REVIEW: to_review_tsv(G)}
    texts[MANIFEST] = manifest_text(texts["graph.json"], articles or {})
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in texts.items():
            staged.append((_stage(out / name, text), out / name))
        for tmp, path in staged:
            os.replace(tmp, path)
        _fsync_dir(out)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
    return {"json": out / "graph.json", "graphml": out / "graph.graphml", "html": out / "graph.html",
            "review": out / REVIEW}


@contextmanager
def locked(out: Path):
    """Hold DIR/.vnkg.lock so that two vnkg processes never write one folder at once."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        f = open(out / LOCK, "a+b")
    except OSError as exc:
        raise CommandError(f"cannot write {exc.filename or out}: {exc.strerror or exc}", EXIT_WRITE) from None
    with f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise CommandError(f"{out} is being written by another vnkg process", EXIT_WRITE) from None
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class CommandError(Exception):
    """A failure reported as one line on stderr, with the exit code to return."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def _write(G, out: Path, articles: dict[str, str | None]) -> dict[str, Path]:
    try:
        return write_outputs(G, out, articles)
    except OSError as exc:
        raise CommandError(f"cannot write {exc.filename or out}: {exc.strerror or exc}", EXIT_WRITE) from None


def _summary(kind: str, count: int, G, paths: dict[str, Path], intake: Intake, reader: Reader,
             problems: Problems) -> None:
    print(f"{count} {kind}, {G.number_of_nodes()} entities, {G.number_of_edges()} relations")
    for name, path in paths.items():
        print(f"  {name:8} {path}")
    if intake.duplicates:
        print(f"  same text as another article: {intake.duplicates} (counted once)")
    if intake.already:
        print(f"  already in the graph: {intake.already}")
    if reader.ignored:
        print(f"  ignored  {reader.ignored} files with other extensions in folders")
    if problems.skipped:
        print(f"  skipped  {problems.skipped} inputs (see above)")


def _nothing(reader: Reader, problems: Problems, what: str) -> int:
    why = []
    if problems.skipped:
        why.append(f"{problems.skipped} skipped")
    if reader.ignored:
        why.append(f"{reader.ignored} files with other extensions ignored")
    detail = f" ({', '.join(why)})" if why else ""
    print(f"vnkg: {what}: no readable article in the inputs{detail}", file=sys.stderr)
    return EXIT_NOTHING


def _exit_code(args: argparse.Namespace, problems: Problems) -> int:
    return EXIT_SKIPPED_STRICT if args.strict and problems.skipped else EXIT_OK


# --- commands -------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    problems = Problems()
    reader = Reader(problems, max_size=args.max_size)
    intake = Intake(problems)
    extractor = Extractor()
    out = Path(args.out)

    with ExitStack() as stack:
        early = out.is_dir()  # fail before the work if another vnkg writes there; never make DIR for nothing
        if early:
            stack.enter_context(locked(out))
        if args.workers > 1 or args.dask:  # the same graph, extracted in processes or on Dask
            try:
                G = parallel.build(intake(reader.articles(args.inputs)), workers=args.workers, dask=args.dask,
                                   done=extracted(intake, problems))
            except parallel.ClusterError as exc:
                raise CommandError(str(exc), EXIT_NOTHING) from None
        else:
            G = build_graph(extractions(extractor, intake, reader.articles(args.inputs), problems))
        count = len(intake.accepted)
        if count == 0:
            return _nothing(reader, problems, "nothing to build")
        if not early:
            stack.enter_context(locked(out))
        paths = _write(G, out, intake.accepted)
    _summary("articles", count, G, paths, intake, reader, problems)
    return _exit_code(args, problems)


def load_graph_dir(out: Path, problems: Problems):
    """The graph already in DIR and the articles in it (id -> text hash or None)."""
    graph_path = out / "graph.json"
    if not graph_path.exists():
        print(f"vnkg: no graph in {out} yet: starting a new one", file=sys.stderr)
        return new_graph(), {}
    try:
        graph_text = graph_path.read_text(encoding="utf-8")
        G = read_json(graph_path)
    except Exception as exc:  # whatever is wrong with the file, it is one line to the user
        raise CommandError(f"cannot add to {out}: {graph_path} is not a readable graph ({exc})", EXIT_NOTHING) from None
    in_graph: set[str] = set()
    for _, data in G.nodes(data=True):
        in_graph.update(data.get("articles") or ())
    for _, _, data in G.edges(data=True):
        in_graph.update(e.get("article") for e in data.get("evidence") or () if e.get("article"))
    known: dict[str, str | None] = {}
    manifest_path = out / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        articles = manifest["articles"]
        if not isinstance(articles, dict):
            raise TypeError("articles is not an object")
        known = {str(k): (v if isinstance(v, str) else None) for k, v in articles.items()}
        if manifest.get("graph_sha256") != hashlib.sha256(graph_text.encode("utf-8")).hexdigest():
            problems(Problem(str(manifest_path), "does not match graph.json (an earlier write was interrupted?); "
                                                 "articles already in the graph are recognised by id", skipped=False))
    except FileNotFoundError:
        if G.number_of_nodes():
            problems(Problem(str(manifest_path), "missing; articles already in the graph are recognised by id only",
                             skipped=False))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        problems(Problem(str(manifest_path), f"unreadable ({exc}); articles already in the graph are recognised "
                                             "by id only", skipped=False))
    for article_id in in_graph:
        known.setdefault(article_id, None)
    return G, known


def cmd_add(args: argparse.Namespace) -> int:
    problems = Problems()
    out = Path(args.dir)
    if out.exists() and not out.is_dir():
        raise CommandError(f"cannot add to {out}: not a folder", EXIT_NOTHING)
    with locked(out):
        old, known = load_graph_dir(out, problems)
        reader = Reader(problems, max_size=args.max_size)
        intake = Intake(problems, known)
        extractor = Extractor()
        raw = new_graph()
        for extraction in extractions(extractor, intake, reader.articles(args.inputs), problems):
            add_extraction(raw, extraction)
        count = len(intake.accepted)
        if count == 0:
            if intake.already or intake.duplicates:
                print(f"0 new articles: {intake.already + intake.duplicates} already in the graph; {out} unchanged")
                return _exit_code(args, problems)
            return _nothing(reader, problems, f"nothing to add; {out} unchanged")
        try:
            G = finalize(merge_graphs([old, raw]))
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise CommandError(f"cannot add to {out}: its graph.json has a form this version cannot merge "
                               f"({type(exc).__name__}: {exc}); rebuild it with vnkg build", EXIT_NOTHING) from None
        articles = {**known, **intake.accepted}
        paths = _write(G, out, articles)
    _summary("new articles", count, G, paths, intake, reader, problems)
    return _exit_code(args, problems)


# --- the command line -----------------------------------------------------------------


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """A size: bytes, or with K, M, G (powers of 1024): "10M", "500KB", "1.5G".

    >>> parse_size("10M"), parse_size("500kb"), parse_size("1024")
    (10485760, 512000, 1024)
    """
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10M, 500K or a number of bytes)")
    value = float(m.group(1)) * 1024 ** " kmg".index((m.group(2) or " ").lower())
    if value < 1:
        raise argparse.ArgumentTypeError(f"the size limit must be at least 1 byte, not {text!r}")
    return int(value)


def _input_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was skipped")
    p.add_argument("--max-size", type=parse_size, default=DEFAULT_MAX_SIZE, metavar="SIZE",
                   help="skip single-article files (and JSON Lines records) larger than SIZE (default 10M)")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vnkg", description="Vietnamese news articles -> knowledge graph")
    sub = ap.add_subparsers(dest="command", required=True)
    inputs_help = "files or folders of articles (.txt .md .html .htm .jsonl .jsonl.gz), - for standard input"
    build = sub.add_parser("build", help="build a graph from articles")
    build.add_argument("inputs", nargs="+", help=inputs_help)
    build.add_argument("--out", required=True, help="output folder")
    _input_arguments(build)
    build.add_argument("--workers", type=parallel.positive_int, default=1, metavar="N",
                       help="extract in N processes (default 1)")
    build.add_argument("--dask", metavar="ADDRESS",
                       help="extract on a Dask cluster: scheduler address (tcp://host:8786) or 'local'")
    build.set_defaults(func=cmd_build)
    add = sub.add_parser("add", help="add articles to the graph in a folder")
    add.add_argument("dir", metavar="DIR", help="folder of the graph (made by vnkg build)")
    add.add_argument("inputs", nargs="+", help=inputs_help)
    _input_arguments(add)
    add.set_defaults(func=cmd_add)
    query_cli.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as exc:
        print(f"vnkg: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("vnkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the summary went to a closed pipe (`vnkg build ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
