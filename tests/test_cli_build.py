"""`vnkg build` and `vnkg add`: exit codes, messages, never losing a graph, add == build, reruns.

Most tests use a small stand-in extractor (countries and two ministers found by
name, `met` between the first two of a sentence), so that they check reading,
merging and writing whatever the real extractor, tuned in parallel, finds.
"""
from __future__ import annotations

import fcntl
import gzip
import hashlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exports import atomic, read_graphml, read_json
from extract import default_lexicon, sentences
from extract.dates import event_date
from extract.types import ArticleExtraction, Entity, Evidence, Relation
from ingest.dates import article_date
from vnkg import cli, store

ROOT = Path(__file__).resolve().parents[1]
FILES = ("graph.json", "graph.graphml", "graph.html", "manifest.json")

NAMES = {
    "Nga": Entity("country:RU", "Russia", "COUNTRY"),
    "Mỹ": Entity("country:US", "United States", "COUNTRY"),
    "Pháp": Entity("country:FR", "France", "COUNTRY"),
    "Đức": Entity("country:DE", "Germany", "COUNTRY"),
    "Lavrov": Entity("person:sergey_lavrov", "Sergey Lavrov", "PERSON"),
    "Blinken": Entity("person:antony_blinken", "Antony Blinken", "PERSON"),
}


class StandInExtractor:
    def __call__(self, article):
        published = article.date or article_date(article.text)
        result = ArticleExtraction(article=article)
        for sentence in sentences(article, default_lexicon()):
            found = [(w, NAMES[w]) for w in re.findall(r"\w+", sentence) if w in NAMES]
            for word, entity in found:
                result.entities.setdefault(entity.id, entity)
                result.mention_counts[entity.id] = result.mention_counts.get(entity.id, 0) + 1
                result.aliases.setdefault(entity.id, set()).add(word)
            if len(found) >= 2 and found[0][1] != found[1][1]:
                date = event_date(sentence, published) or published
                evidence = Evidence(article.id, sentence, date, None, "asserted")
                result.relations.append(Relation(found[0][1], "met", found[1][1], evidence, date=date))
        return result


@pytest.fixture
def stand_in(monkeypatch):
    monkeypatch.setattr(store, "Extractor", StandInExtractor)


ARTICLES = {
    "a1": "Thế giới\n08/12/2021 19:11 GMT+7\nNgoại trưởng Nga Lavrov hôm 7/12 gặp Ngoại trưởng Mỹ Blinken tại Stockholm.",
    "a2": "Tổng thống Pháp gặp Thủ tướng Đức ngày 3/12.\nNga và Mỹ tiếp tục đàm phán.",
    "a3": "Ông Lavrov nói Mỹ phải lắng nghe Nga.\nBlinken gặp Lavrov lần nữa.",
    "a4": "Đức và Pháp ủng hộ đối thoại giữa Nga và Mỹ.",
}


def make_inputs(folder: Path, ids=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for article_id in ids or ARTICLES:
        (folder / f"{article_id}.txt").write_text(ARTICLES[article_id], encoding="utf-8")
    return folder


def run(*argv, capsys=None):
    if capsys is not None:
        capsys.readouterr()  # only this run's output
    code = cli.main([str(a) for a in argv])
    if capsys is None:
        return code
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES if (folder / name).exists()}


