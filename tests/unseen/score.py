"""Score the extractor on the held-out articles of tests/unseen/gold.json.

    .venv/bin/python tests/unseen/score.py [--corpus ../shared/corpus/world-2017.jsonl] [--gold FILE] [--verbose]

The articles are read from the shared corpus at run time (their text is never
copied into the project), built into a graph in a temporary folder, and scored
with ../shared/eval/score.py. Prints the scorer's summary line.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "world-2017.jsonl"
SCORER = SHARED / "eval" / "score.py"
GOLD = HERE / "gold.json"


def load_scorer():
    spec = importlib.util.spec_from_file_location("vnkg_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def held_out_articles(corpus: Path, gold: Path = GOLD) -> list[dict]:
    ids = set(json.loads(gold.read_text(encoding="utf-8"))["articles"])
    with corpus.open(encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["id"] in ids]


def build_and_score(corpus: Path = DEFAULT_CORPUS, verbose: bool = False, gold_path: Path = GOLD) -> dict:
    from exports import to_json
    from extract import Article, Extractor
    from graph.build import build_graph

    extractor = Extractor()
    records = held_out_articles(corpus, gold_path)
    G = build_graph(extractor(Article(r["id"], r["text"], r.get("title", ""), r.get("date"))) for r in records)
    data = json.loads(to_json(G))
    scorer = load_scorer()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result, report = scorer.score(gold, data["nodes"], data["edges"])
    if verbose:
        print("\n".join(report))
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold file (default: the held-out set)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    r = build_and_score(args.corpus, args.verbose, args.gold)
    s, lenient, e = r["strict"], r["lenient"], r["entities"]
    print(f"triples strict F1={s['f1']:.3f} (P={s['precision']:.3f} R={s['recall']:.3f}) "
          f"lenient F1={lenient['f1']:.3f} (P={lenient['precision']:.3f} R={lenient['recall']:.3f}) "
          f"entities F1={e['f1']:.3f} (P={e['precision']:.3f} R={e['recall']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
