"""Organisations the dictionary does not know, one row per construction, on
sentences written for these tests (the organisations below are made up)."""
import pytest


def organizations(result):
    return sorted(e.label for e in result.entities.values() if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected, alias",
    [
        # an organisation head, its name, its acronym; the acronym alone later is the same body
        ("Một người phát ngôn Lực lượng tuần duyên Ba Lan (PCGX) cho biết tàu đã rời cảng. "
         "Sau đó, PCGX xác nhận thông tin.", ["PCGX"], "Lực lượng tuần duyên Ba Lan"),
        # a lowercase head of two words
        ("Các thành viên phong trào Sinh viên dân chủ (SVDX) tuần hành ở thủ đô.", ["SVDX"], "phong trào Sinh viên dân chủ"),
        # a network's name before its acronym
        ("Chủ tịch Mạng lưới Doanh nghiệp Gdańsk (GBNX) phát biểu.", ["GBNX"], "Mạng lưới Doanh nghiệp Gdańsk"),
        # the acronym the dictionary knows: the dictionary's body, whatever the name before it
        ("Theo Tổ chức Giám sát nhân quyền Syria (SOHR), giao tranh đã dừng.",
         ["Syrian Observatory for Human Rights"], "Tổ chức Giám sát nhân quyền Syria"),
        # a long name with its venue, an acronym of two words that holds a country's name; later alone
        # it is still the body, not the country
        ("Hiệp hội Tài chính và Đầu tư Ba Lan tại Vương quốc Anh (PFIA UK) ra mắt. Ông Jan Nowak chúc mừng PFIA UK.",
         ["PFIA UK"], "Hiệp hội Tài chính và Đầu tư Ba Lan tại Vương quốc Anh"),
    ],
)
def test_an_organisation_defined_with_its_acronym(extraction, text, expected, alias):
    result = extraction(text)
    assert organizations(result) == expected
    assert alias in set().union(*result.aliases.values())


@pytest.mark.parametrize(
    "text, issue, name",
    [
        # an agreement's name before its acronym: an issue labelled with the acronym, also when it is
        # named by the acronym alone later
        ("Ba Lan ủng hộ Hiệp định Thương mại tự do Đông Âu (EAFTX). Lào cũng ủng hộ EAFTX.",
         "EAFTX", "Hiệp định Thương mại tự do Đông Âu"),
        # a law with its head in lower case and a capital after it
        ("Lào phản đối đạo luật Chống can thiệp nước ngoài (ACIX).", "ACIX", "đạo luật Chống can thiệp nước ngoài"),
        # a name that holds an organisation of the dictionary is still the document's
        ("Ba Lan ủng hộ Thỏa thuận khung kinh tế số ASEAN (DEFX).", "DEFX", "Thỏa thuận khung kinh tế số ASEAN"),
    ],
)
def test_a_document_defined_with_its_acronym(extraction, text, issue, name):
    result = extraction(text)
    issues = {e.label: e for e in result.entities.values() if e.type == "ISSUE"}
    assert list(issues) == [issue], issues
    assert name in result.aliases[issues[issue].id]
    stances = {(r.subject.label, r.object.label) for r in result.relations if r.object.type == "ISSUE"}
    assert stances and all(o == issue for _, o in stances), stances


