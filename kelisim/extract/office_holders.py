"""A counterpart named by office and state alone ("встретился с послом Японии", "received the
Turkish ambassador", "Жапония елшісімен кездесті"): OUTPUT.md makes a participant or speaker named
without a name still an entity, and GOLD.md names it by the office ("посол Японии"). Every
language makes that entity here, so one office is one actor however often and in whatever case
the article names it. Only the office's name in the nominative is the language's own (readers.py,
part "office_name": "посла Японии в Казахстане" -> "посол Японии", "the ambassador of Chile" ->
"ambassador of Chile", "Жапонияның Қазақстандағы елшісін" -> "Жапония елшісі").

Which argument of a meeting names such a counterpart is read here too, from the frame layer
(nlp/frames.py): a partner or a received patient whose head is a noun, with a state named in it
and no person. Descriptions coreference left unlinked ("японский дипломат") are claimed by the
holder when it is made (offices.py).
"""
from __future__ import annotations

from ..doc import Doc, Entity, Role, Sent, Span
from ..lang import words
from ..nlp.frames import frames_in, upos
from ..nlp.match import fold
from .context import children, entities_in, meeting_nouns, subtree
from .groups import group_entity
from .offices import claim_descriptions
from .readers import part_for

HOLDERS = "office_holders"


def holders(doc: Doc) -> dict[str, Entity]:
    """The office holders this article has made so far, by the key of their name: a reader
    that keeps none of its own (a statement's speaker, a meeting's participant) shares them."""
    return doc.meta.setdefault(HOLDERS, {})


def holder(doc: Doc, name: str, countries: list[str], start: int, end: int,
           by_key: dict[str, Entity] | None = None, office: str | None = None, source: str = "") -> Entity:
    """The holder of the office `name` (already in the language's normal form), made on its
    first mention, with the state its phrase names; text[start:end] is this mention."""
    ent = group_entity(doc, holders(doc) if by_key is None else by_key, fold(name), name, countries)
    if office:
        ent.roles = ent.roles or [Role(title=office, org=None)]      # a holder of an office, not a body
    if not any(m.start == start and m.end == end for m in ent.mentions):     # a phrase read twice
        ent.mentions.append(Span(start, end, doc.text[start:end], source=source))
    return ent


def holder_of(doc: Doc, sent: Sent, tokens: list[int], head: int, states: list[Entity],
              by_key: dict[str, Entity] | None = None) -> Entity:
    """The holder of the office the sentence's tokens name, `head` its office word, `states`
    the states it belongs to."""
    toks = sent.tokens
    return holder(doc, named_office(doc, sent, tokens, head, states), [e.country for e in states if e.country],
                  toks[tokens[0]].start, toks[tokens[-1]].end, by_key)


def named_office(doc: Doc, sent: Sent, tokens: list[int], head: int, states: list[Entity]) -> str:
    """The office the tokens name, in the nominative, in the language's normal form."""
    return part_for("office_name", doc.lang)(doc, sent, tokens, head, states)


def office_actor(doc: Doc, sent: Sent, a, by_key: dict[str, Entity] | None, countries: list[str],
                 end: int | None = None, states: list[Entity] = ()) -> Entity:
    """The holder of the office a frame argument `a` names; its mention is text[a.start:end]."""
    name = named_office(doc, sent, list(a.tokens), a.head, list(states))
    return holder(doc, name, countries, a.start, end or a.end, by_key)


def office_counterpart(doc: Doc, sent: Sent, preds: tuple[int, ...], by_key: dict[str, Entity]) -> Entity | None:
    """"встретился с послом Японии", "принял делегацию Китая": a counterpart named by office or
    as a delegation, no person named, stands as an actor of its own ("посол Японии"), with the
    state it names."""
    toks = sent.tokens
    for f in frames_in(doc, sent):
        if f.pred not in preds:
            continue
        for a in f.role(doc.lang, "partner") + (f.role(doc.lang, "patient") if f.kind == "verb" else []):
            if upos(toks[a.head]) != "NOUN" or entities_in(doc, sent, a.tokens, ("PER",)) or a.head in preds \
                    or fold(toks[a.head].lemma or toks[a.head].text) in meeting_nouns(doc.lang):
                continue      # "провел телефонный разговор с ...": the meeting, not who it was with
            states = entities_in(doc, sent, a.tokens, ("GPE",))
            # "принял главу МИД Турции": the head of a state's body, the state the body's
            headed = [e for e in entities_in(doc, sent, a.tokens, ("ORG",)) if e.country] \
                if fold(toks[a.head].lemma or toks[a.head].text) in words(doc.lang, "body_heads.txt") else []
            if not states and not headed:
                continue      # "встретился с журналистами": nobody in particular
            # "посла Японии в Казахстане": the state the office belongs to, not where it serves
            states = entities_in(doc, sent, [j for j in a.tokens if toks[j].case == "Gen"], ("GPE",)) or states
            # the whole phrase, with the states listed after the first ("послами Польши, Чехии и ЕС")
            end = max(a.end, max(toks[k].end for k in subtree(sent, a.head)))
            if headed:            # the phrase ends with the body's name, not what the parse hangs on it
                end = max([m.end for m in headed[0].mentions if a.start <= m.start < end] or [end])
            countries = [e.country for e in states if e.country] or [headed[0].country]
            ent = office_actor(doc, sent, a, by_key, countries, end, states)
            claim_descriptions(doc, ent)
            return ent
    return None


def office_received(doc: Doc, sent: Sent, verb: int, by_key: dict[str, Entity]) -> bool:
    """"принял посла Японии": a person received by office alone (not "принял участие в ...")."""
    return any(sent.tokens[c].rel == "obj" and sent.tokens[c].feats.get("Animacy") == "Anim"
               for c in children(sent, verb)) and office_counterpart(doc, sent, (verb,), by_key) is not None


