"""Names the dictionary does not know, one row per construction, on sentences
written for these tests (every name below is made up)."""
import pytest


def persons(result):
    return sorted(e.label for e in result.entities.values() if e.type == "PERSON")


@pytest.mark.parametrize(
    "text, expected",
    [
        # apposition after a comma: "một ...", a title, "nhà ..."
        ("Trong khi đó, Lars Eriksen, một nhân viên của tổ chức này, cho biết giao tranh đã dừng.", ["Lars Eriksen"]),
        ("Theo Hãng tin AFP, Brenda Kowalczyk, giám đốc điều hành của quỹ, đã từ chức.", ["Brenda Kowalczyk"]),
        # apposition after a dash, glued to the name
        ("Hãng tin AFP dẫn lời Tomas Brakely- chủ tịch đảng đối lập, nói rằng họ sẽ biểu tình.", ["Tomas Brakely"]),
        ("Tháng trước, Pavel Dorinsky - nhà sáng lập mạng xã hội - viết trên trang cá nhân.", ["Pavel Dorinsky"]),
        # a speech verb right after the name
        ("Henrik Valdez cho biết quân đội sẽ rút khỏi khu vực.", ["Henrik Valdez"]),
        # a word that quotes a person before the name
        ("Hãng tin Reuters dẫn lời Osric Fenwhistle nhận định tình hình còn căng thẳng.", ["Osric Fenwhistle"]),
        # a given name of a person the dictionary knows
        ("Vladimir Kostrenko đến Paris hôm qua.", ["Vladimir Kostrenko"]),
        # particles inside a name, glued or apart
        ("Bộ trưởng Ai Cập Karim al-Masrawi phát biểu tại hội nghị.", ["Karim al-Masrawi"]),
        ("Đại sứ Saudi Arabia Faisal bin Turkan cho biết Riyadh ủng hộ đề xuất.", ["Faisal bin Turkan"]),
        # a Korean name after a title's qualifier: the family name is no qualifier word
        ("Chuyên gia nghiên cứu cấp cao Cheong Min-seok thuộc Viện Sejong cho rằng như vậy.", ["Cheong Min-seok"]),
        # initials
        ("Thẩm phán Mỹ William H. Watsonby ra phán quyết hôm thứ Hai.", ["William H. Watsonby"]),
        # a common given name is evidence of a person; after a place word it ends the place
        ("Tàu chở Laura Bertinelli và Brian Hollings tới Busan.", ["Brian Hollings", "Laura Bertinelli"]),
        ("Thị trưởng thành phố Lindenau Eva Hollmer phát biểu tại lễ hội.", ["Eva Hollmer"]),
        # a Vietnamese word right after a foreign name ends it
        ("Giám đốc CIA Lorne Dashwood Là người đã tiết lộ tài liệu.", ["Lorne Dashwood"]),
        # a noun of a person and a nationality before the name
        ("Triều Tiên thả sinh viên Mỹ Orrin Wexbury về nước.", ["Orrin Wexbury"]),
        ("Chuyến thăm của cựu ngôi sao bóng rổ nhà nghề Mỹ Dalton Rhymes gây chú ý.", ["Dalton Rhymes"]),
        # a title, its owner and an office verb before the name
        ("CEO Uber là Travold Kemanick từ năm 2010.", ["Travold Kemanick"]),
        ("Iraq đã mời đại sứ Mỹ ở Baghdad là Dalton Rhymes.", ["Dalton Rhymes"]),
    ],
)
def test_a_foreign_name_with_evidence_of_a_person(extraction, text, expected):
    assert persons(extraction(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn xe đã đến thành phố Walla Creek hôm qua.",  # a place head before it
        "Các nghi phạm bị bắt tại Santa Mirada, California.",  # a place preposition
        "Tàu USS Carl Vinford cập cảng Busan.",  # a ship
        "Xe chở Tổng thống Nga là Mercedes-Benz S640 Guard Pullman.",  # a model's number: no person's name
        "Báo Daily Courant cho biết cuộc điều tra đã kết thúc.",  # a newspaper
        "Minh Thu (lược dịch)",  # a Vietnamese byline without its marks
        "Kho Bac cho biết nguồn thu tăng.",  # Vietnamese syllables without marks, no given name
        "Theo báo Triều Tiên Rodong Sinmeun, Mỹ sai.",  # a nationality after the noun of a thing
        "Nga phóng hàng trăm UAV Shahid vào Kiev.",  # a drone, its head an acronym
        "Bắc Kinh chỉ trích đề xuất triển khai USS Zumwald tới Biển Đông.",  # a ship's prefix alone
        # ... nor after a title: a paper, a city's body ("Báo" or "TP." is no given name)
        "Ông Trần Văn Bình, Tổng Biên tập Báo Người Ven Biển chia sẻ kinh nghiệm.",
        "Đại tá Lê Văn Hòa, Trưởng Công an TP.Cà Mau cũng thông tin về vụ việc.",
        "Hội nghị Hội đồng Bộ trưởng Thông tin Arab khai mạc ở Cairo.",  # a people after a title
    ],
)
def test_a_capitalised_run_that_is_no_person(extraction, text):
    assert not [p for p in persons(extraction(text)) if p not in ("Trần Văn Bình", "Lê Văn Hòa")]


