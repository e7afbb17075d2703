""""Firms in Russian news: "Китайская компания X построит ... подписали министр Y и председатель
совета директоров компании Лю Хунбо": a title that ends in a firm's noun with no name
(lang/ru/firm_nouns.txt) holds its office in the firm named before with that noun; his state is
the firm's ("Китайская компания"), never the home state by default. And a foreign firm's name
written in Latin letters keeps the legal form after its comma ("X Feed Co., Ltd")."""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Span, Token
from ..lang import words
from ..nlp.match import word_keys
from .context import named_mentions
from .gazetteer import gazetteer


def firm_named_before(doc: Doc, part: list[Token]) -> tuple[Entity, str | None] | None:
    """The firm the title's last word refers back to, and its state, if any."""
    last = part[-1]
    keys = word_keys(last.text) & words("ru", "firm_nouns.txt")
    if not keys or last.feats.get("Number") == "Plur":
        return None
    gaz = gazetteer(doc.lang)
    found = []
    for m, e, sent in named_mentions(doc, "ORG"):
        if m.end > part[0].start:
            continue
        near = [t for t in sent.tokens if t.end <= m.end][-(len(m.text.split()) + 2):]
        nouns = [k for k, t in enumerate(near) if word_keys(t.text) & keys]
        if nouns:
            # "Китайская компания X": the state of the adjective before the noun
            k = nouns[0]
            cue = gaz.cue(near[k - 1].text) if k > 0 and near[k - 1].pos == "ADJ" else None
            found.append((m.start, e, e.country or cue))
    if not found:
        return None
    _, firm, state = max(found, key=lambda x: x[0])
    return firm, state


def join_legal_forms_ru(doc: Doc, spans: list[Span]) -> list[Span]:
    """"компании Shouguang Feed Co., Ltd": the legal form after the comma belongs to the company
    written before it (en/companies.LEGAL_FORMS), no firm of its own."""
    from .en.companies import LEGAL_FORMS
    out: list[Span] = []
    end = -1
    for s in sorted(spans, key=lambda x: (x.start, -x.end)):
        if s.start < end:
            continue          # the legal form joined to the company before
        m = re.match(r"\.?,\s*([A-Za-z]+)\.?", doc.text[s.end:s.end + 12]) if s.type == "ORG" else None
        if m and m.group(1).lower() in LEGAL_FORMS and s.text[-1:].isascii():
            end = s.end + m.end()
            s = Span(s.start, end, doc.text[s.start:end], type=s.type, source=s.source, country=s.country, data=s.data)
        out.append(s)
    return out
