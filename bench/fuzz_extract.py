"""Fuzzed inputs through kelisim's extraction, as `kelisim extract` reads and runs them: prints
how many inputs crashed the pipeline (the goal is 0).

    .venv/bin/python bench/fuzz_extract.py [--n 10000] [--seed 0] [--batch-size 32]

Each input is bytes read by kelisim's readers (so plain text, HTML and feeds are all met) and
then extracted in batches; a crash is any exception inside extraction, which `extract` reports
and skips (exit code 3). An input a reader refuses (binary, empty) is a skip, not a crash.
The inputs, from a seeded generator so a run can be repeated exactly, are:
  - news sentences of our own, mutated: characters inserted, replaced and cut, drawn from
    every plane of Unicode (astral letters, combining marks, controls, bidi and zero-width);
  - arbitrary code points;
  - sentences wrapped in HTML or RSS, with their markup mutated;
  - random bytes, sometimes in a legacy encoding.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kelisim.pipeline import Extractor  # noqa: E402
from kelisim.read.article import Article  # noqa: E402
from kelisim.read.formats import read_bytes  # noqa: E402

SENTENCES = [
    "Министр иностранных дел Казахстана Ермек Кошербаев встретился в Лондоне с министром Великобритании.",
    "Президент Узбекистана заявил, что стороны подпишут соглашение о поставках минералов до 2030 года.",
    "По итогам переговоров подписан меморандум о строительстве завода в Шымкенте стоимостью $200 млн.",
    "«Мы будем развивать торговлю», — заявил глава МИД РФ на пресс-конференции в Москве 3 марта.",
    "The Foreign Secretary met his Kazakh counterpart in Astana on Monday to discuss transport corridors.",
    "The two governments signed a roadmap on critical raw materials, the ministry said in a statement.",
    "Қазақстан Президенті Қасым-Жомарт Тоқаев Түркия Сыртқы істер министрін қабылдады.",
    "Тараптар екі ел арасындағы сауда-экономикалық ынтымақтастықты талқылады.",
]
# Where odd characters come from: every plane, and the kinds that break text code most often.
RANGES = [(0x20, 0x7E), (0x80, 0x2FF), (0x300, 0x36F), (0x400, 0x52F), (0x590, 0x6FF), (0x200B, 0x202E),
          (0x2100, 0x33FF), (0x3400, 0x9FFF), (0xAC00, 0xD7A3), (0xE000, 0xF8FF), (0xFB00, 0xFFFD),
          (0x10000, 0x1FFFF), (0x17000, 0x18D08), (0x1F300, 0x1FAFF), (0x20000, 0x3134A), (0xE0000, 0xE01EF),
          (0xF0000, 0x10FFFF), (0x0, 0x1F)]


def odd_char(rng: random.Random) -> str:
    lo, hi = rng.choice(RANGES)
    c = rng.randint(lo, hi)
    return chr(c) if not 0xD800 <= c <= 0xDFFF else "\ufffd"


def odd_text(rng: random.Random, n: int) -> str:
    return "".join(odd_char(rng) for _ in range(n))


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(text))
        kind = rng.random()
        if kind < 0.4:
            text = text[:pos] + odd_text(rng, rng.randint(1, 5)) + text[pos:]
        elif kind < 0.7:
            text = text[:pos] + odd_char(rng) + text[pos + 1:]
        elif kind < 0.85:
            text = text[:pos] + text[pos + rng.randint(1, 20):]
        else:
            text = text[:pos] + rng.choice(SENTENCES) + text[pos:]
    return text


def news(rng: random.Random) -> str:
    body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6)))
    date = rng.choice(["", f" date 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} Новости\n\n",
                       "date 9999-99-99\n", "Заголовок\n\n"])
    return date + body


def make_input(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.45:
        return mutate(rng, news(rng)).encode("utf-8", "surrogatepass")
    if kind < 0.6:
        return odd_text(rng, rng.randint(1, 400)).encode("utf-8", "surrogatepass")
    if kind < 0.75:
        body = mutate(rng, news(rng))
        page = rng.choice([f"<html><head><title>{body[:40]}</title></head><body><p>{body}</p></body></html>",
                           f'<?xml version="1.0"?><rss><channel><item><title>{body[:30]}</title>'
                           f"<description>{body}</description></item></channel></rss>"])
        return mutate(rng, page).encode("utf-8", "surrogatepass") if rng.random() < 0.5 else page.encode()
    if kind < 0.85:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 600)))
    return news(rng).encode(rng.choice(["cp1251", "koi8-r", "utf-16", "utf-8-sig"]), "replace")


def articles(rng: random.Random, n: int, counts: dict):
    for i in range(n):
        for item in read_bytes(make_input(rng), f"fuzz{i}"):
            if isinstance(item, Article):
                counts["articles"] += 1
                yield item
            else:
                counts["skipped"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts = {"articles": 0, "skipped": 0}
    crashes = []
    started = time.monotonic()
    for _ in Extractor().records(articles(rng, args.n, counts), batch_size=args.batch_size,
                                 on_error=crashes.append):
        pass
    for c in crashes[:20]:
        print(c, file=sys.stderr)
    print(f"{args.n} fuzzed inputs (seed {args.seed}): {counts['articles']} articles extracted, "
          f"{counts['skipped']} refused by the readers, {len(crashes)} crashes, "
          f"{time.monotonic() - started:.0f} s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