def test_the_family_name_alone_refers_back_to_the_bare_name(extraction):
    result = extraction(
        "Pavel Dorinsky, nhà sáng lập của mạng xã hội, cho biết công ty sẽ mở rộng. "
        "Theo Dorinsky, Nga là thị trường lớn nhất."
    )
    assert persons(result) == ["Pavel Dorinsky"]
    assert {"Pavel Dorinsky", "Dorinsky"} <= set().union(*result.aliases.values())


def places(result):
    return sorted(e.label for e in result.entities.values() if e.type == "LOCATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place head, then a name the dictionary lacks
        ("Giao tranh bùng phát ở hạt Kelmora hôm qua.", ["Kelmora"]),
        ("Quân nổi dậy rút khỏi quận Al-Harbiya sau ba ngày.", ["Al-Harbiya"]),
        # a plural head and a list of names
        ("Pháo kích nhằm vào các làng thuộc các huyện Dorvan, Kesta và Mirpal.", ["Dorvan", "Kesta", "Mirpal"]),
        # a transliterated name
        ("Đoàn đại biểu đã thăm tỉnh Xa-va-na-khét của Lào.", ["Xa-va-na-khét"]),
        # a direction with a foreign name is one region
        ("Lệnh ngừng bắn có hiệu lực ở khu vực Tây Nam Syria.", ["Tây Nam Syria"]),
        # an airport, a nuclear site, a refinery, a port: the facility, named with its head
        ("Máy bay hạ cánh xuống sân bay Wattaly lúc 10 giờ.", ["sân bay Wattaly"]),
        ("Iran tăng cường bảo vệ cơ sở hạt nhân Fordaw.", ["cơ sở hạt nhân Fordaw"]),
        ("Tên lửa đã bắn trúng nhà máy lọc dầu Haifa đêm qua.", ["nhà máy lọc dầu Haifa"]),
        ("Tàu chở hàng cập cảng Sohar của Oman.", ["cảng Sohar"]),
        # ... named after a person the dictionary knows
        ("Tài xế taxi đình công tại Sân bay Quốc tế John F. Kennedy.", ["Sân bay Quốc tế John F. Kennedy"]),
        # a port city is the city; a base the dictionary names with a facility head keeps its entity
        ("Tàu khu trục rời thành phố cảng Bandar Abbas hôm qua.", ["Bandar Abbas"]),
        ("Tên lửa hành trình rơi xuống sân bay Shayrat.", ["Shayrat Airbase"]),
        # a name after a place preposition: in Latin letters, or of two Vietnamese syllables
        ("Giao tranh tiếp diễn ở Kelmora và tại Dorvan.", ["Dorvan", "Kelmora"]),
        ("Ông ta có nhiều tài sản tại Tứ Xuyên.", ["Tứ Xuyên"]),
        # a city the dictionary knows, after its head: the city, not its country
        ("Hội nghị diễn ra tại thủ đô Tokyo.", ["Tokyo"]),
    ],
)
def test_a_name_after_a_place_head_is_a_place(extraction, text, expected):
    assert places(extraction(text)) == expected


def test_a_facility_keeps_its_bare_name_as_an_alias(extraction):
    result = extraction("Máy bay hạ cánh xuống sân bay quốc tế Wattaly lúc 10 giờ.")
    (facility,) = (e for e in result.entities.values() if e.type == "LOCATION")
    assert facility.label == "sân bay quốc tế Wattaly"
    assert result.aliases[facility.id] == {"Wattaly"}


@pytest.mark.parametrize(
    "text",
    [
        "Thẩm phán liên bang Harold Brennick ra phán quyết.",  # "liên bang" is federal, not a state
        "Nga xây dựng một căn cứ Hải quân mới.",  # a common noun after the head
        "Mỹ điều tàu sân bay USS Carl Vinson tới khu vực.",  # an aircraft carrier is no airport
        "Về nước, từ sân bay Benjamin Netanyahu đã đi thẳng tới Quốc hội.",  # the person goes on as a subject
        "Doanh nghiệp tại khu vực Tây Nam nước Mỹ phản đối.",  # a direction
        "Ông phát biểu tại Hội thảo về an ninh.",  # an event after the preposition
        "Giáo sư Kang giảng dạy tại ĐH Hankuk.",  # an abbreviated organisation head
        "Xung đột ở Ukraine kéo dài.",  # a name the dictionary knows is no new place
    ],
)
def test_a_place_head_before_no_place_name(extraction, text):
    assert places(extraction(text)) == []


