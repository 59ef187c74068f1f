"""Constructions of Vietnamese news the relation reader must handle, on sentences written for the tests."""
import pytest

from tests.extraction_helpers import has


def test_agentless_passive_states_nothing(triples):
    found = triples("Hiệp định được ký kết giữa các bên tại Oslo năm ngoái, Na Uy và Đan Mạch đều có mặt.")
    assert not any(p == "signed_agreement_with" for _, p, _ in found), found


def test_cue_used_as_a_noun_states_nothing(triples):
    found = triples("Tỷ lệ ủng hộ Thủ tướng Nhật Bản giảm mạnh, trong khi sự ủng hộ dành cho Hàn Quốc tăng.")
    assert not any(p == "supports" for _, p, _ in found), found


def test_what_a_demand_asks_for_is_not_asserted(triples):
    found = triples("Tổng thống Pháp kêu gọi trừng phạt Syria.")
    assert found.get(("France", "sanctions", "Syria")) in (None, "possible"), found


def test_anaphora_refers_to_the_last_country(triples):
    found = triples("Ai Cập cắt đứt quan hệ với Qatar và cáo buộc nước này tài trợ khủng bố.")
    assert ("Egypt", "accuses", "Qatar") in found, found


@pytest.mark.parametrize("pair", ["Hai nhà lãnh đạo", "Hai Thủ tướng"])
def test_pair_anaphora_links_the_last_two_persons(triples, pair):
    found = triples(
        "Thủ tướng Ấn Độ Narendra Modi gặp Thủ tướng Nhật Bản Shinzo Abe tại Tokyo. "
        f"{pair} kêu gọi Trung Quốc kiềm chế."
    )
    assert ("Narendra Modi", "urges", "China") in found and ("Shinzo Abe", "urges", "China") in found, found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        ("Ba Lan, Lào và Belarus cắt đứt quan hệ với Ukraine. Các nước này yêu cầu Ukraine rút quân.", "Belarus", "urges", "Ukraine"),
        ("Ba Lan, Lào và Belarus cắt đứt quan hệ với Ukraine. Ukraine bác bỏ cáo buộc của bốn nước trên.",
         "Ukraine", "rejects", "Laos"),
        ("Lào và Ba Lan mời ông Karl Weston. Việc ông Karl Weston đến thăm những nước này gây ngạc nhiên.", "Karl Weston", "visited", "Laos"),
        # "Họ" opening the sentence after a list of countries
        ("Ba Lan, Lào và Belarus cắt đứt quan hệ với Ukraine. Họ cáo buộc Kiev hỗ trợ khủng bố.", "Laos", "accuses", "Ukraine"),
        # countries opening a sentence that are listed after what they do
        ("Các nước tuyên bố cắt đứt quan hệ với Ukraine bao gồm Ba Lan, Lào và Belarus.", "Laos", "sanctions", "Ukraine"),
        ("Hai nước cũng ủng hộ Hiệp định Paris là Lào và Belarus.", "Belarus", "supports", "Paris Agreement on climate change"),
    ],
)
def test_group_anaphora_stands_for_each_country_of_the_last_list(triples, text, s, p, o):
    found = triples(text)
    assert (s, p, o) in found, found


@pytest.mark.parametrize(
    "text, absent",
    [
        # "các quốc gia trên thế giới" are the world's, not the list's; "Tiếp sau đó" is "then", no reception
        ("Ba Lan và Lào ký thỏa thuận. Ukraine kêu gọi các quốc gia trên thế giới giúp đỡ.", ("Ukraine", "urges", "Laos")),
        ("Ba Lan, Lào và Belarus cắt đứt quan hệ với Ukraine. Tiếp sau đó, những nước này áp dụng các biện pháp cô lập Ukraine.",
         ("Poland", "met", "Laos")),
        # ... not a list that does not follow "gồm/là" right away
        ("Các nước lên án Ukraine là những nước láng giềng như Ba Lan và Lào.", ("Poland", "criticizes", "Ukraine")),
    ],
)
def test_group_anaphora_only_for_the_list(triples, text, absent):
    found = triples(text)
    assert absent not in found, found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # aid given with no receiver named goes to the receiver of the aid told of just before
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Belarus cũng viện trợ khẩn cấp 2 triệu USD.", "Belarus", "provides_aid_to", "Laos"),
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Bộ Ngoại giao Đức công bố hỗ trợ 100.000 USD ban đầu để khắc phục hậu quả.",
         "Federal Foreign Office (Germany)", "provides_aid_to", "Laos"),
        # meals handed out are aid
        ("Ba Lan đã phân phát 2 triệu suất ăn cho người dân Lào.", "Poland", "provides_aid_to", "Laos"),
        # pledging or giving a sum of money is aid ("ủng hộ", "cam kết" with no sum back the one after them)
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Belarus cam kết 10 triệu euro.", "Belarus", "provides_aid_to", "Laos"),
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Các Tiểu vương quốc Arab Thống nhất ủng hộ thêm 2 triệu USD.",
         "United Arab Emirates", "provides_aid_to", "Laos"),
    ],
)
def test_the_receiver_of_aid_is_carried_to_the_next_giver(triples, text, s, p, o):
    found = triples(text)
    assert (s, p, o) in found, found


@pytest.mark.parametrize(
    "text, absent",
    [
        # ... only with the goods or money named, and only from one of the last few sentences
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Belarus cũng sẽ viện trợ.", ("Belarus", "provides_aid_to", "Laos")),
        # ... nor where the clause names a receiver, read by the next cue ("gửi hàng cứu trợ tới Gaza")
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Belarus gửi hàng cứu trợ tới Dải Gaza.", ("Belarus", "provides_aid_to", "Laos")),
        ("Ba Lan viện trợ 5 triệu USD cho Lào. Mưa lớn kéo dài nhiều ngày. Nhiều con đường bị ngập sâu. "
         "Hàng nghìn người phải sơ tán. Giá lương thực tăng mạnh. Belarus viện trợ 2 triệu USD.",
         ("Belarus", "provides_aid_to", "Laos")),
    ],
)
def test_the_receiver_of_aid_is_carried_only_close_by(triples, text, absent):
    found = triples(text)
    assert absent not in found, found


def test_second_verb_keeps_the_subject(triples):
    found = triples("Ngoại trưởng Nga Sergey Lavrov gặp người đồng cấp Pháp và chỉ trích Anh.")
    assert ("Sergey Lavrov", "criticizes", "United Kingdom") in found, found


def test_a_second_charge_of_an_accusation_is_said_of_the_accused(triples):
    found = triples("Ba Lan cáo buộc Belarus thân thiện với Nga, ủng hộ tổ chức Hamas.")
    assert ("Belarus", "supports", "Hamas") in found and ("Poland", "supports", "Hamas") not in found, found
    found = triples("Ba Lan cáo buộc Belarus, đồng thời trừng phạt Belarus.")
    assert ("Poland", "sanctions", "Belarus") in found, found


def test_a_resolve_after_and_keeps_the_first_verbs_subject(triples):
    found = triples("Lào gửi lời chia buồn tới người dân Ba Lan và Belarus và quyết tâm sát cánh với Ukraine.")
    assert found.get(("Laos", "supports", "Ukraine")) == "planned" and ("Belarus", "supports", "Ukraine") not in found, found


def test_object_far_from_its_cue_is_not_taken(triples):
    found = triples(
        "Tổng thống Nga Vladimir Putin đã có cuộc gặp với lãnh đạo các hãng truyền thông lớn "
        "của nhiều nước trên thế giới bên lề diễn đàn tổ chức tại Đức."
    )
    assert not any(p == "met" for _, p, _ in found), found


def test_named_pair_is_not_an_anaphor(triples):
    found = triples("Tổng thống Nga Vladimir Putin điện đàm với lãnh đạo hai nước Qatar và Bahrain.")
    assert ("Vladimir Putin", "phoned", "Qatar") in found or ("Qatar", "phoned", "Vladimir Putin") in found, found
    assert not any("Russia" in (s, o) and p == "phoned" for s, p, o in found), found


def test_event_noun_of_attack_needs_agent_and_target(triples):
    found = triples("Cuộc tấn công mạng của Nga nhằm vào Estonia gây thiệt hại lớn.")
    assert ("Russia", "attacks", "Estonia") in found, found
    found = triples("Pháp lo ngại về các cuộc tấn công tại Mali.")
    assert not any(p == "attacks" for _, p, _ in found), found


def test_photo_credit_glued_to_a_sentence_is_dropped(extraction):
    result = extraction("Ảnh: Reuters Tổng thống Mỹ Donald Trump gặp Thủ tướng Canada Justin Trudeau.")
    assert "Reuters" not in {e.label for e in result.entities.values()}


def test_venue_is_recorded_as_place(extraction):
    result = extraction("Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken tại Stockholm.")
    met = [r for r in result.relations if r.predicate == "met"]
    assert met and met[0].place is not None and met[0].place.label == "Stockholm"


def test_event_date_completed_with_the_article_year(extraction):
    result = extraction("Tổng thống Nga Vladimir Putin hôm 7/12 điện đàm với Tổng thống Mỹ Joe Biden.", date="2021-12-08")
    phoned = [r for r in result.relations if r.predicate == "phoned"]
    assert phoned[0].date == "2021-12-07"


def test_family_name_first_after_an_honorific(triples):
    found = triples("Chủ tịch Trung Quốc Tập Cận Bình đến Moskva. Ông Tập kêu gọi Triều Tiên kiềm chế. Tập đoàn Alibaba ủng hộ.")
    assert ("Xi Jinping", "urges", "North Korea") in found, found
    assert not any(s == "Xi Jinping" and p == "supports" for s, p, o in found), found


def test_a_title_then_la_names_its_holder_whole(triples):
    found = triples("Đặc phái viên là Hong Seok-hyun, cựu Chủ tịch của Tập đoàn JoongAng.")
    assert ("Hong Seok-hyun", "official_of", "JoongAng") in found, found


def test_possessive_person_is_not_a_subject(triples):
    found = triples("Thông tin bất lợi của bà Amelia Corvin không được công bố, còn chuyện trừng phạt Iran vẫn để ngỏ.")
    assert not any(s == "Amelia Corvin" for s, p, o in found), found


def test_a_place_merged_into_a_country_was_annexed_by_it(triples):
    found = triples("Năm 2014, bán đảo Crimea sáp nhập Nga sau cuộc trưng cầu dân ý.")
    assert ("Russia", "annexed", "Crimea") in found, found


def test_event_noun_with_agent_and_partner(triples):
    found = triples("Đây là cuộc điện đàm của Tổng thống Pháp Emmanuel Macron với Thủ tướng Canada Justin Trudeau.")
    assert ("Emmanuel Macron", "phoned", "Justin Trudeau") in found or ("Justin Trudeau", "phoned", "Emmanuel Macron") in found, found
    found = triples("Chuyến thăm của Thủ tướng Ấn Độ Narendra Modi tới Nhật Bản diễn ra suôn sẻ.")
    assert ("Narendra Modi", "visited", "Japan") in found, found


def test_light_verb_makes_the_event_noun_a_statement(triples):
    found = triples("Ngoại trưởng Nga Sergey Lavrov đang có chuyến thăm kéo dài ba ngày tới Mỹ.")
    assert ("Sergey Lavrov", "visited", "United States") in found, found


def test_event_noun_after_a_preposition_has_no_subject(triples):
    found = triples("Người phát ngôn Nhà Trắng Sean Spicer cho biết trong cuộc điện đàm, Tổng thống Mỹ Donald Trump đã nói rõ lập trường.")
    assert not any(p == "phoned" for _, p, _ in found), found


def test_quote_speaks_for_its_speaker(triples):
    found = triples("Ngoại trưởng Iran Javad Zarif cho biết: “Chúng tôi phản đối lệnh trừng phạt của Mỹ”.")
    assert ("Iran", "opposes", "United States") in found or ("Iran", "opposes", "Sanctions") in found or \
        any(s == "Iran" and p == "opposes" for s, p, o in found), found
    found = triples("“Tôi cảnh báo Triều Tiên”, Tổng thống Hàn Quốc Moon Jae-in nói.")
    assert ("Moon Jae-in", "warns", "North Korea") in found, found


def test_event_noun_with_its_partner_right_after(triples):
    found = triples("Tổng thống Hàn Quốc Moon Jae-in phát biểu trong cuộc gặp Thủ tướng Đức Angela Merkel.")
    assert ("Moon Jae-in", "met", "Angela Merkel") in found or ("Angela Merkel", "met", "Moon Jae-in") in found, found


def test_expert_of_a_foreign_named_institute(triples):
    # An institute made up for the test, so that no dictionary knows it.
    found = triples("Chuyên gia Hannah Morrow thuộc Viện Lindenhall cho rằng Nga sẽ đáp trả.")
    assert ("Hannah Morrow", "member_of", "Viện Lindenhall") in found, found
    found = triples("Ông Peter Lindqvist, Hội đồng Chính sách Đối ngoại Mỹ, nói như vậy.")
    assert any(s == "Peter Lindqvist" and p == "member_of" for s, p, o in found), found
    found = triples("Ông Peter Lindqvist, Hội đồng Chính sách Đối ngoại Mỹ nói: “Nga sẽ đáp trả.”")
    assert any(s == "Peter Lindqvist" and p == "member_of" for s, p, o in found), found


def test_object_does_not_cross_a_comma(triples):
    found = triples("Mỹ cùng Nhật bảo vệ quần đảo tranh chấp, Trung Quốc phản ứng gay gắt.")
    assert not any(p == "supports" and o == "China" for s, p, o in found), found


def test_owner_of_a_noun_is_neither_subject_nor_object(triples):
    found = triples("Thủ tướng Anh Theresa May đưa ra đề xuất của Anh về quyền công dân.")
    assert not any(p == "proposes" and o == "United Kingdom" for s, p, o in found), found
    found = triples("Ngoại trưởng Iran Javad Zarif chỉ trích tuyên bố của Ai Cập cáo buộc Qatar hỗ trợ khủng bố.")
    assert not any(s == "Mohammad Javad Zarif" and p == "accuses" for s, p, o in found), found


def test_country_after_a_venue_city_is_venue_too(triples):
    found = triples("Ngoại trưởng Mỹ Rex Tillerson và Ngoại trưởng Oman Yusuf bin Alawi ký thỏa thuận tại Muscat, Oman.")
    assert not any(o == "Oman" and p == "signed_agreement_with" for s, p, o in found), found


@pytest.mark.parametrize(
    "text, absent",
    [
        # a cue word inside a phrase that states something else
        ("Tổng thống Nga Vladimir Putin gặp khó khăn với phương Tây.", "met"),
        ("Thủ tướng Anh gặp rắc rối tại Brussels vì EU.", "met"),
        # a cue describing the noun before it is an adjective
        ("Mỹ có kế hoạch đưa vũ khí tấn công đến Ukraine.", "attacks"),
        ("Nga điều máy bay ném bom tới gần Nhật Bản.", "attacks"),
        # what is talked about is no partner
        ("Ngoại trưởng Pháp thảo luận với người đồng cấp về tình hình Syria.", "held_talks_with"),
        # "do" is "because" here: nobody made the plan
        ("Nga phản đối kế hoạch do lo ngại an ninh của Belarus.", "opposes"),
        # civilians of a country are not the country acting
        ("Sinh viên Ukraine tấn công các ngân hàng của Nga ở Kiev.", "attacks"),
        ("Người dân Syria chỉ trích Mỹ vì các cuộc không kích.", "criticizes"),
        # the clause after the comma opens with no actor
        ("Theo cáo buộc của Anh, hôm qua các tin tặc của Iran đã tấn công.", "accuses"),
    ],
)
def test_no_event_where_the_cue_word_means_something_else(triples, text, absent):
    found = triples(text)
    assert not any(p == absent for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken tại Stockholm.", "Stockholm"),
        ("Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken bên lề hội nghị tại thủ đô Stockholm.", "Stockholm"),
        ("Thủ tướng Nhật Bản Shinzo Abe gặp Tổng thống Mỹ Donald Trump bên lề Hội nghị G20 ở Hamburg, Đức.", "Hamburg"),
        ("Tổng thống Pháp gặp Thủ tướng Ấn Độ bên lề Paris.", "Paris"),
        # an acronym in parentheses is an aside, not the end of the clause
        ("Ngoại trưởng Mỹ và Ngoại trưởng Nga đã có cuộc gặp bên lề Hội nghị Thượng đỉnh Tổ chức Hiệp ước "
         "Bắc Đại Tây Dương (NATO) ngày 5/4 tại Brussels, Bỉ.", "Brussels"),
    ],
)
def test_venue_sets_the_place(extraction, text, place):
    met = [r for r in extraction(text).relations if r.predicate == "met"]
    assert met and all(r.place is not None and r.place.label == place for r in met), met


