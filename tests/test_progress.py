"""Progress of a build on stderr: a bar in a terminal (a real pseudo-terminal), lines in a log, nothing with -q.

The terminal tests build the first articles of ../shared/corpus/world-2017.jsonl
(read at run time; they fail where the corpus is missing).
"""
from __future__ import annotations

import fcntl
import gzip
import io
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from extract import Article
from vnkg import store
from vnkg.cli import main
from vnkg.progress import Progress, count_articles

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT.parent / "shared" / "corpus" / "world-2017.jsonl"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


# -- the display ----------------------------------------------------------------------------------


@pytest.mark.parametrize("total, end", [
    (3, r"100%\|[█#]+\| 3/3 \[\d\d:\d\d<\d\d:\d\d, +[\d.?]+ articles/s\]"),
    (None, r"vnkg: 3 articles \[\d\d:\d\d, +[\d.?]+ articles/s\]"),  # standard input: no end known
])
def test_a_terminal_gets_a_bar_with_rate_and_time_left(total, end):
    screen = Terminal()  # of no known size, as `script` gives without a terminal around it: drawn 80 wide
    with Progress(total, screen) as progress:
        for _ in range(3):
            progress()
    shown = screen.getvalue()
    assert "\r" in shown and re.search(end, shown), shown


def test_a_log_gets_a_line_every_n_articles():
    now = [0.0]
    log = io.StringIO()
    progress = Progress(None, log, every=3, clock=lambda: now[0])
    for _ in range(7):
        now[0] += 1.0  # one article a second
        progress()
    progress.write("vnkg: skipped x.txt: empty file")
    assert log.getvalue().splitlines() == ["vnkg: 3 articles, 1.0 articles/s", "vnkg: 6 articles, 1.0 articles/s",
                                           "vnkg: skipped x.txt: empty file"]


def test_more_articles_than_counted_move_the_end():
    screen = Terminal()
    with Progress(2, screen) as progress:
        for _ in range(3):
            progress()
        assert progress.bar is not None and progress.bar.total == 3


def test_count_articles(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("Nga.", encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.md").write_text("# Mỹ", encoding="utf-8")
    (tmp_path / "in" / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "in" / "c.jsonl").write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n', encoding="utf-8")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write('{"id": 3, "text": "z"}\n' * 5)
    assert count_articles([tmp_path / "in", tmp_path / "d.jsonl.gz", tmp_path / "missing"]) == 2 + 2 + 5
    assert count_articles([tmp_path / "in", "-"]) is None


# -- the hook: once per article read, in every build path -----------------------------------------

ARTICLES = [
    Article("p1", "Nga cáo buộc Mỹ can thiệp.", date="2017-03-02"),
    Article("p2", "Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Rex Tillerson.", date="2017-04-12"),
    Article("p3", "Nga cáo buộc Mỹ can thiệp.", date="2017-03-02"),  # the text of p1: turned away
    Article("p2", "Trung Quốc chỉ trích Nhật Bản.", date="2017-05-01"),  # p2's id with another text: turned away
    Article("p5", "Pháp và Đức kêu gọi Nga rút quân khỏi Ukraine.", date="2017-07-01"),
]


@pytest.fixture(scope="module")
def dask_address():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("path", ["one process", "2 workers", "dask"])
def test_every_build_path_reports_each_article_once(path, tmp_path, request):
    ticks: list[int] = []
    intake = store.Intake(lambda problem: None, progress=lambda: ticks.append(len(intake.accepted)))
    options: dict = {"workers": 2} if path == "2 workers" else {}
    if path == "dask":
        options["dask"] = request.getfixturevalue("dask_address")
    written = store.build(store.GraphFolder(tmp_path / "out"), iter(ARTICLES), intake, **options)
    assert written is not None and written.count == 3
    assert len(ticks) == len(ARTICLES)


# -- a real build, in a terminal and in a log -----------------------------------------------------


def first_articles(tmp_path: Path, n: int) -> Path:
    if not WORLD.exists():
        pytest.fail(f"{WORLD} is missing: this test needs ../shared/corpus beside the repository")
    path = tmp_path / f"first-{n}.jsonl"
    with open(WORLD, encoding="utf-8") as f:
        path.write_text("".join(line for _, line in zip(range(n), f)), encoding="utf-8")
    return path


def in_terminal(*argv: str) -> tuple[int, str]:
    """Run `python -m vnkg ARGV` with a pseudo-terminal of 100 columns as stdin, stdout and stderr."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "vnkg", *argv], stdin=slave, stdout=slave, stderr=slave,
                            cwd=ROOT, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=600), b"".join(chunks).decode("utf-8", "replace")


def test_a_build_shows_a_bar_in_a_terminal(tmp_path):
    articles = first_articles(tmp_path, 40)
    code, screen = in_terminal("build", str(articles), "--out", str(tmp_path / "out"))
    assert code == 0
    assert re.search(r"vnkg: +\d+%\|", screen), screen  # the bar is drawn as it goes ...
    assert re.search(r"100%\|[^\r\n]*\| 40/40 \[\d\d:\d\d<00:00, +[\d.]+ articles/s\]", screen), screen  # ... to the end
    assert "40 articles, " in screen  # then the summary


def test_quiet_prints_nothing_in_a_terminal(tmp_path):
    articles = first_articles(tmp_path, 5)
    code, screen = in_terminal("build", str(articles), "--out", str(tmp_path / "out"), "--quiet")
    assert (code, screen) == (0, "")
    assert (tmp_path / "out" / "graph.json").exists()


def test_a_log_gets_plain_lines_and_verbose_the_count_and_time(tmp_path):
    articles = first_articles(tmp_path, 120)
    proc = subprocess.run([sys.executable, "-m", "vnkg", "-v", "build", str(articles), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0
    lines = proc.stderr.splitlines()
    assert lines[0] == "vnkg: 120 articles to read"
    assert re.fullmatch(r"vnkg: 100/120 articles \(83%\), [\d.]+ articles/s, about .+ left", lines[1]), lines
    assert re.fullmatch(r"vnkg: 120 articles in [\d.]+ s \([\d.]+ articles/s\), files written", lines[2]), lines
    assert len(lines) == 3 and "\r" not in proc.stderr
    assert proc.stdout.startswith("120 articles, ")


def test_quiet_keeps_only_the_errors_and_verbose_adds_the_count(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a1.txt").write_text("Nga cáo buộc Mỹ can thiệp.", encoding="utf-8")
    (inputs / "a2.txt").write_bytes("Mỹ chỉ trích Nga về việc can thiệp bầu cử, người phát ngôn nói.".encode()
                                    + b"\xff")  # read with a warning: one byte not UTF-8
    (inputs / "empty.txt").write_bytes(b"")  # skipped: an error about that input
    assert main(["add", str(tmp_path / "out"), str(inputs), "-q"]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"vnkg: skipped {inputs / 'empty.txt'}: empty file\n")
    (inputs / "a3.txt").write_text("Pháp ủng hộ Đức.", encoding="utf-8")
    assert main(["--verbose", "add", str(tmp_path / "out"), str(inputs)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == "vnkg: 4 articles to read"
    assert f"vnkg: warning {inputs / 'a2.txt'}: 1 bytes not valid utf-8 were replaced" in err.splitlines()
    assert re.fullmatch(r"vnkg: 1 articles in [\d.]+ s \([\d.]+ articles/s\), files written", err.splitlines()[-1])
    assert out.startswith("1 new articles, ")
