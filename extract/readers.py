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
legacy Windows-1258 code page (other legacy code pages by charset detection),
then normalised (`normalize.normalize_text`: NFC, the press's tone placement).
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import logging
import os
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .dates import article_date, iso_date
from .normalize import normalize_text
from .types import Article

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


class Unreadable(Exception):
    """A whole input cannot be used; the message says why."""


# --- decoding ---------------------------------------------------------------

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip data (only .jsonl.gz is read compressed)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Letters only Vietnamese writes, and the tone marks Windows-1258 keeps apart.
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_SAMPLE = 1 << 16
_BLANK = " \t\r\n\x0b\x0c\ufeff\u200b\u00a0"
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes not valid UTF-8, kept by surrogateescape


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "it holds NUL bytes"
    return None


def _bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """utf-16-le/-be when every other byte is mostly zero (text with Latin letters)."""
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few stray bytes (common in scraped pages): the text with them replaced."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if bad > 0 and wide >= 10 * bad:
        return text, bad
    return None


def _declared_encoding(head: bytes, what: str) -> str | None:
    """The encoding a byte-order mark or a UTF-16 pattern declares; a known binary signature is refused."""
    encoding = _bom_encoding(head)
    if not encoding:
        for magic, kind in _MAGIC:
            if head.startswith(magic):
                raise Unreadable(f"binary file ({kind}), not {what}")
        encoding = _utf16_without_bom(head)
    return encoding


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str, int]:
    """Decode the bytes of a text file: (text, encoding, number of bytes replaced).

    Raises `Unreadable` for binary data and text in no encoding we can tell.

    >>> decode_bytes("Hòa bình".encode("utf-16"))[:2]
    ('Hòa bình', 'utf-16')
    >>> decode_bytes(b"Ho\\xcca bi\\xccnh")[1]
    'cp1258'
    """
    head = data[:_SAMPLE]
    encoding = _declared_encoding(head, "text")
    if encoding:
        try:
            return data.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            if encoding == "utf-8-sig":
                text = data.decode(encoding, errors="replace")
                return text, encoding, text.count("\ufffd")
            # a zero-heavy file that is not UTF-16 after all: judge it as bytes below
    kind = _binary_kind(head)
    if kind:
        raise Unreadable(f"binary file ({kind}), not text")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired:
        return repaired[0], "utf-8", repaired[1]
    declared = _known_codec(declared)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared), declared, 0
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1258")
        if _VIETNAMESE.search(text):
            return text, "cp1258", 0
    except UnicodeDecodeError:
        pass
    best = _charset_guess(head)
    if best:
        text = data.decode(best, errors="replace")
        return text, best, text.count("\ufffd")
    raise Unreadable("not text in UTF-8, UTF-16 or Windows-1258 (unknown encoding or binary data)")


