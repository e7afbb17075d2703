"""Who sits across the table: the counterparts after a meeting trigger ("met with X", "received
X", "talks with X"), and when one sentence tells one meeting per counterpart.

English news lists counterparts in one object: persons with their titles ("the foreign
ministers of Chile Tomás Vidal, Estonia Kadri Lepp and ..."), or offices whose holders it does
not name ("the presidents of Tajikistan and Kyrgyzstan", "foreign ministers from Spain and
Latvia", "Bahrain's Foreign Minister", "the Kazakh president"). An office without a name stands
for its state, so the meeting keeps a participant the analyst can read. One person meeting
several counterparts of different states has met each of them: one meeting per counterpart,
unless the sentence says they sat together (lang/en/meeting_context.tsv, kind "joint").
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Event, Sent, Span, Token
from ...lang import lexicon
from ...nlp.match import fold, word_keys
from ..context import free_id
from ..gazetteer import gazetteer
from ..meetings import meeting_words
from .clause import entity_at, in_quote, mention_at

MAX_OBJECT = 60


@cache
def office_heads() -> frozenset[str]:
    """The head nouns of titles (lang/en/titles.tsv): "minister" of "deputy foreign minister",
    "secretary" of "secretary of state"; and "counterpart"."""
    heads = {"counterpart"}
    for r in lexicon("en", "titles.tsv"):
        phrase = r[0].lower().split(" of ")[0].split(" for ")[0].split(" to ")[0].split()
        if phrase:
            heads.add(phrase[-1])
    return frozenset(heads)


def object_span(sent: Sent, b: int) -> tuple[int, int]:
    """Token range of the object after a trigger ending at b ("with" included or not)."""
    toks = sent.tokens
    k = b
    if k < len(toks) and fold(toks[k].text) == "with":
        k += 1
    end = k
    while end < len(toks) and end - k < MAX_OBJECT:
        t = toks[end]
        w = fold(t.text)
        if t.text in (".", ";", ":", "(", '"', "“") or w in meeting_words("en", "object_end") and t.text.islower():
            break
        if t.pos == "VERB" and t.text.islower() and t.feats.get("VerbForm") not in ("Part", "Ger") \
                and not reduced_passive(toks, end):
            break
        end += 1
    return k, end


def reduced_passive(toks: list[Token], k: int) -> bool:
    """"a delegation led by X", "a group headed by Y": a past participle before "by" qualifies the
    noun before it; "the newly appointed Ambassador", "the newly elected President" the noun after
    it; it is no verb of its own."""
    if k > 0 and k + 1 < len(toks) and toks[k - 1].pos in ("ADV", "DET") and toks[k].text.islower() \
            and (toks[k + 1].pos == "NOUN" or toks[k + 1].text[:1].isupper()):
        return True
    if k > 1 and k + 1 < len(toks) and toks[k - 1].text == "," and fold(toks[k].text) in ("led", "headed") \
            and fold(toks[k + 1].text) == "by":
        return True       # "the Chilean delegation, headed by X,": the head set off by commas
    return k > 0 and k + 1 < len(toks) and fold(toks[k + 1].text) == "by" and toks[k - 1].pos in ("NOUN", "PROPN")


def state_entity(doc: Doc, code: str, tok: Token) -> Entity | None:
    """The state's entity; one named only by its adjective ("the Austrian president") is made
    from that word, so that the meeting has a participant to show."""
    found = next((e for e in doc.entities if e.type == "GPE" and e.country == code and not e.group), None)
    if found is not None or mention_at(doc, tok) is not None:
        return found
    name = gazetteer("en").canonical.get(code) or _ambiguous_names().get(code)
    if name is None:
        return None
    made = Entity(id=free_id(doc, "e", len(doc.entities) + 1), type="GPE", name=name, country=code, key=code,
                  mentions=[Span(tok.start, tok.end, tok.text, type="GPE", normal=name, source="adjective",
                                 country=code)])
    doc.entities.append(made)
    return made


@cache
def _ambiguous_names() -> dict[str, str]:
    """States whose usual English name is also a word ("Turkey", "Georgia", "Jordan"): the
    gazetteer keeps no canonical name for them, yet "the Georgian minister" still names the state."""
    from ...data import table
    return {r["code"]: r["name"] for r in table("states") if r["lang"] == "en" and r["kind"] == "name_ambiguous"}


def holder(doc: Doc, code: str, office: str) -> Entity | None:
    """"the presidents of Tajikistan and Kyrgyzstan" when the article names them elsewhere: the one
    person of that state holding that office."""
    found = [e for e in doc.entities if e.type == "PER" and not e.group and e.country == code
             and any(office in fold(r.title).split() for r in e.roles)]
    return found[0] if len(found) == 1 else None


def _state_named(doc: Doc, tok: Token) -> str | None:
    """The state a token names, also inside a group ("the foreign ministers of Spain")."""
    for e in doc.entities:
        if e.type == "GPE" and not e.group and e.country \
                and any(m.start <= tok.start and tok.end <= m.end for m in e.mentions):
            return e.country
    return None


def _item_bounds(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The object cut at commas, "and" and dashes: the items of a list."""
    out, start = [], a
    for k in range(a, b):
        if toks[k].text in (",", "-", "–", "—") or fold(toks[k].text) == "and":
            if k > start:
                out.append((start, k))
            start = k + 1
    if b > start:
        out.append((start, b))
    return out


