"""Organisations the dictionary lacks: "Quỹ đầu tư trực tiếp Nga", "Viện Hudson",
"International Crisis Group".

`OrganizationMentions` is one part of `MentionFinder` (see mentions.py).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon, Title
from .mention_reader import MentionReader
from .names import WORD, is_acronym, is_capitalised, is_vietnamese_syllable, looks_vietnamese, name_end
from .phrases import PhraseIndex, PhraseMatch, fold
from .types import Entity, Mention

ENGLISH_ORG_HEADS = {
    "group", "institute", "council", "agency", "fund", "organization", "organisation", "bank", "center",
    "centre", "foundation", "party", "committee", "university", "corporation", "company", "association",
    "forum", "commission", "times", "post", "news", "journal", "press", "network", "service",
}
# A province's or a city's own bodies, named by the place after them: "Thành ủy TP Hồ Chí Minh".
LOCAL_BODY_HEADS = ("Thành ủy", "Tỉnh ủy", "Thành Đoàn", "Tỉnh Đoàn", "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND")
VIETNAMESE_ORG_HEADS = (
    "Bộ", "Quỹ", "Tổ chức", "Hãng", "Tập đoàn", "Ủy ban", "Viện", "Trung tâm", "Cơ quan", "Ngân hàng",
    "Công ty", "Đảng", "Hiệp hội", "Liên đoàn", "Hội đồng", "Văn phòng", "Nhóm", "Tòa án", "Tổng cục", "Cục",
    "Hội", "Liên hiệp", "Phong trào", "Mặt trận", "Học viện", "Đại học", "Phòng Thương mại", "Hạm đội",
) + LOCAL_BODY_HEADS
# Words that start like a head and name no body: "Hội nghị" is a conference, "Hội đàm" talks.
NOT_ORG_HEADS = ("Hội nghị", "Hội đàm", "Hội thảo", "Hội chợ", "Hội thao", "Hội viên", "Hội nhập", "Hội tụ",
                 "Bộ ba", "Bộ đôi", "Bộ tứ", "Bộ phận", "Bộ máy", "Bộ luật", "Bộ phim", "Bộ sưu tập", "Bộ đội")
# "Chính phủ Syria", "chính quyền Kiev": the state itself.
GOVERNMENT_HEADS = ("chính phủ", "chính quyền", "nhà nước", "phía")
COMPANY_HEADS = ("tập đoàn", "công ty", "hãng")
# Heads that with a country alone name one body: "Phòng Thương mại Mỹ" (not "Tập đoàn Mỹ", any US company).
COUNTRY_BODY_HEADS = ("Phòng Thương mại",)
RESEARCH_BODY_WORDS = 8  # "Viện Nghiên cứu Hòa bình Quốc tế Stockholm"
ORG_HEADS = PhraseIndex([(h, h) for h in VIETNAMESE_ORG_HEADS + ("Quân đội", "Quốc hội")] + [(h, h) for h in GOVERNMENT_HEADS]
                        + [(h, h) for h in COMPANY_HEADS] + [(h, "") for h in NOT_ORG_HEADS])
# Heads that with a place right after them name a body of their own: "Ngân hàng Đan Đông", "Đại học
# Oxford" ("Trung tâm Hà Nội" may be the city centre).
PLACE_NAMED_HEADS = ("Ngân hàng", "Đại học", "Học viện", "Hạm đội", "Tòa án") + LOCAL_BODY_HEADS


class OrganizationMentions(MentionReader):
    """Organisations introduced by a head noun or an English name (a part of
    `MentionFinder`, whose `lex`, `ctx` and `_new_entity` it uses)."""

    _armed_forces: dict[str, Entity] | None = None

    def _organization_mentions(self, text: str, by_start, heads: list[PhraseMatch[str]],
                               titles: list[PhraseMatch[Title]]) -> list[Mention]:
        """ "Quỹ đầu tư trực tiếp Nga", "Bộ Ngoại giao Nga": head noun ... country (`heads`: the
        sentence's ORG_HEADS, `titles` its titles, found once for the readers of organisations)."""
        found = []
        title_starts = {t.start for t in titles}
        for head in heads:
            government = fold(head.text) in GOVERNMENT_HEADS
            if head.start in title_starts or not head.value or not (government or is_capitalised(head.text)) \
                    or head.value in LOCAL_BODY_HEADS:  # named by a place, not a country (_foreign_named_organizations)
                continue
            if government and fold(text[:head.start]).endswith(" cấp "):
                continue  # "thăm cấp nhà nước Pháp": a state visit to France, not the French state
            known = by_start.get(head.start)
            for hit in self._countries_after(text, head.end, by_start):
                if known is not None and known.end > head.end \
                        and not all(is_capitalised(w) for w in text[known.end : hit.start].split()):
                    break  # "Quân đội Nga kiểm soát tỉnh Kursk": a known name and a clause, not one name
                entity = self.entity_of(hit.value)
                if entity is None or entity.type not in ("COUNTRY", "LOCATION") or entity.type == "LOCATION" and government:
                    continue
                between = text[head.end : hit.start]
                if entity.type == "LOCATION" and between.strip() and not between.strip()[0].isupper():
                    continue  # "Đại học Kinh tế London", not "Hãng tin lớn nhất vùng Vịnh": a name, no description
                if government:
                    if not between.strip():
                        found.append(Mention(head.start, hit.end, text[head.start : hit.end], entity, kind="name", name=hit.text))
                    break
                # "Đảng Xanh (Đức)": the country in parentheses after the name
                bracketed = between.rstrip().endswith("(") and text[hit.end : hit.end + 1] == ")"
                if bracketed:
                    between = between.rstrip()[:-1]
                joined = self._joined_name_parts(text, head.end, hit.start, by_start)
                if any(c in between for c in ",.;:()\"“”") or len(between.split()) > 5 + 3 * joined:
                    break
                words = [w for w in between.split() if not (joined and w == "và")]
                if any(fold(w) in self.function_words for w in words) or self.speech_verbs.find(between) \
                        or self.membership_lists.find(between) or self._relative_clause(between):
                    break  # "Quốc hội ở Anh", "Hãng tin TASS của Nga", "Nhóm P5+1 gồm Mỹ", "Nhóm ... do Iran": not one name
                paired_end = self._pair_end(text, hit.end, by_start)
                # "Hội Việt-Đức": a pair of countries names the body with no other word
                has_name = bool(between.strip()) or head.text in COUNTRY_BODY_HEADS or paired_end > hit.end
                if self.lex.cues.find(between) or not has_name:
                    break
                end = paired_end if not bracketed else hit.end + 1
                surface = text[head.start : end]
                name = text[head.start : head.end + len(between)].strip() if bracketed else surface
                named = self._name_after(text, end, by_start)
                if named is not None:  # "Hãng thông tấn Nga ITAR – TASS": the name follows its description
                    found.append(Mention(head.start, named.end, text[head.start : named.end], self.entity_of(named.value),
                                         kind="name", name=named.text))
                    break
                if surface in self.lex.names:
                    break  # the dictionary knows it
                label = self._organization_label(head.text, between.strip(), entity) or name
                org = self._new_entity("org", label, "ORGANIZATION")
                # A ministry acts itself, as one the dictionary knows does ("Bộ Quốc phòng Ấn Độ tố cáo ...").
                country = entity if entity.type == "COUNTRY" else None  # "Phòng Thương mại Nam London": a city's
                found.append(Mention(head.start, end, surface, org, role_of=country, kind="name", name=name))
                break
        return found

    def _relative_clause(self, words: str) -> bool:
        """Whether `words` open a relative clause ("phiến quân Houthi do (Iran)", "... mà (Iran)"), not
        "Tự do" of a party's name."""
        held = self.not_clause_break.find(words)
        return any(not any(h.start <= m.start < h.end for h in held) for m in self.relative_markers.find(words))

    def _joined_name_parts(self, text: str, start: int, end: int, by_start) -> bool:
        """Whether one "và" between `start` and `end` joins two parts of a body's name ("Ủy ban
        Quốc phòng và An ninh Nga"), not two bodies ("Bộ Quốc phòng và Bộ Ngoại giao Nga") nor a
        body and a name ("... và Mỹ"): a capitalised word after it opens neither; nor a known name
        before it ("Đảng Nhân dân Cách mạng Lào và Nhà nước Lào")."""
        joints = list(re.finditer(r"(?<=\S) và (?=\S)", text[start:end]))
        if len(joints) != 1 or any(hit.end == start + joints[0].start() for hit in by_start.values()):
            return False
        after = start + joints[0].end()
        return text[after].isupper() and after not in by_start \
            and not any(h.start == after for h in ORG_HEADS.find(text[after:end]) if h.value)

    def _pair_end(self, text: str, end: int, by_start) -> int:
        """ "Hội hữu nghị Việt Nam - Ấn Độ": a second country joined by a dash ends the name."""
        m = re.match(r"\s*[-–]\s*", text[end:])
        hit = by_start.get(end + m.end()) if m else None
        return hit.end if hit is not None and self.entity_of(hit.value).type == "COUNTRY" else end

    def _name_after(self, text: str, end: int, by_start) -> PhraseMatch[str] | None:
        """The organisation's own name right after its description: a name the dictionary
        knows as an organisation, after acronyms and dashes ("ITAR – TASS")."""
        pos = self._skip(text, end)
        while True:
            hit = by_start.get(pos)
            if hit is not None:
                return hit if self.entity_of(hit.value).type == "ORGANIZATION" else None
            if text[pos : pos + 1] in ("-", "–"):
                pos = self._skip(text, pos + 1)
                continue
            word = WORD.match(text, pos)
            if word is None or not is_acronym(word.group().rstrip("-")):
                return None
            pos = self._skip(text, word.end())

    def _countries_after(self, text: str, pos: int, by_start) -> list[PhraseMatch[str]]:
        """The names within a few words after `pos`, and "nước này" standing for a country."""
        found = [by_start[k] for k in sorted(k for k in by_start if pos < k <= pos + 40)]
        for m in re.finditer(r"\S+", text[pos : pos + 40]):
            anaphor = self.country_anaphor_at(text, pos + m.start(), by_start)
            if anaphor is not None:
                country, end = anaphor
                found.append(PhraseMatch(pos + m.start(), end, text[pos + m.start() : end], country.id))
                break
        return sorted(found, key=lambda h: h.start)

    def state_body_mentions(self, text: str, by_start) -> list[Mention]:
        """A body of a state named by its head and the country: "quân đội Ấn Độ", "binh sĩ
        Pakistan", "hải quân của Hàn Quốc" (its armed forces, one per country whatever the
        head), "Phủ Tổng thống Ai Cập" (its presidency). Each acts for the country."""
        found = []
        known = list(by_start.values())
        for head in self.state_body_heads.find(text):
            if any(d.start <= head.start < d.end for d in known):
                continue  # "Quân đội Nga": the dictionary knows them
            hit = by_start.get(self._skip(text, head.end, ("của",)))
            if hit is None or self.entity_of(hit.value).type != "COUNTRY":
                continue
            country = self.entity_of(hit.value)
            surface = text[head.start : hit.end]
            armed = head.value == "armed"
            org = self._known_armed_forces().get(country.id) if armed else None
            if org is None:
                kind = self.lex.ministries.get("Quân đội" if armed else head.text) or head.text
                org = self._new_entity("org", f"{kind} of {country.label}", "ORGANIZATION")
            if armed:
                found.append(self.armed_forces_mention(head.start, hit.end, surface, org, country))
            else:
                found.append(Mention(head.start, hit.end, surface, org, acts_for=country, role_of=country, name=surface))
        return found

    def embassy_mentions(self, text: str, by_start, heads: list[PhraseMatch[str]]) -> list[Mention]:
        """A diplomatic mission named with its country and its host, after one of the mission `heads`
        of the sentence: "Đại sứ quán Việt Nam tại Đức" (Embassy of Vietnam in Germany), "Tổng lãnh sự
        quán Mỹ ở Thành phố Hồ Chí Minh". Its own actor; its country is an entity of the article (role_of)."""
        found = []
        for head in heads:
            hit = by_start.get(self._skip(text, head.end))
            if hit is None or self.entity_of(hit.value).type != "COUNTRY":
                continue
            hosted = self._host_after(text, self._skip(text, hit.end), by_start)
            if hosted is None:
                continue  # "Đại sứ quán Trung Quốc": where, the article may not say
            host, host_entity = hosted
            country = self.entity_of(hit.value)
            surface = text[head.start : host.end]
            mission = self._new_entity("org", f"{head.value} of {country.label} in {host_entity.label}", "ORGANIZATION")
            found.append(Mention(head.start, host.end, surface, mission, role_of=country, name=surface))
        return found

    def community_mentions(self, text: str, by_start) -> list[Mention]:
        """People of one country living in another, a group of its own named as written: "cộng đồng
        người Việt tại Đức", "cộng đồng người Thổ Nhĩ Kỳ ở Berlin" (the people's country is role_of)."""
        found = []
        for head in self.community_heads.find(text):
            at = self._skip(text, head.end)
            hit = by_start.get(at)
            people = self.entity_of(hit.value) if hit is not None else None
            end = hit.end if hit is not None else at
            if people is None or people.type != "COUNTRY":
                short = next((p for p in self.community_peoples.find(text[at : at + 12]) if p.start == 0), None)
                implied = next((p for p in self.community_peoples.find(head.text) if p.end == len(head.text)), None)
                named = short or implied
                people = self.lex.entity(named.value) if named is not None else None
                end = at + short.end if short is not None else at
            hosted = self._host_after(text, end, by_start)
            if people is None or hosted is None:
                continue
            host = hosted[0]
            surface = text[head.start : host.end]
            group = self._new_entity("group", surface[0].upper() + surface[1:], "GROUP")
            found.append(Mention(head.start, host.end, surface, group, role_of=people, name=surface))
        return found

    def _host_after(self, text: str, pos: int, by_start) -> tuple[PhraseMatch[str], Entity] | None:
        """The country or city named after "tại/ở" at `pos` ("(Đại sứ quán Việt Nam) tại Đức", "(cộng đồng
        người Việt) ở Berlin"), with its entity; None when none is named there."""
        marker = re.match(r"\s*(?:tại|ở)\s+", text[pos:])
        host = by_start.get(pos + marker.end()) if marker else None
        entity = self.entity_of(host.value) if host is not None else None
        if host is None or entity is None or entity.type not in ("COUNTRY", "LOCATION"):
            return None
        return host, entity

    def armed_forces_mention(self, start: int, end: int, surface: str, forces: Entity, country: Entity) -> Mention:
        """ "quân đội Pakistan": the country is the actor, subject or object of what they do;
        the armed forces are an entity of the article (role_of), named as written."""
        return Mention(start, end, surface, country, role_of=forces, owner_name=surface)

    def _known_armed_forces(self) -> dict[str, Entity]:
        """Country id -> the dictionary's armed forces of it, named "Quân đội <country>"."""
        if self._armed_forces is None:
            self._armed_forces = {}
            for actor in self.lex.actors.values():
                if actor.entity.type != "ORGANIZATION" or actor.country is None:
                    continue
                if any(fold(a).startswith(("quân đội ", "lực lượng vũ trang ")) for a in actor.aliases) \
                        and not any(fold(a).startswith(("bộ ", "tổng cục ", "cơ quan ")) for a in actor.aliases):
                    self._armed_forces.setdefault(actor.country, actor.entity)
        return self._armed_forces

    def armed_forces_of(self, surface: str, entity: Entity) -> Entity | None:
        """The country a dictionary's armed force acts for ("Hải quân Mỹ" -> United States)."""
        actor = self.lex.actor(entity.id)
        if actor is None or actor.country is None or entity.type != "ORGANIZATION":
            return None
        head = next(iter(self.state_body_heads.find(surface)), None)
        return self.lex.entity(actor.country) if head is not None and head.start == 0 and head.value == "armed" else None

    def actor_inside(self, surface: str, issue: Entity) -> Entity | None:
        """The organisation (else the country) an issue's name names: "NATO mở rộng" -> NATO.
        The issue keeps it an entity of the article even where the issue itself is dropped."""
        actors = sorted(actors_inside(self.lex, surface, issue), key=lambda e: e.type != "ORGANIZATION")
        return actors[0] if actors else None

    def _foreign_named_organizations(self, text: str, by_start, taken, heads: list[PhraseMatch[str]],
                                     titles: list[PhraseMatch[Title]]) -> list[Mention]:
        """ "Viện Hudson", "Trung tâm nghiên cứu Carnegie": a head noun, a few words, a Latin name
        (not a Vietnamese word written with a capital: "Ủy ban An ninh")."""
        found = []
        title_starts = {t.start for t in titles}
        for head in heads:
            company = fold(head.text) in COMPANY_HEADS  # "hãng Boeing", "công ty Dow Chemical": lower case too
            if not (company or is_capitalised(head.text)) or head.start in title_starts or head.start in taken \
                    or head.start in by_start:
                continue  # "Bộ ngoại giao Mỹ Marie Harf": the dictionary knows the ministry
            pos = self._skip(text, head.end)
            place = by_start.get(pos)
            kind = self.place_heads.starting_at(text, pos) if place is None and head.text in LOCAL_BODY_HEADS else None
            if kind is not None:  # "UBND tỉnh Quảng Nam", "Ủy ban nhân dân TP Hà Nội"
                place = by_start.get(self._skip(text, kind.end))
            if place is not None and head.text in PLACE_NAMED_HEADS and self.entity_of(place.value).type == "LOCATION":
                # "Ngân hàng Đan Đông", "Hạm đội Thái Bình Dương": a body named after a place is not the place
                surface = text[head.start : place.end]
                if surface not in self.lex.names:
                    found.append(Mention(head.start, place.end, surface, self._new_entity("org", surface, "ORGANIZATION"),
                                         kind="name", name=surface))
                continue
            if head.text in LOCAL_BODY_HEADS:
                continue  # "UBND TP" alone: no place named, no body of its own
            for _ in range(4):
                m = WORD.match(text, pos)
                if not m or pos in by_start:
                    break
                if is_acronym(m.group()) and pos == self._skip(text, head.end):
                    end = m.end()  # "Tập đoàn CNA", "Viện SIPRI": the head, then the acronym that names it
                elif self._latin_name_word(m.group()) and not is_acronym(m.group()):
                    end = name_end(text, pos, self.particles, self.stop_words, max_words=3)
                    # "công ty Accenture Pierre Nanterme": the name ends before a person's given name
                    given = next((w.start() for w in WORD.finditer(text, pos, end) if w.start() > pos
                                  and fold(w.group()) in self.given_names), None)
                    end = len(text[:given].rstrip()) if given is not None else end
                else:
                    end = None
                if end is not None:
                    surface = text[head.start : end]
                    # "Tập đoàn (truyền thông) JoongAng", "hãng Boeing": a company goes by its own name
                    label = text[pos:end] if company else surface
                    if surface not in self.lex.names:
                        org = self._new_entity("org", label, "ORGANIZATION")
                        found.append(Mention(head.start, end, surface, org, kind="name", name=surface))
                    break
                if is_capitalised(m.group()) or self.speech_verbs.find(m.group()) or fold(m.group()) in self.function_words:
                    break
                pos = self._skip(text, m.end())
        return found

    def research_body_mentions(self, text: str, by_start, taken, heads: list[PhraseMatch[str]],
                               titles: list[PhraseMatch[Title]]) -> list[Mention]:
        """A research body named in Vietnamese words after a link to the one who works there or a title
        of it: "thuộc Viện Chính sách Thế giới", "Giám đốc Viện An ninh Nautilus": a head of
        names.yaml research_body_heads and two or more capitalised words (a foreign name may close
        it: "Viện Chính sách Quốc tế Lowy"; a body of the dictionary there is the body: "Viện Hòa
        bình Quốc tế Carnegie Endowment"). Not after any other word ("Viện Kiểm sát ..." as a
        subject names a body the sentence is about, often at home)."""
        found = []
        title_ends = {t.end for t in titles}
        for head in heads:
            if fold(head.text) not in self.research_body_heads or head.start in taken or head.start in by_start:
                continue
            before = fold(text[: head.start]).split()[-2:]
            linked = bool(before) and (before[-1] in self.body_link_words or " ".join(before) in self.body_link_words)
            if not linked and len(text[: head.start].rstrip()) not in title_ends:  # "Giám đốc Viện An ninh Nautilus"
                continue
            end, pos, words, lower = head.end, self._skip(text, head.end), 0, 0
            while (word := WORD.match(text, pos)) is not None and words < RESEARCH_BODY_WORDS:
                named = by_start.get(pos)
                if named is not None:  # "... Quốc tế Carnegie Endowment": the dictionary's body; "... Hà Nội": its place
                    kind = self.entity_of(named.value).type
                    words = 0 if kind == "ORGANIZATION" else words
                    end = named.end if words and kind != "PERSON" else end  # "... Karl Weston": its director
                    break
                if fold(word.group()) in self.given_names and words >= 2 or self._place_named_at(text, pos, by_start):
                    break  # "... Chiến lược Karl Weston": its director's name; "... TP. Hồ Chí Minh": its place
                pos = self._skip(text, word.end())
                if fold(word.group()) in self.body_link_words:
                    break  # "Học viện Quân sự West Point ở New York": the place of the body, not its name
                if fold(word.group()) == "và":  # "Trung tâm Luật biển và Hàng hải"
                    lower = 1
                    continue
                # each word of the name opens with a capital and may have a second syllable: "Chính sách"
                lower = 0 if is_capitalised(word.group()) else lower + 1
                if lower > 1 or words == 0 and lower:
                    break
                words += lower == 0
                end = word.end()
            surface = text[head.start : end].rstrip(" ,.")
            if any(fold(surface[len(head.text) :]).startswith(" " + w) for w in self.venue_body_words):
                continue  # "tại Trung tâm Hội nghị Quốc gia": where something happens
            if words >= 2 and surface not in self.lex.names:
                found.append(Mention(head.start, end, surface, self._new_entity("org", surface, "ORGANIZATION"),
                                     kind="name", name=surface))
        return found

    def _place_named_at(self, text: str, pos: int, by_start) -> bool:
        """Whether a place head and a place of the dictionary start at `pos`: "TP. Hồ Chí Minh", "tỉnh
        Quảng Nam" (not "Khu vực" of "Trung tâm Nghiên cứu Quốc tế và Khu vực")."""
        head = self.place_heads.starting_at(text, pos)
        if head is None:
            return False
        rest = text[head.end :]
        return by_start.get(head.end + len(rest) - len(rest.lstrip(". "))) is not None

    def affiliation_mentions(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """ "Chuyên gia David Morrison của Trade Nation", "nhà phân tích X thuộc CNA Corp", "chuyên gia
        Y của FXTM": a name in Latin letters or capitals right after a person introduced by a trade
        or an office and "của", "thuộc", "tại" ... is the body the person works for (not a second
        person), when the dictionary and the sentence's other readers have no name there."""
        found = []
        for person in mentions:
            if person.entity.type != "PERSON" or person.kind not in ("title", "honorific") \
                    or fold(person.text.split(" ", 1)[0]) in self.pronouns:
                continue
            link = self.body_links.starting_at(text, self._skip(text, person.end))
            if link is None:
                continue
            start = pos = self._skip(text, link.end)
            end = start
            for _ in range(4):
                word = WORD.match(text, pos)
                if word is None or not (is_acronym(word.group()) or self._latin_name_word(word.group())):
                    break
                end = start + len(text[start : word.end()].rstrip("."))  # "tại RJO Futures.": the stop ends the sentence
                pos = self._skip(text, word.end())
            if end > start and free(start, end):
                org = self._new_entity("org", text[start:end], "ORGANIZATION")
                found.append(Mention(start, end, text[start:end], org, kind="name", name=text[start:end]))
        return found

    def _latin_name_word(self, word: str) -> bool:
        """A capitalised word of a foreign name ("Hudson", "Futures"), not a Vietnamese syllable
        written with a capital ("An ninh") nor a clause word."""
        return is_capitalised(word) and not looks_vietnamese(word) and not is_vietnamese_syllable(word) \
            and fold(word) not in self.stop_words

    def _organization_label(self, head: str, body: str, country: Entity) -> str | None:
        english = self.lex.ministries.get(f"{head} {body}")
        return f"{english} of {country.label}" if english else None

    def _english_organizations(self, text: str) -> list[Mention]:
        found = []
        for m in re.finditer(r"(?<![\w.])(?:[A-Z][A-Za-z&'.-]*[A-Za-z] ){1,5}(?:[A-Z][A-Za-z&'-]+)", text):
            words = m.group().split()
            lead = 0
            while lead < len(words) - 1 and fold(words[lead]) in self.stop_words:
                lead += 1  # "Theo Al-Masdar News"
            words = words[lead:]
            if len(words) >= 2 and fold(words[-1]) in ENGLISH_ORG_HEADS and all(w.isascii() for w in words):
                name = " ".join(words)
                start = m.end() - len(name)
                found.append(Mention(start, m.end(), name, self._new_entity("org", name, "ORGANIZATION"), name=name))
        return found


def actors_inside(lexicon: Lexicon, surface: str, issue: Entity) -> list[Entity]:
    """The organisations and countries an issue's name names, in order: "xung đột Israel - Iran"
    names Israel and Iran."""
    inside = [lexicon.entity(h.value) for h in lexicon.names.find_all(surface)]
    return [e for e in dict.fromkeys(inside) if e is not None and e != issue and e.type in ("ORGANIZATION", "COUNTRY")]
