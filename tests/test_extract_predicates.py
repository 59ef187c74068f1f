"""Every predicate of the ontology, on sentences written for these tests."""
import pytest

from tests.extraction_helpers import has


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        ("Thủ tướng Nhật Bản Shinzo Abe đã gặp Tổng thống Mỹ Donald Trump tại Tokyo.", "Shinzo Abe", "met", "Donald Trump"),
        ("Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Đức Angela Merkel tại Berlin.", "Emmanuel Macron", "held_talks_with", "Angela Merkel"),
        ("Tổng thống Nga Vladimir Putin hôm qua điện đàm với Thủ tướng Israel Benjamin Netanyahu.", "Vladimir Putin", "phoned", "Benjamin Netanyahu"),
        ("Thủ tướng Ấn Độ Narendra Modi bắt đầu chuyến công du Nhật Bản.", "Narendra Modi", "visited", "Japan"),
        ("Canada tiếp tục ủng hộ Ukraine trong cuộc khủng hoảng.", "Canada", "supports", "Ukraine"),
        ("Thổ Nhĩ Kỳ nhất trí với Nga về việc mở lại hành lang nhân đạo.", "Turkey", "agrees_with", "Russia"),
        ("Tổng thống Hàn Quốc Moon Jae-in hoan nghênh Triều Tiên tham dự Thế vận hội.", "Moon Jae-in", "praises", "North Korea"),
        ("Pháp đề xuất một lệnh ngừng bắn kéo dài 30 ngày.", "France", "proposes", "Ceasefire"),
        ("Việt Nam và Nhật Bản đã ký kết thỏa thuận hợp tác quốc phòng.", "Vietnam", "signed_agreement_with", "Japan"),
        ("Anh viện trợ quân sự cho Ukraine trị giá 2 tỷ bảng.", "United Kingdom", "provides_aid_to", "Ukraine"),
        ("Liên Hợp Quốc kêu gọi Myanmar bảo vệ dân thường.", "United Nations", "urges", "Myanmar"),
        ("Nga phản đối NATO mở rộng về phía đông.", "Russia", "opposes", "NATO expansion"),
        ("Triều Tiên bác bỏ đề xuất của Hàn Quốc về đối thoại quân sự.", "North Korea", "rejects", "South Korea"),
        ("Pháp lên án Syria sau vụ tấn công hóa học.", "France", "criticizes", "Syria"),
        ("Ukraine cáo buộc Nga vi phạm thỏa thuận.", "Ukraine", "accuses", "Russia"),
        ("Mỹ cảnh báo Iran về hậu quả nghiêm trọng.", "United States", "warns", "Iran"),
        ("Triều Tiên đe dọa Nhật Bản sau cuộc tập trận.", "North Korea", "threatens", "Japan"),
        ("EU áp đặt lệnh trừng phạt đối với Belarus.", "European Union", "sanctions", "Belarus"),
        ("Nga tập trung quân gần biên giới với Ukraine.", "Russia", "deploys_troops_near", "Ukraine"),
        ("Israel không kích Syria trong đêm.", "Israel", "attacks", "Syria"),
        ("Nga sáp nhập bán đảo Crimea năm 2014.", "Russia", "annexed", "Crimea"),
        ("Thổ Nhĩ Kỳ là thành viên của NATO từ năm 1952.", "Turkey", "member_of", "NATO"),
    ],
)
def test_each_predicate(triples, text, s, p, o):
    found = triples(text)
    assert has(found, s, p, o), found


def test_official_of_from_title_carries_english_role(extraction):
    result = extraction("Ngoại trưởng Nga Sergey Lavrov cho biết như vậy.")
    roles = {(r.subject.label, r.object.label): r.role for r in result.relations if r.predicate == "official_of"}
    assert roles == {("Sergey Lavrov", "Russia"): "Foreign Minister"}


def test_official_of_from_apposition(triples):
    found = triples("Bà Olga Petrova, Giám đốc của Viện Nghiên cứu Chiến lược Nga, nhận định như vậy.")
    assert any(p == "official_of" and s == "Olga Petrova" for s, p, o in found), found


