"""A state body a signing names by its lower-case noun alone or with its field ("министерство и СамГТУ
подписали меморандум", "министерство просвещения и посольство России подписали протокол") when the
article names no such body but names its head: the minister's title gives the body's name and state
("министр высшего образования, науки и инноваций Узбекистана" heads the "министерство высшего
образования, науки и инноваций" of Uzbekistan). The body is made an entity of the article."""
from __future__ import annotations

from ..doc import Doc, Entity, Sent, Span
from ..nlp.match import fold
from .context import free_id


def headed_body(doc: Doc, sent: Sent, i: int, head: str) -> Entity | None:
    """The body at token `i` (a noun of lang/ru/local_bodies.tsv whose head is `head`) as the one
    headed by the person named last before it with a title `head` ... whose words after the
    office agree with the body's own ("министерство просвещения": "министр просвещения ...")."""
    toks = sent.tokens
    field = []
    k = i + 1
    while k < len(toks) and toks[k].text.islower() and toks[k].case == "Gen" \
            and doc.entity_at(toks[k].start, toks[k].end) is None:
        field.append(fold(toks[k].text))
        k += 1
    found = []
    for p in doc.entities:
        if p.type != "PER" or p.group or p.first >= toks[i].start:
            continue
        for r in p.roles:
            words = (r.title or "").split()
            if words and fold(words[0]) == head and [fold(w).strip(",") for w in words[1:1 + len(field)]] == field:
                found.append((p.first, p, r))
    if not found:
        return None
    _, person, role = max(found, key=lambda x: x[0])
    org = doc.entity(role.org) if role.org else None
    if org is not None and org.type == "ORG":
        return org
    # (its state is the minister's, kept as the body's country; the name is the title's own words)
    name = " ".join([fold(toks[i].lemma or toks[i].text)] + role.title.split()[1:])
    span = Span(toks[i].start, toks[k - 1].end, doc.text[toks[i].start:toks[k - 1].end])
    body = Entity(id=free_id(doc, "b"), type="ORG", name=name, country=person.country, mentions=[span])
    doc.entities.append(body)
    return body
