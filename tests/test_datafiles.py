"""The data files are parsed once and kept: a kept copy is read while the file is unchanged,
and a cache that cannot be used is passed over."""
from __future__ import annotations

import pickle

import pytest

from extract.datafiles import _cache_file, read_yaml


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("VNKG_CACHE_DIR", str(folder))
    return folder


def test_a_parsed_file_is_read_back_from_the_cache(tmp_path, cache):
    data = tmp_path / "markers.yaml"
    data.write_text("negation: [không, chưa]\n", encoding="utf-8")
    assert read_yaml(data) == {"negation": ["không", "chưa"]}
    kept = _cache_file(data)
    stamp, _ = pickle.loads(kept.read_bytes())
    kept.write_bytes(pickle.dumps((stamp, {"from": "the cache"})))
    assert read_yaml(data) == {"from": "the cache"}


def test_a_changed_file_is_parsed_again(tmp_path, cache):
    data = tmp_path / "markers.yaml"
    data.write_text("negation: [không]\n", encoding="utf-8")
    assert read_yaml(data) == {"negation": ["không"]}
    data.write_text("negation: [không, chưa, chẳng]\n", encoding="utf-8")
    assert read_yaml(data) == {"negation": ["không", "chưa", "chẳng"]}


@pytest.mark.parametrize("spoil", ["a broken cache file", "a cache folder that is a file"])
def test_a_cache_that_cannot_be_used_is_passed_over(tmp_path, cache, spoil):
    data = tmp_path / "markers.yaml"
    data.write_text("planned: [sẽ]\n", encoding="utf-8")
    if spoil == "a broken cache file":
        cache.mkdir()
        _cache_file(data).write_bytes(b"not a pickle")
    else:
        cache.write_text("in the way", encoding="utf-8")
    assert read_yaml(data) == {"planned": ["sẽ"]}
    assert read_yaml(data) == {"planned": ["sẽ"]}


def test_a_missing_file_is_none(tmp_path, cache):
    assert read_yaml(tmp_path / "nowhere.yaml") is None
