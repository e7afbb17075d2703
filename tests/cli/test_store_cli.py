"""The store's commands on a store larger than a table page: nothing cut silently, one --limit
meaning everywhere, typos in filters refused, read commands refusing a missing database, and
errors as one line with exit code 2. Driven in process on a real SQLite file."""
from __future__ import annotations

import json
import os

import pytest

from kelisim.cli import app
from kelisim.store import open_store
from kelisim.store.ingest import ingest_records
from tests.store.store_records import entity, record, span

GIVEN = ["Arman", "Bolat", "Daulet", "Erlan", "Galym", "Kairat", "Marat", "Nurlan", "Olzhas", "Ruslan"]
FAMILY = ["Abenov", "Beisenov", "Dosanov", "Ermekov", "Gabitov", "Iskakov", "Kenzhebekov", "Mukanov",
          "Nurpeisov", "Omarov", "Sadykov", "Tulegenov"]
N_ARTICLES = 60         # 120 events, some 100 actors, 60 articles: each more than a table page of 50


def person(i: int) -> str:
    return f"{GIVEN[i % len(GIVEN)]} {FAMILY[i // len(GIVEN)]}"


def talks(i: int) -> dict:
    a, b = person(2 * i), person(2 * i + 1)
    text = (f"Foreign Minister {a} held talks with Ambassador {b} in Astana. "
            f"{a} said critical minerals would be a priority.")
    day = f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"
    return record(f"en-{i:04d}", f"outlet.kz/en/{i}", "en", day, f"Talks {i}", text, [
        entity(text, "e1", "PER", a, country="KZ"), entity(text, "e2", "PER", b, country="GB"),
        entity(text, "e3", "GPE", "Astana", country="KZ"),
    ], [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "location": "e3", "date": day,
         "modality": "asserted", "evidence": [span(text, f"held talks with Ambassador {b}")]},
        {"id": "v2", "type": "statement", "speaker": "e1", "direct": False,
         "text": "critical minerals would be a priority", "modality": "asserted",
         "evidence": [span(text, f"{a} said critical minerals would be a priority.")]},
    ], sectors=["critical_minerals"])


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("big") / "k.db")
    with open_store(db) as store:
        ingest_records(store, [talks(i) for i in range(N_ARTICLES)])
    return db


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


def n_actors(db: str) -> int:
    from kelisim.store.queries import list_actors
    with open_store(db) as store:
        return len(list_actors(store))


def rows_of(result, fmt: str) -> list:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.stdout.splitlines()]


@pytest.mark.parametrize("command, total", [(["events"], 2 * N_ARTICLES), (["actors"], None),
                                            (["search", "minerals"], N_ARTICLES)])
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_machine_output_gives_every_row_unless_limited(runner, big, command, total, fmt):
    total = total or n_actors(big)
    assert total > 50
    assert len(rows_of(run(runner, *command, "--db", big, "-f", fmt), fmt)) == total
    assert len(rows_of(run(runner, *command, "--db", big, "-f", fmt, "--limit", "0"), fmt)) == total
    limited = run(runner, *command, "--db", big, "-f", fmt, "--limit", "7")
    assert len(rows_of(limited, fmt)) == 7
    assert f"7 of {total}" in limited.stderr


@pytest.mark.parametrize("command, total, what", [(["events"], 2 * N_ARTICLES, "events"),
                                                  (["actors"], None, "actors"),
                                                  (["search", "minerals"], N_ARTICLES, "articles")])
def test_cli_table_says_how_many_it_shows_of_how_many(runner, big, command, total, what):
    total = total or n_actors(big)
    result = run(runner, *command, "--db", big)
    assert result.exit_code == 0, result.stderr
    assert f"50 of {total} {what}; --limit 0 shows all" in result.stdout
    everything = run(runner, *command, "--db", big, "--limit", "0")
    assert f"{total} {what}" in everything.stdout and " of " not in everything.stdout.splitlines()[-1]


def test_cli_commitments_and_timeline_take_limit_and_timeline_the_filters_of_events(runner, big):
    timeline = rows_of(run(runner, "timeline", "--pair", "KZ", "GB", "--db", big, "-f", "json"), "json")
    assert len(timeline) == N_ARTICLES        # the meetings: a statement has one side only
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)
    meetings = rows_of(run(runner, "timeline", "--pair", "kz", "gb", "--type", "meeting", "--since", "2024-06-01",
                           "--db", big, "-f", "json"), "json")
    assert meetings and all(e["type"] == "meeting" and e["date"] >= "2024-06-01" for e in meetings)
    assert len(rows_of(run(runner, "timeline", "--pair", "KZ", "GB", "--limit", "3", "--db", big, "-f", "jsonl"),
                       "jsonl")) == 3
    assert run(runner, "commitments", "--limit", "0", "--db", big).exit_code == 0


@pytest.mark.parametrize("args", [["events", "--type", "meting"], ["events", "--sector", "minerals"],
                                  ["events", "--country", "KAZ"], ["events", "--modality", "maybe"],
                                  ["actors", "--type", "PERSON"], ["commitments", "--status", "done"],
                                  ["timeline", "--pair", "KZ", "GB", "--type", "meetings"],
                                  ["events", "--since", "yesterday"], ["search", "minerals", "--limit", "-1"],
                                  ["timeline", "--pair", "KZ", "KZ"]])
