"""Titles and appositions that say who holds which office, one row per construction,
on sentences written for these tests (the people below are made up)."""
import pytest


def offices(result):
    return {(r.subject.label, r.object.label) for r in result.relations if r.predicate == "official_of"}


@pytest.mark.parametrize(
    "text, holder, owner",
    [
        # title of a country at a city, then the name apposed with an honorific
        ("Đại sứ Mỹ tại Hà Nội, ông Mark Kendrow cho biết hai nước sẽ hợp tác.", "Mark Kendrow", "United States"),
        # ... with no comma, the post's city after a capitalised place word ("Thành phố")
        ("Tổng Lãnh sự Lào tại Thành phố Houston Đặng Văn Tường phát biểu khai mạc.", "Đặng Văn Tường", "Laos"),
        # ... or in parentheses right after the name
        ("Ông Karl Weston (Bộ trưởng Ngoại giao Ba Lan) cho biết hai nước sẽ hợp tác.", "Karl Weston", "Poland"),
        # "của", a body's head word ("hãng tin"), the body the dictionary knows, then the name apposed
        ("Phóng viên của hãng tin Al Jazeera, ông Karl Weston cho biết Ba Lan sẽ hợp tác.", "Karl Weston", "Al Jazeera"),
        # ... also after a few words that qualify the title
        ("Chuyên gia phân tích của hãng tin Al Jazeera, ông Karl Weston cho rằng Ba Lan sai.", "Karl Weston", "Al Jazeera"),
        # ... but a title after "của" names a person, not the body after it
        ("Ông Jan Dorn, Chủ tịch chiến dịch tranh cử của ứng viên tổng thống đảng Dân chủ Anna Berg, cho biết.",
         "Jan Dorn", "Anna Berg"),
        # title, a dash, then the name
        ("Người phát ngôn Bộ Ngoại giao Nga - bà Irina Volkova nhấn mạnh lập trường.",
         "Irina Volkova", "Ministry of Foreign Affairs of Russia"),
        # a title whose owner is a person, the name apposed without an honorific
        ("Cố vấn an ninh quốc gia của Tổng thống Trump, Tom Halvers, đã đến Riyadh.", "Tom Halvers", "Donald Trump"),
        # ... with an honorific before the owner and before the name
        ("Theo cố vấn đối ngoại của ông Putin, ông Pyotr Lesnoy, cuộc gặp rất hữu ích.", "Pyotr Lesnoy", "Vladimir Putin"),
        # ... with a long qualifier before the owner
        ("Trợ lý chính sách đối ngoại hàng đầu của Tổng thống Putin, Pyotr Lesnoy, cho biết.", "Pyotr Lesnoy", "Vladimir Putin"),
        # a leader (an honorific) of a party the dictionary knows
        ("Lãnh đạo Công đảng Martin Greaves kêu gọi bầu cử sớm.", "Martin Greaves", "Labour Party (UK)"),
        # an organisation with its acronym between the title and the name
        ("Giám đốc Lực lượng tuần duyên Ba Lan (PCGX) Adam Wrzosek cho biết tàu đã rời cảng.", "Adam Wrzosek", "PCGX"),
        # a title apposed after the organisation, before the name
        ("Giám đốc Cơ quan tình báo Saudi Arabia, Hoàng tử Faisal bin Turkan, tuyên bố như vậy.",
         "Faisal bin Turkan", "Cơ quan tình báo Saudi Arabia"),
        # the body described before its name ("Hãng thông tấn Nga ITAR – TASS"), the holder apposed
        ("Ông đã tiếp Tổng Giám đốc Hãng thông tấn Nga ITAR – TASS, ngài Sergei Dolgin.", "Sergei Dolgin", "TASS"),
        # a long phrase between the title and the body it ends with ("của Quốc hội Iran")
        ("Người phát ngôn của Ủy ban An ninh quốc gia và Chính sách đối ngoại của Quốc hội Iran, "
         "ông Hamid Rezaei đã lên án quyết định.", "Hamid Rezaei", "Islamic Consultative Assembly (Iran)"),
        # an honorific, a phrase, the body after "của", the name
        ("Quan chức phụ trách chính sách đối ngoại và an ninh của EU Federica Morandi cho biết.",
         "Federica Morandi", "European Union"),
        # a name spelled syllable by syllable, after an honorific, before its title
        ("Dự lễ có ông Xổm-phết Vi-la-vông - Phó Thủ tướng Chính phủ Lào.", "Xổm-phết Vi-la-vông", "Laos"),
        # a country after "của" is the owner, not an honorific "anh" before the name
        ("Trưởng đoàn đàm phán Brexit của Anh David Morrow lên tiếng cảnh báo.", "David Morrow", "United Kingdom"),
        # "nhà lãnh đạo" before a leader the dictionary knows: the country he leads that year
        ("Nhà lãnh đạo Kim Jong-un thị sát nhà máy.", "Kim Jong-un", "North Korea"),
        # a mayor of a capital is the city's, not the country's
        ("Thị trưởng London Peter Hallam tiếp đoàn khách.", "Peter Hallam", "London"),
        ("Thị trưởng Kiev Oleh Marchenko cho biết thành phố bị tập kích.", "Oleh Marchenko", "Kyiv"),
        # a title owned by another ("của Tổng thống Nga"), then the name apposed: the first title's holder
        ("Người phát ngôn của Tổng thống Nga, ông Ivan Petrenko, cho biết.", "Ivan Petrenko", "Russia"),
        # ... the owner's title named with him ("Cố vấn của Tổng thống" is one title of the lexicon)
        ("Cố vấn của Tổng thống Trump, ông Karl Weston, đã đến Riyadh.", "Karl Weston", "Donald Trump"),
        ("Đặc phái viên của Tổng thống Mỹ Donald Trump, ông Jan Dorn, đã đến Moskva.", "Jan Dorn", "Donald Trump"),
        # a special rapporteur of the United Nations is one of its offices (and no body the United States sanctions)
        ("Mỹ trừng phạt Báo cáo viên đặc biệt của Liên hợp quốc về Palestine Anna Rossi.", "Anna Rossi", "United Nations"),
        # ... about a policy, a few plain words before its actor
        ("Đại diện đặc biệt của Mỹ về chính sách Triều Tiên Mark Kendrow cho biết.", "Mark Kendrow", "United States"),
        ("Đặc phái viên của Nhật Bản về vấn đề hạt nhân Iran Kenji Oda cho biết.", "Kenji Oda", "Japan"),
        # ... or before the owner
        ("Trưởng đoàn đàm phán về Brexit của EU Pierre Lamont cho biết.", "Pierre Lamont", "European Union"),
        ("Đặc phái viên về vấn đề hạt nhân của Mỹ Mark Kendrow cho biết.", "Mark Kendrow", "United States"),
        # "Chủ nhiệm" heads an office or a commission; the Party's and the state's offices are bodies of their own
        ("Chủ nhiệm Văn phòng Chủ tịch nước Lê Văn Hòa cho biết.", "Lê Văn Hòa", "Office of the President of Vietnam"),
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương Lê Văn Hòa phát biểu.", "Lê Văn Hòa", "Central Inspection Commission (Vietnam)"),
        ("Trưởng Ban Nội chính Trung ương Lê Văn Hòa phát biểu.", "Lê Văn Hòa", "Central Internal Affairs Commission (Vietnam)"),
        # a paper's writer, apposed
        ("Karl Weston, cây viết của tờ báo Washington Post, chỉ trích Nga.", "Karl Weston", "The Washington Post"),
        # a member of the European Parliament, not of her country's
        ("Nghị sĩ châu Âu Anna Berg ủng hộ Lào.", "Anna Berg", "European Parliament"),
        # the White House's strategist; "thủ lĩnh" for "lãnh đạo" of a chamber's party
        ("Chiến lược gia Nhà Trắng Karl Weston bị sa thải.", "Karl Weston", "White House"),
        ("Thủ lĩnh phe thiểu số tại Thượng viện Mỹ Karl Weston phản đối.", "Karl Weston", "United States Senate"),
        # ... and the party of a chamber's leader named inside the title
        ("Lãnh đạo phe thiểu số Dân chủ tại Thượng viện Mỹ Karl Weston phản đối.", "Karl Weston", "United States Senate"),
        ("Lãnh đạo phe Cộng hòa tại Hạ viện Mỹ Karl Weston phản đối.", "Karl Weston", "United States House of Representatives"),
        # an official of a country, ranked ("cấp cao", "hàng đầu") between the honorific and the country
        ("Quan chức cấp cao Ba Lan Jan Dorn lên án Belarus.", "Jan Dorn", "Poland"),
        ("Nhà ngoại giao hàng đầu Lào Karl Weston cho biết.", "Karl Weston", "Laos"),
        # a title whose last words open the name of a body the dictionary knows holds an office of that body
        ("Chánh văn phòng Tổng thống Ukraine Oleh Marchenko cho biết.", "Oleh Marchenko", "Office of the President of Ukraine"),
        ("Phó Chánh Văn phòng Tổng thống Ukraine, ông Oleh Marchenko cho biết.", "Oleh Marchenko",
         "Office of the President of Ukraine"),
    ],
)
def test_a_title_gives_the_office_of_its_holder(extraction, text, holder, owner):
    assert (holder, owner) in offices(extraction(text))


