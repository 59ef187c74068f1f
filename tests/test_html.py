"""graph.html without a browser: self-contained, escaped, deterministic, complete.

What the page does when it runs is tested in a real browser in test_html_browser.py.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import random
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from exports import write_html
from exports.html import PAGE_SCRIPTS, to_html
from exports.overview import OVERVIEW_LEAST, OVERVIEW_MOST
from exports.layout import layout
from exports.style import label_box, node_size
from tests.html_graphs import EVIL, EVIL_ARTICLE, EVIL_SENTENCE, HOSTILE, hostile_graph, synthetic_graph

N_SCRIPTS = 2 + len(PAGE_SCRIPTS)  # the data, vis-network, the page's own parts


class Page(HTMLParser):
    """Collects the tags, the attributes and the text of script elements of a page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._in: tuple[str, dict] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._in = (tag, attrs)
            self._buffer = []

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            body = "".join(self._buffer)
            if tag == "script":
                self.scripts.append((self._in[1], body))
            else:
                self.styles.append(body)
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buffer.append(data)
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def graph():
    return hostile_graph()


@pytest.fixture(scope="module")
def page(graph):
    return to_html(graph, title="Hostile " + HOSTILE[1])


@pytest.fixture(scope="module")
def parsed(page):
    return Page(page)


def page_data(parsed: Page) -> dict:
    blocks = [body for attrs, body in parsed.scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_one_self_contained_file(page, parsed):
    # Nothing refers to anything outside the page: no src, no href, no link, no @import, no url().
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "form"), tag
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    for css in parsed.styles:
        assert "@import" not in css and "url(" not in css
    # The data (not executed), vis-network, then the page's own scripts.
    kinds = [attrs.get("type") for attrs, _ in parsed.scripts]
    assert kinds == ["application/json"] + [None] * (N_SCRIPTS - 1)
    assert "vis-network" in parsed.scripts[1][1]
    assert any("new vis.Network" in body for _, body in parsed.scripts[2:])