def counterparts(doc: Doc, sent: Sent, a: int, b: int) -> list[Entity]:
    """Persons named in the object, and the states of offices it names without a name ("the
    presidents of Tajikistan and Kyrgyzstan", "Bahrain's Foreign Minister", "the Kazakh
    president"). A state after an office is its holder's until a named person ends the list."""
    toks = sent.tokens
    out: list[Entity] = []
    office: str | bool = False
    for x, y in _item_bounds(toks, a, b):
        people = [entity_at(doc, t) for t in toks[x:y] if not in_quote(doc, t.start)]
        found = [e for e in people if e is not None]
        people = [e for e in found if e.type == "PER" or e.group and e.roles]
        # "a delegation of Chilean businessmen", "a delegation from Chile": no head named, the
        # delegation itself sits across the table
        people = people or [e for e in found if e.group and is_delegation(e)][:1]
        if people:          # a person, or an office holder named by the office ("the Turkish ambassador")
            out += [e for n, e in enumerate(people) if e not in out and e not in people[:n]]
            office = False
            continue
        heads = [h for t in toks[x:y] for h in word_keys(t.text, "en") & office_heads()]
        office = heads[-1] if heads else office
        body = _delegation_of(doc, toks, x, y) if not heads else None
        if body is not None:      # "the EBRD delegation": the body sent it, no person named
            out += [body] if body not in out else []
            continue
        if not office:
            continue
        for t in toks[x:y]:
            code = _state_named(doc, t)
            if code is None and mention_at(doc, t) is None and t.text[:1].isupper():
                code = gazetteer("en").cue(t.text)      # "the Kazakh president"
            side = holder(doc, code, office) if code else None
            side = side or (state_entity(doc, code, t) if code else None)
            if side is not None and side not in out:
                out.append(side)
    known = {e.country for e in out if e.type == "PER" and e.country}
    return [e for e in out if e.type == "PER" or e.country not in known]


def is_delegation(e: Entity) -> bool:
    return any(w in meeting_words("en", "delegation") for w in fold(e.name).split())


def bodies_met(doc: Doc, sent: Sent, a: int, b: int) -> list[Entity]:
    """"met with the National Coalition", "met the Chamber of Commerce": where the object names
    no person and no office, an organisation that opens an item of it is the side across the
    table (its people are not named). Only the item's head counts: in "the head of the Chamber"
    the Chamber is no side of its own."""
    toks = sent.tokens
    out: list[Entity] = []
    for x, y in _item_bounds(toks, a, b):
        while x < y and toks[x].pos == "DET":
            x += 1
        e = entity_at(doc, toks[x]) if x < y else None
        if e is not None and e.type == "ORG" and not e.group and e not in out:
            out.append(e)
    return out


