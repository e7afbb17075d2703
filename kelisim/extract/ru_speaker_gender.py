"""The gender a Russian verb of speech agrees in, and the speaker it allows: "Бут рассказала" is
the woman of that surname, a feminine verb without a subject is not said by the man quoted
before (ru_statements.py)."""
from __future__ import annotations

from ..doc import Doc, Entity, Sent
from ..nlp.match import fold
from .speakers import speaker_ok


def _known_gender(doc: Doc, e: Entity, verb) -> str | None:
    """"Masc" or "Fem": the gender the person's other verbs (as their subject) agree in, else a
    gendered surname ending (lang/ru/surname_endings.tsv), else a known first name; None where
    nothing tells ("Бхутто")."""
    from ..nlp.normalize import parse
    from .coref import undeclined_surname, surname_endings
    if undeclined_surname(doc, e):
        return "Fem"      # "с Анналеной Бербок", whatever a misread subject's verb says
    seen = []
    for m in e.mentions:
        sent = doc.sent_at(m.start)
        for t in (sent.tokens if sent is not None and not m.source else ()):
            # the name itself, or the title it stands beside ("председатель банка X пояснил")
            subj = t if t.rel.startswith("nsubj") else sent.tokens[t.head] \
                if t.rel == "appos" and 0 <= t.head < len(sent.tokens) else None
            if m.start <= t.start < m.end and subj is not None and subj.rel.startswith("nsubj") \
                    and 0 <= subj.head < len(sent.tokens) and sent.tokens[subj.head].start != verb.start:
                seen += [g] if (g := sent.tokens[subj.head].feats.get("Gender")) in ("Masc", "Fem") else []
    if seen and seen.count("Masc") != seen.count("Fem"):
        return max(("Masc", "Fem"), key=seen.count)
    words = e.name.split()
    last = fold(words[-1]) if words else ""
    for g in ("Fem", "Masc"):
        if len(last) > 4 and last.endswith(surname_endings(g, "name", "any", "surname")):
            return g
    for p in parse(words[0].lower()) if len(words) > 1 else ():
        if "Name" in p.tag.grammemes and p.is_known and p.tag.gender in ("masc", "femn"):
            return "Fem" if p.tag.gender == "femn" else "Masc"
    return None


def agreeing(doc: Doc, verb, e: Entity | None, guessed: bool = False) -> Entity | None:
    """The speaker a past-tense verb of speech agrees with in gender: "Бут рассказала" is not
    Виктор Бут but the woman of that surname the article names. A speaker `guessed` (the verb
    has no subject; the one who spoke last goes on) must agree, or there is none: "Наконец
    отреагировала" is not said by the man quoted before."""
    g = verb.feats.get("Gender") if verb.feats.get("Number") == "Sing" else None
    if e is None or e.type != "PER" or g not in ("Masc", "Fem") or _known_gender(doc, e, verb) in (None, g):
        return e
    last = fold(e.name.split()[-1])
    namesake = next((x for x in doc.entities if x is not e and x.type == "PER" and fold(x.name.split()[-1]) == last
                     and _known_gender(doc, x, verb) == g and speaker_ok(x)), None)
    return namesake or (None if guessed else e)


def agreed_at(doc: Doc, sent: Sent | None, vstart: int, guessed: bool, speaker: Entity | None) -> Entity | None:
    """The speaker the verb of speech at vstart agrees with in gender (agreeing)."""
    i = next((k for k, t in enumerate(sent.tokens) if t.start >= vstart), None) if sent is not None else None
    return speaker if i is None else agreeing(doc, sent.tokens[i], speaker, guessed)
