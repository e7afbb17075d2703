"""Organisation names the body-word rule misses: a run of capitalised words ending in a word of
trade ("ESTA Construction", "Fujian Hengwang Investment", "Tai Energy"; lang/en/company_heads.txt),
a legal form after a comma joined to its company ("X Cement Co., Ltd"), and a state's own bodies
with no body word in their names ("the Jogorku Kenesh"; lang/en/national_bodies.tsv).
"""
from __future__ import annotations

import re
from functools import cache

from ...doc import Doc, Span, Token
from ...lang import folded, lexicon
from ...nlp.match import PhraseMatcher, fold, is_abbr
from ..context import token_index
from .agency_names import agency_names
from .legal_names import form_first_names
from .company_tails import ampersand_tail, head_follows
from .firm_appositions import SKIP_POS, described_firms, placed_firms, possessed_firms
from .name_checks import field_of_office, government_field
from .lexicons import CORPORATE, common_words, given_names, in_titles, is_cap, taken_span, written_span

LEGAL_FORMS = {"ltd", "llc", "inc", "plc", "jsc", "llp", "gmbh", "ag"}
ADJACENT_FORMS = {"co", "corp", "asa", "zrt", "nyrt", "kft", "oyj"}     # right after the name, no comma: "Engineering Co."


def company_heads() -> frozenset[str]:
    return folded("en", "company_heads.txt")


def and_joined(toks: list[Token], a: int, head: int, taken: list[bool]) -> bool:
    """Does "and" before token a join two words of one company's name ("China Road and Bridge
    Corporation", "Kazakh Oil and Gas Company"): a common word before it, one word not naming a
    state after it, then the head (lang/en/firm_heads.txt)? "Erdene Copper Trade and Kazakh
    Smelting Group" are two."""
    from ...nlp.english import vocabulary
    from ..gazetteer import gazetteer
    if a < 2 or a != head - 1 or fold(toks[a - 1].text) not in ("and", "&") \
            or fold(toks[head].text) not in folded("en", "firm_heads.txt"):
        return False
    w = toks[a - 2]
    return is_cap(w) and not taken[a - 2] and not in_titles(w) and not gazetteer("en").cue(toks[a].text) \
        and (fold(w.text) in vocabulary() or fold(w.text) in company_heads())


