"""Who a Russian signing sentence names as signing (ru_agreements.py): the names standing right
before a verb the parser left without a subject, the firms that sign a document whose "между"
places what is built, a plural noun that names nobody ("министры подписали"), and the co-chairs."""
from __future__ import annotations

from ..doc import Doc, Entity, Sent, Token
from ..nlp.match import fold
from .agreement_sides import side_words
from .context import children, mentions_in, subject_entities, subtree, unique


def named_before(doc: Doc, sent: Sent, signer: int) -> list[Entity]:
    """"В ходе форума ПАО «КАМАЗ» и АО «Узавтосаноат» подписали": the parser gave the verb no
    subject, or only the second of a pair whose first it lost ("... Министерство энергетики X и
    французская компания Y подписали": a subject opening with "и"); the names standing right
    before it, joined by "и", are who signs."""
    toks = sent.tokens
    subjects = [c for c in children(sent, signer) if toks[c].rel.startswith("nsubj")]
    if toks[signer].pos != "VERB" or subjects and not any(lost_pair(sent, c) for c in subjects):
        return []
    found: list[Entity] = []
    k = signer - 1
    # "X и Y в пятницу подписали": a time or place told between the names and the verb
    told = {n for c in children(sent, signer) if toks[c].rel in ("obl", "advmod") and c < signer
            for n in subtree(sent, c)}
    while k >= 0 and k in told and signer - k <= 4 and doc.entity_at(toks[k].start, toks[k].end) is None:
        k -= 1
    described: set[int] = set()   # "японская корпорация Marubeni": the words that describe a name taken
    while k >= 0:
        e = doc.entity_at(toks[k].start, toks[k].end)
        if e is not None and e.type in ("ORG", "PER", "GPE"):
            if e not in found:
                found.insert(0, e)
            described.add(toks[k].head)
        elif (k in described or toks[k].head in described) and toks[k].pos in ("NOUN", "ADJ"):
            described.add(toks[k].head)
        elif toks[k].text not in ("и", ",", "«", "»", "“", "”", '"'):
            break
        k -= 1
    return found if len(found) >= 1 and k + 1 < signer else []

def passive_agents(doc: Doc, sent: Sent, verb: int) -> list[Entity]:
    """"Соглашение подписано вице-премьером X и министром Y", "План подписан АО «X» и авиакомпанией
    Y": a passive whose subject is the document names its signers after the verb, in the
    instrumental (a parser may hang them as a second subject); a state there signs only as the
    agent itself ("Казахстаном и Китаем"), not as a word of a signer's title ("министром Китая")."""
    from .agreements import documents
    toks = sent.tokens
    found: list[Entity] = []
    for c in children(sent, verb):
        if c <= verb or not (toks[c].rel == "obl:agent" or toks[c].case == "Ins" and toks[c].rel.startswith("obl")
                             or toks[c].rel.startswith("nsubj")) \
                or any(m.start == 0 for m in documents(doc.lang).finditer(toks[c:c + 4])):
            continue
        for k in subtree(sent, c):
            e = doc.entity_at(toks[k].start, toks[k].end)
            if e is not None and e.type in ("ORG", "PER") or e is not None and e.type == "GPE" and toks[k].case == "Ins":
                found.append(e)
    return unique(found)


def lost_pair(sent: Sent, c: int) -> bool:
    """Does the subject at c open with "и" that joins it to nothing: the parser lost its first half?"""
    return any(sent.tokens[k].rel == "cc" and k < c and fold(sent.tokens[k].text) == "и" for k in children(sent, c))