@pytest.mark.parametrize(
    "text, expected, surface",
    [
        # the dictionary knows the short form; the rest of the name runs on after "bin"
        ("Thủ tướng Qatar Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani nói Doha sẵn sàng hòa giải.",
         ["Mohammed bin Abdulrahman Al Thani"], "Mohammed bin Abdulrahman bin Jassim Al Thani"),
        # ... after a particle glued to the family name
        ("Tổng thống UAE Mohamed bin Zayed al-Nahyan tiếp phái đoàn Ấn Độ.",
         ["Mohamed bin Zayed Al Nahyan"], "Mohamed bin Zayed al-Nahyan"),
        # ... and after a capitalised "Al"
        ("Ông Mohammed bin Salman Al Saud cho biết Riyadh ủng hộ đề xuất.",
         ["Mohammed bin Salman"], "Mohammed bin Salman Al Saud"),
        # ... and after "ben", the Maghreb spelling of "bin"
        ("Quốc vương Qatar Tamim ben Hamad Al-Thani tiếp Ngoại trưởng Nga Sergei Lavrov.",
         ["Sergey Lavrov", "Tamim bin Hamad Al Thani"], "Tamim ben Hamad Al-Thani"),
        # no particle after the name: the next name is a second person
        ("Ngoại trưởng UAE Abdullah bin Zayed và Ngoại trưởng Nga Sergei Lavrov hội đàm.",
         ["Abdullah bin Zayed Al Nahyan", "Sergey Lavrov"], "Abdullah bin Zayed"),
    ],
)
def test_a_known_name_runs_on_after_a_particle(extraction, text, expected, surface):
    result = extraction(text)
    assert persons(result) == expected
    assert any(alias.endswith(surface) for alias in set().union(*result.aliases.values()))


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a family name, "Văn" and "Thành" are given names, not the start of "Văn phòng", "Thành phố"
        ("Ông Nguyễn Thành Phúc cho biết Việt Nam ủng hộ đề xuất.", ["Nguyễn Thành Phúc"]),
        ("Ông Trần Văn Bảo chỉ trích Nga.", ["Trần Văn Bảo"]),
        # the place a title is held for stands between the title and the name
        ("Thị trưởng thành phố Hồ Chí Minh Lê Văn Khải phát biểu.", ["Lê Văn Khải"]),
        ("Thị trưởng thành phố New York Bill Hartnell phát biểu.", ["Bill Hartnell"]),
    ],
)
def test_a_vietnamese_name_and_a_place_before_a_name(extraction, text, expected):
    assert persons(extraction(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family name that opens with its particle, after an honorific
        ("Ông van Rompuy kêu gọi đối thoại.", ["Herman Van Rompuy"]),
        ("Ông de Vries kêu gọi đối thoại.", ["de Vries"]),
        # ... and the same person as the full name the article gave first
        ("Thị trưởng Carlos de Leon phát biểu. Theo ông de Leon, thành phố cần hỗ trợ.", ["Carlos de Leon"]),
    ],
)
def test_a_name_that_opens_with_a_particle(extraction, text, expected):
    assert persons(extraction(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family name and two or three syllables more is a person, title or not
        ("Đinh Quang Huy phát biểu tại buổi lễ.", ["Đinh Quang Huy"]),
        ("Theo Bùi Thị Thu Hà, hai nước cần hợp tác.", ["Bùi Thị Thu Hà"]),
        ("Dự lễ có Trần Văn Khoa, Lê Thị Hoa và Hồ Minh Tuấn.", ["Hồ Minh Tuấn", "Lê Thị Hoa", "Trần Văn Khoa"]),
        # ... also the family names of Vietnam's minorities ("Quốc" after one is a given name)
        ("Thứ trưởng Bộ Dân tộc và Tôn giáo Nông Quốc Khoa phát biểu.", ["Nông Quốc Khoa"]),
        ("Dự lễ có Phó Chủ tịch Quốc hội Tòng Thị Hoa.", ["Tòng Thị Hoa"]),
        # ... not a street, an address, nor a capitalised headline whose word is a family name
        ("Đường Nguyễn Văn Khoa bị ngập sau mưa.", []),
        ("Đình làng ở số 12 Trần Văn Khoa, Hải Phòng.", []),
        ("Hàn Quốc Tăng Cường Hợp Tác Với Lào", []),
        # two syllables may be a street or a place: no person without a title
        ("Lê Khoa là tuyến phố đông đúc.", []),
        ("Bộ trưởng Nông lâm thủy sản Nhật Bản phát biểu.", []),
        # after a title, one syllable before a word in lower case starts a word, not a name ("Kinh tế")
        ("Trưởng Ban Kinh tế Trung ương Trần Văn Khoa tiếp đoàn.", ["Trần Văn Khoa"]),
        ("Ông Trần Văn Khoa, Bí thư Trung ương Đảng, Trưởng Ban Kinh tế Trung ương, tiếp đoàn.", ["Trần Văn Khoa"]),
        # ... but after an honorific it is a name
        ("Ông Baek nói rằng hai nước cần đối thoại.", ["Baek"]),
        # a Korean name has its own shape: a short family name, a hyphenated given name
        ("Các nghị sĩ Ahn Min-seok và Gong Jae-won tới Tokyo.", ["Ahn Min-seok", "Gong Jae-won"]),
    ],
)
def test_a_vietnamese_full_name_is_a_person(extraction, text, expected):
    assert persons(extraction(text)) == expected
