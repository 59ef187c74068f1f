"""Titles and what follows them: "Ngoại trưởng Nga Sergey Lavrov", "Tổng thống Mỹ".

`TitleMentions` is one part of `MentionFinder` (see mentions.py): it reads a
title, the country or organisation it is of, a qualifier or topic, and the name
of its holder, or makes the title a descriptor of the article's holder of it.
"""
from __future__ import annotations

import re

from .bare_titles import BareTitleMentions
from .lexicon import Title
from .name_repair import dictionary_persons
from .names import WORD, is_capitalised, is_vietnamese_syllable, looks_vietnamese
from .phrases import PhraseMatch, fold, word_at
from .sentence import fronting_at, office_verb_end, opening_end
from .types import Entity, Mention

FRONTED_WORDS = 15  # "Phát biểu với báo giới tại Vườn Hồng sau cuộc gặp đầu tiên với": a fronted phrase's words, at most

_ACRONYM_AFTER = re.compile(r"\s*\([^)]*\)\s*$")
_BREAK = re.compile(r"[,.;:()\"“”]")
FAR_OWNER_WORDS = 14
TOPIC_WORDS = 4  # "về (chính sách) Triều Tiên", "phụ trách (chính sách đối ngoại)": the words of a title's topic, at most
NAME_END_PUNCTUATION = ".,;:!?…\"”)"  # what may close the last word of a name ("Trần Văn Khoa.")
_APPOSITION = re.compile(r"\s*(?:,|[-–])\s*")


