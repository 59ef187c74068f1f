"""The actor dictionary's recent people, offices and vocabulary, on sentences written for
these tests: who a name is, and which office a title gives them in the article's year."""
import pytest

# (article date, sentence, person, what the person is an official of, role on the edge)
DATED_OFFICES = [
    # a title with its country
    ("2025-03-10", "Ngoại trưởng Mỹ Marco Rubio cảnh báo Iran về chương trình hạt nhân.",
     "Marco Rubio", "United States", "Secretary of State"),
    ("2025-06-02", "Ngoại trưởng kiêm Cố vấn An ninh Quốc gia Mỹ Marco Rubio điện đàm với người đồng cấp Pháp.",
     "Marco Rubio", "United States", "Secretary of State"),
    ("2025-11-02", "Bộ trưởng Quốc phòng Nhật Bản Shinjiro Koizumi thăm Manila.",
     "Shinjiro Koizumi", "Japan", "Defence Minister"),
    ("2025-05-14", "Chánh Văn phòng Nội các Nhật Bản Hayashi Yoshimasa bày tỏ quan ngại.",
     "Yoshimasa Hayashi", "Japan", "Chief Cabinet Secretary"),
    ("2025-09-03", "Tham mưu trưởng Lục quân Pakistan Asim Munir tới Washington.",
     "Asim Munir", "Pakistan", "Chief of Army Staff"),
    ("2025-07-21", "Ủy viên thương mại EU Maroš Šefčovič lên đường tới Washington.",
     "Maroš Šefčovič", "European Union", "Trade Commissioner"),
    # a title without its country: the office comes from the dictionary's roles
    ("2025-05-20", "Ngoại trưởng Marco Rubio gặp người đồng cấp Ukraine tại Istanbul.",
     "Marco Rubio", "United States", "Secretary of State"),
    ("2017-04-12", "Ngoại trưởng Rex Tillerson tới Matxcơva.",
     "Rex Tillerson", "United States", "Secretary of State"),
    ("2025-09-20", "Bộ trưởng Chiến tranh Pete Hegseth thị sát một căn cứ ở Texas.",
     "Pete Hegseth", "United States", "Secretary of War"),
    ("2025-06-01", "Đặc phái viên Trung Đông Steve Witkoff tới Doha.",
     "Steve Witkoff", "United States", "Special Envoy to the Middle East"),
    ("2025-11-25", "Bộ trưởng Lục quân Dan Driscoll gặp các quan chức Ukraine.",
     "Dan Driscoll", "United States Army", "Secretary of the Army"),
    ("2025-08-01", "Chủ tịch Quốc hội Woo Won-shik tiếp phái đoàn Việt Nam.",
     "Woo Won-shik", "National Assembly of South Korea", "Speaker of the National Assembly"),
    ("2025-12-01", "Thủ tướng Kim Min-seok chủ trì cuộc họp nội các.",
     "Kim Min-seok", "South Korea", "Prime Minister"),
    ("2025-04-01", "Phó Thủ tướng Thường trực Nguyễn Hòa Bình tiếp Đại sứ Nhật Bản.",
     "Nguyễn Hòa Bình", "Vietnam", "Permanent Deputy Prime Minister"),
    ("2025-07-01", "Tổng Tham mưu trưởng Eyal Zamir thăm binh sĩ ở miền nam.",
     "Eyal Zamir", "Israel", "Chief of the General Staff"),
    ("2025-06-01", "Tổng thống Joseph Aoun tiếp phái đoàn Pháp tại Beirut.",
     "Joseph Aoun", "Lebanon", "President"),
    ("2025-08-10", "Ngoại trưởng Badr Albusaidi tuyên bố vòng đàm phán mới.",
     "Badr Albusaidi", "Oman", "Foreign Minister"),
    ("2025-09-01", "Bộ trưởng Thương mại Vương Văn Đào chỉ trích mức thuế mới.",
     "Wang Wentao", "China", "Minister of Commerce"),
    ("2025-10-05", "Trưởng đoàn đàm phán Khalil al-Hayya tới Cairo.",
     "Khalil al-Hayya", "Hamas", "Chief Negotiator"),
    ("2024-10-01", "Cố vấn trưởng Muhammad Yunus phát biểu tại Liên Hợp Quốc.",
     "Muhammad Yunus", "Bangladesh", "Chief Adviser"),
    # the same title and name, another year: another office
    ("2017-06-01", "Thống đốc Mark Carney cảnh báo về rủi ro của Brexit.",
     "Mark Carney", "Bank of England", "Governor"),
    ("2010-06-01", "Thống đốc Mark Carney giữ nguyên lãi suất.",
     "Mark Carney", "Bank of Canada", "Governor"),
]


