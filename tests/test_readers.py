"""Reading articles: every format, every encoding, every kind of bad input."""
from __future__ import annotations

import gzip
import io
import json
import os
import unicodedata
from pathlib import Path

import pytest

from extract.dates import event_date
from ingest import Problem, Reader, decode_bytes, iter_articles
from ingest.dates import article_date, iso_date
from ingest.reader import MAX_LINE_PROBLEMS

TEXT = (
    "Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken tại Stockholm hôm 2/12.\n"
    "Hai bên thảo luận về thỏa thuận hòa bình và quan hệ với Thụy Điển trong khoảng 40 phút."
)
# The same text in the other school of tone placement ("hoà", "thoả", "Thuỵ").
OLD_TONES = TEXT.replace("thỏa", "thoả").replace("hòa", "hoà").replace("Thụy", "Thuỵ")
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows does in code page 1258: base letters precomposed, tone marks apart."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def read(*paths, **options):
    problems: list[Problem] = []
    reader = Reader(problems.append, **options)
    articles = list(reader.articles([str(p) for p in paths]))
    return articles, problems


def skipped(problems):
    return [str(p) for p in problems if p.skipped]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --- formats -------------------------------------------------------------------


def test_txt_is_one_article_named_by_its_stem(tmp_path):
    (article,), problems = read(write(tmp_path / "000_lavrov.txt", TEXT))
    assert problems == []
    assert article.id == "000_lavrov"
    assert article.text == TEXT
    assert article.source.endswith("000_lavrov.txt")


def test_markdown_title_and_markup(tmp_path):
    md = (
        "---\ntitle: Nga và Mỹ hội đàm\ndate: 2021-12-02\n---\n\n"
        "Ông **Lavrov** gặp [ông Blinken](https://example.vn/blinken) tại Stockholm.\n\n"
        "![Ảnh minh họa](anh.jpg)\n\n"
        "```\nkhông phải bài báo\n```\n\n"
        "- Hai bên bàn về Ukraine.\n"
    )
    (article,), problems = read(write(tmp_path / "bai.md", md))
    assert problems == []
    assert article.title == "Nga và Mỹ hội đàm"
    assert article.date == "2021-12-02"
    assert article.text == "Ông Lavrov gặp ông Blinken tại Stockholm.\nHai bên bàn về Ukraine."


def test_markdown_heading_is_the_title(tmp_path):
    (article,), _ = read(write(tmp_path / "bai.md", "# Nga và Mỹ\n\nNga cáo buộc Mỹ.\n\n## Phản ứng\n\nMỹ bác bỏ.\n"))
    assert article.title == "Nga và Mỹ"
    assert article.text == "Nga cáo buộc Mỹ.\nPhản ứng\nMỹ bác bỏ."


PAGE = """<!doctype html><html><head><meta charset="{charset}">
<title>Nga và Mỹ hội đàm tại Stockholm</title>
<meta property="article:published_time" content="2021-12-02T19:11:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a> | <a href="/kinh-te">Kinh tế</a></nav>
<div class="menu"><ul><li>Thời sự</li><li>Thể thao</li></ul></div>
<article><h1>Nga và Mỹ hội đàm tại Stockholm</h1>
<p>{body1}</p>
<p>{body2}</p>
</article>
<footer>Bản quyền thuộc về tòa soạn. Liên hệ quảng cáo.</footer>
<script>var banner = "Đăng ký nhận tin";</script>
</body></html>"""


def page(charset="utf-8") -> str:
    body1, body2 = TEXT.split("\n")
    return PAGE.format(charset=charset, body1=body1, body2=body2)


@pytest.mark.parametrize("name", ["bai.html", "bai.htm"])
def test_html_main_text_by_trafilatura(tmp_path, name):
    (article,), problems = read(write(tmp_path / name, page()))
    assert problems == []
    assert article.id == "bai"
    assert article.title == "Nga và Mỹ hội đàm tại Stockholm"
    assert article.text == TEXT  # the headline is the title, not repeated in the text
    assert article.date == "2021-12-02"
    for boilerplate in ("Trang chủ", "Thời sự", "Bản quyền", "Đăng ký", "banner"):
        assert boilerplate not in article.text


