"""Who owns the noun phrase next to a cue: the object a stance or attack is aimed at, the
person a "của" phrase belongs to.

    "bác bỏ (các) lời đề nghị (mới nhất) của Mỹ"       the proposal stands for its owner
    "phóng tên lửa vào căn cứ (quân sự) của Mỹ"        the target's owner is attacked
    "Nghị sĩ X của đảng Bảo thủ kêu gọi ..."            X, not the party, is the subject
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import PredicateSpec
from .phrases import PhraseMatch, fold
from .sentence import ACTOR_TYPES, Cue, Markers, Sentence, first_words, last_words, padded_words, word_count, words_end
from .types import Mention

OWNED_NOUN_MODIFIERS = 6  # "quyết định (mới đây) (về Đài Loan) của Mỹ", "nỗ lực (hòa giải không mệt mỏi) của X": syllables
_JOINT = re.compile(r"\s+và\s+")
BARE_OWNER_MODIFIERS = 2  # "(vào) cơ sở (hạt nhân) Iran": an owner named without "của"
# The nouns whose owner counts as standing after a cue's marker: a target ("vào căn cứ của Mỹ") or a
# quality ("cam kết với chủ quyền của Ukraine"), markers.yaml target_nouns and owned_qualities.
OWNED_AFTER_MARKER = ("target_nouns", "owned_qualities")
TARGET_MODIFIERS = 6  # "cơ sở (hạ tầng năng lượng quan trọng) của Ukraine", in syllables
INSTRUMENT_WINDOW = 16  # "bằng (hàng trăm máy bay không người lái và tên lửa hành trình) vào Kiev"
FAR_OBJECT_WINDOW = 12  # "viện trợ (quân sự trị giá 500 triệu USD) cho Ukraine"
GOODS_WORDS = 5  # "hỗ trợ Việt Nam (thêm 2 triệu) USD": the goods a few words after the receiver
_NUMBER = re.compile(r"\s*\d+(?=\s)")


class NounOwners:
    """Reads owned nouns with the markers of markers.yaml (owned_nouns, owner_links, target_nouns)."""

    def __init__(self, markers: Markers, owner_object_predicates: set[str]):
        self.markers = markers
        self.owner_object_predicates = owner_object_predicates
        words = markers.lex.marker_words
        self.far_object_predicates = set(words.get("far_object_predicates", []))
        self.far_object_markers = markers.words("far_object_markers")
        self.verb_words = markers.words("past_markers") | {"đang"}  # not the adverbs: "hiện" of "hiện đại"
        self.target_predicates = set(words.get("target_owner_predicates", []))
        self.target_markers = tuple(markers.words("target_markers"))
        self.pledged_acts = markers.words("pledged_acts")
        self.disapproving = set(words.get("owned_act_predicates", []))  # the stances that read owned_acts
        self.target_place_modifiers = {w for phrase in markers.words("target_place_modifiers") for w in phrase.split()}

    def owned_noun_cue(self, text: str, cue: Cue, later: Cue) -> bool:
        """A cue inside the owned noun right after a stance cue ("bác bỏ đề xuất ngừng bắn của
        Israel", "phản đối chuyến thăm Đài Loan của bà Pelosi"): the object phrase goes on past it."""
        span = self._owned_noun(text, cue)
        return span is not None and span[0] <= later.start < span[1]

    def _owned_noun(self, text: str, cue: Cue) -> tuple[int, int] | None:
        """(start, end) of the owned noun right after a stance cue, past its determiners, if any."""
        if cue.predicate not in self.owner_object_predicates:
            return None
        at = self._past_determiners(text, past(text, cue.end, self.markers.starts_with(text, cue.end, "stance_prepositions")))
        acts = cue.predicate in self.disapproving  # "lên án các cuộc không kích của Mỹ" (backing an attack: no owner)
        end = self._owned_noun_end(text, at, acts)
        if end is None:
            return None
        while (joint := _JOINT.search(text, end, words_end(text, end, OWNED_NOUN_MODIFIERS + 1))) is not None \
                and (joined := self._owned_noun_end(text, self._past_determiners(text, joint.end()), acts)) is not None:
            end = joined  # "vai trò quan trọng và những đóng góp tích cực (của Nhật Bản)": one owner for both
        return len(text) - len(text[at:].lstrip()), end

    def _owned_noun_end(self, text: str, at: int, acts: bool) -> int | None:
        """The end of the owned noun (markers.yaml owned_nouns) that starts at `at`, if one does; or of an owned
        act (owned_acts) whose owner follows before any target ("cuộc tấn công (bằng UAV) của Nga vào ...")."""
        act = self.markers.starts_with(text, at, "owned_acts") if acts else None
        if act is not None:
            end = past(text, at, act)
            following = first_words(text, end, OWNED_NOUN_MODIFIERS + 1)
            link = next(iter(self.markers["owner_links"].find(following)), None)
            if link is not None and not self.markers["target_after"].find(following[: link.start]):
                return end
        noun = self.markers.starts_with(text, at, "owned_nouns")
        return None if noun is None else past(text, at, noun)

    def _past_determiners(self, text: str, position: int) -> int:
        """After the determiners and numbers that open a noun phrase: "(các)", "(một loạt)", "(13)"."""
        while True:
            found = self.markers.starts_with(text, position, "determiners")
            number = _NUMBER.match(text, position)
            if found is not None:
                position = past(text, position, found)
            elif number is not None:
                position = number.end()
            else:
                return position

    def _violated_quality(self, text: str, start: int, end: int) -> bool:
        """Whether the words between `start` and `end` violate a quality of whoever follows: "vi phạm
        chủ quyền", "xâm phạm (các) nghị quyết" (not "vi phạm nhân quyền": the violator follows)."""
        for verb in self.markers["quality_violations"].find(text[start:end]):
            at = self._past_determiners(text, start + verb.end)
            if self.markers.starts_with(text, at, "violated_qualities") is not None:
                return True
        return False

    def owner_of_object_noun(self, text: str, cue: Cue, right: list[Mention],
                             may_be_object: Callable[[Mention], bool]) -> Mention | None:
        """The object that owns the proposal, demand, decision or visit right after a stance cue,
        however long that noun phrase: "bác bỏ (các) lời đề nghị (mới nhất) của Mỹ", "yêu cầu từ
        phía Qatar", "phản đối chuyến thăm Đài Loan của bà Pelosi"; not "từ chối làm ... của X"."""
        span = self._owned_noun(text, cue)
        if span is None:
            return None
        noun_end = span[1]
        for head in sorted(right, key=lambda m: m.start):
            if head.start < noun_end or not may_be_object(head):
                continue
            if any(c in text[cue.end : head.start] for c in ",;:"):
                return None
            link = self.markers.ends_with(text, head.start, "owner_links")
            if link is None:
                continue
            link_start = link.start
            if self._violated_quality(text, noun_end, link_start):
                return None  # "hành động vi phạm chủ quyền của Iran": Iran's sovereignty, not Iran's act
            return head if noun_end <= link_start and word_count(text, noun_end, link_start) <= OWNED_NOUN_MODIFIERS \
                else None
        return None

    def after_marker(self, text: str, cue: Cue, mention: Mention, markers: tuple[str, ...]) -> bool:
        """Whether the mention follows one of the markers, or owns the target or the quality that does:
        "phóng tên lửa vào Israel", "bắn rocket về phía Israel", "phóng tên lửa vào căn cứ (quân sự) của Mỹ",
        "cam kết với chủ quyền của Ukraine"."""
        start = self._with_people_of(text, mention)
        return any(fold(last_words(text, start, len(m.split()))) == m for m in markers) \
            or self.owns_target(text, cue, mention, markers, OWNED_AFTER_MARKER) or self.place_of_targets(text, cue, mention)

    def given_goods(self, text: str, spec: PredicateSpec, cue: Cue, mention: Mention) -> bool:
        """Whether the mention is the receiver a giving cue names right before the goods: "hỗ trợ Việt Nam 2
        triệu USD", "trao tặng Philippines 5 tàu tuần tra" (no "cho" needed there)."""
        if fold(cue.text) not in spec.noun_cues or text[cue.end : mention.start].strip():
            return False
        return self.goods_after(text, spec, mention.end)

    def goods_after(self, text: str, spec: PredicateSpec, position: int) -> bool:
        """Whether the goods or money given follow `position` within a few words: "viện trợ (khẩn cấp) 5 triệu USD"."""
        after = padded_words(first_words(text, position, GOODS_WORDS))  # "USD."
        return any(f" {noun} " in after for noun in spec.nouns)

    def pledged(self, text: str, cue: Cue, mention: Mention, types: tuple[str, ...]) -> bool:
        """Whether the mention, of one of `types`, is what the cue pledges: right after it or after an act
        of markers.yaml pledged_acts ("cam kết tăng chi tiêu quốc phòng lên 5% GDP"; not "cam kết xem xét lại"),
        the cue a verb or the noun of a statement verb ("tái khẳng định cam kết thực hiện NPT"), not a noun
        of some pledges ("các cam kết")."""
        gap = fold(text[cue.end : mention.start].strip())
        counted = self.markers.ends_with(text, cue.start, "determiners") is not None
        return mention.entity.type in types and (not gap or gap in self.pledged_acts) and not counted

    def _with_people_of(self, text: str, mention: Mention) -> int:
        """Where the mention starts with "người dân"/"nhân dân" before it: "(cho) nhân dân Philippines"."""
        people = self.markers.ends_with(text, mention.start, "people_of")
        return people.start if people is not None else mention.start

    def owns_target(self, text: str, cue: Cue, mention: Mention, markers: tuple[str, ...],
                    nouns: tuple[str, ...] = ("target_nouns",)) -> bool:
        """Whether the mention owns a noun of one of the markers.yaml lists `nouns` after one of the markers:
        "vào (các) căn cứ (quân sự) của Mỹ", however far that puts it from the cue, or names it right after
        the noun: "vào lãnh thổ Israel", "nhằm vào các cơ sở hạt nhân Iran"; not "vào vùng biển của Nhật Bản"."""
        possessive = self.markers.ends_with(text, mention.start, "possessive") is not None
        gap = fold(" ".join(text[cue.end : mention.start].split()))
        if any(c in gap for c in ",;:"):
            return False
        words = gap.split()
        at = max((i + len(m.split()) for i in range(len(words)) for m in markers
                  if words[i : i + len(m.split())] == m.split()), default=None)
        if at is None:
            return False
        phrase = " ".join(words[at:])
        if any(c.value for c in self.markers.lex.cues.find(phrase)):
            return False
        start = self._past_determiners(phrase, 0)
        for kind in nouns:
            noun = self.markers.starts_with(phrase, start, kind)
            if noun is None:
                continue
            modifiers = len(phrase[past(phrase, start, noun) :].split()) - possessive
            if 0 <= modifiers <= (OWNED_NOUN_MODIFIERS if possessive else BARE_OWNER_MODIFIERS):
                return True
        return False

    def far_object(self, text: str, cue: Cue, mention: Mention, markers_before: tuple[str, ...] | None) -> bool:
        """Whether the mention, beyond the object window, is still the cue's object: the owner of a
        target ("(vào) căn cứ (quân sự) của Mỹ", "(bằng UAV vào) các cơ sở hạ tầng năng lượng của
        Ukraine"), the receiver of aid ("... trị giá 500 triệu USD cho Ukraine") or the place a trip
        is to ("chuyến thăm làm việc kéo dài 3 ngày tới Mỹ"); the owner of a quality after its marker
        ("cam kết đối với an ninh của Israel")."""
        if markers_before and self.owns_target(text, cue, mention, markers_before, OWNED_AFTER_MARKER):
            return True
        if cue.predicate in self.target_predicates and (
                self.owns_target(text, cue, mention, self.target_markers) or self._owns_target_after(text, cue, mention)
                or self.place_of_targets(text, cue, mention)
                or self._after_instrument(text, cue, mention)):
            return True
        return self.far_receiver(text, cue, mention)

    def _after_instrument(self, text: str, cue: Cue, mention: Mention) -> bool:
        """ "tập kích bằng (500 UAV và tên lửa) vào Ukraine": the target after the weapons used."""
        gap = fold(" ".join(text[cue.end : mention.start].split()))
        return gap.startswith("bằng ") and not any(c in gap for c in ",;:") \
            and fold(last_words(text, mention.start, 1)) in self.target_markers \
            and word_count(text, cue.end, mention.start) <= INSTRUMENT_WINDOW

    def _owns_target_after(self, text: str, cue: Cue, mention: Mention) -> bool:
        """ "tấn công (các) cơ sở hạ tầng năng lượng của Ukraine": a target noun right after the cue."""
        link = self.markers.ends_with(text, mention.start, "possessive")
        return link is not None and self._targets_before(text, self._target_noun(text, cue), mention.start)

    def place_of_targets(self, text: str, cue: Cue, mention: Mention) -> bool:
        """Whether the mention is the country the targets right after an attack cue are in: "không kích
        (hơn 100) mục tiêu (quân sự) tại Iran"; not when the targets are another's ("các mục tiêu IS ở
        Syria": IS is attacked; "mục tiêu khủng bố tại Syria", "các mục tiêu của phiến quân ở Syria").
        Only the modifiers of markers.yaml target_place_modifiers stand between the noun and the place; a place of
        a country the dictionary knows counts too ("mục tiêu ở tỉnh Oddar Meanchey": see predicates.yaml place_country)."""
        located = mention.entity.type == "LOCATION" and self.markers.lex.home_country(mention.entity.id) is not None
        if cue.predicate not in self.target_predicates or mention.actor.type != "COUNTRY" and not located:
            return False
        region = self.markers.ends_with(text, mention.start, "target_nouns")  # "ở (miền trung) Israel"
        link = self.markers.ends_with(text, region.start if region is not None else mention.start, "target_places")
        noun = self._target_noun(text, cue) or self._aimed_noun(text, cue, mention.start)
        if link is None or noun is None:
            return False
        modifiers = fold(text[noun.end : link.start]).split()  # "(quân sự)", not "(khủng bố)", "(IS)", "(của X)"
        return all(w in self.target_place_modifiers for w in modifiers) and self._targets_before(text, noun, mention.start)

    def _target_noun(self, text: str, cue: Cue) -> PhraseMatch[str] | None:
        """The target noun right after the cue, past its determiners: "(các) cơ sở", "(hơn 100) mục tiêu"."""
        return self.markers.starts_with(text, self._past_determiners(text, cue.end), "target_nouns")

    def _aimed_noun(self, text: str, cue: Cue, position: int) -> PhraseMatch[str] | None:
        """The target noun right after the last target marker before `position`, past what is fired: "phóng
        (hàng chục tên lửa) nhằm vào (các) thành phố ở ..."."""
        gap = text[cue.end : position]
        if any(c in gap for c in ",;:"):
            return None
        aimed = self.markers["target_markers"].find(gap)
        if not aimed:
            return None
        return self._target_noun(text, Cue(cue.end + aimed[-1].start, cue.end + aimed[-1].end, "", cue.predicate))

    def _targets_before(self, text: str, noun: PhraseMatch[str] | None, position: int) -> bool:
        """Whether the target noun right after the cue and a few modifiers, no clause, lead to `position`."""
        if noun is None:
            return False
        gap = text[noun.start : position]
        # "lực lượng ủng hộ chính phủ của X": a verb inside makes the phrase a clause, not a target
        clause = any(c in gap for c in ",;:") or any(c.value for c in self.markers.lex.cues.find(gap))
        return not clause and word_count(text, noun.end, position) - 1 <= TARGET_MODIFIERS

    def attacking_owner(self, text: str, cue: Cue, owner: Mention) -> list[Mention]:
        """The owner of the weapon or force that attacks, right before the cue: "máy bay không
        người lái của Ukraine (đã) tấn công Nga", "tên lửa của Iran bắn trúng ..." ([] if none)."""
        if cue.predicate not in self.target_predicates or owner.actor.type not in ACTOR_TYPES:
            return []
        gap = text[owner.end : cue.start]  # "(đã)", "(đang)": no modality, no other word ("có thể", "sẵn sàng")
        if gap.strip() and (any(c in gap for c in ",;:") or not all(w in self.verb_words for w in fold(gap).split())):
            return []
        possessive = self.markers.ends_with(text, owner.start, "possessive")
        if possessive is None:
            return []
        weapon = self._noun_before(text, possessive.start, "attacking_nouns", 6)
        return [owner] if weapon else []

    def far_receiver(self, text: str, cue: Cue, mention: Mention) -> bool:
        """Whether the mention is what the cue gives to or goes to, named after "cho", "tới" ... past
        a long phrase: "(viện trợ quân sự) trị giá 500 triệu USD cho Ukraine", "(chuyến thăm) làm
        việc kéo dài 3 ngày tới Mỹ", within one clause."""
        start = self._with_people_of(text, mention)
        marker = fold(last_words(text, start, 1))
        if cue.predicate not in self.far_object_predicates or marker not in self.far_object_markers:
            return False
        gap = text[cue.end : start]
        # "cung cấp hai hệ thống S-400 và cấp phép cho Thổ Nhĩ Kỳ": after "và", "cho" may be another
        # verb's; "nhóm cứu trợ của Anh đã tới Syria": after the owner and "đã", another verb's too
        return not any(c in gap for c in ",;:()") and not self.markers["clause_break"].find(gap) \
            and not {"và", "của"} & set(fold(gap).split()) and not self.verbal(gap) \
            and word_count(text, cue.end, mention.start) <= FAR_OBJECT_WINDOW

    def verbal(self, words: str) -> bool:
        """Whether `words` hold a word of a verb phrase (past, aspect, modality), none of a noun phrase."""
        modal = any(m.value not in ("not_negation", "not_modality") for m in self.markers.modality.find(words))
        return modal or any(w in self.verb_words for w in fold(words).split())

    def owners_of_named_targets(self, sentence: Sentence, places: list[Mention]) -> list[Mention]:
        """The owner of each target named as a place: "căn cứ Al Udeid của Mỹ" is the United States';
        so are the places of a list after a target noun, the owner after the last: "ba cơ sở hạt
        nhân Fordow, Natanz và Isfahan của Iran"."""
        if not places:
            return places
        def named(place: Mention) -> bool:
            return place.entity.type == "LOCATION" and self.markers.starts_with(place.text, 0, "target_nouns") is not None

        listed = self._owner_after(sentence, places[-1]) \
            if named(places[0]) or self._after_target_noun(sentence, places[0]) else None
        owners: list[Mention] = []
        for place in places:
            owner = self._owner_after(sentence, place) if named(place) else None
            owner = owner or (listed if place.entity.type == "LOCATION" else None) or place
            if owner not in owners:
                owners.append(owner)
        return owners

    def _owner_after(self, sentence: Sentence, place: Mention) -> Mention | None:
        after = [m for m in sentence.mentions if m.start >= place.end]
        if after and sentence.gap(place.end, after[0].start) == "của" and after[0].actor.type in ACTOR_TYPES:
            return after[0]
        return None

    def _after_target_noun(self, sentence: Sentence, place: Mention) -> bool:
        """Whether a target noun and at most a few modifiers stand right before the place ("cơ sở hạt nhân")."""
        return self._noun_before(sentence.text, place.start, "target_nouns", 1 + OWNED_NOUN_MODIFIERS)

    def _noun_before(self, text: str, position: int, kind: str, words: int) -> bool:
        """Whether a noun of `kind` opens a phrase among the last `words` words before `position`."""
        before = fold(last_words(text, position, words)).split()
        return any(self.markers.starts_with(" ".join(before[i:]), 0, kind) is not None for i in range(len(before)))


def holder_of_owned(text: str, cue: Cue, left: list[Mention], owned_end: int) -> Mention | None:
    """The person whose name or apposition ends in "của <owner>" before the verb: right before
    "của", or before a comma that opens an apposition the owner closes ("X, nghị sĩ ... của Đức,")."""
    owner = left[-1]
    earlier = [m for m in left if m.end <= owned_end]
    if not earlier or earlier[-1].entity.type != "PERSON":
        return None
    person = earlier[-1]
    between = text[person.end : owned_end]
    if not between.strip():
        return person
    closes = text[owner.end : cue.start].lstrip().startswith(",")
    if between.lstrip().startswith(",") and "," not in between.lstrip()[1:] and closes:
        return person
    return None


def past(text: str, position: int, match) -> int:
    """The position after a phrase that `Markers.starts_with(text, position, ...)` found (or `position`)."""
    return position if match is None else match.end
