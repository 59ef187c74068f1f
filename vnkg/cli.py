"""The `vnkg` command: argument parsing and printing over `vnkg.store` and the query commands.

    vnkg build INPUT... --out DIR     build DIR/graph.json, graph.graphml, graph.html
        [--workers N | --dask ADDRESS]  extract in N processes, or on a Dask cluster
        [--pretty] [--page-evidence N]  indented JSON; sentences per relation in graph.html
    vnkg add DIR INPUT...             merge new articles into the graph in DIR (same options)
    vnkg export DIR --format FORMAT   write the graph for Gephi, pandas, Neo4j, LadybugDB, RDF (export_cli.py)
    vnkg query | show | path | timeline | stance | entities | predicates   ask it (query_cli.py, browse_cli.py)

While a build or an add reads articles, its progress goes to stderr: a bar
with rate and time left on a terminal, a line every 100 articles elsewhere.
`--quiet` prints nothing but errors (skipped inputs included); `--verbose`
adds how many articles there are to read and how long it all took.

INPUT is a file, a folder (read recursively) or - for standard input; see
ingest/reader.py for the formats. Exit codes: 0 a graph was written (skipped
inputs, if any, are listed on stderr), 1 with --strict when any input was
skipped, 2 nothing usable (no readable article, or DIR's graph unreadable),
3 the outputs could not be written.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time

from graph.parallel import ClusterError
from ingest import DEFAULT_MAX_SIZE, Problem, Reader

from . import __version__, browse_cli, export_cli, query_cli, store
from .progress import Progress, count_articles
from .terminal import fail, safe_output, shown

EXIT_OK, EXIT_SKIPPED_STRICT, EXIT_NOTHING, EXIT_WRITE = 0, 1, 2, 3


class Problems:
    """Collects skipped inputs and prints each as one line on stderr (warnings too, unless `quiet`)."""

    def __init__(self, quiet: bool = False) -> None:
        self.items: list[Problem] = []
        self.quiet = quiet
        self.write = lambda line: print(line, file=sys.stderr, flush=True)  # a progress bar puts its own

    def __call__(self, problem: Problem) -> None:
        self.items.append(problem)
        if self.quiet and not problem.skipped:
            return
        kind = "skipped" if problem.skipped else "warning"
        self.write(f"vnkg: {kind} {shown(problem)}")

    @property
    def skipped(self) -> int:
        return sum(p.count for p in self.items if p.skipped)


def _summary(kind: str, written: store.Written, intake: store.Intake, reader: Reader, problems: Problems) -> None:
    G = written.graph
    print(f"{written.count} {kind}, {G.number_of_nodes()} entities, {G.number_of_edges()} relations")
    for name, path in written.paths.items():
        print(f"  {name:8} {shown(path)}")
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
    print(f"vnkg: {shown(what)}: no readable article in the inputs{detail}", file=sys.stderr)
    return EXIT_NOTHING


def _outputs(args: argparse.Namespace) -> store.Outputs:
    return store.Outputs(pretty=args.pretty, page_evidence=args.page_evidence or None)


def _exit_code(args: argparse.Namespace, problems: Problems) -> int:
    return EXIT_SKIPPED_STRICT if args.strict and problems.skipped else EXIT_OK


# --- commands -------------------------------------------------------------------


def _progress(args: argparse.Namespace, problems: Problems) -> Progress | None:
    """The progress display of a build or an add (None with --quiet); problems print around its bar."""
    if args.quiet:
        return None
    total = count_articles(args.inputs)
    if args.verbose:
        print(f"vnkg: {'an unknown number of' if total is None else total} articles to read", file=sys.stderr)
    progress = Progress(total)
    problems.write = progress.write
    return progress


def _timing(args: argparse.Namespace, started: float, count: int) -> None:
    if args.verbose:
        seconds = time.monotonic() - started
        print(f"vnkg: {count} articles in {seconds:.1f} s ({count / seconds if seconds else 0:.1f} articles/s), "
              "files written", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    problems = Problems(args.quiet)
    reader = Reader(problems, max_size=args.max_size)
    started = time.monotonic()
    progress = _progress(args, problems)
    intake = store.Intake(problems, progress=progress)
    try:
        written = store.build(store.GraphFolder(args.out), reader.articles(args.inputs), intake,
                              workers=args.workers, dask=args.dask, outputs=_outputs(args))
    finally:
        if progress is not None:
            progress.close()
    if written is None:
        return _nothing(reader, problems, "nothing to build")
    _timing(args, started, written.count)
    if not args.quiet:
        _summary("articles", written, intake, reader, problems)
    return _exit_code(args, problems)


def cmd_add(args: argparse.Namespace) -> int:
    problems = Problems(args.quiet)
    reader = Reader(problems, max_size=args.max_size)
    started = time.monotonic()
    with store.adding(args.dir, problems) as (folder, current):
        if not current.found and not args.quiet:
            print(f"vnkg: no graph in {shown(folder.path)} yet: starting a new one", file=sys.stderr)
        progress = _progress(args, problems)
        intake = store.Intake(problems, current.known, progress=progress)
        try:
            written = store.add(folder, current, reader.articles(args.inputs), intake, workers=args.workers,
                                dask=args.dask, outputs=_outputs(args))
        finally:
            if progress is not None:
                progress.close()
        if written is None:
            if intake.already or intake.duplicates:
                if not args.quiet:
                    print(f"0 new articles: {intake.already + intake.duplicates} already in the graph; "
                          f"{shown(folder.path)} unchanged")
                return _exit_code(args, problems)
            return _nothing(reader, problems, f"nothing to add; {folder.path} unchanged")
    _timing(args, started, written.count)
    if not args.quiet:
        _summary("new articles", written, intake, reader, problems)
    return _exit_code(args, problems)


# --- the command line -----------------------------------------------------------------


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)
LARGEST_SIZE = 1024 ** 4  # 1T: no single article is larger; beyond, a size limit is a typing error


def parse_size(text: str) -> int:
    """A size: bytes, or with K, M, G, T (powers of 1024): "10M", "500KB", "1.5G"; at most 1T.

    A limit larger than memory is fine: files are read in chunks, never into a
    buffer of the limit's size.

    >>> parse_size("10M"), parse_size("500kb"), parse_size("1024"), parse_size("1T")
    (10485760, 512000, 1024, 1099511627776)
    """
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10M, 500K or a number of bytes)")
    value = float(m.group(1)) * 1024 ** " kmgt".index((m.group(2) or " ").lower())
    if value < 1:
        raise argparse.ArgumentTypeError(f"the size limit must be at least 1 byte, not {text!r}")
    if value > LARGEST_SIZE:
        raise argparse.ArgumentTypeError(f"the size limit must be at most 1T (no article is larger), not {text!r}")
    return int(value)


def positive_int(text: str) -> int:
    """A count of workers: 1 or more.

    >>> positive_int("2")
    2
    """
    return query_cli.whole_number(text, minimum=1)


def _input_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was skipped")
    p.add_argument("--max-size", type=parse_size, default=DEFAULT_MAX_SIZE, metavar="SIZE",
                   help="skip single-article files (and JSON Lines records) larger than SIZE (default 10M)")
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="extract in N processes (default 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="extract on a Dask cluster: scheduler address (tcp://host:8786) or 'local'")
    p.add_argument("--pretty", action="store_true", help="indent graph.json for people (default: compact, "
                                                         "one node or relation a line)")
    p.add_argument("--page-evidence", type=query_cli.whole_number, default=store.PAGE_EVIDENCE, metavar="N",
                   help=f"at most N sentences a relation in graph.html, the latest (default {store.PAGE_EVIDENCE}; "
                        "0 for all); graph.json and graph.graphml keep every one")


def _verbosity() -> argparse.ArgumentParser:
    """--quiet and --verbose, taken before or after the command name (`vnkg -q build ...`, `vnkg build ... -q`)."""
    p = argparse.ArgumentParser(add_help=False)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS,
                       help="print nothing but errors: no progress, no summary, no warnings")
    group.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                       help="also say how many articles there are to read and how long it took")
    return p


def parser() -> argparse.ArgumentParser:
    verbosity = _verbosity()
    ap = argparse.ArgumentParser(prog="vnkg", description="Vietnamese news articles -> knowledge graph",
                                 parents=[verbosity])
    ap.add_argument("--version", action="version", version=f"vnkg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    inputs_help = "files or folders of articles (.txt .md .html .htm .jsonl .jsonl.gz), - for standard input"
    build = sub.add_parser("build", parents=[verbosity], help="build a graph from articles")
    build.add_argument("inputs", nargs="+", help=inputs_help)
    build.add_argument("--out", required=True, help="output folder")
    _input_arguments(build)
    build.set_defaults(func=cmd_build)
    add = sub.add_parser("add", parents=[verbosity], help="add articles to the graph in a folder")
    add.add_argument("dir", metavar="DIR", help="folder of the graph (made by vnkg build)")
    add.add_argument("inputs", nargs="+", help=inputs_help)
    _input_arguments(add)
    add.set_defaults(func=cmd_add)
    export_cli.register(sub, [verbosity])
    query_cli.register(sub)
    browse_cli.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    safe_output()
    ap = parser()
    args = ap.parse_args(argv)
    args.quiet, args.verbose = getattr(args, "quiet", False), getattr(args, "verbose", False)
    if args.quiet and args.verbose:
        ap.error("--quiet and --verbose cannot go together")
    try:
        return args.func(args)
    except store.CannotWrite as exc:
        return fail(exc, EXIT_WRITE)
    except (store.StoreError, ClusterError) as exc:
        return fail(exc, EXIT_NOTHING)
    except KeyboardInterrupt:
        print("vnkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the summary went to a closed pipe (`vnkg build ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
