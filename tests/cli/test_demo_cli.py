"""`kelisim demo` from any folder: the examples ship inside the package, the database follows
--db or $KELISIM_DB, and a run that found nothing says so and does not invite to a browser."""
from __future__ import annotations

from pathlib import Path

import pytest

import kelisim
from kelisim.cli import app
from kelisim.examples import example_paths


def test_demo_examples_are_package_data():
    paths = [Path(p) for p in example_paths()]
    assert len(paths) >= 4 and all(p.is_file() for p in paths)
    assert all(Path(kelisim.__file__).parent in p.parents for p in paths)
    assert any(p.name.startswith("000_ru") for p in paths)


@pytest.mark.slow
def test_demo_outside_the_checkout_runs_on_the_bundled_examples_into_kelisim_db(runner, tmp_path, monkeypatch,
                                                                                  extractor):
    monkeypatch.setattr("kelisim.pipeline.Extractor", lambda: extractor)    # the session's loaded models
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KELISIM_DB", str(tmp_path / "mine.db"))
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.stderr
    assert "4 articles" in result.stdout and "Open it in a browser: kelisim serve" in result.stdout
    assert (tmp_path / "mine.db").is_file() and not (tmp_path / "kelisim.db").exists()
    assert str(tmp_path / "mine.db") in result.stdout


def test_demo_with_nothing_to_read_says_so_and_exits_2(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["demo", "empty"])
    assert result.exit_code == 2
    assert "no articles" in result.stderr and "browser" not in result.stdout
    assert not (tmp_path / "kelisim.db").exists()