@pytest.mark.parametrize(
    "text, holds",
    [
        # a state's title named with no owner: an office of the country the article is about ...
        ("Ba Lan phản đối. Ba Lan cảnh báo Belarus. Ba Lan triệu tập đại sứ. Bộ trưởng Khoa học Jan Dorn bảo vệ dự luật.",
         {("Jan Dorn", "Poland")}),
        # ... only where one country is named more than twice as often as any other
        ("Ba Lan phản đối Lào. Lào cảnh báo Ba Lan. Ba Lan và Lào đàm phán. Bộ trưởng Khoa học Jan Dorn bảo vệ dự luật.",
         set()),
        # ... and only an office of a state
        ("Ba Lan phản đối. Ba Lan cảnh báo Belarus. Ba Lan triệu tập đại sứ. Giám đốc điều hành Jan Dorn bảo vệ dự luật.",
         set()),
    ],
)
def test_a_title_named_without_owner_is_held_for_the_country_of_the_article(extraction, text, holds):
    assert {o for o in offices(extraction(text)) if o[0] == "Jan Dorn"} == holds


@pytest.mark.parametrize(
    "text, holder, not_owner",
    [
        # "thân Nga": Russia is what he leans to, not what he heads
        ("Tổng thống thân Nga Viktor Lenko bị lật đổ năm 2014.", "Viktor Lenko", "Russia"),
        ("Thủ tướng chống Mỹ Omar Daleel tuyên bố.", "Omar Daleel", "United States"),
        # a topic with a name in it ends before that name: the country of the topic owns nothing
        ("Các đặc phái viên về Syria Pavel Orlov của Nga và Mark Kendrow của Mỹ đã gặp mặt.", "Pavel Orlov", "Syria"),
    ],
)
def test_a_country_after_a_stance_word_is_not_the_owner(extraction, text, holder, not_owner):
    assert (holder, not_owner) not in offices(extraction(text))


