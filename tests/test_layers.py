"""The shape of the code: data flows one way, modules stay small, the query API stays light.

    ontology -> ingest -> extract -> graph -> exports -> vnkg

A package may import the ones before it in the flow, never one after it. Every
import statement of every module counts, those inside functions included.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOW = ("ontology", "ingest", "extract", "graph", "exports", "vnkg")
MAX_LINES = 500
# Modules over MAX_LINES that are being split elsewhere (extract internals: the lead's line of work).
TOO_LONG_FOR_NOW = {"extract/mentions.py"}


def imported_packages(source: str) -> set[str]:
    """The top-level names of the absolute imports in `source` (relative imports stay in their package).

    >>> sorted(imported_packages("import graph.build\\nfrom .x import y\\ndef f():\\n    from vnkg import cli"))
    ['graph', 'vnkg']
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def modules() -> list[tuple[str, Path]]:
    return [(package, path) for package in FLOW for path in sorted((ROOT / package).rglob("*.py"))]


def upward_imports(package: str, source: str) -> list[str]:
    rank = FLOW.index(package)
    return sorted(p for p in imported_packages(source) if p in FLOW and FLOW.index(p) > rank)


def test_every_package_is_found():
    found = {package for package, _ in modules()}
    assert found == set(FLOW)
    assert len(modules()) > 30


def test_no_package_imports_one_above_it_in_the_flow():
    wrong = {}
    for package, path in modules():
        above = upward_imports(package, path.read_text(encoding="utf-8"))
        if above:
            wrong[str(path.relative_to(ROOT))] = above
    assert wrong == {}


@pytest.mark.parametrize("package, source, above", [
    ("graph", "from exports.jsonfile import read_json", ["exports"]),
    ("extract", "def f():\n    import graph.build", ["graph"]),
    ("ingest", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from extract.types import Entity", ["extract"]),
    ("vnkg", "from graph import parallel\nfrom ontology import ONTOLOGY", []),
    ("ontology", "from . import schema", []),
])
def test_the_check_sees_upward_imports_wherever_they_are(package, source, above):
    assert upward_imports(package, source) == above


def test_modules_stay_small():
    long = {str(path.relative_to(ROOT)) for _, path in modules()
            if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES}
    assert long <= TOO_LONG_FOR_NOW, long - TOO_LONG_FOR_NOW


def test_importing_the_query_api_loads_no_nlp_model_library():
    code = ("import sys, vnkg\n"
            "from vnkg import KnowledgeGraph\n"
            "print(sorted(m for m in ('spacy', 'underthesea', 'torch', 'trafilatura') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
