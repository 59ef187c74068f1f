"""What the browser tests of graph.html share: headless Chromium (Debian's package) driven by Playwright.

In CI (CI=true) a missing Chromium or Playwright is a failure; elsewhere the
tests are skipped. `.ci/run` installs Chromium with apt-get. The benchmarks in
bench/ launch the same browser with the same flags.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from exports.html import PAGE_SCRIPTS

CHROMIUM = "/usr/bin/chromium"
# The network is closed here: without these flags Chromium tries to reach Google.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
N_SCRIPTS = 3 + len(PAGE_SCRIPTS)  # the data, its details, vis-network, the page's own parts
IN_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"{reason}: the browser tests must run in CI (.ci/run installs chromium)")
    pytest.skip(reason)


def launched_browser():
    """A fixture body: headless Chromium for the module, closed after it."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()



class Opened:
    """A page opened from file:// with everything else blocked, and what it tried and logged."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        self.page.goto(path.as_uri())
        # A function, not an expression string: Playwright evals strings, which the page CSP forbids.
        self.page.wait_for_function("() => window.vnkg && window.vnkg.ready === true", timeout=15000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id: str) -> tuple[float, float]:
        return tuple(self.js("""(id) => {
            const p = network.getPositions([id])[id], d = network.canvasToDOM(p);
            const r = document.getElementById('network').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }""", node_id))

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        return tuple(self.js("""(id) => {
            const e = vnkg.edges.get(id), p = network.getPositions([e.from, e.to]);
            const d = network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
            const r = document.getElementById('network').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }""", edge_id))

    def edge_id(self, source: str, predicate: str) -> str:
        """The line drawn for the relation `source` `predicate` ..."""
        return self.js("([s, p]) => vnkg.DATA.relations.find(r => r.from === s && r.predicate === p).pair",
                       [source, predicate])

    def pixel(self, node_id: str) -> tuple[int, int, int]:
        """The colour drawn at the centre of a node's disc."""
        return tuple(self.js("""(id) => {
            const c = document.querySelector('#network canvas'), k = c.width / c.clientWidth;
            const d = network.canvasToDOM(network.getPositions([id])[id]);
            return Array.from(c.getContext('2d').getImageData(Math.round(d.x * k), Math.round(d.y * k), 1, 1).data.slice(0, 3)); }""",
            node_id))

    def focus(self):
        """The highlighted entities (the selection and its neighbours), or None."""
        return self.js("vnkg.highlight && [...vnkg.highlight.nodes].sort()")

    def shown(self) -> tuple[int, int]:
        return tuple(self.js("[network.body.nodeIndices.length, network.body.edgeIndices.length]"))

    def pwned(self):
        return self.js("typeof window.__pwned")

    def close(self):
        self.context.close()


def written_page(tmp_path_factory, G) -> Path:
    """graph.html of `G`, in a folder of its own."""
    from exports import write_html

    return write_html(G, tmp_path_factory.mktemp("page") / "graph.html")


def browser_fixture():
    """The module's `browser` fixture: `browser = browser_fixture()` at the top of a test module."""
    @pytest.fixture(scope="module", name="browser")
    def launched():
        yield from launched_browser()
    return launched


def page_fixtures(name: str, make_graph):
    """Fixtures `<name>_page` (graph.html of make_graph(), written once a module) and `<name>` (it, opened
    in the browser and checked after each test, see opened_page): `small_page, small = page_fixtures(...)`."""
    @pytest.fixture(scope="module", name=f"{name}_page")
    def written(tmp_path_factory):
        return written_page(tmp_path_factory, make_graph())

    @pytest.fixture(name=name)
    def opened(browser, request):
        yield from opened_page(browser, request.getfixturevalue(f"{name}_page"))
    return written, opened


def opened_page(browser, path: Path):
    """A fixture body: the page opened, then, whatever the test did, checked for requests, errors and injected code."""
    page = Opened(browser, path)
    yield page
    assert [u for u in page.requests if not u.startswith("file://")] == []
    assert page.blocked == []
    assert page.errors == []
    assert page.pwned() == "undefined"
    page.close()
