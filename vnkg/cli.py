"""The `vnkg` command: a thin layer over extract -> graph -> exports.

    vnkg build INPUT... --out DIR     build DIR/graph.json, graph.graphml, graph.html
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Iterable, Iterator

from extract import Article, Extractor
from extract.normalize import normalize_text
from extract.readers import Problem, iter_articles
from exports import write_graphml, write_html, write_json
from graph.build import build_graph
from vnkg import query_cli

EXIT_OK, EXIT_SKIPPED_STRICT, EXIT_NOTHING = 0, 1, 2


class Problems:
    """Collects skipped inputs and prints each as one line on stderr."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def __call__(self, problem: Problem) -> None:
        self.items.append(problem)
        print(f"vnkg: skipped {problem}", file=sys.stderr)


def unique_articles(articles: Iterable[Article]) -> Iterator[Article]:
    """Each article once: the same text under another file name counts once."""
    seen: set[str] = set()
    for article in articles:
        digest = hashlib.sha1(normalize_text(article.title + "\n" + article.text).encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        yield article


def write_outputs(G, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    return {
        "json": write_json(G, out / "graph.json"),
        "graphml": write_graphml(G, out / "graph.graphml"),
        "html": write_html(G, out / "graph.html"),
    }


def cmd_build(args: argparse.Namespace) -> int:
    problems = Problems()
    extractor = Extractor()
    count = 0

    def extractions():
        nonlocal count
        for article in unique_articles(iter_articles(args.inputs, problems)):
            count += 1
            yield extractor(article)

    G = build_graph(extractions())
    if count == 0:
        print("vnkg: nothing to build: no readable article in the inputs", file=sys.stderr)
        return EXIT_NOTHING
    paths = write_outputs(G, Path(args.out))
    print(f"{count} articles, {G.number_of_nodes()} entities, {G.number_of_edges()} relations")
    for kind, path in paths.items():
        print(f"  {kind:8} {path}")
    if problems.items:
        print(f"  skipped  {len(problems.items)} inputs (see above)")
    if args.strict and problems.items:
        return EXIT_SKIPPED_STRICT
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vnkg", description="Vietnamese news articles -> knowledge graph")
    sub = ap.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build a graph from articles")
    build.add_argument("inputs", nargs="+", help="files or folders of articles (.txt, .jsonl)")
    build.add_argument("--out", required=True, help="output folder")
    build.add_argument("--strict", action="store_true", help="exit 1 if any input was skipped")
    build.set_defaults(func=cmd_build)
    query_cli.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
