"""The firm a Kazakh title is held in, and the state the firm came from:
"Түркиядан келген «Karya Tekstil» компаниясының басқарма төрағасы Мехмет Озтүрік" heads the
firm «Karya Tekstil» ("компаниясының", a firm's noun of lang/kk/org_heads.tsv, names no office)
and is of Turkey, the state the firm came from (lang/kk/came_from.txt) or whose firm it is."""
from __future__ import annotations

import re
from functools import cache

from ...doc import Doc, Entity, Token
from ...lang import lexicon, words
from ...nlp.frames import Arg, frames_in
from ...nlp.kazakh import analyses, fold, strip_case
from ..agreement_sides import body_of_kind
from ..gazetteer import gazetteer
from ..projects import project_words
from .lexicon import legal_forms, matcher

_QUOTES = ("«", "»", "“", "”", '"')


def firm_noun(tok: Token, case: str = "Gen") -> bool:
    """"компаниясының": a firm's noun in the genitive, the body it closes owning what follows
    (in the nominative: "Компания вице-президенті", the noun compounded with the office)."""
    m = matcher("org_heads.tsv").match_at([tok], 0)
    return (m is not None and m.value[0] == "company" or fold(strip_case(tok.text)[0]) in _last_of_two()) \
        and tok.feats.get("Case", "Nom") == case


@cache
def _last_of_two() -> frozenset[str]:
    """The last words of a firm's noun of two or more ("акционерлік қоғамы"): "қоғамының" closes the firm."""
    return frozenset(fold(r[0].split()[-1]) for r in lexicon("kk", "org_heads.tsv") if r[1] == "company" and " " in r[0])


def legal_form(tok: Token) -> bool:
    """"АҚ", "ЖШС-ның": a firm's legal form after its name."""
    return tok.text.partition("-")[0] in legal_forms()


def owner_before(doc: Doc, toks: list[Token], k: int) -> int:
    """The index of the body's last word for a title whose word before is toks[k]: past a
    firm's noun or legal form and the quote that closes the firm's name ("«Karya Tekstil»
    компаниясының", "«X» АҚ басқармасының")."""
    j = k
    span = toks[max(0, k - 2):k + 1]
    many = next((m for m in matcher("org_heads.tsv").finditer(span)
                 if m.end == len(span) and m.end - m.start > 1 and m.value[0] == "company"), None)
    if j > 0 and (firm_noun(toks[j]) or legal_form(toks[j]) or many is not None):
        # "«КамАЗ» жария акционерлік қоғамының": a noun of several words
        j -= many.end - many.start if many is not None else 1
        # "«Росатом» мемлекеттік корпорациясының", "«X» ұлттық компаниясының": what kind of firm
        for _ in range(KIND_WORDS):
            if j > 0 and _kind_word(doc, toks[j]):
                j -= 1
        while j > 0 and toks[j].text in _QUOTES:
            j -= 1
        ent = doc.entity_at(toks[j].start, toks[j].end)
        if ent is not None and ent.type == "ORG":
            return j
    return k


KIND_WORDS = 2
ADJECTIVE = ("лық", "лік", "тық", "тік", "дық", "дік")


def _kind_word(doc: Doc, tok: Token) -> bool:
    """A lower-case adjective of what kind a firm is ("мемлекеттік", "ұлттық", "жария": firm_kinds.txt),
    no name of its own."""
    return tok.text[:1].islower() and (fold(tok.text).endswith(ADJECTIVE) or fold(tok.text) in words("kk", "firm_kinds.txt")) \
        and doc.entity_at(tok.start, tok.end) is None