@pytest.mark.parametrize(
    "date, text, holder",
    [
        # the holder of a seat's office that year, not a deputy whose office ends with the same words
        ("2025-10-01", "Ông chủ Phố Downing đã gặp Tổng thống Pháp.", "Keir Starmer"),
        ("2017-06-01", "Ông chủ Phố Downing đã gặp Tổng thống Pháp.", "Theresa May"),
        ("2025-06-01", "Ông chủ Nhà Trắng đã gặp Tổng thống Pháp.", "Donald Trump"),
    ],
)
def test_the_head_of_a_seat_is_its_office_holder_that_year(triples, date, text, holder):
    assert any(s == holder and p == "met" for s, p, _ in triples(text, date=date))


@pytest.mark.parametrize("date, text, person, owner, role", DATED_OFFICES)
def test_title_gives_the_dated_office(extraction, date, text, person, owner, role):
    result = extraction(text, date=date)
    offices = {(r.subject.label, r.object.label, r.role) for r in result.relations if r.predicate == "official_of"}
    assert (person, owner, role) in offices, offices
    assert any(e.label == person and e.in_dictionary for e in result.entities.values())


@pytest.mark.parametrize("date", ["2017-03-01", "2025-03-01"])
def test_a_title_alone_stays_the_country_in_every_era(triples, date):
    # No name in the article: the dictionary does not guess the holder from the year.
    found = triples("Ngoại trưởng Mỹ chỉ trích Triều Tiên.", date=date)
    assert ("United States", "criticizes", "North Korea") in found, found
    assert not any(s in ("Rex Tillerson", "Marco Rubio") for s, _, _ in found), found


# (surface form as the Vietnamese press writes it, English label, type)
NAMES = [
    ("Đinh Tiết Tường", "Ding Xuexiang", "PERSON"),
    ("Tiêu Mỹ Cầm", "Hsiao Bi-khim", "PERSON"),
    ("Hàn Chính", "Han Zheng", "PERSON"),
    ("Takaichi Sanae", "Sanae Takaichi", "PERSON"),
    ("Kim Min Seok", "Kim Min-seok", "PERSON"),
    ("Ahn Gyu-back", "Ahn Gyu-back", "PERSON"),
    ("Trương Thành Trạch", "Jang Song-thaek", "PERSON"),
    ("Susie Wiles", "Susie Wiles", "PERSON"),
    ("Ahmed Aboul Gheit", "Ahmed Aboul Gheit", "PERSON"),
    ("Lữ đoàn al-Qassam", "Izz ad-Din al-Qassam Brigades", "ORGANIZATION"),
    ("Quân đoàn châu Phi", "Africa Corps", "ORGANIZATION"),
    ("Văn phòng Sự vụ Đài Loan", "Taiwan Affairs Office", "ORGANIZATION"),
    ("Shin Bet", "Shin Bet", "ORGANIZATION"),
    ("Trục Kháng chiến", "Axis of Resistance", "GROUP"),
    ("Sam Rainsy", "Sam Rainsy", "PERSON"),
    ("Đảng Cứu quốc Campuchia", "Cambodia National Rescue Party", "ORGANIZATION"),
    ("giới tình báo Mỹ", "US intelligence community", "ORGANIZATION"),
    ("người Alawite", "Alawites", "GROUP"),
]


@pytest.mark.parametrize("surface, label, type_", NAMES)
def test_recent_names_are_known(extraction, surface, label, type_):
    result = extraction(f"Theo thông tin mới nhất, {surface} đã được nhắc tới trong cuộc họp.", date="2025-06-01")
    found = {(e.label, e.type) for e in result.entities.values() if e.in_dictionary}
    assert (label, type_) in found, found


