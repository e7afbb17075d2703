"""The code stays in small modules (STYLE.md, issue 9): no Python module of the package runs over
300 lines. A module that grows past it is split where its parts have names of their own."""
from __future__ import annotations

from pathlib import Path

import kelisim

LIMIT = 300
PACKAGE = Path(kelisim.__file__).resolve().parent


def test_no_module_of_the_package_runs_over_300_lines():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 100
    long = {str(p.relative_to(PACKAGE)): n for p in modules
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert long == {}, f"modules over {LIMIT} lines, split them: {long}"
