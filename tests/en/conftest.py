"""Fixtures for the English tests: one pipeline for the session, articles built from plain text."""
from __future__ import annotations

import pytest

from kelisim.pipeline import Extractor
from kelisim.read import parse_plain_text


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """The record (OUTPUT.md) of an English news text: a dated headline, then `body`."""
    def run(body: str, date: str = "2025-05-20", headline: str = "Leaders meet in the capital") -> dict:
        text = f"date {date} {headline}\n\n{body}\n"
        return extractor.extract(parse_plain_text(text, "test.txt"))
    return run


class Look:
    """Reading a record in tests: names of entity ids, events of a kind, a person by surname."""

    @staticmethod
    def names(record: dict, ids) -> list[str]:
        return names(record, ids)

    @staticmethod
    def name(record: dict, eid: str | None) -> str | None:
        return name_of(record, eid)

    @staticmethod
    def events(record: dict, kind: str, modality: str | None = "asserted") -> list[dict]:
        return events(record, kind, modality)

    @staticmethod
    def person(record: dict, surname: str) -> dict:
        return person(record, surname)


@pytest.fixture(scope="session")
def look() -> Look:
    return Look()


def names(record: dict, ids) -> list[str]:
    ents = {e["id"]: e for e in record["entities"]}
    return [ents[i]["name"] for i in ids if i in ents]


def name_of(record: dict, eid: str | None) -> str | None:
    return next((e["name"] for e in record["entities"] if e["id"] == eid), None)


def events(record: dict, kind: str, modality: str | None = "asserted") -> list[dict]:
    return [v for v in record["events"] if v["type"] == kind and (modality is None or v["modality"] == modality)]


def person(record: dict, surname: str) -> dict:
    found = [e for e in record["entities"] if e["type"] == "PER" and surname in e["name"]]
    assert found, f"no person {surname!r} in {[e['name'] for e in record['entities']]}"
    return found[0]
