"""Structure edges: who holds which office, who belongs to what.

    "Ngoại trưởng Nga Sergey Lavrov"                    Lavrov official_of Russia (Foreign Minister)
    "X, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ"                X official_of Turkey
    "Bà Olga Petrova, Giám đốc của Viện ..."             Petrova official_of the institute
    "X - chủ tịch đảng Y", "X, một nghị sĩ đảng Y"       X official_of Y
    "X, trợ lý ... của Tổng thống Putin"                 X official_of Putin
    "X là Ngoại trưởng Nga", "X giữ chức Tổng thư ký NATO"   X official_of Russia / NATO
    "X, Thượng nghị sĩ, Tổng Thư ký Đảng Y, ..."         X official_of Y (each title of a chain)
    "Chủ tịch Hội Y, Phó Chủ tịch Hội Z Hà Minh Huệ"     the person official_of Y and Z
    "Ông Peter Lindqvist, Hội đồng Chính sách ..."       Lindqvist member_of the council
    "X, một nhân viên của Y", "X ở Viện Y"               X member_of Y
    "Đảng Bảo thủ của Thủ tướng Theresa May"             May member_of the party
    "nhóm P5+1 gồm Mỹ, Anh và Pháp"                      each country member_of P5+1
"""
from __future__ import annotations

import re
from typing import Iterator

from .lexicon import Lexicon
from .member_lists import body_of, member_lists, others_of_body
from .offices import offices, side_lists
from .phrases import PhraseMatch, fold, word_at
from .sentence import RawRelation, Sentence, ends_fronted_phrase, fronting_at, office_verb_end, opening_end, word_count, words_end
from .types import Mention

APPOSITION_GAP = 8  # words between an apposed title and its owner
TITLE_WORDS = 8  # an apposed title starts within this many words after the comma
TITLE_CHAIN = 5  # titles in one comma-separated chain after a name
_CLOSED_APPOSITION = re.compile(r"(?:\s+[^\s,;:.–-]+){0,8}\s*(?:[,;.–)]|-\s|$)")  # a title's words, then a mark
_APPOSITION = re.compile(r"\s*(?:,|\((?=\s*\w)|[-–](?=\s)|(?<=\S)[-–])\s*")  # "(" too: "Đại tá X (Phó Giám đốc Công an tỉnh Y)"
_COMMA_OR_STOP = re.compile(r"[,.;:]|\s[-–]\s")


def structure_relations(sentence: Sentence, lexicon: Lexicon) -> Iterator[RawRelation]:
    """official_of from titles and appositions, member_of from apposed bodies and member lists."""
    text, mentions = sentence.text, sentence.mentions
    for i, m in enumerate(mentions):
        if m.entity.type == "PERSON" and m.role_of is not None and m.kind in ("title", "honorific") and m.office:
            yield from offices(m.entity, m.role_of, m.role, lexicon)
        if m.second_office is not None:
            yield from offices(m.entity, m.second_office[1], m.second_office[0], lexicon)
        if m.entity.type == "PERSON" and m.kind not in ("descriptor", "pronoun"):
            yield from _apposition(text, m, mentions[i + 1] if i + 1 < len(mentions) else None, lexicon)
            yield from _chained_titles(text, m, mentions[i + 1 :], lexicon)
            yield from _apposed_trade_body(text, m, mentions[i + 1 :], lexicon)
        if i + 1 < len(mentions):
            if m.entity.type == "PERSON" and m.kind not in ("descriptor", "pronoun"):
                yield from _person_of_body(text, m, mentions[i + 1], lexicon)
                yield from _head_of_body(text, m, mentions[i + 1], lexicon)
            if m.entity.type == "COUNTRY" and m.acts_for is None:
                yield from _country_member(text, mentions[: i + 1], mentions[i + 1], lexicon)
            yield from _party_of(text, m, mentions[i + 1], lexicon)
            yield from _title_before_title(text, m, mentions[i + 1], lexicon)
            yield from _title_named_after(text, m, mentions[i + 1 :], lexicon)
            yield from _body_of_body(text, m, mentions[i + 1], lexicon)
    yield from member_lists(text, mentions, lexicon)
    yield from others_of_body(text, mentions, lexicon)
    yield from side_lists(text, mentions, lexicon)






