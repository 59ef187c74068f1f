"""Each export loaded back with the library its users use, and queried.

The graph is the hand-built one of test_query.py (Lavrov met Blinken twice, the
United States urges and sanctions Russia, Biden plans to visit Ukraine, ...)
built through graph.build, with the Wikidata ids the actor dictionary gives two
countries, and one more article whose sentence holds every character a file
format must escape.
"""
from __future__ import annotations

import csv
import importlib.util
import io
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports import to_json
from exports.gexf import write_gexf
from exports.ladybugdb import connect, read_ladybug, rows, write_ladybug
from exports.neo4j import ARRAY_DELIMITER, load_script, write_neo4j
from exports.rdf import literal, write_turtle
from exports.tables import PARSE_DATES, read_tables, write_tables
from extract.types import Article, ArticleExtraction
from extract.types import Evidence as XEvidence
from extract.types import Relation as XRelation
from graph.build import add_extraction, finalize, new_graph
from ontology import ONTOLOGY

_spec = importlib.util.spec_from_file_location("_query_graph", Path(__file__).with_name("test_query.py"))
assert _spec is not None and _spec.loader is not None
_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_graph)

WIKIDATA = {"country:RU": "Q159", "country:US": "Q30"}
AWKWARD = 'Nga nói: "NATO <mở rộng> & đe dọa", theo A|B; C\\D.'  # quotes, markup, delimiters, a backslash


def build() -> nx.MultiDiGraph:
    extractions = _graph.extractions()
    for x in extractions:
        for entity_id, qid in WIKIDATA.items():
            if entity_id in x.entities:
                x.entities[entity_id] = replace(x.entities[entity_id], wikidata=qid)
    russia, nato = _graph.E["russia"], _graph.E["nato"]
    extractions.append(ArticleExtraction(
        article=Article("a7", AWKWARD), entities={russia.id: replace(russia, wikidata="Q159"), nato.id: nato},
        aliases={russia.id: {"Nga"}, nato.id: {"NATO"}}, mention_counts={russia.id: 1, nato.id: 1},
        relations=[XRelation(russia, "threatens", nato, XEvidence("a7", AWKWARD, "2022-02-01"))]))
    G = new_graph()
    for x in extractions:
        add_extraction(G, x)
    return finalize(G)


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return build()


# -- GEXF: networkx reads it as Gephi would ------------------------------------------------------


def test_gexf_loads_in_networkx_with_types_mentions_and_dates(G, tmp_path):
    H = nx.read_gexf(write_gexf(G, tmp_path / "graph.gexf"))
    assert isinstance(H, nx.MultiDiGraph)
    assert set(H.nodes) == set(G.nodes)
    lavrov = H.nodes["person:sergey_lavrov"]
    assert (lavrov["label"], lavrov["type"], lavrov["mentions"]) == ("Sergey Lavrov", "PERSON", 2)
    assert (lavrov["first_date"], lavrov["last_date"]) == ("2021-12-02", "2022-01-21")
    assert H.nodes["country:RU"]["wikidata"] == "Q159"
    # a symmetric relation is a mutual edge: networkx gives it both ways; Gephi draws it once
    met = H.edges["person:antony_blinken", "person:sergey_lavrov", "met"]
    assert (met["label"], met["weight"], met["date"], met["quad"]) == ("met", 2.0, "2021-12-02", "verbal cooperation")
    assert H.has_edge("person:sergey_lavrov", "person:antony_blinken", "met")
    urges = H.edges["country:US", "country:RU", "urges"]
    assert not H.has_edge("country:RU", "country:US", "urges")
    assert (urges["evidence_count"], urges["sentence"]) == (1, "Mỹ kêu gọi Nga rút quân khỏi biên giới.")
    assert H.edges["country:RU", "org:nato", "threatens"]["sentence"] == AWKWARD
    # what a user asks of it: who the United States acts against, by kind of event
    against = {(v, d["predicate"]) for _, v, d in H.out_edges("country:US", data=True) if "conflict" in d["quad"]}
    assert against == {("country:RU", "urges"), ("country:RU", "sanctions")}


def test_gexf_edges_have_unique_ids_and_quad_colours(G, tmp_path):
    text = write_gexf(G, tmp_path / "graph.gexf").read_text(encoding="utf-8")
    ids = re.findall(r'<edge [^>]*\bid="([^"]+)"', text)
    assert len(ids) == G.number_of_edges() == len(set(ids))
    assert 'r="200" g="30" b="30"' in text  # material conflict (#c81e1e), from the ontology


