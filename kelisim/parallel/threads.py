"""One BLAS thread per process by default.

slovnet's taggers are small matrix products: a second OpenBLAS/OpenMP thread costs about
half as much CPU again for no gain in wall time (issue 11), and with one worker process per
core extra threads only fight each other. The variables must be set before numpy is
imported, so the CLI calls this first thing; a user who set any of them is left alone.
"""
from __future__ import annotations

import os

BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
             "NUMEXPR_NUM_THREADS")


def one_blas_thread(environ: dict | None = None) -> bool:
    """Set every BLAS thread variable to 1 unless one is set already; True if it set them."""
    env = os.environ if environ is None else environ
    if any(env.get(v) for v in BLAS_VARS):
        return False
    for v in BLAS_VARS:
        env[v] = "1"
    return True