def _charset_guess(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    match = from_bytes(sample).best()
    return _known_codec(match.encoding) if match else None


def _looks_binary(text: str) -> bool:
    """Decoded text that is mostly control characters came from binary data."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls > 0.05 * len(sample)


def clean_string(value: str) -> str:
    """`value` without lone surrogates (JSON can encode them, UTF-8 cannot).

    >>> clean_string("a\\ud800b")
    'a\\ufffdb'
    """
    return _SURROGATE.sub("\ufffd", value)


# --- formats ----------------------------------------------------------------


@dataclass
class Document:
    """The text of one single-article input, before it becomes an Article."""

    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None


def html_document(html: str) -> Document:
    """The main article text of an HTML page, by trafilatura (menus, footers, scripts dropped)."""
    import trafilatura

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses an encoding declaration in a str
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml on malformed pages
        raise Unreadable(f"cannot parse the HTML page ({type(exc).__name__}: {exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise Unreadable("no article text found in the HTML page")
    title = (doc.title or "").strip()
    lines = text.split("\n")
    if title and normalize_text(lines[0]) == normalize_text(title):
        text = "\n".join(lines[1:]).strip() or text  # the headline repeated as the first line
    return Document(text=text, title=title, date=iso_date(doc.date), url=doc.url or None)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def markdown_document(source: str) -> Document:
    """The plain text of a Markdown article: links keep their text, images and code go.

    >>> d = markdown_document("# Nga và Mỹ\\n\\nÔng **Lavrov** gặp [ông Blinken](https://x.vn).\\n\\n![ảnh](a.jpg)")
    >>> d.title, d.text
    ('Nga và Mỹ', 'Ông Lavrov gặp ông Blinken.')
    """
    from markdown_it import MarkdownIt

    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(source)
    if m:
        for line in m.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        source = source[m.end():]
    tokens = MarkdownIt("commonmark").parse(source)
    lines: list[str] = []
    title = meta.get("title", "")
    heading = None
    for token in tokens:
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "inline":
            parts = []
            for child in token.children or []:  # images and inline HTML are left out
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type == "softbreak":
                    parts.append(" ")
                elif child.type == "hardbreak":
                    parts.append("\n")
            line = "".join(parts).strip()
            if not line:
                continue
            if heading == "h1" and not title and not lines:
                title = line
            else:
                lines.append(line)
    return Document(text="\n".join(lines), title=title, date=iso_date(meta.get("date")), url=meta.get("url") or None)


def _sniff_kind(text: str) -> str:
    """What a text holds by its look: json (a whole JSON document), html (a page) or txt.

    "page" is a page that says so in its first tag; "html" a fragment that starts with a tag.
    """
    start = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if start.startswith(("{", "[")):
        try:
            if isinstance(json.loads(text), (dict, list)):
                return "json"
        except (ValueError, RecursionError):
            pass
        return "txt"
    if start.startswith(("<!doctype html", "<html", "<?xml")):
        return "page"
    if re.match(r"<(head|body|article|div|p|section|main|h1|meta|title)\b", start):
        return "html"
    return "txt"


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}".replace(".0 ", " ")
        n /= 1024
    return str(n)  # pragma: no cover


def _file_id(path: Path) -> str:
    """An article id from a file name: the name without its extension, as valid Unicode."""
    name = path.name
    suffix = _suffix(path)
    stem = name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else path.stem
    stem = os.fsencode(stem).decode("utf-8", "replace")
    return unicodedata.normalize("NFC", stem) or name


# --- the reader -------------------------------------------------------------


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
                        found.setdefault(os.path.realpath(child), child)
                elif path.is_file():
                    found.setdefault(os.path.realpath(path), path)
                elif path.exists():
                    self.report(Problem(str(path), "not a regular file or folder"))
                elif path.is_symlink():
                    self.report(Problem(str(path), "broken symbolic link"))
                else:
                    self.report(Problem(str(path), "no such file or folder"))
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
                if _suffix(child) in SUFFIXES:
                    yield child
                else:
                    self.ignored += 1

    # files -> articles

    def articles(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        for path in self.input_files(paths):
            self.files += 1
            if path == STDIN:
                yield from self._guarded(STDIN_NAME, self._stdin_articles)
            else:
                yield from self._guarded(str(path), lambda p=path: self._file_articles(p))

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

    def _file_articles(self, path: Path) -> Iterator[Article]:
        suffix = _suffix(path)
        if suffix in JSONL_SUFFIXES:
            opener = gzip.open if suffix == ".jsonl.gz" else open
            with opener(path, "rb") as f:
                yield from self._jsonl(f, str(path), _file_id(path))
            return
        size = path.stat().st_size
        if size > self.max_size:
            raise Unreadable(self._too_large(size))
        with open(path, "rb") as f:
            if suffix not in SUFFIXES:
                head = f.read(_SAMPLE)
                f.seek(0)
                if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and self._is_jsonl_head(head):
                    yield from self._jsonl(f, str(path), _file_id(path))
                    return
            data = f.read(self.max_size + 1)
        if len(data) > self.max_size:
            raise Unreadable(self._too_large(len(data)))
        kind = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".txt": "txt"}.get(suffix)
        yield self._article(str(path), _file_id(path), data, kind)

    @staticmethod
    def _is_jsonl_head(head: bytes) -> bool:
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            return isinstance(json.loads(first), dict)
        except ValueError:
            return False

    def _stdin_articles(self) -> Iterator[Article]:
        stream = self.stdin
        if stream is None:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:
                raise Unreadable("no standard input to read")
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)  # type: ignore[arg-type]
        head = stream.peek(_SAMPLE)[:_SAMPLE]
        if head.startswith(b"\x1f\x8b"):
            yield from self._jsonl(gzip.GzipFile(fileobj=stream, mode="rb"), STDIN_NAME, "stdin")
            return
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and self._is_jsonl_head(head):
            yield from self._jsonl(stream, STDIN_NAME, "stdin")
            return
        data = stream.read(self.max_size + 1)
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
            m = _META_CHARSET.search(data[:4096])
            declared = m.group(1).decode("ascii") if m else None
        text, encoding, replaced = decode_bytes(data, declared)
        if not text.strip(_BLANK):
            raise Unreadable("empty file")
        if _looks_binary(text):
            raise Unreadable("binary file (mostly control characters), not text")
        if replaced:
            self.report(Problem(where, f"{replaced} bytes not valid {encoding} were replaced", skipped=False))
        if kind in (None, "txt"):
            sniffed = _sniff_kind(text)
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
        )

    # JSON Lines

    def _jsonl(self, raw: IO[bytes], where: str, base_id: str) -> Iterator[Article]:
        """Stream the records of a JSON Lines file; a bad line is reported and skipped."""
        buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
        head = buffered.peek(_SAMPLE)[:_SAMPLE]
        if not head.strip():
            raise Unreadable("empty file")
        encoding = _declared_encoding(head, "JSON Lines")
        if not encoding:
            kind = _binary_kind(head)
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
        base_id = base_id.split(".")[0]
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
            if number == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            if len(line.encode("utf-8", "surrogateescape")) > limit:
                bad(number, f"record too large (over the limit of {_size(limit)}; see --max-size)")
                continue
            if _ESCAPED.search(line):
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
        )


def input_files(paths: Iterable[str | Path], report: Report) -> list[Path | str]:
    """The files named or found (recursively, sorted) under `paths`; "-" last."""
    return Reader(report).input_files(paths)


def iter_articles(paths: Iterable[str | Path], report: Report, max_size: int = DEFAULT_MAX_SIZE,
                  stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Articles from files, folders and "-" (standard input), each problem reported."""
    return Reader(report, max_size, stdin).articles(paths)
