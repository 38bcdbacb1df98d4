"""Paths and helpers shared by every test."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run, so that `make test` passes or fails the same way each
# time (a property that fails on one random draw and not the next is a flaky suite). To
# explore fresh examples: pytest --hypothesis-profile=explore tests/unit
settings.register_profile("repeatable", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
DOCS = ROOT / "docs"
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site. `make test` builds it (strictly) before running the tests."""
    if not (SITE / "index.html").is_file():
        pytest.fail("No built site in site/: run the tests with 'make test'.")
    return SITE


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Screenshots and PDFs the tests leave for a person to look at (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
