"""Who a signer signs for: "подписали министр финансов X и председатель правления банка Y" -
the person whose office names only the kind of his organisation ("банка", "компании") signs
for the organisation of that kind the article named before him. Kind nouns are in
lang/ru/quoted_org_nouns.txt, and the financiers ("фонд", "банк") of lang/ru/project_owners.tsv."""
from __future__ import annotations

from ..doc import Doc, Entity
from ..lang import lexicon
from ..nlp.match import word_keys
from .context import last_named_of_kind


def signing_body(doc: Doc, person: Entity) -> Entity | None:
    if person.type != "PER" or any(r.org for r in person.roles):
        return None
    kinds = {r[0] for r in lexicon(doc.lang, "quoted_org_nouns.txt")} | {
        r[0] for r in lexicon(doc.lang, "project_owners.tsv") if r[1:] == ("financier",)}
    first = min(m.start for m in person.mentions)
    for r in person.roles:
        last = (r.title or "").split()[-1:]
        keys = word_keys(last[0]) & kinds if last else set()
        if not keys or len(r.title.split()) < 2:
            continue      # "председатель правления банка", not a bare "банкир"
        body = last_named_of_kind(doc, keys, first)
        if body is not None:
            return body
    return None


def for_bodies(doc: Doc, signers: list[Entity]) -> list[Entity]:
    """Each signer as the body he signs for, where his office names it only by kind."""
    return [signing_body(doc, e) or e for e in signers]
