"""Property: whatever tree of inputs `vnkg build` is given, every readable article is in the graph exactly
once, or the file (and line) that held it is named on stderr; and the build never hangs.

Hypothesis writes random trees: nested folders whose files share names (in one
folder and across folders), text in several encodings, JSON Lines with blank
lines anywhere (and a broken line now and then), and files that cannot be read:
empty, binary, named pipes, devices, broken links. Each readable article has a
text of its own, so that it can be found in the manifest (by its text hash) and
in the graph (by its sentence); naming the folders one by one, in another
order, gives the same graph, ids included. The stand-in extractor of test_cli_build finds
Russia meeting the United States in every article, so each article is one
evidence sentence of one edge.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import Article, text_hash
from tests.bounded import within
from tests.test_cli_build import StandInExtractor
from tests.test_readers import cp1258
from vnkg import cli, store

FOLDERS = ["2017-01", "2017-02", "Thế giới", "a"]
STEMS = ["index", "bai", "Hòa bình", "tin", "bai.cu"]  # few, so that names collide
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258"]
BLANK = st.sampled_from(["", "\n", "\n\n\n", "  \r\n" * 3, "\n" * 9000])  # 9,000: past any read buffer
BAD = ["empty", "binary", "fifo", "device", "broken link"]
DEVICES = ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"]  # one each: a file is read once


def encode(text: str, encoding: str) -> bytes:
    return cp1258(text) if encoding == "cp1258" else text.encode(encoding)


@dataclass
class Tree:
    """Files to write, the article texts that must reach the graph, and what must be named on stderr."""

    files: dict[str, bytes] = field(default_factory=dict)
    special: dict[str, str] = field(default_factory=dict)  # relative path -> "fifo", a device, "broken link"
    texts: list[str] = field(default_factory=list)
    named: set[str] = field(default_factory=set)  # relative path, or path:line

    def __repr__(self) -> str:  # what a failing example shows: the shape of the tree, not megabytes of blanks
        files = {name: f"{len(data)} bytes" for name, data in self.files.items()}
        return f"Tree(files={files}, special={self.special}, texts={len(self.texts)}, named={sorted(self.named)})"


@st.composite
def trees(draw) -> Tree:
    tree = Tree()
    count = 0

    def text() -> str:
        nonlocal count
        count += 1
        return f"Nga gặp Mỹ lần thứ {count} tại Hà Nội."

    for _ in range(draw(st.integers(1, 12))):
        folder = "/".join(draw(st.lists(st.sampled_from(FOLDERS), max_size=2)))
        kind = draw(st.sampled_from([".txt", ".md", ".html", ".jsonl", ".jsonl.gz", *BAD]))
        ext = kind if kind.startswith(".") else draw(st.sampled_from([".txt", ".md", ".jsonl"]))
        name = f"{folder}/{draw(st.sampled_from(STEMS))}{ext}".lstrip("/")
        if name in tree.files or name in tree.special or any(n.startswith(name + "/") for n in tree.files):
            continue
        if kind in ("fifo", "device", "broken link"):
            devices = [d for d in DEVICES if d not in tree.special.values()]
            if kind == "device" and not devices:
                continue
            tree.special[name] = devices[0] if kind == "device" else kind
            tree.named.add(name)
        elif kind in ("empty", "binary"):
            tree.files[name] = b"" if kind == "empty" else b"\x89PNG\r\n\x1a\n" + bytes(range(256))
            tree.named.add(name)
        elif kind in (".jsonl", ".jsonl.gz"):
            lines, number = [], 0
            for _ in range(draw(st.integers(1, 3))):
                for blank_line in draw(BLANK).splitlines(keepends=True):
                    lines.append(blank_line)
                    number += 1
                number += 1
                if draw(st.booleans()):
                    lines.append('{"id": "hỏng", "text": \n')
                    tree.named.add(f"{name}:{number}")
                else:
                    body = text()
                    tree.texts.append(body)
                    lines.append(json.dumps({"text": body}, ensure_ascii=False) + "\n")
            data = "".join(lines).encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])))
            tree.files[name] = gzip.compress(data) if ext == ".jsonl.gz" else data
        else:
            body = text()
            tree.texts.append(body)
            page = f"<html><body><article><p>{body}</p></article></body></html>" if ext == ".html" else body
            tree.files[name] = encode(draw(BLANK) + page + draw(BLANK), draw(st.sampled_from(ENCODINGS)))
    return tree


def write_tree(tree: Tree, root: Path) -> None:
    for name, data in tree.files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    for name, kind in tree.special.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(root / "khong-co" if kind == "broken link" else kind)


def build(inputs: list[Path], out: Path) -> tuple[int, str]:
    err = io.StringIO()
    with within(60), contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["build", *map(str, inputs), "--out", str(out)])
    return code, err.getvalue()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tree=trees())
def test_every_readable_article_is_in_the_graph_once_or_named_on_stderr(tree):
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "Extractor", StandInExtractor)
        root, out = Path(tmp) / "in", Path(tmp) / "out"
        root.mkdir()
        write_tree(tree, root)
        code, err = build([root], out)
        lines = err.splitlines()
        skipped = [line.removeprefix("vnkg: skipped ") for line in lines if line.startswith("vnkg: skipped ")]
        assert {line.split(": ")[0].removeprefix(f"{root}/") for line in skipped} == tree.named, err
        assert len(skipped) == len(tree.named), err  # each once
        if not tree.texts:
            assert code == 2 and not out.exists()
            assert lines[len(skipped):] == [lines[-1]] and lines[-1].startswith("vnkg: nothing to build: ")
            return
        assert len(lines) == len(skipped), err  # no other message
        assert code == 0
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["articles"]
        assert sorted(manifest.values()) == sorted(text_hash(Article("", t)) for t in tree.texts)
        graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        (edge,) = graph["edges"]
        found = sorted((e["article"], e["sentence"]) for e in edge["evidence"])
        assert sorted(a for a, _ in found) == sorted(manifest)  # each article once, under its manifest id
        assert sorted(s for _, s in found) == sorted(tree.texts)
        # the same graph when the folders and files in it are named one by one, in another order
        again = Path(tmp) / "again"
        assert build(sorted(root.iterdir(), reverse=True), again)[0] == 0
        assert (again / "graph.json").read_bytes() == (out / "graph.json").read_bytes()