def company_spans(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = form_first_names(doc, toks, taken)       # "JSC National Electric Grid of Uzbekistan"
    k = 0
    while k < len(toks):
        if taken[k] or not is_cap(toks[k]) or toks[k].pos in SKIP_POS or in_titles(toks[k]):
            k += 1
            continue
        j = k
        while j < len(toks) and not taken[j] and is_cap(toks[j]) and not in_titles(toks[j]) \
                and (fold(toks[j].text) not in company_heads() or head_follows(toks, taken, j)):
            j += 1
        # "Uzbek Energy Minister": a field before a public office, not a company
        office = j + 1 < len(toks) and in_titles(toks[j + 1]) and fold(toks[j + 1].text) not in CORPORATE
        if j < len(toks) and not taken[j] and fold(toks[j].text) in company_heads() and j > k and not office \
                and is_cap(toks[j]) \
                and (k > 0 or is_abbr(toks[k].text) or j - k >= 2 or _opens_sentence(toks, j)) \
                and fold(toks[k].text) not in given_names():
            j = ampersand_tail(toks, taken, j)     # "Hyundai Engineering & Construction"
            if k > 1 and fold(toks[k - 1].text) in ("and", "&") and field_of_office(toks, k, toks[k:j + 1], taken):
                taken[k:j + 1] = [True] * (j + 1 - k)      # "Minister of Energy and Water Resources": its field, no firm
            elif not government_field(toks, k):     # "Minister of Water Resources and Irrigation": a field, left free
                out.append(taken_span(doc, toks, taken, k, j + 1, type="ORG", source="company", country=firm_state(toks, k)))
            k = j + 1
            continue
        k = max(j, k + 1)
    return out + _quoted_after_form(doc, toks, taken) + _named_before_noun(doc, toks, taken) \
        + _national_bodies(doc, toks, taken) + _venture_members(doc, toks, taken) + _camel_names(doc, toks, taken) \
        + agency_names(doc, toks, taken) + described_firms(doc, toks, taken) \
        + possessed_firms(doc, toks, taken) + placed_firms(doc, toks, taken)


def _opens_sentence(toks: list[Token], j: int) -> bool:
    """"Hualin Power announced plans": a name of two words opening the sentence, its first a proper
    noun that is no common word, state or people ("Uzbek Energy"), and a verb right after it."""
    from ..gazetteer import gazetteer
    first = toks[0]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return j == 1 and first.pos == "PROPN" and first.text.isalpha() and fold(first.text) not in common_words() \
        and not gazetteer("en").cue(first.text) and not gazetteer("en").names.match_at([first], 0) \
        and nxt is not None and (nxt.pos in ("VERB", "AUX") or nxt.text in ("'s", "’s")
                                 or fold(nxt.text).rstrip(".") in ADJACENT_FORMS)      # "Nordvind Energy ASA today announced"


QUOTE_OPEN, QUOTE_CLOSE = {'"', "“", "«"}, {'"', "”", "»"}
INTRODUCING = {"company", "companies", "firm", "corporation", "group", "holding", "bank"}


def _quoted_after_form(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """'JSC "Uzbekistan Railways"', 'the company "Green Steppe"': the quoted name after a legal
    form or a word for a firm is the organisation (the legal form alone is none)."""
    out = []
    for k in range(len(toks) - 2):
        w = fold(toks[k].text).rstrip(".")
        if toks[k + 1].text not in QUOTE_OPEN or not (w in LEGAL_FORMS | {"ojsc", "cjsc", "pjsc"} or w in INTRODUCING):
            continue
        close = next((j for j in range(k + 2, min(len(toks), k + 9)) if toks[j].text in QUOTE_CLOSE), None)
        form = w not in INTRODUCING     # a legal form is part of the name as written, which it holds
        if close is None or close == k + 2 or not is_cap(toks[k + 2]) or all(taken[k + 2:close]) and not form:
            continue
        for n in range(k if form else k + 2, close):
            taken[n] = True
        s = doc.span(toks[k if form else k + 2].start, toks[close - 1].end, type="ORG", source="company",
                     country=firm_state(toks, k))
        s.normal = doc.text[toks[k + 2].start:toks[close - 1].end]
        out.append(s)
    return out


CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
NAME_PREFIXES = {"mc", "mac", "de", "da", "di", "du", "la", "le", "van", "von", "o"}


def _camel_names(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """"a plant by KazAgroMash", "KazMunayGas said": one word of joined capitalised parts is the
    name of a firm (a surname's prefix, "McAllister", "DeLuca", is not such a part)."""
    out = []
    for n, t in enumerate(toks):
        if taken[n] or not CAMEL.fullmatch(t.text):
            continue
        parts = re.findall(r"[A-Z][a-z]+", t.text)
        if fold(parts[0]) in NAME_PREFIXES or _names_place(parts):
            continue      # two words run together, a place and a name: no firm
        taken[n] = True
        out.append(written_span(doc, t.start, t.end, type="ORG", source="company"))
    return out


FIRM_NOUNS = {"company", "corporation", "concern", "firm", "holding"}


def firm_state(toks: list[Token], k: int) -> str | None:
    """"Chinese company Hua Lin Energy", "the Turkish investor Anadolu Yapi": the state of the firm
    named at token k, from the adjective before its noun."""
    from ..gazetteer import gazetteer
    if k >= 2 and toks[k - 1].text in ("'s", "’s"):
        from .firm_appositions import state_before
        return state_before(toks, k - 1)      # "China's Jiangxi Copper Co."
    if k < 2 or not toks[k - 1].text.islower() or fold(toks[k - 1].text) not in FIRM_NOUNS | {"investor", "group"}:
        return None
    return gazetteer("en").cue(toks[k - 2].text)


def _named_before_noun(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """"has begun with the Qazcement company": capitalised words before a lowercase noun of a firm
    are its name (a state's adjective alone is not: "Chinese company")."""
    from ..gazetteer import gazetteer
    out = []
    for n, t in enumerate(toks):
        if n == 0 or fold(t.text) not in FIRM_NOUNS or not t.text.islower():
            continue
        if n + 1 < len(toks) and is_cap(toks[n + 1]) and not in_titles(toks[n + 1]):
            continue      # "the Korean company Seongwon Construction": the name follows the noun
        k = n
        while k > 0 and not taken[k - 1] and is_cap(toks[k - 1]) and not in_titles(toks[k - 1]) \
                and toks[k - 1].pos not in SKIP_POS and not gazetteer("en").cue(toks[k - 1].text):
            k -= 1
        if k == n or k == 0 or fold(toks[k].text) in given_names() or fold(toks[k - 1].text) not in ("the", "a"):
            continue      # only "the X company", where the article itself says X is a firm
        out.append(taken_span(doc, toks, taken, k, n, type="ORG", source="company"))
    return out


def _names_place(parts: list[str]) -> bool:
    from ..gazetteer import gazetteer
    places = gazetteer("en")
    return any(places.cue(p) or places.names.match_at([Token(0, len(p), p, fold(p), "PROPN")], 0)
               for p in parts if len(p) > 3)


def legal_form_after(doc: Doc, toks: list[Token], taken: list[bool], spans: list[Span]) -> list[Span]:
    """"Gezhouba Group Cement Co., Ltd. Li Ming", "China National Chemical Engineering Co.": a legal
    form written after the company, not yet read as one, belongs to it (and is no first word of the
    name that follows)."""
    out = []
    for s in spans:
        k = token_index(toks, s.end, len(toks))
        j = k
        while j < len(toks) and toks[j].text in (".", ","):
            j += 1
        form = fold(toks[j].text).rstrip(".") if j < len(toks) and not taken[j] else ""
        if form in LEGAL_FORMS and j > k or form in ADJACENT_FORMS and j == k:
            taken[j] = True
            out.append(written_span(doc, s.start, toks[j].end, type="ORG", source=s.source, country=s.country))
        else:
            out.append(s)
    return out


def join_legal_forms(doc: Doc, spans: list[Span]) -> list[Span]:
    """"China Gezhouba Group Cement Co., Ltd": the legal form after the comma is the company's;
    a shorter name found inside a longer one is dropped."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    # "China Gezhouba Group" inside "China Gezhouba Group Cement Co": one company, the longer name
    spans = [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)]
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and s.type == "ORG" and fold(s.text).strip(".") in LEGAL_FORMS \
                and doc.text[prev.end:s.start].strip() in (",", ".,"):
            out[-1] = written_span(doc, prev.start, s.end, type="ORG", source=prev.source, country=prev.country)
            continue
        out.append(s)
    return out


@cache
def _local_bodies() -> tuple[list[str], ...]:
    return tuple(sorted((r[0].split() for r in lexicon("en", "local_bodies.txt")), key=len, reverse=True))


def local_bodies(doc: Doc, toks: list[Token], places: list[Span]) -> list[Span]:
    """"the Samarkand regional administration", "the Almaty city akimat": a place's own body
    (lang/en/local_bodies.txt) written after its name is an organisation of the place's state."""
    out = []
    for p in places:
        if p.type != "LOC":
            continue
        k = token_index(toks, p.end, len(toks))
        words_ = [t.text for t in toks[k:k + 3]]
        hit = next((w for w in _local_bodies() if words_[:len(w)] == w), None)
        if hit is not None:
            out.append(written_span(doc, p.start, toks[k + len(hit) - 1].end,
                                    type="ORG", source="company", country=p.country))
    return out


@cache
def _national_matcher():
    from ...nlp.match import PhraseMatcher
    from .lexicons import national_bodies
    return PhraseMatcher("en").add_all((name, code) for name, code in national_bodies().items())


def _national_bodies(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = []
    for m in _national_matcher().finditer(toks):
        if any(taken[m.start:m.end]) or not is_cap(toks[m.start]):
            continue
        out.append(taken_span(doc, toks, taken, m.start, m.end, type="ORG", source="company", country=m.value))
    return out


@cache
def _ventures():
    return PhraseMatcher("en").add_all((r[0], r[0]) for r in lexicon("en", "ventures.txt"))


def _venture_members(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """"a joint venture of Azerlink and QazNet": the names after "of"/"between" are its members,
    firms whose names need no word of trade."""
    from ..gazetteer import gazetteer
    out = []
    for m in _ventures().finditer(toks):
        k = m.end + 1
        if k >= len(toks) or fold(toks[m.end].text) not in ("of", "between"):
            continue
        while k < len(toks):
            j = k
            while j < len(toks) and not taken[j] and is_cap(toks[j]) and not in_titles(toks[j]):
                j += 1
            if j == k or fold(toks[k].text) in given_names() or gazetteer("en").cue(toks[k].text):
                break         # "a consortium of Kyrgyz and Uzbek companies": states' adjectives, no names
            out.append(taken_span(doc, toks, taken, k, j, type="ORG", source="company", country=firm_state(toks, k)))
            if j + 1 >= len(toks) or toks[j].text not in (",", "and"):
                break
            k = j + 2 if toks[j].text == "," and fold(toks[j + 1].text) == "and" else j + 1
    return out


def named_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Saudi company Najm Renewables" and later "Najm Renewables is building": a firm's name,
    once set off by its noun, is the firm wherever the article writes it again on its own."""
    out: list[Span] = []
    firms = [s for s in spans if s.type == "ORG" and s.source == "apposition" and " " in s.text]
    for o in spans:       # "the Ministry of Energy and Najm Renewables signed": two sides, not one body
        tail = next((" and " + f.text for f in firms if o.type == "ORG" and o.text.endswith(" and " + f.text)), "")
        if tail and len(o.text) > len(tail):
            o.end, o.text = o.end - len(tail), o.text[:-len(tail)]
            o.normal = o.normal[:-len(tail)] if o.normal.endswith(tail) else o.normal
    taken = [(s.start, s.end) for s in spans]
    for s in firms:
        at = doc.text.find(s.text)
        while at >= 0:
            end = at + len(s.text)
            alone = not doc.text[end:end + 1].isalnum() and not doc.text[at - 1:at].isalnum()
            if alone and not any(a < end and at < b for a, b in taken):
                out.append(doc.span(at, end, type="ORG", source="apposition", country=s.country, normal=s.normal))
                taken.append((at, end))
            at = doc.text.find(s.text, end)
    return out