@pytest.mark.parametrize(
    "text",
    [
        # the acronym of a party named inside the agreement's name is the party's
        "Ba Lan ký thỏa thuận hòa bình với Mặt trận Nhân dân Mới (NPFX).",
        # the acronym of an organisation of the dictionary
        "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ủng hộ Ba Lan.",
        # no capital after a head in lower case: a description
        "Ba Lan ủng hộ thỏa thuận thương mại tự do (FTA).",
    ],
)
def test_no_document_of_another_acronym(extraction, text):
    assert not [e for e in extraction(text).entities.values() if e.type == "ISSUE" and not e.in_dictionary]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a head, words, two countries joined by a dash
        ("Phó chủ tịch Hội hữu nghị Ba Lan - Lào phát biểu tại lễ khai mạc.", ["Hội hữu nghị Ba Lan - Lào"]),
        # the country in parentheses after the name
        ("Một nghị sĩ Đảng Hòa bình (Áo) đã lên tiếng.", ["Đảng Hòa bình"]),
        # the organisation's own name follows the descriptive head: no organisation of the head
        ("Hãng thông tấn Hàn Quốc Yonhap đưa tin về vụ phóng.", ["Yonhap"]),
        # a company head, then an acronym that names the body (its label); its expert is one of its people
        ("Chuyên gia Ken Garrow thuộc Tập đoàn CNQ nhận định.", ["CNQ"]),
        # a company goes by its own name, whatever the head ("hãng", "công ty" in lower case too), and
        # its name ends before a person's given name
        ("Tập đoàn Vexora và hãng Brightwell Motors đã ký hợp đồng.", ["Brightwell Motors", "Vexora"]),
        ("Tổng giám đốc công ty Quantrix Pierre Lemaire cho biết.", ["Quantrix"]),
        # a diplomatic mission named with its country and its host is a body of its own; "Đại sứ"
        # at its start is no title
        ("Đại sứ quán Ba Lan tại Lào ra thông cáo.", ["Embassy of Poland in Laos"]),
        ("Tham tán Đại sứ quán Ba Lan tại Lào Jan Kowalczyk phát biểu.", ["Embassy of Poland in Laos"]),
        # "và" joining two parts of one name ...
        ("Ủy ban Quốc phòng và An ninh Ba Lan ra thông cáo.", ["Ủy ban Quốc phòng và An ninh Ba Lan"]),
        # ... but not two bodies, each of the country named after the last
        ("Bộ Quốc phòng và Bộ Ngoại giao Ba Lan ra thông cáo.",
         ["Ministry of Defence of Poland", "Ministry of Foreign Affairs of Poland"]),
        # ... nor a known body and the state after it
        ("Đảng Nhân dân Cách mạng Lào và Nhà nước Lào mời ông.", ["Lao People's Revolutionary Party"]),
        # a chamber of commerce with its country alone
        ("Phòng Thương mại Ba Lan kêu gọi đối thoại.", ["Phòng Thương mại Ba Lan"]),
        # a head and capitalised words, then a city: the body of that city
        ("Bà Jane Doe, Giám đốc Phòng Thương mại Nam London, phát biểu.", ["Phòng Thương mại Nam London"]),
        ("Đại học Kinh tế London công bố báo cáo.", ["Đại học Kinh tế London"]),
        # ... not a description before a place
        ("Hãng tin lớn nhất vùng Vịnh đưa tin.", []),
        # a conference is no body
        ("Hội nghị thượng đỉnh tại Lào đã bế mạc.", []),
        # a body the dictionary knows, then a clause: the clause is no part of its name
        ("Bộ Quốc phòng Nga kiểm soát tỉnh Kursk.", ["Ministry of Defence of Russia"]),
        ("Quân đội Nga kiểm soát Ukraine.", ["Russian Armed Forces"]),
        ("Bộ Ngoại giao Nga giành quyền kiểm soát vùng Kursk.", ["Ministry of Foreign Affairs of Russia"]),
        # a bank, a university, a fleet named after a place is a body, not the place
        ("Ngân hàng Thượng Hải bị phạt.", ["Ngân hàng Thượng Hải"]),
        ("Hạm đội Baltic của Nga tập trận.", ["Hạm đội Baltic"]),
        ("Đại học Bắc Kinh mở khóa học mới.", ["Đại học Bắc Kinh"]),
        # a province's or a city's party committee, youth union or people's committee, with or without the place's
        # own head word
        ("Thành ủy TP Hồ Chí Minh tổ chức lễ kỷ niệm.", ["Thành ủy TP Hồ Chí Minh"]),
        ("Tỉnh ủy Quảng Ninh làm việc với đoàn Lào.", ["Tỉnh ủy Quảng Ninh"]),
        ("UBND tỉnh Quảng Nam tổ chức lễ đón.", ["UBND tỉnh Quảng Nam"]),
        ("Ủy ban nhân dân thành phố Đà Nẵng ký biên bản ghi nhớ.", ["Ủy ban nhân dân thành phố Đà Nẵng"]),
        # Vietnam's mass organisations in the dictionary: the name inside is no person
        ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức lễ.", ["Ho Chi Minh Communist Youth Union"]),
    ],
)
def test_an_organisation_named_by_its_head(extraction, text, expected):
    assert organizations(extraction(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đồng euro bị định giá thấp theo sức mua tương đương (PPPX).",  # no organisation head
        "Lực lượng này giữ gìn trật tự, an toàn xã hội (TTXHX).",  # "xã hội" holds no head
        "Ủy ban An ninh quốc gia lên án quyết định.",  # a Vietnamese word with a capital is no foreign name
    ],
)
def test_no_organisation_without_its_head(extraction, text):
    assert organizations(extraction(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paper whose name is two common words is named only with both capitals
        ("Theo Tuổi Trẻ, lễ hội thu hút hàng nghìn người.", ["Tuoi Tre"]),
        ("Tuổi trẻ thành phố tham gia lễ hội.", []),
        ("Thanh niên Lào đang học tập tại Hà Nội.", []),
    ],
)
def test_a_two_word_name_written_with_two_capitals(extraction, text, expected):
    assert organizations(extraction(text)) == expected


def test_a_defined_acronym_later_alone_is_the_body_not_the_country_inside_it(extraction):
    result = extraction("Hiệp hội Tài chính và Đầu tư Ba Lan tại Vương quốc Anh (PFIA UK) ra mắt. "
                        "Ông Jan Nowak chúc mừng PFIA UK.")
    praised = {r.object.label for r in result.relations if r.predicate == "praises" and r.subject.label == "Jan Nowak"}
    assert praised == {"PFIA UK"}, praised


@pytest.mark.parametrize("dash", [" – ", " - ", "- "])
def test_a_name_joined_by_a_dash_is_found_with_a_spaced_dash(extraction, dash):
    result = extraction(f"Ông Putin hoan nghênh chuyến thăm của Tổng Giám đốc ITAR{dash}TASS.")
    assert {(r.subject.label, r.object.label) for r in result.relations if r.predicate == "praises"} == {("Vladimir Putin", "TASS")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body the dictionary names with capitals ("Quốc hội Anh"), written with its common words in
        # lower case before its country's name
        ("Dự luật được quốc hội Anh thông qua hôm qua.", ["Parliament of the United Kingdom"]),
        ("Tàu của hải quân Mỹ đã cập cảng Cam Ranh.", ["United States Navy"]),
        ("Binh sĩ lực lượng vũ trang Nga đã rút khỏi thành phố.", ["Russian Armed Forces"]),
        ("Ông Kirill Budanov là giám đốc cơ quan tình báo quân đội Ukraine.", ["Defence Intelligence of Ukraine"]),
        # the country's name keeps its capital: "anh" in lower case is a word of its own
        ("Các đại biểu quốc hội anh hùng lao động đã đến dự.", []),
    ],
)
def test_a_body_written_in_lower_case_before_its_country(extraction, text, expected):
    assert organizations(extraction(text)) == expected
