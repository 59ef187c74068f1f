"""How fast `vnkg build` is, against the cheapest thing an underthesea pipeline must do.

    python bench/bench_build.py ratio   [--corpus ../shared/corpus/world-2017.jsonl] [-n 300]
    python bench/bench_build.py workers [--corpus ../shared/corpus/world-2017.jsonl] [-n all]
    python bench/bench_build.py scale   [--corpus ../shared/corpus/baomoi-2017.jsonl.gz] [--sizes 1000,5000,all]
    python bench/bench_build.py client  [--corpus ../shared/corpus/baomoi-2017.jsonl.gz] [-n all]
    python bench/bench_build.py all     (ratio, workers and scale, with their defaults)

ratio    The reference is `underthesea.word_tokenize` over every sentence of the
         same articles (title + body without boilerplate, split by
         `extract.sentences`). Two ratios, `build / reference`:
           cold: `vnkg build` as a child process against a child process that
                 imports underthesea, reads the file, splits and tokenizes it
                 (each includes start-up, imports, model loading; build also
                 writes JSON, GraphML and HTML);
           warm: in this process, after a warm-up, `vnkg.cli.main(["build", ...])`
                 against the word_tokenize calls alone (sentences split before
                 the clock starts), i.e. the reference at its cheapest.
workers  `vnkg build --workers 1` and `--workers 2` as child processes on the same
         file; prints the speed-up (time 1 / time 2), then, for comparison,
         `--dask local --workers 2` (a LocalCluster of 2 worker processes).
scale    `vnkg build` as a child process on the first 1,000, 5,000 and all articles
         of the corpus: articles/s and peak RSS. Peak RSS is the child's own
         (getrusage of that child, exact for one process) and, with --workers > 1,
         the sampled sum over the process tree (shared pages counted per process).
client   Reading and dropping duplicates alone (no extraction), in this process:
         the per-article work that stays on the machine running `vnkg build`
         whatever the number of workers.

Every run goes on the same N first records of the corpus, copied to a
temporary JSON Lines file (the whole file itself for "all"). Benchmarks print
figures; nothing here asserts on time.
"""
from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
if not SHARED.exists():  # a git worktree next to the main checkout
    SHARED = Path("../shared/corpus").resolve()
WORLD = SHARED / "world-2017.jsonl"
BAOMOI = SHARED / "baomoi-2017.jsonl.gz"
PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

REFERENCE = r"""
import sys, time
t0 = time.perf_counter()
from underthesea import word_tokenize
from extract import default_lexicon, sentences
from ingest import iter_articles
n = words = 0
for article in iter_articles([sys.argv[1]], lambda problem: None):
    for s in sentences(article, default_lexicon()):
        words += len(word_tokenize(s))
        n += 1
print(f"{n} {words} {time.perf_counter() - t0:.3f}")
"""


# -- helpers -----------------------------------------------------------------------