def firms_over_subject(doc: Doc, sent: Sent, title: list[Token], signer: int,
                        named: list[Entity]) -> list[Entity]:
    """'"X" и компания "Y" подписали соглашение о строительстве линии между A и B': a "между"
    after the title's subject ("о ...") places what is built; the organisations the signing verb
    has for its subject before the title, two or more and none of them among those places, sign;
    the "между" must follow a project noun (lang/ru/projects.tsv)."""
    from .projects import project_nouns
    ws = [fold(t.text) for t in title]
    k = next((n for n, w in enumerate(ws) if w in side_words("ru", "between")), None)
    if k is None or not side_words("ru", "subject") & set(ws[:k]) or not sent.start <= title[0].start < sent.end:
        return []         # (a list item: the sentence before signs it)
    if not any(m.start < k for m in project_nouns(doc.lang).finditer(title)):
        return []         # "меморандум о взаимопонимании между X и Y": the sides, not a place
    said = [e for e in subject_entities(doc, sent, signer) if e.type == "ORG" and not e.group
            and any(sent.start <= m.start < title[0].start for m in e.mentions)]
    return said if len(said) >= 2 and not any(e in named for e in said) else []


def generic_signers(sent: Sent, signer: int) -> bool:
    """The subject of the signing verb is a plural noun naming nobody: "министры", "стороны"."""
    toks = sent.tokens
    return any(toks[c].rel.startswith("nsubj") and toks[c].pos == "NOUN"
               and toks[c].feats.get("Number") == "Plur"
               for c in range(len(toks)) if toks[c].head == signer)


def co_chairs_sign(doc: Doc, sent: Sent, signer: int) -> bool:
    """"По итогам заседания сопредседатели подписали протокол": the chairs of a commission
    (lang/<xx>/co_chairs.txt) sign for the bodies they chair it for, not as their states; the
    persons at the table are the parties."""
    from ..lang import words
    from ..nlp.match import word_keys
    toks = sent.tokens
    return any(toks[c].rel.startswith("nsubj") and word_keys(toks[c].text) & words(doc.lang, "co_chairs.txt")
               for c in children(sent, signer))


def headed_places(doc: Doc, persons: list[Entity]) -> list[Entity]:
    """"Губернатор области X и аким области Y провели переговоры ... главы регионов подписали
    соглашение": the head of a region or a town signs for the place his title names, not for his
    state; the others for their states. Nothing when no title names a place."""
    states = {e.country: e for e in doc.entities if e.type == "GPE" and e.country}
    out = [_headed_place(doc, p) for p in persons]
    if not any(out):
        return []
    return unique([h or states.get(p.country, p) for p, h in zip(persons, out)])


def _headed_place(doc: Doc, person: Entity) -> Entity | None:
    """The place (not a state) named inside the title that stands right before a person's name."""
    if person.type != "PER" or not person.mentions:
        return None
    for m in person.mentions:
        for title in (r.title for r in person.roles if r.title):
            # room for an oblique case ("губернатора") and a state ("области Казахстана")
            lo = max(0, m.start - len(title) - 24)
            at = fold(doc.text[lo:m.start]).rfind(fold(title.split()[0]))
            if at < 0:
                continue
            found = [e for _, e in mentions_in(doc, lo + at, m.start, ("LOC",))]
            if found:
                return found[-1]
    return None


def firm_told_before(doc: Doc, sent: Sent, signer: int) -> list[Entity]:
    """"Компания и Азиатский банк развития подписали кредитное соглашение": a bare firm noun
    (project_owners.tsv "back") in the subject, with no name of its own, signs for the firm the
    article named before with that noun ("казахстанская компания «X»")."""
    from ..nlp.match import word_keys
    from .project_firm_refs import firm_named_before
    from .projects import project_words
    toks = sent.tokens
    backs = project_words(doc.lang, "back", "project_owners.tsv")
    subj = [c for c in children(sent, signer) if toks[c].rel.startswith("nsubj")]
    found: list[Entity] = []
    for c in subj + [x for s in subj for x in children(sent, s) if toks[x].rel == "conj"]:
        own = word_keys(toks[c].text) & backs
        if toks[c].pos != "NOUN" or toks[c].feats.get("Number") == "Plur" or not own \
                or any(doc.entity_at(toks[x].start, toks[x].end) is not None for x in [c] + [
                    y for d in children(sent, c) if toks[d].rel != "conj" for y in subtree(sent, d)]):
            continue      # (its own name, not the one joined to it by "и")
        firm = firm_named_before(doc, sent.start, frozenset(own))
        if firm is not None:
            found.append(doc.entity(firm))
    return found
