"""Titles, offices and states of persons, from the appositions around their names: one stage,
a reader a language (this module reads Russian, en/roles.py English, kk/roles.py Kazakh).

"глава МИД РК Ермек Кошербаев" -> role (министр иностранных дел, org МИД РК), country KZ;
"спикером Палаты общин Великобритании Линдси Хойлом" -> (спикер Палаты общин, org), GB;
"исполняющий обязанности министра ... Великобритании, сопредседатель ... Крис Брайант" -> two
roles. The title lexicon is lang/ru/titles.tsv; the code knows no particular office.
"""
from __future__ import annotations

from ..doc import Doc, Entity, Role, Span, Token
from ..lang import words
from ..nlp.match import fold, tokens_keys, word_keys
from .context import token_index
from .gazetteer import gazetteer, state_counts
from .readers import reader_for
from .ru_firms import firm_named_before
from .titles import (  # noqa: F401 (other stages import these from here)
    JOINERS, after_title, colleague_title, nominative_title, own_part, split_titles, spread_org, title_canonical,
    title_window, titles, written_titles)


def give_role(person: Entity, title: str, org: str | None, country: str | None = None) -> None:
    """A title once a person (with the body first named with it); the state where none is known."""
    if not any(r.title == title for r in person.roles):
        person.roles.append(Role(title, org))
    if country and not person.country:
        person.country = country


def note_title(doc: Doc, toks: list[Token]) -> list[Token]:
    """Keep where a person's office is written ("министр культуры и спорта X"): words there say who
    someone is, not what the article is about (sectors.py)."""
    if toks:
        doc.meta.setdefault("title_spans", []).append((toks[0].start, toks[-1].end))
    return toks


class Roles:
    name = "roles"
    requires = ("entities",)
    assigns = ("roles",)
    langs = ("ru", "en", "kk")

    def __call__(self, doc: Doc) -> Doc:
        reader_for("roles", doc.lang)(doc)
        return doc


def russian_roles(doc: Doc) -> None:
    """The Russian reader of the Roles stage: the titles before and after each name."""
    gaz = gazetteer(doc.lang)
    doc.entities = [e for e in doc.entities if not _title_as_org(doc, e)]
    person_spans = [Span(m.start, m.end, m.text) for e in doc.entities if e.type == "PER" for m in e.mentions]
    guests: set[str] = set()      # heads of visiting delegations: not of the host state
    for e in doc.entities:
        if e.type != "PER":
            continue
        for m in list(e.mentions):
            sent = doc.sent_at(m.start)
            if sent is None:
                continue
            i0 = token_index(sent.tokens, m.start)
            if i0 is None:
                continue
            others = [p for p in person_spans if p.end <= m.start]
            win = title_window(doc, sent.tokens, i0, others) or colleague_title(doc, sent.tokens, i0, others)
            _add_roles(doc, e, own_part(split_titles(doc, note_title(doc, win))), gaz)
            later = [p for p in person_spans if p.start >= m.end]
            i1 = token_index(sent.tokens, m.end, len(sent.tokens))
            after = note_title(doc, after_title(doc, sent.tokens, i1, later))
            _add_roles(doc, e, split_titles(doc, after), gaz, after=True)
            guest = _delegation(doc, sent.tokens, i0 - len(win) if win else i0)
            if guest is not None:
                guests.add(e.id)
                e.country = e.country or guest
                _heads_firm(doc, e, sent.tokens, i0 - len(win) if win else i0)
            if not e.country:
                e.country = _country_near(doc, sent.tokens, i0, m, gaz)
    _delegation_members(doc, guests)
    # the home-state default waits for coreference: "Президент Турции" later in the article
    # is evidence against it (coref.py applies it once descriptions are linked)
    doc.meta["guests"] = guests


def _delegation_members(doc: Doc, guests: set[str]) -> None:
    """"В составе делегации — вице-спикер парламента A X и председатель комитета Y": a member
    whose title names no state is of the state of the others listed with him (one state, or none
    is given), not of the state the article is mostly about (the host of the visit)."""
    delegation = words(doc.lang, "meeting_words.tsv", "delegation")
    members = words(doc.lang, "delegation_members.txt")
    for sent in doc.sents:
        keys = tokens_keys(sent.tokens, doc.lang)      # the sentence's keys, gathered once for every stage
        if not (keys & delegation and keys & members):
            continue
        people = [e for e in doc.entities if e.type == "PER" and any(sent.start <= m.start < sent.end for m in e.mentions)]
        states = {e.country for e in people if e.country}
        if len(states) != 1:
            continue
        for e in people:
            if not e.country:
                e.country = next(iter(states))
                guests.add(e.id)