@pytest.mark.parametrize(
    "text, holder, not_owner",
    [
        # an expert, a journalist or a lawyer from a country holds no office of it
        ("Chuyên gia Nga Ivan Petrovsky nhận định tình hình sẽ xấu đi.", "Ivan Petrovsky", "Russia"),
        ("Nhà báo Mỹ Bill Hammond đặt câu hỏi.", "Bill Hammond", "United States"),
        ("Luật sư Nga Olga Markina đã gặp các quan chức.", "Olga Markina", "Russia"),
        # a person noun between "của" and a country is no body's head: a conductor from Canada is no officer of it
        ("Dưới sự chỉ huy của nhạc trưởng người Canada – Karl Weston, dàn nhạc biểu diễn.", "Karl Weston", "Canada"),
        # kin whose noun is also an honorific hold no office of the person they are kin to
        ("Ông Karl Weston (cậu ruột của ông Jan Dorn) cho biết.", "Karl Weston", "Jan Dorn"),
        ("Ông Karl Weston, cậu ruột của ông Jan Dorn, cho biết.", "Karl Weston", "Jan Dorn"),
    ],
)
def test_a_private_person_of_a_country_holds_no_office_of_it(extraction, text, holder, not_owner):
    assert (holder, not_owner) not in offices(extraction(text))


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        # "luật sư Nga, bà X": the lawyer is the person named after the comma, not Russia
        ("Ông Jared Kline hội đàm với luật sư Nga, bà Olga Markina.",
         ("Jared Kline", "held_talks_with", "Olga Markina"), ("Jared Kline", "held_talks_with", "Russia")),
        # an expert, the press or a company of a country does not speak for it
        ("Chuyên gia Nga chỉ trích Mỹ.", None, ("Russia", "criticizes", "United States")),
        ("Các doanh nghiệp Mỹ kêu gọi Trung Quốc mở cửa thị trường.", None, ("United States", "urges", "China")),
        ("Tờ báo Mỹ cáo buộc Nga can thiệp bầu cử.", None, ("United States", "accuses", "Russia")),
    ],
)
def test_a_private_person_of_a_country_does_not_speak_for_it(triples, text, expected, unexpected):
    found = triples(text)
    assert (expected is None or expected in found) and unexpected not in found, found


