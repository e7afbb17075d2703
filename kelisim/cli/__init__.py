"""The `kelisim` command: a thin Typer app over plain functions.

Each module in this package that defines ``register(app)`` adds its commands; the app
finds them by name, so a new command group is a new module and nothing else changes.
"""
from __future__ import annotations

import importlib
import pkgutil

from ..parallel.threads import one_blas_thread

one_blas_thread()       # before any command imports numpy: why in kelisim/parallel/threads.py

import typer  # noqa: E402

app = typer.Typer(
    name="kelisim",
    help="Who met whom, who said what, what was signed and which projects were promised: "
         "evidence-backed records from diplomatic and government news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_all()


def main() -> None:
    app()
