"""The firm a common noun stands for when it carries out a project ("компания намерена
построить", "возведенный той же корпорацией", "Саудовская компания строит"): a firm named
before it in the same sentence, else one named before with the same word of origin, else the
builder told last, else the last firm named as one ("японской корпорации «X»"); and the firm
that leads a group noun ("консорциум во главе с компанией X")."""
from __future__ import annotations

from ..doc import Doc, Sent
from ..lang import words
from ..nlp.match import fold, word_keys
from .context import LOCATIVE, children
from .meeting_sides import in_credit

STEM = 5       # "саудовская" ... "саудовской": a word of origin agrees by its stem


def firm_named_before(doc: Doc, at: int, backs: frozenset[str]) -> str | None:
    """The last firm named before `at` as one ("японской корпорации «X»": a company noun just
    before its name; "АО «X»": its legal form, lang/<xx>/legal_forms.txt), the one "компания"
    refers back to."""
    forms = {fold(x) for w in words(doc.lang, "legal_forms.txt") for x in w.split()}
    named = [(m.start, e.id) for e in doc.entities if e.type == "ORG" and not e.group for m in e.mentions
             if m.start < at and not in_credit(doc, m)
             and (any(word_keys(w) & backs for w in doc.text[max(0, m.start - 25):m.start].split()[-2:])
                  or fold(m.text.split()[0]) in forms)]
    return max(named)[1] if named else None


def _firms_before(doc: Doc, lo: int, hi: int) -> list[tuple[int, str]]:
    """Firms named in [lo, hi), not a site ("в индустриальной зоне «X»", "в «X»": where, not who)."""
    sites = words(doc.lang, "site_nouns.txt")
    def site(at: int) -> bool:
        before = doc.text[max(0, at - 30):at].replace("«", " ").replace('"', " ").split()[-2:]
        return bool(before) and (fold(before[-1]) in LOCATIVE or any(word_keys(w) & sites for w in before))
    return sorted((m.start, e.id) for e in doc.entities if e.type == "ORG" and not e.group
                  for m in e.mentions if lo <= m.start < hi and not in_credit(doc, m) and not site(m.start))


def _origin(sent: Sent, c: int) -> set[str]:
    """The stems of the adjectives on the noun ("Саудовская компания": "саудо"); "та же", "эта"
    name no origin."""
    toks = sent.tokens
    return {fold(toks[a].text)[:STEM] for a in children(sent, c)
            if toks[a].rel == "amod" and toks[a].pos == "ADJ" and len(toks[a].text) > STEM}


def firm_referred(doc: Doc, sent: Sent, c: int, backs: frozenset[str], earlier_owner: str | None) -> str | None:
    """The firm the noun at token c of `sent` ("компания", "корпорацией") stands for."""
    toks = sent.tokens
    here = _firms_before(doc, sent.start, toks[c].start)
    if here:
        return here[-1][1]    # "X и министерство подписали соглашение, однако компания не приступила"
    origin = _origin(sent, c)
    if origin:
        # "саудовская ACWA Power ... Саудовская компания строит": named with the same origin
        same = [(at, f) for at, f in _firms_before(doc, 0, sent.start)
                if {fold(w)[:STEM] for w in _words_before(doc.text[max(0, at - 40):at])} & origin]
        if same:
            return same[-1][1]
    # the builder told last, if a firm: "Минэнерго и X обсудили строительство ... компания приступила"
    # is X, since a ministry is no "компания"
    return earlier_owner if is_firm(doc, earlier_owner) else firm_named_before(doc, sent.start, backs)


def is_firm(doc: Doc, eid: str | None) -> bool:
    """An organisation that is no state body (lang/<xx>/bodies.tsv: "Минэнерго", "Министерство
    энергетики") nor a group: one that builds what a ministry signs for."""
    from ..doc import Token
    from ..nlp.match import split_words
    from .spans import bodies
    e = doc.entity(eid) if eid else None
    if e is None or e.type != "ORG" or e.group:
        return False
    toks = [Token(0, 0, w) for w in split_words(e.name)]
    return bool(toks) and bodies(doc.lang).match_at(toks, 0) is None


def _words_before(text: str) -> list[str]:
    """The two words before a firm's name, quote marks left out ("Корейская компания «Санни Текс»")."""
    return [w for w in (w.strip("«»\"“”„") for w in text.split()) if w][-2:]


def led_by(doc: Doc, sent: Sent, c: int) -> str | None:
    """"консорциум во главе с итальянской компанией X": the firm named after a phrase of leading
    (lang/<xx>/project_owners.tsv "led") right after the noun at token c."""
    toks = sent.tokens
    after = " ".join(fold(t.text) for t in toks[c + 1:c + 4])
    if not any(after.startswith(p) for p in words(doc.lang, "project_owners.tsv", "led")):
        return None
    return next((e.id for t in toks[c + 1:c + 9] if (e := doc.entity_at(t.start, t.end)) is not None
                 and e.type == "ORG" and not e.group), None)
