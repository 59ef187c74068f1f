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
from exports.layout import layout
from exports.overview import OVERVIEW_LEAST, OVERVIEW_MOST
from exports.style import label_box, node_size
from tests.html_graphs import (
    EVIL,
    EVIL_ARTICLE,
    EVIL_SENTENCE,
    EVIL_URL,
    HOSTILE,
    MET_TITLE,
    MET_URL,
    hostile_graph,
    synthetic_graph,
)

N_SCRIPTS = 3 + len(PAGE_SCRIPTS)  # the data, its details, vis-network, the page's own parts


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


def json_blocks(parsed: Page) -> dict[str, str]:
    return {attrs["id"]: body for attrs, body in parsed.scripts if attrs.get("type") == "application/json"}


def page_data(parsed: Page) -> dict:
    blocks = json_blocks(parsed)
    assert sorted(blocks) == ["vnkg-data", "vnkg-details"]
    return json.loads(blocks["vnkg-data"])


def page_details(parsed: Page) -> dict:
    return json.loads(json_blocks(parsed)["vnkg-details"])


def test_one_self_contained_file(page, parsed):
    # Nothing refers to anything outside the page: no src, no href, no link, no @import, no url().
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "form"), tag
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    for css in parsed.styles:
        assert "@import" not in css and "url(" not in css
    # The data and its details (not executed), vis-network, then the page's own scripts.
    kinds = [attrs.get("type") for attrs, _ in parsed.scripts]
    assert kinds == ["application/json"] * 2 + [None] * (N_SCRIPTS - 2)
    assert "vis-network" in parsed.scripts[2][1]
    assert any("new vis.Network" in body for _, body in parsed.scripts[3:])


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
    # The JSON blocks have no '<', '>' or '&' at all, so nothing in them can end the element.
    for block in json_blocks(parsed).values():
        assert not set("<>&") & set(block)


def test_title_is_escaped(page, parsed):
    assert "<title>Hostile &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    assert "Hostile " + HOSTILE[1] in "".join(parsed.text)


def test_data_carries_every_node_edge_and_piece_of_evidence_unchanged(graph, parsed):
    data, details = page_data(parsed), page_details(parsed)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(graph.nodes)
    for node_id, attrs in graph.nodes(data=True):
        n = nodes[node_id]
        assert n["label"] == attrs["label"] and n["type"] == attrs["type"]
        assert n["aliases"] == attrs["aliases"] and details["cited"][node_id] == attrs["articles"]
        assert n["narticles"] == len(attrs["articles"])
        assert n["mentions"] == attrs["mentions"]
        assert math.isfinite(n["x"]) and math.isfinite(n["y"])
    assert nodes[EVIL.id]["label"] == EVIL.label
    assert set(HOSTILE) <= set(nodes[EVIL.id]["aliases"])

    edges = data["relations"]
    assert len(edges) == graph.number_of_edges()
    assert len({e["id"] for e in edges}) == len(edges)
    assert len(details["evidence"]) == len(edges)  # in the same order
    by_key = {(e["from"], e["to"], e["predicate"]): (e, details["evidence"][i]) for i, e in enumerate(edges)}
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        e, evidence = by_key[(u, v, key)]
        assert e["elabel"] == attrs["label"] and e["quad"] == attrs["quad"] and e["modality"] == attrs["modality"]
        assert e["sources"] == len(attrs["evidence"])
        assert sorted(json.dumps(x, sort_keys=True) for x in evidence) == sorted(
            json.dumps(x, sort_keys=True) for x in attrs["evidence"])
    _, evil = by_key[(EVIL.id, "country:US", "criticizes")]
    assert evil[0]["sentence"] == EVIL_SENTENCE
    assert evil[0]["article"] == EVIL_ARTICLE
    # The articles' titles, dates and links (web addresses only), not the files they were read from.
    assert details["articles"] == {a: {k: v for k, v in record.items() if k != "source" and v != EVIL_URL}
                                   for a, record in graph.graph["articles"].items()}
    assert graph.graph["articles"][EVIL_ARTICLE]["url"] == EVIL_URL
    assert details["articles"]["a1"] == {"title": MET_TITLE, "date": "2021-12-02", "url": MET_URL}


def test_edges_drawn_by_kind(parsed):
    data = page_data(parsed)
    # Here every linked pair has one relation: its line is drawn as that relation.
    lines = {e["id"]: e for e in data["edges"]}
    assert len(lines) == len(data["relations"])
    drawn = [{**r, **lines[r["pair"]]} for r in data["relations"]]
    by_pred = {e["predicate"]: e for e in drawn}
    met_planned = [e for e in drawn if e["predicate"] == "met" and e["modality"] == "planned"][0]
    met = [e for e in drawn if e["predicate"] == "met" and e["modality"] == "asserted"][0]
    # Arrows for directed predicates only.
    assert met["arrows"]["to"]["enabled"] is False and by_pred["criticizes"]["arrows"]["to"]["enabled"] is True
    # Planned / possible events are dashed.
    assert met_planned["dashes"] is True and met["dashes"] is False
    # Colour by quad class; structure edges muted.
    colours = {e["quad"]: e["color"]["color"] for e in drawn}
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


def test_a_pair_with_several_relations_is_one_line():
    G = nx.MultiDiGraph()
    for node, label in (("country:RU", "Russia"), ("country:US", "United States")):
        G.add_node(node, label=label, type="COUNTRY", mentions=5)
    spec = {"urges": ("verbal conflict", "demand", 1), "criticizes": ("verbal conflict", "disapprove", 2),
            "met": ("verbal cooperation", "consult", 4)}
    for predicate, (quad, family, n) in spec.items():
        source, target = ("country:US", "country:RU") if predicate == "urges" else ("country:RU", "country:US")
        G.add_edge(source, target, key=predicate, predicate=predicate, quad=quad, family=family,
                   symmetric=predicate == "met", modality="asserted",
                   evidence=[{"article": f"a{i}", "sentence": f"{predicate} {i}"} for i in range(n)])
    data = page_data(Page(to_html(G)))
    [line] = data["edges"]
    assert sorted(line["relations"]) == sorted(r["id"] for r in data["relations"])
    assert line["sources"] == 7 and line["arrows"]["to"]["enabled"] is False  # both ways: no arrow
    # Conflict has 3 sentences, cooperation 4: the line takes cooperation's colour.
    assert line["color"]["color"] == [q["color"] for q in data["meta"]["quads"] if q["quad"] == "verbal cooperation"][0]
    assert line["label"] == "met, criticizes +1"
    assert line["title"].splitlines()[0] == "Russia and United States: 3 relations, 7 source sentences"


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
        assert f["count"] == sum(1 for e in data["relations"] if e["fkey"] == f["key"])


def test_same_graph_same_page_whatever_the_insertion_order(graph):
    shuffled = nx.MultiDiGraph()
    shuffled.graph["articles"] = dict(reversed(list(graph.graph["articles"].items())))
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
    assert data["nodes"] == [] and data["edges"] == [] and data["relations"] == [] and data["meta"]["dates"] is None


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