def test_joint_subjects_meeting_beside_a_summit_met_each_other(triples):
    found = triples("Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Nga Sergey Lavrov đã có cuộc gặp bên lề "
                    "Hội nghị Thượng đỉnh Tổ chức An ninh và Hợp tác châu Âu (OSCE) ngày 2/12 tại Stockholm, Thụy Điển.")
    assert has(found, "Antony Blinken", "met", "Sergey Lavrov"), found
    assert not any("OSCE" in (s, o) for s, _, o in found), found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a list of objects after the first: "A, B và C"
        ("Canada trừng phạt Nga, Iran và Triều Tiên.", "Canada", "sanctions", "North Korea"),
        # the owner of the target attacked, however long the target's phrase, after the cue or after "vào"
        ("Nga tấn công các cơ sở hạ tầng năng lượng của Ukraine.", "Russia", "attacks", "Ukraine"),
        ("Ukraine tấn công bằng máy bay không người lái vào nhà máy lọc dầu của Nga.", "Ukraine", "attacks", "Russia"),
        ("Israel đã không kích ba cơ sở hạt nhân Fordow, Natanz và Isfahan của Iran.", "Israel", "attacks", "Iran"),
        # ... and the country the targets stand in, past a number
        ("Israel không kích hơn 100 mục tiêu quân sự tại Iran.", "Israel", "attacks", "Iran"),
        ("Máy bay Nga oanh tạc các căn cứ ở Gruzia.", "Russia", "attacks", "Georgia"),
        # firing "về phía" a side is firing at it
        ("Lực lượng Houthi phóng tên lửa về phía Israel.", "Houthis", "attacks", "Israel"),
        # the 2025 NATO target, however its percentage is written
        ("Tây Ban Nha phản đối mục tiêu chi tiêu quốc phòng 5% của NATO.", "Spain", "opposes", "NATO defence spending target"),
        # asking to meet someone asks them
        ("Triều Tiên yêu cầu gặp quan chức Mỹ tại New York.", "North Korea", "urges", "United States"),
        # sending warships or soldiers to a place deploys near it
        ("Thổ Nhĩ Kỳ đã điều binh lính sang Qatar.", "Turkey", "deploys_troops_near", "Qatar"),
        ("Mỹ điều tàu chiến tới Qatar để tập trận.", "United States", "deploys_troops_near", "Qatar"),
        # an act its subject threatens or warns of is a threat to its target; the act of the one warned stays his
        ("Triều Tiên đe dọa phóng tên lửa vào Mỹ.", "North Korea", "threatens", "United States"),
        ("Israel cảnh báo sẽ tấn công Iran.", "Israel", "warns", "Iran"),
        ("Mỹ cảnh báo Triều Tiên sẽ tấn công Nhật Bản.", "North Korea", "attacks", "Japan"),
        # "là một trong những quốc gia" + cue: the subject before "là" takes the stance
        ("Nhật Bản là một trong những quốc gia phản đối vụ thử của Triều Tiên.", "Japan", "opposes", "North Korea"),
        # ... and after "là", a noun of a person or a country with a few modifiers, even one naming a country
        ("Ông Karl Weston là lãnh đạo nước ngoài đầu tiên gặp ông Trump sau khi ông nhậm chức.", "Karl Weston", "met",
         "Donald Trump"),
        ("Ông Karl Weston là quan chức Nga cấp cao nhất gặp ông Trump kể từ tháng một.", "Karl Weston", "met", "Donald Trump"),
        ("Ông Karl Weston là công dân Mỹ duy nhất từng gặp nhà lãnh đạo Triều Tiên Kim Jong-un.", "Karl Weston", "met",
         "Kim Jong-un"),
        ("Tổng thống Nga Vladimir Putin là nguyên thủ quốc gia đầu tiên thăm Pháp sau ngày 14/5.", "Vladimir Putin",
         "visited", "France"),
        # the owner of the weapon or the force that attacks
        ("Máy bay không người lái của Ukraine đã tấn công Nga.", "Ukraine", "attacks", "Russia"),
        # a second verb after a comma, its subject the first verb's
        ("Ai Cập cắt đứt quan hệ với Qatar, cáo buộc Doha hỗ trợ khủng bố.", "Egypt", "accuses", "Qatar"),
        # a subordinate clause set off by commas after the subject cuts no clause
        ("Ông Trump, khi được hỏi về Iran, đã chỉ trích Israel.", "Donald Trump", "criticizes", "Israel"),
        ("Ông Putin, sau khi gặp ông Trump, đã chỉ trích Ukraine.", "Vladimir Putin", "criticizes", "Ukraine"),
        ("Iran, sau khi bị Mỹ tấn công, đã phóng tên lửa vào căn cứ Al Udeid của Mỹ ở Qatar.",
         "Iran", "attacks", "United States"),
        # ... past a place the first verb leaves ("khỏi": no subject after it)
        ("Mỹ rút quân khỏi Iraq và cảnh báo Iran.", "United States", "warns", "Iran"),
        ("Crimea tách khỏi Ukraine và sáp nhập vào Nga.", "Russia", "annexed", "Crimea"),
        # ... or the body a draft goes up to ("lên": no subject after it)
        ("Brazil trình dự thảo nghị quyết lên Liên hợp quốc nhằm chống lại hoạt động do thám của Mỹ.",
         "Brazil", "opposes", "United States"),
        ("Mỹ sẽ gây sức ép lên Liên hợp quốc hoặc đơn phương ban hành các lệnh trừng phạt đối với Iran.",
         "United States", "sanctions", "Iran"),
        # ... and after "mà còn" (not only ... but also); "không những" is no plural before a noun
        ("Nga không chỉ chỉ trích Mỹ mà còn trừng phạt Anh.", "Russia", "sanctions", "United Kingdom"),
        ("Trung Quốc không những phản đối Nhật Bản mà còn cảnh báo Mỹ.", "China", "warns", "United States"),
        ("Trung Quốc không những phản đối Nhật Bản mà còn cảnh báo Mỹ.", "China", "opposes", "Japan"),
        # "X sáp nhập vào Y": Y annexed X
        ("Năm 2014, bán đảo Crimea đã sáp nhập vào Nga.", "Russia", "annexed", "Crimea"),
        # ... also between two places, the merged one first
        ("Tỉnh Bình Dương sẽ sáp nhập vào TP. Hồ Chí Minh.", "Ho Chi Minh City", "annexed", "Binh Duong"),
        # what is given goes to the one after "cho", past a long phrase of goods
        ("Thụy Điển cung cấp thêm hệ thống phòng không hiện đại Patriot cho Ukraine.", "Sweden", "provides_aid_to", "Ukraine"),
        ("Canada công bố gói viện trợ quân sự mới cho Ukraine.", "Canada", "provides_aid_to", "Ukraine"),
        # ... and the place a trip is to, past the length of the trip
        ("Ngoại trưởng Nga Sergei Lavrov đang có chuyến thăm làm việc kéo dài 3 ngày tới Mỹ.",
         "Sergey Lavrov", "visited", "United States"),
        # "không" inside a compound negates nothing: "máy bay không người lái", "phòng không"
        ("Nga dùng máy bay không người lái tấn công Ukraine.", "Russia", "attacks", "Ukraine"),
        ("Mỹ bán hệ thống phòng không Patriot, đồng thời cảnh báo Trung Quốc.", "United States", "warns", "China"),
        ("Mỹ duy trì lệnh cấm vận và trừng phạt Cuba.", "United States", "sanctions", "Cuba"),
        # a decimal comma parts nothing: "4,5 tỷ USD" is one amount
        ("Nhật Bản hỗ trợ 4,5 tỷ USD cho Ukraine.", "Japan", "provides_aid_to", "Ukraine"),
        # any sum of money given is aid; its receiver may be the people of a country
        ("Úc tuyên bố hỗ trợ 100.000 USD cho Philippines.", "Australia", "provides_aid_to", "Philippines"),
        # ... or the receiver right after the cue, then the goods
        ("Nhật Bản hỗ trợ Việt Nam 2 triệu USD.", "Japan", "provides_aid_to", "Vietnam"),
        ("Mỹ cung cấp gói hỗ trợ quân sự trị giá 1 tỷ USD cho Ukraine.", "United States", "provides_aid_to", "Ukraine"),
        ("Mỹ đã chuyển giao cho Israel hàng nghìn quả bom.", "United States", "provides_aid_to", "Israel"),
        ("Lào quyết định viện trợ khẩn cấp trị giá 200.000 USD cho người dân Philippines.",
         "Laos", "provides_aid_to", "Philippines"),
        # "quốc đảo này": the island country named last
        ("Bão lớn tàn phá Philippines. Bộ Ngoại giao Đức công bố viện trợ nửa triệu euro cho quốc đảo này.",
         "Federal Foreign Office (Germany)", "provides_aid_to", "Philippines"),
        # a warning names who it is aimed at in a condition
        ("Thủ tướng Anh cảnh báo sẽ đáp trả mạnh mẽ nếu Nga tấn công thêm.", "United Kingdom", "warns", "Russia"),
        ("Tổng thống Pháp Emmanuel Macron cảnh báo Pháp sẽ trừng phạt nếu Iran tiếp tục.", "Emmanuel Macron", "warns", "Iran"),
        # a judgement closing a quote aims at the first actor the quote names, not of the speaker's side
        ("“Mỹ đang nói những điều có lợi cho Nga”, ông Zelensky cáo buộc.", "Volodymyr Zelensky", "accuses", "United States"),
        ("“NATO đang đẩy châu Âu vào chiến tranh”, Tổng thống Putin chỉ trích.", "Vladimir Putin", "criticizes", "NATO"),
        ("“Nga sẽ đáp trả Mỹ”, ông Putin cảnh báo.", "Vladimir Putin", "warns", "United States"),
        # an event noun with a dashed pair names its parties, whoever speaks of it
        ("Chuyên gia Hannah Morrow nhận xét về cuộc hội đàm Macron - Trudeau.", "Emmanuel Macron", "held_talks_with", "Justin Trudeau"),
        # a stance on a thing aims at who made it, named in a relative clause
        ("Thủ tướng Hungary lên án dự luật mới mà Nghị viện châu Âu vừa thông qua.", "Hungary", "criticizes", "European Parliament"),
        ("Bộ Ngoại giao Iran bác bỏ các cáo buộc do Israel đưa ra.", "Ministry of Foreign Affairs of Iran", "rejects", "Israel"),
        ("Nhật Bản ủng hộ sáng kiến mà Hàn Quốc đề xuất tại hội nghị.", "Japan", "supports", "South Korea"),
        # a fronted "according to" statement is said of the subject after the comma
        ("Theo cáo buộc của Anh, Iran đã bắt giữ tàu chở dầu.", "United Kingdom", "accuses", "Iran"),
        ("Theo lời cảnh báo của Nhật Bản, Triều Tiên có thể thử hạt nhân.", "Japan", "warns", "North Korea"),
        # ... and a statement noun and its owner followed by what they say
        ("Cáo buộc của Anh cho rằng Iran bắt giữ tàu chở dầu là vô căn cứ.", "United Kingdom", "accuses", "Iran"),
        ("Ông Putin bác bỏ những cáo buộc của Ba Lan về việc Nga can thiệp bầu cử.", "Poland", "accuses", "Russia"),
        ("Ông Khamenei chỉ trích cảnh báo của Canada rằng Iran cần ngừng thử tên lửa.", "Canada", "warns", "Iran"),
        # a person named with the body they belong to ("X của Y", "X, ... của Y,") is the subject
        ("Nghị sĩ Olivia Hartwell của đảng Bảo thủ kêu gọi Nga rút quân.", "Olivia Hartwell", "urges", "Russia"),
        ("Ông Dieter Kranz, nghị sĩ đảng Xanh của Đức, đã gặp Ngoại trưởng Nga Sergey Lavrov.", "Dieter Kranz", "met",
         "Sergey Lavrov"),
        # a pair with only a comma between, opening the sentence, is a joint subject
        ("Nga, Trung Quốc chỉ trích Mỹ về vụ thử tên lửa.", "Russia", "criticizes", "United States"),
        ("Nga, Trung Quốc chỉ trích Mỹ về vụ thử tên lửa.", "China", "criticizes", "United States"),
        # ... but not when joined to the actor before: both are subjects
        ("Mỹ và các đồng minh trừng phạt Nga.", "United States", "sanctions", "Russia"),
        ("Ông Trump gặp những người ủng hộ, chỉ trích Trung Quốc.", "Donald Trump", "criticizes", "China"),
        ("Ngày 5/7, Nhật Bản, Hàn Quốc lên án Triều Tiên.", "Japan", "criticizes", "North Korea"),
        # ... and when set off by commas with "cùng (với)": both act
        ("Mỹ, cùng với Anh và Pháp, đã tấn công Syria.", "United States", "attacks", "Syria"),
        ("Mỹ, cùng với Anh và Pháp, đã tấn công Syria.", "United Kingdom", "attacks", "Syria"),
        # the backer of a force supports it, and the force acts in what follows
        ("Lực lượng dân quân được Iran hậu thuẫn đã tấn công quân nổi dậy.", "Iran", "supports", "Iran-backed forces"),
        ("Lực lượng dân quân được Iran hậu thuẫn đã tấn công quân nổi dậy.", "Iran-backed forces", "attacks", "Rebels"),
        # ... with whoever is joined to it before the clause that describes it
        ("Quân đội Syria và lực lượng dân quân được Iran hậu thuẫn đã tấn công quân nổi dậy.", "Syria", "attacks", "Rebels"),
        ("Syria và Hezbollah do Iran hậu thuẫn tấn công phiến quân.", "Syria", "attacks", "Militants"),
        # a demand that names an issue and no actor backs the issue
        ("EU kêu gọi tất cả các bên thực hiện đầy đủ thỏa thuận Minsk.", "European Union", "supports", "Minsk agreements"),
        ("Liên Hợp Quốc kêu gọi ngừng bắn ở Gaza.", "United Nations", "supports", "Gaza ceasefire"),
        # funding needs no money named when the funded heads the passive or relative clause
        ("Hamas, được Iran tài trợ, đã tấn công Israel.", "Iran", "provides_aid_to", "Hamas"),
        ("Hamas, được Iran tài trợ, đã tấn công Israel.", "Hamas", "attacks", "Israel"),
        ("Hezbollah do Iran tài trợ tấn công Israel.", "Iran", "provides_aid_to", "Hezbollah"),
        ("Ukraine được Mỹ gửi thêm vũ khí.", "United States", "provides_aid_to", "Ukraine"),
        # "cũng như" (as well as) joins a list as "và" does
        ("Ông Erdogan điện đàm với Quốc vương Saudi Arabia Salman cũng như Thái tử Mohammed bin Salman.",
         "Recep Tayyip Erdoğan", "phoned", "Mohammed bin Salman"),
        ("Mỹ cũng như EU đã trừng phạt Nga.", "European Union", "sanctions", "Russia"),
        ("Tổng thống Putin, cùng Thủ tướng Medvedev, đã gặp ông Tập Cận Bình.", "Vladimir Putin", "met", "Xi Jinping"),
        # a phrase of means set off by commas after the subject cuts no clause
        ("Israel, với sự hậu thuẫn của Mỹ, đã tấn công Iran.", "Israel", "attacks", "Iran"),
        ("Ukraine, nhờ sự hỗ trợ của phương Tây, đã tấn công Nga.", "Ukraine", "attacks", "Russia"),
        # the goods may follow the receiver, and end the sentence
        ("Anh sẽ cung cấp cho Kiev thêm vũ khí.", "United Kingdom", "provides_aid_to", "Ukraine"),
        # a capital that stands for its country is where a person went
        ("Thủ tướng Ấn Độ Narendra Modi tới Bắc Kinh hôm qua.", "Narendra Modi", "visited", "Beijing"),
        # what an actor did causes another's concern: the one concerned opposes the one who did it
        ("Động thái của Mỹ khiến Trung Quốc lo ngại.", "China", "opposes", "United States"),
        ("Vụ phóng tên lửa mới nhất của Triều Tiên khiến Nhật Bản lo ngại.", "Japan", "opposes", "North Korea"),
        # a quote after "bày tỏ:", "chia sẻ:" is its speaker's; "chúng tôi" in it is the speaker's country
        ("Thủ tướng Canada Justin Trudeau bày tỏ ý kiến của mình: “Chúng tôi thất vọng với Mỹ”.",
         "Canada", "opposes", "United States"),
        ("“Tôi hoan nghênh Tổng thống Trump đã rút khỏi thỏa thuận này”, ông Paul Ryan chia sẻ.",
         "Paul Ryan", "praises", "Donald Trump"),
        # calling what an actor did unacceptable opposes it
        ("Nga cho rằng hành động của Mỹ là không thể chấp nhận được.", "Russia", "opposes", "United States"),
        # "Hai bên" opening a sentence: the two sides of the last meeting told of
        ("Thủ tướng Bỉ Jan Peeters hội đàm với Tổng thống Nga Vladimir Putin. Hai bên nhất trí tăng cường hợp tác.",
         "Jan Peeters", "agrees_with", "Vladimir Putin"),
        # ... past a tense word, and with a verb that is no joint cue of its own
        ("Thủ tướng Bỉ Jan Peeters hội đàm với Tổng thống Nga Vladimir Putin. Hai bên đã nhất trí tăng cường hợp tác.",
         "Jan Peeters", "agrees_with", "Vladimir Putin"),
        ("Thủ tướng Bỉ Jan Peeters hội đàm với Tổng thống Nga Vladimir Putin. Hai bên đã ký kết 14 văn kiện hợp tác.",
         "Jan Peeters", "signed_agreement_with", "Vladimir Putin"),
        # "chúng tôi" in a quote the press reports is the side of the one quoted, not the agency's
        ("Hãng TASS dẫn lời Ngoại trưởng Bỉ Jan Peeters: “Chúng tôi phản đối Nga.”", "Belgium", "opposes", "Russia"),
        # the person or state a sentence opens with after "Theo" says what follows
        ("Theo Ngoại trưởng Bỉ Jan Peeters, Nga đã vi phạm thỏa thuận.", "Jan Peeters", "accuses", "Russia"),
        ("Theo Thủ tướng Bỉ Jan Peeters, Ukraine cần rút quân.", "Jan Peeters", "urges", "Ukraine"),
        # ... a mistake or a provocation too
        ("Bỉ cho rằng việc Nga triển khai tên lửa là một sai lầm.", "Belgium", "opposes", "Russia"),
        # ... also with "gọi / coi / xem ... là"
        ("Nga gọi các lệnh trừng phạt của Mỹ là hành động khiêu khích.", "Russia", "opposes", "United States"),
        ("Trung Quốc coi chuyến thăm của ông Trump là sai lầm.", "China", "opposes", "Donald Trump"),
        ("Triều Tiên cho rằng cuộc tập trận của Nhật Bản là hành động khiêu khích.", "North Korea", "opposes", "Japan"),
        # ... a threat, a violation, a disaster
        ("Thủ tướng Nhật Bản tuyên bố vụ phóng tên lửa của Triều Tiên là một mối đe dọa nghiêm trọng.",
         "Japan", "opposes", "North Korea"),
        ("Ông Trump gọi NAFTA là một thảm họa.", "Donald Trump", "opposes", "NAFTA"),
        # ... irresponsible, illegitimate, terrorist
        ("Nga gọi cuộc tấn công của Mỹ là hành động vô trách nhiệm.", "Russia", "opposes", "United States"),
        ("Ông Putin gọi ông Zelensky là tổng thống bất hợp pháp.", "Vladimir Putin", "opposes", "Volodymyr Zelensky"),
        ("Mỹ coi IRGC là tổ chức khủng bố.", "United States", "opposes", "Islamic Revolutionary Guard Corps"),
        # ... read through quotation marks; calling names, lies, absurdity
        ("Ông Trump gọi NAFTA là một “thảm họa”.", "Donald Trump", "opposes", "NAFTA"),
        ("Nga gọi các lệnh trừng phạt của Mỹ là \"hành động khiêu khích\".", "Russia", "opposes", "United States"),
        ("Ông Trump gọi các nghị sĩ của đảng Dân chủ là “đạo đức giả”.", "Donald Trump", "opposes",
         "Democratic Party (United States)"),
        # demands received from their maker, after a plural or a list
        ("Lào nhận được các yêu cầu từ Ba Lan.", "Poland", "urges", "Laos"),
        ("Lào đã nhận được danh sách các yêu cầu từ Ba Lan.", "Poland", "urges", "Laos"),
        # aid received counted by its sum; a package raised
        ("Lào nhận được 2 triệu USD viện trợ từ Ba Lan.", "Poland", "provides_aid_to", "Laos"),
        ("Ba Lan tăng gói viện trợ cho Lào lên 20 triệu euro.", "Poland", "provides_aid_to", "Laos"),
        # a grant: "không hoàn lại" (need not be paid back) negates nothing
        ("Ba Lan viện trợ không hoàn lại 30 triệu USD cho Lào.", "Poland", "provides_aid_to", "Laos"),
        # a list of demands handed over, counted, or given to one named between the verb and the list
        ("Ba Lan và Belarus trao bản danh sách yêu cầu cho Lào.", "Belarus", "urges", "Laos"),
        ("Ba Lan đã gửi cho chính quyền Vientiane một danh sách gồm 13 yêu cầu.", "Poland", "urges", "Laos"),
        ("Ba Lan gửi đến Lào bản danh sách 13 yêu cầu.", "Poland", "urges", "Laos"),
        # what a subject answers or complies with was asked of it by its owner
        ("Lào phải đáp ứng 13 yêu cầu của Ba Lan.", "Poland", "urges", "Laos"),
        ("Belarus cảnh báo Lào phải thực hiện các yêu cầu của Ba Lan.", "Poland", "urges", "Laos"),
        # what a subject rejects was made to it by its owner
        ("Lào bác bỏ các yêu cầu của Ba Lan.", "Poland", "urges", "Laos"),
        ("Lào bác bỏ cáo buộc mà Ba Lan đưa ra.", "Poland", "accuses", "Laos"),
        ("Lào bác bỏ đề xuất của Ba Lan.", "Poland", "proposes", "Laos"),
        # a pair finalising a deal or coming to one
        ("Ba Lan và Lào đã hoàn tất thỏa thuận khung về thương mại.", "Poland", "signed_agreement_with", "Laos"),
        ("Ba Lan và Lào đã đi đến thỏa thuận trên tại cuộc gặp.", "Laos", "signed_agreement_with", "Poland"),
        # the Sultanate of Oman, named as one, is Oman in a list of members
        ("Hai quốc gia thành viên của GCC là Kuwait và Vương quốc Hồi giáo Oman.", "Oman", "member_of", "Gulf Cooperation Council"),
        # ... a disappointment
        ("Tổng thống Ba Lan cho rằng quyết định của Lào là một sự thất vọng lớn.", "Poland", "opposes", "Laos"),
        # ... "kẻ", "gã": a person named with contempt
        ("Tổng thống Ba Lan gọi ông Jan Dorn là kẻ phản bội.", "Poland", "opposes", "Jan Dorn"),
        ("Lào coi Ba Lan là kẻ gây hấn.", "Laos", "opposes", "Poland"),
        ("Trung Quốc cho rằng sự xuất hiện của THAAD ở Hàn Quốc là vô lý.", "China", "opposes", "THAAD deployment"),
        ("Nga cho rằng việc Mỹ không kích Syria là vi phạm luật pháp quốc tế.", "Russia", "opposes", "United States"),
        # the speaker of a quote stands before the speech verb, past its adverbs
        ("Thủ tướng Bỉ Jan Peeters cũng bày tỏ ý kiến: “Chúng tôi thất vọng với chính phủ Nga.”",
         "Belgium", "opposes", "Russia"),
        ("Ông Lavrov nói rằng việc NATO mở rộng là hoàn toàn không thể chấp nhận.", "Sergey Lavrov", "opposes",
         "NATO expansion"),
        # "thật sự", "thực sự" are adverbs, not "sự" making the cue a noun
        ("Canada thật sự thất vọng với Mỹ.", "Canada", "opposes", "United States"),
        # a country after "tại <place>," is the subject unless the place lies in it ("tại Doha, Qatar")
        ("Tại Brussels, Nga chỉ trích Ba Lan.", "Russia", "criticizes", "Poland"),
        # "đồng loạt" (all at once) is an adverb, not "loạt" making the verb a noun
        ("Anh, Pháp và Đức đồng loạt chỉ trích Nga.", "France", "criticizes", "Russia"),
        # a time zone after a date neither cuts the clause nor names an actor
        ("Mỹ hôm 21/6 (giờ địa phương) tấn công Iran.", "United States", "attacks", "Iran"),
        ("Nga ngày 22/6 theo giờ Mỹ tấn công Ba Lan.", "Russia", "attacks", "Poland"),
        # a time ending with "trước" or "sau" between the subject and the verb makes no noun of the verb
        ("Nga tuần trước chỉ trích Ba Lan.", "Russia", "criticizes", "Poland"),
        ("Ngoại trưởng Nga Sergei Lavrov, Ngoại trưởng Mỹ Rex Tillerson tháng trước kêu gọi Qatar đối thoại.",
         "Rex Tillerson", "urges", "Qatar"),
        ("Nga hai ngày sau tấn công Kharkiv.", "Russia", "attacks", "Kharkiv"),
        ("Nga thực sự lo ngại về NATO.", "Russia", "opposes", "NATO"),
        # support received by a view or a proposal is support for its owner
        ("Quan điểm của ông Locklear nhận được sự ủng hộ từ Đô đốc Timothy Keating.",
         "Timothy Keating", "supports", "Locklear"),
        ("Đề xuất của Pháp nhận được sự ủng hộ từ Đức.", "Germany", "supports", "France"),
        # a passive clause describes its patient, who is the subject of the verb after it
        ("Quân đội Syria và Hezbollah được Iran hậu thuẫn đã tấn công phiến quân.", "Hezbollah", "attacks", "Militants"),
        ("Ukraine bị Nga tấn công và cáo buộc Nga vi phạm luật pháp.", "Ukraine", "accuses", "Russia"),
        # ... with the day between the person and the verb
        ("Thủ tướng Ấn Độ Narendra Modi ngày 22/6 đã tới Nhật Bản.", "Narendra Modi", "visited", "Japan"),
        ("Thủ tướng Ấn Độ Narendra Modi hôm qua tới Nhật Bản.", "Narendra Modi", "visited", "Japan"),
        # ... but human rights violated are the violator's, named after them
        ("Mỹ lên án hành động vi phạm nhân quyền của Bình Nhưỡng.", "United States", "criticizes", "North Korea"),
        # legislators of a party, several and unnamed, act for it
        ("Các nghị sĩ Dân chủ phản đối quyết định của ông Karl Weston.", "Democratic Party (United States)", "opposes",
         "Karl Weston"),
        ("Những thượng nghị sĩ Cộng hòa ủng hộ ông Karl Weston.", "Republican Party (United States)", "supports",
         "Karl Weston"),
        # ... or an adverb of the occasion
        ("Ngoại trưởng Mỹ Karl Weston lần đầu tới Việt Nam.", "Karl Weston", "visited", "Vietnam"),
        ("Ngoại trưởng Mỹ Karl Weston cũng đã tới Việt Nam.", "Karl Weston", "visited", "Vietnam"),
        ("Ngoại trưởng Mỹ Karl Weston một lần nữa đến Israel.", "Karl Weston", "visited", "Israel"),
        # a city named with its country: the country is where the trip goes
        ("Thủ tướng Ấn Độ Narendra Modi đã tới Hamburg, Đức tối qua.", "Narendra Modi", "visited", "Germany"),
        ("Thủ tướng Ấn Độ Narendra Modi đã đến thành phố Hamburg của Đức.", "Narendra Modi", "visited", "Germany"),
        # fired at a target the actor owns: "vào căn cứ (quân sự) của X"
        ("Iran phóng tên lửa vào căn cứ quân sự của Mỹ tại Qatar.", "Iran", "attacks", "United States"),
        ("Hamas bắn hàng loạt rocket vào lãnh thổ của Israel.", "Hamas", "attacks", "Israel"),
        # ... past determiners, named right after the noun, or after a long salvo
        ("Israel tiến hành các cuộc không kích nhằm vào các cơ sở hạt nhân của Iran.", "Israel", "attacks", "Iran"),
        ("Israel đã tiến hành một loạt cuộc tấn công nhằm vào các cơ sở hạt nhân của Iran.", "Israel", "attacks", "Iran"),
        # the name after the comma of a title met or spoken to holds it when a verb comes before or the phrase goes on
        ("Ông Putin hội đàm với Ngoại trưởng Mỹ, ông Karl Weston, tại Moskva.", "Karl Weston", "official_of", "United States"),
        ("Cựu Tổng thống Mỹ Ronald Reagan từng gặp ông Gorbachev.", "Ronald Reagan", "met", "Mikhail Gorbachev"),
        # an apposition closed by a comma after "Theo X," is X'"'"'s office; "Phát biểu của X" opens no fronted phrase
        ("Theo bà Susan Thornton, quyền trợ lý ngoại trưởng Mỹ, Triều Tiên là trọng tâm.", "Susan Thornton", "official_of",
         "United States"),
        ("Phát biểu của ông Karl Weston, Thư ký Hội đồng An ninh Quốc gia Iran, gây chú ý.", "Karl Weston", "official_of",
         "Supreme National Security Council of Iran"),
        # "nước này" after a body or sanctions named by name is the country they are of, not a person's
        ("Triều Tiên phóng tên lửa. Bộ Ngoại giao Hàn Quốc cho biết nước này sẽ ủng hộ Mỹ.", "South Korea", "supports",
         "United States"),
        ("Triều Tiên phóng tên lửa. Phủ tổng thống Hàn Quốc cho biết Tổng thống nước này Moon Jae-in đã gặp ông Tập Cận Bình.",
         "Moon Jae-in", "official_of", "South Korea"),
        ("Bộ Tài chính Mỹ thắt chặt các biện pháp trừng phạt đối với Nga liên quan đến việc nước này sáp nhập Crimea.",
         "Russia", "annexed", "Crimea"),
        ("Thủ tướng Anh Theresa May phát biểu tại London. Bà sẽ gặp Tổng thống Mỹ Donald Trump khi ông có chuyến thăm "
         "nước này.", "Donald Trump", "visited", "United Kingdom"),
        # ... and a person's country when "nước này" opens the clause the person's words report
        ("Iran phóng tên lửa. Thủ tướng Israel Benjamin Netanyahu khẳng định nước này sẽ tấn công Iran.", "Israel",
         "attacks", "Iran"),
        ("Montenegro gia nhập NATO. Tổng thống Mỹ Donald Trump đã có tuyên bố chúc mừng quốc gia này.", "Donald Trump",
         "praises", "Montenegro"),
        # a trip in a relative aside after the person, and the purpose of a person'"'"'s trip
        ("Ông Karl Weston, người vừa mới tới Washington, đã gây bất ngờ cho báo giới.", "Karl Weston", "visited",
         "Washington, D.C."),
        ("Tổng thống Donald Trump rời Nhà Trắng để đến Saudi Arabia.", "Donald Trump", "visited", "Saudi Arabia"),
        # "cả A lẫn B" (both) joins its actors
        ("Ông Trump chỉ trích cả Nga lẫn Trung Quốc.", "Donald Trump", "criticizes", "China"),
        # "cơ quan này" is the last organisation named
        ("Iran tuyên bố đình chỉ hợp tác với IAEA và cáo buộc cơ quan này thiên vị Israel.", "Iran", "accuses",
         "International Atomic Energy Agency"),
        ("Trong cuộc gặp với Ngoại trưởng Iran, ông Karl Weston, ông Lavrov nói Nga ủng hộ Iran.", "Karl Weston",
         "official_of", "Iran"),
        ("Ukraine hứng chịu hàng trăm đợt tấn công của Nga.", "Russia", "attacks", "Ukraine"),
        ("Lực lượng Houthi bắn tên lửa vào tàu chiến Mỹ ở Biển Đỏ.", "Houthis", "attacks", "United States"),
        ("Iran phóng hàng trăm tên lửa đạn đạo vào Israel.", "Iran", "attacks", "Israel"),
        ("Nga phóng 400 máy bay không người lái và 40 tên lửa vào Ukraine trong đêm.", "Russia", "attacks", "Ukraine"),
        # a pledge to an actor's sovereignty or security backs the actor (ONTOLOGY.md's "cam kết với chủ quyền của")
        ("Mỹ cam kết với chủ quyền của Ukraine.", "United States", "supports", "Ukraine"),
        ("Mỹ tái khẳng định cam kết đối với an ninh của Israel.", "United States", "supports", "Israel"),
        # ... and a pledge of an issue backs the issue, with no "với"; refusing to pledge or back it rejects it
        ("Các nước thành viên NATO cam kết tăng chi tiêu quốc phòng lên 5% GDP.", "NATO allies", "supports",
         "NATO defence spending target"),
        ("Lào cam kết nâng chi tiêu quốc phòng lên 5% GDP vào năm 2035.", "Laos", "supports", "NATO defence spending target"),
        ("Tây Ban Nha từ chối cam kết chi 5% GDP cho quốc phòng.", "Spain", "rejects", "NATO defence spending target"),
        ("Tây Ban Nha từ chối ủng hộ mục tiêu chi tiêu quốc phòng 5% GDP.", "Spain", "rejects", "NATO defence spending target"),
        # ... also as the noun a statement verb reaffirms
        ("Anh tái khẳng định cam kết thực hiện Hiệp ước không phổ biến vũ khí hạt nhân.", "United Kingdom", "supports",
         "Nuclear non-proliferation (NPT)"),
        # a campaign is an event noun: launched by the subject, or owned after "của"
        ("Israel mở chiến dịch không kích quy mô lớn vào Iran.", "Israel", "attacks", "Iran"),
        ("Mỹ phát động chiến dịch trừng phạt Nga.", "United States", "sanctions", "Russia"),
        ("Chiến dịch không kích của Israel nhằm vào Iran kéo dài 12 ngày.", "Israel", "attacks", "Iran"),
        ("Chiến dịch tiêu diệt IS của Mỹ kéo dài ba năm.", "United States", "attacks", "Islamic State"),
        # a number written as a word opens the target's noun phrase as digits do
        ("Mỹ đã tiến hành các cuộc tấn công vào ba cơ sở hạt nhân của Iran.", "United States", "attacks", "Iran"),
        ("Ukraine tấn công hai sân bay quân sự của Nga.", "Ukraine", "attacks", "Russia"),
        # an attack noun's "của" after its target is the target's owner, not the attacker
        ("Israel tiến hành các cuộc không kích nhằm vào cơ sở hạt nhân Fordow của Iran.", "Israel", "attacks", "Iran"),
        ("Iran đáp trả bằng các cuộc tấn công tên lửa vào căn cứ Al Udeid của Mỹ ở Qatar.", "Iran", "attacks", "United States"),
        # the target after the weapons used: "bằng ... vào X"
        ("Nga tấn công bằng hàng trăm máy bay không người lái và tên lửa hành trình vào Kiev.", "Russia", "attacks", "Ukraine"),
        # a stance on a visit, drill or launch is a stance on whoever makes it
        ("Bộ Ngoại giao Trung Quốc lên tiếng phản đối chuyến thăm Đài Loan của bà Pelosi.",
         "Ministry of Foreign Affairs of China", "opposes", "Nancy Pelosi"),
        ("Trung Quốc chỉ trích các cuộc tập trận chung của Mỹ và Hàn Quốc.", "China", "criticizes", "South Korea"),
        ("Nhật Bản lên án vụ phóng tên lửa mới nhất của Triều Tiên.", "Japan", "criticizes", "North Korea"),
        # ... and an accusation of one's acts or policies accuses whoever makes them
        ("Trung Quốc cáo buộc các hoạt động khiêu khích và nguy hiểm của Philippines.", "China", "accuses", "Philippines"),
        ("Nga đổ lỗi cho các chính sách sai lầm và thiếu trách nhiệm của chính quyền Mỹ.", "Russia", "accuses", "United States"),
        # the owned noun may open with a quantity: "một loạt", a number
        ("Qatar bác bỏ một loạt yêu cầu của Ả Rập Saudi.", "Qatar", "rejects", "Saudi Arabia"),
        # a stance defied aims at whoever acts despite it: the main clause's subject, after or before the phrase
        ("Bất chấp sự phản đối của Trung Quốc, Hàn Quốc vẫn triển khai THAAD.", "China", "opposes", "South Korea"),
        ("Triều Tiên tiếp tục thử tên lửa bất chấp các lệnh trừng phạt của Liên Hợp Quốc.", "United Nations", "sanctions",
         "North Korea"),
        # ... and a warning, ignored or rejected, is its giver's
        ("Nga bác bỏ lời cảnh báo của NATO.", "Russia", "rejects", "NATO"),
        ("Iran phớt lờ lời cảnh báo và lệnh trừng phạt mới của Mỹ.", "Iran", "rejects", "United States"),
        ("Qatar bác bỏ 13 yêu cầu của Ả Rập Saudi.", "Qatar", "rejects", "Saudi Arabia"),
        ("Qatar bác bỏ bản yêu sách gồm 13 điểm của Ả Rập Saudi.", "Qatar", "rejects", "Saudi Arabia"),
        # a pair that agrees on an issue backs it
        ("Pháp và Đức nhất trí về lệnh ngừng bắn ở Ukraine.", "France", "supports", "Ceasefire in Ukraine"),
        ("Pháp và Đức nhất trí về lệnh ngừng bắn ở Ukraine.", "Germany", "supports", "Ceasefire in Ukraine"),
        # a ministry the dictionary lacks acts itself, as a known one does; "Bộ ba" (a trio) is no ministry
        ("Bộ Quốc phòng Ấn Độ tố cáo quân đội Pakistan vi phạm lệnh ngừng bắn.", "Ministry of Defence of India", "accuses",
         "Pakistan"),
        ("Bộ Ngoại giao Moldova đã trục xuất 5 nhà ngoại giao Nga.", "Ministry of Foreign Affairs of Moldova", "sanctions", "Russia"),
        ("Bộ ba Mỹ - Nhật - Hàn kêu gọi Trung Quốc thắt chặt trừng phạt Triều Tiên.", "Japan", "urges", "China"),
        # ... also when the cue ends with the first words of the issue ("đạt được thỏa thuận" + "thỏa thuận ngừng bắn")
        ("Israel và Hamas đạt được thỏa thuận ngừng bắn.", "Hamas", "supports", "Ceasefire"),
        ("Mỹ, Nga và Jordan đã đạt được một thỏa thuận ngừng bắn.", "Jordan", "supports", "Ceasefire"),
        # refusing to meet or talk rejects the other side
        # a round of talks is an event noun: its pair, or the pair that holds it
        ("Nga và Ukraine tiến hành vòng đàm phán trực tiếp thứ hai tại Istanbul.", "Russia", "held_talks_with", "Ukraine"),
        ("Vòng đàm phán giữa Mỹ và Iran diễn ra tại Oman.", "United States", "held_talks_with", "Iran"),
        ("Iran từ chối đàm phán với Mỹ.", "Iran", "rejects", "United States"),
        # ... also when a proposal noun names the talks refused
        ("Iran từ chối đề xuất đàm phán trực tiếp với Mỹ.", "Iran", "rejects", "United States"),
        ("Ông Putin từ chối gặp ông Zelensky.", "Vladimir Putin", "rejects", "Volodymyr Zelensky"),
        # proposing to meet or talk with someone proposes to them
        ("Ông Putin đề xuất gặp ông Zelensky tại Istanbul.", "Vladimir Putin", "proposes", "Volodymyr Zelensky"),
        ("Nga đề nghị đàm phán trực tiếp với Ukraine.", "Russia", "proposes", "Ukraine"),
        # "còn" right before the verb is "also", not "whereas"
        ("Ngoại trưởng Lena Vossberg còn cảnh báo Nga.", "Lena Vossberg", "warns", "Russia"),
        # the press quoting a statement after the quote: its owner speaks
        ("“Nga phải rút quân khỏi Ukraine”, hãng TASS dẫn tuyên bố của Ngoại trưởng Mỹ Lena Vossberg.",
         "Lena Vossberg", "urges", "Russia"),
        # a linking word ("Trước đó", "Trong khi đó") before a fronted phrase: its subject is after its comma
        ("Ông Abe gặp ông Putin. Trước đó, khi điện đàm với Tổng thống Mexico Enrique Peña Nieto, ông Trump nói đùa.",
         "Donald Trump", "phoned", "Enrique Peña Nieto"),
        ("Ông Abe gặp ông Putin. Trong khi đó, tại cuộc gặp với Thủ tướng Trung Quốc Lý Khắc Cường, bà Merkel nhấn mạnh.",
         "Angela Merkel", "met", "Li Keqiang"),
        # a mention alone in brackets after another says whose it is; the one before acts
        ("Thượng nghị sĩ Tom Arkwell (Đảng Cộng hòa) chỉ trích Nga.", "Tom Arkwell", "criticizes", "Russia"),
        ("Ông Lavrov (Nga) và ông Kerry (Mỹ) gặp nhau tại Geneva.", "John Kerry", "met", "Sergey Lavrov"),
        ("Ai Cập, Bahrain và Các Tiểu vương quốc Arab thống nhất (UAE) đã cắt đứt quan hệ ngoại giao với Qatar.",
         "Egypt", "sanctions", "Qatar"),
        # "của" after an apposition of the partner is the apposition's, not the event's agent
        ("Ông Putin nói cuộc gặp với bà Marine Le Pen, đối thủ của ông Macron, không có ý nghĩa gì.",
         "Vladimir Putin", "met", "Marine Le Pen"),
        # attending an event at a venue abroad visits it
        ("Tổng thống Trump tham dự hội nghị thượng đỉnh G20 tại Hamburg, Đức.", "Donald Trump", "visited", "Hamburg"),
        # ... "dự" with the event, or being present at a place abroad
        ("Thủ tướng Phạm Minh Chính dự Hội nghị Thượng đỉnh ASEAN tại Malaysia.", "Phạm Minh Chính", "visited", "Malaysia"),
        ("Ngoại trưởng Iran Karl Weston có mặt tại Istanbul hôm 22/6.", "Karl Weston", "visited", "Istanbul"),
        # ... a city the dictionary lacks, in the country named after it
        ("Thủ tướng Phạm Minh Chính tham dự hội nghị tại Porto Velho, Brazil.", "Phạm Minh Chính", "visited", "Porto Velho"),
        # agreeing with an issue
        ("Iran đồng ý với lệnh ngừng bắn.", "Iran", "agrees_with", "Ceasefire"),
        # a region of a country after "vào" stands for the country attacked; aircraft handed over are aid
        ("Hamas bắn rocket vào miền nam Israel.", "Hamas", "attacks", "Israel"),
        ("Mỹ bàn giao máy bay tuần tra P-3C cho Đài Loan.", "United States", "provides_aid_to", "Taiwan"),
        # ... the receiver first, the goods after it however long its name
        ("Nhật Bản bàn giao cho Việt Nam 6 tàu tuần tra.", "Japan", "provides_aid_to", "Vietnam"),
        ("Mỹ cung cấp cho Saudi Arabia hàng loạt loại vũ khí tân tiến.", "United States", "provides_aid_to", "Saudi Arabia"),
        # ... "đến" as "tới" before the receiver of goods sent
        ("Iran đã chuyển 450 tấn lương thực đến Qatar qua đường hàng không.", "Iran", "provides_aid_to", "Qatar"),
        ("Thổ Nhĩ Kỳ gửi binh sĩ và thực phẩm đến Qatar.", "Turkey", "provides_aid_to", "Qatar"),
        # a capitalised title alone before what its holder does: the one person of the article named with it
        ("Chủ tịch nước Trương Tấn Sang đã tiếp ông Kerry. Chủ tịch nước đề nghị Mỹ tăng cường hợp tác.",
         "Trương Tấn Sang", "proposes", "United States"),
        ("Thủ tướng Ba Lan Jan Kowalski tới Đức. Phát biểu tại Berlin, Thủ tướng cũng kêu gọi Nga rút quân.",
         "Jan Kowalski", "urges", "Russia"),
        # ... and one of Vietnam's never named with a holder, after a fronted phrase: Vietnam
        ("Nhân dịp sang dự Hội nghị Cấp cao APEC tại Bali, Chủ tịch nước đã có cuộc gặp với Tổng thống Mỹ.",
         "Vietnam", "met", "United States"),
        # ... also lower-case after "vị" or "nữ"
        ("Tổng thống Mỹ Donald Trump tới Nhật Bản. Vị tổng thống này từng nhiều lần chỉ trích Trung Quốc.",
         "Donald Trump", "criticizes", "China"),
        ("Thủ tướng Anh Theresa May tới Đức. Nữ Thủ tướng chỉ trích Nga.", "Theresa May", "criticizes", "Russia"),
        # the title after "với" in a phrase opening the sentence is the partner's, not the speaker's
        ("Trong một cuộc điện đàm với Tiểu vương Qatar, ông Donald Trump đề nghị giúp đỡ các bên.",
         "Donald Trump", "phoned", "Qatar"),
        # the one who leads a delegation goes where it goes
        ("Đoàn đại biểu Việt Nam do Phó Thủ tướng Trần Hồng Hà dẫn đầu đã tới Nhật Bản.",
         "Trần Hồng Hà", "visited", "Japan"),
        # ... and the one a spouse or suite travels with
        ("Tổng thống Chile Gabriel Boric và Phu nhân đã tới Nhật Bản.", "Gabriel Boric", "visited", "Japan"),
        # ... and the holder of a title named without the name, with a tense word before the verb
        ("Ngoại trưởng Qatar Karl Weston gặp ông Tillerson. Ngoại trưởng Qatar sẽ đến Ai Cập vào tuần tới.",
         "Karl Weston", "visited", "Egypt"),
        # a work trip to or at a place is a visit
        ("Thủ tướng Trần Hồng Hà có chuyến công tác tại Brazil.", "Trần Hồng Hà", "visited", "Brazil"),
        # "Anh em Hồi giáo" is the Muslim Brotherhood, not the United Kingdom ("Anh")
        ("Doha ủng hộ Anh em Hồi giáo ở Ai Cập.", "Qatar", "supports", "Muslim Brotherhood"),
        # "đảng này" is the last party named, not the last organisation
        ("Đảng Dân chủ Tự do thắng cử. Quốc hội Nhật Bản họp phiên đầu tiên. Thủ tướng Shinzo Abe cảm ơn đảng này.",
         "Shinzo Abe", "praises", "Liberal Democratic Party (Japan)"),
        # a passive names each patient of a named pair before it
        ("Lào và Ba Lan đã bị Liên hợp quốc kêu gọi kiềm chế.", "United Nations", "urges", "Laos"),
        ("Tổng thống Lào Anna Berg và Thủ tướng Ba Lan Jan Dorn được Vua Bỉ Philippe đón tiếp.", "Philippe", "met", "Anna Berg"),
        # a passive in a clause opened by "sau khi", "khi", "do" names no patient: the main clause's subject is it
        ("Sau khi bị Ba Lan chỉ trích gay gắt, Hungary đã triệu tập đại sứ.", "Poland", "criticizes", "Hungary"),
        ("Ngày 3/4, ngay sau khi bị Nga tấn công, Gruzia tuyên bố cắt quan hệ.", "Russia", "attacks", "Georgia"),
        ("Chile rút đại sứ khỏi Caracas sau khi bị Venezuela cáo buộc can thiệp.", "Venezuela", "accuses", "Chile"),
        ("Ông Lavrov cho biết Nga sẽ đáp trả do bị Anh trừng phạt.", "United Kingdom", "sanctions", "Russia"),
        # wanting an actor named right after the verb to act asks it to
        ("Ba Lan muốn Đức gửi thêm xe tăng cho Ukraine.", "Poland", "urges", "Germany"),
        ("Ông Karl Weston mong muốn Nhật Bản tăng cường hợp tác với Mỹ.", "Karl Weston", "urges", "Japan"),
        # ... also with a verb that opens like a preposition ("từ bỏ", "từ chối")
        ("Ba Lan muốn Belarus từ bỏ ý định triển khai tên lửa.", "Poland", "urges", "Belarus"),
        ("Lào mong muốn Ba Lan từ chối đề xuất.", "Laos", "urges", "Poland"),
        # approving or paying out a grant gives it
        ("Mỹ phê duyệt khoản tài trợ 30 triệu USD cho Quỹ Nhân đạo Gaza.", "United States", "provides_aid_to",
         "Gaza Humanitarian Foundation"),
        ("Ba Lan giải ngân khoản viện trợ 1,5 tỷ euro cho Ukraine.", "Poland", "provides_aid_to", "Ukraine"),
        # "được" right after a verb cue is "manage to", no passive of the actor after it
        ("Ba Lan đã thuyết phục được Đức đồng ý tiến hành bỏ phiếu công khai.", "Poland", "urges", "Germany"),
        # a relative clause set off after a name, with an event noun after a light verb, says what the name did
        ("Ông Karl Weston họp báo với Thủ tướng Đức Angela Merkel, người đang có chuyến thăm Ba Lan.", "Angela Merkel",
         "visited", "Poland"),
        ("Lào được Chủ tịch Ba Lan Jan Kowalski – người vừa có cuộc gặp với Tổng thống Trump – giúp đỡ.", "Jan Kowalski",
         "met", "Donald Trump"),
        # a fronted event noun with its length before the partner
        ("Trong cuộc điện đàm dài 40 phút với Thủ tướng Ba Lan, ông Karl Weston đã nhất trí tăng cường hợp tác.",
         "Karl Weston", "phoned", "Poland"),
        # "của" right after the partner of an event noun names the partner's country or master, no agent
        ("Ông Karl Weston đã có cuộc điện đàm với Quốc vương Salman của Saudi Arabia.", "Karl Weston", "phoned",
         "Salman of Saudi Arabia"),
        ("Ông Karl Weston có cuộc gặp với cố vấn Jan Kowalski của Tổng thống Ba Lan.", "Karl Weston", "met", "Jan Kowalski"),
        # a second verb after a coordination and adverbs keeps the subject, and is no complement of the first
        ("Ba Lan rút đại sứ khỏi Belarus, đồng thanh cáo buộc Minsk vi phạm thỏa thuận.", "Poland", "accuses", "Belarus"),
        ("Lào bác bỏ những cáo buộc từ Ba Lan, đồng thời cũng áp đặt các biện pháp trừng phạt đáp trả Ba Lan.", "Laos",
         "sanctions", "Poland"),
        # praise given as a noun
        ("Ông Karl Weston từng nhiều lần dành tặng lời khen cho Tổng thống Nga Vladimir Putin.", "Karl Weston", "praises",
         "Vladimir Putin"),
        # a ban on trade named as a noun hits the state whose goods it names
        ("Ba Lan đã gia hạn lệnh cấm nhập khẩu thực phẩm từ Belarus cho đến cuối năm.", "Poland", "sanctions", "Belarus"),
        # a resolution or a bill adopted by its agent
        ("Hội đồng Bảo an thông qua nghị quyết trừng phạt Triều Tiên.", "United Nations Security Council", "sanctions",
         "North Korea"),
        ("Thượng viện Mỹ thông qua dự luật trừng phạt Nga.", "United States Senate", "sanctions", "Russia"),
        # the head of a government named after "của" acts when the government opens its clause
        ("Chính quyền của Tổng thống Joe Biden đã áp đặt trừng phạt lên Nga.", "Joe Biden", "sanctions", "Russia"),
        # a pair of countries after a fronted venue is the subject, though the venue is the first one's city
        ("Tại Viêng Chăn, Lào và Campuchia đã ký thỏa thuận hợp tác quân sự.", "Laos", "signed_agreement_with", "Cambodia"),
        # a witness of the signing is no party to it: the pair signs with each other
        ("Lào và Campuchia đã ký thỏa thuận hòa bình tại Hà Nội với sự chứng kiến của Ngoại trưởng Ba Lan.",
         "Laos", "signed_agreement_with", "Cambodia"),
        # an attack condemned is its attacker's, when the owner follows it before any target
        ("Lào và Campuchia lên án các cuộc không kích của Ba Lan vào Belarus.", "Laos", "criticizes", "Poland"),
        ("Lào và Campuchia lên án các cuộc không kích của Ba Lan vào Belarus.", "Cambodia", "criticizes", "Poland"),
        ("Lào phản đối sự can thiệp bất hợp pháp của Ba Lan tại Belarus.", "Laos", "opposes", "Poland"),
        # a date in parentheses between the subject and its verb cuts no clause
        ("Ông Karl Weston hôm qua (6/2) đã cáo buộc Ba Lan vi phạm thỏa thuận.", "Karl Weston", "accuses", "Poland"),
        # the partners of a first call after "với (các nhà lãnh đạo)" do not make the second
        ("Tổng thống Lào đã nói chuyện qua điện thoại với các nhà lãnh đạo Ba Lan và Séc, chỉ vài giờ sau cuộc điện đàm "
         "với Tổng thống Mỹ Donald Trump.", "Laos", "phoned", "Donald Trump"),
        # ... and so is the owner of an official who opens it
        ("Một quan chức của Ba Lan lên tiếng cáo buộc Belarus tổ chức đảo chính.", "Poland", "accuses", "Belarus"),
        ("Các đại diện của Lào và Campuchia sẽ thảo luận nhiều vấn đề.", "Laos", "held_talks_with", "Cambodia"),
        ("Hôm qua, nội các của Thủ tướng Anh Rishi Sunak chỉ trích Iran.", "Rishi Sunak", "criticizes", "Iran"),
        # a passive's agent may act through a weapon or a unit named before it
        ("Tàu chở dầu của Hy Lạp bị tên lửa của Houthi tấn công.", "Houthis", "attacks", "Greece"),
        ("Thành phố Lviv của Ukraine bị hàng chục UAV của Nga tấn công.", "Russia", "attacks", "Ukraine"),
        ("Thủ lĩnh IS bị lực lượng đặc nhiệm Mỹ tiêu diệt ở Syria.", "United States", "attacks", "Islamic State"),
        # the owner of what is praised, thanked or refused, with modifiers, or two such nouns joined by "và"
        ("Ba Lan hoan nghênh nỗ lực hòa giải không mệt mỏi của Kuwait.", "Poland", "praises", "Kuwait"),
        ("Ông Karl Weston đánh giá cao vai trò quan trọng và những đóng góp tích cực của Nhật Bản.",
         "Karl Weston", "praises", "Japan"),
        ("Ông Karl Weston cảm ơn sự giúp đỡ quý báu của Trung Quốc.", "Karl Weston", "praises", "China"),
        ("Ba Lan bác bỏ lời đe dọa mới nhất của Belarus.", "Poland", "rejects", "Belarus"),
        # ... also after "đối với"
        ("Lào bày tỏ ủng hộ đối với nỗ lực hòa bình của Tổng thống Ba Lan.", "Laos", "supports", "Poland"),
        # a body of which the subject is a member, apposed to it, is no subject
        ("Hungary và Slovakia, hai thành viên EU, chỉ trích Ukraine.", "Hungary", "criticizes", "Ukraine"),
        # sanctions on a country named after a stance are what it is on, not the country
        ("Hungary phản đối gói trừng phạt mới nhằm vào Nga.", "Hungary", "opposes", "Sanctions on Russia"),
        ("Trung Quốc phản đối các lệnh trừng phạt đơn phương nhằm vào Iran.", "China", "opposes", "Sanctions on Iran"),
        # ... also with the country right after the noun, unless a verb of imposing stands before the noun
        ("Lào phản đối lệnh trừng phạt Belarus.", "Laos", "opposes", "Sanctions on Belarus"),
        ("Lào ủng hộ các lệnh trừng phạt Belarus.", "Laos", "supports", "Sanctions on Belarus"),
        ("Ba Lan vẫn tuyên bố duy trì lệnh trừng phạt Belarus thêm 10 năm nữa.", "Poland", "sanctions", "Belarus"),
        # an aside after the subject that holds a clause break or ends with an owner hides no subject
        ("Ngoại trưởng Iran Karl Weston, người đang có mặt tại Istanbul để dự hội nghị của OIC, cáo buộc Mỹ.",
         "Karl Weston", "accuses", "United States"),
        ("Ba Lan, vốn là đồng minh lâu năm của Ukraine, đã kêu gọi Nga rút quân.", "Poland", "urges", "Russia"),
        # "hỗ trợ" as a noun after "sự" is support, with or without goods
        ("Ukraine tiếp tục nhận được sự hỗ trợ từ EU.", "European Union", "supports", "Ukraine"),
        ("Sự hỗ trợ của Ba Lan đối với Ukraine là rất quan trọng.", "Poland", "supports", "Ukraine"),
        # what is given to the people of a country is given to it
        ("Việt Nam hỗ trợ 100.000 USD cho nhân dân Philippines.", "Vietnam", "provides_aid_to", "Philippines"),
        # a word that holds a clause break as a syllable ("tự do", "song phương", "Do Thái") breaks nothing
        ("Chính phủ Ba Lan ủng hộ tự do hàng hải ở Biển Đông.", "Poland", "supports", "Freedom of navigation"),
        ("Lào và Ba Lan ký hiệp định song phương với Đức.", "Laos", "signed_agreement_with", "Germany"),
        ("Tổng thống Ba Lan Jan Kowalski thăm đất nước Do Thái Israel.", "Jan Kowalski", "visited", "Israel"),
        # the place of a passive's patient is where it stands, not what is attacked
        ("Đại sứ quán của Mỹ ở Iraq đã bị Iran tấn công bằng rocket.", "Iran", "attacks", "United States"),
        # "ông" in what a person says is that person, also with a date between the speaker and the verb
        ("Ông Karl Weston ngày 7/6 cho biết Tổng thống Ba Lan Jan Kowalski đã mời ông tới Warsaw.", "Jan Kowalski",
         "proposes", "Karl Weston"),
        # a country after a body or a country that is a venue, and a comma, opens the main clause
        ("Trước khi bỏ phiếu tại Hội đồng Bảo an, Ba Lan đã đàm phán với Đức.", "Poland", "held_talks_with", "Germany"),
        ("Tại hội nghị được tổ chức tại Kuwait, Ba Lan lên án Belarus.", "Poland", "criticizes", "Belarus"),
        # a count may open a statement noun after its verb
        ("Moskva áp đặt một loạt các biện pháp trừng phạt Ankara.", "Russia", "sanctions", "Turkey"),
        ("Ba Lan nhận được nhiều lời khen ngợi từ EU.", "European Union", "praises", "Poland"),
        ("Israel đã tiến hành nhiều vụ oanh kích vào Syria.", "Israel", "attacks", "Syria"),
        ("Ba Lan đã tiến hành ít nhất ba cuộc tấn công từ trên không vào lãnh thổ Belarus.", "Poland", "attacks", "Belarus"),
        # the reason a hostile act gives after its target blames the actor it names, or the target itself
        ("Ba Lan cắt đứt quan hệ ngoại giao với Belarus, vì cho rằng Minsk ủng hộ khủng bố.", "Poland", "accuses", "Belarus"),
        ("Lào trừng phạt Ba Lan vì đã can thiệp vào bầu cử.", "Laos", "accuses", "Poland"),
        ("EU trừng phạt Belarus với cáo buộc gian lận bầu cử.", "European Union", "accuses", "Belarus"),
        ("Ông Karl Weston chỉ trích Ba Lan vì nước này không tuân thủ thỏa thuận.", "Karl Weston", "accuses", "Poland"),
        ("Ông Karl Weston chỉ trích cả Lào và Ba Lan vì vi phạm lệnh ngừng bắn.", "Karl Weston", "accuses", "Laos"),
        ("Ông Karl Weston chỉ trích cả Lào và Ba Lan vì vi phạm lệnh ngừng bắn.", "Karl Weston", "accuses", "Poland"),
        # ... and an answer to those accusations answers each of their makers
        ("Lào và Ba Lan cắt quan hệ với Belarus vì cho rằng Minsk ủng hộ khủng bố. Belarus đã bác bỏ các cáo buộc này.",
         "Belarus", "rejects", "Laos"),
        ("Lào và Ba Lan cắt quan hệ với Belarus vì cho rằng Minsk ủng hộ khủng bố. Belarus đã bác bỏ các cáo buộc này.",
         "Belarus", "rejects", "Poland"),
        ("Lào và Ba Lan cáo buộc Belarus ủng hộ khủng bố. Belarus bác bỏ cáo buộc.", "Belarus", "rejects", "Poland"),
        # ... and a denial of them ("phủ nhận (các) cáo buộc") does too; one that names the act rejects it
        ("Lào cáo buộc Belarus ủng hộ khủng bố. Phía Minsk luôn phủ nhận cáo buộc này.", "Belarus", "rejects", "Laos"),
        ("Tổng thống Belarus phủ nhận cáo buộc can thiệp bầu cử Mỹ.", "Belarus", "rejects", "Election interference"),
        # a person apposed to a title that names its body itself speaks, not the body
        ("Ông Karl Weston, Tổng thư ký NATO, cảnh báo Belarus về các cuộc tập trận.", "Karl Weston", "warns", "Belarus"),
        # the partners of a fronted meeting after "với" met the subject after the comma, not each other
        ("Tại cuộc gặp với Tổng thống Lào Anna Berg và Thủ tướng Ba Lan Jan Dorn, ông Karl Weston nhất trí tăng cường hợp tác.",
         "Karl Weston", "met", "Jan Dorn"),
        ("Trong cuộc điện đàm với Thủ tướng Ba Lan Jan Dorn, Tổng thống Lào Anna Berg và nhà lãnh đạo Ba Lan đã nhất trí "
         "tăng cường hợp tác.", "Anna Berg", "agrees_with", "Jan Dorn"),
        # an office apposed to a person sets off an aside: the person speaks, not the body the office names
        ("Ông Karl Weston, Phó Chủ tịch điều hành Viện Quincy, cảnh báo Ba Lan.", "Karl Weston", "warns", "Poland"),
        # ... but a title with its own holder lists another person
        ("Tổng thống Lào Anna Berg, Thủ tướng Ba Lan Jan Dorn cùng lên án Belarus.", "Jan Dorn", "criticizes", "Belarus"),
        # ... and the titles chained after it, the last one up to its tense word
        ("Đồng chí Trần Văn Khoa, Phó Thủ tướng, Trưởng Ban chỉ đạo Năm Hữu nghị Lào – Ba Lan đã gửi điện mừng tới Belarus.",
         "Trần Văn Khoa", "praises", "Belarus"),
        # a partner named after the topic of talks and "với"
        ("Tổng thống Lào đã thảo luận về vấn đề biên giới với Thủ tướng Ba Lan Jan Dorn.", "Laos", "held_talks_with", "Jan Dorn"),
        # a number counts the event or statement noun as a determiner does
        ("Lào đã tiến hành 3 cuộc không kích vào Ba Lan.", "Laos", "attacks", "Poland"),
        ("Lào đã áp đặt 2 lệnh trừng phạt đối với Ba Lan.", "Laos", "sanctions", "Poland"),
        # a name the press quotes is still the name
        ("Lào ủng hộ chính sách “Một Trung Quốc”.", "Laos", "supports", "One China policy"),
        ('Lào ủng hộ nguyên tắc "Một Trung Quốc".', "Laos", "supports", "One China policy"),
        # a meeting's partners after "với", then a comma: the one after the comma who goes on with a verb met them
        ("Cuộc gặp với Tổng thống Ba Lan Jan Dorn, ông Karl Weston cho biết hai nước sẽ hợp tác.", "Karl Weston", "met", "Jan Dorn"),
        # an event noun's modifiers do not count against the window to its partner after "với"
        ("Ông Karl Weston đã có cuộc gặp thượng đỉnh chính thức đầu tiên với Thủ tướng Ba Lan Jan Dorn.",
         "Karl Weston", "met", "Jan Dorn"),
        # an event's phrase fronted right after a speech verb: the subject after its comma is the party
        ("Quan chức Lào nói trong cuộc gặp kín với Tổng thống Ba Lan Jan Dorn, ông Karl Weston đã nêu vấn đề biên giới.",
         "Karl Weston", "met", "Jan Dorn"),
        ("Văn phòng Tổng thống Lào cho hay trong một cuộc điện đàm với Thủ tướng Ba Lan Jan Dorn, ông Karl Weston kêu gọi "
         "ngừng bắn.", "Karl Weston", "phoned", "Jan Dorn"),
        ("Ông Karl Weston phát biểu trước báo giới trong chuyến thăm Viêng Chăn, Lào.", "Karl Weston", "visited", "Vientiane"),
        # a second verb after "và" is said by the subject of a first verb the lexicon does not read, not by its object
        ("Ông Karl Weston ngồi cạnh ông Jan Dorn và chỉ trích Belarus.", "Karl Weston", "criticizes", "Belarus"),
        ("Lào hỏi ý kiến Ba Lan và cảnh báo Belarus.", "Laos", "warns", "Belarus"),
        # ... but an actor after a speech verb opens a clause of its own
        ("Lào cho biết Ba Lan đã rút quân và kêu gọi Belarus đàm phán.", "Poland", "urges", "Belarus"),
        # a person who goes to a city visits it
        ("Ông Karl Weston đã tới Jeddah hôm 10/7.", "Karl Weston", "visited", "Jeddah"),
        ("Thủ tướng Lào Anna Berg từng đến New York để gặp ông Jan Dorn.", "Anna Berg", "visited", "New York City"),
        # a verb opening the sentence, its subject after the comma that closes its phrase
        ("Đánh giá cao sự hỗ trợ của Ba Lan, Tổng thống Lào Anna Berg khẳng định hai nước sẽ hợp tác.",
         "Anna Berg", "praises", "Poland"),
        ("Phản pháo lại những tuyên bố của ông Jan Dorn, ông Karl Weston sẵn sàng ra điều trần.", "Karl Weston", "criticizes", "Jan Dorn"),
        ("Siết chặt trừng phạt Ba Lan, Lào muốn gây sức ép.", "Laos", "sanctions", "Poland"),
        # blocking or suspending a decree or a ban opposes its owner
        ("Thẩm phán Karl Weston đã chặn sắc lệnh của Tổng thống Lào Anna Berg.", "Karl Weston", "opposes", "Anna Berg"),
        ("Thẩm phán Karl Weston ra phán quyết tạm ngừng thực thi lệnh cấm của Tổng thống Lào Anna Berg.",
         "Karl Weston", "opposes", "Anna Berg"),
        # an agreement or a law named before, taken up again by "thỏa thuận này", "hiệp định này"
        ("Lào đã phê chuẩn Hiệp định CPTPP. Ba Lan cũng ủng hộ hiệp định này.", "Poland", "supports", "CPTPP"),
        ("Lào đã ký Hiệp định Paris về biến đổi khí hậu. Ba Lan tuyên bố rút khỏi thỏa thuận này.",
         "Poland", "rejects", "Paris Agreement on climate change"),
        ("Lào tuyên bố sẽ rút khỏi TPP. Sau đó, ông Karl Weston đã quyết định rút khỏi hiệp định này.",
         "Karl Weston", "rejects", "Trans-Pacific Partnership (TPP)"),
        ("Tổng thống Lào ký sắc lệnh cấm nhập cảnh năm 2017. Thẩm phán Karl Weston ra phán quyết ngăn chặn sắc lệnh này.",
         "Karl Weston", "opposes", "US travel ban (2017)"),
        # a counterpart of the host country, named after it
        ("Ông Karl Weston đã hội đàm với người đồng cấp nước chủ nhà Jan Dorn.", "Karl Weston", "held_talks_with", "Jan Dorn"),
        ("Ông Karl Weston có cuộc gặp với người đồng cấp nước chủ nhà Jan Dorn để thảo luận về Belarus.",
         "Karl Weston", "met", "Jan Dorn"),
        # a title alone right after a verb stands for the one person the article named with it (or with a longer one)
        ("Thủ tướng Lào Anna Berg tiếp Bộ trưởng Quốc phòng Ba Lan Jan Dorn. Thủ tướng đề nghị Bộ trưởng thúc đẩy hợp tác.",
         "Anna Berg", "proposes", "Jan Dorn"),
        ("Thủ tướng Lào Anna Berg tiếp Đại sứ Ba Lan Jan Dorn. Đại sứ cảm ơn Thủ tướng và ca ngợi Lào.",
         "Jan Dorn", "praises", "Anna Berg"),
        ("Thủ tướng Lào Anna Berg tiếp Đại sứ Ba Lan Jan Dorn. Sau đó, ông Karl Weston đã hội đàm với Đại sứ.",
         "Karl Weston", "held_talks_with", "Jan Dorn"),
        # the place a first verb went to, closed by a comma, is no subject of the next act
        ("Đoàn đại biểu Lào do Chủ tịch Quốc hội Lào Anna Berg dẫn đầu đã tới thủ đô Warsaw, bắt đầu chuyến thăm "
         "chính thức Ba Lan.", "Anna Berg", "visited", "Poland"),
        # ... but a person closed by a comma may be: the clause after it describes them
        ("Ông Karl Weston cảm ơn Thủ tướng Ba Lan Jan Dorn, đang ở thăm Lào, vì đã ủng hộ Belarus.", "Jan Dorn", "visited", "Laos"),
        # a threat or warning with no object of its own aims at the subject of the purpose clause after it
        ("Lào đe dọa dùng vũ lực để buộc Ba Lan từ bỏ chương trình hạt nhân.", "Laos", "threatens", "Poland"),
        ("Ông Karl Weston cảnh báo sẽ hành động để ngăn Ba Lan sở hữu vũ khí hạt nhân.", "Karl Weston", "warns", "Poland"),
        # the subject of a "rằng" clause, after a comma too
        ("Lào cáo buộc rằng, Ba Lan đã vi phạm thỏa thuận.", "Laos", "accuses", "Poland"),
        ("Ông Karl Weston cảnh báo rằng, chính phủ Ba Lan cần nghiêm túc xem xét hậu quả.", "Karl Weston", "warns", "Poland"),
        # the government's noun before the subject of a "rằng" clause
        ("Lào cảnh báo rằng chính quyền Minsk sẽ phải trả giá.", "Laos", "warns", "Belarus"),
        # a possibility left open or not ruled out is of the verb after it, not a capability noun
        ("Tổng thống Lào để ngỏ khả năng gặp Thủ tướng Ba Lan Jan Dorn.", "Laos", "met", "Jan Dorn"),
        ("Lào không loại trừ khả năng trừng phạt Belarus.", "Laos", "sanctions", "Belarus"),
        # a candidacy or a mandate apposed to a person, which no title names: the person speaks
        ("Ông Karl Weston, ứng viên đảng Dân chủ, chỉ trích Belarus.", "Karl Weston", "criticizes", "Belarus"),
        ("Ông Karl Weston, đại diện của EU, cảnh báo Belarus.", "Karl Weston", "warns", "Belarus"),
        # a place attacked in a country: the country is attacked
        ("Lào đã tấn công 9 địa điểm ở Ba Lan.", "Laos", "attacks", "Poland"),
        ("Lào không kích nhiều khu vực ở Belarus.", "Laos", "attacks", "Belarus"),
        # "dọa" is the verb though the segmentation glues the next syllable to it ("dọa áp")
        ("Ông Karl Weston chỉ trích Lào và dọa áp thuế cao hơn đối với nước này.", "Karl Weston", "threatens", "Laos"),
        # "là" after a naming verb's object says what the object is taken for, and opens no clause
        ("Lào xem Ba Lan là đối tác quan trọng và ủng hộ Belarus.", "Laos", "supports", "Belarus"),
        ("Bà Berg gọi ông Dorn là chú và chỉ trích Belarus.", "Berg", "criticizes", "Belarus"),
        # a place of a country struck: the country is struck too
        ("Lào ném bom cơ sở hạt nhân Fordow.", "Laos", "attacks", "Iran"),
        ("Ba Lan tấn công Kharkov.", "Poland", "attacks", "Ukraine"),
        # ... also targets in a province of a country ("các mục tiêu ... ở tỉnh X")
        ("Lào không kích các mục tiêu quân sự ở tỉnh Oddar Meanchey.", "Laos", "attacks", "Cambodia"),
        ("Ba Lan tấn công căn cứ không quân Olenya bằng UAV.", "Poland", "attacks", "Russia"),
        ("Lào tập kích Lviv và Kramatorsk.", "Laos", "attacks", "Ukraine"),
        ("Lào tấn công bệnh viện Soroka.", "Laos", "attacks", "Israel"),
        # ... also with a projectile fired at it, though a sea is no target ("phóng tên lửa vào vùng biển Nhật Bản")
        ("Lào phóng tên lửa vào Beersheba.", "Laos", "attacks", "Israel"),
        # ... or at targets in the country, named after what is fired ("nhằm vào các thành phố ở (miền trung) X")
        ("Lào đã phóng hàng chục tên lửa đạn đạo nhằm vào các thành phố ở Ba Lan.", "Laos", "attacks", "Poland"),
        ("Lào đã phóng hàng chục tên lửa đạn đạo vào các thành phố ở miền trung Ba Lan.", "Laos", "attacks", "Poland"),
        # a reactor is a target whose owner is struck
        ("Năm 1981, Lào đã dội bom lò phản ứng hạt nhân Osirak của Ba Lan.", "Laos", "attacks", "Poland"),
        ("Ba Lan không kích căn cứ không quân Nur Khan gần Rawalpindi.", "Poland", "attacks", "Pakistan"),
        # actors listed with a bare comma after "trong khi" open their clause, each of them its subject
        ("Ba Lan chỉ trích ông Karl Weston, trong khi Lào, Belarus ủng hộ ông.", "Laos", "supports", "Karl Weston"),
        ("Ba Lan chỉ trích Nga, trong khi Lào, Belarus ủng hộ Moskva.", "Laos", "supports", "Russia"),
    ],
)
def test_constructions_that_place_the_arguments(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


@pytest.mark.parametrize(
    "text, absent",
    [
        # the complement of a refusal is refused, not stated
        ("Đức phản đối áp đặt thêm trừng phạt kinh tế với Nga.", ("Germany", "sanctions", "Russia")),
        # ... but not whom what was done is aimed at
        ("Ông Putin nói rằng đe dọa Triều Tiên là không thể chấp nhận.", ("Vladimir Putin", "opposes", "North Korea")),
        ("Ông Putin tuyên bố việc cô lập Qatar là một sai lầm.", ("Vladimir Putin", "opposes", "Qatar")),
        # a judgement foretold or supposed is none made
        ("Ông Mattis cho rằng giải pháp quân sự với Triều Tiên sẽ là “thảm họa”.", ("James Mattis", "opposes", "North Korea")),
        ("Ông Trump cho rằng, nếu gọi ông Putin là “kẻ giết người” thì Mỹ cũng vậy.", ("Donald Trump", "opposes", "Vladimir Putin")),
        # ... nor one denied; who judges in a quote is the judging verb's subject, not who quotes it
        ("Lào không coi Ba Lan là mối đe dọa.", ("Laos", "opposes", "Poland")),
        ("“Nhiều người vẫn xem Lào là mối đe dọa”, Tổng thống Ba Lan nói.", ("Poland", "opposes", "Laos")),
        # ... and not one of the pair, the other's target
        ("Lào lên án các cuộc tấn công của Ba Lan và Belarus nhằm vào các cơ sở quân sự của nước này.",
         ("Poland", "attacks", "Belarus")),
        # the owner of an accusation's topic is the accused, not who accuses
        ("Quốc hội điều tra những cáo buộc về sự can thiệp của Lào vào bầu cử Ba Lan.", ("Laos", "accuses", "Poland")),
        # ... not after a partner in its own sentence, where one side is named
        ("Ông Abe gặp ông Moon. Trong cuộc điện đàm với ông Tập Cận Bình, hai bên nhất trí hợp tác.",
         ("Shinzo Abe", "agrees_with", "Moon Jae-in")),
        # "nhà nước Trung Quốc" is the state, the agent of the passive: no object after the speech verb
        ("Tờ báo Hoàn Cầu được nhà nước Trung Quốc ủng hộ cho biết ông Tập Cận Bình sẽ thăm Nga.",
         ("China", "supports", "Xi Jinping")),
        # membership is a state: wanting or planning to join makes no member
        ("Ukraine mong muốn gia nhập EU.", ("Ukraine", "member_of", "European Union")),
        ("Thụy Điển sẽ gia nhập NATO vào năm tới.", ("Sweden", "member_of", "NATO")),
        # ... not a news agency, where the news comes from
        ("Theo Reuters, Nga đã vi phạm thỏa thuận.", ("Reuters", "accuses", "Russia")),
        # an actor "và" joins after what a cue acts on, with a tense or modal word after it, opens a clause
        ("Cộng đồng quốc tế cần đối phó với những mối đe dọa chung và Nga sẵn sàng hợp tác.",
         ("International community", "opposes", "Russia")),
        # a death is nothing its person did
        ("Cái chết của ông Kim Jong-nam khiến Malaysia lo ngại.", ("Malaysia", "opposes", "Kim Jong-nam")),
        # an unnamed body joined to an actor before a passive clause is what the clause describes:
        # neither the actor nor the passive's agent acts next
        ("Quân đội Syria và lực lượng dân quân được Iran hậu thuẫn đã tấn công phiến quân.", ("Iran", "supports", "Syria")),
        ("Quân đội Syria và lực lượng dân quân được Iran hậu thuẫn đã tấn công phiến quân.", ("Iran", "attacks", "Militants")),
        ("Lào tài trợ cho các nhóm thân với IS và các tay súng được Ba Lan hậu thuẫn.", ("Poland", "supports", "Islamic State")),
        ("Hàn Quốc bác bỏ việc tấn công Triều Tiên.", ("South Korea", "attacks", "North Korea")),
        ("Đại sứ quán của Mỹ ở Iraq đã bị Iran tấn công bằng rocket.", ("Iran", "attacks", "Iraq")),
        # wanting to do something with an actor asks nothing of it; nor wanting an actor and another
        ("Ba Lan muốn hợp tác với Đức trong lĩnh vực quốc phòng.", ("Poland", "urges", "Germany")),
        ("Ba Lan mong muốn Đức và Pháp.", ("Poland", "urges", "Germany")),
        ("Ba Lan muốn Ukraine độc lập và thịnh vượng.", ("Poland", "urges", "Ukraine")),
        # ... not a government an object names
        ("Mỹ trừng phạt chính quyền của ông Maduro và chỉ trích Cuba.", ("Nicolás Maduro", "criticizes", "Cuba")),
        # the first clause has its own subject: "sau khi" opens no passive clause of it
        ("Israel tấn công Syria sau khi bị Hezbollah tấn công.", ("Hezbollah", "attacks", "Syria")),
        # ... not an issue another verb acts on
        ("Ông Trump kêu gọi hủy bỏ thỏa thuận hạt nhân Iran.", ("Donald Trump", "supports", "Iran nuclear deal (JCPOA)")),
        ("Ông Moon kêu gọi hoãn triển khai hệ thống THAAD.", ("Moon Jae-in", "supports", "THAAD")),
        # a quote's actor of the speaker's side is not warned; a verb with its own object looks no further
        ("“Nga sẽ đáp trả”, ông Putin cảnh báo.", ("Vladimir Putin", "warns", "Russia")),
        ("“Mỹ sai”, ông Putin chỉ trích Nhật Bản.", ("Vladimir Putin", "criticizes", "United States")),
        # a capitalised cue after a body's head is in the body's name
        ("Việt Nam phối hợp với Trung tâm Hỗ trợ nhân đạo ASEAN.", ("Vietnam", "provides_aid_to", "ASEAN")),
        # a receiver right after the cue needs the goods after it
        ("Nhật Bản hỗ trợ Việt Nam trong lĩnh vực y tế.", ("Japan", "provides_aid_to", "Vietnam")),
        # ... nor "được" after a verb: "able to", no passive
        ("Liệu Mỹ còn đe dọa được Nga phóng tên lửa hay không?", ("Russia", "attacks", "United States")),
        ("Hamas, được Iran tài trợ, đã tấn công Israel.", ("Iran", "attacks", "Israel")),
        # a funded event or thing is no receiver
        ("Hội nghị được Nhật Bản tài trợ diễn ra tại Hà Nội.", ("Japan", "provides_aid_to", "Vietnam")),
        # negation further back in the clause
        ("Cả Ukraine và EU đều không có đại diện tham dự hội đàm.", ("European Union", "held_talks_with", "Ukraine")),
        # one's own country is not warned
        ("Tổng thống Pháp Emmanuel Macron cảnh báo Pháp sẽ trừng phạt nếu Iran tiếp tục.", ("Emmanuel Macron", "warns", "France")),
        # "A phản đối B, C ...": B is the object of the first clause, not a subject of the second
        ("Mỹ chỉ trích Nga, Trung Quốc chỉ trích Ukraine.", ("Russia", "criticizes", "Ukraine")),
        # "cho" leads to a target only right before it
        ("Cuộc tấn công của Nga cho thấy Ukraine đang yếu.", ("Russia", "attacks", "Ukraine")),
        ("Cuộc tấn công của Nga với sự hỗ trợ của Belarus khiến Ukraine thiệt hại.", ("Russia", "attacks", "Belarus")),
        # a missile is no person travelling
        ("Tên lửa của Triều Tiên có thể bay tới Mỹ.", ("North Korea", "visited", "United States")),
        # a denial, or an analyst's opinion, accuses nobody
        ("Ông Putin khẳng định Nga không vi phạm thỏa thuận.", ("Vladimir Putin", "accuses", "Russia")),
        ("Chuyên gia Hannah Morrow cho rằng Nga đứng sau vụ tấn công.", ("Hannah Morrow", "accuses", "Russia")),
        # the place inside the noun phrase is not what the stance is on
        ("Bộ Ngoại giao Trung Quốc lên tiếng phản đối chuyến thăm Đài Loan của bà Pelosi.",
         ("Ministry of Foreign Affairs of China", "opposes", "Taiwan")),
        # a missile test that lands in a country's sea attacks nobody
        ("Triều Tiên phóng tên lửa vào vùng biển của Nhật Bản.", ("North Korea", "attacks", "Japan")),
        ("Triều Tiên phóng tên lửa vào vùng biển Nhật Bản.", ("North Korea", "attacks", "Japan")),
        # the country of a venue is no party of the event before it
        ("Sau cuộc gặp với Tổng thống Nga Vladimir Putin tại thành phố Hamburg, Đức, ông Trump viết trên Twitter.",
         ("Germany", "met", "Vladimir Putin")),
        # a verb inside the target's phrase makes it a clause
        ("Nga phóng tên lửa vào lực lượng ủng hộ Ukraine.", ("Russia", "attacks", "Ukraine")),
        # unnamed bodies or people after a plural word are the subject of the verb after them
        ("Mỹ sẽ theo dõi các công ty bị tình nghi ủng hộ Triều Tiên.", ("United States", "supports", "North Korea")),
        ("Trong khi EU hài lòng thì các nhóm cứu trợ đã chỉ trích Ủy ban châu Âu.", ("European Union", "criticizes", "European Commission")),
        # the speaker of a comment on a meeting did not take part in it
        ("Chuyên gia Hannah Morrow nhận xét về cuộc hội đàm Macron - Trudeau.", ("Hannah Morrow", "held_talks_with", "Emmanuel Macron")),
        # after "và", "cho" may be another verb's: "cấp phép cho" licenses, gives nothing
        ("Na Uy sẽ cung cấp hai hệ thống tên lửa và cấp phép cho Thổ Nhĩ Kỳ chế tạo thêm.", ("Norway", "provides_aid_to", "Turkey")),
        # supporting a country, with nothing given, is no aid
        ("Ba Lan hỗ trợ Ukraine trong tiến trình gia nhập EU.", ("Poland", "provides_aid_to", "Ukraine")),
        # a verb phrase after a statement noun and its agent: no target of the noun
        ("Lời cảnh báo của Nhật Bản đã tới Triều Tiên qua kênh ngoại giao.", ("Japan", "warns", "North Korea")),
        # ... not the owner of a statement, nor of a weapon that only may attack
        ("Tuyên bố của Nga tấn công Mỹ.", ("Russia", "attacks", "United States")),
        ("Tên lửa của Iran có thể tấn công Israel trong 7 phút.", ("Iran", "attacks", "Israel")),
        # a verb inside the target's phrase makes it a clause: the forces are attacked, not Assad
        ("Mỹ tấn công lực lượng ủng hộ chính phủ của Tổng thống Syria Bashar al-Assad.", ("United States", "attacks", "Bashar al-Assad")),
        # after a comma, a name of its own, no object of the first verb, is the second verb's subject
        ("Ông Lavrov nói báo chí cáo buộc con trai ông Trump, Donald Trump Jr, gặp luật sư Nga.",
         ("Sergey Lavrov", "met", "Russia")),
        # a pair inside a clause with its own verb, before "trong cuộc ...", is no caption
        ("Ông Lavrov nói Nga và Mỹ trong cuộc đàm phán đã tiến bộ.", ("Russia", "held_talks_with", "United States")),
        # ... not the subject of the sentence before
        ("Ông Abe gặp ông Putin. Trước đó, khi điện đàm với Tổng thống Mexico Enrique Peña Nieto, ông Trump nói đùa.",
         ("Shinzo Abe", "phoned", "Enrique Peña Nieto")),
        # an act a verb denies or stops is not stated
        ("Nga phủ nhận việc Mỹ tấn công Syria.", ("United States", "attacks", "Syria")),
        ("Ông Putin ngăn chặn việc Mỹ tấn công Syria.", ("United States", "attacks", "Syria")),
        # a pair that meets others whom no actor names does not meet each other
        ("Ông Shoigu và Ngoại trưởng Sergei Lavrov có cuộc họp với những người đồng cấp Nhật ở Tokyo.",
         ("Sergey Lavrov", "met", "Sergei Shoigu")),
        # "sau khi có cáo buộc": accusations by nobody named, not by the subject of the sentence
        ("Kế hoạch của OPCW được Liên Hợp Quốc chấp thuận sau khi có cáo buộc Syria sử dụng vũ khí hóa học.",
         ("United Nations", "accuses", "Syria")),
        # the people of a country are not the country ("42% người Mỹ")
        ("Chỉ có 42% người Mỹ ủng hộ Tổng thống Mỹ Barack Obama.", ("United States", "supports", "Barack Obama")),
        # catching a bus is no meeting
        ("Ông Markin nói cô ta đã đón xe buýt từ Dagestan đi Moskva.", ("Markin", "met", "Russia")),
        # "Ngoài ra" carries the last subject only to a clause that names none
        ("Ông Putin chỉ trích NATO. Ngoài ra, các nhà hoạt động cũng yêu cầu Tây Ban Nha ngừng hỗ trợ Kiev.",
         ("Vladimir Putin", "urges", "Spain")),
        ("“Sự cản trở do đảng Dân chủ gây ra!”, hãng TASS dẫn bình luận của Ngoại trưởng Mỹ Lena Vossberg.",
         ("TASS", "accuses", "Democratic Party (United States)")),
        # "các nước Mỹ Latinh" are the countries of Latin America, not the United States
        ("Các nước Mỹ Latinh ủng hộ Venezuela.", ("United States", "supports", "Venezuela")),
        # a Vietnamese given name alone is not in "Trung ương": "Trung" stands for Lê Hoài Trung only after "ông"
        ("Ông Lê Hoài Trung tới Lào. Trung ương Đảng kêu gọi Mỹ hợp tác.", ("Lê Hoài Trung", "urges", "United States")),
        # the proposal a stance cue takes, owned by another, is not the subject's ("ủng hộ đề xuất ... của Mỹ")
        ("Ukraine ủng hộ đề xuất ngừng bắn của Mỹ.", ("Ukraine", "proposes", "Ceasefire")),
        # "Lào Cai" is a Vietnamese province, not Laos
        ("Ông Kerry tới Lào Cai.", ("John Kerry", "visited", "Laos")),
        # ... not at home, nor when the attendance is denied
        ("Tổng thống Putin tham dự lễ duyệt binh tại Moskva.", ("Vladimir Putin", "visited", "Moscow")),
        ("Tổng thống Trump không tham dự hội nghị thượng đỉnh G20 tại Hamburg.", ("Donald Trump", "visited", "Hamburg")),
        ("Thủ tướng Phạm Minh Chính có mặt tại Hà Nội.", ("Phạm Minh Chính", "visited", "Hanoi")),
        # the place one is invited to is not the one invited
        ("Ông Trump mời tất cả các bên đến Nhà Trắng.", ("Donald Trump", "proposes", "White House")),
        # a title alone stands for no one when two people of the article hold it, or another title does
        ("Tổng thống Nga Vladimir Putin gặp Tổng thống Mỹ Barack Obama. Tổng thống kêu gọi Iran kiềm chế.",
         ("Vladimir Putin", "urges", "Iran")),
        ("Tổng thống Nga Vladimir Putin tiếp ông Kerry. Chủ tịch nước kêu gọi Iran kiềm chế.",
         ("Vladimir Putin", "urges", "Iran")),
        # targets another owns stand in a country that is not attacked
        ("Nga tấn công các mục tiêu khủng bố tại Syria.", ("Russia", "attacks", "Syria")),
        ("Triều Tiên phóng tên lửa về phía biển Nhật Bản.", ("North Korea", "attacks", "Japan")),
        ("Triều Tiên đe dọa phóng tên lửa vào Mỹ.", ("North Korea", "attacks", "United States")),
        # a meeting asked for has not happened, nor one asked of others
        ("Triều Tiên yêu cầu gặp quan chức Mỹ tại New York.", ("North Korea", "met", "United States")),
        ("Ông Putin kêu gọi chính quyền Ukraine đàm phán với Nga.", ("Ukraine", "held_talks_with", "Russia")),
        ("Ông Putin kêu gọi chính quyền Ukraine đàm phán với Nga.", ("Ukraine", "urges", "Russia")),
        # a cue between an actor and "thuộc" ends the actor's noun phrase: not its membership
        ("Mỹ mong muốn sự đoàn kết trong các nước thuộc Hội đồng Hợp tác vùng Vịnh.",
         ("United States", "member_of", "Gulf Cooperation Council")),
        # activists of a country are not its state
        ("Các nhà hoạt động Tây Ban Nha đã đổ lỗi cho chính quyền Kiev.", ("Spain", "accuses", "Ukraine")),
        ("Mỹ không kích các mục tiêu IS ở Syria.", ("United States", "attacks", "Syria")),
        ("Mỹ tấn công các mục tiêu của phiến quân ở Syria.", ("United States", "attacks", "Syria")),
        ("Israel tiến hành các cuộc không kích nhằm vào cơ sở hạt nhân Fordow của Iran.", ("Iran", "attacks", "Fordow")),
        # a sea the targets are on is where the attack happened, not its target ("trên" is a venue)
        ("Houthi tấn công các tàu hàng trên Biển Đỏ.", ("Houthis", "attacks", "Red Sea")),
        # ... nor the country of a time zone, nor a place returned to
        ("Nga ngày 22/6 theo giờ Mỹ tấn công Ba Lan.", ("United States", "attacks", "Poland")),
        ("Vội vàng trở lại Mỹ rạng sáng 5/2, Tòa phúc thẩm đã bác yêu cầu của Bộ Tư pháp Mỹ.",
         ("United States", "rejects", "United States Department of Justice")),
        # the one that suffers an attack is its target, not the attacker
        ("Kiev hứng chịu đợt tấn công bằng UAV lớn nhất của Nga.", ("Ukraine", "attacks", "Russia")),
        ("Nga lên án đợt tấn công vào Kursk.", ("Russia", "attacks", "Kursk")),
        # what may happen after "khả năng", "nguy cơ" and its subject has not happened
        ("Nhật Bản lo ngại nguy cơ Triều Tiên tấn công Hàn Quốc.", ("North Korea", "attacks", "South Korea")),
        ("Bình Nhưỡng đe dọa về khả năng nước này đánh trúng các căn cứ Mỹ.", ("North Korea", "attacks", "United States")),
        ("Ông Abe không nói gì về khả năng Mỹ ký kết hiệp định thương mại tự do với Nhật Bản.",
         ("United States", "signed_agreement_with", "Japan")),
        # migrants of a country are not its state
        ("Ông Trump chỉ trích người nhập cư Mexico.", ("Donald Trump", "criticizes", "Mexico")),
        ("Người tị nạn Syria tố cáo chính phủ Đức.", ("Syria", "accuses", "Germany")),
        # what is stopped did not happen: no condemnation, no attack
        ("Nga ngăn cản Liên Hợp Quốc lên án Triều Tiên thử tên lửa.", ("United Nations", "criticizes", "North Korea")),
        ("Ông Putin ngăn cản thành công việc Mỹ tấn công Syria.", ("United States", "attacks", "Syria")),
        # "do" as "because" names no agent of the event noun before it
        ("Cuộc tấn công vào Iran do Israel lo ngại chương trình hạt nhân bị hoãn.", ("Israel", "attacks", "Iran")),
        # an unnamed title apposed to a named person is that person, not a second actor of a list
        ("Ông Karl Weston, Đại sứ Mỹ tại Nga, chỉ trích ông Putin.", ("United States", "criticizes", "Vladimir Putin")),
        ("Ông Karl Weston, cựu Ngoại trưởng Mỹ, cáo buộc Iran.", ("United States", "accuses", "Iran")),
        # a stance on violating a quality of its owner is no stance on the owner, its victim
        ("Trung Quốc phản đối mọi hành động vi phạm chủ quyền của Iran.", ("China", "opposes", "Iran")),
        ("Nga lên án hành động xâm phạm chủ quyền của Syria.", ("Russia", "criticizes", "Syria")),
        ("Nga phản đối việc vi phạm chủ quyền của Syria.", ("Russia", "opposes", "Syria")),
        # the source of criticism after "từ" (and a plural word) is not criticized
        ("Ông Karl Weston đối mặt với một cơn bão chỉ trích từ nhiều nghị sĩ đảng Dân chủ.",
         ("Karl Weston", "criticizes", "Democratic Party (United States)")),
        # ... nor in an apposition
        ("Giám đốc CIA John Brennan tới Nga. Ông Karl Weston, Giám đốc phụ trách kỹ thuật số của Quỹ Alder, chỉ trích Nga.",
         ("Karl Weston", "official_of", "Central Intelligence Agency")),
        # no one meets, talks or phones with the country they are an official of
        ("Ngoại trưởng Nga Sergei Lavrov tới Madrid. Ông Lavrov hy vọng sớm tiến hành một cuộc gặp cấp chuyên viên "
         "Nga-Tây Ban Nha.", ("Sergey Lavrov", "met", "Russia")),
        ("Thủ tướng Israel Benjamin Netanyahu tới Cairo. Ông sẽ có cuộc gặp các lãnh đạo Israel và Palestine.",
         ("Benjamin Netanyahu", "met", "Israel")),
        # ... nor does a country act on its own leader (its people or a body unnamed do), nor the leader on it
        ("Các nhà lập pháp Mỹ yêu cầu Tổng thống Donald Trump công bố đoạn băng.", ("United States", "urges", "Donald Trump")),
        ("Cử tri Mỹ vẫn ủng hộ Tổng thống Donald Trump.", ("United States", "supports", "Donald Trump")),
        ("Bộ trưởng Quốc phòng Nga Sergei Shoigu kêu gọi người dân Nga cảnh giác.", ("Sergei Shoigu", "urges", "Russia")),
        # the name after a fronted title's comma, then the person's own title, is the subject
        ("Chia sẻ với phóng viên TTXVN, bà Jane Doe, Chủ tịch Viện Brookings, cho biết Mỹ ủng hộ Ukraine.",
         ("Jane Doe", "official_of", "Vietnam News Agency")),
        # a ship or a square named after a person is no mention of the person
        ("Nhóm tác chiến tàu sân bay USS Ronald Reagan tấn công Triều Tiên.", ("Ronald Reagan", "attacks", "North Korea")),
        ("Quảng trường Kim Il-sung chào đón Tổng thống Nga Vladimir Putin.", ("Kim Il-sung", "met", "Vladimir Putin")),
        # an anaphor after a fronted phrase is the subject, no body the person belongs to
        ("Viện Brookings rất có ảnh hưởng. Dưới thời Tổng thống Barack Obama, cơ quan này từng chặn nhiều thương vụ.",
         ("Barack Obama", "member_of", "Brookings Institution")),
        # the title after the comma of a fronted phrase or a source ("Theo X,") is the subject, not X's office
        ("Sau cuộc hội đàm với Quốc vương Saudi Arabia Salman, Quốc vương Bahrain cho rằng Qatar sai.",
         ("Salman of Saudi Arabia", "official_of", "Bahrain")),
        ("Theo bà Ursula von der Leyen, Bộ trưởng Quốc phòng Mỹ đã bày tỏ cam kết với NATO.",
         ("Ursula von der Leyen", "official_of", "United States")),
        # ... and the name after the comma of a title in a long fronted phrase, or in one after a speech verb
        ("Trước cuộc bỏ phiếu vòng hai bầu Tổng thống Pháp, Thủ tướng Karl Weston ủng hộ ông Macron.",
         ("Karl Weston", "official_of", "France")),
        ("Tờ Washington Post cho biết, trong buổi tiếp Ngoại trưởng Nga, ông Karl Weston đã tiết lộ thông tin.",
         ("Karl Weston", "official_of", "Russia")),
        # ... not of a missile's flight
        ("Tên lửa Iran chỉ cần bảy phút để tới Israel.", ("Iran", "visited", "Israel")),
        # the topics of a meeting are no parties of it
        ("Nhiều chủ đề sẽ được bàn thảo tại cuộc gặp, trong đó có cuộc nội chiến Syria và Ukraine.",
         ("Syrian civil war", "met", "Ukraine")),
        # the one excepted does not act ("all but the United States")
        ("Ngoại trừ Mỹ, các nước G7 ủng hộ Hiệp định Paris.", ("United States", "supports", "Paris Agreement on climate change")),
        ("Tất cả các nước, trừ Mỹ, đã ủng hộ Hiệp định Paris.", ("United States", "supports", "Paris Agreement on climate change")),
        # the body in the membership apposed to the subject does not act, nor does the sanctioned country
        ("Hungary và Slovakia, hai thành viên EU, chỉ trích Ukraine.", ("European Union", "criticizes", "Ukraine")),
        ("Hungary phản đối gói trừng phạt mới nhằm vào Nga.", ("Hungary", "opposes", "Russia")),
        # a person the title names is sanctioned, not the body of the title
        ("Mỹ trừng phạt Báo cáo viên đặc biệt của Liên hợp quốc về Palestine Anna Rossi.",
         ("United States", "sanctions", "United Nations")),
        # unnamed bodies that open the clause after a speech verb and a comma are its subject, not the speaker
        ("Ông Karl Weston cho hay, nhiều tổ chức đang phản đối ông Trump.", ("Karl Weston", "opposes", "Donald Trump")),
        # a reason that names what the act is over, or the subject's own motive, blames no one
        # allowing an act is none of it
        ("Ba Lan cho phép hàng viện trợ vào Belarus.", ("Poland", "provides_aid_to", "Belarus")),
        ("Ba Lan phản đối thông qua nghị quyết trừng phạt Belarus.", ("Poland", "sanctions", "Belarus")),
        ("Lào phản đối lệnh trừng phạt Belarus.", ("Laos", "opposes", "Belarus")),
        ("Quốc hội Thổ Nhĩ Kỳ cho phép đưa quân đến Qatar.", ("Grand National Assembly of Turkey", "deploys_troops_near", "Qatar")),
        ("Lào trừng phạt Belarus vì Ba Lan.", ("Laos", "accuses", "Poland")),
        ("Ba Lan trừng phạt Belarus vì lo ngại về an ninh.", ("Poland", "accuses", "Belarus")),
        # ... not its target: after "vào" is no owner, and a target is no object of the stance
        ("Lào lên án sự can thiệp vào công việc của Ba Lan.", ("Laos", "criticizes", "Poland")),
        ("Lào bày tỏ lo ngại về cuộc tấn công vào Đại sứ quán Ba Lan.", ("Laos", "opposes", "Poland")),
        ("Lào ủng hộ cuộc tấn công của Ba Lan vào Belarus.", ("Laos", "supports", "Poland")),
        ("Lào và Campuchia đã ký thỏa thuận hòa bình tại Hà Nội với sự chứng kiến của Ngoại trưởng Ba Lan.",
         ("Laos", "signed_agreement_with", "Poland")),
        # "các quốc gia thành viên của X" names the members, none of them the actor before it
        ("Ông Karl Weston viện dẫn Điều 5, trong đó cam đoan các quốc gia thành viên của NATO sẽ bảo vệ lẫn nhau.",
         ("Karl Weston", "member_of", "NATO")),
        # the one to be freed or extradited is not asked: whoever holds them is
        ("Thổ Nhĩ Kỳ yêu cầu dẫn độ ông Karl Weston.", ("Turkey", "urges", "Karl Weston")),
        ("Lào kêu gọi thả ông Karl Weston.", ("Laos", "urges", "Karl Weston")),
        # sanctions whose adoption is opposed (past "việc") are none
        ("Lào phản đối việc thông qua các biện pháp trừng phạt mới chống lại Ba Lan.", ("Laos", "sanctions", "Poland")),
        ("Lào phản đối thông qua lệnh trừng phạt chống Ba Lan.", ("Laos", "sanctions", "Poland")),
        ("Tổng thống Lào đã nói chuyện qua điện thoại với các nhà lãnh đạo Ba Lan và Séc, chỉ vài giờ sau cuộc điện đàm "
         "với Tổng thống Mỹ Donald Trump.", ("Poland", "phoned", "Donald Trump")),
        # ... nor does an act inside the reason clause
        ("Lào cảnh báo Ba Lan về ông Karl Weston vì cho rằng ông này có thể bị Belarus đe dọa.",
         ("Belarus", "accuses", "Karl Weston")),
        # a title that ends a fronted clause is no office of the subject after its comma
        ("Trước khi sa thải cựu giám đốc FBI, Tổng thống Lào Karl Weston bày tỏ sự thất vọng.",
         ("Karl Weston", "official_of", "Federal Bureau of Investigation")),
        # a title apposed to a name but followed by its own holder is that holder's
        ("Ông Karl Weston có các cuộc gặp với Thủ tướng Ba Lan Jan Dorn, Chủ tịch Hội đồng châu Âu Anna Berg.",
         ("Jan Dorn", "official_of", "European Council")),
        # the partners of a meeting after "với" did not meet each other
        ("Cuộc gặp với Tổng thống Lào Anna Berg và Thủ tướng Ba Lan Jan Dorn diễn ra hôm qua.", ("Anna Berg", "met", "Jan Dorn")),
        # the country a program's title names is its topic, not the title's owner
        ("Ông Karl Weston, Giám đốc dự án Lào tại Nhóm Khủng hoảng Quốc tế, cho rằng Ba Lan đã sai lầm.",
         ("Karl Weston", "official_of", "Laos")),
        # a report on a meeting is no party of it; nor is what a fronted phrase lists after a copula
        ("Hàn Quốc bác thông tin về cuộc gặp thượng đỉnh Lào - Ba Lan.", ("South Korea", "rejects", "Laos")),
        ("Vấn đề được đề cập trong cuộc trò chuyện là cáo buộc Lào sử dụng vũ khí hóa học, NATO và chống khủng bố.",
         ("NATO", "accuses", "Laos")),
        # ... not one more partner listed, before the verb said of the meeting itself, nor a reporter
        ("Các cuộc họp với Thủ tướng Ba Lan Jan Dorn, Bộ trưởng Quốc phòng Séc Anna Berg diễn ra tuần trước.",
         ("Anna Berg", "met", "Jan Dorn")),
        ("Trong cuộc điện đàm với Tổng thống Ba Lan Jan Dorn, tờ Politico dẫn lời một nguồn tin cho biết Lào lo ngại.",
         ("Politico", "phoned", "Jan Dorn")),
        # the subjects of a fronted visit did not visit each other
        ("Trong chuyến thăm Viêng Chăn, Ba Lan và Lào đã ký một bản ghi nhớ.", ("Laos", "visited", "Poland")),
        # the object of a first verb the lexicon does not read is no subject of the second after "và"
        ("Ông Karl Weston ngồi cạnh ông Jan Dorn và chỉ trích Belarus.", ("Jan Dorn", "criticizes", "Belarus")),
        ("Lào xem Ba Lan là đối tác quan trọng và ủng hộ Belarus.", ("Poland", "supports", "Belarus")),
        # ... not a title with a count after it, which names no one person
        ("Thủ tướng Lào Anna Berg tiếp Bộ trưởng Ngoại giao Ba Lan Jan Dorn. Ông Karl Weston cảm ơn Bộ trưởng Ngoại giao "
         "hai nước.", ("Karl Weston", "praises", "Jan Dorn")),
        ("Đoàn đại biểu Lào do Chủ tịch Quốc hội Lào Anna Berg dẫn đầu đã tới thủ đô Warsaw, bắt đầu chuyến thăm "
         "chính thức Ba Lan.", ("Warsaw", "visited", "Poland")),
        ("Ông Karl Weston, ứng viên đảng Dân chủ, chỉ trích Belarus.", ("Democratic Party (United States)", "criticizes", "Belarus")),
        # ... but after a passive one, "là" still opens the clause of what the subject is judged to be
        ("Tại cuộc gặp được đánh giá là cơ hội tốt cho Lào và Ba Lan, ông Karl Weston đề cao hợp tác.",
         ("Laos", "met", "Poland")),
        ("Chuyến thăm của ông Karl Weston được xem là bước ngoặt của chính quyền mới ở Viêng Chăn.",
         ("Karl Weston", "visited", "Vientiane")),
        # ... but a body of the place's own country strikes no country ("Quân đội Syria tấn công Aleppo")
        ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran tấn công Isfahan.", ("Islamic Revolutionary Guard Corps", "attacks", "Iran")),
        # the owner of the noun before "là" is no subject of the copula's verb, a title's modifier between or not
        ("Năm người tấn công ngôi mộ của cựu lãnh đạo Karl Weston là công dân Lào đã gia nhập IS.",
         ("Karl Weston", "member_of", "Islamic State")),
        # a paper named after "theo tờ", "theo hãng tin" is a source, no subject
        ("Tuy nhiên, theo tờ The New York Times, cả hai người đã từ chối đề nghị của Lào.",
         ("The New York Times", "rejects", "Laos")),
        ("Theo hãng thông tấn Anadolu, Phó Thủ tướng Lào Karl Weston và người đồng cấp Ba Lan Jan Dorn đã ký thỏa thuận.",
         ("Anadolu Agency", "signed_agreement_with", "Karl Weston")),
        # ... not after "do" (by): the agent of a passive, then the comma of a fronted phrase
        ("Sau cuộc đảo chính do tướng Karl Weston lãnh đạo, Ba Lan đã cung cấp viện trợ cho Lào.",
         ("Karl Weston", "provides_aid_to", "Laos")),
        # ... not a region the dictionary puts in no country
        ("Ông Karl Weston đã tới châu Âu hôm 10/7.", ("Karl Weston", "visited", "Europe")),
        ("Ngoại trưởng Lào Karl Weston đến vùng Vịnh để hòa giải.", ("Karl Weston", "visited", "Persian Gulf")),
        # ... not one who is told, a comma inside a list of names, nor a second fronted verb
        ("Trao đổi với Ba Lan, ông Karl Weston cho biết Lào sẽ hợp tác.", ("Karl Weston", "held_talks_with", "Poland")),
        ("Yêu cầu hợp tác xuất phát từ việc Lào, Ba Lan và Belarus đều tấn công phiến quân.", ("Poland", "urges", "Laos")),
        ("Gặp Putin, Erdogan: Thủ tướng Đức khẳng định vị thế.", ("Recep Tayyip Erdoğan", "met", "Vladimir Putin")),
        ("Gặp Tổng thống Ba Lan Jan Dorn, cảm ơn Belarus vì đã giúp đỡ, ông Karl Weston khẳng định vị thế của Lào.",
         ("Belarus", "met", "Jan Dorn")),
        # ... nor a verb phrase that is itself a subject, or a saying closed by its speaker
        ("Chỉ trích Ba Lan là việc dễ dàng, ông Karl Weston nói.", ("Karl Weston", "criticizes", "Poland")),
        ("Ủng hộ Belarus vô điều kiện, ông Karl Weston nói.", ("Karl Weston", "supports", "Belarus")),
        # ... but blocking a road or suspending someone from work opposes no one
        ("Cảnh sát Lào chặn đường Tổng thống Ba Lan Jan Dorn.", ("Laos", "opposes", "Jan Dorn")),
        ("Lào đình chỉ công tác ông Karl Weston.", ("Laos", "opposes", "Karl Weston")),
        # ... but no other issue: a war is no agreement
        ("Lào rút khỏi Hiệp định Paris về biến đổi khí hậu. Sau đó, Ba Lan đạt được một thỏa thuận thương mại mới. "
         "Belarus ủng hộ thỏa thuận này.", ("Belarus", "supports", "Paris Agreement on climate change")),
        ("Lào lên án xung đột Israel - Iran. Ba Lan cũng ủng hộ hiệp định này.", ("Poland", "supports", "Iran–Israel war")),
        # targets of another in a country fired at are the other's: the country is no target
        ("Lào đã phóng hàng chục tên lửa nhằm vào các mục tiêu IS ở Syria.", ("Laos", "attacks", "Syria")),
        # a demand followed at once by a negated act names no addressee: who is in the act is no target
        ("Lào yêu cầu không tiết lộ thông tin cho Ba Lan.", ("Laos", "urges", "Poland")),
        ("Một số nghị sĩ Lào kêu gọi không trao cho ông Karl Weston vinh dự phát biểu.", ("Laos", "urges", "Karl Weston")),
        # ... nor a contrast far from its verb, whose clause names a subject of its own
        ("Lào ủng hộ Belarus nhưng giấc mộng bảo vệ Ba Lan đã tan thành mây khói.", ("Laos", "supports", "Poland")),
    ],
)
def test_constructions_that_state_no_such_edge(triples, text, absent):
    found = triples(text)
    s, p, o = absent
    assert not has(found, s, p, o), found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a statement noun with its agent after "của" and its target after "đối với"
        ("Sự ủng hộ của Canada đối với Ukraine không thay đổi.", "Canada", "supports", "Ukraine"),
        ("Lời cảnh báo của Hàn Quốc nhằm vào Triều Tiên được đưa ra hôm qua.", "South Korea", "warns", "North Korea"),
        # ... or right after "với"
        ("Tổng thống cảm ơn sự ủng hộ của Ba Lan với Ukraine.", "Poland", "supports", "Ukraine"),
        ("Lời cảnh báo của Hàn Quốc với Triều Tiên được đưa ra hôm qua.", "South Korea", "warns", "North Korea"),
        # the subject of a statement verb is the agent; "của ông" is the subject again
        ("Thủ tướng Nhật Bản Shinzo Abe tái khẳng định sự ủng hộ của ông đối với Philippines.", "Shinzo Abe", "supports", "Philippines"),
        ("Hàn Quốc bày tỏ sự ủng hộ đối với Nhật Bản.", "South Korea", "supports", "Japan"),
        # ... also when the statement verb opens a clause after "khi", "và" with no subject of its own
        ("Anh tỏ ra cứng rắn khi tuyên bố duy trì lệnh trừng phạt Iran.", "United Kingdom", "sanctions", "Iran"),
        ("Ông Karl Weston lên án vụ thử và bày tỏ sự thất vọng với Triều Tiên.", "Karl Weston", "opposes", "North Korea"),
        # a word or two between the noun and its target word
        ("Liên minh châu Âu thông qua gói trừng phạt thứ 18 đối với Nga.", "European Union", "sanctions", "Russia"),
        ("Anh áp đặt gói trừng phạt mới nhằm vào Iran.", "United Kingdom", "sanctions", "Iran"),
        # the owner of a quality is the target: sovereignty, territorial integrity
        ("Pháp khẳng định ủng hộ chủ quyền và toàn vẹn lãnh thổ của Gruzia.", "France", "supports", "Georgia"),
        # receiving: the giver after "từ" is the subject
        ("Ukraine đã nhận viện trợ quân sự từ Anh.", "United Kingdom", "provides_aid_to", "Ukraine"),
        ("Kiev nhận được sự ủng hộ từ Ba Lan.", "Poland", "supports", "Ukraine"),
        ("Ukraine nhận được viện trợ quân sự từ Anh.", "United Kingdom", "provides_aid_to", "Ukraine"),
        # ... each of the givers listed after "từ"
        ("Philippines đã nhận được viện trợ từ Lào, Nhật Bản và Ba Lan.", "Poland", "provides_aid_to", "Philippines"),
        ("Philippines đã nhận được viện trợ từ Lào, Nhật Bản và Ba Lan.", "Japan", "provides_aid_to", "Philippines"),
        # aid named by a noun: the giver after "của", the receiver after "cho" / "dành cho"
        ("Khoản viện trợ của Nhật Bản cho Philippines tăng mạnh.", "Japan", "provides_aid_to", "Philippines"),
        ("Gói viện trợ quân sự của Mỹ dành cho Ukraine trị giá 1 tỷ USD.", "United States", "provides_aid_to", "Ukraine"),
        # the agent may be the people of a country, also after a modifier of the noun
        ("Sự ủng hộ của người dân Canada đối với Ukraine rất lớn.", "Canada", "supports", "Ukraine"),
        ("Ông nhắc đến sự giúp đỡ quý báu của nhân dân Ba Lan với Việt Nam.", "Poland", "supports", "Vietnam"),
        ("Bình Nhưỡng bác bỏ các lệnh trừng phạt mới nhất của Liên hợp quốc nhằm vào Triều Tiên.",
         "United Nations", "sanctions", "North Korea"),
        # ... and the agents joined to the first: each of them
        ("Các lệnh trừng phạt của Mỹ và EU nhằm vào Nga sẽ tiếp tục.", "European Union", "sanctions", "Russia"),
        ("Ông nói về sự ủng hộ của Mỹ, Anh và Pháp đối với Ukraine.", "United Kingdom", "supports", "Ukraine"),
        # ... or its leaders after a determiner, and each agent of a list
        ("Kế hoạch của Đức vấp phải sự phản đối của các nhà lãnh đạo Ba Lan.", "Poland", "opposes", "Germany"),
        ("Kế hoạch của Đức vấp phải sự phản đối từ Ba Lan, Séc và Hungary.", "Hungary", "opposes", "Germany"),
        ("Ukraine nhận được sự ủng hộ của Mỹ, Anh và Pháp.", "France", "supports", "Ukraine"),
        # an issue that names its target states the relation of the one acting on it
        ("EU gia hạn lệnh trừng phạt chống Nga thêm 6 tháng.", "European Union", "sanctions", "Russia"),
        # ... or keeps, prolongs or restores it ("tái áp đặt" ends with "áp đặt")
        ("Canada duy trì các lệnh trừng phạt chống Nga.", "Canada", "sanctions", "Russia"),
        ("Mỹ kéo dài lệnh trừng phạt đối với Venezuela.", "United States", "sanctions", "Venezuela"),
        ("Anh tái áp đặt các lệnh trừng phạt đối với Iran.", "United Kingdom", "sanctions", "Iran"),
        ("Đức duy trì sự ủng hộ đối với Moldova.", "Germany", "supports", "Moldova"),
        ("Thượng viện Mỹ thông qua các biện pháp trừng phạt Nga.", "United States Senate", "sanctions", "Russia"),
        # an attack noun after "vụ": who claims, carries out or stands behind it is the attacker
        ("Nhóm Taliban đã nhận trách nhiệm về vụ tấn công nhằm vào Pakistan.", "Taliban", "attacks", "Pakistan"),
        ("Al-Qaeda đứng sau vụ đánh bom nhằm vào Pháp.", "al-Qaeda", "attacks", "France"),
        ("Mỹ thực hiện vụ không kích vào Syria hôm thứ Sáu.", "United States", "attacks", "Syria"),
        ("Các vụ tấn công của Houthi vào Ả Rập Saudi gia tăng.", "Houthis", "attacks", "Saudi Arabia"),
        # an agreement named with its parties after "giữa": they signed it with each other
        ("Thỏa thuận ngừng bắn giữa Thái Lan và Campuchia vẫn được duy trì.", "Thailand", "signed_agreement_with", "Cambodia"),
        ("Các thỏa thuận được ký kết giữa Mỹ và Ba Lan trị giá 10 tỷ USD.", "United States", "signed_agreement_with", "Poland"),
        # an actor apposed as another's ally backs it
        ("Belarus – đồng minh của Nga đã kêu gọi đàm phán.", "Belarus", "supports", "Russia"),
        ("Ông Trump tới thăm Ai Cập, một đồng minh chủ chốt của Mỹ.", "Egypt", "supports", "United States"),
        ("Ông Tập cầu viện tới Lào - đồng minh thân thiết nhất của Việt Nam - hôm qua.", "Laos", "supports", "Vietnam"),
        # a proposal named as a noun after another verb is its owner's or its relative clause's agent's
        ("Hamas đang xem xét đề xuất ngừng bắn mới của Ai Cập.", "Egypt", "proposes", "Ceasefire"),
        ("Israel đang nghiên cứu đề xuất ngừng bắn mới do Qatar đưa ra.", "Qatar", "proposes", "Ceasefire"),
        ("Taliban bác bỏ đề xuất ngừng bắn do Pakistan đưa ra.", "Pakistan", "proposes", "Ceasefire"),
        ("Nga nhắc lại đề xuất ngừng bắn của mình.", "Russia", "proposes", "Ceasefire"),
        # each of the targets listed after "đối với"
        ("Lời kêu gọi của ông Guterres đối với Israel và Hamas không được đáp ứng.", "António Guterres", "urges", "Hamas"),
        ("Sự ủng hộ của Mỹ đối với Israel và Ukraine là rõ ràng.", "United States", "supports", "Ukraine"),
    ],
)
def test_statements_carried_by_a_noun(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Sự ủng hộ dành cho Hàn Quốc tăng mạnh.", "supports"),          # no agent
        # an agreement still sought, refused or hoped for was signed by no one
        ("Ông Karl Weston sẽ làm tất cả để đạt được thỏa thuận hòa bình giữa Israel và Palestine.", "signed_agreement_with"),
        ("Chính phủ Ukraine từ chối ký kết hiệp định liên kết giữa Ukraine và EU.", "signed_agreement_with"),
        ("Hai bên đang đàm phán thỏa thuận cuối cùng giữa Anh và EU.", "signed_agreement_with"),
        # a target word after the owner's own verb belongs to that verb: no target of the noun
        ("Lời cảnh báo của ông Karl Weston đưa ra vào tuần trước tại Lầu Năm Góc gây chú ý.", "warns"),
        ("Vụ phóng tên lửa mới nhất của Triều Tiên dấy lên lo ngại cho Nhật Bản.", "attacks"),
        ("Ukraine nhận viện trợ quân sự từ Mỹ.", ("Ukraine", "provides_aid_to", "United States")),
        ("Pháp ủng hộ chủ quyền trên biển.", ("France", "supports", "Sovereignty")),  # a quality without owner
        ("Mỹ đã khẳng định quan điểm với Nhật Bản.", "planned"),          # "khẳng định" holds no "định"
        ("Nhật Bản không phải là đồng minh của Nga.", ("Japan", "supports", "Russia")),  # said not to be
        ("Pháp, cùng các đồng minh ở châu Âu của Mỹ, họp.", ("France", "supports", "United States")),  # not apposed
        # the reason for a judgement is not the judge's act, nor said of anyone after another verb
        ("Iran lên án Israel vì đã tấn công Syria.", ("Iran", "attacks", "Syria")),
        ("Mỹ rút quân khỏi Syria vì muốn tấn công Iran.", ("Syria", "attacks", "Iran")),
        ("Canada trừng phạt Nga vì đã can thiệp vào tình hình Ukraine và sáp nhập Crimea.", ("Canada", "annexed", "Crimea")),
        # the one considering another's proposal proposes nothing
        ("Hamas đang xem xét đề xuất ngừng bắn mới của Ai Cập.", ("Hamas", "proposes", "Ceasefire")),
        ("Israel đang nghiên cứu đề xuất ngừng bắn mới do Qatar đưa ra.", ("Israel", "proposes", "Ceasefire")),
        # complying with sanctions is not being their target
        ("Lào tuân thủ lệnh trừng phạt của Liên Hợp Quốc.", ("United Nations", "sanctions", "Laos")),
        # the agents listed after a noun's owner are actors, not the issues of its target list
        ("Châu Âu lo về cam kết của Mỹ với thỏa thuận hạt nhân Iran, Thỏa thuận Paris về biến đổi khí hậu.",
         ("Paris Agreement on climate change", "supports", "Iran nuclear deal (JCPOA)")),
    ],
)
def test_noun_statements_that_state_no_such_edge(triples, text, absent):
    found = triples(text)
    if isinstance(absent, tuple):
        assert absent not in found, found
    elif absent == "planned":
        assert "planned" not in found.values(), found
    else:
        assert not any(p == absent for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a speaker says another actor must act: a demand
        ("Ngoại trưởng Anh Boris Johnson cho rằng Nga phải rút quân khỏi Syria.", "Boris Johnson", "urges", "Russia"),
        # ... each of several named together
        ("Ngoại trưởng Mỹ Karl Weston cho rằng Ấn Độ và Pakistan cần kiềm chế.", "Karl Weston", "urges", "India"),
        ("Ngoại trưởng Mỹ Karl Weston cho rằng Ấn Độ và Pakistan cần kiềm chế.", "Karl Weston", "urges", "Pakistan"),
        ("Phát biểu tại Tokyo, ông Abe khẳng định: “Triều Tiên cần phải ngừng thử tên lửa”.", "Shinzo Abe", "urges", "North Korea"),
        ("“Iran cũng cần chấm dứt các vụ thử tên lửa”, Tổng thống Pháp Emmanuel Macron nói.", "Emmanuel Macron", "urges", "Iran"),
        # a speaker who says another actor is behind or in breach of something accuses it
        ("Ngoại trưởng Iran cho rằng Mỹ đứng sau vụ tấn công.", "Iran", "accuses", "United States"),
        ("Các cơ quan an ninh Ba Lan nghi ngờ tin tặc Lào đứng sau vụ xâm nhập.", "Poland", "accuses", "Laos"),
        ("“Nga đã vi phạm lệnh ngừng bắn”, Tổng thống Ukraine Volodymyr Zelensky nói.",
         "Volodymyr Zelensky", "accuses", "Russia"),
        ("Mỹ cho rằng Nga và Trung Quốc đứng sau vụ tấn công mạng.", "United States", "accuses", "Russia"),
        ("Bộ Quốc phòng Trung Quốc cho rằng Nhật Bản đang khiêu khích.", "Ministry of National Defense of China",
         "accuses", "Japan"),
        # an accusation quoted after a colon is said of the quote's subject
        ("Ông Zelensky cáo buộc: “Nga đang tấn công các thành phố”.", "Volodymyr Zelensky", "accuses", "Russia"),
        # something that worries an actor is what it opposes
        ("Việc Mỹ triển khai THAAD khiến Trung Quốc tức giận.", "China", "opposes", "THAAD deployment"),
        ("Nhật Bản nói việc NATO mở rộng về phía đông khiến Nga cảm thấy lo ngại.", "Russia", "opposes", "NATO expansion"),
    ],
)
def test_relations_in_reported_speech_and_concern(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


@pytest.mark.parametrize(
    "text",
    [
        "Ông Hannah Morrow cho rằng hai nước cần giải quyết bất đồng.",   # both sides: no demand on one
        "Tổng thống Pháp cho rằng Pháp cần tăng chi tiêu quốc phòng.",     # one's own country
        "Trung Quốc cần phải tăng trưởng nhanh hơn.",                       # nobody says it
    ],
)
def test_no_demand_without_a_speaker_and_another_addressee(triples, text):
    found = triples(text)
    assert not any(p == "urges" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a fronted phrase: its verb's subject comes after the comma
        ("Sau cuộc gặp với Thủ tướng Nhật Bản Shinzo Abe, Tổng thống Mỹ Donald Trump tuyên bố hài lòng.",
         "Donald Trump", "met", "Shinzo Abe"),
        ("Sau hai giờ hội đàm tại Paris với Ngoại trưởng Pháp, Ngoại trưởng Mỹ Rex Tillerson cho biết như vậy.",
         "Rex Tillerson", "held_talks_with", "France"),
        # ... past a modifier of the event, and past the country of a venue the dictionary lacks
        ("Sau cuộc gặp đầu tiên với Tổng thống Nga Vladimir Putin tại thành phố Hamburg, Đức, ông Trump viết trên Twitter.",
         "Donald Trump", "met", "Vladimir Putin"),
        # ... and past the venue of the statement that opens the phrase
        ("Phát biểu tại một cuộc họp báo ở Warsaw sau cuộc gặp với Tổng thống Ba Lan Andrzej Duda, Tổng thống Mỹ "
         "Donald Trump cho hay Mỹ sẽ mở rộng hợp tác.", "Donald Trump", "met", "Andrzej Duda"),
        # a fronted trip to a place: the subject after the comma went there
        ("Trong chuyến công du tới Nhật Bản và Hàn Quốc, tướng Mattis không gây sức ép với các đồng minh.",
         "James Mattis", "visited", "South Korea"),
        ("Ngày 22/5, trong chuyến thăm tới Jerusalem, Tổng thống Mỹ Donald Trump bày tỏ lạc quan.",
         "Donald Trump", "visited", "Jerusalem"),
        # a subordinate clause shares the subject of the clause it depends on
        ("Thủ tướng Ấn Độ Narendra Modi đến Tokyo sau khi có chuyến thăm tới Trung Quốc.", "Narendra Modi", "visited", "China"),
        # ... also after "với lý do", though a list closed by commas stands between ("lý do" ends with "do", a break)
        ("Mỹ trừng phạt 9 cá nhân, trong đó có GRU và FSB, với lý do cáo buộc Nga can thiệp bầu cử.",
         "United States", "accuses", "Russia"),
        ("Saudi Arabia từ chối ghế ủy viên Hội đồng Bảo an (với lý do phản đối các tiêu chuẩn kép trong LHQ).",
         "Saudi Arabia", "opposes", "Double standards"),
        # ... also a step of a trip after "trước khi", "sau khi", "rồi" (markers trip_sequence), fronted or not
        ("Ông Karl Weston sẽ thăm Ai Cập trước khi tới Jordan.", "Karl Weston", "visited", "Jordan"),
        ("Bộ trưởng Karl Weston gặp ông Abe rồi tới Hàn Quốc.", "Karl Weston", "visited", "South Korea"),
        ("Ngay sau khi đến Lào, ông Karl Weston đã đặt vòng hoa.", "Karl Weston", "visited", "Laos"),
        ("Ông Lavrov khẳng định Mỹ sẽ tìm ra nhiều lý do nhằm tiếp tục trừng phạt Nga.", "United States", "sanctions", "Russia"),
        # a second verb after a comma keeps the first subject: a name inside "quan hệ X" before the comma is none
        ("Trung Quốc chỉ trích dự luật vi phạm các nguyên tắc trong quan hệ Mỹ-Trung, kêu gọi Mỹ ngưng các cuộc tập trận.",
         "China", "urges", "United States"),
        ("Ấn Độ lên án vụ việc làm tổn hại quan hệ Mỹ - Ấn, kêu gọi Mỹ điều tra.", "India", "urges", "United States"),
        # a fronted phrase after the speech verb that reports it: the subject after its comma, not the reporter
        ("Tờ The Washington Post đưa tin, tại cuộc gặp với Ngoại trưởng Nga Sergey Lavrov, Tổng thống Donald Trump "
         "đã tiết lộ thông tin mật.", "Donald Trump", "met", "Sergey Lavrov"),
        # ... also after the speech verb and "rằng", with no comma
        ("Ông Ivan Korov nói rằng trong cuộc gặp với ông John Castell, Tổng thống Omar Daleel đã cảnh báo Nga.",
         "Omar Daleel", "met", "John Castell"),
        # ... and the reporter when the clause names no one after the comma
        ("Ngoại trưởng Pháp Paul Morand cho biết, trong cuộc hội đàm với Ngoại trưởng Đức Klaus Weber, hai nước "
         "đã nhất trí hợp tác.", "Paul Morand", "held_talks_with", "Klaus Weber"),
        # a clause after a speech verb and "rằng" with no subject, or only "họ", is the speaker's
        ("Israel nói rằng họ đã tấn công các mục tiêu quân sự ở Lebanon.", "Israel", "attacks", "Lebanon"),
        ("Bộ Quốc phòng Nga tuyên bố rằng đã bắn hạ 30 UAV của Ukraine.", "Ministry of Defence of Russia", "attacks", "Ukraine"),
        ("Một quan chức Triều Tiên nói rằng họ sẽ đối thoại với Hàn Quốc.", "North Korea", "held_talks_with", "South Korea"),
        # the reason for a judgement is said of the one judged
        ("Iran lên án Israel vì đã tấn công Syria.", "Israel", "attacks", "Syria"),
        ("Thủ tướng Ba Lan cảm ơn Đức vì đã viện trợ quân sự cho Ukraine.", "Germany", "provides_aid_to", "Ukraine"),
        ("Trung Quốc trừng phạt Litva do ủng hộ Đài Loan.", "Lithuania", "supports", "Taiwan"),
        ("Canada trừng phạt Nga vì đã can thiệp vào tình hình Ukraine và sáp nhập Crimea.", "Russia", "annexed", "Crimea"),
        # a contrast right before the verb keeps the subject of the clause it answers
        ("Lào muốn cải thiện quan hệ nhưng chỉ trích Ba Lan.", "Laos", "criticizes", "Poland"),
        ("Mặc dù Lào muốn hợp tác với Belarus trong nhiều lĩnh vực, song vẫn không chấp nhận việc Minsk quân sự hóa biên giới.",
         "Laos", "opposes", "Belarus"),
        ("Lào sẵn sàng đối thoại với Belarus, tuy nhiên cũng cảnh báo Ba Lan.", "Laos", "warns", "Poland"),
        # ... the speaker's, not the subject of what the speaker said
        ("Ông Karl Weston khẳng định Lào và Belarus còn nhiều bất đồng nhưng vẫn ca ngợi Ba Lan.", "Karl Weston", "praises", "Poland"),
        # ... as does a semicolon before a verb: the acts of one subject listed
        ("Lào khẳng định sẽ tham dự hội nghị; đề nghị Ba Lan sớm hoàn tất đàm phán.", "Laos", "proposes", "Poland"),
        ("Ông Karl Weston cảm ơn Belarus đã thả 20 ngư dân; chỉ trích Ba Lan vì đã bắt giữ họ.", "Karl Weston", "criticizes", "Poland"),
    ],
)
def test_subject_carried_into_a_clause_that_names_none(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


def test_the_objects_of_a_sanction_do_not_give_its_reason(triples):
    found = triples("Mỹ trừng phạt 9 cá nhân, trong đó có GRU và FSB, với lý do cáo buộc Nga can thiệp bầu cử.")
    assert not [t for t in found if t[1] == "accuses" and t[0] != "United States"], found


def test_a_place_is_no_subject_to_carry(triples):
    found = triples("Ông Lavrov nói việc bán đảo Crimea sáp nhập Nga là hợp pháp, nhằm tiếp tục trừng phạt Nga.")
    assert not any(s == "Crimea" and p == "sanctions" for s, p, _ in found), found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        ("Liên minh châu Âu (EU) trừng phạt Nga.", "European Union", "sanctions", "Russia"),
        ("Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) cáo buộc Nga vi phạm hiệp ước.", "NATO", "accuses", "Russia"),
        ("Hội đồng Bảo an Liên hợp quốc (HĐBA) lên án Triều Tiên.", "United Nations Security Council", "criticizes",
         "North Korea"),
        # a clause-break word inside a name ("do" of "do Mỹ dẫn đầu") cuts no clause
        ("Liên quân do Mỹ dẫn đầu đã không kích IS tại Raqqa.", "US-led coalition", "attacks", "Islamic State"),
        ("Liên minh do Saudi Arabia đứng đầu yêu cầu Qatar đóng cửa kênh Al-Jazeera.", "Saudi-led coalition", "urges", "Qatar"),
        ("Syria lên án liên minh quân sự do Mỹ đứng đầu.", "Syria", "criticizes", "US-led coalition"),
        # ... also with the country spelled the old way ("A-rập Xê-út")
        ("Y-ê-men ủng hộ quyết định ngày 5-6 của liên quân do A-rập Xê-út dẫn đầu.", "Yemen", "supports", "Saudi-led coalition"),
        # a venue inside a title ("tại Thượng viện Mỹ") makes no venue of the person named after it
        ("Lãnh đạo phe đa số tại Thượng viện Mỹ Mitch McConnell đã hối thúc Tổng thống Mỹ Donald Trump rút quân.",
         "Mitch McConnell", "urges", "Donald Trump"),
    ],
)
def test_a_name_keeps_its_clause(triples, text, s, p, o):
    assert (s, p, o) in triples(text)