def _apposition(text: str, m: Mention, n: Mention | None, lexicon: Lexicon) -> Iterator[RawRelation]:
    """What a comma, a dash or an office verb ("là", "giữ chức") after a person's name says of the
    person (`n`: the next mention, if any); both may stand there ("Bà Kallas, hiện là Phó Chủ tịch ...")."""
    mark = _apposition_end(text, m)
    after = office_verb_end(text, m.end if mark is None else mark, lexicon) or mark
    if after is None:
        return
    start = _past_opener(text, after, lexicon)
    title, title_at = _apposed_title(text, after, start, lexicon)
    if title is not None and not title.value.office or n is not None and n.kind == "descriptor" and not n.office:
        return  # "Warmbier là tù nhân Mỹ": no office
    if title is not None and n is not None and n.entity.type == "PERSON" and n.kind == "title" and n.start <= title_at:
        return  # "Ngoại trưởng X, Bộ trưởng Nông nghiệp Y", "..., Chủ tịch Hội đồng châu Âu Y": the next person's
    if title is not None and title.value.of and (owner := lexicon.entity(title.value.of)) is not None:
        # "X, Tổng thư ký NATO", "X, Thượng nghị sĩ Cộng hòa": the title names its owner itself
        yield from offices(m.entity, owner, title.value.role_for(owner.id), lexicon)
        return
    if n is None:
        yield from _unwritten_office(text, m, title, title_at, lexicon)
        return
    # "X, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ", "X, một nghị sĩ đảng Bảo thủ": the next mention is the title of X.
    if n.kind == "descriptor" and n.role is not None and n.start <= start:
        owner = n.role_of or n.acts_for
        closed = text[n.end :].lstrip()[:1] in (",", "-", "–", ")")  # "Theo bà X, trợ lý ngoại trưởng Mỹ, ..."
        if owner is not None and owner.type != "PERSON" and not (_is_source(text, m, lexicon) and not closed) \
                and not _subject_after_fronted_phrase(text, m, n, lexicon):
            # (not "Sau cuộc hội đàm với Quốc vương Saudi Arabia Salman, Quốc vương Bahrain cho rằng")
            yield from offices(m.entity, owner, n.role, lexicon)
        return
    if n.entity.type == "ORGANIZATION" and n.start == after and n.acts_for is None and "," in text[m.end : after] \
            and n.kind != "pronoun" and not _speaks_after(text, n, lexicon) and not _is_source(text, m, lexicon) \
            and not _subject_after_fronted_phrase(text, m, n, lexicon) and not _owns_government(text, m, lexicon):
        # "Ông Stephen Sestanovich, Hội đồng Chính sách Đối ngoại Mỹ, nói": he is of that body
        # (not "..., Xinhua cho biết": the body reports it; nor "Dưới thời ông Obama, cơ quan này ...").
        yield RawRelation(m.entity, "member_of", n.entity)
        return
    if title is not None:
        gap_start = title_at + title.end
        if not _private_role(title.value.role, lexicon):  # "học giả và nhà nghiên cứu" hold no office
            gap_start = _past_joined_title(text, gap_start, lexicon)
        if title_at < n.start < gap_start and n.entity.type in ("ORGANIZATION", "COUNTRY"):
            # "X, Thư ký Hội đồng An ninh Quốc gia Iran": the title's last words start its owner's name
            yield from offices(m.entity, n.actor, title.value.role_for(n.actor.id), lexicon)
            return
        if not _owner_within(text, gap_start, n) or _has_clause_word(text, gap_start, n.start, lexicon):
            # "X - nguyên Chủ tịch nước đã đến Nhà Văn hóa ...": the title names no owner here.
            yield from _unwritten_office(text, m, title, title_at, lexicon)
            return
        if n.entity.type in ("ORGANIZATION", "COUNTRY"):
            yield from offices(m.entity, n.actor, title.value.role_for(n.actor.id), lexicon)
        elif n.entity.type == "PERSON" and _ends_with_of(text, n):
            # "Yury Ushakov, trợ lý ... của Tổng thống Putin": Putin's aide
            yield RawRelation(m.entity, "official_of", n.entity, role=title.value.role)
        return
    opened = start > after or _opens_with_trade(text[after : after + 30], lexicon, leaders=False)
    if opened and n.entity.type == "ORGANIZATION" and _owner_within(text, start, n) \
            and not _has_clause_word(text, start, n.start, lexicon):  # "X, người từng chỉ trích NATO": no member
        # "Rami Abdulrahman, một nhân viên của SOHR", "X, (một) quan chức Bộ Ngoại giao Mỹ / Lầu Năm Góc,": one of its people
        yield RawRelation(m.entity, "member_of", n.entity)
        return
    trade = next((h for h in lexicon.honorifics.find(text[after : after + 30]) if h.start == 0), None)
    kin = word_at(text, after, tuple(lexicon.folded_markers("kin_nouns"))) is not None
    if trade is not None and fold(trade.text) not in lexicon.folded_markers("pronoun_honorifics") and not kin \
            and n.entity.type == "PERSON" and _ends_with_of(text, n) and _owner_within(text, after + trade.end, n):
        # "Anatoly Kucherena, luật sư của Edward": the person he works for
        yield RawRelation(m.entity, "official_of", n.entity)


