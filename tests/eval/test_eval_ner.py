"""kelisim/eval/ner.py and `kelisim eval ner`: IOB2 files (UNER and KazNERD layouts) read,
types folded to PER/ORG/LOC, and what kelisim's pipeline recognises scored by exact spans."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.doc import Span
from kelisim.errors import EvalError
from kelisim.eval.ner import gold_spans, layout, prf, read_iob2, token_spans

DATA = Path(__file__).resolve().parent.parent / "data" / "ner"
LINE = re.compile(r"PER (\d\.\d{3}) ORG (\d\.\d{3}) LOC (\d\.\d{3})")


def test_ner_reads_the_uner_layout():
    sents = read_iob2(DATA / "tiny_en.iob2")
    assert len(sents) == 4
    assert sents[0].tokens[:4] == ["Prime", "Minister", "Anna", "Kowalczyk"]
    assert sents[0].tags[2:4] == ["B-PER", "I-PER"]


def test_ner_reads_the_kaznerd_layout():
    sents = read_iob2(DATA / "tiny_kk.txt")
    assert len(sents) == 4
    assert sents[2].tags == ["B-ORGANISATION", "I-ORGANISATION", "I-ORGANISATION", "O", "O", "O"]


@pytest.mark.parametrize("tags, spans", [
    (["B-PERSON", "I-PERSON", "O", "B-GPE"], {(0, 2, "PER"), (3, 4, "LOC")}),
    (["B-LOCATION", "B-ORGANISATION", "I-ORGANISATION"], {(0, 1, "LOC"), (1, 3, "ORG")}),
    (["B-POSITION", "I-POSITION", "B-DATE"], set()),                 # types kelisim does not score
    (["O", "I-ORG", "I-ORG"], {(1, 3, "ORG")}),                      # an I- without its B- starts one
    (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
])
def test_ner_gold_spans_fold_types_to_per_org_loc(tags, spans):
    assert gold_spans(tags) == spans


def test_ner_predicted_spans_count_only_on_token_edges():
    sents = read_iob2(DATA / "tiny_en.iob2")[:1]
    text, offsets = layout(sents)
    offs = offsets[0]
    name = text.index("Anna Kowalczyk")
    spans = [Span(name, name + len("Anna Kowalczyk"), "Anna Kowalczyk", type="PER"),
             Span(name, name + 3, "Ann", type="PER"),                              # inside a token
             Span(text.index("Warsaw"), text.index("Warsaw") + 6, "Warsaw", type="GPE")]
    assert token_spans(spans, offs) == {(2, 4, "PER"), (6, 7, "LOC")}


def test_ner_prf():
    from collections import Counter
    r = prf(Counter(tp=3, pred=4, gold=6))
    assert (round(r["p"], 3), round(r["r"], 3), round(r["f1"], 3)) == (0.75, 0.5, 0.6)
    assert prf(Counter())["f1"] == 0.0


def test_ner_read_iob2_says_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("word PERSON\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not IOB2"):
        read_iob2(bad)


@pytest.mark.slow
@pytest.mark.parametrize("path, lang", [("tiny_en.iob2", "en"), ("tiny_kk.txt", "kk")])
def test_ner_cli_scores_the_pipeline_and_ends_with_the_three_f1(path, lang):
    result = CliRunner().invoke(app, ["eval", "ner", str(DATA / path), "--lang", lang])
    assert result.exit_code == 0, result.output
    m = LINE.fullmatch(result.output.strip().splitlines()[-1])
    assert m, result.output
    per, org, loc = map(float, m.groups())
    assert loc >= 0.5             # the states and capitals of these sentences are in the gazetteer


@pytest.mark.slow
def test_ner_cli_english_model_alone_finds_the_names():
    result = CliRunner().invoke(app, ["eval", "ner", str(DATA / "tiny_en.iob2"), "--lang", "en", "--stage", "nlp"])
    assert result.exit_code == 0, result.output
    per, org, loc = map(float, LINE.fullmatch(result.output.strip().splitlines()[-1]).groups())
    assert per >= 0.5 and loc >= 0.5


def test_ner_cli_refuses_an_unknown_language():
    result = CliRunner().invoke(app, ["eval", "ner", str(DATA / "tiny_en.iob2"), "--lang", "xx"])
    assert result.exit_code == 2
