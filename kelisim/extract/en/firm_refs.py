"""Firms named again by their state and trade: "the Chinese investor", "the Turkish company" (or a
headline's "Chinese company to invest $200M") mean the one firm of that state the article names
("Chinese company Hua Lin Energy"); the description becomes a mention of it, so that a project's
builder or a meeting's side written that way is found."""
from __future__ import annotations

from ...doc import Doc, Span
from ...lang import words
from ...nlp.match import fold
from ..context import headline_end
from ..gazetteer import gazetteer
from .clause import mention_at
from .lexicons import is_cap

FIRM_HEADS = {"company", "investor", "firm", "corporation", "partner", "developer", "operator", "concern"}
PUBLIC = {"ministry", "government", "agency", "committee", "council", "embassy", "administration", "office"}


def link_firm_descriptions(doc: Doc) -> None:
    gaz = gazetteer("en")
    hl = headline_end(doc)
    for sent in doc.sents:
        toks = sent.tokens
        for k in range(1, len(toks)):
            t = toks[k]
            if fold(t.text) not in FIRM_HEADS or not t.text.islower() or mention_at(doc, t) is not None:
                continue
            code = gaz.cue(toks[k - 1].text)
            if not code or k + 1 < len(toks) and is_cap(toks[k + 1]):
                continue      # "Chinese company Hua Lin Energy": the name follows, no reference back
            definite = k >= 2 and fold(toks[k - 2].text) in ("the", "this")
            if not (definite or sent.start < hl and k == 1):
                continue      # "a Chinese company": some firm, not one named
            firms = [e for e in doc.entities if e.type == "ORG" and not e.group and e.country == code
                     and not set(fold(e.name).split()) & PUBLIC]
            if len(firms) == 1:
                a = toks[k - 2].start if definite else toks[k - 1].start
                firms[0].mentions.append(Span(a, t.end, doc.text[a:t.end], source="description"))


def link_named_again(doc: Doc) -> None:
    """"the Export-Import Bank of China ... Li Wen, a vice president of the bank": "the bank"
    (lang/en/named_again.txt) names again the body of that head word named last before it, so
    that a signer's office or a lender written that way is found; "the bank of X" or "the bank's
    X Bank" name a body of their own."""
    heads = words("en", "named_again.txt")
    hl = headline_end(doc)
    for sent in doc.sents:
        if sent.start < hl:
            continue
        toks = sent.tokens
        for k in range(1, len(toks)):
            t = toks[k]
            if fold(t.text) not in heads or not t.text.islower() or fold(toks[k - 1].text) != "the" \
                    or mention_at(doc, t) is not None \
                    or k + 1 < len(toks) and (is_cap(toks[k + 1]) or fold(toks[k + 1].text) == "of"):
                continue
            before = [e for e in doc.entities if e.type == "ORG" and not e.group and any(
                m.end <= toks[k - 1].start for m in e.mentions) and fold(t.text) in fold(e.name).split()]
            if before:
                last = max(before, key=lambda e: max(m.end for m in e.mentions if m.end <= toks[k - 1].start))
                a = toks[k - 1].start
                last.mentions.append(Span(a, t.end, doc.text[a:t.end], source="description"))


def short_forms(doc: Doc, spans: list[Span]) -> None:
    """"the Kuwait Fund for Arab Economic Development ... the Kuwait Fund ... financed by the Fund":
    a body named again by the start of its name up to its head word (lang/en/named_again.txt), or
    by that head word alone after "the", is the body named before in full (spans keep its name)."""
    heads = words("en", "named_again.txt")
    orgs = sorted((s for s in spans if s.type == "ORG"), key=lambda s: s.start)
    for n, s in enumerate(orgs):
        parts = fold(s.text).split()
        if not parts or parts[-1] not in heads:
            continue
        alone = len(parts) == 1 and fold(doc.text[max(0, s.start - 4):s.start]).strip() == "the"
        fuller = [o for o in orgs[:n] if len(fold(o.text).split()) > len(parts) and (
            fold(o.text).split()[:len(parts)] == parts and fold(o.text).split()[len(parts)] in ("for", "of")
            or alone and parts[-1] in fold(o.text).split())]
        if fuller:
            full = fuller[-1]
            s.normal, s.data, s.country = full.normal or full.text, dict(full.data), s.country or full.country


def link_the_company(doc: Doc) -> None:
    """"Bektenov met the CEO of Air Products ... The company plans to build": "the company" (or
    "the firm") names the one firm the article named before it; with two or more, which is not said."""
    hl = headline_end(doc)
    for sent in doc.sents:
        toks = sent.tokens
        for k in range(1, len(toks)):
            t = toks[k]
            if fold(t.text) not in ("company", "firm") or not t.text.islower() or fold(toks[k - 1].text) != "the" \
                    or sent.start < hl or mention_at(doc, t) is not None \
                    or k + 1 < len(toks) and (is_cap(toks[k + 1]) or fold(toks[k + 1].text) in ("of", "'s", "’s")):
                continue
            firms = [e for e in doc.entities if e.type == "ORG" and not e.group and e.type != "GPE"
                     and not set(fold(e.name).split()) & (PUBLIC | {"bank", "fund"})
                     and any(m.end <= toks[k - 1].start for m in e.mentions)]
            if len(firms) == 1:
                a = toks[k - 1].start
                firms[0].mentions.append(Span(a, t.end, doc.text[a:t.end], source="description"))


def announcer_of(doc: Doc, sent, j: int):
    """"X ASA today announced that it has signed ...": "it" after "<verb> that" is the
    organisation whose subject clause announces (a firm writing of itself in its own release);
    its mention and entity, like mention_at, or None."""
    from .clause import subject_before
    toks = sent.tokens
    if not (2 <= j < len(toks)) or fold(toks[j].text) not in ("it", "they") or fold(toks[j - 1].text) != "that":
        return None
    org = next((e for e in subject_before(doc, sent, j - 2) if e.type == "ORG"), None)
    if org is None:     # "X ASA (OSE: NORDV), a developer of ..., today announced": the first firm before the verb
        org = next((h[1] for t in toks[:j - 2] for h in [mention_at(doc, t)]
                    if h is not None and h[1].type == "ORG" and not h[1].group), None)
    return next(((m, org) for m in org.mentions if sent.start <= m.start < toks[j].start), None) if org else None
