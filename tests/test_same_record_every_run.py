"""The same article gives the same record in every run: nothing in extraction may follow the order a
process's string hashing (PYTHONHASHSEED, random by default) gives to sets and dicts of strings."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

EXAMPLES = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def _records(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", "import sys; from kelisim.cli import main; sys.exit(main())", "extract", *EXAMPLES, "--format", "jsonl"],
                         capture_output=True, text=True, env=env, check=True, timeout=600)
    return out.stdout


def test_two_hash_seeds_give_the_same_records_for_every_bundled_example():
    assert len(EXAMPLES) >= 4      # ru, en and kk
    first, second = _records("1"), _records("2024")
    assert first.count("\n") == len(EXAMPLES)
    assert first == second
