"""Who signs when the sentence does not say, and one document told twice.

Rules every reader uses: the sides a title names ("между X и Y", "between X and Y", two states;
named_between), the sides of the talks just told (meeting_sides), the speaker's state for "we"
(speaker_country), with the words of each language in lang/<xx>/agreement_sides.tsv and we.txt.
Russian settles parties after the merge (settle_parties): "между правительствами двух стран" is the
article's pair; an organisation inside another document's title is no party to the next document; a
signer whose office names his body only by kind signs for it (for_bodies).
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Event, Sent, Token
from ..lang import lexicon, words
from ..nlp.match import fold, word_keys
from .agreements import is_signing
from .agreement_present import in_presence, on_behalf, states_of_group, taking_part, talks_told_next
from .context import headline_end, last_named_of_kind, mentions_in, unique

def side_words(lang: str, kind: str) -> frozenset[str]:
    """The words of lang/<xx>/agreement_sides.tsv of one kind: between, subject, both, sides, with."""
    return words(lang, "agreement_sides.tsv", kind)


def meeting_sides(doc: Doc, before: int, as_states: bool = True, at: int | None = None) -> list[Entity]:
    """"По итогам переговоров подписаны: ...": the sides of the talks just told sign, each as its
    state where the article names the state (`as_states`), else as the person at the table."""
    from .meeting_merge import told_before     # (it imports this module through cosigners.py)
    meetings = [v for v in doc.events if v.type == "meeting" and v.modality == "asserted"
                and v.evidence[0].start <= before]
    ents = {e.id: e for e in doc.entities}
    states = {e.country: e for e in doc.entities if e.type == "GPE" and e.country} if as_states else {}
    return unique([states.get(ents[p].country, _body_of(doc, ents[p], as_states))
                   for p in told_before(doc, meetings, at).attrs["participants"]]) if meetings else []


def _body_of(doc: Doc, e: Entity, as_states: bool) -> Entity:
    """A person of no known state who holds an office in an organisation ("президент Азиатского
    банка развития") signs for it, as a minister signs for his state."""
    orgs = [o for r in e.roles if r.org and (o := doc.entity(r.org)) is not None and o.type == "ORG"]
    return orgs[0] if as_states and e.type == "PER" and not e.country and orgs else e


def named_between(doc: Doc, title: list[Token]) -> list[Entity]:
    """"соглашение между X и Y о строительстве ...", "between the council of city A (State X) and
    ... city B": the sides a title names after its word of "between" (lang/<xx>/agreement_sides.tsv), up
    to its subject; a state a bracket adds to place a side is not one. Else two states or more
    that the title names ("Казахстан – Великобритания")."""
    for k, t in enumerate(title):
        if fold(t.text) in side_words(doc.lang, "between"):
            stop = next((x.start for x in title[k + 1:] if fold(x.text) in side_words(doc.lang, "subject")),
                        title[-1].end)
            ents = unique([e for m, e in mentions_in(doc, t.end, stop, ("ORG", "GPE", "LOC", "PER"))
                           if doc.text.rfind("(", t.end, m.start) <= doc.text.rfind(")", t.end, m.start)
                           and not _in_apposition(doc.text[t.end:m.start])])
            if len(ents) >= 2:
                return ents
    states = unique([e for _, e in mentions_in(doc, title[0].start, title[-1].end, ("GPE",))])
    return states if len(states) >= 2 else _joined_bodies(doc, title)


def _joined_bodies(doc: Doc, title: list[Token]) -> list[Entity]:
    """"дорожную карту научного сотрудничества СО РАН и Академии наук Узбекистана": two bodies the
    title joins by "и" (lang/<xx>/agreement_sides.tsv "and") are the sides whose cooperation it sets."""
    ms = [(m, e) for m, e in mentions_in(doc, title[0].start, title[-1].end, ("ORG",)) if not e.group]
    for (a, x), (b, y) in zip(ms, ms[1:]):
        if x is not y and fold(doc.text[a.end:b.start].strip()) in side_words(doc.lang, "and"):
            return [x, y]
    return []


def _in_apposition(before: str) -> bool:
    """"between city A, the capital of region B, and city C": a place the apposition after a
    side names describes that side and is none itself."""
    c = before.rfind(", the ")
    return c >= 0 and before[c + 6:c + 7].islower() and " and " not in before[c:]


def side_open(lang: str, toks: list[Token]) -> bool:
    """"an agreement between city A, the capital of region B, and city C": after the word of
    "between" and before the "and" of its last side, a comma is inside a side, not the title's end."""
    ws = [fold(t.text) for t in toks]
    k = next((n for n, w in enumerate(ws) if w in side_words(lang, "between")), None)
    return k is not None and not side_words(lang, "and") & set(ws[k + 1:])


def pair_of_states(doc: Doc, before: int) -> list[Entity]:
    """The two states the article is about: those of the talks just told, else the headline's two,
    else the previous sentence's two ("X и Y провели переговоры. Стороны подписали"), else none."""
    sides = [e for e in meeting_sides(doc, before) if e.type == "GPE"]
    if len(sides) == 2:
        return sides
    head = unique([e for _, e in mentions_in(doc, 0, headline_end(doc), ("GPE",))])
    prev = [s for s in doc.sents if headline_end(doc) <= s.start and s.end <= before][-1:]
    near = [e for e in doc.entities if e.type == "GPE" and any(s.start <= m.start < s.end for s in prev for m in e.mentions)]
    return head if len(head) == 2 else near if len(near) == 2 else []


def headline_pair(doc: Doc) -> list[Entity]:
    """A state and an organisation the headline names together ("Таджикистан и Евросоюз
    приняли ..."): the two sides when they are not two states."""
    head = unique([e for _, e in mentions_in(doc, 0, headline_end(doc), ("GPE", "ORG"))])
    return head if len(head) == 2 and any(e.type == "GPE" for e in head) else []


def names_both(lang: str, title: str) -> bool:
    """"между правительствами двух стран", "между сторонами"."""
    words_ = fold(title).split()
    k = next((k for k, w in enumerate(words_) if w in side_words(lang, "between")), None)
    return k is not None and bool(side_words(lang, "both") & set(words_[k:]))


def settle_parties(doc: Doc, found: list[Event]) -> None:
    """Parties named inside another document's title are that document's subject, not signers
    of this one; a document left with no party, or with "двух стран", has the article's pair."""
    ents = {e.id: e for e in doc.entities}
    for v in found:
        others = [o.attrs["title_span"] for o in found if o is not v and "title_span" in o.attrs]
        own = v.attrs.get("title_span", [0, 0])
        # the states at the table sign, though the next document's title names them too
        # ("сопредседатели подписали Протокол, а также Программу ... между X и Y")
        seated = {e.id for e in meeting_sides(doc, v.evidence[0].start) if e.type == "GPE"}

        def elsewhere(pid: str) -> bool:
            if pid in seated:
                return False
            ms = [m for m in ents[pid].mentions if v.evidence[0].start <= m.start < v.evidence[0].end]
            return bool(ms) and all(any(a <= m.start < b for a, b in others) and not own[0] <= m.start < own[1]
                                    for m in ms)
        # "стороны приняли совместное заявление": the sides are who the article is about, not a party
        sides = side_words(doc.lang, "sides")
        parties = [p for p in v.attrs["parties"] if not elsewhere(p) and fold(ents[p].name) not in sides]
        # "компания X подписала с хокимиятом области соглашение": the one signed with is a party
        if parties:
            parties += [e.id for e in signed_with(doc, v) if e.id not in parties]
        code = speaker_country(doc, doc.sent_at(v.evidence[0].start))
        ours = next((e for e in doc.entities if e.type == "GPE" and e.country == code), None) if code else None
        if ours is not None and ours.id not in parties:
            parties.insert(0, ours.id)
            parties += [e.id for e in signed_with(doc, v) if e.id not in parties]
        present = [e.id for e in taking_part(doc, v)]
        parties = present if present and set(parties) <= set(present) else parties
        parties = unique([q for p in parties for q in states_of_group(doc, ents[p])])
        if parties and all(ents[p].group and not ents[p].country for p in parties):
            parties = [e.id for e in talks_told_next(doc, v)] or parties
        if not parties:
            parties = [e.id for e in in_presence(doc, v) or on_behalf(doc, v)]
        if not parties or names_both(doc.lang, v.attrs["title"]):
            pair = pair_of_states(doc, v.evidence[0].start) or ([] if parties else headline_pair(doc))
            parties = [e.id for e in pair] or parties or v.attrs["parties"]
        v.attrs["parties"] = parties


def speaker_country(doc: Doc, sent: Sent) -> str | None:
    """'«Мы подписали соглашение с X», — сказал президент C', '"We have signed an agreement," the
    Latvian president said': "we" (lang/<xx>/we.txt) in a direct statement signs for the
    speaker's state; the code of that state."""
    we = words(doc.lang, "we.txt")
    if not any(fold(t.text) in we for t in sent.tokens):
        return None
    for v in doc.events:
        if v.type == "statement" and v.attrs.get("direct") and any(
                e.start <= sent.start < e.end or sent.start <= e.start < sent.end for e in v.evidence):
            speaker = doc.entity(v.attrs["speaker"])
            if speaker is not None and speaker.type == "PER" and speaker.country:
                return speaker.country
    return None


def signed_with(doc: Doc, v: Event) -> list[Entity]:
    """"подписали соглашение ... с Турцией": who the signing verb names after "с"."""
    from ..nlp.frames import frames_in
    sent = doc.sent_at(v.evidence[0].start)
    if sent is None:
        return []
    out: list[Entity] = []
    for f in frames_in(doc, sent):
        if f.kind != "verb" or not is_signing(doc.lang, sent.tokens[f.pred]):
            continue
        toks = sent.tokens
        # "с X" on the verb, or inside its object ("соглашение о поставках газа с Турцией")
        spots = [a.head for a in f.role(doc.lang, "partner")] + \
            [j for a in f.role(doc.lang, "patient") for j in a.tokens
             if j > 0 and fold(toks[j - 1].text) in side_words(doc.lang, "with")]
        for j in spots:
            e = doc.entity_at(toks[j].start, toks[j].end)
            if e is not None and e.type in ("GPE", "ORG") and e not in out:
                out.append(e)
    return out


def for_bodies(doc: Doc, signers: list[Entity]) -> list[Entity]:
    """"подписали министр финансов X и председатель правления банка Y": a person whose office
    names only the kind of his organisation ("банка", "компании"; the kind nouns of
    lang/ru/quoted_org_nouns.txt and the financiers of lang/ru/project_owners.tsv) signs for the
    organisation of that kind the article named before him."""
    kinds = {r[0] for r in lexicon(doc.lang, "quoted_org_nouns.txt")} | {
        r[0] for r in lexicon(doc.lang, "project_owners.tsv") if r[1:] == ("financier",)}
    return [_signing_body(doc, e, kinds) or e for e in signers]


def _signing_body(doc: Doc, person: Entity, kinds: set[str]) -> Entity | None:
    if person.type != "PER":
        return None
    # "председатель правления компании X ... глава германской компании подписали": the head of a
    # firm the article calls by its kind signs for it
    firms = [o for r in person.roles if (o := doc.entity(r.org)) is not None and o.type == "ORG"
             and not o.group and any(_called(doc, m, {k for w in kinds for k in word_keys(w, doc.lang)})
                                     for m in o.mentions)]
    if firms or any(r.org for r in person.roles):
        return firms[0] if firms else None
    first = min(m.start for m in person.mentions)
    for r in person.roles:
        last = (r.title or "").split()[-1:]
        keys = word_keys(last[0]) & kinds if last else set()
        if not keys or len(r.title.split()) < 2:
            continue      # "председатель правления банка", not a bare "банкир"
        body = last_named_of_kind(doc, keys, first) or firm_called(doc, keys, first)
        if body is not None:
            return body
    return None


@cache
def _kinds(lang: str) -> dict[str, frozenset[str]]:
    """Each kind of side (lang/<xx>/side_kinds.txt) with the words of other scripts that name
    it in a body's name: a Kazakh article calls "Nordhavn University" "университет"."""
    return {r[0]: frozenset(r) for r in lexicon(lang, "side_kinds.txt")}


def side_kinds_of(lang: str, word: str) -> set[str]:
    """The kinds of side (lang/<xx>/side_kinds.txt) a word names: "банка" -> {"банк"}."""
    return word_keys(word, lang) & _kinds(lang).keys()


def body_of_kind(doc: Doc, tok: Token, before: int) -> Entity | None:
    """A side named only by its kind (lang/<xx>/side_kinds.txt: "компанией", "компания"): the
    organisation of that kind the article named last before it."""
    kinds = _kinds(doc.lang)
    keys = {w for k in side_kinds_of(doc.lang, tok.text) for w in kinds[k]}
    return (last_named_of_kind(doc, keys, before) or firm_called(doc, keys, before)) if keys else None


def firm_called(doc: Doc, keys: set[str], before: int) -> Entity | None:
    """"компания" for a firm the article named before by that word: 'китайская компания China Power
    ...', 'компании Air Liquide', '«Karya Tekstil» компаниясы' (the kind word within two words
    before its name or right after it); the one named last before `before`."""
    named = [(m.start, e) for e in doc.entities if e.type == "ORG" and not e.group
             for m in e.mentions if m.end <= before and _called(doc, m, keys)]
    return max(named, key=lambda x: x[0])[1] if named else None


def _called(doc: Doc, m, keys: set[str]) -> bool:
    def bare(text: str) -> list[str]:
        return [w for w in (x.strip("«»\"“”,.()") for x in text.split()) if w]
    near = bare(doc.text[max(0, m.start - 40):m.start])[-2:] + bare(doc.text[m.end:m.end + 30])[:1]
    return any(word_keys(w, doc.lang) & keys for w in near)
