"""What keeps a big build in bounded memory, checked on small inputs written for these tests.

The merge keeps evidence in SQLite (`graph.evidence`) and must give what an
in-memory merge gives, with or without spilling to disk; repeated evidence and
folded names follow one rule whatever the input order; graph.html and
`vnkg show` print the latest sentences of a relation while graph.json keeps
all; the manifest is streamed in its old format; each text is normalised once.
"""
from __future__ import annotations

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import graph.evidence
from exports.jsonfile import to_json, write_json
from extract.types import Article, ArticleExtraction, Entity, Evidence, Relation
from graph.build import Merge, add_extraction, finalize, new_graph
from ingest import Reader, normalize_text
from vnkg import cli, store

NGA = Entity("country:RU", "Russia", "COUNTRY")
MY = Entity("country:US", "United States", "COUNTRY")
OLGA = Entity("person:olga_oliker", "Olga Oliker", "PERSON", in_dictionary=False)
OLIKER = Entity("person:oliker", "Oliker", "PERSON", in_dictionary=False)


def extraction(article: str, relations: list[tuple[Entity, str, Entity, Evidence]]) -> ArticleExtraction:
    ex = ArticleExtraction(Article(article, ""))
    for s, _, o, _ in relations:
        for e in (s, o):
            ex.entities[e.id] = e
            ex.aliases.setdefault(e.id, set()).add(e.label)
            ex.mention_counts[e.id] = ex.mention_counts.get(e.id, 0) + 1
    ex.relations.extend(Relation(s, p, o, ev) for s, p, o, ev in relations)
    return ex


def graph_of(*extractions: ArticleExtraction) -> nx.MultiDiGraph:
    G = new_graph()
    for ex in extractions:
        add_extraction(G, ex)
    return G


