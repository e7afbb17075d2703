"""Credentials handed with the papers put first ("Сенім грамоталарын A мен B табыс етті"): an
audience of the envoys with the one who receives them, named in the sentence before or the one
the article is about; split from kk/meetings.py."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent
from ...lang import words
from ...nlp.kazakh import fold
from .lexicon import matcher
from .verbs import Verb, find_verbs


def credentials_handed(sent: Sent) -> Verb | None:
    """"Сенім грамоталарын A мен B табыс етті": the credentials put first, the verb that hands them
    (meeting_context.tsv: hand) ends the sentence's clause, in the past."""
    toks = sent.tokens
    first = next((m for m in matcher("meeting_context.tsv").finditer(toks) if m.value[0] == "credentials"), None)
    if first is None:
        return None
    return next((v for v in find_verbs(toks[first.end:], "meeting_context.tsv")
                 if v.value and v.value[0] == "hand" and v.tense == "past"), None) and \
        Verb(first.start, first.end, "past", ("verb", "in_person", "host"))


def only_envoys(doc: Doc, sent: Sent, people: list[Entity]) -> bool:
    """Envoys hand their credentials and no one is named to receive them: the one the article is
    about does (the sentence before told him receiving them)."""
    titles = words("kk", "envoy_titles.txt")
    return bool(people) and all(any(fold(r.title or "") in titles for r in e.roles) for e in people) \
        and any(m.value[0] == "credentials" for m in matcher("meeting_context.tsv").finditer(sent.tokens))
