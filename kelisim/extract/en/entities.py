"""English entity spans by rule: states and places from the gazetteer, organisations by their
head words (lang/en/bodies.tsv), persons as capitalised sequences that follow a title or an
honorific, start with a known given name (lang/en/given_names.tsv), or repeat the surname of
a person already found. Every span carries its canonical name in `normal` (no morphology).
"""
from __future__ import annotations

import re

from dataclasses import replace

from ...doc import Doc, Span, Token
from ...lang import words
from ...nlp.match import fold, is_abbr, lexicon_matcher
from ..gazetteer import Place, gazetteer
from .companies import (and_joined, company_spans, firm_state, join_legal_forms, legal_form_after,
                        local_bodies, named_again)
from .name_starts import (after_honorific, after_state, caps_surname, field_list, firm_after_and, given_inside, month_given,
                          name_token, particles_then_name, person_start, surname_first)
from .place_names import named_places
from .firm_appositions import paired_firms
from .firm_refs import short_forms
from .state_firms import built_by, state_firms
from .name_checks import after_title, apposed, before_who, in_titled_list, not_a_name
from .lexicons import (CORPORATE, PARTICLES, bodies, given_names, honorifics, in_titles, initial_of, is_cap, looks_like_surname,
                       name_tail, nasab, national_bodies, titles, written_span)

def _span(doc: Doc, toks: list[Token], **kw) -> Span:
    return doc.span(toks[0].start, toks[-1].end, **kw)


