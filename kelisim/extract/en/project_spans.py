"""Where English project phrases and their stage words stand in a sentence: the stage words of
lang/en/project_stages.tsv at a token, a stage phrase of a verb and its object ending before
"on"/"for" ("broke ground on the plant"), and a phrase set off by commas after the project's
noun ("The plant, worth $1.1 billion, is to be built"), a ceremony's stage word and work under way
"on" a project. Split from project_stages.py."""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Token
from ...nlp.match import PhraseMatcher, fold
from ..numbers import words as quantity_words
from ..projects import project_words, stage_words
from .clause import mention_at


@cache
def _stages() -> PhraseMatcher:
    return PhraseMatcher("en").add_all(stage_words("en").items())


def stage_at(toks: list[Token], k: int):
    return _stages().match_at(toks, k)


def phrase_before(toks: list[Token], k: int) -> int | None:
    """The start of a stage phrase of two words or more (lang/en/project_stages.tsv: "break
    ground") that ends right before token k."""
    for s in range(max(0, k - 3), k - 1):
        m = stage_at(toks, s)
        if m is not None and m.end == k and m.end - m.start >= 2:
            return s
    return None


def under_way_on(toks: list[Token], k: int) -> int | None:
    """"construction is underway on a plant", "work is under way on the road": a stage phrase of
    work going on that ends right before "on" at k; its start."""
    for s in range(max(0, k - 3), k):
        m = stage_at(toks, s)
        if m is not None and m.end == k and m.value == "in_progress":
            return s
    return None


def prenominal_participle(toks: list[Token], k: int) -> bool:
    """"a 200 MW pumped storage plant", "the liquefied gas terminal": a lower-case "-ed" word the
    parser takes for a verb, between a determiner, a number or a unit and a noun, is an adjective;
    so is an "-ing" word between two nouns ("an oil processing plant")."""
    t = toks[k]
    if not (t.pos == "VERB" and t.text.islower() and t.text.endswith(("ed", "ing")) and 0 < k < len(toks) - 1
            and toks[k + 1].pos == "NOUN"):
        return False
    p = toks[k - 1]
    if t.text.endswith("ing"):
        # "a sunflower oil processing plant", "a gas processing complex": what is worked before the "-ing"
        # word names the plant (not a word of building: "companies building plants")
        return p.pos == "NOUN" and p.text.islower() and stage_at(toks, k) is None
    # "a 1,500-megawatt combined cycle power plant": a unit before it too
    return p.pos in ("DET", "NUM", "ADJ", "NOUN") and (p.pos != "NOUN" or p.text.islower()) \
        or p.pos == "PROPN" and k > 1 and toks[k - 2].pos == "NUM"


def work_before(toks: list[Token], k: int) -> int | None:
    """The stage phrase of work going on before "on" at k."""
    return under_way_on(toks, k) if fold(toks[k].text) == "on" else None


def ceremony_of(toks: list[Token], k: int) -> int | None:
    """"A groundbreaking ceremony was held on Monday for a smelter", "the opening ceremony of the
    plant": the stage word before "ceremony" governs the project after "for"/"of" (k)."""
    for c in range(k - 1, max(-1, k - 8), -1):
        if fold(toks[c].text) in ("ceremony", "ceremonies"):
            s = c - 1
            while s >= 0 and (toks[s].text in ("-", "–") or fold(toks[s].text) in ("laying", "stone")):
                s -= 1    # "foundation-laying ceremony", "first stone laying ceremony"
            return next((j for j in range(c - 1, s - 1, -1) if stage_at(toks, j)), None) if s < c - 1 \
                or stage_at(toks, c - 1) else None
        if toks[c].text in (",", ";", ".") or fold(toks[c].text) in ("and", "which", "that"):
            return None
    return None


def set_off_end(toks: list[Token], b: int) -> int:
    """"The plant, worth $1.1 billion, is to be built": past a phrase between commas with no verb
    of its own right after the project's noun; b itself where there is none."""
    if b >= len(toks) or toks[b].text != ",":
        return b
    for k in range(b + 1, min(len(toks), b + 9)):
        if toks[k].text == ",":
            return k + 1 if k > b + 1 else b
        if toks[k].pos in ("VERB", "AUX") or fold(toks[k].text) in ("and", "which", "who", "that"):
            return b
    return b