def _title_as_org(doc: Doc, e: Entity) -> bool:
    """"принял Специального представителя ЕС X": a capitalised title taken for an organisation
    is a title and nothing more when each of its mentions is a title phrase, whole."""
    def whole_title(m: Span) -> bool:
        sent = doc.sent_at(m.start)
        toks = [t for t in sent.tokens if m.start <= t.start and t.end <= m.end] if sent is not None else []
        hit = titles(doc.lang).match_at(toks, 0) if toks else None
        return hit is not None and hit.end == len(toks)
    return e.type == "ORG" and bool(e.mentions) and all(whole_title(m) for m in e.mentions)


def _delegation(doc: Doc, sent: list[Token], i: int) -> str | None:
    """"делегацию провинции Цзянсу КНР во главе с вице-губернатором X": X heads a visiting
    delegation and belongs to its state ("" when the delegation names none, as for a bank)."""
    j = i - 1
    if j >= 1 and sent[j].text in ("–", "—"):
        # "Делегацию Казахстана возглавил X, Узбекистана – министр Y": the state before the dash
        ent = doc.entity_at(sent[j - 1].start, sent[j - 1].end)
        return ent.country if ent is not None and ent.type == "GPE" and ent.country else None
    if j >= 0 and "возглавить" in word_keys(sent[j].text):
        # "Делегацию Казахстана возглавил министр X", "Грузинскую делегацию возглавил X"
        for k in range(j - 1, max(-1, j - 8), -1):
            if "делегация" in word_keys(sent[k].text):
                cue = gazetteer(doc.lang).cue(sent[k - 1].text) if k > 0 and sent[k - 1].pos == "ADJ" else None
                return cue or _state_in(doc, sent[k + 1:j])
        return None
    if j < 2 or [fold(t.text) for t in sent[j - 2:j + 1]] != ["во", "главе", "с"]:
        return None
    for k in range(j - 3, max(-1, j - 18), -1):
        if "делегация" in word_keys(sent[k].text):
            # "делегацию южнокорейской компании «X» во главе с Y": the firm's state by its adjective
            cues = [c for t in sent[k - 1:j - 2] if t.pos == "ADJ" for c in gazetteer(doc.lang).cues_in(t.text)]
            return _state_in(doc, sent[k + 1:j - 2]) or (cues[0] if len(set(cues)) == 1 else "")
    return None


def _heads_firm(doc: Doc, person: Entity, sent: list[Token], i: int) -> None:
    """"делегацию компании X во главе с генеральным директором Y": Y holds his office in the firm
    (and signs for it: agreement_sides.for_bodies); a bank's or a ministry's delegation is left
    as it was (lang/ru/project_owners.tsv "back": the words that call a body a firm)."""
    if i < 3 or [fold(t.text) for t in sent[i - 3:i]] != ["во", "главе", "с"]:
        return
    from .projects import project_words
    firm_words = project_words(doc.lang, "back", "project_owners.tsv")
    k = next((k for k in range(i - 4, max(-1, i - 18), -1) if "делегация" in word_keys(sent[k].text)), None)
    firms = [e for x, t in enumerate(sent[k + 1:i - 3], k + 1) if k is not None
             and (e := doc.entity_at(t.start, t.end)) is not None and e.type == "ORG" and not e.group
             and any(word_keys(w.text) & firm_words for w in sent[max(k, x - 2):x])]
    if firms:
        for r in person.roles:
            r.org = r.org or firms[0].id
        doc.meta.setdefault("firm_heads", set()).add(person.id)


def _state_in(doc: Doc, toks: list[Token]) -> str | None:
    """The state of the first state, body or place named among the tokens."""
    return next((e.country for t in toks if (e := doc.entity_at(t.start, t.end)) is not None
                 and e.type in ("GPE", "ORG", "LOC") and e.country), None)


def _add_roles(doc: Doc, person: Entity, parts: list[list[Token]], gaz, after: bool = False) -> None:
    """The offices of a title before the name (the last may be shared, see _add_role) or set off
    after it (each one person's); a bare title joined to one with a body holds it in that body."""
    before = len(person.roles)
    for n, part in enumerate(parts, 1):
        _add_role(doc, person, part, gaz, single=after or n < len(parts))
    spread_org(doc, person.roles[before:], parts)


