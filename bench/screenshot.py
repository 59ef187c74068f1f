"""Take the README screenshots of a graph.html with the browser the tests use.

    vnkg build ../shared/seeds --out /tmp/seeds
    python bench/screenshot.py /tmp/seeds/graph.html -o docs/screenshot-seeds.png
    vnkg build ../shared/corpus/world-2017.jsonl --out /tmp/world
    python bench/screenshot.py /tmp/world/graph.html --select none -o docs/screenshot-world.png
    python bench/screenshot.py out/graph.html --select "Nga" -o x.png

Opens the page from file:// in Debian's headless chromium (nothing else may
load), waits until the network is drawn, and by default clicks the most
mentioned entity that has relations, so the picture shows the highlighted
neighbourhood and the side panel too (--select none for the plain graph).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.html_browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("html", help="a graph.html written by vnkg build")
    ap.add_argument("-o", "--out", required=True, help="the PNG to write")
    ap.add_argument("--select", default="auto",
                    help="entity to click: 'auto' (most mentioned with relations), 'none', or a name/alias to search")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page = context.new_page()
        page.goto(Path(args.html).resolve().as_uri())
        page.wait_for_function("() => window.vnkg && window.vnkg.ready === true", timeout=60_000)
        if args.select != "none":
            if args.select == "auto":
                node = page.evaluate("""() => vnkg.nodes.get()
                    .filter(n => network.getConnectedEdges(n.id).length)
                    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id)).map(n => n.id)[0] || null""")
            else:
                node = page.evaluate("(q) => vnkg.search(q)[0] || null", args.select)
                page.fill("#search", "")
                page.evaluate("document.activeElement.blur()")
            if node is None:
                print(f"screenshot: no entity to select for {args.select!r}", file=sys.stderr)
            else:
                page.evaluate("(id) => vnkg.selectNode(id)", node)
                page.wait_for_timeout(300)  # the panel takes its room from the canvas
                page.evaluate("vnkg.fit()")
        page.wait_for_timeout(500)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.out)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
