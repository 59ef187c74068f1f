"""Build a graph from a stream of articles in one process, in N processes, or on Dask.

All three paths give the same graph, byte for byte once written:

- the articles are cut, in input order, into chunks of `chunk_size`;
- each chunk becomes a partial raw graph (`graph.build.add_extraction` over its
  articles) here, in a worker process, or in a Dask task, each with an
  `Extractor` made once;
- the partial graphs are merged here, in input order, with `graph.build.Merge`,
  and the result is finalized once.

Merging in input order matters: the first article that names an entity the
dictionary lacks gives its label, as in the one-process build.

An article that makes the extractor fail is left out and reported through
`done(article, tag, error)`, which every path calls once per article, in input
order, as `vnkg.store.extractions` does in the plain build.

The articles are streamed: at most `max_pending` chunks are out at a time, and
the articles kept for `done` lose their text once sent, so memory does not grow
with the corpus (only the graph does).

    >>> from ingest import Article
    >>> G = build(iter([Article("a1", "Nga cáo buộc Mỹ.")]), workers=1)
    >>> sorted(G.edges(keys=True))
    [('country:RU', 'country:US', 'accuses')]
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx

from extract import Extractor
from graph.build import add_extraction, merge, new_graph
from ingest import Article

T = TypeVar("T")
R = TypeVar("R")
Done = Callable[[Article, Any, str | None], None]  # (article, its tag, error message or None)
Partial = tuple[nx.MultiDiGraph, dict[int, str]]  # a chunk's raw graph, and its failures by position

DEFAULT_CHUNK = 32  # articles per task: small enough to balance 2 workers on 1,000 articles
DASK_CHUNK = 128  # articles per Dask task: fewer, larger tasks amortise the scheduler

_local = threading.local()


class ClusterError(Exception):
    """The Dask cluster cannot be used: unreachable, no workers, another vnkg on them, lost workers."""


class WorkerDied(ClusterError):
    """A process of `--workers N` ended without finishing its articles (killed, out of memory)."""


def _extractor() -> Extractor:
    """This process's (this thread's) Extractor, made once and reused."""
    extractor = getattr(_local, "extractor", None)
    if extractor is None:
        extractor = Extractor()
        extractor(Article("warm-up", "Nga cáo buộc Mỹ."))  # build automata, load the segmenter
        _local.extractor = extractor
    return extractor


def _failure(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_chunk(articles: list[Article]) -> Partial:
    """The raw partial graph of a list of articles, and which of them failed (runs in a worker)."""
    extractor = _extractor()
    G = new_graph()
    failed: dict[int, str] = {}
    for i, article in enumerate(articles):
        try:
            extraction = extractor(article)
        except Exception as exc:  # as in vnkg.store.extractions: one odd article must not cost the others
            failed[i] = _failure(exc)
            continue
        add_extraction(G, extraction)
    return G, failed


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter), read lazily.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_bounded(submit: Callable[[T], object], result: Callable[[object], R], items: Iterable[T],
                    max_pending: int) -> Iterator[R]:
    """Results of `submit(item)` in input order, with at most `max_pending` submitted and not yet read.

    `submit` starts the work and returns a handle; `result(handle)` waits for it.
    The input is read only as results are taken, so a long stream stays streamed.
    """
    pending: deque = deque()
    it = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(pending) < max_pending:
            try:
                item = next(it)
            except StopIteration:
                exhausted = True
                break
            pending.append(submit(item))
        if not pending:
            return
        yield result(pending.popleft())


# -- processes ----------------------------------------------------------------


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    _extractor()


def _context():
    # fork shares the parent's loaded lexicon and segmenter model with the workers
    # (copy on write); elsewhere the default start method and a per-worker load.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def process_partials(articles: Iterable[Article], workers: int, chunk_size: int = DEFAULT_CHUNK,
                     max_pending: int | None = None) -> Iterator[Partial]:
    """Partial graphs of consecutive chunks of `articles`, extracted in `workers` processes, in order."""
    ctx = _context()
    if ctx.get_start_method() == "fork":
        _extractor()  # load once in the parent; the forked workers inherit it
    max_pending = max_pending or 4 * workers
    # Not multiprocessing.Pool: it replaces a worker that dies and waits forever for its task.
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker)
    others = set(multiprocessing.active_children())
    finished = False
    try:
        yield from ordered_bounded(
            lambda chunk: pool.submit(extract_chunk, chunk),
            _chunk_result,
            chunks(articles, chunk_size),
            max_pending,
        )
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # Ctrl-C, a dead worker, an error downstream: stop now, as Pool.terminate did
            # Both are dropped by shutdown: the workers, and the executor's thread, which reaps dead
            # workers too (one it reaped looks alive to this thread until it records the exit code).
            started = list((getattr(pool, "_processes", None) or {}).values())
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False, cancel_futures=True)
            _end(lambda: set(started) | {p for p in multiprocessing.active_children() if p not in others})
            if manager is not None:
                manager.join(timeout=REAP_TIMEOUT)


REAP_TIMEOUT = 10.0  # seconds to wait for the executor's thread to finish reaping


def _end(workers: Callable[[], set]) -> None:
    """Terminate the pool's worker processes (no public handle on them before Python 3.14) and reap them,
    again until none is left: the executor's own thread may still be starting or reaping one meanwhile."""
    for _ in range(3):
        processes = [p for p in workers() if p.is_alive()]
        if not processes:
            return
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():  # forked before it set its own signal handlers, it may not heed SIGTERM
                process.kill()
                process.join()


