"""Who signs when the document's own words do not say, and which sentences sign without a verb.

- "During the meeting with X, an agreement was signed": the sides of the meeting told in that
  sentence sign (else those of the article's first meeting);
- "Russian, Kazakh presidents sign declaration" over a lead that names one state: the headline's
  pair of states;
- "The parties have signed:" and then items set off by dashes or bullets: each item is signed;
- "X reminded that the two states signed the agreement": a signing recalled is background, not
  the news;
- "... was signed by A and B" names the signers after "by"; "A signed a loan agreement with B"
  adds B; "with the company" is the firm named last;
- 'The Bank (EBRD) and the Emirati company "X" on Monday signed': the signers before the verb,
  over a bracketed short name, a firm's description, quotation marks and a time adverbial.
"""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Event, Sent, Token
from ...lang import words
from ...nlp.match import fold
from ..agreement_sides import speaker_country
from ..agreements import told_before
from ..context import headline_end, mentions_in, unique
from ..gazetteer import gazetteer
from .clause import entity_at, mention_at
from .counterparts import state_entity
from .firm_refs import FIRM_HEADS, announcer_of
from .project_links import company
from .speakers import attributed_at

MONTHS = "january february march april may june july august september october november december".split()

QUOTES = {'"', "“", "”", "«", "»"}


def signer_words(kind: str) -> frozenset[str]:
    """The words of lang/en/signers.tsv of one kind (weekday, before_verb, describing, ...)."""
    return words("en", "signers.tsv", kind)


def _sides(doc: Doc, v: Event) -> list[Entity]:
    ents = {e.id: e for e in doc.entities}
    out: list[Entity] = []
    for p in v.attrs["participants"]:
        e = ents[p]
        firm = firm_of(doc, e)
        if firm is not None:
            side = firm       # the head of a bank or a company signs for it, not for its state
        elif e.country:
            side = next((g for g in doc.entities if g.type == "GPE" and g.country == e.country), e)
        else:
            # a participant of no state signs for the body of its office ("the European Commission")
            side = next((ents[r.org] for r in e.roles if r.org in ents and ents[r.org].type == "ORG"), e)
        if side not in out and not any(o.country and o.country == side.country for o in out):
            out.append(side)
    return out


def firm_of(doc: Doc, e: Entity) -> Entity | None:
    """The bank or company a person heads, who signs for it rather than for a state."""
    for r in e.roles:
        org = doc.entity(r.org) if r.org else None
        if org is not None and company(org) and not set(fold(r.title or "").split()) & signer_words("ministerial"):
            return org
    return None


def meeting_states(doc: Doc, sent: Sent | None = None) -> list[Entity]:
    """The states of the participants of the meeting told in `sent`, else of the first meeting."""
    meetings = [v for v in doc.events if v.type == "meeting" and v.modality == "asserted"]
    if sent is not None:
        here = [v for v in meetings if any(e.start < sent.end and sent.start < e.end for e in v.evidence)]
        if len(here) == 1:
            return _sides(doc, here[0])
        if here:
            return []         # several meetings in one sentence: which one signed is not said
    if sent is not None and (_refers_to_talks(sent) or "two" in {fold(t.text) for t in sent.tokens[:3]}):
        # "During the talks, the sides signed", "The two leaders then witnessed": the talks told last, not a summit
        meetings = sorted((v for v in meetings if v.evidence[0].start < sent.start),
                          key=lambda v: v.evidence[0].start, reverse=True)
    for v in meetings:
        out = _sides(doc, v)
        if len(out) >= 2:
            return out
    return []


def _refers_to_talks(sent: Sent) -> bool:
    """Does the sentence name talks ("during the talks", "at the meeting"), other than a summit's
    own name ("the Consultative Meeting of the Heads of State")?"""
    from ..meetings import triggers        # the meeting stage runs before this one
    from .summits import gatherings
    inside = {k for m in gatherings(sent.tokens) for k in range(m.start, m.end)}
    return any(m.value[0] == "noun" and m.start not in inside for m in triggers("en").finditer(sent.tokens))


def gathering_states(doc: Doc, sent: Sent) -> list[Entity]:
    """"The leaders of the five states adopted a declaration" after a summit of them: the states
    of the gathering told so far that sat the most sides (three or more), not a pair that met on
    its sidelines; not where the sentence tells or names talks of its own ("During the talks, the
    leaders signed": meeting_states)."""
    meetings = [v for v in doc.events if v.type == "meeting" and v.modality == "asserted"
                and v.evidence[0].start < sent.end]
    if _refers_to_talks(sent) or any(e.start < sent.end and sent.start < e.end for v in meetings for e in v.evidence):
        return []
    sides = max((_sides(doc, v) for v in meetings), key=len, default=[])
    return sides if len(sides) >= 3 else []


