"""What event extractors ask of a Doc: who is mentioned where, syntax neighbours, the headline,
the article's main actor, and the modality of a trigger."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..doc import Doc, Entity, Sent, Span, Token
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, lexicon_matcher, word_keys
from ..nlp.tree import ancestors, children, has_subject, subtree  # noqa: F401  (what extractors import from here)

LOCATIVE = {"в", "во", "на"}
PLACE_NOUNS = words("ru", "place_nouns.txt")     # "в городе Актобе"


def headline_end(doc: Doc) -> int:
    """Offset where the headline ends (the date line and the headline hold no events)."""
    if "headline_end" in doc.meta:
        return doc.meta["headline_end"]
    span = doc.meta.get("title_span")
    if span:
        end = span[1]
    else:
        m = re.match(r"\s*(?:date\s+\d{4}-\d{2}-\d{2}[^\n]*\n)?\s*[^\n]*", doc.text)
        end = m.end() if m else 0
    doc.meta["headline_end"] = end
    return end


def in_headline(doc: Doc, offset: int) -> bool:
    return offset < headline_end(doc)


def body_sents(doc: Doc) -> list[Sent]:
    end = headline_end(doc)
    return [s for s in doc.sents if s.start >= end or s.end > end + 1 and s.start >= end - 1]


def mentions_in(doc: Doc, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG", "LOC", "GPE")
                ) -> list[tuple[Span, Entity]]:
    """Mentions between two offsets, outermost only: the "РК" inside "МИД РК" is not an actor."""
    every = [(m, e) for e in doc.entities for m in e.mentions if start <= m.start and m.end <= end]
    out = [(m, e) for m, e in every if e.type in types and not any(
        o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o, _ in every)]
    return sorted(out, key=lambda x: x[0].start)


def free_id(doc: Doc, prefix: str, first: int = 1) -> str:
    """The first id `prefix`N, N from `first` up, that no entity of the article holds yet: the
    entities a later stage makes (groups, states named by an adjective, bodies) never take one."""
    taken = {e.id for e in doc.entities}
    return next(f"{prefix}{n}" for n in range(first, first + len(taken) + 1) if f"{prefix}{n}" not in taken)


def mentions_before(doc: Doc, offset: int) -> list[tuple[int, Entity]]:
    """(start, person) for every mention of a person that ends before `offset`, in text order."""
    out = [(m.start, e) for e in doc.entities if e.type == "PER" and not e.group
           for m in e.mentions if m.end <= offset]
    return sorted(out, key=lambda x: x[0])


def named_mentions(doc: Doc, kind: str) -> Iterator[tuple[Span, Entity, Sent]]:
    """Every mention, with its sentence, of an entity of one kind that is not a group, entity by
    entity (a mention outside every sentence, as in a dateline, is left out)."""
    for e in doc.entities:
        if e.type == kind and not e.group:
            for m in e.mentions:
                if (sent := doc.sent_at(m.start)) is not None:
                    yield m, e, sent


def token_index(tokens: list[Token], offset: int, default: int | None = None) -> int | None:
    """The first token at or after `offset`."""
    return next((i for i, t in enumerate(tokens) if t.start >= offset), default)


def entity_of_token(doc: Doc, tok: Token) -> Entity | None:
    return doc.entity_at(tok.start, tok.end)


def mention_at(doc: Doc, tok: Token) -> tuple[Span, Entity] | None:
    for e in doc.entities:
        for m in e.mentions:
            if m.start < tok.end and tok.start < m.end:
                return m, e
    return None


def entities_in(doc: Doc, sent: Sent, tokens, types: tuple[str, ...] = ("PER",)) -> list[Entity]:
    """The entities of those types that the sentence's tokens mention, once each, in token order."""
    out: list[Entity] = []
    for j in tokens:
        hit = mention_at(doc, sent.tokens[j])
        if hit is not None and hit[1].type in types and hit[1] not in out:
            out.append(hit[1])
    return out


