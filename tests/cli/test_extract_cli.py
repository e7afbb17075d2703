"""`kelisim extract` driven in process: formats, outputs, and bad input skipped with exit code 1."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kelisim.cli import app

pytestmark = pytest.mark.slow
ARTICLE = " date 2026-03-16 Переговоры в Астане\n\nПрезидент Казахстана Касым-Жомарт Токаев принял министра " \
          "иностранных дел Турции Хакана Фидана.\n"


@pytest.fixture
def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:       # click >= 8.2 keeps stderr apart already
        return CliRunner()


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