def _chunk_result(future) -> Partial:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerDied("a worker process died (killed, or out of memory?): the build stopped, nothing written") from None


# -- Dask -----------------------------------------------------------------------


WAIT_FOR_WORKERS = 60.0  # seconds a scheduler may take to get its first worker


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of what decides an extraction: ontology/, ingest/ and extract/ (code and data) and graph/build.py.

    Compared between this machine and every Dask worker, so that a worker with
    another version or another dictionary cannot change the graph unnoticed.
    """
    import extract
    import graph.build
    import ingest
    import ontology

    files = []
    for package in (ontology, ingest, extract):
        root = Path(str(package.__file__)).parent
        files += sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml") and "__pycache__" not in p.parts)
    digest = hashlib.sha1()
    for path in [*files, Path(graph.build.__file__)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def dask_client(address: str, workers: int | None = None):
    """A `distributed.Client` on the scheduler at `address`, or on a new local cluster for "local".

    Checks that workers are there and run the same vnkg code and dictionary as this process.
    """
    from distributed import Client, LocalCluster

    if address == "local":
        # The in-process scheduler and nannies log every start and stop at INFO; keep warnings.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
        client._vnkg_cluster = cluster  # type: ignore[attr-defined]  # closed with the client, see close_dask_client
    else:
        try:
            client = Client(address)
        except (OSError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        _check_workers(client, address)
    except BaseException:
        close_dask_client(client)
        raise
    return client


def _check_workers(client, address: str, expected: str | None = None) -> None:
    """Raise ClusterError unless a worker is there and all run code of fingerprint `expected` (ours)."""
    expected = expected or code_fingerprint()
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
    except (TimeoutError, OSError):
        raise ClusterError(f"no Dask worker joined the scheduler at {address} within {WAIT_FOR_WORKERS:.0f} s") from None
    try:
        theirs = client.run(code_fingerprint)
        # The scheduler unpickles the tasks, so it needs vnkg too.
        theirs["the scheduler"] = client.run_on_scheduler(code_fingerprint)
    except Exception as exc:  # e.g. vnkg not importable on a worker
        raise ClusterError(f"the Dask cluster at {address} cannot run vnkg ({type(exc).__name__}: {exc}); "
                           "install the same vnkg on the scheduler and every worker") from None
    other = sorted(worker for worker, fingerprint in theirs.items() if fingerprint != expected)
    if other:
        raise ClusterError(f"{len(other)} of {len(theirs)} Dask processes at {address} (workers and scheduler) "
                           f"run another vnkg (extract/ code or dictionary differ), e.g. {other[0]}; install the "
                           "same version on the scheduler and every worker")


def close_dask_client(client) -> None:
    cluster = getattr(client, "_vnkg_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def dask_partials(articles: Iterable[Article], client, chunk_size: int = DASK_CHUNK,
                  max_pending: int | None = None) -> Iterator[Partial]:
    """Partial graphs of consecutive chunks of `articles`, each a task on the Dask cluster, in order.

    Each chunk is sent with its task (the workers need no access to the input
    files); at most `max_pending` chunks are on the cluster at a time.
    """
    if max_pending is None:
        nthreads = sum(client.nthreads().values()) or 1
        max_pending = 3 * nthreads
    return ordered_bounded(
        lambda chunk: client.submit(extract_chunk, chunk, pure=False),
        _release,
        chunks(articles, chunk_size),
        max_pending,
    )


def _release(future):
    try:
        return future.result()
    except Exception as exc:  # extract_chunk catches extraction errors: this is the cluster failing
        raise ClusterError(f"a Dask task failed ({type(exc).__name__}: {exc})") from exc
    finally:
        future.release()


# -- the partial graphs, whichever the path ---------------------------------------------------


def _reported(pairs: Iterable[tuple[Article, Any]], partials: Callable[[Iterable[Article]], Iterator[Partial]],
              chunk_size: int, done: Done | None) -> Iterator[nx.MultiDiGraph]:
    """Run `partials` over the articles of `pairs`; call `done` for each article as its chunk comes back."""
    sent: deque[list[tuple[Article, Any]]] = deque()  # the chunks out, in order (bounded like the tasks)

    def articles() -> Iterator[Article]:
        for chunk in chunks(pairs, chunk_size):
            sent.append([(replace(article, text=""), tag) for article, tag in chunk])  # the worker has the text
            yield from (article for article, _ in chunk)

    for G, failed in partials(articles()):
        chunk = sent.popleft()
        if done is not None:
            for i, (article, tag) in enumerate(chunk):
                done(article, tag, failed.get(i))
        yield G


def _pairs(items: Iterable[Article | tuple[Article, Any]]) -> Iterator[tuple[Article, Any]]:
    for item in items:
        yield (item, None) if isinstance(item, Article) else item


def _here(articles: Iterable[Article], chunk_size: int) -> Iterator[Partial]:
    """Partial graphs of consecutive chunks of `articles`, extracted in this process."""
    for chunk in chunks(articles, chunk_size):
        yield extract_chunk(chunk)


def partials(items: Iterable[Article | tuple[Article, Any]], workers: int = 1, dask: str | None = None,
             chunk_size: int | None = None, done: Done | None = None) -> Iterator[nx.MultiDiGraph]:
    """The partial raw graphs of the articles, in input order: in this process, in `workers`
    processes, or on Dask. Merge them in that order (`graph.build.merge`) to get the graph.

    `items` are articles, or (article, tag) pairs whose tag is handed back to
    `done(article, tag, error)`. `dask` is a scheduler address
    ("tcp://host:8786") or "local" (a `distributed.LocalCluster` of `workers`
    processes, or one per core).
    """
    pairs = _pairs(items)
    if dask:
        size = chunk_size or DASK_CHUNK
        client = dask_client(dask, workers if workers > 1 else None)
        try:
            yield from _reported(pairs, lambda a: dask_partials(a, client, size), size, done)
        finally:
            close_dask_client(client)
    elif workers > 1:
        size = chunk_size or DEFAULT_CHUNK
        yield from _reported(pairs, lambda a: process_partials(a, workers, size), size, done)
    else:
        size = chunk_size or DEFAULT_CHUNK
        yield from _reported(pairs, lambda a: _here(a, size), size, done)


def build(items: Iterable[Article | tuple[Article, Any]], workers: int = 1, dask: str | None = None,
          chunk_size: int | None = None, done: Done | None = None) -> nx.MultiDiGraph:
    """The finalized graph of the articles, evidence on its edges (arguments as for `partials`)."""
    built = merge(partials(items, workers, dask, chunk_size, done))
    built.close()
    return built.graph
