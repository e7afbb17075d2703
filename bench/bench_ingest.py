"""Ingest at scale: N articles made by recombining factRuEval paragraphs (no two share more
than one paragraph, so none is a near-duplicate of another), stored through worker
processes into a fresh SQLite file; memory and database size every 1,000 articles.

    .venv/bin/python bench/bench_ingest.py [--articles N] [--workers W] [--db PATH] [DIR]

Prints, every 1,000 articles: elapsed time, articles per second, the load average, the
resident memory of the writer (this process) and of each worker, and the database size; at
the end the peak memory of each and the growth of the writer's memory from the first 1,000
articles to the last (flat memory is the goal: within 10%).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kelisim.parallel.threads import one_blas_thread  # noqa: E402

one_blas_thread()

from bench_parallel import load, peak_rss_mb  # noqa: E402

PER_ARTICLE = 3
# Paragraphs of like length: two articles share at most one paragraph, and one of 150-700
# characters cannot make up 60% of two articles' shingles (dedup's near-duplicate threshold),
# as one very long paragraph beside two short ones could.
SHORTEST, LONGEST = 150, 700


def paragraphs(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("book_*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n")
                if SHORTEST <= len(p.strip()) <= LONGEST]
    return out


def generate(folder: Path, n: int, out: Path, seed: int = 11) -> None:
    """N articles of PER_ARTICLE paragraphs each; no pair of paragraphs is used twice."""
    pool = paragraphs(folder)
    rnd = random.Random(seed)
    used: set[tuple[int, int]] = set()
    start = dt.date(2020, 1, 1)
    with open(out, "w", encoding="utf-8") as fh:
        made = 0
        while made < n:
            pick = rnd.sample(range(len(pool)), PER_ARTICLE)
            pairs = {(min(a, b), max(a, b)) for i, a in enumerate(pick) for b in pick[i + 1:]}
            if pairs & used:
                continue
            used |= pairs
            date = (start + dt.timedelta(days=made % 2000)).isoformat()
            fh.write(json.dumps({"text": "\n\n".join(pool[i] for i in pick), "title": f"Сводка {made}",
                                 "date": date, "source": f"gen/{made}"}, ensure_ascii=False) + "\n")
            made += 1


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def db_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20


def main() -> int:
    from bench_extract import DEFAULT_DIR, machine
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--db", type=Path, default=None, help="a new SQLite file (default: in a temporary folder)")
    args = ap.parse_args()
    from kelisim.parallel.ingest import ingest_with
    from kelisim.parallel.stream import AutoExecutor
    from kelisim.store import open_store
    from bench_parallel import worker_processes
    work = Path(tempfile.mkdtemp(prefix="kelisim-bench-"))
    corpus, db = work / "articles.jsonl", args.db or work / "kelisim.db"
    generate(args.dir, args.articles, corpus)
    print(f"corpus:  {args.articles:,} articles of {PER_ARTICLE} factRuEval paragraphs "
          f"({corpus.stat().st_size / 2**20:.1f} MB JSONL); workers {args.workers}, batches of {args.batch_size}")
    print(f"machine: {machine()}")
    print(f"\n{'articles':>8} {'s':>7} {'art/s':>6} {'writer MB':>10} {'workers MB':>14} {'DB MB':>8} {'KB/art':>7}  load")
    rows, done, started = [], 0, time.perf_counter()

    def progress(n: int) -> None:
        nonlocal done
        before, done = done, done + n
        if done // 1000 > before // 1000 or done == args.articles:
            s = time.perf_counter() - started
            workers = [rss_mb(p.pid) for p in worker_processes()]
            row = (done, s, rss_mb(os.getpid()), workers, db_mb(db))
            rows.append(row)
            print(f"{done:8,} {s:7.0f} {done / s:6.1f} {row[2]:10.0f} {'/'.join(f'{w:.0f}' for w in workers):>14} "
                  f"{row[4]:8.1f} {1024 * row[4] / done:7.1f}  {load()}", flush=True)

    with open_store(str(db)) as store, AutoExecutor(args.workers) as executor:
        report = ingest_with(executor, store, [str(corpus)], batch_size=args.batch_size, on_progress=progress)
        peaks = [peak_rss_mb(p.pid) for p in worker_processes()]
    print(f"\n{json.dumps(report.as_json())}")
    print(f"peak memory: writer {peak_rss_mb(os.getpid()):.0f} MB, workers "
          f"{'/'.join(f'{p:.0f}' for p in peaks)} MB; database {db_mb(db):.0f} MB "
          f"({1024 * db_mb(db) / max(1, report.stored):.0f} KB per article)")
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        print(f"writer memory from {first[0]:,} to {last[0]:,} articles: {first[2]:.0f} -> {last[2]:.0f} MB "
              f"({100 * (last[2] / first[2] - 1):+.1f}%)")
    print(f"database and corpus in {work}" + ("" if args.db else " (delete it when done)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
