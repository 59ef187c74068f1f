"""`vnkg timeline`, `vnkg stance`, `vnkg entities` and `vnkg predicates`: the rest of the query API in the shell.

    vnkg timeline GRAPH NAME [--predicate P] [--since D] [--until D] [--limit N] [--format table|json|csv]
    vnkg stance GRAPH A B [--since D] [--until D] [--evidence] [--format table|json|csv]
    vnkg entities GRAPH [--type T] [--sort mentions|label|articles|id] [--limit N] [--format table|json|csv]
    vnkg predicates GRAPH [--used] [--format table|json|csv]

Output formats, errors and exit status as for `vnkg query` (see `vnkg.query_cli`).
"""
from __future__ import annotations

import argparse

from .query_cli import (
    EXIT_OK,
    RELATION_HEADERS,
    _evidence_lines,
    _format,
    _plural,
    _predicates,
    _relation_rows,
    _run,
    _write_csv,
    _write_json,
    date_arguments,
    graph_command,
    listing,
    load,
    table,
)
from .results import EntityList, PredicateCountList, RelationList
from .terminal import shown

# -- vnkg timeline ------------------------------------------------------------------------------


def cmd_timeline(args: argparse.Namespace) -> int:
    return _run(_timeline, args)


def _timeline(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    entity = kg.entity(args.name)
    relations = kg.timeline(entity, _predicates(args.predicate), since=args.since, until=args.until)
    return listing(relations, args, RelationList.columns, f"no dated relations of {entity.label}",
                   lambda listed: table(("DATE",) + RELATION_HEADERS[:3] + RELATION_HEADERS[4:],
                                        [[r.date] + row[:3] + row[4:] for r, row in zip(listed, _relation_rows(listed))]),
                   lambda total: f"{_plural(total, 'dated relation')} of {entity.label}")


# -- vnkg stance --------------------------------------------------------------------------------


def cmd_stance(args: argparse.Namespace) -> int:
    return _run(_stance, args)


def _stance(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    stance = kg.stance(args.a, args.b, since=args.since, until=args.until)
    if args.format == "json":
        _write_json(stance.to_dict())
        return EXIT_OK
    if args.format == "csv":
        _write_csv(stance.relations.to_records(), RelationList.columns)
        return EXIT_OK
    print(shown(f"{stance.a.label} ↔ {stance.b.label}") + f": {stance.leaning} (score {stance.score:+.2f}: "
          f"{stance.cooperation} cooperation, {stance.conflict} conflict)")
    print()
    print(table(("QUAD", "RELATIONS"), list(stance.counts.items())))
    if stance.relations:
        print()
        if args.evidence:
            for r in stance.relations:
                print(r)
                print("\n".join(_evidence_lines(kg, r)))
        else:
            print(table(RELATION_HEADERS + ("QUAD",),
                        [row + [r.quad] for r, row in zip(stance.relations, _relation_rows(stance.relations))]))
    return EXIT_OK


# -- vnkg entities ------------------------------------------------------------------------------

SORTS = {
    "mentions": lambda e: (-e.mentions, e.label, e.id),
    "articles": lambda e: (-len(e.articles), e.label, e.id),
    "label": lambda e: (e.label.casefold(), e.id),
    "id": lambda e: e.id,
}
ENTITY_HEADERS = ("ID", "LABEL", "TYPE", "MENTIONS", "ARTICLES", "WIKIDATA")


def cmd_entities(args: argparse.Namespace) -> int:
    return _run(_entities, args)


def _types(values: list[str] | None) -> list[str]:
    return [t.strip().upper() for value in values or () for t in value.split(",") if t.strip()]


def _entities(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    entities = kg.entities
    types = _types(args.type)
    if types:
        entities = entities.of_type(*types)
    entities = EntityList(sorted(entities, key=SORTS[args.sort]))
    return listing(entities, args, EntityList.columns, "no entities" + (f" of type {', '.join(types)}" if types else ""),
                   lambda listed: table(ENTITY_HEADERS, [[e.id, e.label, e.type, e.mentions, len(e.articles),
                                                          e.wikidata or ""] for e in listed]),
                   lambda total: f"{total} {'entity' if total == 1 else 'entities'}")


# -- vnkg predicates ----------------------------------------------------------------------------


def cmd_predicates(args: argparse.Namespace) -> int:
    return _run(_predicate_counts, args)


def _predicate_counts(args: argparse.Namespace) -> int:
    kg = load(args.graph)
    counts = kg.predicate_counts()
    if args.used:
        counts = PredicateCountList(c for c in counts if c.relations)
    if args.format == "json":
        _write_json(counts.to_dicts())
    elif args.format == "csv":
        _write_csv(counts.to_records(), PredicateCountList.columns)
    else:
        print(table(("PREDICATE", "FAMILY", "QUAD", "SYMMETRIC", "RELATIONS", "SENTENCES"),
                    [[c.name, c.family, c.quad, "yes" if c.symmetric else "", c.relations, c.sentences]
                     for c in counts]))
        print(f"{sum(c.relations for c in counts)} relations, {sum(c.sentences for c in counts)} sentences")
    return EXIT_OK


# -- the parser ---------------------------------------------------------------------------------


def register(subparsers) -> None:
    """Add `timeline`, `stance`, `entities` and `predicates` to the `vnkg` sub-command parsers."""
    t = graph_command(subparsers, "timeline", cmd_timeline, help="one entity's dated relations, in date order",
                      description="The dated relations of one entity in date order, one row per relation "
                                  "and day (a relation read on several days appears once a day, with "
                                  "that day's sentences). Undated relations are left out.")
    t.add_argument("name", metavar="NAME", help="a name (any alias) or an id")
    t.add_argument("--predicate", "-p", metavar="P", action="append", help="only these predicates (repeatable)")
    date_arguments(t)
    t.add_argument("--limit", type=int, metavar="N", help="at most N rows (the earliest)")
    _format(t)

    s = graph_command(subparsers, "stance", cmd_stance, help="cooperation against conflict between two actors",
                      description="Count the relations between A and B (either direction) by quad class "
                                  "(verbal/material cooperation/conflict) and score them: (cooperation - "
                                  "conflict) / both, from -1 to 1. Roles and memberships do not count.")
    s.add_argument("a", metavar="A")
    s.add_argument("b", metavar="B")
    date_arguments(s)
    s.add_argument("--evidence", "-e", action="store_true", help="table: print each relation's sentences")
    _format(s)

    e = graph_command(subparsers, "entities", cmd_entities, help="the entities of a graph, most mentioned first",
                      description="List the entities of a built graph, filtered by type and sorted.")
    e.add_argument("--type", "-t", metavar="T", action="append",
                   help="only entities of this type (PERSON, COUNTRY, ORGANIZATION, LOCATION, GROUP, ISSUE); "
                        "repeat or comma-separate for several")
    e.add_argument("--sort", choices=tuple(SORTS), default="mentions",
                   help="mentions (default, most first), articles (most first), label or id")
    e.add_argument("--limit", type=int, metavar="N", help="at most N entities")
    _format(e)

    p = graph_command(subparsers, "predicates", cmd_predicates,
                      help="the predicates of the ontology, with their counts in a graph",
                      description="Every predicate of the ontology, with its family, quad class, and "
                                  "how many relations and sentences it has in this graph.")
    p.add_argument("--used", action="store_true", help="only the predicates this graph uses")
    _format(p)
