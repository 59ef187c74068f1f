"""Where the extractor's data lives (`extract/data/`) and how a data file is read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


def read_yaml(path: Path) -> Any:
    """The YAML document at `path`, or None when there is no such file."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
