"""graph.html's views in a real browser: the overview, expanding, focusing, undo, the charts.

A graph the size of world-2017 (2,287 entities, 2,690 relations, made up for the
test by tests/html_graphs.synthetic_graph) must open on a view a reader can
read: a few hundred entities at most, every one labelled large enough to be
drawn. The small hostile graph checks what the charts count.
"""
from __future__ import annotations

import math

from exports.overview import OVERVIEW_MOST
from tests.html_browser import browser_fixture, page_fixtures
from tests.html_graphs import hostile_graph, synthetic_graph

WORLD_SIZE = (2287, 2690)


browser = browser_fixture()
world_page, world = page_fixtures("world", lambda: synthetic_graph(*WORLD_SIZE, seed=17))
small_page, small = page_fixtures("small", hostile_graph)


LABELS = """() => {
    const scale = network.getScale(), r = document.getElementById('network').getBoundingClientRect();
    const threshold = network.body.nodes[network.body.nodeIndices[0]].options.scaling.label.drawThreshold;
    return network.body.nodeIndices.map(id => {
        const n = network.body.nodes[id], d = network.canvasToDOM({x: n.x, y: n.y});
        return {id, label: n.options.label, px: n.options.font.size * scale, threshold,
                inside: d.x >= 0 && d.y >= 0 && d.x <= r.width && d.y <= r.height};
    }); }"""


def shown_ids(page) -> set[str]:
    return set(page.js("network.body.nodeIndices.slice()"))


def neighbours(page, node: str) -> set[str]:
    return set(page.js("(id) => vnkg.edgesOf.get(id).map(e => vnkg.other(vnkg.edgeById.get(e), id))"
                       ".filter(m => m !== id)", node))


def test_a_corpus_sized_graph_opens_on_a_few_hundred_labelled_entities(world):
    nodes = world.js(LABELS)
    assert 50 <= len(nodes) <= OVERVIEW_MOST <= 300
    for n in nodes:
        assert n["label"] and n["inside"], n
        assert n["px"] >= n["threshold"], n  # drawn, not faded out for being too small on screen
    assert world.page.inner_text("#status").startswith(f"Showing {len(nodes)} of {WORLD_SIZE[0]} entities")
    assert world.page.inner_text("#view-name").startswith(f"Overview: the {len(nodes)} most mentioned")
    # The entities shown are the most mentioned ones that have relations among them.
    shown = world.js("network.body.nodeIndices.map(id => vnkg.nodeById.get(id).mentions)")
    assert min(shown) >= sorted(world.js("vnkg.DATA.nodes.map(n => n.mentions)"), reverse=True)[3 * len(shown)]


def test_expanding_an_entity_adds_its_neighbours_and_undo_takes_them_back(world):
    before = shown_ids(world)
    # The entity of the view with the most neighbours outside it.
    node = max(sorted(before), key=lambda n: len(neighbours(world, n) - before))
    missing = neighbours(world, node) - before
    assert missing
    world.page.mouse.click(*world.node_point(node))
    button = world.page.locator("#panel .actions button", has_text="Expand")
    assert button.inner_text() == f"Expand (+{len(missing)})"
    button.click()
    after = shown_ids(world)
    assert after == before | missing
    assert "+ the neighbours of " + world.js("(id) => vnkg.nodeById.get(id).label", node) in world.page.inner_text("#view-name")
    # The newcomers are placed around the entity, none on top of another entity.
    points = world.js("(ids) => network.getPositions(ids)", sorted(after))
    sizes = world.js("(ids) => ids.map(id => vnkg.nodeById.get(id).size)", sorted(after))
    size = dict(zip(sorted(after), sizes))
    for new in missing:
        for other in after - {new}:
            gap = math.dist((points[new]["x"], points[new]["y"]), (points[other]["x"], points[other]["y"]))
            assert gap >= size[new] + size[other], (new, other)
    assert world.page.locator("#panel .actions button", has_text="Expand").is_disabled()
    world.page.click("#undo")
    assert shown_ids(world) == before