def subject_entities(doc: Doc, sent: Sent, verb: int) -> list[Entity]:
    """Entities in the subject of a verb, or of the verb it is coordinated with or that governs it
    as its infinitive ("Армения и Грузия планируют подписать": who plans signs).

    A person named by name comes before one only described ("Пресс-секретарь президента
    Дмитрий Песков заявил": Песков speaks, not the president), and among named people the one
    closest to the verb.
    """
    for v in [verb] + ([_shared(sent, verb)] if sent.tokens[verb].rel in ("conj", "xcomp") else []):
        if not 0 <= v < len(sent.tokens):
            continue
        for c in children(sent, v):
            if not sent.tokens[c].rel.startswith("nsubj"):
                continue
            found: dict[str, tuple[int, bool, int, Entity]] = {}
            for k in subtree(sent, c):
                hit = mention_at(doc, sent.tokens[k])
                if hit is None or hit[1].type not in ("PER", "ORG", "GPE"):
                    continue
                m, e = hit
                named = 0 if m.source in ("description", "pronoun") else 1
                # a name on the other side of the verb from the subject's head is one the parser
                # hung there by mistake ("Визит Путина намечен, сообщил пресс-секретарь Песков")
                side = (m.start < sent.tokens[v].start) == (sent.tokens[c].start < sent.tokens[v].start)
                rank = (named, side, m.end if m.end <= sent.tokens[v].start else -m.end)
                if e.id not in found or rank > found[e.id][:3]:
                    found[e.id] = (*rank, e)
            if found:
                return [x[3] for x in sorted(found.values(), key=lambda x: x[:3], reverse=True)]
            if sent.tokens[c].pos in ("NOUN", "PRON", "PROPN"):
                return []        # a subject that names no entity: "документ", "это"
    return []


def _shared(sent: Sent, verb: int) -> int:
    """The verb whose subject a coordinated verb shares: its head, unless that head's subject is a
    plural noun and the verb singular ("X отметил, что компании готовы ..., и пригласил ...": the
    parser joined "пригласил" to the clause it follows); then the verb that clause hangs on."""
    toks = sent.tokens
    head = toks[verb].head
    if toks[verb].rel != "conj" or toks[verb].feats.get("Number") != "Sing" or not 0 <= head < len(toks):
        return head
    plural = any(toks[c].rel.startswith("nsubj") and toks[c].pos == "NOUN" and toks[c].feats.get("Number") == "Plur"
                 for c in children(sent, head))
    return toks[head].head if plural and toks[head].rel in ("ccomp", "advcl") else head


def protagonist(doc: Doc, before: int | None = None, skip: list[Entity] = ()) -> Entity | None:
    """The person the article is mostly about: the most mentioned (the first named on a tie),
    among those named before `before` when it is given ("Также состоялась встреча с X" goes
    on about someone already on stage), and not among `skip`."""
    people = [e for e in doc.entities if e.type == "PER" and not e.group
              and (before is None or e.first < before) and e not in skip]
    if not people:
        return None
    return max(people, key=lambda e: (len(e.mentions), -e.first))


def paragraph_of(doc: Doc, offset: int) -> tuple[int, int]:
    for a, b in doc.paragraphs():
        if a <= offset <= b:
            return a, b
    return 0, len(doc.text)


@cache
def meeting_nouns(lang: str) -> frozenset[str]:
    """The one-word meeting nouns of a language's lang/<xx>/meetings.tsv ("переговоры", "talks")."""
    return frozenset(r[0] for r in lexicon(lang, "meetings.tsv") if len(r) > 1 and r[1] == "noun" and " " not in r[0])


def modality_matcher(lang: str) -> PhraseMatcher:
    return lexicon_matcher(lang, "modality.tsv")


def modality(doc: Doc, sent: Sent, i: int) -> str:
    """asserted | planned | possible | negated, from the trigger, its governors and markers."""
    toks = sent.tokens
    scope = [i] + ancestors(sent, i, 2)
    for k in scope:
        for c in children(sent, k):
            if fold(toks[c].text) == "не" and toks[c].rel in ("advmod", "neg", "discourse"):
                return "negated"
        j = k - 1
        while j > 0 and toks[j].pos == "AUX":
            j -= 1            # "не было подписано", "не будет открыт"
        if j >= 0 and fold(toks[j].text) == "не":
            return "negated"
    matcher = modality_matcher(doc.lang)
    # an event inside what is denied did not happen: "опровергло сообщения о якобы состоявшейся
    # встрече и подписании протокола" (the denial may govern from far up the tree)
    for k in ancestors(sent, i, 8) + [c for k in scope for c in children(sent, k)] + \
            [g for c in children(sent, i) for g in children(sent, c)]:
        m = matcher.match_at(toks, k)
        if m and m.value == "denied":
            return "negated"
    # "визит отменен", "отказалась подписать": called off by a word that governs the event (not
    # one of a clause on a participant: "X, который отказался комментировать")
    if any((m := matcher.match_at(toks, k)) and m.value == "called_off" for k in [i] + ancestors(sent, i, 3)):
        return "negated"
    if not any(t.pos in ("VERB", "AUX") for t in toks) and any(
            (m := matcher.match_at(toks, k)) and m.value == "agenda" for k in range(min(3, len(toks)))):
        return "planned"      # "В программе визита – переговоры с ...": a line of what is to come
    own = [i] + ([toks[i].head] if toks[i].pos == "NOUN" and 0 <= toks[i].head < len(toks) else [])
    if _asked(sent, i, matcher) or any((m := matcher.match_at(toks, c)) and m.value == "conditional"
                                       for k in own for c in children(sent, k)):
        return "possible"
    # "встречу, которая пройдет в понедельник": the event's own relative clause tells its time
    if any(toks[c].rel.startswith("acl") and toks[c].pos in ("VERB", "AUX") and toks[c].feats.get("Tense") == "Fut"
           for c in children(sent, i)):
        return "planned"
    # not the markers of a clause joined on ("строительство началось и должно завершиться в 2028 году")
    # nor of a sibling clause: "сообщил, что X запустило завод, а Y планирует построить ..."
    for k in scope + [c for k in scope for c in children(sent, k) if toks[c].rel != "conj"
                      and not (k != i and c not in scope and toks[c].rel in ("ccomp", "parataxis"))]:
        m = matcher.match_at(toks, k)
        if m and m.value in ("planned", "possible"):
            return m.value
    for k in scope:
        t = toks[k]
        if t.pos in ("VERB", "AUX") and t.feats.get("Tense") == "Fut":
            return "planned"
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Inf":
            return "planned"      # "предложила провести переговоры", "намерены подписать"
        if any(fold(toks[c].text) in ("будет", "будут", "будем") for c in children(sent, k)):
            return "planned"
    return "asserted"