def begun_of_which(toks: list[Token], k: int) -> int | None:
    """"the railway, the construction of which began (was launched) in 2024", "the plant,
    construction of which is underway": the stage noun of the clause at k, when the verb after
    "of which" says the work began."""
    n = k + 1 + (k + 1 < len(toks) and fold(toks[k + 1].text) == "the")      # the stage noun
    if n + 3 >= len(toks) or toks[k].text != "," or [fold(t.text) for t in toks[n + 1:n + 3]] != ["of", "which"] \
            or stage_at(toks, n) is None:
        return None
    j = n + 3
    while j < len(toks) and (toks[j].pos == "AUX" or toks[j].pos == "ADV" and stage_at(toks, j) is None):
        j += 1
    verb = stage_at(toks, j) if j < len(toks) else None
    if verb is None or verb.value not in ("tense", "in_progress"):
        return None
    return j if verb.value == "in_progress" else n     # "is underway", "began": work under way


def financing_before(doc: Doc, toks: list[Token], k: int) -> int | None:
    """"financing for", "funding from the X Bank for", "a $200 million loan for": the noun of money
    given (or lent: lang/en/project_words.tsv "lend"), before "for"."""
    j = k - 1
    if j > 0 and mention_at(doc, toks[j]) is not None:
        while j > 0 and (mention_at(doc, toks[j]) is not None or toks[j].pos == "DET"):
            j -= 1
        j = j - 1 if fold(toks[j].text) == "from" else -1
    return j if j >= 0 and (fold(toks[j].text) in ("financing", "funding") or toks[j].lemma in project_words("en", "lend")) \
        else None


MONEY_WORDS = {"$", "us$", "€", "£", "¥", "million", "billion", "mln", "bln", "m", "bn", "dollars", "euros", "eur",
               "usd", "aud", "cad", "a$", "c$"}


def committed_before(toks: list[Token], k: int, kind: str = "commit") -> int | None:
    """"has committed $120 million to a plant", "pledged EUR 35 million for the programme": a verb
    of promising money (lang/en/project_words.tsv "commit"; or of investing, `kind` "invest"), the
    sum, then "to"/"for" ("in"/"into") at k; the verb's index, which announces the project."""
    j = k - 1
    seen_number = False
    while j >= 0 and k - j <= 6 and (toks[j].pos == "NUM" or fold(toks[j].text) in MONEY_WORDS):
        seen_number = seen_number or toks[j].pos == "NUM" or toks[j].text[:1].isdigit()
        j -= 1
    if not seen_number or j < 0 or j == k - 1:
        return None
    w = toks[j]
    return j if w.lemma in project_words("en", kind) or fold(w.text) in project_words("en", kind) else None


def invested_before(toks: list[Token], k: int) -> int | None:
    """"will invest $200 million in a new hospital", "is to put $120 million into a plant", "will
    invest in a hospital": money to be invested in the thing announces it as a project; money put
    in before ("invested $N in its plant") is told of a thing that may long stand, no sign of one."""
    if fold(toks[k].text) not in ("in", "into") or k < 2:
        return None
    j = k - 1 if toks[k - 1].lemma in project_words("en", "invest") else committed_before(toks, k, "invest")
    return j if j is not None and j > 0 and fold(toks[j - 1].text) in ("will", "would", "to", "shall", "'ll") else None


def _month(text: str) -> int | None:
    try:
        return int(quantity_words("en").value("month", text))
    except (KeyError, ValueError):
        return None


def dated_between(toks, k: int) -> bool:
    """"the opening in September of X", "the launch in 2027 of Y": a time between a stage noun and
    its "of" (k at "in")."""
    return fold(toks[k].text) == "in" and k + 2 < len(toks) and fold(toks[k + 2].text) == "of" \
        and (_month(toks[k + 1].text) is not None or toks[k + 1].text.isdigit() and len(toks[k + 1].text) == 4)
