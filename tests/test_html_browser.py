"""graph.html in a real browser: headless Chromium (Debian's package) driven by Playwright.

The page opens from file:// with every other request blocked (and none may even
be attempted), logs no console error, shows every entity, opens the evidence
of a clicked edge, and never runs markup that came in through an article.
The browser and the page wrapper come from tests/html_browser.py.
"""
from __future__ import annotations

import json

import pytest

from exports import write_html, write_json
from tests.html_browser import N_SCRIPTS, browser_fixture, opened_page
from tests.html_graphs import EVIL, EVIL_ARTICLE, EVIL_SENTENCE, HOSTILE, IMG, SCRIPT, hostile_graph

browser = browser_fixture()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    G = hostile_graph()
    write_json(G, out / "graph.json")
    write_html(G, out / "graph.html", title="Hostile " + SCRIPT)
    return out


@pytest.fixture
def opened(browser, site):
    # Every page, whatever the test did: no request left file://, nothing was logged as an error, nothing ran.
    yield from opened_page(browser, site / "graph.html")


def test_offline_page_shows_every_entity_and_relation(opened, site):
    data = json.loads((site / "graph.json").read_text(encoding="utf-8"))
    assert opened.shown() == (len(data["nodes"]), len(data["edges"]))
    assert opened.requests == [(site / "graph.html").as_uri()]
    assert opened.js("network instanceof vis.Network && window.network === vnkg.network")
    assert opened.page.inner_text("#status") == f"{len(data['nodes'])} entities, {len(data['edges'])} relations"
    # "Show all" brings every entity inside the drawing area.
    opened.page.click("#fit")
    outside = opened.js("""() => {
        const r = document.getElementById('network').getBoundingClientRect();
        return vnkg.nodes.getIds().filter(id => {
            const d = network.canvasToDOM(network.getPositions([id])[id]);
            return d.x < 0 || d.y < 0 || d.x > r.width || d.y > r.height; }); }""")
    assert outside == []


