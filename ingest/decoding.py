"""Bytes to text: encodings, byte-order marks and the signatures of binary files.

`decode_bytes` decodes a text file from UTF-8 (with or without BOM), UTF-16/32
(BOM or not) or the legacy Windows-1258 code page; other legacy code pages are
guessed by charset-normalizer. Binary data raises `Unreadable`.
"""
from __future__ import annotations

import codecs
import re
import unicodedata


class Unreadable(Exception):
    """A whole input cannot be used; the message says why."""


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
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
SAMPLE = 1 << 16
BLANK = " \t\r\n\x0b\x0c\ufeff\u200b\u00a0"
_SURROGATE = re.compile("[\ud800-\udfff]")
ESCAPED = re.compile("[\udc80-\udcff]")  # bytes not valid UTF-8, kept by surrogateescape


def binary_kind(head: bytes) -> str | None:
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


def declared_encoding(head: bytes, what: str) -> str | None:
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
    head = data[:SAMPLE]
    encoding = declared_encoding(head, "text")
    if encoding:
        try:
            return data.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            if encoding == "utf-8-sig":
                text = data.decode(encoding, errors="replace")
                return text, encoding, text.count("\ufffd")
            # a zero-heavy file that is not UTF-16 after all: judge it as bytes below
    kind = binary_kind(head)
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


def looks_binary(text: str) -> bool:
    """Decoded text that is mostly control characters came from binary data."""
    sample = text[:SAMPLE]
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
