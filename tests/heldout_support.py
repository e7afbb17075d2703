"""Held-out article sets (NNN_xx_slug.txt + .gold.json, gold written before the first run): one
way to extract and score them, and one check that every article has its gold and its record."""
from __future__ import annotations

from pathlib import Path

from kelisim.eval.gold import score


def score_heldout(extractor, folder: Path, lang: str) -> dict:
    from kelisim.read import Article, read_sources
    paths = sorted(str(p) for p in folder.glob(f"*_{lang}_*.txt"))
    articles = [a for a in read_sources(paths) if isinstance(a, Article)]
    return score(folder, list(extractor.records(articles)))


def assert_every_article_annotated_and_extracted(result: dict, folder: Path, at_least: int) -> None:
    texts = sorted(p.name[: -len(".txt")] for p in folder.glob("*.txt"))
    golds = sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))
    assert texts == golds
    assert result["documents"] == len(texts) >= at_least
    assert result["missing_records"] == 0
