"""Progress of a build or an add on stderr: a bar with rate and ETA on a terminal, plain lines elsewhere.

`Progress` is called once per article (through `vnkg.store.Intake`'s progress
hook, so in one process, with `--workers` and on Dask alike). On a terminal it
draws a tqdm bar; in a log or a pipe it writes one line every `every` articles,
which a CI log or `2> build.log` keeps readable:

    >>> import io
    >>> ticks = iter(range(0, 100, 2))  # a clock that moves 2 s a call
    >>> log = io.StringIO()
    >>> progress = Progress(4, log, every=2, clock=lambda: float(next(ticks)))
    >>> for _ in range(4):
    ...     progress()
    >>> print(log.getvalue(), end="")
    vnkg: 2/4 articles (50%), 1.0 articles/s, about 2 s left
    vnkg: 4/4 articles (100%), 1.0 articles/s

`count_articles` tells how many articles the inputs hold (JSON Lines records
counted by line) so that the bar has an end; standard input has none known.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from ingest import input_files

EVERY = 100  # articles between two plain lines
# tqdm's bar, its rate always in articles per second (never "s/ articles")
BAR = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"
OPEN_BAR = "{desc}: {n_fmt}{unit} [{elapsed}, {rate_noinv_fmt}]"  # no total known (standard input)
STDIN = "-"


def _lines(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    count = 0
    with opener(path, "rb") as f:
        for line in f:
            count += bool(line.strip())
    return count


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold, as the reader will find them; None when unknown (standard input).

    A JSON Lines file counts its non-blank lines, any other file one article.
    Inputs that cannot be read count nothing here: the reader reports them.
    """
    total = 0
    for path in input_files(paths, lambda problem: None):
        if str(path) == STDIN:
            return None
        path = Path(path)
        try:
            total += _lines(path) if path.name.lower().endswith((".jsonl", ".jsonl.gz")) else 1
        except (OSError, EOFError, ValueError):
            continue
    return total


def _duration(seconds: float) -> str:
    """
    >>> _duration(42.4), _duration(125), _duration(7260)
    ('42 s', '2 min 5 s', '2 h 1 min')
    """
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def _width(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 0


class Progress:
    """Counts articles done and shows it on `stream`: a bar if it is a terminal, else a line every `every`."""

    def __init__(self, total: int | None, stream: TextIO | None = None, every: int = EVERY,
                 clock: Callable[[], float] = time.monotonic, what: str = "articles"):
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.clock = clock
        self.what = what
        self.done = 0
        self.start = clock()
        isatty = getattr(self.stream, "isatty", None)
        self.bar = None
        if isatty is not None and isatty():
            # a terminal that tells no size (0 x 0, as some pseudo-terminals do) is taken as 80 x 24:
            # tqdm draws nothing on a terminal of no rows
            sized = _width(self.stream) > 0
            self.bar = tqdm(total=total, file=self.stream, unit=f" {what}", desc="vnkg", dynamic_ncols=sized,
                            ncols=None if sized else 80, nrows=None if sized else 24, mininterval=0.2,
                            smoothing=0.1, bar_format=OPEN_BAR if total is None else BAR)

    def __call__(self) -> None:
        self.done += 1
        if self.bar is not None:
            if self.total is not None and self.done > self.total:  # more than counted: the end moves
                self.total = self.bar.total = self.done
            self.bar.update(1)
        elif self.done % self.every == 0:
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        """The plain progress line: count, share of the total, rate, time left."""
        elapsed = self.clock() - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.total is None:
            return f"vnkg: {self.done} {self.what}, {rate:.1f} {self.what}/s"
        text = f"vnkg: {self.done}/{self.total} {self.what} ({100 * self.done // max(self.total, 1)}%), " \
               f"{rate:.1f} {self.what}/s"
        left = self.total - self.done
        if left > 0 and rate > 0:
            text += f", about {_duration(left / rate)} left"
        return text

    def write(self, line: str) -> None:
        """Print a line (a skipped input) on the stream without breaking the bar."""
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
