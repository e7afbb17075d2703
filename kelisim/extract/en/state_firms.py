"""Companies whose names open with their state or their city: "Korea Zinc", "Uzbekistan Airways", "China
National Chemical Engineering Co.", "Almalyk MMC". A state followed at once by capitalised words that are no place, month
or person's name and end in a word of trade or a legal form (lang/en/company_heads.txt, firm_heads.txt),
or that follow an office only firms have ("the chairman of Korea Zinc"), are a firm's name, and the
state is the firm's `country`; "Foreign Minister of Latvia Baiba Braze" names a
person after the state.
Headlines are left out: written in Title Case ("Kazakhstan Hosts Forum") they would all qualify.
"""
from __future__ import annotations

from ...doc import Doc, Span, Token
from ...lang import folded
from ...nlp.match import fold
from ..context import headline_end, token_index
from .companies import ADJACENT_FORMS, LEGAL_FORMS, company_heads
from .lexicons import calendar_words, given_names, is_cap, looks_like_surname
from .name_starts import person_start

FIRM_OFFICES = {"chairman", "chairwoman", "ceo", "founder", "owner", "shareholders"}   # "the chairman of Korea Zinc"
NOT_IN_NAME = ("VERB", "AUX", "ADP", "DET")
BUILT = {"built", "constructed", "developed", "operated", "implemented"}


def _firm_word(toks: list[Token], k: int, taken: list[bool]) -> bool:
    t = toks[k]
    return not taken[k] and is_cap(t) and not person_start(toks, k) \
        and fold(t.text).rstrip(".") not in calendar_words() and t.pos not in NOT_IN_NAME


def state_firms(doc: Doc, toks: list[Token], taken: list[bool], places: list[Span], orgs: list[Span]) -> list[Span]:
    """`orgs` with the firm names that start with a state named in `places` (their tokens marked
    `taken`); an organisation found already right after the state and capitalised words
    ("China National" + "Chemical Engineering Co.") is the rest of the firm's name."""
    out = list(orgs)
    if not toks or toks[0].start < headline_end(doc):
        return out
    for p in places:
        if p.type not in ("GPE", "LOC"):
            continue      # a city or a region opens a firm's name too: "Shanghai Huayi Chemical", "Almalyk MMC"
        j = token_index(toks, p.end)
        if j is None or toks[j].start != p.end + 1:
            continue
        k = j
        while k < len(toks) and not taken[k] and is_cap(toks[k]) and toks[k].pos not in NOT_IN_NAME:
            k += 1
        rest = next((o for o in out if k > j and k < len(toks) and o.start == toks[k].start), None) or next(
            (o for o in out if k == j and o.start == toks[j].start and o.source == "company"
             and fold(o.text.split()[-1]) in company_heads()), None)      # "Shanghai" + "Huayi Chemical"
        if rest is not None:
            out[out.index(rest)] = Span(p.start, rest.end, doc.text[p.start:rest.end], type="ORG", source="state_firm",
                                        country=p.country, normal=doc.text[p.start:rest.end])
            continue
        b = j
        while b < len(toks) and _firm_word(toks, b, taken):
            b += 1
        if b == j:
            # "Kazakhstan Temir Zholy": a word that is also a given name ("Temir") opens the firm's
            # name when a word of trade ends it
            b = k
            if not (b - j in (2, 3) and fold(toks[b - 1].text) in company_heads()):
                continue
        first = next(k for k, t in enumerate(toks) if t.start >= p.start)
        by_firm_office = first >= 2 and fold(toks[first - 1].text) == "of" and fold(toks[first - 2].text) in FIRM_OFFICES
        if not by_firm_office and fold(toks[b - 1].text).rstrip(".") not in \
                company_heads() | folded("en", "firm_heads.txt") | LEGAL_FORMS | ADJACENT_FORMS:
            continue
        for k in range(first, b):
            taken[k] = True
        out.append(Span(p.start, toks[b - 1].end, doc.text[p.start:toks[b - 1].end], type="ORG",
                        source="state_firm", country=p.country, normal=doc.text[p.start:toks[b - 1].end]))
    return out + _ending_in_state(doc, toks, taken, places)


def _ending_in_state(doc: Doc, toks: list[Token], taken: list[bool], places: list[Span]) -> list[Span]:
    """"fertilizer company Pupuk Indonesia will build", "the airline Garuda Indonesia": after a word
    for a firm, capitalised words that end in a state's name are the firm's name."""
    from .lexicons import bodies
    out = []
    for p in places:
        j, end = token_index(toks, p.start), token_index(toks, p.end)
        if p.type != "GPE" or j is None or j < 2 or end is None or end == j \
                or end < len(toks) and is_cap(toks[end]) and toks[end].pos not in NOT_IN_NAME:
            continue
        k = j
        while k > 0 and _firm_word(toks, k - 1, taken):
            k -= 1
        noun = toks[k - 1] if k > 0 else None
        if k == j or noun is None or not noun.text.islower() or not (
                bodies().match_at([noun], 0) or fold(noun.text) in folded("en", "firm_owned.txt")):
            continue
        for n in range(k, end):
            taken[n] = True
        out.append(Span(toks[k].start, p.end, doc.text[toks[k].start:p.end], type="ORG", source="state_firm",
                        country=p.country, normal=doc.text[toks[k].start:p.end]))
    return out


def built_by(doc: Doc, candidates, persons: list[Span]) -> list[Span]:
    """Capitalised words no title or given name makes a person's after "built by" ("which is being
    built by Altai Polymetal") are a firm. (A state's firm, "China's PowerChina", is read by
    firm_appositions.possessed_firms.)"""
    out = []
    for run, n, titled in candidates:
        toks = doc.sents[n].tokens
        i = toks.index(run[0])
        # one word too, unless a surname's ending or a given name says it is a person's ("by Uzbekhydroenergo")
        if (len(run) >= 2 or not looks_like_surname(run[0].text) and fold(run[0].text) not in given_names()) \
                and titled is False and i >= 2 and fold(toks[i - 1].text) == "by" \
                and fold(toks[i - 2].text) in BUILT and not any(p.start <= run[0].start < p.end for p in persons):
            out.append(doc.span(run[0].start, run[-1].end, type="ORG", source="builder",
                                normal=" ".join(t.text for t in run)))
    return out
