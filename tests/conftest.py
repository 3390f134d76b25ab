"""Shared fixtures: the ``shared`` data folder beside the project, skipped when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("WARSCRIBE_SHARED", ROOT.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(rel: str) -> Path:
    """Path of a file under ../shared, or skip the test with a clear message."""
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data folder beside the project")
    return path


@pytest.fixture
def mali_war_text() -> str:
    return shared_path("corpus/mali-war.txt").read_text(encoding="utf-8")


@pytest.fixture
def ml_dump() -> Path:
    return shared_path("geonames/ML.txt")


@pytest.fixture
def acled_csv() -> Path:
    return shared_path("acled/mali-2012-2018.csv")
