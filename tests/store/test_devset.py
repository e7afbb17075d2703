"""End to end on ../shared/dev with the real Extractor: what issue 5's "Done when" asks of the
store. Slow (loads the models); skipped where ../shared/dev is not there."""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest
from store_records import counts

from kelisim.store.commitments import list_commitments
from kelisim.store.ingest import ingest
from kelisim.store.queries import list_events

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "dev"
MERGED = ("meeting", "agreement", "project")

pytestmark = [pytest.mark.slow, pytest.mark.shared("dev/INDEX.tsv")]


class Remembering:
    """The real Extractor, run once per article for the whole module: each test ingests afresh
    (the store's work) without paying for the NLP again."""

    def __init__(self):
        from kelisim.pipeline import Extractor
        self.extractor, self.done = Extractor(), {}

    def records(self, articles, with_text=False, batch_size=32):
        articles = list(articles)
        todo = [a for a in articles if a.id not in self.done]
        for a, rec in zip(todo, self.extractor.records(todo, with_text=with_text, batch_size=batch_size)):
            self.done[a.id] = rec
        return [self.done[a.id] for a in articles]


@pytest.fixture(scope="module")
def extractor():
    return Remembering()


@pytest.fixture
def dev_store(store, extractor):
    report = ingest(store, [DEV], extractor=extractor)
    assert not report.skipped, [str(s) for s in report.skipped]
    return store


def groups() -> dict[str, list[str]]:
    """The dev set's groups of articles reporting one event. Read at collection time, so where
    ../shared is absent there are none, and the marker above says why the tests skip."""
    if not (DEV / "INDEX.tsv").is_file():
        return {}
    with (DEV / "INDEX.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = defaultdict(list)
    for row in rows:
        if row.get("same_event_group"):
            out[row["same_event_group"]].append(row["file"])
    return {g: files for g, files in out.items() if len(files) > 1}


def test_dev_set_ingested_twice_leaves_the_same_counts(dev_store, extractor):
    before = counts(dev_store)
    again = ingest(dev_store, [DEV], extractor=extractor)
    assert again.stored == 0 and again.known == before["articles"]
    assert counts(dev_store) == before


@pytest.mark.parametrize("group", sorted(groups()) or ["(no dev set)"])
def test_dev_set_reports_of_one_event_are_one_event_with_several_sources(dev_store, group):
    files = set(groups()[group])
    events = list_events(dev_store)
    covering = [e for e in events if e["type"] in MERGED
                and files <= {Path(s["source"]).name for s in e["sources"]}]
    if not covering:
        # The store merges what the records report: an article whose gold has a meeting (say)
        # that its record lacks gives the store nothing to merge; that is the extractor's miss.
        reported = defaultdict(set)
        for e in events:
            for s in e["sources"]:
                reported[Path(s["source"]).name].add(e["type"])
        missed = [f"{kind[:-1]} in {f}" for f in sorted(files)
                  for kind in ("meetings", "agreements", "projects")
                  if _gold(f).get(kind) and kind[:-1] not in reported[f]]
        if missed:
            pytest.xfail(f"{group}: the extractor does not report the {'; the '.join(missed)} (gold has it)")
    assert covering, f"{group}: no event has all of {sorted(files)} among its sources"


def _gold(file: str) -> dict:
    path = DEV / file.replace(".txt", ".gold.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_dev_set_announced_and_opened_branch_is_one_commitment_with_two_stages(dev_store):
    branch = [c for c in list_commitments(dev_store, actor="Омск")
              if {Path(s["source"]).name[:3] for s in c["stages"]} == {"008", "009"}]
    assert len(branch) == 1
    assert [s["stage"] for s in branch[0]["stages"]] == ["announced", "completed"]
    assert branch[0]["status"] == "completed"


def test_dev_set_roadmap_is_overdue_after_its_deadline(dev_store):
    overdue = list_commitments(dev_store, status="overdue", as_of="2028-01-01")
    assert any(c["subtype"] == "roadmap" and c["deadline"] == "2027" for c in overdue)
