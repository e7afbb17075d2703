"""Who a plural office means: "лидеры двух стран", "встреча российского и казахстанского
лидеров" are the leaders the article names; "министры иностранных дел Латвии и Эстонии X и Y"
give each name its office and state in turn. Plural office nouns are in lang/ru/collective.tsv."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Role, Sent
from ..lang import lexicon, words
from ..nlp.frames import arg_tokens
from ..nlp.match import fold, tokens_keys, word_keys
from .context import mention_at, mentions_in
from .coref import only_plural
from .gazetteer import gazetteer


@cache
def collective_heads(lang: str) -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1].split("|")) for r in lexicon(lang, "collective.tsv")}


def _plural(toks, k: int) -> bool:
    """"лидеры", "Президенты" (which a tagger may call singular); "главы" only before a plural
    genitive ("главы государств", not "главы государства")."""
    t = toks[k]
    if only_plural(t.text):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.case == "Gen" and t.case != "Gen":
        return nxt.feats.get("Number") == "Plur" and t.feats.get("Number") == "Plur" or only_plural(nxt.text)
    return t.feats.get("Number") == "Plur"


def _holds(person: Entity, offices: tuple[str, ...]) -> bool:
    """The office a plural noun names is the first word of the person's title as written
    ("президент Казахстана" for "лидеры"); the canonical office ("глава МИД" -> "министр") is
    not asked, since a plural "министры" means the ministers the article titles so."""
    return any(fold(r.title).split()[:1] and fold(r.title).split()[0] in offices for r in person.roles)


def collective_persons(doc: Doc, sent: Sent, k: int) -> list[Entity]:
    """The persons a plural office noun means: "встреча российского и казахстанского лидеров"
    is the Russian and the Kazakh leader the article names; "лидеры двух стран" the two leaders
    of different states it names most. Nothing when it cannot tell two of them apart."""
    toks = sent.tokens
    t = toks[k]
    offices = next((collective_heads(doc.lang)[w] for w in word_keys(t.text) if w in collective_heads(doc.lang)), None)
    if offices is None or t.pos not in ("NOUN", "PROPN") or not _plural(toks, k):
        return []
    hit = mention_at(doc, t)
    if hit is not None and hit[1].type == "PER":
        return []
    gaz = gazetteer(doc.lang)
    span = arg_tokens(sent, k)
    if _of_firms(doc.lang, toks, k, span):
        return []
    states: list[str] = []
    for j in span:
        for c in gaz.cues_in(toks[j].text):
            states.append(c)
        h = mention_at(doc, toks[j])
        if h is not None and h[1].type == "GPE" and h[1].country:
            states.append(h[1].country)
    # adjectives coordinated before the noun: "российского и казахстанского лидеров"
    j = k - 1
    while j >= 0 and (toks[j].pos == "ADJ" or fold(toks[j].text) in ("и", ",")):
        states += gaz.cues_in(toks[j].text)
        j -= 1
    people = sorted((e for e in doc.entities if e.type == "PER" and not e.group),
                    key=lambda e: (-len(e.mentions), e.first))
    ranked = [e for e in people if _holds(e, offices)] + [e for e in people if not _holds(e, offices)]
    out: list[Entity] = []
    if states:
        for code in dict.fromkeys(states):
            person = next((e for e in ranked if e.country == code), None)
            if person is not None and person not in out:
                out.append(person)
        return out if len(out) >= 2 else []
    seen: set[str | None] = set()
    for e in ranked:
        if not _holds(e, offices) or e.country in seen:
            continue
        seen.add(e.country)
        out.append(e)
    if len(out) < 2:
        # titles not given: the two persons named most, of two different known states
        out, seen = [], set()
        for e in people[:3]:
            if e.country and e.country not in seen:
                seen.add(e.country)
                out.append(e)
    return out[:2] if len(out) >= 2 else []


def _of_firms(lang: str, toks, k: int, span) -> bool:
    """"руководители крупнейших корейских компаний", "главы банков": heads of the firms a noun of
    firms (lang/<xx>/firm_nouns.txt) after the office names, a group of their own, not the leaders
    the article names."""
    firms = words(lang, "firm_nouns.txt")
    return any(j > k and word_keys(toks[j].text, lang) & firms for j in span)


def collective_in(doc: Doc, sent: Sent) -> tuple[list[Entity], list[Entity]]:
    """Persons meant by the collective nouns of a sentence, and the group entities they replace."""
    persons: list[Entity] = []
    groups: list[Entity] = []
    for k, t in enumerate(sent.tokens):
        found = collective_persons(doc, sent, k)
        if not found:
            continue
        persons += [e for e in found if e not in persons]
        hit = mention_at(doc, t)
        if hit is not None and hit[1].group:
            groups.append(hit[1])
    return persons + [e for e in _they(doc, sent) if e not in persons], groups


def _they(doc: Doc, sent: Sent) -> list[Entity]:
    """"X и Y приняли участие в церемонии. Перед церемонией они провели переговоры": a plural
    pronoun as subject (lang/ru/they.txt) means the persons the sentence just before names, when
    it names two or more of them."""
    if not any(t.rel.startswith("nsubj") and fold(t.text) in words(doc.lang, "they.txt") for t in sent.tokens):
        return []
    before = [s for s in doc.sents if s.end <= sent.start]
    if not before:
        return []
    named: list[Entity] = []
    for _, e in mentions_in(doc, before[-1].start, before[-1].end, ("PER",)):
        if not e.group and e not in named:
            named.append(e)
    return named if len(named) >= 2 else []


def _named(doc: Doc, tok) -> Entity | None:
    """The person or state named at a token (a state inside an organisation's span too:
    "Министры иностранных дел Латвии" may be read as one organisation)."""
    return next((e for kind in ("PER", "GPE") for e in doc.entities
                 if e.type == kind and any(m.start < tok.end and tok.start < m.end for m in e.mentions)), None)


def spread_plural_titles(doc: Doc, late: bool = False) -> None:
    """"Президенты Болгарии и Чили Пётр Стоянов и Хорхе Варгас", "министры иностранных
    дел Латвии и Эстонии X и Y": the office goes to each name, and the states in their order.
    `late` (once descriptions are linked): "президенты России и Таджикистана" with no names
    after gives the one state left to the one person the article names without a state."""
    gaz, heads = gazetteer(doc.lang), collective_heads(doc.lang).keys()
    for sent in doc.sents:
        toks = sent.tokens
        if heads.isdisjoint(tokens_keys(toks)):
            continue      # no plural office in the sentence: its words need no test one by one
        for k, t in enumerate(toks):
            # the view tests the token's few keys against the lexicon (no set of it per token)
            if heads.isdisjoint(word_keys(t.text)) or not _plural(toks, k):
                continue
            title, states, j = [t.lemma or fold(t.text)], [], k + 1
            while j < len(toks) and toks[j].case == "Gen" and not _named(doc, toks[j]) \
                    and toks[j].pos in ("ADJ", "NOUN"):
                title.append(toks[j].text.lower())      # "министры иностранных дел"
                j += 1
            people: list[Entity] = []
            paired = _state_name_pairs(doc, toks, j)
            if paired:
                # "президенты России X, Белоруссии Y и Узбекистана Z": each name after its state
                for person, code in paired:
                    person.country = person.country or code
                    if not person.roles:
                        person.roles.append(Role(" ".join(title), None))
                continue
            while j < len(toks):
                hit = _named(doc, toks[j])
                if hit is not None and hit.type == "GPE" and hit.country and not people:
                    if hit.country not in states:
                        states.append(hit.country)
                elif hit is not None and hit.type == "PER":
                    if hit not in people:
                        people.append(hit)
                elif fold(toks[j].text) not in ("и", ","):
                    break
                j += 1
            if not states:
                states = [c for x in toks[max(0, k - 4):k] for c in gaz.cues_in(x.text)]
            if not people and len(states) >= 2 and late:
                _the_one_left(doc, states, t.lemma or fold(t.text))
                continue
            if len(people) < 2 or len(states) != len(people):
                continue
            office = " ".join(title)
            for person, code in zip(people, states):
                person.country = person.country or code
                if not person.roles:
                    person.roles.append(Role(office, None))


def _state_name_pairs(doc: Doc, toks, j: int) -> list[tuple[Entity, str]]:
    """The states and names after a plural office when they alternate, a state before each name
    ("России X, Белоруссии Y и Узбекистана Z"), two pairs or more; else nothing."""
    seq: list[Entity] = []
    while j < len(toks):
        hit = _named(doc, toks[j])
        if hit is not None and (hit.type == "PER" or hit.country):
            if not seq or seq[-1] is not hit:
                seq.append(hit)
        elif fold(toks[j].text) not in ("и", ","):
            break
        j += 1
    if len(seq) % 2:
        seq = seq[:-1]
    pairs = [(seq[n + 1], seq[n].country) for n in range(0, len(seq), 2)
             if seq[n].type == "GPE" and seq[n + 1].type == "PER"]
    return pairs if len(pairs) >= 2 and len(pairs) * 2 == len(seq) else []


def _the_one_left(doc: Doc, states: list[str], office: str) -> None:
    people = [e for e in doc.entities if e.type == "PER" and not e.group]
    left = [c for c in dict.fromkeys(states) if c not in {p.country for p in people}]
    stateless = [p for p in people if not p.country]
    if len(left) == 1 and len(stateless) == 1:
        stateless[0].country = left[0]
    # each state's one person named holds the office ("президенты России и Таджикистана", both known)
    for code in dict.fromkeys(states):
        holders = [p for p in people if p.country == code]
        if len(holders) == 1 and not holders[0].roles:
            holders[0].roles.append(Role(office, None))



def nominative_object(toks, k: int) -> bool:
    """"Президенты с удовлетворением отметили ...": the parser took the plural noun that opens the
    clause for the object of the plural verb after it; a word that can only be nominative there
    ("президенты", "лидеры", not "президентов") is the verb's subject."""
    from ..nlp.normalize import parse
    t, head = toks[k], toks[k].head
    if t.rel != "obj" or not k < head < len(toks) or toks[head].feats.get("Number") != "Plur":
        return False
    known = [p for p in parse(t.text.lower()) if p.is_known]
    return bool(known) and all("nomn" in p.tag.grammemes and "plur" in p.tag.grammemes for p in known)


def plural_office_object(doc: Doc, sent, i: int) -> Entity | None:
    """The group a plural office names (lang/ru/collective.tsv) that the parser made the object of
    verb i, being its subject (nominative_object)."""
    from .context import children, entity_of_token
    toks = sent.tokens
    heads = collective_heads(doc.lang).keys()
    return next((e for c in children(sent, i) if not heads.isdisjoint(word_keys(toks[c].text))
                 and nominative_object(toks, c) and (e := entity_of_token(doc, toks[c])) is not None), None)
