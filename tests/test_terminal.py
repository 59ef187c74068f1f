"""What vnkg prints is safe for a terminal: the graph's text is shown, never obeyed, and never a traceback.

The graph is built for the test from hand-made extractions whose article id,
labels, aliases and sentences hold ANSI escape sequences, line breaks, NUL and
U+202E (right-to-left override), as a graph.json anyone could hand around.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exports import write_json
from extract.types import Article, ArticleExtraction, Entity, Evidence, Relation
from graph.build import add_extraction, finalize, new_graph
from vnkg import cli
from vnkg.terminal import UNSAFE, shown

ROOT = Path(__file__).resolve().parents[1]
CLEAR = "\x1b[2J\x1b[H"  # clears the screen
ARTICLE = f"bai{CLEAR}\nso-1\x00\u202eabc"
EVIL = Entity("person:evil\x1b[31m", f"Ông{CLEAR} Ác\u202eliam", "PERSON")
RUSSIA = Entity("country:RU", "Russia", "COUNTRY")
SENTENCE = f"Nga gặp ông Ác{CLEAR}\u2028 tại Moskva\x07."


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> str:
    article = Article(ARTICLE, SENTENCE)
    extraction = ArticleExtraction(article=article, entities={e.id: e for e in (EVIL, RUSSIA)},
                                   aliases={EVIL.id: {"Ác\x1b[5m"}, RUSSIA.id: {"Nga"}},
                                   mention_counts={EVIL.id: 1, RUSSIA.id: 1})
    extraction.relations.append(Relation(RUSSIA, "met", EVIL, Evidence(ARTICLE, SENTENCE, "2021-12-02", None,
                                                                      "asserted"), date="2021-12-02"))
    G = new_graph()
    add_extraction(G, extraction)
    return str(write_json(finalize(G), tmp_path_factory.mktemp("hostile") / "graph.json"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_inert(text: str) -> None:
    """No character that a terminal would act on, but the line breaks of the output itself."""
    assert UNSAFE.findall(text.replace("\n", "")) == []


LABEL = "Ông\\x1b[2J\\x1b[H Ác\\u202eliam"  # EVIL's label as printed
ARTICLE_SHOWN = "bai\\x1b[2J\\x1b[H\\nso-1\\x00\\u202eabc"


@pytest.mark.parametrize("argv, code, expected", [
    (["query", "{graph}", "--subject", "Nga"], 0, f"Russia   met        {LABEL}  2021-12-02"),
    (["query", "{graph}", "--subject", "Nga", "--evidence"], 0, f"{ARTICLE_SHOWN} (2021-12-02): Nga gặp ông Ác"),
    (["show", "{graph}", "Nga"], 0, f"Russia —met— {LABEL} on 2021-12-02  [1 sentence]"),
    (["show", "{graph}", "person:evil\x1b[31m"], 0, f"{LABEL} [PERSON]  id person:evil\\x1b[31m"),
    (["path", "{graph}", "Nga", "person:evil\x1b[31m"], 0, f"Russia → {LABEL}  (1 hop)"),
    (["show", "{graph}", "Ông\x1b[2J"], 2, f"did you mean '{LABEL}'?"),  # an unknown name: the closest ones
    (["timeline", "{graph}", "Nga"], 0, LABEL),
    (["stance", "{graph}", "Nga", "person:evil\x1b[31m", "--evidence"], 0, f"Russia ↔ {LABEL}: "),
    (["entities", "{graph}"], 0, "person:evil\\x1b[31m"),
])
def test_tables_and_messages_escape_what_the_graph_holds(capsys, graph, argv, code, expected):
    status, out, err = run(capsys, *(a.format(graph=graph) for a in argv))
    assert status == code and "Traceback" not in err
    assert_inert(out)
    assert_inert(err)
    assert expected in (out if code == 0 else err)
    assert out.count("\n") == len(out.splitlines())  # each line of output is one line on the screen


def test_json_keeps_the_data_and_prints_it_escaped(capsys, graph):
    code, out, _ = run(capsys, "show", graph, "Nga", "--format", "json")
    assert code == 0
    assert_inert(out)
    (relation,) = json.loads(out)["relations"]["met"]
    assert relation["object"]["label"] == EVIL.label and relation["evidence"][0]["article"] == ARTICLE
    assert relation["evidence"][0]["sentence"] == SENTENCE


def test_csv_into_a_pipe_keeps_the_data_and_on_a_terminal_escapes_it(capsys, graph, monkeypatch):
    code, out, _ = run(capsys, "query", graph, "--subject", "Nga", "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert code == 0 and row["object"] == EVIL.label and row["articles"] == ARTICLE
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, "query", graph, "--subject", "Nga", "--format", "csv")
    assert code == 0
    assert_inert(out)
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["object"] == shown(EVIL.label)


def test_build_messages_escape_file_names(tmp_path, capsys):
    bad = tmp_path / f"trong{CLEAR}\n\u202etxt.txt"
    bad.write_bytes(b"")
    code, out, err = run(capsys, "build", str(bad), "--out", str(tmp_path / "out"))
    assert code == 2 and out == ""
    assert_inert(err)
    assert err.splitlines()[0] == f"vnkg: skipped {shown(bad)}: empty file"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_stdout_that_cannot_encode_vietnamese_gets_escapes_not_a_traceback(graph, monkeypatch, encoding, fmt):
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding=encoding)
    monkeypatch.setattr(sys, "stdout", stdout)
    assert cli.main(["show", graph, "Nga", "--format", fmt]) == 0
    stdout.flush()
    text = raw.getvalue().decode(encoding)
    if fmt == "json":
        assert json.loads(text)["relations"]["met"][0]["evidence"][0]["sentence"] == SENTENCE  # still exact
    else:
        assert "\\xd4ng" in text or "\\u1ea1" in text or "\\u1eb7" in text  # "Ông", "gặp": escaped, not lost


def test_a_c_locale_prints_escapes_not_a_traceback(graph):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIO", "PYTHONUTF8"))}
    env.update(LC_ALL="C", PYTHONUTF8="0")
    result = subprocess.run([sys.executable, "-m", "vnkg", "show", graph, "Nga"], cwd=ROOT, env=env,
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("ascii", "replace")
    assert result.stderr == b""
    assert "Russia [COUNTRY]" in result.stdout.decode("ascii")
    assert "\\u2014" in result.stdout.decode("ascii")  # the dash of "—met—", escaped
