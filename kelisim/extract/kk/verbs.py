"""Kazakh verbs of the lexicons found in any form, with the tense their ending marks.

A lexicon row names a verb by its stem and the words before it: "кездес-", "телефон арқылы
сөйлес-", "атап өт-". A word is that verb when it starts with the stem and the rest is an ending
of lang/kk/verb_endings.tsv ("кездес|ті" past, "кел|еді" future, "аш|у" the verbal noun).
The tense gives the modality of what the verb reports: done (asserted), to come (planned) or
denied (negated).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...doc import Token
from ...lang import lexicon
from ...nlp.kazakh import fold, stem_keys

MODALITY = {"past": "asserted", "participle": "asserted", "progressive": "asserted", "converb": "asserted",
            "future": "planned", "intent": "planned", "future_participle": "planned",
            "neg_past": "negated", "neg_future": "negated", "noun": "asserted"}


@dataclass(frozen=True)
class Verb:
    start: int            # token index of the first word of the phrase
    end: int              # token index after the verb
    tense: str
    value: tuple[str, ...]  # the lexicon row's other columns

    @property
    def modality(self) -> str:
        return MODALITY.get(self.tense, "asserted")


@cache
def endings() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in lexicon("kk", "verb_endings.tsv")}


@cache
def entries(name: str) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    """(words before, stem, value) for the verb rows of lang/kk/<name> (those ending in "-")."""
    out = []
    for row in lexicon("kk", name):
        words = row[0].split()
        if not words or not words[-1].endswith("-"):
            continue
        out.append((tuple(fold(w) for w in words[:-1]), fold(words[-1][:-1]), tuple(row[1:])))
    return tuple(sorted(out, key=lambda e: (-len(e[0]), -len(e[1]))))


@cache
def by_prefix(name: str) -> dict[str, tuple]:
    """The entries of a lexicon by the first two letters of their stem (every stem has two)."""
    out: dict[str, list] = {}
    for entry in entries(name):
        out.setdefault(entry[1][:2], []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


# A stem's final "й" and an ending's vowel are written as one letter: "қой|ады" is "қояды",
# "қой|у" is "қою", "қой|уға" is "қоюға".
IOTATED = {"я": "йа", "ю": "йу"}


def verb_at(toks: list[Token], i: int, name: str) -> Verb | None:
    """The lexicon verb whose last word is token i."""
    word = fold(toks[i].text)
    for before, stem, value in by_prefix(name).get(word[:2], ()):
        w = word
        if stem.endswith("й") and w.startswith(stem[:-1]) and w[len(stem) - 1:len(stem)] in IOTATED:
            w = w[:len(stem) - 1] + IOTATED[w[len(stem) - 1]] + w[len(stem):]
        if not w.startswith(stem):
            continue
        tense = endings().get(w[len(stem):])
        if tense is None:
            continue
        n = len(before)
        if i < n or any(before[k] not in _word_keys(toks[i - n + k].text) for k in range(n)):
            continue
        return Verb(i - n, i + 1, tense, value)
    return None


def _word_keys(text: str) -> set[str]:
    """A word's stems, and those of its last part after a hyphen ("Telegram-арнасында жазды": the
    channel's word is "арнасында")."""
    keys = set(stem_keys(text))
    return keys | set(stem_keys(text.rsplit("-", 1)[1])) if "-" in text.strip("-") else keys


def find_verbs(toks: list[Token], name: str) -> list[Verb]:
    """A row valued "-" names a phrase that is not the lexicon's verb though it holds its stem
    ("жол аш-": to pave the way, nothing opened)."""
    return [v for i in range(len(toks)) if (v := verb_at(toks, i, name)) is not None and v.value[:1] != ("-",)]


def speech_verb(toks: list[Token], i: int) -> Verb | None:
    return verb_at(toks, i, "speech.tsv")


NEGATIVE = ("ма", "ме", "ба", "бе", "па", "пе")


