"""Envoys at the table: a summons ("в МИД был вызван посол X", "МИД вызвал временного
поверенного X") and the handing of credentials ("X принял верительные грамоты посла Y") are
meetings of the host with the envoy, read from the frame layer (nlp/frames.py)."""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent
from ..lang import words
from ..nlp.frames import frames_in, upos
from ..nlp.match import fold
from .context import entities_in, in_headline, protagonist, subject_entities
from .gazetteer import gazetteer
from .meetings import retold
from .office_holders import office_actor


def summons(doc: Doc, sent: Sent, by_key: dict[str, Entity]) -> tuple[list[Entity], int] | None:
    """"В МИД был вызван посол X": the ministry and the one summoned met. An envoy named only by
    office stands as an actor of its own ("посол России")."""
    for f in frames_in(doc, sent):
        if f.lemma not in words(doc.lang, "summons.txt") or f.negated or f.of("xcomp", "ccomp"):
            continue      # "пригласил посетить страну": an invitation to do something
        if f.voice == "passive":
            hosts = [e for a in f.role(doc.lang, "host") for e in entities_in(doc, sent, a.tokens, ("ORG",))]
            subj = f.role(doc.lang, "patient") + f.role(doc.lang, "agent")
        else:
            # "МИД Кыргызстана вызвал временного поверенного X": a body summons, its object comes
            hosts = [e for a in f.role(doc.lang, "agent") for e in entities_in(doc, sent, a.tokens, ("ORG",))
                     if not e.group]
            subj = f.of("obj")
        if not hosts or not subj:
            continue
        a = subj[0]
        codes = [c for j in a.tokens for c in gazetteer(doc.lang).cues_in(sent.tokens[j].text)] + \
                [e.country for e in entities_in(doc, sent, a.tokens, ("GPE",)) if e.country]
        if f.voice != "passive" and not (codes or entities_in(doc, sent, a.tokens)):
            continue      # "министерство пригласило журналистов": nobody of another state
        # "был вызван временный поверенный в делах Литвы Витаутас Юркус": the name ends the office's
        # phrase, wherever the parser hung it; in the passive only a person's name
        after = _named_after(doc, sent, [a.head])
        guest = entities_in(doc, sent, a.tokens) or (after if f.voice != "passive" else [
            e for e in after if e.type == "PER"]) or [office_actor(doc, sent, a, by_key, codes)]
        return hosts[:1] + guest[:1], f.pred
    return None


def credentials(doc: Doc, sent: Sent, by_key: dict[str, Entity]) -> tuple[list[Entity], int] | None:
    """"X принял верительные грамоты от послов ряда государств", "посол вручил верительные грамоты X": the
    ceremony is a meeting of the head of state with the envoys (lang/<xx>/credentials.txt; the
    preposition of who gives them: credentials_from.txt)."""
    nouns = words(doc.lang, "credentials.txt")
    toks = sent.tokens
    for f in frames_in(doc, sent):
        if f.kind != "verb" or f.negated or f.quoted or not any(
                fold(toks[j].lemma or toks[j].text) in nouns for a in f.role(doc.lang, "patient") for j in a.tokens):
            continue
        # "грамоты вручили A, B и C": whoever hands them is the envoy, never the host
        handing = f.lemma in words(doc.lang, "credentials_hand.txt")
        subj = [] if handing else [e for e in subject_entities(doc, sent, f.pred) if e.type == "PER"]
        envoys = [a for p in words(doc.lang, "credentials_from.txt") for a in f.of("obl", "nmod", prep=p)] if subj \
            else f.role(doc.lang, "agent")
        # "получил копии верительных грамот посла X": the envoy whose papers they are
        envoys = envoys or [a for a in f.role(doc.lang, "patient") if subj and entities_in(doc, sent, a.tokens)]
        hosts = subj or [e for a in f.of("iobj", "obl", case="Dat") for e in entities_in(doc, sent, a.tokens)]
        if not hosts and envoys and not in_headline(doc, sent.start):
            # "Credentials were presented by the ambassadors of A, B and C": to the one the article is about
            hero = protagonist(doc, before=sent.start)
            hosts = [hero] if hero is not None else []
        # "принял копию верительных грамот ... Посла X в Y Мартина Келлера": the envoy's name ends
        # the papers' phrase, wherever the parser hung the long title
        named = _named_after(doc, sent, [j for a in f.role(doc.lang, "patient") for j in a.tokens
                                         if fold(toks[j].lemma or toks[j].text) in nouns]) if subj else []
        if not (envoys or named) or not hosts:
            continue
        listed = [e for a in envoys for e in entities_in(doc, sent, a.tokens, ("PER",))] if handing else \
            _listed_after(doc, sent, envoys[0]) if envoys and not subj else []
        if len(listed) > 1:
            return hosts[:1] + [e for e in listed if e not in hosts], f.pred   # one ceremony, all of them
        guest = (entities_in(doc, sent, envoys[0].tokens) if envoys else []) or named or [
            e for e in (entities_in(doc, sent, envoys[0].tokens, ("ORG",)) if envoys else []) if e.group] \
            or [office_actor(doc, sent, envoys[0], by_key, [])]
        return hosts[:1] + [e for e in guest if e not in hosts][:1], f.pred
    return None


def one_per_envoy(doc: Doc, v: Event) -> list[Event]:
    """A ceremony where several envoys hand their credentials in one sentence ("Президентке A, B
    және C сенім грамоталарын тапсырды") is an audience of each: the host meets each envoy, as
    each hands his own papers. The envoys are the persons holding an envoy's title
    (lang/<xx>/envoy_titles.txt); the rest of the table meets each of them."""
    ents = {e.id: e for e in doc.entities}
    titles = words(doc.lang, "envoy_titles.txt")
    envoys = [p for p in v.attrs["participants"] if p in ents and ents[p].type == "PER"
              and any(fold(r.title or "") in titles for r in ents[p].roles)]
    hosts = [p for p in v.attrs["participants"] if p not in envoys]
    if len(envoys) < 2 or not hosts:
        return [v]
    return [retold(v, hosts + [p]) for p in envoys]


def _listed_after(doc: Doc, sent: Sent, agent) -> list[Entity]:
    """"Credentials were presented by Ambassador of A X, Ambassador of B Y ... and Ambassador of E Z":
    every person the list names from the agent on, to the clause's end (the parser hangs a long
    list anywhere)."""
    toks = sent.tokens
    span = []
    for k in range(min(agent.tokens), len(toks)):
        if upos(toks[k]) in ("VERB", "AUX") and k > agent.head:
            break
        span.append(k)
    return entities_in(doc, sent, span, ("PER",))


def _named_after(doc: Doc, sent: Sent, at: list[int]) -> list[Entity]:
    """The first person named after the tokens `at`, in the same phrase (no verb or comma
    between; "Чрезвычайного и Полномочного Посла" joins words, not clauses)."""
    toks = sent.tokens
    for k in range(at[0] + 1, len(toks)) if at else ():
        if toks[k].text in (",", ";", ":", "—", "–") or upos(toks[k]) in ("VERB", "AUX"):
            break
        found = entities_in(doc, sent, [k])
        if found:
            return found
    return []
