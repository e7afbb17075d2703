"""States of persons: one written right after the name ("Vladimir Putin of Russia") or in the
possessive right before it ("Uzbekistan's Shavkat Mirziyoyev"), and the home
state of a titled person whose state the article does not write: the state the article is
mostly about (roles.py calls it last)."""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Token
from ...nlp.match import fold
from ..context import headline_end
from ..gazetteer import gazetteer, state_counts
from .clause import mention_at

OWN_GAP = 3       # "Mayor Daniel Okafor": a title this close before the name is his own
OWN_AFTER = re.compile(r"\s*,?\s*(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?")   # "X, the Chilean ambassador"


def _first_named(doc: Doc, e: Entity) -> list:
    """The first mention of the person by name after the headline (all mentions if none)."""
    hl = headline_end(doc)
    named = sorted((m for m in e.mentions if not m.source and m.start >= hl), key=lambda m: m.start)
    return named[:1] or list(e.mentions)


def home_country(doc: Doc) -> None:
    """A titled person with no state named: the state the article is mostly about, counting
    states, places and state adjectives, but not the state of a person holding the same
    office ("President Tokayev received Turkish President Erdogan": not Turkey's)."""
    counts = state_counts(doc, places=True)
    orgs = {e.id for e in doc.entities if e.type == "ORG"}
    for e in doc.entities:
        # an office in a body of no state ("the European Commission's") is not the home state's
        if e.type != "PER" or not e.roles or e.country or any(r.org in orgs for r in e.roles):
            continue
        titles_ = {r.title for r in e.roles}
        taken = {o.country for o in doc.entities if o.type == "PER" and o is not e and o.country
                 and titles_ & {r.title for r in o.roles}}
        # nor that of a person named in the same sentence ("Bektenov met German Chancellor Scholz"),
        # the one where his title stands first: later, another may speak of him ("Tokayev will travel
        # to Beijing, Kosherbayev said") without being of another state
        sents = {id(doc.sent_at(m.start)) for m in _first_named(doc, e)}
        taken |= {o.country for o in doc.entities if o.type == "PER" and o is not e and o.country
                  and o.id not in guessed(doc)      # a guess of the same kind tells nothing
                  and any(id(doc.sent_at(m.start)) in sents for m in o.mentions)}
        # nor the state of an office someone else holds there ("Mayor X met the ambassador of Chile")
        taken |= {c for m in _first_named(doc, e) if (sent := doc.sent_at(m.start)) is not None
                  for c in _others_offices(doc, sent, e) | _visited(doc, sent, e)}
        # but the state another comes to on a visit is that of those he meets there ("X paid an
        # official visit to Astana, holding talks with Kazakh Foreign Minister Y and meeting with
        # President Z": Y's state is Z's too)
        taken -= _hosted(doc, e)
        ranked = [(c, n) for c, n in counts.most_common() if c not in taken]
        if ranked and ranked[0][1] < max(counts.values()) and not _named_with(doc, e, ranked[0][0]):
            continue      # the article's own state is not his, and the next is only a topic of it
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            e.country = ranked[0][0]
            guessed(doc).add(e.id)
    ministry_state(doc)


def _named_with(doc: Doc, e: Entity, code: str) -> bool:
    """Is the state someone's in the article, named in the headline or in the sentence that first
    names the person, or named anywhere as more than a topic ("views on the situation in X")?"""
    if any(o.type == "PER" and o.country == code and o.id not in guessed(doc) for o in doc.entities):
        return True
    spans = [(0, headline_end(doc))] + [(sent.start, sent.end) for m in _first_named(doc, e)
                                         if (sent := doc.sent_at(m.start)) is not None]
    if any(code in _states_in(doc, a, b) for a, b in spans):
        return True
    gaz = gazetteer("en")
    for sent in doc.sents:
        toks = sent.tokens
        for k, t in enumerate(toks):
            hit = mention_at(doc, t)
            named = hit[1].country == code and hit[1].type in ("GPE", "LOC") if hit is not None else gaz.cue(t.text) == code
            if named and (k == 0 or hit is None or mention_at(doc, toks[k - 1]) != hit) and not _topic(doc, toks, k, hit):
                return True
    return False


def _topic(doc: Doc, toks: list[Token], k: int, hit) -> bool:
    """Is the state named at toks[k] a topic of the talks ("on the Afghanistan situation",
    lang/en/topic_states.tsv)?"""
    from ...lang import words
    e = next((n for n, t in enumerate(toks) if t.end >= hit[0].end), k) if hit is not None else k
    before = [fold(t.text) for t in toks[max(0, k - 3):k]]
    before = before[:-1] if before[-1:] == ["the"] else before
    return e + 1 < len(toks) and fold(toks[e + 1].text) in words("en", "topic_states.tsv", "after") \
        or bool(before) and before[-1] in words("en", "topic_states.tsv", "before") \
        or " ".join(before[-2:]) in words("en", "topic_states.tsv", "pair")


