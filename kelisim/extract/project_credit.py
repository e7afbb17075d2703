"""The owner of a project told in a clause of a sentence that credits one firm with its part:
"Глава государства высоко оценил вклад компании X в развитие энергетики, отметив, что
строительство ветровой электростанции идет по графику" - X builds the plant."""
from __future__ import annotations

from ..doc import Doc, Event
from ..lang import words
from .context import mention_at, subtree
from .project_firm_refs import is_firm
from .projects import project_nouns


def credited_firm(doc: Doc, projects: list[Event]) -> None:
    """A project without an owner, in a sentence where a credit noun (lang/<xx>/credit_nouns.txt)
    governs exactly one firm in the genitive before the project is named, is that firm's."""
    try:
        nouns = words(doc.lang, "credit_nouns.txt")
    except FileNotFoundError:
        return
    for v in projects:
        sent = doc.sent_at(v.evidence[0].start)
        if v.attrs["owner"] is not None or sent is None:
            continue
        toks = sent.tokens
        named = next((toks[m.start].start for m in project_nouns(doc.lang).finditer(toks)), sent.end)
        firms = set()
        for k, t in enumerate(toks):
            if t.start >= named or not 0 <= t.head < len(toks) or t.case != "Gen" or toks[t.head].lemma not in nouns:
                continue
            # "вклад компании Masdar": the firm's name in apposition to the genitive noun
            hits = [hit[1].id for j in subtree(sent, k) if (hit := mention_at(doc, toks[j])) is not None]
            firms.update(e for e in hits if is_firm(doc, e))
        if len(firms) == 1:
            v.attrs["owner"] = firms.pop()
