"""The CLI tests drive the Typer app in process; `runner` keeps stderr apart from stdout."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner


@pytest.fixture
def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:       # click >= 8.2 keeps stderr apart already
        return CliRunner()
