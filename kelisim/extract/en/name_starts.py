"""Where an English person's name starts and ends: a name word, a given name followed by a
capital, an Arabic "Al"/"bin" name, particles before a name ("von der Leyen"), a word of office
that is also a given name, a name after an honorific, and the end of an "of"-complement at the
state it names."""
from __future__ import annotations

from ...doc import Span, Token
from ...lang import folded
from ...nlp.match import fold
from ..gazetteer import gazetteer
from .lexicons import (PARTICLES, bodies, calendar_words, given_names, honorifics, in_titles, is_cap,
                       patronymic)


def name_token(tok: Token) -> bool:
    """Could this token be part of a person's name?"""
    t = tok.text
    if not is_cap(tok) or not any(c.islower() for c in t) and len(t.rstrip(".")) > 1:
        return False        # "KAZINFORM", "UK": a name is not written in capitals (an initial is: "S Jaishankar")
    if tok.pos in ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV") and fold(t) != "i":
        return False
    return fold(t).rstrip(".") not in calendar_words() and not in_titles(tok) and not gazetteer("en").cue(t)


def month_given(toks: list[Token], i: int) -> bool:
    """"Jan de Vries", "Jan Novak": a month's short name that is also a given name, written without
    a dot before a name word (or particles and one), starts a person's name, not a date ("Jan 5").
    A month's full name ("In May Tokayev ...") is left a date."""
    w = fold(toks[i].text)
    if w not in calendar_words() or w not in given_names() or not is_cap(toks[i]) or i + 1 >= len(toks) \
            or not any(m != w and m.startswith(w) for m in calendar_words()):
        return False
    return name_token(toks[i + 1]) or particles_then_name(toks, i + 1)


def caps_surname(toks: list[Token], i: int) -> bool:
    """"Mr. KATO Hiroshi", "H.E. Mr. PARK Jin-woo": official releases of Japan and Korea write the
    surname first, in capitals, after a word of address and before the capitalised given name."""
    t = toks[i].text
    return len(t) > 1 and t.isalpha() and t.isupper() and after_honorific(toks, i) \
        and i + 1 < len(toks) and name_token(toks[i + 1])


def surname_first(run: list[Token]) -> bool:
    """Does the name's first word hold the surname ("Wang Yi", "KATO Hiroshi")?"""
    first = run[0].text
    return given_names().get(fold(first), ("", ""))[1] == "surname" or len(run) >= 2 and len(first) > 1 \
        and first.isalpha() and first.isupper()


NASAB = ("bin", "ibn", "bint")


def particles_then_name(toks: list[Token], j: int) -> bool:
    """"von der Leyen", "bin Rashid": particles followed by a capitalised part; "Turgunbek uulu": a patronymic;
    "al-Sudani", "el-Sisi": a particle joined by a hyphen to the capitalised part, one token."""
    head, dash, rest = toks[j].text.partition("-")
    if dash and fold(head) in PARTICLES and rest[:1].isupper() and rest[1:2].islower():
        return True
    if j > 0 and fold(toks[j - 1].text) in NASAB and is_cap(toks[j]) and toks[j].text.isalpha():
        return True       # "Zayed bin Sultan Al Hameli": after "bin" the father's name, though a title's word
    k = j
    while k < len(toks) and fold(toks[k].text) in PARTICLES:
        k += 1
    return k > j and k < len(toks) and (name_token(toks[k]) or fold(toks[k - 1].text) in NASAB and is_cap(toks[k])) \
        or patronymic(toks, j)


def given_inside(toks: list[Token], i: int, j: int) -> bool:
    """"Hossein Amir Tabrizian": a word of office that is also a given name ("Amir", "Sultan")
    between a given name and the rest of a name is part of the name."""
    names = given_names()
    return fold(toks[i].text) in names and fold(toks[j].text) in names and j + 1 < len(toks) \
        and is_cap(toks[j]) and name_token(toks[j + 1])


