"""Extraction on several cores and on a Dask cluster against one process, in one run:
`--workers 1` (this process), `--workers 2` (a process pool), a Dask LocalCluster of 2
workers; articles per second, the ratios, CPU seconds, peak memory per worker, and whether
all three gave the same records.

    .venv/bin/python bench/bench_parallel.py [DIR] [--repeat K] [--batch-size B] [--workers N]

DIR defaults to the factRuEval-2016 testset; its texts are taken K times (default 2) so each
worker has enough to do. Each mode is timed after its workers have loaded their models (a
warm-up batch per worker), so the ratios are of throughput, not start-up; start-up is printed
apart. On a machine shared with other work the load average is printed with every figure:
two workers can only be twice as fast as one when two cores are free.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kelisim.parallel.threads import one_blas_thread  # noqa: E402

one_blas_thread()


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} CPUs"


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process (Linux VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def worker_processes() -> list:
    """This process's descendants that loaded models (the pool's workers, Dask's workers):
    the fork server, the resource tracker and Dask's nannies stay far below 150 MB."""
    import psutil
    return [p for p in psutil.Process().children(recursive=True) if peak_rss_mb(p.pid) > 150]


def cpu_seconds(procs) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except Exception:  # noqa: BLE001 - a process gone
            pass
    return total


def run_mode(name: str, make, articles, batch_size: int, warm_batches: int) -> dict:
    from kelisim.parallel.stream import chunks
    t0 = time.perf_counter()
    ex = make()
    # one small batch per worker loads every worker's models before the clock starts
    list(ex.map([[a] for a in articles[:warm_batches]]))
    startup = time.perf_counter() - t0
    procs = worker_processes() if name != "serial" else []
    import resource
    cpu_before = cpu_seconds(procs) + (0 if procs else time.process_time())
    before = load()
    t = time.perf_counter()
    records = [rec for outcomes in ex.map(chunks(articles, batch_size)) for rec, _ in outcomes]
    wall = time.perf_counter() - t
    cpu = (cpu_seconds(procs) if procs else time.process_time()) - cpu_before
    peaks = [peak_rss_mb(p.pid) for p in procs] or \
        [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
    ex.close()
    digest = hashlib.sha256("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()).hexdigest()
    return {"name": name, "rate": len(articles) / wall, "wall": wall, "cpu": cpu, "startup": startup,
            "peaks": peaks, "digest": digest, "load_before": before, "load_after": load()}


def main() -> int:
    from bench_extract import DEFAULT_DIR, machine, read_texts
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=2, help="take the texts this many times")
    ap.add_argument("--batch-size", type=int, default=8, help="articles per batch sent to a worker")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--modes", default="serial,pool,dask", help="which of serial, pool, dask to run "
                    "(serial always runs: it is the baseline)")
    args = ap.parse_args()
    from kelisim import Article
    from kelisim.parallel import ProcessExecutor, SerialExecutor
    texts = read_texts(args.dir, None)
    # the same text twice is the same article (one id): number the copies
    articles = [Article(t, source=f"{k}/{i}", id=f"{k}-{i}") for k in range(args.repeat) for i, t in enumerate(texts)]
    print(f"corpus:  {args.dir}, {len(texts)} texts x {args.repeat} = {len(articles)} articles, "
          f"batches of {args.batch_size}")
    print(f"machine: {machine()}")
    n = args.workers
    wanted = set(args.modes.split(","))
    modes = [("serial", lambda: SerialExecutor(), 1)]
    if "pool" in wanted:
        modes.append((f"{n} worker processes", lambda: ProcessExecutor(n), n))
    if "dask" in wanted:
        from kelisim.parallel.dask_exec import DaskExecutor
        modes.append((f"Dask LocalCluster, {n} workers", lambda: DaskExecutor("local", workers=n), n))
    results = [run_mode(name, make, articles, args.batch_size, warm) for name, make, warm in modes]
    print(f"\n{'':32} {'art/s':>7} {'wall s':>7} {'CPU s':>7} {'start s':>8} {'peak MB per worker':>20}  load before -> after")
    for r in results:
        peaks = "/".join(f"{p:.0f}" for p in r["peaks"])
        print(f"{r['name']:32} {r['rate']:7.2f} {r['wall']:7.1f} {r['cpu']:7.1f} {r['startup']:8.1f} "
              f"{peaks:>20}  {r['load_before']} -> {r['load_after']}")
    base = results[0]
    for r in results[1:]:
        print(f"{r['name']}: {r['rate'] / base['rate']:.2f}x serial "
              f"(CPU per article {r['cpu'] / base['cpu']:.2f}x serial's)")
    same = len({r["digest"] for r in results}) == 1
    print(f"records identical in all modes: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