def stopped(toks: list[Token], start: int, width: int, stems: frozenset[str]) -> bool:
    """A verb of one of `stems` (the longest that fits) among the words from `start` to the clause's
    end, not negated: "салу жобасы тоқтатылды", not "тоқтатылмады" nor "тоқтатылған жоқ"."""
    words = [fold(t.text) for t in toks[start:start + width]]
    words = words[:next((k for k, w in enumerate(words) if not w.replace("-", "").isalpha()), len(words))]
    for k in range(len(words)):
        hits = [st for st in stems if " ".join(words[k:k + len(st.split())]).startswith(st)]
        if hits:
            st = max(hits, key=len)
            n = len(st.split())
            rest = words[k + n - 1][len(st.split()[-1]):]
            return not rest.startswith(NEGATIVE) and (words[k + n:k + n + 1] or [""])[0] not in ("жоқ", "емес")
    return False


def works_stage(toks: list[Token], start: int, width: int, stages: dict[str, frozenset[str]]) -> str | None:
    """"су торабын қайта жаңғырту жұмыстары басталды": the works of the act named before began (in
    progress) or ended (completed), told as done or going on, not to come ("басталады"); `stages`
    the stems of each stage (lang/kk/project_words.tsv works_begun, works_done)."""
    words = [fold(t.text) for t in toks[start:start + width + WORKS_GAP]]
    for stage, stems in stages.items():
        for st in stems:
            n = len(st.split())
            for k in range(len(words) - n + 1):
                # "жаңғырту жұмыстары биыл аяқталды": words of time between the works and their verb
                for gap in range(WORKS_GAP + 1) if n > 1 else (0,):
                    if not all(w.isalpha() for w in words[k + 1:k + 1 + gap]) or k + n + gap > len(words):
                        break
                    phrase = " ".join(words[k:k + n - 1] + words[k + n - 1 + gap:k + n + gap])
                    if phrase.startswith(st) and endings().get(phrase[len(st):]) in ("past", "progressive", "converb"):
                        return stage
    return None


WORKS_GAP = 2


def dated_before(doc_date: str | None, toks: list, v: Verb) -> bool:
    """"1987 жылы салынған аурухана": a building done a decade or more before the article is
    background, no project of the news (an investor's plant "2024 жылы іске қосылған" still is one)."""
    if v.tense not in ("past", "participle") or v.start < 2 or not (doc_date or "")[:4].isdigit():
        return False
    year = toks[v.start - 2].text
    return fold(toks[v.start - 1].text) == "жылы" and len(year) == 4 and year.isdigit() \
        and int(year) <= int(doc_date[:4]) - 10


PLUPERFECT = ("болатын", "еді")


def recalled_plan(toks: list, v: Verb) -> bool:
    """"2023 жылы ... терминалын салу туралы келісімге қол қойған болатын": building told as a
    verbal noun in a sentence that ends in the pluperfect is a plan recalled, no news of its own."""
    words = [fold(t.text) for t in toks if t.pos != "PUNCT"]
    return v.tense == "noun" and len(words) > 2 and words[-1] in PLUPERFECT \
        and words[-2].endswith(("ған", "ген", "қан", "кен"))


# "құрылысы биыл көктемде басталды": a building's start or end told past, with words of time between
GAPPED_STAGES = (("басталды", "in_progress"), ("басталған", "in_progress"), ("басталып", "in_progress"),
                 ("аяқталды", "completed"), ("аяқталған", "completed"))
GAP = 3


def across_time_words(toks: list, nouns: list[Verb]) -> list[Verb]:
    """Stage nouns (project_stages.tsv) with the stage of a verb of starting or finishing that follows
    past a few words of time: "Станцияның бірінші кезегінің құрылысы биыл көктемде басталды" has
    started, though "құрылысы" alone only announces a building."""
    out = []
    for n in nouns:
        if n.value[0] == "announced" and fold(toks[n.end - 1].text).startswith("құрылыс"):
            for k in range(n.end, min(len(toks), n.end + GAP + 1)):
                w = fold(toks[k].text)
                if toks[k].pos == "PUNCT" or (stage := next((s for p, s in GAPPED_STAGES if w == p), None)):
                    n = Verb(n.start, n.end, n.tense, (stage,) + tuple(n.value[1:])) \
                        if toks[k].pos != "PUNCT" else n
                    break
        out.append(n)
    return out
