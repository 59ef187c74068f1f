"""Article ids for files: the file name without its extension, unless another input shares it.

Files that share a name (`2017-01/index.txt`, `2017-02/index.txt`) get their
path below the folder they have in common, without the extension
(`2017-01/index`, `2017-02/index`); files that also share that folder keep the
extension (`a/x.md`, `a/x.txt`). The ids depend only on the paths of the files
read together, never on the order they are named or listed in, so the same
inputs give the same ids in every run. A unique name keeps its plain id
(`000_a6d6cd0133890d28.txt` is `000_a6d6cd0133890d28`).
"""
from __future__ import annotations

import os
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path, PurePath

JSONL_GZ = ".jsonl.gz"


def _valid(name: str) -> str:
    """A file name as valid Unicode in NFC (bytes that are not UTF-8 become U+FFFD)."""
    return unicodedata.normalize("NFC", os.fsencode(name).decode("utf-8", "replace"))


def suffix(path: PurePath) -> str:
    """The extension that tells a file's format, lower case: ".txt", ".jsonl.gz".

    >>> suffix(PurePath("a/B.JSONL.gz")), suffix(PurePath("a/b.Txt"))
    ('.jsonl.gz', '.txt')
    """
    name = path.name.lower()
    return JSONL_GZ if name.endswith(JSONL_GZ) else path.suffix.lower()


def stem(path: PurePath) -> str:
    """The file name without its extension, as valid Unicode.

    >>> stem(PurePath("x/Hòa bình.jsonl.gz")), stem(PurePath(".txt"))
    ('Hòa bình', '.txt')
    """
    name = path.name
    ext = suffix(path)
    base = name[: -len(ext)] if ext and name.lower().endswith(ext) else path.stem
    return _valid(base) or _valid(name)


def file_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """The article id of each file read together: its stem, or its path where stems collide.

    >>> ids = file_ids([Path("/c/2017-01/index.txt"), Path("/c/2017-02/index.txt"), Path("/c/a.txt")])
    >>> [ids[Path(p)] for p in ("/c/2017-01/index.txt", "/c/2017-02/index.txt", "/c/a.txt")]
    ['2017-01/index', '2017-02/index', 'a']
    >>> sorted(file_ids([Path("/c/x.md"), Path("/c/x.txt"), Path("/c/sub/x.txt")]).values())
    ['sub/x', 'x.md', 'x.txt']
    """
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        by_stem[stem(path)].append(path)
    ids: dict[Path, str] = {}
    for name, group in by_stem.items():
        if len(group) == 1:
            ids[group[0]] = name
            continue
        absolute = [Path(os.path.abspath(p)) for p in group]
        common = Path(os.path.commonpath([p.parent for p in absolute]))
        below = {p: a.relative_to(common) for p, a in zip(group, absolute)}
        candidates = {p: _joined(rel.parent, name) for p, rel in below.items()}
        shared = Counter(candidates.values())
        for p, rel in below.items():
            ids[p] = candidates[p] if shared[candidates[p]] == 1 else _joined(rel.parent, _valid(rel.name))
    return ids


def _joined(folder: PurePath, name: str) -> str:
    return "/".join([*(_valid(part) for part in folder.parts), name])