def _chained_titles(text: str, m: Mention, following: list[Mention], lexicon: Lexicon) -> Iterator[RawRelation]:
    """The titles after the first of a comma-separated chain: "X, Thượng nghị sĩ, Tổng Thư ký Đảng
    Quốc đại, Phó Chủ tịch Tổ chức Y": each one that names its owner is an office of X (the first
    is `_apposition`'s); the chain ends at the first part that opens with no title."""
    pos = _apposition_end(text, m)
    if pos is None:
        return
    for part in range(TITLE_CHAIN):
        title, at = _apposed_title(text, pos, _past_opener(text, pos, lexicon), lexicon)
        if title is None:
            return
        breaks = [i for i in (text.find(",", at + title.end), text.find(";", at + title.end)) if i >= 0]
        end = min(breaks, default=len(text))
        if any(at <= n.start < end and n.entity.type == "PERSON" and n.kind != "descriptor" for n in following):
            return  # "..., Đại sứ Ấn Độ, bà X", "..., Phó Chủ tịch nước X": the title is another person's
        # the owner: named after the title, or the body of a descriptor the title opens ("Giám đốc Viện Y")
        owners = ("ORGANIZATION", "COUNTRY", "LOCATION") if title.value.role in lexicon.marker_words.get("local_roles", []) \
            else ("ORGANIZATION", "COUNTRY")  # "Tỉnh trưởng tỉnh Chăm-pa-sắc": the province
        owner = next((n for n in following if at <= n.start < end and n.actor.type in owners), None)
        if part > 0 and owner is not None and not _has_clause_word(text, at + title.end, owner.start, lexicon):
            yield from offices(m.entity, owner.actor, title.value.role_for(owner.actor.id), lexicon)
        elif part > 0 and owner is None:  # "X, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an"
            yield from _unwritten_office(text, m, title, at, lexicon)
        if end == len(text) or text[end] == ";":
            return  # "X, Chủ tịch Liên hiệp; bà Y, Đại sứ ...": the next person's titles
        pos = end + 1 + len(text[end + 1 :]) - len(text[end + 1 :].lstrip())


