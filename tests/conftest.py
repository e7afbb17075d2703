"""Shared fixtures: the NLP models load once per test session.

Two rules for the whole suite live here:
- property tests are deterministic (one hypothesis profile: derandomized, bounded, no example
  database), so CI never fails at random: a case hypothesis finds once becomes an @example;
- a test that needs ../shared (the dev set, the scorer, the data) is marked
  ``@pytest.mark.shared("dev/INDEX.tsv")``: where that path is absent (a fresh clone on a
  newcomer's laptop) it skips saying which path, and with KELISIM_REQUIRE_SHARED=1 (CI,
  .ci/run) it fails instead, as KELISIM_REQUIRE_PG does for PostgreSQL.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

settings.register_profile("kelisim", derandomize=True, database=None, deadline=None, max_examples=100,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kelisim")


def shared_problem(*parts: str) -> str | None:
    """Why the paths under ../shared cannot be used, or None when they are all there."""
    missing = [p for p in parts if not (SHARED / p).exists()]
    if not missing:
        return None
    return f"needs ../shared/{', ../shared/'.join(missing)}, not present next to the project at {ROOT}"


def pytest_configure(config):
    config.addinivalue_line("markers", "shared(*paths): needs these paths under ../shared; skipped "
                                       "without them unless KELISIM_REQUIRE_SHARED=1")


def skip_without_shared(problem: str) -> None:
    """Skip for a missing piece of ../shared, or fail when KELISIM_REQUIRE_SHARED=1 (CI)."""
    if os.environ.get("KELISIM_REQUIRE_SHARED") == "1":
        pytest.fail(problem + " (KELISIM_REQUIRE_SHARED=1 makes this a failure)", pytrace=False)
    pytest.skip(problem)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    for mark in item.iter_markers("shared"):
        problem = shared_problem(*(mark.args or ("",)))
        if problem:
            skip_without_shared(problem)


@pytest.fixture(scope="session")
def extractor():
    from kelisim.pipeline import Extractor
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """Text -> record, with an optional ' date YYYY-MM-DD' first line as in the seed format."""
    from kelisim.read import parse_plain_text

    def run(text: str, date: str | None = "2026-03-16", source: str = "test.txt") -> dict:
        if date and not re.match(r"\s*date ", text):
            text = f" date {date} Новости дипломатии\n\n{text}"
        return extractor.extract(parse_plain_text(text, source), with_text=True)
    return run


def names(record: dict, ids) -> list[str]:
    by_id = {e["id"]: e["name"] for e in record["entities"]}
    return [by_id[i] for i in ids if i in by_id]


def events(record: dict, kind: str) -> list[dict]:
    return [v for v in record["events"] if v["type"] == kind]
