"""`kelisim eval merge`: reading INDEX.tsv (groups, follow-up chains, halves), scoring a store
against it, and the floors the dev set reaches (slow: the real Extractor; skipped where
../shared/dev is not there)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.merge import MergeIndexError, evaluate_merge, half, read_index, score_store
from kelisim.store import open_store
from kelisim.store.ingest import ingest_records
from tests.store.store_records import branch_announced, branch_opened, phone_call, roadmap

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "dev"
HEADER = "file\tlang\tsource_url\toutlet\tpub_date\tdate_known\ttopic\tnegative\tsame_event_group\n"


def write_index(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "INDEX.tsv").write_text(HEADER + "".join(f"{f}\tru\t\t\t\t\t{topic}\tno\t{group}\n"
                                                       for f, topic, group in rows), encoding="utf-8")
    return folder


def test_merge_index_groups_chains_and_halves(tmp_path):
    truth = read_index(write_index(tmp_path / "d", [
        ("001_ru_call.txt", "a call", "call"), ("002_ru_call.txt", "the same call", "call"),
        ("010_ru_plant.txt", "plant announced", ""), ("011_ru_plant.txt", "plant opened (follow-up of 010)", ""),
        ("013_ru_plant.txt", "plant extended, follow-up of 010", ""), ("020_ru_alone.txt", "other news", ""),
    ]))
    assert truth.groups == {"call": ["001_ru_call.txt", "002_ru_call.txt"]}
    assert truth.chains == [["010_ru_plant.txt", "011_ru_plant.txt", "013_ru_plant.txt"]]
    assert truth.cluster["001_ru_call.txt"] == truth.cluster["002_ru_call.txt"] != truth.cluster["020_ru_alone.txt"]
    assert half(["011_ru_plant.txt", "010_ru_plant.txt"]) == "even" and half(["001_ru_call.txt"]) == "odd"


def test_merge_index_missing_says_what_to_add(tmp_path):
    with pytest.raises(MergeIndexError, match="INDEX.tsv"):
        read_index(tmp_path)


def test_merge_score_counts_merged_groups_linked_chains_and_wrong_merges(tmp_path):
    # the hand-written records' sources name the files INDEX.tsv lists
    recs = [phone_call(0), phone_call(1), branch_announced(), branch_opened(), roadmap()]
    files = ["001_ru_call.txt", "002_ru_call.txt", "003_ru_branch.txt", "004_ru_branch.txt", "005_ru_seed.txt"]
    for r, f in zip(recs, files):
        r["source"] = f"dev/{f}"
    truth = read_index(write_index(tmp_path / "dev", [
        (files[0], "call", "call"), (files[1], "call again", "call"), (files[2], "branch announced", ""),
        (files[3], "branch opened (follow-up of 003)", ""), (files[4], "seed", "")]))
    with open_store(str(tmp_path / "s.db")) as store:
        ingest_records(store, recs)
        report = score_store(store, truth)
    fig = report.figures["all"]
    assert (fig.groups_merged, fig.groups, fig.chains_linked, fig.chains) == (1, 1, 1, 1)
    assert fig.wrong_merges == 0 and fig.merged_events == 2
    assert report.figures["odd"].groups == 1 and report.figures["odd"].chains == 1


@pytest.mark.slow
@pytest.mark.shared("dev/INDEX.tsv")
def test_merge_dev_set_floors():
    """The figures the store reaches on the dev set with today's extraction; most groups it
    misses fail upstream (a report yields no event), which the report names as such."""
    report = evaluate_merge(DEV)
    fig = report.figures["all"]
    # 5 of 17 groups, 0 of 4 chains and 1 wrong merge in 7 before issue 14's rules; 7, 1 and 0 with
    # them; 14, 2 and 0 once the extraction of issue 9 found the reports' events; 15, 3 and 0 with
    # owners and places compared by the core of their names (body_keys.py); 16, 4 and 0 once a
    # place after "на реке" was read. The floors are issue 14's targets.
    assert fig.groups_merged / fig.groups >= 0.9
    assert fig.wrong_merges / fig.merged_events <= 0.05
    assert fig.chains_linked / fig.chains >= 0.8
    causes = {f.cause for f in report.failures}
    assert "merged wrongly" not in causes


def test_merge_failure_of_extraction_is_named_as_such(tmp_path):
    """A report whose record has no meeting, where the gold has one, is extraction's miss."""
    first, second = phone_call(0), dict(phone_call(1), events=[])
    files = ["001_ru_call.txt", "002_ru_call.txt"]
    folder = write_index(tmp_path / "dev", [(f, "call", "call") for f in files])
    for rec, f in zip((first, second), files):
        rec["source"] = f"dev/{f}"
        (folder / f.replace(".txt", ".gold.json")).write_text('{"meetings": [{"participants": ["A", "B"]}]}',
                                                               encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        ingest_records(store, [first, second])
        report = score_store(store, read_index(folder), folder)
    [failure] = report.failures
    assert failure.cause == "no event extracted" and "002 (meeting)" in failure.detail


def test_merge_gold_records_type_their_entities():
    from kelisim.eval.gold_records import record_from_gold
    from kelisim.read.article import Article
    gold = {"persons": [{"name": "Ермек Кошербаев|Кошербаев", "country": "KZ"}],
            "meetings": [{"participants": ["Кошербаев", "Великобритания|Британия"], "location": "Лондон"}],
            "agreements": [{"doc_type": "roadmap", "parties": ["KZ", "GB"], "sectors": ["critical_minerals"]}],
            "projects": [{"owner": "Heriot-Watt University", "location": "Актобе", "kind": "campus",
                          "stage": "announced"}]}
    rec = record_from_gold(gold, Article(text="Кошербаев в Лондоне.", source="x/001_ru_a.txt"), "ru", "2026-02-27")
    types = {e["name"]: (e["type"], e["country"]) for e in rec["entities"]}
    assert types == {"Ермек Кошербаев": ("PER", "KZ"), "Великобритания": ("GPE", "GB"), "Лондон": ("LOC", None),
                     "Казахстан": ("GPE", "KZ"), "Heriot-Watt University": ("ORG", None), "Актобе": ("LOC", None)}
    assert [e["type"] for e in rec["events"]] == ["meeting", "agreement", "project"]
    assert all(e["date"] == "2026-02-27" for e in rec["events"])


@pytest.mark.shared("dev/INDEX.tsv")
def test_merge_dev_set_from_gold_reaches_the_targets_but_for_unlinked_projects():
    """With every fact read right the store merges what the issue asks; its two "wrong" merges
    are projects reported by articles INDEX.tsv does not link (one ESTA plant, the Rogun dam)."""
    from kelisim.eval.gold_records import records_from_gold
    report = evaluate_merge(DEV, records=records_from_gold(DEV))
    fig = report.figures["all"]
    assert fig.groups_merged / fig.groups >= 0.9
    assert fig.chains_linked / fig.chains >= 1.0
    wrong = [f for f in report.failures if f.cause == "merged wrongly"]
    assert len(wrong) <= 2 and all(" project " in f.detail for f in wrong)
