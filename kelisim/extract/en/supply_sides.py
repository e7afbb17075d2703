"""Signing by striking a deal, and sides a document names by what it makes them do: the buyer of a supply contract ("X clinched a
contract to supply 40 locomotives to Y": Y is the other side), the lender and the borrower of a
loan ("a loan agreement under which the X Bank will lend $1.2 billion to Y")."""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent, Token
from ...nlp.match import fold
from ..agreements import documents
from .clause import entity_at

SUPPLY = {"supply", "deliver", "sell", "provide", "ship", "export"}
REACH = 14


def supplied_to(doc: Doc, sent: Sent, signer: int) -> list[Entity]:
    toks = sent.tokens
    for k in range(signer + 1, min(len(toks) - 1, signer + REACH)):
        if toks[k].text in (";", ".") or toks[k].text == "," and k > signer + 1:
            return []
        if fold(toks[k].text) == "to" and toks[k + 1].lemma in SUPPLY:
            for n in range(k + 2, min(len(toks) - 1, k + 2 + REACH)):
                if toks[n].text in (",", ";", "."):
                    return []
                if fold(toks[n].text) == "to":
                    m = n + 1
                    while m < len(toks) and toks[m].pos == "DET":
                        m += 1
                    e = entity_at(doc, toks[m]) if m < len(toks) else None
                    return [e] if e is not None and e.type in ("ORG", "GPE") else []
            return []
    return []


LEND = {"lend", "provide", "allocate", "grant", "extend", "finance"}


def lent_under(doc: Doc, sent: Sent, end: int) -> list[Entity]:
    """"... agreement under which the Export-Import Bank of China will lend $1.2 billion to
    Kyrgyzstan": the lender and the borrower, from the tokens after the document's title (end)."""
    toks = sent.tokens
    k = next((n for n in range(end, min(len(toks) - 2, end + 4)) if fold(toks[n].text) == "under"
              and fold(toks[n + 1].text) == "which"), None)
    if k is None:
        return []
    m = k + 2
    while m < len(toks) and toks[m].pos == "DET":
        m += 1
    lender = entity_at(doc, toks[m]) if m < len(toks) else None
    if lender is None or lender.type not in ("ORG", "GPE"):
        return []
    verb = next((n for n in range(m, min(len(toks), m + 12)) if toks[n].lemma in LEND), None)
    if verb is None:
        return []
    for n in range(verb + 1, min(len(toks) - 1, verb + REACH)):
        if toks[n].text in (",", ";", "."):
            break
        if fold(toks[n].text) == "to" and (e := entity_at(doc, toks[n + 1])) is not None and e.type in ("ORG", "GPE"):
            return [lender, e]
    return [lender]


STRIKE = {"strike", "strikes", "struck", "striking"}


def struck_deal(toks: list, i: int) -> bool:
    """"has struck a deal", "the deal struck in May": striking signs only a document next to it
    ("drones struck the port" signs nothing, whatever deal the sentence names)."""
    if fold(toks[i].text) not in STRIKE:
        return False
    near = documents("en")
    after = next((k for k in range(i + 1, min(len(toks), i + 8)) if toks[k].text in (",", ";", ".")
                  or toks[k].pos in ("VERB", "ADP", "AUX")), min(len(toks), i + 8))
    return any(near.match_at(toks, k) is not None for k in range(i + 1, after)) \
        or any((m := near.match_at(toks, k)) is not None and i - 3 <= m.end <= i for k in range(max(0, i - 4), i))


def per_lender(doc: Doc, ev: Event, noun: Token) -> list[Event]:
    """"The loan agreements were signed by A of the EBRD, B of the ADB and C of the borrower":
    banks that co-finance sign one loan each with the borrower, so a plural document signed by two
    banks or more and another side is one document per bank."""
    if noun.lemma == fold(noun.text):
        return [ev]
    sides = [doc.entity(i) for i in ev.attrs["parties"]]
    banks = [e for e in sides if e is not None and e.type == "ORG" and "bank" in fold(e.name).split()]
    rest = [e.id for e in sides if e is not None and e not in banks]
    if len(banks) < 2 or not rest:
        return [ev]
    return [Event(id="", type="agreement", evidence=list(ev.evidence), modality=ev.modality, codes=dict(ev.codes),
                  attrs={**ev.attrs, "parties": [b.id] + rest}) for b in banks]