def test_annexed_into_reverses_the_roles(triples):
    found = triples("Năm 2014, Crimea bị sáp nhập vào Nga sau cuộc trưng cầu dân ý.")
    found |= triples("Matxcơva sáp nhập Crimea vào Nga năm 2014.")
    assert has(found, "Russia", "annexed", "Crimea"), found
    assert ("Crimea", "annexed", "Russia") not in found


def test_negated_statement_gives_no_edge(triples):
    found = triples("Trung Quốc không đe dọa Philippines, người phát ngôn khẳng định.")
    assert not any(p == "threatens" for _, p, _ in found), found
    found = triples("Nga chưa bao giờ tấn công Ukraine, ông Peskov nói.")
    assert not any(p == "attacks" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text, absent",
    [
        # halting, pausing or postponing an act states no act
        ("Mỹ tạm dừng chuyển giao vũ khí cho Ukraine.", "provides_aid_to"),
        ("Mỹ dừng viện trợ quân sự cho Ukraine.", "provides_aid_to"),
        ("Thủ tướng Đức Friedrich Merz hoãn chuyến thăm Nhà Trắng.", "visited"),
        ("Ông Putin đã hủy chuyến thăm Pháp.", "visited"),
        ("Tổng thống Obama hủy chuyến thăm Malaysia.", "visited"),
        ("Lầu Năm Góc đình chỉ việc gửi vũ khí cho Ukraine.", "provides_aid_to"),
        # ... and so does cutting it
        ("Mỹ cắt viện trợ cho Ukraine.", "provides_aid_to"),
        ("Chính quyền Mỹ cắt giảm viện trợ quân sự cho Ai Cập.", "provides_aid_to"),
        ("Hàn Quốc cắt đứt viện trợ cho Triều Tiên.", "provides_aid_to"),
        # ... and so does blocking it
        ("Hải quân Israel chặn tàu Madleen chở hàng viện trợ tới Gaza.", "provides_aid_to"),
        ("Israel phong tỏa hàng viện trợ nhân đạo cho Gaza.", "provides_aid_to"),
        # ... and so does bypassing it
        ("Ông Trump bỏ qua việc tham vấn các quan chức Đảng Cộng hòa.", "held_talks_with"),
    ],
)
def test_a_halted_act_gives_no_edge(triples, text, absent):
    found = triples(text)
    assert not any(p == absent for _, p, _ in found), found


def test_a_stopover_is_no_halt(triples):
    assert has(triples("Ông Karl Weston dừng chân tại Singapore rồi tới thăm Úc."), "Karl Weston", "visited", "Australia")
    assert has(triples("Ông Karl Weston dừng chân thăm Singapore."), "Karl Weston", "visited", "Singapore")


def test_a_blocking_verb_stops_no_verb_after_a_coordination(triples):
    assert has(triples("Israel chặn tên lửa và tấn công Iran."), "Israel", "attacks", "Iran")


def test_destroying_calls_nothing_off(triples):
    assert has(triples("Israel phá hủy các đường hầm và tấn công Hamas."), "Israel", "attacks", "Hamas")


@pytest.mark.parametrize(
    "text, s, p, o",
    [
        # not hesitating, not forgetting: the act is stated
        ("Nga không ngần ngại chỉ trích Mỹ.", "Russia", "criticizes", "United States"),
        ("Tổng thống Erdogan cũng không ngần ngại cáo buộc đích danh Mỹ.", "Recep Tayyip Erdoğan", "accuses", "United States"),
        ("Ông Mattis không quên cảnh báo Triều Tiên.", "James Mattis", "warns", "North Korea"),
    ],
)
def test_a_negated_hesitation_asserts_the_act(triples, text, s, p, o):
    assert triples(text).get((s, p, o)) == "asserted"


