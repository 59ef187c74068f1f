"""Property-based: whatever text or bytes come in, extraction and reading never raise."""
from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import Article, Extractor, extract_article
from ingest import Problem, Reader

EXTRACTOR = Extractor()

WORDS = [
    "Ngoại trưởng", "Nga", "Mỹ", "Sergey Lavrov", "Antony Blinken", "gặp", "cáo buộc", "hôm 7/12", "ngày 2/12",
    "(29/3)", "tại Stockholm", "không", "sẽ", "ông", "bà", "Tổng thống", "Điện Kremlin", "NATO", "và", "với",
    "thỏa thuận", "hoà bình", "Thuỵ Điển", ".", ",", "\n", "\"", "(", ")", "08/12/2021 19:11 GMT+7", "99/99",
]
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(
    ["\x7f", "\x85", "\u200b", "\u200e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\u0301", "\u0323", "\u0309"]
)
WEIRD = st.characters(exclude_categories=["Cs"])  # every code point a str from a file can hold

vietnamese = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
mixed = st.lists(st.one_of(st.sampled_from(WORDS), st.text(WEIRD, max_size=8), st.text(CONTROL, max_size=4)),
                 max_size=40).map(" ".join)
# One line of up to ~200k characters with no break a sentence splitter could use.
huge_line = st.builds(lambda unit, n: unit * n,
                      st.sampled_from(["x", "Ngoại", "\u0301", "\x00", "🙂", "a\u200b", "ồ", "1/", "((", "\t"]),
                      st.integers(1000, 40_000))

ANY_TEXT = st.one_of(st.text(WEIRD, max_size=300), st.text(CONTROL, max_size=200), vietnamese, mixed, huge_line)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=ANY_TEXT, title=st.text(WEIRD, max_size=40), date=st.none() | st.sampled_from(["2021-12-08", "2000-02-29"]))
def test_extraction_never_raises(text, title, date):
    result = EXTRACTOR(Article("h", text, title=title, date=date))
    for relation in result.relations:
        assert relation.evidence.article == "h"


def test_extract_article_on_pathological_inputs():
    for text in ["", " ", "\n" * 1000, "\x00" * 10_000, "." * 50_000, "Nga" + "\u0301" * 5000,
                 "Nga cáo buộc Mỹ." + "\x1b[31m" * 100, "🙂" * 20_000, "x" * 500_000]:
        extract_article(Article("p", text))


FORMATS = [".txt", ".md", ".html", ".jsonl", ".jsonl.gz", ".dat"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=2000), ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.builds(lambda t, enc: t.encode(enc, "replace"), mixed, st.sampled_from(["utf-16", "cp1258"]))),
       suffix=st.sampled_from(FORMATS))
def test_reader_never_raises(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("r") / f"bai{suffix}"
    path.write_bytes(data)
    problems: list[Problem] = []
    for article in Reader(problems.append, max_size=100_000).articles([path]):
        assert article.text.strip()
        article.text.encode("utf-8")  # no lone surrogate reaches the graph writers
        json.dumps(article.__dict__, ensure_ascii=False).encode("utf-8")
    for problem in problems:
        assert "\n" not in str(problem)


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}), st.none() | st.integers() | st.text(WEIRD, max_size=5),
              st.none() | st.text(WEIRD, max_size=60) | st.integers()),
    st.text(WEIRD, max_size=60)), max_size=20))
def test_jsonl_on_stdin_never_raises(lines):
    problems: list[Problem] = []
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    list(Reader(problems.append, stdin=io.BytesIO(data)).articles(["-"]))
