"""Repairs of where the Russian parse hangs a clause or a lead's opening, where news prose settles
it: the agency's credit before the dash that opens the lead is no subject; a relative clause hangs on
the noun its "который" agrees with."""
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


def repair_relative_head(sent: Sent) -> None:
    """"решение о строительстве второй очереди АЭС, которое пока не согласовано": the parser hangs
    the relative clause on the last noun before the comma; "которое" agrees with "решение", not with
    "очереди". A clause whose "который" disagrees in number or gender with the noun it hangs on
    belongs to the nearest noun above that noun (in its chain of genitives and prepositions) that
    agrees."""
    toks = sent.tokens
    for r, t in enumerate(toks):
        if t.lemma != "который" or not 0 <= t.head < len(toks):
            continue
        clause = t.head
        noun = toks[clause].head
        if toks[clause].rel != "acl:relcl" or not 0 <= noun < len(toks) or _agrees(t, toks[noun]):
            continue
        k, steps = noun, 0
        while toks[k].rel in ("nmod", "obl") and 0 <= toks[k].head < len(toks) and steps < 4:
            k, steps = toks[k].head, steps + 1
            if toks[k].pos == "NOUN" and _agrees(t, toks[k]):
                toks[clause].head = k
                break


def _agrees(pron, noun) -> bool:
    number = pron.feats.get("Number")
    if number and noun.feats.get("Number") and number != noun.feats.get("Number"):
        return False
    gender = pron.feats.get("Gender")
    return number == "Plur" or not gender or not noun.feats.get("Gender") or gender == noun.feats.get("Gender")