def came_from(doc: Doc, toks: list[Token], b0: int) -> str | None:
    """"Түркиядан келген «X»": the state in the ablative before a participle of coming; or the
    state whose firm it is, in the genitive right before it ("Біріккен Араб Әмірліктерінің «X»
    компаниясы") or by its adjective ("түркиялық «X» компаниясы")."""
    j = b0 - 1
    while j > 0 and toks[j].text in _QUOTES:
        j -= 1
    owner = doc.entity_at(toks[j].start, toks[j].end) if j >= 0 else None
    if owner is not None and owner.type == "GPE" and (toks[j].feats.get("Case") == "Gen" or any(
            a.slots == ("Gen",) for a in analyses(toks[j].text))):   # "Республикасының", kept whole as a name
        return owner.country
    if owner is None and (code := gazetteer("kk").cue(toks[j].text)):
        return code       # "даниялық Nordhavn University", "түркиялық «X» компаниясы": its state's adjective
    if j < 1 or fold(toks[j].text) not in {fold(w) for w in words("kk", "came_from.txt")}:
        return None
    state = doc.entity_at(toks[j - 1].start, toks[j - 1].end)
    if state is None or state.type != "GPE" or toks[j - 1].feats.get("Case") != "Abl":
        return None
    return state.country


def firm_before(doc: Doc, tok: Token) -> tuple[Entity | None, str | None]:
    """"компанияның бас атқарушы директоры" with no name before the noun: the firm is the last
    one the article named before it, and the office is of that firm's state."""
    best = None
    for e in doc.entities:
        for m in e.mentions if e.type == "ORG" and not e.group else ():
            if m.end <= tok.start and (best is None or m.start > best[0].start) and _named_firm(doc, m):
                best = (m, e)
    if best is None:
        return None, None
    return best[1], firm_state(doc, best[1])


def firm_state(doc: Doc, firm: Entity) -> str | None:
    """The state of a firm: its own, or the one any of its mentions says it is of ("ресейлік «X»
    АҚ-мен ... «X» АҚ басқармасының төрағасы": Russia's)."""
    return firm.country or next(filter(None, (_state_at(doc, m) for m in firm.mentions)), None)


def _state_at(doc: Doc, m) -> str | None:
    """The state a mention of a firm says it is of (came_from, or its adjective after the name:
    "«X» жапон компаниясы"), if any."""
    sent = doc.sent_at(m.start)
    b0 = next((i for i, t in enumerate(sent.tokens) if t.start == m.start), None) if sent else None
    return (came_from(doc, sent.tokens, b0) or _adjective_after(doc, m)) if b0 is not None else None


def _after_name(doc: Doc, m) -> list[Token]:
    sent = doc.sent_at(m.start)
    return [t for t in sent.tokens if t.start >= m.end and t.text not in _QUOTES][:2] if sent else []


def _adjective_after(doc: Doc, m) -> str | None:
    """"«X» жапон компаниясы", "«Анадолу» түрік холдингі": the state's adjective between a
    firm's name and its noun."""
    after = _after_name(doc, m)
    return gazetteer("kk").cue(after[0].text) if len(after) == 2 and doc.entity_at(after[0].start, after[0].end) \
        is None and _firm_word(after[1]) else None


def _firm_word(t: Token) -> bool:
    return t.text.partition("-")[0] in legal_forms() or (
        (hit := matcher("org_heads.tsv").match_at([t], 0)) is not None and hit.value[0] == "company")


def _named_firm(doc: Doc, m) -> bool:
    """A mention a firm's noun or legal form follows: "«Gulf Solar» компаниясы", "«X» ЖШС", or
    with the state's adjective between ("«X» жапон компаниясы")."""
    after = _after_name(doc, m)
    return bool(after) and (_firm_word(after[0]) or _adjective_after(doc, m) is not None)


OWNER_CLAUSE = 3


def owner_before_clause(doc: Doc, toks: list[Token], a: int, relative: frozenset[str]) -> Entity | None:
    """"«Дәрмен Фарм» ЖШС-ның инсулин өндіретін зауыты": the firm in the genitive (its name, its
    legal form or its noun) before a short clause that qualifies the noun, a participle ending it
    (`relative`: the endings of lang/kk/project_words.tsv, relative_ending)."""
    k = a - 1
    if k < 1 or not fold(toks[k].text).endswith(tuple(relative)):
        return None
    while k > 0 and a - k <= OWNER_CLAUSE and toks[k].text.islower() and doc.entity_at(toks[k].start, toks[k].end) is None:
        k -= 1
    t = toks[k]
    if t.feats.get("Case") != "Gen":
        return None
    if t.text.partition("-")[0] in legal_forms() or firm_noun(t):
        k -= 1              # "ЖШС-ның", "компаниясының": the name before them
        while k > 0 and toks[k].text in _QUOTES:
            k -= 1
    e = doc.entity_at(toks[k].start, toks[k].end)
    return e if e is not None and e.type == "ORG" else None


