"""An envoy named only by the office and a state as the subject of a verb ("Посол Узбекистана в
Москве подчеркнул, что ...", "Казахстанский консул сообщил") becomes an entity of its own
(office_holders.py), so that the statement has a speaker: the Russian counterpart of
en/lone_offices.py. The offices are in lang/ru/lone_offices.txt. A person of that state whose title
holds the office, named anywhere in the article, is the holder himself: no second entity then.
"""
from __future__ import annotations

from ..doc import Doc, Role
from ..lang import words
from ..nlp.match import fold, word_keys
from .context import children
from .gazetteer import gazetteer
from .office_holders import holder_of
from .offices import named_holder


def lone_offices_ru(doc: Doc) -> None:
    offices = words("ru", "lone_offices.txt")
    gaz = gazetteer("ru")
    for sent in doc.sents:
        toks = sent.tokens
        for i, t in enumerate(toks):
            if t.pos != "NOUN" or not t.rel.startswith("nsubj") or t.feats.get("Number") == "Plur":
                continue
            office = next(iter(word_keys(t.text) & offices), None)
            if office is None:
                continue
            if doc.entity_at(t.start, t.end) is not None or any(
                    (e := doc.entity_at(toks[c].start, toks[c].end)) is not None and e.type == "PER"
                    for c in children(sent, i)):
                continue      # inside a name, or a title before one ("Посол Японии X")
            a, state, ent_state = i, None, None
            if i > 0 and toks[i - 1].pos == "ADJ" and gaz.cue(toks[i - 1].text):
                a, state = i - 1, gaz.cue(toks[i - 1].text)       # "казахстанский посол"
            b = i + 1
            for c in children(sent, i):
                e = doc.entity_at(toks[c].start, toks[c].end)
                if c > i and toks[c].case == "Gen" and e is not None and e.type == "GPE" and e.country:
                    state, ent_state = e.country, e                 # "Посол Узбекистана"
                    b = max(b, c + 1)
                    break
            if state is None or named_holder(doc, state, office):
                continue
            ent = holder_of(doc, sent, list(range(a, b)), i, [ent_state] if ent_state else [])
            ent.country = ent.country or state
            ent.roles = ent.roles or [Role(title=fold(t.lemma or office), org=None)]
