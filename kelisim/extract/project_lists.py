"""Projects told as the items of a list: an intro sentence that ends with a colon ("стороны обсудили
ход реализации проектов компании в Казахстане:", "согласован пакет проектов. В их числе:"), then
lines opened by a number or a dash, each a project's name and, after a dash, how far it is
("1) гибридная электростанция ... – строительство ведется", "3) завод ... – завершена разработка
ТЭО"). The item's own clause tells the stage; the intro tells whose projects they are ("проектов
компании") and that they were agreed ("согласован пакет проектов")."""
from __future__ import annotations

from ..doc import Doc, Event, Sent
from ..nlp.match import fold, lookup, word_keys
from .projects import project_words

DASHES = ("–", "—", "-")
LEAD = 3        # at most this many adjectives between the item's marker and its project noun


def _marker(sent: Sent) -> int:
    """How many tokens open the item: "—" one, "1)" / "1." two; 0 if it is no item."""
    toks = sent.tokens
    if toks and toks[0].text in DASHES:
        return 1
    if len(toks) > 1 and toks[0].text.isdigit() and toks[1].text in (")", "."):
        return 2
    return 0


def intro_of(doc: Doc, sent: Sent) -> list[Sent]:
    """The intro of the list `sent` is an item of (its colon sentence and the one before it), or []."""
    sents = doc.sents
    k = next((n for n, s in enumerate(sents) if s is sent), None)
    if k is None or not _marker(sent):
        return []
    while k > 0 and _marker(sents[k - 1]):
        k -= 1
    if k == 0 or not sents[k - 1].text.rstrip().endswith(":"):
        return []
    return [s for s in (sents[k - 1], sents[k - 2] if k > 1 else None) if s is not None]


def _modifier(tok) -> bool:
    """An adjective before the item's noun (the parser sometimes tags one a verb: "обогатительная")."""
    return tok.pos == "ADJ" or tok.pos == "VERB" and tok.feats.get("Mood") is None and tok.feats.get("VerbForm") != "Inf"


def item_trigger(doc: Doc, sent: Sent, i: int, stage_of) -> int | None:
    """The act of the item whose name opens with the project noun `i`: in the clause after the
    name's dash, a study ("завершена разработка ТЭО": only announced), else its first stage word."""
    toks = sent.tokens
    first = _marker(sent)
    if not first or i - first > LEAD or not all(_modifier(t) for t in toks[first:i]) or not intro_of(doc, sent):
        return None
    dash = next((k for k in range(i + 1, len(toks)) if toks[k].text in DASHES[:2]), None)
    if dash is None:
        return None
    clause = [k for k in range(dash + 1, len(toks)) if toks[k].text != ";"]
    study = [k for k in clause if word_keys(toks[k].text, doc.lang) & project_words(doc.lang, "study") and stage_of(toks[k])]
    acts = [k for k in clause if stage_of(toks[k]) not in (None, "ongoing", "operation")]
    if study:
        return study[0]
    if acts and toks[acts[0]].pos == "NOUN" and acts[0] + 1 < len(toks) and toks[acts[0] + 1].pos == "VERB" \
            and stage_of(toks[acts[0] + 1]) not in (None, "operation"):
        return acts[0] + 1        # "строительство ведется": the verb right after the act says how far
    return acts[0] if acts else None


def studied(lang: str, tok) -> bool:
    """Is the item's act a study ("ТЭО", "обоснование")? Its works done leave the project announced."""
    return bool(word_keys(tok.text, lang) & project_words(lang, "study"))


def listed_context(doc: Doc, projects: list[Event]) -> None:
    """An item's project gets the intro's firm ("проектов компании": the firm named before) as its
    owner and the intro's agreeing ("согласован пакет проектов") as its stage."""
    from .project_firm_refs import firm_named_before
    from .projects import stage_words
    backs = project_words(doc.lang, "back", "project_owners.tsv")
    stages = stage_words(doc.lang)
    for v in projects:
        sent = doc.sent_at(v.evidence[0].start)
        intro = intro_of(doc, sent) if sent is not None else []
        if not intro:
            continue
        toks = intro[0].tokens
        if v.attrs["owner"] is None:
            for k, t in enumerate(toks[:-1]):
                if fold(t.lemma or t.text) == "проект" and word_keys(toks[k + 1].text) & backs:
                    named = doc.entity_at(toks[k + 2].start, toks[k + 2].end) if k + 2 < len(toks) else None
                    owner = named.id if named is not None and named.type == "ORG" else \
                        firm_named_before(doc, intro[0].start, backs)
                    v.attrs["owner"] = owner
                    break
        if v.attrs["stage"] == "announced" and any(
                lookup(stages, t.text, doc.lang) == "agreed" for s in intro for t in s.tokens if t.pos == "VERB"):
            v.attrs["stage"] = "agreed"
