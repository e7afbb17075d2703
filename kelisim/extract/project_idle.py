"""Stage words that, on a project noun, tell of no project: a working place shut ("завод
планируется закрыть"), work stopped ("производство машин завершилось"), a noun that is an
actor busy at something else ("фонд продолжает скупать акции"). General news reports these
about existing plants, funds and hospitals far more often than diplomatic releases do."""
from __future__ import annotations

from ..doc import Doc, Sent
from ..lang import words
from ..nlp.match import lookup
from .context import children, lemma_in
from .projects import stage_words


def no_project(doc: Doc, sent: Sent, word: int, noun: int) -> bool:
    """Does the stage word at `word` over the project noun at `noun` tell of no project?"""
    toks = sent.tokens
    closing = "closing.tsv"
    if lemma_in(toks[word], words(doc.lang, closing, "shut")) and not lemma_in(toks[noun], words(doc.lang, closing, "plan")):
        return True       # a plant shut; a plan or its building closed stays cancelled
    if lemma_in(toks[word], words(doc.lang, closing, "end")) and lemma_in(toks[noun], words(doc.lang, closing, "activity")):
        return True       # production ended: the work stopped, nothing was finished
    head = toks[word].head
    while 0 <= head < len(toks) and toks[word].rel == "conj" and toks[head].rel == "conj":
        head = toks[head].head
    if 0 <= head < len(toks) and toks[word].rel == "conj" and toks[head].feats.get("VerbForm") == "Part":
        head = toks[head].head    # "X, пристрастившийся к ... и создавший школу": the first one's noun
    if toks[word].pos == "VERB" and toks[word].feats.get("VerbForm") == "Part" and toks[word].feats.get("Voice") == "Act" \
            and 0 <= head < len(toks) and (_person_at(doc, toks[head]) or _persons_verb(doc, sent, word)):
        return True       # "X, создавший школу в Y": a person's past deed told about them, no news
    return toks[word].pos == "VERB" and busy_subject(doc, sent, word, noun)


def _persons_verb(doc: Doc, sent: Sent, word: int) -> bool:
    """"руководил X, увлекшийся ... и создавший школу": the parser may hang a participle on
    anything; it tells of the nearest noun before it of its case and number, here a person."""
    toks = sent.tokens
    t = toks[word]
    for k in range(word - 1, -1, -1):
        if toks[k].pos in ("NOUN", "PROPN") and toks[k].case == t.case \
                and toks[k].feats.get("Number") == t.feats.get("Number"):
            return _person_at(doc, toks[k])
    return False


def _person_at(doc: Doc, tok) -> bool:
    e = doc.entity_at(tok.start, tok.end)
    return e is not None and e.type == "PER"


def busy_subject(doc: Doc, sent: Sent, verb: int, noun: int) -> bool:
    """The noun is the subject of a phase verb ("продолжает", "начал") whose infinitive is no
    act of building ("продолжает скупать акции"): an actor at work, not a project in a phase."""
    toks = sent.tokens
    if toks[noun].rel != "nsubj" or toks[noun].head != verb:
        return False
    return any(toks[c].rel == "xcomp" and toks[c].feats.get("VerbForm") == "Inf"
               and lookup(stage_words(doc.lang), toks[c].text, doc.lang) is None for c in children(sent, verb))