def test_an_apposed_name_whose_office_the_dictionary_gives_another_owner(extraction):
    # a headline: Lavrov met Qatar's Foreign Minister, he is not it
    assert ("Sergey Lavrov", "Qatar") not in offices(extraction("Gặp Ngoại trưởng Qatar, ông Lavrov nói gì?"))
    # ... while an aide of a person stays the aide: "Cố vấn ... của Tổng thống Trump, Mike Waltz"
    text = "Phái đoàn gồm Cố vấn an ninh quốc gia của Tổng thống Trump, Mike Waltz, và nhiều quan chức."
    assert ("Mike Waltz", "Donald Trump") in offices(extraction(text))


@pytest.mark.parametrize(
    "text, date, office",
    [
        # named with no office, the country he leads that year named too: the dictionary's office
        ("Ông Putin cho biết Nga sẵn sàng hợp tác.", "2017-06-01", ("Vladimir Putin", "Russia")),
        ("Bà Merkel nói Đức ủng hộ thỏa thuận.", "2016-03-02", ("Angela Merkel", "Germany")),
        # ... or of a body the article names
        ("Ông Guterres kêu gọi Liên hợp quốc hành động.", "2018-04-10", ("António Guterres", "United Nations")),
        # ... or, the body unnamed, of the country of a state body ("Press Secretary" of the Kremlin)
        ("Ông Dmitry Peskov cho biết Nga phản đối.", "2017-06-01", ("Dmitry Peskov", "Russia")),
        # ... but a party's leader is no officer of its country
        ("Ông Sam Rainsy nói Campuchia cần bầu cử lại.", "2013-10-20", None),
        # the country unnamed, or the office not held in the article's year: none
        ("Ông Putin cho biết sẽ hợp tác.", "2017-06-01", None),
        ("Ông Obama nói Mỹ cần thay đổi.", "2019-05-01", None),
    ],
)
def test_a_known_leader_named_without_an_office_holds_the_one_of_the_year(extraction, text, date, office):
    result = extraction(text, date=date)
    found = offices(result)
    if office is None:
        assert not found, found
    else:
        assert office in found, found
        relation = next(r for r in result.relations if r.predicate == "official_of")
        assert relation.evidence.sentence == text and relation.role


