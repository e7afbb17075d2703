"""Main-text quality: how much of a news page's article body a reader keeps, and how much
boilerplate (menus, cookie banners, related links, comments, footers) it lets in, for
trafilatura (kelisim's HTML path) and for kelisim's earlier block reader, side by side.

The pages are the ones the watch tests serve (tests/watch/pages.py): our own articles inside
the chrome of a typical news site, in two layouts (marked up with <article>/<main>, and
plain <div>s as many older sites are). Run: python bench/bench_maintext.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "watch"))

from pages import pages  # noqa: E402

from kelisim.read.maintext import block_text, trafilatura_text  # noqa: E402


def measure(paragraphs: list[str], title: str, body: list[str]) -> tuple[float, float]:
    """(share of the body's characters kept, share of the extracted characters that are boilerplate)."""
    text = "\n".join(paragraphs)
    kept = sum(len(p) for p in body if p in text) / sum(len(p) for p in body)
    wanted = [title, *body]
    junk = sum(len(p) for p in paragraphs if not any(p in w or w in p for w in wanted))
    return kept, junk / max(1, sum(len(p) for p in paragraphs))


def main() -> None:
    print(f"{'layout':8} {'page':5} {'reader':12} {'kept':>6} {'boilerplate':>12}")
    totals: dict[str, list[tuple[float, float]]] = {"trafilatura": [], "blocks": []}
    for layout in ("article", "div"):
        for i, (page, title, body) in enumerate(pages(layout)):
            for name, read in (("trafilatura", trafilatura_text), ("blocks", block_text)):
                found = read(page)
                kept, junk = measure(found.paragraphs if found else [], title, body)
                totals[name].append((kept, junk))
                print(f"{layout:8} {i:<5} {name:12} {kept:6.3f} {junk:12.3f}")
    for name, rows in totals.items():
        print(f"mean {name:12} kept {sum(k for k, _ in rows) / len(rows):.3f} "
              f"boilerplate {sum(j for _, j in rows) / len(rows):.3f}")


if __name__ == "__main__":
    main()
