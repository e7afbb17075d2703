"""A commentator named by his trade in Russian news: "По словам эксперта, ...", "Эксперт считает",
"политолог отметил" (a noun of lang/ru/commentators.txt, one person, as the subject or after "по
словам", "по мнению", "по оценке") refers to the person named last when he holds no office of state:
the expert the article asked, not a minister or president; never an anonymous source
(lang/ru/anonymous_sources.txt: "собеседник «Ъ»")."""
from __future__ import annotations

from ..doc import Doc, Entity
from ..lang import words
from ..nlp.match import fold, word_keys
from .coref import only_plural, refer
from .salience import salient_before

ACCORDING = ("словам", "мнению", "оценке")


def _no_office(person: Entity) -> bool:
    """No title the lexicon knows as an office, or a title that is itself a commentator's trade
    ("директор Центра ...", "политолог", "эксперт Института ...")."""
    from .roles import title_canonical
    trades = words("ru", "commentators.txt")
    return all(not title_canonical("ru", r.title) or word_keys(r.title.split()[0]) & trades
               for r in person.roles if r.title.split())


def link_commentators(doc: Doc) -> None:
    trades = words("ru", "commentators.txt") - words("ru", "anonymous_sources.txt")
    for sent in doc.sents:
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.pos not in ("NOUN", "PROPN") or not word_keys(t.text) & trades:
                continue
            if t.feats.get("Number") == "Plur" or only_plural(t.text) or doc.entity_at(t.start, t.end) is not None:
                continue
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in (",", ".", ":", ";")), len(toks))
            if any(getattr(doc.entity_at(x.start, x.end), "type", "") == "PER" for x in toks[k + 1:end]):
                continue      # "политолог Арман Шайкенов", "по мнению аналитика ИК «Финам» X": a title
            according = k > 1 and fold(toks[k - 2].text) == "по" and fold(toks[k - 1].text) in ACCORDING
            if not (t.rel in ("nsubj", "nsubj:pass") and k < t.head or according):
                continue      # "«...», – считает эксперт", "отмечает эксперт,": the quote's attribution has it

            if k > 0 and toks[k - 1].pos == "ADJ" and not according:
                continue      # "российский эксперт", "независимый аналитик": someone else, maybe
            person = next(iter(salient_before(doc, t.start)), None)
            if person is not None and person.roles and _no_office(person):
                refer(doc, person, t.start, t.end)
