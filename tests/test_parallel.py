"""The multi-process and the Dask builds give the same graph as the plain build.

The articles are short texts written for this test. Graphs are compared as the
JSON text `vnkg build` writes, and the command line's builds and adds as every
file they write, so any difference in nodes, edges, evidence, aliases or order
shows up.
"""
from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from exports import to_json
from extract import Article
from graph import parallel
from vnkg.cli import main

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = [
    Article("t01", "Nga cáo buộc Mỹ can thiệp vào công việc nội bộ.\nTrung Quốc chỉ trích Nhật Bản.",
            title="Nga cáo buộc Mỹ", date="2017-03-02"),
    Article("t02", "Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Donald Trump hôm 2/5.",
            date="2017-05-03"),
    Article("t03", "Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Rex Tillerson tại Moskva.\n"
            "Ông Lavrov cáo buộc Mỹ vi phạm thỏa thuận.", date="2017-04-12"),
    Article("t04", "Hàn Quốc và Nhật Bản ký thỏa thuận hợp tác quốc phòng.\nTriều Tiên đe dọa Hàn Quốc.",
            date="2017-08-10"),
    Article("t05", "Ông Fikri Işık cho biết Thổ Nhĩ Kỳ ủng hộ Qatar.", date="2017-06-07"),
    Article("t06", "Ông Fikri Isik nói Thổ Nhĩ Kỳ sẽ gửi quân tới Qatar.", date="2017-06-09"),
    Article("t07", "Pháp và Đức kêu gọi Nga rút quân khỏi Ukraine.\nMỹ trừng phạt Nga.", date="2017-07-01"),
    Article("t08", "Trung Quốc phản đối Mỹ bán vũ khí cho Đài Loan.\nNga cáo buộc Mỹ.", date="2017-07-20"),
    # A name the dictionary lacks, spelt two ways with one id: the first article in input order names it.
    Article("t09", "Ngoại trưởng Ba Lan Zbigniew Łukasik cáo buộc Nga gây căng thẳng.", date="2017-09-01"),
    Article("t10", "Ngoại trưởng Ba Lan Zbigniew Lukasik chỉ trích Nga.", date="2017-09-02"),
    Article("t11", "Ông Łukasik nói Ba Lan sẽ không nhượng bộ.", date="2017-09-03"),
]


def plain_json() -> str:
    return to_json(parallel.build(iter(ARTICLES), workers=1))


@pytest.fixture(scope="module")
def expected() -> str:
    text = plain_json()
    graph = json.loads(text)
    assert graph["edges"], "the test articles must give relations"
    labels = {node["id"]: node["label"] for node in graph["nodes"]}
    assert labels.get("person:zbigniew_lukasik") == "Zbigniew Łukasik", "the order-sensitive case is in the test"
    return text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The test articles as a JSON Lines file, for the command line."""
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "date": a.date},
                               ensure_ascii=False) + "\n")
    return path


FILES = ("graph.json", "graph.graphml", "graph.html", "unknown_entities.tsv", "manifest.json")


def build_cli(corpus, out, *options) -> dict[str, bytes]:
    """Every file `vnkg build` writes, by name."""
    assert main(["build", str(corpus), "--out", str(out), *options]) == 0
    return {name: (out / name).read_bytes() for name in FILES}


def halves(corpus, tmp_path) -> tuple[Path, Path]:
    """The test articles in two JSON Lines files, the first half and the second."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2:]), encoding="utf-8")
    return first, second


def add_cli(corpus, tmp_path, *options) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """Build the first half of the articles, add the second half with `options`; and build both at once.
    Every file of each, by name."""
    first, second = halves(corpus, tmp_path)
    out = tmp_path / "added"
    assert main(["build", str(first), "--out", str(out)]) == 0
    assert main(["add", str(out), str(second), *options]) == 0
    added = {name: (out / name).read_bytes() for name in FILES}
    full = tmp_path / "full"
    assert main(["build", str(first), str(second), "--out", str(full)]) == 0
    return added, {name: (full / name).read_bytes() for name in FILES}


def test_plain_build_is_repeatable(expected):
    assert plain_json() == expected


@pytest.mark.parametrize("chunk_size", [1, 3, 100])
def test_two_processes_give_the_plain_graph(expected, chunk_size):
    G = parallel.build(iter(ARTICLES), workers=2, chunk_size=chunk_size)
    assert to_json(G) == expected


def test_partials_come_back_in_input_order():
    # One pending chunk at a time and chunks of one article: the stream is read lazily.
    read = []

    def stream():
        for a in ARTICLES:
            read.append(a.id)
            yield a

    partials = parallel.process_partials(stream(), workers=2, chunk_size=1, max_pending=1)
    first, failed = next(partials)
    assert read == ["t01"] and failed == {} and first.number_of_nodes() > 0
    ids = [sorted({art for _, d in G.nodes(data=True) for art in d["articles"]}) for G, _ in [(first, {}), *partials]]
    assert [i for i in ids if i] == [[a.id] for a in ARTICLES if [a.id] in ids]
    assert read == [a.id for a in ARTICLES]