def test_a_lowercase_aside_in_parentheses_still_closes_the_clause(triples):
    found = triples("Syria (ảnh minh họa) lên án Israel.")
    assert ("Syria", "criticizes", "Israel") not in found, found


def test_a_new_subject_after_a_stance_verb_states_its_own_verb(triples):
    found = triples("Mỹ ủng hộ Ukraine còn Nga phản đối Ukraine.")
    assert found.get(("Russia", "opposes", "Ukraine")) == "asserted", found


def test_a_plot_is_possible_not_stated(triples):
    found = triples("Lực lượng Taliban âm mưu tấn công Mỹ.")
    assert found.get(("Taliban", "attacks", "United States")) == "possible", found


def test_purpose_clause_is_intended_not_stated(triples):
    found = triples("Tổng thống Pháp Emmanuel Macron tới Berlin để gặp Thủ tướng Đức Angela Merkel.")
    modality = found.get(("Emmanuel Macron", "met", "Angela Merkel")) or found.get(("Angela Merkel", "met", "Emmanuel Macron"))
    assert modality == "possible", found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a visit names its place after the agent, or right after the noun
        ("Thủ tướng Nhật Bản hoan nghênh chuyến thăm và làm việc của Thủ tướng Ấn Độ Narendra Modi tại Nhật Bản.",
         "Narendra Modi", "visited", "Japan"),
        ("Nhân chuyến thăm Việt Nam của Thủ tướng Ấn Độ Narendra Modi, hai bên ký nhiều văn kiện.", "Narendra Modi", "visited", "Vietnam"),
        # the kind and time of a visit, and "tới", may stand between the noun and its destination
        ("Hai bên chuẩn bị chuyến thăm hữu nghị chính thức Lào trong thời gian tới của Thủ tướng Ấn Độ Narendra Modi.",
         "Narendra Modi", "visited", "Laos"),
        ("Chuyến thăm cấp nhà nước tới Anh của Tổng thống Pháp Emmanuel Macron diễn ra vào tháng 7.",
         "Emmanuel Macron", "visited", "United Kingdom"),
        # a capital named as one ("thủ đô X") is a city, still visited when gone to
        ("Ông Karl Weston đã tới thủ đô Riyadh.", "Karl Weston", "visited", "Riyadh"),
        # a signed agreement's name may be long before its partner
        ("Nga ký hiệp ước đối tác chiến lược toàn diện với Iran.", "Russia", "signed_agreement_with", "Iran"),
        # an attack names its target by the target's owner, after "của" or right after the noun
        ("Cuộc tấn công của Mỹ nhằm vào các cơ sở hạt nhân của Iran gây thiệt hại nặng.", "United States", "attacks", "Iran"),
        ("Các cuộc không kích của Israel vào căn cứ quân sự Iran tiếp diễn.", "Israel", "attacks", "Iran"),
        ("Cuộc tấn công của Nga vào lưới điện Ukraine khiến nhiều người mất điện.", "Russia", "attacks", "Ukraine"),
        # an attack its subject suffers ("hứng chịu") names the attacker after "của" or "từ"; "đợt" is an event noun
        ("Tehran hứng chịu cuộc không kích dữ dội từ phía Israel.", "Israel", "attacks", "Iran"),
        ("Iran hứng chịu các đợt không kích của Israel.", "Israel", "attacks", "Iran"),
        # the agent of an event noun after "do"/"mà" and a verb of doing; an event noun its subject stands behind
        ("Cuộc tấn công vào Iran do Israel tiến hành đã khiến hàng trăm người thiệt mạng.", "Israel", "attacks", "Iran"),
        ("Các cuộc không kích nhằm vào Yemen mà Mỹ thực hiện bị chỉ trích.", "United States", "attacks", "Yemen"),
        ("Anh cáo buộc Nga đứng sau cuộc tấn công mạng vào Estonia.", "Russia", "attacks", "Estonia"),
        ("Đợt tấn công của Nga nhằm vào Kharkiv khiến 20 người thiệt mạng.", "Russia", "attacks", "Kharkiv"),
        # each of the agents joined after "của"; a partner after "với" is none of them
        ("Các cuộc không kích của Ba Lan và Lào nhằm vào Belarus tiếp diễn.", "Laos", "attacks", "Belarus"),
        ("Chuyến thăm Belarus của Thủ tướng Ba Lan và Tổng thống Lào diễn ra vào tháng 7.", "Laos", "visited", "Belarus"),
        ("Tin được chia sẻ tại cuộc gặp của ông Karl Weston với ông Jan Dorn và bà Anna Berg.", "Karl Weston", "met", "Anna Berg"),
        # "nước này" is one country, none of a pair named before it
        ("Lào lên án các cuộc tấn công của Ba Lan và Belarus nhằm vào các cơ sở quân sự của nước này.", "Poland", "attacks", "Laos"),
        # the target of an accusation or a warning opens the clause after "rằng"
        ("Hàn Quốc cáo buộc rằng Triều Tiên đã phóng tên lửa.", "South Korea", "accuses", "North Korea"),
        ("Tổng thống Pháp cảnh báo rằng Iran sẽ phải trả giá.", "France", "warns", "Iran"),
    ],
)
def test_where_the_object_of_an_event_or_a_report_stands(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


def test_one_subject_agreeing_to_act_agrees_with_nobody(triples):
    found = triples("Nga đồng ý rút quân khỏi khu vực.")
    assert not any(p == "agrees_with" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, pair, p",
    [
        ("Israel và Hamas giao tranh ác liệt tại Gaza.", ("Israel", "Hamas"), "attacks"),
        ("Trước đó, Ấn Độ và Pakistan cũng đã nã pháo vào nhau tại biên giới.", ("India", "Pakistan"), "attacks"),
        # a joint cue as a noun, its parties after "giữa": with or without "cuộc"
        ("Cuộc đụng độ giữa quân đội Ấn Độ và Pakistan khiến 10 binh sĩ thiệt mạng.", ("India", "Pakistan"), "attacks"),
        ("Giao tranh ác liệt giữa Armenia và Azerbaijan đã kéo dài ba ngày.", ("Armenia", "Azerbaijan"), "attacks"),
        ("Tổng thống Pháp Emmanuel Macron và Thủ tướng Canada Justin Trudeau nhất trí tăng cường hợp tác.",
         ("Emmanuel Macron", "Justin Trudeau"), "agrees_with"),
        # "cùng (với)" before the verb joins a second subject to the first
        ("Ấn Độ cùng với Pakistan đã nhất trí nối lại đối thoại.", ("India", "Pakistan"), "agrees_with"),
    ],
)
def test_a_pair_acting_on_each_other(triples, text, pair, p):
    found = triples(text)
    a, b = pair
    assert (a, p, b) in found and (b, p, a) in found, found


@pytest.mark.parametrize(
    "text, subjects, p, o",
    [
        ("Nga cùng với Trung Quốc phản đối lệnh trừng phạt mới của Mỹ.", ("Russia", "China"), "opposes", "United States"),
        ("Tổng thống Nga Vladimir Putin cùng người đồng cấp Pháp Emmanuel Macron đã có cuộc điện đàm.",
         ("Vladimir Putin",), "phoned", "Emmanuel Macron"),
        ("Ông Trump cùng Thủ tướng Nhật Bản Shinzo Abe đã tiếp Tổng thống Hàn Quốc Moon Jae-in.",
         ("Donald Trump", "Shinzo Abe"), "met", "Moon Jae-in"),
    ],
)
def test_a_subject_joined_by_cung_acts_with_the_first(triples, text, subjects, p, o):
    found = triples(text)
    assert all((s, p, o) in found or (o, p, s) in found for s in subjects), found


def test_a_partner_after_cung_behind_the_verb_is_no_subject(triples):
    found = triples("Ông Putin đã điện đàm cùng ông Macron và cảnh báo Mỹ.")
    assert ("Emmanuel Macron", "warns", "United States") not in found, found


@pytest.mark.parametrize(
    "text, pair, p",
    [
        ("Tổng thống Nga Vladimir Putin và Thủ tướng Nhật Bản Shinzo Abe trong cuộc gặp tại Moskva.",
         ("Vladimir Putin", "Shinzo Abe"), "met"),
        ("Ngày 5/6, Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Nhật Bản Shinzo Abe tại cuộc hội đàm ở Tokyo.",
         ("Narendra Modi", "Shinzo Abe"), "held_talks_with"),
    ],
)
def test_a_caption_pair_took_part_in_the_event_after_it(triples, text, pair, p):
    """A photo caption: the pair that opens it, then "trong/tại" and the event noun, with no verb."""
    found = triples(text)
    a, b = pair
    assert (a, p, b) in found or (b, p, a) in found, found


def test_a_subject_carried_into_the_next_sentence(triples):
    found = triples("Tổng thống Pháp Emmanuel Macron chỉ trích Nga. Ngoài ra, cũng kêu gọi Iran kiềm chế.")
    assert ("Emmanuel Macron", "urges", "Iran") in found, found


def test_an_office_is_dated_by_the_article_not_by_the_event_of_its_sentence(extraction):
    result = extraction("Ngày 9/5/1945, Tổng thống Nga Vladimir Putin dự lễ tại Hamburg.", date="2017-05-10")
    office = [r for r in result.relations if r.predicate == "official_of"]
    assert office and office[0].date == "2017-05-10" and office[0].place is None, office


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a proposal named in the sentence before is its proposer's
        ("Nga muốn Gruzia trao thêm quyền cho các khu vực. Tuy nhiên, Gruzia bác bỏ lời đề nghị trên.", "Georgia", "rejects", "Russia"),
        # the speaker of a coordinated speech verb is the clause's subject
        ("Ngoại trưởng Gruzia bác bỏ đề xuất và cho rằng Nga nên rút quân.", "Georgia", "urges", "Russia"),
        # two negations assert: "could not prevent the annexation"
        ("Các cuộc hội đàm đã không thể ngăn chặn động thái sáp nhập Crimea vào Nga.", "Russia", "annexed", "Crimea"),
        # a fronted phrase with a plain verb: "Sau 4 giờ thảo luận ... với X, S ..."
        ("Sau 4 giờ thảo luận tại Paris với người đồng cấp Sergei Lavrov, ông Kerry khẳng định đã có nhiều ý tưởng.",
         "John Kerry", "held_talks_with", "Sergey Lavrov"),
        # a cue followed by its owner is a noun with its agent: "cam kết của X đối với Y"
        ("Pháp hoan nghênh sự hỗ trợ quân sự của Anh đối với Ukraine.", "United Kingdom", "provides_aid_to", "Ukraine"),
    ],
)
def test_arguments_named_elsewhere_in_the_text(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # what crosses a speaker's red line is what the speaker opposes
        ("Tổng thống Nga Vladimir Putin cho rằng việc NATO mở rộng về phía đông sẽ vượt qua lằn ranh đỏ.",
         "Vladimir Putin", "opposes", "NATO expansion"),
        # a condition on another actor with a promised response is a warning
        ("Nếu Iran tấn công tàu chở dầu, Anh sẽ đáp trả mạnh mẽ.", "United Kingdom", "warns", "Iran"),
        # a passive joined to an earlier verb: its patient is that verb's subject
        ("Ông Peskov nói về việc Nga tập trung quân dọc biên giới và bị Gruzia tố là chuẩn bị xâm lược.",
         "Georgia", "accuses", "Russia"),
        # a passive with its agent after "bởi"
        ("Ukraine bị tấn công bởi Nga hôm thứ Năm.", "Russia", "attacks", "Ukraine"),
        ("Syria bị không kích dữ dội bởi Israel và Mỹ.", "United States", "attacks", "Syria"),
        ("Tổng thống Mỹ Donald Trump bị chỉ trích bởi Thủ tướng Đức Angela Merkel.", "Angela Merkel", "criticizes", "Donald Trump"),
        # opening an attack is a light verb: the event noun is the subject's statement
        ("Nga mở cuộc tấn công vào Ukraine hôm thứ Năm.", "Russia", "attacks", "Ukraine"),
        ("Israel phát động các cuộc không kích vào Syria.", "Israel", "attacks", "Syria"),
        ("Israel tiếp tục các cuộc không kích vào Gaza.", "Israel", "attacks", "Gaza Strip"),
        ("Iran đáp trả bằng các đợt tấn công tên lửa vào Israel.", "Iran", "attacks", "Israel"),
    ],
)
def test_stances_and_passives_read_from_the_clause_around(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


def test_a_meeting_named_without_parties_is_the_one_at_its_place(triples):
    found = triples("Cuộc gặp tại Geneva diễn ra sau khi Pháp và Đức điện đàm. "
                    "Sau 4 giờ thảo luận tại Geneva với người đồng cấp Sergei Lavrov, ông Kerry khẳng định như vậy.")
    assert has(found, "John Kerry", "met", "Sergey Lavrov"), found
    assert not has(found, "France", "met", "Germany"), found


def test_a_venue_belongs_to_its_own_clause(extraction):
    result = extraction("Cuộc gặp tại Geneva diễn ra sau khi Pháp và Đức điện đàm.")
    phoned = [r for r in result.relations if r.predicate == "phoned"]
    assert phoned and phoned[0].place is None, phoned


@pytest.mark.parametrize(
    "text, absent",
    [
        ("“Ông Trump cần thời gian để suy nghĩ”, Ngoại trưởng Trung Quốc Vương Nghị nói.", ("Wang Yi", "urges", "Donald Trump")),
        ("Chuyên gia Hannah Morrow cho rằng Nga phải rút quân.", ("Hannah Morrow", "urges", "Russia")),  # an analyst's opinion
        ("Tổng thống Putin cho rằng tình hình đã khiến Nga phải tăng cường quốc phòng.", ("Vladimir Putin", "urges", "Russia")),
        ("Ngoại trưởng Mỹ Rex Tillerson cho biết quân đội Syria đã phải rút lui.", ("Rex Tillerson", "urges", "Syria")),
        ("Tổng thống Mỹ Donald Trump khẳng định Snowden phải bị trừng trị.", ("Donald Trump", "urges", "Edward Snowden")),
        ("Nếu gây chiến với Qatar, Ả Rập Saudi sẽ thiệt hại nặng nhất.", ("Saudi Arabia", "warns", "Qatar")),
        ("Thủ tướng Anh cảnh báo rằng việc đưa Hong Kong về với Trung Quốc sẽ là thảm họa.", ("United Kingdom", "warns", "Hong Kong")),
        ("Ông Trump đã điện đàm với lãnh đạo Australia, Canada, Nga, Nhật Bản và các tiểu vương quốc Ả Rập thống nhất.",
         ("Japan", "agrees_with", "Canada")),
    ],
)
def test_readings_that_would_be_wrong(triples, text, absent):
    found = triples(text)
    assert absent not in found, found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # a reply that names nobody answers whoever accused, demanded or proposed
        ("Mỹ cáo buộc Nga can thiệp vào cuộc bầu cử. Nga đã nhiều lần bác bỏ cáo buộc.", "Russia", "rejects", "United States"),
        ("Pháp yêu cầu Iran ngừng thử tên lửa. Iran từ chối yêu cầu này.", "Iran", "rejects", "France"),
        # not recognising is opposing; an invitation proposes
        ("EU không công nhận việc Nga sáp nhập Crimea.", "European Union", "opposes", "Annexation of Crimea"),
        ("Hàn Quốc mời Triều Tiên tham gia đàm phán.", "South Korea", "proposes", "North Korea"),
    ],
)
def test_replies_recognition_and_invitations(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


def test_boi_vi_is_because_not_the_agent(triples):
    found = triples("Nga bị trừng phạt bởi vì Mỹ cho rằng Moskva can thiệp bầu cử.")
    assert ("United States", "sanctions", "Russia") not in found, found


def test_attack_noun_without_its_attacker_states_nothing(triples):
    found = triples("Vụ tấn công nhằm vào Pháp khiến Đức lo ngại.")
    assert not any(p == "attacks" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted meeting after the date that opens the sentence: its partner and the subject after the comma
        ("Hôm 12/7, sau cuộc hội đàm với người đồng cấp Bỉ Didier Rennard, Ngoại trưởng Nga Sergey Lavrov cho biết ông rất sốc.",
         ("Sergey Lavrov", "held_talks_with", "Didier Rennard")),
        # ... after a link to the sentence before and then a date
        ("Trước đó, ngày 6/7, phát biểu tại Warsaw sau cuộc gặp với Tổng thống Ba Lan Jan Novak, Tổng thống Mỹ Donald Trump "
         "cho hay như vậy.", ("Donald Trump", "met", "Jan Novak")),
        # a fronted meeting that names no party: the subject and the person the sentence has him address
        ("Tại cuộc gặp ngày 30/6 ở Washington, Tổng thống Mỹ Donald Trump đã hối thúc người đồng cấp Hàn Quốc Moon Jae-in.",
         ("Donald Trump", "met", "Moon Jae-in")),
        ("Trong cuộc điện đàm, Tổng thống Nga Vladimir Putin cảm ơn Thủ tướng Ấn Độ Narendra Modi.",
         ("Vladimir Putin", "phoned", "Narendra Modi")),
    ],
)
def test_a_fronted_meeting_is_between_the_subject_and_its_partner(triples, text, expected):
    found = triples(text)
    assert expected in found or expected[::-1] in found, found


