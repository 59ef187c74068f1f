"""`vnkg query`, `vnkg show` and `vnkg path` on the hand-built graph of test_query.py."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnkg.cli import main

_spec = importlib.util.spec_from_file_location("_query_graph", Path(__file__).with_name("test_query.py"))
assert _spec is not None and _spec.loader is not None
_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_graph)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("cli")
    return {kind: str(_graph.write_graph(folder, kind)) for kind in ("json", "graphml")}


@pytest.fixture(scope="module")
def graph(graphs) -> str:
    return graphs["json"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# -- vnkg query ---------------------------------------------------------------------------------


def test_query_table(capsys, graph):
    code, out, err = run(capsys, "query", graph, "--subject", "Lavrov", "--predicate", "met")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["SUBJECT", "PREDICATE", "OBJECT", "DATE", "PLACE", "MODALITY", "SENTENCES"]
    assert lines[1].split() == ["Sergey", "Lavrov", "met", "Antony", "Blinken", "2021-12-02", "Geneva", "asserted",
                                "2"]
    assert lines[1].index("met") == lines[0].index("PREDICATE")  # columns line up
    assert lines[-1] == "1 relation"


def test_query_table_with_evidence_and_limit(capsys, graph):
    code, out, _ = run(capsys, "query", graph, "-s", "Nga", "--evidence", "--limit", "2")
    assert code == 0
    assert out.splitlines() == [
        "Russia —accuses→ NATO on 2022-01-05  [1 sentence]",
        "    a6 (2022-01-05): Nga cáo buộc NATO khiêu khích.",
        "Russia —annexed→ Crimea on 2014-03-18  [1 sentence]",
        "    a4 (2014-03-18): Nga sáp nhập bán đảo Crimea năm 2014.",
        "7 relations (first 2 shown)",
    ]


def test_query_json(capsys, graph):
    code, out, _ = run(capsys, "query", graph, "--object", "NATO expansion", "--predicate", "opposes",
                       "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 1
    r = data[0]
    assert (r["subject"]["label"], r["predicate"], r["object"]["id"]) == ("Russia", "opposes", "issue:nato_expansion")
    assert r["evidence"] == [{"article": "a2", "sentence": "Nga phản đối NATO mở rộng về phía đông.",
                              "date": "2022-01-10", "modality": "asserted"}]


def test_query_csv_with_dates(capsys, graph):
    code, out, _ = run(capsys, "query", graph, "--between", "Russia", "United States", "--since", "2021-01-01",
                       "--until", "2022-01-31", "--format", "csv")
    assert code == 0
    got = rows(out)
    assert {(r["subject"], r["predicate"], r["object"]) for r in got} == {
        ("Russia", "held_talks_with", "United States"), ("United States", "urges", "Russia")}
    assert all(r["date"] and r["sentence"] and r["subject_id"] for r in got)


def test_query_symmetric_from_either_side(capsys, graph):
    _, out, _ = run(capsys, "query", graph, "--subject", "blinken", "-p", "met", "--format", "json")
    assert [(r["subject"]["label"], r["object"]["label"]) for r in json.loads(out)] == [
        ("Antony Blinken", "Sergey Lavrov")]
    _, out, _ = run(capsys, "query", graph, "--subject", "sergei lavrov", "-p", "met", "--format", "json")
    assert [(r["subject"]["label"], r["object"]["label"]) for r in json.loads(out)] == [
        ("Sergey Lavrov", "Antony Blinken")]


def test_query_nothing_matches(capsys, graph):
    code, out, _ = run(capsys, "query", graph, "--subject", "Kuleba", "--predicate", "sanctions")
    assert (code, out) == (0, "no relations match\n")
    _, out, _ = run(capsys, "query", graph, "--subject", "Kuleba", "--predicate", "sanctions", "--format", "json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "query", graph, "--subject", "Kuleba", "--predicate", "sanctions", "--format", "csv")
    assert out.startswith("subject,predicate,object,") and rows(out) == []


def test_query_reads_graphml_and_folders(capsys, graphs):
    for where in (graphs["graphml"], str(Path(graphs["json"]).parent)):
        code, out, _ = run(capsys, "query", where, "--subject", "Hoa Ky", "--format", "json")
        assert code == 0
        assert {r["predicate"] for r in json.loads(out)} == {"held_talks_with", "urges", "sanctions"}


# -- vnkg show ----------------------------------------------------------------------------------


def test_show_table(capsys, graph):
    code, out, err = run(capsys, "show", graph, "lavrov")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Sergey Lavrov [PERSON]  id person:sergey_lavrov"
    assert lines[1] == "  aliases:  Lavrov, Sergei Lavrov, Sergey Lavrov"
    assert lines[2] == "  articles: 2 (a1, a6)"
    assert [line for line in lines if line and not line.startswith(" ")][1:] == ["criticizes (1)", "met (1)", "official_of (1)"]
    assert "      a1 (2021-12-02): Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken tại " \
           "Stockholm ngày 2/12." in lines


def test_show_json_and_csv(capsys, graph):
    _, out, _ = run(capsys, "show", graph, "Kuleba", "--format", "json")
    data = json.loads(out)
    assert data["entity"]["id"] == "person:dmytro_kuleba"
    assert set(data["relations"]) == {"criticizes", "official_of"}
    assert data["relations"]["official_of"][0]["role"] == "Foreign Minister"
    _, out, _ = run(capsys, "show", graph, "Kuleba", "--format", "csv")
    assert {(r["predicate"], r["object"]) for r in rows(out)} == {("criticizes", "Russia"), ("official_of", "Ukraine")}


# -- vnkg path ----------------------------------------------------------------------------------


def test_path_table(capsys, graph):
    code, out, _ = run(capsys, "path", graph, "Kuleba", "Putin")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Dmytro Kuleba → Russia → Vladimir Putin  (2 hops)"
    assert lines[1] == "  1. Dmytro Kuleba —criticizes→ Russia on 2021-04-14  [1 sentence]"
    assert lines[2] == "       a3 (2021-04-14): Ông Kuleba chỉ trích Nga."


def test_path_json_and_csv(capsys, graph):
    _, out, _ = run(capsys, "path", graph, "Kuleba", "Putin", "--format", "json")
    data = json.loads(out)
    assert [e["label"] for e in data["entities"]] == ["Dmytro Kuleba", "Russia", "Vladimir Putin"]
    assert all(step["relations"][0]["evidence"] for step in data["steps"])
    _, out, _ = run(capsys, "path", graph, "Kuleba", "Putin", "--format", "csv")
    assert [(r["hop"], r["predicate"]) for r in rows(out)] == [("1", "criticizes"), ("2", "official_of")]


def test_path_not_connected(capsys, graph):
    code, out, err = run(capsys, "path", graph, "Ngà", "Putin")
    assert (code, out) == (1, "")
    assert err == "vnkg: no path between Lê Thị Ngà and Vladimir Putin\n"


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["query", "{g}", "-s", "Nga"], ["show", "{g}", "Nga"], ["path", "{g}", "a", "b"]])
def test_bad_graph_path(capsys, tmp_path, command):
    missing = str(tmp_path / "nope" / "graph.json")
    code, out, err = run(capsys, *[a.replace("{g}", missing) for a in command])
    assert (code, out) == (2, "")
    assert err == f"vnkg: cannot read graph '{missing}': no such file\n"


def test_unknown_name_suggests(capsys, graph):
    code, out, err = run(capsys, "show", graph, "Lavrof")
    assert (code, out) == (2, "")
    assert err.startswith("vnkg: no entity named 'Lavrof'; did you mean ") and "Lavrov" in err
    assert err.count("\n") == 1


def test_ambiguous_name_lists_candidates(capsys, graph):
    code, _, err = run(capsys, "query", graph, "--subject", "Kim")
    assert code == 2
    assert "ambiguous" in err and "person:kim_jong_un" in err and "person:kim_yo_jong" in err
    assert err.count("\n") == 1


def test_bad_arguments(capsys, graph):
    code, _, err = run(capsys, "query", graph, "--since", "2021-02-30")
    assert code == 2 and err == "vnkg: since must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not '2021-02-30'\n"
    code, _, err = run(capsys, "query", graph, "-p", "meet")
    assert code == 2 and "did you mean met" in err


def test_real_process_gives_one_line_and_no_traceback(tmp_path):
    missing = str(tmp_path / "graph.json")
    proc = subprocess.run([sys.executable, "-m", "vnkg", "query", missing, "--subject", "Nga"],
                          capture_output=True, text=True, cwd=Path(__file__).parents[1])
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == f"vnkg: cannot read graph '{missing}': no such file\n"
