"""Where kelisim's extraction spends its time: CPU seconds per pipeline stage, then the
functions that cost most (cProfile), on the same texts as bench_extract.py.

    .venv/bin/python bench/profile_extract.py [DIR] [--limit N] [--batch-size B] [--top K]

Models load and one text is processed before anything is counted. CPU time, not wall time:
on a machine shared with other work it is the figure that holds still.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kelisim.parallel.threads import one_blas_thread  # noqa: E402

one_blas_thread()

from bench_extract import DEFAULT_DIR, peak_rss_mb, read_texts  # noqa: E402


def stage_times(extractor, articles, batch_size: int) -> dict[str, float]:
    """CPU seconds per stage: the pipeline's batch loop (Pipeline._run), with a clock around
    each stage."""
    from kelisim import pipeline as pl
    spent: dict[str, float] = defaultdict(float)
    original = pl.Pipeline._run

    def run(self, docs):
        for st in self.stages:
            fit = [d for d in docs if st.langs is None or d.lang in st.langs]
            if not fit:
                continue
            t = time.process_time()
            out = list(st.pipe(fit)) if hasattr(st, "pipe") else [st(d) for d in fit]
            spent[st.name] += time.process_time() - t
            for d in out:
                d.done.update(st.assigns)
        return docs

    pl.Pipeline._run = run
    try:
        t = time.process_time()
        for _ in extractor.records(articles, batch_size=batch_size):
            pass
        spent["(records, batching)"] = time.process_time() - t - sum(spent.values())
    finally:
        pl.Pipeline._run = original
    return dict(spent)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    from kelisim import Article, Extractor
    texts = read_texts(args.dir, args.limit)
    t = time.process_time()
    extractor = Extractor()
    extractor.extract(Article(texts[0]))
    load = time.process_time() - t
    articles = [Article(x) for x in texts]
    print(f"corpus: {args.dir} ({len(texts)} texts); batch {args.batch_size}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; models loaded in {load:.1f} s CPU")
    spent = stage_times(extractor, articles, args.batch_size)
    total = sum(spent.values())
    print(f"\nCPU per stage over {len(texts)} texts: {total:.2f} s ({len(texts) / total:.1f} texts per CPU second)")
    for name, s in sorted(spent.items(), key=lambda kv: -kv[1]):
        if s >= 0.005 * total:
            print(f"  {name:28} {s:7.2f} s {100 * s / total:5.1f}%")
    profile = cProfile.Profile()
    profile.enable()
    for _ in extractor.records(articles, batch_size=args.batch_size):
        pass
    profile.disable()
    print(f"\nthe {args.top} functions with most time of their own (cProfile, which slows everything alike):")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(args.top)
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
