"""Where the extractor's data lives (`extract/data/`) and how a data file is read.

Parsing the data files is a tenth of a build's start-up, so each parsed file is kept in a cache
(`$VNKG_CACHE_DIR`, else `$XDG_CACHE_HOME/vnkg` or `~/.cache/vnkg`) and read from there while the
file keeps its size and modification time. The cache is only ever a copy: one that cannot be read
or written is passed over, and the YAML is parsed as if there were none.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"
_CACHE_FORMAT = 1  # bumped when what a cache file holds changes


def read_yaml(path: Path) -> Any:
    """The YAML document at `path`, or None when there is no such file."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    stamp = (_CACHE_FORMAT, yaml.__version__, stat.st_size, stat.st_mtime_ns)
    cached = _cache_file(path)
    if cached is not None:
        try:
            with cached.open("rb") as f:
                kept_stamp, document = pickle.load(f)
            if kept_stamp == stamp:
                return document
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError):
            pass
    with path.open(encoding="utf-8") as f:
        document = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if cached is not None:
        _keep(cached, (stamp, document))
    return document


def cache_dir() -> Path | None:
    """Where parsed data files are kept, or None when no place is known."""
    configured = os.environ.get("VNKG_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "vnkg"
    try:
        return Path.home() / ".cache" / "vnkg"
    except RuntimeError:  # no home directory to find
        return None


def _cache_file(path: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"{hashlib.sha1(str(path.resolve()).encode('utf-8')).hexdigest()}.pickle"


def _keep(cached: Path, content: Any) -> None:
    """Write `content` to `cached` whole or not at all (a temporary file renamed over it)."""
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as f:
            pickle.dump(content, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, cached)
    except (OSError, pickle.PickleError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
