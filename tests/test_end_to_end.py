"""The whole pipeline on whole articles: the seed against its stored record, every dev article's
offsets, and the scorer's view of the seed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kelisim.read import Article, read_sources

from tests.conftest import ROOT, SHARED

pytestmark = pytest.mark.slow
EXPECTED = ROOT / "tests" / "data" / "expected"
SEED = ROOT / "examples" / "000_ru_kz-uk-london.txt"


def _record(extractor, path: Path) -> dict:
    article = next(read_sources([str(path)]))
    assert isinstance(article, Article)
    return extractor.extract(article)


def test_end_to_end_seed_matches_stored_record(extractor):
    """A change in what the seed yields must be looked at and the stored record updated on purpose:
    regenerate with `kelisim extract examples/000_ru_kz-uk-london.txt --format json`."""
    got = _record(extractor, SEED)
    want = json.loads((EXPECTED / "000_ru_kz-uk-london.json").read_text(encoding="utf-8"))
    got["source"] = want["source"] = "seed"
    assert [(e["type"], e["name"], e["country"]) for e in got["entities"]] == \
        [(e["type"], e["name"], e["country"]) for e in want["entities"]]
    assert got["entities"] == want["entities"]
    assert got["events"] == want["events"]
    assert got["sectors"] == want["sectors"]


def test_end_to_end_seed_people_titles_and_states(extractor):
    rec = _record(extractor, SEED)
    people = {e["name"]: e for e in rec["entities"] if e["type"] == "PER"}
    assert set(people) == {"Ермек Кошербаев", "Линдси Хойл", "Крис Брайант"}
    assert people["Ермек Кошербаев"]["country"] == "KZ"
    assert people["Ермек Кошербаев"]["roles"][0]["title"] == "министр иностранных дел"
    assert people["Линдси Хойл"]["country"] == "GB"
    assert people["Линдси Хойл"]["roles"][0]["title"] == "спикер Палаты общин"
    assert people["Крис Брайант"]["country"] == "GB"
    assert "министра бизнеса и торговли" in people["Крис Брайант"]["roles"][0]["title"]


def _dev_articles():
    dev = SHARED / "dev"
    return sorted(dev.glob("*.txt")) if dev.is_dir() else []


@pytest.mark.shared("dev")
def test_end_to_end_every_offset_points_at_its_text(extractor):
    for path in _dev_articles():
        article = next(read_sources([str(path)]))
        rec = extractor.extract(article)
        text = article.text
        for e in rec["entities"]:
            for m in e["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (path.name, m)
        for v in rec["events"]:
            assert v["evidence"], (path.name, v)
            for ev in v["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"], (path.name, ev)


@pytest.mark.shared("eval/score.py", "dev/000_ru_kz-uk-london.txt")
def test_end_to_end_seed_scores_full_marks_on_persons(extractor, tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rec = _record(extractor, SHARED / "dev" / "000_ru_kz-uk-london.txt")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    result = score.score(str(SHARED / "dev"), str(pred), only="000_*")
    assert result["persons"]["f1"] == 1.0
    assert result["attributes"]["persons.country"] == 1.0
    assert result["attributes"]["persons.title"] == 1.0
