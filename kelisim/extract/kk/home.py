"""The state of a titled person the article gives none: the Kazakh-language press qualifies a
foreign official by the state and its own by the office alone, names its own bodies bare and a
foreign body with its state (extract/kk/roles.py calls it once the titles are read)."""
from __future__ import annotations

from ...doc import Doc, Token
from ...lang import words
from ...nlp.kazakh import stem_keys
from ..gazetteer import state_counts
from .lexicon import home_state


def home_country(doc: Doc) -> None:
    """A titled person with no state named is of the home state: the Kazakh-language press
    qualifies a foreign official by the state ("Германия канцлері") and its own by the office
    alone ("Премьер-министр Олжас Бектенов"). A state has one head, though: a second
    "Президент" with no state ("Президент Дональд Трамп мырзамен" after Tokayev) is of the
    state the article names most besides, if there is one. An office in a body ("Мәжіліс
    Төрағасы") is of the state the article names most, unless someone of that state is named
    already: the press names a foreign body with its state, its own without."""
    home = home_state()
    counts = state_counts(doc)
    top = max(counts.values(), default=0)
    most = [c for c, n in counts.items() if n == top]
    top = max((n for c, n in counts.items() if c != home), default=0)
    foreign = [c for c, n in counts.items() if n == top and c != home]
    people = sorted((e for e in doc.entities if e.type == "PER"), key=lambda e: e.first)
    heads = {e.country for e in people if e.country and any(r.title in words("kk", "state_heads.txt") for r in e.roles)}
    for e in people:
        if e.country or not e.roles:
            continue
        ents = {o.id: o for o in doc.entities}
        if any(r.org in ents and stem_keys(ents[r.org].name.split()[0]) & (
                words("kk", "local_bodies.txt") | words("kk", "home_bodies.txt")) for r in e.roles):
            e.country = home      # "Облыстық кәсіпкерлік басқармасының басшысы": a region's body is home's;
            #                       "Сенат Төрағасы": the press's own chamber
            continue
        if any(r.org for r in e.roles):
            # "Мәжіліс Төрағасы": the body's state is the one the article names most
            e.country = most[0] if len(most) == 1 else home if home in most else None
            if e.country != home and any(o.country == e.country for o in people if o is not e):
                e.country = home    # the counterpart's body is named with its state; this one is home's
            continue
        head = any(r.title in words("kk", "state_heads.txt") for r in e.roles)
        if home and not (head and home in heads):
            e.country = home
        elif len(foreign) == 1 and not (head and foreign[0] in heads):
            e.country = foreign[0]
        if head and e.country:
            heads.add(e.country)


BODY_WORDS = 7


def body_state(doc: Doc, toks: list[Token], k: int) -> str | None:
    """"Қытай Бүкілқытайлық халық өкілдері жиналысы Тұрақты комитетінің төрағасы": a foreign body
    of several words no one knows as a name, with its state at its start; toks[k] is the body's
    last word. The one state named among the words before it, back to a punctuation mark, a
    person or a joiner ("X пен Y"), and not more than BODY_WORDS of them."""
    found = []
    for j in range(k, max(-1, k - BODY_WORDS), -1):
        t = toks[j]
        e = doc.entity_at(t.start, t.end)
        if not t.text[:1].isalnum() or e is not None and e.type == "PER" \
                or t.text.lower() in words("kk", "joiners.txt"):
            break
        if e is not None and e.type == "GPE" and e.country and e.country not in found:
            found.append(e.country)
    return found[0] if len(found) == 1 else None
