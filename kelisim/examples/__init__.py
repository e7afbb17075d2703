"""The bundled example articles `kelisim demo` runs on (package data, so the demo works from
any folder once kelisim is installed; the checkout's examples/ links here)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def example_paths() -> list[str]:
    """Paths of the bundled example articles, in order of their names."""
    folder = resources.files(__name__)
    return sorted(str(Path(str(p))) for p in folder.iterdir() if p.name.endswith(".txt"))