def assert_valid(folder: Path) -> None:
    read_json(folder / "graph.json")
    read_graphml(folder / "graph.graphml")
    assert (folder / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


# --- exit codes and messages ------------------------------------------------------------------


def test_build_writes_the_three_files_and_a_manifest(tmp_path, stand_in, capsys):
    code, out, err = run("build", make_inputs(tmp_path / "in"), "--out", tmp_path / "out", capsys=capsys)
    assert code == 0 and err == ""
    assert out.startswith("4 articles, 6 entities, ")
    assert_valid(tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert sorted(manifest["articles"]) == ["a1", "a2", "a3", "a4"]
    G = read_json(tmp_path / "out" / "graph.json")
    assert G.edges["country:RU", "person:sergey_lavrov", "met"]["date"] == "2021-12-07"  # the article's year completes 7/12


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_built(tmp_path, stand_in, capsys):
    inputs = make_inputs(tmp_path / "in", ["a1", "a2"])
    (inputs / "trong.txt").write_bytes(b"")
    (inputs / "nhi-phan.txt").write_bytes(b"\x00\x00\x01\x02" * 100)
    (inputs / "lon.txt").write_text("Nga. " * 5000, encoding="utf-8")
    (inputs / "c.jsonl").write_text('{"id": "r1", "text": "Mỹ gặp Pháp."}\n{hỏng\n{"id": "r2"}\n', encoding="utf-8")
    code, out, err = run("build", inputs, tmp_path / "khong-co", "--out", tmp_path / "out", "--max-size", "10K",
                         capsys=capsys)
    assert code == 0
    assert err.splitlines() == [
        f"vnkg: skipped {tmp_path / 'khong-co'}: no such file or folder",
        f"vnkg: skipped {inputs / 'c.jsonl'}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"vnkg: skipped {inputs / 'c.jsonl'}:3: record has no text",
        f"vnkg: skipped {inputs / 'lon.txt'}: file too large (24.4 KB, the limit is 10 KB; see --max-size)",
        f"vnkg: skipped {inputs / 'nhi-phan.txt'}: binary file (it holds NUL bytes), not text",
        f"vnkg: skipped {inputs / 'trong.txt'}: empty file",
    ]
    assert out.startswith("3 articles, ") and "skipped  6 inputs (see above)" in out
    assert sorted(json.loads((tmp_path / "out" / "manifest.json").read_text())["articles"]) == ["a1", "a2", "r1"]


def test_strict_exits_1_on_any_skipped_input(tmp_path, stand_in, capsys):
    inputs = make_inputs(tmp_path / "in", ["a1"])
    assert run("build", inputs, "--out", tmp_path / "out", "--strict") == 0
    (inputs / "trong.txt").write_bytes(b"")
    code, out, err = run("build", inputs, "--out", tmp_path / "out", "--strict", capsys=capsys)
    assert code == 1
    assert err == f"vnkg: skipped {inputs / 'trong.txt'}: empty file\n"
    assert_valid(tmp_path / "out")  # the graph is still built


def test_nothing_usable_exits_2_and_leaves_the_old_graph(tmp_path, stand_in, capsys):
    assert run("build", make_inputs(tmp_path / "in"), "--out", tmp_path / "out") == 0
    before = snapshot(tmp_path / "out")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "trong.txt").write_bytes(b"")
    (bad / "anh.png").write_bytes(b"\x89PNG")
    code, out, err = run("build", bad, "--out", tmp_path / "out", capsys=capsys)
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"vnkg: skipped {bad / 'trong.txt'}: empty file",
        "vnkg: nothing to build: no readable article in the inputs (1 skipped, 1 files with other extensions ignored)",
    ]
    assert snapshot(tmp_path / "out") == before
    assert run("build", tmp_path / "khong-co", "--out", tmp_path / "new") == 2
    assert not (tmp_path / "new").exists()  # no empty output folder for nothing


