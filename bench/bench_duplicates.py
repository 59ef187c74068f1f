"""How many persons of a built graph are second nodes for a name another node has.

    python bench/bench_duplicates.py [--graph DIR] [--corpus ../shared/corpus/world-2017.jsonl]

Reads DIR/graph.json, building it first from the corpus when it is missing
(`vnkg build CORPUS --out DIR`; DIR defaults to /tmp/world-resolve). Prints
each pair of PERSON nodes (one of them, at least, not in the dictionary)
whose labels are variants of one name, then their count:

  typo     the names are one edit apart (or equal without case, marks and
           hyphens) and share a word: "Donad Trump" / "Donald Trump";
  initial  the same name but for middle initials or a generational suffix:
           "James B. Comey" / "James Comey", "Robert S. Mueller III";
  repeat   a word written twice: "Moon Moon Jae-in" / "Moon Jae-in";
  prefix   words glued in front of another node's full name (two words or
           more, not a particle surname like "Le Maire", not the father's
           name after "bin"): "Seattle James Robart" / "James Robart".

A surname alone ("Robart" beside "James Robart") is not counted, nor a
Vietnamese given name beside the full name ("Mai Phương", "Nguyễn Mai Phương"):
a family name in front is not glued. The check
reads labels only; it shares the name arithmetic of extract/name_repair.py
(keys, edit distance, initials) but none of the resolver's rules, so a pair
the resolver leaves apart on purpose (two spellings equally frequent) counts.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.lexicon import default_lexicon  # noqa: E402
from extract.name_repair import NameParts, collapse_repeats, name_key, one_edit_apart  # noqa: E402
from extract.phrases import fold  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "world-2017.jsonl"
PARTICLES = {"al", "el", "le", "la", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "bint", "ben"}


def variant_kind(a: str, b: str) -> str | None:
    """How label `a` is a variant of label `b`, or None.

    >>> [variant_kind(a, b) for a, b in [("Donad Trump", "Donald Trump"), ("James B. Comey", "James Comey"),
    ...  ("Moon Moon Jae-in", "Moon Jae-in"), ("Seattle James Robart", "James Robart"),
    ...  ("Jean Marie Le Pen", "Le Pen"), ("Kim Jong-un", "Kim Jong-nam"), ("Robart", "James Robart"),
    ...  ("Vladimir Kara-Murza", "Kara-Murza"), ("Nguyễn Mai Phương", "Mai Phương"),
    ...  ("Mohammed bin Abdulrahman Al Thani", "Abdulrahman al-Thani")]]
    ['typo', 'initial', 'repeat', 'prefix', None, None, None, None, None, None]
    """
    ka, kb = name_key(a), name_key(b)
    wa, wb = ka.split(), kb.split()
    if len(a.split()) < 2 or len(b.split()) < 2:  # a surname alone ("Robart", "Kara-Murza") is not counted
        return None
    if collapse_repeats(a) != a and name_key(collapse_repeats(a)) == kb:
        return "repeat"
    pa, pb = NameParts.of(a), NameParts.of(b)
    if ka != kb and pa.core == pb.core and pa.may_be(pb):
        return "initial"
    if ka == kb or (len(ka) >= 8 and one_edit_apart(ka, kb) and set(wa) & set(wb)):
        return "typo"
    head = wa[: len(wa) - len(wb)]  # in key words: "al-Thani" is two, as in "Al Thani"
    raw_head = a.split()[: len(a.split()) - len(b.split())]
    family_name = len(raw_head) == 1 and fold(raw_head[0]) in default_lexicon().name_shapes.get("family_names", ())
    if head and wa[-len(wb):] == wb and wb[0] not in PARTICLES and head[-1] not in PARTICLES and not family_name:
        return "prefix"
    return None


def duplicate_pairs(nodes: list[dict]) -> list[tuple[str, dict, dict]]:
    """(kind, variant node, other node) for each pair of persons that are one name.

    The variant is the node the dictionary lacks, or of two such the less mentioned.
    """
    persons = sorted((n for n in nodes if n.get("type") == "PERSON"), key=lambda n: n["id"])
    pairs = []
    for x, y in combinations(persons, 2):
        if x.get("in_dictionary") and y.get("in_dictionary"):
            continue
        for a, b in ((x, y), (y, x)):
            kind = variant_kind(a["label"], b["label"])
            if kind:
                if kind == "typo" and _strength(a) > _strength(b):
                    a, b = b, a
                pairs.append((kind, a, b))
                break
    return sorted(pairs, key=lambda p: (p[0], p[1]["label"], p[2]["label"]))


def _strength(node: dict) -> tuple[bool, int, str]:
    return bool(node.get("in_dictionary")), int(node.get("mentions", 0)), node["id"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, default=Path("/tmp/world-resolve"), help="folder of graph.json")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="built into --graph when it has no graph")
    args = ap.parse_args()
    path = args.graph / "graph.json"
    if not path.exists():
        from vnkg.cli import main as vnkg

        print(f"building {path} from {args.corpus}", file=sys.stderr)
        if vnkg(["build", str(args.corpus), "--out", str(args.graph)]) != 0:
            return 2
    nodes = json.loads(path.read_text(encoding="utf-8"))["nodes"]
    pairs = duplicate_pairs(nodes)
    for kind, a, b in pairs:
        print(f"{kind:8} {a['label']!r} ({a['mentions']}) / {b['label']!r} ({b['mentions']})"
              f"{'' if b.get('in_dictionary') else ' [not in dictionary]'}")
    second = {a["id"] for _, a, _ in pairs}
    print(f"{datetime.date.today()} {path}: {len(nodes)} nodes; {len(second)} persons are a variant of "
          f"another node's name ({len(pairs)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