def test_a_blockade_of_a_state_sanctions_it_not_of_a_place(triples):
    assert has(triples("Ba Lan và Lào phong tỏa Belarus."), "Laos", "sanctions", "Belarus")
    found = triples("Quân đội Ba Lan phong tỏa thành phố Minsk.")
    assert not any(p == "sanctions" for _, p, _ in found), found


def test_aid_not_cut_is_given(triples):
    assert has(triples("Hàn Quốc không cắt viện trợ nhân đạo cho Triều Tiên."), "South Korea", "provides_aid_to", "North Korea")


def test_planned_and_possible_events_carry_modality(triples):
    found = triples("Tổng thống Mỹ Joe Biden sẽ gặp Chủ tịch Trung Quốc Tập Cận Bình vào tuần tới.")
    modality = found.get(("Joe Biden", "met", "Xi Jinping")) or found.get(("Xi Jinping", "met", "Joe Biden"))
    assert modality == "planned", found
    found = triples("Nga có thể tấn công Ukraine trong vài tuần tới.")
    assert found.get(("Russia", "attacks", "Ukraine")) == "possible", found
    # an invitation accepted is a visit to come
    found = triples("Tổng thống Chile Gabriel Boric đã nhận lời mời thăm Nhật Bản.")
    assert found.get(("Gabriel Boric", "visited", "Japan")) == "planned", found


@pytest.mark.parametrize(
    "text, triple, modality",
    [
        # a passive's modality stands before its passive word, not between its agent and the verb
        ("Ba Lan sẽ đáp trả nếu bị Belarus tấn công.", ("Belarus", "attacks", "Poland"), "planned"),
        ("Nếu bị Belarus tấn công, Ba Lan sẽ đáp trả.", ("Belarus", "attacks", "Poland"), "possible"),
        ("Ba Lan sẵn sàng đáp trả trong trường hợp bị tên lửa Belarus tấn công.", ("Belarus", "attacks", "Poland"), "possible"),
        ("Ba Lan đã bị Belarus tấn công.", ("Belarus", "attacks", "Poland"), "asserted"),
        # a stance with no actor after it, then "và" or "đồng thời" and a verb: a second act of the subject,
        # not what the stance backs or refuses
        ("Ba Lan ủng hộ thương mại công bằng và phản đối Belarus.", ("Poland", "opposes", "Belarus"), "asserted"),
        ("Lào bày tỏ phản đối mạnh mẽ, đồng thời cảnh báo Ba Lan.", ("Laos", "warns", "Poland"), "asserted"),
        # ... but a demand's act goes on with a second verb after it
        ("Ba Lan kêu gọi trừng phạt và cô lập Belarus.", ("Poland", "sanctions", "Belarus"), "possible"),
        # a purpose clause inside an aside after the subject makes the verb after it no purpose
        ("Ngoại trưởng Iran Karl Weston, người đang ở Istanbul để dự hội nghị, cáo buộc Mỹ.",
         ("Karl Weston", "accuses", "United States"), "asserted"),
        # ... and so does one set off by commas right after the subject
        ("Israel, để đáp trả, đã không kích Tehran.", ("Israel", "attacks", "Iran"), "asserted"),
        # a relative or passive clause that describes its head governs nothing: the head's act after it is stated
        ("Phiến quân Houthi do Iran hậu thuẫn đã tấn công tàu Israel.", ("Houthis", "attacks", "Israel"), "asserted"),
        ("Hezbollah được Iran hậu thuẫn đã tấn công Israel.", ("Hezbollah", "attacks", "Israel"), "asserted"),
        # ... while being invited or urged to act is no act yet
        ("Ông Macron được ông Putin mời sang thăm Nga.", ("Emmanuel Macron", "visited", "Russia"), "possible"),
        ("Đức được Mỹ kêu gọi trừng phạt Nga.", ("Germany", "sanctions", "Russia"), "possible"),
        # a question ("liệu ... hay không") states nothing: what it asks about is possible
        ("Ông Davis được hỏi liệu Qatar có ủng hộ Hamas hay không.", ("Qatar", "supports", "Hamas"), "possible"),
        ("Không rõ liệu Ba Lan sẽ trừng phạt Belarus.", ("Poland", "sanctions", "Belarus"), "possible"),
        # ... as is a verb after "có" with "hay không" after it, with no subject or one before "có"
        ("Ông Karl Weston sẽ quyết định trong hai tuần tới về việc có tấn công Belarus hay không.",
         ("Karl Weston", "attacks", "Belarus"), "possible"),
        ("Khi được hỏi Ba Lan có tham gia tấn công Belarus hay không, ông Weston nói.",
         ("Poland", "attacks", "Belarus"), "possible"),
        # what the subject is said or suspected to have done: its act, possible (no passive of it)
        ("Ba Lan được cho là đã tiến hành nhiều vụ oanh kích nhằm vào Belarus.", ("Poland", "attacks", "Belarus"), "possible"),
        ("Belarus bị nghi là đã tấn công Ba Lan bằng tên lửa.", ("Belarus", "attacks", "Poland"), "possible"),
        ("Ông Karl Weston được cho là đã gặp Thủ tướng Nhật Bản Shinzo Abe.", ("Karl Weston", "met", "Shinzo Abe"), "possible"),
        # a statement noun whose adoption is called for
        ("Lào và Pháp kêu gọi đưa ra một nghị quyết trừng phạt mới với Belarus.", ("France", "sanctions", "Belarus"), "possible"),
    ],
)
def test_the_modality_a_construction_gives(triples, text, triple, modality):
    found = triples(text)
    assert found.get(triple) == modality, found


