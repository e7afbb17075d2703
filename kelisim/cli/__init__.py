"""The `kelisim` command: a thin Typer app over plain functions.

Each module in this package that defines ``register(app)`` adds its commands; the app
finds them by name, so a new command group is a new module and nothing else changes.

Exit codes, the same for every command (EXIT_CODES):
    0  done, every input read
    1  done, but some inputs were skipped (each named on one line of stderr)
    2  nothing done: a usage or value error (a bad option, a missing database, an unknown
       filter value, an output that cannot be written); the line says what to do
    3  an internal error: a bug in kelisim (extraction failed on an article, which is named and
       left out while the rest go on; or the command itself failed)
"""
from __future__ import annotations

import importlib
import pkgutil

from ..parallel.threads import one_blas_thread

one_blas_thread()       # before any command imports numpy: why in kelisim/parallel/threads.py

import typer  # noqa: E402

EXIT_CODES = {0: "done", 1: "some inputs skipped", 2: "usage or value error", 3: "internal error"}

app = typer.Typer(
    name="kelisim",
    help="Who met whom, who said what, what was signed and which projects were promised: "
         "evidence-backed records from diplomatic and government news.",
    epilog="Exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()) + ".",
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
    """The console script: a KelisimError that reaches here is one line and exit 2; anything
    else is a bug, one line and exit 3 (KELISIM_DEBUG=1 shows the traceback)."""
    import os
    import sys

    from ..errors import KelisimError
    try:
        app()
    except KelisimError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("KELISIM_DEBUG") == "1":
            raise
        what = " ".join(f"{type(e).__name__}: {e}".split())[:300]
        print(f"kelisim: internal error ({what}); this is a bug: please report it with the command "
              f"line (KELISIM_DEBUG=1 shows the traceback)", file=sys.stderr)
        sys.exit(3)