def test_a_build_stopped_early_leaves_no_worker_behind():
    """Ctrl-C or an error downstream closes the stream of partials: its workers are ended, not left running."""
    before = set(multiprocessing.active_children())
    partials = parallel.process_partials(iter(ARTICLES * 20), workers=2, chunk_size=1)
    next(partials)
    workers = set(multiprocessing.active_children()) - before
    assert 1 <= len(workers) <= 2  # the pool starts its workers on demand: under load the second may come later
    partials.close()
    assert not workers & set(multiprocessing.active_children()) and all(not w.is_alive() for w in workers)


@pytest.fixture
def failing_t03(monkeypatch):
    """The extractor fails on article t03 (patched before the workers fork, so in them too)."""
    from extract import Extractor

    extract = Extractor.extract

    def extract_or_fail(self, article):
        if article.id == "t03":
            raise ValueError("odd input")
        return extract(self, article)

    monkeypatch.setattr(Extractor, "extract", extract_or_fail)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_article_is_reported_and_left_out(failing_t03, workers):
    outcomes = []
    G = parallel.build(((a, a.id.upper()) for a in ARTICLES), workers=workers, chunk_size=3,
                       done=lambda article, tag, error: outcomes.append((article.id, tag, error)))
    assert outcomes == [(a.id, a.id.upper(), "ValueError: odd input" if a.id == "t03" else None) for a in ARTICLES]
    others = [a for a in ARTICLES if a.id != "t03"]
    assert to_json(G) == to_json(parallel.build(iter(others)))


def test_cli_build_writes_the_graph_of_the_api(corpus, tmp_path):
    """The build streams evidence from disk into graph.json; the API's graph has it in memory: same text."""
    from ingest import Reader

    in_memory = to_json(parallel.build(Reader(lambda problem: None).articles([str(corpus)])))
    assert build_cli(corpus, tmp_path / "plain")["graph.json"].decode("utf-8") == in_memory


def test_cli_workers_gives_the_plain_graph(corpus, tmp_path):
    plain = build_cli(corpus, tmp_path / "plain")
    assert build_cli(corpus, tmp_path / "two", "--workers", "2") == plain


DYING_WORKER = """
import os, signal, sys
from extract import Extractor
from vnkg import cli

parent, extract = os.getpid(), Extractor.extract

def extract_or_die(self, article):
    if article.id == "t05" and os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer or a kill -9 would
    return extract(self, article)

Extractor.extract = extract_or_die
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_killed_worker_stops_the_build_and_leaves_the_old_graph(corpus, tmp_path):
    out = tmp_path / "out"
    old = corpus.parent / "old.jsonl"
    old.write_text(corpus.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert main(["build", str(old), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = subprocess.run([sys.executable, "-c", DYING_WORKER, "build", str(corpus), "--out", str(out),
                             "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr == "vnkg: a worker process died (killed, or out of memory?): the build stopped, nothing written\n"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("options", [[], ["--workers", "2"]], ids=["one process", "two processes"])
def test_cli_add_gives_the_full_build(corpus, tmp_path, options):
    added, full = add_cli(corpus, tmp_path, *options)
    assert added == full


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_gives_the_plain_graph(expected, dask_cluster):
    G = parallel.build(iter(ARTICLES), dask=dask_cluster.scheduler_address, chunk_size=2)
    assert to_json(G) == expected


def test_cli_dask_gives_the_plain_graph(corpus, tmp_path, dask_cluster):
    plain = build_cli(corpus, tmp_path / "plain")
    assert build_cli(corpus, tmp_path / "dask", "--dask", dask_cluster.scheduler_address) == plain
    added, full = add_cli(corpus, tmp_path, "--dask", dask_cluster.scheduler_address)
    assert added == full


def test_dask_refuses_workers_that_run_another_vnkg(dask_cluster):
    from distributed import Client

    with Client(dask_cluster) as client:
        parallel._check_workers(client, dask_cluster.scheduler_address)  # the same code: accepted
        with pytest.raises(parallel.ClusterError, match="run another vnkg"):
            parallel._check_workers(client, dask_cluster.scheduler_address, expected="0" * 40)


def test_cli_unreachable_scheduler_is_one_line_and_exit_2(corpus, tmp_path, capsys):
    dask = pytest.importorskip("dask")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["build", str(corpus), "--out", str(tmp_path / "out"), "--dask", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err and not (tmp_path / "out" / "graph.json").exists()


def test_cli_workers_must_be_positive(corpus, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["build", str(corpus), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert exc.value.code == 2
