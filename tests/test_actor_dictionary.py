"""Lint for the actor dictionary (extract/data/actors/*.yaml) and titles.yaml.

Reads the YAML with yaml.safe_load only (no project code), so a broken data file is
reported here with the record that breaks it rather than deep inside the extractor.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"
ACTORS = DATA / "actors"

# file stem -> the one entity type its records carry
FILE_TYPES = {
    "countries": "COUNTRY",
    "places": "LOCATION",
    "organizations": "ORGANIZATION",
    "people": "PERSON",
    "groups": "GROUP",
    "issues": "ISSUE",
}
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "GROUP", "ISSUE"}
ID_PREFIX = {
    "COUNTRY": "country",
    "LOCATION": "place",
    "ORGANIZATION": "org",
    "PERSON": "person",
    "GROUP": "group",
    "ISSUE": "issue",
}
ID_PATTERN = {
    "country": re.compile(r"^country:(?:[A-Z]{2}|[A-Z]{4})$"),
    "other": re.compile(r"^(?:place|org|person|group|issue):[a-z0-9]+(?:_[a-z0-9]+)*$"),
}
ALLOWED_KEYS = {
    "countries": {"id", "wikidata", "type", "label", "aliases"},
    "places": {"id", "wikidata", "type", "label", "aliases", "country", "metonym_for", "broad"},
    "organizations": {"id", "wikidata", "type", "label", "aliases", "country", "metonym_for", "seat_of", "home_aliases"},
    "people": {"id", "wikidata", "type", "label", "aliases", "roles"},
    "groups": {"id", "wikidata", "type", "label", "aliases", "country"},
    "issues": {"id", "wikidata", "type", "label", "aliases", "of_owner"},
}
ROLE_KEYS = {"role", "of", "start", "end"}
# Old-school tone placement on open oa/oe/uy syllables ("hoà", "thoả", "Thuỵ"); the press
# and ingest/normalize.py write "hòa", "thỏa", "Thụy". Checked on the NFD form.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
OLD_TONE = re.compile(
    rf"(?<![qQ])[oO][aAeE][{_TONES}](?![\w\u0300-\u036f])|(?<![qQ])[uU][yY][{_TONES}](?![\w\u0300-\u036f])"
)


def _load(path: Path):
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="module")
def records():
    """[(file stem, record)] for every actor record."""
    out = []
    for stem in FILE_TYPES:
        path = ACTORS / f"{stem}.yaml"
        assert path.exists(), f"missing {path}"
        doc = _load(path)
        assert isinstance(doc, list) and doc, f"{path.name}: must be a non-empty YAML list"
        for row in doc:
            assert isinstance(row, dict), f"{path.name}: every item must be a mapping, got {row!r}"
            out.append((stem, row))
    return out


@pytest.fixture(scope="module")
def titles_doc():
    doc = _load(DATA / "titles.yaml")
    assert isinstance(doc, dict), "titles.yaml must be a mapping"
    return doc


@pytest.fixture(scope="module")
def ids(records):
    return {row.get("id") for _, row in records}


def _where(stem, row):
    return f"{stem}.yaml:{row.get('id')}"


def _clean_string(value) -> bool:
    return (
        isinstance(value, str)
        and value.strip() != ""
        and value == value.strip()
        and "  " not in value
        and "\n" not in value
        and unicodedata.normalize("NFC", value) == value
    )


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def test_ids_unique_and_well_formed(records):
    seen = {}
    problems = []
    for stem, row in records:
        rid = row.get("id")
        if not isinstance(rid, str):
            problems.append(f"{stem}.yaml: record without string id: {row!r}")
            continue
        if rid in seen:
            problems.append(f"{rid}: duplicate id ({seen[rid]}.yaml and {stem}.yaml)")
        seen[rid] = stem
        prefix = rid.split(":", 1)[0]
        pattern = ID_PATTERN["country"] if prefix == "country" else ID_PATTERN["other"]
        if not pattern.match(rid):
            problems.append(f"{rid}: malformed id")
        if ID_PREFIX.get(row.get("type")) != prefix:
            problems.append(f"{rid}: id prefix does not match type {row.get('type')}")
    assert not problems, "\n".join(problems)


def test_types_valid_and_match_file(records):
    problems = []
    for stem, row in records:
        if row.get("type") not in TYPES:
            problems.append(f"{_where(stem, row)}: invalid type {row.get('type')!r}")
        elif row["type"] != FILE_TYPES[stem]:
            problems.append(f"{_where(stem, row)}: type {row['type']} does not belong in {stem}.yaml")
    assert not problems, "\n".join(problems)


def test_only_known_fields(records):
    problems = []
    for stem, row in records:
        extra = set(row) - ALLOWED_KEYS[stem]
        if extra:
            problems.append(f"{_where(stem, row)}: unknown field(s) {sorted(extra)}")
    assert not problems, "\n".join(problems)


def test_wikidata_format_and_unique(records):
    seen = {}
    problems = []
    for stem, row in records:
        if "wikidata" not in row:
            continue
        qid = row["wikidata"]
        if not (isinstance(qid, str) and re.fullmatch(r"Q[1-9][0-9]*", qid)):
            problems.append(f"{_where(stem, row)}: bad wikidata id {qid!r}")
            continue
        if qid in seen:
            problems.append(f"{_where(stem, row)}: wikidata {qid} also on {seen[qid]}")
        seen[qid] = row["id"]
    assert not problems, "\n".join(problems)


def test_labels_and_aliases_are_clean_strings(records):
    problems = []
    for stem, row in records:
        where = _where(stem, row)
        if not _clean_string(row.get("label")):
            problems.append(f"{where}: label must be a non-empty, stripped, NFC string: {row.get('label')!r}")
        aliases = row.get("aliases")
        if not isinstance(aliases, list) or not aliases:
            problems.append(f"{where}: aliases must be a non-empty list")
            continue
        for alias in aliases:
            if not _clean_string(alias):
                problems.append(f"{where}: bad alias {alias!r} (non-empty, stripped, NFC string)")
            elif OLD_TONE.search(unicodedata.normalize("NFD", alias)):
                problems.append(f"{where}: alias {alias!r} uses old tone placement (write hòa/thỏa/Thụy)")
    assert not problems, "\n".join(problems)


def test_no_alias_points_to_two_ids(records):
    """Labels count too: the loader indexes every label as an alias."""
    owners = defaultdict(set)
    for _, row in records:
        for name in [row.get("label"), *(row.get("aliases") or [])]:
            if isinstance(name, str):
                owners[_fold(name)].add(row["id"])
    clashes = {name: sorted(who) for name, who in owners.items() if len(who) > 1}
    assert not clashes, "aliases shared by several ids:\n" + "\n".join(
        f"  {name!r}: {who}" for name, who in sorted(clashes.items())
    )


def test_references_exist(records, ids):
    problems = []
    for stem, row in records:
        where = _where(stem, row)
        for key in ("metonym_for", "country"):
            if key in row:
                ref = row[key]
                if ref not in ids:
                    problems.append(f"{where}: {key} -> unknown id {ref!r}")
                elif ref == row["id"]:
                    problems.append(f"{where}: {key} points at itself")
        if "country" in row and isinstance(row["country"], str) and not row["country"].startswith("country:"):
            problems.append(f"{where}: country must be a country:XX id, got {row['country']!r}")
    assert not problems, "\n".join(problems)


def test_person_roles(records, ids):
    problems = []
    for stem, row in records:
        if row.get("type") != "PERSON":
            if "roles" in row:
                problems.append(f"{_where(stem, row)}: only PERSON records have roles")
            continue
        roles = row.get("roles", [])
        if roles is None or not isinstance(roles, list):
            problems.append(f"{_where(stem, row)}: roles must be a list")
            continue
        for role in roles:
            where = f"{_where(stem, row)} role {role!r}"
            if not isinstance(role, dict):
                problems.append(f"{where}: must be a mapping")
                continue
            if set(role) - ROLE_KEYS:
                problems.append(f"{where}: unknown key(s) {sorted(set(role) - ROLE_KEYS)}")
            if not _clean_string(role.get("role")):
                problems.append(f"{where}: role must be a non-empty string")
            if role.get("of") not in ids:
                problems.append(f"{where}: of -> unknown id {role.get('of')!r}")
            start, end = role.get("start"), role.get("end")
            if not (isinstance(start, int) and not isinstance(start, bool) and 1900 <= start <= 2030):
                problems.append(f"{where}: start must be an integer year")
            if end is not None:
                if not (isinstance(end, int) and not isinstance(end, bool) and 1900 <= end <= 2030):
                    problems.append(f"{where}: end must be an integer year")
                elif isinstance(start, int) and end < start:
                    problems.append(f"{where}: end before start")
    assert not problems, "\n".join(problems)


def test_role_owners_can_hold_office(records):
    """A role is held in a state, a body, a place (a city's mayor) or a self-proclaimed entity."""
    types = {row.get("id"): row.get("type") for _, row in records}
    problems = []
    for stem, row in records:
        seen = set()
        for role in row.get("roles") or []:
            if not isinstance(role, dict):
                continue
            if types.get(role.get("of")) not in ("COUNTRY", "ORGANIZATION", "LOCATION", "GROUP"):
                problems.append(f"{_where(stem, row)}: role {role.get('role')!r} held in a {types.get(role.get('of'))}")
            key = (role.get("role"), role.get("of"), role.get("start"))
            if key in seen:
                problems.append(f"{_where(stem, row)}: role {key} listed twice")
            seen.add(key)
    assert not problems, "\n".join(problems)


def test_person_aliases_carry_no_title(records, titles_doc):
    """ "Tổng thống X" is a title and a name, never an alias: the extractor strips titles before
    it looks a name up. One-word titles keep their case ("Phó" the title, not "phó")."""
    titles = [row["vi"] for row in titles_doc.get("titles", []) if isinstance(row, dict) and isinstance(row.get("vi"), str)]
    problems = []
    for stem, row in records:
        if row.get("type") != "PERSON":
            continue
        for alias in row.get("aliases") or []:
            for vi in titles:
                one_word = len(vi.split()) == 1
                if (alias.startswith(vi + " ") if one_word else _fold(alias).startswith(_fold(vi) + " ")):
                    problems.append(f"{_where(stem, row)}: alias {alias!r} starts with the title {vi!r}")
    assert not problems, "\n".join(problems)


def test_titles(titles_doc, ids):
    problems = []
    titles = titles_doc.get("titles")
    assert isinstance(titles, list) and titles, "titles.yaml: titles must be a non-empty list"
    seen = {}
    for row in titles:
        if not isinstance(row, dict):
            problems.append(f"title {row!r}: must be a mapping")
            continue
        if set(row) - {"vi", "role", "role_by_country", "office", "of"}:
            problems.append(f"title {row!r}: unknown key(s)")
        if "of" in row and row["of"] not in ids:
            problems.append(f"title {row['vi']!r}: of -> unknown id {row['of']!r}")
        if not _clean_string(row.get("vi")) or not _clean_string(row.get("role")):
            problems.append(f"title {row!r}: vi and role must be non-empty NFC strings")
            continue
        key = _fold(row["vi"])
        if key in seen and seen[key] != row["role"]:
            problems.append(f"title {row['vi']!r}: listed twice with different roles")
        seen[key] = row["role"]
        by_country = row.get("role_by_country")
        if by_country is not None:
            if not isinstance(by_country, dict) or not by_country:
                problems.append(f"title {row['vi']!r}: role_by_country must be a non-empty mapping")
                continue
            for ref, role in by_country.items():
                if ref not in ids:
                    problems.append(f"title {row['vi']!r}: role_by_country -> unknown id {ref!r}")
                if not _clean_string(role):
                    problems.append(f"title {row['vi']!r}: role_by_country[{ref}] must be a string")
    honorifics = titles_doc.get("honorifics")
    assert isinstance(honorifics, list) and honorifics, "titles.yaml: honorifics must be a non-empty list"
    for h in honorifics:
        if not _clean_string(h):
            problems.append(f"honorific {h!r}: must be a non-empty NFC string")
    modifiers = titles_doc.get("modifiers")
    assert isinstance(modifiers, dict) and modifiers, "titles.yaml: modifiers must be a mapping"
    for vi, en in modifiers.items():
        if not _clean_string(vi) or not _clean_string(en):
            problems.append(f"modifier {vi!r}: {en!r}: must be non-empty strings")
    assert {"cựu", "tân", "quyền", "đương kim", "nguyên"} <= set(modifiers), "missing core modifiers"
    assert not problems, "\n".join(problems)


def test_no_title_or_honorific_is_an_alias(records, titles_doc):
    """A title is never a name. Honorifics are compared with first-letter case, as aliases
    are matched: the honorific "anh" (brother) is not the country alias "Anh" (UK)."""
    alias_owner = {}
    for _, row in records:
        for name in [row.get("label"), *(row.get("aliases") or [])]:
            if isinstance(name, str):
                alias_owner.setdefault(_fold(name), []).append((name, row["id"]))
    problems = []
    for row in titles_doc.get("titles", []):
        vi = row.get("vi")
        if isinstance(vi, str) and _fold(vi) in alias_owner:
            problems.append(f"title {vi!r} is an alias of {[o for _, o in alias_owner[_fold(vi)]]}")
    for h in titles_doc.get("honorifics", []):
        if not isinstance(h, str):
            continue
        for name, owner in alias_owner.get(_fold(h), []):
            if name[:1].isupper() == h[:1].isupper():
                problems.append(f"honorific {h!r} is an alias of {owner} ({name!r})")
    for m in titles_doc.get("modifiers", {}):
        if isinstance(m, str) and _fold(m) in alias_owner:
            problems.append(f"modifier {m!r} is an alias of {[o for _, o in alias_owner[_fold(m)]]}")
    assert not problems, "\n".join(problems)


def test_aliases_are_not_lowercase_common_words(records):
    """A one-word alias written in lower case matches every capitalisation; it must never be
    a common Vietnamese word (the country is "Anh"/"Nga", never "anh"/"nga")."""
    problems = []
    for stem, row in records:
        for alias in row.get("aliases") or []:
            if isinstance(alias, str) and " " not in alias and alias[:1].islower() and alias.isalpha():
                if alias.upper() != alias:  # "al-Qaeda" style particles are fine, bare words are not
                    problems.append(f"{_where(stem, row)}: lower-case single-word alias {alias!r}")
    assert not problems, "\n".join(problems)


def test_coverage(records):
    """The dictionary keeps the breadth the extractor relies on."""
    by_file = defaultdict(list)
    for stem, row in records:
        by_file[stem].append(row)
    assert len(by_file["people"]) >= 250
    assert len(by_file["countries"]) >= 200
    assert len(by_file["issues"]) >= 35
    capitals = [r for r in by_file["places"] if "metonym_for" in r]
    assert len(capitals) >= 80
    ids_ = {row["id"] for _, row in records}
    for must in (
        "country:US", "country:RU", "country:CN", "country:UA", "country:SUHH",
        "org:kremlin", "org:white_house", "org:pentagon", "org:nato", "org:eu", "org:un",
        "org:osce", "org:rdif", "org:international_crisis_group",
        "place:moscow", "place:washington", "place:kyiv", "place:crimea",
        "person:vladimir_putin", "person:sergey_lavrov", "person:donald_trump",
        "person:marco_rubio", "person:pete_hegseth", "person:to_lam", "person:ahmed_al_sharaa",
        "org:houthis", "org:hts", "org:qassam_brigades", "org:africa_corps", "org:brics",
        "issue:gaza_ceasefire", "issue:ukraine_ceasefire", "issue:tariffs",
        "group:the_west", "group:separatists_ukraine",
        "issue:nato_expansion", "issue:ceasefire", "issue:ukraine_nato_membership",
    ):
        assert must in ids_, f"missing core record {must}"
