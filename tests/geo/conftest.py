"""Gazetteer fixtures: a small hand-made dump (always there) and ML.txt (skipped when absent),
each built once per session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, shared_path
from warscribe.geo import Gazetteer, Geocoder, import_dump

SMALL_DUMP = FIXTURES / "geo" / "ML-small.txt"


@pytest.fixture(scope="session")
def small_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("small-gazetteer")
    import_dump(SMALL_DUMP, data_dir=folder, country="ML")
    return folder


@pytest.fixture(scope="session")
def small_gazetteer(small_dir) -> Gazetteer:
    return Gazetteer.open(small_dir)


@pytest.fixture
def small_geocoder(small_gazetteer) -> Geocoder:
    return Geocoder(small_gazetteer, remember=False)


@pytest.fixture(scope="session")
def ml_gazetteer(tmp_path_factory) -> Gazetteer:
    dump = shared_path("geonames/ML.txt")
    folder = tmp_path_factory.mktemp("ml-gazetteer")
    import_dump(dump, data_dir=folder)
    return Gazetteer.open(folder)