def test_a_fronted_meeting_without_party_is_not_with_a_country_addressed(triples):
    found = triples("Tại cuộc gặp, Ngoại trưởng Nga Sergey Lavrov chỉ trích Mỹ.")
    assert not any(p == "met" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, visitor, host",
    [
        ("Chủ tịch nước Trần Đại Quang bắt đầu chuyến thăm chính thức Liên bang Nga theo lời mời của Tổng thống "
         "Vladimir Putin.", "Trần Đại Quang", "Vladimir Putin"),
        ("Ông Karl Weston có chuyến thăm Nga theo đề nghị của Tổng thống Vladimir Putin.", "Karl Weston", "Vladimir Putin"),
    ],
)
def test_the_one_who_invited_a_visit_is_no_visitor(triples, text, visitor, host):
    found = triples(text)
    assert (visitor, "visited", "Russia") in found and (host, "visited", "Russia") not in found, found


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # at someone's invitation, proposal or request: they ask it of the clause's subject
        ("Theo lời mời của Tổng thống Putin, ông Tập Cận Bình sang thăm Nga.", "Vladimir Putin", "proposes", "Xi Jinping"),
        ("Thủ tướng Nguyễn Xuân Phúc thăm Hoa Kỳ theo lời mời của Tổng thống Donald Trump.",
         "Donald Trump", "proposes", "Nguyễn Xuân Phúc"),
        ("Hội đồng Bảo an sẽ họp khẩn theo đề nghị của Nhật Bản.", "Japan", "proposes", "United Nations Security Council"),
        ("Mỹ rút quân khỏi Iraq theo yêu cầu của chính phủ Iraq.", "Iraq", "urges", "United States"),
    ],
)
def test_what_is_done_at_someones_request(triples, text, s, p, o):
    assert (s, p, o) in triples(text)


