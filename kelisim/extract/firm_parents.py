"""Firms and their parents: "ТОО X является дочерней компанией АО Y", "ООО X, дочерняя компания Y, ...",
"Институт X СО РАН".
A project a headline gives the parent ("Дочка Y построит завод") and the body the subsidiary is one
project (project_merge.merge_same); the subsidiary, named as the one that signs and builds, owns it.
The words of a subsidiary are lang/<xx>/project_owners.tsv "subsidiary"."""
from __future__ import annotations

from ..doc import Doc
from ..lang import words
from ..nlp.match import fold, word_keys

AFTER = 4       # the parent follows the subsidiary's word closely ("дочерней компанией АО «Y»")
BEFORE = 14     # the subsidiary is named before it in the same sentence


def _subsidiary_words(lang: str) -> frozenset[str]:
    try:
        return words(lang, "project_owners.tsv", "subsidiary")
    except FileNotFoundError:
        return frozenset()


def parents(doc: Doc) -> dict[str, str]:
    """Each subsidiary's entity id -> its parent's, as the article states them."""
    subsidiary = _subsidiary_words(doc.lang)
    out: dict[str, str] = _of_parent(doc)
    if not subsidiary:
        return out
    for sent in doc.sents:
        toks = sent.tokens
        for i, t in enumerate(toks):
            if not word_keys(t.text, doc.lang) & subsidiary:
                continue
            firms = [(k, e) for k, tok in enumerate(toks) if (e := doc.entity_at(tok.start, tok.end)) is not None
                     and e.type == "ORG" and not e.group]
            parent = next((e for k, e in firms if i < k <= i + AFTER), None)
            child = next((e for k, e in reversed(firms) if i - BEFORE <= k < i and e is not parent), None)
            if parent is not None and child is not None and child.id not in out:
                out[child.id] = parent.id
    return out


def _of_parent(doc: Doc) -> dict[str, str]:
    """"Институтом цитологии и генетики СО РАН", "филиал банка «X»": a body named with the one it
    belongs to right after it (nothing but a space between the two names) is part of that one."""
    ms = sorted(((m.start, m.end, e) for e in doc.entities if e.type == "ORG" and not e.group for m in e.mentions),
                key=lambda x: x[0])
    out: dict[str, str] = {}
    for (_, end, child), (start, _, parent) in zip(ms, ms[1:]):
        if child is not parent and start > end and not doc.text[end:start].strip() and child.id not in out:
            out[child.id] = parent.id
    return out


def _bare(doc: Doc, eid: str | None) -> str:
    """A firm's name without its legal form, quotes and an abbreviation in brackets: "АО «Qazaq
    Chemicals»" is "qazaq chemicals", "СО РАН (ИЦиГ)" is "со ран"."""
    e = doc.entity(eid) if eid else None
    if e is None:
        return ""
    forms = {fold(w) for f in words(doc.lang, "legal_forms.txt") for w in f.split()}
    return " ".join(w for w in (fold(x.strip("«»\"'")) for x in e.name.split()
                                if not (x.startswith("(") and x.endswith(")"))) if w and w not in forms)


def parent_of(doc: Doc, rel: dict[str, str], child: str | None, parent: str | None) -> bool:
    """Is `parent` the parent of `child`, the same entity or a firm of the same bare name?"""
    p = rel.get(child or "")
    return p is not None and parent is not None and (p == parent or _bare(doc, p) == _bare(doc, parent) != "")


def related(doc: Doc, rel: dict[str, str], a: str, b: str) -> bool:
    """Is one of the two firms the other's parent?"""
    return parent_of(doc, rel, a, b) or parent_of(doc, rel, b, a)
