"""Find the mentions of entities in a sentence.

`MentionFinder.sentence_mentions` reads one sentence against the actor
dictionary and what the article has said so far (`context.py`), with one
reader per kind of evidence, each a module of its own:

- the dictionary: one automaton over every alias (`dictionary_matches`), not
  inside a Vietnamese personal name ("Lê Hồng Anh") or a pronoun ("Anh ấy");
- titles (`titles.py`): "Ngoại trưởng Nga Sergey Lavrov", "Đại sứ Mỹ tại Hà Nội,
  ông X", "cố vấn đối ngoại của ông Putin, ông X", "Tổng thống Mỹ" (a
  descriptor of the article's holder), "Tổng thống Nga và Mỹ" (one per country);
- honorifics (`honorifics.py`): "ông Dmitriev", "lãnh đạo Công đảng X",
  "các nhà ngoại giao hàng đầu của Nga", "Ông cho biết" (a pronoun);
- organisations (`organizations.py`, `acronyms.py`): "Quỹ đầu tư trực tiếp Nga",
  "Viện Hudson", "Lực lượng an ninh biên giới Ấn Độ (BSF)", "quân đội Ấn Độ"
  (acting for India), "Phủ Tổng thống Ai Cập";
- places (`places.py`): "huyện Samba", "các huyện A, B và C", "ở Poonch";
- sanctions on a country (`sanction_issues.py`): "gói trừng phạt mới nhằm vào Nga", an issue;
- foreign names without a title (`bare_names.py`): "Pavel Durov, nhà sáng lập ...";
- anaphora (`anaphora.py`), read last against the others: "nước này", "hai
  nước" (the pair named together last), "chúng tôi" in a quote.

The word lists and indexes they use are built once per lexicon (`mention_words.py`);
the shape of a name (capitalised runs, particles, Vietnamese syllables) is `names.py`.
"""
from __future__ import annotations

import re

from ingest.normalize import fold_diacritics

from .acronyms import AcronymMentions
from .anaphora import AnaphoraMentions
from .bare_names import BareNameMentions
from .context import ArticleContext
from .dates import time_zones
from .honorifics import FAMILY_FIRST_COUNTRIES, HonorificMentions
from .lexicon import Lexicon, Title
from .mention_words import MentionWords
from .name_repair import repair_person
from .names import (
    WORD,
    is_acronym,
    is_capitalised,
    is_vietnamese_syllable,
    looks_vietnamese,
    name_end,
    name_tail_end,
    slug,
    transliterated,
)
from .organizations import LOCAL_BODY_HEADS, ORG_HEADS, OrganizationMentions
from .phrases import PhraseMatch, fold
from .places import PlaceMentions
from .proxies import ProxyMentions
from .sanction_issues import SanctionMentions
from .sentence import ACTOR_TYPES
from .short_names import ShortNameMentions
from .titles import TitleMentions
from .types import Entity, Mention

VIETNAMESE_NAME_WORDS = 4  # a family name and up to three more syllables ("Nguyễn Thị Kim Ngân")
OPENING_WORDS = 3  # words before the mention a sentence opens with: "(Hôm 5/6,) ông X ..."
_INITIAL = re.compile(r"[A-ZĐÂĂÊÔƠƯ]\.\s?")

__all__ = ["ACTOR_TYPES", "FAMILY_FIRST_COUNTRIES", "ArticleContext", "MentionFinder", "looks_vietnamese", "slug"]


