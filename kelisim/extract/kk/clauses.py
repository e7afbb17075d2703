"""Where a Kazakh clause begins and which of its names are its own subject: the clause layer the
frame reader (frames.py) builds its arguments on. The words that bound a clause are data
(lang/kk/frame_words.tsv)."""
from __future__ import annotations

from functools import cache

from ...doc import Token
from ...lang import lexicon
from ...nlp.kazakh import fold
from .verbs import Verb

FINITE = ("past", "future", "progressive", "intent", "neg_past", "neg_future")


@cache
def frame_words(kind: str) -> tuple[str, ...]:
    return tuple(r[0] if kind in ("lexicon", "phrases") else fold(r[0]) for r in lexicon("kk", "frame_words.tsv") if r[1] == kind)


def clause_start(toks: list[Token], i: int, preds: dict[int, tuple[Verb, str]],
                 quotes: list[tuple[int, int]] = ()) -> tuple[int, bool]:
    """The first token of the clause that ends before token i, and whether a converb closed the
    clause before it (whose subject this clause shares). Marks inside a quotation that does not
    hold token i are a name's ("«Орта дәліз: жаңа мүмкіндік» бағдарламасын"), no bound."""
    bounds, converbs = frame_words("boundary"), frame_words("converb")
    inside = [(a, b) for a, b in quotes if not a <= toks[min(i, len(toks) - 1)].start < b]
    said = i < len(toks) and fold(toks[i].text) == "деп" or i > 0 and fold(toks[i - 1].text) == "деп"
    for k in range(i - 1, -1, -1):
        w = fold(toks[k].text)
        if any(a <= toks[k].start < b for a, b in inside):
            continue
        if w in bounds and not (said and _copula_dash(toks, k)):
            return k + 1, False
        if w == "," and k > 0:
            if fold(toks[k - 1].text).endswith(converbs) and toks[k - 1].pos != "PROPN":
                return k + 1, True
            if k - 1 in preds and preds[k - 1][0].tense not in ("noun", "participle", "future_participle"):
                return k + 1, preds[k - 1][0].tense == "converb"
        if k in preds and preds[k][0].tense in FINITE and not (k + 1 < len(toks) and fold(toks[k + 1].text) == "деп"):
            return k + 1, False     # "X станция іске қосылады деп санайды": the words said end on their own verb
    return 0, False


def in_complement(toks: list[Token], k: int, end: int) -> bool:
    """Whether token k stands in a complement clause that ends before token `end`: a participle
    in the accusative follows it ("..., Моңғолия ынтымақтастыққа мән беретінін мәлімдеді":
    Mongolia is the subject of "беретін", what was declared, not of "мәлімдеді")."""
    endings = frame_words("complement")
    return any(fold(toks[j].text).endswith(endings) for j in range(k + 1, end))


def _copula_dash(toks: list[Token], k: int) -> bool:
    """A dash between two words inside what "деп" closes ("X кедергі – тариф деп санайды": the
    obstacle is the tariff) links them, as "is" would; a dash after a comma or a quote opens an
    attribution ("«...», – деп атап өтті X") and bounds the clause."""
    return toks[k].text in "–—" and 0 < k < len(toks) - 1 and toks[k - 1].pos != "PUNCT" \
        and toks[k + 1].pos != "PUNCT" and fold(toks[k + 1].text) != "деп"
