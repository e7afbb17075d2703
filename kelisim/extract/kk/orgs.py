"""Organisations in Kazakh text: named bodies, names headed by an organisation noun, and
quoted names with their legal form or kind.

- lang/kk/bodies.tsv: "Үкімет", "Мәжіліс", "Ұлттық банк" whenever capitalised;
- lang/kk/org_heads.tsv: a head noun ("институты", "министрлігі", "банкі") and the words before
  it back to a capitalised one: "Мәскеу мемлекеттік халықаралық қатынастар институтының",
  "Денсаулық сақтау министрлігі". A word in an oblique case ("Елімізде", "арасындағы") or a
  pronoun ends the name on the left;
- «Адырна» тілшісі, «Нұр Отан» партиясы, «Қазақстан темір жолы» ҰК АҚ: the quoted name.
Only the last word of a name declines, so its nominative strips that word's case ending and
keeps its possessive ("институтының" -> "институты").
"""
from __future__ import annotations

from functools import cache

from ...doc import Token
from ...lang import folded, lexicon, words
from ...nlp.kazakh import analyses, fold, has_possessive, is_adjective, stem_keys, strip_case
from ...nlp.match import PhraseMatcher
from ..gazetteer import gazetteer
from .lexicon import legal_forms, matcher, not_names
from .names import ending_kind, is_given, is_word

MAX_NAME = 6
AMBIGUOUS = {"centre", "company", "media", "culture", "union", "council"}
VERB_FORMS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "ып", "іп")
OPEN_CASES = ("Nom", "Gen")
MEDIA = words("kk", "media.txt")


@cache
def head_nouns() -> PhraseMatcher:
    return PhraseMatcher("kk").add_all((r[0], (r[1], r[2], fold(r[0].split()[-1])))
                                       for r in lexicon("kk", "org_heads.tsv"))


@cache
def head_stems() -> frozenset[str]:
    return frozenset(min(stem_keys(r[0].split()[-1]), key=len) for r in lexicon("kk", "org_heads.tsv")
                     if r[2] != "latin")     # "достық тобының жетекшісі": an office's field, no body's noun


@cache
def bare_heads() -> frozenset[str]:
    return frozenset(fold(r[0].split()[-1]) for r in lexicon("kk", "org_heads.tsv") if r[2] == "bare")


def org_normal(text: str, toks: list[Token]) -> str:
    last = toks[-1]
    nom, _ = strip_case(last.text)
    head = text[toks[0].start:last.start] if len(toks) > 1 else ""
    return (head + nom).strip()


def _name_word(t: Token) -> bool:
    if not is_word(t):
        return False
    if fold(t.text) in folded("kk", "org_stops.txt") or fold(t.text) in not_names() and not t.text[:1].isupper():
        return False
    if t.text.islower() and fold(t.text).endswith(VERB_FORMS):
        return False          # "Бабиш бастаған Чехия Үкіметі": a participle ends the name
    return t.feats.get("Case", "Nom") in OPEN_CASES or t.text.isupper()


FIELDS = 4


def _fields_start(toks: list[Token], head: int) -> int:
    """"Сауда, өнеркәсіп және энергетика министрлігі": fields of a body listed with a comma, the
    last joined by "және", in lower case after a capitalised first one: where the list begins
    (the comma), else the head itself."""
    k = head - 1
    while k > 0 and head - k <= FIELDS and toks[k].text.islower() and is_word(toks[k]):
        k -= 1
    joined = any(fold(t.text) == "және" for t in toks[k + 1:head])
    if k > 0 and toks[k].text == "," and joined and toks[k - 1].text[:1].isupper() and _name_word(toks[k - 1]):
        return k
    if k + 1 < head and (joined and toks[k].text.isupper() or toks[k].text.isascii() and toks[k].text.isalpha()) \
            and _name_word(toks[k]):
        return k + 1      # "SARIO инвестициялар және сауда агенттігі": the fields after an acronym or a
        #                   Latin name ("QazTrade сауда саясатын дамыту орталығы": a Latin one needs no "және")
    return head


