"""The store's commands, driven in process: tables for people, JSON for scripts."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.store import open_store
from kelisim.store.ingest import ingest_records


@pytest.fixture
def filled(db, records):
    with open_store(db) as store:
        ingest_records(store, records.values())
    return db


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result


def test_cli_events_json_lists_sources_of_merged_events(filled):
    r = run("events", "--type", "meeting", "--min-sources", "2", "--format", "json", "--db", filled)
    assert r.exit_code == 0, r.output
    events = json.loads(r.stdout)
    assert len(events) == 2
    for ev in events:
        assert all({"article_id", "source", "evidence"} <= set(s) for s in ev["sources"])


def test_cli_events_table_is_readable(filled):
    r = run("events", "--db", filled)
    assert r.exit_code == 0 and "Мурат Нуртлеу – Дэвид Кэмерон" in r.stdout


def test_cli_actors_lists_by_default_and_merges(filled):
    r = run("actors", "--type", "PER", "--format", "jsonl", "--db", filled)
    people = [json.loads(line) for line in r.stdout.splitlines()]
    assert "Мурат Нуртлеу" in {p["name"] for p in people}
    listed = run("actors", "list", "--type", "PER", "--format", "jsonl", "--db", filled).stdout
    assert [json.loads(line) for line in listed.splitlines()] == people
    r = run("actors", "merge", "Астана", "Актобе", "--db", filled)
    assert r.exit_code == 0, r.output
    r = run("actors", "--query", "Aktobe", "--format", "json", "--db", filled)
    assert [a["name"] for a in json.loads(r.stdout)] == ["Астана"]


def test_cli_actors_split_unknown_alias_says_which_names_there_are(filled):
    r = run("actors", "split", "Астана", "--name", "Нур-Султан", "--db", filled)
    assert r.exit_code == 2 and "has no alias" in r.stderr


def test_cli_commitments_overdue_as_of(filled):
    r = run("commitments", "--status", "overdue", "--as-of", "2028-01-01", "--format", "json", "--db", filled)
    assert r.exit_code == 0, r.output
    assert [c["subtype"] for c in json.loads(r.stdout)] == ["roadmap"]
    r = run("commitments", "--db", filled, "--as-of", "2028-01-01")
    assert r.exit_code == 0 and "overdue" in r.stdout and "completed" in r.stdout


def test_cli_stats_timeline_search(filled):
    stats = json.loads(run("stats", "--format", "json", "--db", filled).stdout)
    assert stats["articles"] == 8 and stats["events_with_several_sources"] >= 2
    r = run("timeline", "--pair", "KZ", "GB", "--format", "json", "--db", filled)
    assert {e["type"] for e in json.loads(r.stdout)} >= {"meeting", "agreement"}
    r = run("search", "критические минералы", "--db", filled)
    assert r.exit_code == 0 and "От диалога" in r.stdout


def test_cli_export(filled, tmp_path):
    r = run("export", "--format", "graphml", "--output", tmp_path / "g.graphml", "--db", filled)
    assert r.exit_code == 0 and (tmp_path / "g.graphml").exists()


def test_cli_error_is_one_line_and_exit_2(tmp_path):
    r = run("events", "--db", "mysql://x@y/z")
    assert r.exit_code == 2 and r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1


def test_cli_ingest_without_paths_asks_for_them(tmp_path):
    r = run("ingest", "--db", tmp_path / "k.db")
    assert r.exit_code == 2 and "give files or folders" in r.stderr


def test_cli_ingest_reports_each_skipped_input_on_one_line_and_exits_1(tmp_path, monkeypatch):
    from fake_extractor import FakeExtractor
    monkeypatch.setattr("kelisim.pipeline.Extractor", FakeExtractor)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("date 2024-04-24 Talks\n\nЕрмек Кошербаев провёл переговоры с "
                                           "Дэвид Лэмми в Лондоне о транзите и торговле.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("", encoding="utf-8")
    r = run("ingest", tmp_path / "in", "--db", tmp_path / "k.db")
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and "b.txt: skipped: " in lines[0]
    assert lines[-1].startswith("stored 1 articles")
    r = run("ingest", tmp_path / "in" / "a.txt", "--db", tmp_path / "k.db", "--quiet")
    assert r.exit_code == 0 and "1 already stored" in r.stderr


def test_cli_ingest_rebuild_derives_everything_again(filled):
    before = json.loads(run("stats", "--format", "json", "--db", filled).stdout)
    r = run("ingest", "--rebuild", "--db", filled)
    assert r.exit_code == 0 and "from 8 stored records" in r.stderr
    after = json.loads(run("stats", "--format", "json", "--db", filled).stdout)
    assert {k: v for k, v in after.items() if k != "batches"} == {k: v for k, v in before.items() if k != "batches"}
