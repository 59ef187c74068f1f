import os
import tempfile

import pytest

from extract import Article, Extractor


def pytest_configure(config):
    # the data files the tests write to temporary folders are parsed, and kept, in a cache of the run's own
    os.environ.setdefault("VNKG_CACHE_DIR", tempfile.mkdtemp(prefix="vnkg-test-cache-"))


@pytest.fixture(scope="session")
def extractor():
    return Extractor()


@pytest.fixture
def triples(extractor):
    """Extract a text written for the test; return {(subject label, predicate, object label): modality}."""

    def run(text: str, title: str = "", date: str | None = None):
        result = extractor(Article("test", text, title, date))
        return {(r.subject.label, r.predicate, r.object.label): r.modality for r in result.relations}

    return run


@pytest.fixture
def extraction(extractor):
    def run(text: str, title: str = "", date: str | None = None):
        return extractor(Article("test", text, title, date))

    return run