def _apposed_trade_body(text: str, m: Mention, following: list[Mention], lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Gao Hong, một chuyên gia đến từ Viện Y", "June Dreyer – giáo sư khoa học chính trị theo dõi tình
    hình châu Á thuộc Đại học Miami": an apposed trade, whatever describes it, then the body the
    person works at after "thuộc", "đến từ", "của" ...: one of its people."""
    mark_end = _apposition_end(text, m)
    if mark_end is None:
        return
    start = _past_opener(text, mark_end, lexicon)
    if not any(_opens_with_trade(text[at : at + 30], lexicon) for at in (mark_end, start)):
        return
    stop = _COMMA_OR_STOP.search(text, start)
    end = stop.start() if stop is not None else len(text)
    links = lexicon.folded_markers("person_of_body") | lexicon.folded_markers("person_of_body_after_role")
    for n in following:
        if n.start >= end or n.entity.type == "PERSON":
            return
        before = fold(text[start : n.start]).split()
        if n.entity.type == "ORGANIZATION" and n.acts_for is None and before and (
                before[-1] in links or " ".join(before[-2:]) in links):
            yield RawRelation(m.entity, "member_of", n.entity)
            return


def _opens_with_trade(words: str, lexicon: Lexicon, leaders: bool = True) -> bool:
    """Whether `words` open with the noun of a trade: an honorific that is no "ông", "bà"
    ("giáo sư") or a title of a private role ("nhà phân tích", in lower case in running text)."""
    trade = next((h for h in lexicon.honorifics.find(words) if h.start == 0), None)
    if trade is not None and fold(trade.text) not in lexicon.folded_markers("pronoun_honorifics") \
            and (leaders or fold(trade.text) not in lexicon.folded_markers("leader_honorifics")):
        return True  # not leaders: "X, lãnh đạo Công đảng" holds an office, no mere membership
    title = _opening_title(words, lexicon)
    return title is not None and _private_role(title.value.role, lexicon)


def _opening_title(words: str, lexicon: Lexicon) -> PhraseMatch | None:
    """The title `words` open with, in lower case too as running text writes it ("một nhà phân tích")."""
    return next((t for t in lexicon.titles.find(words[:1].upper() + words[1:]) if t.start == 0), None)


def _past_joined_title(text: str, pos: int, lexicon: Lexicon) -> int:
    """After a second title joined to the one ending at `pos` ("Chủ tịch và giám đốc điều hành (của)
    Tập đoàn X": both offices have the one owner); `pos` when none is joined there."""
    joint = re.match(r"\s*và\s+", text[pos:])
    if joint is None:
        return pos
    at = pos + joint.end()
    second = _opening_title(text[at : words_end(text, at, TITLE_WORDS)], lexicon)
    return at + second.end if second is not None else pos


def _apposed_title(text: str, after: int, start: int, lexicon: Lexicon) -> tuple[PhraseMatch | None, int]:
    """The title an apposition opens with, right after the mark or after its opener ("nhà sáng lập"
    is a title; "một" opens one), and where it stands; (None, `start`) when there is none."""
    for at in dict.fromkeys((after, start)):
        found = next(iter(lexicon.titles.find(text[at : words_end(text, at, TITLE_WORDS)])), None)
        if found is not None and not text[at : at + found.start].strip():
            return found, at
    return None, start


def _unwritten_office(text: str, m: Mention, title: PhraseMatch | None, title_at: int, lexicon: Lexicon) -> Iterator[RawRelation]:
    """An apposed title that names no owner ("X - nguyên Chủ tịch nước", "X, Ngoại trưởng,"):
    the office of the dictionary's record of X that the title names, or Vietnam's state office of a
    Vietnamese name it lacks when a mark closes the apposition ("ông Trần Văn Bình, Thứ trưởng Bộ
    Ngoại giao, cho biết"; not "trao quyết định cho ông X, Chủ tịch nước nêu rõ": the President spoke)."""
    if title is None or not title.value.office:
        return
    owner = lexicon.office_owner(m.entity.id, title.value)
    if owner is None and _CLOSED_APPOSITION.match(text, title_at + title.end):
        owner = lexicon.unwritten_owner(m.entity, title.value)
    if owner is not None:
        yield from offices(m.entity, owner, lexicon.office_name(m.entity.id, title.value, owner.id), lexicon)


def _joined_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """The countries joined to the last mention by "và" or a comma, nearest first."""
    joined = [mentions[-1]]
    for before in reversed(mentions[:-1]):
        if before.entity.type != "COUNTRY" or before.acts_for is not None \
                or fold(text[before.end : joined[-1].start].strip()) not in (",", "và"):
            break
        joined.append(before)
    return joined[1:]


def _country_member(text: str, before: list[Mention], n: Mention, lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Hungary, một thành viên của NATO", "Thổ Nhĩ Kỳ - nước thành viên NATO", "Thổ Nhĩ Kỳ (thành viên
    NATO)": the last of `before` is a member, and so is each country joined to it before a plural
    apposition ("Hungary và Slovakia, hai thành viên EU"; not "Nga và Hungary, một thành viên EU"); so is
    the country that holds an office of the body: "Malaysia là Chủ tịch ASEAN"."""
    m = before[-1]
    after = office_verb_end(text, m.end, lexicon)
    if after is not None and n.kind == "descriptor" and n.role and n.actor.type == "ORGANIZATION" \
            and _past_opener(text, after, lexicon) >= n.start - 1 and n.start >= after:
        yield RawRelation(m.entity, "member_of", n.actor)
        return
    mark_end = _apposition_end(text, m)
    if mark_end is None and (bracket := re.match(r"\s*\(\s*", text[m.end :])) is not None:
        mark_end = m.end + bracket.end()  # "Thổ Nhĩ Kỳ (thành viên NATO) phản đối"
    body = body_of(n, lexicon)
    if mark_end is None or body is None:
        return
    gap = " " + " ".join(fold(text[mark_end : n.start]).split()) + " "
    apposed = f"{gap}{fold(n.text)} "  # "các nước thành viên NATO" may be one name of the dictionary
    plural = any(f" {w} " in apposed for w in lexicon.folded_markers("plural_members"))
    members = [m, *(_joined_countries(text, before) if plural else [])]
    if plural and len(members) < 2:
        return  # "giữa Trung Quốc, các nước ASEAN và Úc": a list, no apposition
    stated = n.entity.type == "GROUP"  # "thành viên NATO" may be one name of the dictionary
    for phrase in lexicon.folded_markers("member_words"):
        stated = stated or f" {phrase} " in gap
        gap = gap.replace(f" {phrase} ", " ")
    for phrase in sorted(lexicon.folded_markers("member_fillers"), key=len, reverse=True):
        gap = gap.replace(f" {phrase} ", " ")
    if stated and not gap.strip():
        for member in members:
            yield RawRelation(member.entity, "member_of", body)


def _apposition_end(text: str, m: Mention) -> int | None:
    """Where the words apposed to a mention start, past the comma or dash right after it; None without one.

    >>> _apposition_end("Ông Nam, giáo sư", Mention(0, 7, "Ông Nam", None))
    9
    """
    mark = _APPOSITION.match(text, m.end)
    return mark.end() if mark is not None else None


def _past_opener(text: str, pos: int, lexicon: Lexicon) -> int:
    """After "một", "cựu", "nhà", "thành viên" ... that open an apposition; `pos` when none does."""
    head = fold(text[pos : pos + 30])
    openers = lexicon.name_shapes.get("apposition_openers", ())
    opener = max((w for w in openers if head.startswith(w + " ")), key=len, default=None)
    return pos + len(opener) + 1 if opener is not None else pos


def _owner_within(text: str, start: int, n: Mention) -> bool:
    return n.start >= start and word_count(text, start, n.start) <= APPOSITION_GAP \
        and not _COMMA_OR_STOP.search(text, start, n.start)


def _has_clause_word(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a clause word ("đã", "khi", "và", "bị"), a verb cue or a program ("Giám đốc dự án Iran tại ...": Iran
    is its topic, markers.yaml program_nouns) stands between two positions."""
    clause = lexicon.name_shapes.get("not_name_words", frozenset())
    passive = lexicon.folded_markers("passive")  # "X - nguyên hiệu trưởng trường Y bị UBND TPHCM buộc thôi việc"
    return any(fold(w) in clause or fold(w) in passive for w in text[start:end].split()) \
        or bool(lexicon.cues.find(text[start:end])) or bool(lexicon.marker_index("program_nouns").find(text[start:end]))


def _ends_with_of(text: str, n: Mention) -> bool:
    """Whether "của" (and a title or honorific, inside the mention) leads to `n`."""
    return fold(text[: n.start]).rstrip().endswith("của")


def _without_thing_head(between: str, lexicon: Lexicon) -> str:
    """The words between a person and a body without the head noun that opens the body's name when
    the mention leaves it out: "của hãng" -> "của" ("nhà báo Mark Dorn của hãng Reuters")."""
    words = between.split()
    heads = lexicon.name_shapes.get("thing_heads", frozenset())
    for cut in (3, 2, 1):
        if len(words) > cut and " ".join(words[-cut:]) in heads:
            return " ".join(words[:-cut])
    return between


def _owns_government(text: str, m: Mention, lexicon: Lexicon) -> bool:
    """Whether the person owns the government named right before them ("đội ngũ chính quyền Trump, Bộ Tư
    pháp Mỹ đã ..."): what follows the comma is a body of that government, not one the person is of."""
    return lexicon.marker_index("governments").ending_before(text, m.start) is not None


def _is_source(text: str, m: Mention, lexicon: Lexicon) -> bool:
    """Whether the mention is the source after "Theo" ("Theo ông X, NATO ...": the comma ends the source)."""
    before = text[: m.start].rstrip()
    return any(hit.end == len(before) for hit in lexicon.marker_index("according_to").find(before))


def _subject_after_fronted_phrase(text: str, m: Mention, n: Mention, lexicon: Lexicon) -> bool:
    """Whether the comma after the person closes a phrase fronted before the subject, and the body after
    it, closed by no comma, is that subject: "Sau cuộc gặp với ông Trump, EU lo ngại" (not "Theo ông X,
    Viện Y, ...")."""
    lead = opening_end(text, lexicon.marker_index("carry_openers"), m.start)
    lead += len(text[lead:]) - len(text[lead:].lstrip(" “\"'"))
    fronted = fronting_at(text, lead, lexicon.marker_index("fronting")) is not None and "," not in text[lead : m.end]
    return fronted and text[n.end :].lstrip()[:1] not in (",", "-", "–", ")")


def _speaks_after(text: str, n: Mention, lexicon: Lexicon) -> bool:
    """Whether the mention is the source the sentence ends with: "..., Xinhua cho biết." (not "X, Hội
    đồng Y nói: ...", whose speaker is X)."""
    rest = text[n.end :].strip()
    return any(hit.start == 0 and not rest[hit.end :].strip(" .") for hit in lexicon.marker_index("speech_verbs").find(rest))


def _person_of_body(text: str, m: Mention, n: Mention, lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "giáo sư Tony Travers ở Trường Kinh tế London", "nhà báo Mark Dorn của Reuters": one of its
    people; "Giám đốc điều hành Sundar Pichai của Google": the office of an unowned title, also of a
    seat of power that speaks for its state ("Người phát ngôn Sean Spicer của Nhà Trắng")."""
    if n.entity.type != "ORGANIZATION" or n.kind == "descriptor":
        return
    seat = n.acts_for is not None  # "tại Nhà Trắng" is where one is, not what one belongs to
    between = _without_thing_head(fold(text[m.end : n.start]).strip(), lexicon)  # "của (hãng) Reuters"
    bracketed = between == "(" and text[n.end : n.end + 1] == ")"  # "chuyên gia John Smith (Viện Brookings)"
    if not seat and (between.lstrip(", ") in lexicon.folded_markers("person_of_body") or bracketed):
        yield RawRelation(m.entity, "member_of", n.entity)  # "John Smith, đến từ Viện Brookings,"
    elif between in lexicon.folded_markers("person_of_body_after_role") and _introduced_by_role(m, lexicon) \
            and not (between == "tại" and _met_there(m, lexicon)):
        if m.role is not None and m.role_of is None and not _private_role(m.role, lexicon):
            yield from offices(m.entity, n.entity, m.role, lexicon)
        elif not seat:
            yield RawRelation(m.entity, "member_of", n.entity)


def _head_of_body(text: str, m: Mention, n: Mention, lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Ông X hiện đứng đầu Bộ Quốc phòng Nga", "X – người từng đứng đầu Bộ Tư lệnh Thái Bình Dương":
    a verb of heading between the person and the body makes the person its head."""
    if n.entity.type not in ("ORGANIZATION", "COUNTRY") or n.kind == "descriptor":
        return
    mark = _APPOSITION.match(text, m.end)
    if mark is not None and mark.end() <= n.start:  # after a comma or a dash, only "người ..." describes X
        words = fold(text[mark.end() : n.start]).split()
        if words[:1] != ["người"]:
            return
        words = words[1:]
    else:
        words = fold(text[m.end : n.start]).split()
    adverbs = lexicon.folded_markers("office_adverbs")
    while words and words[0] in adverbs:
        words = words[1:]
    if " ".join(words) in lexicon.folded_markers("head_verbs"):
        yield RawRelation(m.entity, "official_of", n.entity if n.entity.type == "ORGANIZATION" else n.actor, role="Head")


def _met_there(m: Mention, lexicon: Lexicon) -> bool:
    """Whether a person before "tại" and a body is where they were, not what they work for: a person with
    an office of their own ("Tổng thống Nga Putin tại G20") or named as a counterpart ("người đồng cấp
    Putin tại G20"), unlike "nhà báo X tại Reuters"."""
    return m.role_of is not None or lexicon.marker_index("counterpart_honorifics").starting_at(m.text, 0) is not None


def _introduced_by_role(m: Mention, lexicon: Lexicon) -> bool:
    """A person named after the noun of a trade ("nhà báo X", "luật sư X"), not after "ông"."""
    first = fold(m.text).split(" ", 1)[0]
    return m.kind in ("title", "honorific") and first not in lexicon.folded_markers("pronoun_honorifics")


def _title_before_title(text: str, m: Mention, n: Mention, lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Phó Chủ tịch Hội Nhà báo Việt Nam, Phó Chủ tịch Hội hữu nghị Việt Nam-Ấn Độ Hà Minh Huệ": a
    body's title, a comma and a titled name are two offices of one person (countries left out:
    "Tổng thống Mỹ, Thủ tướng Anh Theresa May" names two people)."""
    if m.kind != "descriptor" or m.role is None or m.acts_for is None or m.acts_for.type != "ORGANIZATION":
        return
    if n.entity.type == "PERSON" and n.kind == "title" and text[m.end : n.start].strip() == "," \
            and not ends_fronted_phrase(text[: n.start].rstrip(), lexicon):  # "Trước khi sa thải giám đốc FBI, Tổng thống X"
        yield from offices(n.entity, m.acts_for, m.role, lexicon)


def _title_named_after(text: str, m: Mention, following: list[Mention], lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Ngoại trưởng Mỹ hiện là Rex Tillerson", "CEO Uber là Travis Kalanick": a title with its
    owner, an office verb, and the person who holds it (not "người đồng cấp của Ngoại trưởng Mỹ là"),
    also past the post's place or topic ("Đại sứ Mỹ tại Việt Nam là ông X")."""
    n, end = following[0], m.end
    if len(following) > 1 and fold(text[m.end : n.start]).strip() in lexicon.folded_markers("title_topics"):
        n, end = following[1], n.end
    owner = m.role_of or m.acts_for
    if m.kind != "descriptor" or m.role is None or owner is None or owner.type not in ("ORGANIZATION", "COUNTRY") \
            or n.entity.type != "PERSON" or n.kind == "descriptor" or _ends_with_of(text, m):
        return
    if office_verb_end(text, end, lexicon) == n.start:
        yield from offices(n.entity, owner, m.role, lexicon)


def _body_of_body(text: str, m: Mention, n: Mention, lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Rodong Sinmun - cơ quan ngôn luận của Đảng Lao động Triều Tiên", "X, một chi nhánh của Y": a
    body apposed as a part of another is one of its members."""
    if m.entity.type != "ORGANIZATION" or n.entity.type != "ORGANIZATION" or m.acts_for is not None:
        return
    mark_end = _apposition_end(text, m)
    if mark_end is None:
        return
    gap = fold(text[_past_opener(text, mark_end, lexicon) : n.start]).split()
    if gap and gap[-1] == "của":
        gap = gap[:-1]
    if " ".join(gap) in lexicon.folded_markers("body_of_nouns"):
        yield RawRelation(m.entity, "member_of", n.entity)


def _party_of(text: str, m: Mention, n: Mention, lexicon: Lexicon) -> Iterator[RawRelation]:
    """ "Đảng Bảo thủ của Thủ tướng Theresa May": May belongs to the party."""
    if m.entity.type != "ORGANIZATION" or n.entity.type != "PERSON" or n.kind in ("descriptor", "pronoun"):
        return
    if fold(text[m.end : n.start]).strip() != "của":
        return
    name = fold(m.text)
    if any(name == w or name.startswith(w + " ") for w in lexicon.folded_markers("party_heads")):
        yield RawRelation(n.entity, "member_of", m.entity)




def _private_role(role: str | None, lexicon: Lexicon) -> bool:
    """Whether a title's role is a trade ("Scholar", "Lawyer"), no office of a body."""
    return role in lexicon.marker_words.get("private_roles", [])
