"""Who pays for a project that the sentence telling it names no builder of: "при финансовой
поддержке банка завершено строительство дороги", "строительство системы водоснабжения,
финансируемое за счет гранта АБР". News on works a lender or donor pays for often names no one
else, and an analyst then records the funder as the project's owner, as for "инвестором выступает X"
(lang/ru/project_owners.tsv "role"). Runs after every rule that finds a builder."""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent
from ..lang import words
from ..nlp.match import fold, word_keys
from .context import last_named_of_kind, mention_at, subtree


def funders(doc: Doc, told: list[tuple[Event, str, Sent, int, int]]) -> None:
    """`told`: each project with its sentence and the tokens of its name (ru_projects)."""
    for v, _, sent, a, _ in told:
        if v.attrs["owner"] is None:
            payer = _supported(doc, sent, a) or _financed(doc, sent, a)
            v.attrs["owner"] = payer.id if payer is not None else None


def _supported(doc: Doc, sent: Sent, a: int) -> Entity | None:
    """"при (финансовой) поддержке X" before the project's name in the same clause (no comma between)."""
    toks = sent.tokens
    support = words(doc.lang, "project_owners.tsv", "support")
    for k in range(a - 1, -1, -1):
        if toks[k].text in (",", ";"):
            return None
        if not (word_keys(toks[k].text) & support and any(fold(t.text) == "при" for t in toks[max(0, k - 2):k])):
            continue
        for j in range(k + 1, min(a, k + 4)):
            hit = mention_at(doc, toks[j])
            if hit is not None and hit[1].type == "ORG" and not hit[1].group:
                return hit[1]
        # "при поддержке банка": the bank named before
        return last_named_of_kind(doc, word_keys(toks[k + 1].text), toks[k + 1].start) if k + 1 < a else None
    return None


def _financed(doc: Doc, sent: Sent, a: int) -> Entity | None:
    """"строительство системы ..., финансируемое за счет гранта АБР": a participle of paying
    (lang/ru/investing.txt) on the project or its act names the funder in its phrase."""
    toks = sent.tokens
    paying = words(doc.lang, "investing.txt")
    on = {a, toks[a].head}
    for c, t in enumerate(toks):
        if t.head in on and t.rel.startswith("acl") and t.feats.get("VerbForm") == "Part" and word_keys(t.text) & paying:
            for k in subtree(sent, c):
                hit = mention_at(doc, toks[k])
                if hit is not None and hit[1].type == "ORG" and not hit[1].group:
                    return hit[1]
    return None
