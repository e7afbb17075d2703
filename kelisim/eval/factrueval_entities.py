"""Entity scoring on factRuEval-2016: which mentions of a record and of the gold are
named, as typed spans, and their precision, recall and F1 by type."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .factrueval_corpus import FreDoc

TYPES = ("PER", "ORG", "LOC")
RECORD_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}

Typed = tuple[int, int, str]


@cache
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def lemma_pos(word: str) -> tuple[str, str]:
    """A word's first pymorphy3 lemma and part of speech."""
    p = _morph().parse(word)[0]
    return p.normal_form, str(p.tag.POS or "")


def is_named(text: str) -> bool:
    """A mention that names something: a capital letter or a digit, and not a pronoun ("Он")."""
    if not any(c.isupper() or c.isdigit() for c in text):
        return False
    words = re.findall(r"\w+", text)
    return not (len(words) == 1 and lemma_pos(words[0].lower())[1] == "NPRO")


def record_spans(record: dict, text: str, named_only: bool = True) -> tuple[set[Typed], Counter]:
    """Every named mention of every entity as (start, end, type); and what was left out."""
    out: set[Typed] = set()
    stats: Counter = Counter()
    for ent in record.get("entities") or []:
        etype = RECORD_TYPES.get(ent.get("type", ""))
        for m in ent.get("mentions") or []:
            start, end = m["start"], m["end"]
            if text[start:end] != m.get("text"):
                stats["offset_mismatch"] += 1
            if etype is None:
                stats["other_type"] += 1
            elif named_only and not is_named(m.get("text") or text[start:end]):
                stats["unnamed"] += 1
            else:
                out.add((start, end, etype))
    return out, stats


def gold_spans(doc: FreDoc, extent: str = "full") -> set[Typed]:
    """The gold named mentions; ``extent="name"`` trims them to their own name spans."""
    return {(m.start, m.end, m.type) if extent == "full" else (*m.core, m.type)
            for m in doc.mentions if m.named}



@dataclass
class Counts:
    """True positives, predictions and gold items. ``tp`` is counted on the gold side (recall);
    ``tp_pred``, when given, on the prediction side (precision): several predictions may
    match one gold fact, as the official fact scorer lets them."""
    tp: int = 0
    pred: int = 0
    gold: int = 0
    tp_pred: int | None = None

    def add(self, tp: int, pred: int, gold: int, tp_pred: int | None = None) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold
        if tp_pred is not None or self.tp_pred is not None:
            self.tp_pred = (self.tp_pred or 0) + (tp if tp_pred is None else tp_pred)

    @property
    def p(self) -> float:
        hits = self.tp if self.tp_pred is None else self.tp_pred
        return hits / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_json(self) -> dict:
        out = {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
               "tp": self.tp, "pred": self.pred, "gold": self.gold}
        return out if self.tp_pred is None else out | {"tp_pred": self.tp_pred}


def score_entities(golds: Iterable[set[Typed]], preds: Iterable[set[Typed]]) -> dict[str, Counts]:
    out = {t: Counts() for t in (*TYPES, "ALL")}
    for gold, pred in zip(golds, preds, strict=True):
        for t in TYPES:
            g, p = {x for x in gold if x[2] == t}, {x for x in pred if x[2] == t}
            out[t].add(len(g & p), len(p), len(g))
        out["ALL"].add(len(gold & pred), len(pred), len(gold))
    return out