def test_a_visit_noun_owned_past_a_time_word(triples):
    found = triples("Ông Mikhailov cho biết nhân chuyến thăm Việt Nam sắp tới của Tổng thống Nga Vladimir Putin, "
                    "hai hãng sẽ tổ chức triển lãm.")
    assert ("Vladimir Putin", "visited", "Vietnam") in found, found
    assert not any(s == "Mikhailov" and p == "visited" for s, p, _ in found), found


def test_a_second_verb_after_a_refusal_and_its_object_is_the_subjects_own(triples):
    found = triples("Ai Cập phản đối Qatar và cáo buộc nước này tài trợ khủng bố.")
    assert ("Egypt", "accuses", "Qatar") in found, found


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        # what a relative aside names is no subject of the verb after it
        ("Ông Donald Trump, người từng chỉ trích NATO, đã gặp ông Jens Stoltenberg.",
         ("Donald Trump", "met", "Jens Stoltenberg"), ("NATO", "met", "Jens Stoltenberg")),
        # ... and the aside's verb governs nothing after it
        ("Iran, nước ủng hộ Syria, phản đối Mỹ.", ("Iran", "opposes", "United States"), ("Syria", "opposes", "United States")),
        # ... nor is the body of an office set off by its verb
        ("Ông Pavel Orlov, hiện là Phó Chủ tịch Hội đồng An ninh Nga, cảnh báo Mỹ.",
         ("Pavel Orlov", "warns", "United States"), ("Security Council of Russia", "warns", "United States")),
        # the aside's own verb (or noun: "người chỉ trích", a critic) has the name before it for subject
        ("Ông Putin nói chuyện với ông McCain, nhân vật chỉ trích Nga hàng đầu.",
         ("John McCain", "criticizes", "Russia"), ("Vladimir Putin", "criticizes", "Russia")),
        ("Nga hoan nghênh ông Macron, người chỉ trích ông Trump.",
         ("Emmanuel Macron", "criticizes", "Donald Trump"), ("Russia", "criticizes", "Donald Trump")),
        ("Bà Pinotti gửi thông điệp cho Tổng thống Donald Trump - người nhiều lần chỉ trích NATO.",
         ("Donald Trump", "criticizes", "NATO"), ("Pinotti", "criticizes", "NATO")),
        ("Nga gửi lời cảm ơn tới bà Merkel - người đã gọi điện chúc mừng ông Moon Jae-in.",
         ("Angela Merkel", "praises", "Moon Jae-in"), ("Russia", "praises", "Moon Jae-in")),
    ],
)
def test_a_relative_aside_after_a_name(triples, text, expected, unexpected):
    found = triples(text)
    assert found.get(expected) == "asserted" and unexpected not in found, found


