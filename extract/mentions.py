"""Find the mentions of entities in a sentence.

Four kinds of evidence, each a function over the raw sentence text:

- `dictionary_matches`: names from the actor dictionary (one automaton);
- `title_mentions`: "Ngoại trưởng Nga Sergey Lavrov", "Bộ trưởng Quốc phòng Thổ
  Nhĩ Kỳ Fikri Isik" (a person the dictionary does not know), "Tổng thống Mỹ"
  (no name: an unnamed official, resolved later);
- `honorific_mentions`: "ông Dmitriev", "bà Olga Oliker";
- `organization_mentions`: unknown organisations introduced by a head noun
  ("Quỹ đầu tư trực tiếp Nga", "Bộ Ngoại giao Nga") or an English name
  ("International Crisis Group").

`sentence_mentions` combines them into non-overlapping `Mention`s.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ingest.normalize import fold_diacritics

from .lexicon import Lexicon, Title
from .name_repair import repair_person
from .phrases import PhraseIndex, PhraseMatch, fold
from .types import Entity, Mention

ACTOR_TYPES = ("PERSON", "COUNTRY", "ORGANIZATION", "GROUP")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d+", re.UNICODE)
_ENGLISH_ORG_HEADS = {
    "group", "institute", "council", "agency", "fund", "organization", "organisation", "bank", "center",
    "centre", "foundation", "party", "committee", "university", "corporation", "company", "association",
    "forum", "commission", "times", "post", "news", "journal", "press", "network", "service",
}
VIETNAMESE_ORG_HEADS = (
    "Bộ", "Quỹ", "Tổ chức", "Hãng", "Tập đoàn", "Ủy ban", "Viện", "Trung tâm", "Cơ quan", "Ngân hàng",
    "Công ty", "Đảng", "Hiệp hội", "Liên đoàn", "Hội đồng", "Văn phòng", "Nhóm", "Tòa án", "Tổng cục", "Cục",
)
# "Chính phủ Syria", "chính quyền Kiev": the state itself.
GOVERNMENT_HEADS = ("chính phủ", "chính quyền", "nhà nước", "phía")
_ORG_HEADS = PhraseIndex([(h, h) for h in VIETNAMESE_ORG_HEADS + ("Quân đội", "Quốc hội")] + [(h, h) for h in GOVERNMENT_HEADS])
MINISTRY_HEADS = {"Bộ", "Quân đội"}
FAMILY_FIRST_COUNTRIES = {"country:CN", "country:TW", "country:KP", "country:KR", "country:HK", "country:MO"}


def slug(text: str) -> str:
    """ASCII slug of a name, for the stable id of an entity the dictionary lacks.

    >>> slug("Fikri Işık")
    'fikri_isik'
    """
    return re.sub(r"[^a-z0-9]+", "_", fold_diacritics(text).lower()).strip("_")


def _same_office(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


_ROMAN = re.compile(r"^[IVX]+$")


def _is_acronym(word: str) -> bool:
    """ "DUP", "IATA": capitals only, not an initial ("S.") or a regnal number ("VI")."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and not _ROMAN.match(word)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def name_end(text: str, start: int, particles: frozenset[str] = frozenset(),
             stop_words: frozenset[str] = frozenset(), max_words: int = 5) -> int:
    """End offset of a run of capitalised words (a personal name) at `start`, or `start`.

    >>> s = "Fikri Isik cho biết"
    >>> s[:name_end(s, 0)]
    'Fikri Isik'
    >>> s = "Ursula von der Leyen nói"
    >>> s[:name_end(s, 0, particles=frozenset({"von", "der"}))]
    'Ursula von der Leyen'
    """
    end = start
    pos = start
    words = 0
    while words < max_words:
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group().rstrip(".")
        if len(m.group()) > len(word) and len(word) > 1:  # a sentence-final period, not an initial
            token_end = m.start() + len(word)
        else:
            token_end = m.end()
        if is_capitalised(word) and fold(word) not in stop_words:
            end = token_end
            words += 1
        elif word.lower() in particles and words:
            pass
        else:
            break
        if token_end < len(text) and text[token_end] == " ":
            pos = token_end + 1
        else:
            break
    return end