def _add_role(doc: Doc, person: Entity, part: list[Token], gaz, single: bool = False) -> None:
    """`single`: the part must be one person's office: a plural one set off by a comma
    ("представители власти, глава области X"; "X, руководители регионов") is a list of
    others; one next to the name may be shared ("Президентами Азербайджана X, Кыргызстана Y")."""
    head = next((t for t in part if t.pos in ("NOUN", "PROPN") or t.feats.get("VerbForm") == "Part"), None)
    if single and head is not None and head.feats.get("Number") == "Plur":
        return
    start, end = part[0].start, part[-1].end
    country, org = None, None
    keep = list(part)
    # a quoted name stays whole: "группы дружбы «Турция – Казахстан»"
    quoted = [(a.end, b.start) for a in part if a.text in ("«", "“")
              for b in part if b.text in ("»", "”") and b.start > a.start]
    # in the order the title names them: "посольства Белоруссии в Латвии" is Belarus's
    inside = sorted(((mm, ent) for ent in doc.entities for mm in ent.mentions
                     if start <= mm.start and mm.end <= end), key=lambda x: x[0].start)
    for mm, ent in inside:
        if ent.type != "ORG" and any(qa <= mm.start and mm.end <= qb for qa, qb in quoted):
            continue    # a state inside a quoted name; a quoted organisation is the office's
        if ent.type == "GPE":
            country = country or ent.country
            org = org or ent.id
            keep = [t for t in keep if not (mm.start <= t.start < mm.end)]
        elif ent.type == "ORG":
            org = ent.id
            country = country or ent.country
            if ent.country:    # "Палаты общин Великобритании": the state is not the title
                keep = [t for t in keep if not (t.start >= mm.start and t.end <= mm.end
                                                and gaz.names.match_at([t], 0))]
    firm = firm_named_before(doc, keep) if org is None and keep else None
    if firm is not None:
        # "председатель совета директоров компании": of the firm named before, so of its state
        # and never of the home state by default (agreement_sides.for_bodies: he signs for it)
        country = firm[1]
        doc.meta.setdefault("firm_heads", set()).add(person.id)
    if country is None and firm is None:
        # "аким города Алматы", "губернатор Омской области": the place's state
        places = [ent.country for ent in doc.entities if ent.type == "LOC" and ent.country
                  for mm in ent.mentions if start <= mm.start and mm.end <= end]
        country = places[0] if len(set(places)) == 1 else None
    opens = [t.start for t in keep if t.text == "("]
    closes = [t.end for t in keep if t.text == ")"]
    if opens and closes:    # "(КНБ)": the abbreviation named the org; the title goes without it
        keep = [t for t in keep if not (opens[0] <= t.start and t.end <= closes[-1])]
    honor = words(doc.lang, "honorifics.txt")
    while keep and (word_keys(keep[-1].text) & honor or fold(keep[-1].text) in words(doc.lang, "possessives.txt")
                    or fold(keep[-1].text) in JOINERS):
        keep.pop()         # "Посол ... в [Кыргызстане]": the state left, its preposition goes too
    if not keep:
        return
    if country is None:
        cues = [c for t in keep for c in gaz.cues_in(t.text)]
        country = cues[0] if len(set(cues)) == 1 else None
    m = titles(doc.lang).match_at(keep, 0)
    canonical = m.value if m else ""
    title = nominative_title(keep)
    written = written_titles(doc.lang).match_at(keep, 0)
    if canonical and m and m.end == len(keep) and not (written and written.end == m.end):
        title = canonical          # "глава МИД" is the foreign minister
    give_role(person, title, org, country)


def _country_near(doc, sent, i0, m: Span, gaz) -> str | None:
    """"Россиянин Денис Чернышов", "Славко Винчич (Словения)", "казахстанский коллега X"."""
    c = gaz.cue_before(sent, i0)
    if c:
        return c
    after = [t for t in sent if t.start >= m.end][:3]
    if len(after) >= 3 and after[0].text == "(" and after[2].text == ")":
        ent = doc.entity_at(after[1].start, after[1].end)
        if ent is not None and ent.type == "GPE":
            return ent.country
    return None


def home_country(doc: Doc, guests: set[str] = frozenset()) -> None:
    """A titled person with no state named: the state the article is mostly about (not the
    head of a visiting delegation); but a state has one president: when someone of that
    state already holds the office, the other state the article is about."""
    counts = state_counts(doc)
    if not counts:
        return
    ranked = counts.most_common(3) + [(None, 0)]
    if ranked[1][0] is not None and ranked[1][1] == ranked[0][1]:
        return
    for e in doc.entities:
        if e.type == "PER" and e.roles and not e.country and e.id not in guests and not any(
                (o := doc.entity(r.org)) is not None and o.type == "ORG" and not o.group for r in e.roles):
            # not for one whose office is in an organisation without a state ("представитель ЕС")
            home = ranked[0][0]
            if _office_taken(doc, e, home):
                home = ranked[1][0] if ranked[1][0] and ranked[1][1] > ranked[2][1] \
                    and not _office_taken(doc, e, ranked[1][0]) else None
            e.country = home


def _office_taken(doc: Doc, person: Entity, code: str | None) -> bool:
    """Does another person of that state hold one of this person's offices?"""
    mine = _offices(doc.lang, person)
    return any(o is not person and o.type == "PER" and o.country == code and mine & _offices(doc.lang, o)
               for o in doc.entities)


def _offices(lang: str, person: Entity) -> set[str]:
    # the office a title means, so that "глава государства" and "глава МИД" (kept as written)
    # are two offices, and "глава государства" and "президент" one
    return {fold(title_canonical(lang, r.title) or r.title.split()[0]) for r in person.roles if r.title.split()}