def headline_states(doc: Doc) -> list[Entity]:
    """The two states a headline names ("Russian, Kazakh presidents sign ..."), if exactly two."""
    end = headline_end(doc)
    gaz = gazetteer("en")
    found: dict[str, object] = {}
    for s in doc.sents:
        if s.start >= end:
            break
        for t in s.tokens:
            for c in gaz.cues_in(t.text) + [e.country for e in doc.entities if e.type == "GPE" and e.country
                                            and any(m.start <= t.start < m.end for m in e.mentions)]:
                found.setdefault(c, t)
    if len(found) != 2:
        return []
    states = [state_entity(doc, c, t) for c, t in found.items()]
    return [e for e in states if e is not None] if all(states) else []


def recalled(sent: Sent, signer: int, date: str | None = None, signings: list[int] = ()) -> bool:
    """Is the signing at token `signer` told as before the news (agreements.told_before), or dated so by "in 2023" (the article of a later year) or "in May" (of another month) nearest to it?"""
    toks = sent.tokens
    year = int(date[:4]) if date and date[:4].isdigit() else None
    # "is to be signed in May": a month without a year is then the next one, not the last
    future = any(fold(t.text) in ("will", "shall", "would", "to") for t in toks[max(0, signer - 3):signer])
    month = MONTHS[int(date[5:7]) - 1] if not future and date and date[5:7].isdigit() and 0 < int(date[5:7]) < 13 else None
    cues = [k for k, t in enumerate(toks[:-1]) if year is not None and fold(t.text) == "in"
            and (re.fullmatch(r"(19|20)\d\d", toks[k + 1].text) and int(toks[k + 1].text) < year
                 or month and toks[k + 1].text.istitle() and fold(toks[k + 1].text) in set(MONTHS) - {month})
            and not (k + 2 < len(toks) and toks[k + 2].text in ("-", "–", "—"))]
    return told_before("en", toks, signer, signings, cues)


def our_side(doc: Doc, sent: Sent) -> list[Entity]:
    """"We" signs for the speaker's state (agreement_sides.speaker_country), one the article may
    name only by its adjective."""
    code = speaker_country(doc, sent)
    if code is None:
        return []
    cue = next((t for s in doc.sents for t in s.tokens if gazetteer("en").cue(t.text) == code), None)
    state = next((e for e in doc.entities if e.type == "GPE" and e.country == code and not e.group), None) or (state_entity(doc, code, cue) if cue else None)
    return [state] if state is not None else []


def by_agent(doc: Doc, sent: Sent, signer: int) -> list[Entity]:
    """'... was signed by Kazakhstan and Oman', '... was also signed between X and Y', '... was
    signed in Tashkent on Monday by A and B': the signers of a passive signing follow "by" or
    "between", after a place or a time said of the signing. A person signs for the organisation
    the words of his office name ("ADB Country Director for Uzbekistan X": the bank), else for his
    state (for_states)."""
    toks = sent.tokens
    k = signer + 1
    while k < len(toks) and k - signer <= 8 and fold(toks[k].text) not in ("by", "between") \
            and toks[k].pos not in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"):
        k += 1        # "in Tashkent", "on Monday", "at the ceremony"
    if k >= len(toks) or fold(toks[k].text) not in ("by", "between"):
        return []
    out: list[Entity] = []
    after = toks[k].end
    for m, e in mentions_in(doc, toks[k].end, sent.end, ("GPE", "ORG", "PER")):
        if e.type != "PER":
            continue
        office = [o for _, o in mentions_in(doc, after, m.start, ("GPE", "ORG")) if o is not e]
        out += [o for o in office if o.type == "ORG" and not o.group][:1] or [e]
        after = m.end
    # "..., according to a statement from the ministry": who tells of the signing is no signer
    stop = next((t.start for n, t in enumerate(toks) if t.start >= after and attributed_at(toks, n) is not None),
                sent.end)
    rest = [e for _, e in mentions_in(doc, after, stop, ("GPE", "ORG"))]
    if not out:
        return unique(rest)
    return unique(for_states(doc, out) + rest)


def for_states(doc: Doc, signers: list[Entity]) -> list[Entity]:
    """A person signs for his state; an official the article gives no state to, for the state the
    article is mostly about (gazetteer.state_counts), when one clearly leads."""
    from ..gazetteer import state_counts
    ranked = state_counts(doc, places=True).most_common(2)
    home = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    out = []
    for e in signers:
        code = e.country or (home if e.type == "PER" and e.roles else None)
        state = next((g for g in doc.entities if g.type == "GPE" and not g.group and g.country == code), None) \
            if e.type == "PER" and code else None
        out.append(state or e)
    return out


