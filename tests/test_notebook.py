"""In a notebook, results show as HTML tables (`_repr_html_`), on the hand-built graph of test_query.py."""
from __future__ import annotations

import importlib.util
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vnkg import Entity, EntityList, KnowledgeGraph, RelationList
from vnkg.notebook import SHOWN

_spec = importlib.util.spec_from_file_location("_query_graph", Path(__file__).with_name("test_query.py"))
assert _spec is not None and _spec.loader is not None
_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_graph)


class Tables(HTMLParser):
    """The text of every cell of every table, row by row, and the captions."""

    def __init__(self, html: str):
        super().__init__()
        self.rows: list[list[str]] = []
        self.captions: list[str] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._caption = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "caption":
            self._caption = True

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None
        elif tag == "caption":
            self._caption = False

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        elif self._caption:
            self.captions.append(data)


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph(_graph.build(), dictionary=False)


def test_relations_are_a_table_of_their_records(kg):
    relations = kg.relations(subject="Nga")
    page = Tables(relations._repr_html_())
    assert page.rows[0] == list(RelationList.columns)
    assert [row[:3] for row in page.rows[1:]] == [[r.subject.label, r.predicate, r.object.label] for r in relations]
    assert page.captions == [f"{len(relations)} relations"]


def test_an_entity_and_a_relation_with_its_sentences(kg):
    page = Tables(kg.entity("Lavrov")._repr_html_())
    assert page.captions == ["Sergey Lavrov [PERSON]"]
    assert dict(page.rows)["mentions"] == "2" and dict(page.rows)["id"] == "person:sergey_lavrov"
    met = kg.relations(subject="Lavrov", predicate="met")[0]
    page = Tables(met._repr_html_())
    assert [row[0] for row in page.rows[1:]] == ["a1", "a6"]  # one row per evidence sentence
    assert page.rows[1][1:3] == ["2021-12-02", "Stockholm"]


def test_stance_path_entities_and_predicates(kg):
    page = Tables(kg.stance("Russia", "NATO")._repr_html_())
    assert ["verbal conflict", "2"] in page.rows and page.captions[0].startswith("Russia ↔ NATO: conflict")
    assert "Dmytro Kuleba → Russia → Vladimir Putin" in "".join(Tables(kg.path("Kuleba", "Putin")._repr_html_()).text)
    people = kg.entities.of_type("person").by_mentions()[:2]
    assert [row[1] for row in Tables(people._repr_html_()).rows[1:]] == ["Antony Blinken", "Sergey Lavrov"]
    counts = {row[0]: row[-2:] for row in Tables(kg.predicate_counts()._repr_html_()).rows[1:]}
    assert counts["met"] == ["3", "4"] and counts["attacks"] == ["0", "0"]


def test_text_is_escaped_and_long_lists_are_cut():
    many = EntityList(Entity(f"x:{i}", f"<b>{i}</b> & co", "ORGANIZATION") for i in range(SHOWN + 7))
    html = many._repr_html_()
    assert "<b>" not in html and "&lt;b&gt;0&lt;/b&gt; &amp; co" in html
    page = Tables(html)
    assert len(page.rows) == 1 + SHOWN
    assert "… 7 more (57 in all; .to_frame() gives every row)" in "".join(page.text)
    assert Tables(RelationList()._repr_html_()).text == ["(no relations)"]
