"""The input cases of issue #12: no article lost to a file name, a blank line, a pipe, a size or a deep page.

Each test names the case it covers; the texts are written for the tests.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import socket
from pathlib import Path

import pytest

from ingest import Problem, Reader, iter_articles
from tests.bounded import within

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEXT = "Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken tại Stockholm hôm 2/12."


def read(*paths, **options) -> tuple[list, list[str]]:
    problems: list[Problem] = []
    with within(60):
        articles = list(Reader(problems.append, **options).articles([str(p) for p in paths]))
    return articles, [str(p) for p in problems]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def record(article_id: str, text: str = TEXT) -> str:
    return json.dumps({"id": article_id, "text": f"{text} ({article_id})"}, ensure_ascii=False) + "\n"


# --- one file name in several folders --------------------------------------------------------


@pytest.mark.parametrize("files, ids", [
    (["2017-01/index.txt", "2017-02/index.txt"], ["2017-01/index", "2017-02/index"]),
    (["a/2017/01/index.txt", "b/2017/01/index.txt", "a/2017/02/bai.txt"],
     ["a/2017/01/index", "b/2017/01/index", "bai"]),  # a unique name keeps its plain id
    (["index.txt", "cu/index.txt"], ["index", "cu/index"]),
    (["x/bai.md", "x/bai.txt", "y/bai.html"], ["x/bai.md", "x/bai.txt", "y/bai"]),  # one folder: the extension too
    (["2017-01/du-lieu.jsonl", "2017-02/du-lieu.jsonl"], ["2017-01/du-lieu-1", "2017-02/du-lieu-1"]),  # records without id
])
def test_files_that_share_a_name_get_ids_from_their_path(tmp_path, files, ids):
    for name in files:
        if name.endswith(".jsonl"):
            write(tmp_path / "in" / name, json.dumps({"text": f"{TEXT} {name}"}, ensure_ascii=False) + "\n")
        elif name.endswith(".html"):
            write(tmp_path / "in" / name, f"<html><body><article><p>{TEXT} {name}</p></article></body></html>")
        else:
            write(tmp_path / "in" / name, f"{TEXT} {name}")
    articles, problems = read(tmp_path / "in")
    assert problems == []
    assert sorted(a.id for a in articles) == sorted(ids)
    # the same ids whatever folders are named, in whatever order: they come from the paths, not the arguments
    folders = sorted({tmp_path / "in" / Path(name).parts[0] for name in files}, reverse=True)
    assert sorted(a.id for a in read(*folders)[0]) == sorted(ids)


@pytest.mark.parametrize("seeds", [ROOT / "seeds", SHARED / "seeds"])
def test_the_seed_articles_keep_the_ids_of_their_gold(seeds):
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    articles, problems = read(seeds)
    assert problems == []
    assert sorted(a.id for a in articles) == sorted(gold["articles"])


# --- blank lines in JSON Lines -----------------------------------------------------------------

BLANKS = {
    "10 KB of line breaks": "\n" * 10_000,
    "100 KB of spaces and CRLF": "  \r\n" * 25_000,
    "byte-order marks and blank lines (files joined with cat)": "\ufeff" + "\n" * 9_000,
    "one blank line": "\n",
}


def jsonl_with_blanks(blank: str) -> bytes:
    """Two good records and a bad line, with `blank` before, between and after them."""
    return (blank + record("j1") + blank + "{hỏng\n" + blank + record("j2") + blank).encode("utf-8")


def bad_line(blank: str) -> int:
    return 2 * blank.count("\n") + 2


@pytest.mark.parametrize("blank", BLANKS.values(), ids=BLANKS.keys())
@pytest.mark.parametrize("name", ["bai.jsonl", "bai.jsonl.gz", "bai.ndjson"])
def test_blank_lines_anywhere_in_a_jsonl_file_are_skipped(tmp_path, blank, name):
    data = jsonl_with_blanks(blank)
    path = write(tmp_path / name, gzip.compress(data) if name.endswith(".gz") else data)
    articles, problems = read(path)
    assert [a.id for a in articles] == ["j1", "j2"]
    assert [p.split(": ")[0] for p in problems] == [f"{path}:{bad_line(blank)}"]


@pytest.mark.parametrize("blank", BLANKS.values(), ids=BLANKS.keys())
@pytest.mark.parametrize("compress", [False, True])
def test_blank_lines_before_jsonl_on_standard_input(blank, compress):
    data = jsonl_with_blanks(blank)
    problems: list[Problem] = []
    with within(60):
        articles = list(iter_articles(["-"], problems.append, stdin=io.BytesIO(gzip.compress(data) if compress else data)))
    assert [a.id for a in articles] == ["j1", "j2"]
    assert [f"{p.path}:{p.line}" for p in problems] == [f"<stdin>:{bad_line(blank)}"]


def test_standard_input_with_a_first_record_longer_than_a_pipe_buffer():
    """A JSON Lines record of 200 KB on standard input is still JSON Lines, not one text article."""
    data = (record("dai", TEXT * 2000) + record("ngan")).encode("utf-8")
    problems: list[Problem] = []
    articles = list(iter_articles(["-"], problems.append, stdin=io.BufferedReader(io.BytesIO(data), 4096)))
    assert problems == [] and [a.id for a in articles] == ["dai", "ngan"]


def test_text_on_standard_input_after_blank_lines_keeps_its_id():
    """The blank start is read to tell the format, then given back: the id still hashes every byte."""
    problems: list[Problem] = []
    (plain,) = iter_articles(["-"], problems.append, stdin=io.BytesIO(TEXT.encode()))
    (padded,) = iter_articles(["-"], problems.append, stdin=io.BytesIO(b"\n" * 20_000 + TEXT.encode()))
    (again,) = iter_articles(["-"], problems.append, stdin=io.BytesIO(b"\n" * 20_000 + TEXT.encode()))
    assert problems == [] and padded.text.strip() == plain.text and padded.id == again.id != plain.id


# --- special files -------------------------------------------------------------------------------------


def test_named_pipes_devices_and_sockets_in_a_folder_are_skipped_never_waited_for(tmp_path):
    folder = tmp_path / "in"
    write(folder / "a.txt", TEXT)
    os.mkfifo(folder / "a.md")  # nobody writes to it: opening it to read would wait forever
    (folder / "b").mkdir()
    os.mkfifo(folder / "b" / "ong.jsonl")
    (folder / "rong.md").symlink_to("/dev/zero")  # endless
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "o-cam.html"))
    try:
        articles, problems = read(folder)
    finally:
        server.close()
    assert [a.id for a in articles] == ["a"]  # not "a.txt": the pipe a.md takes no part in the ids
    assert sorted(problems) == [
        f"{folder / 'a.md'}: not a regular file (a named pipe)",
        f"{folder / 'b' / 'ong.jsonl'}: not a regular file (a named pipe)",
        f"{folder / 'o-cam.html'}: not a regular file (a socket)",
        f"{folder / 'rong.md'}: not a regular file (a character device)",
    ]


# --- size limits -----------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [24 * 1024**3, 900 * 1024**3, 1024**4])
def test_a_size_limit_larger_than_memory_still_reads_small_files(tmp_path, limit):
    files = [write(tmp_path / "a.txt", TEXT), write(tmp_path / "b.md", f"# Tin\n\n{TEXT}"),
             write(tmp_path / "c.jsonl", record("c1")), write(tmp_path / "d.dat", TEXT)]
    articles, problems = read(*files, max_size=limit)
    assert problems == [] and [a.id for a in articles] == ["a", "b", "c1", "d"]
    problems_stdin: list[Problem] = []
    (article,) = iter_articles(["-"], problems_stdin.append, max_size=limit, stdin=io.BytesIO(TEXT.encode()))
    assert problems_stdin == [] and article.text == TEXT


def test_a_large_jsonl_file_of_unknown_extension_is_streamed_like_any_jsonl(tmp_path):
    path = write(tmp_path / "dump.ndjson", "".join(record(f"r{i}") for i in range(40)))
    articles, problems = read(path, max_size=1000)  # the file is larger than the limit; each record is not
    assert problems == [] and len(articles) == 40


# --- pages too deep to parse -------------------------------------------------------------------------------


@pytest.mark.parametrize("depth, readable", [(200, True), (300, False), (5000, False)])
def test_a_page_nested_deeper_than_the_parser_allows_says_so(tmp_path, depth, readable):
    page = f"<html><body>{'<div>' * depth}<p>{TEXT}</p>{'</div>' * depth}</body></html>"
    path = write(tmp_path / "sau.html", page)
    articles, problems = read(path)
    if readable:
        assert [a.text for a in articles] == [TEXT] and problems == []
    else:
        assert articles == []
        assert problems == [f"{path}: the HTML page is nested deeper than the parser allows (256 levels): "
                            "no article text read"]