def test_no_traceback_for_any_bad_input(tmp_path, capsys):
    """The real extractor on a folder of broken files: lines on stderr, never an exception."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "ok.txt").write_text(ARTICLES["a1"], encoding="utf-8")
    (inputs / "a.txt").write_bytes(b"")
    (inputs / "b.html").write_bytes(b"\xff\xfe\x00\x00" + bytes(range(256)) * 8)
    (inputs / "c.jsonl").write_bytes(b'{"id": 1, "text": {"a": 1}}\n[1, 2]\n\xff\xfe\n{"text": "\\ud800"}\n')
    (inputs / "d.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00rac")
    (inputs / "e.md").write_bytes(b"%PDF-1.4 \x00\x01")
    (inputs / "f.htm").write_text("<?xml version='1.0' encoding='utf-8'?><html><body><p>" + "Nga " * 50 + "</p></body></html>")
    code, out, err = run("build", inputs, "--out", tmp_path / "out", capsys=capsys)
    assert code == 0, err
    lines = err.splitlines()
    assert all(line.startswith("vnkg: ") for line in lines)
    assert sum(line.startswith("vnkg: skipped ") for line in lines) == 7
    assert out.startswith("3 articles")  # ok.txt, f.htm and the record whose text is a lone surrogate


def test_an_article_that_breaks_the_extractor_is_reported(tmp_path, monkeypatch, capsys):
    class Fragile(StandInExtractor):
        def __call__(self, article):
            if "Pháp" in article.text:
                raise ValueError("lỗi giả")
            return super().__call__(article)

    monkeypatch.setattr(store, "Extractor", Fragile)
    code, out, err = run("build", make_inputs(tmp_path / "in"), "--out", tmp_path / "out", capsys=capsys)
    assert code == 0
    assert err.splitlines() == [f"vnkg: skipped {tmp_path / 'in' / 'a2.txt'}: extraction failed (ValueError: lỗi giả)",
                                f"vnkg: skipped {tmp_path / 'in' / 'a4.txt'}: extraction failed (ValueError: lỗi giả)"]
    assert sorted(json.loads((tmp_path / "out" / "manifest.json").read_text())["articles"]) == ["a1", "a3"]


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["build", "x.txt", "--out", str(tmp_path), "--max-size", "nhiều"])
    assert exc.value.code == 2
    assert "not a size: 'nhiều'" in capsys.readouterr().err


@pytest.mark.parametrize("size, message", [
    ("99999999999G", "the size limit must be at most 1T (no article is larger), not '99999999999G'"),
    ("2T", "the size limit must be at most 1T (no article is larger), not '2T'"),
    ("9" * 400, "the size limit must be at most 1T"),
    ("0.5", "the size limit must be at least 1 byte"),
])
def test_absurd_size_limits_are_usage_errors(tmp_path, size, message, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["build", str(make_inputs(tmp_path / "in")), "--out", str(tmp_path / "out"), "--max-size", size])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and message in err and "Traceback" not in err


@pytest.mark.parametrize("size", ["24G", "1T", "900g"])
def test_a_size_limit_larger_than_memory_builds(tmp_path, stand_in, size, capsys):
    code, out, err = run("build", make_inputs(tmp_path / "in"), "--out", tmp_path / "out", "--max-size", size,
                         capsys=capsys)
    assert (code, err) == (0, "") and out.startswith("4 articles")


def test_output_folder_that_cannot_be_written_exits_3(tmp_path, stand_in, capsys):
    (tmp_path / "file").write_text("x")
    code, out, err = run("build", make_inputs(tmp_path / "in"), "--out", tmp_path / "file", capsys=capsys)
    assert code == 3 and err.startswith(f"vnkg: cannot write {tmp_path / 'file'}")


def test_a_folder_another_vnkg_is_writing_is_left_alone(tmp_path, stand_in, capsys):
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "in"), "--out", out) == 0
    before = snapshot(out)
    with open(out / store.LOCK, "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        code, _, err = run("add", out, make_inputs(tmp_path / "more", ["a4"]), capsys=capsys)
    assert code == 3 and err == f"vnkg: {out} is being written by another vnkg process\n"
    assert snapshot(out) == before


WAITING_BUILD = """
import sys, time
from pathlib import Path
from extract.types import ArticleExtraction
from vnkg import cli, store

started, go = Path(sys.argv[1]), Path(sys.argv[2])

class Waiting:
    def __call__(self, article):
        started.touch()
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return ArticleExtraction(article=article)

