"""The state of a delegation's head in English news: "a delegation from Chile led by Deputy Prime
Minister X", "the Chilean delegation, headed by X", "a delegation of Chile led by X". The head
belongs to the state the delegation is named by, where no title of his says otherwise; a
delegation of a company or a bank names no state (its people's states are the firm's business)."""
from __future__ import annotations

from ...doc import Doc, Token
from ...nlp.match import fold
from ..context import token_index
from ..gazetteer import gazetteer
from ..meetings import meeting_words
from .clause import mention_at
from .title_window import window_before

LED = {"led", "headed"}
REACH = 8       # words from the delegation's noun to "led by"


def head_states(doc: Doc) -> None:
    """Give each person named after "led by" / "headed by" a delegation's state."""
    for e in doc.entities:
        if e.type != "PER" or e.group or e.country:
            continue
        for m in e.mentions:
            sent = doc.sent_at(m.start)
            i0 = token_index(sent.tokens, m.start) if sent is not None else None
            if i0 is None:
                continue
            code = _delegation_state(doc, sent.tokens, i0 - len(window_before(doc, sent.tokens, i0)))
            if code:
                e.country = code
                break


def _delegation_state(doc: Doc, toks: list[Token], i: int) -> str | None:
    k = i - 1
    if k >= 0 and fold(toks[k].text) in ("his", "her", "its", "the"):
        k -= 1
    if k < 1 or fold(toks[k].text) != "by" or fold(toks[k - 1].text) not in LED:
        return None
    k -= 2
    if k >= 0 and toks[k].text == ",":
        k -= 1
    words = meeting_words("en", "delegation")
    noun = next((n for n in range(k, max(-1, k - REACH), -1) if fold(toks[n].text) in words), None)
    if noun is None:
        return None
    after = toks[noun + 1:k + 1]
    if any((hit := mention_at(doc, t)) is not None and hit[1].type == "PER" for t in after):
        return None
    # "a delegation from Chile", "a delegation of the Chilean Senate led by X": the state, or the body's
    codes = {hit[1].country for t in after if (hit := mention_at(doc, t)) is not None
             and hit[1].type in ("GPE", "ORG") and hit[1].country}
    if any((hit := mention_at(doc, t)) is not None and hit[1].type == "ORG" and not hit[1].country for t in after):
        return None       # a body of no state named: its man's state is not the delegation's to tell
    if not codes:       # "the Chilean (business) delegation led by X"
        before = toks[max(0, noun - 3):noun]
        if any((hit := mention_at(doc, t)) is not None and hit[1].type in ("ORG", "PER") for t in before):
            return None
        codes = {c for t in before for c in gazetteer("en").cues_in(t.text)} | {
            hit[1].country for t in before if (hit := mention_at(doc, t)) is not None
            and hit[1].type == "GPE" and hit[1].country}
    return codes.pop() if len(codes) == 1 else None


def heads_after(doc: Doc, sent) -> list:
    """"Political consultations between Latvia and Peru took place in Riga. The Latvian delegation
    was led by X, and the Peruvian by Y." / "The Latvian side was represented by X, the Peruvian
    side by Y.": talks between states whose sides' heads the next sentence names."""
    from .clause import in_quote
    nxt = next((s for s in doc.sents if s.start >= sent.end), None)
    if nxt is None:
        return []
    words = [fold(t.text) for t in nxt.tokens]
    sides = meeting_words("en", "delegation") | {"side", "sides"}
    if not set(words) & sides or not set(words) & (LED | {"represented"}):
        return []
    out = []
    for t in nxt.tokens:
        hit = mention_at(doc, t)
        if hit is not None and hit[1].type == "PER" and hit[1] not in out and not in_quote(doc, t.start):
            out.append(hit[1])
    return out if len(out) >= 2 else []
