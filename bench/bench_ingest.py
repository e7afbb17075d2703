"""Ingest at scale: N articles made by recombining factRuEval paragraphs (no two share more
than one paragraph, so none is a near-duplicate of another), stored through worker
processes into a fresh SQLite file; memory and database size every 1,000 articles.

    .venv/bin/python bench/bench_ingest.py [--articles N] [--workers W] [--db PATH] [--records] [DIR]
    .venv/bin/python bench/bench_ingest.py --sizes 1000,10000,50000 [--records] ...

Prints, every 1,000 articles: elapsed time, articles per second, the load average, the
resident memory of the writer (this process) and of each worker, and the database size; at
the end the peak memory of each and the growth of the writer's memory from the first 1,000
articles to the last (flat memory is the goal: within 10%). The corpus is made in a child
process, so that its bookkeeping does not count as the writer's memory.

`--records`: the writer alone, as `kelisim ingest-records` runs it. Each paragraph is extracted
once (cached in --pool-records), an article's record is its paragraphs' records put together,
and in every article one person in three is renamed to a person never seen before, so that
the store's actors grow with the corpus as a news stream's do (organisations and places
recur). The NLP is then no part of the time, and 50,000 articles take minutes, not hours.

`--sizes`: each size in a fresh process, one after the other; then the writer's peak memory
of each against the smallest's.
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
    """The paragraphs of the texts in `folder` and, for factRuEval's testset, of its devset too:
    the testset alone gives too few pairs for 50,000 articles."""
    out = []
    folders = [folder, *([folder.parent / "devset"] if folder.name == "testset" else [])]
    for path in sorted(p for f in folders for p in f.glob("book_*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n")
                if SHORTEST <= len(p.strip()) <= LONGEST]
    return out


def articles(pool: list[str], n: int, seed: int = 11):
    """(paragraph indices, article) for N articles of PER_ARTICLE paragraphs each; no pair of
    paragraphs is used twice."""
    rnd = random.Random(seed)
    used: set[tuple[int, int]] = set()
    start = dt.date(2020, 1, 1)
    made = tries = 0
    while made < n:
        pick = rnd.sample(range(len(pool)), PER_ARTICLE)
        pairs = {(min(a, b), max(a, b)) for i, a in enumerate(pick) for b in pick[i + 1:]}
        if pairs & used:
            tries += 1
            if tries > 100_000:
                sys.exit(f"{made:,} articles made, and no new one in 100,000 tries: "
                         f"{len(pool):,} paragraphs do not make {n:,}; ask for fewer")
            continue
        tries = 0
        used |= pairs
        date = (start + dt.timedelta(days=made % 2000)).isoformat()
        yield pick, {"text": "\n\n".join(pool[i] for i in pick), "title": f"Сводка {made}",
                     "date": date, "source": f"gen/{made}"}
        made += 1


def generate(folder: Path, n: int, out: Path, pool_records: Path | None = None) -> None:
    """The corpus as JSONL articles or, given the paragraphs' records, as records with text."""
    pool = paragraphs(folder)
    if pool_records is not None:
        from bench_records import article_record, load_pool
        by_paragraph = load_pool(pool, pool_records)
    with open(out, "w", encoding="utf-8") as fh:
        for i, (pick, art) in enumerate(articles(pool, n)):
            if pool_records is not None:
                art = article_record(i, art, [by_paragraph[j] for j in pick])
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")


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


def sizes(args, argv: list[str]) -> int:
    """Each size in a fresh process, one after the other; the writer's peak memory against the smallest's."""
    import subprocess
    peaks = []
    rest = [a for i, a in enumerate(argv) if a != "--sizes" and (i == 0 or argv[i - 1] != "--sizes")]
    for n in [int(x) for x in args.sizes.split(",")]:
        summary = Path(tempfile.mkstemp(prefix="kelisim-bench-", suffix=".json")[1])
        print(f"\n=== {n:,} articles ===", flush=True)
        subprocess.run([sys.executable, __file__, *rest, "--articles", str(n), "--summary", str(summary)], check=True)
        peaks.append((n, json.loads(summary.read_text())))
    print(f"\n{'articles':>8} {'writer peak MB':>15} {'vs smallest':>12} {'actors':>8} {'s':>7}")
    for n, got in peaks:
        print(f"{n:8,} {got['writer_peak_mb']:15.0f} {got['writer_peak_mb'] / peaks[0][1]['writer_peak_mb']:12.3f} "
              f"{got['actors']:8,} {got['seconds']:7.0f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    from bench_extract import DEFAULT_DIR, machine
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--db", type=Path, default=None, help="a new SQLite file (default: in a temporary folder)")
    ap.add_argument("--records", action="store_true", help="the writer alone, records made from paragraphs' records")
    ap.add_argument("--pool-records", type=Path, default=Path(tempfile.gettempdir()) / "kelisim-bench-pool.jsonl",
                    help="where --records keeps the paragraphs' records between runs")
    ap.add_argument("--sizes", help="comma-separated sizes, each run in a fresh process (e.g. 1000,10000,50000)")
    ap.add_argument("--summary", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.sizes:
        return sizes(args, argv)
    import multiprocessing as mp
    import sqlalchemy as sa
    from kelisim.parallel.ingest import ingest_with
    from kelisim.parallel.stream import AutoExecutor
    from kelisim.store import open_store
    from kelisim.store.ingest import ingest_records
    from kelisim.store.schema import actors
    from bench_parallel import worker_processes
    work = Path(tempfile.mkdtemp(prefix="kelisim-bench-"))
    corpus, db = work / ("records.jsonl" if args.records else "articles.jsonl"), args.db or work / "kelisim.db"
    child = mp.get_context("spawn").Process(target=generate, args=(
        args.dir, args.articles, corpus, args.pool_records if args.records else None))
    child.start()
    child.join()
    if child.exitcode:
        return child.exitcode
    how = "records (writer alone, one person in three new)" if args.records else \
        f"workers {args.workers}"
    print(f"corpus:  {args.articles:,} articles of {PER_ARTICLE} factRuEval paragraphs "
          f"({corpus.stat().st_size / 2**20:.1f} MB JSONL); {how}, batches of {args.batch_size}")
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

    def records():
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    with open_store(str(db)) as store:
        if args.records:
            report, peaks = ingest_records(store, records(), batch_size=args.batch_size, on_progress=progress), []
        else:
            with AutoExecutor(args.workers) as executor:
                report = ingest_with(executor, store, [str(corpus)], batch_size=args.batch_size,
                                     on_progress=progress)
                peaks = [peak_rss_mb(p.pid) for p in worker_processes()]
        with store.connect() as conn:
            n_actors = conn.execute(sa.select(sa.func.count()).select_from(actors)).scalar()
    writer_peak = peak_rss_mb(os.getpid())
    print(f"\n{json.dumps(report.as_json())}")
    print(f"peak memory: writer {writer_peak:.0f} MB, workers "
          f"{'/'.join(f'{p:.0f}' for p in peaks) or '-'} MB; database {db_mb(db):.0f} MB "
          f"({1024 * db_mb(db) / max(1, report.stored):.0f} KB per article); {n_actors:,} actors")
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        print(f"writer memory from {first[0]:,} to {last[0]:,} articles: {first[2]:.0f} -> {last[2]:.0f} MB "
              f"({100 * (last[2] / first[2] - 1):+.1f}%)")
    if args.summary:
        args.summary.write_text(json.dumps({"writer_peak_mb": writer_peak, "actors": n_actors,
                                            "seconds": report.seconds, **report.as_json()}))
    print(f"database and corpus in {work}" + ("" if args.db else " (delete it when done)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
