"""graph.json and graph.graphml: streamed writers, readers beside them, round trips, the GraphML schema.

The graphs are written for these tests: a finalized graph through the real
merge (tests/html_graphs.py, markup and quotes in every text field, an id that
is no XML name), one with graph-level data and control characters, and an
empty one. graph.graphml is validated against GraphML 1.0
(tests/data/graphml/graphml.xsd) and read by networkx and python-igraph.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import igraph
import networkx as nx
import pytest
from lxml import etree

from exports.graphml import read_graphml, to_graphml, write_graphml
from exports.jsonfile import read_json, to_json, write_json
from extract.types import Article, ArticleExtraction, Entity, Evidence, Relation
from graph.build import Merge, add_extraction, new_graph
from tests.html_graphs import hostile_graph

SCHEMA = Path(__file__).parent / "data" / "graphml" / "graphml.xsd"
NGA = Entity("country:RU", "Russia", "COUNTRY")
MY = Entity("country:US", "United States", "COUNTRY")
PHAP = Entity("country:FR", "France", "COUNTRY")


def raw_graph() -> nx.MultiDiGraph:
    """Three articles: one relation read in three sentences, a control character, graph-level data."""
    G = new_graph()
    sentences = [("a1", "Nga gặp Mỹ tại Geneva.", "2021-06-16"), ("a2", "Nga và Mỹ gặp nhau\x07 lần nữa.", None),
                 ("a3", 'Pháp nói "Nga gặp Mỹ" là <tốt> & đúng.', "2022-01-10")]
    for article, sentence, date in sentences:
        ex = ArticleExtraction(Article(article, sentence, date=date))
        for e in (NGA, MY, PHAP):
            ex.entities[e.id] = e
            ex.aliases[e.id] = {e.label, "Nga\x00" if e is NGA else e.label}
            ex.mention_counts[e.id] = 1
        ex.relations.append(Relation(NGA, "met", MY, Evidence(article, sentence, date, "Geneva" if date else None)))
        ex.relations.append(Relation(PHAP, "supports", NGA, Evidence(article, sentence, date)))
        add_extraction(G, ex)
    G.graph["articles"] = {a: {"title": f"Bài {a}", "date": d} for a, _, d in sentences}
    G.graph["corpus"] = "kiểm thử"
    return G


def merged(G: nx.MultiDiGraph, keep_evidence: bool = True):
    merge = Merge()
    merge.add(G)
    return merge.finalize(keep_evidence)


def finalized_with_data() -> nx.MultiDiGraph:
    built = merged(raw_graph())
    built.close()
    return built.graph


GRAPHS = {
    "hostile": hostile_graph,
    "graph data, control characters": finalized_with_data,
    "empty": nx.MultiDiGraph,
}


@pytest.fixture(params=list(GRAPHS), ids=list(GRAPHS))
def graph(request) -> nx.MultiDiGraph:
    return GRAPHS[request.param]()


def node_link(G: nx.MultiDiGraph) -> dict:
    """node_link_data of `G`, its articles table (if any) moved from `graph` to the top level."""
    data = nx.node_link_data(G, edges="edges")
    data["graph"] = {k: v for k, v in G.graph.items() if k != "articles"}
    if "articles" in G.graph:
        data["articles"] = G.graph["articles"]
    return json.loads(json.dumps(data))


# -- graph.json ------------------------------------------------------------------------------------


def test_compact_json_is_node_link_data_one_record_a_line(graph):
    text = to_json(graph)
    assert json.loads(text) == node_link(graph)
    table = graph.graph.get("articles")
    assert len(text.splitlines()) == 3 + graph.number_of_nodes() + graph.number_of_edges() + \
        (1 + len(table) if table is not None else 0)
    separators = ('],"edges":[', '],"articles":{')
    assert all(json.loads(line.removesuffix(",")) for line in text.splitlines()[1:-1]
               if line not in separators and not line.startswith('"'))


def test_pretty_json_is_what_json_dumps_indent_gives(graph):
    expected = json.dumps(node_link(graph), ensure_ascii=False, indent=1, sort_keys=True)
    assert to_json(graph, pretty=True) == expected + "\n"


@pytest.mark.parametrize("pretty", [False, True])
def test_json_round_trip(graph, tmp_path, pretty):
    path = write_json(graph, tmp_path / "graph.json", pretty=pretty)
    assert to_json(read_json(path)) == to_json(graph)


def test_evidence_from_the_store_gives_the_same_file(tmp_path):
    in_graph = finalized_with_data()
    built = merged(raw_graph(), keep_evidence=False)
    assert all("evidence" not in d for _, _, d in built.graph.edges(data=True))
    for pretty in (False, True):
        write_json(built.graph, tmp_path / "store.json", evidence=built.evidence.final(), pretty=pretty)
        assert (tmp_path / "store.json").read_text(encoding="utf-8") == to_json(in_graph, pretty=pretty)
    write_graphml(built.graph, tmp_path / "store.graphml", evidence=built.evidence.final())
    assert (tmp_path / "store.graphml").read_text(encoding="utf-8") == to_graphml(in_graph)
    built.close()


@pytest.mark.parametrize("cut", [0.3, 0.7, 0.99])
def test_a_truncated_graph_json_is_an_error(tmp_path, cut):
    text = to_json(finalized_with_data())
    path = tmp_path / "graph.json"
    path.write_text(text[: int(len(text) * cut)], encoding="utf-8")
    with pytest.raises(ValueError):
        read_json(path)


def test_node_link_json_of_networkx_is_read_too(tmp_path):
    G = finalized_with_data()
    path = tmp_path / "nx.json"
    path.write_text(json.dumps(nx.node_link_data(G, edges="edges"), indent=2), encoding="utf-8")
    assert to_json(read_json(path)) == to_json(G)


# -- graph.graphml ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def test_graphml_validates_against_the_schema(graph, schema):
    document = etree.fromstring(to_graphml(graph).encode("utf-8"))
    assert schema.validate(document), schema.error_log


def flat(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def networkx_graphml(G: nx.MultiDiGraph) -> bytes:
    """What the GraphML writer gave before: networkx's, key ids named after the attributes."""
    H: nx.MultiDiGraph = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: flat(v) for k, v in d.items()})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{kk: flat(vv) for kk, vv in d.items()})
    out = io.BytesIO()
    nx.write_graphml(H, out, named_key_ids=True)
    return out.getvalue()


