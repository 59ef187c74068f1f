"""`vnkg query`, `vnkg show` and `vnkg path`: ask a built graph from the shell.

    vnkg query GRAPH [--subject X] [--predicate P] [--object Y] [--between A B]
                     [--since D] [--until D] [--format table|json|csv]
    vnkg show GRAPH ENTITY [--limit N] [--sentences K] [--format table|json|csv]
    vnkg path GRAPH A B [--max-hops N] [--format table|json|csv]

GRAPH is a graph.json or graph.graphml written by `vnkg build` (or the folder
holding graph.json). Tables are for reading; JSON and CSV for scripts: JSON
carries every evidence sentence, CSV one row per relation (with the first sentence).
What the graph holds is printed, never obeyed: control and bidirectional
characters are escaped in tables and messages (and in CSV on a terminal), and
written as JSON escapes in JSON (`vnkg.terminal`).

Exit status: 0 with an answer (an empty one included), 1 when `path` finds no
connection, 2 on a bad graph file, an unknown or ambiguous name or a bad argument,
each reported on one line of stderr.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from graph.evidence import latest

from .errors import NoPathError, QueryError
from .knowledge import KnowledgeGraph
from .results import Relation, RelationList, _Results
from .terminal import encodes_unicode, fail, json_escaped, shown

EXIT_OK, EXIT_NO_PATH, EXIT_ERROR = 0, 1, 2
FORMATS = ("table", "json", "csv")
CELL = 40  # widest table cell before it is cut with "…"
SHOW_SENTENCES = 5  # sentences a relation that `vnkg show` prints, the latest, unless --sentences says otherwise


# -- shared -----------------------------------------------------------------------------------


def load(path: str) -> KnowledgeGraph:
    """The graph at `path`; a folder means its graph.json."""
    p = Path(path)
    if p.is_dir() and (p / "graph.json").exists():
        p = p / "graph.json"
    return KnowledgeGraph.load(p)


def _run(body: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command, turning query errors into one line on stderr and a status."""
    try:
        return body(args)
    except NoPathError as exc:
        return fail(exc, EXIT_NO_PATH)
    except QueryError as exc:
        return fail(exc, EXIT_ERROR)
    except BrokenPipeError:  # `vnkg query ... | head`
        sys.stderr.close()
        return EXIT_OK