store.Extractor = Waiting
sys.exit(cli.main(sys.argv[3:]))
"""


def test_a_second_build_into_a_new_folder_is_refused_while_the_first_runs(tmp_path, stand_in, capsys):
    inputs = make_inputs(tmp_path / "in")
    out = tmp_path / "new" / "out"
    started, go = tmp_path / "started", tmp_path / "go"
    first = subprocess.Popen([sys.executable, "-c", WAITING_BUILD, str(started), str(go), "build", str(inputs),
                              "--out", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not started.exists():
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        code, _, err = run("build", inputs, "--out", out, capsys=capsys)  # while the first extracts
        assert (code, err) == (3, f"vnkg: {out} is being written by another vnkg process\n")
        go.touch()
        assert first.wait(timeout=60) == 0, first.stderr.read() if first.stderr else ""
    finally:
        first.kill()
        first.wait()
    assert json.loads((out / "manifest.json").read_text())["articles"]  # the first build's graph, whole
    assert_valid(out)


def test_a_build_that_writes_nothing_leaves_no_folder(tmp_path, stand_in, capsys):
    (tmp_path / "trong.txt").write_bytes(b"")
    code, _, _ = run("build", tmp_path / "trong.txt", "--out", tmp_path / "new" / "out", capsys=capsys)
    assert code == 2 and sorted(p.name for p in tmp_path.iterdir()) == ["trong.txt"]
    code, _, _ = run("add", tmp_path / "new" / "out", tmp_path / "trong.txt", capsys=capsys)
    assert code == 2 and sorted(p.name for p in tmp_path.iterdir()) == ["trong.txt"]


# --- input forms ---------------------------------------------------------------------------------


def test_standard_input(tmp_path, stand_in, monkeypatch, capsys):
    data = "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in ARTICLES.items())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(data.encode()))))
    code, out, _ = run("build", "-", "--out", tmp_path / "out", capsys=capsys)
    assert code == 0 and out.startswith("4 articles")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLES["a1"].encode("utf-16"))))
    assert run("build", "-", "--out", tmp_path / "one") == 0
    (article_id,) = json.loads((tmp_path / "one" / "manifest.json").read_text())["articles"]
    assert article_id.startswith("stdin-")


def test_the_same_article_twice_counts_once(tmp_path, stand_in, capsys):
    inputs = make_inputs(tmp_path / "in", ["a1", "a2"])
    (inputs / "sub").mkdir()
    twin = ARTICLES["a1"].replace("\n", "\r\n  ").replace("hôm", "ho\u0302m")  # other breaks, NFD
    (inputs / "sub" / "ban-sao.txt").write_text(twin, encoding="utf-16")
    (inputs / "c.jsonl").write_text(json.dumps({"id": "j", "text": ARTICLES["a2"]}) + "\n", encoding="utf-8")
    code, out, err = run("build", inputs, "--out", tmp_path / "out", capsys=capsys)
    assert code == 0 and err == ""
    assert out.startswith("2 articles") and "same text as another article: 2 (counted once)" in out
    G = read_json(tmp_path / "out" / "graph.json")
    assert G.nodes["country:RU"]["mentions"] == 2 and G.nodes["country:RU"]["articles"] == ["a1", "a2"]


def test_two_texts_under_one_id_keep_the_first_and_say_so(tmp_path, stand_in, capsys):
    make_inputs(tmp_path / "in", ["a1"])
    records = tmp_path / "in" / "z.jsonl"
    records.write_text(json.dumps({"id": "a1", "text": ARTICLES["a2"]}) + "\n", encoding="utf-8")
    code, out, err = run("build", tmp_path / "in", "--out", tmp_path / "out", capsys=capsys)
    assert code == 0
    assert err == (f"vnkg: skipped {records}:1: article id 'a1' already used by "
                   f"{tmp_path / 'in' / 'a1.txt'}, with another text\n")


@pytest.mark.parametrize("command", ["build", "add"])
def test_files_of_one_name_in_several_folders_are_all_kept(tmp_path, stand_in, command, capsys):
    """Ids from the path below the folder they share; the same ids however the folders are named."""
    corpus = tmp_path / "corpus"
    for folder, article in (("2017-01", "a1"), ("2017-02", "a2"), ("2017-02/cu", "a3")):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "index.txt").write_text(ARTICLES[article], encoding="utf-8")
    (corpus / "2017-02" / "index.md").write_text(ARTICLES["a4"], encoding="utf-8")
    (corpus / "duy-nhat.txt").write_text("Nga và Pháp.", encoding="utf-8")
    expected = ["2017-01/index", "2017-02/cu/index", "2017-02/index.md", "2017-02/index.txt", "duy-nhat"]
    for i, inputs in enumerate([[corpus], sorted(corpus.iterdir(), reverse=True)]):
        out = tmp_path / f"out{i}"
        if command == "add":
            assert run("build", corpus / "duy-nhat.txt", "--out", out) == 0
        code, stdout, err = run(command, *([out] if command == "add" else []), *inputs,
                                *(["--out", out] if command == "build" else []), capsys=capsys)
        assert (code, err) == (0, "")
        assert sorted(json.loads((out / "manifest.json").read_text())["articles"]) == expected
    assert snapshot(tmp_path / "out0") == snapshot(tmp_path / "out1")


# --- never lose a graph -------------------------------------------------------------------------------


@pytest.mark.parametrize("fail_at", ["stage graph.json", "stage graph.html", "stage manifest.json", "first rename"])
def test_a_write_that_fails_midway_leaves_the_old_files(tmp_path, stand_in, monkeypatch, fail_at, capsys):
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "in", ["a1", "a2"]), "--out", out) == 0
    before = snapshot(out)
    make_inputs(tmp_path / "in", ["a3", "a4"])
    real_stage, real_replace = atomic.stage, os.replace

    def stage(path, data):
        if fail_at == f"stage {path.name}":
            def half(f):  # the disk fills up halfway through the file
                f.write(b'{"directed":true,')
                raise OSError(28, "No space left on device", str(path))
            return real_stage(path, half)
        return real_stage(path, data)

    def replace(src, dst):
        raise KeyboardInterrupt  # Ctrl-C at the worst moment

    monkeypatch.setattr(atomic, "stage", stage)
    if fail_at == "first rename":
        monkeypatch.setattr(atomic.os, "replace", replace)
    code = run("build", tmp_path / "in", "--out", out)
    assert code == (130 if fail_at == "first rename" else 3)
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert snapshot(out) == before
    assert_valid(out)
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert all(name.startswith(".") for name in leftovers)  # what a kill leaves behind is hidden
    if fail_at == "first rename":
        assert leftovers == []  # an interrupt cleans up its temporary files


def kill_while_staging(inputs: Path, out: Path) -> None:
    """Run `vnkg build INPUTS --out OUT` in a process and kill -9 it once it has staged a temporary file."""
    script = (
        "import sys, time\n"
        "from exports import atomic\n"
        "from vnkg import cli\n"
        "real = atomic.stage\n"
        "def slow(path, text):\n"
        "    tmp = real(path, text)\n"
        "    time.sleep(30)\n"
        "    return tmp\n"
        "atomic.stage = slow\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, "build", str(inputs), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not any(p.name.endswith(".tmp") for p in out.iterdir()):
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def test_a_build_killed_while_writing_leaves_the_old_files(tmp_path):
    """A real kill -9 while the new files are being written: the old three survive, whole."""
    inputs = make_inputs(tmp_path / "in", ["a1", "a2"])
    out = tmp_path / "out"
    assert run("build", inputs, "--out", out) == 0
    before = snapshot(out)
    make_inputs(tmp_path / "in", ["a3", "a4"])
    kill_while_staging(inputs, out)
    assert snapshot(out) == before
    assert_valid(out)
    # the next build goes through, and the new articles are in it
    assert run("build", inputs, "--out", out) == 0
    assert sorted(json.loads((out / "manifest.json").read_text())["articles"]) == ["a1", "a2", "a3", "a4"]


@pytest.mark.parametrize("command", ["build", "add", "add with nothing new"])
def test_the_next_run_removes_what_a_killed_build_left(tmp_path, command, monkeypatch):
    inputs = make_inputs(tmp_path / "in", ["a1"])
    out = tmp_path / "out"
    assert run("build", inputs, "--out", out) == 0
    kill_while_staging(inputs, out)
    left = {p.name for p in out.iterdir() if p.name.endswith(".tmp")}
    assert left and all(name.startswith(".graph.json.") for name in left)
    mine = {"notes.tmp", ".ghi-chu.tmp", "graph.json.tmp", ".graph.json.bak"}  # the user's files, not ours
    for name in mine:
        (out / name).write_text("x")
    monkeypatch.setattr(store, "Extractor", StandInExtractor)
    if command == "build":
        assert run("build", inputs, "--out", out) == 0
    else:
        assert run("add", out, make_inputs(tmp_path / "more", ["a2"]) if command == "add" else inputs) == 0
    assert {p.name for p in out.iterdir()} == mine | {store.LOCK, *store.OUTPUTS}  # OUTPUTS: all a build writes


# --- add ------------------------------------------------------------------------------------------------------


def test_add_equals_a_full_build_byte_for_byte(tmp_path, stand_in, capsys):
    everything = make_inputs(tmp_path / "all")
    assert run("build", everything, "--out", tmp_path / "full") == 0
    assert run("build", make_inputs(tmp_path / "first", ["a1", "a3"]), "--out", tmp_path / "inc") == 0
    assert run("add", tmp_path / "inc", make_inputs(tmp_path / "second", ["a2"])) == 0
    code, out, _ = run("add", tmp_path / "inc", make_inputs(tmp_path / "third", ["a4"]), capsys=capsys)
    assert code == 0 and out.startswith("1 new articles, 6 entities")
    assert snapshot(tmp_path / "inc") == snapshot(tmp_path / "full")


def test_add_with_the_real_extractor_equals_a_full_build(tmp_path):
    assert run("build", make_inputs(tmp_path / "all"), "--out", tmp_path / "full") == 0
    assert run("build", make_inputs(tmp_path / "first", ["a2", "a4"]), "--out", tmp_path / "inc") == 0
    assert run("add", tmp_path / "inc", make_inputs(tmp_path / "second", ["a1", "a3"])) == 0
    assert snapshot(tmp_path / "inc") == snapshot(tmp_path / "full")


def test_re_adding_changes_nothing(tmp_path, stand_in, capsys):
    out = tmp_path / "out"
    inputs = make_inputs(tmp_path / "in")
    assert run("build", inputs, "--out", out) == 0
    before = snapshot(out)
    mtimes = {name: (out / name).stat().st_mtime_ns for name in FILES}
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    (renamed / "khac-ten.txt").write_text(ARTICLES["a3"], encoding="utf-8")  # same text, other name
    code, stdout, err = run("add", out, inputs, renamed, capsys=capsys)
    assert code == 0 and err == ""
    assert stdout == f"0 new articles: 5 already in the graph; {out} unchanged\n"
    assert snapshot(out) == before
    assert {name: (out / name).stat().st_mtime_ns for name in FILES} == mtimes


def test_add_refuses_another_text_under_an_id_already_in_the_graph(tmp_path, stand_in, capsys):
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "in", ["a1"]), "--out", out) == 0
    before = snapshot(out)
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "a1.txt").write_text(ARTICLES["a2"], encoding="utf-8")
    code, _, err = run("add", out, tmp_path / "new", "--strict", capsys=capsys)
    assert code == 2  # nothing usable wins over --strict
    assert err.splitlines()[0] == (f"vnkg: skipped {tmp_path / 'new' / 'a1.txt'}: article id 'a1' is already in the "
                                   "graph, with another text")
    assert snapshot(out) == before
    make_inputs(tmp_path / "new", ["a3"])
    code, stdout, err = run("add", out, tmp_path / "new", "--strict", capsys=capsys)
    assert code == 1 and stdout.startswith("1 new articles")
    assert sorted(json.loads((out / "manifest.json").read_text())["articles"]) == ["a1", "a3"]


def test_add_to_an_empty_folder_starts_a_graph(tmp_path, stand_in, capsys):
    code, _, err = run("add", tmp_path / "out", make_inputs(tmp_path / "in"), capsys=capsys)
    assert code == 0 and err == f"vnkg: no graph in {tmp_path / 'out'} yet: starting a new one\n"
    assert run("build", tmp_path / "in", "--out", tmp_path / "full") == 0
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "full")


def test_add_nothing_readable_exits_2(tmp_path, stand_in, capsys):
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "in", ["a1"]), "--out", out) == 0
    before = snapshot(out)
    (tmp_path / "trong.txt").write_bytes(b"")
    code, _, err = run("add", out, tmp_path / "trong.txt", capsys=capsys)
    assert code == 2 and err.splitlines()[-1].startswith(f"vnkg: nothing to add; {out} unchanged")
    assert snapshot(out) == before


def test_add_to_a_corrupt_graph_exits_2_and_touches_nothing(tmp_path, stand_in, capsys):
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "in", ["a1"]), "--out", out) == 0
    (out / "graph.json").write_text('{"nodes": [', encoding="utf-8")
    before = snapshot(out)
    code, _, err = run("add", out, make_inputs(tmp_path / "more", ["a2"]), capsys=capsys)
    assert code == 2
    assert err.startswith(f"vnkg: cannot add to {out}: {out / 'graph.json'} is not a readable graph (")
    assert "Traceback" not in err
    assert snapshot(out) == before


def interrupted_after_graph_json(monkeypatch, *argv) -> int:
    """Run vnkg with a Ctrl-C just after graph.json is renamed into place, the other files still old."""
    real_replace = os.replace

    def replace(src, dst):
        real_replace(src, dst)
        if str(dst).endswith("graph.json"):
            raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(atomic.os, "replace", replace)
        return run(*argv)


def test_add_after_a_write_killed_between_renames(tmp_path, stand_in, monkeypatch, capsys):
    """graph.json new, manifest old: add notices and still equals a full build."""
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "first", ["a1"]), "--out", out) == 0
    assert interrupted_after_graph_json(monkeypatch, "add", out, make_inputs(tmp_path / "second", ["a2"])) == 130
    capsys.readouterr()
    code, _, err = run("add", out, tmp_path / "second", make_inputs(tmp_path / "third", ["a3"]), capsys=capsys)
    assert code == 0
    assert err == MISMATCH.format(out / "manifest.json")
    assert run("build", tmp_path / "first", tmp_path / "second", tmp_path / "third", "--out", tmp_path / "full") == 0
    assert read_json(out / "graph.json").nodes(data=True) == read_json(tmp_path / "full" / "graph.json").nodes(data=True)
    assert (out / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


MISMATCH = ("vnkg: warning {}: does not match graph.json (an earlier write was interrupted?); the articles in the "
            "graph are taken from graph.json and recognised by id\n")


def test_add_trusts_the_graph_not_an_old_manifest(tmp_path, stand_in, monkeypatch, capsys):
    """A build of other articles killed after graph.json was renamed: the old manifest lists articles the graph lacks."""
    out = tmp_path / "out"
    inputs = make_inputs(tmp_path / "in")
    assert run("build", inputs / "a1.txt", inputs / "a2.txt", "--out", out) == 0
    assert interrupted_after_graph_json(monkeypatch, "build", inputs / "a3.txt", inputs / "a4.txt", "--out", out) == 130
    assert sorted(json.loads((out / "manifest.json").read_text())["articles"]) == ["a1", "a2"]  # the old one
    code, stdout, err = run("add", out, inputs / "a1.txt", inputs / "a3.txt", capsys=capsys)
    assert (code, err) == (0, MISMATCH.format(out / "manifest.json"))
    assert stdout.startswith("1 new articles")  # a1: in the old manifest, not in graph.json; a3 is in graph.json
    assert run("build", inputs / "a1.txt", inputs / "a3.txt", inputs / "a4.txt", "--out", tmp_path / "full") == 0
    assert (out / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_add_to_a_graph_without_manifest_goes_by_id(tmp_path, stand_in, capsys):
    out = tmp_path / "out"
    assert run("build", make_inputs(tmp_path / "in", ["a1", "a2"]), "--out", out) == 0
    (out / "manifest.json").unlink()
    code, stdout, err = run("add", out, make_inputs(tmp_path / "more", ["a1", "a3"]), capsys=capsys)
    assert code == 0
    assert err == f"vnkg: warning {out / 'manifest.json'}: missing; articles already in the graph are recognised by id only\n"
    assert stdout.startswith("1 new articles")
    assert read_json(out / "graph.json").nodes["country:RU"]["mentions"] == 3


# --- byte-identical reruns ----------------------------------------------------------------------------------------


def test_reruns_are_byte_identical_whatever_the_order_on_disk(tmp_path):
    """The real extractor, here and in a fresh process (another hash seed), files made in opposite orders."""
    first, second = list(ARTICLES), list(reversed(ARTICLES))
    make_inputs(tmp_path / "in0" / "b", first[:2])
    make_inputs(tmp_path / "in0" / "a", first[2:])
    make_inputs(tmp_path / "in1" / "b", second[2:])
    make_inputs(tmp_path / "in1" / "a", second[:2])
    assert run("build", tmp_path / "in0", "--out", tmp_path / "out0") == 0
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    subprocess.run([sys.executable, "-m", "vnkg", "build", str(tmp_path / "in1" / "b"), str(tmp_path / "in1" / "a"),
                    "--out", str(tmp_path / "out1")],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
    outputs = [snapshot(tmp_path / "out0"), snapshot(tmp_path / "out1")]
    assert set(outputs[0]) == set(FILES)
    assert outputs[0] == outputs[1]


def test_same_input_same_bytes_in_process(tmp_path, stand_in):
    inputs = make_inputs(tmp_path / "in")
    assert run("build", inputs, "--out", tmp_path / "x") == 0
    assert run("build", *sorted(inputs.iterdir(), reverse=True), "--out", tmp_path / "y") == 0
    assert snapshot(tmp_path / "x") == snapshot(tmp_path / "y")
    digest = hashlib.sha256((tmp_path / "x" / "graph.json").read_bytes()).hexdigest()
    assert json.loads((tmp_path / "x" / "manifest.json").read_text())["graph_sha256"] == digest