def test_cli_unknown_filter_values_are_refused_with_exit_2(runner, big, args):
    result = run(runner, *args, "--db", big)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""


def test_cli_filter_values_are_read_in_any_case(runner, big):
    assert len(rows_of(run(runner, "events", "--type", "Meeting", "--db", big, "-f", "json"), "json")) == N_ARTICLES
    assert len(rows_of(run(runner, "actors", "--type", "gpe", "--db", big, "-f", "json"), "json")) == 1


@pytest.mark.parametrize("command", [["events"], ["actors"], ["commitments"], ["stats"], ["search", "x"],
                                     ["timeline", "--pair", "KZ", "GB"], ["export", "-f", "jsonl", "-o", "out.jsonl"],
                                     ["token", "list"]])
def test_cli_read_commands_refuse_a_missing_database(runner, tmp_path, command):
    missing = tmp_path / "kelisim-typo.db"
    result = run(runner, *command, "--db", missing)
    assert result.exit_code == 2
    assert "there is no database at" in result.stderr and "kelisim ingest" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_cli_read_commands_follow_kelisim_db(runner, big, monkeypatch):
    monkeypatch.setenv("KELISIM_DB", big)
    assert len(rows_of(run(runner, "events", "-f", "json"), "json")) == 2 * N_ARTICLES


def test_cli_stats_does_not_count_rejected_events(runner, tmp_path):
    from kelisim.store.queries import find_events
    from kelisim.store.review import review_event
    db = str(tmp_path / "k.db")
    with open_store(db) as store:
        ingest_records(store, [talks(0), talks(1)])
        [statement] = find_events(store, type="statement", limit=1)[0]
        with store.write() as conn:
            review_event(conn, statement["id"], "alice", status="rejected")
    figures = json.loads(run(runner, "stats", "--db", db, "-f", "json").stdout)
    assert figures["events"] == {"meeting": 2, "statement": 1}
    assert figures["rejected_events"] == 1
    assert len(rows_of(run(runner, "events", "--db", db, "-f", "json"), "json")) == 3
    assert len(rows_of(run(runner, "events", "--db", db, "-f", "json", "--include-rejected"), "json")) == 4


@pytest.mark.parametrize("fmt, where", [("jsonl", "/proc/kelisim-export.jsonl"), ("csv", "/proc/kelisim-export"),
                                        ("graphml", "/proc/kelisim.graphml")])
def test_cli_export_to_an_unwritable_place_is_one_line_and_exit_2(runner, big, fmt, where):
    result = run(runner, "export", "-f", fmt, "-o", where, "--db", big)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot write") and len(result.stderr.strip().splitlines()) == 1


def test_cli_piped_tables_are_as_wide_as_their_content(runner, big):
    result = run(runner, "actors", "--type", "GPE", "--db", big)
    lines = result.stdout.splitlines()
    assert all(line == line.rstrip() for line in lines)
    assert max(map(len, lines)) < 120
    assert "Astana" in result.stdout


@pytest.mark.parametrize("args", [["token", "list", "--format", "json"], ["token", "list", "--json"],
                                  ["token", "list", "-f", "jsonl"]])
def test_cli_token_list_takes_format_like_every_command(runner, big, args):
    run(runner, "token", "create", "dana", "--db", big)
    result = run(runner, *args, "--db", big)
    rows = rows_of(result, "jsonl" if "jsonl" in args else "json")
    assert any(r["name"] == "dana" for r in rows)


def test_cli_usage_errors_exit_2_through_the_console_script(tmp_path):
    import subprocess
    import sys
    from tests.conftest import ROOT
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", "from kelisim.cli import main; main()"]
    for args in (["events", "--db", str(tmp_path / "none.db")], ["events", "--limit", "x"], ["nosuchcommand"]):
        assert subprocess.run(cmd + args, env=env, capture_output=True).returncode == 2, args


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str, port: int):
    import subprocess
    import sys
    from tests.conftest import ROOT
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", "from kelisim.cli import main; main()", "serve", "--db", db,
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_cli_serve_prints_the_address_once_it_is_listening(big):
    import socket
    port = free_port()
    proc = serve(big, port)
    try:
        line = proc.stderr.readline()
        assert f"http://localhost:{port}/" in line
        socket.create_connection(("127.0.0.1", port), timeout=1).close()    # listening already
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_cli_serve_on_a_port_in_use_says_so_and_no_address(big):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = serve(big, taken.getsockname()[1])
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert "open http" not in err and "cannot listen on" in err


def test_cli_ingest_progress_knows_the_total_on_a_terminal(runner, tmp_path, monkeypatch):
    import re

    from tests.store.fake_extractor import FakeExtractor, generate_corpus
    monkeypatch.setattr("kelisim.pipeline.Extractor", FakeExtractor)
    (tmp_path / "in").mkdir()
    generate_corpus(tmp_path / "in", n=12, seed=3)
    n_files = len(list((tmp_path / "in").glob("*.txt")))
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    result = run(runner, "ingest", tmp_path / "in", "--db", tmp_path / "k.db", "--batch-size", "4")
    assert result.exit_code == 0, result.stderr
    shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", result.stderr)
    assert f"{n_files}/{n_files} articles" in shown and "ETA" in shown and "/?" not in shown
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    again = run(runner, "ingest", tmp_path / "in", "--db", tmp_path / "k.db")
    assert again.stderr.strip().splitlines()[0].startswith("stored 0 articles")