def person_start(toks: list[Token], k: int) -> bool:
    # "... for Development Turki Al Otaibi": any name before "Al"/"bin" and a name starts a person
    arabic = k + 1 < len(toks) and fold(toks[k + 1].text) in ("al", "bin", "ibn", "bint") \
        and particles_then_name(toks, k + 1)
    return arabic and name_token(toks[k]) and not bodies().match_at(toks, k) \
        or fold(toks[k].text) in given_names() and k + 1 < len(toks) and is_cap(toks[k + 1])


def after_state(toks: list[Token], k: int, k2: int, places: list[Span]) -> bool:
    """"National Assembly of Hungary Laszlo Kover": a name after "of" ends with the state it names."""
    return k2 > k and any(p.type == "GPE" and p.end == toks[k2 - 1].end for p in places)


def after_honorific(toks: list[Token], i: int) -> bool:
    if i > 0 and toks[i - 1].text[:1].isupper() and fold(toks[i - 1].text) in folded("en", "address_offices.txt"):
        return True       # "Secretary Kerry"
    for n in (1, 2, 3):
        if i - n >= 0:
            m = honorifics().match_at(toks, i - n)
            if m and m.end == i:
                return True
    return False


def field_list(toks: list[Token], b: int, taken: list[bool]) -> int | None:
    """"Ministry of Investment, Industry and Trade": at the comma (token b) after a body's "of"
    field, capitalised words listed with commas and closed by "and" + a capitalised word are the
    field's words; where the list ends, or None when the comma starts something else ("Ministry
    of Energy, the Kazakh Invest and X": "the" starts a new name)."""
    from ...nlp.english import vocabulary
    k, n = b, len(toks)

    def common(j: int) -> bool:      # a capitalised common word, not a firm's or a person's name
        return j < n and toks[j].text[:1].isupper() and not taken[j] and fold(toks[j].text) in vocabulary() \
            and not person_start(toks, j)

    while k < n and toks[k].text == ",":
        k += 1
        if not common(k):
            return None
        while common(k):
            k += 1
    if k + 1 < n and k > b + 1 and fold(toks[k].text) in ("and", "&") and common(k + 1):
        k += 1
        while common(k):
            k += 1
        return k
    return None


def firm_after_and(toks: list[Token], k: int) -> bool:
    """"the Ministry of Energy and Kalyon Energy signed": capitalised words after a body's "and"
    that open with a word of no dictionary and end in a word of trade name a firm, the second
    signer, not the body's field ("Ministry of Energy and Mineral Resources"); so does a state's
    adjective before a common noun ("the Ministry of Energy and French company TotalEnergies")."""
    from ...nlp.english import vocabulary
    from .companies import company_heads
    if k + 1 < len(toks) and is_cap(toks[k]) and toks[k + 1].text[:1].islower() and toks[k + 1].text[:1].isalpha() \
            and gazetteer("en").cues_in(toks[k].text):
        return True
    if brand_shaped(toks, k) and fold(toks[k].text) not in vocabulary():
        return True       # "the Japan Bank for International Cooperation and KazMunayGas signed"
    j = k
    while j < len(toks) and is_cap(toks[j]):
        j += 1
    return j - k >= 2 and fold(toks[k].text) not in vocabulary() and fold(toks[j - 1].text) in company_heads()


def brand_shaped(toks: list[Token], k: int) -> bool:
    """A word shaped as a brand, never a field's word: a capital inside it ("KazMunayGas"), all
    capitals ("KEGOC"), or a hyphen joining it to another capitalised word ("Samruk-Kazyna")."""
    w = toks[k].text
    return w[:1].isupper() and (any(c.isupper() for c in w[1:]) and not w.isupper() or w.isupper() and len(w) >= 3
                                or k + 2 < len(toks) and toks[k + 1].text == "-" and is_cap(toks[k + 2]))
