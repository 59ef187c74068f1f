"""Read articles from files, folders and JSON Lines, reporting what cannot be read.

`iter_articles(paths, report)` yields `Article`s; every input it has to skip is
reported as a `Problem` naming the file (and line) instead of raising.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .types import Article

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Report = Callable[[Problem], None]


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else path.suffix.lower()


def input_files(paths: Iterable[str | Path], report: Report) -> Iterator[Path]:
    """The files named or found (recursively, sorted) under `paths`."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    if _suffix(child) in TEXT_SUFFIXES + JSONL_SUFFIXES:
                        yield child
        elif path.is_file():
            yield path
        else:
            report(Problem(str(path), "no such file or folder"))


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8-sig")


def iter_articles(paths: Iterable[str | Path], report: Report) -> Iterator[Article]:
    for path in input_files(paths, report):
        suffix = _suffix(path)
        try:
            if suffix in JSONL_SUFFIXES:
                yield from _jsonl_articles(path, report)
            else:
                text = _read_text(path)
                if not text.strip():
                    report(Problem(str(path), "empty file"))
                    continue
                yield Article(id=path.stem, text=text, source=str(path))
        except (OSError, UnicodeDecodeError) as exc:
            report(Problem(str(path), f"cannot read: {exc}"))


def _jsonl_articles(path: Path, report: Report) -> Iterator[Article]:
    opener = gzip.open if _suffix(path) == ".jsonl.gz" else open
    with opener(path, "rt", encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                report(Problem(str(path), f"not valid JSON ({exc.msg})", number))
                continue
            if not isinstance(record, dict) or not str(record.get("text") or "").strip():
                report(Problem(str(path), "record has no text", number))
                continue
            article_id = str(record.get("id") or f"{path.name.split('.')[0]}-{number}")
            yield Article(
                id=article_id,
                text=str(record["text"]),
                title=str(record.get("title") or ""),
                date=record.get("date"),
                url=record.get("url"),
                source=f"{path}:{number}",
            )
