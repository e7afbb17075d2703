"""`kelisim extract` driven in process: formats, outputs, and bad input skipped with exit code 1."""
from __future__ import annotations

import json
import re

import pytest

from kelisim.cli import app

pytestmark = pytest.mark.slow
ARTICLE = " date 2026-03-16 Переговоры в Астане\n\nПрезидент Казахстана Касым-Жомарт Токаев принял министра " \
          "иностранных дел Турции Хакана Фидана.\n"


def test_cli_help_on_every_command(runner):
    import typer

    assert runner.invoke(app, ["--help"]).exit_code == 0

    def paths(cmd, prefix):
        yield prefix
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            yield from paths(sub, prefix + [name])

    every = list(paths(typer.main.get_command(app), []))
    assert ["extract"] in every
    for path in every:
        result = runner.invoke(app, path + ["--help"])
        assert result.exit_code == 0, (path, result.stdout)


def test_cli_extract_jsonl_one_record_per_article(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE.replace("Фидана", "Фидана и послом"), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == ["a.txt", "b.txt"]
    assert records[0]["date"] == "2026-03-16"
    assert records[0]["title"] == "Переговоры в Астане"
    assert records[0]["lang"] == "ru"


def test_cli_extract_json_pretty_output_file_and_with_text(runner, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(src), "--format", "json", "--output", str(out), "--with-text"])
    assert result.exit_code == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records[0]["text"] == ARTICLE
    pretty = runner.invoke(app, ["extract", str(src), "--format", "pretty"])
    assert "Касым-Жомарт Токаев" in pretty.stdout


def test_cli_extract_reads_standard_input(runner):
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "<stdin>"


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 100, "binary"),
    ("big.txt", "Большая статья. ".encode() * 400, "limit"),
])
def test_cli_extract_skips_bad_input_and_goes_on(runner, tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / name), str(good), "--max-bytes", "4000"])
    assert result.exit_code == 1
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(result.stdout)["source"].endswith("good.txt")


def test_cli_extract_says_which_legacy_encoding_was_used(runner, tmp_path):
    src = tmp_path / "legacy.txt"
    src.write_bytes(ARTICLE.encode("cp1251"))
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0
    assert "cp1251" in result.stderr
    assert "Касым-Жомарт Токаев" in result.stdout


def test_cli_extract_usage_error_exits_2(runner):
    assert runner.invoke(app, ["extract", "x.txt", "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_cli_extract_unsupported_language_warns(runner, tmp_path):
    src = tmp_path / "de.txt"
    src.write_text("Der Präsident und die Regierung haben sich am Montag in Berlin getroffen.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["lang"] == "de"
    assert "not supported" in result.stderr


TANGUT = "\U00017941"


def test_cli_extract_an_odd_character_does_not_end_the_run(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE.replace("принял", f"{TANGUT}принял"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


@pytest.fixture
def fails_on_boom(monkeypatch):
    """The real pipeline with one more stage that fails on the word BOOM, as a bug would."""
    import kelisim.stages
    from tests.test_odd_input import FailOn
    real = kelisim.stages.default_stages
    monkeypatch.setattr(kelisim.stages, "default_stages", lambda: real() + [FailOn("BOOM")])


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_cli_extract_an_article_extraction_fails_on_is_named_left_out_and_exits_3(runner, tmp_path, fails_on_boom,
                                                                                   fmt):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(ARTICLE + ("BOOM\n" if i == 2 else ""), encoding="utf-8")
    # One process: the failing stage is patched into this one (workers isolate their own: tests/parallel).
    result = runner.invoke(app, ["extract", str(tmp_path), "--batch-size", "2", "-f", fmt, "--workers", "1"])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(tmp_path / "2.txt") + ": skipped: extraction failed")
    records = json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == ["0.txt", "1.txt", "3.txt", "4.txt"]


def test_cli_extract_pretty_names_the_people_of_each_event(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "pretty"])
    meeting = next(line for line in result.stdout.splitlines() if " meeting: " in line)
    assert "participants: Касым-Жомарт Токаев, Хакан Фидан" in meeting
    assert '"e' not in meeting and "e1" not in meeting


@pytest.mark.parametrize("args", [["--max-bytes", "-5"], ["--max-bytes", "0"], ["--batch-size", "0"]])
def test_cli_extract_refuses_values_out_of_range_with_exit_2(runner, tmp_path, args):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), *args])
    assert result.exit_code == 2


def test_cli_extract_unwritable_output_is_one_line_and_exit_2(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "out.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "give another --output" in result.stderr


def test_cli_extract_progress_counts_articles_on_a_terminal(runner, tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.replace("Астане", f"Астане {i}"), encoding="utf-8")
    (tmp_path / "more.jsonl").write_text("\n".join(json.dumps({"text": ARTICLE + str(i)}) for i in range(4)) + "\n",
                                         encoding="utf-8")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")       # rich: stderr is a terminal
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", result.stderr)
    assert "7/7 articles" in shown and "ETA" in shown and "loading models" in shown
    assert len(result.stdout.splitlines()) == 7
    quiet = runner.invoke(app, ["extract", str(tmp_path), "--quiet"])
    assert quiet.stderr == ""


def test_cli_extract_no_progress_when_piped(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["extract", str(tmp_path)]).stderr == ""
