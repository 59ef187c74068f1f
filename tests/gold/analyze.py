"""Why a development set scores as it does: each miss with the sentences that
name both its ends, each wrong triple with the sentence it was read from.

    .venv/bin/python tests/gold/analyze.py dev-2017 [--article ID] [--predicate P]

Development sets only (see score.py): rules are never written from held-out errors.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import SETS, _input_for, _scorer, _vnkg


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?…\"”])\s+|\n+", text) if s.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", choices=[s.name for s in SETS if s.role == "dev"])
    ap.add_argument("--article")
    ap.add_argument("--predicate")
    ap.add_argument("--no-wrong", action="store_true")
    ap.add_argument("--no-missed", action="store_true")
    args = ap.parse_args(argv)
    gold_set = next(s for s in SETS if s.name == args.set)
    gold = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    scorer = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        source = _input_for(gold_set, gold, Path(tmp))
        out = Path(tmp) / "out"
        subprocess.run([_vnkg(), "build", str(source), "--out", str(out)], capture_output=True, check=True,
                       env=dict(os.environ, PYTHONHASHSEED="0"))
        data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        if source.is_dir():
            texts = {p.stem: p.read_text(encoding="utf-8") for p in source.glob("*.txt")}
        else:
            texts = {r["id"]: r.get("title", "") + "\n" + r["text"] for r in map(json.loads, source.open(encoding="utf-8"))}
    nodes, edges = data["nodes"], data["edges"]
    mapping = scorer.map_nodes(nodes, gold["entities"])
    names = {gid: {scorer.norm(n) for n in ent["names"]} for gid, ent in gold["entities"].items()}

    def mentions(gid: str, sentence: str) -> bool:
        folded = " " + scorer.norm(sentence) + " "
        return any(f" {n} " in folded for n in names.get(gid, ()))

    for art, g in gold["articles"].items():
        if args.article and art != args.article:
            continue
        sys_triples = {}
        for e in edges:
            for ev in e["evidence"]:
                if ev["article"] != art:
                    continue
                s, o, p = mapping[e["source"]], mapping[e["target"]], e["predicate"]
                if p in scorer.SYMMETRIC and str(s) > str(o):
                    s, o = o, s
                sys_triples.setdefault((s, p, o), ev["sentence"])
        lines = []
        required = [t for t in g["triples"] if not t.get("optional")]
        if not args.no_missed:
            for t in required:
                if args.predicate and args.predicate not in scorer.as_list(t["p"]):
                    continue
                if any(scorer.matches(st, t, False) for st in sys_triples):
                    continue
                lines.append(f"  MISSED {t['s']} -{'|'.join(scorer.as_list(t['p']))}-> {t['o']}")
                ss, os_ = scorer.as_list(t["s"]), scorer.as_list(t["o"])
                for sentence in _sentences(texts[art]):
                    if any(mentions(a, sentence) for a in ss) and any(mentions(b, sentence) for b in os_):
                        lines.append(f"      | {sentence[:400]}")
        if not args.no_wrong:
            for st, sentence in sorted(sys_triples.items(), key=str):
                if args.predicate and st[1] != args.predicate:
                    continue
                if not any(scorer.matches(st, t, False) for t in g["triples"]):
                    lines.append(f"  WRONG  {st[0]} -{st[1]}-> {st[2]}\n      | {sentence[:400]}")
        if lines:
            print(f"== {art}")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
