"""The suite on a fresh clone: without ../shared (a newcomer's laptop) every test that needs it
skips and names what is missing; with KELISIM_REQUIRE_SHARED=1 (CI) those tests fail instead.

The suite's tests are copied to a folder with no ../shared next to it and run there in a
subprocess; only the tests marked `shared` run (they skip before loading any model), and the
whole suite is collected, so a file that reads ../shared at collection time fails here."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    repo = tmp_path_factory.mktemp("fresh") / "repo"
    assert not (repo.parent / "shared").exists()
    shutil.copytree(ROOT / "tests", repo / "tests", ignore=shutil.ignore_patterns("__pycache__", "screenshots"))
    shutil.copy(ROOT / "pyproject.toml", repo)
    return repo


def run_pytest(repo, *args, require: bool = False):
    env = {k: v for k, v in os.environ.items() if k != "KELISIM_REQUIRE_SHARED"}
    env["PYTHONPATH"] = os.pathsep.join([str(repo), str(ROOT)])
    env.pop("KAZNERD_DIR", None)
    if require:
        env["KELISIM_REQUIRE_SHARED"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs", *args],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_suite_without_shared_collects_every_file(clone):
    result = run_pytest(clone, "--collect-only")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "error" not in result.stdout.splitlines()[-1]


def test_suite_without_shared_skips_and_names_the_missing_path(clone):
    result = run_pytest(clone, "-m", "shared")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout.splitlines()[-1]
    assert "skipped" in summary and "failed" not in summary and "error" not in summary, summary
    assert "needs ../shared/dev" in result.stdout
    assert "needs ../shared/eval/score.py" in result.stdout


def test_suite_without_shared_fails_when_ci_requires_it(clone):
    result = run_pytest(clone, "-m", "shared", "tests/store/test_devset.py", require=True)
    assert result.returncode == 1
    assert "KELISIM_REQUIRE_SHARED=1 makes this a failure" in result.stdout
