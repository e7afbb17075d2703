"""The state of a delegation's head in Kazakh text: "Қазақстан делегациясын A, малайзиялық
делегацияны B басқарды" puts A in Kazakhstan's and B in Malaysia's, whatever state the article
otherwise gives an office that names none ("Сыртқы істер министрлігінің бас хатшысы")."""
from __future__ import annotations

from ...doc import Doc
from ...nlp.kazakh import fold, stem_keys
from ..context import mentions_in
from ..gazetteer import gazetteer
from .context import LED

DELEGATION = frozenset({"делегация"})


def delegation_states(doc: Doc) -> None:
    gaz, ents = gazetteer("kk"), {e.id: e for e in doc.entities}
    for sent in doc.sents:
        toks = sent.tokens
        if not any(fold(t.text).startswith(LED) and fold(t.text).endswith(("ды", "ді")) for t in toks):
            continue
        for k, t in enumerate(toks[1:], 1):
            if not stem_keys(t.text) & DELEGATION:
                continue
            e = doc.entity_at(toks[k - 1].start, toks[k - 1].end)
            state = e.country if e is not None and e.type == "GPE" else None if e is not None else gaz.cue(toks[k - 1].text)
            head = next((p for _, p in mentions_in(doc, t.end, sent.end, ("PER",))), None)
            if state and head is not None and head.country != state \
                    and not any(r.org in ents and ents[r.org].country for r in head.roles):
                head.country = state     # his office names no state of its own
