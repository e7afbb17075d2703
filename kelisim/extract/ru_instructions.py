"""Instructions told as background: "Ранее Президент поручил правительству оказать помощь" recalls
an order given before the news, no statement of the day; "Премьер-министр поручил министерству
обеспечить ..." is one (lang/ru/instructions.txt, the time words of lang/ru/signed_before.tsv)."""
from __future__ import annotations

from ..doc import Doc, Sent
from ..lang import folded
from ..nlp.match import fold


def earlier_instruction(doc: Doc, sent: Sent, i: int) -> bool:
    """Is the verb at token `i` an instruction the sentence tells as given before the news?"""
    from .agreements import told_before
    t = sent.tokens[i]
    if fold(t.lemma or t.text) not in folded(doc.lang, "instructions.txt"):
        return False
    return told_before(doc.lang, sent.tokens, i, [i])
