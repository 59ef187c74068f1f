"""How fast KnowledgeGraph answers once its index is built.

    python bench/bench_query.py [GRAPH.json ...] [--nodes 5000 --edges 20000] [--no-synthetic]

For each graph.json given (build one with `vnkg build ../shared/corpus/world-2017.jsonl --out DIR`)
and for a synthetic graph of --nodes entities and --edges relations (made with graph.build from
generated extractions, written with exports.write_json and read back, so it has the real shape),
prints: the time to read the file, the time to build the index (KnowledgeGraph(G)), then the
per-call time of kg.entity and kg.relations(subject=...) over every entity, in microseconds
(mean, median, 99th percentile, max), for names given as label, as alias and without diacritics.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exports import read_json, write_json
from vnkg import AmbiguousEntityError, KnowledgeGraph

SYLLABLES = ("an bình cường dũng đức giang hà hải hạnh hiền hoà hùng hương khánh khoa lan linh long mai minh "
             "nam nga ngà ngọc nhung phong phúc phương quang quân sơn tâm thảo thành thắng thu thuỷ tiến trang "
             "trung tú tuấn tùng uyên văn việt vinh xuân yến bảo châu diệp đạt gấm hoàng kiên lộc mỹ nhật").split()
PREDICATES = ("met", "held_talks_with", "phoned", "visited", "supports", "agrees_with", "praises", "proposes",
              "signed_agreement_with", "provides_aid_to", "urges", "opposes", "rejects", "criticizes", "accuses",
              "warns", "threatens", "sanctions", "deploys_troops_near", "attacks", "annexed", "member_of")
TYPES = ("PERSON", "COUNTRY", "ORGANIZATION", "GROUP", "ISSUE", "LOCATION")


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7):
    """A finalized graph of about n_nodes entities and n_edges relations, hubs included (Zipf-like degrees)."""
    from extract.types import Article, ArticleExtraction, Entity, Evidence, Relation
    from graph.build import add_extraction, finalize, new_graph

    rng = random.Random(seed)
    labels: set[str] = set()
    while len(labels) < n_nodes:
        labels.add(" ".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3)))).title())
    entities, aliases = [], {}
    for i, label in enumerate(sorted(labels)):
        entity = Entity(f"syn:{i:05d}", label, rng.choice(TYPES))
        entities.append(entity)
        words = label.split()
        aliases[entity.id] = {label, f"ông {words[-1]} {i}", label.upper()}
    weights = [1 / (rank + 1) ** 0.8 for rank in range(n_nodes)]
    G = new_graph()
    per_article = 5
    made = 0
    article_no = 0
    while made < n_edges:
        article_no += 1
        article = Article(f"syn-{article_no:06d}", "")
        relations = []
        used = {}
        for _ in range(per_article):
            s, o = rng.choices(entities, weights=weights, k=2)
            if s.id == o.id:
                continue
            day = f"20{rng.randint(14, 22):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            ev = Evidence(article.id, f"Câu số {made} nói {s.label} và {o.label}.",
                          date=day if rng.random() < 0.7 else None)
            relations.append(Relation(s, rng.choice(PREDICATES), o, ev))
            used[s.id], used[o.id] = s, o
        add_extraction(G, ArticleExtraction(article, used, {k: aliases[k] for k in used}, {k: 1 for k in used},
                                            relations))
        made = G.number_of_edges()
    for entity in entities:  # entities never related still exist as nodes
        if entity.id not in G:
            add_extraction(G, ArticleExtraction(Article("syn-solo", ""), {entity.id: entity},
                                                {entity.id: aliases[entity.id]}, {entity.id: 1}, []))
    return finalize(G)


def strip_marks(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def per_call_us(fn, args: list, rounds: int = 5) -> list[float]:
    """Each call's time in microseconds, the best of `rounds` passes for each argument."""
    best = [float("inf")] * len(args)
    clock = time.perf_counter_ns
    for _ in range(rounds):
        for i, a in enumerate(args):
            t0 = clock()
            fn(a)
            t = clock() - t0
            if t < best[i]:
                best[i] = t
    return [t / 1000 for t in best]


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return (f"mean {statistics.fmean(ordered):7.1f}  median {statistics.median(ordered):7.1f}  "
            f"p99 {p99:7.1f}  max {ordered[-1]:8.1f}  µs/call  ({len(ordered)} calls)")


def bench(name: str, path: Path) -> None:
    t0 = time.perf_counter()
    G = read_json(path)
    t1 = time.perf_counter()
    kg = KnowledgeGraph(G)
    t2 = time.perf_counter()
    print(f"{name}: {G.number_of_nodes()} entities, {G.number_of_edges()} relations")
    print(f"  read file     {1000 * (t1 - t0):8.1f} ms")
    print(f"  build index   {1000 * (t2 - t1):8.1f} ms")

    entities = kg.entities

    def unique(names):
        out = []
        for n in names:
            try:
                kg.entity(n)
                out.append(n)
            except AmbiguousEntityError:
                pass
        return out

    labels = unique([e.label for e in entities])
    aliases = unique([e.aliases[-1] for e in entities if e.aliases])
    loose = unique([strip_marks(e.label).lower() for e in entities if strip_marks(e.label) != e.label])
    print(f"  entity(label)          {summary(per_call_us(kg.entity, labels))}")
    print(f"  entity(alias)          {summary(per_call_us(kg.entity, aliases))}")
    if loose:
        print(f"  entity(no diacritics)  {summary(per_call_us(kg.entity, loose))}")
    ids = [e.id for e in entities]
    print(f"  relations(subject=id)    {summary(per_call_us(lambda s: kg.relations(subject=s), ids))}")
    print(f"  relations(subject=label) {summary(per_call_us(lambda s: kg.relations(subject=s), labels))}")
    hub = max(entities, key=lambda e: len(kg.relations(subject=e.id)))
    n_hub = len(kg.relations(subject=hub.id))
    hub_time = min(per_call_us(lambda s: kg.relations(subject=s), [hub.label] * 20))
    print(f"  busiest subject: {hub.label!r} ({n_hub} relations): {hub_time:.1f} µs/call")
    t_since = per_call_us(lambda s: kg.relations(subject=s, since="2017-01-01", until="2017-12-31"), labels)
    print(f"  relations(subject=label, since, until) {summary(t_since)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graphs", nargs="*", type=Path, help="graph.json files written by vnkg build")
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--no-synthetic", action="store_true", help="only the graphs given")
    args = ap.parse_args(argv)
    for path in args.graphs:
        bench(str(path), path)
    if not args.no_synthetic:
        t0 = time.perf_counter()
        G = synthetic_graph(args.nodes, args.edges)
        with tempfile.TemporaryDirectory() as tmp:
            path = write_json(G, Path(tmp) / "graph.json")
            print(f"(synthetic graph made and written in {time.perf_counter() - t0:.1f} s)")
            bench(f"synthetic {args.nodes}x{args.edges}", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
