"""Works told after a project in Kazakh: "Қазір жобалау жұмыстары жүріп жатыр", "Құрылыс-монтаж
жұмыстары аяқталды", "Жұмыстар басталды". A sentence that says works began, go on or ended and names
nothing they are the works of speaks of the project told last (project_later.works_begun, the rule
Russian's "работы стартовали" follows); here the works are read from the lexicon
(lang/kk/project_words.tsv works_begun, works_done), not from a parse."""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Event, Sent
from ...lang import words as lexicon_words
from ...nlp.kazakh import fold, stem_keys
from ..project_later import told_in, works_begun
from ..projects import project_words
from .lexicon import matcher
from .verbs import Verb, across_time_words, endings

# the forms that tell works reached: done ("басталды") or going on ("жүргізілуде"); a converb only
# before an auxiliary of going on ("жүріп жатыр"), since it takes the tense of the verb that ends it
REACHED = ("past", "progressive")
GAP = 4       # words of time or place between the works and their verb


def works_later(doc: Doc, found: list[Event]) -> None:
    """The projects found, each in the sentence it was told in and in those that open by telling it
    again, advanced by the works after them."""
    told = told_in(doc, found)
    for sent in doc.sents:
        last = [t[0] for t in told if t[2].end <= sent.start]
        if last and sent.tokens and _tells_again(sent.tokens[0].text, last[-1]):
            told.append((last[-1], "", sent, 0, 0))
    works_begun(doc, sorted(told, key=lambda t: t[2].start), works_reached)


def _tells_again(word: str, v: Event) -> bool:
    """"Жобаны X компаниясы жүзеге асырады", "Станцияны X консорциумы салады": a sentence that opens
    with a word of projects (project_words.tsv "back") or the noun of the project told last speaks of
    it again."""
    noun = (v.attrs["name"] or "").split()[-1:]
    # "Кәсіпорын ...", "Нысанның ...": a noun that names any project told (project_generic.txt)
    return bool(stem_keys(word) & (project_words("kk", "back") | _generic() | (stem_keys(noun[0]) if noun else frozenset())))


@cache
def _generic() -> frozenset[str]:
    return frozenset(k for w in lexicon_words("kk", "project_generic.txt") for k in stem_keys(w))


def works_reached(doc: Doc, sent: Sent):
    """(token, stage) of works whose stage a verb tells as reached, with no word before them in the
    genitive or accusative and no project noun ("көпірдің жөндеу жұмыстары", "жолды жөндеу
    жұмыстары", "мектепте ... жұмыстары": the works of something named)."""
    toks = sent.tokens
    words = [fold(t.text) for t in toks]
    stages = {"in_progress": project_words("kk", "works_begun"), "completed": project_words("kk", "works_done")}
    nouns = {k for m in matcher("projects.tsv").finditer(toks) for k in range(m.start, m.end)}
    for i in range(len(toks) - 1):
        stage = _stage(words, i, stages)
        if stage is not None and _bare(toks, words, i, nouns):
            yield i, stage
    # "Нысанның құрылысы былтыр қазанда басталды": the building of the project named again by a
    # noun that names any (project_generic.txt), its start or end told past
    for n in across_time_words(toks, [Verb(m.start, m.end, "stage_noun", m.value)
                                      for m in matcher("project_stages.tsv").finditer(toks)]):
        if n.value[0] in ("in_progress", "completed") and n.start == 1 and stem_keys(toks[0].text) & _generic():
            yield n.start, n.value[0]


def _bare(toks: list, words: list[str], i: int, nouns: set[int]) -> bool:
    """No word of the works' clause before them names what they are of."""
    for k in range(i - 1, -1, -1):
        if toks[k].pos == "PUNCT" or words[k] in project_words("kk", "finite"):
            return True
        if toks[k].feats.get("Case") in ("Gen", "Acc") or k in nouns:
            return False
    return True


def _stage(words: list[str], i: int, stages: dict[str, frozenset[str]]) -> str | None:
    """The stage the works word at i and a verb a few words after it tell, if told as reached
    ("Жұмыстар сәуір айында басталды"); works in the plural only, as Russian's "работы" ("Форум
    жұмысы басталды": the forum's own work)."""
    for stage, stems in stages.items():
        for works, stem in (st.split() for st in stems if st.startswith("жұмыстар")):
            if words[i] != works:
                continue
            for j in range(i + 1, min(len(words), i + 1 + GAP)):
                if not words[j].replace("-", "").isalnum():
                    break
                tense = endings().get(words[j][len(stem):]) if words[j].startswith(stem) else None
                aux = words[j + 1] if j + 1 < len(words) else ""
                if tense in REACHED or tense == "converb" and aux in project_words("kk", "works_going"):
                    return stage
    return None
