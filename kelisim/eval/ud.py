"""Dependency parses scored against a CoNLL-U treebank: UPOS accuracy, UAS and LAS.

The parser gets each sentence's own word tokens (the treebank's tokenisation and sentence
split), so the figures measure tagging and parsing alone, as the CoNLL 2018 shared task does
with gold segmentation. Every word counts, punctuation too; a relation matches on its
universal part ("nmod:poss" scores as "nmod"), as in the shared task's LAS.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..doc import Token
from ..errors import EvalError


@dataclass
class Word:
    form: str
    upos: str
    head: int          # index within the sentence, -1 for the root
    rel: str
    space_after: bool = True


def read_conllu(path: str | Path) -> list[list[Word]]:
    """The sentences of a CoNLL-U file as lists of syntactic words (multiword-token ranges and
    empty nodes are left out: heads point at words)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalError(f"{path}: cannot read the treebank ({e.strerror}); give a .conllu file") from None
    sents: list[list[Word]] = []
    cur: list[Word] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise EvalError(f"{path}:{n}: a CoNLL-U line has 10 tab-separated columns, this one "
                            f"{len(cols)}; check the file's format")
        if "-" in cols[0] or "." in cols[0]:
            continue
        try:
            head = int(cols[6]) - 1
        except ValueError:
            raise EvalError(f"{path}:{n}: HEAD {cols[6]!r} is not a number; check the file's format") from None
        cur.append(Word(cols[1], cols[3], head, cols[7], "SpaceAfter=No" not in cols[9]))
    if cur:
        sents.append(cur)
    if not sents:
        raise EvalError(f"{path}: no sentences; give a CoNLL-U treebank file")
    return sents


def universal(rel: str) -> str:
    return rel.split(":")[0].lower()


def score(gold: list[list[Word]], pred: Iterable[list[Token]]) -> dict:
    """UPOS, UAS and LAS over every word; `pred` gives one token list per gold sentence."""
    words = upos = uas = las = 0
    for g_sent, p_sent in zip(gold, pred, strict=True):
        if len(g_sent) != len(p_sent):
            raise EvalError(f"the parser returned {len(p_sent)} tokens for a sentence of {len(g_sent)} "
                            f"words ({' '.join(w.form for w in g_sent)[:60]!r}); it must keep the tokens given")
        for g, p in zip(g_sent, p_sent):
            words += 1
            upos += g.upos == p.pos
            if g.head == p.head:
                uas += 1
                las += universal(g.rel) == universal(p.rel)
    return {"sentences": len(gold), "words": words,
            "UPOS": upos / words if words else 0.0, "UAS": uas / words if words else 0.0,
            "LAS": las / words if words else 0.0}


def evaluate(path: str | Path, parse: Callable[[list[list[str]], list[list[bool]]], list[list[Token]]] | None = None
             ) -> dict:
    """Read a treebank, parse its sentences from their words, score the parses."""
    gold = read_conllu(path)
    if parse is None:
        from ..nlp.english_model import parse_words as parse
    pred = parse([[w.form for w in s] for s in gold], [[w.space_after for w in s] for s in gold])
    return score(gold, pred)


def summary_line(result: dict) -> str:
    return f"UPOS {result['UPOS']:.3f} UAS {result['UAS']:.3f} LAS {result['LAS']:.3f}"