# -- CSV: pandas with the right dtypes, and the graph back ---------------------------------------


def test_csv_tables_load_in_pandas_with_the_right_dtypes(G, tmp_path):
    folder = write_tables(G, tmp_path / "csv")
    entities = pd.read_csv(folder / "entities.csv", parse_dates=PARSE_DATES["entities.csv"])
    relations = pd.read_csv(folder / "relations.csv", parse_dates=PARSE_DATES["relations.csv"])
    evidence = pd.read_csv(folder / "evidence.csv", parse_dates=PARSE_DATES["evidence.csv"])
    assert {c: str(t) for c, t in entities.dtypes.items() if c in ("mentions", "article_count", "in_dictionary")} \
        == {"mentions": "int64", "article_count": "int64", "in_dictionary": "bool"}
    assert str(entities["first_date"].dtype).startswith("datetime64")
    assert {c: str(t) for c, t in relations.dtypes.items() if c in ("symmetric", "confidence", "evidence_count")} \
        == {"symmetric": "bool", "confidence": "float64", "evidence_count": "int64"}
    assert str(relations["date"].dtype).startswith("datetime64") and str(evidence["date"].dtype).startswith("datetime64")
    assert len(entities) == G.number_of_nodes() and len(relations) == G.number_of_edges()
    assert len(evidence) == relations["evidence_count"].sum()
    met = relations[(relations.predicate == "met") & (relations.subject_id == "person:antony_blinken")]
    assert met[["object", "evidence_count"]].values.tolist() == [["Sergey Lavrov", 2]]
    assert met["date"].iloc[0] == pd.Timestamp("2021-12-02")
    assert entities.set_index("id").loc["country:US", "wikidata"] == "Q30"
    assert relations.set_index("predicate").loc["threatens", "sentence"] == AWKWARD
    # dated sentences per year, the kind of question the tables are for (a1-a7 of test_query.py, and AWKWARD)
    dated = evidence.dropna(subset=["date"])
    assert dated.groupby(dated["date"].dt.year).size().to_dict() == {2014: 1, 2021: 7, 2022: 8}


def test_csv_tables_read_back_into_the_same_graph(G, tmp_path):
    assert to_json(read_tables(write_tables(G, tmp_path / "csv"))) == to_json(G)


# -- Neo4j: the import CSVs as neo4j-admin reads their headers, and the LOAD CSV script -----------


NEO4J_TYPES: dict[str, Callable[[str], object]] = {"int": int, "float": float, "boolean": lambda v: v == "true", "date": str,
               "string[]": lambda v: v.split(ARRAY_DELIMITER)}