def head(corpus: Path, n: int | None, folder: Path) -> tuple[Path, int]:
    """The first `n` records of `corpus` as a file (the corpus itself for n=None), and its record count."""
    opener = gzip.open if corpus.name.endswith(".gz") else open
    if n is None:
        with opener(corpus, "rt", encoding="utf-8") as f:
            return corpus, sum(1 for line in f if line.strip())
    out = folder / f"{corpus.name.split('.')[0]}-{n}.jsonl"
    count = 0
    with opener(corpus, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as g:
        for line in f:
            if not line.strip():
                continue
            g.write(line)
            count += 1
            if count == n:
                break
    return out, count


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over `root` and its descendants (Linux /proc), in KB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run(cmd: list[str], sample_tree: bool = False) -> dict:
    """Run `cmd`; wall time, its own peak RSS (KB), the sampled tree peak (KB), stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=ENV, cwd=ROOT)
        peak_tree = [0]
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak_tree[0] = max(peak_tree[0], _tree_rss_kb(proc.pid))
                done.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        if sample_tree:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child alone
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        if sample_tree:
            sampler.join()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{stderr[-2000:]}")
    return {"wall": wall, "rss_kb": usage.ru_maxrss, "tree_kb": peak_tree[0], "out": stdout}


def build_cmd(path: Path, out: Path, *options: str) -> list[str]:
    return [PY, "-m", "vnkg", "build", str(path), "--out", str(out), *options]


def built_articles(stdout: str) -> int:
    m = re.search(r"^(\d+) articles", stdout, re.M)
    return int(m.group(1)) if m else 0


def mb(kb: int | None) -> str:
    return "?" if kb is None else f"{kb / 1024:,.0f} MB"


def banner() -> None:
    print(f"# vnkg bench, {date.today().isoformat()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, {platform.machine()}")


# -- the three benches ---------------------------------------------------------------


def bench_ratio(corpus: Path, n: int | None, tmp: Path, repeat: int) -> None:
    path, count = head(corpus, n, tmp)
    print(f"\n## ratio: build / reference on {count} articles of {corpus.name}")
    # cold: two child processes, whole commands
    builds, refs = [], []
    for _ in range(repeat):
        refs.append(run([PY, "-c", REFERENCE, str(path)]))
        builds.append(run(build_cmd(path, tmp / "out-cold")))
    ref = min(refs, key=lambda r: r["wall"])
    build = min(builds, key=lambda r: r["wall"])
    sentences, words, _ = ref["out"].split()
    print(f"reference (child: import, read, split, word_tokenize {sentences} sentences, {words} words): "
          f"{ref['wall']:.2f} s")
    print(f"vnkg build (child, whole command):  {build['wall']:.2f} s   [{build['out'].splitlines()[0]}]")
    print(f"ratio cold  build / reference = {build['wall'] / ref['wall']:.2f}")
    # warm: in this process, after loading everything once
    sys.path.insert(0, str(ROOT))
    from underthesea import word_tokenize

    from extract import default_lexicon
    from extract import sentences as split
    from ingest import iter_articles
    from vnkg.cli import main

    texts = [s for a in iter_articles([path], lambda p: None) for s in split(a, default_lexicon())]
    word_tokenize("Khởi động mô hình.")
    ref_times, build_times = [], []
    devnull = open(os.devnull, "w")
    stdout, sys.stdout = sys.stdout, devnull
    try:
        main(["build", str(path), "--out", str(tmp / "out-warm")])  # warm-up: lexicon, automata, spaCy vocab
    finally:
        sys.stdout = stdout
    for _ in range(repeat):
        t = time.perf_counter()
        for s in texts:
            word_tokenize(s)
        ref_times.append(time.perf_counter() - t)
        stdout, sys.stdout = sys.stdout, devnull
        try:
            t = time.perf_counter()
            main(["build", str(path), "--out", str(tmp / "out-warm")])
            build_times.append(time.perf_counter() - t)
        finally:
            sys.stdout = stdout
    print(f"reference (warm: word_tokenize calls only, {len(texts)} sentences): {min(ref_times):.2f} s")
    print(f"vnkg build (warm: cli.main, read + extract + graph + write): {min(build_times):.2f} s")
    print(f"ratio warm  build / reference = {min(build_times) / min(ref_times):.2f}")


def bench_workers(corpus: Path, n: int | None, tmp: Path, repeat: int, dask: bool = True) -> None:
    path, count = head(corpus, n, tmp)
    print(f"\n## workers: --workers 1 vs 2 on {count} articles of {corpus.name}")
    times = {}
    for workers in (1, 2):
        walls = [run(build_cmd(path, tmp / f"out-w{workers}", "--workers", str(workers)))["wall"]
                 for _ in range(repeat)]
        times[workers] = min(walls)
        print(f"--workers {workers}: {times[workers]:.2f} s  ({count / times[workers]:.1f} articles/s)")
    print(f"speed-up 2 workers / 1 worker = {times[1] / times[2]:.2f}x")
    if dask:
        wall = min(run(build_cmd(path, tmp / "out-dask", "--dask", "local", "--workers", "2"))["wall"]
                   for _ in range(repeat))
        print(f"--dask local --workers 2: {wall:.2f} s  ({count / wall:.1f} articles/s, "
              f"{times[1] / wall:.2f}x the 1-worker build)")


def bench_scale(corpus: Path, sizes: list[int | None], tmp: Path, workers: int) -> None:
    print(f"\n## scale: `vnkg build --workers {workers}` on growing prefixes of {corpus.name}")
    print(f"{'articles':>9} {'unique':>7} {'wall s':>8} {'articles/s':>11} {'peak RSS':>9} {'tree RSS':>9}  graph")
    for n in sizes:
        path, count = head(corpus, n, tmp)
        r = run(build_cmd(path, tmp / "out-scale", "--workers", str(workers)), sample_tree=True)
        summary = r["out"].splitlines()[0]
        print(f"{count:>9,} {built_articles(r['out']):>7,} {r['wall']:>8.1f} {count / r['wall']:>11.1f} "
              f"{mb(r['rss_kb']):>9} {mb(r['tree_kb']):>9}  {summary.split(', ', 1)[1]}", flush=True)
        if path != corpus:
            path.unlink()


def bench_client(corpus: Path, n: int | None, tmp: Path) -> None:
    """What the one machine does per article before any extraction: read, normalise, hash, dedup."""
    path, count = head(corpus, n, tmp)
    print(f"\n## client: reading + dropping duplicates, no extraction, {count} articles of {corpus.name}")
    sys.path.insert(0, str(ROOT))
    from ingest import Reader
    from vnkg.store import Intake

    def quiet(problem) -> None:
        pass

    t = time.perf_counter()
    kept = sum(1 for _ in Intake(quiet)(Reader(quiet).articles([path])))
    wall = time.perf_counter() - t
    print(f"{kept} articles kept in {wall:.2f} s: {count / wall:,.0f} articles/s "
          f"({1000 * wall / count:.2f} ms per article), the most one client can feed a cluster")


def size(text: str) -> int | None:
    return None if text == "all" else int(text)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["ratio", "workers", "scale", "client", "all"])
    ap.add_argument("--corpus", type=Path, help="JSON Lines corpus (.jsonl or .jsonl.gz)")
    ap.add_argument("-n", type=size, help="articles for ratio (300) and workers (all)")
    ap.add_argument("--sizes", default="1000,5000,all", help="article counts for scale")
    ap.add_argument("--workers", type=int, default=1, help="--workers of the scale runs")
    ap.add_argument("--repeat", type=int, default=1, help="runs per timing; the fastest is reported")
    args = ap.parse_args(argv)
    banner()
    with tempfile.TemporaryDirectory(prefix="vnkg-bench-") as folder:
        tmp = Path(folder)
        if args.what in ("ratio", "all"):
            bench_ratio(args.corpus or WORLD, args.n if args.what == "ratio" and args.n else 300, tmp, args.repeat)
        if args.what in ("workers", "all"):
            bench_workers(args.corpus or WORLD, args.n if args.what == "workers" else None, tmp, args.repeat)
        if args.what == "client":
            bench_client(args.corpus or BAOMOI, args.n, tmp)
        if args.what in ("scale", "all"):
            sizes = [size(s) for s in args.sizes.split(",")]
            bench_scale(args.corpus if args.what == "scale" and args.corpus else BAOMOI, sizes, tmp, args.workers)


if __name__ == "__main__":
    main()