def _asked(sent: Sent, i: int, matcher) -> bool:
    """"требуют построить школу", "попросил о встрече", "надеется на встречу": the event is what a
    verb of asking or wishing asks for (its infinitive, object, "о"- or "на"-phrase of the
    accusative on the way up), not where it asks ("на встрече")."""
    toks = sent.tokens
    below = i
    for k in ancestors(sent, i, 3):
        m = matcher.match_at(toks, k)
        if m and m.value in ("asked", "counted_on"):
            t = toks[below]
            # "о встрече", "на встречу" (what is hoped for), not "на встрече" (where one asks); one
            # counts on others ("рассчитывает на участие компаний"), but "рассчитывают приступить"
            # is a plan told
            return t.rel in ("xcomp", "obj", "ccomp", "csubj") and m.value == "asked" or t.rel == "obl" and any(
                fold(toks[c].text) in ("о", "об") or fold(toks[c].text) == "на" and t.case == "Acc"
                for c in children(sent, below))
        below = k
    return False


def is_locative(sent: Sent, start: int) -> bool:
    """Is the mention at `start` preceded by в/во/на ("в Лондоне")?"""
    prev = [t for t in sent.tokens if t.end <= start]
    if prev and fold(prev[-1].text) in LOCATIVE:
        return True
    # "в столице Таджикистана Душанбе", "в городе Актобе": a place noun in the locative between
    # (the name itself, not the genitive "Таджикистана")
    here = next((t for t in sent.tokens if t.start >= start), None)
    if here is None or here.case == "Gen":
        return False
    k = len(prev) - 1
    while k >= 0 and len(prev) - k <= 3 and (prev[k].case == "Gen" and prev[k].pos == "PROPN"):
        k -= 1
    if k >= 1 and fold(prev[k - 1].text) == "через" and fold(prev[k].lemma or "") == "река":
        return True       # "мост через реку Кура": where a bridge stands
    return k >= 1 and prev[k].pos == "NOUN" and prev[k].case == "Loc" and fold(prev[k - 1].text) in LOCATIVE \
        and fold(prev[k].lemma or prev[k].text) in PLACE_NOUNS


def lemma_in(tok: Token, lemmas: set[str] | frozenset[str]) -> bool:
    return bool(word_keys(tok.text) & lemmas)


def evidence(doc: Doc, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


def unique(ents: list[Entity]) -> list[Entity]:
    """The entities in order, each once (entities are mutable, so compared, not hashed)."""
    out: list[Entity] = []
    for e in ents:
        if e not in out:
            out.append(e)
    return out


def last_named_of_kind(doc: Doc, keys: set[str], before: int) -> Entity | None:
    """The organisation named last before `before` whose name has a word of that kind ("банк":
    "Евразийский банк развития"): whom "председатель правления банка" or "Банк профинансирует"
    stands for."""
    named = [(max(m.start for m in e.mentions if m.end <= before), e) for e in doc.entities
             if e.type == "ORG" and not e.group and any(m.end <= before for m in e.mentions)
             and any(keys & word_keys(w) for w in e.name.split())]
    return max(named, key=lambda x: x[0])[1] if named else None
