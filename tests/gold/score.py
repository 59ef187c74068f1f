"""Score vnkg on the annotated article sets, per era, with ../shared/eval/score.py.

    .venv/bin/python tests/gold/score.py heldout        # the held-out sets, per era and together
    .venv/bin/python tests/gold/score.py dev [--verbose] # the development sets (seeds included)
    .venv/bin/python tests/gold/score.py dev --only seeds --verbose

Each set's articles are read from ../shared (their text is never copied into
the project), built with the `vnkg build` command exactly as a user would run
it, and scored by the shared scorer. Scores are micro-averaged: the true
positives, false positives and misses of the sets of one era are summed.

Held-out sets were annotated before any rule was written for them; `--verbose`
(which lists the misses and wrong triples) is refused for them, so that rules
are only ever written from the development sets.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@dataclass(frozen=True)
class GoldSet:
    name: str
    era: str
    role: str  # heldout | dev
    gold: Path
    source: Path  # a JSON Lines corpus, or a folder of .txt articles


SETS = (
    GoldSet("heldout-2013", "2013", "heldout", HERE / "heldout-2013.json", CORPUS / "news-2013.jsonl"),
    GoldSet("heldout-2017", "2017", "heldout", HERE / "heldout-2017.json", CORPUS / "world-2017.jsonl"),
    GoldSet("heldout-2025", "2025", "heldout", HERE / "heldout-2025.json", CORPUS / "news-2025.jsonl"),
    GoldSet("seeds", "seeds", "dev", SHARED / "eval" / "seeds.gold.json", SHARED / "seeds"),
    GoldSet("dev-2013", "2013", "dev", HERE / "dev-2013.json", CORPUS / "news-2013.jsonl"),
    GoldSet("dev-2017", "2017", "dev", HERE / "dev-2017.json", CORPUS / "world-2017.jsonl"),
    GoldSet("dev2-2013", "2013", "dev", HERE / "dev2-2013.json", CORPUS / "news-2013.jsonl"),
    GoldSet("dev2-2017", "2017", "dev", HERE / "dev2-2017.json", CORPUS / "world-2017.jsonl"),
    GoldSet("dev2-2025", "2025", "dev", HERE / "dev2-2025.json", CORPUS / "news-2025.jsonl"),
    GoldSet("dev3-2017", "2017", "dev", HERE / "dev3-2017.json", CORPUS / "world-2017.jsonl"),
    GoldSet("dev3-2025", "2025", "dev", HERE / "dev3-2025.json", CORPUS / "news-2025.jsonl"),
    GoldSet("dev4-2017", "2017", "dev", HERE / "dev4-2017.json", CORPUS / "world-2017.jsonl"),
)
COUNTS = ("entities", "strict", "lenient")


def _scorer():
    spec = importlib.util.spec_from_file_location("vnkg_shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _vnkg() -> str:
    local = ROOT / ".venv" / "bin" / "vnkg"
    return str(local) if local.exists() else "vnkg"


def _input_for(gold_set: GoldSet, gold: dict, folder: Path) -> Path:
    """The set's articles as the user would give them to `vnkg build`."""
    if gold_set.source.is_dir():
        return gold_set.source
    wanted = set(gold["articles"])
    path = folder / f"{gold_set.name}.jsonl"
    found = set()
    with gold_set.source.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        for line in f:
            record = json.loads(line)
            if record["id"] in wanted:
                out.write(line)
                found.add(record["id"])
    missing = wanted - found
    if missing:
        raise SystemExit(f"{gold_set.gold}: {len(missing)} article ids not in {gold_set.source}: {sorted(missing)[:3]}")
    return path


def score_set(gold_set: GoldSet, verbose: bool = False) -> dict:
    """Build the set's articles with `vnkg build` and score the graph."""
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = _input_for(gold_set, gold, folder)
        out = folder / "out"
        env = dict(os.environ, PYTHONHASHSEED="0")
        done = subprocess.run([_vnkg(), "build", str(source), "--out", str(out)], capture_output=True, text=True, env=env)
        if done.returncode != 0 or "extraction failed" in done.stderr:
            raise SystemExit(f"vnkg build {source} failed ({done.returncode}):\n{done.stderr}")
        data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    result, report = _scorer().score(gold, data["nodes"], data.get("edges", data.get("links", [])))
    if verbose:
        print("\n".join(report))
    return result


def _add(total: dict, result: dict) -> None:
    for kind in COUNTS:
        for key in ("tp", "fp", "fn"):
            total[kind][key] += result[kind][key]
    for predicate, ratio in result["recall_by_predicate"].items():
        found, wanted = (int(x) for x in ratio.split("/"))
        total["by_predicate"][predicate][0] += found
        total["by_predicate"][predicate][1] += wanted


def _prf(counts: dict) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(label: str, total: dict) -> str:
    s, e = _prf(total["strict"]), _prf(total["entities"])
    return (f"{label:<14} triples strict F1={s[2]:.3f} (P={s[0]:.3f} R={s[1]:.3f})  "
            f"entities F1={e[2]:.3f} (P={e[0]:.3f} R={e[1]:.3f})  [{total['articles']} articles]")


def _empty() -> dict:
    total: dict = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in COUNTS}
    total["by_predicate"] = defaultdict(lambda: [0, 0])
    total["articles"] = 0
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("role", choices=("heldout", "dev"))
    ap.add_argument("--only", help="one set by name (e.g. seeds, dev-2017)")
    ap.add_argument("--verbose", action="store_true", help="list misses and wrong triples (development sets only)")
    ap.add_argument("--by-predicate", action="store_true", help="print recall by predicate")
    args = ap.parse_args(argv)
    if args.verbose and args.role == "heldout":
        ap.error("--verbose is for development sets only: rules are never written from held-out errors")
    chosen = [s for s in SETS if s.role == args.role and (args.only is None or s.name == args.only)]
    if not chosen:
        ap.error(f"no {args.role} set named {args.only!r}")
    by_era: dict[str, dict] = defaultdict(_empty)
    overall = _empty()
    present = [s for s in chosen if s.gold.exists()]
    for gold_set in set(chosen) - set(present):
        print(f"{gold_set.name}: no gold file yet ({gold_set.gold})", file=sys.stderr)
    # The builds run side by side (verbose output would interleave: then one at a time).
    with ThreadPoolExecutor(max_workers=1 if args.verbose else len(present) or 1) as pool:
        results = list(pool.map(lambda g: score_set(g, args.verbose), present))
    for gold_set, result in zip(present, results):
        n = len(json.loads(gold_set.gold.read_text(encoding="utf-8"))["articles"])
        for total in (by_era[gold_set.era], overall):
            _add(total, result)
            total["articles"] += n
    for era in sorted(by_era):
        print(summary(f"{args.role} {era}", by_era[era]))
    print(summary(f"{args.role} all", overall))
    if args.by_predicate:
        for predicate, (found, wanted) in sorted(overall["by_predicate"].items()):
            print(f"  {predicate:<22} {found:>3}/{wanted:<3} {found / wanted if wanted else 0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