def test_a_relative_aside_makes_no_member(extraction):
    found = {(r.subject.label, r.predicate, r.object.label) for r in extraction(
        "Ông Donald Trump, người từng chỉ trích NATO, đã gặp ông Jens Stoltenberg.").relations}
    assert ("Donald Trump", "member_of", "NATO") not in found, found


def test_a_meeting_between_one_and_several_pairs_the_one_with_each(triples):
    found = triples("Họ sẽ sắp xếp các cuộc gặp thượng đỉnh giữa Tổng thống Hàn Quốc Moon Jae-in với lãnh đạo Mỹ, Nhật Bản và Nga.")
    met = {(s, o) for s, p, o in found if p == "met"}
    assert {("Moon Jae-in", c) for c in ("United States", "Japan", "Russia")} <= met, found
    assert not any("Moon Jae-in" not in pair for pair in met), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a target named as a place: its owner is attacked
        ("Iran phóng tên lửa vào căn cứ không quân Al Udeid của Mỹ tại Qatar.", ("Iran", "attacks", "United States")),
        ("Iran tấn công căn cứ Al Udeid của Mỹ.", ("Iran", "attacks", "United States")),
        # ... but a visit to it is to the place
        ("Tổng thống Mỹ Donald Trump thăm căn cứ Al Udeid của Mỹ.", ("Donald Trump", "visited", "Al Udeid Air Base")),
    ],
)
def test_a_target_named_as_a_place_stands_for_its_owner(triples, text, expected):
    found = triples(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        # a decision noun after a verb or a preposition: its owner is the agent of the cue after it
        ("Nga lên án quyết định trừng phạt Iran của Mỹ.", ("United States", "sanctions", "Iran"), ("Russia", "sanctions", "Iran")),
        ("Tổng thống Pháp phát biểu trước quyết định rút khỏi Hiệp định Paris của Mỹ.",
         ("United States", "rejects", "Paris Agreement on climate change"), ("France", "rejects", "Paris Agreement on climate change")),
        # after the one deciding it is the verb "decide"
        ("Mỹ quyết định rút khỏi Hiệp định Paris.", ("United States", "rejects", "Paris Agreement on climate change"), None),
        # an agreement named after a place, also in lower case ("thỏa thuận Paris")
        ("Mỹ quyết định rút khỏi thỏa thuận Paris.", ("United States", "rejects", "Paris Agreement on climate change"), None),
        # troops leaving a country reject no agreement, as a noun too
        ("Nga hoan nghênh quyết định rút khỏi Syria của Mỹ.", ("Russia", "praises", "United States"),
         ("United States", "rejects", "Syria")),
    ],
)
def test_a_decision_noun_before_a_cue(triples, text, expected, unexpected):
    found = triples(text)
    assert expected in found and (unexpected is None or unexpected not in found), found