class EnglishEntitySpans:
    def __call__(self, doc: Doc) -> Doc:
        out: list[Span] = []
        candidates: list[tuple[list[Token], int, bool]] = []     # (name tokens, sentence no, sure)
        for n, sent in enumerate(doc.sents):
            toks = sent.tokens
            taken = [False] * len(toks)
            places = self._places(doc, toks, taken)
            orgs = self._orgs(doc, toks, taken, places) + company_spans(doc, toks, taken) + local_bodies(doc, toks, places)
            orgs += paired_firms(doc, toks, taken, orgs)       # "Kazakhtelecom and Vietnam's Viettel signed"
            orgs = join_legal_forms(doc, legal_form_after(doc, toks, taken, state_firms(doc, toks, taken, places, orgs)))
            out.extend(orgs)
            out.extend(p for p in places if not any(o.start <= p.start and p.end <= o.end for o in orgs))
            out.extend(self._acronyms(doc, toks, taken))
            out.extend(self._named_after_noun(doc, toks, taken))
            candidates.extend(self._name_candidates(doc, toks, taken, n))
        persons = self._persons(doc, candidates)
        out.extend(persons + built_by(doc, candidates, persons))
        out.extend(named_again(doc, out))
        short_forms(doc, out)
        doc.spans = sorted(out, key=lambda s: (s.start, -s.end))
        return doc

    # ------------------------------------------------------------------ places
    def _places(self, doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
        gaz = gazetteer("en")
        hits = list(gaz.find(toks))
        # "BEIJING. KAZINFORM": a dateline writes the city in capitals
        caps = [replace(t, text=t.text.title()) if t.text.isupper() and len(t.text) > 3 else t for t in toks]
        hits += [m for m in gaz.find(caps) if any(caps[k] is not toks[k] for k in range(m.start, m.end))
                 and m.value.kind not in ("abbr", "bloc") and not any(h.start <= m.start < h.end for h in hits)]
        out = []
        for m in sorted(hits, key=lambda m: m.start):
            p: Place = m.value
            for k in range(m.start, m.end):
                taken[k] = True
            out.append(_span(doc, toks[m.start:m.end], type=p.type, normal=p.name, source="gazetteer",
                             country=p.country, data={"key": p.key, "kind": p.kind, "members": p.members}))
        return out + named_places(doc, toks, taken)

    # ------------------------------------------------------------ organisations
    def _orgs(self, doc: Doc, toks: list[Token], taken: list[bool], places: list[Span]) -> list[Span]:
        out = []
        gaz = gazetteer("en")
        for m in bodies().finditer(toks):
            a, b = m.start, m.end
            if not is_cap(toks[a]) or taken[a] or (d := lexicon_matcher("en", "agreements.tsv").match_at(toks, a)) \
                    and d.end - d.start > 1:
                continue      # "the Exchange of Notes": a document's name, not a body's
            if not any(x.text[:1].isalnum() for x in toks[:a]) and b - a == 1 and not (b < len(toks) and fold(toks[b].text) == "of"):
                continue      # "Company officials said", "- Funds to finance": a capital at the start says nothing
            # left: capitalised modifiers ("Queen's University", "Kazakh National University", "UK Parliament")
            while a > 0:
                prev = toks[a - 1]
                if prev.text in ("'s", "’s") and a > 1 and is_cap(toks[a - 2]) and not taken[a - 2] \
                        and not in_titles(toks[a - 2]) or and_joined(toks, a, m.end - 1, taken):
                    a -= 2        # "Queen's University", "China Road and Bridge Corporation"
                elif (is_cap(prev) or "-" in prev.text and any(c.isupper() for c in prev.text)) \
                        and not titles().match_at([prev], 0) and prev.pos != "DET" \
                        and not (a - 1 == 0 and prev.pos in ("ADP", "SCONJ", "ADV")):
                    a -= 1
                else:
                    break
            # right: more heads, places ("Queen's University Belfast") and "of"-complements
            while b < len(toks):
                t = toks[b]
                if taken[b] and is_cap(t) and any(p.start == t.start and p.data.get("kind") not in ("bloc",)
                                                  for p in places) and b > 0 and is_cap(toks[b - 1]):
                    b = next(k for k in range(b, len(toks) + 1)
                             if k == len(toks) or not taken[k] or not any(p.start <= toks[k].start < p.end
                                                                          for p in places))
                    continue
                if is_cap(t) and bodies().match_at(toks, b):
                    b = bodies().match_at(toks, b).end
                    continue
                # "Bank of X and Y", "Organization for Metals and Energy Security": after an "of" or a
                # "for" complement, "and" joins the field's words
                joins = ("of", "for", "and", "&") if any(fold(x.text) in ("of", "for") for x in toks[a:b]) else ("of", "for")
                if t.text == "," and "and" in joins and (end := field_list(toks, b, taken)) is not None:
                    b = end       # "Ministry of Investment, Industry and Trade": the field's words listed
                    continue
                if fold(t.text) in joins and b + 1 < len(toks):
                    k = b + 1
                    if fold(t.text) in ("and", "&") and (taken[k] or fold(toks[k].text) == "the" or firm_after_and(
                            toks, k) or any(bodies().match_at(toks, x) for x in range(k, min(len(toks), k + 4))
                                            if is_cap(toks[x]))):
                        break         # "the Ministry of Economy and the Russian Export Center": two bodies
                    if fold(toks[k].text) == "the" and k + 1 < len(toks):
                        k += 1
                    if is_cap(toks[k]) and not person_start(toks, k):
                        k2 = k
                        while k2 < len(toks) and (is_cap(toks[k2]) or toks[k2].text == "-") \
                                and not person_start(toks, k2) and not after_state(toks, k, k2, places):
                            k2 += 1
                        if k2 > k:
                            b = k2
                            continue
                break
            span_toks = toks[a:b]
            country = None
            for p in places:
                if span_toks[0].start <= p.start and p.end <= span_toks[-1].end and p.type == "GPE":
                    country = country or p.country
            if country is None:
                cues = [c for t in span_toks for c in gaz.cues_in(t.text)]
                country = cues[0] if len(set(cues)) == 1 else national_bodies().get(fold(doc.text[
                    span_toks[0].start:span_toks[-1].end]).removeprefix("the "))
            for k in range(a, b):
                taken[k] = True
            out.append(written_span(doc, span_toks[0].start, span_toks[-1].end,
                                    type="ORG", source="body", country=country))
        return out

    def _acronyms(self, doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
        """"BP chief executive", "KEGOC's CEO", "Chinese company CNPC": a company known by its
        letters, before an office or after a word for a company."""
        out = []
        for k, t in enumerate(toks[:-1]):
            if taken[k] or not is_abbr(t.text) or len(t.text) > 8 or k == 0 and toks[1].text in (".", ",", "-", "--"):
                continue
            n = k + 2 if toks[k + 1].text in ("'s", "’s") and k + 2 < len(toks) else k + 1
            office = titles().match_at(toks, n) is not None and (toks[n].text.islower() or toks[n].text == "CEO")
            after_noun = k > 0 and toks[k - 1].text.islower() and bodies().match_at([toks[k - 1]], 0) is not None
            if office or after_noun:
                taken[k] = True
                out.append(_span(doc, [t], type="ORG", source="acronym", normal=t.text))
        return out

    def _named_after_noun(self, doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
        """"German company Svevind Energy", "the operator Kazakhstan Temir Zholy", "state-owned
        Ohangaron Mis": a capitalised name right after a lowercase organisation word, or a word of a
        firm's ownership (lang/en/firm_owned.txt), is that organisation's name."""
        out = []
        for k in range(len(toks) - 1):
            t = toks[k]
            if not (t.text.islower() and (bodies().match_at([t], 0) or fold(t.text) in words("en", "firm_owned.txt"))) \
                    or taken[k + 1] or not is_cap(toks[k + 1]):
                continue
            j = k + 1
            while j < len(toks) and not taken[j] and (is_cap(toks[j]) or toks[j].text == "-" and j + 1 < len(toks)
                                                      and is_cap(toks[j + 1])) and not in_titles(toks[j]):
                j += 1
            if j == k + 1 or person_start(toks, k + 1):
                continue
            if k > 0 and is_cap(toks[k - 1]) and not gazetteer("en").cue(toks[k - 1].text) \
                    and titles().match_at(toks, k - 1) is None:
                continue      # "at Steppe Grain company Yerlan Dauletov": the name came before the noun
            for n in range(k + 1, j):
                taken[n] = True
            out.append(_span(doc, toks[k + 1:j], type="ORG", source="apposition", country=firm_state(toks, k + 1),
                             normal=doc.text[toks[k + 1].start:toks[j - 1].end]))
        return out

    # ------------------------------------------------------------------ persons
    def _name_candidates(self, doc: Doc, toks: list[Token], taken: list[bool], n: int):
        """Capitalised runs not taken by places or organisations, and whether a title or a
        known given name makes them surely a person's name."""
        out = []
        i = 0
        while i < len(toks):
            if taken[i] or not (name_token(toks[i]) or caps_surname(toks, i) or month_given(toks, i)
                                or "-" in toks[i].text and particles_then_name(toks, i)):    # '"...," al-Kaabi said'
                i += 1
                continue
            j = i + 1
            while j < len(toks) and not taken[j] and (name_token(toks[j]) or particles_then_name(toks, j)
                                                      or given_inside(toks, i, j)):
                j += 1
            run = toks[i:j]
            honored = False
            while run and run[0].text[:1].isupper() and honorifics().match_at(run, 0):
                run = run[honorifics().match_at(run, 0).end:]
                honored = True
            if len(run) >= 3 and i > 0 and (fold(toks[i - 1].text) in ("of", "for") or _field_and(toks, i)):
                # "Minister of Energy Almasadam Satkaliyev": the office's field, then the name
                # (also its last field: "Minister of Economy and Finance Ilkhom Norkulov")
                known = next((k for k, t in enumerate(run) if fold(t.text) in given_names()), None)
                run = run[known:] if known is not None else run[-2:]
            elif len(run) >= 3 and fold(run[0].text) not in given_names() and fold(run[1].text) not in PARTICLES:
                # "World Champion Sanjar Tashkenbay": words of a rank before a given name and a surname
                known = next((k for k, t in enumerate(run[1:-1], 1) if fold(t.text) in given_names()), None)
                run = run[known:] if known is not None else run
            if run and not_a_name(doc, toks, toks.index(run[0]), run, taken):
                out.append((run, n, None))
            elif run and j < len(toks) and titles().match_at(toks, j) and toks[j].text[:1].isupper() \
                    and not (len(run) >= 2 and fold(run[0].text) in given_names()):     # "Leo Docherty MP"
                # "Energy Minister", "Microsoft President": a field or a body before an office, no name
                out.append((run, n, None))
            elif run:
                out.append((run, n, honored or after_title(toks, i) or after_honorific(toks, i) or apposed(toks, j, run)
                             or in_titled_list(toks, i, taken) or before_who(toks, j, run)))
            i = j
        return out

    def _persons(self, doc: Doc, candidates) -> list[Span]:
        names = given_names()
        sure: list[list[Token]] = []
        for run, n, titled in candidates:
            first = names.get(fold(run[0].text))
            if titled is None:
                continue      # before an office: never a person's name
            if titled or len(run) >= 2 and first is not None or nasab(run) \
                    or len(run) == 2 and re.fullmatch(r"[A-Z]\.", run[0].text) and run[1].text[1:].islower():
                sure.append(run)      # "E. Rahmon": an initial before a name word
            elif len(run) in (1, 2) and looks_like_surname(run[-1].text):
                sure.append(run)      # "Tokayev said", "Almasadam Satkaliyev": a surname by its ending
        surnames = {fold(r[-1].text) for r in sure if len(r) >= 2} | \
                   {fold(r[0].text) for r in sure if len(r) == 2 and surname_first(r)}
        full = {}
        for r in sure:
            if len(r) >= 2 and not all(fold(t.text) in PARTICLES for t in r[:-1]):   # "Dr Al Mazrouei": a full name again
                key = fold(r[0].text) if surname_first(r) else fold(r[-1].text)
                full.setdefault(key, set()).add(" ".join(t.text for t in r))
        # '"...," Ruslan told Xinhua': a person named in full is named again by the given name alone
        given: dict[str, set[str]] = {}
        for r in sure:
            if len(r) >= 2 and (names.get(fold(r[0].text), ("", ""))[1] not in ("", "surname") or nasab(r)) \
                    and not surname_first(r):      # "Sheikh Hamad" after "Hamad bin Khalifa Al Nahyan"
                given.setdefault(fold(r[0].text), set()).add(" ".join(t.text for t in r))
        out = []
        sure_starts = {r[0].start for r in sure}
        for run, n, titled in candidates:
            if run in sure:
                continue
            # "Microsoft President Brad Smith": a name before an office held by a person is a body's
            toks = doc.sents[n].tokens
            k = toks.index(run[-1]) + 1
            m = titles().match_at(toks, k) if k < len(toks) else None
            if m and m.end < len(toks) and toks[m.end].start in sure_starts and not gazetteer("en").cue(run[0].text) \
                    and fold(toks[m.end - 1].text) in CORPORATE:
                out.append(_span(doc, run, type="ORG", source="before_title", normal=" ".join(t.text for t in run)))
        for run, n, titled in candidates:
            if titled is None:
                continue
            name = " ".join(t.text for t in run)         # "Ramli bin Osman thanked": a full name written again
            initialled = initial_of(run, full.get(fold(run[-1].text), ()))      # "P. Szijjarto"
            if run in sure or (len(run) == 1 and fold(run[0].text) in surnames) or name in full.get(fold(run[-1].text), ()) or (
                    len(run) > 1 and fold(run[-1].text) in surnames and name_tail(run)) or initialled:
                key = fold(run[-1].text) if len(run) > 1 else fold(name)
                if initialled:
                    name = initialled
                elif nasab(run) and len(longer := {f for fs in full.values() for f in fs if f.startswith(name + " ")}) == 1:
                    name = next(iter(longer))        # "Hamad bin Khalifa" is "Hamad bin Khalifa Al Nahyan"
                elif len(full.get(key, ())) == 1 and (len(run) == 1 or name.lower() in next(iter(full[key])).lower()):
                    name = next(iter(full[key]))     # "Xi" is "Xi Jinping", "Von der Leyen" is "Ursula von der Leyen"
                elif len(run) == 1 and len(longest(given.get(key, ()))) == 1:
                    name = next(iter(longest(given[key])))    # "Sheikh Hamad" is "Hamad bin Khalifa Al Nahyan"
                out.append(_span(doc, run, type="PER", source="rule", normal=name))
            elif len(run) == 1 and len(given.get(fold(run[0].text), ())) == 1 and fold(run[0].text) not in surnames:
                out.append(_span(doc, run, type="PER", source="rule", normal=next(iter(given[fold(run[0].text)]))))
        return out


def longest(names: set[str]) -> set[str]:
    """The names no other of the set goes on from ("Hamad bin Khalifa" goes on in "... Al Nahyan")."""
    return {n for n in names if not any(o.startswith(n + " ") for o in names)}


def _field_and(toks: list[Token], i: int) -> bool:
    """"of Economy and Finance ...": "and" before token i ends a title's "of" complement of
    capitalised fields, so the words from i go on with a field before the name."""
    if fold(toks[i - 1].text) != "and":
        return False
    for k in range(i - 2, max(-1, i - 7), -1):
        if fold(toks[k].text) == "of":
            return k < i - 2
        if not (is_cap(toks[k]) or toks[k].text == ","):
            return False
    return False