@pytest.mark.parametrize(
    "text, subjects, p, o",
    [
        ("Hàn Quốc và Nhật Bản cảnh báo Triều Tiên sau vụ phóng tên lửa.", ("South Korea", "Japan"), "warns", "North Korea"),
        # a statement noun after a statement verb ("gia hạn lệnh trừng phạt", "bày tỏ sự ủng hộ")
        ("Canada và EU gia hạn lệnh trừng phạt chống Nga.", ("Canada", "European Union"), "sanctions", "Russia"),
        ("Anh, Pháp và Đức áp đặt các lệnh trừng phạt đối với Iran.", ("United Kingdom", "France", "Germany"),
         "sanctions", "Iran"),
        ("Mỹ, Hàn Quốc và nhiều nước khác nhất trí siết chặt các biện pháp trừng phạt nhằm vào Bình Nhưỡng.",
         ("United States", "South Korea"), "sanctions", "North Korea"),
        ("Ba Lan và Litva bày tỏ sự ủng hộ đối với Moldova.", ("Poland", "Lithuania"), "supports", "Moldova"),
    ],
)
def test_coordinated_subjects_each_get_the_edge(triples, text, subjects, p, o):
    found = triples(text)
    assert all(has(found, s, p, o) for s in subjects), found


def test_passive_agent_is_the_subject(triples):
    found = triples("Iran bị Mỹ cáo buộc hỗ trợ lực lượng Houthi.")
    assert has(found, "United States", "accuses", "Iran"), found
    assert not has(found, "Iran", "accuses", "United States")


def test_nominalised_meeting_between_two_actors(triples):
    found = triples("Cuộc gặp giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump diễn ra tại Helsinki.")
    assert has(found, "Vladimir Putin", "met", "Donald Trump"), found


def test_source_attribution_is_not_a_subject(triples):
    found = triples("Theo Reuters, Mỹ cáo buộc Trung Quốc đánh cắp công nghệ.")
    assert has(found, "United States", "accuses", "China"), found
    assert not any(s == "Reuters" for s, _, _ in found), found


def test_wanting_someone_to_act_is_a_demand(triples):
    assert ("Russia", "urges", "Ukraine") in triples("Nga muốn Ukraine phải rút quân khỏi khu vực biên giới.")
    assert not any(p == "urges" for _, p, _ in triples("Nga muốn Ukraine ổn định và thịnh vượng."))
