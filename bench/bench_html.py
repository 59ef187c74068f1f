"""How long graph.html takes to become interactive in headless Chromium.

    python bench/bench_html.py out/graph.json            # a built graph
    python bench/bench_html.py --synthetic 3000 6000     # a random graph of that size

Writes the page with exports.to_html (timed, and within it the layouts: the
whole graph's and the first view's), opens it from file:// in Debian's
chromium (every other request blocked), and prints, per run:
  ready  - from navigation start until the network is drawn (`vnkg.ready`,
           the first vis.js `afterDrawing`), as the page measures it;
  click  - a real mouse click on the most mentioned entity until its side
           panel shows, measured from the same navigation start;
  wall   - the same end point seen from Python, from goto() on.
A benchmark, not a test: it prints, it does not judge.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exports import read_json, to_html  # noqa: E402
from exports.atomic import atomic_write  # noqa: E402
from tests.html_browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def measure(browser, page_path: Path) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
    outside = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(page_path.as_uri(), wait_until="commit")
    page.wait_for_function("() => window.vnkg && window.vnkg.ready === true", timeout=120_000, polling=10)
    ready_ms = page.evaluate("vnkg.readyAt")
    node = page.evaluate("""() => {
        const ids = new Set(network.body.nodeIndices);
        const best = vnkg.nodes.get().filter(n => ids.has(n.id)).sort((a, b) => b.mentions - a.mentions)[0];
        const p = network.canvasToDOM(network.getPositions([best.id])[best.id]);
        const r = document.getElementById('network').getBoundingClientRect();
        return {id: best.id, label: best.label, x: r.left + p.x, y: r.top + p.y}; }""")
    page.mouse.click(node["x"], node["y"])
    page.wait_for_function("(label) => { const t = document.getElementById('panel-title');"
                           " return t && t.textContent === label; }", arg=node["label"], timeout=60_000, polling=10)
    click_ms = page.evaluate("performance.now()")
    wall = time.perf_counter() - start
    shown = page.evaluate("[network.body.nodeIndices.length, network.body.edgeIndices.length]")
    context.close()
    return {"ready": ready_ms / 1000, "click": click_ms / 1000, "wall": wall, "shown": shown,
            "errors": errors, "outside": outside}


def _time_layouts() -> list[float]:
    """Wrap exports' layout calls with a timer; returns the list the times go to."""
    import exports.overview
    import exports.pagedata
    spent: list[float] = []

    def timed(layout):
        def run(*args, **kwargs):
            t = time.perf_counter()
            result = layout(*args, **kwargs)
            spent.append(time.perf_counter() - t)
            return result
        return run

    exports.pagedata.layout = timed(exports.pagedata.layout)
    exports.overview.layout = timed(exports.overview.layout)
    return spent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", nargs="?", help="graph.json written by vnkg build")
    ap.add_argument("--synthetic", nargs=2, type=int, metavar=("NODES", "EDGES"), help="use a random graph instead")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="also write the page here")
    args = ap.parse_args(argv)
    if bool(args.graph) == bool(args.synthetic):
        ap.error("give a graph.json or --synthetic NODES EDGES")

    if args.synthetic:
        from tests.html_graphs import synthetic_graph
        G = synthetic_graph(*args.synthetic)
        source = f"synthetic graph {args.synthetic[0]} nodes / {args.synthetic[1]} edges"
    else:
        G = read_json(args.graph)
        source = args.graph
    print(f"{source}: {G.number_of_nodes()} entities, {G.number_of_edges()} relations")

    laid_out = _time_layouts()
    t = time.perf_counter()
    html = to_html(G)
    print(f"to_html: {time.perf_counter() - t:.2f} s (of which layout {sum(laid_out):.2f} s: "
          f"{' + '.join(f'{s:.2f}' for s in laid_out)}), {len(html.encode()) / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(args.keep) if args.keep else Path(tmp) / "graph.html"
        atomic_write(page_path, html)

        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            print(f"chromium {browser.version}, headless")
            results = []
            for run in range(1, args.runs + 1):
                r = measure(browser, page_path)
                results.append(r)
                print(f"  run {run}: ready {r['ready']:.2f} s, click handled {r['click']:.2f} s, "
                      f"wall {r['wall']:.2f} s, shown {r['shown'][0]} nodes / {r['shown'][1]} edges"
                      + (f", {len(r['errors'])} console errors" if r["errors"] else "")
                      + (f", {len(r['outside'])} non-file requests" if r["outside"] else ""))
            browser.close()
    print(f"interactive (median of {len(results)}): ready {statistics.median(r['ready'] for r in results):.2f} s, "
          f"first click handled {statistics.median(r['click'] for r in results):.2f} s after navigation start")
    return 0


if __name__ == "__main__":
    sys.exit(main())
