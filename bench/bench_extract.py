"""Articles per second and peak memory: kelisim's whole extraction against natasha's own
NER+morph+syntax pipeline, on the same texts, in one run.

    .venv/bin/python bench/bench_extract.py [DIR] [--limit N] [--repeat K] [--batch-size B]
    .venv/bin/python bench/bench_extract.py --by-lang [DIR]      # ru, en, kk articles apart

DIR defaults to the factRuEval-2016 testset (../shared/data/factRuEval-2016/testset from
the project root). Each side runs in its own subprocess, so each peak RSS is that side's
alone (models included); models load and one article is processed before the clock
starts; the timed passes alternate between the two sides, so whatever else the machine
is doing slows both alike; the rate is taken from the best of K passes over all texts.

`--by-lang` times kelisim alone on the articles of each language (DIR/*_ru_*.txt, *_en_*.txt,
*_kk_*.txt; DIR defaults to the dev set, ../shared/dev) and reports characters per second
and CPU milliseconds per 1,000 characters, so the languages' pipelines compare per character.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "data" / "factRuEval-2016" / "testset"
DEV_DIR = ROOT.parent / "shared" / "dev"
LANGS = ("ru", "en", "kk")


def read_texts(folder: Path, limit: int | None, lang: str | None = None) -> list[str]:
    if lang:
        paths = sorted(folder.glob(f"*_{lang}_*.txt"))
        if not paths:
            sys.exit(f"error: {folder}: no *_{lang}_*.txt articles; give the dev set folder")
        return [p.read_text(encoding="utf-8") for p in paths[:limit]]
    # The annotated books only (a .spans file beside the .txt): the folder also has list.txt.
    paths = sorted((p for p in folder.glob("book_*.txt") if p.with_suffix(".spans").exists()),
                   key=lambda p: int(re.sub(r"\D", "", p.stem)))
    if not paths:
        sys.exit(f"error: {folder}: no book_N.txt files; give a factRuEval-2016 folder")
    return [p.read_text(encoding="utf-8") for p in paths[:limit]]


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def natasha_side(batch_size: int):
    from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)

    def one_pass(batch: list[str]) -> None:
        for text in batch:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)

    return one_pass


def kelisim_side(batch_size: int):
    sys.path.insert(0, str(ROOT))
    from kelisim import Article, Extractor
    extractor = Extractor()

    def one_pass(batch: list[str]) -> None:
        for _ in extractor.records((Article(t) for t in batch), batch_size=batch_size):
            pass

    return one_pass


_TAG = "BENCH "   # protocol lines; anything else a library prints to stdout is ignored


def _say(obj: dict) -> None:
    print(_TAG + json.dumps(obj), flush=True)


def worker(side: str, texts: list[str], batch_size: int) -> None:
    """Load, warm up, then time one pass over the texts each time the parent says "pass"."""
    t = time.perf_counter()
    one_pass = {"natasha": natasha_side, "kelisim": kelisim_side}[side](batch_size)
    one_pass(texts[:1])          # load whatever loads lazily; not timed
    _say({"load_s": time.perf_counter() - t, "rss_loaded_mb": peak_rss_mb()})
    for line in sys.stdin:
        if line.strip() != "pass":
            break
        t, cpu = time.perf_counter(), time.process_time()
        one_pass(texts)
        _say({"time_s": time.perf_counter() - t, "cpu_s": time.process_time() - cpu})
    _say({"rss_peak_mb": peak_rss_mb()})


class Side:
    """A worker subprocess: its own models, its own peak RSS."""

    def __init__(self, side: str, args: argparse.Namespace):
        cmd = [sys.executable, __file__, str(args.dir), "--batch-size", str(args.batch_size),
               "--worker", side] + (["--limit", str(args.limit)] if args.limit else []) \
            + (["--lang", args.lang] if getattr(args, "lang", None) else [])
        self.side, self.times, self.cpu, self.error = side, [], [], None
        self.proc = subprocess.Popen(cmd, cwd=ROOT, text=True, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.info = self._read()

    def _read(self) -> dict:
        for line in self.proc.stdout:
            if line.startswith(_TAG):
                return json.loads(line[len(_TAG):])
        self.proc.wait()
        last = (self.proc.stderr.read().strip().splitlines() or ["no output"])[-1]
        self.error = f"exit {self.proc.returncode}: {last}"
        return {}

    def run_pass(self) -> None:
        if not self.error:
            self.proc.stdin.write("pass\n")
            self.proc.stdin.flush()
            got = self._read()
            self.times.append(got.get("time_s"))
            self.cpu.append(got.get("cpu_s"))

    def finish(self) -> None:
        if not self.error:
            self.proc.stdin.write("done\n")
            self.proc.stdin.flush()
            self.info |= self._read()
        self.proc.wait()


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.+)", info)[1].strip()
    except (OSError, TypeError):
        pass
    return (f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per side (best counts)")
    ap.add_argument("--batch-size", type=int, default=32, help="kelisim's articles per batch")
    ap.add_argument("--by-lang", action="store_true", help="kelisim alone, per language of the dev set")
    ap.add_argument("--worker", choices=("natasha", "kelisim"), help=argparse.SUPPRESS)
    ap.add_argument("--lang", choices=LANGS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.by_lang:
        return by_lang(args)
    texts = read_texts(args.dir, args.limit, args.lang)
    if args.worker:
        worker(args.worker, texts, args.batch_size)
        return 0

    print(f"corpus:  {args.dir} ({len(texts)} texts, {sum(map(len, texts)):,} characters)")
    print(f"machine: {machine()}; load average before: {os.getloadavg()[0]:.1f}")
    print(f"timing:  best of {args.repeat} passes per side, models loaded and warmed up first; "
          f"each side in its own process, passes alternating between the sides")
    sides = {name: Side(name, args) for name in ("natasha", "kelisim")}
    for k in range(args.repeat):
        # Alternate which side goes first, so load from other processes falls on both alike.
        for side in (list(sides.values()) if k % 2 == 0 else list(sides.values())[::-1]):
            side.run_pass()
    for side in sides.values():
        side.finish()
    results = {}
    for name, side in sides.items():
        if side.error or not side.times or None in side.times:
            results[name] = {"error": side.error or "no timing"}
        else:
            results[name] = {**side.info, "times_s": side.times, "rate": len(texts) / min(side.times),
                             "cpu_s": min(side.cpu), "chars": sum(map(len, texts))}
    labels = {"natasha": "natasha (segment+morph+syntax+NER+normalize)",
              "kelisim": f"kelisim Extractor().records (batch {args.batch_size})"}
    print(f"\n{'':46} {'art/s':>8} {'chars/s':>9} {'passes s':>13} {'CPU s':>6} {'load s':>7} "
          f"{'RSS loaded':>11} {'RSS peak':>9}")
    for side, r in results.items():
        if "error" in r:
            print(f"{labels[side]:46} failed: {r['error']}")
            continue
        passes = f"{min(r['times_s']):.1f}-{max(r['times_s']):.1f}"
        print(f"{labels[side]:46} {r['rate']:8.1f} {r['chars'] / min(r['times_s']):9,.0f} "
              f"{passes:>13} {r['cpu_s']:6.1f} {r['load_s']:7.1f} {r['rss_loaded_mb']:8.0f} MB {r['rss_peak_mb']:6.0f} MB")
    print(f"load average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
          + (" (busy: other work ran alongside; the CPU-time ratio is the steadier figure)"
             if os.getloadavg()[0] > (os.cpu_count() or 1) else ""))
    if any("error" in r for r in results.values()):
        return 1
    ratio = results["kelisim"]["rate"] / results["natasha"]["rate"]
    print(f"\nkelisim runs at {ratio:.2f}x natasha's NER+morph+syntax pipeline "
          f"({results['kelisim']['rate']:.1f} vs {results['natasha']['rate']:.1f} articles/s); "
          f"peak RSS {results['kelisim']['rss_peak_mb']:.0f} MB vs "
          f"{results['natasha']['rss_peak_mb']:.0f} MB")
    cpu_ratio = results["natasha"]["cpu_s"] / results["kelisim"]["cpu_s"]
    print(f"by CPU time (all threads; barely moved by other processes): {cpu_ratio:.2f}x")
    return 0


def by_lang(args: argparse.Namespace) -> int:
    """kelisim's throughput on each language's articles, one worker process per language."""
    if args.dir == DEFAULT_DIR:
        args.dir = DEV_DIR
    print(f"corpus:  {args.dir} (*_LANG_*.txt); machine: {machine()}; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    print(f"timing:  best of {args.repeat} passes per language, models loaded and warmed up first; "
          f"passes alternate between the languages")
    sides = {}
    for lang in LANGS:
        args.lang = lang
        sides[lang] = Side("kelisim", args)
    args.lang = None
    for k in range(args.repeat):
        for side in (list(sides.values()) if k % 2 == 0 else list(sides.values())[::-1]):
            side.run_pass()
    for side in sides.values():
        side.finish()
    print(f"\n{'lang':5} {'texts':>5} {'chars':>9} {'chars/s':>9} {'CPU ms/1k chars':>16} {'load s':>7} {'RSS peak':>9}")
    for lang, side in sides.items():
        if side.error or not side.times or None in side.times:
            print(f"{lang:5} failed: {side.error or 'no timing'}")
            continue
        texts = read_texts(args.dir, args.limit, lang)
        chars = sum(map(len, texts))
        print(f"{lang:5} {len(texts):5} {chars:9,} {chars / min(side.times):9,.0f} "
              f"{1000 * min(side.cpu) / chars * 1000:16.1f} {side.info['load_s']:7.1f} "
              f"{side.info['rss_peak_mb']:6.0f} MB")
    print(f"load average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (CPU ms per 1,000 "
          f"characters is the steadier figure on a busy machine)")
    return 0 if all(not s.error for s in sides.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