def firm_met(doc: Doc) -> str | None:
    """"Әкім «X» компаниясының вице-президенті бастаған делегацияны қабылдады. Кездесуде зауыт салу
    жобасы талқыланды": the one firm whose officer (or which itself) sat at the article's
    meetings, the builder of a project no sentence gives an owner."""
    firms = set()
    for v in doc.events:
        if v.type != "meeting" or v.modality != "asserted":
            continue
        for pid in v.attrs.get("participants") or []:
            e = next((x for x in doc.entities if x.id == pid), None)
            orgs = [e] if e is not None and e.type == "ORG" else [
                next((x for x in doc.entities if x.id == r.org), None) for r in (e.roles if e else [])]
            firms |= {o.id for o in orgs if o is not None and o.type == "ORG" and not o.group
                      and _named_firm_entity(doc, o)}
    return firms.pop() if len(firms) == 1 else None


def _named_firm_entity(doc: Doc, e: Entity) -> bool:
    return any(s.type == "ORG" and s.data.get("kind") == "company" and any(m.start == s.start for m in e.mentions)
               for s in doc.spans)


COMPANY_KINDS = ("company", "group")    # orgs.py kinds of a body that builds: a firm, investors


def paragraph_company(doc: Doc, p) -> str | None:
    """"... зауыты іске қосылады. Жобаны іске асыру үшін вице-министр X компаниясының
    өкілдерімен кездесті": a project its own sentence gives no owner is carried out by the one
    company (or group of investors) its paragraph names; of several, the first of the one sentence
    that names them all, leaving those that fund it ("Кәсіпорынды X ЖШС Y АҚ-мен бірлесіп салды.
    Оны Z банкі қаржыландырды": X builds)."""
    from ..context import paragraph_of
    paras = {paragraph_of(doc, e.start) for e in p.evidence}
    for kind in COMPANY_KINDS:       # a named company before investors ("қытайлық инвестор": it again)
        firms = {(s.start, s.end) for s in doc.spans if s.type == "ORG" and s.data.get("kind") == kind}
        found = [e for e in doc.entities if e.type == "ORG" and any(
            paragraph_of(doc, m.start) in paras and (m.start, m.end) in firms for m in e.mentions)
                 and not _names_project(doc, e, p.attrs.get("name") or "")]
        at = sorted((m.start, e.id) for e in found for m in e.mentions if paragraph_of(doc, m.start) in paras)
        sents = {id(doc.sent_at(a)) for a, _ in at}
        if len({e for _, e in at}) > 1 and len(sents) > 1:
            at = [(a, e) for a, e in at if not _funds(doc.sent_at(a).text)]
            sents = {id(doc.sent_at(a)) for a, _ in at}
        if at and (len({e for _, e in at}) == 1 or len(sents) == 1):
            return at[0][1]       # "Жобаны X ЖШС Y компаниясымен бірлесіп жүзеге асырды": the first leads
    return None


def _names_project(doc: Doc, e: Entity, name: str) -> bool:
    """"«Каспий» тұщыландыру зауытын": a quoted name right before the project's own words names it."""
    stem = name[:-2] if len(name) > 4 else ""
    if stem and (firm_noun(Token(0, 0, name.split()[0], feats={"Case": "Gen"})) or name.split()[0] in legal_forms()):
        return False      # "«Аллюр» компаниясының ... зауыты": the firm's noun, so its owner
    return bool(stem) and any(doc.text[m.end:m.end + len(name) + 2].lstrip("»”\" ").startswith(stem) for m in e.mentions)


