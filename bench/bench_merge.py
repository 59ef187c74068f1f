"""How large a graph the final merge holds: the part of a build that runs on one machine.

    python bench/bench_merge.py [--articles 10000,30000,100000] [--chunk 128] [--page]

With `--workers` or `--dask`, extraction runs elsewhere but the partial graphs
come back to one process, which merges them (`graph.build.Merge`), finalizes
the result and writes it. This bench feeds that process synthetic extractions
shaped like world-2017 articles, the densest real input (per article: 16
entities, 11 drawn Zipf-like from 250 countries and 5 people from a growing
pool, and 8 relations, each with a distinct ~190-character evidence sentence)
and measures, each size in a fresh child process: time and peak RSS after
merging + finalizing, and after writing the outputs as `vnkg build` does
(`vnkg.store.GraphFolder.write`: graph.json, graph.graphml,
unknown_entities.tsv, manifest.json, and with `--page` graph.html). Nothing is
extracted, so the figures are the merge's own.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("chính phủ hợp tác quốc phòng thỏa thuận kinh tế biển đảo an ninh khu vực hội nghị thượng đỉnh "
         "lệnh trừng phạt phát biểu ngoại giao đối thoại căng thẳng quân sự hạt nhân tên lửa").split()


# The shape of a world-2017 article as the extractor reads it (measured at fe6fe59 on all
# 1,342: 15.6 entities and 8.4 pieces of evidence per article).
ACTORS_PER_ARTICLE = 11  # countries and organisations, drawn Zipf-like from 250
PEOPLE_PER_ARTICLE = 5  # one or two new, the others seen before
RELATIONS_PER_ARTICLE = 8


def synthetic(n_articles: int, seed: int = 7):
    """ArticleExtractions shaped like real ones (made ahead of the clock, chunk by chunk)."""
    from extract import Article, ArticleExtraction, Entity, Evidence, Relation, default_lexicon

    rng = random.Random(seed)
    predicates = sorted(default_lexicon().predicates)
    actors = [Entity(f"country:C{i:03d}", f"Country {i}", "COUNTRY") for i in range(250)]
    weights = [1 / (i + 1) for i in range(len(actors))]
    people: list[Entity] = []

    def new_person() -> Entity:
        k = len(people)
        label = f"Surname{k}" if rng.random() < 0.05 else f"Given{k} Surname{k}"  # 5 %: one word
        people.append(Entity(f"person:p{k}", label, "PERSON", in_dictionary=False))
        return people[-1]

    for a in range(n_articles):
        article = Article(f"syn-{a:08d}", "", date=f"2017-{1 + a % 12:02d}-{1 + a % 28:02d}")
        found: dict[str, Entity] = {}
        while len(found) < ACTORS_PER_ARTICLE:
            e = rng.choices(actors, weights)[0]
            found[e.id] = e
        fresh = [new_person() for _ in range(1 + (rng.random() < 0.5))]
        want = ACTORS_PER_ARTICLE + min(PEOPLE_PER_ARTICLE - len(fresh), len(people) - len(fresh))
        while len(found) < want:
            e = people[min(len(people) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.5 \
                else rng.choice(people)
            found[e.id] = e
        for e in fresh:  # (a person picked above may be one of them: then fewer in all)
            found[e.id] = e
        entities = list(found.values())
        ex = ArticleExtraction(article=article)
        for e in entities:
            ex.entities[e.id] = e
            ex.mention_counts[e.id] = 1 + int(rng.random() < 0.5)
            ex.aliases.setdefault(e.id, set()).add(e.label)
        for r in range(RELATIONS_PER_ARTICLE):
            s, o = rng.sample(entities, 2)
            sentence = f"{a}-{r} " + " ".join(rng.choice(WORDS) for _ in range(40))[:185]
            ev = Evidence(article.id, sentence, article.date, None, "asserted")
            ex.relations.append(Relation(s, rng.choice(predicates), o, ev))
        yield ex


def measure(n_articles: int, chunk: int, page: bool) -> dict:
    """In this process: merge partial graphs of `n_articles` synthetic articles, finalize, write the outputs."""
    from graph.build import Merge, add_extraction, new_graph
    from graph.parallel import chunks
    from vnkg.store import GraphFolder, Outputs

    making = [0.0]  # time spent making the partial graphs (the workers' share), not counted

    def partials():
        it = chunks(synthetic(n_articles), chunk)
        while True:
            t = time.perf_counter()
            group = next(it, None)
            if group is None:
                making[0] += time.perf_counter() - t
                return
            G = new_graph()
            for ex in group:
                add_extraction(G, ex)
            making[0] += time.perf_counter() - t
            yield G

    t = time.perf_counter()
    with Merge() as merge:
        for partial in partials():
            merge.add(partial)
        evidence = merge.evidence.rows
        built = merge.finalize(keep_evidence=False)
        merged = time.perf_counter() - t - making[0]
        rss_merged = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        articles = {f"syn-{a:08d}": f"{a:040x}" for a in range(n_articles)}
        with tempfile.TemporaryDirectory() as folder:
            t = time.perf_counter()
            paths = GraphFolder(folder).write(built, articles, Outputs(page=page))
            written = time.perf_counter() - t
            sizes = {name: path.stat().st_size for name, path in paths.items() if path.exists()}
    G = built.graph
    return {"articles": n_articles, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "evidence": evidence, "merge_s": merged, "rss_merged_kb": rss_merged, "write_s": written,
            "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "sizes": sizes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", default="10000,30000,100000")
    ap.add_argument("--chunk", type=int, default=128, help="articles per partial graph")
    ap.add_argument("--page", action="store_true", help="write graph.html too")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(args.child, args.chunk, args.page)))
        return
    from datetime import date

    print(f"# final merge bench, {date.today().isoformat()}, synthetic partial graphs of {args.chunk} articles")
    print(f"{'articles':>9} {'nodes':>8} {'edges':>9} {'evidence':>9} {'merge+finalize':>15} {'RSS':>8}"
          f" {'+ write':>10} {'RSS':>8} {'json':>8} {'graphml':>8}" + (f" {'html':>8}" if args.page else ""))
    for n in (int(x) for x in args.articles.split(",")):
        out = subprocess.run([sys.executable, __file__, "--child", str(n), "--chunk", str(args.chunk)]
                             + (["--page"] if args.page else []),
                             check=True, capture_output=True, text=True, cwd=ROOT).stdout
        r = json.loads(out)
        sizes = "".join(f" {r['sizes'][name] / 1e6:>6,.0f}MB" for name in ("json", "graphml", "html")
                        if name in r["sizes"])
        print(f"{r['articles']:>9,} {r['nodes']:>8,} {r['edges']:>9,} {r['evidence']:>9,} {r['merge_s']:>13.1f} s"
              f" {r['rss_merged_kb'] / 1024:>6,.0f}MB {r['write_s']:>8.1f} s {r['rss_kb'] / 1024:>6,.0f}MB{sizes}",
              flush=True)


if __name__ == "__main__":
    main()
