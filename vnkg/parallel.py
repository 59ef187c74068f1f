"""Build a graph from a stream of articles in one process, in N processes, or on Dask.

All three paths give the same graph, byte for byte once written:

- the articles are cut, in input order, into chunks of `chunk_size`;
- each chunk becomes a partial raw graph (`graph.build.add_extraction` over its
  articles) in a worker that made its `Extractor` once;
- the partial graphs are merged here, in input order, with
  `graph.build.merge_graphs`, and the result is finalized once.

Merging in input order matters: the first article that names an entity the
dictionary lacks gives its label, as in the one-process build.

The articles are streamed: at most `max_pending` chunks are out at a time, so
memory does not grow with the corpus (only the graph does).

    >>> from extract import Article
    >>> G = build(iter([Article("a1", "Nga cáo buộc Mỹ.")]), workers=1)
    >>> sorted(G.edges(keys=True))
    [('country:RU', 'country:US', 'accuses')]
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator, TypeVar

import networkx as nx

from extract import Article, Extractor
from graph.build import add_extraction, build_graph, finalize, merge_graphs, new_graph

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNK = 32  # articles per task: small enough to balance 2 workers on 1,000 articles
DASK_CHUNK = 128  # articles per Dask task: fewer, larger tasks amortise the scheduler

_local = threading.local()


def _extractor() -> Extractor:
    """This process's (this thread's) Extractor, made once and reused."""
    extractor = getattr(_local, "extractor", None)
    if extractor is None:
        extractor = Extractor()
        extractor(Article("warm-up", "Nga cáo buộc Mỹ."))  # build automata, load the segmenter
        _local.extractor = extractor
    return extractor


def extract_chunk(articles: list[Article]) -> nx.MultiDiGraph:
    """The raw partial graph of a list of articles (runs in a worker)."""
    extractor = _extractor()
    G = new_graph()
    for article in articles:
        add_extraction(G, extractor(article))
    return G


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
    _extractor()


def _context():
    # fork shares the parent's loaded lexicon and segmenter model with the workers
    # (copy on write); elsewhere the default start method and a per-worker load.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def process_partials(articles: Iterable[Article], workers: int, chunk_size: int = DEFAULT_CHUNK,
                     max_pending: int | None = None) -> Iterator[nx.MultiDiGraph]:
    """Partial graphs of consecutive chunks of `articles`, extracted in `workers` processes, in order."""
    ctx = _context()
    if ctx.get_start_method() == "fork":
        _extractor()  # load once in the parent; the forked workers inherit it
    max_pending = max_pending or 4 * workers
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        yield from ordered_bounded(
            lambda chunk: pool.apply_async(extract_chunk, (chunk,)),
            lambda handle: handle.get(),
            chunks(articles, chunk_size),
            max_pending,
        )


# -- Dask -----------------------------------------------------------------------


def dask_client(address: str, workers: int | None = None):
    """A `distributed.Client` on the scheduler at `address`, or on a new local cluster for "local"."""
    from distributed import Client, LocalCluster

    if address == "local":
        # The in-process scheduler and nannies log every start and stop at INFO; keep warnings.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
        client._vnkg_cluster = cluster  # closed with the client, see close_dask_client
        return client
    return Client(address)


def close_dask_client(client) -> None:
    cluster = getattr(client, "_vnkg_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def dask_partials(articles: Iterable[Article], client, chunk_size: int = DASK_CHUNK,
                  max_pending: int | None = None) -> Iterator[nx.MultiDiGraph]:
    """Partial graphs of consecutive chunks of `articles`, each a task on the Dask cluster, in order.

    Each chunk is sent with its task (the workers need no access to the input
    files); at most `max_pending` chunks are on the cluster at a time.
    """
    if max_pending is None:
        nthreads = sum(client.nthreads().values()) or 1
        max_pending = 3 * nthreads
    return ordered_bounded(
        lambda chunk: client.submit(extract_chunk, chunk, pure=False),
        lambda future: _release(future),
        chunks(articles, chunk_size),
        max_pending,
    )


def _release(future):
    try:
        return future.result()
    finally:
        future.release()


# -- merging ------------------------------------------------------------------------


def merge_finalize(partials: Iterable[nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """The finalized merge of partial raw graphs, consumed one at a time, in order."""
    return finalize(merge_graphs(partials))


# -- the one entry point --------------------------------------------------------


def build(articles: Iterable[Article], workers: int = 1, dask: str | None = None,
          chunk_size: int | None = None) -> nx.MultiDiGraph:
    """The finalized graph of `articles`, in this process, in `workers` processes, or on Dask.

    `dask` is a scheduler address ("tcp://host:8786") or "local" (a
    `distributed.LocalCluster` of `workers` processes, or one per core).
    """
    if dask:
        client = dask_client(dask, workers if workers > 1 else None)
        try:
            return merge_finalize(dask_partials(articles, client, chunk_size or DASK_CHUNK))
        finally:
            close_dask_client(client)
    if workers > 1:
        return merge_finalize(process_partials(articles, workers, chunk_size or DEFAULT_CHUNK))
    extractor = _extractor()
    return build_graph(extractor(article) for article in articles)
