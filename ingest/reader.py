"""Read articles from files, folders, JSON Lines and standard input.

`iter_articles(paths, report)` yields `Article`s; every input it has to skip is
reported as a `Problem` naming the file (and line) instead of raising.

Accepted inputs (folders are walked recursively, in sorted order, hidden
entries skipped; inside a folder only these extensions are read, a file named
on the command line is read whatever its extension, by its content):

    .txt                 one article, the file's text
    .md, .markdown       one article; a leading "# heading" (or front matter
                         `title:`) is its title, Markdown markup is dropped
    .html, .htm          one article; the main text is extracted by trafilatura
    .jsonl, .jsonl.gz    one article a line: {"id", "text", "title"?, "date"?, "url"?}
    -                    standard input: JSON Lines (plain or gzip) when it
                         starts with "{", HTML when it starts with a tag, text otherwise

Text is decoded from UTF-8 (with or without BOM), UTF-16/32 (BOM or not) or the
legacy Windows-1258 code page (other legacy code pages by charset detection;
`decoding.py`), read by format (`formats.py`), then normalised
(`normalize.normalize_text`: NFC, the press's tone placement).
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import os
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, cast

from .article import Article
from .dates import article_date, iso_date
from .decoding import (
    BLANK,
    ESCAPED,
    META_CHARSET,
    SAMPLE,
    Unreadable,
    binary_kind,
    clean_string,
    declared_encoding,
    decode_bytes,
    looks_binary,
)
from .files import Prefixed, not_regular, open_regular, read_at_most, skip_blank, whole_first_line
from .formats import Document, html_document, markdown_document, sniff_kind
from .ids import file_ids, suffix
from .normalize import normalize_text
from .sidecar import SIDECAR, Sidecar, read_sidecar

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"
DEFAULT_MAX_SIZE = 10 * 1024 * 1024
MAX_LINE_PROBLEMS = 20  # bad lines reported one by one per file; the rest are summed up

for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Problem:
    """An input that was skipped (or, with `skipped=False`, read with a repair), and why."""

    path: str
    message: str
    line: int | None = None
    count: int = 1  # how many inputs this one line stands for
    skipped: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Report = Callable[[Problem], None]


def _size(n: int) -> str:
    """A size for a message: "512 bytes", "31.2 MB"."""
    size: float = n
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{size:.1f} {unit}".replace(".0 ", " ")
        size /= 1024
    return str(size)  # pragma: no cover


class Reader:
    """Reads inputs into Articles and reports what it skips.

    `max_size` bounds a single-article file (and each JSON Lines record); JSON
    Lines files themselves are streamed and may be of any size.
    """

    def __init__(self, report: Report, max_size: int = DEFAULT_MAX_SIZE, stdin: IO[bytes] | None = None):
        self.report = report
        self.max_size = max_size
        self.stdin = stdin
        self.ignored = 0  # files in folders with other extensions
        self.files = 0
        self._sidecars: dict[Path, Sidecar] = {}  # folder -> its articles.csv (sidecar.py)

    # inputs -> files

    def input_files(self, paths: Iterable[str | Path]) -> list[Path | str]:
        """Every file to read, each once, in one sorted order whatever the order given."""
        found: dict[str, Path] = {}
        stdin = False
        for raw in paths:
            if str(raw) == STDIN:
                stdin = True
                continue
            path = Path(raw)
            try:
                if path.is_dir():
                    for child in self._walk(path):
                        self._regular(child, found)
                else:
                    self._regular(path, found)
            except OSError as exc:
                self.report(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        files: list[Path | str] = sorted(found.values(), key=lambda p: str(p))
        if stdin:
            files.append(STDIN)
        return files

    def _walk(self, folder: Path) -> Iterator[Path]:
        def onerror(exc: OSError) -> None:
            self.report(Problem(str(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}"))

        for root, dirs, files in os.walk(folder, onerror=onerror):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                child = Path(root) / name
                if suffix(child) in SUFFIXES and not _describes_folder(name):
                    yield child
                elif name != SIDECAR:
                    self.ignored += 1

    def _regular(self, path: Path, found: dict[str, Path]) -> None:
        """Add `path` to the files `found` if it is a regular file; report it otherwise.

        Named pipes, devices and sockets are left out here, before any id is
        given: reading one would wait forever or never end.
        """
        try:
            reason = not_regular(path)
        except OSError as exc:
            reason = f"cannot read: {exc.strerror or exc}"
        if reason:
            self.report(Problem(str(path), reason))
        else:
            found.setdefault(_identity(path), path)

    # files -> articles

    def articles(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        files = self.input_files(paths)
        ids = file_ids(p for p in files if isinstance(p, Path))
        for path in files:
            self.files += 1
            if isinstance(path, Path):
                facts = self._sidecar(path.parent).facts_of(path)
                for article in self._guarded(str(path), partial(self._file_articles, path, ids[path])):
                    yield facts.apply(article) if facts and suffix(path) not in JSONL_SUFFIXES else article
            else:
                yield from self._guarded(STDIN_NAME, self._stdin_articles)

    def _sidecar(self, folder: Path) -> Sidecar:
        """The facts `articles.csv` in `folder` gives (none when there is none); its problems reported once."""
        if folder not in self._sidecars:
            path = folder / SIDECAR
            self._sidecars[folder] = read_sidecar(path) if path.is_file() else Sidecar({}, [])
            for line, message in self._sidecars[folder].problems:
                self.report(Problem(str(path), message, line=line, skipped=False))
        return self._sidecars[folder]

    def _guarded(self, where: str, read: Callable[[], Iterator[Article]]) -> Iterator[Article]:
        """Run one input's reader; whatever goes wrong becomes one reported Problem."""
        try:
            yield from read()
        except Unreadable as exc:
            self.report(Problem(where, str(exc)))
        except MemoryError:
            self.report(Problem(where, "too large to read into memory"))
        except (OSError, EOFError, zlib.error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self.report(Problem(where, f"cannot read: {reason}"))

    def _file_articles(self, path: Path, article_id: str) -> Iterator[Article]:
        ext = suffix(path)
        with open_regular(path) as f:
            if ext == ".jsonl.gz":
                with gzip.GzipFile(fileobj=f, mode="rb") as unzipped:
                    yield from self._jsonl(unzipped, str(path), article_id)
                return
            if ext == ".jsonl" or (ext not in SUFFIXES and self._is_jsonl(self._with_first_line(f, skip_blank(f, 0)[1]))):
                f.seek(0)
                yield from self._jsonl(f, str(path), article_id)
                return
            size = os.fstat(f.fileno()).st_size
            if size > self.max_size:
                raise Unreadable(self._too_large(size))
            f.seek(0)
            data = read_at_most(f, self.max_size)
        if len(data) > self.max_size:
            raise Unreadable(self._too_large(len(data)))
        kind = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".txt": "txt"}.get(ext)
        yield self._article(str(path), article_id, data, kind)

    def _with_first_line(self, stream: IO[bytes], head: bytes) -> bytes:
        """`head`, the first content read past blank lines, read on to the end of its line if it may be JSON."""
        return whole_first_line(stream, head, self.max_size + 1) if head.startswith(b"{") else head

    def _is_jsonl(self, head: bytes) -> bool:
        """Whether content starting with `head` is JSON Lines: its first line is a JSON object.

        A first line over the size limit that starts with "{" is taken to be a
        record too large, which the JSON Lines reader reports.
        """
        if not head.startswith(b"{"):
            return False
        first = head.split(b"\n", 1)[0]
        if len(first) > self.max_size:
            return True
        try:
            return isinstance(json.loads(first), dict)
        except ValueError:
            return False

    @staticmethod
    def _again(head: bytes, rest: IO[bytes]) -> io.BufferedReader:
        """A stream that reads `head` (read to sniff) and then the `rest`."""
        return io.BufferedReader(Prefixed(head, rest))

    def _stdin_articles(self) -> Iterator[Article]:
        stream = self.stdin
        if stream is None:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:
                raise Unreadable("no standard input to read")
        blank, head = skip_blank(stream, self.max_size)
        if not blank and head.startswith(b"\x1f\x8b"):
            yield from self._jsonl(gzip.GzipFile(fileobj=self._again(head, stream), mode="rb"), STDIN_NAME, "stdin")
            return
        head = self._with_first_line(stream, head)
        stream = self._again(blank + head, stream)
        if self._is_jsonl(head):
            yield from self._jsonl(stream, STDIN_NAME, "stdin")
            return
        data = read_at_most(stream, self.max_size)
        if len(data) > self.max_size:
            raise Unreadable(f"more than the size limit of {_size(self.max_size)} on standard input (see --max-size)")
        digest = hashlib.sha1(data).hexdigest()[:12]
        yield self._article(STDIN_NAME, f"stdin-{digest}", data, None)

    def _too_large(self, size: int) -> str:
        return f"file too large ({_size(size)}, the limit is {_size(self.max_size)}; see --max-size)"

    def _article(self, where: str, article_id: str, data: bytes, kind: str | None) -> Article:
        """One single-article input (text, Markdown or HTML) as an Article."""
        if not data.strip(b" \t\r\n\x0b\x0c"):
            raise Unreadable("empty file")
        declared = None
        if kind in (None, "html"):
            m = META_CHARSET.search(data[:4096])
            declared = m.group(1).decode("ascii") if m else None
        text, encoding, replaced = decode_bytes(data, declared)
        if not text.strip(BLANK):
            raise Unreadable("empty file")
        if looks_binary(text):
            raise Unreadable("binary file (mostly control characters), not text")
        if replaced:
            self.report(Problem(where, f"{replaced} bytes not valid {encoding} were replaced", skipped=False))
        if kind in (None, "txt"):
            sniffed = sniff_kind(text)
            if sniffed == "page" or (kind is None and sniffed == "html"):
                kind = "html"  # a page saved as .txt is still a page
            elif sniffed == "json" and kind is None:
                raise Unreadable("a JSON document, not JSON Lines (one object a line) nor article text")
            else:
                kind = "txt"
        if kind == "html":
            doc = html_document(text)
        elif kind == "md":
            doc = markdown_document(text)
        else:
            doc = Document(text=text)
        body = normalize_text(clean_string(doc.text))
        if not body.strip():
            raise Unreadable("empty file (only invisible characters)" if kind == "txt" else "no article text")
        title = normalize_text(clean_string(doc.title)).replace("\n", " ")
        return Article(
            id=article_id,
            text=body,
            title=title,
            date=doc.date or article_date(body),
            url=doc.url,
            source=where,
            normalized=True,
        )

    # JSON Lines

    def _jsonl(self, raw: IO[bytes] | gzip.GzipFile, where: str, base_id: str) -> Iterator[Article]:
        """Stream the records of a JSON Lines file; a bad line is reported and skipped."""
        buffered = cast(io.BufferedReader, raw if hasattr(raw, "peek") else io.BufferedReader(cast(Any, raw)))
        head = buffered.peek(SAMPLE)[:SAMPLE]
        encoding = declared_encoding(head, "JSON Lines")
        if not encoding:
            kind = binary_kind(head)
            if kind:
                raise Unreadable(f"binary file ({kind}), not JSON Lines")
            try:
                head.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError as exc:
                if exc.start >= len(head) - 4:  # a character cut by the sample's end
                    encoding = "utf-8"
                else:
                    try:
                        _, encoding, _ = decode_bytes(head)
                    except Unreadable:
                        encoding = "utf-8"
        errors = "surrogateescape" if encoding in ("utf-8", "utf-8-sig") else "replace"
        f = io.TextIOWrapper(buffered, encoding=encoding, errors=errors, newline="\n")
        bad_lines: list[int] = []
        records = 0

        def bad(number: int, message: str) -> None:
            bad_lines.append(number)
            if len(bad_lines) <= MAX_LINE_PROBLEMS:
                self.report(Problem(where, message, number))

        number = 0
        limit = self.max_size
        while True:
            number += 1
            try:
                line = f.readline(limit + 1)
            except (OSError, EOFError, zlib.error) as exc:
                reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
                raise Unreadable(f"cannot read past line {number - 1}: {reason}") from None
            if not line:
                break
            if len(line) > limit and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    try:
                        line = f.readline(1 << 20)
                    except (OSError, EOFError, zlib.error):
                        break
                bad(number, f"record too large (over the limit of {_size(limit)}; see --max-size)")
                continue
            line = line.lstrip("\ufeff")  # the byte-order mark of each file joined into this one
            if not line.strip():
                continue
            if len(line.encode("utf-8", "surrogateescape")) > limit:
                bad(number, f"record too large (over the limit of {_size(limit)}; see --max-size)")
                continue
            if ESCAPED.search(line):
                line = line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                self.report(Problem(where, "bytes not valid UTF-8 were replaced", number, skipped=False))
            article = self._record(line, where, number, base_id, bad)
            if article is not None:
                records += 1
                yield article
        if len(bad_lines) > MAX_LINE_PROBLEMS:
            rest = bad_lines[MAX_LINE_PROBLEMS:]
            self.report(Problem(where, f"{len(rest)} more bad lines skipped (lines {rest[0]}-{rest[-1]})",
                                count=len(rest)))
        if not records and not bad_lines:
            raise Unreadable("empty file")

    def _record(self, line: str, where: str, number: int, base_id: str,
                bad: Callable[[int, str], None]) -> Article | None:
        try:
            record = json.loads(line.strip())
        except RecursionError:
            bad(number, "not valid JSON (nested too deeply)")
            return None
        except ValueError as exc:
            message = getattr(exc, "msg", None) or str(exc)
            column = getattr(exc, "colno", None)
            bad(number, f"not valid JSON ({message}{f' at column {column}' if column else ''})")
            return None
        if not isinstance(record, dict):
            bad(number, f"not a JSON object but {type(record).__name__}")
            return None
        text = record.get("text")
        if text is not None and not isinstance(text, str):
            bad(number, f"record's text is not a string but {type(text).__name__}")
            return None
        body = normalize_text(clean_string(text or ""))
        if not body.strip():
            bad(number, "record has no text")
            return None
        raw_id = record.get("id")
        if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip():
            article_id = unicodedata.normalize("NFC", clean_string(str(raw_id).strip()))
        else:
            article_id = f"{base_id}-{number}"
        title = record.get("title")
        title = normalize_text(clean_string(title)).replace("\n", " ") if isinstance(title, str) else ""
        url = record.get("url")
        return Article(
            id=article_id,
            text=body,
            title=title,
            date=iso_date(record.get("date")) or article_date(body),
            url=clean_string(url) if isinstance(url, str) and url.strip() else None,
            source=f"{where}:{number}",
            normalized=True,
        )


def _identity(path: Path) -> str:
    """What tells one file from another: its real path (links to one file are one file), if it exists."""
    return os.path.realpath(path) if os.path.exists(path) else os.path.abspath(path)


# Files that describe the folder they are in, not articles: read only when named.
FOLDER_NOTES = ("readme", "license", "licence", "changelog", "contributing")


def _describes_folder(name: str) -> bool:
    """ "README.md" in a folder of articles says what they are; it is none of them.

    >>> _describes_folder("README.md"), _describes_folder("readme.txt"), _describes_folder("readme-trump.txt")
    (True, True, False)
    """
    return name.split(".")[0].lower() in FOLDER_NOTES


def input_files(paths: Iterable[str | Path], report: Report) -> list[Path | str]:
    """The files named or found (recursively, sorted) under `paths`; "-" last."""
    return Reader(report).input_files(paths)


def iter_articles(paths: Iterable[str | Path], report: Report, max_size: int = DEFAULT_MAX_SIZE,
                  stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Articles from files, folders and "-" (standard input), each problem reported."""
    return Reader(report, max_size, stdin).articles(paths)
