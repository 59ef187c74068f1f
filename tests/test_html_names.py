"""graph.html in a real browser: one set of names with the command line, and articles behind the evidence.

The page's search must find an entity by every name `vnkg show` and
KnowledgeGraph.entity accept, first in KnowledgeGraph.find's order; the
evidence of a relation must show its article's title, date and a link to it.
"""
from __future__ import annotations

import pytest

from extract.actors import ACTORS_DIR, load_actors
from graph.names import exact_key, loose_key
from tests.html_browser import browser_fixture, page_fixtures
from tests.html_graphs import EVIL, EVIL_TITLE, EVIL_URL, IMG, LAVROV, MET_TITLE, MET_URL, hostile_graph
from vnkg import KnowledgeGraph


def small_graph():
    """The hostile graph with "Hoa Kỳ" taken from the United States' aliases: only the dictionary knows it."""
    G = hostile_graph()
    G.nodes["country:US"]["aliases"] = [a for a in G.nodes["country:US"]["aliases"] if a != "Hoa Kỳ"]
    return G


browser = browser_fixture()
small_page, small = page_fixtures("small", small_graph)


def test_hoa_ky_finds_the_united_states_through_the_dictionary(small):
    assert "Hoa Kỳ" not in small.js("() => vnkg.nodeById.get('country:US').aliases")
    small.page.fill("#search", "hoa ky")
    first = small.page.locator("#search-results li").first
    assert first.get_attribute("data-id") == "country:US"
    small.page.press("#search", "Enter")
    assert small.page.locator("#panel-title").inner_text() == "United States"


QUERIES = ["hoa ky", "Hoa Kỳ", "Mỹ", "my", "nga", "Nga", "Liên bang Nga", "Russia", "country:RU", "kiev", "Ukraine",
           "lavrov", "Lavrov", "Sergei Lavrov", "nato", "NATO mở rộng", "the west", "doc hai", "Blinken", IMG]


@pytest.mark.parametrize("query", QUERIES)
def test_the_page_finds_what_the_command_line_finds_in_the_same_order(small, query):
    expected = [e.id for e in KnowledgeGraph(small_graph()).find(query)]
    found = small.js("(q) => vnkg.search(q)", query)
    assert found[:len(expected)] == expected, (query, found, expected)
    # Whatever else the page offers comes after them, and holds what was typed.
    for entity in found[len(expected):]:
        names = small.js("(id) => vnkg.details().names[id].map(r => r[3])", entity)
        assert any(loose_key(query) in name for name in names), (query, entity)


def test_the_page_folds_names_as_graph_names_does(small):
    names = sorted({name for actor in load_actors(str(ACTORS_DIR)).values() for name in actor.aliases})
    names += ["  Hoa   Kỳ!!", "The West", "THE WEST", "Straße", "Jonas Gahr Støre", "Fikri Işık", "Đắk Lắk",
              "KIM Jong-un", "Ō-saka", "São Tomé", "Kyiv/Kiev", "ﬁnance", "ﬂow", "ΟΔΥΣΣΕΥΣ", "Ⅻ", "Zürich", "x_y",
              IMG]
    got = small.js("(names) => names.map(n => [vnkg.names.exactKey(n), vnkg.names.looseKey(n)])", names)
    assert len(names) > 1000
    wrong = [(n, g, [exact_key(n), loose_key(n)]) for n, g in zip(names, got) if g != [exact_key(n), loose_key(n)]]
    assert wrong == []


def test_evidence_shows_its_articles_title_date_and_link(small):
    small.js("() => vnkg.selectRelation(vnkg.DATA.relations.find(r => r.predicate === 'met' && r.to === 'country:US').id)")
    source = small.page.locator("#panel .evidence .source").first
    assert MET_TITLE in source.inner_text() and "2021-12-02" in source.inner_text()
    link = source.locator("a")
    assert link.inner_text() == MET_TITLE
    assert link.get_attribute("href") == MET_URL
    assert link.get_attribute("target") == "_blank" and link.get_attribute("rel") == "noopener noreferrer"
    # A title with markup is text; a javascript: address is no link at all.
    small.js("(id) => vnkg.selectRelation(vnkg.DATA.relations.find(r => r.from === id && r.predicate === 'criticizes').id)",
             EVIL.id)
    source = small.page.locator("#panel .evidence .source").first
    assert EVIL_TITLE in source.inner_text() and "2022-01-10" in source.inner_text()
    assert source.locator("a").count() == 0
    assert small.js("() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))"
                    ".every(h => h.startsWith('https://'))")
    assert EVIL_URL not in small.page.content()
    # The entity's article list too.
    small.js("(id) => vnkg.selectNode(id)", LAVROV.id)
    small.page.locator("#panel details summary", has_text="Articles").click()
    assert small.page.locator("#panel .articles a").get_attribute("href") == MET_URL