def _delegation_of(doc: Doc, toks: list[Token], x: int, y: int) -> Entity | None:
    """"the EBRD delegation", "a delegation of the World Bank": the one body an item names beside a
    word of delegation (lang/en/meeting_words.tsv), standing for the people it sent."""
    if not any(fold(t.text) in meeting_words("en", "delegation") for t in toks[x:y]):
        return None
    bodies = {e.id: e for e in (entity_at(doc, t) for t in toks[x:y]) if e is not None and e.type == "ORG" and not e.group}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def delegation_members(doc: Doc, sent: Sent, a: int, b: int) -> list[Entity]:
    """"X met with a delegation of investors. The delegation included A and B.": the members the
    next sentence lists."""
    toks = sent.tokens
    if not any(fold(t.text) in meeting_words("en", "delegation") for t in toks[a:b]):
        return []
    nxt = next((s for s in doc.sents if s.start >= sent.end), None)
    members = meeting_words("en", "members")
    if nxt is None or not any(fold(t.text) in members or t.lemma in members for t in nxt.tokens[:6]):
        return head_named_before(doc, sent, toks[a:b])
    out: list[Entity] = []
    for t in nxt.tokens:
        e = entity_at(doc, t)
        if e is not None and e.type == "PER" and e not in out and not in_quote(doc, t.start):
            out.append(e)
    return out


def head_named_before(doc: Doc, sent: Sent, obj: list[Token]) -> list[Entity]:
    """"X met with the delegation": the one head an earlier "delegation headed (led) by Y" named."""
    words = [fold(t.text) for t in obj]
    if "delegation" not in words or words.index("delegation") == 0 or words[words.index("delegation") - 1] != "the":
        return []
    heads: list[Entity] = []
    for s in doc.sents:
        if s.start >= sent.start:
            break
        toks = s.tokens
        for k, t in enumerate(toks[:-2]):
            # "a delegation (of the X company) headed by Y"
            by = next((n for n in range(k + 1, min(k + 10, len(toks) - 1)) if fold(toks[n].text) in ("headed", "led")
                       and fold(toks[n + 1].text) == "by"), None) if fold(t.text) == "delegation" else None
            if by is not None:
                e = next((entity_at(doc, x) for x in toks[by + 2:by + 12] if entity_at(doc, x) is not None
                          and entity_at(doc, x).type == "PER"), None)     # past the title's "of Vietnam"
                if e is not None and e not in heads:
                    heads.append(e)
    return heads if len(heads) == 1 else []


def one_per_counterpart(hosts: list[Entity], others: list[Entity], joint: bool, separate: bool) -> bool:
    """"X met with the foreign ministers of A, B and C": one meeting with each, when X is one
    person and the counterparts are of different states, states themselves, or said to have been
    met separately."""
    if len(hosts) != 1 or hosts[0].type != "PER" or len(others) < 2 or joint:
        return False
    if any(e.group for e in others):
        return False      # "a delegation of investors consisting of A and B": one meeting
    if separate or any(e.type == "GPE" for e in others):
        return True
    return len({e.country for e in others if e.country}) >= 2


def resolve_sides(doc: Doc, events: list[Event]) -> list[Event]:
    """"The two leaders met in Riga": a meeting of the sides only is the meeting of the two persons
    the article puts at the table elsewhere (another meeting of two persons), so it is told once."""
    pairs = [v for v in events if sum(1 for p in v.attrs["participants"] if doc.entity(p).type == "PER") >= 2]
    for v in events:
        ents = [doc.entity(p) for p in v.attrs["participants"]]
        if pairs and ents and all(e.group and fold(e.name).split()[-1] in meeting_words("en", "sides") for e in ents):
            v.attrs["participants"] = list(pairs[0].attrs["participants"])
    return events
