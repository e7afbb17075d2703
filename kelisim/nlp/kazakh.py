"""Kazakh text into kelisim's Doc: sentences, tokens, and stems found by stripping endings.

Kazakh is agglutinative: a name or a title takes its case, possessive and plural endings
whole (Тоқаев|пен, Президенті|нің, Қазақстан|да). No Kazakh morphological model ships on
PyPI, so the endings are stripped by the rules in lang/kk/suffixes.tsv, which say which stem
may carry which ending (vowel harmony and the stem's last letter). `analyses` lists every
reading of a word; `stem_keys` is what lexicon matching uses (nlp/match.py asks it for
lang == "kk"); `strip_case` gives the nominative of a name or a title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..doc import Doc, Sent, Token
from ..lang import lexicon, words

MIN_STEM = 2
TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?|\S")
SENT_END = re.compile(r"[.!?…]+[»”\"]?(?=\s+[«\"“(–—-]?\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")


@dataclass(frozen=True)
class Analysis:
    stem: str                     # lower case, endings removed
    slots: tuple[str, ...] = ()   # what was stripped, outermost first: ("Ins",), ("Gen", "Poss3")

    @property
    def case(self) -> str:
        return next((s for s in self.slots if s in CASES), "Nom")


CASES = {"Gen", "Dat", "Acc", "Loc", "Abl", "Ins"}
ORDER = ("case", "poss", "plural")


@cache
def _rules():
    classes: dict[str, str] = {}
    endings: dict[str, list[tuple[str, str, str, str]]] = {k: [] for k in ORDER}
    voicing: dict[str, str] = {}
    for row in lexicon("kk", "suffixes.tsv"):
        if row[0] == "class":
            classes[row[1]] = row[2]
        elif row[0] in ("transparent", "adjective"):
            classes.setdefault(row[0], []).append(row[1])
        elif row[0] == "voicing":
            voicing[row[1]] = row[2]
        else:
            slot, ending, value, after, harmony = row
            letters = "".join(classes.get(a, a) for a in after.split())
            endings[slot].append((ending, value, letters, harmony))
    for slot in endings:
        endings[slot].sort(key=lambda r: -len(r[0]))
    return classes, endings, voicing


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _harmony(stem: str) -> str:
    classes = _rules()[0]
    for t in classes.get("transparent", ()):
        if stem.endswith(t) and len(stem) > len(t) + 1:
            stem = stem[: -len(t)]
            break
    for i in range(len(stem) - 1, -1, -1):
        c = stem[i]
        if c == "у" and i and stem[i - 1] in classes["vowel"]:
            continue          # "Мәскеу": у after a vowel is a consonant
        if c in classes["back"]:
            return "back"
        if c in classes["front"]:
            return "front"
        if c in classes["vowel"]:
            return "any"
    return "any"


def _fits(stem: str, letters: str, harmony: str) -> bool:
    classes = _rules()[0]
    if len(stem) < MIN_STEM or not any(c in classes["vowel"] for c in stem) or stem[-1] not in letters:
        return False
    h = _harmony(stem)
    if harmony == "front" and stem[-1] in _rules()[0].get("front_final", ""):
        return True
    return harmony == "any" or h == "any" or h == harmony


@lru_cache(maxsize=100_000)
def analyses(word: str) -> tuple[Analysis, ...]:
    """Every reading of a word as stem + endings, the word itself first."""
    w = fold(word)
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if word.rpartition("-")[0].isupper() and len(head) >= 2:
            # "АҚШ-тың", "ҚР-ға": an abbreviation with its ending after a hyphen
            return (Analysis(w),) + tuple(Analysis(head, a.slots) for a in _strip("x" + tail, 0)
                                          if a.stem == "x")
    out = [Analysis(w)]
    out.extend(a for a in _strip(w, 0) if a.stem != w)
    seen, uniq = set(), []
    for a in out:
        if (a.stem, a.slots) not in seen:
            seen.add((a.stem, a.slots))
            uniq.append(a)
    return tuple(uniq)


def _strip(w: str, level: int) -> list[Analysis]:
    _, endings, voicing = _rules()
    out = []
    for k in range(level, len(ORDER)):
        for ending, value, letters, harmony in endings[ORDER[k]]:
            if not w.endswith(ending) or len(w) <= len(ending):
                continue
            stem = w[: -len(ending)]
            if w == "x" + ending:        # an abbreviation's ending: no stem to check
                out.append(Analysis("x", (value,)))
                continue
            if not _fits(stem, letters, harmony):
                continue
            stems = [stem]
            if ending[0] in _rules()[0]["vowel"] and stem[-1] in voicing:
                stems.append(stem[:-1] + voicing[stem[-1]])
            for s in stems:
                out.append(Analysis(s, (value,)))
                out.extend(Analysis(a.stem, (value,) + a.slots) for a in _strip(s, k + 1))
    return out


@lru_cache(maxsize=200_000)
def stem_keys(word: str) -> frozenset[str]:
    """The word and every stem it may have, lower case: what lexicon entries are matched by."""
    keys = {a.stem for a in analyses(word)}
    if "-" in word and word.rpartition("-")[0].isupper():
        keys.add(word.rpartition("-")[0])      # abbreviations match as written
    number, _, rest = word.partition("-")
    if number.isdigit() and rest[:1].isalpha():
        keys.update(a.stem for a in analyses(rest))    # "22-отырысы": the 22nd session is a session
    return frozenset(keys)


@lru_cache(maxsize=100_000)
def strip_case(word: str, keep: frozenset[str] | None = None) -> tuple[str, str]:
    """(nominative, case) of a name or a title: only the case ending goes, the possessive stays
    ("Президентінің" -> "Президенті", "Тоқаевпен" -> "Тоқаев"). A word in `keep` (default:
    known_nominatives, the given names and place names) is never stripped."""
    keep = known_nominatives() if keep is None else keep
    if fold(word) in keep:
        return word, "Nom"
    if "-" in word and word.rpartition("-")[0].isupper():
        head = word.rpartition("-")[0]
        found = [a for a in analyses(word) if a.stem == fold(head) and len(a.slots) == 1]
        return (head, found[0].case) if found else (word, "Nom")
    best = None
    for a in analyses(word):
        if len(a.slots) == 1 and a.slots[0] in CASES and fold(word[:len(a.stem)]) == a.stem:
            if fold(word[:len(a.stem)]) in keep:
                return word[:len(a.stem)], a.case
            if best is None or len(a.stem) < len(best.stem):
                best = a
    if best is None:
        return word, "Nom"
    return word[:len(best.stem)], best.case


def has_possessive(word: str) -> bool:
    """Does the word end in the 3rd person possessive (its case ending aside): "министрі",
    "төрағасының", "арасындағы"?"""
    return any("Poss3" in a.slots for a in analyses(word) if len(a.stem) >= 3)


def possessive_stems(word: str) -> frozenset[str]:
    """The stems the word has under a 3rd person possessive ("министрі", "елшілері",
    "Президентінің": министр, елші, президент). "министрді" (an accusative) also reads as
    "министрд|і": the stem that reading gives is no word a lexicon knows, so a caller that checks
    the stem against one keeps only the true possessives."""
    return frozenset(a.stem for a in analyses(word) if "Poss3" in a.slots and len(a.stem) >= 3)


def is_adjective(word: str) -> bool:
    """Does the word (its case ending aside) end like an adjective: "ұлттық", "экономикалық"?"""
    w = fold(strip_case(word)[0])
    return any(w.endswith(e) and len(w) > len(e) + 1 for e in _rules()[0].get("adjective", ()))


# ------------------------------------------------------------------ segmentation

def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in TOKEN.finditer(text):
        t = m.group()
        if t.endswith(".") and len(t) > 1 and not _keeps_dot(t):
            out.append(_token(t[:-1], offset + m.start()))
            out.append(_token(".", offset + m.end() - 1))
        else:
            out.append(_token(t, offset + m.start()))
    return out


def _keeps_dot(t: str) -> bool:
    return fold(t) in abbreviations() or (len(t) == 2 and t[0].isupper())   # "Қ." an initial


def _token(text: str, start: int) -> Token:
    tok = Token(start, start + len(text), text)
    if not any(c.isalnum() for c in text):
        tok.pos, tok.lemma = "PUNCT", text
        return tok
    if text[0].isdigit():
        tok.pos, tok.lemma = "NUM", text.lower()
        return tok
    nominative, case = strip_case(text)
    tok.lemma = fold(nominative)
    tok.feats = {"Case": case}
    tok.pos = "PROPN" if text[:1].isupper() else "X"
    return tok


@cache
def known_nominatives() -> frozenset[str]:
    """Words known to be nominative however they end: given names ("Дариға", "Амангелді") and
    the words of the Kazakh names of states, blocs and places ("Қазақстан" is no ablative)."""
    from ..data import table
    out = {fold(w) for w in words("kk", "first_names.txt")}
    for name in ("states", "blocs", "places"):
        for r in table(name):
            if r["lang"] == "kk":
                ws = r["name"].split()
                # a word inside a long name may be declined ("Қытай Халық Республикасының Гонконг
                # ..."): a genitive or an attributive locative there is no nominative elsewhere
                out.update(fold(w) for w in ws[:-1] if not DECLINED_INSIDE.search(fold(w)))
                out.add(fold(ws[-1]))
    return frozenset(out)


DECLINED_INSIDE = re.compile(r"(ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі)$")


@cache
def abbreviations() -> frozenset[str]:
    return words("kk", "abbreviations.txt")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds in text[start:end]: a full stop, ! or ? before a capital, not after an
    abbreviation ("ж.", "т.б.") or an initial ("Қ. Тоқаев")."""
    out, pos = [], start
    for m in SENT_END.finditer(text, start, end):
        before = text[max(start, m.start() - 12):m.start() + 1].split()
        last = before[-1] if before else ""
        if m.group()[0] == "." and (fold(last) in abbreviations() or re.fullmatch(r"\W?[^\W\d]\.", last)):
            continue
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip()]


class KazakhNLP:
    """Sentences and tokens of a Kazakh Doc; each token's lemma is its nominative (case ending
    stripped) and feats["Case"] the case that ending marks. With `ner` (the default), the
    entity spans of kelisim's Kazakh model (nlp/kk_ner.py) go to doc.spans, source "ner"."""

    name = "kk_nlp"
    requires = ("lang",)
    assigns = ("sents", "tokens", "lemmas", "ner")
    langs = ("kk",)

    def __init__(self, ner: bool = True):
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        from .russian import blocks
        doc.sents = []
        for a, b in blocks(doc.text):
            for s, e in sentences(doc.text, a, b):
                toks = tokenize(doc.text[s:e], s)
                if toks:
                    doc.sents.append(Sent(s, e, doc.text[s:e], toks))
        if self.ner:
            from .kk_ner import recognise
            doc.spans.extend(s for spans in recognise(doc.sents, doc.text) for s in spans)
        return doc
