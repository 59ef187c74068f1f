"""Schemas of the extractor's data files (extract/data/*.yaml): known keys only, values of the right type.

A typo in a key, a value YAML reads as something else ("Ảnh:" is a mapping,
"no" a boolean), a predicate or an entity type that does not exist: each fails
here, naming the file and the key, instead of silently matching nothing. The
actor files (actors/*.yaml) and the records of titles.yaml are checked in
depth by tests/test_actor_dictionary.py. A new key in a data file goes into
the table of its file below.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from ontology import ONTOLOGY

DATA = Path(__file__).resolve().parents[1] / "extract" / "data"

Check = Callable[[Any], str | None]  # a problem with the value, or None


def text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"expected a non-empty string, got {value!r} ({type(value).__name__})"
    if unicodedata.normalize("NFC", value) != value:
        return f"{value!r} is not in NFC"
    return None


def words(value: Any) -> str | None:
    """A non-empty list of non-empty strings, each once."""
    if not isinstance(value, list) or not value:
        return f"expected a non-empty list, got {type(value).__name__}"
    for item in value:
        if (problem := text(item)) is not None:
            return problem
    repeated = sorted({w for w in value if value.count(w) > 1})
    return f"listed twice: {repeated}" if repeated else None


def count(value: Any) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) and value > 0 else \
        f"expected a positive whole number, got {value!r}"


def predicates(value: Any) -> str | None:
    problem = words(value)
    unknown = [p for p in value if p not in ONTOLOGY.predicates] if problem is None else []
    return problem or (f"not predicates of the ontology: {unknown}" if unknown else None)


def entity_types(value: Any) -> str | None:
    problem = words(value)
    unknown = [t for t in value if t not in ONTOLOGY.entity_types] if problem is None else []
    return problem or (f"not entity types: {unknown}" if unknown else None)


def entity_type(value: Any) -> str | None:
    return None if value in ONTOLOGY.entity_types else f"not an entity type: {value!r}"


def flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {value!r}"


def mapping(keys: Check, values: Check) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, dict) or not value:
            return f"expected a non-empty mapping, got {type(value).__name__}"
        for k, v in value.items():
            if (problem := keys(k) or values(v)) is not None:
                return f"{k!r}: {problem}"
        return None
    return check


def regexes(value: Any) -> str | None:
    if (problem := words(value)) is not None:
        return problem
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            return f"{pattern!r} is not a regular expression ({exc})"
    return None


def records(check_row: Callable[[dict], str | None]) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, list) or not value:
            return f"expected a non-empty list, got {type(value).__name__}"
        for row in value:
            problem = check_row(row) if isinstance(row, dict) else f"expected a mapping, got {row!r}"
            if problem is not None:
                return problem
        return None
    return check


def fields(schema: dict[str, Check], required: set[str]) -> Callable[[dict], str | None]:
    """A check of one mapping: keys from `schema` only, those in `required` present, each value checked."""
    def check(row: dict) -> str | None:
        unknown = sorted(set(map(str, row)) - set(schema))
        missing = sorted(required - set(row))
        if unknown or missing:
            return f"unknown keys {unknown}, missing keys {missing}"
        for key, value in row.items():
            if (problem := schema[key](value)) is not None:
                return f"{key}: {problem}"
        return None
    return check


MARKERS: dict[str, Check] = {
    "window": count,
    "object_window": count,
    "far_object_predicates": predicates,
    "anaphora": mapping(text, entity_type),
    "community_peoples": mapping(text, text),
    "anaphora_names": mapping(text, words),
    "pair_anaphora": mapping(text, entity_type),
    "demand_cues": predicates,
    "refusal_cues": predicates,
    "answered_nouns": mapping(text, predicates),
    "attributive_predicates": predicates,
    "owner_object_predicates": predicates,
    "head_relative_predicates": predicates,
    "requested_predicates": predicates,
    "describing_predicates": predicates,
    **{key: words for key in (
        "negation", "not_negation", "planned", "possible", "not_subject_after", "speech_verbs", "venue", "passive",
        "coordination", "clause_break", "nominalizer", "event_noun", "reciprocal", "pronoun_honorifics",
        "verb_coordination", "target_after", "partner_after", "light_verbs", "title_compounds",
        "first_person_singular", "first_person_plural", "not_modality", "possessive", "event_between", "event_pair_before", "not_cues",
        "attributive_heads", "venue_nouns", "topic", "statement_nouns", "statement_verbs", "determiners",
        "receive_verbs", "source_after", "third_person", "condition", "adverbs", "causative_verbs", "concern_words",
        "urge_modals", "complementizers", "relative_agent", "according_to",
        "fronting", "subordinators", "carry_openers", "list_clause_openers", "demonstratives", "red_line",
        "need_objects", "reporting_verbs", "past_markers", "owned_nouns", "owner_links", "target_nouns", "meeting_predicates", "agreement_predicates", "blame_verbs", "blame_aspects", "hostile_predicates", "accusation_openers", "reason_fillers", "copular_heads", "copular_nouns", "whether_words", "owner_speakers", "owned_acts", "owned_act_predicates", "question_verbs", "question_ends", "witnesses", "patient_verbs", "program_nouns", "event_itself_verbs", "naming_verbs", "object_title_stops", "unsegmented_cues", "verbs_like_not_verbs", "joint_adverbs",
        "head_relative", "agent_after",
        "title_stances", "title_topics", "media_heads", "stance_prepositions", "honorific_ranks", "state_role_ends", "money_units", "group_anaphora", "group_anaphora_breaks", "group_joints", "group_pronouns", "listing_counts", "contrast_openers", "negated_acts", "purpose_openers", "listing_nouns", "list_openers", "statement_receivers", "answer_verbs", "membership_lists", "member_words", "party_heads", "state_office_heads",
        "pair_joints", "person_of_body", "person_of_body_after_role", "member_roles", "member_fillers",
        "office_verbs", "office_adverbs", "home_state_words", "private_honorifics", "leader_honorifics", "private_roles", "despite_words", "kept_by_demand", "migrant_nouns", "speculation_nouns", "done_by_verbs", "pledged_acts", "vietnamese_bare_titles", "clause_goes_on", "proxy_force_nouns", "proxy_backing_verbs", "vietnamese_party_titles", "pact_nouns", "unmade_pact_words", "invitation_nouns", "said_content_openers", "apposed_relative_heads", "not_clause_break", "blocking_verbs", "plural_members", "sanction_nouns", "sanction_targets", "companions", "wished_states", "not_verbs", "governments", "passive_instruments", "passive_subordinators", "manner_adverbs", "speaker_stand_ins", "trip_sequence", "trip_purpose", "head_verbs", "owned_qualities", "occasion_adverbs", "quality_violations", "violated_qualities", "other_member_nouns", "state_words", "threat_cues", "threatened_acts", "target_places", "target_place_modifiers", "vietnamese_state_titles", "reason_openers", "reason_object_predicates", "bare_title_stops", "attendance_verbs", "leading_verbs", "judging_verbs", "addressed_openers", "title_anaphor_leads", "both_sides", "community_heads", "people_of", "existential", "clause_nouns", "ally_nouns", "unacceptable", "noun_like_adverbs", "body_of_nouns", "counterpart_honorifics", "seat_heads", "mission_heads", "event_modifiers", "unnamed_agents", "adjacent_target_after", "side_words", "side_list_words", "side_list_ends", "collective_honorifics", "plural_words", "kin_nouns", "co_subject_joints", "local_roles", "new_pair_words", "relative_asides", "target_owner_predicates", "attacking_nouns", "target_markers", "far_object_markers", "decision_nouns", "decision_noun_leads",
    )},
}
BOILERPLATE: dict[str, Check] = {"drop_line": words, "drop_rest": words, "drop_pattern": regexes,
                                 "strip_prefix": regexes, "strip_inline": regexes}
NAMES: dict[str, Check] = {key: words for key in (
    "family_names", "particles", "not_name_words", "not_name_syllables", "not_given_names", "apposition_openers",
    "quote_openers", "place_heads", "facility_heads", "place_prepositions", "place_compounds", "directions", "thing_heads", "named_thing_heads",
    "acronym_heads", "plural_determiners", "bound_aliases", "bound_alias_tails", "pair_only_aliases", "document_heads", "document_name_breaks", "armed_forces_heads", "pronoun_particles", "name_tail_particles", "language_and_currency_heads", "conflict_heads", "research_body_heads", "venue_body_words", "person_nouns",
    "vietnamese_ministries",
    "common_given_names",
)}
TITLES: dict[str, Check] = {
    "titles": records(fields({"vi": text, "role": text, "role_by_country": mapping(text, text), "office": flag,
                              "of": text},
                             required={"vi", "role"})),
    "honorifics": words,
    "modifiers": mapping(text, text),
}
PREDICATE: dict[str, Check] = {
    "cues": lambda v: None if v == [] else words(v),  # official_of is read from titles, not from cues
    "objects": entity_types,
    "window": count,
    "cue_windows": mapping(text, count),
    "only_before": mapping(text, words),
    "only_after": mapping(text, words),
    "only_after_except": mapping(text, entity_types),
    "object_then_verb": words,
    "reverse_with": text,
    "reverse_if_subject": entity_type,
    "place_object": flag,
    "place_country": flag,
    "asserted_only": flag,
    "close_subject": words,
    "object_in_condition": flag,
    "object_in_purpose": flag,
    "object_after_that": flag,
    "object_of_relative": flag,
    "object_in_quote": flag,
    "receiver_carried": flag,
    "issue_backed": lambda v: None if v in ONTOLOGY.predicates else "not a predicate of the ontology",
    "joint_cues": words,
    "noun_cues": words,
    "as_noun": mapping(text, text),
    "with_money": mapping(text, text),
    "nouns": words,
    "relative_receiver_cues": words,
    "subject_right_before": mapping(text, entity_types),
    "cue_objects": mapping(text, entity_types),
}
NAME_REPAIR: dict[str, Check] = {"nationalities": words, "titles": words, "places": words}

# file -> the check of its whole document
FILES: dict[str, Check] = {
    "markers.yaml": lambda doc: fields(MARKERS, set(MARKERS))(doc) if isinstance(doc, dict) else "not a mapping",
    "boilerplate.yaml": lambda doc: fields(BOILERPLATE, {"drop_line", "drop_rest", "drop_pattern"})(doc)
    if isinstance(doc, dict) else "not a mapping",
    "names.yaml": lambda doc: fields(NAMES, {"family_names", "particles", "not_name_words"})(doc)
    if isinstance(doc, dict) else "not a mapping",
    "name_repair.yaml": lambda doc: fields(NAME_REPAIR, set(NAME_REPAIR))(doc) if isinstance(doc, dict)
    else "not a mapping",
    "titles.yaml": lambda doc: fields(TITLES, set(TITLES))(doc) if isinstance(doc, dict) else "not a mapping",
    "ministries.yaml": mapping(text, text),
    "predicates.yaml": mapping(lambda name: None if name in ONTOLOGY.predicates else "not a predicate of the ontology",
                               lambda row: fields(PREDICATE, {"cues"})(row) if isinstance(row, dict) else "not a mapping"),
}


def _load(name: str) -> Any:
    with (DATA / name).open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def test_every_data_file_has_a_schema():
    assert sorted(p.name for p in DATA.glob("*.yaml")) == sorted(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_data_file_follows_its_schema(name):
    assert FILES[name](_load(name)) is None, name


class _UniqueKeyLoader(yaml.SafeLoader):
    """A loader that refuses a key written twice in one mapping (YAML keeps the last one silently)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        if twice:
            raise yaml.constructor.ConstructorError(None, None, f"keys written twice: {twice}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_data_file_writes_a_key_twice(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_a_key_written_twice_is_caught():
    with pytest.raises(yaml.constructor.ConstructorError, match="keys written twice"):
        yaml.load("attacks:\n  cue_objects: {a: [X]}\n  cue_objects: {b: [Y]}\n", Loader=_UniqueKeyLoader)


def test_only_before_names_cues_of_its_predicate():
    for name, row in _load("predicates.yaml").items():
        for cue in row.get("only_before", {}):
            assert cue in row["cues"], (name, cue)


@pytest.mark.parametrize("name, source, problem", [
    ("boilerplate.yaml", "drop_line: [Ảnh: x]\ndrop_rest: [Tin khác]\ndrop_pattern: ['^x$']", "drop_line: expected a non-empty string"),
    ("boilerplate.yaml", "drop_line: [Xem thêm]\ndrop_rest: [Tin khác]\ndrop_pattern: ['^(x$']", "is not a regular expression"),
    ("markers.yaml", "windw: 4", "unknown keys ['windw']"),
    ("names.yaml", "family_names: [Nguyễn, no]\nparticles: [bin]\nnot_name_words: [hôm]", "got False (bool)"),
    ("name_repair.yaml", "nationalities: [Israeli]\ntitles: [Minister]\nplaces: [Arizona, Arizona]", "listed twice"),
    ("predicates.yaml", "befriends: {cues: [kết bạn]}", "'befriends': not a predicate of the ontology"),
    ("predicates.yaml", "met: {cues: [gặp], objects: [PERSON, CITY]}", "not entity types: ['CITY']"),
    ("predicates.yaml", "met: {cue: [gặp]}", "unknown keys ['cue'], missing keys ['cues']"),
    ("ministries.yaml", "Bộ Y tế: [Ministry of Health]", "expected a non-empty string"),
    ("titles.yaml", "titles: [{vi: Ngoại trưởng, role: Foreign Minister, office: yes please}]\nhonorifics: [ông]\n"
                    "modifiers: {cựu: former}", "office: expected true or false"),
])
def test_a_data_file_mistake_is_caught_and_named(name, source, problem):
    found = FILES[name](yaml.safe_load(source))
    assert found is not None and problem in found, found
