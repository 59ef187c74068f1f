"""The ontology is written once (ontology/ontology.yaml) and agrees with the cue file and ONTOLOGY.md.

../shared/ONTOLOGY.md is the project's contract; its predicate table is parsed
here at run time, so a change on either side that the other does not follow fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import ontology
from ontology import ONTOLOGY, OntologyError

ROOT = Path(__file__).resolve().parents[1]
SHARED_ONTOLOGY = ROOT.parent / "shared" / "ONTOLOGY.md"
PREDICATES_YAML = ROOT / "extract" / "data" / "predicates.yaml"


def _contract_table() -> dict[str, dict]:
    """predicate -> {family, quad, symmetric} from the predicate table of ../shared/ONTOLOGY.md."""
    rows = {}
    for line in SHARED_ONTOLOGY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[3] in ("yes", "no") and cells[0] != "predicate":
            quad = "structure" if cells[2] == "—" else cells[2]  # the table writes no quad as a dash
            rows[cells[0]] = {"family": cells[1], "quad": quad, "symmetric": cells[3] == "yes"}
    return rows


def _contract_entity_types() -> list[str]:
    text = SHARED_ONTOLOGY.read_text(encoding="utf-8")
    section = text.split("## Entity types", 1)[1].split("##", 1)[0]
    return [line.split("|")[1].strip() for line in section.splitlines()
            if line.startswith("| ") and line.split("|")[1].strip().isupper()]


def test_the_ontology_agrees_with_the_contract_table():
    table = _contract_table()
    assert len(table) == 23  # the parse found the whole table
    ours = {p.name: {"family": p.family, "quad": p.quad, "symmetric": p.symmetric}
            for p in ONTOLOGY.predicates.values()}
    assert ours == table
    assert list(ONTOLOGY.predicates) == list(table)  # same order: the table's


def test_the_entity_types_are_the_contracts():
    assert list(ONTOLOGY.entity_types) == _contract_entity_types()


def test_every_predicate_has_cues_and_every_cue_entry_is_a_predicate():
    with PREDICATES_YAML.open(encoding="utf-8") as f:
        cues = yaml.safe_load(f)
    assert list(cues) == list(ONTOLOGY.predicates)


def test_families_and_quads_are_all_used_and_ordered():
    assert {p.family for p in ONTOLOGY.predicates.values()} == set(ONTOLOGY.families)
    assert {p.quad for p in ONTOLOGY.predicates.values()} == set(ONTOLOGY.quads)
    assert ONTOLOGY.quads_of("cooperation") == {"verbal cooperation", "material cooperation"}
    assert ONTOLOGY.quads["structure"].stance is None


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["predicates"]["met"].update(family="chat"), "unknown family 'chat'"),
    (lambda d: d["predicates"]["met"].update(quad="verbal"), "unknown quad 'verbal'"),
    (lambda d: d["predicates"]["met"].update(symmetric="yes"), "symmetric must be true or false"),
    (lambda d: d["predicates"]["met"].update(lable="met"), "expected the keys"),
    (lambda d: d["quads"]["structure"].update(stance="neutral"), "stance must be one of"),
    (lambda d: d.update(families=["consult", "consult"]), "distinct names"),
    (lambda d: d.pop("modalities"), "expected the keys"),
])
def test_a_broken_ontology_file_is_refused_with_the_entry_named(tmp_path, edit, message):
    doc = yaml.safe_load(ontology.ONTOLOGY_FILE.read_text(encoding="utf-8"))
    edit(doc)
    broken = tmp_path / "ontology.yaml"
    broken.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(OntologyError, match=message) as info:
        ontology.load(broken)
    assert str(broken) in str(info.value)


def test_the_lexicon_refuses_cues_for_a_predicate_the_ontology_lacks(tmp_path):
    from extract.lexicon import DATA_DIR, Lexicon

    for path in DATA_DIR.rglob("*.yaml"):
        target = tmp_path / path.relative_to(DATA_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    with (tmp_path / "predicates.yaml").open("a", encoding="utf-8") as f:
        f.write("befriends:\n  cues: [kết bạn với]\n")
    with pytest.raises(ValueError, match="'befriends' is not a predicate of the ontology"):
        Lexicon.load(tmp_path)