# Marks only Vietnamese spelling uses: breve, circumflex, horn, hook above, dot below (and đ).
_VIETNAMESE_MARKS = re.compile("[\u0306\u0302\u031b\u0309\u0323đĐ]")


def looks_vietnamese(word: str) -> bool:
    """Whether a word carries marks only Vietnamese spelling uses.

    >>> looks_vietnamese("Tổng"), looks_vietnamese("Nadal"), looks_vietnamese("José")
    (True, False, False)
    """
    return bool(_VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", word)))


@dataclass
class ArticleContext:
    """What the article has said so far, for resolving names and descriptors."""

    year: int | None = None
    local_names: dict[str, Entity] = field(default_factory=dict)  # surface form -> person
    title_holders: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (role, country id) -> person
    country_persons: dict[str, list[Entity]] = field(default_factory=dict)  # country id -> persons named with it
    new_entities: dict[str, Entity] = field(default_factory=dict)
    last_by_type: dict[str, Entity] = field(default_factory=dict)  # in reading order, for anaphora
    recent: list[Entity] = field(default_factory=list)  # actors in reading order, most recent last
    # Family names that come first ("ông Tập", "ông Moon"): usable only after an honorific,
    # since a bare "Tập" is also the first syllable of "Tập đoàn".
    family_names: dict[str, Entity] = field(default_factory=dict)
    person_country: dict[str, Entity] = field(default_factory=dict)  # person id -> the owner a title gave
    offices: dict[str, str] = field(default_factory=dict)  # person id -> office, whatever the country ("Foreign Minister")
    _local_index: PhraseIndex[str] | None = None

    def start_reading(self) -> None:
        """Forget what was read in order (for anaphora); keep the names learnt."""
        self.last_by_type.clear()
        self.recent.clear()

    def learn_person(self, person: Entity, surface: str, role: str | None, role_of: Entity | None,
                     family_first: bool = False) -> None:
        words = surface.split()
        if family_first and len(words) >= 2:
            known = self.family_names.get(words[0])
            self.family_names[words[0]] = person if known in (None, person) else Entity("ambiguous", "", "PERSON")
        forms = [surface]
        if len(words) >= 2:
            forms.append(words[-1])
        for form in forms:
            known = self.local_names.get(form)
            if known is not None and known.id != person.id:
                self.local_names[form] = Entity("ambiguous", "", "PERSON")
            elif known is None:
                self.local_names[form] = person
        if role_of is not None:
            self.person_country.setdefault(person.id, role_of)
            if role:
                self.title_holders.setdefault((role, role_of.id), person)
            persons = self.country_persons.setdefault(role_of.id, [])
            if person not in persons:
                persons.append(person)
        self._local_index = None

    def local_index(self) -> PhraseIndex[str]:
        if self._local_index is None:
            self._local_index = PhraseIndex(
                (form, entity.id) for form, entity in self.local_names.items() if entity.id != "ambiguous"
            )
        return self._local_index



class MentionFinder:
    """Finds the mentions of one article's sentences against a `Lexicon`."""

    def __init__(self, lexicon: Lexicon, context: ArticleContext):
        self.lex = lexicon
        self.ctx = context
        self.anaphora: PhraseIndex[str] = PhraseIndex(lexicon.anaphora.items())
        self.pair_anaphora: PhraseIndex[str] = PhraseIndex(lexicon.pair_anaphora.items())
        self.pronouns = {fold(w) for w in lexicon.marker_words.get("pronoun_honorifics", [])}
        self.title_compounds = {fold(w) for w in lexicon.marker_words.get("title_compounds", [])}
        self.family_names = lexicon.name_shapes.get("family_names", frozenset())
        self.function_words = {fold(w) for w in lexicon.marker_words.get("not_subject_after", [])} | {"và"}
        self.speech_verbs: PhraseIndex[str] = PhraseIndex((fold(w), w) for w in lexicon.marker_words.get("speech_verbs", []))
        self.first_person: PhraseIndex[str] = PhraseIndex(
            [(fold(w), "singular") for w in lexicon.marker_words.get("first_person_singular", [])]
            + [(fold(w), "plural") for w in lexicon.marker_words.get("first_person_plural", [])]
        )
        self.particles = lexicon.name_shapes.get("particles", frozenset())
        self.stop_words = lexicon.name_shapes.get("not_name_words", frozenset())

    # -- single sources -------------------------------------------------
    def dictionary_matches(self, text: str) -> list[PhraseMatch[str]]:
        return self.lex.names.find(text)

    def entity_of(self, entity_id: str) -> Entity:
        """The entity behind an id from the dictionary or from this article's new names."""
        actor = self.lex.actors.get(entity_id)
        return actor.entity if actor is not None else self.ctx.new_entities[entity_id]

    def _new_entity(self, kind: str, label: str, type_: str) -> Entity:
        entity_id = f"{kind}:{slug(label)}"
        known = self.ctx.new_entities.get(entity_id)
        if known is None:
            known = Entity(entity_id, label, type_, in_dictionary=False)
            self.ctx.new_entities[entity_id] = known
        return known

    def _person_at(self, text: str, start: int, by_start: dict[int, PhraseMatch[str]]) -> tuple[Entity, int] | None:
        """A person named at `start`: from the dictionary, the article, or a new name."""
        honorific = next(iter(self.lex.honorifics.find(text[start : start + 20])), None)
        if honorific is not None and honorific.start == 0 and is_capitalised(honorific.text):
            start = self._skip(text, start + honorific.end)  # "Ayatollah Ruhollah Khomeini"
        hit = by_start.get(start)
        if hit is not None:
            entity = self.entity_of(hit.value)
            return (entity, hit.end) if entity.type == "PERSON" else None
        start = self._past_acronyms(text, start)  # "lãnh đạo đảng DUP Arlene Foster"
        end = name_end(text, start, self.particles, self.stop_words)
        if end == start:
            return None
        surface = text[start:end].rstrip("'’\"")
        end = start + len(surface)
        local = self.ctx.local_names.get(surface)
        if local is not None and local.id != "ambiguous":
            return local, end
        repaired = repair_person(surface, self.lex)  # "Arizona John McCain", "James B. Comey"
        if repaired is not None:
            return self.entity_of(repaired.owner), end
        if fold(surface) in self.lex.titles or fold(surface) in self.lex.honorifics:
            return None
        if self.lex.titles.find(surface[:40]) and self.lex.titles.find(surface[:40])[0].start == 0:
            return None
        if _ORG_HEADS.find(surface) and _ORG_HEADS.find(surface)[0].start == 0:
            return None
        if surface in self.lex.names or not self.plausible_name(surface):
            return None  # a country or organisation, or a common noun, not a person
        return self._new_entity("person", surface, "PERSON"), end

    def plausible_name(self, surface: str) -> bool:
        """Whether a run of capitalised words can be a name the dictionary lacks.

        A Vietnamese-spelled run is a name only as a family name and more
        ("Uông Văn Bân", not "Nguyễn" or "Giám"); a run in plain Latin letters
        ("Romain Nadal") only without clause words or acronyms ("DUP").
        """
        words = surface.split()
        if any(_is_acronym(w) for w in words):
            return False
        if fold(words[0]) in self.family_names:
            return len(words) >= 2
        return not any(looks_vietnamese(w) or fold(w) in self.stop_words for w in words)

    def _past_acronyms(self, text: str, start: int) -> int:
        """Skip acronyms (an organisation) in front of a name: "DUP Arlene Foster"."""
        while True:
            m = _WORD.match(text, start)
            if not m or not _is_acronym(m.group()) or m.end() >= len(text) or text[m.end()] != " ":
                return start
            following = _WORD.match(text, m.end() + 1)
            if not following or not is_capitalised(following.group()):
                return start
            start = m.end() + 1

    def _family_first(self, person: Entity, surface: str) -> bool:
        """Chinese and Korean names put the family name first: "Tập Cận Bình", "Moon Jae-in"."""
        if any("-" in w for w in surface.split()[1:]):
            return True
        actor = self.lex.actor(person.id)
        return actor is not None and any(r.of in FAMILY_FIRST_COUNTRIES for r in actor.roles)

    def _role_of(self, person: Entity, title: Title) -> Entity | None:
        actor = self.lex.actor(person.id)
        if actor is None:
            return None
        # "Acting President", "Former President" are still the office "President".
        roles = [r for r in actor.roles if _same_office(r.role, title.role) or _same_office(r.role, title.role_for(r.of))]
        dated = [r for r in roles if r.held_in(self.ctx.year)] or roles
        return self.lex.entity(dated[-1].of) if dated else None

    def sentence_mentions(self, text: str) -> list[Mention]:
        """All mentions in one sentence, non-overlapping, in text order."""
        dictionary = self.dictionary_matches(text)
        by_start = {m.start: m for m in dictionary}
        local = self.ctx.local_index().find(text) if self.ctx.local_names else []
        for m in local:
            if not any(d.start <= m.start < d.end or m.start <= d.start < m.end for d in dictionary):
                by_start[m.start] = m
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= a or start >= b for a, b in taken)

        def take(mention: Mention) -> None:
            mentions.append(mention)
            taken.append((mention.start, mention.end))

        # Organisations the dictionary lacks ("Bộ Ngoại giao Philippines"), so
        # that a title before them takes them as what it is a title of.
        organizations = {m.start: m for m in self._organization_mentions(text, by_start)}
        for m in self._foreign_named_organizations(text, by_start, organizations):
            organizations.setdefault(m.start, m)
        # Titles next: they swallow the country and the name that follow them.
        def title_ok(t: PhraseMatch[Title]) -> bool:
            # A title must not end inside a name ("Người phát ngôn Bộ Ngoại giao" + "Pháp"
            # where the dictionary knows "Bộ Ngoại giao Pháp"), nor start inside a word.
            cuts_name = any(d.start < t.end < d.end for d in dictionary)
            return not cuts_name and not self._inside_compound(text, t)

        for t in self.lex.titles.find(text, accept=title_ok):
            if not free(t.start, t.end):
                continue
            mention = self._title_mention(text, t, by_start, organizations)
            if mention is not None and free(mention.start, mention.end):
                take(mention)
        for h in self.lex.honorifics.find(text):
            # "Anh" the country wins over "anh" the honorific: the dictionary is more specific.
            if not free(h.start, h.end) or h.start in by_start:
                continue
            mention = self._honorific_mention(text, h, by_start, mentions)
            if mention is not None and free(mention.start, mention.end):
                take(mention)
        for mention in organizations.values():
            if free(mention.start, mention.end):
                take(mention)
        for m in sorted(by_start.values(), key=lambda m: m.start):
            if not free(m.start, m.end):
                continue
            entity = self.entity_of(m.value)
            actor = self.lex.actor(entity.id)
            acts_for = None
            if actor is not None and actor.metonym_for:
                acts_for = self.lex.entity(actor.metonym_for)
            take(Mention(m.start, m.end, m.text, entity, acts_for=acts_for, name=m.text))
        for m in self._english_organizations(text):
            if free(m.start, m.end):
                take(m)
        for a in self.anaphora.find(text):
            if free(a.start, a.end):
                referent = self._last_before(a.value, mentions, a.start)
                if referent is not None:
                    take(Mention(a.start, a.end, a.text, referent, kind="pronoun"))
        speaker = self._speaker(text, mentions)
        if speaker is not None:
            for p in self.first_person.find(text):
                if free(p.start, p.end) and not (speaker.start <= p.start < speaker.end):
                    referent = speaker.entity
                    if p.value == "plural" and speaker.entity.type == "PERSON":
                        referent = speaker.role_of or self.ctx.person_country.get(speaker.entity.id) or referent
                    take(Mention(p.start, p.end, p.text, referent, kind="pronoun"))
        for a in self.pair_anaphora.find(text):
            # "hai nước Qatar và Bahrain" names its pair: the names are the mentions.
            if free(a.start, a.end) and not self._names_follow(text, a.end, mentions):
                pair = self._last_pair(a.value, mentions, a.start)
                if pair:
                    for referent in pair:  # two mentions on one span: coordinated
                        mentions.append(Mention(a.start, a.end, a.text, referent, kind="pronoun"))
                    taken.append((a.start, a.end))
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            if m.actor.type in ACTOR_TYPES:
                if m.actor in self.ctx.recent:
                    self.ctx.recent.remove(m.actor)
                self.ctx.recent.append(m.actor)
            self.ctx.last_by_type[m.actor.type] = m.actor
            if m.role_of is not None:
                self.ctx.last_by_type.setdefault(m.role_of.type, m.role_of)
        return mentions

    def _speaker(self, text: str, mentions: list[Mention]) -> Mention | None:
        """The actor who speaks in a sentence with a quote: the mention right before a speech verb."""
        if not any(q in text for q in "“”\"«»"):
            return None
        for verb in self.speech_verbs.find(text):
            before = [m for m in mentions if m.end <= verb.start and not text[m.end : verb.start].strip(" ,")]
            if before and before[-1].actor.type in ACTOR_TYPES:
                return before[-1]
        return None

    def _names_follow(self, text: str, end: int, mentions: list[Mention]) -> bool:
        return any(m.start - end <= 1 and m.start >= end for m in mentions)

    def _last_pair(self, type_: str, mentions: list[Mention], position: int) -> list[Entity]:
        """The two distinct entities of `type_` named last before `position`."""
        recent = list(self.ctx.recent)
        for m in sorted(mentions, key=lambda m: m.start):
            if m.end <= position:
                if m.actor in recent:
                    recent.remove(m.actor)
                recent.append(m.actor)
        fitting = [e for e in reversed(recent) if e.type == type_]
        return fitting[:2] if len(fitting) >= 2 else []

    def _last_before(self, type_: str, mentions: list[Mention], position: int) -> Entity | None:
        """The entity of `type_` mentioned last before `position` (this sentence first, then the article)."""
        earlier = [m for m in mentions if m.end <= position and m.actor.type == type_]
        if earlier:
            return max(earlier, key=lambda m: m.start).actor
        return self.ctx.last_by_type.get(type_)

    # -- composite patterns ---------------------------------------------
    def _inside_compound(self, text: str, t: PhraseMatch[Title]) -> bool:
        previous = text[max(0, t.start - 30) : t.start].split()[-1:]
        first = t.text.split()[0]
        return bool(previous) and fold(f"{previous[0]} {first}") in self.title_compounds

    def _skip(self, text: str, pos: int, words: tuple[str, ...] = ()) -> int:
        while pos < len(text) and text[pos] == " ":
            pos += 1
        for word in words:
            if fold(text[pos : pos + len(word) + 1]) == word + " ":
                return pos + len(word) + 1
        return pos

    def _title_mention(self, text: str, t: PhraseMatch[Title], by_start, organizations) -> Mention | None:
        """A title and what follows it:

        "Ngoại trưởng Nga Sergey Lavrov"                      title, owner, name
        "Ủy viên thương mại EU Cecilia Malmstrom"             title, qualifier, owner, name
        "Đặc phái viên của LHQ về vấn đề Syria Staffan de Mistura"   ... topic, name
        "Trưởng đoàn đàm phán của EU (EU), ông Michel Barnier"       ... apposed name
        "Tổng thống Mỹ"                                       no name: a descriptor
        """
        title = t.value
        start = self._with_modifier(text, t.start)
        after_title = self._skip(text, t.end)
        # Without a qualifier first, then with one; a qualifier must lead to a name.
        for pos, needs_person in ((after_title, False), (self._qualifier_end(text, after_title, by_start, organizations), True)):
            owner, pos, owner_start = self._owner_at(text, pos, by_start, organizations)
            if needs_person and pos == after_title:
                continue
            role_of = owner
            if role_of is None and title.of is not None:
                actor = self.lex.actors[title.of]
                role_of = self.lex.entity(actor.metonym_for) if actor.entity.type == "LOCATION" else actor.entity
            name_at = self._topic_end(text, pos, by_start) if owner is not None else pos
            person = self._person_at(text, name_at, by_start) or self._apposed_person(text, name_at, by_start)
            if person is not None:
                entity, name_start, end = person if len(person) == 3 else (person[0], name_at, person[1])
                if role_of is None:
                    role_of = self._role_of(entity, title)
                role = title.role_for(role_of.id if role_of else None)
                name = text[name_start:end]
                organizations.pop(owner_start, None)  # taken by this title
                self.ctx.learn_person(entity, name, role, role_of, self._family_first(entity, name))
                self.ctx.offices.setdefault(entity.id, title.role)
                return Mention(start, end, text[start:end], entity, role=role, role_of=role_of, kind="title",
                               name=name, office=title.office)
            if needs_person or owner is None:
                continue
            role = title.role_for(owner.id)
            holder = self.ctx.title_holders.get((role, owner.id))
            if holder is not None:
                return Mention(start, pos, text[start:pos].rstrip(), holder, role=role, role_of=owner, kind="descriptor")
            return Mention(start, pos, text[start:pos].rstrip(), owner, acts_for=owner, role=role, kind="descriptor")
        return None

    def _with_modifier(self, text: str, start: int) -> int:
        """ "cựu Ngoại trưởng": the modifier belongs to the mention."""
        offset = max(0, start - 30)
        before = text[offset:start].rstrip()
        for modifier in self.lex.modifiers:
            if fold(before).endswith(modifier) and (len(before) == len(modifier) or not before[-len(modifier) - 1].isalnum()):
                return offset + len(before) - len(modifier)
        return start

    def _owner_at(self, text: str, pos: int, by_start, organizations) -> tuple[Entity | None, int, int]:
        """The country or organisation a title is of, at `pos` ("Nga", "của EU", "Bộ Ngoại giao Pháp").

        Returns (owner or None, where the text after it starts, where the owner starts).
        """
        at = self._skip(text, pos, ("của",))
        organization = organizations.get(at)
        if organization is not None:
            return organization.entity, self._after_acronym(text, organization.end), at
        hit = by_start.get(at)
        if hit is None:
            return None, pos, at
        entity = self.entity_of(hit.value)
        actor = self.lex.actors.get(entity.id)
        if entity.type in ("COUNTRY", "ORGANIZATION"):
            return entity, self._after_acronym(text, hit.end), at
        if entity.type == "LOCATION" and actor is not None and actor.metonym_for:
            return self.lex.entity(actor.metonym_for), self._after_acronym(text, hit.end), at
        return None, pos, at

    def _after_acronym(self, text: str, end: int) -> int:
        """Skip "(EU)", "(RDIF)" after a name."""
        m = re.match(r"\s*\([A-ZĐ][\w.&-]{0,14}\)", text[end:])
        return self._skip(text, end + (m.end() if m else 0))

    def _qualifier_end(self, text: str, pos: int, by_start, organizations) -> int:
        """End of up to four plain words that qualify a title ("thương mại", "Nông lâm thủy sản")."""
        end = pos
        for _ in range(4):
            if end in by_start or end in organizations:
                break
            m = _WORD.match(text, end)
            if not m or (is_capitalised(m.group()) and not looks_vietnamese(m.group())
                         and fold(m.group()) not in self.stop_words):
                break  # a name in Latin letters starts here
            if self.lex.cues.find(m.group()) or fold(m.group()) in self.stop_words:
                return pos
            end = self._skip(text, m.end())
        return end

    def _topic_end(self, text: str, pos: int, by_start) -> int:
        """Skip "về (vấn đề) Syria", "phụ trách Brexit" between an owner and the name."""
        for lead in ("về vấn đề", "về", "phụ trách"):
            if fold(text[pos : pos + len(lead) + 1]) == lead + " ":
                end = self._skip(text, pos + len(lead) + 1)
                hit = by_start.get(end)
                if hit is not None:
                    return self._after_acronym(text, hit.end)
                m = _WORD.match(text, end)
                return self._skip(text, m.end()) if m else pos
        return pos

    def _apposed_person(self, text: str, pos: int, by_start) -> tuple[Entity, int, int] | None:
        """ ", ông Michel Barnier" after a title: the person the title describes."""
        if not text[pos - 2 : pos].strip() == "," and not text[pos : pos + 1] == ",":
            return None
        after = self._skip(text, pos + 1 if text[pos : pos + 1] == "," else pos)
        honorific = next(iter(self.lex.honorifics.find(text[after : after + 20])), None)
        if honorific is None or honorific.start != 0:
            return None
        name_at = self._skip(text, after + honorific.end)
        person = self._person_at(text, name_at, by_start)
        return (person[0], name_at, person[1]) if person else None

    def _honorific_mention(self, text: str, h: PhraseMatch[str], by_start, mentions: list[Mention]) -> Mention | None:
        pos = self._skip(text, h.end)
        hit = by_start.get(pos)
        if hit is not None:
            entity = self.entity_of(hit.value)
            if entity.type == "COUNTRY":
                named = self._person_at(text, self._skip(text, hit.end), by_start)
                if named is not None:
                    # "người đồng cấp Nga Vladimir Putin": a person, of that country.
                    person, end = named
                    name = text[self._skip(text, hit.end) : end]
                    self.ctx.learn_person(person, name, None, entity, self._family_first(person, name))
                    return Mention(h.start, end, text[h.start : end], person, role_of=entity, kind="honorific", name=name)
                # "người đồng cấp Mỹ", "nhà lãnh đạo Triều Tiên": a person of that country;
                # of several, the one holding the office of the person last named (the counterpart).
                persons = list(self.ctx.country_persons.get(entity.id, []))
                if len(persons) > 1:
                    office = self.ctx.offices.get(getattr(self._last_before("PERSON", mentions, h.start), "id", ""))
                    persons = [p for p in persons if office and self.ctx.offices.get(p.id) == office]
                if len(persons) == 1:
                    return Mention(h.start, hit.end, text[h.start : hit.end], persons[0], kind="descriptor")
                return Mention(h.start, hit.end, text[h.start : hit.end], entity, acts_for=entity, kind="descriptor")
            if entity.type != "PERSON":
                return None
        person = self._person_at(text, pos, by_start)
        family = self._family_name_at(text, pos)
        if family is not None and (person is None or person[0].in_dictionary is False):
            person = family
        if person is None:
            if fold(h.text) in self.pronouns and not is_capitalised(text[pos : pos + 1]):
                # "Ông cho biết": he, the last person named.
                referent = self._last_before("PERSON", mentions, h.start)
                if referent is not None:
                    return Mention(h.start, h.end, h.text, referent, kind="pronoun")
            return None
        entity, end = person
        self.ctx.learn_person(entity, text[pos:end], None, None, self._family_first(entity, text[pos:end]))
        # The span starts at the honorific, so "của bà Clinton" reads as a possessive.
        return Mention(h.start, end, text[h.start : end], entity, kind="honorific", name=text[pos:end])

    def _family_name_at(self, text: str, pos: int) -> tuple[Entity, int] | None:
        """ "ông Tập": a family name the article has used in a full name before."""
        m = _WORD.match(text, pos)
        if not m:
            return None
        person = self.ctx.family_names.get(m.group())
        if person is None or person.id == "ambiguous":
            return None
        return person, m.end()

    def _organization_mentions(self, text: str, by_start) -> list[Mention]:
        """ "Quỹ đầu tư trực tiếp Nga", "Bộ Ngoại giao Nga": head noun ... country."""
        found = []
        title_starts = {t.start for t in self.lex.titles.find(text)}
        for head in _ORG_HEADS.find(text):
            government = fold(head.text) in GOVERNMENT_HEADS
            if head.start in title_starts or not (government or is_capitalised(head.text)):
                continue
            for hit_start in sorted(k for k in by_start if head.end < k <= head.end + 40):
                hit = by_start[hit_start]
                entity = self.entity_of(hit.value)
                if entity is None or entity.type != "COUNTRY":
                    continue
                between = text[head.end : hit.start]
                if government:
                    if not between.strip():
                        found.append(Mention(head.start, hit.end, text[head.start : hit.end], entity, kind="name", name=hit.text))
                    break
                if any(c in between for c in ",.;:()\"“”") or len(between.split()) > 5:
                    break
                if any(fold(w) in self.function_words for w in between.split()) or self.speech_verbs.find(between):
                    break  # "Quốc hội ở Anh", "Hãng tin TASS của Nga": not one name
                if self.lex.cues.find(between) or not between.strip():
                    break
                surface = text[head.start : hit.end]
                if surface in self.lex.names:
                    break  # the dictionary knows it
                label = self._organization_label(head.text, between.strip(), entity) or surface
                org = self._new_entity("org", label, "ORGANIZATION")
                # A ministry speaks for its country; a fund or a company does not.
                acts_for = entity if head.text in MINISTRY_HEADS else None
                found.append(Mention(head.start, hit.end, surface, org, acts_for=acts_for, role_of=entity, kind="name",
                                     name=surface))
                break
        return found

    def _foreign_named_organizations(self, text: str, by_start, taken) -> list[Mention]:
        """ "Viện Hudson", "Trung tâm nghiên cứu Carnegie": a head noun, a few words, a Latin name."""
        found = []
        title_starts = {t.start for t in self.lex.titles.find(text)}
        for head in _ORG_HEADS.find(text):
            if not is_capitalised(head.text) or head.start in title_starts or head.start in taken:
                continue
            pos = self._skip(text, head.end)
            for _ in range(4):
                m = _WORD.match(text, pos)
                if not m or pos in by_start:
                    break
                if is_capitalised(m.group()) and not looks_vietnamese(m.group()) and not _is_acronym(m.group()) \
                        and fold(m.group()) not in self.stop_words:
                    end = name_end(text, pos, self.particles, self.stop_words, max_words=3)
                    surface = text[head.start : end]
                    if surface not in self.lex.names:
                        org = self._new_entity("org", surface, "ORGANIZATION")
                        found.append(Mention(head.start, end, surface, org, kind="name", name=surface))
                    break
                if is_capitalised(m.group()) or self.speech_verbs.find(m.group()) or fold(m.group()) in self.function_words:
                    break
                pos = self._skip(text, m.end())
        return found

    def _organization_label(self, head: str, body: str, country: Entity) -> str | None:
        english = self.lex.ministries.get(f"{head} {body}")
        return f"{english} of {country.label}" if english else None

    def _english_organizations(self, text: str) -> list[Mention]:
        found = []
        for m in re.finditer(r"(?:[A-Z][A-Za-z&'-]+ ){1,5}(?:[A-Z][A-Za-z&'-]+)", text):
            words = m.group().split()
            lead = 0
            while lead < len(words) - 1 and fold(words[lead]) in self.stop_words:
                lead += 1  # "Theo Al-Masdar News"
            words = words[lead:]
            if len(words) >= 2 and fold(words[-1]) in _ENGLISH_ORG_HEADS and all(w.isascii() for w in words):
                name = " ".join(words)
                start = m.end() - len(name)
                found.append(Mention(start, m.end(), name, self._new_entity("org", name, "ORGANIZATION"), name=name))
        return found
