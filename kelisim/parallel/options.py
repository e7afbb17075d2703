"""The CLI options every extracting command shares (extract, ingest)."""
from __future__ import annotations

import typer

WORKERS_OPTION = typer.Option(
    None, "--workers", "-w", min=1, show_default="the machine's cores",
    help="Worker processes, each with its own models; output is the same as with 1. "
         "With --dask local: the local cluster's workers.")
DASK_OPTION = typer.Option(
    None, "--dask", metavar="ADDRESS",
    help="Extract on a dask.distributed cluster: a scheduler address (tcp://host:8786) or "
         "'local' for a cluster of worker processes on this machine.")
