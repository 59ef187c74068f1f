"""Articles as data: the title, date, URL and source file the input gave, kept in every output and shown with the evidence."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from exports import read_graphml, read_json, write_graphml, write_json
from graph.build import Merge, add_extraction, finalize, new_graph
from tests.html_graphs import EVIL_ARTICLE, EVIL_TITLE, EVIL_URL, MET_TITLE, MET_URL, hostile_graph
from vnkg import Article, KnowledgeGraph
from vnkg.cli import main

EXPECTED = {
    "a1": {"title": MET_TITLE, "date": "2021-12-02", "url": MET_URL, "source": "a1.txt"},
    EVIL_ARTICLE: {"title": EVIL_TITLE, "date": "2022-01-10", "url": EVIL_URL, "source": f"{EVIL_ARTICLE}.txt"},
    "a3": {"title": "NATO và Nga", "source": "a3.txt"},  # no date: none given
}


def test_the_graph_keeps_each_cited_articles_title_date_url_and_file():
    G = hostile_graph()
    assert G.graph["articles"] == EXPECTED
    assert list(G.graph["articles"]) == sorted(EXPECTED)  # in id order, like everything finalize writes


def test_an_article_that_no_entity_or_relation_cites_is_left_out():
    from extract.types import ArticleExtraction
    from ingest import Article as Input

    G = new_graph()
    add_extraction(G, ArticleExtraction(Input("empty", "Trời mưa.", "Thời tiết", "2021-01-01")))
    with Merge() as merge:
        merge.add(hostile_graph())
        merge.add(G)
        assert "empty" in merge.graph["articles"]
        assert merge.finalize().graph.graph["articles"] == EXPECTED


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_the_table_survives_the_files(tmp_path, fmt):
    G = hostile_graph()
    path = tmp_path / f"graph.{fmt}"
    (write_json if fmt == "json" else write_graphml)(G, path)
    back = (read_json if fmt == "json" else read_graphml)(path)
    assert back.graph["articles"] == EXPECTED
    if fmt == "json":  # a top-level table of the node-link data, keyed by article id
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["articles"] == EXPECTED and "articles" not in data["graph"]
    # Read, merged with nothing, finalized again: the same graph, articles and all.
    assert finalize(back).graph["articles"] == EXPECTED


def test_the_query_api_knows_the_articles():
    kg = KnowledgeGraph(hostile_graph())
    assert kg.article("a1") == Article("a1", MET_TITLE, "2021-12-02", MET_URL, "a1.txt")
    assert str(kg.article("a1")) == f'"{MET_TITLE}" · 2021-12-02 · {MET_URL}'
    assert str(kg.article("a3")) == '"NATO và Nga" · a3.txt'
    assert kg.article("nowhere") is None
    assert KnowledgeGraph(nx.MultiDiGraph()).article("a1") is None  # a graph written before the table


@pytest.mark.parametrize("argv", [["show", "{graph}", "Lavrov"],
                                  ["query", "{graph}", "--subject", "Lavrov", "--evidence"]])
def test_show_and_evidence_print_each_sentences_article(tmp_path, capsys, argv):
    path = tmp_path / "graph.json"
    write_json(hostile_graph(), path)
    assert main([a.format(graph=path) for a in argv]) == 0
    lines = capsys.readouterr().out.splitlines()
    sentence = next(i for i, line in enumerate(lines) if line.strip().startswith("a1"))
    assert lines[sentence + 1].strip() == f'in "{MET_TITLE}" · 2021-12-02 · {MET_URL}'
