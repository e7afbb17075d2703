"""An office holder named only by the office and a state ("received the Turkish ambassador",
"the ambassador of Chile said") becomes an entity of its own (office_holders.py), so that a
meeting or a statement has someone to hold. English finds them at the entity step, as a phrase
may name one anywhere ("the ambassador of Chile said"); the offices are in
lang/en/lone_offices.txt. A person of that state whose title holds the office, named anywhere in
the article, is the holder himself: no second entity then.
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity
from ...lang import lexicon
from ...nlp.match import PhraseMatcher, fold
from ..gazetteer import gazetteer
from ..office_holders import holder
from ..offices import named_holder
from .clause import mention_at


@cache
def lone_offices() -> PhraseMatcher:
    return PhraseMatcher("en").add_all((r[0], (r[0], r[1] if len(r) > 1 else ""))
                                       for r in lexicon("en", "lone_offices.txt"))


def office_holders(doc: Doc, by_key: dict[str, Entity]) -> None:
    gaz = gazetteer("en")
    for sent in doc.sents:
        toks = sent.tokens
        for m in lone_offices().finditer(toks):
            office, beside = m.value
            after_the = m.start > 0 and fold(toks[m.start - 1].text) == "the"     # "the Foreign Minister of Oman"
            if any(mention_at(doc, t) is not None for t in toks[m.start:m.end]) \
                    or not (toks[m.start].text.islower() or beside and after_the):
                continue      # "Ambassador Kemal Aydin": a title before a name, or inside a name
            nxt = next((t for t in toks[m.end:] if t.pos != "PUNCT" and not mention_at(doc, t)), None) \
                if beside else toks[m.end] if m.end < len(toks) else None
            if nxt is not None and (mention_at(doc, nxt) is not None and mention_at(doc, nxt)[1].type == "PER"
                                    or beside and nxt.pos == "PROPN"):
                continue      # "the Turkish ambassador, Kemal Aydin": the name follows
            a, b, state = m.start, m.end, None
            if a > 0 and gaz.cue(toks[a - 1].text):
                a, state = a - 1, gaz.cue(toks[a - 1].text)       # "the Turkish ambassador"
            elif b + 1 < len(toks) and fold(toks[b].text) == "of":
                hit = mention_at(doc, toks[b + 1]) or (mention_at(doc, toks[b + 2]) if b + 2 < len(toks) else None)
                if hit is not None and hit[1].type == "GPE":
                    state, b = hit[1].country, next(k for k, t in enumerate(toks) if t.end >= hit[0].end) + 1
            if state is None or named_holder(doc, state, office) or beside and not _compatriot(doc, sent, state):
                continue
            if toks[m.end - 1].feats.get("Number") == "Plur" and b + 1 < len(toks) and fold(toks[b].text) == "and":
                continue      # "the Foreign Ministers of Estonia and Peru": two offices, told by their states
            if a > 0 and fold(toks[a - 1].text) == "the":
                a -= 1
            holder(doc, office_name(doc, sent, list(range(a, b)), a, []), [state], toks[a].start, toks[b - 1].end,
                   by_key, office, "group")


def office_name(doc: Doc, sent, tokens: list[int], head: int, states) -> str:
    """English, for office_holders.py: the office as written, without its article ("the Turkish
    ambassador" -> "Turkish ambassador", "The Foreign Minister of Oman" -> "Foreign Minister of Oman")."""
    toks = sent.tokens
    while len(tokens) > 1 and fold(toks[tokens[0]].text) == "the":
        tokens = tokens[1:]
    return doc.text[toks[tokens[0]].start:toks[tokens[-1]].end]


def _compatriot(doc: Doc, sent, state: str) -> bool:
    """A person of that state with an office of his own, named in another sentence (not the one
    whose state the office's adjective may have lent: "Jan Novak met the Estonian prime minister")."""
    return any(e.type == "PER" and e.country == state and e.roles
               and not any(sent.start <= m.start < sent.end for m in e.mentions) for e in doc.entities)