BROKEN = {
    "networkx's named key ids (label, articles for nodes and edges)": lambda text: networkx_graphml(finalized_with_data()),
    "a key id twice": lambda text: text.replace(b'id="e_label"', b'id="n_label"'),
    "an edge to no node": lambda text: text.replace(b'target="country:US"', b'target="country:XX"', 1),
    "data under an undeclared key": lambda text: text.replace(b'key="n_type"', b'key="n_kind"', 1),
    "two edges with one id": lambda text: text.replace(b"<edge ", b'<edge id="met" ', 2),
}


@pytest.mark.parametrize("break_it", list(BROKEN.values()), ids=list(BROKEN))
def test_the_schema_rejects_what_graphml_forbids(schema, break_it):
    text = to_graphml(finalized_with_data()).encode("utf-8")
    assert schema.validate(etree.fromstring(text))
    assert not schema.validate(etree.fromstring(break_it(text)))


def test_graphml_round_trip(graph, tmp_path):
    path = write_graphml(graph, tmp_path / "graph.graphml")
    assert to_json(read_graphml(path)) == to_json(graph)


def test_characters_xml_cannot_carry(tmp_path, schema):
    """In a plain text attribute they become U+FFFD; inside JSON-encoded lists (aliases, evidence) they are escapes."""
    G = finalized_with_data()
    G.nodes["country:FR"]["label"] = "Pháp\x1b[2J\x00"
    text = to_graphml(G)
    assert schema.validate(etree.fromstring(text.encode("utf-8")))
    back = read_graphml(write_graphml(G, tmp_path / "graph.graphml"))
    assert back.nodes["country:FR"]["label"] == "Pháp\ufffd[2J\ufffd"
    assert "Nga\x00" in back.nodes["country:RU"]["aliases"]
    assert to_json(read_json(write_json(G, tmp_path / "graph.json"))) == to_json(G)


def test_networkx_reads_graphml(tmp_path):
    G = finalized_with_data()
    H = nx.read_graphml(write_graphml(G, tmp_path / "graph.graphml"), force_multigraph=True)
    assert sorted(H.nodes) == sorted(G.nodes) and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["country:RU"]["label"] == "Russia" and H.nodes["country:RU"]["mentions"] == 3
    met = [d for _, _, d in H.edges("country:RU", data=True) if d["predicate"] == "met"]
    assert met[0]["label"] == "met" and met[0]["confidence"] == 0.875
    assert len(json.loads(met[0]["evidence"])) == 3
    assert json.loads(H.graph["articles"])["a2"] == {"title": "Bài a2", "date": None}


def test_igraph_reads_graphml(tmp_path):
    G = finalized_with_data()
    g = igraph.Graph.Read_GraphML(str(write_graphml(G, tmp_path / "graph.graphml")))
    assert (g.vcount(), g.ecount()) == (G.number_of_nodes(), G.number_of_edges())
    assert sorted(g.vs["id"]) == sorted(G.nodes)
    assert {"label", "type", "mentions", "aliases"} <= set(g.vs.attributes())
    assert {"label", "predicate", "evidence", "confidence"} <= set(g.es.attributes())
    russia = g.vs.find(id="country:RU")
    assert russia["label"] == "Russia" and russia["mentions"] == 3
    assert g.attributes() == ["articles", "corpus"] and g["corpus"] == "kiểm thử"
