"""kelisim/eval/ud.py and `kelisim eval ud`: a CoNLL-U treebank read as words, parses scored
as UPOS accuracy, UAS and LAS over every word."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.doc import Token
from kelisim.errors import EvalError
from kelisim.eval.ud import read_conllu, score, summary_line, universal

TINY = Path(__file__).resolve().parent.parent / "data" / "ud" / "tiny_en.conllu"


def _as_tokens(sent, **change) -> list[Token]:
    return [Token(0, 0, w.form, pos=w.upos, head=w.head, rel=w.rel) for w in sent]


def test_ud_read_conllu_keeps_words_and_skips_multiword_ranges():
    sents = read_conllu(TINY)
    assert [len(s) for s in sents] == [8, 7, 5, 4]
    assert [w.form for w in sents[2]] == ["They", "ca", "n't", "come", "."]
    assert sents[0][2].head == -1 and sents[0][2].rel == "root"
    assert sents[0][1].head == 2                      # "minister" -> "signed", 0-based
    assert sents[0][6].space_after is False           # "Astana" before the full stop


@pytest.mark.parametrize("rel, expected", [("nmod:poss", "nmod"), ("obl", "obl"), ("ROOT", "root")])
def test_ud_relations_compare_on_their_universal_part(rel, expected):
    assert universal(rel) == expected


def test_ud_score_of_the_gold_itself_is_perfect():
    gold = read_conllu(TINY)
    r = score(gold, [_as_tokens(s) for s in gold])
    assert (r["UPOS"], r["UAS"], r["LAS"], r["words"]) == (1.0, 1.0, 1.0, 24)


def test_ud_score_counts_a_wrong_head_against_uas_and_las_and_a_wrong_label_against_las_only():
    gold = read_conllu(TINY)
    pred = [_as_tokens(s) for s in gold]
    pred[0][1].head = 4             # "minister" attached to "agreement"
    pred[1][3].rel = "iobj"         # "trade": right head, wrong relation
    pred[3][0].rel = "nmod:tmod"    # same universal part as nmod:poss: still right
    pred[2][0].pos = "NOUN"
    r = score(gold, pred)
    assert r["UAS"] == pytest.approx(23 / 24)
    assert r["LAS"] == pytest.approx(22 / 24)
    assert r["UPOS"] == pytest.approx(23 / 24)
    assert summary_line(r) == "UPOS 0.958 UAS 0.958 LAS 0.917"


def test_ud_score_refuses_a_parser_that_changes_the_tokens():
    gold = read_conllu(TINY)
    pred = [_as_tokens(s) for s in gold]
    pred[0] = pred[0][:-1]
    with pytest.raises(EvalError, match="must keep the tokens"):
        score(gold, pred)


def test_ud_read_conllu_says_what_is_wrong_with_a_bad_file(tmp_path):
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tword\tword\tNOUN\n\n", encoding="utf-8")
    with pytest.raises(EvalError, match="10 tab-separated columns"):
        read_conllu(bad)
    with pytest.raises(EvalError, match="cannot read"):
        read_conllu(tmp_path / "absent.conllu")


@pytest.mark.slow
def test_ud_cli_parses_the_treebank_with_the_shipped_model_and_ends_with_the_figures():
    result = CliRunner().invoke(app, ["eval", "ud", str(TINY)])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    m = re.fullmatch(r"UPOS (0\.\d{3}|1\.000) UAS (0\.\d{3}|1\.000) LAS (0\.\d{3}|1\.000)", last)
    assert m, last
    upos, uas, las = map(float, m.groups())
    assert upos >= 0.9 and uas >= 0.8 and las >= 0.7      # four plain news sentences


def test_ud_cli_exits_2_on_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["eval", "ud", str(tmp_path / "absent.conllu")])
    assert result.exit_code == 2
