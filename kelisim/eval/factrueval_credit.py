"""factRuEval-2016 facts scored with the official partial credit: a prediction paired with a
gold fact earns the share of their arguments that agree, not 1 or 0.

The official track-3 scorer (dialogue-evaluation/factRuEval-2016, scripts/dialent/task3/eval.py,
Cluster._doCalculateQuality) gives a pair the quality n / (n + fp + fn), where n weighs the gold
arguments a predicted argument matches, fp the predicted arguments that match none and fn the
gold arguments left unmatched; the job ("position") weighs 0.5, every other argument 1
(config.py, Tables.ARG_WEIGHTS). A pair may form when any argument but the job agrees
(objects/fact.py, Fact.canMatch). Recall sums the qualities over the gold facts, precision over
the predictions; facts marked difficult count on neither side (easy mode, as in
factrueval_facts.score_facts).

Two simplifications, both said in the report: arguments agree as kelisim/eval/factrueval.py
describes (actors by overlap or lenient name, the job by a shared word or office) rather than by
the official string edit distance; and the pairing is one-to-one, the best total quality per
document (scipy's assignment), where the official scorer also lets several predictions share a
gold fact and searches every assignment.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .factrueval_corpus import Arg, Fact
from .factrueval_facts import Actor, Occupation, job_matches, same_actor

JOB_WEIGHT = 0.5


@dataclass
class Credit:
    """Summed qualities: ``tp_gold`` over gold facts (recall), ``tp_pred`` over predictions."""
    tp_gold: float = 0.0
    tp_pred: float = 0.0
    gold: int = 0
    pred: int = 0

    @property
    def p(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_json(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": round(self.tp_gold, 2), "pred": self.pred, "gold": self.gold}


def _quality(gold_weights: list[float], pred_weights: list[float],
             matched_gold: set[int], matched_pred: set[int]) -> float:
    n = sum(gold_weights[i] for i in matched_gold)
    fp = sum(w for j, w in enumerate(pred_weights) if j not in matched_pred)
    fn = sum(w for i, w in enumerate(gold_weights) if i not in matched_gold)
    return n / (n + fp + fn) if n else 0.0


def _args_quality(pred: list[tuple[str, object]], gold: Sequence[Arg]) -> float:
    """Each predicted argument goes to the first gold argument of its role it agrees with, as
    the official scorer does; 0 when nothing but the job agrees (no pair can form)."""
    gold_w = [JOB_WEIGHT if a.role == "Job" else 1.0 for a in gold]
    pred_w = [JOB_WEIGHT if role == "Job" else 1.0 for role, _ in pred]
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for j, (role, value) in enumerate(pred):
        for i, g in enumerate(gold):
            if g.role != role:
                continue
            ok = job_matches(value, g) if role == "Job" else same_actor(value, g)
            if ok:
                matched_gold.add(i)
                matched_pred.add(j)
                break
    if not any(gold[i].role != "Job" for i in matched_gold):
        return 0.0
    return _quality(gold_w, pred_w, matched_gold, matched_pred)


def occupation_args(occ: Occupation) -> list[tuple[str, object]]:
    args: list[tuple[str, object]] = [("Who", occ.who)]
    if occ.title:
        args.append(("Job", occ.title))
    if occ.where is not None:
        args.append(("Where", occ.where))
    return args


def participant_args(actors: Sequence[Actor]) -> list[tuple[str, object]]:
    return [("Participant", a) for a in actors]


def _scored_args(fact: Fact) -> tuple[Arg, ...]:
    return tuple(a for a in fact.args if a.role in ("Who", "Job", "Where", "Participant"))


def credit(pairs: Iterable[tuple[Sequence[Fact], Sequence[list[tuple[str, object]]]]]) -> Credit:
    """Per document: the gold facts and each prediction's arguments (occupation_args or
    participant_args)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    out = Credit()
    for gold, preds in pairs:
        plain = [f for f in gold if not f.difficult]
        hard = [f for f in gold if f.difficult]
        out.gold += len(plain)
        if not preds:
            continue
        q = np.array([[_args_quality(p, _scored_args(f)) for f in plain] for p in preds]) \
            if plain else np.zeros((len(preds), 0))
        total = 0.0
        paired: set[int] = set()
        if plain:
            rows, cols = linear_sum_assignment(-q)
            for r, c in zip(rows, cols):
                if q[r, c] > 0:
                    total += float(q[r, c])
                    paired.add(r)
        excused = sum(1 for j, p in enumerate(preds) if j not in paired
                      and any(_args_quality(p, _scored_args(f)) > 0 for f in hard))
        out.tp_gold += total
        out.tp_pred += total
        out.pred += len(preds) - excused
    return out