def test_clicking_an_edge_shows_its_evidence(opened):
    edge = opened.edge_id(EVIL.id, "criticizes")
    opened.page.mouse.click(*opened.edge_point(edge))
    panel = opened.page.locator("#panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "Evidence (1)" in text
    assert EVIL_SENTENCE in text  # the sentence, its markup shown as characters
    assert EVIL_ARTICLE in text and "2022-01-10" in text
    assert opened.page.locator("#panel-title").inner_text().replace("\n", " ") == f"{IMG} → criticizes → United States"
    # The two ends stay bright, the rest is veiled.
    assert opened.focus() == sorted([EVIL.id, "country:US"])
    opened.page.wait_for_timeout(100)
    assert min(opened.pixel("loc:stockholm")) > 200  # veiled: nearly white
    assert opened.pixel("country:US") == (0x3B, 0x6F, 0xB6)  # the colour of a country


def test_clicking_an_entity_highlights_its_neighbourhood_and_lists_names_and_relations(opened):
    opened.page.mouse.click(*opened.node_point(EVIL.id))
    opened.page.locator("#panel").wait_for(state="visible")
    assert opened.page.locator("#panel-title").inner_text() == IMG
    aliases = opened.page.locator("#panel .aliases li").all_inner_texts()
    assert set(HOSTILE) <= set(aliases)
    relations = opened.page.locator("#panel .relations li").all_inner_texts()
    assert len(relations) == 2 and any("criticizes" in r and "United States" in r for r in relations)
    assert opened.focus() == sorted([EVIL.id, "country:US", "country:UA"])
    # From the panel, a relation opens its evidence; Escape closes the panel and undims.
    opened.page.locator("#panel .relations li", has_text="threatens").locator("button.pred").click()
    assert "Evidence (1)" in opened.page.inner_text("#panel")
    opened.page.keyboard.press("Escape")
    assert opened.page.locator("#panel").is_hidden()
    assert opened.focus() is None
    opened.page.wait_for_timeout(100)
    assert opened.pixel("loc:stockholm") == (0xA0, 0x7C, 0x3B)  # the colour of a location, no veil


def test_injected_markup_shows_as_text_and_never_runs(opened):
    # Hover everything (tooltips), open every panel, search for the markup itself.
    for node in opened.js("vnkg.nodes.getIds()"):
        opened.page.mouse.move(*opened.node_point(node))
        opened.page.wait_for_timeout(30)
        opened.js("(id) => vnkg.selectNode(id)", node)
    for edge in opened.js("vnkg.edges.getIds()"):
        opened.js("(id) => vnkg.selectEdge(id)", edge)
    # Tooltips are text too.
    opened.js("network.fit()")
    opened.page.mouse.move(*opened.node_point(EVIL.id))
    tooltip = opened.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().startswith(IMG + "\nPerson")
    opened.page.mouse.move(*opened.edge_point(opened.edge_id(EVIL.id, "criticizes")))
    opened.page.wait_for_function("() => document.querySelector('div.vis-tooltip').innerText.includes('criticizes')")
    assert tooltip.inner_text().startswith(f"{IMG} → criticizes → United States")
    opened.page.fill("#search", "<img src=x")
    assert IMG in opened.page.inner_text("#search-results")
    opened.page.press("#search", "Enter")
    assert opened.page.locator("#panel-title").inner_text() == IMG
    assert opened.pwned() == "undefined"
    assert opened.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    # The only SVG is the page's own charts, made of shapes and text.
    assert opened.js("[...document.querySelectorAll('svg')].every(s => s.matches('svg.chart'))")
    assert opened.js("[...document.querySelectorAll('svg.chart *')].map(e => e.tagName)"
                     ".every(t => ['rect', 'line', 'text', 'title'].includes(t))")
    assert opened.js("document.scripts.length") == N_SCRIPTS
    assert opened.page.title() == "Hostile " + SCRIPT


def test_search_matches_any_alias_with_or_without_diacritics(opened):
    for query, expected in [("hoa ky", "country:US"), ("Hoa Kỳ", "country:US"), ("lien bang nga", "country:RU"),
                            ("kiev", "country:UA"), ("doc hai", EVIL.id), ("NATO mo rong", "issue:nato-expansion")]:
        assert opened.js("(q) => vnkg.search(q)[0]", query) == expected, query
    opened.page.fill("#search", "my")  # "Mỹ" without its diacritic
    opened.page.press("#search", "Enter")
    assert opened.page.locator("#panel-title").inner_text() == "United States"


def test_filters_by_type_family_date_modality_and_mentions(opened):
    nodes, edges = opened.shown()
    person = opened.page.locator("#type-filters label", has_text="Person").locator("input")
    person.uncheck()
    assert opened.shown() == (nodes - 2, edges - 3)  # 2 persons, with 3 relations between them and the rest
    person.check()
    assert opened.shown() == (nodes, edges)

    opened.page.locator("#family-filters label", has_text="structure").locator("input").uncheck()
    assert opened.shown() == (nodes, edges - 1)
    opened.page.click("#reset")

    opened.page.uncheck("#show-modal")  # the planned meeting of Russia and Ukraine
    assert opened.shown() == (nodes, edges - 1)
    assert opened.page.inner_text("#status") == f"Showing {nodes} of {nodes} entities, {edges - 1} of {edges} relations"
    opened.page.click("#reset")

    opened.page.fill("#date-from", "2022-01-01")
    opened.page.dispatch_event("#date-from", "change")
    assert opened.shown() == (nodes, edges - 1)  # the dated 2021 meeting goes; undated relations stay
    opened.page.uncheck("#show-undated")
    assert opened.shown() == (nodes, 2)  # 2022-01-10 and 2022-02-01
    opened.page.check("#hide-isolated")
    assert opened.shown() == (4, 2)
    opened.page.click("#reset")
    assert opened.shown() == (nodes, edges)

    opened.page.fill("#min-mentions", "3")
    opened.page.wait_for_function("(n) => network.body.nodeIndices.length < n", arg=nodes)
    low = opened.js("vnkg.nodes.get().filter(n => n.mentions < 3).length")
    assert opened.shown()[0] == nodes - low