def test_html_in_windows_1258_with_meta_charset(tmp_path):
    html = page("windows-1258")
    (article,), problems = read(write(tmp_path / "cu.html", cp1258(html)))
    assert problems == []
    assert article.text == TEXT


def test_html_without_article_text_is_reported(tmp_path):
    articles, problems = read(write(tmp_path / "trong.html", "<html><head><title>Trống</title></head><body><script>var a = 1;</script><img src=a.jpg></body></html>"))
    assert articles == []
    assert skipped(problems) == [f"{tmp_path / 'trong.html'}: no article text found in the HTML page"]


def test_jsonl_records(tmp_path):
    path = write(tmp_path / "corpus.jsonl", jsonl(
        {"id": "vn-1", "text": TEXT, "title": "Nga và Mỹ", "date": "2021-12-08T19:11:00+07:00", "url": "https://a.vn/1"},
        {"text": "Nga cáo buộc Mỹ.", "title": None},
        {"id": 42, "text": "Mỹ bác bỏ cáo buộc của Nga.", "date": "08/12/2021 19:11"},
    ))
    articles, problems = read(path)
    assert problems == []
    assert [a.id for a in articles] == ["vn-1", "corpus-2", "42"]
    first = articles[0]
    assert (first.title, first.date, first.url, first.text) == ("Nga và Mỹ", "2021-12-08", "https://a.vn/1", TEXT)
    assert articles[1].title == "" and articles[1].date is None
    assert articles[2].date == "2021-12-08"
    assert articles[0].source == f"{path}:1"


def test_jsonl_gz(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"id": "g1", "text": TEXT}, {"id": "g2", "text": "Nga cáo buộc Mỹ."}).encode()))
    articles, problems = read(path)
    assert problems == []
    assert [a.id for a in articles] == ["g1", "g2"]
    assert articles[0].text == TEXT


def test_folder_recursive_sorted_hidden_and_other_files_left_out(tmp_path):
    write(tmp_path / "b" / "z.txt", "Mỹ bác bỏ.")
    write(tmp_path / "a.md", "Nga cáo buộc Mỹ.")
    write(tmp_path / "b" / "c" / "y.html", page())
    write(tmp_path / "b" / "d.jsonl", jsonl({"id": "j", "text": "Pháp ủng hộ Đức."}))
    write(tmp_path / ".git" / "x.txt", "không đọc")
    write(tmp_path / ".an.txt", "không đọc")
    write(tmp_path / "anh.jpg", b"\xff\xd8\xff\xe0")
    write(tmp_path / "ghi-chu.csv", "a,b")
    write(tmp_path / "README.md", "# Các bài báo\n\nNga cáo buộc Mỹ.")  # says what the folder holds
    write(tmp_path / "b" / "LICENSE.txt", "CC BY-SA 4.0")
    problems: list[Problem] = []
    reader = Reader(problems.append)
    assert [a.id for a in reader.articles([tmp_path])] == ["a", "y", "j", "z"]
    assert problems == [] and reader.ignored == 4


def test_a_readme_named_on_the_command_line_is_read(tmp_path):
    write(tmp_path / "README.md", "Nga cáo buộc Mỹ.")
    problems: list[Problem] = []
    assert [a.id for a in Reader(problems.append).articles([tmp_path / "README.md"])] == ["README"]


def test_input_order_does_not_matter(tmp_path):
    for name in ("c.txt", "a.txt", "b.txt"):
        write(tmp_path / "x" / name, f"Bài {name}.")
    write(tmp_path / "y.txt", "Bài y.")
    orders = [[tmp_path / "y.txt", tmp_path / "x"], [tmp_path / "x", tmp_path / "y.txt", tmp_path / "x" / "a.txt"]]
    ids = [[a.id for a in read(*order)[0]] for order in orders]
    assert ids[0] == ids[1] == ["a", "b", "c", "y"]  # and a file named twice is read once


