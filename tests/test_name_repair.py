"""Name repair at the mention: names written for the test, against the shipped dictionary."""
from __future__ import annotations

import pytest

from extract import Article, extract_article
from extract.lexicon import default_lexicon
from extract.name_repair import NameParts, NameTable, collapse_repeats, one_edit_apart, repair_person


@pytest.mark.parametrize("surface, owner, kind", [
    # a place, a nationality, a leftover of a country's name, an English title in front
    ("Arizona John McCain", "person:john_mccain", "prefix"),
    ("Nam Carolina Lindsey Graham", "person:lindsey_graham", "prefix"),
    ("Israeli Benjamin Netanyahu", "person:benjamin_netanyahu", "prefix"),
    ("Hàn Park Geun-hye", "person:park_geun_hye", "prefix"),
    ("Nhĩ Kỳ Mevlut Cavusoglu", "person:mevlut_cavusoglu", "prefix"),
    ("Nhĩ Kỹ Mevlut Cavusoglu", "person:mevlut_cavusoglu", "prefix"),
    ("Indoenesia Joko Widodo", "person:joko_widodo", "prefix"),
    ("Minister Sergey Lavrov", "person:sergey_lavrov", "prefix"),
    ("Nam Carolina Lindsey O. Graham", "person:lindsey_graham", "prefix"),
    # a word written twice
    ("Moon Moon Jae-in", "person:moon_jae_in", "repeat"),
    ("Kim Kim Jong-un", "person:kim_jong_un", "repeat"),
    # middle initials, a generational number
    ("James B. Comey", "person:james_comey", "initial"),
    ("Robert S. Mueller III", "person:robert_mueller", "initial"),
    ("Donald J. Trump Jr.", "person:donald_trump_jr", "initial"),
    # the initial of the given name glued before a transliterated surname
    ("Ê.Ma-crông", "person:emmanuel_macron", "initial"),
    ("Đ. Tơ-răm", "person:donald_trump", "initial"),
])
def test_a_repaired_name_lands_on_its_person(surface, owner, kind):
    repair = repair_person(surface, default_lexicon())
    assert repair is not None and (repair.owner, repair.kind) == (owner, kind)


@pytest.mark.parametrize("surface", [
    "George H. Bush",       # George W. Bush or George H. W. Bush: an initial that fits neither
    "George Bush",          # both
    "George W.H. Bush",
    "Jean Marie Le Pen",    # a given name in front of "Le Pen" is not glued: Marine Le Pen's father
    "Hillary Bill Clinton",
    "Virginie Sergey Lavrov",  # one letter off a US state: not enough to drop a word
    "James Robart",         # not in the dictionary: nothing to repair to
    "Romain Nadal",
    "Lavrov",               # one word: no repair
    "X.V.Mi-khai-lốp",      # initials before a surname the dictionary lacks
    "B.Ma-crông",           # an initial that opens no full name of the owner
    "Lê Cảnh Sang",         # a Vietnamese family name is no word glued to Geng Shuang's "Cảnh Sảng"
])
def test_names_that_are_not_repaired(surface):
    assert repair_person(surface, default_lexicon()) is None


@pytest.mark.parametrize("a, b, same", [
    ("Donald Trump Jr.", "Donald Trump", False),  # son and father
    ("George H. Bush", "George W. Bush", False),
    ("George H. W. Bush", "George W. Bush", False),
    ("Robert S. Mueller III", "Robert Mueller", True),
    ("James B. Comey", "James Comey", True),
    ("Bill Clinton", "Hillary Clinton", False),
])
def test_initials_and_suffixes_tell_people_apart(a, b, same):
    assert NameParts.of(a).may_be(NameParts.of(b)) is same


@pytest.mark.parametrize("a, b, one_edit", [
    ("donad trump", "donald trump", True),
    ("valdimir putin", "vladimir putin", True),
    ("donald trumph", "donald trump", True),
    ("kim jong nam", "kim jong un", False),
    ("george h w bush", "george w bush", False),
    ("same", "same", False),
])
def test_one_edit(a, b, one_edit):
    assert one_edit_apart(a, b) is one_edit and one_edit_apart(b, a) is one_edit


def test_a_name_two_people_share_is_not_repaired():
    table = NameTable([("George W. Bush", "w"), ("George H. W. Bush", "hw"), ("Moon Jae-in", "moon")])
    assert table.variant_owners("George Bush") == {"w", "hw"}
    assert collapse_repeats("Moon Moon Jae-in") == "Moon Jae-in"


@pytest.mark.parametrize("text, person, surface", [
    # the state after "bang" is read apart from the name ("John McCain"), so no glued form is kept
    ("Thượng nghị sĩ bang Arizona John McCain chỉ trích Nga.", "person:john_mccain", None),
    ("Tổng thống Hàn Park Geun-hye gặp Thủ tướng Nhật Bản.", "person:park_geun_hye", "Hàn Park Geun-hye"),
    ("Ngoại trưởng Thổ Nhĩ Kỹ Mevlut Cavusoglu cáo buộc Đức.", "person:mevlut_cavusoglu", None),
    ("Ông Moon Moon Jae-in chỉ trích Nhật Bản.", "person:moon_jae_in", "Moon Moon Jae-in"),
    ("Ông James B. Comey cáo buộc Nga.", "person:james_comey", "James B. Comey"),
    ("Ông Robert S. Mueller III cáo buộc Nga.", "person:robert_mueller", "Robert S. Mueller III"),
    ("Tổng thống Pháp Ê.Ma-crông hội đàm với các nghị sĩ.", "person:emmanuel_macron", "Ê.Ma-crông"),
    ("Nghị sĩ bang Nam Carolina Lindsey Graham nói Mỹ sẽ trừng phạt Nga.", "person:lindsey_graham", None),
])
def test_the_extractor_names_the_known_person(text, person, surface):
    result = extract_article(Article("t", text))
    persons = {e for e in result.entities if e.startswith("person:")}
    assert persons == {person}
    if surface:  # the form as written stays an alias of the person
        assert surface in result.aliases[person]
