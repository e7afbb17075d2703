"""Shared fixtures: the NLP models load once per test session."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


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