def test_csp_forbids_network_and_allows_only_the_pages_own_scripts(parsed):
    csp = [attrs["content"] for tag, attrs in parsed.tags
           if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1
    policy = dict((part.strip().split(" ", 1) + [""])[:2] for part in csp[0].split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["connect-src"] == "'none'" and policy["img-src"] == "'none'"
    assert "unsafe-inline" not in csp[0] and "unsafe-eval" not in csp[0]

    def digest(text):
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    executed = [body for attrs, body in parsed.scripts if attrs.get("type") is None]
    assert sorted(policy["script-src"].split()) == sorted(digest(body) for body in executed)
    assert policy["style-src"].split() == [digest(body) for body in parsed.styles]


def test_article_text_never_appears_as_markup(page, parsed):
    for text in HOSTILE:
        # Nowhere raw: not in the markup, not in the data block.
        assert text not in page
    # Only the page's own tags exist: none came out of a name or a sentence.
    assert not any(tag in ("img", "svg") for tag, _ in parsed.tags)
    assert sum(1 for tag, _ in parsed.tags if tag == "script") == N_SCRIPTS
    assert page.lower().count("</script") == N_SCRIPTS
    # The JSON block has no '<', '>' or '&' at all, so nothing in it can end the element.
    data_block = [body for attrs, body in parsed.scripts if attrs.get("type") == "application/json"][0]
    assert not set("<>&") & set(data_block)


def test_title_is_escaped(page, parsed):
    assert "<title>Hostile &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    assert "Hostile " + HOSTILE[1] in "".join(parsed.text)


def test_data_carries_every_node_edge_and_piece_of_evidence_unchanged(graph, parsed):
    data = page_data(parsed)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(graph.nodes)
    for node_id, attrs in graph.nodes(data=True):
        n = nodes[node_id]
        assert n["label"] == attrs["label"] and n["type"] == attrs["type"]
        assert n["aliases"] == attrs["aliases"] and n["articles"] == attrs["articles"]
        assert n["mentions"] == attrs["mentions"]
        assert math.isfinite(n["x"]) and math.isfinite(n["y"])
    assert nodes[EVIL.id]["label"] == EVIL.label
    assert set(HOSTILE) <= set(nodes[EVIL.id]["aliases"])

    edges = data["edges"]
    assert len(edges) == graph.number_of_edges()
    assert len({e["id"] for e in edges}) == len(edges)
    by_key = {(e["from"], e["to"], e["predicate"]): e for e in edges}
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        e = by_key[(u, v, key)]
        assert e["elabel"] == attrs["label"] and e["quad"] == attrs["quad"] and e["modality"] == attrs["modality"]
        assert sorted(json.dumps(x, sort_keys=True) for x in e["evidence"]) == sorted(
            json.dumps(x, sort_keys=True) for x in attrs["evidence"])
    evil = by_key[(EVIL.id, "country:US", "criticizes")]
    assert evil["evidence"][0]["sentence"] == EVIL_SENTENCE
    assert evil["evidence"][0]["article"] == EVIL_ARTICLE


def test_edges_drawn_by_kind(parsed):
    data = page_data(parsed)
    by_pred = {e["predicate"]: e for e in data["edges"]}
    met_planned = [e for e in data["edges"] if e["predicate"] == "met" and e["modality"] == "planned"][0]
    met = [e for e in data["edges"] if e["predicate"] == "met" and e["modality"] == "asserted"][0]
    # Arrows for directed predicates only.
    assert met["arrows"]["to"]["enabled"] is False and by_pred["criticizes"]["arrows"]["to"]["enabled"] is True
    # Planned / possible events are dashed.
    assert met_planned["dashes"] is True and met["dashes"] is False
    # Colour by quad class; structure edges muted.
    colours = {e["quad"]: e["color"]["color"] for e in data["edges"]}
    assert len(set(colours.values())) == len(colours)
    assert by_pred["official_of"]["color"]["opacity"] < by_pred["criticizes"]["color"]["opacity"]
    assert by_pred["official_of"]["elabel"] == "Foreign Minister of"
    # Node colour by type (through vis-network groups, one per type), size by mentions.
    nodes = data["nodes"]
    groups = data["options"]["groups"]
    assert all(n["group"] == n["type"] for n in nodes)
    colours = {n["type"]: groups[n["group"]]["color"]["background"] for n in nodes}
    assert len(set(colours.values())) == len(colours)
    sizes = sorted((n["mentions"], n["size"]) for n in nodes)
    assert [s for _, s in sizes] == sorted(s for _, s in sizes)


def test_edge_labels_are_not_rotated(parsed):
    # vis-network 9.1.2 draws the rotated ("middle") label of an exactly horizontal edge at the
    # canvas origin; the layout puts every two-entity component on a horizontal line.
    assert page_data(parsed)["options"]["edges"]["font"]["align"] == "horizontal"


def test_legend_and_filter_metadata(graph, parsed):
    meta = page_data(parsed)["meta"]
    assert {t["type"] for t in meta["types"]} == {d["type"] for _, d in graph.nodes(data=True)}
    assert {f["family"] for f in meta["families"]} == {d["family"] for *_, d in graph.edges(data=True)}
    assert meta["dates"] == {"min": "2021-12-02", "max": "2022-02-01"}


def test_a_family_spanning_two_quads_is_filtered_under_each():
    data = page_data(Page(to_html(synthetic_graph(60, 300, seed=2))))
    cooperate = {f["quad"]: f for f in data["meta"]["families"] if f["family"] == "cooperate"}
    assert set(cooperate) == {"verbal cooperation", "material cooperation"}
    assert cooperate["material cooperation"]["predicates"] == ["signed_agreement_with"]
    for f in cooperate.values():
        assert f["count"] == sum(1 for e in data["edges"] if e["fkey"] == f["key"])


def test_same_graph_same_page_whatever_the_insertion_order(graph):
    shuffled = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    random.Random(3).shuffle(nodes)
    random.Random(4).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    for u, v, k, d in edges:
        shuffled.add_edge(u, v, key=k, **d)
    assert to_html(shuffled) == to_html(graph)


def test_empty_graph_gives_a_page():
    parsed = Page(to_html(nx.MultiDiGraph()))
    data = page_data(parsed)
    assert data["nodes"] == [] and data["edges"] == [] and data["meta"]["dates"] is None


def test_write_html_replaces_the_file(tmp_path, graph):
    path = tmp_path / "out" / "graph.html"
    path.parent.mkdir()
    path.write_text("old")
    assert write_html(graph, path) == path
    assert path.read_text(encoding="utf-8") == to_html(graph)
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


def test_a_small_graph_opens_whole(parsed):
    data = page_data(parsed)
    assert data["meta"]["overview"] is None
    assert not any("ox" in n for n in data["nodes"])


def test_a_large_graph_opens_on_its_most_mentioned_entities():
    G = synthetic_graph(1500, 2500, seed=3)
    data = page_data(Page(to_html(G)))
    first = [n for n in data["nodes"] if "ox" in n]
    assert data["meta"]["overview"] == {"size": len(first)}
    assert OVERVIEW_LEAST <= len(first) <= OVERVIEW_MOST
    # Every entity of the first view has a relation inside it, and none outside is mentioned more
    # than the least mentioned inside, unless all its relations lead out of the view.
    inside = {n["id"] for n in first}
    linked = {v for e in data["edges"] for u, v in ((e["from"], e["to"]), (e["to"], e["from"])) if u in inside}
    assert inside <= linked
    floor = min(n["mentions"] for n in first)
    for n in data["nodes"]:
        if n["id"] not in inside and n["mentions"] > floor:
            assert not ({e["to"] for e in data["edges"] if e["from"] == n["id"]}
                        | {e["from"] for e in data["edges"] if e["to"] == n["id"]}) & inside or n["id"] not in linked
    # The first view has a layout of its own: its boxes do not overlap.
    sizes = {n["id"]: n["size"] for n in first}
    points = {n["id"]: (n["ox"], n["oy"]) for n in first}
    for a, b in itertools.combinations(sorted(inside), 2):
        assert math.dist(points[a], points[b]) >= sizes[a] + sizes[b], (a, b)


def test_layout_places_every_node_without_overlaps():
    G = synthetic_graph(400, 700, seed=5)
    sizes = {n: node_size(d["mentions"]) for n, d in G.nodes(data=True)}
    boxes = {n: label_box(G.nodes[n]["label"], sizes[n]) for n in G.nodes}
    pos = layout(G, boxes=boxes)
    assert set(pos) == set(G.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len(set(pos.values())) == len(pos)
    assert pos == layout(G, boxes=boxes)
    # Discs of connected entities do not overlap.
    linked = sorted({n for e in G.edges() for n in e})
    for i, a in enumerate(linked):
        for b in linked[i + 1:]:
            d = math.dist(pos[a], pos[b])
            assert d >= sizes[a] + sizes[b], (a, b, d)


def test_template_files_ship_with_the_package():
    text = open("pyproject.toml", encoding="utf-8").read()
    section = re.search(r"\[tool\.setuptools\.package-data\](.*?)(\n\[|\Z)", text, re.S).group(1)
    assert re.search(r'exports\s*=\s*\[.*"templates/\*\.j2".*"static/\*\.js".*"static/\*\.css"', section)