def _latin_name(toks: list[Token], j: int) -> int:
    """Where the Latin-script name ending before token j starts (j itself: none)."""
    i = j
    while i > 0 and j - i < MAX_NAME and toks[i - 1].text.isascii() and toks[i - 1].text[:1].isupper():
        i -= 1
    return i


def latin_pair(toks: list[Token], head: int, kind: str) -> list[tuple[int, int, str]]:
    """"Қазақстанның KEGOC және Әзербайжанның Azerenerji компаниялары": two firms named in Latin
    letters, joined, before a firm's noun in the plural, are two organisations of that kind."""
    b = _latin_name(toks, head)
    j = b - 1 if b < head and b > 0 and toks[b - 1].feats.get("Case") == "Gen" else b
    if b == head or j < 1 or fold(toks[j - 1].text) not in ("және", "мен", "пен", "бен", ","):
        return []
    a = _latin_name(toks, j - 1)
    return [(a, j - 1, kind), (b, head, kind)] if a < j - 1 else []


def headed(toks: list[Token], places: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(i, j, kind) for names ending in an organisation noun."""
    out = []
    heads = head_nouns()
    # "Үкімет басшысы өңірдің ... әкімдігінің": a title with its possessive ends a name on the left
    title_ends = {t.end for t in matcher("titles.tsv").finditer(toks) if has_possessive(toks[t.end - 1].text)}
    k = 0
    while k < len(toks):
        m = heads.match_at(toks, k)
        if m is None:
            k += 1
            continue
        kind = m.value[0]
        if any("Plur" in a.slots and a.stem in head_stems() for a in analyses(toks[m.end - 1].text)):
            out += latin_pair(toks, m.start, kind)
            k = m.end         # "компанияларының", "Үкіметтер": many of a kind, no name
            continue
        if toks[m.end - 1].lemma in bare_heads() and (m.start == 0 or not is_adjective(toks[m.start - 1].text)) \
                or m.value[1] == "latin" and (m.start == 0 or not _latin(toks[m.start - 1])):
            k += 1        # "ERG тобы": a head that names a body only after a Latin name ("жұмыс тобы")
            continue
        i = _fields_start(toks, m.start)
        while i > 0 and m.start - i < MAX_NAME and _name_word(toks[i - 1]) and i not in title_ends:
            i -= 1
        caps = [x for x in range(i, m.start) if toks[x].text[:1].isupper()]
        if not caps:
            k = m.end
            continue
        start = caps[0]
        if caps == [0] and kind in AMBIGUOUS and m.start - start < 2:
            k = m.end         # "Баспасөз орталығында", "Германия компаниясы": a common noun
            continue
        if start == 0 and not any(a == 0 for a, _ in places) and (len(caps) > 1 or gazetteer("kk").cue(toks[0].text)):
            # "Биыл Мәскеу ... институты", "Чехиялық ... үкіметі": a sentence's first capital proves nothing
            if len(caps) == 1:
                k = m.end
                continue
            start = caps[1]
        out.append((start, m.end, kind))
        k = m.end
    return out


def quoted(text: str, toks: list[Token]) -> list[tuple[int, int, int]]:
    """(i, j, end) for «Name» followed by a legal form, an organisation noun or a media word:
    the name is tokens [i, j), and the organisation's mention ends at token `end`."""
    out, names = [], []
    heads = head_nouns()
    for a, t in enumerate(toks):
        if t.text not in "«\"“" or not t.text:
            continue
        b = next((x for x in range(a + 1, min(len(toks), a + 8)) if toks[x].text in "»\"”"), None)
        if b is None or b == a + 1 or not toks[a + 1].text[:1].isupper():
            continue
        names.append((a + 1, b))
        c = b + 1
        forms = 0
        while c < len(toks) and (toks[c].text in legal_forms() or toks[c].text.partition("-")[0] in legal_forms()):
            # "ЖШС-ның": an abbreviation declines behind a hyphen
            c += 1
            forms += 1
        # «Қазақстан темір жолы» ұлттық компаниясы: an adjective or two before the head noun
        d = next((x for x in range(c, min(len(toks), c + 3)) if heads.match_at(toks, x)), None)
        if d is not None and any(not toks[x].text.islower() for x in range(c, d)):
            d = None
        if forms or d is not None or c < len(toks) and stem_keys(toks[c].text) & MEDIA:
            out.append((a + 1, b, c))
    # "«Алтын Тау» және «Сібір Металл» компаниялары": a quoted name joined to the next one, whose
    # noun of a kind is both names'
    for i, j in reversed(names):
        if j + 2 < len(toks) and fold(toks[j + 1].text) in ("және", "мен", "бен", "пен", ",") \
                and any(x[0] == j + 3 for x in out) and not any(x[0] == i for x in out):
            out.append((i, j, j + 1))
    return sorted(out)


PUNCT_IN_NAMES = (",", ".", "&")


def _latin(t: Token) -> bool:
    """A word in Latin letters, its Kazakh ending aside ("Ltd-ның")."""
    word = t.text.split("-")[0]
    return word.isascii() and word[:1].isalpha() and word[:1].isupper()


def latin_names(toks: list[Token]) -> list[tuple[int, int]]:
    """Runs of two or more Latin words: "CITIC Geyi Biorefineries Co., Ltd. компаниясы", "Goldman
    Sachs-тың". Kazakh news writes persons' names in Cyrillic, so such a run is a body's name."""
    out, k = [], 0
    while k < len(toks):
        if not _latin(toks[k]):
            k += 1
            continue
        j = k + 1
        while j < len(toks):
            if _latin(toks[j]):
                j += 1
                continue
            # "Co., Ltd.": dots and commas inside the name, when a Latin word follows them;
            # "University of Technology": a lower-case joiner (lang/kk/latin_joiners.txt)
            n = j
            while n < len(toks) and (toks[n].text in PUNCT_IN_NAMES or toks[n].text in words("kk", "latin_joiners.txt")) \
                    and n - j < 2:
                n += 1
            if n == j or n >= len(toks) or not _latin(toks[n]):
                break
            j = n
        if j - k >= 2:     # one word before a head noun is headed()'s: "Heriot-Watt университеті"
            out.append((k, j))
        k = j
    return out


@cache
def place_nouns() -> PhraseMatcher:
    return PhraseMatcher("kk").add_all((r[0], (r[1], r[2] == "yes")) for r in lexicon("kk", "place_heads.tsv"))


def place_names(toks: list[Token]) -> list[tuple[int, int, str, bool]]:
    """(i, j, type, with_head) for "Сарқан ауданында" (the name) and "Маңғыстау облысы" (the
    name and its noun): one or two capitalised nominative words before a place noun, three before
    a landmark's ("Қожа Ахмет Ясауи кесенесі")."""
    out = []
    for m in place_nouns().finditer(toks):
        if m.start == 0 or toks[m.start].text[:1].isupper():
            continue
        i, most = m.start, 3 if m.value[0] == "LOC" else 2     # "Қожа Ахмет Ясауи кесенесі"
        while i > 0 and m.start - i < most - (i == 1 and most > 2) and toks[i - 1].text[:1].isupper() \
                and is_word(toks[i - 1]) \
                and toks[i - 1].feats.get("Case", "Nom") == "Nom" and fold(toks[i - 1].text) not in not_names() \
                and not matcher("titles.tsv").match_at([toks[i - 1]], 0):   # "Әкім облыста": an office
            i -= 1
        if i == m.start or m.start - i > 1 and is_given(toks[i]) and not has_possessive(toks[m.end - 1].text) \
                and ending_kind(toks[m.start - 1].text) in ("surname", "patronymic"):
            continue      # "Ғабит Сыздықбеков қала әкімдігі": a person's name before a bare noun
            #               (not "Абай Құнанбайұлы ескерткіші", named after him)
        kind, with_head = m.value
        out.append((i, m.end if with_head else m.start, kind, with_head))
    return out


def without_office(model: list[tuple[str, int, int]], titles) -> list[tuple[str, int, int]]:
    """"Біріккен Ұлттар Ұйымының Бас хатшысы": a body the model reads with the office after it is
    the body alone; the office (a match of `titles`) is the person's title."""
    return [(k, i, next((m.start for m in titles if i < m.start and m.end == j), j) if k == "ORG" else j)
            for k, i, j in model]