def with_object(doc: Doc, sent: Sent, signer: int, signers: list[Entity] = ()) -> list[Entity]:
    """'X signed a $40 million loan agreement with Y': Y signs too (within the clause)."""
    toks = sent.tokens
    for k in range(signer + 1, min(len(toks), signer + 9)):     # "signed a $40 million loan agreement with"
        if toks[k].text in (",", ";"):
            break
        if fold(toks[k].text) == "with":
            n = k + 1
            while n < len(toks) and toks[n].pos == "DET":
                n += 1
            e = entity_at(doc, toks[n]) if n < len(toks) else None
            while e is not None and e.type == "GPE" and n + 2 < len(toks) and toks[n + 1].text in ("'s", "’s"):
                n += 2        # "with Italy's Eni": the state's firm signs
                e = entity_at(doc, toks[n]) or e
            if e is None and n < len(toks) and fold(toks[n].text) in FIRM_HEADS:
                e = _firm_named_last(doc, toks[n].start, exclude=list(signers))
            if e is None and n + 1 < len(toks) and fold(toks[n + 1].text) in GOVERNMENTS:
                codes = gazetteer("en").cues_in(toks[n].text)     # "with the Kyrgyz government": the state signs
                e = state_entity(doc, codes[0], toks[n]) if codes else None
            return [e] if e is not None and e.type in ("ORG", "GPE") else []
    return []


GOVERNMENTS = {"government", "authorities", "cabinet"}


def _firm_named_last(doc: Doc, before: int, exclude: list[Entity]) -> Entity | None:
    """"signed a loan agreement with the company": the company (not a bank) named last before it."""
    named = [(max(m.start for m in e.mentions if m.end <= before), e) for e in doc.entities
             if company(e) and e not in exclude and "bank" not in fold(e.name).split()
             and any(m.end <= before for m in e.mentions)]
    return max(named, key=lambda x: x[0])[1] if named else None


MAX_DESCRIPTION = 4


def _describing_word(tok: Token) -> bool:
    """A lowercase noun or adjective ("sovereign", "metals", "state-backed", "mining")."""
    return tok.text.islower() and tok.text[:1].isalpha() and (tok.pos in ("NOUN", "ADJ") or tok.text.endswith("ing"))


def signers_before(doc: Doc, sent: Sent, i: int) -> list[Entity]:
    """The sides named before a signing verb at token i, coordinated by "and": 'The European Bank
    for Reconstruction and Development (EBRD) and the Emirati company "X" on Monday signed'."""
    toks = sent.tokens
    gaz = gazetteer("en")
    describing = FIRM_HEADS | signer_words("describing")
    j = i - 1
    while j >= 0:
        w = fold(toks[j].text)
        if w in signer_words("weekday") and j >= 1 and fold(toks[j - 1].text) == "on":
            j -= 2        # "on Wednesday signed"
        elif w in signer_words("before_verb") or toks[j].pos in ("AUX", "ADV"):
            j -= 1
        else:
            break
    out: list[Entity] = []
    while j >= 0:
        if toks[j].text in QUOTES:
            j -= 1
            continue
        if toks[j].text == ")":
            k = next((k for k in range(j - 1, max(-1, j - 6), -1) if toks[k].text == "("), None)
            if k is None:
                break
            j = k - 1     # "(EBRD)": the short name of the side before it
            continue
        hit = mention_at(doc, toks[j]) or announcer_of(doc, sent, j)      # "X announced that it has signed"
        if hit is None or hit[1].type not in ("ORG", "GPE", "PER"):
            break
        m, e = hit
        if e not in out:
            out.insert(0, e)
        j = next((k for k in range(j, -1, -1) if toks[k].start < m.start), -1)
        # 'the Emirati company "X"', "the Chinese company CRCC", "Saudi Arabia's X": the description before the name
        # "Chinese metals producer X", "Kazakhstan's sovereign wealth fund Y": lowercase nouns and
        # adjectives of a description, up to a few words, stand before a name as well
        said = 0
        while j >= 0 and (toks[j].text in QUOTES or toks[j].text.islower() and fold(toks[j].text) in describing
                          or gaz.cue(toks[j].text) and mention_at(doc, toks[j]) is None
                          or said < MAX_DESCRIPTION and _describing_word(toks[j])):
            said += _describing_word(toks[j])
            j -= 1
        if j >= 1 and toks[j].text in ("'s", "’s") and mention_at(doc, toks[j - 1]) is not None \
                and mention_at(doc, toks[j - 1])[1].type == "GPE":
            m = mention_at(doc, toks[j - 1])[0]
            j = next((k for k in range(j - 1, -1, -1) if toks[k].start < m.start), -1)
        if j >= 1 and fold(toks[j].text) == "and":
            j -= 1
            continue
        break
    return out