def _cut(text: object, width: int = CELL) -> str:
    text = shown(" ".join(str(text).split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Rows in aligned columns, cells cut to `CELL` characters.

    >>> print(table(["A", "B"], [["x", 1], ["yy", 22]]))
    A   B
    x   1
    yy  22
    """
    cells = [[_cut(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _write_json(data) -> None:
    """JSON on stdout; where stdout cannot encode all of Unicode, in ASCII with escapes (the same data)."""
    text = json.dumps(data, ensure_ascii=not encodes_unicode(sys.stdout), indent=1)
    sys.stdout.write(json_escaped(text) + "\n")


def _write_csv(records: list[dict], columns: Sequence[str]) -> None:
    """CSV on stdout: the data as it is into a pipe or file, with control characters escaped on a terminal."""
    if sys.stdout.isatty():
        records = [{k: shown(v) if isinstance(v, str) else v for k, v in record.items()} for record in records]
    writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)


Listed = TypeVar("Listed", bound=_Results)


def listing(results: Listed, args: argparse.Namespace, columns: Sequence[str], empty: str,
            as_text: Callable[[Listed], str], count: Callable[[int], str]) -> int:
    """Print a list of results as `args.format` asks, at most `args.limit` of them: JSON, CSV, or
    `as_text(results)` and a line `count(total)` saying how many there are (and how many are shown)."""
    total = len(results)
    if args.limit is not None:
        results = results[: args.limit]
    if args.format == "json":
        _write_json(results.to_dicts())
    elif args.format == "csv":
        _write_csv(results.to_records(), columns)
    elif not results:
        print(empty)
    else:
        print(as_text(results))
        first = f" (first {len(results)} shown)" if len(results) < total else ""
        print(count(total) + first)
    return EXIT_OK


def _relation_rows(relations: RelationList) -> list[list[object]]:
    return [[r.subject.label, r.predicate, r.object.label, r.date or "", r.place or "", r.modality, len(r.evidence)]
            for r in relations]


RELATION_HEADERS = ("SUBJECT", "PREDICATE", "OBJECT", "DATE", "PLACE", "MODALITY", "SENTENCES")


def whole_number(text: str, minimum: int = 0) -> int:
    """A command-line number, `minimum` or more (0 unless said).

    >>> whole_number("0"), whole_number("3", minimum=1)
    (0, 3)
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
    return value


def _evidence_lines(kg: KnowledgeGraph, relation: Relation, indent: str = "    ", cap: int | None = None) -> list[str]:
    """One entry per sentence: the sentence, and on the line under it its article (title, date, link or
    file), where the graph has them; only the `cap` latest, and how many more there are, when `cap` is given."""
    shown = latest(relation.evidence, cap, lambda e: e.date)
    lines = []
    for e in shown:
        article = kg.article(e.article)
        known = article is not None and (article.title or article.date or article.url or article.source)
        lines.append(f"{indent}{e}" + (f"\n{indent}  in {article}" if known else ""))
    if len(shown) < len(relation.evidence):
        lines.append(f"{indent}... {len(relation.evidence) - len(shown)} more sentences")
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# -- vnkg query ---------------------------------------------------------------------------------


def cmd_query(args: argparse.Namespace) -> int:
    return _run(_query, args)


def _predicates(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [p.strip() for value in values for p in value.split(",") if p.strip()]


def _query(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    relations = kg.relations(subject=args.subject, predicate=_predicates(args.predicate), object=args.object,
                             between=tuple(args.between) if args.between else None,
                             since=args.since, until=args.until, modality=args.modality)

    def as_text(listed: RelationList) -> str:
        if args.evidence:
            return "\n".join(line for r in listed for line in [str(r), *_evidence_lines(kg, r)])
        return table(RELATION_HEADERS, _relation_rows(listed))

    return listing(relations, args, RelationList.columns, "no relations match", as_text,
                   lambda total: _plural(total, "relation"))


# -- vnkg show ----------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    return _run(_show, args)


def _show(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    entity = kg.entity(args.entity)
    groups = kg.about(entity)
    totals = {p: len(rels) for p, rels in groups.items()}
    if args.limit is not None:
        groups = {p: rels[: args.limit] for p, rels in groups.items()}
    if args.format == "json":
        _write_json({"entity": entity.to_dict(),
                     "relations": {p: rels.to_dicts() for p, rels in groups.items()}})
        return EXIT_OK
    if args.format == "csv":
        _write_csv([rec for rels in groups.values() for rec in rels.to_records()], RelationList.columns)
        return EXIT_OK
    print(f"{entity}  id {shown(entity.id)}")
    if entity.aliases:
        print(f"  aliases:  {shown(', '.join(entity.aliases))}")
    if entity.articles:
        listed = ", ".join(entity.articles[:5]) + (", ..." if len(entity.articles) > 5 else "")
        print(f"  articles: {len(entity.articles)} ({shown(listed)})")
    if not groups:
        print("  no relations")
    for predicate, rels in groups.items():
        print()
        print(f"{shown(predicate)} ({totals[predicate]})")
        for r in rels:
            print(f"  {r}")
            lines = _evidence_lines(kg, r, "      ", args.sentences or None)
            if lines:
                print("\n".join(lines))
        if len(rels) < totals[predicate]:
            print(f"  ... {totals[predicate] - len(rels)} more (of {totals[predicate]}; see --limit)")
    return EXIT_OK


# -- vnkg path ----------------------------------------------------------------------------------


def cmd_path(args: argparse.Namespace) -> int:
    return _run(_path, args)


def _path(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    path = kg.path(args.source, args.target, max_hops=args.max_hops, predicate=_predicates(args.predicate))
    if args.format == "json":
        _write_json(path.to_dict())
    elif args.format == "csv":
        rows = [{"hop": i, **r.to_record()} for i, step in enumerate(path.steps, 1) for r in step.relations]
        _write_csv(rows, ("hop",) + RelationList.columns)
    else:
        print(path.describe(per_hop=None if args.all else 3))
    return EXIT_OK


# -- the parser ---------------------------------------------------------------------------------


def graph_command(subparsers, name: str, func: Callable[[argparse.Namespace], int], **texts: str
                  ) -> argparse.ArgumentParser:
    """A `vnkg NAME GRAPH ...` sub-command that runs `func`; `texts` are its `help` and `description`."""
    p = subparsers.add_parser(name, **texts)
    p.add_argument("graph", metavar="GRAPH", help="graph.json or graph.graphml (or the folder holding graph.json)")
    p.set_defaults(func=func)
    return p


def date_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="D", help="on or after this ISO date (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="D", help="on or before this ISO date")


def _format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default) to read; json (every sentence) or csv (one row per relation) for scripts")


def register(subparsers) -> None:
    """Add the `query`, `show` and `path` commands to the `vnkg` sub-command parsers."""
    q = graph_command(subparsers, "query", cmd_query, help="relations matching a subject, predicate, object and dates",
                      description="List the relations of a built graph that match every filter given. "
                                  "Names may be any alias, in any case, with or without diacritics; "
                                  "symmetric predicates (met, phoned, ...) match either direction.")
    q.add_argument("--subject", "-s", metavar="X", help="who did it")
    q.add_argument("--predicate", "-p", metavar="P", action="append",
                   help="predicate from the ontology (met, opposes, ...); repeat or comma-separate for several")
    q.add_argument("--object", "-o", metavar="Y", help="to whom / what")
    q.add_argument("--between", nargs=2, metavar=("A", "B"), help="relations either way between A and B")
    date_arguments(q)
    q.add_argument("--modality", choices=("asserted", "planned", "possible"), action="append",
                   help="only these modalities (repeatable)")
    q.add_argument("--evidence", "-e", action="store_true", help="table: print each relation's sentences")
    q.add_argument("--limit", type=int, metavar="N", help="at most N relations")
    _format(q)

    s = graph_command(subparsers, "show", cmd_show, help="everything known about one entity, by predicate, with evidence")
    s.add_argument("entity", metavar="ENTITY", help="a name (any alias) or an id")
    s.add_argument("--limit", type=int, metavar="N", help="at most N relations under each predicate")
    s.add_argument("--sentences", type=whole_number, default=SHOW_SENTENCES, metavar="K",
                   help=f"table: at most K sentences under each relation, the latest (default {SHOW_SENTENCES}; "
                        "0 for all)")
    _format(s)

    p = graph_command(subparsers, "path", cmd_path, help="the shortest chain of relations between two entities")
    p.add_argument("source", metavar="A")
    p.add_argument("target", metavar="B")
    p.add_argument("--max-hops", type=int, metavar="N", help="give up beyond N hops")
    p.add_argument("--predicate", "-p", metavar="P", action="append", help="only through these predicates")
    p.add_argument("--all", action="store_true", help="table: every relation of each hop, not the best 3")
    _format(p)
