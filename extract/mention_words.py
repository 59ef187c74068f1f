"""The word lists and phrase indexes of the mention readers, built once per lexicon.

Everything here comes from the data files (names.yaml, the mention keys of
markers.yaml) or from the dictionary (the given names of its persons); the
readers (mentions.py and the modules it mixes in) read them as attributes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .bare_names import given_names
from .lexicon import Lexicon
from .organizations import VIETNAMESE_ORG_HEADS
from .phrases import PhraseIndex, fold

_BUILT: dict[int, tuple[Lexicon, "MentionWords"]] = {}  # id(lexicon) -> (lexicon, its words)
LISTING_HEAD_WORDS = 3  # "(Trong khi đó,) các nước ... gồm A, B": the words before the head


@dataclass(frozen=True)
class MentionWords:
    anaphora: PhraseIndex[str]
    pair_anaphora: PhraseIndex[str]
    new_pair_words: tuple[str, ...]
    pronouns: frozenset[str]
    private_honorifics: frozenset[str]
    leader_honorifics: frozenset[str]
    collective_honorifics: frozenset[str]
    counterpart_honorifics: frozenset[str]
    honorific_ranks: tuple[str, ...]  # "cấp cao": between an honorific and its country, folded, longest first
    plural_words: frozenset[str]
    passive_words: frozenset[str]  # "được", "bị": a title's qualifier never runs across them
    speech_adverbs: frozenset[str]  # "(X) cũng (bày tỏ)": between a speaker and the speech verb
    reporting_verbs: frozenset[str]  # "dẫn lời": the one quoted after it speaks
    home_state_words: tuple[str, ...]  # folded, longest first: "thành phố" before "thành"
    state_words: tuple[str, ...]  # folded, longest first: "tiểu bang" before "bang"
    private_roles: frozenset[str]
    local_roles: frozenset[str]
    member_roles: frozenset[str]  # legislators: "Senator", "Member of Parliament" (markers.yaml)
    title_compounds: frozenset[str]
    membership_lists: PhraseIndex[str]
    pair_joints: frozenset[str]
    group_anaphora: PhraseIndex[str]  # "các nước này": the countries of the last list (markers.yaml)
    group_anaphora_breaks: tuple[str, ...]
    group_joints: frozenset[str]
    group_pronouns: re.Pattern[str]  # "Họ" opening a sentence: the countries listed in the sentence before
    listing_head: re.Pattern[str]  # "Các nước (...) gồm A, B và C": a sentence opening with countries listed after
    list_openers: re.Pattern[str]
    title_stances: frozenset[str]
    title_topics: tuple[str, ...]
    family_names: frozenset[str]
    family_name_starts: re.Pattern[str]  # a capitalised family name as a word: "Nguyễn", "Đặng"
    function_words: frozenset[str]
    relative_markers: PhraseIndex[str]  # "do", "mà" opening a relative clause: no part of a name (markers.yaml head_relative)
    not_clause_break: PhraseIndex[str]  # "tự do": a word that holds "do" and opens no clause
    speech_verbs: PhraseIndex[str]
    first_person: PhraseIndex[str]
    particles: frozenset[str]
    name_tail_particles: frozenset[str]
    pronoun_particles: frozenset[str]
    bound_aliases: frozenset[str]  # "nhật" (names.yaml): a syllable of words and names as well as a country's name
    bound_alias_tails: frozenset[str]  # "ký", "thực": "Nhật ký", "nhật thực" are words
    pair_only_aliases: frozenset[str]  # "trung", "hàn": a country only in a pair joined by a dash ("Mỹ - Trung")
    short_alias_length: int  # the longest of those two lists: a longer match needs neither check
    clause_words: frozenset[str]
    stop_words: frozenset[str]
    given_names: frozenset[str]
    apposition_openers: frozenset[str]
    quote_openers: PhraseIndex[str]
    place_heads: PhraseIndex[str]  # "place" ("huyện", "thủ đô") or "facility" ("sân bay", "cảng"), names.yaml
    facility_places: frozenset[str]  # ids of the dictionary's places it names with a facility head ("căn cứ Shayrat")
    acronym_heads: PhraseIndex[str]
    document_heads: PhraseIndex[str]  # "Hiệp định", "Đạo luật" ... before a name and its acronym (names.yaml)
    document_name_breaks: frozenset[str]  # "giữa", "với": a document's name with them names a party
    sanction_nouns: PhraseIndex[str]  # "gói trừng phạt", "các biện pháp cấm vận" (markers.yaml)
    sanction_targets: PhraseIndex[str]  # "nhằm vào", "đối với": the country sanctioned follows (markers.yaml)
    imposing_verbs: frozenset[str]  # statement_verbs: "các lệnh trừng phạt Mỹ áp đặt": the country imposes
    determiner_words: frozenset[str]  # "các", "những" ... (markers.yaml determiners)
    state_body_heads: PhraseIndex[str]
    mission_heads: PhraseIndex[str]  # "Đại sứ quán" -> "Embassy"
    ministry_names: PhraseIndex[str]  # "Bộ Ngoại giao": ministries.yaml's "Bộ" names, as written (capitals needed)
    community_heads: PhraseIndex[str]  # "cộng đồng người (Việt tại Đức)"
    community_peoples: PhraseIndex[str]  # "Việt" -> "country:VN"
    seat_heads: PhraseIndex[str]  # "ông chủ (Nhà Trắng)"
    place_compounds: frozenset[str]
    language_and_currency_heads: frozenset[str]  # "tiếng (Anh)", "bảng (Anh)": no country after them
    directions: frozenset[str]
    not_person_before: PhraseIndex[str]
    named_thing_heads: PhraseIndex[str]  # "tàu sân bay (USS Ronald Reagan)": a ship, a square named after a person
    place_prepositions: PhraseIndex[str]
    body_links: PhraseIndex[str]  # "(chuyên gia X) của (Trade Nation)", "thuộc", "tại"
    body_link_words: frozenset[str]  # the same links, folded
    research_body_heads: frozenset[str]  # "viện", "trung tâm" ... (names.yaml)
    person_nouns: frozenset[str]  # "sinh viên", "ngôi sao" ... before a nationality and a name (names.yaml)
    venue_body_words: frozenset[str]  # "hội nghị" of "Trung tâm Hội nghị Quốc gia" (names.yaml)
    vietnamese_ministries: frozenset[str]  # "bộ công an": bare, Vietnam's (names.yaml)

    @classmethod
    def of(cls, lexicon: Lexicon) -> "MentionWords":
        """The words of `lexicon`, built on first use and kept with it."""
        built = _BUILT.get(id(lexicon))
        if built is None or built[0] is not lexicon:
            built = _BUILT[id(lexicon)] = (lexicon, cls.build(lexicon))
        return built[1]

    @classmethod
    def build(cls, lexicon: Lexicon) -> "MentionWords":
        markers, shapes = lexicon.marker_words, lexicon.name_shapes

        def folded(kind: str) -> frozenset[str]:
            return frozenset(fold(w) for w in markers.get(kind, []))

        def index(words, value=None) -> PhraseIndex[str]:
            return PhraseIndex((fold(w), value or w) for w in words)

        clause_words = shapes.get("not_name_words", frozenset())
        facility_openers = tuple(f"{fold(head)} " for head in shapes.get("facility_heads", ()))  # "căn cứ ", "sân bay "
        return cls(
            anaphora=PhraseIndex(lexicon.anaphora.items()),
            pair_anaphora=PhraseIndex(lexicon.pair_anaphora.items()),
            new_pair_words=tuple(fold(w) for w in markers.get("new_pair_words", [])),
            pronouns=folded("pronoun_honorifics"),
            private_honorifics=folded("private_honorifics"),
            leader_honorifics=folded("leader_honorifics"),
            collective_honorifics=folded("collective_honorifics"),
            counterpart_honorifics=folded("counterpart_honorifics"),
            honorific_ranks=tuple(sorted(folded("honorific_ranks"), key=len, reverse=True)),
            plural_words=folded("plural_words"),
            passive_words=folded("passive"),
            speech_adverbs=folded("adverbs") | folded("past_markers"),
            reporting_verbs=folded("reporting_verbs"),
            home_state_words=tuple(sorted(folded("home_state_words"), key=len, reverse=True)),
            state_words=tuple(sorted(folded("state_words"), key=len, reverse=True)),
            private_roles=frozenset(markers.get("private_roles", [])),
            local_roles=frozenset(markers.get("local_roles", [])),
            member_roles=frozenset(markers.get("member_roles", [])),
            title_compounds=folded("title_compounds"),
            membership_lists=index(markers.get("membership_lists", [])),
            pair_joints=folded("pair_joints"),
            group_anaphora=index(markers.get("group_anaphora", [])),
            group_anaphora_breaks=tuple(fold(w) for w in markers.get("group_anaphora_breaks", [])),
            group_joints=folded("group_joints"),
            group_pronouns=re.compile(
                r"\s*({})\s".format("|".join(re.escape(w) for w in markers.get("group_pronouns", [])) or "(?!)"), re.IGNORECASE),
            listing_head=re.compile(r"\s*(?:\S+\s+){{0,{}}}?((?:{})\s+(?:{}))\s".format(
                LISTING_HEAD_WORDS, "|".join([r"\d+", *(re.escape(w) for w in markers.get("listing_counts", []))]),
                "|".join(re.escape(w) for w in markers.get("listing_nouns", [])) or "(?!)"), re.IGNORECASE),
            list_openers=re.compile(r"(?<!\w)(?:{})(?!\w)".format(
                "|".join(re.escape(w) for w in sorted(markers.get("list_openers", []), key=len, reverse=True)) or "(?!)")),
            title_stances=folded("title_stances"),
            title_topics=tuple(fold(w) for w in markers.get("title_topics", [])),
            family_names=shapes.get("family_names", frozenset()),
            family_name_starts=re.compile(r"(?<!\w)(?:{})(?!\w)".format(
                "|".join(sorted((re.escape(n[:1].upper() + n[1:]) for n in shapes.get("family_names", ())),
                                key=len, reverse=True)))),
            function_words=folded("not_subject_after") | {"và"},
            relative_markers=index(markers.get("head_relative", [])),
            not_clause_break=index(markers.get("not_clause_break", [])),
            speech_verbs=index(markers.get("speech_verbs", [])),
            first_person=PhraseIndex(
                [(fold(w), "singular") for w in markers.get("first_person_singular", [])]
                + [(fold(w), "plural") for w in markers.get("first_person_plural", [])]
            ),
            particles=shapes.get("particles", frozenset()),
            name_tail_particles=shapes.get("name_tail_particles", frozenset()),
            pronoun_particles=shapes.get("pronoun_particles", frozenset()),
            bound_aliases=shapes.get("bound_aliases", frozenset()),
            bound_alias_tails=shapes.get("bound_alias_tails", frozenset()),
            pair_only_aliases=shapes.get("pair_only_aliases", frozenset()),
            short_alias_length=max(map(len, shapes.get("bound_aliases", frozenset())
                                       | shapes.get("pair_only_aliases", frozenset())), default=0),
            clause_words=clause_words,
            stop_words=clause_words | shapes.get("not_name_syllables", frozenset()),
            given_names=given_names(lexicon),
            apposition_openers=shapes.get("apposition_openers", frozenset()),
            quote_openers=index(shapes.get("quote_openers", ())),
            place_heads=PhraseIndex([(fold(w), "place") for w in shapes.get("place_heads", ())]
                                    + [(fold(w), "facility") for w in shapes.get("facility_heads", ())]),
            facility_places=frozenset(
                actor.entity.id for actor in lexicon.actors.values() if actor.entity.type == "LOCATION"
                and any(fold(alias).startswith(facility_openers) for alias in actor.aliases)
            ),
            acronym_heads=index((*VIETNAMESE_ORG_HEADS, *shapes.get("acronym_heads", ()))),
            document_heads=index(shapes.get("document_heads", ())),
            document_name_breaks=shapes.get("document_name_breaks", frozenset()),
            sanction_nouns=index(markers.get("sanction_nouns", [])),
            sanction_targets=index(markers.get("sanction_targets", [])),
            imposing_verbs=folded("statement_verbs"),
            determiner_words=folded("determiners"),
            state_body_heads=PhraseIndex(
                [(w, "armed") for w in shapes.get("armed_forces_heads", ())]
                + [(fold(w), "office") for w in markers.get("state_office_heads", [])]
            ),
            mission_heads=PhraseIndex([(fold(w), lexicon.ministries.get(w, w)) for w in markers.get("mission_heads", [])]),
            ministry_names=PhraseIndex((name, name) for name in lexicon.ministries if name.startswith("Bộ ")),
            seat_heads=index(markers.get("seat_heads", [])),
            community_heads=index(markers.get("community_heads", [])),
            community_peoples=PhraseIndex(lexicon.community_peoples.items()),
            place_compounds=shapes.get("place_compounds", frozenset()),
            language_and_currency_heads=shapes.get("language_and_currency_heads", frozenset()),
            directions=shapes.get("directions", frozenset()),
            not_person_before=index(
                w for key in ("place_heads", "facility_heads", "place_prepositions", "thing_heads") for w in shapes.get(key, ())
            ),
            named_thing_heads=index(shapes.get("named_thing_heads", ())),
            place_prepositions=index(shapes.get("place_prepositions", ())),
            body_links=index([*markers.get("person_of_body", []), *markers.get("person_of_body_after_role", [])]),
            body_link_words=folded("person_of_body") | folded("person_of_body_after_role"),
            research_body_heads=shapes.get("research_body_heads", frozenset()),
            venue_body_words=shapes.get("venue_body_words", frozenset()),
            vietnamese_ministries=shapes.get("vietnamese_ministries", frozenset()),
            person_nouns=shapes.get("person_nouns", frozenset()),
        )