class MentionFinder(TitleMentions, HonorificMentions, OrganizationMentions, AcronymMentions, PlaceMentions,
                    SanctionMentions, ShortNameMentions, BareNameMentions, AnaphoraMentions, ProxyMentions):
    """Finds the mentions of one article's sentences against a `Lexicon`."""

    def __init__(self, lexicon: Lexicon, context: ArticleContext):
        self.lex = lexicon
        self.ctx = context
        # The word lists and phrase indexes the readers use, built once per lexicon.
        for name, value in vars(MentionWords.of(lexicon)).items():
            setattr(self, name, value)

    # -- single sources -------------------------------------------------
    def dictionary_matches(self, text: str) -> list[PhraseMatch[str]]:
        """The dictionary's names in `text`, but not a syllable of a Vietnamese personal name
        ("Lê Hồng Anh", "Nguyễn Thị Nga"), a pronoun ("Anh ấy"), a language or a currency ("tiếng Anh")."""
        found = [self._at_home(self._with_name_tail(text, m))
                 for m in self.lex.names.find(text, accept=lambda m: not _inside_nha_nuoc(text, m))
                 if not self._inside_vietnamese_name(text, m) and not self._language_or_currency(text, m)
                 and not self._names_a_thing(text, m) and not self._another_persons_surname(text, m)
                 and not (len(m.text) <= self.short_alias_length and self._inside_vietnamese_word(text, m))]
        found = [m for i, m in enumerate(found) if not any(o.start < m.start < o.end for o in found[:i])]
        return [m for i, m in enumerate(found) if len(m.text) > self.short_alias_length
                or fold(m.text) not in self.pair_only_aliases or self._in_pair(text, found, i)]

    def _in_pair(self, text: str, found: list[PhraseMatch[str]], i: int) -> bool:
        """Whether a dash joins the match `found[i]` to a country's name next to it ("Mỹ - Trung", "Trung-Triều")."""
        m = found[i]
        return any(self.entity_of(o.value).type == "COUNTRY" and _PAIR_DASH.fullmatch(text[o.end : m.start] if o.end <= m.start
                                                                                  else text[m.end : o.start])
                   for o in found[max(0, i - 1) : i + 2] if o is not m)

    def _with_name_tail(self, text: str, m: PhraseMatch[str]) -> PhraseMatch[str]:
        """A person's name from the dictionary with the rest of the name after a particle:
        "Mohammed bin Abdulrahman" + " bin Jassim Al Thani" is one person."""
        if self.entity_of(m.value).type != "PERSON":
            return m
        end = name_tail_end(text, m.end, self.name_tail_particles, self.particles, self.stop_words)
        return m if end == m.end else PhraseMatch(m.start, end, text[m.start : end], m.value)

    def _at_home(self, m: PhraseMatch[str]) -> PhraseMatch[str]:
        """The actor a shared alias names in this article: "đảng Dân chủ" is the Korean party in an
        article that names South Korea more often than the United States (the actors' home_aliases)."""
        homes = self.lex.home_aliases.get(fold(m.text), ())
        if not homes or not self.ctx.reading:
            return m
        counts = self.ctx.country_counts
        default = self.lex.actors[m.value].country
        best = max(homes, key=lambda a: counts.get(self.lex.actors[a].country or "", 0))
        if counts.get(self.lex.actors[best].country or "", 0) > counts.get(default or "", 0):
            return PhraseMatch(m.start, m.end, m.text, best)
        return m

    def _names_a_thing(self, text: str, m: PhraseMatch[str]) -> bool:
        """Whether a person's name of the dictionary names a thing after one of names.yaml named_thing_heads:
        "tàu sân bay USS Ronald Reagan", "Quảng trường Kim Il-sung" (no person)."""
        return self.entity_of(m.value).type == "PERSON" and self.named_thing_heads.ending_before(text, m.start) is not None

    def _another_persons_surname(self, text: str, m: PhraseMatch[str]) -> bool:
        """Whether a one-word name of a dictionary person follows a given name that is none of that person's:
        "William Fallon" is not the dictionary's Michael Fallon, nor "Melania Trump" Donald Trump."""
        if " " in m.text.strip() or not m.value.startswith("person:"):
            return False
        before = text[max(0, m.start - 30) : m.start].split()[-1:]
        if not before or fold(before[0]) not in self.given_names \
                or self.lex.honorifics.find(before[0]) or self.lex.titles.find(before[0]):
            return False  # "Sheikh Tamim": a form of address, no given name
        entity = self.entity_of(m.value)
        actor = self.lex.actor(entity.id)
        own = {fold(w) for name in (entity.label, *(actor.aliases if actor else ())) for w in name.split()}
        return fold(before[0]) not in own

    def _language_or_currency(self, text: str, m: PhraseMatch[str]) -> bool:
        """Whether a country's name follows "tiếng", "bảng", "đô la" ... (names.yaml language_and_currency_heads)."""
        if self.entity_of(m.value).type != "COUNTRY":
            return False
        before = fold(text[max(0, m.start - 12) : m.start]).split()
        return any(
            before[-len(head.split()) :] == head.split() for head in self.language_and_currency_heads)

    def _inside_vietnamese_word(self, text: str, m: PhraseMatch[str]) -> bool:
        """Whether a name of names.yaml bound_aliases is a syllable of a word or a name around it: "Chủ Nhật",
        "cầu Nhật Tân", "Nhật ký"; not "Thủ tướng Nhật", "Mỹ, Nhật", "Nhật Takeshi Iwaya"."""
        if fold(m.text) not in self.bound_aliases:
            return False
        after = text[m.end : m.end + 12].split()[:1]
        tail = after[0].strip(".,;:!?\"”)") if after else ""
        if tail and (fold(tail) in self.bound_alias_tails or is_capitalised(tail) and is_vietnamese_syllable(tail)):
            return True
        before = text[max(0, m.start - 12) : m.start]
        word = before.split()[-1] if before.strip() and before[-1:].isspace() else ""
        return is_capitalised(word) and is_vietnamese_syllable(word)

    def _inside_vietnamese_name(self, text: str, m: PhraseMatch[str]) -> bool:
        if " " in m.text or not is_vietnamese_syllable(m.text):
            return False
        after = text[m.end : m.end + 4].split()[:1]
        if after and fold(after[0].strip(",.")) in self.pronoun_particles:
            return True
        before = text[max(0, m.start - 40) : m.start]
        run = []
        for word in reversed(before.split()):
            if not is_capitalised(word) or not is_vietnamese_syllable(word) or len(run) == 3:
                break
            run.insert(0, word)
        if not run or fold(run[0]) not in self.family_names:
            return False
        return not self.lex.names.find(" ".join(run))  # "Tập Cận Bình Việc Mỹ": a name the dictionary knows

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

    def _family_name_after(self, text: str, start: int, end: int) -> int:
        """A foreign given name then a Vietnamese family name is one name: "bà Christine Lê", "ông Tony
        Nguyễn" (not "Tony Nguyễn Văn ...", where a Vietnamese name begins)."""
        family = WORD.match(text, end + 1) if end > start and text[end : end + 1] == " " else None
        if family is None or not is_capitalised(family.group()) or fold(family.group()) not in self.family_names \
                or any(is_vietnamese_syllable(w) for w in text[start:end].split()):
            return end
        after = WORD.match(text, family.end() + 1) if text[family.end() : family.end() + 1] == " " else None
        return end if after is not None and is_capitalised(after.group()) else family.end()

    def _person_at(self, text: str, start: int, by_start: dict[int, PhraseMatch[str]],
                   after_title: bool = False) -> tuple[Entity, int] | None:
        """A person named at `start`: from the dictionary, the article, or a new name (after a title,
        not one Vietnamese syllable before a word in lower case: "Trưởng Ban Kinh tế" names nobody)."""
        honorific = next(iter(self.lex.honorifics.find(text[start : start + 20])), None)
        if honorific is not None and honorific.start == 0 and is_capitalised(honorific.text):
            start = self._skip(text, start + honorific.end)  # "Ayatollah Ruhollah Khomeini"
        hit = by_start.get(start)
        if hit is not None:
            entity = self.entity_of(hit.value)
            return (entity, hit.end) if entity.type == "PERSON" else None
        start = self._past_acronyms(text, start)  # "lãnh đạo đảng DUP Arlene Foster"
        first = WORD.match(text, start)
        if first is not None and fold(first.group()) not in self.family_names \
                and self.not_person_before.starting_at(text, start) is not None:
            return None  # "Chủ nhiệm Báo Vietweekly", "Chỉ huy tàu USS Fitzgerald": a paper, a ship, no person
        if first is not None and fold(first.group()) in self.family_names:
            # "Nguyễn Thành Phong", "Trần Văn Bình": after a family name, "Thành" and "Văn" are
            # given names, not the first syllables of "Thành phố" or "Văn phòng"
            end = name_end(text, start, self.particles, self.clause_words, VIETNAMESE_NAME_WORDS)
        else:
            end = self._family_name_after(text, start, name_end(text, start, self.particles, self.stop_words))
        if end == start and first is not None and fold(first.group()) in self.particles:
            # "ông de Leon", "ông van Rompuy": a family name that opens with its particle
            following = WORD.match(text, self._skip(text, first.end()))
            if following is not None and is_capitalised(following.group()) and not looks_vietnamese(following.group()):
                end = name_end(text, following.start(), self.particles, self.stop_words)
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
        if ORG_HEADS.find(surface) and ORG_HEADS.find(surface)[0].start == 0:
            return None
        if surface in self.lex.names or not self.plausible_name(surface):
            return None  # a country or organisation, or a common noun, not a person
        following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if after_title and " " not in surface and is_vietnamese_syllable(surface) \
                and following is not None and following.group().islower():
            return None
        return self._new_entity("person", surface, "PERSON"), end

    def plausible_name(self, surface: str) -> bool:
        """Whether a run of capitalised words can be a name the dictionary lacks.

        A Vietnamese-spelled run is a name only as a family name and more
        ("Uông Văn Bân", not "Nguyễn" or "Giám"), or as a foreign name spelled
        syllable by syllable ("Thông-luông Xi-xu-lít"); a run in plain Latin
        letters ("Romain Nadal") only without clause words or acronyms ("DUP").
        """
        words = surface.split()
        if any(is_acronym(w) for w in words):
            return False
        if fold(words[0]) in self.family_names:
            return len(words) >= 2
        if all(transliterated(w) for w in words):
            return True
        if len(words) >= 2 and fold(words[-1]) in self.family_names:
            words = words[:-1]  # "Christine Lê": a foreign given name, a Vietnamese family name
        return not any(looks_vietnamese(w) or fold(w) in self.stop_words for w in words)

    def _past_acronyms(self, text: str, start: int) -> int:
        """Skip acronyms (an organisation) in front of a name: "DUP Arlene Foster"."""
        while True:
            m = WORD.match(text, start)
            if not m or not is_acronym(m.group()) or m.end() >= len(text) or text[m.end()] != " ":
                return start
            following = WORD.match(text, m.end() + 1)
            if not following or not is_capitalised(following.group()):
                return start
            start = m.end() + 1


    def _titles_opening_bodies(self, text: str, dictionary: list[PhraseMatch[str]],
                               titles: list[PhraseMatch[Title]]) -> list[PhraseMatch[Title]]:
        """ "Chánh văn phòng Tổng thống Ukraine X": a title whose last words open the name of a body the
        dictionary knows ("Văn phòng Tổng thống Ukraine") is an office of that body; its words before the
        body's name stand for the title, as "Trưởng" does in "Trưởng Văn phòng Tổng thống Ukraine X"."""
        found = []
        for t in titles:
            body = next((d for d in dictionary if t.start < d.start < t.end < d.end and text[t.start : d.start].strip()
                         and self.entity_of(d.value).type == "ORGANIZATION"), None)
            if body is not None:
                end = len(text[: body.start].rstrip())
                found.append(PhraseMatch(t.start, end, text[t.start : end], t.value))
        return found

    def sentence_mentions(self, text: str) -> list[Mention]:
        """All mentions in one sentence, non-overlapping, in text order."""
        dictionary = self.dictionary_matches(text)
        by_start = {m.start: m for m in dictionary}
        local = self.ctx.local_index().find(text) if self.ctx.local_names or self.ctx.aliases else []
        for m in local:
            if " " not in m.text and self.lex.vietnamese_named(self.entity_of(m.value)):
                continue  # "Trung" of Lê Hoài Trung is not in "Trung ương": alone, only after "ông/bà" (honorifics.py)
            overlapping = [d for d in dictionary if d.start <= m.start < d.end or m.start <= d.start < m.end]
            # a body's name the article defined holds the dictionary's names inside it: "VIFA UK" is no "UK"
            inside = self.entity_of(m.value).type in ("ORGANIZATION", "GROUP") and all(
                m.start <= d.start and d.end <= m.end and d.end - d.start < m.end - m.start for d in overlapping)
            if not overlapping or inside:
                for d in overlapping:
                    del by_start[d.start]
                by_start[m.start] = m
        dictionary = [d for d in dictionary if by_start.get(d.start) is d]
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = time_zones(text)

        def free(start: int, end: int) -> bool:
            return all(end <= a or start >= b for a, b in taken)

        def take(mention: Mention) -> None:
            mentions.append(mention)
            taken.append((mention.start, mention.end))

        # Organisations the dictionary lacks ("Bộ Ngoại giao Philippines"), so
        # that a title before them takes them as what it is a title of.
        organizations = {m.start: m for m in self.defined_organizations(text, by_start)}
        for m in self.state_body_mentions(text, by_start):
            organizations.setdefault(m.start, m)
        heads = ORG_HEADS.find(text)
        titles = self.lex.titles.find(text)
        for m in self._organization_mentions(text, by_start, heads, titles):
            organizations.setdefault(m.start, m)
        for m in self._foreign_named_organizations(text, by_start, organizations, heads, titles):
            organizations.setdefault(m.start, m)
        for m in self.research_body_mentions(text, by_start, organizations, heads, titles):
            organizations.setdefault(m.start, m)
        missions = self.mission_heads.find(text)
        embassies = self.embassy_mentions(text, by_start, missions)
        for m in embassies + self.community_mentions(text, by_start):
            organizations[m.start] = m
        # Titles next: they swallow the country and the name that follow them.

        def title_ok(t: PhraseMatch[Title]) -> bool:
            # A title must not end inside a name ("Người phát ngôn Bộ Ngoại giao" + "Pháp"
            # where the dictionary knows "Bộ Ngoại giao Pháp"), nor start inside a word, nor be
            # the start of a mission's name ("Đại sứ" of "Đại sứ quán").
            cuts_name = any(d.start < t.end < d.end for d in dictionary + missions)
            return not cuts_name and not self._inside_compound(text, t)

        found_titles = self.lex.titles.find(text, accept=title_ok) + self._titles_opening_bodies(text, dictionary, titles)
        for t in sorted(found_titles, key=lambda t: (t.start, -t.end)):
            if not free(t.start, t.end):
                continue
            mention = self._title_mention(text, t, by_start, organizations)
            if mention is not None and free(mention.start, mention.end):
                take(mention)
                shared = self.shared_descriptor(text, mention, t.value, by_start)
                if shared is not None and free(shared.start, shared.end):
                    take(shared)
        for h in self.lex.honorifics.find(text):
            # "Anh" the country wins over "anh" the honorific: the dictionary is more specific.
            if not free(h.start, h.end) or h.start in by_start:
                continue
            mention = self._honorific_mention(text, h, by_start, mentions)
            if mention is not None and free(mention.start, mention.end):
                take(mention)
                shared = self.shared_descriptor(text, mention, None, by_start)
                if shared is not None and free(shared.start, shared.end):
                    take(shared)
        for mention in embassies:  # before its host is read as a venue
            if free(mention.start, mention.end):
                take(mention)
        for mention in organizations.values():
            if mention.text.startswith(LOCAL_BODY_HEADS) and free(mention.start, mention.end):
                take(mention)  # "UBND tỉnh Quảng Nam": the body, before "tỉnh Quảng Nam" is read as the place
        for mention in self.place_mentions(text, by_start, free):
            take(mention)
        for mention in self.sanction_mentions(text, by_start, free):
            take(mention)
        for mention in self.proxy_mentions(text, by_start, free):
            take(mention)
        for mention in self.venue_mentions(text, by_start, free):
            take(mention)
        for mention in organizations.values():
            if free(mention.start, mention.end):
                take(mention)
        for mention in self.short_name_mentions(text, by_start, free) if self.ctx.reading else []:
            take(mention)
        for m in sorted(by_start.values(), key=lambda m: m.start):
            if not free(m.start, m.end):
                continue
            entity = self.entity_of(m.value)
            actor = self.lex.actor(entity.id)
            country = self.armed_forces_of(m.text, entity)
            if country is not None:  # "Quân đội Nga": Russia acts, its armed forces are named
                take(self.armed_forces_mention(m.start, m.end, m.text, entity, country))
                continue
            acts_for = role_of = None
            if entity.type == "ISSUE":
                role_of = self.actor_inside(m.text, entity)  # "Ukraine gia nhập NATO" names NATO
            if actor is not None and actor.metonym_for:
                acts_for = self.lex.entity(actor.metonym_for)
            take(Mention(m.start, m.end, m.text, entity, acts_for=acts_for, role_of=role_of, name=m.text))
        for m in self._english_organizations(text):
            if free(m.start, m.end):
                take(m)
        for m in self.affiliation_mentions(text, mentions, free):
            take(m)
        for m in self.listed_places(text, sorted(mentions, key=lambda m: m.start), by_start, free):
            take(m)
        for m in self.bare_name_mentions(text, by_start, free):
            take(m)
        mentions = [self._seat_head(text, m) or m for m in mentions]
        mentions.extend(self.anaphora_mentions(text, mentions))
        mentions.sort(key=lambda m: m.start)
        named = [m for m in mentions if m.kind != "pronoun"]
        self.ctx.pairs.extend(self.joined_pairs(text, named))
        groups = self.joined_groups(text, named)
        self.ctx.groups.extend(groups)
        for m in mentions:
            referent = self.referent(text, m)
            if referent.type in ACTOR_TYPES:
                if referent in self.ctx.recent:
                    self.ctx.recent.remove(referent)
                self.ctx.recent.append(referent)
            self.ctx.last_by_type[referent.type] = referent
            if m.role_of is not None:
                self.ctx.last_by_type.setdefault(m.role_of.type, m.role_of)
        if not self.ctx.reading:
            self.learn_short_names(mentions)
            self._learn_bracketed_names(text, mentions)
            for m in mentions:
                for country in {e.id for e in (m.entity, m.acts_for, m.role_of) if e is not None and e.type == "COUNTRY"}:
                    self.ctx.country_counts[country] = self.ctx.country_counts.get(country, 0) + 1
        opening = self.referent(text, mentions[0]) if mentions else None
        opens = mentions and len(text[: mentions[0].start].split()) <= OPENING_WORDS
        self.ctx.opening = opening if opens else None
        self.ctx.last_groups = groups
        return mentions

    def _learn_bracketed_names(self, text: str, mentions: list[Mention]) -> None:
        """ "Ngoại trưởng Thổ Nhĩ Kỳ M.Ca-vu-xô-glu (Mevlut Cavusoglu)": a name the dictionary lacks, with
        another person's name in brackets right after it, is that person's name as the article spells it:
        the bracketed one is the dictionary's, or the name is spelt the Vietnamese way and the bracketed
        one in plain Latin letters (not "Ahn Jong-beom (An Chong-bum)", two spellings of one new name)."""
        for named, bracketed in zip(mentions, mentions[1:]):
            if named.entity.type != "PERSON" or bracketed.entity.type != "PERSON" or named.entity.in_dictionary \
                    or named.entity == bracketed.entity or not named.name:
                continue
            if not bracketed.entity.in_dictionary and (named.name.isascii() or not fold_diacritics(bracketed.text).isascii()):
                continue
            if text[named.end : bracketed.start].strip() == "(" and text[bracketed.end : bracketed.end + 1] == ")":
                self.ctx.learn_spelling(named.entity, named.name, bracketed.entity)
                initial = _INITIAL.match(named.name)
                if initial is not None:  # "X.Ga-bri-en": later "ông Ga-bri-en"
                    self.ctx.learn_person(bracketed.entity, named.name[initial.end() :], None, None)

    def _seat_head(self, text: str, m: Mention) -> Mention | None:
        """ "ông chủ Nhà Trắng", "người đứng đầu Điện Kremlin": the holder of the seat's office (the
        one the article named, else the dictionary's in the article's year), not the seat."""
        actor = self.lex.actors.get(m.entity.id)
        if actor is None or not actor.seat_of or not actor.metonym_for:
            return None
        if m.kind == "descriptor":  # "Người đứng đầu Điện Kremlin" read as a title of the seat
            head = next((h for h in self.seat_heads.find(m.text) if h.start == 0), None)
            start = m.start
        else:
            base = max(0, m.start - 25)
            lead = text[base : m.start].rstrip()
            head = next((h for h in self.seat_heads.find(lead) if h.end == len(lead)), None)
            start = base + head.start if head is not None else m.start
        if head is None:
            return None
        country = self.lex.entity(actor.metonym_for)
        holder = self.ctx.title_holders.get((actor.seat_of, country.id)) or \
            self.lex.office_holder(actor.seat_of, country.id, self.ctx.year)
        if holder is None:
            return None
        end = start + len(text[start : m.end].rstrip())
        return Mention(start, end, text[start:end], holder, kind="descriptor", role=actor.seat_of, role_of=country)

    def _skip(self, text: str, pos: int, words: tuple[str, ...] = ()) -> int:
        while pos < len(text) and text[pos] == " ":
            pos += 1
        for word in words:
            if fold(text[pos : pos + len(word) + 1]) == word + " ":
                return pos + len(word) + 1
        return pos


_PAIR_DASH = re.compile(r"\s*[-–]\s*")


def _inside_nha_nuoc(text: str, m: PhraseMatch[str]) -> bool:
    """Whether an alias opening with "nước" ("nước Trung Quốc") starts inside "nhà nước" (the state):
    "nhà nước Trung Quốc" is the government of China, read by its head, with "Trung Quốc" as the name.

    >>> _inside_nha_nuoc("được nhà nước Trung Quốc ủng hộ", PhraseMatch(9, 24, "nước Trung Quốc", "country:CN"))
    True
    """
    return fold(m.text).startswith("nước ") and fold(text[: m.start]).rstrip().endswith("nhà")