def test_accepting_a_plan_another_made_agrees_with_its_maker(triples):
    found = triples("Hamas chấp thuận kế hoạch ngừng bắn do Qatar đưa ra.")
    assert ("Hamas", "agrees_with", "Qatar") in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # one subject and a proposal owned by another after "đồng ý", "nhất trí": agreeing with its owner
        ("Nga đồng ý đề nghị của Mỹ về lệnh ngừng bắn.", ("Russia", "agrees_with", "United States")),
        ("Israel nhất trí kế hoạch ngừng bắn của Ai Cập.", ("Israel", "agrees_with", "Egypt")),
        # a pair after the same words still agree with each other
        ("Nga và Mỹ đồng ý tiếp tục đàm phán.", ("Russia", "agrees_with", "United States")),
    ],
)
def test_agreeing_to_a_proposal_of_another(triples, text, expected):
    found = triples(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, agents, p, patient",
    [
        ("Ukraine bị Nga và Belarus tấn công.", ("Russia", "Belarus"), "attacks", "Ukraine"),
        ("Qatar bị Saudi Arabia, UAE và Bahrain cáo buộc ủng hộ khủng bố.",
         ("Saudi Arabia", "United Arab Emirates", "Bahrain"), "accuses", "Qatar"),
    ],
)
def test_each_of_several_passive_agents_acts(triples, text, agents, p, patient):
    found = triples(text)
    assert all((a, p, patient) in found for a in agents), found