def many_sentences(n: int) -> nx.MultiDiGraph:
    """One relation read in `n` articles, a day apart, and one read once."""
    exs = [extraction(f"a{i:04d}", [(NGA, "met", MY, Evidence(f"a{i:04d}", f"Nga gặp Mỹ lần thứ {i}.",
                                                                f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}"))])
           for i in range(n)]
    exs.append(extraction("b", [(MY, "criticizes", NGA, Evidence("b", "Mỹ chỉ trích Nga."))]))
    return graph_of(*exs)


# -- the merge ---------------------------------------------------------------------------------------


def test_a_merge_spilled_to_disk_gives_the_graph_of_one_in_memory(monkeypatch):
    expected = to_json(finalize(many_sentences(3000)))
    monkeypatch.setattr(graph.evidence, "CACHE_KB", 64)
    with Merge() as merge:
        merge.add(many_sentences(3000))
        built = merge.finalize()
        pages, size = (merge.evidence.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        assert pages * size > 4 * 64 * 1024, "the evidence must outgrow the cache, or nothing was spilled"
        assert to_json(built.graph) == expected


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_evidence_read_twice_keeps_one_record_whatever_the_order(order):
    sentence = "Nga gặp Mỹ."
    graphs = [graph_of(extraction("a1", [(NGA, "met", MY, Evidence("a1", sentence, "2017-01-02", None, "planned"))])),
              graph_of(extraction("a1", [(NGA, "met", MY, Evidence("a1", sentence, "2017-01-01", "Hà Nội"))]))]
    with Merge() as merge:
        for i in order:
            merge.add(graphs[i])
        G = merge.finalize().graph
    data = G.edges["country:RU", "country:US", "met"]
    assert data["evidence"] == [{"article": "a1", "sentence": sentence, "date": "2017-01-01", "modality": "asserted",
                                 "place": "Hà Nội"}]
    assert (data["modality"], data["confidence"], G.nodes["country:RU"]["mentions"]) == ("asserted", 0.5, 2)


def test_a_surname_alone_folds_into_the_one_full_name_it_ends():
    G = finalize(graph_of(
        extraction("a1", [(OLGA, "criticizes", NGA, Evidence("a1", "Olga Oliker chỉ trích Nga."))]),
        extraction("a2", [(OLIKER, "criticizes", NGA, Evidence("a2", "Oliker chỉ trích Nga.")),
                          (OLIKER, "met", OLGA, Evidence("a2", "Oliker gặp Olga Oliker."))]),
    ))
    assert sorted(G.nodes) == ["country:RU", "person:olga_oliker"]
    assert G.nodes["person:olga_oliker"]["aliases"] == ["Olga Oliker", "Oliker"]
    assert G.nodes["person:olga_oliker"]["articles"] == ["a1", "a2"]
    assert list(G.edges(keys=True)) == [("person:olga_oliker", "country:RU", "criticizes")]  # no self-loop
    assert [e["article"] for e in G.edges["person:olga_oliker", "country:RU", "criticizes"]["evidence"]] == ["a1", "a2"]


def test_graph_level_tables_are_merged_the_first_graph_winning():
    first, second = many_sentences(1), many_sentences(1)
    first.graph.update(articles={"a0000": {"title": "Một"}}, name="first")
    second.graph.update(articles={"a0000": {"title": "Hai"}, "z": {"title": "Ba"}}, name="second")
    with Merge() as merge:
        merge.add(first)
        merge.add(second)
        G = merge.finalize().graph
    # "z" is cited by no entity nor relation: the articles table keeps only the articles the graph cites
    assert G.graph == {"articles": {"a0000": {"title": "Một"}}, "name": "first"}


# -- what is printed of a relation read in many sentences ----------------------------------------


def json_in_page(page: str, key: str) -> list:
    """Every value of `key` in the JSON blocks of graph.html, wherever the page keeps them."""
    found: list = []

    def walk(value):
        if isinstance(value, dict):
            if key in value:
                found.append(value[key])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    class Blocks(HTMLParser):
        inside = False

        def handle_starttag(self, tag, attrs):
            self.inside = tag == "script" and ("type", "application/json") in attrs

        def handle_endtag(self, tag):
            self.inside = False

        def handle_data(self, data):
            if self.inside:
                walk(json.loads(data))

    Blocks().feed(page)
    return found


def sentences_in_page(page: str) -> set[str]:
    return {s for s in json_in_page(page, "sentence") if isinstance(s, str)}


def counts_in_page(page: str) -> list[int]:
    """How many sentences the page says each relation has."""
    return [n for n in json_in_page(page, "sources") if isinstance(n, int)]


def test_the_page_shows_the_latest_sentences_and_graph_json_keeps_all(tmp_path):
    with Merge() as merge:
        merge.add(many_sentences(30))
        built = merge.finalize(keep_evidence=False)
        folder = store.GraphFolder(tmp_path)
        folder.write(built, {}, store.Outputs(page_evidence=3))
        page = (tmp_path / "graph.html").read_text(encoding="utf-8")
        G = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    met = next(e for e in G["edges"] if e["key"] == "met")
    assert len(met["evidence"]) == 30
    latest = sorted(met["evidence"], key=lambda e: e["date"])[-3:]
    assert sentences_in_page(page) == {e["sentence"] for e in latest} | {"Mỹ chỉ trích Nga."}
    counts = counts_in_page(page)
    assert 30 in counts and 3 not in counts, "the page counts every sentence of a relation, not only those shown"
    assert all("evidence" not in d for _, _, d in built.graph.edges(data=True)), "the page's evidence is not kept"


def test_show_prints_the_latest_sentences_unless_told_otherwise(tmp_path, capsys):
    path = write_json(finalize(many_sentences(8)), tmp_path / "graph.json")
    assert cli.main(["show", str(path), "Nga"]) == 0
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    shown = [line for line in lines if "Nga gặp Mỹ lần thứ" in line]
    assert shown == [f"a{i:04d} (2020-{1 + i:02d}-{1 + i:02d}): Nga gặp Mỹ lần thứ {i}." for i in (3, 4, 5, 6, 7)]
    assert "... 3 more sentences" in lines
    assert cli.main(["show", str(path), "Nga", "--sentences", "0"]) == 0
    assert sum("Nga gặp Mỹ lần thứ" in line for line in capsys.readouterr().out.splitlines()) == 8


# -- files written a line at a time -------------------------------------------------------------


@pytest.mark.parametrize("articles", [{}, {"a1": "f" * 40, "b\"2": None, "Ngày 3": "e" * 40}])
def test_the_manifest_is_streamed_in_its_old_format(articles):
    out = io.BytesIO()
    store.write_manifest(out, "ab" * 32, articles)
    expected = {"format": "vnkg-manifest", "version": 1, "graph_sha256": "ab" * 32,
                "articles": dict(sorted(articles.items()))}
    assert out.getvalue().decode("utf-8") == json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# -- each text normalised once ------------------------------------------------------------------


def test_each_text_is_normalised_once_on_its_way_into_the_graph(tmp_path, monkeypatch):
    import ingest.article
    import ingest.reader

    texts = {"a": "Thoả thuận  hoà bình: Nga gặp Mỹ.", "b": "Nga chỉ trích Mỹ vì thoả thuận."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return normalize_text(text)

    for module in (ingest.reader, ingest.article):
        monkeypatch.setattr(module, "normalize_text", counting)
    intake = store.Intake(lambda problem: None)
    written = store.build(store.GraphFolder(tmp_path / "out"), Reader(lambda p: None).articles([str(tmp_path)]), intake)
    assert written is not None and written.count == 2
    assert sorted(t for t in calls if t.strip()) == sorted(texts.values())  # the bodies, once each (titles are empty)


@given(st.text(alphabet=st.sampled_from("aoeuyAOUYĐđ \n\t\r\u00a0\u200b\u0300\u0301\u0303\u0309\u0323hòàảạõ"),
               max_size=40))
def test_normalising_twice_changes_nothing(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_the_reader_marks_its_articles_normalised(tmp_path):
    (tmp_path / "x.txt").write_text("Hoà  bình", encoding="utf-8")
    (tmp_path / "y.jsonl").write_text(json.dumps({"id": "y1", "text": "Thoả thuận"}) + "\n", encoding="utf-8")
    articles = list(Reader(lambda p: None).articles([str(Path(tmp_path))]))
    assert [(a.text, a.normalized) for a in articles] == [("Hòa bình", True), ("Thỏa thuận", True)]
