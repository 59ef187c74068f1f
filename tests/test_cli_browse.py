"""`vnkg timeline`, `stance`, `entities`, `predicates`, `show --limit`, `export` and `--version`,
on the hand-built graph of test_query.py."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from exports import write_json
from exports.ladybugdb import connect, rows
from exports.tables import read_tables
from vnkg import __version__
from vnkg.cli import main, parser

_spec = importlib.util.spec_from_file_location("_query_graph", Path(__file__).with_name("test_query.py"))
assert _spec is not None and _spec.loader is not None
_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_graph)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A graph folder as `vnkg build` leaves it (graph.json is what the commands read)."""
    out = tmp_path_factory.mktemp("graph")
    write_json(_graph.build(), out / "graph.json")
    return out


@pytest.fixture(scope="module")
def graph(folder) -> str:
    return str(folder / "graph.json")


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def records(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# -- timeline -------------------------------------------------------------------------------------


def test_timeline_table_is_in_date_order(capsys, graph):
    code, out, err = run(capsys, "timeline", graph, "Lavrov")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["DATE", "SUBJECT", "PREDICATE", "OBJECT", "PLACE", "MODALITY", "SENTENCES"]
    # met on 2021-12-02 (a1) and again on 2022-01-21 (a6): one row a day; criticizes NATO on 2022-01-12
    assert [line.split()[0] for line in lines[1:-1]] == ["2021-12-02", "2022-01-12", "2022-01-21"]
    assert "criticizes" in lines[2] and "NATO" in lines[2]
    assert "Stockholm" in lines[1] and "Geneva" in lines[3]  # each day's own place
    assert lines[-1] == "3 dated relations of Sergey Lavrov"


@pytest.mark.parametrize("options, dates", [
    (["--since", "2022-01-01"], ["2022-01-12", "2022-01-21"]),
    (["--predicate", "met"], ["2021-12-02", "2022-01-21"]),
    (["--limit", "1"], ["2021-12-02"]),
])
def test_timeline_filters_in_csv_and_json(capsys, graph, options, dates):
    _, out, _ = run(capsys, "timeline", graph, "Lavrov", *options, "--format", "csv")
    assert [r["date"] for r in records(out)] == dates
    _, out, _ = run(capsys, "timeline", graph, "Lavrov", *options, "--format", "json")
    assert [r["date"] for r in json.loads(out)] == dates


# -- stance ---------------------------------------------------------------------------------------


def test_stance_table_counts_by_quad(capsys, graph):
    code, out, _ = run(capsys, "stance", graph, "Nga", "NATO")
    assert code == 0
    lines = out.splitlines()
    # Russia warns and accuses NATO (verbal conflict 2), meets it (verbal cooperation 1): (1 - 2) / 3
    assert lines[0] == "Russia ↔ NATO: conflict (score -0.33: 1 cooperation, 2 conflict)"
    assert {tuple(line.rsplit(None, 1)) for line in lines[3:7]} == {
        ("verbal cooperation", "1"), ("material cooperation", "0"), ("verbal conflict", "2"),
        ("material conflict", "0")}
    assert sum(" warns " in line for line in lines) == 1


def test_stance_json_and_csv(capsys, graph):
    _, out, _ = run(capsys, "stance", graph, "Mỹ", "Nga", "--format", "json")
    data = json.loads(out)
    assert (data["cooperation"], data["conflict"], data["leaning"]) == (1, 2, "conflict")
    _, out, _ = run(capsys, "stance", graph, "Mỹ", "Nga", "--format", "csv")
    assert sorted(r["predicate"] for r in records(out)) == ["held_talks_with", "sanctions", "urges"]


# -- entities and predicates ----------------------------------------------------------------------


def test_entities_by_type_most_mentioned_first(capsys, graph):
    code, out, _ = run(capsys, "entities", graph, "--type", "person", "--limit", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "LABEL", "TYPE", "MENTIONS", "ARTICLES", "WIKIDATA"]
    # Blinken and Lavrov are named in two articles each, every other person in one
    assert [line.split()[0] for line in lines[1:4]] == ["person:antony_blinken", "person:sergey_lavrov",
                                                        "person:brigitte_macron"]
    assert lines[-1] == "11 entities (first 3 shown)"


@pytest.mark.parametrize("options, ids", [
    (["--type", "COUNTRY,ORGANIZATION", "--sort", "id"], ["country:RU", "country:UA", "country:US", "org:nato"]),
    (["--type", "LOCATION", "--type", "ISSUE", "--sort", "label"],
     ["location:crimea", "issue:nato_expansion", "location:washington"]),
    (["--type", "GROUP"], []),
])
def test_entities_csv_and_json(capsys, graph, options, ids):
    _, out, _ = run(capsys, "entities", graph, *options, "--format", "csv")
    assert [r["id"] for r in records(out)] == ids
    _, out, _ = run(capsys, "entities", graph, *options, "--format", "json")
    assert [e["id"] for e in json.loads(out)] == ids


def test_predicates_count_relations_and_sentences(capsys, graph):
    code, out, _ = run(capsys, "predicates", graph, "--used")
    assert code == 0
    table = {line.split()[0]: line.split() for line in out.splitlines()[1:-1]}
    assert table["met"][-2:] == ["3", "4"]  # Lavrov-Blinken (2 sentences), Biden-Putin, NATO-Russia
    assert table["met"][-3] == "yes" and "urges" in table and "attacks" not in table
    assert out.splitlines()[-1] == "20 relations, 22 sentences"
    _, out, _ = run(capsys, "predicates", graph, "--format", "csv")
    counts = {r["predicate"]: (int(r["relations"]), int(r["sentences"])) for r in records(out)}
    assert counts["attacks"] == (0, 0) and counts["warns"] == (1, 2) and len(counts) == 23


# -- show --limit ---------------------------------------------------------------------------------


def test_show_limit_and_sentences(capsys, graph):
    code, out, _ = run(capsys, "show", graph, "Nga", "--limit", "1", "--sentences", "1")
    assert code == 0
    lines = out.splitlines()
    official = lines.index("official_of (2)")  # Lavrov and Putin, Russia's officials: the first by name shown
    assert lines[official + 1].startswith("  Sergey Lavrov —Foreign Minister of→ Russia")
    assert lines[official + 3] == "  ... 1 more (of 2; see --limit)"
    warns = lines.index("warns (1)")
    assert lines[warns + 2].startswith("      a6")
    assert lines[warns + 3] == "      ... 1 more sentences"
    _, out, _ = run(capsys, "show", graph, "Nga", "--limit", "1", "--format", "json")
    assert all(len(rels) == 1 for rels in json.loads(out)["relations"].values())


# -- export ---------------------------------------------------------------------------------------


def test_export_each_format_into_the_graph_folder(capsys, folder):
    for fmt, name in [("gexf", "graph.gexf"), ("csv", "csv"), ("neo4j", "neo4j"), ("ladybug", "graph.lbug"),
                      ("rdf", "graph.ttl")]:
        code, out, err = run(capsys, "export", folder, "--format", fmt)
        assert (code, err) == (0, "")
        assert out == f"{fmt}: {folder / name}  (18 entities, 20 relations)\n"
    assert nx.read_gexf(folder / "graph.gexf").nodes["country:RU"]["label"] == "Russia"
    assert read_tables(folder / "csv").number_of_edges() == 20
    assert (folder / "neo4j" / "load.cypher").exists()
    with connect(folder / "graph.lbug") as conn:
        assert rows(conn, "MATCH (a:Entity)-[:MET]-(b) WHERE a.label = 'Sergey Lavrov' RETURN b.label") \
            == [["Antony Blinken"]]


def test_export_out_path_and_quiet(capsys, graph, tmp_path):
    code, out, err = run(capsys, "export", graph, "-f", "rdf", "--out", tmp_path / "sub" / "g.ttl", "--quiet")
    assert (code, out, err) == (0, "", "")
    assert "vnkg:met" in (tmp_path / "sub" / "g.ttl").read_text(encoding="utf-8")


def test_export_errors_are_one_line(capsys, tmp_path, graph, monkeypatch):
    code, out, err = run(capsys, "export", tmp_path / "nothing", "--format", "csv")
    assert (code, out) == (2, "") and err == f"vnkg: cannot read graph '{tmp_path / 'nothing'}': no such file\n"
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, _, err = run(capsys, "export", graph, "--format", "gexf", "--out", blocker / "graph.gexf")
    assert code == 3 and err.startswith("vnkg: cannot write ") and err.count("\n") == 1
    monkeypatch.setitem(sys.modules, "ladybug", None)  # as if `pip install 'vnkg[db]'` was never run
    code, _, err = run(capsys, "export", graph, "--format", "ladybug", "--out", tmp_path / "g.lbug")
    assert code == 2 and err == ("vnkg: the LadybugDB export needs the ladybug package: pip install 'vnkg[db]' "
                                 "(or pip install ladybug)\n")


# -- the command line itself ------------------------------------------------------------------------


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out == f"vnkg {__version__}\n"


def test_help_lists_every_command_and_each_has_its_own():
    text = parser().format_help()
    commands = ["build", "add", "export", "query", "show", "path", "timeline", "stance", "entities", "predicates"]
    for command in commands:
        assert f"    {command} " in text
        with pytest.raises(SystemExit) as stop:
            parser().parse_args([command, "--help"])
        assert stop.value.code == 0


def test_quiet_and_verbose_exclude_each_other(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["-q", "build", "x", "--out", "y", "--verbose"])
    assert stop.value.code == 2 and "--quiet and --verbose" in capsys.readouterr().err