def neo4j_admin_read(folder: Path) -> nx.MultiDiGraph:
    """What `neo4j-admin database import` makes of the files, by the header rules of its manual."""
    def typed(header: list[str], row: list[str]) -> dict:
        out = {}
        for name, value in zip(header, row):
            key, _, kind = name.partition(":")
            if value != "":  # an empty field is no property
                out[name if not key else key] = NEO4J_TYPES.get(kind, str)(value)
        return out

    H: nx.MultiDiGraph = nx.MultiDiGraph()
    with open(folder / "entities.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        assert header[:2] == ["id:ID", ":LABEL"]
        for row in reader:
            props = typed(header, row)
            H.add_node(props["id"], labels=set(props.pop(":LABEL").split(";")), **props)
    with open(folder / "relations.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        for row in reader:
            props = typed(header, row)
            start, end, kind = props.pop(":START_ID"), props.pop(":END_ID"), props.pop(":TYPE")
            assert start in H and end in H, "every relationship joins two imported nodes"
            H.add_edge(start, end, key=kind, **props)
    return H


def test_neo4j_import_files_give_the_graph(G, tmp_path):
    H = neo4j_admin_read(write_neo4j(G, tmp_path / "neo4j"))
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    lavrov = H.nodes["person:sergey_lavrov"]
    assert lavrov["labels"] == {"Entity", "Person"} and lavrov["mentions"] == 2
    assert lavrov["aliases"] == ["Lavrov", "Sergei Lavrov", "Sergey Lavrov"]
    # MATCH (a:Entity {label: 'Sergey Lavrov'})-[:MET]-(b) RETURN b.label
    met = [H.nodes[v if u == "person:sergey_lavrov" else u]["label"] for u, v, k in H.edges(keys=True)
           if k == "MET" and "person:sergey_lavrov" in (u, v)]
    assert met == ["Antony Blinken"]
    rel = H.edges["person:antony_blinken", "person:sergey_lavrov", "MET"]
    assert rel["evidence_count"] == 2 and rel["symmetric"] is True and rel["date"] == "2021-12-02"
    assert rel["sentence_articles"] == ["a1", "a6"] and len(rel["sentences"]) == 2
    threat = H.edges["country:RU", "org:nato", "THREATENS"]
    assert threat["sentences"] == [AWKWARD.replace("|", "¦")]  # the array delimiter never splits a sentence
    assert threat["sentence"] == AWKWARD


def test_neo4j_load_script_reads_only_columns_the_files_have(G, tmp_path):
    folder = write_neo4j(G, tmp_path / "neo4j")
    script = (folder / "load.cypher").read_text(encoding="utf-8")
    assert script == load_script()
    headers = {name: next(csv.reader(io.StringIO((folder / name).read_text(encoding="utf-8"))))
               for name in ("entities.csv", "relations.csv")}
    statements = [s.strip() for s in script.split(";") if s.strip() and not s.strip().startswith("//")]
    loads = [s for s in statements if "LOAD CSV" in s]
    for statement in loads:
        file = re.search(r"FROM 'file:///([^']+)'", statement).group(1)
        used = set(re.findall(r"row\.`([^`]+)`", statement))
        assert used and used <= set(headers[file]), (file, used - set(headers[file]))
    created = {m for s in loads for m in re.findall(r"CREATE \(a\)-\[:(\w+) ", s)}
    assert created == {p.upper() for p in ONTOLOGY.predicates}
    assert sum("SET e:" in s for s in statements) == len(ONTOLOGY.entity_types)


# -- LadybugDB: real Cypher ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def database(G, tmp_path_factory) -> Path:
    return write_ladybug(G, tmp_path_factory.mktemp("lbug") / "graph.lbug")


@pytest.mark.parametrize("query, expected", [
    ("MATCH (a:Entity)-[:MET]-(b) WHERE a.label = 'Sergey Lavrov' RETURN b.label", [["Antony Blinken"]]),
    ("MATCH (a:Entity)-[:MET]-(b) WHERE a.label = 'Antony Blinken' RETURN b.label", [["Sergey Lavrov"]]),
    # directed relations keep their direction; symmetric ones are stored once, so match them without an arrow
    ("MATCH (a:Entity {label: 'United States'})-[r]->(b:Entity {label: 'Russia'}) RETURN label(r) ORDER BY label(r)",
     [["SANCTIONS"], ["URGES"]]),
    ("MATCH (a:Entity {label: 'United States'})-[r:HELD_TALKS_WITH]-(b:Entity {label: 'Russia'}) RETURN r.place",
     [["Geneva"]]),
    ("MATCH (p:Entity)-[r:OFFICIAL_OF]->(c:Entity {id: 'country:RU'}) RETURN p.label, r.label ORDER BY p.label",
     [["Sergey Lavrov", "Foreign Minister of"], ["Vladimir Putin", "President of"]]),
    ("MATCH (a:Entity {label: 'Sergey Lavrov'})-[m:MET]-(b) UNWIND m.evidence AS e RETURN e.article, e.place "
     "ORDER BY e.article", [["a1", "Stockholm"], ["a6", "Geneva"]]),
    # a relation's date is its first: Lavrov and Blinken met first in 2021, NATO and Russia on 2022-01-12
    ("MATCH (a)-[r:MET]-(b) WHERE r.date >= date('2022-01-01') AND a.id < b.id RETURN a.label, b.label",
     [["Russia", "NATO"]]),
    ("MATCH (a:Entity)-[r:VISITED]->(b) RETURN a.label, b.label, r.modality", [["Joe Biden", "Ukraine", "planned"]]),
    ("MATCH (e:Entity) WHERE e.wikidata IS NOT NULL RETURN e.id ORDER BY e.id", [["country:RU"], ["country:US"]]),
    ("MATCH (e:Entity {type: 'PERSON'}) RETURN e.label ORDER BY e.mentions DESC, e.label LIMIT 2",
     [["Antony Blinken"], ["Sergey Lavrov"]]),  # named in two articles each, the others in one
])
def test_ladybug_answers_cypher(database, query, expected):
    with connect(database) as conn:
        assert rows(conn, query) == expected


def test_ladybug_reads_back_into_the_same_graph(G, database):
    assert to_json(read_ladybug(database)) == to_json(G)


def test_ladybug_replaces_a_database_whole_and_leaves_no_temporary_file(G, tmp_path):
    path = tmp_path / "graph.lbug"
    small = G.subgraph(["person:sergey_lavrov", "person:antony_blinken"]).copy()
    write_ladybug(small, path)
    write_ladybug(G, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.lbug"]
    with connect(path) as conn:
        assert rows(conn, "MATCH (e:Entity) RETURN count(*)") == [[G.number_of_nodes()]]


# -- RDF: Turtle into a triple store, asked with SPARQL ------------------------------------------

SPARQL_PREFIXES = """
PREFIX vnkg: <urn:vnkg:ontology:>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX wd: <http://www.wikidata.org/entity/>
"""


@pytest.fixture(scope="module")
def store(G, tmp_path_factory) -> ox.Store:
    path = write_turtle(G, tmp_path_factory.mktemp("rdf") / "graph.ttl")
    triples = ox.Store()
    triples.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return triples


def sparql(store: ox.Store, query: str) -> list[tuple]:
    solutions = store.query(SPARQL_PREFIXES + query)
    assert isinstance(solutions, ox.QuerySolutions)
    return sorted(tuple(None if term is None else term.value for term in solution) for solution in solutions)


@pytest.mark.parametrize("query, expected", [
    # whom Lavrov met, from either side (a symmetric predicate is written both ways)
    ('SELECT ?name WHERE { ?a rdfs:label "Sergey Lavrov" ; vnkg:met ?b . ?b rdfs:label ?name }',
     [("Antony Blinken",)]),
    ('SELECT ?name WHERE { ?b vnkg:met ?a . ?a rdfs:label "Sergey Lavrov" . ?b rdfs:label ?name }',
     [("Antony Blinken",)]),
    # the Wikidata id joins the graph to the linked-data world
    ("SELECT ?name WHERE { ?x owl:sameAs wd:Q159 ; rdfs:label ?name }", [("Russia",)]),
    ('SELECT ?x WHERE { ?x skos:altLabel "Hoa Kỳ"@vi }', [("urn:vnkg:entity:country:US",)]),
    # the evidence of a relation, on its reified statement
    ('SELECT ?article ?date WHERE { ?s rdf:subject ?a ; rdf:predicate vnkg:met ; rdf:object ?b ; vnkg:evidence ?e . '
     '?a rdfs:label "Antony Blinken" . ?b rdfs:label "Sergey Lavrov" . ?e vnkg:article ?article ; dcterms:date ?date }',
     [("urn:vnkg:article:a1", "2021-12-02"), ("urn:vnkg:article:a6", "2022-01-21")]),
    # a planned visit is a statement with its modality, never the plain triple
    ("SELECT ?m WHERE { ?s rdf:predicate vnkg:visited ; vnkg:modality ?m }", [("planned",)]),
    ("ASK { ?a vnkg:visited ?b }", None),
    ('SELECT ?sentence WHERE { ?s rdf:predicate vnkg:threatens ; vnkg:evidence/vnkg:sentence ?sentence }',
     [(AWKWARD,)]),
    ("SELECT ?p WHERE { ?p a owl:SymmetricProperty }",
     [(f"urn:vnkg:ontology:{p.name}",) for p in sorted(ONTOLOGY.predicates.values(), key=lambda p: p.name)
      if p.symmetric]),
])
def test_rdf_answers_sparql(store, query, expected):
    if expected is None:  # an ASK that must say no
        assert bool(store.query(SPARQL_PREFIXES + query)) is False
        assert bool(store.query(SPARQL_PREFIXES + query.replace("visited", "met"))) is True
    else:
        assert sparql(store, query) == expected


def test_rdf_has_one_iri_per_entity(G, store):
    found = sparql(store, "SELECT ?x ?type WHERE { ?x a ?type . ?type rdfs:subClassOf vnkg:Entity }")
    assert len(found) == G.number_of_nodes()
    assert ("urn:vnkg:entity:person:sergey_lavrov", "urn:vnkg:ontology:Person") in found


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
def test_any_text_survives_as_a_turtle_literal(text):
    parsed = list(ox.parse(f"<urn:x> <urn:p> {literal(text, 'vi')} .".encode(), format=ox.RdfFormat.TURTLE))
    assert parsed[0].object.value == text and parsed[0].object.language == "vi"