def _others_offices(doc: Doc, sent, e: Entity) -> set[str]:
    """The states the sentence writes as those of an office or a delegation that is not e's own:
    "the ambassador of Chile", "Chile's envoy", "the Chilean ambassador", "a delegation from
    Chile" (e's own title stands right before or after his name)."""
    from ..meetings import meeting_words      # the meeting stage reads the states this module sets
    from ..titles import titles      # titles.py reads the gazetteer this module's callers fill
    toks, gaz = sent.tokens, gazetteer("en")
    own = [m for m in e.mentions if sent.start <= m.start < sent.end]
    heads = [(t.start, t.end) for t in titles("en").finditer(toks)] + \
        [(k, k + 1) for k, t in enumerate(toks) if fold(t.text) in meeting_words("en", "delegation")]
    out: set[str] = set()
    for x, y in heads:
        a, b = toks[x].start, toks[y - 1].end
        if any(0 <= m.start - b <= OWN_GAP or m.end <= a and OWN_AFTER.fullmatch(doc.text[m.end:a]) for m in own):
            continue
        k = y + 1 + (y + 1 < len(toks) and fold(toks[y + 1].text) == "the")
        if y < len(toks) and fold(toks[y].text) in ("of", "from") and k < len(toks):
            out |= _state_at(doc, toks[k])
        # "Chile's envoy", "the Chilean ambassador", "a Chilean business delegation"
        for j in range(x - 1, max(-1, x - 3), -1):
            if toks[j].text in ("'s", "’s"):
                continue
            out |= _state_at(doc, toks[j]) | ({gaz.cue(toks[j].text)} - {None})
    return out


def _visited(doc: Doc, sent, e: Entity) -> set[str]:
    """"President X arrived in Tashkent on a state visit": the states of the places a guest on a
    visit only a foreigner pays (lang/en/foreign_visits.tsv), or one whose office another person of
    the article holds, comes to, after his own verb."""
    from ...lang import words
    toks = sent.tokens
    text = fold(sent.text)
    titles_ = {r.title for r in e.roles}
    peer = any(o.type == "PER" and o is not e and titles_ & {r.title for r in o.roles} for o in doc.entities)
    if not peer and not any(p in text for p in words("en", "foreign_visits.tsv", "visit")):
        return set()      # (two presidents in one article are of two states: the one arriving is the guest)
    own = [m for m in e.mentions if sent.start <= m.start < sent.end]
    verbs = words("en", "foreign_visits.tsv", "verb")
    for m in own:
        after = [k for k, t in enumerate(toks) if t.start >= m.end]
        verb = next((k for k in after if toks[k].pos in ("VERB", "AUX") or mention_at(doc, toks[k]) is not None
                     and mention_at(doc, toks[k])[1].type == "PER"), None)
        if verb is None or toks[verb].pos not in ("VERB", "AUX") or toks[verb].lemma not in verbs:
            continue
        return {c for t in toks[verb + 1:] for c in _state_at(doc, t, ("GPE", "LOC"))}
    return set()


def _hosted(doc: Doc, e: Entity) -> set[str]:
    """The states of the places another person of the sentence that first names e comes to on a
    visit (_visited), where e is not a guest himself."""
    out: set[str] = set()
    for m in _first_named(doc, e):
        sent = doc.sent_at(m.start)
        if sent is None or _visited(doc, sent, e):
            continue
        for o in doc.entities:
            if o.type == "PER" and o is not e and any(sent.start <= x.start < sent.end for x in o.mentions):
                out |= _visited(doc, sent, o)
    return out


def _state_at(doc: Doc, tok: Token, kinds: tuple[str, ...] = ("GPE",)) -> set[str]:
    """The state whose name (or, with kinds ("GPE", "LOC"), a place of which) stands at the token."""
    hit = mention_at(doc, tok)
    return {hit[1].country} if hit is not None and hit[1].type in kinds and hit[1].country else set()


def ministry_state(doc: Doc) -> None:
    """"the Ministry of Energy and X signed" after "Minister of Energy of Azerbaijan Y": a ministry
    named without its state is that of the one minister of the same field the article names."""
    _possessed(doc)
    for e in doc.entities:
        name = fold(e.name).removeprefix("the ")
        if e.type != "ORG" or e.country or not name.startswith("ministry of "):
            continue
        office = "minister of " + name.removeprefix("ministry of ")
        states = {p.country for p in doc.entities if p.type == "PER" and p.country and p.id not in guessed(doc)
                  and any(fold(r.title) == office for r in p.roles)}
        if len(states) == 1:
            e.country = states.pop()


