"""What is not the article never reaches the readers: one row per construction, on text written for the tests."""
import pytest

from extract import default_lexicon
from extract.pipeline import line_sentences, sentences
from extract.types import Article


@pytest.mark.parametrize(
    "text, kept",
    [
        # a caption at the start of a line goes, the sentence after it stays
        ("Ảnh minh họa. (Nguồn: abc.vn) Tổng thống Pháp thăm Đức.", ["Tổng thống Pháp thăm Đức."]),
        ("(Ảnh minh họa: TTXVN) Bộ trưởng Nhật Bản thăm Ấn Độ.", ["Bộ trưởng Nhật Bản thăm Ấn Độ."]),
        ("Ảnh tư liệu: EPA/TTXVN Canada ủng hộ Ukraine.", ["Canada ủng hộ Ukraine."]),
        ("Ảnh: Reuters Mỹ cảnh báo Iran.", ["Mỹ cảnh báo Iran."]),
        ("Ảnh minh họa", []),
        # a related headline in brackets, inside a line or cut at its start
        ("Nga lên án Mỹ. [Nhật Bản tấn công Trung Quốc?] Pháp hoan nghênh Đức.", ["Nga lên án Mỹ. Pháp hoan nghênh Đức."]),
        ("gặp Trung Quốc?] Ông Abe phát biểu.", ["Ông Abe phát biểu."]),
        # where a person stands in the photo goes, the names around it stay
        ("Ông Putin (phải) và ông Abe (trái) tại cuộc gặp.", ["Ông Putin và ông Abe tại cuộc gặp."]),
        ("Ông Kerry (thứ hai từ trái sang) và ông Lavrov (ngoài cùng bên phải).", ["Ông Kerry và ông Lavrov."]),
        ("Ông Abe (giữa, phải) phát biểu.", ["Ông Abe phát biểu."]),
        ("Căng thẳng (giữa Nga và Mỹ) tăng.", ["Căng thẳng (giữa Nga và Mỹ) tăng."]),
        # a headline printed twice starts the list of related articles
        ("Anh và Pháp hội đàm về Libya.\nÝ hội đàm với Anh Ý hội đàm với Anh\nĐức chỉ trích Ý.", ["Anh và Pháp hội đàm về Libya."]),
        ("Anh nói và Anh nói thêm.", ["Anh nói và Anh nói thêm."]),
        # a byline after a dash, on its own line
        ("Ba Lan mời Pháp họp.\n- Anh Tú", ["Ba Lan mời Pháp họp."]),
        ("- Nga phản đối.\n- Anh Tú", ["- Nga phản đối."]),
        # the older rules still hold
        ("Nga cáo buộc Mỹ.\nTin liên quan\nMỹ trừng phạt Nga", ["Nga cáo buộc Mỹ."]),
    ],
)
def test_article_lines(text, kept):
    assert default_lexicon().boilerplate.article_lines(text) == kept


@pytest.mark.parametrize(
    "line, expected",
    [
        # a stop with no space after it is inside a word: a name with a dot, initials, a web address
        ("Công ty Mail.Ru Group phủ nhận.", ["Công ty Mail.Ru Group phủ nhận."]),
        ("Ngài X.V.Mi-khai-lốp gửi lời chia buồn.", ["Ngài X.V.Mi-khai-lốp gửi lời chia buồn."]),
        # ... but a Vietnamese word after it starts a sentence whose space was lost
        ("Ông Abe đến Nga.Tổng thống Putin đón ông.", ["Ông Abe đến Nga.", "Tổng thống Putin đón ông."]),
        # a closing quote belongs to the sentence it closes
        ("“Mỹ phải trả tiền.” Ông Trump nói vậy.", ["“Mỹ phải trả tiền.”", "Ông Trump nói vậy."]),
        ('"Nga sai." Về phần mình, ông nói.', ['"Nga sai."', "Về phần mình, ông nói."]),
        # ... and so do the words after it that go on with it
        ("“Quá tệ!”, ông Trump viết.", ["“Quá tệ!”, ông Trump viết."]),
        ("Nga phản đối. Mỹ ủng hộ.", ["Nga phản đối.", "Mỹ ủng hộ."]),
    ],
)
def test_line_sentences(line, expected):
    assert line_sentences(line) == expected


@pytest.mark.parametrize(
    "body, last",
    [
        # a byline glued after the last sentence goes
        ("Ba Lan mời Pháp họp. Hai bên bàn về thương mại. Anh Tú", "Hai bên bàn về thương mại."),
        ("Ba Lan mời Pháp họp. Thu Hà (Theo Reuters)", "Ba Lan mời Pháp họp."),
        # a last sentence with words in lower case stays
        ("Ba Lan mời Pháp họp. Anh Tú nói vậy.", "Anh Tú nói vậy."),
        # a bare credit its caption left at the start of a sentence goes, the sentence stays
        ("Ông Putin tại cuộc gặp. AFP/TTXVN Sau lễ đón, Pháp hội đàm với Nga.", "Sau lễ đón, Pháp hội đàm với Nga."),
    ],
)
def test_a_byline_glued_to_the_last_line(body, last):
    assert sentences(Article("t", body), default_lexicon())[-1] == last


def test_a_sentence_keeps_what_follows_a_credit(triples):
    found = triples("Ảnh: AFP Tổng thống Mỹ Donald Trump gặp Thủ tướng Canada Justin Trudeau.")
    assert ("Donald Trump", "met", "Justin Trudeau") in found or ("Justin Trudeau", "met", "Donald Trump") in found


def test_a_photo_position_does_not_part_the_pair_it_stands_in(triples):
    found = triples("Ngoại trưởng Mỹ Rex Tillerson (trái) hội đàm với Ngoại trưởng Nga Sergei Lavrov (phải) tại Moskva.")
    assert ("Rex Tillerson", "held_talks_with", "Sergey Lavrov") in found \
        or ("Sergey Lavrov", "held_talks_with", "Rex Tillerson") in found, found


def test_bracketed_headline_gives_no_edge(triples):
    found = triples("Ông Abe phát biểu [Nhật Bản tấn công Trung Quốc] tại Tokyo.")
    assert not any(p == "attacks" for _, p, _ in found), found


def test_rules_are_strings():
    from extract.boilerplate import BoilerplateRules

    with pytest.raises(ValueError, match="every rule must be a string"):
        BoilerplateRules.from_data({"drop_line": [{"Ảnh": None}]})
    with pytest.raises(ValueError, match="unknown keys"):
        BoilerplateRules.from_data({"drop_lines": ["x"]})