def test_named_file_of_unknown_extension_is_read_by_its_content(tmp_path):
    (html_article,), _ = read(write(tmp_path / "trang.aspx", page()))
    assert html_article.text == TEXT
    (text_article,), _ = read(write(tmp_path / "README", "Nga cáo buộc Mỹ."))
    assert text_article.text == "Nga cáo buộc Mỹ."
    (record,), _ = read(write(tmp_path / "dump.ndjson", jsonl({"id": "n1", "text": "Mỹ bác bỏ."})))
    assert record.id == "n1"
    (saved_page,), _ = read(write(tmp_path / "trang.txt", page()))  # a page saved as .txt
    assert saved_page.text == TEXT
    (bracket,), _ = read(write(tmp_path / "ngoac.txt", "[Ảnh] Nga cáo buộc Mỹ."))
    assert bracket.text == "[Ảnh] Nga cáo buộc Mỹ."
    pretty = write(tmp_path / "export.json", json.dumps([{"id": "p1", "text": "Nga."}], indent=2))
    assert read(pretty) == ([], [Problem(str(pretty), "a JSON document, not JSON Lines (one object a line) nor article text")])


# --- standard input ------------------------------------------------------------------


def from_stdin(data: bytes):
    problems: list[Problem] = []
    articles = list(iter_articles(["-"], problems.append, stdin=io.BytesIO(data)))
    return articles, problems


def test_stdin_text_gets_an_id_from_its_content():
    (article,), problems = from_stdin(TEXT.encode())
    (again,), _ = from_stdin(TEXT.encode())
    assert problems == [] and article.text == TEXT
    assert article.id.startswith("stdin-") and article.id == again.id
    assert from_stdin(b"Nga.")[0][0].id != article.id


def test_stdin_jsonl_plain_and_gzip():
    data = jsonl({"id": "s1", "text": TEXT}, {"text": "Nga cáo buộc Mỹ."}).encode()
    for payload in (data, gzip.compress(data)):
        articles, problems = from_stdin(payload)
        assert problems == []
        assert [a.id for a in articles] == ["s1", "stdin-2"]


def test_stdin_html_and_problems_name_stdin():
    (article,), _ = from_stdin(page().encode())
    assert article.text == TEXT
    articles, problems = from_stdin(b'{"id": "ok", "text": "Nga."}\n{oops\n')
    assert [a.id for a in articles] == ["ok"]
    assert skipped(problems) == ["<stdin>:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]
    assert skipped(from_stdin(b"")[1]) == ["<stdin>: empty file"]


# --- encodings and normalisation --------------------------------------------------------


ENCODINGS = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with BOM": TEXT.encode("utf-8-sig"),
    "utf-16 with BOM": TEXT.encode("utf-16"),
    "utf-16-le without BOM": TEXT.encode("utf-16-le"),
    "utf-16-be without BOM": TEXT.encode("utf-16-be"),
    "windows-1258": cp1258(TEXT),
    "NFD": unicodedata.normalize("NFD", TEXT).encode("utf-8"),
    "old tone placement": OLD_TONES.encode("utf-8"),
    "old tone placement in NFD": unicodedata.normalize("NFD", OLD_TONES).encode("utf-8"),
    "windows-1258, old tone placement, CRLF": cp1258(OLD_TONES.replace("\n", "\r\n")),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_every_encoding_reads_as_the_clean_text(tmp_path, name):
    (article,), problems = read(write(tmp_path / "bai.txt", ENCODINGS[name]))
    assert problems == []
    assert article.text == TEXT


def test_windows_1258_decodes_to_decomposed_marks_that_are_recomposed():
    raw = cp1258("Hòa bình")
    assert b"\xcc" in raw  # the grave accent travels as its own byte
    text, encoding, replaced = decode_bytes(raw)
    assert encoding == "cp1258" and replaced == 0
    assert text != "Hòa bình" and unicodedata.normalize("NFC", text) == "Hòa bình"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "windows-1258"])
