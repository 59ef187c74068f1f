"""A million articles on a Dask LocalCluster: articles/s, peak memory of the merging process, output sizes.

    python bench/bench_million.py [--sizes 10000,100000,1000000] [--workers 2] [--extract facts|text] [--page]

The articles are synthetic world news (bench/synthetic_news.py: sentences
written for the bench, realistic shares of names and predicates, dates over
2010-2025). Each size is a fresh child process that builds them the way
`vnkg build INPUT --out DIR --dask local --workers N` does (`vnkg.store.build`:
reading, hashing, the Dask cluster, merging, finalizing, writing), and reports:
wall time and articles/s; the time spent finalizing and writing; peak RSS of
the process that reads, merges and writes (the client, with the LocalCluster's
scheduler in it), and the largest RSS summed over it and its workers; the size
of each output.

`--extract text` runs the real extractor on the workers. `--extract facts`
(the default) writes each article as the facts its sentences state (JSON) and
has the workers turn them into the extraction the real extractor makes of the
sentences, without the NLP (the extractor reads about 25-60 synthetic articles
a second per core here, which would make a million a day's run): everything
else, the cluster included, is the real path. The workers' function is the
bench's, sent by value, in place of `graph.parallel.extract_chunk`.

graph.html is left out unless `--page`: a page of hundreds of thousands of
entities is no page (see docs/performance.md). Nothing here asserts on time.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def write_input(n: int, mode: str, path: Path) -> None:
    """The first `n` synthetic articles as JSON Lines: their text, or (facts) the facts as the text."""
    from synthetic_news import articles, facts

    with path.open("w", encoding="utf-8") as f:
        if mode == "text":
            for record in articles(n):
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            for article_id, day, sentences in facts(n):
                text = json.dumps({"id": article_id, "sentences": sentences}, ensure_ascii=False)
                f.write(json.dumps({"id": article_id, "date": day, "text": text}, ensure_ascii=False) + "\n")


def facts_chunk(articles):
    """What `graph.parallel.extract_chunk` gives for these articles, read from their facts (runs on a worker)."""
    from extract.lexicon import default_lexicon
    from extract.mentions import slug
    from extract.types import ArticleExtraction, Entity, Evidence, Relation
    from graph.build import add_extraction, new_graph

    lexicon = default_lexicon()

    def entity(name: str) -> Entity:
        found = lexicon.names.find(name)
        return lexicon.entity(found[0].value)

    def add(ex: ArticleExtraction, e: Entity, surface: str) -> None:
        ex.entities.setdefault(e.id, e)
        ex.aliases.setdefault(e.id, set()).add(surface)
        ex.mention_counts[e.id] = ex.mention_counts.get(e.id, 0) + 1

    G = new_graph()
    for article in articles:
        ex = ArticleExtraction(article=article)

        for s in json.loads(article.text)["sentences"]:
            if "predicate" not in s:
                continue
            ends = []
            for actor, first in zip((s["subject"], s["object"]), s["first"]):
                if "person" not in actor:
                    ends.append(entity(actor["name"]))
                    add(ex, ends[-1], actor["name"])
                    continue
                person = Entity(f"person:{slug(actor['person'])}", actor["person"], "PERSON", in_dictionary=False)
                add(ex, person, actor["person"] if first else actor["surname"])
                ends.append(person)
                if first:
                    country = entity(actor["country"])
                    add(ex, country, actor["country"])
                    ex.relations.append(Relation(person, "official_of", country,
                                                 Evidence(article.id, s["text"], article.date), role=actor["role"]))
            ex.relations.append(Relation(ends[0], s["predicate"], ends[1],
                                         Evidence(article.id, s["text"], article.date)))
        add_extraction(G, ex)
    return G, {}


def _status_kb(pid: int | str, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_kb(pid: int) -> int:
    children: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += (task / "children").read_text().split()
        except OSError:
            pass
    return _status_kb(pid, "VmRSS") + sum(_tree_kb(int(c)) for c in set(children))


def child(path: Path, out: Path, workers: int, mode: str, page: bool) -> dict:
    """In this process: build `path` into `out` on a LocalCluster, as `vnkg build --dask local` does."""
    from graph import parallel
    from graph.build import Merge
    from ingest import Reader
    from vnkg import store

    if mode == "facts":
        parallel.extract_chunk = facts_chunk  # type: ignore[assignment]  # sent to the workers by value
    phases: dict[str, float] = {}

    def timed(name, method):
        def run(*args, **kwargs):
            t = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                phases[name] = time.perf_counter() - t
                phases[name + "_hwm_kb"] = _status_kb("self", "VmHWM")
        return run

    Merge.finalize = timed("finalize", Merge.finalize)  # type: ignore[method-assign]
    store.GraphFolder.write = timed("write", store.GraphFolder.write)  # type: ignore[method-assign]
    tree = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(1.0):
            tree[0] = max(tree[0], _tree_kb(os.getpid()))

    threading.Thread(target=sample, daemon=True).start()
    skipped: list = []
    intake = store.Intake(skipped.append)
    t = time.perf_counter()
    written = store.build(store.GraphFolder(out), Reader(skipped.append).articles([str(path)]), intake,
                          workers=workers, dask="local", outputs=store.Outputs(page=page))
    wall = time.perf_counter() - t
    done.set()
    assert written is not None
    G = written.graph
    return {"articles": written.count, "skipped": len(skipped), "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(), "wall_s": wall, **phases,
            "hwm_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "tree_kb": tree[0],
            "sizes": {p.name: p.stat().st_size for p in out.iterdir() if not p.name.startswith(".")}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--extract", choices=("facts", "text"), default="facts")
    ap.add_argument("--page", action="store_true", help="write graph.html too")
    ap.add_argument("--child", nargs=2, metavar=("INPUT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]), args.workers, args.extract, args.page)))
        return
    print(f"# {date.today().isoformat()}: bench_million --extract {args.extract} --workers {args.workers}"
          f"{' --page' if args.page else ''}, {os.cpu_count()} cores")
    print(f"{'articles':>9} {'nodes':>8} {'edges':>9} {'wall':>8} {'art/s':>6} {'finalize':>9} {'write':>8}"
          f" {'peak RSS':>9} {'tree':>8}  outputs")
    with tempfile.TemporaryDirectory(prefix="vnkg-million-") as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            path = Path(tmp) / f"articles-{n}.jsonl"
            write_input(n, args.extract, path)
            out = Path(tmp) / f"out-{n}"
            cmd = [sys.executable, __file__, "--child", str(path), str(out), "--workers", str(args.workers),
                   "--extract", args.extract] + (["--page"] if args.page else [])
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout)
            sizes = ", ".join(f"{name} {size / 1e6:,.0f} MB" for name, size in sorted(r["sizes"].items()))
            print(f"{r['articles']:>9,} {r['nodes']:>8,} {r['edges']:>9,} {r['wall_s']:>6.0f} s"
                  f" {r['articles'] / r['wall_s']:>6.0f} {r['finalize']:>7.0f} s {r['write']:>6.0f} s"
                  f" {r['hwm_kb'] / 1024:>6,.0f} MB {r['tree_kb'] / 1024:>5,.0f} MB  {sizes}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
