"""`kelisim eval gold`: the same figures as the project's scorer, on hand-made and real data."""
from __future__ import annotations

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.errors import EvalError
from kelisim.eval.gold import name_match, score
from tests.conftest import SHARED

SCORER = SHARED / "eval" / "score.py"


@pytest.mark.parametrize("gold, candidates, expected", [
    ("Кошербаев", ["Ермек Кошербаев"], True),
    ("Линдси Хойл", ["Линдси Хойлом"], True),
    ("Всепартийная парламентская группа|APPG", ["APPG"], True),
    ("Хойл", ["Кошербаев"], False),
    ("Mirziyoyev|Mirzieyev", ["Shavkat Mirzieyev"], True),
])
def test_gold_names_match_leniently(gold, candidates, expected):
    assert name_match(gold, candidates) is expected


def write(tmp_path, name, text, gold):
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_gold_counts_only_asserted_events_and_groups_statements_by_paragraph(tmp_path):
    text = "Заголовок\n\nA сказал раз. A сказал два.\n\nA сказал три."
    write(tmp_path, "a", text, {"persons": [{"name": "A Б"}, {"name": "В"}], "meetings": [{"participants": ["A", "В"]}],
                                "statements": [{"speaker": "A", "direct": False}, {"speaker": "A", "direct": False}]})
    ev = lambda s, e: [{"start": s, "end": e, "text": text[s:e]}]  # noqa: E731
    rec = {"source": "a.txt", "entities": [{"id": "e1", "type": "PER", "name": "A Б"},
                                           {"id": "e2", "type": "PER", "name": "В"}],
           "events": [{"type": "meeting", "participants": ["e1", "e2"], "modality": "planned"},
                      {"type": "statement", "speaker": "e1", "direct": False, "evidence": ev(11, 24)},
                      {"type": "statement", "speaker": "e1", "direct": False, "evidence": ev(25, 38)},
                      {"type": "statement", "speaker": "e1", "direct": False, "evidence": ev(40, 53)}]}
    result = score(tmp_path, [rec])
    assert result["persons"]["f1"] == 1.0
    assert (result["meetings"]["tp"], result["meetings"]["fn"]) == (0, 1)
    assert (result["statements"]["tp"], result["statements"]["fp"]) == (2, 0)


def test_gold_missing_folder_or_annotations_is_a_clear_error(tmp_path):
    with pytest.raises(EvalError, match="not a folder"):
        score(tmp_path / "nowhere", [])
    with pytest.raises(EvalError, match="no NAME.gold.json"):
        score(tmp_path, [])


@pytest.mark.shared("eval/score.py", "dev")
@pytest.mark.parametrize("only", ["*", "*_ru_*", "*_en_*", "000_*"])
def test_gold_agrees_with_the_project_scorer_on_the_dev_set(tmp_path, extractor, only):
    from kelisim.read import Article, read_sources
    arts = [a for a in read_sources(sorted(str(p) for p in (SHARED / "dev").glob("*.txt"))) if isinstance(a, Article)]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in extractor.records(arts)), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    theirs = shared.score(str(SHARED / "dev"), str(pred), True, only)
    result = CliRunner().invoke(app, ["eval", "gold", str(SHARED / "dev"), "--records", str(pred), "--only", only,
                                      "--json", str(tmp_path / "ours.json")])
    assert result.exit_code == 0, result.stdout
    ours = json.loads((tmp_path / "ours.json").read_text(encoding="utf-8"))
    assert ours == theirs
    assert f"score: {theirs['score']:.3f}" in result.stdout
