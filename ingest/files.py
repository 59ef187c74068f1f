"""Opening inputs safely: regular files only, bounded reads, and the head a format is told by.

`not_regular` tells why a path is no file to read; `open_regular` never blocks
on a named pipe or a device (also one that replaced a file after the folder was
listed); `read_at_most` reads no
more than a bound and allocates only what it reads (so a bound larger than
memory still reads small files); `skip_blank` and `whole_first_line` read the
first content of a stream past any blank lines, to tell its format by, and
`Prefixed` gives back what was read, so that standard input can be sniffed and
then read whole.
"""
from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import IO

from .decoding import Unreadable

BLANK_BYTES = b" \t\r\n"
UTF8_BOM = b"\xef\xbb\xbf"
CHUNK = 1 << 20

_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is ("a named pipe", ...); None for a regular file.

    >>> special_kind(stat.S_IFIFO), special_kind(stat.S_IFREG)
    ('a named pipe', None)
    """
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def not_regular(path: Path) -> str | None:
    """Why `path` is not a regular file to read ("broken symbolic link", "not a regular file (a socket)", ...);
    None when it is one. An error other than a missing file is raised.
    """
    try:
        kind = special_kind(os.stat(path).st_mode)
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file or folder"
    return f"not a regular file ({kind})" if kind else None


def open_regular(path: Path) -> IO[bytes]:
    """`path` opened for reading in binary, if it is a regular file; `Unreadable` otherwise.

    Opened without blocking, so that a named pipe that no one writes to is
    refused instead of waiting forever (also if it replaced the file after the
    folder was listed).
    """
    reason = not_regular(path)
    if reason:
        raise Unreadable(reason)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind:
            raise Unreadable(f"not a regular file ({kind})")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_at_most(stream: IO[bytes], limit: int) -> bytes:
    """Up to `limit + 1` bytes of `stream`, read in chunks: one byte more than `limit` means "too large".

    >>> len(read_at_most(io.BytesIO(b"abc"), 10**15)), read_at_most(io.BytesIO(b"abcdef"), 3)
    (3, b'abcd')
    """
    parts: list[bytes] = []
    left = limit + 1
    while left > 0:
        part = stream.read(min(CHUNK, left))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def skip_blank(stream: IO[bytes], keep: int) -> tuple[bytes, bytes]:
    """Read past the blank start of `stream`: (the blank bytes, the first bytes of content after them).

    Blank bytes are ASCII whitespace, after a UTF-8 byte-order mark kept with
    them; past `keep` of them only their newlines are kept, so that line numbers
    stay right without holding a file of blanks in memory. Both parts have been
    read from `stream`; the content is what one read gave (empty at the end).

    >>> skip_blank(io.BytesIO(b"\\n\\n  {}\\nrest"), 100)
    (b'\\n\\n  ', b'{}\\nrest')
    >>> skip_blank(io.BytesIO(b" \\n" * 5 + b"x"), 4)
    (b'\\n\\n\\n\\n\\n', b'x')
    """
    blank = bytearray()
    newlines = 0
    overflow = False
    head = b""
    at_start = True
    while not head:
        chunk = _some(stream, CHUNK)
        if not chunk:
            break
        if at_start and chunk.startswith(UTF8_BOM):
            blank += UTF8_BOM
            chunk = chunk[len(UTF8_BOM):]
        at_start = False
        head = chunk.lstrip(BLANK_BYTES)
        skipped = chunk[: len(chunk) - len(head)]
        newlines += skipped.count(b"\n")
        overflow = overflow or len(blank) + len(skipped) > keep
        if not overflow:
            blank += skipped
    if overflow:
        blank = bytearray(UTF8_BOM if blank.startswith(UTF8_BOM) else b"") + b"\n" * newlines
    return bytes(blank), head


def whole_first_line(stream: IO[bytes], head: bytes, limit: int) -> bytes:
    """`head` read on from `stream` until it holds a whole first line, or `limit` bytes.

    >>> whole_first_line(io.BytesIO(b"cd\\nef"), b"ab", 100)
    b'abcd\\nef'
    """
    parts = [head]
    size = len(head)
    whole = b"\n" in head
    while not whole and size < limit:
        part = _some(stream, min(CHUNK, limit - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
        whole = b"\n" in part
    return b"".join(parts)


def _some(stream: IO[bytes], size: int) -> bytes:
    """Up to `size` bytes, as many as are there: a pipe fed slowly is not waited on for all of them."""
    return getattr(stream, "read1", stream.read)(size)


class Prefixed(io.RawIOBase):
    """A stream that reads `prefix` first, then the rest of `stream`: what was read to sniff, read again."""

    def __init__(self, prefix: bytes, stream: IO[bytes]):
        self.prefix = memoryview(prefix)
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self.prefix:
            n = min(len(buffer), len(self.prefix))
            buffer[:n] = self.prefix[:n]
            self.prefix = self.prefix[n:]
            return n
        data = _some(self.stream, len(buffer))
        buffer[: len(data)] = data
        return len(data)