def test_a_leader_honorific_does_not_make_its_person_the_leaders_of_the_country(triples):
    found = triples("Nhà lãnh đạo Putin phát biểu tại Moskva. "
                    "Các lãnh đạo cấp cao nhất của Nga và Mỹ đã có 5 lần thảo luận với nhau.", date="2014-03-05")
    talks = {(s, o) for s, p, o in found if p == "held_talks_with"}
    assert talks & {("Russia", "United States"), ("United States", "Russia")}, found
    assert not any("Vladimir Putin" in pair for pair in talks), found



@pytest.mark.parametrize(
    "text, holder, role",
    [
        ("Người phát ngôn của Tổng thống Nga, ông Ivan Petrenko, cho biết.", "Ivan Petrenko", "Spokesperson"),
        ("Trợ lý của Tổng thống Mỹ, ông Mark Kendrow, cho biết.", "Mark Kendrow", "Aide"),
        # ... also with plain words that qualify the first title before "của"
        ("Cố vấn chính của Tổng thống Nga, ông Karl Weston, cho biết.", "Karl Weston", "Adviser"),
        ("Thư ký cấp cao của Tổng thống Hàn Quốc, ông Jan Dorn, cho biết.", "Jan Dorn", "Senior Secretary"),
    ],
)
def test_the_name_after_an_owned_title_holds_the_first_title(extraction, text, holder, role):
    roles = {(r.subject.label, r.role) for r in extraction(text).relations if r.predicate == "official_of"}
    assert (holder, role) in roles, roles


def test_an_unnamed_aide_of_a_person_is_not_that_person(triples):
    found = triples("Cố vấn của ông Putin đã gặp ông Steve Witkoff.")
    assert not any(s == "Vladimir Putin" and p == "met" for s, p, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Đặc phái viên của Tổng thống Trump đã gặp ông Kirill Dmitriev.",
        # ... also with the owner's country between his title and his name
        "Đặc phái viên của Tổng thống Mỹ Donald Trump đã gặp ông Kirill Dmitriev.",
        # ... and with the envoy named after him: the envoy met Dmitriev
        "Đặc phái viên của Tổng thống Mỹ Donald Trump, ông Jan Dorn, đã gặp ông Kirill Dmitriev.",
    ],
)
def test_a_name_after_a_title_ending_in_its_owners_office_is_the_owner(extraction, text):
    result = extraction(text)
    found = {(r.subject.label, r.predicate, r.object.label) for r in result.relations}
    assert ("Donald Trump", "met", "Kirill Dmitriev") not in found, found
    assert not any(r.subject.label == "Donald Trump" and r.role == "Special Presidential Envoy"
                   for r in result.relations), found


def test_a_title_after_a_comma_that_opens_the_next_name_is_not_the_first_persons(extraction):
    result = extraction("Phía Nhật Bản gồm Ngoại trưởng Fumio Kishida, Bộ trưởng Nông lâm thủy sản Yuji Yamamoto.")
    roles = {(r.subject.label, r.role) for r in result.relations if r.predicate == "official_of"}
    assert ("Fumio Kishida", "Minister") not in roles, roles
    assert ("Yuji Yamamoto", "Minister") in roles, roles


def test_a_title_before_a_passive_clause_is_not_the_agents(extraction):
    result = extraction("Đặc phái viên được Tổng thống Moon Jae-in cử đi Mỹ đã gặp ông Kirill Dmitriev.")
    roles = {(r.subject.label, r.role) for r in result.relations if r.predicate == "official_of"}
    assert ("Moon Jae-in", "Special Envoy") not in roles, roles
    assert ("Moon Jae-in", "President") in roles, roles