def test_jsonl_in_other_encodings(tmp_path, encoding):
    data = jsonl({"id": "e1", "text": OLD_TONES, "title": "Thoả thuận"}, {"id": "e2", "text": "Nga cáo buộc Mỹ."})
    raw = cp1258(data) if encoding == "windows-1258" else data.encode(encoding)
    articles, problems = read(write(tmp_path / "c.jsonl", raw))
    assert problems == []
    assert [(a.id, a.text, a.title) for a in articles][0] == ("e1", TEXT, "Thỏa thuận")


def test_a_few_stray_bytes_in_utf8_are_replaced_with_a_warning(tmp_path):
    raw = TEXT.encode("utf-8").replace(b"Stockholm", b"Stock\xffholm")
    (article,), problems = read(write(tmp_path / "bai.txt", raw))
    assert "Stock\ufffdholm" in article.text
    assert [(p.skipped, p.message) for p in problems] == [(False, "1 bytes not valid utf-8 were replaced")]


def test_lone_surrogates_from_json_are_replaced(tmp_path):
    path = write(tmp_path / "s.jsonl", '{"id": "x\\ud800", "text": "Nga \\udc00 cáo buộc Mỹ."}\n')
    (article,), _ = read(path)
    assert article.id == "x\ufffd" and article.text == "Nga \ufffd cáo buộc Mỹ."
    article.text.encode("utf-8")


# --- dates ----------------------------------------------------------------------------


def test_article_date_from_the_text(tmp_path):
    text = "Thế giới\n08/12/2021 19:11 GMT+7\nNgoại trưởng Nga Sergey Lavrov hôm 7/12 gặp Ngoại trưởng Mỹ."
    (article,), _ = read(write(tmp_path / "a.txt", text))
    assert article.date == "2021-12-08"


def test_the_record_date_wins_over_the_text(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"id": "d", "text": "Cập nhật 08/12/2021 19:11. Nga cáo buộc Mỹ.",
                                              "date": "2021-12-09"}, {"id": "e", "text": "Nga.", "date": "không rõ"}))
    articles, _ = read(path)
    assert [a.date for a in articles] == ["2021-12-09", None]


@pytest.mark.parametrize("text, iso", [
    ("08/12/2021 19:11 GMT+7", "2021-12-08"),
    ("Thứ Tư, 8/12/2021, 19:11 (GMT+7)", "2021-12-08"),
    ("Cập nhật lúc: ngày 8 tháng 12 năm 2021", "2021-12-08"),
    ("2021-12-08T19:11:00+07:00", "2021-12-08"),
    ("không có ngày", None),
])
def test_article_date_forms(text, iso):
    assert article_date(text) == iso
    assert iso_date(text) == iso


@pytest.mark.parametrize("sentence, iso", [
    ("Ông Lavrov ngày 2/12 gặp ông Blinken.", "2021-12-02"),
    ("Ông Lavrov hôm 29/3 nói.", "2021-03-29"),
    ("Hai bên gặp nhau hôm thứ Ba (7/12).", "2021-12-07"),
    ("Hai bên gặp nhau ngày mùng 2 tháng 12.", "2021-12-02"),
    ("Ông Lavrov ngày 2/12/2020 nói.", "2020-12-02"),
    ("Ông Lavrov nói hôm qua.", None),
])
def test_event_dates_take_the_article_year(sentence, iso):
    assert event_date(sentence, "2021-12-08") == iso


def test_event_date_in_a_later_month_is_last_year():
    assert event_date("Cuộc gặp hôm 30/12 năm ngoái.", "2022-01-03") == "2021-12-30"
    assert event_date("Cuộc gặp hôm 2/2.", "2022-01-03") == "2022-02-02"  # next month: still this year


def test_event_date_without_article_date():
    assert event_date("Ông Lavrov ngày 2/12 nói.", None) is None
    assert event_date("Ông Lavrov ngày 2/12 nói.", "không phải ngày") is None


# --- bad input --------------------------------------------------------------------------


def test_empty_and_blank_files(tmp_path):
    files = [write(tmp_path / "a.txt", b""), write(tmp_path / "b.txt", " \n\t\r\n"), write(tmp_path / "c.jsonl", b""),
             write(tmp_path / "d.txt", "\ufeff".encode("utf-16")), write(tmp_path / "e.jsonl", b"\n\n")]
    articles, problems = read(*files)
    assert articles == []
    assert skipped(problems) == [f"{f}: empty file" for f in files]


