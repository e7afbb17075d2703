"""Repairs of where the Russian parse hangs a lead's opening, where news prose settles it: the
agency's credit before the dash that opens the lead is no subject."""
from __future__ import annotations

from ..doc import Sent


def repair_credit_subject(sent: Sent) -> None:
    """"ИНТЕРФАКС - Заседание комиссии прошло в Уральске": the agency's credit that opens the lead
    after the dateline is no subject; the parser makes it one and hangs the true subject after the
    dash on it in apposition, or leaves it a second root. The noun after the dash takes the
    credit's place."""
    toks = sent.tokens
    if len(toks) < 4 or toks[1].text not in ("-", "–", "—") or not toks[0].rel.startswith("nsubj"):
        return
    word = toks[0].text
    if not (word.isalpha() and word.isupper() and len(word) >= 3):
        return
    noun = next((k for k in range(2, len(toks)) if toks[k].pos in ("NOUN", "PROPN")
                 and (toks[k].head == 0 or toks[k].head == -1 and toks[k].rel == "root")), None)
    if noun is None or any(toks[j].pos == "VERB" for j in range(2, noun)):
        return
    verb = toks[0].head
    toks[noun].head, toks[noun].rel = verb, toks[0].rel
    toks[0].head, toks[0].rel = verb, "dep"