def test_choosing_an_entity_shows_its_neighbourhood_around_it(world):
    before = shown_ids(world)
    outside = world.js("(shown) => vnkg.DATA.nodes.filter(n => !shown.includes(n.id) && vnkg.edgesOf.get(n.id).length > 2)"
                       ".map(n => n.label)[0]", sorted(before))
    world.page.fill("#search", outside)
    world.page.press("#search", "Enter")
    centre = world.js("vnkg.state.view.centre")
    assert world.js("(id) => vnkg.nodeById.get(id).label", centre) == outside
    assert world.page.locator("#panel-title").inner_text() == outside
    ring = neighbours(world, centre)
    assert shown_ids(world) == ring | {centre}
    # Every neighbour on a ring around it, at least one ring out; only its own relations drawn.
    pos = world.js("(ids) => network.getPositions(ids)", sorted(ring | {centre}))
    c = (pos[centre]["x"], pos[centre]["y"])
    assert min(math.dist(c, (pos[m]["x"], pos[m]["y"])) for m in ring) >= 200
    assert world.js("(c) => network.body.edgeIndices.every(id => { const e = vnkg.edgeById.get(id); return e.from === c || e.to === c; })", centre)
    # Two hops: the neighbours' neighbours come in too, farther out.
    world.page.locator("#panel .actions button", has_text="Two hops").click()
    two = set().union(*(neighbours(world, m) for m in ring)) | ring | {centre}
    assert shown_ids(world) == two
    world.page.click("#undo")
    world.page.click("#undo")
    assert shown_ids(world) == before


def test_filters_are_listed_over_the_canvas_and_undone(small):
    nodes, edges = small.shown()
    small.page.locator("#type-filters label", has_text="Person").locator("input").uncheck()
    small.page.fill("#min-mentions", "2")
    small.page.wait_for_function("() => vnkg.state.filters.minMentions === 2")
    chips = small.page.locator("#viewbar .chip").all_inner_texts()
    assert [c.rstrip("×").strip() for c in chips] == ["Hidden: Person", "Mentioned at least 2 times"]
    # A chip's × lifts its filter; Undo brings it back; Undo again shows the graph as it opened.
    small.page.locator("#viewbar .chip", has_text="Hidden: Person").locator("button").click()
    assert small.page.locator("#viewbar .chip").all_inner_texts()[0].startswith("Mentioned at least 2")
    small.page.click("#undo")
    assert small.page.locator("#type-filters label", has_text="Person").locator("input").is_checked() is False
    small.page.click("#undo")
    small.page.click("#undo")
    assert small.shown() == (nodes, edges) and small.page.locator("#viewbar .chip").count() == 0
    assert small.page.locator("#undo").is_disabled()


def bars(page, chart: str) -> dict[tuple[str, str], int]:
    """{(period, key): height in relations} of the bars of a chart in the panel."""
    rows = page.js("(c) => [...document.querySelectorAll(`#panel [data-chart=${c}] rect`)]"
                   ".map(r => [r.dataset.period, r.dataset.key, r.querySelector('title').textContent])", chart)
    return {(p, k): int(title.rsplit(": ", 1)[1]) for p, k, title in rows}


def test_an_entitys_relations_over_time_and_a_pairs_stance(small):
    small.js("() => vnkg.selectNode('country:RU')")
    # Russia: met the US on 2021-12-02 (consult), NATO opposes it on 2022-02-01 (disapprove);
    # the planned meeting with Ukraine and its opposition to NATO expansion carry no date, nor
    # does their article; Lavrov's office is structure, which has no time.
    assert bars(small, "timeline") == {("2021-12", "verbal cooperation|consult"): 1,
                                       ("2022-02", "verbal conflict|disapprove"): 1}
    assert "2 relations without a date" in small.page.inner_text("#panel [data-chart=timeline]")
    # The months in between are on the axis, empty.
    assert small.js("() => document.querySelectorAll('#panel [data-chart=timeline] text').length") >= 3
    # A sentence that dates nothing counts on its article's date: the threat to Ukraine, in an article of 2022-01-10.
    small.js("() => vnkg.selectNode('country:UA')")
    assert bars(small, "timeline") == {("2022-01", "verbal conflict|threaten"): 1}
    small.js("() => vnkg.selectEdge(vnkg.edges.get({filter: e => e.from === 'org:NATO'})[0].id)")
    assert bars(small, "stance") == {("2022-02", "conflict"): 1}
    assert "Leaning: conflict (score -1.00" in small.page.inner_text("#panel [data-chart=stance]")