@pytest.mark.parametrize("data, why", [
    (b"\x00\x01\x02Nga\x00\x00\x10\x11" * 100, "binary file (it holds NUL bytes), not text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document), not text"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file (a zip archive (or .docx/.xlsx)), not text"),
    (bytes(range(1, 9)) * 200, "binary file (mostly control characters), not text"),
])
def test_binary_files(tmp_path, data, why):
    path = write(tmp_path / "bai.txt", data)
    articles, problems = read(path)
    assert articles == [] and skipped(problems) == [f"{path}: {why}"]


def test_binary_jsonl(tmp_path):
    path = write(tmp_path / "x.jsonl", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert skipped(read(path)[1]) == [f"{path}: binary file (a PNG image), not JSON Lines"]


def test_broken_jsonl_lines_name_the_line_and_the_rest_is_read(tmp_path):
    path = write(tmp_path / "c.jsonl", (
        jsonl({"id": "ok1", "text": "Nga cáo buộc Mỹ."})
        + '{"id": "bad", "text": "thiếu ngoặc"\n'
        + jsonl({"id": "notext"}, {"id": "emptytext", "text": "  "}, {"id": "listtext", "text": ["a"]}, ["a"])
        + "[" * 100000 + "\n"
        + jsonl({"id": "ok2", "text": "Mỹ bác bỏ."})
    ))
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok1", "ok2"]
    assert skipped(problems) == [
        f"{path}:2: not valid JSON (Expecting ',' delimiter at column 36)",
        f"{path}:3: record has no text",
        f"{path}:4: record has no text",
        f"{path}:5: record's text is not a string but list",
        f"{path}:6: not a JSON object but list",
        f"{path}:7: not valid JSON (nested too deeply)",
    ]


def test_many_bad_lines_are_summed_up(tmp_path):
    path = write(tmp_path / "c.jsonl", "không phải JSON\n" * 50 + jsonl({"id": "ok", "text": "Nga."}))
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok"]
    assert len(problems) == MAX_LINE_PROBLEMS + 1
    assert str(problems[-1]) == f"{path}: 30 more bad lines skipped (lines 21-50)"
    assert sum(p.count for p in problems) == 50


def test_truncated_gzip_keeps_the_records_before(tmp_path):
    data = gzip.compress(jsonl(*({"id": f"r{i}", "text": f"Bài số {i} về Nga và Mỹ. " * 20} for i in range(300))).encode())
    path = write(tmp_path / "c.jsonl.gz", data[: len(data) // 2])
    articles, problems = read(path)
    assert 0 < len(articles) < 300
    (problem,) = skipped(problems)
    assert problem.startswith(f"{path}: cannot read past line {len(articles)}")


def test_file_over_the_size_limit(tmp_path):
    big = write(tmp_path / "big.txt", "Nga cáo buộc Mỹ. " * 100)
    small = write(tmp_path / "small.txt", "Mỹ bác bỏ.")
    articles, problems = read(big, small, max_size=1000)
    assert [a.id for a in articles] == ["small"]
    assert skipped(problems) == [f"{big}: file too large (2.1 KB, the limit is 1000 bytes; see --max-size)"]


def test_jsonl_record_over_the_size_limit(tmp_path):
    path = write(tmp_path / "c.jsonl", jsonl({"id": "big", "text": "Nga. " * 500}, {"id": "small", "text": "Mỹ."}))
    articles, problems = read(path, max_size=1000)
    assert [a.id for a in articles] == ["small"]
    assert skipped(problems) == [f"{path}:1: record too large (over the limit of 1000 bytes; see --max-size)"]


def test_stdin_over_the_size_limit():
    problems: list[Problem] = []
    assert list(iter_articles(["-"], problems.append, max_size=10, stdin=io.BytesIO(b"x" * 11))) == []
    assert skipped(problems) == ["<stdin>: more than the size limit of 10 bytes on standard input (see --max-size)"]


def test_missing_paths_and_broken_links(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    articles, problems = read(tmp_path / "khong-co.txt", tmp_path / "link.txt", fifo)
    assert articles == []
    assert skipped(problems) == [
        f"{tmp_path / 'khong-co.txt'}: no such file or folder",
        f"{tmp_path / 'link.txt'}: broken symbolic link",
        f"{fifo}: not a regular file (a named pipe)",
    ]


def test_unreadable_file(tmp_path, monkeypatch):
    locked = write(tmp_path / "khoa.txt", "Nga.")
    write(tmp_path / "mo.txt", "Mỹ.")
    real_open = os.open

    def fake_open(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)  # as for root, to whom chmod 000 is no obstacle
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["mo"]
    assert skipped(problems) == [f"{locked}: cannot read: Permission denied"]


def test_unreadable_folder(tmp_path, monkeypatch):
    write(tmp_path / "kin" / "a.txt", "Nga.")
    write(tmp_path / "mo" / "b.txt", "Mỹ.")
    real_scandir = os.scandir

    def fake_scandir(path="."):
        if Path(path) == tmp_path / "kin":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["b"]
    assert skipped(problems) == [f"{tmp_path / 'kin'}: cannot read folder: Permission denied"]


# --- articles.csv: what single-article files do not say about themselves ---------


def test_articles_csv_gives_date_title_and_url(tmp_path):
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.md", "# Tiêu đề trong tệp\n\n" + TEXT)
    write(tmp_path / "c.txt", TEXT)
    write(tmp_path / "articles.csv", "file,date,title,url\n"
                                     "a.txt,2021-12-02,Lavrov gặp Blinken,https://example.org/a\n"
                                     "b,2022-01-05,,\n")
    articles, problems = read(tmp_path)
    assert problems == []
    by_id = {a.id: a for a in articles}
    assert (by_id["a"].date, by_id["a"].title, by_id["a"].url) == ("2021-12-02", "Lavrov gặp Blinken", "https://example.org/a")
    assert (by_id["b"].date, by_id["b"].title) == ("2022-01-05", "Tiêu đề trong tệp")  # an empty cell keeps the file's own
    assert by_id["c"].date is None and by_id["c"].title == ""


def test_the_date_of_articles_csv_dates_the_events_of_its_article(tmp_path):
    from extract import Extractor

    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "articles.csv", "file,date\na.txt,2021-12-03\n")
    (article,), _ = read(tmp_path)
    met = [r for r in Extractor()(article).relations if r.predicate == "met"]
    assert met and met[0].date == "2021-12-02"  # "hôm 2/12" in the year of the article


@pytest.mark.parametrize(
    "table, problem",
    [
        ("file,date\na.txt,2 tháng 12\n", 'articles.csv:2: date "2 tháng 12" is not a date (use YYYY-MM-DD)'),
        ("name,when\na.txt,2021-12-02\n", "articles.csv:1: needs a header row with 'file' and any of date, title, url; not used"),
        (",date\n,2021-12-02\n", "articles.csv:1: needs a header row with 'file' and any of date, title, url; not used"),
        ("file,date\n,2021-12-02\n", "articles.csv:2: no file name; row not used"),
        (b"file,date\na.txt,\xff\xfe\n", "articles.csv: cannot read ("),
    ],
    ids=["not a date", "no file column", "blank header", "no file name", "not UTF-8"],
)
def test_a_bad_articles_csv_is_one_line_and_the_articles_are_still_read(tmp_path, table, problem):
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "articles.csv", table)
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a"] and articles[0].date is None
    assert len(problems) == 1 and not problems[0].skipped
    assert str(problems[0]).split("/")[-1].startswith(problem), problems


def test_articles_csv_leaves_json_lines_records_alone(tmp_path):
    write(tmp_path / "many.jsonl", jsonl({"id": "r1", "text": TEXT, "date": "2017-01-01"}))
    write(tmp_path / "articles.csv", "file,date\nmany.jsonl,2021-12-02\n")
    (article,), problems = read(tmp_path)
    assert problems == [] and article.date == "2017-01-01"
