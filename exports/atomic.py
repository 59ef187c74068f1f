"""Write files so that a reader never sees half of one.

Each new content goes to a hidden temporary file in the same folder (written
whole from a string, or streamed by a writer function, so that a large file is
never held in memory), is flushed to disk, and replaces the old file with one
`os.replace`. `write_all` stages
every file before it renames any, so a run killed or failing before the renames
leaves every old file untouched; each rename is atomic, so no file is ever
half-written. A kill leaves at most hidden `.NAME.*.tmp` files behind.

>>> import tempfile; folder = Path(tempfile.mkdtemp())
>>> [p.name for p in write_all({folder / "a.txt": "một", folder / "b.txt": b"hai"})]
['a.txt', 'b.txt']
>>> (folder / "a.txt").read_text(encoding="utf-8"), sorted(p.name for p in folder.iterdir())
('một', ['a.txt', 'b.txt'])
"""
from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

Writer = Callable[[BinaryIO], None]  # writes a file's content, piece by piece, to the binary file it is given
Content = str | bytes | Writer


def stage(path: Path, data: Content) -> str:
    """Write `data` (text as UTF-8, or what a writer writes) to a temporary file beside `path`, flushed
    to disk; return its name.

    The file gets the mode the old `path` had, else the usual one for new files
    (0666 less the umask), not the private mode temporary files are made with.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            if callable(data):
                data(f)
            else:
                f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def temporaries(path: Path) -> list[Path]:
    """The temporary files `stage` made for `path` and that are still there (a killed writer leaves them)."""
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))


def write_all(files: Mapping[Path, Content]) -> list[Path]:
    """Replace each file with its data: all are staged first, in the order given, then renamed in that order.

    Put the file that vouches for the others (a manifest) last: its writer runs
    after theirs. Temporary files are removed whatever happens, an interrupt included.
    """
    paths = [Path(p) for p in files]
    for folder in dict.fromkeys(p.parent for p in paths):
        folder.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in zip(paths, files.values()):
            staged.append((stage(path, data), path))
        for tmp, path in staged:
            os.replace(tmp, path)
        for folder in dict.fromkeys(p.parent for p in paths):
            _fsync_dir(folder)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
    return paths


def atomic_write(path: str | Path, data: Content) -> Path:
    """Replace `path` with `data` atomically; return the path."""
    return write_all({Path(path): data})[0]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the renames in `folder` durable (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