def _possessed(doc: Doc) -> None:
    """"Azerbaijan's Ministry of Energy", "the Latvian MFA": a public body of no state written after
    a state's possessive or adjective is that state's (a firm's home state is firm_refs' business);
    "the Foreign Ministry" after "the Latvian Foreign Ministry" is the same body."""
    from .firm_refs import PUBLIC
    states = [(m.end, g.country) for g in doc.entities if g.type == "GPE" and g.country for m in g.mentions]
    gaz = gazetteer("en")
    bodies = [e for e in doc.entities if e.type == "ORG" and not e.group
              and set(fold(e.name).split()) & (PUBLIC | {"mfa", "ministry"})]
    for e in bodies:
        if e.country:
            continue
        codes = {c for m in e.mentions for end, c in states if re.fullmatch(r"['’]s\s+", doc.text[end:m.start])}
        codes |= {c for m in e.mentions if (w := re.search(r"([A-Z][\w-]+)\s+$", doc.text[max(0, m.start - 30):m.start]))
                  and (c := gaz.cue(w.group(1)))}
        if not codes:
            codes = {o.country for o in bodies if o.country and fold(o.name).endswith(" " + fold(e.name))}
        if len(codes) == 1:
            e.country = codes.pop()
    ids = {e.id: e for e in bodies if e.country}
    for p in doc.entities:      # "MFA spokeswoman X": the ministry's state is hers
        if p.type == "PER" and not p.country:
            p.country = next((ids[r.org].country for r in p.roles if r.org in ids), None)


def counterpart_state(doc: Doc) -> None:
    """An article about two states ("Kazakhstan, Turkey discuss a cement plant"): the head of a
    company or body of no state named, meeting a person of one of them ("Governor X held talks
    with Chairman of Anadolu Yapi Mehmet Kaya"), is of the other. The two must stand clear of any
    third state, and the other be named in the headline or the sentence of the meeting."""
    ranked = state_counts(doc, places=True).most_common(3)
    if len(ranked) < 2 or len(ranked) == 3 and ranked[1][1] <= ranked[2][1]:
        return
    pair = {ranked[0][0], ranked[1][0]}
    people = [e for e in doc.entities if e.type == "PER" and not e.group]
    headline = _states_in(doc, 0, headline_end(doc))
    for e in people:
        if e.country or not any(r.org for r in e.roles):
            continue      # a company's or a body's man; an official's state is home_country's guess
        for m in e.mentions:
            sent = doc.sent_at(m.start)
            if sent is None or not _meets(doc, sent):
                continue
            sides = {o.country for o in people if o is not e and o.country in pair
                     and any(sent.start <= x.start < sent.end for x in o.mentions)}
            other = (pair - sides).pop() if len(sides) == 1 else None
            # and the other state is named in the headline or at the meeting itself (not only in a dateline)
            if other and other in headline | _states_in(doc, sent.start, sent.end):
                e.country = other
                guessed(doc).add(e.id)
                break


def _states_in(doc: Doc, a: int, b: int) -> set[str]:
    gaz = gazetteer("en")
    out = {e.country for e in doc.entities if e.type in ("GPE", "LOC") and e.country
           and any(a <= m.start < b for m in e.mentions)}
    return out | {gaz.cue(t.text) for s in doc.sents if a <= s.start < b for t in s.tokens if gaz.cue(t.text)}


def _meets(doc: Doc, sent) -> bool:
    from ..meetings import triggers      # the meeting extractors read the entities this module places
    return any(fold(t.text) == "with" for t in sent.tokens) or any(True for _ in triggers("en").finditer(sent.tokens))


def guessed(doc: Doc) -> set[str]:
    """Ids of the persons whose state home_country guessed: a state the article writes later
    (coref.py: "the UK minister") may correct the guess."""
    return doc.meta.setdefault("en_home_guess", set())


def rehome(doc: Doc) -> None:
    """Guess again, once descriptions have fixed some states: a guess leaves out the states of
    the persons named with the guessed one, and those may have changed."""
    for e in doc.entities:
        if e.id in guessed(doc):
            e.country = None
    guessed(doc).clear()
    home_country(doc)
    counterpart_state(doc)


def state_after(doc: Doc, toks: list[Token], i1: int) -> Entity | None:
    """"Vladimir Putin of Russia and ...": a state right after a name, before a list's end."""
    k = i1
    if k >= len(toks) or fold(toks[k].text) != "of":
        return None
    k += 1
    if k < len(toks) and fold(toks[k].text) == "the":
        k += 1
    hit = mention_at(doc, toks[k]) if k < len(toks) else None
    if hit is None or hit[1].type != "GPE":
        return None
    end = next((n for n in range(k, len(toks)) if toks[n].start >= hit[0].end), len(toks))
    ok = end == len(toks) or toks[end].text in (",", ".", ";") or fold(toks[end].text) == "and" \
        or toks[end].pos in ("VERB", "AUX", "ADV")
    return hit[1] if ok else None


def state_possessing(doc: Doc, toks: list[Token], i0: int) -> Entity | None:
    """"Kazakhstan's Kassym-Jomart Tokayev": a state in the possessive right before a name, as news
    writes a leader whose office the reader knows."""
    if i0 < 2 or toks[i0 - 1].text not in ("'s", "’s"):
        return None
    hit = mention_at(doc, toks[i0 - 2])
    return hit[1] if hit is not None and hit[1].type == "GPE" and hit[1].country else None
