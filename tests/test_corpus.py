"""Checks on real articles of ../shared/corpus (skipped where the corpus is absent).

The corpus text is read at run time and never copied into the project.
"""
import importlib.util
import itertools
import json
from pathlib import Path

import pytest

from exports.review import to_review_tsv
from extract import Article, Extractor, default_lexicon
from extract.phrases import fold
from graph.build import build_graph

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT.parent / "shared" / "corpus" / "world-2017.jsonl"
needs_corpus = pytest.mark.skipif(not WORLD.exists(), reason="../shared/corpus is not here")


def _score_module():
    spec = importlib.util.spec_from_file_location("unseen_score", ROOT / "tests" / "unseen" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_corpus
def test_held_out_articles_score_above_the_floor():
    """tests/unseen/gold.json: 24 articles no rule was written from (issue #3 asks 0.50 / 0.70)."""
    result = _score_module().build_and_score(WORLD)
    assert result["strict"]["f1"] >= 0.55, result["strict"]
    assert result["entities"]["f1"] >= 0.80, result["entities"]


@needs_corpus
def test_development_articles_score_above_the_floor():
    module = _score_module()
    result = module.build_and_score(WORLD, gold_path=ROOT / "tests" / "dev" / "gold.json")
    assert result["strict"]["f1"] >= 0.62, result["strict"]
    assert result["entities"]["f1"] >= 0.85, result["entities"]


@needs_corpus
def test_review_list_holds_names_not_titles_honorifics_or_common_words():
    lex = default_lexicon()
    stop = lex.name_shapes["not_name_words"]
    extractor = Extractor()
    with WORLD.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in itertools.islice(f, 500)]
    G = build_graph(extractor(Article(r["id"], r["text"], r.get("title", ""))) for r in records)
    rows = [line.split("\t") for line in to_review_tsv(G).splitlines()[1:]]
    assert len(rows) > 50  # the corpus does name people the dictionary lacks
    for _id, type_, label, *_ in rows:
        titles, honorifics = lex.titles.find(label), lex.honorifics.find(label)
        assert not (titles and titles[0].start == 0), label
        assert not (honorifics and honorifics[0].start == 0), label
        assert not all(fold(w) in stop for w in label.split()), label
        if type_ == "PERSON":
            assert not any(len(w) > 1 and w.isupper() and w.isalpha() and w.strip("IVX") for w in label.split()), label


@needs_corpus
def test_page_layout_does_not_depend_on_the_hash_seed(tmp_path):
    """150 corpus articles give components large enough for the force layout; two hash seeds, one page."""
    import os
    import subprocess
    import sys

    head = tmp_path / "head.jsonl"
    with WORLD.open(encoding="utf-8") as f:
        head.write_text("".join(itertools.islice(f, 150)), encoding="utf-8")
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        subprocess.run([sys.executable, "-m", "vnkg", "build", str(head), "--out", str(out)],
                       check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        pages.append((out / "graph.html").read_bytes())
    assert pages[0] == pages[1]
