"""Titles, offices and states of persons in English news, from the words around their names.

Before the name: "Kazakh Trade Minister Aibek Sarsenov", "UK Foreign Secretary Oliver Grant",
"President of the Republic of Chile Jorge Vargas", "Speaker of the National Assembly
Pablo Rojas", "the European Commission's Executive Vice-President Maria Lindqvist"; after it:
"Aibek Sarsenov, Kazakhstan's Trade Minister,"; a list: "The Trade Ministers of Kazakhstan
and Chile, Aibek Sarsenov and Tomás Vidal" (each takes the state in its place);
"his Chinese counterpart Wang Yi" (the office of the person named before). The titles are
lang/en/titles.tsv; the code knows no particular office.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Role, Sent, Token
from ...lang import words
from ...nlp.match import fold
from ..gazetteer import gazetteer
from ..context import token_index
from ..roles import give_role, note_title
from .clause import mention_at
from .delegations import head_states
from .home_state import counterpart_state, home_country, state_after, state_possessing
from .name_checks import list_title
from .lexicons import bodies, honorifics, is_cap, titles
from .title_window import COUNTERPARTS, JOIN, QUALIFIERS, window_after, window_before



class _Part:
    """One office: its title words, and the states and bodies written with it."""

    def __init__(self, toks: list[Token], mods: list[Token]):
        self.toks, self.mods = toks, mods


def parts_of(doc: Doc, win: list[Token]) -> list[_Part]:
    """Split a window into offices: "Deputy Prime Minister and Foreign Minister" gives two."""
    matcher = titles()
    starts = [k for k in range(len(win)) if matcher.match_at(win, k)]
    if not starts:
        return []
    first = starts[0]
    mods, body = win[_modifiers(doc, win, first):first], win[first:]
    m = matcher.match_at(win, first)
    if fold(win[m.end - 1].text) in words("en", "field_titles.txt") and m.end - first == 1:
        # "Commerce Minister", "Kazakh Trade Minister": the field is part of the office
        f = first
        while f > 0 and is_cap(win[f - 1]) and mention_at(doc, win[f - 1]) is None \
                and not gazetteer("en").cue(win[f - 1].text) and fold(win[f - 1].text) not in QUALIFIERS:
            f -= 1
        if f < first:
            mods, body = win[_modifiers(doc, win, f):f], win[f:]
    while mods and fold(mods[-1].text) in words("en", "office_prefixes.txt"):
        body = [mods[-1]] + body
        mods = mods[:-1]
    out, cur = [], []
    n = 0
    while n < len(body):
        t = body[n]
        # "Vice Premier and Trade Minister": two offices of one person; "deputies of X and
        # the Ambassador of Y Z": the office before "and the" is someone else's
        other = n + 2 < len(body) and fold(body[n + 1].text) == "the"
        nxt = n + 2 if other else n + 1
        if fold(t.text) in ("and", ",") and cur and nxt < len(body) and matcher.match_at(body, nxt):
            out = [] if other else out + [_Part(cur, mods)]
            cur = []
        else:
            cur.append(t)
        n += 1
    if cur:
        out.append(_Part(cur, mods))
    return out


def _modifiers(doc: Doc, win: list[Token], k: int) -> int:
    """Where the modifiers right before the title at k start: "the UK", "Kazakh", "the European Commission's"."""
    cue = gazetteer("en").cue
    while k > 0 and (fold(win[k - 1].text) in QUALIFIERS | {"'s", "’s"} or cue(win[k - 1].text)
                     or mention_at(doc, win[k - 1]) is not None
                     or k > 1 and fold(win[k - 1].text) == "and" and cue(win[k].text) and cue(win[k - 2].text)):
        k -= 1      # "his Estonian and Lithuanian counterparts": both states, one for each name after
    return k


def _title_text(doc: Doc, part: list[Token]) -> tuple[str, list[Token]]:
    """The title as written without the states in it; the canonical office where the whole title is one."""
    keep = []
    for t in part:
        hit = mention_at(doc, t)
        if hit is not None and hit[1].type == "GPE":
            continue
        keep.append(t)
    while len(keep) > 1 and honorifics().match_at(keep, len(keep) - 1):
        keep.pop()      # "Emir of Qatar Sheikh": the address before the name ends no office
    # "President of the Republic of" -> "President": the state went, so do its joiners
    while keep and (fold(keep[-1].text) in JOIN | words("en", "state_forms.txt")
                    or keep[-1].text.islower() and bodies().match_at([keep[-1]], 0) is not None):
        keep.pop()      # "... at Steppe Grain company": the noun after the body's name
    while keep and (fold(keep[0].text) in ("the", "a", "his", "her") or honorifics().match_at(keep, 0)):
        keep = keep[1:]
    if not keep:
        return "", keep
    m = titles().match_at(keep, 0)
    if m and m.end == len(keep) and m.value:
        return m.value, keep
    text = doc.text[keep[0].start:keep[-1].end]
    if ")" in text and "(" not in text:
        text = " ".join(text.replace(")", " ").split())     # "Toraga (Speaker) of the X": the gloss's office
    return text, keep


def _body_named_before(doc: Doc, toks: list[Token], first: Token) -> Entity | None:
    """"the ministry's spokesperson X": the ministry the article named before, with its state;
    "a delegation of the Bank headed by its President X": the body named last in the sentence."""
    k = toks.index(first)
    if k >= 1 and fold(toks[k - 1].text) == "its":
        named = [(m.start, e) for e in doc.entities if e.type == "ORG" and not e.group
                 for m in e.mentions if toks[0].start <= m.start and m.end <= toks[k - 1].start]
        return max(named, key=lambda x: x[0])[1] if named else None
    k -= 1 if first.text not in ("'s", "’s") else 0
    if k < 1 or toks[k].text not in ("'s", "’s") or not toks[k - 1].text.islower() \
            or bodies().match_at([toks[k - 1]], 0) is None:
        return None
    word = fold(toks[k - 1].text)
    named = [(m.start, e) for e in doc.entities if e.type == "ORG" and not e.group and e.country
             for m in e.mentions if m.end <= toks[k].start and word in {fold(w) for w in e.name.split()}]
    return max(named, key=lambda x: x[0])[1] if named else None


def english_roles(doc: Doc) -> None:
    """The English reader of the Roles stage (roles.py)."""
    gaz = gazetteer("en")
    mentions = sorted(((m, e) for e in doc.entities if e.type == "PER" for m in e.mentions),
                      key=lambda x: x[0].start)
    for m, person in mentions:
        sent = doc.sent_at(m.start)
        if sent is None:
            continue
        toks = sent.tokens
        i0 = token_index(toks, m.start)
        i1 = token_index(toks, m.end, len(toks))
        if i0 is None:
            continue
        first, place = _list_head(doc, toks, i0)
        parts = parts_of(doc, window_before(doc, toks, first))
        if place and not any(t.feats.get("Number") == "Plur" for p in parts for t in p.toks):
            parts = []      # "Kazakh Foreign Minister A and B": the title is A's alone
        if all(_address_only(p) for p in parts):     # "Sheikh X, Minister of State": the office follows
            parts = parts_of(doc, window_after(doc, toks, _list_end(doc, toks, i1))) or parts
        for part in parts:
            note_title(doc, part.toks)
            _add_role(doc, sent, person, part, place, gaz)
        listed = _listed(doc, toks, i0)
        if listed is not None and not person.roles:
            title, state = listed      # "the foreign ministers of Spain A, Latvia B": B's are Latvia's
            person.roles.append(Role(title, state.id))
            person.country = person.country or state.country
        after = state_after(doc, toks, i1)
        if after is not None:
            person.country = after.country      # "Vladimir Putin of Russia": the name's own state
            for r in person.roles:
                r.org = r.org if r.org is None or doc.entity(r.org).type != "GPE" else after.id
        if not person.country:
            person.country = gaz.cue_before(toks, i0)      # "Uzbek businessman Akmal Saidov"
        if not person.country:
            owner = state_possessing(doc, toks, i0)
            person.country = owner.country if owner is not None else None     # "Uzbekistan's Shavkat Mirziyoyev"
    head_states(doc)        # "a delegation from Chile led by X"
    home_country(doc)
    counterpart_state(doc)


def _address_only(part: _Part) -> bool:
    """Is the office only a word of address that is also a title ("Sheikh")?"""
    m = honorifics().match_at(part.toks, 0)
    return m is not None and m.end == len(part.toks)


def _listed(doc: Doc, toks: list[Token], i0: int) -> tuple[str, Entity] | None:
    hit = mention_at(doc, toks[i0 - 1]) if i0 > 0 else None
    if hit is None or hit[1].type != "GPE":
        return None
    taken = [mention_at(doc, t) is not None and mention_at(doc, t)[1].type != "PER" for t in toks]
    title = list_title(toks, i0, taken)
    return (title, hit[1]) if title else None


def _list_head(doc: Doc, toks: list[Token], i0: int) -> tuple[int, int]:
    """For the k-th name of "A, B and C", the token where A starts and k (0-based)."""
    place, i = 0, i0
    while i >= 2 and fold(toks[i - 1].text) in ("and", ","):
        k = i - 2
        hit = mention_at(doc, toks[k])
        if hit is not None and hit[1].type == "GPE":
            # "Presidents A of Russia and B of Kazakhstan": over A's state to A
            k = next((n for n in range(k, -1, -1) if toks[n].start < hit[0].start), -1)
            k -= 1 if k >= 0 and fold(toks[k].text) == "the" else 0
            if not (k >= 1 and fold(toks[k].text) == "of"):
                break
            k -= 1
        hit = mention_at(doc, toks[k]) if k >= 0 else None
        if hit is None or hit[1].type != "PER":
            break
        m = hit[0]
        i = token_index(toks, m.start)
        place += 1
    return i, place


def _list_end(doc: Doc, toks: list[Token], i1: int) -> int:
    while i1 + 1 < len(toks) and fold(toks[i1].text) in ("and",) and mention_at(doc, toks[i1 + 1]) is not None:
        m = mention_at(doc, toks[i1 + 1])[0]
        i1 = token_index(toks, m.end, len(toks))
    return i1


def _add_role(doc: Doc, sent: Sent, person: Entity, part: _Part, place: int, gaz) -> None:
    states: list[Entity] = []
    org = None
    toks, places = sent.tokens, []
    for t in part.mods + part.toks:
        hit = mention_at(doc, t)
        if hit is None:
            continue
        e = hit[1]
        k = next(n for n, x in enumerate(toks) if x.start >= hit[0].start) - 1
        k -= 1 if k > 0 and fold(toks[k].text) == "the" else 0
        if e.type == "GPE" and k >= 0 and fold(toks[k].text) in ("to", "in", "for"):
            continue      # "Ambassador of the UK to Kazakhstan", "Director in Uzbekistan", "Country
            #               Director for Uzbekistan": the state the office serves, not the holder's
        if e.type == "LOC" and e.country:
            places.append(e.country)      # "Governor of Kyzylorda region": the region's state
        if e.type == "GPE" and e not in states:
            states.append(e)
        elif e.type == "ORG" and org is None:
            org = e
    org = org or _body_named_before(doc, toks, (part.mods + part.toks)[0])
    cues = []
    for t in part.mods + part.toks:
        if mention_at(doc, t) is None:
            cues += [c for c in gaz.cues_in(t.text) if c not in cues]
    title, keep = _title_text(doc, part.toks)
    if not keep:
        return
    if fold(keep[0].text) in COUNTERPARTS and len(keep) > 1 and titles().match_at(keep, 1):
        title, keep = _title_text(doc, keep[1:])      # "my colleague FM X": the office he names
    elif fold(keep[0].text) in COUNTERPARTS or fold(keep[-1].text) in COUNTERPARTS:
        title = _counterpart_title(doc, sent, part.toks[0].start)
        if not title:
            return
    countries = [e.country for e in states if e.country] or cues or places[:1]
    plural = any(t.feats.get("Number") == "Plur" for t in keep)
    if plural and len(countries) > 1:
        country = countries[place] if place < len(countries) else None
        state = next((e for e in states if e.country == country), None)
    else:
        country = countries[0] if len(set(countries)) == 1 else None
        state = states[0] if len(states) == 1 else None
    if org is not None and org.country and not country:
        country = org.country
    ref = org or state
    if ref is None and country:
        # "Kazakh Foreign Minister": the state the adjective names, where the article names it
        ref = next((e for e in doc.entities if e.type == "GPE" and e.country == country), None)
    give_role(person, title, ref.id if ref is not None else None, country)


def _counterpart_title(doc: Doc, sent: Sent, before: int) -> str:
    """"X met his Chinese counterpart Y": Y holds X's office."""
    people = [(m, e) for e in doc.entities if e.type == "PER" for m in e.mentions
              if sent.start <= m.start and m.end <= before]
    for _, e in sorted(people, key=lambda x: -x[0].start):
        if e.roles:
            return e.roles[0].title
    return ""