class TitleMentions(BareTitleMentions):
    """Mentions introduced by a title (a part of `MentionFinder`, whose `lex`, `ctx`,
    `_person_at` and `_skip` it uses)."""

    def _inside_compound(self, text: str, t: PhraseMatch[Title]) -> bool:
        previous = text[max(0, t.start - 30) : t.start].split()[-1:]
        return bool(previous) and fold(f"{previous[0]} {t.text.split()[0]}") in self.title_compounds

    def _title_mention(self, text: str, t: PhraseMatch[Title], by_start, organizations) -> Mention | None:
        """A title and what follows it:

        "Ngoại trưởng Nga Sergey Lavrov"                      title, owner, name
        "Ủy viên thương mại EU Cecilia Malmstrom"             title, qualifier, owner, name
        "Đặc phái viên của LHQ về vấn đề Syria Staffan de Mistura"   ... topic, name
        "Trưởng đoàn đàm phán của EU (EU), ông Michel Barnier"       ... apposed name
        "Tổng thống Mỹ"                                       no name: a descriptor
        """
        tail = self._tail_of_owned_title(text, t, by_start)
        if tail is not None:  # "Đặc phái viên của Tổng thống Trump": Trump is the President, not the envoy
            head = next((h for h in self.lex.titles.find(text[t.start : tail.start]) if h.start == 0
                         and fold(text[t.start + h.end : tail.start]).strip() == "của"), None)
            aide = self._title_mention(text, PhraseMatch(t.start, t.start + head.end, head.text, head.value), by_start,
                                       organizations) if head is not None else None
            if aide is not None and aide.kind == "title" and aide.role_of is not None and aide.role_of.type == "PERSON":
                return aide  # "..., ông Steve Witkoff": the envoy is named after his principal
            return self._title_mention(text, tail, by_start, organizations)
        title = t.value
        start = self._with_modifier(text, t.start)
        after_title = self._skip(text, t.end)
        # Without a qualifier first, then with one, then with a longer phrase ending in "của";
        # a qualifier or a phrase must lead to a name.
        tries = ((after_title, False), (self._qualifier_end(text, after_title, by_start, organizations), True),
                 (self.far_owner_start(text, after_title, by_start, organizations), True))
        for pos, needs_person in tries:
            owner, pos, owner_start = self._owner_at(text, pos, by_start, organizations, title.role in self.local_roles,
                                                     state=title.role not in self.member_roles)
            if needs_person and pos == after_title:
                continue
            # "Chuyên gia Nga (X)": an expert from Russia holds no office of it and does not speak for it
            private = owner is not None and owner.type == "COUNTRY" and title.role in self.private_roles
            role_of = None if private else owner
            if role_of is None and title.of is not None:
                actor = self.lex.actors[title.of]
                metonym = actor.metonym_for if actor.entity.type == "LOCATION" else None
                role_of = self.lex.entity(metonym) if metonym else actor.entity
            # past the owner's topic and country, or the acronym of the body a title names itself
            # ("Chủ tịch Ủy ban châu Âu (EC) Jean-Claude Juncker")
            name_at = self._past_home_state(
                text, self._topic_end(text, self._past_body_country(text, pos, owner, by_start), by_start)
                if owner is not None else self._after_acronym(text, pos) if title.of else pos, by_start)
            person: tuple[Entity, int] | tuple[Entity, int, int] | None = self._person_at(text, name_at, by_start, True)
            # (a title right after a dash is said of the name before it)
            if person is None and not text[:start].rstrip().endswith(("-", "–")):
                person = self._apposed_person(text, name_at, by_start)
                if person is not None and self._addressed(text, start, person[2]):
                    person = None
                owning = self._owning_title(text, start)
                if person is not None and owning is not None:
                    # "Người phát ngôn của Tổng thống Nga, ông B": B holds the first title, of the same owner
                    title, start = owning.value, owning.start
                known = person and role_of and self.lex.office_owner(person[0].id, title, self.ctx.year)
                if known and role_of is not None and role_of.type != "PERSON" and known.id != role_of.id \
                        and not self._of_the_state(role_of, known):
                    person = None  # "Gặp Ngoại trưởng Qatar, ông Lavrov nói gì?": the dictionary knows his office
            if person is not None:
                entity, name_start, end = person if len(person) == 3 else (person[0], name_at, person[1])
                if role_of is None and not private:
                    role_of = self.lex.unwritten_owner(entity, title, self.ctx.year)
                chained = self._chained_title(text, name_at, entity) if not private and len(person) == 3 else None
                second = None
                if chained is not None and role_of is None:  # "Ủy viên Bộ Chính trị, Phó Thủ tướng X": the second's office
                    title, role_of = chained
                elif chained is not None and chained[1] != role_of:  # "Ủy viên Trung ương Đảng, Thứ trưởng ...": both
                    second = (chained[0].role_for(chained[1].id), chained[1])
                role = self.lex.office_name(entity.id, title, role_of.id if role_of else None, self.ctx.year)
                name = text[name_start:end]
                organizations.pop(owner_start, None)  # taken by this title
                self.ctx.learn_person(entity, name, role, role_of, self._family_first(entity, name))
                self.ctx.offices.setdefault(entity.id, title.role)
                self.ctx.titled.setdefault(fold(title.vi), []).append(entity.id)
                return Mention(start, end, text[start:end], entity, role=role, role_of=role_of, kind="title",
                               name=name, office=title.office, owner_name=self._owner_name(text, owner, owner_start, pos),
                               second_office=second)
            pos = len(text[:pos].rstrip())  # a descriptor ends with its last word, not the space after it
            if owner is None and not needs_person and role_of is not None and role_of.type == "ORGANIZATION" \
                    and self._after_plural(text, start):
                # "Các nghị sĩ Dân chủ phản đối ...": the title names its body, which acts through them
                return Mention(start, pos, text[start:pos], role_of, acts_for=role_of, role=title.role,
                               kind="descriptor", office=title.office)
            if needs_person or owner is None or private:
                continue
            # "người phát ngôn Lực lượng tuần duyên (PCG)": the body is named inside the descriptor
            return self._descriptor(text, start, pos, title, owner, self._owner_name(text, owner, owner_start, pos))
        named = self._holder_named_after(text, t, by_start) or self._bare_title(text, t) or self._object_title(text, t)
        of = self.lex.actors[title.of].entity if named is None and title.of else None
        if of is not None and of.type != "LOCATION" \
                and any(t.start <= at < t.end and hit.value == title.of for at, hit in by_start.items()):
            return self._descriptor(text, start, t.end, title, of)  # "Ông X, Tổng thư ký NATO, cảnh báo ...": NATO named in it
        return named

    def _descriptor(self, text: str, start: int, end: int, title: Title, owner: Entity,
                    owner_name: str | None = None) -> Mention | None:
        """A title with its owner and no name after it: the article's holder of it ("Ngoại trưởng Nga"), or the
        owner acting through it; an aide unnamed ("cố vấn của ông Putin") is nobody the article knows."""
        role = title.role_for(owner.id)
        holder = self.ctx.title_holders.get((role, owner.id))
        if holder is not None:
            return Mention(start, end, text[start:end], holder, role=role, role_of=owner, kind="descriptor",
                           office=title.office)
        if owner.type == "PERSON":
            return None
        return Mention(start, end, text[start:end], owner, acts_for=owner, role=role, kind="descriptor",
                       name=owner_name, office=title.office)

    def _holder_named_after(self, text: str, t: PhraseMatch[Title], by_start) -> Mention | None:
        """A title that names its owner, then an office verb and a person: "Người phát ngôn của Điện
        Kremlin là ông X" (the descriptor, whose holder structure.py reads after the verb)."""
        of = t.value.of
        verb_end = office_verb_end(text, t.end, self.lex) if of is not None else None
        if of is None or verb_end is None:
            return None
        lead = next((h for h in self.lex.honorifics.find(text[verb_end : verb_end + 20]) if h.start == 0), None)
        if self._person_at(text, self._skip(text, verb_end + lead.end) if lead else verb_end, by_start) is None:
            return None
        owner = self.lex.actors[of].entity
        return Mention(t.start, t.end, t.text, owner, acts_for=owner, role=t.value.role_for(owner.id), kind="descriptor",
                       office=t.value.office)

    def _after_plural(self, text: str, start: int) -> bool:
        """Whether a plural word ("các", "những") stands right before `start`: a title of several people."""
        before = fold(text[:start]).split()
        return bool(before) and before[-1] in self.plural_words

    def _of_the_state(self, body: Entity, state: Entity) -> bool:
        """Whether an office of `body` is one of `state`: the dictionary's "Chairman of the Joint Chiefs of
        Staff" of the United States is the title's of its Joint Chiefs of Staff."""
        actor = self.lex.actor(body.id)
        return actor is not None and actor.country == state.id

    def _chained_title(self, text: str, pos: int, person: Entity) -> tuple[Title, Entity] | None:
        """The title that opens the apposition after a title, and its owner, when the dictionary or the
        Vietnamese press convention gives one: "Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Nguyễn
        Hòa Bình" holds the second for Vietnam (the first's office, where it has one, stays too)."""
        mark = _APPOSITION.match(text, pos)
        lead = next((t for t in self.lex.titles.find(text[mark.end() : mark.end() + 40]) if t.start == 0), None) if mark else None
        if lead is None:
            return None
        owner = self.lex.unwritten_owner(person, lead.value, self.ctx.year)
        return (lead.value, owner) if owner is not None else None

    def _tail_of_owned_title(self, text: str, t: PhraseMatch[Title], by_start) -> PhraseMatch[Title] | None:
        """The title after "của" inside a title ("Đặc phái viên của Tổng thống"), when the name right after
        holds that office in the dictionary: the name is the owner's, the title after "của" is his."""
        inner = fold(t.text).find(" của ")
        at = t.start + inner + len(" của ")
        person = self._person_owner_at(text, at, by_start) if inner >= 0 else None  # also "Tổng thống Mỹ Donald Trump"
        if person is None:
            return None
        tail = next((m for m in self.lex.titles.find(text[at : t.end]) if m.start == 0 and at + m.end == t.end), None)
        if tail is None or self.lex.office_owner(person[0].id, tail.value, self.ctx.year) is None:
            return None
        return PhraseMatch(at, t.end, tail.text, tail.value)

    def _owning_title(self, text: str, start: int) -> PhraseMatch[Title] | None:
        """The title whose owner the title at `start` names, after "của" ("Trợ lý của Tổng thống Nga"),
        as a match in `text`; None after anything else ("chuyến thăm của Ngoại trưởng Mỹ")."""
        before = text[:start].rstrip()
        if not fold(before).endswith(" của"):
            return None
        head = before[: -len("của")].rstrip()
        offset = max(0, len(head) - 40)
        # the title right before "của", or before plain words that qualify it ("Thư ký cấp cao của")
        found = next((t for t in reversed(self.lex.titles.find(head[offset:])) if offset + t.end == len(head)
                      or self._qualifier_end(text, self._skip(text, offset + t.end), {}, {}) >= len(head)), None)
        return None if found is None else PhraseMatch(offset + found.start, offset + found.end, found.text, found.value)

    def _owner_name(self, text: str, owner: Entity | None, start: int, end: int) -> str | None:
        """An organisation's name as the title's span writes it, without its acronym."""
        if owner is None or owner.type != "ORGANIZATION" or end <= start:
            return None
        return _ACRONYM_AFTER.sub("", text[start:end]).strip(" ,") or None

    def _with_modifier(self, text: str, start: int) -> int:
        """ "cựu Ngoại trưởng": the modifier belongs to the mention."""
        offset = max(0, start - 30)
        before = text[offset:start].rstrip()
        for modifier in self.lex.modifiers:
            if fold(before).endswith(modifier) and (len(before) == len(modifier) or not before[-len(modifier) - 1].isalnum()):
                return offset + len(before) - len(modifier)
        return start

    def _owner_at(self, text: str, pos: int, by_start, organizations, local: bool = False,
                  state: bool = False) -> tuple[Entity | None, int, int]:
        """The country or organisation a title is of, at `pos` ("Nga", "của EU", "Bộ Ngoại giao Pháp");
        for a `local` title, also the city or province ("Thị trưởng London": London, not the UK); for
        a `state` title, the state of a federation written as one ("Tổng Chưởng lý bang California";
        not a legislator's, who sits for it in the federal house: "Thượng nghị sĩ bang New York").

        Returns (owner or None, where the text after it starts, where the owner starts).
        """
        at = self._skip(text, pos, ("của",))
        organization = organizations.get(at)
        if organization is not None:
            return organization.entity, self._after_acronym(text, organization.end), at
        if at != pos:  # "cố vấn của (Tổng thống) Trump": a person's aide
            person = self._person_owner_at(text, at, by_start)
            if person is not None:
                return person[0], self._skip(text, person[1]), at
        hit = by_start.get(at)
        local = local or state and word_at(text, at, self.state_words) is not None
        if hit is None and local:  # "Tỉnh trưởng tỉnh Chăm-pa-sắc", "Thị trưởng thành phố London"
            head = word_at(text, at, self.home_state_words)
            hit = by_start.get(self._skip(text, at + len(head))) if head else None
            if head and hit is None:
                place = self._new_place_before_name(text, self._skip(text, at + len(head)), by_start)
                if place is not None:
                    return place[0], self._skip(text, place[1]), at
        if hit is None:
            anaphor = self.country_anaphor_at(text, at, by_start)  # "Ngoại trưởng nước này"
            return (anaphor[0], self._skip(text, anaphor[1]), at) if anaphor else (None, pos, at)
        entity = self.entity_of(hit.value)
        actor = self.lex.actors.get(entity.id)
        if entity.type in ("COUNTRY", "ORGANIZATION"):
            return entity, self._after_acronym(text, hit.end), at
        if entity.type == "LOCATION" and local:
            return entity, self._skip(text, hit.end), at
        if entity.type == "LOCATION" and actor is not None and actor.metonym_for:
            return self.lex.entity(actor.metonym_for), self._after_acronym(text, hit.end), at
        return None, pos, at

    def _new_place_before_name(self, text: str, pos: int, by_start) -> tuple[Entity, int] | None:
        """A city or province the dictionary lacks, after the place word of a local title, when a
        person's name follows it: "Thị trưởng thành phố Augsburg Eva Weber" (the place ends at a
        given name, `_place_at`), in Latin letters; without a name after it the words may be the
        person's own."""
        place = self._place_at(text, pos, by_start)
        if place is None or place[0].in_dictionary or all(map(is_vietnamese_syllable, text[pos : place[1]].split())):
            return None  # "tỉnh Sơn Đông Quách Thụ Thanh": where a Sino-Vietnamese name ends, no given name tells
        after = self._skip(text, place[1])
        if self._person_at(text, after, by_start, True) is None and self._apposed_person(text, place[1], by_start) is None:
            return None
        return place

    def _person_owner_at(self, text: str, pos: int, by_start) -> tuple[Entity, int] | None:
        """ "ông Putin", "Tổng thống Trump", "Tổng thống Nga Putin" after "của": the person and the end."""
        if pos in by_start and self.entity_of(by_start[pos].value).type != "PERSON":
            return None  # "của Anh David Davis": "Anh" the country, not the honorific
        for index in (self.lex.honorifics, self.lex.titles):
            lead = next((m for m in index.find(text[pos : pos + 40]) if m.start == 0), None)
            if lead is not None:
                pos = self._skip(text, pos + lead.end)
                country = by_start.get(pos)
                if country is not None and self.entity_of(country.value).type == "COUNTRY":
                    pos = self._skip(text, country.end)
                break
        hit = by_start.get(pos)
        if hit is None or self.entity_of(hit.value).type != "PERSON":
            return None
        return self.entity_of(hit.value), hit.end

    def _after_acronym(self, text: str, end: int) -> int:
        """Skip "(EU)", "(RDIF)" after a name."""
        m = re.match(r"\s*\([A-ZĐ][\w.&-]{0,14}\)", text[end:])
        return self._skip(text, end + (m.end() if m else 0))

    def _qualifier_end(self, text: str, pos: int, by_start, organizations) -> int:
        """End of up to six plain words that qualify a title ("thương mại", "Nông lâm thủy sản",
        "chính sách đối ngoại hàng đầu")."""
        end = pos
        for _ in range(6):
            if end in by_start or end in organizations:
                break
            m = WORD.match(text, end)
            if not m or (is_capitalised(m.group()) and not looks_vietnamese(m.group())
                         and not is_vietnamese_syllable(m.group()) and fold(m.group()) not in self.stop_words):
                break  # a name in Latin letters starts here ("Nhà ở" does not)
            following = WORD.match(text, self._skip(text, m.end()))
            if is_capitalised(m.group()) and following and "-" in following.group() and is_capitalised(following.group()):
                break  # "Cheong Seong-chang": a family name before a hyphenated given name
            if fold(m.group()) == "của":  # "Giám đốc (phân tích) của hãng tin Al Jazeera": a known body after its head
                head = self._skip(text, m.end())
                body = self._qualifier_end(text, head, by_start, organizations)
                named = by_start.get(body)  # an organisation, not "của nhạc trưởng người Canada"
                if (body in organizations or named and self.entity_of(named.value).type == "ORGANIZATION") \
                        and not self.lex.titles.find(text[head:body]):  # not "của ứng viên tổng thống đảng Dân chủ X"
                    return body
                if end == pos:
                    return pos
                break  # "cố vấn đối ngoại của ông Putin": the owner follows
            next_words = [w.strip(NAME_END_PUNCTUATION) for w in text[end : end + 40].split()[:3]]
            if end > pos and self._vietnamese_full_name(next_words):
                break  # "Thứ trưởng Bộ Công Thương Phan Thị Thắng": the body's name ends at a full name
            joins_a_name = fold(m.group()) == "và" and end > pos and following is not None \
                and is_capitalised(following.group()) and is_capitalised(text[pos : pos + 1]) \
                and not any(t.start == 0 for t in self.lex.titles.find(text[following.start() : following.start() + 40]))
            if joins_a_name:  # "Bộ Nông nghiệp và Môi trường": "và" inside a body's name
                end = self._skip(text, m.end())
                continue
            if fold(m.group()) == "về" and self._topic_before_owner(text, m.end(), by_start):
                end = self._skip(text, m.end())  # "Đặc phái viên về (Syria) của LHQ": the topic, the owner after it
                hit = by_start.get(end)
                end = self._skip(text, hit.end) if hit is not None else end
                continue
            if self.lex.cues.find(m.group()) or fold(m.group()) in self.clause_words | self.title_stances | self.passive_words:
                # "Tổng thống thân Nga X": Russia is what X leans to, not what X heads; "Đặc phái viên được
                # Tổng thống Moon cử đi": a clause about the title, whose name comes later
                return pos
            end = self._skip(text, m.end())
        return end

    def far_owner_start(self, text: str, pos: int, by_start, organizations) -> int:
        """Where the owner of a long phrase starts: after its last "của" that an organisation or
        a country follows, within a dozen words without a clause word or a break
        ("Người phát ngôn của Ủy ban An ninh quốc gia và Chính sách đối ngoại của Quốc hội Iran").
        `pos` when there is none."""
        found = pos
        for _, m in zip(range(FAR_OWNER_WORDS), WORD.finditer(text, pos)):  # not the whole sentence's words
            if _BREAK.search(text, pos, m.start()):
                break
            word = fold(m.group())
            if word in self.clause_words and word != "và" or self.lex.cues.find(m.group()):
                break
            if word == "của":
                at = self._skip(text, m.end())
                hit = by_start.get(at)
                if at in organizations or (hit is not None and self.entity_of(hit.value).type in ("COUNTRY", "ORGANIZATION")):
                    found = m.start()
        return found

    def _past_body_country(self, text: str, pos: int, owner: Entity, by_start) -> int:
        """Skip the country a body belongs to, after the body: "Tư lệnh Bộ Chỉ huy Ấn Độ - Thái Bình
        Dương (của Mỹ), Đô đốc Samuel Paparo"."""
        actor = self.lex.actor(owner.id)
        if actor is None or actor.country is None or word_at(text, pos, ("của",)) is None:
            return pos
        hit = by_start.get(self._skip(text, pos + len("của ")))
        return self._skip(text, hit.end) if hit is not None and hit.value == actor.country else pos

    def _topic_before_owner(self, text: str, pos: int, by_start) -> bool:
        """Whether a topic of plain words or one actor runs from `pos` to "của": "về (vấn đề hạt nhân) của",
        "về (Brexit) của"; not "về Syria Alexander Lavrentiev của Nga", whose name stands in it."""
        at = self._skip(text, pos)
        hit = by_start.get(at)
        if hit is not None:
            return word_at(text, self._skip(text, hit.end), ("của",)) is not None
        for _ in range(TOPIC_WORDS + 1):
            m = WORD.match(text, at)
            if m is None or is_capitalised(m.group()):
                return False
            if fold(m.group()) == "của":
                return at > self._skip(text, pos)
            at = self._skip(text, m.end())
        return False

    def _topic_end(self, text: str, pos: int, by_start) -> int:
        """Skip "về (vấn đề) Syria", "phụ trách Brexit", "tại Hà Nội" between an owner and the name."""
        for lead in self.title_topics:
            if fold(text[pos : pos + len(lead) + 1]) == lead + " ":
                end = self._skip(text, pos + len(lead) + 1)
                first = WORD.match(text, end)
                at = end
                if by_start.get(at) is None and (head := word_at(text, at, self.home_state_words)) is not None:
                    at = self._skip(text, at + len(head))  # "tại Thành phố Houston": capitalised, still a place word
                    first = WORD.match(text, at)
                for _ in range(TOPIC_WORDS):  # "về (chính sách) Triều Tiên": a few plain words before its actor
                    hit = by_start.get(at)
                    if hit is not None:
                        return self._after_acronym(text, hit.end)
                    m = WORD.match(text, at)
                    if m is None or is_capitalised(m.group()) or fold(m.group()) in self.clause_words:
                        break
                    at = self._skip(text, m.end())
                return self._skip(text, first.end()) if first else pos  # "phụ trách Brexit"
        return pos

    def _past_home_state(self, text: str, pos: int, by_start) -> int:
        """Skip the place a title is held for between the title and the name: "Thượng nghị sĩ
        Cộng hòa bang Utah Mike Lee", "Thị trưởng thành phố Augsburg Eva Weber". The place ends
        before a word that is a dictionary person's given name, or is one of the places the press
        glues to names (name_repair.yaml); otherwise nothing is skipped."""
        place = by_start.get(pos)
        if place is not None and self.entity_of(place.value).type == "LOCATION":
            return self._skip(text, place.end)  # "Thị trưởng thành phố Hồ Chí Minh X": a place of the dictionary
        folded = " ".join(fold(text[max(0, pos - 15) : pos]).split())
        lead = pos
        for word in self.home_state_words:
            if fold(text[pos : pos + len(word) + 1]) == word + " ":
                lead = self._skip(text, pos + len(word))
                break
            if folded == word or folded.endswith(" " + word):
                break  # the place word was read as a qualifier: the place starts here
        else:
            return pos
        runs = list(WORD.finditer(text, lead))[:4]
        for i, run in enumerate(runs[1:], start=1):
            if fold(run.group()) in self.given_names and is_capitalised(runs[0].group()):
                return self._skip(text, runs[i - 1].end())
        glued = dictionary_persons(self.lex).glued
        for end in reversed([m.end() for m in runs[:3]]):
            if text[lead:end] in glued:
                return self._skip(text, end)
        return pos

    def _addressed(self, text: str, start: int, name_end: int) -> bool:
        """Whether the title at `start` is of the one met or spoken to in a phrase fronted before the subject,
        which the name after its comma, closed by no comma, is: "Tại cuộc gặp Ngoại trưởng Nga, ông Mistura
        nhấn mạnh", "Chia sẻ với phóng viên TTXVN, bà X, Chủ tịch Y, cho biết"; but "Trong cuộc gặp với
        Ngoại trưởng Iran, ông Zarif, ông Lavrov ..." and "Ông Putin hội đàm với Ngoại trưởng Mỹ, ông X"
        name the holder."""
        lead = opening_end(text, self.lex.marker_index("carry_openers"), start)  # "Về phần mình, tại cuộc gặp ..."
        comma = text.rfind(",", lead, start)
        if comma > 0 and self.speech_verbs.ending_at(text, len(text[:comma].rstrip())) is not None:
            lead = comma + 1  # "Tờ X dẫn nguồn tin cho biết, trong buổi tiếp Ngoại trưởng Nga, ông Trump ..."
        lead += len(text[lead:]) - len(text[lead:].lstrip(" “\"'"))
        opener = fronting_at(text, lead, self.lex.marker_index("fronting")) \
            or self.lex.marker_index("addressed_openers").starting_at(text, lead)
        fronted = opener is not None and "," not in text[lead:start] and len(text[lead:start].split()) <= FRONTED_WORDS
        if not fronted:
            return False
        closed = _APPOSITION.match(text, name_end)  # "..., ông Zarif, ông Lavrov nói": the phrase goes on
        return closed is None or next((t for t in self.lex.titles.find(text[closed.end() : closed.end() + 40])
                                       if t.start == 0), None) is not None  # "..., bà X, Chủ tịch Y, cho biết"

    def _apposed_person(self, text: str, pos: int, by_start) -> tuple[Entity, int, int] | None:
        """The person a title describes, after a comma or a dash: ", ông Michel Barnier",
        " - bà Maria Zakharova", ", Hoàng tử Bandar", ", Mike Waltz"."""
        mark = _APPOSITION.match(text, pos) or _APPOSITION.match(text, max(0, pos - 2))
        if mark is None or mark.end() <= pos - 1:
            return None
        name_at = mark.end()
        lead = None
        for index in (self.lex.honorifics, self.lex.titles):
            lead = next((m for m in index.find(text[name_at : name_at + 40]) if m.start == 0), lead)
        if lead is not None:
            name_at = self._skip(text, name_at + lead.end)
            owner = by_start.get(name_at)
            if owner is not None and self.entity_of(owner.value).type in ("COUNTRY", "ORGANIZATION"):
                return None  # "Tổng thống Mỹ, Thủ tướng Anh Theresa May": a title of her own, another person
        person = self._person_at(text, name_at, by_start, lead is not None and isinstance(lead.value, Title))
        if person is None:
            return None
        if lead is None and person[0].in_dictionary is False and len(text[name_at : person[1]].split()) < 2:
            return None  # a bare word after a comma: no name without a lead or a second word
        return person[0], name_at, person[1]