def _funds(text: str) -> bool:
    from ..projects import project_words
    words_ = [fold(w) for w in text.split()]
    return any(" ".join(words_[k:k + len(p.split())]).startswith(p) for p in project_words("kk", "funds")
               for k in range(len(words_)))


def firm_name_end(toks: list[Token], a: Arg) -> int | None:
    """"«Sunway Power» компаниясымен", "«Алтын Жол» ЖШС басшылығымен": the last word of a firm's
    quoted name before the firm's noun or legal form that heads (or opens) the argument."""
    k = a.head
    if k > a.tokens[0] and legal_form(toks[k - 1]):
        k -= 1            # "ЖШС басшылығымен": the head is the firm's envoys (meetings.py)
    elif not ((m := matcher("org_heads.tsv").match_at(toks, k)) is not None and m.value[0] == "company"
              or legal_form(toks[k])):
        return None
    k -= 1
    while k >= a.tokens[0] and toks[k].text in "»”\"":
        k -= 1
    return k if k >= a.tokens[0] and k < a.head - 1 else None


HOST = re.compile(r"-(?:да|де|та|те|нда|нде)$")


def host_before(doc: Doc, toks: list[Token], a: int) -> Entity | None:
    """"Satbayev University-де ... зертхана іске қосылды", "университет жанынан орталық ашылады":
    the organisation a project opens at (its name with a locative ending, or before "жанынан"),
    first in the clause before the noun, carries it out."""
    for j in range(a):
        t, nxt = toks[j], toks[j + 1] if j + 1 < len(toks) else None
        beside = nxt is not None and fold(nxt.text) in project_words("kk", "host")
        e = doc.entity_at(t.start, t.end) or (body_of_kind(doc, t, t.start) if beside else None)
        if e is not None and e.type == "ORG" and not e.group and (beside or HOST.search(t.text)):
            return e
    return None


def firms_kind_word(doc: Doc, toks: list[Token], k: int) -> bool:
    """"Хабты Caspian Gate Terminal бірлескен кәсіпорны салып жатыр": a firm's noun in the
    nominative right after a body's name (an adjective may come between) is its kind, the builder,
    not a plant being built."""
    if not firm_noun(toks[k], "Nom"):
        return False
    for j in (k - 1, k - 2):
        e = doc.entity_at(toks[j].start, toks[j].end) if j >= 0 else None
        if e is not None and e.type == "ORG" and any(m.end == toks[j].end for m in e.mentions):
            return True
        if j < 0 or toks[j].text[:1].isupper() or toks[j].pos == "PUNCT" and toks[j].text not in _QUOTES:
            return False
    return False


def object_first_builder(doc: Doc, sent, pred: int) -> Entity | None:
    """"Хабты X бірлескен кәсіпорны салып жатыр": what is built opens the sentence, and the body
    that is the subject of the verb building it is its builder."""
    from .frames import named      # frames.py reads firms' names through this module
    return next((e for f in frames_in(doc, sent) if f.pred == pred
                 for _, e in named(doc, sent, f.role("kk", "agent"), ("ORG",))), None)


def open_between(between: list[Token]) -> bool:
    """No mark nor other verb between: "Терминалды «X» компаниясы салып жатыр" ("X бірлескен
    кәсіпорны": a participle before a firm's noun is its attribute)."""
    return all(t.text in "«»" if t.pos == "PUNCT" else not fold(t.text).endswith(tuple(
        project_words("kk", "relative_ending")) + tuple(project_words("kk", "finite")))
        or k + 1 < len(between) and firm_noun(between[k + 1], "Nom") for k, t in enumerate(between))


def own_object(between: list[Token]) -> bool:
    """"өндірісін дамыту, электр желілерін жаңғырту": past a comma, a noun in the accusative is
    the object of the verb after it, which builds that, not the noun before the comma."""
    comma = next((k for k, t in enumerate(between) if t.text == ","), None)
    return comma is not None and any(t.feats.get("Case") == "Acc" for t in between[comma + 1:])
