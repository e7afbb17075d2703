"""English project stages: the words of building or opening that make a project (lang/en/
project_stages.tsv) and the stage their form and their governing verb say ("opened" -> completed,
"will open" -> announced, "is building" -> in_progress)."""
from __future__ import annotations

from functools import cache

from ...doc import Token
from ...lang import lexicon
from ...nlp.match import PhraseMatcher, fold

DISCUSS = {"discuss", "consider", "explore", "study", "review", "examine", "debate"}


@cache
def stage_words() -> PhraseMatcher:
    return PhraseMatcher("en").add_all((r[0], r[1]) for r in lexicon("en", "project_stages.tsv"))


def stage_at(toks: list[Token], k: int):
    return stage_words().match_at(toks, k)


def tense_stage(toks: list[Token], k: int) -> str:
    t = toks[k]
    low = fold(t.text)
    prev = [fold(x.text) for x in toks[max(0, k - 3):k]]
    if any(p in ("the", "a", "an") for p in prev[-1:]):
        return "announced"        # "the launch of": a noun
    if low.endswith("ing") and any(p in ("is", "are", "was", "were") for p in prev):
        return "in_progress"
    if t.feats.get("Tense") == "Past" or low.endswith("ed"):
        return "completed"
    return "announced"


def discussed(toks: list[Token], trig: int) -> bool:
    """Is the nearest verb before the trigger one of talking about it ("discussed", "considered")?"""
    for k in range(trig - 1, -1, -1):
        t = toks[k]
        if t.pos == "VERB" and t.feats.get("Tense") == "Past" or t.pos == "VERB" and fold(t.text).endswith("s"):
            return t.lemma in DISCUSS or fold(t.text).rstrip("eds") in DISCUSS
    return False


def governor(toks: list[Token], trig: int, end: int) -> int:
    """"has completed the construction of", "construction of a plant began": the verb that
    governs a stage noun says the stage."""
    k = trig - 1
    while k >= 0 and toks[k].pos in ("DET", "ADJ"):
        k -= 1
    if k >= 0 and k < trig - 1 and stage_at(toks, k) and toks[k].pos == "VERB":
        return k
    if k >= 0 and k == trig - 1 and stage_at(toks, k) and toks[k].pos == "VERB":
        return k          # "started construction", "began building"
    n = end
    while n < len(toks) and toks[n].pos in ("AUX", "ADV"):
        n += 1
    if n < len(toks) and stage_at(toks, n) and toks[n].pos == "VERB" and toks[trig].pos != "VERB":
        return n
    return trig
