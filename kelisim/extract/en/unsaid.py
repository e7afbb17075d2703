"""Where an English speech verb says no one's words here: after "to", an article or a modal
("should firmly support"), in the passive ("was informed that"), and the verb of the sentence after
a fragment quoted at the end of another (statements.py)."""
from __future__ import annotations

from ...doc import Doc, Sent
from ...nlp.match import fold

UNMADE = ("to", "the", "a", "an", "will", "would", "may", "could", "can", "should", "must", "shall", "might")


NAMING = {"call", "dub", "term"}
QUOTE_OPENERS = {'"', "“", "«"}


def not_made(toks, i: int) -> bool:
    """"to say", "the statement", "should firmly support": a wish or a name, no words said here;
    "the Head of State was informed that": words said to the subject, not by him."""
    j = i - 1
    while j > 0 and toks[j].pos == "ADV":
        j -= 1
    passive = toks[j].rel == "aux:pass" and toks[i].feats.get("Tense") == "Past"
    return i > 0 and (fold(toks[i - 1].text) in UNMADE or fold(toks[j].text) in UNMADE[4:] or passive)


def names_unquoted(toks, i: int, j: int) -> bool:
    """A verb of naming alone (toks[i:j], not "called on", "called for") with no quote after it."""
    return j == i + 1 and toks[i].lemma in NAMING and not _quote_follows(toks, i)


def _quote_follows(toks, i: int) -> bool:
    """"called the agreement "the project of the century"": a verb of naming speaks only when its
    object is followed by quoted words ("called Tokayev" is a phone call, "called for" an appeal)."""
    for t in toks[i + 1:i + 8]:
        if t.text in QUOTE_OPENERS:
            return True
        if t.text in (",", ".", ";", ":") or t.pos == "VERB":
            return False
    return False


def ends_its_sentence(doc: Doc, qa: int, after: Sent) -> bool:
    """'X said ... "the best conditions". He invited Y': the next sentence's verb is no attribution."""
    own = doc.sent_at(qa)
    return own is not None and own.start < after.start and len(doc.text[own.start:qa].split()) >= 3