# Issues are kept where an actor takes a stance on them: (sentence, stance triple)
ISSUE_STANCES = [
    ("Mỹ ủng hộ lệnh ngừng bắn ở Gaza.", ("United States", "supports", "Gaza ceasefire")),
    ("Nga ủng hộ lệnh ngừng bắn 30 ngày.", ("Russia", "supports", "Ceasefire in Ukraine")),
    ("Trung Quốc phản đối xung đột biên giới Thái Lan - Campuchia.",
     ("China", "opposes", "Cambodia–Thailand border conflict")),
    ("Iran phản đối cơ chế snapback.", ("Iran", "opposes", "Snapback of UN sanctions on Iran")),
    ("Điện Kremlin ủng hộ kế hoạch 28 điểm.", ("Russia", "supports", "Russia–Ukraine peace talks")),
    ("Pháp ủng hộ việc công nhận Nhà nước Palestine.", ("France", "supports", "Recognition of the State of Palestine")),
    ("Đan Mạch phản đối việc mua Greenland.", ("Denmark", "opposes", "US acquisition of Greenland")),
    ("Iran bảo vệ quyền làm giàu urani.", ("Iran", "supports", "Uranium enrichment")),
    ("Tây Ban Nha phản đối việc tăng chi tiêu quốc phòng lên 5% GDP.", ("Spain", "opposes", "NATO defence spending target")),
    ("Ông Trump tái khẳng định cam kết với Điều 5 của Hiệp ước NATO.",
     ("Donald Trump", "supports", "NATO Article 5 (collective defence)")),
    ("Israel phản đối chương trình tên lửa đạn đạo của Iran.", ("Israel", "opposes", "Iran's missile programme")),
    ("Mỹ phản đối tham vọng hạt nhân của Iran.", ("United States", "opposes", "Iran's nuclear programme")),
]


@pytest.mark.parametrize("text, stance", ISSUE_STANCES)
def test_recent_issues_take_stances(triples, text, stance):
    found = triples(text, date="2025-06-01")
    assert stance in found, found


def test_the_election_an_issue_names_is_part_of_it(extraction):
    result = extraction("Nga bác bỏ cáo buộc can thiệp bầu cử Mỹ.", date="2017-07-07")
    assert result.aliases.get("issue:election_interference") == {"can thiệp bầu cử Mỹ"}, result.aliases


def test_a_longer_issue_wins_over_the_generic_one(extraction):
    result = extraction("Hamas ủng hộ thỏa thuận ngừng bắn tại Gaza.", date="2025-10-09")
    issues = {e.label for e in result.entities.values() if e.type == "ISSUE"}
    assert issues == {"Gaza ceasefire"}, issues


# Organisations the dictionary lacks, named "<head> <domain> <country>": ministries.yaml's labels
MINISTRIES = [
    ("Bộ Nông nghiệp Mỹ cảnh báo Trung Quốc.", "Ministry of Agriculture of United States"),
    ("Tổ chức Năng lượng Nguyên tử Iran cảnh báo IAEA.", "Atomic Energy Organization of Iran"),
    ("Hội đồng An ninh Quốc gia Israel họp khẩn.", "National Security Council of Israel"),
]


@pytest.mark.parametrize("text, label", MINISTRIES)
def test_ministries_get_an_english_label(extraction, text, label):
    result = extraction(text, date="2025-06-01")
    labels = {e.label for e in result.entities.values() if e.type == "ORGANIZATION"}
    assert label in labels, labels


@pytest.mark.parametrize("text, person", [
    ("Đại sứ Ấn Độ Shrimati Meera Kapoor phát biểu tại Hà Nội.", "Meera Kapoor"),
    ("Samdech Techo Hun Sen tiếp Đại sứ Nhật Bản.", "Hun Sen"),
    ("Hồng y Pietro Parolin gặp Tổng thống Ukraine.", "Pietro Parolin"),
])
def test_honorifics_of_recent_use_are_not_names(extraction, text, person):
    result = extraction(text, date="2025-06-01")
    people = {e.label for e in result.entities.values() if e.type == "PERSON"}
    assert people == {person}, people