def test_the_agents_of_a_later_passive_are_no_objects_of_the_verb_before(triples):
    found = triples("Nga tập trung quân và bị Mỹ và Anh cáo buộc.")
    assert not any(p == "deploys_troops_near" for _, p, _ in found), found
    assert ("United Kingdom", "accuses", "Russia") in found, found


def test_a_language_is_no_actor(triples):
    """ "tiếng Nga" is Russian, the language: the clause's subject is the person before it."""
    found = triples("Ông Alan Brenner đang học tiếng Nga và đã tới thăm điện Kremlin.")
    assert ("Alan Brenner", "visited", "Kremlin") in found, found
    assert not any(s == "Russia" for s, _, _ in found), found


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Báo Mỹ nói con trai ông Trump hội đàm với luật sư Nga.", "Donald Trump"),
        ("Báo Mỹ nói con trai ông Trump hội đàm với luật sư Nga.", "United States"),
        ("Luật sư Natalya Veselnitskaya đã gặp con trai ông Trump.", "Donald Trump"),
        ("Con gái Tổng thống Pháp Emmanuel Macron đã gặp Thủ tướng Anh.", "Emmanuel Macron"),
    ],
)
def test_the_person_after_a_kinship_noun_is_no_party(triples, text, absent):
    """ "con trai ông Trump" is his son: Trump neither acts nor is acted on."""
    found = triples(text)
    assert not any(absent in (s, o) for s, p, o in found if p in ("met", "held_talks_with")), found


def test_a_named_kin_apposed_to_the_owner_acts(triples):
    found = triples("Con trai ông Trump, Donald Trump Jr, đã gặp luật sư Natalya Veselnitskaya.")
    assert ("Donald Trump Jr.", "met", "Natalia Veselnitskaya") in found, found
    assert ("Donald Trump", "met", "Natalia Veselnitskaya") not in found, found


def test_a_kin_apposed_to_the_subject_is_an_aside(triples):
    found = triples("Ông Jared Kline, con rể ông Trump, đã gặp Đại sứ Nga Sergei Kislyak.")
    assert ("Jared Kline", "met", "Sergey Kislyak") in found, found
    assert not any(s == "Donald Trump" for s, _, _ in found), found


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before(triples):
    """Centering: "Ông" that opens a sentence continues the person the sentence before opened with,
    not the last person it named."""
    found = triples("Ngoại trưởng Nga Sergey Lavrov đã gặp Ngoại trưởng Mỹ Antony Blinken tại Geneva. "
                    "Ông cũng cáo buộc NATO can thiệp vào Ukraine.")
    assert ("Sergey Lavrov", "accuses", "NATO") in found, found
    assert ("Antony Blinken", "accuses", "NATO") not in found, found


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        # "nước này" opening a sentence: the country the sentence before opened with
        ("Nga bác bỏ cáo buộc của Anh. Nước này đồng thời cảnh báo NATO.",
         ("Russia", "warns", "NATO"), ("United Kingdom", "warns", "NATO")),
        # "nhà ngoại giao này": a person named before
        ("Ngoại trưởng Nga Sergey Lavrov tới Ankara. Nhà ngoại giao này chỉ trích Mỹ.",
         ("Sergey Lavrov", "criticizes", "United States"), ("Russia", "criticizes", "United States")),
    ],
)
def test_an_anaphor_opening_a_sentence_continues_its_opening_actor(triples, text, expected, unexpected):
    found = triples(text)
    assert expected in found and unexpected not in found, found


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # the head of a seat of power is the holder of its office: the one the article named ...
        ("Tổng thống Mỹ Barack Obama tới Berlin. Ông chủ Nhà Trắng chỉ trích Nga.", "2017-01-10",
         ("Barack Obama", "criticizes", "Russia")),
        # ... else the dictionary's in the article's year
        ("Người đứng đầu Điện Kremlin cảnh báo NATO.", "2017-06-01", ("Vladimir Putin", "warns", "NATO")),
        ("Ông chủ Nhà Trắng hối thúc Nhật Bản.", "2025-06-28", ("Donald Trump", "urges", "Japan")),
    ],
)
def test_the_head_of_a_seat_of_power_is_its_office_holder(triples, text, date, expected):
    assert expected in triples(text, date=date)


@pytest.mark.parametrize(
    "text, expected, unexpected",
    [
        # an unnamed official of a country speaks for the country, not for the leader named before
        ("Thủ tướng Nhật Bản Shinzo Abe tới Bắc Kinh. Quan chức Nhật Bản hối thúc Trung Quốc kiềm chế Triều Tiên.",
         ("Japan", "urges", "China"), ("Shinzo Abe", "urges", "China")),
        # ... while a counterpart or a leader of a country is the person of it named before
        ("Tổng thống Mỹ Donald Trump tới Tokyo. Ông gặp người đồng cấp Hàn Quốc Moon Jae-in. Ông Trump cũng chỉ trích "
         "nhà lãnh đạo Hàn Quốc.", ("Donald Trump", "criticizes", "Moon Jae-in"), ("Donald Trump", "criticizes", "South Korea")),
    ],
)
def test_an_unnamed_official_speaks_for_the_country(triples, text, expected, unexpected):
    found = triples(text)
    assert expected in found and unexpected not in found, found


@pytest.mark.parametrize(
    "text, visit, visited",
    [
        # a fronted venue places a person of another country there: a visit
        ("Tại Kuwait, Ngoại trưởng Nga Sergey Lavrov nhận định khủng hoảng sẽ kéo dài.", ("Sergey Lavrov", "Kuwait"), True),
        ("Tại Bắc Kinh, ông Lavrov nói Nga ủng hộ đối thoại.", ("Sergey Lavrov", "Beijing"), True),
        # ... not in his own country, nor a person whose country is unknown
        ("Tại Moskva, Ngoại trưởng Nga Sergey Lavrov nhận định khủng hoảng sẽ kéo dài.", ("Sergey Lavrov", "Moscow"), False),
        ("Tại Kuwait, ông Omar Haddadin nhận định khủng hoảng sẽ kéo dài.", ("Omar Haddadin", "Kuwait"), False),
        # a city gone to, to attend an event there or alone, is visited; not one of the person's own country
        ("Thủ tướng Canada Mark Carney đã đến Geneva để tham dự hội nghị về Ukraine.", ("Mark Carney", "Geneva"), True),
        ("Thủ tướng Canada Mark Carney tới Geneva dự hội nghị.", ("Mark Carney", "Geneva"), True),
        ("Thủ tướng Canada Mark Carney đã tới Geneva.", ("Mark Carney", "Geneva"), True),
        ("Thủ tướng Canada Mark Carney đã tới Ottawa.", ("Mark Carney", "Ottawa"), False),
        # ... a capital of Vietnam by a foreign visitor still is (the press's own leaders there are at home)
        ("Ngoại trưởng Mỹ John Kerry đã tới Hà Nội.", ("John Kerry", "Hanoi"), True),
        ("Thủ tướng Nguyễn Xuân Phúc tới Hà Nội.", ("Nguyễn Xuân Phúc", "Hanoi"), False),
        ("Tổng thống Putin đến Quảng trường Đỏ từ sớm.", ("Vladimir Putin", "Red Square"), False),
        ("Thủ tướng Phạm Minh Chính tới Đà Nẵng dự hội nghị.", ("Phạm Minh Chính", "Da Nang"), False),
        # a state visit: "cấp nhà nước" is its level, not the state visited
        ("Tổng thống Chile Gabriel Boric thăm cấp nhà nước Ấn Độ.", ("Gabriel Boric", "India"), True),
    ],
)
def test_a_visit_said_by_a_venue_a_trip_to_an_event_or_a_state_visit(triples, text, visit, visited):
    person, place = visit
    assert ((person, "visited", place) in triples(text)) == visited


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place after the relative clause's verb is no object of its cue
        ("Lực lượng SDF do Mỹ hậu thuẫn đã chiếm Raqqa.", ("United States", "supports", "Syrian Democratic Forces")),
        # the head glossed with its acronym
        ("Lực lượng Dân chủ Syria (SDF) do Mỹ hậu thuẫn đã chiếm Raqqa.",
         ("United States", "supports", "Syrian Democratic Forces")),
        # the head, not the relative clause's agent, is the subject of the verb after the clause
        ("Hezbollah do Iran hậu thuẫn tấn công Israel.", ("Hezbollah", "attacks", "Israel")),
        # "mà" opens the clause as "do" does, and neither is a word of the head's name
        ("Nhóm phiến quân Houthi mà Iran hậu thuẫn đã tấn công tàu Israel.", ("Houthis", "attacks", "Israel")),
        ("Nhóm phiến quân Houthi mà Iran hậu thuẫn đã tấn công tàu Israel.", ("Iran", "supports", "Houthis")),
        ("Nhóm phiến quân Houthi do Iran hậu thuẫn tuyên bố tấn công tàu Israel.", ("Houthis", "attacks", "Israel")),
        # agents joined in the clause: each backs the head, which acts next
        ("Quỹ Nhân đạo Gaza (GHF) do Mỹ và Israel hậu thuẫn phân phát viện trợ tại Gaza.",
         ("Israel", "supports", "Gaza Humanitarian Foundation")),
        ("Lực lượng SDF do Mỹ và Anh hậu thuẫn đã tấn công IS.", ("United Kingdom", "supports", "Syrian Democratic Forces")),
        ("Lực lượng SDF do Mỹ và Anh hậu thuẫn đã tấn công IS.", ("Syrian Democratic Forces", "attacks", "Islamic State")),
        # a relative clause on goods: its agent gives them to the one after "cho"
        ("Nga tấn công các kho vũ khí do Mỹ cung cấp cho Ukraine.", ("United States", "provides_aid_to", "Ukraine")),
        ("Những vũ khí mà Đức sắp bàn giao cho Ba Lan đã tới nơi.", ("Germany", "provides_aid_to", "Poland")),
        # ... and the subject of the sentence, not that agent, acts in a clause after it
        ("Ukraine dùng vũ khí do phương Tây cung cấp để tấn công Nga.", ("Ukraine", "attacks", "Russia")),
        ("Hezbollah được Iran hậu thuẫn để tấn công Israel.", ("Hezbollah", "attacks", "Israel")),
    ],
)
def test_a_relative_clause_on_a_head(triples, text, expected):
    assert expected in triples(text)


def test_the_agent_of_a_relative_clause_does_not_act_after_it(triples):
    assert ("Iran", "attacks", "Israel") not in triples("Hezbollah do Iran hậu thuẫn tấn công Israel.")
    assert ("United Kingdom", "attacks", "Islamic State") not in triples("Lực lượng SDF do Mỹ và Anh hậu thuẫn đã tấn công IS.")
    assert ("The West", "attacks", "Russia") not in triples("Ukraine dùng vũ khí do phương Tây cung cấp để tấn công Nga.")
    assert ("Iran", "attacks", "Israel") not in triples("Hezbollah được Iran hậu thuẫn để tấn công Israel.")


def test_a_countrys_officials_speak_for_the_country_not_its_one_person_named(triples):
    found = triples("Ngoại trưởng Iran Tahir Jafari đến Oslo. Giới chức Iran đổ lỗi vụ tấn công cho Ả Rập Xê-út.")
    assert ("Iran", "accuses", "Saudi Arabia") in found, found
    assert ("Tahir Jafari", "accuses", "Saudi Arabia") not in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Các lệnh trừng phạt mà Mỹ áp đặt lên Nga vẫn được duy trì.", ("United States", "sanctions", "Russia")),
        ("Các biện pháp trừng phạt do EU áp đặt đối với Nga được gia hạn.", ("European Union", "sanctions", "Russia")),
        ("Trung Quốc ủng hộ gói trừng phạt mà Liên Hợp Quốc tung ra nhằm vào Triều Tiên.",
         ("United Nations", "sanctions", "North Korea")),
    ],
)
def test_a_statement_noun_with_its_agent_in_a_relative_clause(triples, text, expected):
    """ "lệnh trừng phạt do/mà X áp đặt lên Y": the relative clause on the noun names its agent."""
    assert expected in triples(text)
